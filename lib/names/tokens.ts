// Words of a company name, the same way at build time (the index's names) and at run time (the
// page's text), so "Amazon.com, Inc.", "AMAZON.COM" and "Amazon's" meet on one key. A token is a
// run of letters or digits, joined by an inner "." "&" "-" "'" "*" or "+" ("Crypto.com", "AT&T",
// "Wal-Mart", "E*TRADE"); a lone "&" is a token too ("Johnson & Johnson").

export type Case = 'upper' | 'title' | 'lower';

export interface Token {
  /** As written, possessive dropped ("Amazon" for "Amazon's"). */
  raw: string;
  /** Lowercase, accents and inner dots and apostrophes removed: "nestle", "cryptocom", "ch". */
  key: string;
  /** Offsets of `raw` in the text. */
  start: number;
  end: number;
  /** Written with a possessive: "Amazon's", "Walmart’s", "Jones'". */
  possessive: boolean;
  case: Case;
}

// Linear: each joiner must sit between two letter-or-digit runs, so no two ways to split a word.
const TOKEN = /[\p{L}\p{N}]+(?:[.&'’*+-][\p{L}\p{N}]+)*['’]?|&/gu;
const POSSESSIVE = /['’]s?$/u;

const ASCII = /^[\x20-\x7e]*$/;

/** `lower` is `word.toLowerCase()` when the caller has it already. */
export function normalizeKey(word: string, lower = word.toLowerCase()): string {
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  const folded = ASCII.test(word) ? lower : word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.includes('.') || folded.includes("'") || folded.includes('’') ? folded.replace(/[.'’]/g, '') : folded;
}

export function caseOf(raw: string, lower: string): Case {
  // Plain ASCII "word" and "Word" first: this runs on every word of a page.
  const c0 = raw.charCodeAt(0), c1 = raw.charCodeAt(1);
  if (raw === lower) return (c0 < 128 ? c0 >= 48 && c0 <= 57 : /^\p{N}/u.test(raw)) ? 'title' : 'lower';
  if (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122) return 'title';
  if (raw === raw.toUpperCase() && /\p{L}.*\p{L}/u.test(raw)) return 'upper';
  // A capital after a lower-case start is a name's own shape ("eBay", "iRobot"), not an everyday word.
  return raw[0] === lower[0] && /^\p{L}/u.test(raw) && !/\p{Lu}/u.test(raw.slice(1)) ? 'lower' : 'title';
}

/** The tokens of a text, at most `limit` of them (a bound for hostile input). */
export function tokenize(text: string, limit = Infinity): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && out.length < limit; m = TOKEN.exec(text)) {
    let raw = m[0];
    // "Amazon's", "Jones'" (but not "Crypto.com" or a lone "&").
    const apostrophe = raw.includes("'") || raw.includes('’');
    const possessive = apostrophe && raw.length > 2 && POSSESSIVE.test(raw) && /\p{L}['’]s?$/u.test(raw);
    if (possessive) raw = raw.replace(POSSESSIVE, '');
    else if (apostrophe && /['’]$/u.test(raw)) raw = raw.slice(0, -1);
    if (!raw) continue;
    const lower = raw.toLowerCase();
    out.push({ raw, key: normalizeKey(raw, lower), start: m.index, end: m.index + raw.length, possessive, case: caseOf(raw, lower) });
  }
  return out;
}

/** The key of a whole name: its tokens' keys joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name).map((t) => t.key).join(' ');
}
