// Word lists the claim scanner consults. Kept together so the decisions they
// encode (see README.md) are easy to review.

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words before a lone month or year that make it a date: "in May", "since 2019". */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'during', 'of', 'before', 'after', 'through', 'throughout',
  'between', 'and', 'to', 'on', 'early', 'late', 'mid', 'last', 'next', 'this', 'end', 'start', 'beginning',
  'around', 'circa', 'as', 'spring', 'summer', 'autumn', 'winter', 'fall', 'the', 'every', 'or',
]);

/** Prepositions that bound a date; kept in the claim span and reported as its qualifier. */
export const DATE_BOUNDS: ReadonlySet<string> = new Set(['since', 'until', 'till', 'before', 'after', 'by']);

/** Modifiers that are part of a date: "early October 2011", "mid-2019", "the end of 2025". */
export const DATE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'end', 'pre', 'post', 'start', 'beginning', 'middle']);

/** Relative dates: "last year", "next month", "this week", "the past decade". */
export const RELATIVE_DATE_HEADS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'past', 'previous', 'coming']);
export const RELATIVE_DATE_UNITS: ReadonlySet<string> = new Set([
  'week', 'month', 'year', 'decade', 'century', 'quarter', 'weekend', 'spring', 'summer', 'autumn', 'winter',
]);
export const RELATIVE_DATE_TAILS: ReadonlySet<string> = new Set(['ago', 'later', 'earlier']);

/**
 * Reference words that are references even in lower case: "paragraph 4",
 * "resolution 2334", "edition 3", "episode 212". Parts of a publication or a
 * broadcast that also open counts in lower case ("this season 40,000 fans",
 * "the issue 5 states raised") are references only capitalised, in REFERENCE_NOUNS.
 */
export const LOWERCASE_REFERENCES: ReadonlySet<string> = new Set([
  'resolution', 'resolutions', 'article', 'articles', 'section', 'sections', 'chapter', 'chapters', 'paragraph',
  'paragraphs', 'para', 'clause', 'clauses', 'annex', 'appendix', 'page', 'pages', 'table', 'figure', 'footnote',
  'version', 'edition', 'phase', 'stage', 'step', 'item', 'part', 'volume', 'note', 'rule', 'episode', 'episodes',
]);

/**
 * Capitalised words that make the following number a reference or a name,
 * not a claim: "Resolution 2231", "Article 5", "Section 3.2", "Agenda 2030",
 * "Committee 1267", "Flight 17", "Executive Order 13846", "IMO 9123456"; the
 * lower-case references among them.
 */
export const REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  ...LOWERCASE_REFERENCES, 'agenda', 'vision', 'expo', 'act', 'fig', 'p', 'pp', 'title', 'amendment', 'protocol',
  'regulation', 'directive', 'level', 'tier', 'flight', 'route', 'highway', 'room', 'building', 'block', 'unit',
  'platform', 'gate', 'vol', 'issue', 'no', 'nos', 'number', 'committee', 'category', 'class', 'grade', 'type', 'mark',
  'mk', 'v', 'box', 'exercise', 'lot', 'batch', 'cop', 'scr', 'unscr', 'transponder', 'channel', 'line', 'sector',
  'zone', 'camp', 'hill', 'tranche', 'season', 'series', 'track', 'disc', 'chart', 'order', 'imo', 'mmsi', 'eo',
]);

/**
 * Words that end a counted noun phrase: function words, pronouns, common
 * verbs. "45 members of the clan" → "members"; "84 insurgents and took…".
 */
export const NOUN_STOPS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'for', 'across', 'into', 'over', 'under', 'between',
  'through', 'during', 'since', 'until', 'after', 'before', 'against', 'among', 'per', 'via', 'about', 'around',
  'within', 'without', 'near', 'toward', 'towards', 'along', 'behind', 'beyond', 'upon', 'onto', 'off', 'out',
  'up', 'down', 'and', 'or', 'but', 'nor', 'so', 'yet', 'as', 'than', 'which', 'who', 'whom', 'whose',
  'where', 'when', 'while', 'if', 'because', 'although', 'though', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could',
  'may', 'might', 'must', 'said', 'says', 'say', 'told', 'it', 'they', 'them', 'he', 'she', 'we', 'you', 'i',
  'there', 'here', 'not', 'no', 'each', 'every', 'all', 'both', 'either', 'neither', 'some', 'any', 'such',
  'more', 'less', 'fewer', 'most', 'least', 'only', 'also', 'just', 'still', 'now', 'then', 'ago', 'later',
  'earlier', 'apiece', 'respectively', 'alone', 'total', 'overall', 'altogether', 'including', 'like',
  'remain', 'remains', 'remained', 'died', 'fled', 'left', 'went', 'came', 'took', 'made', 'lost', 'won',
  'became', 'become', 'get', 'got', 'go', 'make', 'take', 'give', 'gave', 'need', 'needed', 'per', 'what',
  'how', 'why', 'whether', 'whereas', 'thus', 'hence', 'however', 'therefore', 'already', 'even', 'again',
]);

