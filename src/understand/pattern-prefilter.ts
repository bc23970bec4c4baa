import { PATTERN_PREFILTER } from '../parameters.ts';

/**
 * A cheap test that rules out most reading patterns for a text before any of them runs.
 *
 * The reading patterns (idioms, what is out of scope, filler) are long alternations that the regular-expression
 * engine tries at every position of every message, while most messages hold none of their words. Each pattern is
 * parsed once into strings one of which every match must contain ("how to", "hack", " in question"), and the
 * strings of all the patterns are indexed by one of their three-letter pieces. A text is then read once, piece by
 * piece, to find which patterns it might match; the others cannot match and are not run. The strings come from the
 * patterns themselves, so an edited pattern keeps a test that is right for it, never a list kept by hand beside it.
 */
export class PatternPrefilter {
  /** Per three-letter piece (its key), the strings that hold it, with where in them it sits. */
  private readonly byPiece = new Map<number, { pattern: number; needle: string; at: number }[]>();
  /** Strings under three letters, tested whole: [pattern, string]. */
  private readonly short: [number, string][] = [];
  /** The patterns no string is needed for: they might match anything. */
  private readonly unfiltered: number[] = [];

  constructor(readonly patterns: readonly RegExp[]) {
    patterns.forEach((pattern, index) => {
      const needles = requiredStrings(pattern);
      if (!needles) {
        this.unfiltered.push(index);
        return;
      }
      for (const needle of needles) {
        const at = keyPieceAt(needle);
        if (at < 0) {
          this.short.push([index, needle]);
          continue;
        }
        const key = pieceKey(needle, at);
        const list = this.byPiece.get(key);
        if (list) list.push({ pattern: index, needle, at });
        else this.byPiece.set(key, [{ pattern: index, needle, at }]);
      }
    });
  }

  /** For each pattern, in order, 1 when it might match the text and 0 when it cannot. */
  mightMatch(text: string): Uint8Array {
    const might = new Uint8Array(this.patterns.length);
    for (const index of this.unfiltered) might[index] = 1;
    const folded = foldForPrefilter(text);
    for (const [index, needle] of this.short) if (!might[index] && folded.includes(needle)) might[index] = 1;
    for (let i = 0; i + 3 <= folded.length; i++) {
      const key = pieceKey(folded, i);
      if (key < 0) continue;
      const holders = this.byPiece.get(key);
      if (!holders) continue;
      for (const { pattern, needle, at } of holders) if (!might[pattern] && folded.startsWith(needle, i - at)) might[pattern] = 1;
    }
    return might;
  }
}

