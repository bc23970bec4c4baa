import { RegExpParser, type AST } from '@eslint-community/regexpp';

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
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.unicode,
    unicodeSets: pattern.flags.includes('v'),
  });
  const needed = readNode(ast).needed;
  return needed && needed.length > 0 && needed.every((s) => s.length > 0) ? needed : undefined;
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

/** More exact strings than this in a row are not multiplied further: the test would cost more than it saves. */
const MOST_EXACT_STRINGS = 64;
/** Strings this long already rule out nearly every text that lacks them; longer ones are not preferred. */
const SELECTIVE_LENGTH = 5;
/** A class of more characters than this ("[a-z]" aside) is read as unknown. */
const MOST_CLASS_CHARACTERS = 4;
const UNKNOWN: PartReading = {};
const ZERO_WIDTH: PartReading = { exactly: [''] };

function readNode(node: AST.Node): PartReading {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return readAlternatives(node.alternatives);
    case 'Alternative':
      return readSequence(node.elements);
    case 'Character': {
      const char = String.fromCodePoint(node.value);
      // The text is tested in lower case, which keeps an ASCII string inside it where it was; a character outside
      // ASCII may change as it is lowered, or match ignoring case a letter lowering does not turn into it.
      if (!/^[\x00-\x7f]$/.test(char)) return UNKNOWN;
      const exact = char.toLowerCase();
      return { exactly: [exact], needed: [exact] };
    }
    case 'Quantifier': {
      const inner = readNode(node.element);
      if (node.max === 1 && inner.exactly) return { exactly: node.min === 0 ? ['', ...inner.exactly] : inner.exactly, needed: node.min === 0 ? undefined : inner.needed };
      return node.min > 0 ? { needed: inner.needed } : UNKNOWN;
    }
    case 'Assertion':
      // Zero width: the parts either side are next to each other in the text. What a lookahead or lookbehind
      // asks for is in the text too, but reading it is not worth the test.
      return ZERO_WIDTH;
    case 'CharacterClass': {
      // A few single characters ("[sz]", "[- ]") are as good as an alternation of them.
      if (node.negate || node.elements.length > MOST_CLASS_CHARACTERS || !node.elements.every((e) => e.type === 'Character')) return UNKNOWN;
      const chars = node.elements.map((e) => readNode(e));
      return chars.every((c) => c.exactly) ? { exactly: chars.flatMap((c) => c.exactly!), needed: chars.flatMap((c) => c.exactly!) } : UNKNOWN;
    }
    default:
      // Character classes of ranges or many characters, sets (\d, \p{L}, .), back references: nothing exact to require.
      return UNKNOWN;
  }
}

function readAlternatives(alternatives: readonly AST.Alternative[]): PartReading {
  const readings = alternatives.map((alternative) => readNode(alternative));
  const exactly = readings.every((r) => r.exactly) ? readings.flatMap((r) => r.exactly!) : undefined;
  const needed = readings.every((r) => r.needed) ? withoutContainers(readings.flatMap((r) => r.needed!)) : undefined;
  return { exactly: exactly && exactly.length <= MOST_EXACT_STRINGS ? exactly : undefined, needed };
}

function readSequence(elements: readonly AST.Element[]): PartReading {
  // Each run of exact parts multiplies into the strings it can match. Every run, every exact part alone and every
  // inexact part's own needs are candidates; the cheapest to test that still rules out most texts is kept.
  const candidates: (readonly string[])[] = [];
  let run: string[] = [''];
  let allExact = true;
  const endRun = () => {
    if (run.every((s) => s.length > 0)) candidates.push(run);
    run = [''];
  };
  for (const element of elements) {
    const reading = readNode(element);
    if (reading.needed) candidates.push(reading.needed);
    if (reading.exactly && run.length * reading.exactly.length <= MOST_EXACT_STRINGS) {
      run = run.flatMap((before) => reading.exactly!.map((after) => before + after));
      continue;
    }
    allExact = false;
    endRun();
    // Too many to multiply: the run so far ends, and this part starts the next.
    if (reading.exactly) run = [...reading.exactly];
  }
  const exactly = allExact ? run : undefined;
  endRun();
  return { exactly, needed: cheapest(candidates) };
}

/**
 * The candidate that rules out most texts for the least testing: its shortest string as long as may be, up to
 * SELECTIVE_LENGTH (longer strings rule out hardly more), then the fewest strings.
 */
function cheapest(candidates: readonly (readonly string[])[]): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let bestLength = 0;
  for (const candidate of candidates) {
    const length = Math.min(SELECTIVE_LENGTH, ...candidate.map((s) => s.length));
    if (length > bestLength || (length === bestLength && best && candidate.length < best.length)) {
      best = candidate;
      bestLength = length;
    }
  }
  return best && withoutContainers(best);
}

/** A string that holds another of the set need not be tested: "hacked" is found wherever "hack" is. */
function withoutContainers(strings: readonly string[]): readonly string[] {
  const unique = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of unique) if (!kept.some((shorter) => s.includes(shorter))) kept.push(s);
  return kept;
}
