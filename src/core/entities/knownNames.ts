// KB names in a run and what they combine with: "Ukrainian Computer Society"
// (a KB name plus an organisation head), "Ukrainian forces" (a demonym plus a
// group noun), "U.S. military", "Syrian territory", "Kursk region", and the
// KB names nested inside an organisation ("Government of Iraq").

import type { GazetteerMatch } from './gazetteer';
import type { Scan } from './scan';
import type { Token } from './tokens';
import { COMPASS_WORDS, LOCATIVE_PREPOSITIONS, ORG_HEADS, ORG_OF_HEADS, PLACE_HEADS, GROUP_NOUNS } from './cueWords';
import { airStationEnd, namesEvent, stateInstitution } from './kbCompounds';
import { emit, groupNounEnd, isOfHead, linkTo, ofNameEnd, senseOfGroup, trailingGeoEnd } from './scan';
import { endsPhrase } from './nounPhrases';
import { joinsByOn } from './orgNameShapes';
import { actsAsAgent, resolveSense } from './sense';
import { endsName } from './tokens';

/**
 * Heads of a commercial firm's or a market's name, after which a place opening the name is a brand
 * ("Mekong Frontier Analytics", "the Karachi Stock Exchange (KSE)": the city names the market).
 */
const FIRM_HEADS = new Set(['exchange', 'bourse', 'analytics', 'consulting', 'consultancy', 'consultants', 'advisory', 'associates', 'ventures',
  'strategies', 'insights', 'robotics', 'dynamics', 'enterprises', 'partners', 'capital', 'holdings', 'investments',
  'securities', 'technologies', 'solutions', 'systems', 'labs']);

/** Nouns after a demonym that name the state's ground ("Syrian territory"). */
const STATE_GROUND = new Set(['territory', 'soil', 'airspace', 'waters', 'border', 'coast', 'frontier', 'countryside']);

/** Nouns a ground word modifies in a compound ("border patrol", "coast guard", "airspace violations"). */
const GROUND_COMPOUND_HEADS = new Set(['patrol', 'patrols', 'guard', 'guards', 'post', 'posts', 'crossing', 'crossings',
  'force', 'forces', 'troops', 'police', 'control', 'checkpoint', 'checkpoints', 'security', 'dispute', 'disputes', 'defences',
  'defenses', 'zone', 'zones', 'violation', 'violations', 'detachment', 'service', 'agency', 'town', 'towns', 'region', 'area']);

/** KB names inside tokens [from, to] of an organisation name, as nested mentions. */
export function emitNestedKnown(scan: Scan, from: number, to: number): void {
  for (let j = from; j <= to; j++) {
    const match = scan.kbAt.get(j);
    if (!match || match.last > to) continue;
    // A generic head word is no nested name: "… Climate Centre" (a KB region "Centre"), "Lions of the
    // Valley movement" (a KB town "The Valley").
    const key = (scan.tokens[j] as Token).key;
    if (match.first === match.last && (ORG_HEADS.has(key) || PLACE_HEADS.has(key))) continue;
    const resolved = resolveSense(match.entries, false);
    if (resolved) emit(scan, match.first, match.last, { type: resolved.type, ...linkTo(resolved.entry.entity), sense: resolved.sense });
    j = match.last;
  }
}

/**
 * "al-Qaeda in Iraq", "Islamic State of Iraq and the Levant", "Central Bank of Russia": places named
 * inside a KB organisation's name, after "in", "of", "and" or "the" (each matched from there on, so
 * "Bank of Russia", another KB name, does not hide "Russia").
 */
function emitInnerPlaces(scan: Scan, from: number, to: number): void {
  const { tokens } = scan;
  for (let j = from + 1; j <= to; j++) {
    const before = tokens[j - 1] as Token;
    if (before.cap || (before.key !== 'in' && before.key !== 'of' && before.key !== 'and' && before.key !== 'the')) continue;
    const m = scan.gazetteer.matchAt(tokens, j, to);
    if (!m) continue;
    // "… of North and East Syria": a compass word alone is part of the region's name, not a place.
    if (m.last === j && COMPASS_WORDS.has((tokens[j] as Token).key)) continue;
    const resolved = resolveSense(m.entries, false);
    if (resolved?.type !== 'place') continue;
    emit(scan, j, m.last, { type: 'place', ...linkTo(resolved.entry.entity), sense: resolved.sense });
    j = m.last;
  }
}

