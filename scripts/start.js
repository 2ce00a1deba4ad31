// `npm start`: builds ClaimLens, installs the offline VS Code host if needed,
// and serves a real VS Code (1.100.3) on 127.0.0.1 with this extension loaded
// as a development extension and samples/ open. Runs until Ctrl-C.
//   PORT=8137              port to listen on
//   npm start -- --smoke   open the page in headless Chromium, check that
//                          ClaimLens activates, save a screenshot, then stop
// Desktop users with VS Code installed can instead run:
//   code --extensionDevelopmentPath=$PWD samples
const path = require('node:path');
const { run } = require('./lib/run');
const { ensureHost } = require('../test/launch/offlineHost/installHost');
const { startVscodeServer } = require('../test/launch/offlineHost/vscodeServer');
const { workbenchUrl } = require('../test/launch/offlineHost/workbenchUrl');
const { onCleanup, exitWith, installSignalHandlers } = require('../test/launch/cleanup');
const { smokeCheck } = require('./lib/startSmoke');

const repoRoot = path.resolve(__dirname, '..');

async function main() {
  installSignalHandlers();
  run(process.execPath, ['esbuild.js'], { cwd: repoRoot });
  const { paths, marker } = ensureHost();

  const port = Number(process.env.PORT) || 8137;
  const server = await startVscodeServer({ serverMain: paths.serverMain, port });
  onCleanup(server.stop);
  const url = workbenchUrl({ port, folder: path.join(repoRoot, 'samples'), extensionDevelopmentPath: repoRoot });

  if (process.argv.includes('--smoke')) {
    const ok = await smokeCheck({ paths, url, serverDataDir: server.dataDir });
    await exitWith(ok ? 0 : 1);
    return;
  }

  console.log(`
ClaimLens is running in VS Code ${marker.vscodeVersion} (sample workspace: samples/).
Open this URL in a browser (the long query loads ClaimLens as a development extension):

  ${url}

Open a .md or .txt file in the Explorer to activate ClaimLens. Ctrl-C stops the server.
Remote machine? Forward the port first: ssh -L ${port}:127.0.0.1:${port} <host>
`);
}

main().catch((err) => {
  console.error(`npm start: ${err instanceof Error ? err.message : err}`);
  void exitWith(1);
});
