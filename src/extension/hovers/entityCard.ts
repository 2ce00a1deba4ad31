// The hover card of an entity mention, as Markdown:
//   **Pyongyang** — here: the government of North Korea
//   description, key facts (value, unit, as-of, source), aliases, QID link,
//   actions (tag, find all mentions).
// Pure: document and KB text is escaped here; links are ours only.
import type { KbEntity, KbFact } from '../../core/kb/kbTypes';
import type { EntityMention } from '../../core/model/analysis';
import { formatFact, type HoverKb } from './kbFacts';
import { commandLink, escapeMarkdown, wikidataLink } from './markdownText';
import { orderRoles } from './roleOrder';

export interface EntityCardInput {
  readonly mention: EntityMention;
  /** How many mentions in the document share its identity (itself included). */
  readonly mentionCount: number;
  readonly documentUri: string;
  readonly kb: HoverKb;
}

// A hover taller than about 20 lines scrolls and hides the actions.
const MAX_FACTS = 4;
const MAX_ALIASES = 6;
/** A head of state of many realms or territories: the first roles, then a count. */
const MAX_ROLES = 2;
/** Facts an analyst looks for first; others follow in KB order. */
const FACT_PRIORITY = ['role', 'population', 'capital', 'headOfState', 'headOfGovernment', 'gdpPpp', 'gdpPerCapitaPpp', 'area'];

export function entityCard(input: EntityCardInput): string {
  const { mention, kb } = input;
  const entity = mention.kbId === null ? undefined : kb.byId(mention.kbId);
  const parts = [heading(mention, entity)];
  if (entity === undefined) {
    parts.push(`_${escapeMarkdown(`${mention.type} — not in the knowledge base`)}_`, actions(input));
    return parts.join('\n\n');
  }
  if (entity.description) parts.push(escapeMarkdown(entity.description));
  const { facts, moreRoles } = keyFacts(entity, kb.factsAt(entity.id, kb.asOf), kb);
  const lines = facts.map((f) => `- ${formatFact(f, kb)}`);
  if (moreRoles > 0) lines.push(`- ${escapeMarkdown(`and ${moreRoles} more role${moreRoles === 1 ? '' : 's'}`)}`);
  if (lines.length > 0) parts.push(lines.join('\n'));
  const aliases = aliasList(entity);
  if (aliases) parts.push(`Also: ${aliases}`);
  const id = wikidataLink(entity.id) ?? `\`${entity.id.replace(/`/g, '')}\``;
  // Id and actions share the last line so a long card never scrolls them away.
  parts.push(`${id} · KB as of ${escapeMarkdown(kb.asOf)} · ${actions(input)}`);
  return parts.join('\n\n');
}

function heading(mention: EntityMention, entity: KbEntity | undefined): string {
  const text = `**${escapeMarkdown(mention.text)}**`;
  if (entity === undefined) return text;
  const label = escapeMarkdown(entity.label);
  // A sense other than the entry's kind is a metonym or a demonym:
  // "Pyongyang" standing for the government, "Ukrainian" for the nationality.
  if (mention.sense !== null && mention.sense !== entity.kind) {
    return `${text} — here: the ${escapeMarkdown(mention.sense)} of ${label}`;
  }
  const same = mention.text.trim().toLowerCase() === entity.label.toLowerCase();
  return `${same ? `**${label}**` : `${text} — ${label}`} · ${escapeMarkdown(entity.kind)}`;
}

function keyFacts(entity: KbEntity, facts: readonly KbFact[], kb: HoverKb): { facts: KbFact[]; moreRoles: number } {
  const rank = (f: KbFact): number => {
    const i = FACT_PRIORITY.indexOf(f.property);
    return i === -1 ? FACT_PRIORITY.length : i;
  };
  // Memberships can be dozens; the card shows what the entry IS first.
  const own = facts.filter((f) => f.property !== 'member' && f.property !== 'role');
  const roles = orderRoles(entity, facts.filter((f) => f.property === 'role'), kb);
  const shownRoles = roles.slice(0, MAX_ROLES);
  const shown = [...shownRoles, ...own].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_FACTS);
  return { facts: shown, moreRoles: roles.length - shownRoles.length };
}

function aliasList(entity: KbEntity): string {
  const seen = new Set([entity.label.toLowerCase()]);
  const names: string[] = [];
  for (const name of entity.names) {
    const lower = name.text.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    names.push(escapeMarkdown(name.text));
  }
  const more = names.length > MAX_ALIASES ? ` \\+${names.length - MAX_ALIASES} more` : '';
  return names.slice(0, MAX_ALIASES).join(', ') + more;
}

function actions(input: EntityCardInput): string {
  const { mention, documentUri, mentionCount } = input;
  const tag = commandLink({
    title: 'Tag',
    icon: 'tag',
    command: 'claimlens.hover.tag',
    args: [documentUri, mention.start, mention.end],
    tooltip: 'Tag this mention',
  });
  const find = commandLink({
    title: `Find all mentions (${mentionCount})`,
    icon: 'references',
    command: 'claimlens.findMentions',
    args: [documentUri, mention.start],
    tooltip: 'List every mention of this entity in the document',
  });
  return `${tag} · ${find}`;
}
