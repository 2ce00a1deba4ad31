// Letter case by UTF-16 code unit, with an ASCII fast path. Cheaper than
// Unicode property escapes (/\p{Lu}/u), each of which costs milliseconds to
// compile on first use — time a fresh process pays at cold start.

export function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/** A cased letter ("a", "Ж"); digits, punctuation and caseless scripts are not. */
export function isCasedLetterCode(c: number): boolean {
  return isUpperCode(c) || isLowerCode(c);
}
