import * as assert from 'node:assert/strict';
import type { DetectionInput, EntityDraft } from '../../../src/core/detect/drafts';
import { createDocumentAnalyzer } from '../../../src/core/analysis/documentAnalyzer';
import { detectClaims } from '../../../src/core/claims/detectClaims';
import { stubDetectors } from './stubDetectors';

function analyzer(cacheSize?: number) {
  const detectors = stubDetectors();
  return { detectors, analyzer: createDocumentAnalyzer({ detectors, engineVersion: '9.9.9', kbVersion: 'kb-1', cacheSize }) };
}

const DOC = [
  'German Chancellor Olaf Scholz met NATO officials. Pyongyang sent 10,000 troops to the Kursk region.',
  '',
  'Scholz said 2 envoys would follow. NATO agreed.',
].join('\n');

describe('document analyzer', () => {
  it('reports the engine and KB versions', () => {
    const { analyzer: a } = analyzer();
    assert.deepEqual(a.analyze('').engine, { version: '9.9.9', kb: 'kb-1' });
  });

  it('answers empty and blank documents with empty lists', () => {
    const { analyzer: a } = analyzer();
    for (const text of ['', '\n\n', ' \r\n ']) {
      const r = a.analyze(text);
      assert.deepEqual([r.entities.length, r.claims.length], [0, 0]);
    }
  });

  it('numbers mentions and claims in document order with offsets into the whole document', () => {
    const { analyzer: a } = analyzer();
    const r = a.analyze(DOC);
    assert.deepEqual(r.entities.map((e) => e.id), r.entities.map((_, i) => `e${i}`));
    assert.deepEqual(r.entities.map((e) => e.text), ['Olaf Scholz', 'NATO', 'Pyongyang', 'Kursk region', 'Scholz', 'NATO']);
    for (const e of r.entities) assert.equal(DOC.slice(e.start, e.end), e.text);
    assert.deepEqual(r.claims.map((c) => [c.id, c.text]), [['c0', '10,000'], ['c1', '2']]);
    for (const c of r.claims) {
      assert.equal(DOC.slice(c.start, c.end), c.text);
      assert.equal(DOC.slice(c.number.start, c.number.end), c.number.text);
    }
  });

  it('links each claim to the entity mentions of its own sentence only', () => {
    const { analyzer: a } = analyzer();
    const r = a.analyze(DOC);
    const byId = new Map(r.entities.map((e) => [e.id, e.text]));
    const troops = r.claims[0];
    assert.ok(troops);
    assert.deepEqual(troops.entityIds.map((id) => byId.get(id)), ['Pyongyang', 'Kursk region']);
    assert.equal(DOC.slice(troops.sentence.start, troops.sentence.end), 'Pyongyang sent 10,000 troops to the Kursk region.');
    assert.deepEqual(r.claims[1]?.entityIds.map((id) => byId.get(id)), ['Scholz']);
  });

  it('leaves the entities of the attribution out of what a claim is about', () => {
    const base = stubDetectors();
    const text = 'Pyongyang sent 10,000 troops, according to NATO (NATO).';
    const a = createDocumentAnalyzer({
      detectors: {
        detectEntities: (input) => base.detectEntities(input),
        detectClaims: (input) => base.detectClaims(input).map((c) => {
          const start = input.text.indexOf('according to NATO');
          return { ...c, attribution: { text: 'according to NATO', start, end: start + 'according to NATO'.length } };
        }),
      },
      engineVersion: 'x', kbVersion: 'y',
    });
    const r = a.analyze(text);
    assert.deepEqual(r.claims[0]?.entityIds.map((id) => r.entities.find((e) => e.id === id)?.text), ['Pyongyang']);
  });

  it('leaves out a group mention that overlaps the claim number, such as the upper end of a range', () => {
    const text = 'Between 10,000 and 12,000 troops left Pyongyang.';
    const group = text.indexOf('12,000 troops');
    const a = createDocumentAnalyzer({
      detectors: {
        detectEntities: () => [
          { text: '12,000 troops', start: group, end: group + 13, type: 'other', kbId: null, label: null, sense: null },
          { text: 'Pyongyang', start: text.indexOf('Pyongyang'), end: text.indexOf('Pyongyang') + 9, type: 'place', kbId: null, label: null, sense: null },
        ],
        detectClaims: detectClaims,
      },
      engineVersion: 'x', kbVersion: 'y',
    });
    const r = a.analyze(text);
    assert.equal(r.claims[0]?.number.text, '10,000 and 12,000');
    assert.deepEqual(r.claims[0]?.entityIds.map((id) => r.entities.find((e) => e.id === id)?.text), ['Pyongyang']);
  });

  it('links a later surname to the earlier full name across paragraphs', () => {
    const { analyzer: a } = analyzer();
    const scholz = a.analyze(DOC).entities.find((e) => e.text === 'Scholz');
    assert.deepEqual([scholz?.kbId, scholz?.label, scholz?.type], ['Q61053', 'Olaf Scholz', 'person']);
  });

  it('links a Korean family name and an unlinked surname, and types it as the full mention', () => {
    const { analyzer: a } = analyzer();
    const text = "Kim Jong-un spoke with Ivan Petrov.\n\nLater Kim's aide and Petrov met.";
    const r = a.analyze(text);
    const kim = r.entities.find((e) => e.text === "Kim");
    const petrov = r.entities.find((e) => e.text === 'Petrov');
    assert.equal(kim?.kbId, 'Q56226');
    assert.deepEqual([petrov?.type, petrov?.kbId], ['person', null]);
  });

  it('lets the latest full name decide a surname the KB linked to someone else', () => {
    // The stub links a bare "Kim" to Kim Jong-un, as a KB surname entry would.
    const detectEntities = (input: DetectionInput): EntityDraft[] => {
      const out: EntityDraft[] = [];
      for (const m of input.text.matchAll(/Kim(?: Yo-jong| Jong-un)?/g)) {
        const full = m[0] !== 'Kim';
        const kbId = m[0] === 'Kim Yo-jong' ? null : 'Q56226';
        out.push({ text: m[0], start: m.index, end: m.index + m[0].length, type: 'person', kbId, label: full ? m[0] : 'Kim Jong-un', sense: null });
      }
      return out;
    };
    const a = createDocumentAnalyzer({ detectors: { detectEntities, detectClaims: () => [] }, engineVersion: 'x', kbVersion: 'y' });
    const text = 'Kim Jong-un spoke first. Kim was brief.\n\nThen Kim Yo-jong issued a statement.\n\nKim said drills must stop.';
    const kims = a.analyze(text).entities.filter((e) => e.text === 'Kim');
    assert.deepEqual(kims.map((e) => [e.kbId, e.label]), [['Q56226', 'Kim Jong-un'], [null, 'Kim Yo-jong']]);
  });

  it('links family-name tails, particle names and a given name used alone', () => {
    // Capitalised runs: multi-word ones are persons, single words are left as "other".
    const detectEntities = (input: DetectionInput): EntityDraft[] =>
      [...input.text.matchAll(/(?:(?:al-|von der )?\p{Lu}[\p{L}-]*)(?: (?:al-|von der )?\p{Lu}[\p{L}-]*)*/gu)].map((m) => ({
        text: m[0], start: m.index, end: m.index + m[0].length,
        type: m[0].includes(' ') && !m[0].startsWith('von') ? 'person' : 'other', kbId: null, label: m[0].includes(' ') ? m[0] : null, sense: null,
      }));
    const a = createDocumentAnalyzer({ detectors: { detectEntities, detectClaims: () => [] }, engineVersion: 'x', kbVersion: 'y' });
    const text = 'Ursula von der Leyen met Abu Musab al-Zarqawi and Saddam Hussein.\n\nLater, von der Leyen, Zarqawi and Saddam left.';
    const later = a.analyze(text).entities.filter((e) => e.start >= text.indexOf('Later'));
    assert.deepEqual(later.map((e) => [e.text, e.type, e.label]), [
      ['Later', 'other', null],
      ['von der Leyen', 'person', 'Ursula von der Leyen'],
      ['Zarqawi', 'person', 'Abu Musab al-Zarqawi'],
      ['Saddam', 'person', 'Saddam Hussein'],
    ]);
  });

  it('gives an untyped repeat of a name the type it has elsewhere in the document, never a typed one', () => {
    const detectEntities = (input: DetectionInput): EntityDraft[] =>
      [...input.text.matchAll(/\p{Lu}\p{Ll}+/gu)].map((m, i) => ({
        text: m[0], start: m.index, end: m.index + m[0].length,
        // The stub types only the first mention in each paragraph, as a place.
        type: i === 0 ? 'place' : m[0] === 'Hadid' ? 'person' : 'other', kbId: null, label: null, sense: null,
      }));
    const a = createDocumentAnalyzer({ detectors: { detectEntities, detectClaims: () => [] }, engineVersion: 'x', kbVersion: 'y' });
    const text = 'Tellmara fell.\n\nThen Tellmara and Hadid were quiet.\n\nHadid spoke. Later Hadid left.';
    const types = a.analyze(text).entities.map((e) => `${e.text}:${e.type}`);
    assert.deepEqual(types, ['Tellmara:place', 'Then:place', 'Tellmara:place', 'Hadid:person', 'Hadid:place', 'Later:other', 'Hadid:person']);
  });

  it('leaves a surname alone when no full name came before it', () => {
    const { analyzer: a } = analyzer();
    const r = a.analyze('Scholz spoke first.\n\nOlaf Scholz spoke again.');
    assert.equal(r.entities[0]?.kbId, null);
    assert.equal(r.entities[1]?.kbId, 'Q61053');
  });

  it('links an abbreviation introduced in brackets after the full name', () => {
    const { analyzer: a } = analyzer();
    const r = a.analyze('The Pacific Trade Forum (PTF) met.\n\nPTF members left.');
    const ptf = r.entities.filter((e) => e.text === 'PTF');
    assert.equal(ptf.length, 2);
    assert.equal(ptf[1]?.type, 'organization');
  });

  it('masks Markdown for detection but reports the original text and offsets', () => {
    const { analyzer: a, detectors } = analyzer();
    const text = '# **NATO** summit\n\nOfficials in [Pyongyang](https://example.org/p) counted 5 envoys.';
    const r = a.analyze(text, { languageId: 'markdown' });
    assert.deepEqual(r.entities.map((e) => [e.text, text.slice(e.start, e.end)]), [['NATO', 'NATO'], ['Pyongyang', 'Pyongyang']]);
    assert.ok(detectors.inputs.every((input) => !input.text.includes('https')));
    // Detectors also get the unmasked paragraph, so they can keep markup out of their spans.
    assert.ok(detectors.inputs.some((input) => input.original?.includes('](https') === true));
    assert.ok(detectors.inputs.every((input) => input.original === undefined || input.original.length === input.text.length));
    assert.deepEqual(r.claims.map((c) => c.text), ['5']);
    a.analyze(text, { languageId: 'plaintext' });
    assert.ok(detectors.inputs.some((input) => input.text.includes('https')), 'plain text is not masked');
  });

  it('keeps offsets exact with CRLF, non-breaking spaces and astral characters', () => {
    const { analyzer: a } = analyzer();
    const text = '\u{1F1F0}\u{1F1F5} Pyongyang\u00a0sent 600 troops.\r\n\r\n\u{1F4CC}NATO ,\u00a0Scholz noted 3 things.';
    const r = a.analyze(text);
    for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text);
    for (const c of r.claims) assert.equal(text.slice(c.start, c.end), c.text);
    assert.deepEqual(r.entities.map((e) => e.text), ['Pyongyang', 'NATO', 'Scholz']);
  });

  it('re-runs the detectors only for the paragraph that changed', () => {
    const { analyzer: a, detectors } = analyzer();
    a.analyze(DOC);
    assert.equal(detectors.calls.entities, 2);
    const edited = DOC.replace('2 envoys', '3 envoys');
    const r = a.analyze(edited);
    assert.equal(detectors.calls.entities, 3);
    assert.equal(detectors.calls.claims, 3);
    assert.equal(r.claims[1]?.text, '3');
    assert.equal(r.claims[1]?.start, edited.indexOf('3 envoys'));
  });

  it('shifts cached results when a paragraph moves', () => {
    const { analyzer: a, detectors } = analyzer();
    a.analyze(DOC);
    const moved = `A new first paragraph.\n\n${DOC}`;
    const r = a.analyze(moved);
    assert.equal(detectors.calls.entities, 3);
    for (const e of r.entities) assert.equal(moved.slice(e.start, e.end), e.text);
  });

  it('evicts the least recently used paragraph when the cache is full', () => {
    const { analyzer: a, detectors } = analyzer(1);
    a.analyze('One 1.\n\nTwo 2.');
    a.analyze('Two 2.');
    assert.equal(detectors.calls.entities, 2);
    a.analyze('One 1.');
    assert.equal(detectors.calls.entities, 3);
  });
});
