const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Text normalisation shared by the index and the questions, so both sides agree on what a word is:
 * lower case, no diacritics, typographic quotes folded, punctuation as word breaks.
 */
export function normalizeText(text: string): string {
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

/** The words of a text after normalisation. Single letters carry no meaning for search and are dropped. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  if (!normalized) return [];
  return normalized.split(' ').filter((word) => word.length > 1 || /\d/.test(word));
}
