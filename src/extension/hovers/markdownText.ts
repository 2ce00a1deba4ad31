// Building blocks for hover Markdown. Everything that comes from a document or
// a KB file goes through `escapeMarkdown`, so "[click](command:…)" or "<img>"
// in a user KB renders as literal text, never as a link or HTML. Only
// `commandLink` makes links, and only to our own allow-listed commands.
// Pure: no `vscode`, unit-tested in Node.

/** The only commands a ClaimLens hover may run; passed to `isTrusted.enabledCommands`. */
export const HOVER_COMMANDS = ['claimlens.hover.tag', 'claimlens.findMentions'] as const;

export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/** Backslash-escapes every ASCII punctuation Markdown could act on; newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    // ':', '.' and '@' too: escaped, bare URLs and e-mail addresses are not auto-linked.
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:"'=$%@]/g, '\\$&');
}

export interface CommandLink {
  readonly title: string;
  /** Codicon name shown before the title ("tag" → $(tag)); needs `supportThemeIcons`. */
  readonly icon?: string;
  readonly command: HoverCommand;
  readonly args: readonly unknown[];
  readonly tooltip: string;
}

/** A link that runs one of our commands with JSON arguments. */
export function commandLink(link: CommandLink): string {
  const query = encodeURIComponent(JSON.stringify(link.args));
  const icon = link.icon !== undefined && /^[a-z-]+$/.test(link.icon) ? `$(${link.icon}) ` : '';
  const tooltip = link.tooltip.replace(/["\\]/g, '');
  return `[${icon}${escapeMarkdown(link.title)}](command:${link.command}?${query} "${tooltip}")`;
}

/** Link to a Wikidata item, only for a well-formed QID (never a URL taken from data). */
export function wikidataLink(id: string): string | undefined {
  return /^Q[1-9]\d*$/.test(id) ? `[${id}](https://www.wikidata.org/wiki/${id})` : undefined;
}

/** "1,234", "26.1 million", "3.2 billion": readable and unambiguous. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
  if (abs >= 1e12) return `${fmt(value / 1e12)} trillion`;
  if (abs >= 1e9) return `${fmt(value / 1e9)} billion`;
  if (abs >= 1e6) return `${fmt(value / 1e6)} million`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const PROPERTY_NAMES: Readonly<Record<string, string>> = {
  gdp: 'GDP',
  gdpPpp: 'GDP (PPP)',
  gdpNominal: 'GDP (nominal)',
  gdpOfficial: 'GDP (official exchange rate)',
  gdpPerCapita: 'GDP per capita',
  gdpPerCapitaPpp: 'GDP per capita (PPP)',
  gdpGrowth: 'GDP growth',
  gdpRealGrowthRate: 'GDP real growth rate',
  headOfState: 'Head of state',
  headOfGovernment: 'Head of government',
  memberOf: 'Member of',
};

/** "gdpPerCapitaPpp" → "GDP per capita (PPP)"; unknown names are split at capitals. */
export function propertyName(property: string): string {
  const known = PROPERTY_NAMES[property];
  if (known) return known;
  const words = property.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
