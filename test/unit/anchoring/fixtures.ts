// Invented analyst-style text for anchoring tests (written for ClaimLens).

export const BRIEF = [
  '# Northern border: weekly brief',
  '',
  'The ministry said up to 100,000 troops were massed near the border, while an',
  'independent monitor counted nearly 40,000 troops on 12 March.',
  '',
  'Officials in Velmora claimed that 5% of the budget now goes to defence.',
  'A second report repeated that 5% of the budget now goes to defence, citing',
  'leaked figures. Aid agencies estimate 2.3 million people are displaced.',
  '',
].join('\n');

/** The position of the n-th (0-based) occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture does not contain '${needle}' ${nth + 1} times`);
  }
  return { start: at, end: at + needle.length };
}
