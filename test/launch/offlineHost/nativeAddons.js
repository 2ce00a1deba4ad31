// The VS Code server's native addons. They are installed with scripts off and
// built by `npm rebuild`; a build that silently did nothing (for example
// because npm skipped an unreviewed install script) would only show up later
// as a server crash, so each one is loaded right after the rebuild.
const { spawnSync } = require('node:child_process');

const NATIVE_ADDONS = ['kerberos', 'node-pty', '@vscode/spdlog', 'native-watchdog', '@parcel/watcher', '@vscode/deviceid'];

function verifyNativeAddons(vscodeDir) {
  const probe = `
    const failed = [];
    for (const name of ${JSON.stringify(NATIVE_ADDONS)}) {
      try { require(require.resolve(name, { paths: [process.cwd()] })); }
      catch (err) { failed.push(name + ': ' + err.message.split('\\n')[0]); }
    }
    if (failed.length) { console.error(failed.join('\\n')); process.exit(1); }
  `;
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: vscodeDir, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`offline host: native addons do not load:\n${result.stderr}`);
  }
  console.log(`offline host: native addons load (${NATIVE_ADDONS.join(', ')})`);
}

module.exports = { NATIVE_ADDONS, verifyNativeAddons };