/** Leading words skipped before the counted noun: "118 more prisoners", "13 new sanctions". */
export const NOUN_SKIPS: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further', 'other']);

/**
 * Singular nouns that make a spelled "one" a count: "one strike destroyed a
 * position", "one soldier was wounded". Elsewhere "one" is too often a
 * pronoun or an idiom ("one of", "one day", "one way") to count.
 */
export const ONE_COUNTABLES: ReadonlySet<string> = new Set([
  'strike', 'airstrike', 'raid', 'attack', 'engagement', 'explosion', 'bomb', 'missile', 'rocket', 'shell', 'mortar',
  'drone', 'aircraft', 'plane', 'jet', 'helicopter', 'tank', 'vehicle', 'truck', 'ship', 'vessel', 'boat', 'warship',
  'submarine', 'battalion', 'brigade', 'regiment', 'squadron', 'soldier', 'troop', 'marine', 'sailor', 'pilot',
  'officer', 'policeman', 'fighter', 'militant', 'insurgent', 'rebel', 'gunman', 'civilian', 'person', 'child',
  'woman', 'hostage', 'prisoner', 'detainee', 'journalist', 'casualty', 'victim', 'refugee', 'migrant', 'worker',
  'volunteer', 'doctor', 'nurse', 'building', 'bridge', 'checkpoint', 'weapon', 'cache', 'bunker', 'tunnel',
  'launcher', 'artillery', 'death',
]);

/**
 * Nouns for people, after which "under five" or "over 65" is an age bracket:
 * "212,000 children under five" states one claim, not two.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'children', 'people', 'adults', 'men', 'women', 'boys', 'girls', 'persons', 'those', 'anyone', 'everyone',
  'youths', 'teenagers', 'infants', 'babies', 'residents', 'citizens', 'voters', 'workers', 'refugees', 'patients',
  'pensioners', 'recruits', 'conscripts', 'civilians', 'students', 'pupils', 'minors', 'individuals',
]);

/**
 * Nouns that name a plan, a programme or a target; a year in such a name
 * ("Horizon 2020", "the 2030 Agenda") is its label, not a date.
 */
export const PLAN_NOUNS: ReadonlySet<string> = new Set([
  'agenda', 'vision', 'horizon', 'strategy', 'plan', 'programme', 'program', 'initiative', 'framework', 'roadmap',
  'compact', 'target', 'targets', 'goal', 'goals', 'outlook', 'mission', 'ambition', 'project',
]);

/**
 * Singular unit nouns that, capitalised after a number, name a formation
 * rather than count one: "10 Squadron", "3 Commando Brigade", "903
 * Expeditionary Air Wing", "45 Commando". Plurals still count ("10 squadrons",
 * "Ten Squadrons").
 */
export const FORMATION_NOUNS: ReadonlySet<string> = new Set([
  'squadron', 'wing', 'brigade', 'regiment', 'battalion', 'division', 'corps', 'commando', 'group', 'flight',
  'fleet', 'flotilla', 'company', 'battery', 'platoon', 'troop', 'detachment', 'para',
]);

/**
 * Nouns that name a document; a year closing its title ("Country Reports on
 * Terrorism 2024", "the Defence Review 2025") labels the edition.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'review', 'index', 'survey', 'yearbook', 'assessment', 'audit', 'paper', 'bulletin', 'digest',
  'handbook', 'factbook', 'almanac', 'atlas', 'statistics', 'barometer', 'monitor',
]);

/**
 * Subjects whose findings are attributed with verbs a person would not
 * need: "The report found 60%", "the audit concluded". "Troops found 20
 * bodies" is not a source.
 */
export const FINDING_SUBJECTS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'assessment', 'review', 'analysis', 'audit',
  'census', 'poll', 'polls', 'inquiry', 'investigation', 'paper', 'research', 'data', 'figures', 'statistics',
  'estimates', 'index', 'model',
]);

/**
 * Plural nouns for the parties of a statement; after a possessive a small
 * number of them refers back ("our two countries", "their 2 governments").
 */
export const PARTY_NOUNS: ReadonlySet<string> = new Set([
  'countries', 'nations', 'states', 'governments', 'peoples', 'sides', 'parties', 'leaders', 'ministers',
  'delegations', 'organisations', 'organizations', 'institutions', 'economies', 'militaries', 'presidents', 'allies',
]);
