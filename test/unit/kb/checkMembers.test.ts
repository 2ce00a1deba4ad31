// The KB build check counts members with a plain-Node copy of the app's date
// rule (scripts/kb/check.js activeMembers): it must agree with
// src/core/kb/temporal.ts on every organisation of the shipped KB, or a
// passing check would promise counts analysts do not see.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import type { KbEntity, KbFact } from '../../../src/core/kb/kbTypes';
import { parseKb } from '../../../src/core/kb/parseKb';
import { factHoldsAt, selectFactsAt } from '../../../src/core/kb/temporal';
import { BUNDLED_KB_PATH } from './loadFixture';

const load = createRequire(__filename);
const { activeMembers } = load('../../../scripts/kb/check.js') as { activeMembers: (entity: KbEntity, date: string) => KbFact[] };

describe('the KB check\'s member count (scripts/kb/check.js)', () => {
  const parsed = parseKb(fs.readFileSync(BUNDLED_KB_PATH, 'utf8'), 'media/kb/kb.json', { bundled: true });
  const kb = parsed.kb!;
  const organisations = kb.entities.filter((e) => e.type === 'organization' && e.facts.some((f) => f.property === 'member'));

  it('agrees with selectFactsAt and factHoldsAt for every organisation on the KB date, 2024-06-30 and 2025-06-30', () => {
    assert.ok(organisations.length >= 30, `organisations with members in the shipped KB (${organisations.length})`);
    const counts = new Set<string>();
    for (const date of [kb.asOf, '2024-06-30', '2025-06-30']) {
      for (const org of organisations) {
        const checked = activeMembers(org, date);
        assert.deepEqual(checked, selectFactsAt(org.facts, date).filter((f) => f.property === 'member'), `${org.label} on ${date}`);
        assert.deepEqual(checked, org.facts.filter((f) => f.property === 'member' && factHoldsAt(f, date)), `${org.label} on ${date}`);
        counts.add(`${org.id}:${checked.length}`);
      }
    }
    // Some membership changed between the dates, so the dates were not all read alike.
    assert.ok(counts.size > organisations.length, 'some organisation has different counts on different dates');
  });
});
