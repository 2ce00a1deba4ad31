// Context for a numeric claim: which KB facts an analyst would put next to it
// ("$1,200 per capita" in a sentence about Ruritania → Ruritania's GDP per
// capita, with unit and year), and the other figures in the document that
// state the same kind of quantity, with their differences flagged. Pure.
import type { KbEntity, KbFact } from '../../core/kb/kbTypes';
import type { EntityMention, NumericClaim } from '../../core/model/analysis';
import type { HoverKb } from './kbFacts';
import { rateOf } from './claimPeriod';

interface FactRule {
  /** Which claims the rule is for. */
  readonly applies: (claim: NumericClaim, cue: string) => boolean;
  /** Which KB properties answer it. */
  readonly property: RegExp;
}

const PER_HEAD = /per (capita|head|person|inhabitant|resident|soldier|fighter|worker|employee|recruit|man|woman|child|pupil|student|patient|refugee)|a head|each|apiece/i;
/** "$80 per barrel", "$2,000 per soldier": an amount per unit, never to be set beside a national total. */
const PER_UNIT = /\bper (?!(?:cent|day|week|month|quarter|year|annum)\b)[a-z]+/i;
const TROOPS = /troops|soldiers|personnel|servicemen|service members|fighters|forces|army|reservists|conscripts/i;
const PEOPLE = /people|residents|inhabitants|population|citizens|civilians|refugees|migrants|displaced/i;

// Order matters only for display: the first matching rule's facts come first.
const RULES: readonly FactRule[] = [
  { applies: (c, cue) => c.kind === 'money' && PER_HEAD.test(cue), property: /^gdpPerCapita/i },
  { applies: (c, cue) => isTotal(c, cue) && /defen[cs]e|military|arms/i.test(cue), property: /militaryExpenditure|defen[cs]eBudget/i },
  { applies: (c, cue) => isTotal(c, cue), property: /^gdp(Ppp|Nominal|Official)?$/i },
  { applies: (c, cue) => c.kind === 'count' && TROOPS.test(cue), property: /military|armedForces|troops|activePersonnel/i },
  { applies: (c, cue) => c.kind === 'count' && PEOPLE.test(cue), property: /^population$|refugees/i },
  { applies: (c, cue) => c.kind === 'percent' && /unemploy|jobless/i.test(cue), property: /unemployment/i },
  { applies: (c, cue) => c.kind === 'percent' && /inflation|prices/i.test(cue), property: /inflation/i },
  { applies: (c, cue) => c.kind === 'percent' && /defen[cs]e|military/i.test(cue), property: /militaryExpenditure/i },
  { applies: (c, cue) => c.kind === 'percent' && /growth|grew|economy|gdp/i.test(cue), property: /gdp.*growth/i },
  { applies: (c, cue) => c.kind === 'measure' && /km2|km²|square|hectare|sq/i.test(cue), property: /^area/i },
];

/** An amount of money that is not per head or per unit (the claim's own words decide the unit). */
function isTotal(claim: NumericClaim, cue: string): boolean {
  return claim.kind === 'money' && !PER_HEAD.test(cue) && !PER_UNIT.test(`${claim.text} ${rateOf(claim) ?? ''}`);
}

export interface ContextFact {
  readonly entity: KbEntity;
  readonly fact: KbFact;
}

/**
 * KB facts relevant to `claim` for the entities it is about (and, for a city
 * or person, their country). `cue` is the claim's sentence.
 */
export function contextFacts(
  claim: NumericClaim,
  about: readonly EntityMention[],
  cue: string,
  kb: HoverKb,
): ContextFact[] {
  const text = `${claim.text} ${claim.unit ?? ''} ${rateOf(claim) ?? ''} ${cue}`;
  const rules = RULES.filter((r) => r.applies(claim, text));
  if (rules.length === 0) return [];
  const entities = aboutEntities(about, kb);
  const out: ContextFact[] = [];
  for (const rule of rules) {
    for (const entity of entities) {
      for (const fact of kb.factsAt(entity.id, kb.asOf)) {
        if (rule.property.test(fact.property) && !out.some((o) => o.fact === fact)) out.push({ entity, fact });
      }
    }
  }
  return out.slice(0, 6);
}