/** Lower case, and the one letter outside ASCII that case-insensitive patterns match an ASCII letter with ("ſ"). */
function foldForPrefilter(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/**
 * Where in a string the piece that indexes it starts: the first three letters without a space, which are rarer than
 * pieces with one ("ack" rather than " ha"); the first piece when all have one; -1 when it is shorter than three.
 */
function keyPieceAt(needle: string): number {
  if (needle.length < 3) return -1;
  for (let i = 0; i + 3 <= needle.length; i++) if (/^[a-z]{3}$/.test(needle.slice(i, i + 3))) return i;
  return 0;
}

/** The three characters at `i` as one small integer; -1 when one of them is outside ASCII (no string holds it). */
function pieceKey(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  return (a | b | c) > 0x7f ? -1 : (a << 14) | (b << 7) | c;
}

/**
 * Strings one of which every match of `pattern` contains, in lower case (for a pattern that keeps case, the
 * lowered text contains them wherever the text contains the string as written); undefined
 * when the pattern can match without any (an optional word, a bare character class, the empty string).
 */
export function requiredStrings(pattern: RegExp): readonly string[] | undefined {
  // Sets of classes (the "v" flag) are not read: nothing is required of such a pattern, which is always run.
  if (pattern.flags.includes('v')) return undefined;
  const needed = new PatternReader(pattern.source, pattern.unicode).read().needed;
  return needed && needed.length > 0 && needed.every((s) => s.length > 0) ? [...new Set(needed)] : undefined;
}

/**
 * What is known of a part of a pattern: `exactly`, every string it can match when they are few (so that parts
 * in a row multiply into longer strings: "(?:how|what) (?:did|does)" into four), and `needed`, strings one of which
 * each of its matches contains.
 */
interface PartReading {
  exactly?: readonly string[];
  needed?: readonly string[];
}

const { mostExactStrings: MOST_EXACT_STRINGS, selectiveLength: SELECTIVE_LENGTH, mostClassCharacters: MOST_CLASS_CHARACTERS } = PATTERN_PREFILTER;
const UNKNOWN: PartReading = {};
const ZERO_WIDTH: PartReading = { exactly: [''] };

/**
 * Reads a pattern's source for what its matches must contain, in one pass and building nothing but the readings:
 * the bot reads every pattern at start-up, and a full parser of the syntax took a tenth of a second to do it.
 * Whatever it does not read exactly (classes of ranges, escapes like \d or \p{L}, back references) is UNKNOWN,
 * which requires nothing.
 */
class PatternReader {
  private at = 0;
  /** Set on syntax the reader does not follow: the whole pattern is then UNKNOWN, always run. */
  private lost = false;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  read(): PartReading {
    const reading = this.alternatives();
    return this.lost || this.at < this.source.length ? UNKNOWN : reading;
  }

  /** Moves past the next `char`; when there is none, the reader is lost. */
  private skipPast(char: string): void {
    const end = this.source.indexOf(char, this.at);
    if (end < 0) this.lost = true;
    this.at = end < 0 ? this.source.length : end + 1;
  }

  /** Alternatives up to the ")" closing their group, or the end. */
  private alternatives(): PartReading {
    const readings = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      readings.push(this.sequence());
    }
    return readAlternatives(readings);
  }

  /** Parts in a row up to a "|", a ")" or the end. */
  private sequence(): PartReading {
    const parts: PartReading[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const literal = this.literalRun();
      parts.push(literal ?? this.quantified(this.atom()));
    }
    return readSequence(parts);
  }

  /**
   * Plain ASCII characters in a row ("how to ", "hack"), read as one part; a quantifier applies to the last character
   * alone, which is left for atom(). Undefined when fewer than two are plain.
   */
  private literalRun(): PartReading | undefined {
    let end = this.at;
    while (end < this.source.length && PLAIN_CHARACTERS.includes(this.source[end]!)) end++;
    if (end < this.source.length && '?*+{'.includes(this.source[end]!)) end--;
    if (end - this.at < 2) return undefined;
    const exact = this.source.slice(this.at, end).toLowerCase();
    this.at = end;
    return { exactly: [exact], needed: [exact] };
  }

  private atom(): PartReading {
    const char = this.source[this.at++]!;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return UNKNOWN;
      case '^':
      case '$':
        return ZERO_WIDTH;
      default:
        return character(this.codePointFrom(this.at - 1));
    }
  }

  private group(): PartReading {
    const lookaround = /^\?(?:[=!]|<[=!])/.exec(this.source.slice(this.at, this.at + 4));
    if (lookaround) {
      // Zero width: the parts either side are next to each other in the text. What it asks for is in the text too,
      // but reading it is not worth the test.
      this.at += lookaround[0].length;
      this.alternatives();
      this.close();
      return ZERO_WIDTH;
    }
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (this.source.startsWith('?<', this.at)) this.skipPast('>');
    const reading = this.alternatives();
    this.close();
    return reading;
  }

  private close(): void {
    if (this.source[this.at] === ')') this.at++;
    else this.lost = true;
  }

  private characterClass(): PartReading {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const chars: PartReading[] = [];
    let plain = !negated;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const char = this.source[this.at++]!;
      const reading = char === '\\' ? this.escape() : character(this.codePointFrom(this.at - 1));
      // A range ("a-z"; a "-" first or last is itself), or a set inside the class (\w), is no list of single characters.
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') plain = false;
      if (!reading.exactly || reading.exactly.length !== 1 || reading.exactly[0]!.length !== 1) plain = false;
      chars.push(reading);
    }
    this.at++; // "]"
    if (!plain || chars.length === 0 || chars.length > MOST_CLASS_CHARACTERS) return UNKNOWN;
    const exactly = chars.flatMap((c) => c.exactly!);
    return { exactly, needed: exactly };
  }

  /** After a backslash. */
  private escape(): PartReading {
    const char = this.source[this.at++]!;
    switch (char) {
      case 'b':
      case 'B':
        return ZERO_WIDTH;
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        return UNKNOWN;
      case 'p':
      case 'P':
        if (!this.unicode) return character(char.charCodeAt(0));
        this.skipPast('}');
        return UNKNOWN;
      case 'k':
        if (this.source[this.at] === '<') this.skipPast('>');
        return UNKNOWN;
      case 'n': return character(10);
      case 'r': return character(13);
      case 't': return character(9);
      case 'f': return character(12);
      case 'v': return character(11);
      case 'c': return character(this.source.charCodeAt(this.at++) % 32);
      case 'x': {
        const hex = this.source.slice(this.at, this.at + 2);
        this.at += 2;
        return character(parseInt(hex, 16));
      }
      case 'u': {
        if (this.unicode && this.source[this.at] === '{') {
          const from = this.at + 1;
          this.skipPast('}');
          return character(parseInt(this.source.slice(from, this.at - 1), 16));
        }
        const code = parseInt(this.source.slice(this.at, this.at + 4), 16);
        this.at += 4;
        return character(code);
      }
      default:
        // A back reference (\1) matches whatever its group did; \0 and any other escaped character are themselves.
        if (/[1-9]/.test(char)) {
          while (/[0-9]/.test(this.source[this.at] ?? '')) this.at++;
          return UNKNOWN;
        }
        return character(char === '0' ? 0 : this.codePointFrom(this.at - 1));
    }
  }

  /** A quantifier after a part, if any ("?", "*", "+", "{2}", "{1,3}", each maybe lazy). */
  private quantified(reading: PartReading): PartReading {
    let min: number;
    let max: number;
    const char = this.source[this.at];
    if (char === '?') [min, max] = [0, 1];
    else if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) return reading; // a literal "{" outside Unicode mode, read as the next part
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.at += braces[0].length - 1;
    } else return reading;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    if (max === 1 && reading.exactly) return { exactly: min === 0 ? ['', ...reading.exactly] : reading.exactly, needed: min === 0 ? undefined : reading.needed };
    return min > 0 ? { needed: reading.needed } : UNKNOWN;
  }

  /** The code point at `at`, moving past its second half when it is a surrogate pair. */
  private codePointFrom(at: number): number {
    const code = this.source.codePointAt(at)!;
    if (code > 0xffff) this.at = at + 2;
    return code;
  }
}

