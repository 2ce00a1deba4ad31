// Email and memo address headers: "To: Harbour Policy Team; Delia Marsh",
// "From: Tomas Weller <tw@example.org>", "Cc: Ana Berg, Ilse Varga (Legal)".
// The line is capitalised like a heading, but its items are addressees: a
// person-shaped item is a person, one with an organisation head stays a body.

import type { Token } from './tokens';

// The labels of RFC 5322 address fields and their memo forms.
const ADDRESS_LABEL = /^[ \t>]*(?:to|from|cc|bcc|reply-to|sender|attendees|recipients)[ \t]*:/i;

/** Does the line starting at `lineStart` open with an address label ("To:", "Cc:")? */
export function isAddressLine(text: string, lineStart: number): boolean {
  return ADDRESS_LABEL.test(text.slice(lineStart, lineStart + 16));
}

/** Characters that open an item of an address line (after the label's colon, or a separator). */
const ITEM_OPENERS = new Set([':', ';', ',']);

// What may follow an addressee: the next item, a bracketed desk or an address, the line's end.
const ITEM_END = /^[ \t]*(?:[;,(<\n\r[]|$)/;

/** Is the name spanning tokens [first, last] a whole item of an address line ("Cc: Ana Berg; …")? */
export function isAddressee(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const start = (tokens[first] as Token).start;
  const prev = tokens[first - 1];
  if (prev === undefined || !ITEM_OPENERS.has(text.slice(prev.end, start).trim())) return false;
  const end = (tokens[last] as Token).end;
  if (!ITEM_END.test(text.slice(end, end + 4))) return false;
  return isAddressLine(text, text.lastIndexOf('\n', start - 1) + 1);
}
