// A tiny KB written for these tests: a few countries with capitals, demonyms,
// abbreviations and metonyms, one alliance and one person.

import type { KbEntity } from '../../../src/core/kb/kbTypes';
import type { EntityKb } from '../../../src/core/entities/kbView';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';

const country = (id: string, label: string, names: KbEntity['names'], capital?: string): KbEntity => ({
  id, type: 'place', kind: 'country', label, description: '', names,
  facts: capital ? [{ property: 'capital', value: capital, asOf: '2026', source: 'test', ref: `${id}-capital` }] : [],
});
const city = (id: string, label: string, countryId: string): KbEntity => ({
  id, type: 'place', kind: 'city', label, description: '', names: [], facts: [], country: countryId,
});

export const FIXTURE_ENTITIES: readonly KbEntity[] = [
  country('Q423', 'North Korea', [
    { text: 'DPRK', kind: 'abbreviation' }, { text: 'North Korean', kind: 'demonym' },
  ], 'Pyongyang'),
  city('Q423-capital', 'Pyongyang', 'Q423'),
  country('Q159', 'Russia', [{ text: 'Russian Federation', kind: 'official' }, { text: 'Russian', kind: 'demonym' },
    { text: 'Kremlin', kind: 'metonym', sense: 'government' }], 'Moscow'),
  city('Q159-capital', 'Moscow', 'Q159'),
  country('Q30', 'United States', [{ text: 'US', kind: 'abbreviation' }, { text: 'U.S.', kind: 'abbreviation' },
    { text: 'American', kind: 'demonym' }], 'Washington'),
  city('Q30-capital', 'Washington', 'Q30'),
  country('Q212', 'Ukraine', [{ text: 'Ukrainian', kind: 'demonym' }, { text: 'Ukrainians', kind: 'demonym' }]),
  country('Q183', 'Germany', [{ text: 'German', kind: 'demonym' }]),
  { id: 'Q7184', type: 'organization', kind: 'alliance', label: 'NATO', description: '', facts: [],
    names: [{ text: 'North Atlantic Treaty Organization', kind: 'official' }, { text: 'NATO', kind: 'abbreviation' }] },
  { id: 'Q56226', type: 'person', kind: 'person', label: 'Kim Jong-un', description: '', facts: [],
    names: [{ text: 'Kim Jong Un', kind: 'alias' }] },
  city('cl:test-nis', 'Niš', 'cl:test-serbia'),
  { id: 'cl:test-ua-army', type: 'organization', kind: 'agency', label: 'Armed Forces of Ukraine', description: '', facts: [],
    names: [{ text: 'Ukrainian military', kind: 'alias' }] },
  { id: 'Q21001', type: 'person', kind: 'person', label: 'Moon Jae In', description: '', facts: [],
    names: [{ text: 'Moon Jae-In', kind: 'alias' }] },
  { id: 'cl:test-ec', type: 'organization', kind: 'intergovernmental', label: 'European Commission', description: '', facts: [],
    names: [{ text: 'Commission', kind: 'alias' }] },
  { id: 'cl:test-aqk', type: 'organization', kind: 'armed-group', label: 'al-Qaeda in Ukraine', description: '', facts: [], names: [] },
  { id: 'Q41855', type: 'place', kind: 'region', label: 'Korean Peninsula', description: '', facts: [], names: [] },
];

export const fixtureKb: EntityKb = kbViewFromEntities(FIXTURE_ENTITIES);
