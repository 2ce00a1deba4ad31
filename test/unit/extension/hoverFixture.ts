// A small invented briefing, its analysis (built by hand from offsets found in
// the text) and an invented KB, shared by the hover card tests.
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import type { AnalysisResult, EntityMention, NumericClaim } from '../../../src/core/model/analysis';

export const BRIEF = [
  'Officials in Strelsau said up to 12,000 troops had been moved to the border, the ministry said.',
  'Ruritania reportedly spends $450 per capita on the programme.',
  'An earlier Ruritania estimate gave 9,500 troops.',
].join(' ');

function at(text: string, from = 0): { start: number; end: number; text: string } {
  const start = BRIEF.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  return { start, end: start + text.length, text };
}

function sentenceOf(start: number): { start: number; end: number } {
  const s = BRIEF.lastIndexOf('. ', start);
  const e = BRIEF.indexOf('.', start);
  return { start: s < 0 ? 0 : s + 2, end: e + 1 };
}

const strelsau: EntityMention = { id: 'e0', ...at('Strelsau'), type: 'place', kbId: 'cl:strelsau', label: 'Strelsau', sense: 'government' };
const ruritania1: EntityMention = { id: 'e1', ...at('Ruritania'), type: 'place', kbId: 'Q999001', label: 'Ruritania', sense: 'country' };
const ruritania2: EntityMention = { id: 'e2', ...at('Ruritania', ruritania1.end), type: 'place', kbId: 'Q999001', label: 'Ruritania', sense: 'country' };

function claim(id: string, text: string, extra: Partial<NumericClaim>): NumericClaim {
  const span = at(text);
  return {
    id, ...span, kind: 'count', number: span, value: null, min: null, max: null, unit: null, currency: null,
    rate: null, qualifier: null, hedged: false, hedges: [], attribution: null, entityIds: [], sentence: sentenceOf(span.start),
    ...extra,
  };
}

const troops = claim('c0', 'up to 12,000 troops', {
  number: at('12,000'), value: 12000, unit: 'troops', qualifier: 'up to', attribution: at('the ministry said'), entityIds: ['e0'],
});
const perCapita = claim('c1', '$450 per capita', {
  kind: 'money', number: at('$450'), value: 450, currency: 'USD', rate: 'per capita', hedged: true, hedges: ['reportedly'], entityIds: ['e1'],
});
const earlier = claim('c2', '9,500 troops', { number: at('9,500'), value: 9500, unit: 'troops', entityIds: ['e2'] });

export const RESULT: AnalysisResult = {
  engine: { version: 'test', kb: 'test' },
  entities: [strelsau, ruritania1, ruritania2],
  claims: [troops, perCapita, earlier],
};

export const KB = new KnowledgeBase({
  formatVersion: 1,
  version: '2026.11.26',
  asOf: '2026-11-01',
  sources: [{ id: 'almanac', title: 'Invented Almanac', license: 'CC0' }],
  entities: [
    {
      id: 'Q999001', type: 'place', kind: 'country', label: 'Ruritania',
      description: 'Landlocked kingdom in central Europe [see](command:workbench.action.files.delete) <b>here</b>',
      names: [
        { text: 'Ruritania', kind: 'common' }, { text: 'Kingdom of Ruritania', kind: 'official' },
        { text: 'Strelsau', kind: 'metonym', sense: 'government' }, { text: 'Ruritanian', kind: 'demonym' },
      ],
      facts: [
        { property: 'population', value: 5_300_000, unit: 'people', asOf: '2024', source: 'almanac' },
        { property: 'population', value: 5_100_000, unit: 'people', asOf: '2020', source: 'almanac' },
        { property: 'gdpPerCapitaPpp', value: 17100, unit: 'USD (PPP, 2021 dollars)', asOf: '2023', source: 'almanac' },
        { property: 'militaryPersonnel', value: 31000, unit: 'active personnel', asOf: '2025', source: 'almanac' },
        { property: 'capital', value: 'Strelsau', ref: 'cl:strelsau', asOf: '2024', source: 'almanac' },
      ],
    },
    {
      id: 'cl:strelsau', type: 'place', kind: 'city', label: 'Strelsau', description: 'Capital of Ruritania',
      names: [{ text: 'Strelsau', kind: 'common' }], facts: [], country: 'Q999001',
    },
    {
      id: 'cl:zenda-isles', type: 'place', kind: 'territory', label: 'Zenda Isles', description: 'Invented territory.',
      names: [], facts: [], country: 'Q999001',
    },
    {
      id: 'cl:league', type: 'organization', kind: 'intergovernmental', label: 'Invented League', description: 'Invented organisation.',
      names: [], facts: [],
    },
    {
      // Roles in KB order: the territory first, as the Factbook lists realms alphabetically.
      id: 'cl:rudolf', type: 'person', kind: 'person', label: 'Rudolf Rassendyll', description: 'Invented monarch.',
      names: [{ text: 'Rassendyll', kind: 'surname' }], country: 'Q999001',
      facts: [
        { property: 'role', value: 'Head of state of Zenda Isles', ref: 'cl:zenda-isles', start: '2019-03-01', asOf: '2026-01-22', source: 'almanac', note: 'as King of Ruritania' },
        { property: 'role', value: 'Regent of Ruritania', ref: 'Q999001', start: '2010', end: '2019-02-28', asOf: '2026-01-22', source: 'almanac' },
        { property: 'role', value: 'Chair of the Invented League', ref: 'cl:league', start: '2020-08-05', asOf: '2025-11-20', source: 'almanac' },
        { property: 'role', value: 'King of Ruritania', ref: 'Q999001', start: '2019-03-01', asOf: '2026-01-22', source: 'almanac', note: 'head of state' },
        { property: 'role', value: 'Mayor of Strelsau', ref: 'cl:strelsau', start: '2012', end: '2016', asOf: '2026-01-22', source: 'almanac' },
      ],
    },
  ],
});

/** The card as a reader sees it: Markdown backslash escapes removed. */
export function plain(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
