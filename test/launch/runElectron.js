// Desktop launcher: the same suites through @vscode/test-electron, which
// downloads VS Code from Microsoft's update service (works on a normal
// developer machine with a display; not on our offline CI machines).
const { VSCODE_VERSION } = require('./offlineHost/hostPaths');

/**
 * @param {{ repoRoot: string, folder: string, testsPath: string }} options
 * @param {{ env?: Record<string, string> }} [launch] extra environment for the test module
 * @returns {Promise<number>}
 */
async function runElectron({ repoRoot, folder, testsPath }, launch = {}) {
  const { runTests } = require('@vscode/test-electron');
  // Defaults to the VS Code the offline host runs, so both launchers test the
  // same version unless CLAIMLENS_VSCODE_VERSION asks for another ('stable').
  const version = process.env.CLAIMLENS_VSCODE_VERSION || VSCODE_VERSION;
  console.log(`test-electron: VS Code ${version}`);
  try {
    return await runTests({
      version,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsPath,
      launchArgs: [folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: {
        ...(process.env.CLAIMLENS_TEST_GREP ? { CLAIMLENS_TEST_GREP: process.env.CLAIMLENS_TEST_GREP } : {}),
        ...launch.env,
      },
    });
  } catch (err) {
    console.error(`test-electron: ${err instanceof Error ? err.message : err}`);
    return 1;
  }
}

module.exports = { runElectron };
