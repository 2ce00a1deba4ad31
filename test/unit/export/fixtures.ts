// An invented two-document workspace (written for ClaimLens) with tags that
// exercise every export path: a parsed claim, an entity tag, notes with
// quotes, commas, line breaks and formula-like text, non-Latin text and emoji.

import type { ExportInput, ExportScope } from '../../../src/core/export/exportTypes';
import type { TaggedClaim } from '../../../src/core/store/taggedClaim';
import { createTaggedClaim } from '../../../src/core/store/createTaggedClaim';
import { BRIEF, BRIEF_PATH, briefTags, rangeOf } from '../store/fixtures';

export { BRIEF, BRIEF_PATH, rangeOf };

export const DIGEST_PATH = 'wires/digest 2026-11.txt';

export const DIGEST = [
  'WIRE DIGEST 🛰️ 24 Nov',
  '',
  'Мэр Харькова сообщил, что 1 200 человек эвакуированы. 📦 Convoy of 40 trucks',
  'reached Kupiansk, "according to the regional office", on Monday.',
  '',
].join('\r\n');

export function digestTags(): TaggedClaim[] {
  return [
    createTaggedClaim({
      id: 't-0101', text: DIGEST, documentPath: DIGEST_PATH, range: rangeOf(DIGEST, '1 200 человек'),
      label: 'To verify', analyst: 'м.иванова', now: '2026-11-25T08:00:00.000Z',
      note: '=HYPERLINK("http://example.invalid","click")',
    }),
    createTaggedClaim({
      id: 't-0102', text: DIGEST, documentPath: DIGEST_PATH, range: rangeOf(DIGEST, '40 trucks'),
      label: '+1 Key figure', analyst: 'r.okafor', now: '2026-11-25T08:05:00.000Z',
      note: 'Convoy size, "per office",\nsecond line; check <script>alert(1)</script> [link](http://x.invalid)',
    }),
  ];
}

export function workspaceClaims(): TaggedClaim[] {
  return [...digestTags(), ...briefTags()];
}

export function exportInput(scope: ExportScope = { kind: 'workspace' }, claims = workspaceClaims()): ExportInput {
  return {
    claims,
    documents: new Map([[BRIEF_PATH, BRIEF], [DIGEST_PATH, DIGEST]]),
    provenance: { claimLensVersion: '0.1.0', kbVersion: '2026.11.26', detector: { languages: ['plaintext', 'markdown'], engine: '0.1.0' } },
    scope,
  };
}
