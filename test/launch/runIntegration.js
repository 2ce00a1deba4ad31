// Entry of `npm run test:integration`: builds, then runs the integration
// suites (out/test/integration/index.js) inside a real VS Code.
//   CLAIMLENS_TEST_HOST=offline   VS Code server from code-server + headless Chromium
//   CLAIMLENS_TEST_HOST=electron  @vscode/test-electron (desktop VS Code download)
//   unset: offline under CI or without a DISPLAY; otherwise electron, falling
//          back to offline when VS Code cannot be downloaded.
//   CLAIMLENS_TEST_GREP=regex     only tests whose full title matches
//   CLAIMLENS_TEST_TIMEOUT_MIN=10 overall limit, whatever happens inside
//   CLAIMLENS_SKIP_BUILD=1        the caller just built (scripts/test.js)
//   CLAIMLENS_SERVER_LOG=1        echo the VS Code server's own log
// After the normal suites, the restart pair runs: two more launches over the
// same workspace (test/integration/restart/), phase 1 saving tags, phase 2 in
// a new VS Code checking they come back. Any failing launch fails the run.
const fs = require('node:fs');
const path = require('node:path');
const { run } = require('../../scripts/lib/run');
const { runOffline, repoPaths } = require('./runOffline');
const { runElectron } = require('./runElectron');
const { exitWith, installSignalHandlers } = require('./cleanup');
const { VSCODE_VERSION } = require('./offlineHost/hostPaths');

async function electronCanDownload() {
  try {
    const { downloadAndUnzipVSCode } = require('@vscode/test-electron');
    await downloadAndUnzipVSCode(process.env.CLAIMLENS_VSCODE_VERSION || VSCODE_VERSION);
    return true;
  } catch (err) {
    console.log(`test-electron cannot download VS Code (${err instanceof Error ? err.message : err}); using the offline host`);
    return false;
  }
}

async function chooseHost() {
  const wanted = (process.env.CLAIMLENS_TEST_HOST || '').trim();
  if (wanted === 'offline' || wanted === 'electron') return wanted;
  if (wanted) throw new Error(`CLAIMLENS_TEST_HOST must be "offline" or "electron", not "${wanted}"`);
  if (process.env.CI || !process.env.DISPLAY) return 'offline';
  return (await electronCanDownload()) ? 'electron' : 'offline';
}

async function main() {
  installSignalHandlers();
  const minutes = Number(process.env.CLAIMLENS_TEST_TIMEOUT_MIN) || 10;
  setTimeout(() => {
    console.error(`integration tests: no result after ${minutes} min, giving up`);
    void exitWith(1);
  }, minutes * 60_000).unref();

  const paths = repoPaths();
  if (process.env.CLAIMLENS_SKIP_BUILD !== '1') run(process.execPath, ['esbuild.js'], { cwd: paths.repoRoot });
  if (!fs.existsSync(`${paths.testsPath}.js`)) throw new Error(`${paths.testsPath}.js is missing: run \`node esbuild.js\` first`);

  const host = await chooseHost();
  console.log(`integration tests: ${host} host`);
  const launch = async (env) => {
    if (host === 'offline') return runOffline(paths, { env });
    // test-electron reports only an exit code; the host prints the counts.
    return { code: await runElectron(paths, { env }) };
  };
  const runs = [['suites', await launch(undefined)]];
  // A grep for other tests (CLAIMLENS_TEST_GREP=export) leaves the restart pair out;
  // its titles start with "Restart".
  const grep = process.env.CLAIMLENS_TEST_GREP;
  if (grep && !new RegExp(grep, 'i').test('Restart, phase 1 Restart, phase 2')) {
    console.log(`integration tests: restart pair not run (CLAIMLENS_TEST_GREP=${grep})`);
    await exitWith(report(runs));
    return;
  }
  // The restart pair runs even after a failing suite, so one run shows both.
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const env = { CLAIMLENS_RESTART_ID: id };
  const first = await launch({ ...env, CLAIMLENS_TEST_PHASE: 'phase1' });
  runs.push(['restart phase 1', first]);
  if (first.code === 0) runs.push(['restart phase 2', await launch({ ...env, CLAIMLENS_TEST_PHASE: 'phase2' })]);
  else console.error('integration tests: restart phase 1 failed; phase 2 not run');
  // Phase 2 removes its scratch files; this catches a run that stopped early.
  for (const rel of [`.tmp-tests/restart-${id}`, `.claimlens/annotations/.tmp-tests/restart-${id}`]) {
    fs.rmSync(path.join(paths.folder, rel), { recursive: true, force: true });
  }
  await exitWith(report(runs));
}

/** Prints each launch's counts and the total; the exit code is non-zero if any launch failed. */
function report(runs) {
  let passed = 0;
  let failed = 0;
  let code = 0;
  for (const [name, r] of runs) {
    if (r.passed !== undefined) {
      console.log(`integration tests, ${name}: ${r.passed} passed, ${r.failed} failed`);
      passed += r.passed;
      failed += r.failed;
    } else console.log(`integration tests, ${name}: exit ${r.code}`);
    if (r.code !== 0) code = r.code || 1;
  }
  if (runs.every(([, r]) => r.passed !== undefined)) console.log(`${passed} passed, ${failed} failed`);
  return code;
}

main().catch((err) => {
  console.error(`integration tests: ${err instanceof Error ? err.message : err}`);
  void exitWith(1);
});
