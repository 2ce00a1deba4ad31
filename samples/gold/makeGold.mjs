// Builds samples/gold/<doc>.gold.json from the hand-written annotation list
// samples/gold/<doc>.ann, so gold offsets are exact and reviewable as text.
//   node samples/gold/makeGold.mjs            (all documents)
// Annotation lines, in document order. Each is searched from the previous
// annotation's start (a claim may contain an entity) but after the end of the
// previous annotation of the same tag unless marked "nested" (an entity inside
// the previous entity, "Ukrainian" in "Ukrainian forces"):
//   E <type>[|<alt type>] | <exact text> | kb=Q1,Q2 sense=government   (kb=none: must stay unlinked)
//   C <kind> | <exact text> | value=2000 min=.. max=.. currency=USD unit=troops hedged
// "#" starts a comment line; "\u00a0"-style escapes are allowed in the text.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const samples = path.dirname(here);

function unescape(s) {
  return s.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, a, b) => String.fromCodePoint(parseInt(a ?? b, 16)));
}

function parseAttrs(s) {
  const out = {};
  for (const token of (s ?? '').trim().split(/\s+/).filter(Boolean)) {
    const [k, v] = token.split('=');
    if (v === undefined) out[k] = true;
    else if (['value', 'min', 'max'].includes(k)) out[k] = Number(v);
    else if (k === 'kb') out.kbIds = v === 'none' ? [] : v.split(',');
    else out[k] = v.replace(/_/g, ' ');
  }
  return out;
}

function build(annFile) {
  const name = path.basename(annFile, '.ann');
  const docFile = fs.readdirSync(samples).find((f) => f.startsWith(`${name}.`) && !f.endsWith('.md.bak'));
  if (!docFile) throw new Error(`${annFile}: no document ${name}.* in samples/`);
  const raw = fs.readFileSync(path.join(samples, docFile), 'utf8');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const entities = [];
  const claims = [];
  let cursor = 0;
  const lastEnd = { E: 0, C: 0 };
  const lines = fs.readFileSync(annFile, 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const [head, quoted, attrs] = line.split(' | ');
    const [tag, types] = head.trim().split(/\s+/);
    if (quoted === undefined || !['E', 'C'].includes(tag)) throw new Error(`${annFile}:${i + 1}: cannot parse "${line}"`);
    const needle = unescape(quoted);
    const nested = / nested\b/.test(` ${attrs ?? ''}`);
    const from = nested ? cursor : Math.max(cursor, lastEnd[tag]);
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`${annFile}:${i + 1}: "${needle}" not found after offset ${from}`);
    cursor = start;
    lastEnd[tag] = start + needle.length;
    const span = { text: needle, start, end: start + needle.length };
    const { nested: _nested, ...a } = parseAttrs(attrs);
    if (tag === 'E') {
      entities.push({ ...span, type: types.split('|')[0], ...(types.includes('|') ? { altTypes: types.split('|').slice(1) } : {}), ...a });
    } else {
      claims.push({ ...span, kind: types.split('|')[0], ...(types.includes('|') ? { altKinds: types.split('|').slice(1) } : {}), ...a });
    }
  }
  const gold = { document: docFile, languageId: docFile.endsWith('.md') ? 'markdown' : 'plaintext', entities, claims };
  fs.writeFileSync(path.join(here, `${name}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`);
  console.log(`${name}: ${entities.length} entities, ${claims.length} claims`);
}

for (const f of fs.readdirSync(here).filter((f) => f.endsWith('.ann')).sort()) build(path.join(here, f));
