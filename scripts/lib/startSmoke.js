// `npm start -- --smoke`: proves the served page works as a person would use
// it: the workbench loads, a sample document opens from the Explorer, and
// ClaimLens shows its counts in the status bar ("46 entities · 44 claims")
// or writes "ClaimLens activated" to its log in the server's data dir (the
// log file is flushed lazily, so the status bar is usually seen first).
const fs = require('node:fs');
const path = require('node:path');
const { launchChromium } = require('../../test/launch/offlineHost/headlessChromium');
const { onCleanup } = require('../../test/launch/cleanup');

function findActivationLog(dir) {
  if (!fs.existsSync(dir)) return null;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findActivationLog(full);
      if (found) return found;
    } else if (entry.name.endsWith('.log') && fs.readFileSync(full, 'utf8').includes('ClaimLens activated')) {
      return full;
    }
  }
  return null;
}

async function smokeCheck({ paths, url, serverDataDir, screenshot = 'test-results/start-smoke.png' }) {
  const browser = await launchChromium(paths);
  onCleanup(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: /\.(md|txt)$/ }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 30_000 });

  const counts = page.locator('.statusbar-item', { hasText: /\d+ entit(y|ies) · \d+ claims?/ }).first();
  const deadline = Date.now() + 30_000;
  let evidence = null;
  while (!evidence && Date.now() < deadline) {
    const log = findActivationLog(path.join(serverDataDir, 'data', 'logs'));
    if (log) evidence = `log ${log}`;
    else if (await counts.isVisible()) evidence = `status bar "${(await counts.innerText()).trim()}"`;
    else await new Promise((resolve) => setTimeout(resolve, 500));
  }
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  if (!evidence) {
    console.error(`npm start --smoke: ClaimLens did not activate (screenshot: ${screenshot})`);
    return false;
  }
  console.log(`npm start --smoke: page loaded, ClaimLens activated (${evidence}); screenshot: ${screenshot}`);
  return true;
}

module.exports = { smokeCheck };
