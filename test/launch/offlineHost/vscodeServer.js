// Starts the VS Code server (lib/vscode/out/server-main.js) of the offline
// host on 127.0.0.1 with a fresh data dir, so two runs at the same time never
// share a port or state. Resolves once the server says it is listening.
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const READY = /Extension host agent listening on (\d+)/;

/** Asks the OS for a free port; the tiny race before the server binds is retried by the caller. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ serverMain: string, port?: number, env?: NodeJS.ProcessEnv, echo?: boolean, readyTimeoutMs?: number }} options
 * @returns {Promise<{ port: number, dataDir: string, stop: () => Promise<void>, output: () => string }>}
 */
async function startVscodeServer(options) {
  const port = options.port ?? await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-vscode-server-'));
  const child = spawn(process.execPath, [
    options.serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir', dataDir,
  ], {
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: the extension host is a grandchild and must die with it.
    detached: true,
  });

  let log = '';
  const collect = (chunk) => {
    const text = chunk.toString();
    log += text;
    if (options.echo) process.stderr.write(text.replace(/^/gm, '[vscode-server] '));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let exited = false;
  const exitedPromise = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));

  // Last resort for exits that skip the async cleanup (an uncaught error while
  // reporting, a closed output pipe): the detached server would outlive us.
  const killNow = () => {
    if (!exited) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', killNow);

  const stop = async () => {
    process.off('exit', killNow);
    if (!exited) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
      await exitedPromise;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  await new Promise((resolve, reject) => {
    const timeout = setTimeout(() => fail(new Error(`did not report ready within ${(options.readyTimeoutMs ?? 60000) / 1000} s`)), options.readyTimeoutMs ?? 60000);
    function fail(err) {
      clearTimeout(timeout);
      reject(new Error(`VS Code server on port ${port} ${err.message}\n--- server output ---\n${log}`));
    }
    const onData = () => {
      if (READY.test(log)) {
        clearTimeout(timeout);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`exited before it was ready (code ${code}, signal ${signal})`)));
  }).catch(async (err) => {
    await stop();
    throw err;
  });

  return { port, dataDir, stop, output: () => log };
}

module.exports = { startVscodeServer, freePort };
