import unhomoglyph from 'unhomoglyph';

/**
 * The skeleton of UTS #39 (Unicode Security Mechanisms, section 4): two strings that look alike have the same
 * skeleton. The confusable mapping is Unicode's confusables.txt as shipped by the unhomoglyph package;
 * lower-cased afterwards because domain names ignore case.
 */
export function skeleton(text: string): string {
  return unhomoglyph(text.toLowerCase().normalize('NFD')).normalize('NFD').toLowerCase();
}

/**
 * What a string looks like to a reader, for showing: each non-ASCII character replaced by the ASCII it is
 * confusable with, ASCII left as typed ("раураl" → "paypal"). Unlike the skeleton, "m" stays "m".
 */
export function readAs(text: string): string {
  return [...text]
    .map((ch) => (ch.charCodeAt(0) < 128 ? ch : unhomoglyph(ch.normalize('NFD')).normalize('NFD').replace(/\p{M}/gu, '')))
    .join('')
    .toLowerCase();
}

/** Scripts a name can be written in; each letter is put in the first that matches (Common and Inherited are ignored). */
const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Cherokee', 'Hebrew', 'Arabic', 'Khmer', 'Thai', 'Lao',
  'Myanmar', 'Devanagari', 'Bengali', 'Tamil', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Ethiopic', 'Coptic',
  'Canadian_Aboriginal', 'Tifinagh', 'Vai', 'Lisu', 'Runic', 'Ogham', 'Mongolian', 'Tibetan', 'Sinhala',
].map((name) => ({ name, test: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** The scripts of the letters in a string, in order of first use; "Other" for a script not listed. */
export function scriptsOf(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    found.add(SCRIPTS.find((s) => s.test.test(ch))?.name ?? 'Other');
  }
  return [...found];
}

/**
 * Mixed script in the sense of UTS #39's "highly restrictive" level: more than one script, except Latin
 * with the scripts Chinese, Japanese and Korean are written in together.
 */
export function isMixedScript(text: string): boolean {
  const scripts = scriptsOf(text);
  const others = scripts.filter((s) => !CJK.has(s));
  return others.length < scripts.length ? others.some((s) => s !== 'Latin') : others.length > 1;
}

const CJK = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul']);
