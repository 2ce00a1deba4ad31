// Context for a numeric claim: which KB facts an analyst would put next to it
// ("$1,200 per capita" in a sentence about Ruritania → Ruritania's GDP per
// capita, with unit and year), and the other figures in the document that
// state the same kind of quantity, with their differences flagged. Pure.
import type { KbEntity, KbFact } from '../../core/kb/kbTypes';
import type { EntityMention, NumericClaim } from '../../core/model/analysis';
import type { HoverKb } from './kbFacts';

interface FactRule {
  /** Which claims the rule is for. */
  readonly applies: (claim: NumericClaim, cue: string) => boolean;
  /** Which KB properties answer it. */
  readonly property: RegExp;
}

const PER_HEAD = /per (capita|head|person|inhabitant|resident)|a head|each/i;
const TROOPS = /troops|soldiers|personnel|servicemen|service members|fighters|forces|army|reservists|conscripts/i;
const PEOPLE = /people|residents|inhabitants|population|citizens|civilians|refugees|migrants|displaced/i;

// Order matters only for display: the first matching rule's facts come first.
const RULES: readonly FactRule[] = [
  { applies: (c, cue) => c.kind === 'money' && PER_HEAD.test(cue), property: /^gdpPerCapita/i },
  { applies: (c, cue) => c.kind === 'money' && !PER_HEAD.test(cue) && /defen[cs]e|military|arms/i.test(cue), property: /militaryExpenditure|defen[cs]eBudget/i },
  { applies: (c, cue) => c.kind === 'money' && !PER_HEAD.test(cue), property: /^gdp(Ppp|Nominal|Official)?$/i },
  { applies: (c, cue) => c.kind === 'count' && TROOPS.test(cue), property: /military|armedForces|troops|activePersonnel/i },
  { applies: (c, cue) => c.kind === 'count' && PEOPLE.test(cue), property: /^population$|refugees/i },
  { applies: (c, cue) => c.kind === 'percent' && /unemploy|jobless/i.test(cue), property: /unemployment/i },
  { applies: (c, cue) => c.kind === 'percent' && /inflation|prices/i.test(cue), property: /inflation/i },
  { applies: (c, cue) => c.kind === 'percent' && /defen[cs]e|military/i.test(cue), property: /militaryExpenditure/i },
  { applies: (c, cue) => c.kind === 'percent' && /growth|grew|economy|gdp/i.test(cue), property: /gdp.*growth/i },
  { applies: (c, cue) => c.kind === 'measure' && /km2|km²|square|hectare|sq/i.test(cue), property: /^area/i },
];

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
  const text = `${claim.text} ${claim.unit ?? ''} ${claim.rate ?? ''} ${cue}`;
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

function differences(a: NumericClaim, b: NumericClaim): string[] {
  const out: string[] = [];
  const av = a.value ?? midpoint(a);
  const bv = b.value ?? midpoint(b);
  if (av !== null && bv !== null && av !== bv) {
    const pct = av === 0 ? null : Math.round(((bv - av) / Math.abs(av)) * 100);
    // "+9900%" reads worse than "×100".
    const size = pct === null ? '' : Math.abs(pct) >= 1000 ? ` (×${formatRatio(bv / av)})` : ` (${pct > 0 ? '+' : ''}${pct}%)`;
    out.push(`${bv > av ? 'higher' : 'lower'}${size}`);
  }
  if ((a.value === null) !== (b.value === null)) out.push(b.value === null ? 'a range' : 'a single figure');
  if ((a.rate ?? '') !== (b.rate ?? '')) out.push(`rate ${b.rate === null ? 'none' : `"${b.rate}"`} vs ${a.rate === null ? 'none' : `"${a.rate}"`}`);
  if ((a.qualifier ?? '') !== (b.qualifier ?? '')) out.push(`qualifier ${b.qualifier === null ? 'none' : `"${b.qualifier}"`}`);
  if (a.hedged !== b.hedged) out.push(b.hedged ? 'hedged' : 'not hedged');
  const aSrc = a.attribution?.text ?? null;
  const bSrc = b.attribution?.text ?? null;
  if (aSrc !== bSrc) out.push(bSrc === null ? 'unattributed' : `attributed to "${bSrc}"`);
  return out;
}

function formatRatio(r: number): string {
  return Math.abs(r) >= 10 ? String(Math.round(r)) : r.toFixed(1);
}

function midpoint(c: NumericClaim): number | null {
  if (c.min !== null && c.max !== null) return (c.min + c.max) / 2;
  return c.min ?? c.max;
}
