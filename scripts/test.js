// `npm test`: every check CI runs, in order, stopping at the first failure.
//   build → typecheck → lint → unit tests (Node) → integration tests (real VS Code)
// The integration step installs the offline VS Code host on first use
// (see test/launch/runIntegration.js for its environment variables).
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const repoRoot = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const steps = [
  { name: 'build', cmd: process.execPath, args: ['esbuild.js'] },
  { name: 'typecheck', cmd: npm, args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: npm, args: ['run', '--silent', 'lint'] },
  { name: 'unit tests', cmd: npm, args: ['run', '--silent', 'test:unit'] },
  // Just built above; the launcher need not build again.
  { name: 'integration tests', cmd: npm, args: ['run', '--silent', 'test:integration'], env: { CLAIMLENS_SKIP_BUILD: '1' } },
];

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function main() {
  const results = [];
  for (const step of steps) {
    console.log(`\n━━ ${step.name} ━━`);
    const started = Date.now();
    const result = spawnSync(step.cmd, step.args, {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    });
    const ok = result.status === 0;
    results.push({ name: step.name, ok, ms: Date.now() - started });
    if (!ok) break;
  }

  console.log('\n━━ summary ━━');
  for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(18)} ${seconds(r.ms)}`);
  for (const step of steps.slice(results.length)) console.log(`  skip  ${step.name.padEnd(18)} (not run after a failure)`);
  const failed = results.find((r) => !r.ok);
  if (failed) {
    console.log(`npm test: FAILED at ${failed.name}`);
    process.exit(1);
  }
  console.log('npm test: all steps passed');
}

main();
