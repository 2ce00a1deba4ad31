// `node scripts/screenshots.js`: takes the README screenshots from a scripted
// run of the offline VS Code host, driven as a person would: open a sample
// from the Explorer, wait for the highlights, hover a name and a figure, tag a
// claim, open the ClaimLens view. Works on a temporary copy of samples/ so
// tagging never writes into the repository.
//   node scripts/screenshots.js [OUT_DIR]   (default media/screenshots)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { run } = require('./lib/run');
const { ensureHost } = require('../test/launch/offlineHost/installHost');
const { startVscodeServer } = require('../test/launch/offlineHost/vscodeServer');
const { launchChromium } = require('../test/launch/offlineHost/headlessChromium');
const { workbenchUrl } = require('../test/launch/offlineHost/workbenchUrl');
const { onCleanup, exitWith, installSignalHandlers } = require('../test/launch/cleanup');

const repoRoot = path.resolve(__dirname, '..');
const SAMPLE = 'korea-russia-troops.md';
const VIEWPORT = { width: 1440, height: 900 };

async function main() {
  installSignalHandlers();
  const outDir = path.resolve(process.argv[2] || path.join(repoRoot, 'media', 'screenshots'));
  fs.mkdirSync(outDir, { recursive: true });
  run(process.execPath, ['esbuild.js', 'extension'], { cwd: repoRoot });
  const { paths } = ensureHost();

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-screens-'));
  onCleanup(() => fs.rmSync(workspace, { recursive: true, force: true }));
  // Only the documents: no gold files, no stores or scratch folders that tests leave behind.
  const samples = path.join(repoRoot, 'samples');
  fs.cpSync(samples, workspace, {
    recursive: true,
    filter: (src) => !path.relative(samples, src).split(path.sep).some((part) => part === 'gold' || part.startsWith('.')),
  });

  const server = await startVscodeServer({ serverMain: paths.serverMain });
  onCleanup(server.stop);
  const browser = await launchChromium(paths);
  onCleanup(() => browser.close());
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(workbenchUrl({ port: server.port, folder: workspace, extensionDevelopmentPath: repoRoot }));

  const shot = async (name) => {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file });
    console.log(`  ${path.relative(repoRoot, file)}`);
  };

  // 1. Open the sample from the Explorer and wait for ClaimLens's counts.
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE });
  await row.waitFor({ timeout: 90_000 });
  await row.click();
  await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 30_000 });
  await page.locator('.statusbar-item', { hasText: /\d+ entit/ }).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1_000);
  await shot('highlights.png');

  // 2. Hover a capital standing for its government, then a pay figure that
  //    the sample states twice (the card flags the difference).
  await hoverWord(page, 'Pyongyang');
  await shot('hover-entity.png');
  await page.mouse.move(5, VIEWPORT.height - 5);
  await page.keyboard.press('Escape');
  await hoverWord(page, '$2,000');
  await shot('hover-claim.png');
  await page.keyboard.press('Escape');

  // 3. Tag that claim from the keyboard, then show the ClaimLens view.
  await clickWord(page, '100,000');
  // The tag chord (package.json keybindings): Ctrl+K, then Ctrl+G.
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+G');
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  // The optional note prompt: accept it empty.
  await page.waitForTimeout(700);
  if (await quickInput.isVisible()) await page.keyboard.press('Enter');
  await page.locator('.activitybar .action-item a[aria-label^="ClaimLens"]').first().click();
  await page.locator('.pane-header', { hasText: /Tagged claims/i }).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1_500);
  await shot('claims-view.png');
  await exitWith(0);
}

/** Moves the mouse onto a word in the editor and waits for the hover widget. */
async function hoverWord(page, word) {
  const box = await wordBox(page, word);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(800);
}

async function clickWord(page, word) {
  const box = await wordBox(page, word);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Screen box of the first occurrence of `word` in the rendered editor lines. */
async function wordBox(page, word) {
  const box = await page.evaluate((w) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent || '').replace(/\u00a0/g, ' ');
        const at = text.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  return box;
}

main().catch((err) => {
  console.error(`screenshots: ${err instanceof Error ? err.stack : err}`);
  void exitWith(1);
});