/** The characters that stand for themselves in a pattern, outside a class: no syntax, ASCII. */
const PLAIN_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \'",;:!&%#@=<>~`_-';

function character(code: number): PartReading {
  // The text is tested in lower case, which keeps an ASCII string inside it where it was; a character outside
  // ASCII may change as it is lowered, or match ignoring case a letter lowering does not turn into it.
  if (code > 0x7f || Number.isNaN(code)) return UNKNOWN;
  const exact = String.fromCharCode(code).toLowerCase();
  return { exactly: [exact], needed: [exact] };
}

function readAlternatives(readings: readonly PartReading[]): PartReading {
  if (readings.length === 1) return readings[0]!;
  // Loops, not flatMap and every: the bot reads every pattern at start-up, before this code is optimised.
  let exactly: string[] | undefined = [];
  let needed: string[] | undefined = [];
  for (const reading of readings) {
    if (exactly && reading.exactly && exactly.length + reading.exactly.length <= MOST_EXACT_STRINGS) for (const s of reading.exactly) exactly.push(s);
    else exactly = undefined;
    if (needed && reading.needed) for (const s of reading.needed) needed.push(s);
    else needed = undefined;
  }
  return { exactly, needed };
}

function readSequence(parts: readonly PartReading[]): PartReading {
  if (parts.length === 1) return parts[0]!;
  // Each run of exact parts multiplies into the strings it can match ("(?:how|what) (?:did|does)": four); every run,
  // and every inexact part's own needs, is a candidate, and the cheapest to test that still rules out most texts is
  // kept. An exact part alone needs no candidate of its own: the run holding it is longer.
  let best: readonly string[] | undefined;
  let bestLength = 0;
  const offer = (candidate: readonly string[]) => {
    const length = Math.min(SELECTIVE_LENGTH, shortestLength(candidate));
    if (length > bestLength || (length === bestLength && best && candidate.length < best.length)) {
      best = candidate;
      bestLength = length;
    }
  };
  // The run so far: its strings up to the last part with several, and the single string after them all.
  let heads: string[] = [''];
  let tail = '';
  let allExact = true;
  let run: string[] = [];
  const endRun = () => {
    run = [];
    for (const head of heads) run.push(head + tail);
    if (shortestLength(run) > 0) offer(run);
    heads = [''];
    tail = '';
  };
  for (const reading of parts) {
    const exactly = reading.exactly;
    if (exactly && exactly.length === 1) {
      tail += exactly[0];
      continue;
    }
    if (exactly && heads.length * exactly.length <= MOST_EXACT_STRINGS) {
      const multiplied: string[] = [];
      for (const head of heads) for (const after of exactly) multiplied.push(head + tail + after);
      heads = multiplied;
      tail = '';
      continue;
    }
    allExact = false;
    endRun();
    // Too many to multiply: the run so far ends, and this part starts the next.
    if (exactly) heads = [...exactly];
    else if (reading.needed) offer(reading.needed);
  }
  endRun();
  return { exactly: allExact ? run : undefined, needed: best };
}

function shortestLength(strings: readonly string[]): number {
  let shortest = Infinity;
  for (const s of strings) if (s.length < shortest) shortest = s.length;
  return shortest;
}

