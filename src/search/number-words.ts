/**
 * Small numbers written as digits or as words are the same word to a reader: "the 4 guys charged" asks about
 * the entry on "the four people charged". Up to twenty, where knowledge writers spell numbers out, and the tens. So are
 * ordinals: "the 2nd Lancang-Mekong meeting" is the entry's "second" one.
 */
export const NUMBER_NAMES: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
export const ORDINAL_NAMES: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** "1st", "2nd", "3rd", "4th", …, "11th", "12th", "13th", …, "20th", "29th". */
export function ordinalDigits(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The tens, which a reader writes out as often ("thirty years", "for 30 years"). */
export const TENS_NAMES: readonly string[] = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The values of the teens and of the tens, for reading a number said in words ("sixty six", "twenty seventeen"). */
export const TEEN_VALUES: ReadonlyMap<string, number> = new Map(NUMBER_NAMES.slice(10, 20).map((name, i): [string, number] => [name, i + 10]));
/** "fourty", the tens word most often misspelt, with the rest. */
export const TENS_VALUES: ReadonlyMap<string, number> = new Map([['twenty', 20], ...TENS_NAMES.map((name, i): [string, number] => [name, 30 + 10 * i]), ['fourty', 40]]);

const UNIT_VALUES: ReadonlyMap<string, number> = new Map(NUMBER_NAMES.slice(1, 10).map((name, i): [string, number] => [name, i + 1]));

/**
 * A year said in two halves: "twenty eighteen", "nineteen ninety two", "twenty twenty one", "twenty oh nine". Given
 * the words from its first on (undefined where the message ends or a gap does not join two words), the year and how
 * many of the words it took. Dictation and typed chat both say years so; the readers of each pass their own words.
 */
export function yearInHalves(words: readonly (string | undefined)[]): { value: number; words: number } | undefined {
  const [first, second, third] = words;
  if ((first !== 'twenty' && first !== 'nineteen') || second === undefined) return undefined;
  const century = first === 'twenty' ? 2000 : 1900;
  const teen = TEEN_VALUES.get(second);
  if (teen !== undefined) return { value: century + teen, words: 2 };
  const unit = third === undefined ? undefined : UNIT_VALUES.get(third);
  if (second === 'oh' || second === 'o') return unit === undefined ? undefined : { value: century + unit, words: 3 };
  const tens = TENS_VALUES.get(second);
  if (tens === undefined) return undefined;
  return unit === undefined ? { value: century + tens, words: 2 } : { value: century + tens + unit, words: 3 };
}

const TWINS = new Map<string, string>([
  ...NUMBER_NAMES.flatMap((name, n): [string, string][] => [[String(n), name], [name, String(n)]]),
  ...TENS_NAMES.flatMap((name, i): [string, string][] => [[String(30 + 10 * i), name], [name, String(30 + 10 * i)]]),
  ...ORDINAL_NAMES.flatMap((name, i): [string, string][] => [[ordinalDigits(i + 1), name], [name, ordinalDigits(i + 1)]]),
]);

/** The same small number or ordinal in the other writing ("4" → "four", "four" → "4", "2nd" → "second"), or undefined. */
export function numberTwin(word: string): string | undefined {
  return TWINS.get(word);
}
