// Offline launcher: runs the integration suites inside a real VS Code
// extension host (the VS Code server from code-server, driven by headless
// Chromium). Never skips: if the host cannot start, this exits non-zero.
const path = require('node:path');
const util = require('node:util');
const { ensureHost } = require('./offlineHost/installHost');
const { CODE_SERVER_VERSION } = require('./offlineHost/hostPaths');
const { startVscodeServer } = require('./offlineHost/vscodeServer');
const { launchChromium } = require('./offlineHost/headlessChromium');
const { workbenchUrl } = require('./offlineHost/workbenchUrl');
const { onCleanup } = require('./cleanup');

const SUMMARY = /^(\d+) passed, (\d+) failed$/m;

/** Where the launchers find the extension, the sample workspace and the compiled test index. */
function repoPaths(repoRoot = path.resolve(__dirname, '..', '..')) {
  return {
    repoRoot,
    folder: path.join(repoRoot, 'samples'),
    testsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index'),
  };
}

/** Starts the server, retrying once if the free port was taken in between. */
async function startServer(paths, echo, env) {
  try {
    return await startVscodeServer({ serverMain: paths.serverMain, echo, env });
  } catch (err) {
    console.error(`offline host: first start failed, retrying on another port\n${err.message}`);
    return startVscodeServer({ serverMain: paths.serverMain, echo, env });
  }
}

// The workbench forwards console calls as (type, [format, ...values]), e.g.
// ['%d passing (%s)', 3, '1s'] from mocha's reporter.
function formatLogArgs(args) {
  const list = Array.isArray(args) ? args : [args];
  return util.format(...list);
}

/**
 * One launch: a new server (and so extension host) and a new browser, both
 * stopped before this resolves, so launches can follow each other (the
 * restart pair). `env` extends the server's environment, which the
 * extension host and the test module inherit.
 * @param {{ repoRoot: string, folder: string, testsPath: string }} options
 * @param {{ env?: NodeJS.ProcessEnv }} [launch]
 * @returns {Promise<{ code: number, passed: number, failed: number }>} the exit code to use and the counts
 */
async function runOffline(options, launch = {}) {
  const { paths, marker } = ensureHost();
  console.log(`offline host: VS Code ${marker.vscodeVersion} (code-server ${CODE_SERVER_VERSION}) from ${paths.root}`);

  const env = launch.env ? { ...process.env, ...launch.env } : undefined;
  const server = await startServer(paths, process.env.CLAIMLENS_SERVER_LOG === '1', env);
  onCleanup(server.stop);
  console.log(`offline host: server listening on 127.0.0.1:${server.port}`);

  let browser;
  try {
    browser = await launchChromium(paths);
    const closeBrowser = browser.close.bind(browser);
    onCleanup(closeBrowser);
    return await runInWorkbench(options, { browser, server, marker });
  } finally {
    // Both are idempotent: the exit-time cleanup may call them again.
    if (browser) await browser.close().catch(() => undefined);
    await server.stop();
  }
}

async function runInWorkbench({ repoRoot, folder, testsPath }, { browser, server, marker }) {
  const page = await browser.newPage();

  // Workbench start-up chatter is held back until the test module announces
  // itself ("VS Code 1.100.3"), and shown only if it never does.
  let transcript = '';
  let started = false;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = formatLogArgs(args);
    transcript += `${line}\n`;
    if (!started && /^VS Code \d/m.test(line)) started = true;
    // The extension gallery lookup always fails offline and is harmless (see
    // the host recipe); it is the only message that starts this way.
    if (!started || line.startsWith('getaddrinfo ENOTFOUND')) return;
    (type === 'error' ? console.error : console.log)(line);
  });
  const exitCode = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    page.on('crash', () => {
      console.error('offline host: the workbench page crashed');
      resolve(1);
    });
  });

  const url = workbenchUrl({ port: server.port, folder, extensionDevelopmentPath: repoRoot, extensionTestsPath: testsPath });
  await page.goto(url);
  const code = await exitCode;

  const summary = SUMMARY.exec(transcript);
  if (!summary) {
    console.error(`--- workbench log ---\n${transcript}`);
    console.error('offline host: the test run printed no "N passed, N failed" summary (did the test module load?)');
    if (process.env.CLAIMLENS_SERVER_LOG !== '1') console.error(`--- server output ---\n${server.output()}`);
    return { code: code || 1, passed: 0, failed: 0 };
  }
  const passed = Number(summary[1]);
  const failed = Number(summary[2]);
  console.log(`offline host: VS Code ${marker.vscodeVersion}: ${passed} passed, ${failed} failed (exit ${code})`);
  if (failed > 0) return { code: code || 1, passed, failed };
  if (passed === 0) {
    console.error('offline host: zero integration tests ran');
    return { code: code || 1, passed, failed };
  }
  return { code, passed, failed };
}

module.exports = { runOffline, repoPaths };