function aboutEntities(about: readonly EntityMention[], kb: HoverKb): KbEntity[] {
  const ids: string[] = [];
  for (const mention of about) {
    if (mention.kbId === null) continue;
    ids.push(mention.kbId);
    const country = kb.byId(mention.kbId)?.country;
    if (country !== undefined) ids.push(country);
  }
  return [...new Set(ids)].map((id) => kb.byId(id)).filter((e): e is KbEntity => e !== undefined);
}

export interface RelatedClaim {
  readonly claim: NumericClaim;
  /** Human-readable differences from the hovered claim; empty when it states the same. */
  readonly differences: readonly string[];
}

/** Other claims in the document about the same kind of quantity in the same unit. */
export function relatedClaims(claim: NumericClaim, claims: readonly NumericClaim[]): RelatedClaim[] {
  const unit = unitKey(claim);
  if (unit === null) return [];
  return claims
    .filter((c) => c.id !== claim.id && c.kind === claim.kind && unitKey(c) === unit && comparable(claim, c))
    .map((c) => ({ claim: c, differences: differences(claim, c) }));
}

/**
 * Money has no counted noun, only a currency: "$2,000 each" and "$200 million
 * a month" share "USD" but are different quantities. Amounts more than ten
 * times apart are taken to be different things.
 */
function comparable(a: NumericClaim, b: NumericClaim): boolean {
  if (a.kind !== 'money') return true;
  const av = a.value ?? midpoint(a);
  const bv = b.value ?? midpoint(b);
  if (av === null || bv === null || av === 0 || bv === 0) return true;
  const ratio = Math.abs(bv / av);
  return ratio <= 10 && ratio >= 0.1;
}

/** "Troops" and "troop" meet; money compares by currency. */
function unitKey(claim: NumericClaim): string | null {
  if (claim.kind === 'money') return claim.currency;
  if (claim.kind === 'percent') return claim.unit?.toLowerCase() ?? '%';
  if (claim.unit === null) return null;
  return claim.unit.toLowerCase().replace(/s$/, '');
}

/**
 * How `there` (another claim) differs from `here` (the hovered one), each
 * side named, so the line reads the same whichever claim is hovered:
 * "lower there (-21%)", "rate: none here vs "each" there", "hedged here, not there".
 */
function differences(here: NumericClaim, there: NumericClaim): string[] {
  const out: string[] = [];
  const hv = here.value ?? midpoint(here);
  const tv = there.value ?? midpoint(there);
  if (hv !== null && tv !== null && hv !== tv) {
    const pct = hv === 0 ? null : Math.round(((tv - hv) / Math.abs(hv)) * 100);
    // "+9900%" reads worse than "×100".
    const size = pct === null ? '' : Math.abs(pct) >= 1000 ? ` (×${formatRatio(tv / hv)})` : ` (${pct > 0 ? '+' : ''}${pct}%)`;
    out.push(`${tv > hv ? 'higher' : 'lower'} there${size}`);
  }
  if ((here.value === null) !== (there.value === null)) out.push(here.value === null ? 'a range here, a single figure there' : 'a single figure here, a range there');
  contrast(out, 'rate', rateOf(here), rateOf(there));
  contrast(out, 'qualifier', here.qualifier, there.qualifier);
  if (here.hedged !== there.hedged) out.push(here.hedged ? 'hedged here, not there' : 'not hedged here, hedged there');
  contrast(out, 'attribution', here.attribution?.text ?? null, there.attribution?.text ?? null);
  return out;
}

/** `rate: none here vs "each" there`; nothing when both sides say the same. */
function contrast(out: string[], what: string, here: string | null, there: string | null): void {
  if ((here ?? '') === (there ?? '')) return;
  const side = (v: string | null): string => (v === null || v === '' ? 'none' : `"${v}"`);
  out.push(`${what}: ${side(here)} here vs ${side(there)} there`);
}

function formatRatio(r: number): string {
  return Math.abs(r) >= 10 ? String(Math.round(r)) : r.toFixed(1);
}

function midpoint(c: NumericClaim): number | null {
  if (c.min !== null && c.max !== null) return (c.min + c.max) / 2;
  return c.min ?? c.max;
}
