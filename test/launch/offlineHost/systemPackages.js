// Debian packages the offline host needs: kerberos headers to compile the
// `kerberos` addon, ripgrep (VS Code's search; its own postinstall would fetch
// rg from GitHub, which these machines cannot reach) and chromium to drive the
// web workbench headlessly. Installed through apt only when missing.
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const { run, which } = require('../../../scripts/lib/run');
const { chromiumPath } = require('./hostPaths');

function dpkgInstalled(pkg) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/**
 * Lists what is missing. `needBuildHeaders` is false once the host is built:
 * the kerberos headers only matter while compiling.
 */
function missingPackages({ needBuildHeaders }) {
  const missing = [];
  if (needBuildHeaders && !dpkgInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  if (!which('rg')) missing.push('ripgrep');
  if (!fs.existsSync(chromiumPath())) missing.push('chromium');
  return missing;
}

function ensureSystemPackages({ needBuildHeaders }) {
  const missing = missingPackages({ needBuildHeaders });
  if (missing.length === 0) return;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `The offline VS Code host needs these Debian packages: ${missing.join(' ')}.\n`
      + `Install them as root (apt-get update && apt-get install -y ${missing.join(' ')}) and run again.`,
    );
  }
  if (!which('apt-get')) {
    throw new Error(`Missing ${missing.join(' ')} and no apt-get to install them with.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...missing], { env });
  const still = missingPackages({ needBuildHeaders });
  if (still.length > 0) throw new Error(`apt-get did not provide: ${still.join(' ')}`);
}

module.exports = { ensureSystemPackages, missingPackages };
