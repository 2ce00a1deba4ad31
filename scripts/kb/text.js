// Small text helpers for Factbook strings: HTML entities, dates, quantities.

const ENTITIES = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018',
  ldquo: '\u201C', rdquo: '\u201D', ndash: '\u2013', mdash: '\u2014',
};

/** "Jos&eacute; D&Eacute;BY" → "José DÉBY"; accents by composing base letter + combining mark. */
function decodeEntities(s) {
  const ACCENT = { acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030A', cedil: '\u0327', caron: '\u030C' };
  return s
    .replace(/&([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil|caron);/g, (_, ch, acc) => (ch + ACCENT[acc]).normalize('NFC'))
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/g, (m, name) => ENTITIES[name] ?? m);
}

function stripHtml(s) {
  return decodeEntities(s.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "7 May 2012" → "2012-05-07", "April 2018" → "2018-04", "5 Sep 2025" → "2025-09-05", "1997" → "1997"; null if none. */
function parseFactbookDate(s) {
  const m = /(?:(\d{1,2}) )?([A-Za-z]+)\.? (\d{4})/.exec(s);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m[2].toLowerCase()) && m[2].length >= 3);
    if (month >= 0) {
      const mm = String(month + 1).padStart(2, '0');
      return m[1] ? `${m[3]}-${mm}-${m[1].padStart(2, '0')}` : `${m[3]}-${mm}`;
    }
  }
  const y = /\b(1[89]\d\d|20\d\d)\b/.exec(s);
  return y ? y[1] : null;
}

const SCALE = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "$15.416 billion (2023 est.)" → { value: 15416000000, year: "2023" }; null when no number. */
function parseQuantity(s) {
  const m = /(-?\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?/.exec(s);
  if (!m) return null;
  const value = Number(m[1].replace(/,/g, '')) * (m[2] ? SCALE[m[2]] : 1);
  if (!Number.isFinite(value)) return null;
  const y = /\((?:[^)]*?)(\d{4})(?: est\.)?\)/.exec(s);
  return { value: Math.round(value), year: y ? y[1] : null };
}

function slug(s) {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

module.exports = { decodeEntities, stripHtml, parseFactbookDate, parseQuantity, slug };
