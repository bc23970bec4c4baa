/**
 * Text normalisation shared by the index and the questions, so both sides agree on what a word is:
 * lower case, no diacritics, typographic quotes folded, punctuation as word breaks.
 */
export function normalizeText(text: string): string {
  return text
    // "US" and "U.S." are the country; lower-cased they would be the pronoun "us", which search ignores.
    .replace(/\bU\.S\.(?:A\.)?|\bUS\b/g, ' usa ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, '')
    // "C&C", "ATT&CK" are one word; "Q & A", "this & that" join two.
    .replace(/(?<=\p{L})&(?=\p{L})/gu, '')
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
