// Builds every bundle from one codebase: the Node extension, the web-worker
// extension, the CLI and the integration-test modules that run inside VS Code.
//   node esbuild.js               development build (source maps)
//   node esbuild.js --production  minified, no source maps
//   node esbuild.js --watch       rebuild on change
// A metafile per bundle lands in dist/meta/ so bundle sizes can be reported.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
  target: 'es2022',
  loader: { '.json': 'json' },
  // Prefer packages' ES module builds: UMD builds (jsonc-parser's) hide their
  // internal requires from the bundler and fail at run time.
  mainFields: ['module', 'main'],
};

/** @type {Record<string, import('esbuild').BuildOptions>} */
const targets = {
  extension: {
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  web: {
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/web/extension.js',
    // The web worker has no Node built-ins: anything from src/core or the
    // adapters that reaches for one fails this build, which is the point.
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    define: { 'process.env.CLAIMLENS_WEB': '"1"' },
  },
  cli: {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  integrationTests: {
    ...common,
    entryPoints: listFiles('test/integration', '.ts'),
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    platform: 'node',
    format: 'cjs',
    // mocha and vscode come from the host at run time: the suite must see the
    // same `vscode` module instance as the extension under test.
    external: ['vscode', 'mocha'],
  },
};

function listFiles(dir, ext) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out;
}

function writeMeta(name, result) {
  fs.mkdirSync('dist/meta', { recursive: true });
  fs.writeFileSync(`dist/meta/${name}.json`, JSON.stringify(result.metafile));
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    console.log(`  ${file}  ${(info.bytes / 1024).toFixed(1)} KB`);
  }
}

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const names = wanted.length > 0 ? wanted : Object.keys(targets);
  if (watch) {
    for (const name of names) {
      const ctx = await esbuild.context(targets[name]);
      await ctx.watch();
    }
    console.log('[watch] watching for changes…');
    return;
  }
  console.log(`esbuild: ${production ? 'production' : 'development'} build`);
  for (const name of names) {
    const result = await esbuild.build(targets[name]);
    writeMeta(name, result);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
