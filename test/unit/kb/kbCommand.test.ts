import * as assert from 'node:assert/strict';
import type { KbCommandIo } from '../../../src/cli/commands/kb';
import { runKb } from '../../../src/cli/commands/kb';
import { miniKb } from './loadFixture';

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const kb = miniKb();
  const io: KbCommandIo = { loadKb: () => kb, stdout: (s) => (out += s), stderr: (s) => (err += s) };
  const code = runKb(argv, io);
  return { code, out, err };
}

describe('claimlens kb', () => {
  it('looks a name up as JSON with candidates, senses and scores', () => {
    const { code, out } = run(['lookup', 'Pyongyang', '--format', 'json']);
    assert.equal(code, 0);
    const json = JSON.parse(out) as { candidates: { id: string; sense: string }[]; kb: { asOf: string } };
    assert.deepEqual(json.candidates.map((c) => `${c.id}/${c.sense}`), ['Q18808/city', 'Q423/government']);
    assert.equal(json.kb.asOf, '2025-06-30');
  });

  it('joins the words of a multi-word name', () => {
    const { code, out } = run(['lookup', 'Wagner', 'PMC']);
    assert.equal(code, 0);
    assert.match(out, /Wagner Group {2}\[cl:armed-group:wagner-group\]/);
  });

  it('shows an entity as text with the facts of the KB date', () => {
    const { code, out } = run(['show', 'Q423']);
    assert.equal(code, 0);
    assert.match(out, /^North Korea {2}\[Q423\] {2}place\/country/);
    assert.match(out, /headOfState: Kim Jong Un \[Q56226\] \(since 2011-12-17\)/);
    assert.doesNotMatch(out, /Kim Jong Il/);
  });

  it('shows the facts of another date with --at', () => {
    const { out } = run(['show', 'Q423', '--at', '2005']);
    assert.match(out, /headOfState: Kim Jong Il/);
  });

  it('exits 1 for unknown names and ids, with a hint for a name given as id', () => {
    assert.equal(run(['lookup', 'Atlantis']).code, 1);
    const shown = run(['show', 'Putin']);
    assert.equal(shown.code, 1);
    assert.match(shown.err, /did you mean Q7747/);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(run([]).code, 2);
    assert.equal(run(['find', 'x']).code, 2);
    assert.equal(run(['lookup', 'x', '--format', 'xml']).code, 2);
  });
});
