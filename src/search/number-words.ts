/**
 * Small numbers written as digits or as words are the same word to a reader: "the 4 guys charged" asks about
 * the entry on "the four people charged". Up to twenty, where knowledge writers spell numbers out.
 */
const NUMBER_NAMES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

const TWINS = new Map<string, string>(NUMBER_NAMES.flatMap((name, n) => [[String(n), name], [name, String(n)]]));

/** The same small number in the other writing ("4" → "four", "four" → "4"), or undefined. */
export function numberTwin(word: string): string | undefined {
  return TWINS.get(word);
}