/** Emits a KB name (with its merges) and returns the last token index consumed. */
export function emitKnown(scan: Scan, match: GazetteerMatch, lastOfRun: number): number {
  const { tokens } = scan;
  const agent = actsAsAgent(tokens, match.first, match.last);
  const sensed = resolveSense(match.entries, agent);
  if (!sensed) return match.last;
  // "Autonomous Administration of North and East Syria": a KB region named by its governing
  // body ("Administration of …") is written as that body.
  const bodyOf = sensed.type === 'place' ? governingBodyOf(tokens, match) : -1;
  const resolved = bodyOf >= 0 ? { ...sensed, type: 'organization' as const, sense: null } : sensed;
  const { entity } = resolved.entry;
  const stateLike = resolved.type === 'nationality' || entity.kind === 'country' || entity.kind === 'territory';
  const station = airStationEnd(scan, match, lastOfRun);
  if (station > match.last) {
    emit(scan, match.first, station, { type: 'place', sense: 'place' });
    return station;
  }

  // "Australian Red Cross": a state's own branch of an international body; "United States Central
  // Command": a state's own institution (the KB's), written with the state's name before it.
  // A demonym before the state's own body stays a nationality of its own ("Russian Wagner Group").
  const institution = stateLike ? stateInstitution(scan, match.last + 1, resolved.type === 'place' ? entity.id : null) : null;
  if (institution) {
    emit(scan, match.first, institution.last, { type: 'organization', ...(institution.entity ? linkTo(institution.entity) : {}) });
    if (institution.entity) emit(scan, match.first, match.last, { type: resolved.type, ...linkTo(entity), sense: resolved.sense });
    return institution.last;
  }

  // "Ukrainian Computer Society", "UN Security Council", "Damascus University": a KB name
  // followed by an unknown name ending in an organisation head is that organisation.
  let tail = match.last;
  // A generic KB word ("Commission", "Valley") after the name is the head, not a second name:
  // "ECOWAS Commission", "Jordan Valley".
  const absorbs = (i: number): boolean => !scan.kbAt.has(i) || ORG_HEADS.has((tokens[i] as Token).key) || PLACE_HEADS.has((tokens[i] as Token).key);
  const joined = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && t.cap && (t.gap === 'space' || t.gap === 'hyphen');
  };
  while (joined(tail + 1) && absorbs(tail + 1) && !endsName(tokens[tail] as Token)) tail++;
  const runLast = Math.max(lastOfRun, tail);
  const tailHead = (tokens[tail] as Token).key;
  // "NATO's Baltic Air Policing mission": a mission or exercise named after a place holds no place.
  if (resolved.type === 'place' && tail > match.last && !isOfHead(tailHead) && namesEvent(tokens[tail + 1], tokens[tail] as Token)) return tail;
  // "United States Department of the Treasury": an organisation head then "of" takes the rest.
  const ofNext = tokens[tail + 1];
  const connects = ofNext !== undefined && !ofNext.cap && (ofNext.key === 'of' || ofNext.key === 'for');
  if (tail > match.last && tail < runLast && ((ORG_OF_HEADS.has(tailHead) && connects) || joinsByOn(scan, tail, runLast))) {
    const end = ofNameEnd(tokens, tail + 1, runLast);
    emit(scan, match.first, end, { type: 'organization' });
    // "Iraqi Ministry of Electricity": a demonym opening a body's name is no mention of its own
    // (a state's name stays one: "United States Department of the Treasury", as re3d nests it).
    if (resolved.type !== 'nationality') emit(scan, match.first, match.last, { type: resolved.type, ...linkTo(entity), sense: resolved.sense });
    emitNestedKnown(scan, tail + 1, end);
    return end;
  }
  if (tail > match.last && ORG_HEADS.has(tailHead)) {
    const single = tail === match.last + 1 && GROUP_NOUNS.has(tailHead);
    // "UK Government", "Iraqi Army": the state's own institution keeps the state's id.
    if (single && stateLike) {
      emit(scan, match.first, tail, { type: 'organization', ...linkTo(entity), sense: senseOfGroup(tailHead) });
    } else {
      emit(scan, match.first, tail, { type: 'organization' });
    }
    // "Iraqi Army", "Iraqi Security Forces", "Basra Operations Command": the demonym or city
    // inside stays a mention too; a state inside its own institution ("U.S. Marines") does not, nor
    // a demonym opening a body's proper name ("Ukrainian Computer Society") (re3d's gold agrees).
    let groupTail = true;
    for (let j = match.last + 1; j <= tail; j++) {
      const t = tokens[j] as Token;
      // "Russian central bank": a lower-case tail is no proper name, the demonym stays an adjective.
      if (t.cap && !GROUP_NOUNS.has(t.key)) groupTail = false;
    }
    // "Mekong Frontier Analytics", "Danube Capital Partners": a firm named after a place is a brand; the place is not meant.
    const brand = resolved.type === 'place' && FIRM_HEADS.has(tailHead);
    const nested = resolved.type === 'nationality' ? groupTail : !(stateLike && resolved.type === 'place') && !brand;
    if (nested) emit(scan, match.first, match.last, { type: resolved.type, ...linkTo(entity), sense: resolved.sense });
    return tail;
  }
  if (tail === match.last + 1 && PLACE_HEADS.has(tailHead) && resolved.type !== 'person') {
    emit(scan, match.first, tail, { type: 'place', sense: 'region' });
    return tail;
  }
  // "Damascus University Hospital", "Al Assad Mosque": a building named after the KB name is a place.
  if (tail > match.last + 1 && PLACE_HEADS.has(tailHead)) {
    emit(scan, match.first, tail, { type: 'place', sense: 'place' });
    if (resolved.type !== 'person') emit(scan, match.first, match.last, { type: resolved.type, ...linkTo(entity), sense: resolved.sense });
    return tail;
  }

  // "Ukrainian forces", "Iraqi security forces", "the Syrian regime": a demonym and a
  // group noun name an organisation of that state, and the demonym inside stays a
  // nationality — two nested mentions, as re3d's gold annotates them.
  const last = match.last;
  // "the Saudi-led coalition", "a US-backed militia": the group is an organisation around
  // the name, which stays a mention of its own (re3d: "Syrian-led" is a nationality).
  const ledBy = ledGroupEnd(tokens, last);
  if (ledBy > last) {
    emit(scan, match.first, ledBy, { type: 'organization' });
    emit(scan, match.first, last, { type: resolved.type, ...linkTo(entity), sense: resolved.sense });
    return last;
  }
  const after = groupNounEnd(tokens, last, resolved.type === 'nationality');
  // "Syrian territory", "Iraqi airspace": the state's ground, a place around the demonym.
  const ground = tokens[last + 1];
  // Not when the ground noun only modifies the next one ("a Soviet border patrol").
  const compound = tokens[last + 2];
  const modifiesNext = compound !== undefined && compound.gap === 'space' && GROUND_COMPOUND_HEADS.has(compound.key);
  if (resolved.type === 'nationality' && ground && !ground.cap && ground.gap === 'space' && STATE_GROUND.has(ground.key) && !modifiesNext) {
    emit(scan, match.first, last, { type: 'nationality', ...linkTo(entity), sense: resolved.sense });
    emit(scan, match.first, last + 1, { type: 'place', ...linkTo(entity), sense: 'territory' });
    return match.last;
  }
  if (resolved.type === 'nationality' && after > last) {
    emit(scan, match.first, last, { type: 'nationality', ...linkTo(entity), sense: resolved.sense });
    emit(scan, match.first, after, { type: 'organization', ...linkTo(entity), sense: senseOfGroup((tokens[after] as Token).key) });
    return match.last;
  }
  // "U.S. military", "the UK government": the state's institution, one organisation mention.
  if (stateLike && resolved.type === 'place' && after > last) {
    const sense = senseOfGroup((tokens[after] as Token).key);
    emit(scan, match.first, after, { type: 'organization', ...linkTo(entity), sense });
    // "the Iraq people": the people of a place; the place stays a mention (an institution's state does not).
    if (sense === 'people') emit(scan, match.first, last, { type: resolved.type, ...linkTo(entity), sense: resolved.sense });
    return match.last;
  }
  // "Kursk region", "Anbar province": the region around a known place.
  const geo = resolved.type === 'place' ? trailingGeoEnd(tokens, last) : last;
  if (geo > last) {
    emit(scan, match.first, geo, { type: 'place', sense: 'region' });
    return last;
  }
  if (stateLike && resolved.type === 'place' && actsAsState(tokens, match.first, last)) {
    // "The UK is pressing its partners", "a risk to the UK's interests": the state as an
    // actor, an organisation around the country's name (re3d's gold nests them the same way).
    emit(scan, match.first - 1, last, { type: 'organization', ...linkTo(entity), sense: 'government' });
  }
  emit(scan, match.first, last, { type: resolved.type, ...linkTo(entity), sense: resolved.sense });
  // The region it governs stays a place inside it: "… of North and East Syria".
  const remit = bodyOf + ((tokens[bodyOf + 1] as Token | undefined)?.key === 'the' ? 2 : 1);
  if (bodyOf >= 0 && remit <= last) emit(scan, remit, last, { type: 'place', sense: 'region' });
  else if (resolved.type === 'organization' && last - match.first >= 2) emitInnerPlaces(scan, match.first + 1, last);
  return last;
}

