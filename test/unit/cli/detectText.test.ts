import * as assert from 'node:assert/strict';
import { formatText } from '../../../src/cli/commands/detectText';
import type { DetectRecord } from '../../../src/core/model/detectRecord';

/** A record with one entity at the first occurrence of `name` in `text`. */
function recordFor(text: string, name: string): DetectRecord {
  const start = text.indexOf(name);
  return {
    file: 'note.txt',
    engine: { version: '0.1.0', kb: 'test-kb' },
    entities: [{ id: 'e0', text: name, start, end: start + name.length, type: 'place', kbId: null, label: null, sense: null }],
    claims: [],
  };
}

function positionOf(text: string, name: string): string {
  const line = formatText(recordFor(text, name), text).split('\n').find((l) => l.includes(`"${name}"`));
  assert.ok(line, `the listing names ${name}`);
  return line.trim().split(/\s+/)[1] as string;
}

describe('claimlens detect --format text positions', () => {
  it('counts lines and columns from 1, as editors show them', () => {
    assert.equal(positionOf('Talks in Geneva stalled.', 'Geneva'), '1:10');
    assert.equal(positionOf('Briefing\n\nTalks in Geneva stalled.', 'Geneva'), '3:10');
  });

  it('ends lines at CRLF and at a lone CR as VS Code does', () => {
    assert.equal(positionOf('Briefing\r\n\r\nTalks in Geneva stalled.', 'Geneva'), '3:10');
    assert.equal(positionOf('Briefing\rTalks in Geneva stalled.', 'Geneva'), '2:10');
  });
});
