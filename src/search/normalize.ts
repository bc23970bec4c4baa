const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Text normalisation shared by the index and the questions, so both sides agree on what a word is:
 * lower case, no diacritics, typographic quotes folded, punctuation as word breaks.
 */
export function normalizeText(raw: string): string {
  return normalizeFolded(foldSpecialForms(raw));
}

/**
 * `normalizeText`, keeping a possessive as " s" where normalisation would drop the "'s": "Ben Read's phone" stays
 * "ben read s phone", so patterns can tell whose a thing is.
 */
export function normalizeKeepingPossessives(raw: string): string {
  return normalizeText(raw.replace(/['\u2019]s\b/g, ' s'));
}

function normalizeFolded(text: string): string {
  // Plain ASCII has no diacritics or typographic quotes to fold, and its letters and digits are [a-z0-9]
  // once lower-cased: the same result without Unicode normalisation, several times faster (most of the
  // knowledge and most questions).
  if (!NON_ASCII.test(text)) {
    return text.toLowerCase().replace(/'s\b/g, '').replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * "US", "U.S.", and "the us" typed in lower case: the country, not the pronoun; so is "us" before a vote, as chat
 * types it ("the 2016 us presidential election", "did china hack us elections?").
 */
const UNITED_STATES = /\bU\.S\.(?:A\.)?|\bUS\b|(?<=\bthe )us\b|\bus(?= (?:presidential |general |midterm )?(?:elections?|midterms|polls|vote)\b)/g;
const WORD_AMPERSAND = /(?<=\p{L})&(?=\p{L})/gu;

/**
 * Forms lower-casing and punctuation would break, rewritten first on both paths: "US", "U.S." and "the us"
 * are the country (lower-cased they would be the pronoun "us", which search ignores), and so is a lower-case "us"
 * before a vote; "C&C" and "ATT&CK" are one word, while "Q & A" and "this & that" join two. Most
 * texts hold neither, and the index reads millions of them, so the patterns run only where they can match.
 */
function foldSpecialForms(text: string): string {
  let folded = text;
  if (folded.includes('&')) folded = folded.replace(WORD_AMPERSAND, '');
  if (folded.includes('US') || folded.includes('U.S') || folded.includes('he us') || folded.includes(' us ')) folded = folded.replace(UNITED_STATES, ' usa ');
  return folded;
}

/**
 * The words of a text after normalisation. Single letters carry no meaning for search and are dropped, unless
 * `keepLetters` (a letter may be a piece of a name typed apart: "h tran").
 */
export function tokenize(raw: string, keepLetters = false): string[] {
  const text = foldSpecialForms(raw);
  if (!NON_ASCII.test(text)) return tokenizeAscii(text, keepLetters);
  const normalized = normalizeFolded(text);
  if (!normalized) return [];
  return normalized.split(' ').filter((word) => keepLetters || isSearchWord(word));
}

/** Whether a word is one search reads: single letters carry no meaning, single digits may ("2" of a count). */
export function isSearchWord(word: string): boolean {
  return word.length > 1 || /\d/.test(word);
}

/**
 * `tokenize` for plain ASCII in one pass over the characters, with the same result (the index reads
 * millions of words at 100,000 entries): runs of [a-z0-9] after lower-casing are words, "&" is the word
 * "and", and an "'s" that ends a word is dropped.
 */
function tokenizeAscii(text: string, keepLetters: boolean): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : SPACE;
    if (isAlphanumeric(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (i - start > 1 || keepLetters || isDigit(lower.charCodeAt(start))) words.push(lower.slice(start, i));
      start = -1;
    }
    if (c === AMPERSAND) words.push('and');
    // normalizeText's /'s\b/: the s is dropped when no word character (letter, digit, _) follows it.
    else if (c === APOSTROPHE && lower.charCodeAt(i + 1) === LOWER_S && !isWordCharacter(lower.charCodeAt(i + 2))) i++;
  }
  return words;
}

const SPACE = 0x20;
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const LOWER_S = 0x73;
const UNDERSCORE = 0x5f;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || isDigit(c);
}

/** A character of a lower-cased text that \b counts as part of a word (NaN past the end is not). */
function isWordCharacter(c: number): boolean {
  return isAlphanumeric(c) || c === UNDERSCORE;
}
