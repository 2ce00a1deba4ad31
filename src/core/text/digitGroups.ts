// Thousands groups as news and UN text write them: "1,000,000", "5 000",
// "12\u00a0500" (no-break space), "5\u202f000" (narrow no-break space) and
// "5\u2009000" (thin space). One definition for the claim scanner, the
// entity detector and the unit patterns, so they agree on what one number is.

/** The space characters that separate thousands groups, as a regex character-class body. */
export const GROUP_SPACES = ' \\u00a0\\u202f\\u2009';

const GROUP_SPACE_CODES: ReadonlySet<number> = new Set([32, 0xa0, 0x202f, 0x2009]);

/** A space that may separate thousands groups ("5 000"). */
export function isGroupSpaceCode(c: number): boolean {
  return GROUP_SPACE_CODES.has(c);
}

/** A thousands separator: a comma or one of the group spaces. */
export function isGroupSeparatorCode(c: number): boolean {
  return c === 44 || GROUP_SPACE_CODES.has(c);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Exactly three digits at `q`, not followed by a fourth ("000" in "5 000", not "0000"). */
export function isDigitGroupAt(text: string, q: number, end: number): boolean {
  return q + 2 < end && isDigitCode(text.charCodeAt(q)) && isDigitCode(text.charCodeAt(q + 1))
    && isDigitCode(text.charCodeAt(q + 2)) && !(q + 3 < end && isDigitCode(text.charCodeAt(q + 3)));
}

/**
 * Whether a digit run and the run after `between` are one grouped number:
 * "5" + " " + "000", "100" + "," + "000"; not "2019" + "," + "2020" (head too
 * long) or "5" + " " + "10" (not a group of three).
 */
export function joinsDigitGroup(head: string, between: string, group: string): boolean {
  return /^\d{1,3}$/.test(head) && /^\d{3}$/.test(group) && between.length === 1 && isGroupSeparatorCode(between.charCodeAt(0));
}

/** "12 500" → "12500", "1,000" → "1000". */
export function withoutGroupSeparators(digits: string): string {
  return digits.replace(GROUP_SEPARATOR_RE, '');
}

const GROUP_SEPARATOR_RE = new RegExp(`[,${GROUP_SPACES}]`, 'g');

/** A run of digits with space-separated groups only ("123 456"), as phone numbers are written. */
export const SPACED_DIGITS = new RegExp(`^\\d+(?:[${GROUP_SPACES}]\\d{3})*$`);
