import * as assert from 'node:assert/strict';
import type { TaggedClaim } from '../../../src/core/store/taggedClaim';
import { renderExport } from '../../../src/core/export/renderExport';
import { parseImport } from '../../../src/core/import/parseImport';
import { planImport } from '../../../src/core/import/planImport';
import { BRIEF, BRIEF_PATH, DIGEST, DIGEST_PATH, exportInput, rangeOf, workspaceClaims } from '../export/fixtures';

const documents = new Map([[BRIEF_PATH, BRIEF], [DIGEST_PATH, DIGEST]]);
const options = { now: '2026-11-26T12:00:00.000Z', analyst: 'importer' };

function importInto(existing: readonly TaggedClaim[], text: string, docs = documents): ReturnType<typeof planImport> {
  const parsed = parseImport(text, options);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  return planImport(existing, parsed.candidates, docs);
}

function allClaims(plan: ReturnType<typeof planImport>): TaggedClaim[] {
  return [...plan.changed.values()].flatMap((d) => d.claims);
}

describe('import', () => {
  it('round-trips ClaimLens JSON: export → import into an empty workspace → export gives the same bytes', () => {
    const exported = renderExport('json', exportInput());
    const plan = importInto([], exported);
    assert.equal(plan.report.added, 5);
    assert.equal(renderExport('json', exportInput({ kind: 'workspace' }, allClaims(plan))), exported);
  });

  it('round-trips W3C Web Annotation without losing status, record or UTF-16 offsets', () => {
    const plan = importInto([], renderExport('w3c', exportInput()));
    assert.equal(plan.report.added, 5);
    assert.equal(renderExport('json', exportInput({ kind: 'workspace' }, allClaims(plan))), renderExport('json', exportInput()));
  });

  it('merges duplicates instead of doubling them, also the same tag under another id', () => {
    const again = importInto(workspaceClaims(), renderExport('json', exportInput()));
    assert.deepEqual({ ...again.report, conflicts: again.report.conflicts.length }, {
      added: 0, updated: 0, merged: 0, unchanged: 5, orphaned: 0, conflicts: 0, missingDocuments: [],
    });
    assert.equal(again.changed.size, 0);
    const renamed = renderExport('json', exportInput()).replace(/"t-0001"/g, '"t-9001"');
    assert.equal(importInto(workspaceClaims(), renamed).report.unchanged, 5);
  });

  it('reports conflicts: a newer imported version replaces, an older one is kept out', () => {
    const newer = renderExport('json', exportInput()).replace('"label": "Disputed"', '"label": "False"')
      .replace('"modified": "2026-11-26T09:15:00.000Z"', '"modified": "2026-11-27T09:00:00.000Z"');
    const plan = importInto(workspaceClaims(), newer);
    assert.equal(plan.report.updated, 1);
    assert.match(plan.report.conflicts[0]!, /Tag t-0001 .* replaced by the newer imported version/);
    assert.equal(plan.changed.get(BRIEF_PATH)?.claims.find((c) => c.id === 't-0001')?.label, 'False');
    const older = renderExport('json', exportInput()).replace('"label": "Disputed"', '"label": "False"');
    const kept = importInto(workspaceClaims(), older);
    assert.equal(kept.changed.size, 0);
    assert.match(kept.report.conflicts[0]!, /kept the workspace version/);
  });

  it('re-anchors imported tags by quote and context in the current text', () => {
    const edited = `Editor's note: figures updated.\n\n${BRIEF.replace('up to 100,000 troops', 'up to 110,000 troops')}`;
    const plan = importInto([], renderExport('json', exportInput()), new Map([[BRIEF_PATH, edited], [DIGEST_PATH, DIGEST]]));
    const troops = allClaims(plan).find((c) => c.id === 't-0001');
    assert.deepEqual(troops?.selectors.position, rangeOf(edited, 'up to 110,000 troops'));
    assert.equal(troops?.orphaned, false);
  });

  it('skips tags of documents not in the workspace and says which', () => {
    const plan = importInto([], renderExport('json', exportInput()), new Map([[BRIEF_PATH, BRIEF]]));
    assert.equal(plan.report.added, 3);
    assert.deepEqual(plan.report.missingDocuments, [{ path: DIGEST_PATH, tags: 2 }]);
  });

  it('imports a foreign W3C annotation with code-point positions and Wikidata bodies', () => {
    const exact = '40 trucks';
    const cp = [...DIGEST.slice(0, DIGEST.indexOf(exact))].length;
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example.invalid/a/17',
      type: 'Annotation',
      creator: { type: 'Person', nickname: 'desk-3' },
      body: [
        { type: 'TextualBody', value: 'Key figure', purpose: 'tagging' },
        { type: 'TextualBody', value: 'Matches the convoy photo.', purpose: 'commenting' },
        { type: 'SpecificResource', source: 'https://www.wikidata.org/wiki/Q159', purpose: 'identifying' },
      ],
      target: {
        source: 'wires/digest%202026-11.txt',
        selector: [
          { type: 'TextPositionSelector', start: cp, end: cp + exact.length },
          { type: 'TextQuoteSelector', exact, prefix: 'Convoy of ', suffix: '\r\nreached' },
        ],
      },
    };
    const [claim] = allClaims(importInto([], JSON.stringify(foreign)));
    assert.ok(claim);
    assert.match(claim.id, /^w3c-[0-9a-f]{16}$/);
    assert.deepEqual(claim.selectors.position, rangeOf(DIGEST, exact));
    assert.equal(claim.label, 'Key figure');
    assert.equal(claim.note, 'Matches the convoy photo.');
    assert.equal(claim.analyst, 'desk-3');
    assert.equal(claim.created, options.now);
    assert.deepEqual(claim.entities, [{ kbId: 'Q159', label: 'Q159' }]);
  });

  describe('refuses bad files with a clear message', () => {
    const refused = (text: string): string => {
      const result = parseImport(text, options);
      assert.equal(result.ok, false);
      return result.ok ? '' : result.message;
    };

    it('not JSON', () => assert.match(refused('claims: [1, 2'), /not valid JSON/));

    it('neither format', () => assert.match(refused('{"hello": "world"}'), /neither a ClaimLens export nor W3C/));

    it('a newer format version', () => {
      const newer = renderExport('json', exportInput()).replace('"formatVersion": 1', '"formatVersion": 2');
      assert.match(refused(newer), /format version 2, newer than this ClaimLens understands/);
    });

    it('wrong schema, naming the first problems', () => {
      const broken = renderExport('json', exportInput()).replace('"status": "in-review"', '"status": "maybe"');
      assert.match(refused(broken), /does not match its schema \(\/claims\/0\/status: expected one of open, in-review, resolved\)/);
    });

    it('a W3C annotation without a quote selector', () => {
      const bad = { type: 'Annotation', target: { source: 'a.md', selector: { type: 'TextPositionSelector', start: 0, end: 3 } } };
      assert.match(refused(JSON.stringify(bad)), /invalid annotations \(\/items\/0\/target\/selector: expected a TextQuoteSelector\)/);
    });

    it('a huge file, before parsing it', () => assert.match(refused(' '.repeat(20 * 1024 * 1024 + 1)), /larger than 20 MB/));

    it('a ClaimLens export whose document path leaves the workspace', () => {
      for (const outside of ['../../etc/passwd', 'notes/../../secret.md', 'C:/Users/x/brief.md']) {
        const text = renderExport('json', exportInput()).replace(`"path": "${BRIEF_PATH}"`, `"path": ${JSON.stringify(outside)}`);
        assert.notEqual(text, renderExport('json', exportInput()), 'the fixture path was replaced');
        assert.match(refused(text), /not a path inside the workspace/);
      }
    });

    it('a W3C annotation whose source leaves the workspace', () => {
      const w3c = JSON.parse(renderExport('w3c', exportInput())) as { first: { items: Array<{ target: { source: string }; claimlens?: unknown }> } };
      for (const item of w3c.first.items) {
        item.target.source = '../../../../tmp/outside.txt';
        delete item.claimlens; // no ClaimLens extension: the source alone names the document
      }
      assert.match(refused(JSON.stringify(w3c)), /not a usable document reference/);
    });
  });
});
