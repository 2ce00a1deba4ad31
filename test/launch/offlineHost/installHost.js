// Installs a real VS Code (the server + web workbench shipped in the
// code-server npm package) into a cache folder outside the repo, following
// /work/shared/docs/vscode-offline-host.md. Idempotent: a marker stamped with
// HOST_STAMP is written last, so a finished install is reused in milliseconds
// and a half-finished one is redone. `flock` keeps parallel runs from
// installing into the same folder at once.
//   node test/launch/offlineHost/installHost.js     install if needed
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { run, which } = require('../../../scripts/lib/run');
const { CODE_SERVER_VERSION, PLAYWRIGHT_RANGE, HOST_STAMP, hostPaths } = require('./hostPaths');
const { ensureSystemPackages } = require('./systemPackages');
const { verifyNativeAddons, NATIVE_ADDONS } = require('./nativeAddons');

const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

function readMarker(paths) {
  try {
    const marker = JSON.parse(fs.readFileSync(paths.marker, 'utf8'));
    if (marker && marker.stamp === HOST_STAMP && fs.existsSync(paths.serverMain)) return marker;
  } catch {
    // absent or unreadable: treat as not installed
  }
  return null;
}

function installSteps(paths) {
  const started = Date.now();
  fs.rmSync(paths.marker, { force: true });
  ensureSystemPackages({ needBuildHeaders: true });

  // A package.json of its own keeps npm from walking up into another project.
  const pkgJson = path.join(paths.root, 'package.json');
  if (!fs.existsSync(pkgJson)) {
    fs.writeFileSync(pkgJson, JSON.stringify({ name: 'claimlens-vscode-host', private: true }, null, 2));
  }
  // code-server's own postinstall refuses root and downloads ripgrep from
  // GitHub; skip it and do its work below.
  run('npm', ['install', '--ignore-scripts', ...NPM_QUIET,
    `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_RANGE}`], { cwd: paths.root });

  run('npm', ['install', '--omit=dev', '--ignore-scripts', ...NPM_QUIET], { cwd: paths.vscodeDir });

  const rgBin = path.join(paths.vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  fs.mkdirSync(path.dirname(rgBin), { recursive: true });
  fs.rmSync(rgBin, { force: true });
  fs.symlinkSync(which('rg'), rgBin);

  // node-pty's install script calls `npx node-gyp`; npm_config_yes answers
  // npx's prompt. Naming the packages runs their scripts even though npm 11
  // reports unreviewed dependency scripts (verified below by loading them).
  run('npm', ['rebuild', ...NPM_QUIET, ...NATIVE_ADDONS], {
    cwd: paths.vscodeDir,
    env: { ...process.env, npm_config_yes: 'true' },
  });
  verifyNativeAddons(paths.vscodeDir);

  // The server resolves its modules through node_modules.asar (the desktop
  // product's archive); a symlink stands in for it.
  const asar = path.join(paths.vscodeDir, 'node_modules.asar');
  fs.rmSync(asar, { force: true });
  fs.symlinkSync('node_modules', asar);

  const extensionsDir = path.join(paths.vscodeDir, 'extensions');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', ...NPM_QUIET], { cwd: extensionsDir });
  run(process.execPath, ['./postinstall.mjs'], { cwd: extensionsDir });

  const product = JSON.parse(fs.readFileSync(path.join(paths.vscodeDir, 'package.json'), 'utf8'));
  const marker = {
    stamp: HOST_STAMP,
    vscodeVersion: product.version,
    installedAt: new Date().toISOString(),
    installSeconds: Math.round((Date.now() - started) / 1000),
  };
  fs.writeFileSync(paths.marker, JSON.stringify(marker, null, 2));
  console.log(`offline host: installed VS Code ${marker.vscodeVersion} in ${marker.installSeconds} s at ${paths.root}`);
  return marker;
}

/**
 * Makes sure the host is installed and returns its paths plus the marker.
 * Fast path: marker present and the runtime packages (rg, chromium) still there.
 */
function ensureHost() {
  const paths = hostPaths();
  const marker = readMarker(paths);
  if (marker) {
    ensureSystemPackages({ needBuildHeaders: false });
    return { paths, marker };
  }
  if (!which('flock')) throw new Error('offline host: `flock` (util-linux) is required to install safely.');
  fs.mkdirSync(paths.root, { recursive: true });
  console.log(`offline host: installing VS Code from code-server@${CODE_SERVER_VERSION} into ${paths.root} (first run takes a few minutes)`);
  const result = spawnSync('flock', [paths.lockFile, process.execPath, __filename, '--locked'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`offline host: install failed (exit ${result.status}); see the output above.`);
  const installed = readMarker(paths);
  if (!installed) throw new Error('offline host: install finished without writing its marker.');
  return { paths, marker: installed };
}

function main() {
  if (process.argv.includes('--locked')) {
    // We hold the lock: another run may have finished the install meanwhile.
    const paths = hostPaths();
    if (readMarker(paths)) return;
    installSteps(paths);
    return;
  }
  const started = Date.now();
  const { paths, marker } = ensureHost();
  console.log(`offline host: VS Code ${marker.vscodeVersion} ready at ${paths.root} (${Date.now() - started} ms)`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

module.exports = { ensureHost };