const LED_SUFFIXES = new Set(['led', 'backed', 'sponsored', 'funded', 'supported', 'allied', 'aligned']);
const LED_GROUPS = new Set(['coalition', 'coalitions', 'alliance', 'forces', 'force', 'militia', 'militias', 'mission',
  'government', 'administration', 'rebels', 'troops', 'army', 'group', 'groups', 'factions', 'faction', 'proxies',
  'brigade', 'brigades', 'battalion', 'battalions', 'contingent', 'contingents', 'delegation', 'division', 'operation', 'consortium']);

/** Nouns a group noun modifies in a compound ("coalition aircraft", "militia raids"). */
const MODIFIED_BY_GROUP = new Set(['aircraft', 'airstrike', 'airstrikes', 'strike', 'strikes', 'jets', 'warplanes', 'planes',
  'drones', 'bombing', 'bombings', 'raid', 'raids', 'operation', 'operations', 'campaign', 'offensive', 'spokesman',
  'spokeswoman', 'spokesperson', 'officials', 'partners', 'members', 'commander', 'commanders', 'fighters', 'positions']);

/** Index of "coalition" in "Saudi-led coalition" after token `last`, or `last` when the name is not "-led" + group. */
function ledGroupEnd(tokens: readonly Token[], last: number): number {
  const suffix = tokens[last + 1];
  const noun = tokens[last + 2];
  if (!suffix || suffix.gap !== 'hyphen' || suffix.cap || !LED_SUFFIXES.has(suffix.key) || (tokens[last] as Token).possessive) return last;
  // "US-led coalition aircraft": the group noun only modifies what follows.
  const then = tokens[last + 3];
  const modifies = then !== undefined && then.gap === 'space' && MODIFIED_BY_GROUP.has(then.key);
  return noun && noun.gap === 'space' && !noun.cap && LED_GROUPS.has(noun.key) && !modifies ? last + 2 : last;
}

