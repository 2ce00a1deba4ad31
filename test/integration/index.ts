// Test module the VS Code extension host loads (extensionTestsPath): it runs
// every compiled `*.test.js` next to it under mocha, inside the real host, so
// suites use the same `vscode` API instance as the extension under test.
// Both launchers (offline host and @vscode/test-electron) call `run()`.
// CLAIMLENS_TEST_GREP narrows the run to matching test titles.
// CLAIMLENS_TEST_PHASE=phase1|phase2 runs only restart/<phase>.test.js: the
// restart pair needs two launches, so the normal run leaves restart/ out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const RESTART_DIR = path.join(__dirname, 'restart');

function listTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== RESTART_DIR) found.push(...listTestFiles(full));
    } else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

/** The normal suites, or one phase of the restart pair. */
function testFiles(): string[] {
  const phase = process.env.CLAIMLENS_TEST_PHASE?.trim();
  if (!phase) return listTestFiles(__dirname);
  const file = path.join(RESTART_DIR, `${phase}.test.js`);
  if (!/^phase\d$/.test(phase) || !fs.existsSync(file)) throw new Error(`CLAIMLENS_TEST_PHASE=${phase}: no ${file}`);
  console.log(`restart pair, ${phase} (CLAIMLENS_TEST_PHASE)`);
  return [file];
}

export function run(): Promise<void> {
  // The launcher checks this line to prove which VS Code actually ran.
  console.log(`VS Code ${vscode.version}`);
  const grep = process.env.CLAIMLENS_TEST_GREP?.trim();
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // The first activation in a cold host can take several seconds.
    timeout: 30_000,
    ...(grep ? { grep } : {}),
  });
  // Output travels through the workbench log, not a terminal. Under CI=true
  // mocha 12's pass/fail symbols (from log-symbols) carry colour codes even
  // with `color: false`, so plain ones are put in their place.
  Mocha.reporters.Base.symbols.ok = '✔';
  Mocha.reporters.Base.symbols.err = '✖';
  if (grep) console.log(`only tests matching /${grep}/ (CLAIMLENS_TEST_GREP)`);

  const files = testFiles();
  for (const file of files) mocha.addFile(file);
  console.log(`${files.length} integration test file(s): ${files.map((f) => path.relative(__dirname, f)).join(', ')}`);

  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      const runner = mocha.run(() => {
        // Exact form parsed by test/launch/runOffline.js.
        console.log(`${passed} passed, ${failed} failed`);
        if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
        else if (passed === 0) reject(new Error('no integration tests ran'));
        else resolve();
      });
      runner.on('pass', () => { passed += 1; });
      runner.on('fail', () => { failed += 1; });
    } catch (err) {
      // A suite that throws while loading lands here.
      console.error(err);
      console.log(`${passed} passed, ${failed + 1} failed`);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
