// Small process helpers shared by the build/test/launch scripts: run a command
// with inherited output and fail loudly, or ask whether a program exists.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** Runs a command, streaming its output; throws with the command line if it fails. */
function run(cmd, args, options = {}) {
  const shown = [cmd, ...args].join(' ');
  console.log(`$ ${shown}${options.cwd ? `   (in ${options.cwd})` : ''}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${shown}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${shown} failed with ${result.signal ? `signal ${result.signal}` : `exit code ${result.status}`}`);
  }
}

/** Finds an executable on PATH the way a shell would; returns null if absent. */
function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this PATH entry
    }
  }
  return null;
}

module.exports = { run, which };
