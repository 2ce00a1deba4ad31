// `node scripts/icon.js`: renders the Marketplace icon media/icons/claimlens.png
// (128×128) from the activity-bar mark media/icons/claimlens.svg, drawn white
// on a rounded tile in the organisation colour, with headless Chromium
// (CLAIMLENS_CHROMIUM, default /usr/bin/chromium). Run it after editing the SVG.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { run } = require('./lib/run');

const repoRoot = path.resolve(__dirname, '..');
const SIZE = 128;
// The light theme's organisation border colour (package.json contributes.colors).
const TILE = '#1F618D';

function main() {
  const svg = fs.readFileSync(path.join(repoRoot, 'media', 'icons', 'claimlens.svg'), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\swidth="\d+"\s+height="\d+"/, ` width="${SIZE * 0.75}" height="${SIZE * 0.75}"`);
  const page = `<!doctype html><html><head><style>
html,body{margin:0;background:transparent}
div{width:${SIZE}px;height:${SIZE}px;border-radius:${SIZE * 0.19}px;background:${TILE};color:#fff;display:flex;align-items:center;justify-content:center}
</style></head><body><div>${svg}</div></body></html>`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-icon-'));
  try {
    const html = path.join(dir, 'icon.html');
    fs.writeFileSync(html, page);
    const out = path.join(repoRoot, 'media', 'icons', 'claimlens.png');
    // Chromium's own profile on purpose: a fresh --user-data-dir paints its
    // first-run layout into the screenshot.
    run(process.env.CLAIMLENS_CHROMIUM || '/usr/bin/chromium', [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
      '--default-background-color=00000000', `--window-size=${SIZE},${SIZE}`, `--screenshot=${out}`, `file://${html}`,
    ]);
    console.log(`wrote ${path.relative(repoRoot, out)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
