// Synthetic benchmark documents made from our own samples: their paragraphs,
// shuffled with a fixed seed and repeated until the wanted size. Digits are
// perturbed per copy so numbers vary the way they do across real articles.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitParagraphs } from '../src/core/text/paragraphs';

export const SAMPLES_DIR = path.resolve(__dirname, '..', 'samples');

/** Small deterministic PRNG (mulberry32) so every run measures the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleParagraphs(dir: string = SAMPLES_DIR): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n) && n !== 'README.md').sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n');
    for (const p of splitParagraphs(text)) out.push(text.slice(p.start, p.end));
  }
  return out;
}

/** A plain-text document of at least `bytes` UTF-16 units built from the samples. */
export function syntheticDocument(bytes: number, seed = 1): string {
  const paragraphs = sampleParagraphs();
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)] as string;
    const copy = p.replace(/\d/g, (d) => (random() < 0.5 ? String(Math.floor(random() * 10)) : d));
    parts.push(copy);
    size += copy.length + 2;
  }
  return parts.join('\n\n');
}
