import { strict as assert } from 'node:assert';
import { createDocumentAnalyzer } from '../../../src/core/analysis/documentAnalyzer';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { fixtureKb } from './fixtureKb';

// Surname linking happens in the analyser across paragraphs; the detector's
// part is to hand it the short mention and the full name's label.
const analyzer = createDocumentAnalyzer({
  detectors: { detectEntities: (input) => detectEntities(input, fixtureKb), detectClaims: () => [] },
  engineVersion: 'test',
  kbVersion: 'test',
});

describe('entities: surnames after a first mention', () => {
  it('gives a later surname the identity of an unknown full name', () => {
    const text = 'German Chancellor Olaf Scholz visited Kyiv.\n\nOn Tuesday Scholz said more aid would follow.';
    const entities = analyzer.analyze(text).entities;
    const full = entities.find((e) => e.text === 'Olaf Scholz');
    const short = entities.find((e) => e.text === 'Scholz');
    assert.equal(full?.type, 'person');
    assert.equal(short?.type, 'person');
    assert.equal(short?.label, 'Olaf Scholz');
  });

  it('gives a later surname the KB id of a linked full name', () => {
    const text = 'Kim Jong-un inspected a factory.\n\nKim said the port would open.';
    const entities = analyzer.analyze(text).entities;
    const short = entities.find((e) => e.start === text.lastIndexOf('Kim'));
    assert.equal(short?.kbId, 'Q56226');
  });
});
