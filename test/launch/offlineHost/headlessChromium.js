// Launches Debian's chromium headlessly through the playwright-core installed
// next to the offline host (not a dependency of the repo: only this launcher
// needs it, and its browser downloads are never used).
const { chromiumPath } = require('./hostPaths');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @param {{ playwrightCore: string }} paths from hostPaths() */
async function launchChromium(paths) {
  const { chromium } = require(paths.playwrightCore);
  // Each launch gets a fresh temporary profile, so parallel runs never share one.
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

module.exports = { launchChromium };
