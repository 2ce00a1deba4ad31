// The hover card of a numeric claim, as Markdown: the parsed record (value or
// range, unit, rate, qualifier, hedges, attribution), the entities it is
// about, KB facts for context and the document's other figures for the same
// quantity. Pure: every text from the document or KB is escaped.
import type { AnalysisResult, EntityMention, NumericClaim } from '../../core/model/analysis';
import { contextFacts, relatedClaims } from './claimContext';
import { claimPeriod, periodNote, rateOf } from './claimPeriod';
import { formatFact, type HoverKb } from './kbFacts';
import { commandLink, escapeMarkdown, formatNumber } from './markdownText';

export interface ClaimCardInput {
  readonly claim: NumericClaim;
  readonly result: AnalysisResult;
  /** The document text the result was computed from. */
  readonly text: string;
  readonly documentUri: string;
  readonly kb: HoverKb;
  /** 1-based line number of an offset. */
  readonly lineOf: (offset: number) => number;
}

const MAX_RELATED = 5;

export function claimCard(input: ClaimCardInput): string {
  const { claim, result, text, kb } = input;
  const parts = [`**${escapeMarkdown(claim.text)}** · ${claim.kind} claim`, record(claim)];
  const about = claim.entityIds
    .map((id) => result.entities.find((e) => e.id === id))
    .filter((e): e is EntityMention => e !== undefined);
  if (about.length > 0) {
    const names = [...new Set(about.map((e) => e.label ?? e.text))].map(escapeMarkdown);
    parts.push(`About: ${names.join(', ')}`);
  }
  const facts = contextFacts(claim, about, text.slice(claim.sentence.start, claim.sentence.end), kb);
  if (facts.length > 0) {
    const lines = facts.map(({ entity, fact }) => `- ${escapeMarkdown(entity.label)} — ${formatFact(fact, kb)}`);
    // A monthly figure beside yearly facts says so, with the yearly figure where it can be worked out.
    const period = claimPeriod(claim, text.slice(claim.end, Math.max(claim.end, claim.sentence.end)));
    const note = periodNote(claim, period, facts.map((f) => f.fact));
    const heading = `**For comparison (knowledge base)**${note === null ? '' : `\n\n⚠ ${escapeMarkdown(note)}`}`;
    parts.push(`${heading}\n\n${lines.join('\n')}`);
  }
  const related = relatedClaims(claim, result.claims);
  if (related.length > 0) {
    const lines = related.slice(0, MAX_RELATED).map(({ claim: other, differences }) => {
      const diff = differences.length === 0 ? 'same figure' : `⚠ ${differences.map(escapeMarkdown).join('; ')}`;
      return `- line ${input.lineOf(other.start)}: “${escapeMarkdown(other.text)}” — ${diff}`;
    });
    const more = related.length > MAX_RELATED ? `\n- … ${related.length - MAX_RELATED} more` : '';
    parts.push(`**Same quantity elsewhere in this document**\n\n${lines.join('\n')}${more}`);
  }
  parts.push(commandLink({
    title: 'Tag claim',
    icon: 'tag',
    command: 'claimlens.hover.tag',
    args: [input.documentUri, claim.start, claim.end],
    tooltip: 'Tag this claim',
  }));
  return parts.join('\n\n');
}

/**
 * The parsed record in two short lines (a table would push the context below
 * the fold of the hover):
 *   **Range** 10,000 – 12,000 · **Unit** troops · **Qualifier** between
 *   **Hedges** may · **Attribution** the NIS told
 */
function record(claim: NumericClaim): string {
  const what: [string, string][] = [];
  if (claim.value !== null) what.push(['Value', formatNumber(claim.value)]);
  else if (claim.min !== null || claim.max !== null) {
    what.push(['Range', `${claim.min === null ? '…' : formatNumber(claim.min)} – ${claim.max === null ? '…' : formatNumber(claim.max)}`]);
  }
  if (claim.currency !== null) what.push(['Currency', claim.currency]);
  if (claim.unit !== null) what.push(['Unit', claim.unit]);
  const rate = rateOf(claim);
  if (rate !== null) what.push(['Rate', rate]);
  if (claim.qualifier !== null) what.push(['Qualifier', claim.qualifier]);
  const how: [string, string][] = [
    ['Hedges', claim.hedges.length > 0 ? claim.hedges.join(', ') : 'none'],
    ['Attribution', claim.attribution?.text ?? 'none stated'],
  ];
  const line = (fields: [string, string][]): string => fields.map(([k, v]) => `**${k}** ${escapeMarkdown(v)}`).join(' · ');
  return [what, how].filter((f) => f.length > 0).map(line).join('  \n');
}
