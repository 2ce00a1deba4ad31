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
const fs = require('node:fs');
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
  const code = host === 'electron' ? await runElectron(paths) : await runOffline(paths);
  await exitWith(code);
}

main().catch((err) => {
  console.error(`integration tests: ${err instanceof Error ? err.message : err}`);
  void exitWith(1);
});
