import * as assert from 'node:assert/strict';
import { readCommandArgs } from '../../../src/cli/commands/commandArgs';

const USAGE = 'usage: claimlens demo [--loud] WORD\n';

/** A toy parser: one WORD, optional --loud. */
function parse(argv: readonly string[]): { word: string; loud: boolean } | string {
  const words = argv.filter((a) => a !== '--loud');
  if (words.length !== 1) return 'give exactly one WORD';
  return { word: words[0] as string, loud: argv.includes('--loud') };
}

function run(argv: readonly string[]): { read: ReturnType<typeof readCommandArgs>; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const read = readCommandArgs(argv, { name: 'demo', usage: USAGE, parse }, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { read, out: out.join(''), err: err.join('') };
}

describe('readCommandArgs', () => {
  it('prints the usage on stdout and exits 0 for --help or -h, whatever else is given', () => {
    for (const argv of [['--help'], ['-h'], ['x', 'y', '--help']]) {
      const r = run(argv);
      assert.deepEqual(r.read, { exit: 0 });
      assert.equal(r.out, USAGE);
      assert.equal(r.err, '');
    }
  });

  it('prints the reason and the usage on stderr and exits 2 when the parser refuses', () => {
    const r = run(['a', 'b']);
    assert.deepEqual(r.read, { exit: 2 });
    assert.equal(r.err, `claimlens demo: give exactly one WORD\n${USAGE}`);
    assert.equal(r.out, '');
  });

  it('hands the parsed arguments on and prints nothing', () => {
    const r = run(['--loud', 'troops']);
    assert.deepEqual(r.read, { args: { word: 'troops', loud: true } });
    assert.equal(r.out + r.err, '');
  });
});
