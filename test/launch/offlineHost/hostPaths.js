// Where the offline VS Code host lives. It is installed once into a cache
// folder outside the repo (so fresh clones and parallel checkouts share it)
// and found again through these paths.
const os = require('node:os');
const path = require('node:path');

// code-server 4.100.3 is the last release whose engines.node is 20; it bundles
// VS Code 1.100.3. Bump HOST_STAMP whenever the install steps change so an old
// cache is rebuilt instead of trusted.
const CODE_SERVER_VERSION = '4.100.3';
const VSCODE_VERSION = '1.100.3';
const PLAYWRIGHT_RANGE = '^1';
const HOST_STAMP = `code-server@${CODE_SERVER_VERSION}+playwright-core@${PLAYWRIGHT_RANGE}+steps-1`;

function cacheDir() {
  return process.env.CLAIMLENS_HOST_CACHE
    || path.join(os.homedir(), '.cache', 'claimlens', `vscode-host-${CODE_SERVER_VERSION}`);
}

function hostPaths(root = cacheDir()) {
  const codeServer = path.join(root, 'node_modules', 'code-server');
  const vscodeDir = path.join(codeServer, 'lib', 'vscode');
  return {
    root,
    lockFile: path.join(root, '.install.lock'),
    marker: path.join(root, '.installed.json'),
    vscodeDir,
    serverMain: path.join(vscodeDir, 'out', 'server-main.js'),
    productJson: path.join(vscodeDir, 'product.json'),
    playwrightCore: path.join(root, 'node_modules', 'playwright-core'),
  };
}

function chromiumPath() {
  return process.env.CLAIMLENS_CHROMIUM || '/usr/bin/chromium';
}

module.exports = { CODE_SERVER_VERSION, VSCODE_VERSION, PLAYWRIGHT_RANGE, HOST_STAMP, cacheDir, hostPaths, chromiumPath };