/** "the UK" outside a locative phrase and not modifying a following name ("the UK Government", "in the UK"). */
function actsAsState(tokens: readonly Token[], first: number, last: number): boolean {
  const article = tokens[first - 1];
  if (!article || article.key !== 'the' || (tokens[first] as Token).gap !== 'space') return false;
  const next = tokens[last + 1];
  if (next && next.cap && next.gap !== 'break' && !(tokens[last] as Token).possessive) return false;
  // "the UK-Japan Summit", "the Syria crisis": the name modifies what follows.
  if (next && (next.gap === 'hyphen' || (!(tokens[last] as Token).possessive && !endsPhrase(next)))) return false;
  const before = tokens[first - 2];
  // "Latvia, Lithuania, the Netherlands, Norway and the United Kingdom": an item of a list of
  // countries (after a comma or "and" that follows a capitalised name) is named, not acting.
  const listed = before !== undefined && before.cap && !before.possessive && (article.gap === 'break' && !article.afterStop);
  const joined = before !== undefined && (before.key === 'and' || before.key === 'or') && !before.cap && tokens[first - 3]?.cap === true;
  if (listed || joined) return false;
  return !(before && !before.cap && LOCATIVE_PREPOSITIONS.has(before.key) && article.gap !== 'break');
}

const GOVERNING_HEADS = new Set(['administration', 'government', 'authority', 'council']);

/** Index of "of" in "<Administration|Government|Authority|Council> of" inside the matched name, or -1. */
function governingBodyOf(tokens: readonly Token[], match: GazetteerMatch): number {
  for (let j = match.first; j < match.last; j++) {
    if (GOVERNING_HEADS.has((tokens[j] as Token).key) && (tokens[j + 1] as Token).key === 'of') return j + 1;
  }
  return -1;
}
