import { NUMBER_NAMES, ORDINAL_NAMES, TEEN_VALUES, TENS_VALUES, ordinalDigits, yearInHalves } from '../search/number-words.ts';

/**
 * Numbers written out in words, as people type or dictate them ("apt forty", "twenty eighteen", "one hundred twenty
 * five seats", "july twenty ninth"), read as the digits the knowledge writes. A lone small number ("two diplomats",
 * "twenty") is left as typed: search already reads "two" and "2" as one word (src/search/number-words.ts), so only
 * what that cannot read is rewritten: a tens word above twenty, a number of several words, and a year said in two
 * halves. An ordinal beside a month ("march sixteenth", "fifteenth of august") is the day, written as the sources
 * write dates ("16 March").
 */

// The words of number-words.ts, which search already reads as digits one by one, with the values they add up to here.
const UNITS: ReadonlyMap<string, number> = new Map(NUMBER_NAMES.slice(1, 10).map((name, i) => [name, i + 1]));
const UNIT_ORDINALS: ReadonlyMap<string, number> = new Map(ORDINAL_NAMES.slice(0, 9).map((name, i) => [name, i + 1]));
const TEEN_ORDINALS: ReadonlyMap<string, number> = new Map([...ORDINAL_NAMES.slice(9, 20).map((name, i): [string, number] => [name, i + 10]), ['thirtieth', 30]]);
const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Literals one of which every rewritten number holds: the tens, "teen", "hundred", "thousand", "ieth" of
 * "twentieth", and the ordinals below thirteen, which are rewritten only beside a month. A message with none of them
 * is returned as it is, with no pattern run over it.
 */
const HINTS = ['twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'teen', 'hundred', 'thousand', 'ieth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

function mayHoldNumberWords(lower: string): boolean {
  for (let i = 0; i < HINTS.length; i++) if (lower.includes(HINTS[i]!)) return true;
  return false;
}

/** Words and what lies between them: a number's words may be joined by spaces or hyphens. */
const WORD_OR_GAP = /[A-Za-z]+|[^A-Za-z]+/g;

type NumberWordKind = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand';

interface NumberRead {
  /** Index, in `parts`, just past the number's last word. */
  end: number;
  value: number;
  ordinal: boolean;
  /** Whether search would not read the words as typed: more than one word, or one tens word above twenty. */
  rewrite: boolean;
}

export function spelledNumbersAsDigits(text: string): string {
  if (!mayHoldNumberWords(text.toLowerCase())) return text;
  const parts = text.match(WORD_OR_GAP);
  if (!parts) return text;
  let out = '';
  let changed = false;
  for (let i = 0; i < parts.length; ) {
    const read = readNumber(parts, i);
    if (read) {
      const month = read.ordinal ? monthBeside(parts, i, read.end) : 'none';
      if (read.rewrite || month !== 'none') {
        out += read.ordinal && month === 'none' ? ordinalDigits(read.value) : String(read.value);
        changed = true;
        // "the sixth of july" is "the 6 july", as the sources write a date.
        i = month === 'after of' ? read.end + 2 : read.end;
        continue;
      }
    }
    out += parts[i]!;
    i += 1;
  }
  return changed ? out : text;
}

/** The gap at `at` joins two words of one number: a space or a hyphen, nothing else. */
function isJoiningGap(parts: readonly string[], at: number): boolean {
  const gap = parts[at];
  return gap !== undefined && /^(?: +| *- *)$/.test(gap);
}

function wordAt(parts: readonly string[], at: number): string | undefined {
  return at < parts.length && /^[A-Za-z]/.test(parts[at]!) ? parts[at]!.toLowerCase() : undefined;
}

/** The number whose first word is at `start`, read as far as it goes, or undefined when `start` is no number word. */
function readNumber(parts: readonly string[], start: number): NumberRead | undefined {
  const first = wordAt(parts, start);
  if (first === undefined) return undefined;
  if (!UNITS.has(first) && !TEEN_VALUES.has(first) && !TENS_VALUES.has(first) && first !== 'hundred' && !UNIT_ORDINALS.has(first) && !TEEN_ORDINALS.has(first)) return undefined;
  const year = readYear(parts, start, first);
  if (year) return year;
  let total = 0;
  let current = 0;
  let words = 0;
  let ordinal = false;
  let end = start;
  // What the last word was, so that only a well-formed number is read: "twenty five", not "five twenty".
  let last = 'none' as NumberWordKind;
  for (let at = start; ; ) {
    const word = wordAt(parts, at);
    if (word === undefined) break;
    let next: NumberWordKind = last;
    if (UNITS.has(word) && (last === 'none' || last === 'tens' || last === 'hundred' || last === 'thousand')) {
      current += UNITS.get(word)!;
      next = 'unit';
    } else if (TEEN_VALUES.has(word) && (last === 'none' || last === 'hundred' || last === 'thousand')) {
      current += TEEN_VALUES.get(word)!;
      next = 'teen';
    } else if (TENS_VALUES.has(word) && (last === 'none' || last === 'hundred' || last === 'thousand')) {
      current += TENS_VALUES.get(word)!;
      next = 'tens';
    } else if (word === 'hundred' && (last === 'none' || last === 'unit' || last === 'teen') && current < 100) {
      current = (current || 1) * 100;
      next = 'hundred';
    } else if (word === 'thousand' && last !== 'none' && last !== 'thousand' && total === 0) {
      total = (current || 1) * 1000;
      current = 0;
      next = 'thousand';
    } else if (UNIT_ORDINALS.has(word) && (last === 'none' || last === 'tens' || last === 'hundred' || last === 'thousand')) {
      current += UNIT_ORDINALS.get(word)!;
      ordinal = true;
    } else if (TEEN_ORDINALS.has(word) && (last === 'none' || last === 'hundred' || last === 'thousand')) {
      current += TEEN_ORDINALS.get(word)!;
      ordinal = true;
    } else break;
    words += 1;
    end = at + 1;
    if (ordinal) break;
    last = next;
    // "one hundred and eighteen", "two thousand and nine": an "and" inside a number, only before another number word.
    let after = at + 1;
    if ((last === 'hundred' || last === 'thousand') && isJoiningGap(parts, after) && wordAt(parts, after + 1) === 'and' && isJoiningGap(parts, after + 2)) after += 2;
    if (!isJoiningGap(parts, after)) break;
    at = after + 1;
  }
  if (words === 0) return undefined;
  const value = total + current;
  const lone = words === 1;
  // A lone word search reads as typed: a unit, a teen, "twenty", "hundred"; a lone ordinal stays a word unless beside a month.
  const rewrite = !lone || (TENS_VALUES.has(first) && value > 20);
  if (lone && first === 'hundred') return undefined;
  return { end, value, ordinal, rewrite };
}

/** A year said in two halves ("twenty eighteen"), its words joined by spaces or hyphens. */
function readYear(parts: readonly string[], start: number, first: string): NumberRead | undefined {
  const joined = (at: number) => (isJoiningGap(parts, at - 1) ? wordAt(parts, at) : undefined);
  const second = joined(start + 2);
  const year = yearInHalves([first, second, second === undefined ? undefined : joined(start + 4)]);
  return year && { end: start + 2 * year.words - 1, value: year.value, ordinal: false, rewrite: true };
}

/** Where the words from `start` to `end` stand beside a month: "march sixteenth", "sixteenth march", "sixteenth of march". */
function monthBeside(parts: readonly string[], start: number, end: number): 'none' | 'before' | 'after' | 'after of' {
  const before = start >= 2 && isJoiningGap(parts, start - 1) ? wordAt(parts, start - 2) : undefined;
  if (before !== undefined && MONTH_WORDS.has(before)) return 'before';
  if (!isJoiningGap(parts, end)) return 'none';
  const after = wordAt(parts, end + 1);
  if (after === undefined) return 'none';
  if (MONTH_WORDS.has(after)) return 'after';
  return after === 'of' && isJoiningGap(parts, end + 2) && MONTH_WORDS.has(wordAt(parts, end + 3) ?? '') ? 'after of' : 'none';
}
