import { NUMBER_NAMES, TEEN_VALUES, TENS_NAMES, TENS_VALUES, yearInHalves } from '../search/number-words.ts';
import { zipf } from '../search/word-commonness.ts';
import { READING } from '../parameters.ts';

/**
 * What voice typing writes for what the knowledge writes in letters, digits and dots: letters said as their names
 * ("en ee see" NEC, "see en are pee" CNRP, "tee tee pees" TTPs), identifiers said letter by letter and digit by digit
 * ("tee one five six six point zero zero one" T1566.001, "gee zero zero six five" G0065, "see vee ee twenty seventeen
 * eleven eight eight two" CVE-2017-11882, "ay ay twenty one two hundred ay" AA21-200A), addresses read aloud ("one one
 * two dot six six dot one eight eight dot two eight", "sixty eight dot sixty five dot one twenty three dot two thirty"),
 * and domains, e-mail addresses and file names read aloud ("scs news today dot com", "info at licadho dot org",
 * "interview dash questions dot docx dot js"). Each is written as typed, so that /check's exact matching and the
 * search read them as they read a pasted one. Nothing is resolved or fetched.
 *
 * Only what cannot be an everyday sentence is rewritten: a run of letter names needs one name that is no everyday
 * word ("pee", "tee", "en", "ess"; "see you" and "are you" stay words), numbers are joined digit by digit only after
 * such letters or between spoken dots, and "dot" is a dot only before a top-level domain or a file extension.
 */

/** Letter names as dictation writes them, with the letter. */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ['ay', 'a'], ['bee', 'b'], ['see', 'c'], ['cee', 'c'], ['dee', 'd'], ['ee', 'e'], ['eff', 'f'], ['gee', 'g'], ['aitch', 'h'],
  ['haitch', 'h'], ['eye', 'i'], ['jay', 'j'], ['kay', 'k'], ['el', 'l'], ['ell', 'l'], ['em', 'm'], ['en', 'n'], ['oh', 'o'],
  ['pee', 'p'], ['cue', 'q'], ['are', 'r'], ['ar', 'r'], ['ess', 's'], ['tee', 't'], ['you', 'u'], ['vee', 'v'], ['ex', 'x'],
  ['why', 'y'], ['wye', 'y'], ['zed', 'z'], ['zee', 'z'],
]);

/**
 * Letter names that are no word of an everyday English question, one of which a run must hold to be read as letters
 * ("eye", "see", "you", "are", "oh", "why", "bee", "ex" and chat's "em" for "them" are words too).
 */
const PLAIN_LETTER_NAMES: ReadonlySet<string> = new Set([
  'ay', 'cee', 'dee', 'ee', 'eff', 'gee', 'aitch', 'haitch', 'jay', 'kay', 'el', 'ell', 'en', 'pee', 'cue', 'ar', 'ess', 'tee', 'vee', 'wye', 'zed', 'zee',
]);

/** Letter names that open a sentence's own words ("do you", "what are", "oh and"): a run starts after them, unless "the" is before. */
const WORD_FIRST: ReadonlySet<string> = new Set(['you', 'are', 'why', 'oh', 'ex']);

/** Words after which a run's last "are" or "you" is the sentence's verb or pronoun: "the en ee see are they…". */
const AFTER_VERB: ReadonlySet<string> = new Set(['they', 'the', 'there', 'these', 'those', 'we', 'i', 'it', 'not', 'still', 'all', 'also', 'a', 'an', 'you', 'he', 'she']);

const UNIT_VALUES: ReadonlyMap<string, number> = new Map([...NUMBER_NAMES.slice(0, 10).map((name, i): [string, number] => [name, i]), ['oh', 0], ['o', 0]]);

/** Top-level domains a spoken "dot" comes before ("dot com", "dot org dot kh"); none is an everyday word. */
const SPOKEN_TLDS: ReadonlySet<string> = new Set(['com', 'org', 'net', 'gov', 'edu', 'info', 'io', 'biz', 'kh', 'cn', 'uk', 'au', 'ru', 'vn', 'sg', 'jp', 'tw', 'ph', 'co', 'int', 'mil']);
/** File extensions a spoken "dot" comes before ("dot docx dot js"). */
const SPOKEN_EXTENSIONS: ReadonlySet<string> = new Set(['docx', 'doc', 'pdf', 'js', 'exe', 'mp4', 'zip', 'rar', 'lnk', 'xls', 'xlsx', 'rtf', 'ppt', 'pptx', 'jpg', 'png', 'hta', 'vbs', 'bat', 'scr', 'txt', 'dll', 'jar']);

/** Words that are never part of a domain read aloud, so a spoken domain's words start after them. */
const NOT_DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'is', 'was', 'are', 'were', 'be', 'been', 'does', 'did', 'do',
  'has', 'have', 'had', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'from', 'on', 'in', 'at', 'to', 'of', 'for', 'with',
  'by', 'about', 'and', 'or', 'but', 'so', 'like', 'um', 'uh', 'got', 'get', 'use', 'used', 'uses', 'visit', 'called', 'named', 'site', 'website',
  'domain', 'email', 'mail', 'address', 'server', 'url', 'link', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'they', 'their', 'them', 'he', 'she',
  'his', 'her', 'can', 'could', 'should', 'would', 'will', 'not', 'no', 'yes', 'ok', 'okay', 'if', 'then', 'also', 'just', 'still', 'any', 'some',
  'there', 'here', 'go', 'went', 'open', 'click', 'whats', 'thats', 'say', 'said', 'says', 'check', 'see', 'saw', 'into', 'via', 'over',
  'own', 'owns', 'host', 'hosts', 'run', 'runs', 'block', 'know', 'knows', 'trust', 'safe', 'legit', 'bad', 'real', 'fake', 'against', 'behind',
]);

/** The words and the gaps between them. */
const WORD_OR_GAP = /[A-Za-z0-9]+|[^A-Za-z0-9]+/g;

/** Words whose presence lets a message hold a spoken form; a message with none is returned as typed, unread. */
const TRIGGERS: ReadonlySet<string> = new Set([...PLAIN_LETTER_NAMES, 'dot', 'double']);

/** Number words, two of which in a row may be an identifier's digits said one by one ("apt four zero"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...NUMBER_NAMES, ...TENS_NAMES, 'fourty', 'hundred']);

/**
 * Whether a text has a word of TRIGGERS, or two number words in a row, found by one pass over its characters,
 * without a pattern.
 */
function maySpeakForms(text: string): boolean {
  let start = -1;
  let afterNumber = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    const letter = c >= 0x61 && c <= 0x7a;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (i - start <= 9) {
        const word = text.slice(start, i).toLowerCase();
        if (TRIGGERS.has(word)) return true;
        const number = NUMBER_WORDS.has(word);
        if (number && afterNumber) return true;
        afterNumber = number && text.charCodeAt(i) === 0x20;
      } else afterNumber = false;
      start = -1;
    } else if (!letter && start < 0 && c !== 0x20) afterNumber = false;
  }
  return false;
}

export function spokenFormsAsWritten(text: string): string {
  if (!maySpeakForms(text)) return text;
  const parts = text.match(WORD_OR_GAP);
  if (!parts) return text;
  const lettered = lettersAndIdentifiers(parts);
  const dotted = dottedNumbers(lettered);
  const addressed = spokenAddresses(dotted);
  return addressed.join('');
}

function lower(parts: readonly string[], at: number): string | undefined {
  const part = parts[at];
  return part !== undefined && /^[A-Za-z0-9]/.test(part) ? part.toLowerCase() : undefined;
}

/** The gap at `at` is one space, which is how dictation joins the words of one name or number. */
function isSpace(parts: readonly string[], at: number): boolean {
  return parts[at] === ' ';
}

interface Letter {
  letter: string;
  /** Index in `parts` just past its word(s). */
  end: number;
  plain: boolean;
  name: string;
}

/** The letter named by the word(s) at `at`: "pee", "double you"; and, with `plural`, a last "pees" as "p" and "s". */
function letterAt(parts: readonly string[], at: number): Letter | undefined {
  const word = lower(parts, at);
  if (word === undefined) return undefined;
  if (word === 'double' && isSpace(parts, at + 1) && lower(parts, at + 2) === 'you') return { letter: 'w', end: at + 3, plain: true, name: 'double you' };
  const letter = LETTER_NAMES.get(word);
  return letter ? { letter, end: at + 1, plain: PLAIN_LETTER_NAMES.has(word), name: word } : undefined;
}

/** Letter-name runs written as letters, and an identifier's digits said after them written with them. */
function lettersAndIdentifiers(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const run = letterRunAt(parts, i);
    if (!run) {
      const typed = typedIdentifierAt(parts, i);
      if (typed) {
        out.push(typed.text);
        i = typed.end;
        continue;
      }
      out.push(parts[i]!);
      i += 1;
      continue;
    }
    let written = run.letters.toUpperCase();
    let end = run.end;
    const number = run.letters.length <= 3 && isSpace(parts, end) ? identifierDigitsAt(parts, end + 1, run.letters) : undefined;
    if (number && (run.letters.length > 1 || number.words >= 2)) {
      written += number.digits;
      end = number.end;
      // "ay ay twenty one two hundred ay": a letter closing the identifier.
      const closing = isSpace(parts, end) ? letterAt(parts, end + 1) : undefined;
      if (closing && closing.plain && !(isSpace(parts, closing.end) && letterAt(parts, closing.end + 1))) {
        written += closing.letter.toUpperCase();
        end = closing.end;
      }
    } else if (run.letters.length < 2) {
      out.push(parts[i]!);
      i += 1;
      continue;
    }
    out.push(written + run.plural);
    i = end;
  }
  return out;
}

interface LetterRun {
  letters: string;
  /** "s" when the run's last name was said in the plural ("tee tee pees"). */
  plural: string;
  end: number;
}

/** The run of letter names starting at `at`, read as letters when it holds a name no everyday word spells. */
function letterRunAt(parts: readonly string[], at: number): LetterRun | undefined {
  const first = letterAt(parts, at);
  if (!first) return undefined;
  const before = at >= 2 && isSpace(parts, at - 1) ? lower(parts, at - 2) : undefined;
  // "what do you see en are pee…": the run starts after the sentence's "you".
  if (WORD_FIRST.has(first.name) && before !== 'the') return undefined;
  const letters: Letter[] = [first];
  let end = first.end;
  while (isSpace(parts, end)) {
    const next = letterAt(parts, end + 1);
    if (!next) break;
    letters.push(next);
    end = next.end;
  }
  let plural = '';
  const after = isSpace(parts, end) ? lower(parts, end + 1) : undefined;
  // "tee tee pees": the last letter said in the plural.
  if (after !== undefined && after.length > 2 && after.endsWith('s') && PLAIN_LETTER_NAMES.has(after.slice(0, -1)) && !(isSpace(parts, end + 2) && letterAt(parts, end + 3))) {
    letters.push({ letter: LETTER_NAMES.get(after.slice(0, -1))!, end: end + 2, plain: true, name: after.slice(0, -1) });
    end += 2;
    plural = 's';
  }
  // "…en ee see are they": a last "are" or "you" before a pronoun is the sentence's.
  const last = letters[letters.length - 1]!;
  if (!plural && (last.name === 'are' || last.name === 'you') && letters.length > 1) {
    const next = isSpace(parts, end) ? lower(parts, end + 1) : undefined;
    if (next !== undefined && AFTER_VERB.has(next)) {
      letters.pop();
      end = letters[letters.length - 1]!.end;
    }
  }
  if (!letters.some((l) => l.plain)) return undefined;
  return { letters: letters.map((l) => l.letter).join(''), plural, end };
}

interface SpokenDigits {
  digits: string;
  end: number;
  /** How many number words were read. */
  words: number;
  /** How many numbers were said: "four zero" two, "forty" one. */
  chunks: number;
}

type ChunkKind = 'digits' | 'hundred' | 'year';

interface Chunk {
  text: string;
  kind: ChunkKind;
  end: number;
  words: number;
}

/** One number said in a run of digits: "five", "eleven", "sixty six", "two hundred", "twenty seventeen". */
function chunkAt(parts: readonly string[], at: number, first: boolean): Chunk | undefined {
  const word = lower(parts, at);
  if (word === undefined) return undefined;
  const next = isSpace(parts, at + 1) ? lower(parts, at + 2) : undefined;
  const year = yearInHalves([word, next, next !== undefined && isSpace(parts, at + 3) ? lower(parts, at + 4) : undefined]);
  if (year) return { text: String(year.value), kind: 'year', end: at + 2 * year.words - 1, words: year.words };
  if (TENS_VALUES.has(word)) {
    if (next !== undefined && UNIT_VALUES.has(next) && next !== 'zero' && next !== 'oh' && next !== 'o') {
      return { text: String(TENS_VALUES.get(word)! + UNIT_VALUES.get(next)!), kind: 'digits', end: at + 3, words: 2 };
    }
    return { text: String(TENS_VALUES.get(word)!), kind: 'digits', end: at + 1, words: 1 };
  }
  if (TEEN_VALUES.has(word)) return { text: String(TEEN_VALUES.get(word)!), kind: 'digits', end: at + 1, words: 1 };
  if (!UNIT_VALUES.has(word) || ((word === 'oh' || word === 'o') && first)) return undefined;
  const unit = UNIT_VALUES.get(word)!;
  if (next === 'hundred' && unit > 0) {
    let value = unit * 100;
    let end = at + 3;
    let words = 2;
    let rest = isSpace(parts, end) ? lower(parts, end + 1) : undefined;
    if (rest === 'and' && isSpace(parts, end + 2)) {
      const after = lower(parts, end + 3);
      if (after !== undefined && (UNIT_VALUES.has(after) || TEEN_VALUES.has(after) || TENS_VALUES.has(after))) {
        end += 2;
        words += 1;
        rest = after;
      }
    }
    if (rest !== undefined && (TEEN_VALUES.has(rest) || TENS_VALUES.has(rest) || (UNIT_VALUES.has(rest) && rest !== 'oh' && rest !== 'o'))) {
      const tail = chunkAt(parts, end + 1, false);
      if (tail && tail.kind === 'digits') {
        value += Number(tail.text);
        end = tail.end;
        words += tail.words;
      }
    }
    return { text: String(value), kind: 'hundred', end, words };
  }
  return { text: String(unit), kind: 'digits', end: at + 1, words: 1 };
}

/**
 * The digits of an identifier said after its letters: each number said is written in turn ("one five six six"
 * 1566, "eleven eight eight two" 11882), a year or a number of hundreds stands apart with a dash ("twenty seventeen"
 * CVE-2017-, "twenty one two hundred" 21-200), and "point", "dot" or "dash" between numbers is written as said.
 */
function identifierDigitsAt(parts: readonly string[], at: number, letters: string): SpokenDigits | undefined {
  let digits = '';
  let end = at;
  let words = 0;
  let chunks = 0;
  let previous: ChunkKind | 'separator' | 'none' = 'none';
  for (let i = at; ; ) {
    const chunk = chunkAt(parts, i, previous === 'none' || previous === 'separator');
    if (!chunk) break;
    // A year opens only a CVE's number ("the en ee see twenty eighteen" is the NEC in 2018).
    if (chunk.kind === 'year' && !(letters === 'cve' && previous === 'none')) break;
    const apart = previous !== 'none' && previous !== 'separator' && (chunk.kind !== 'digits' || previous !== 'digits');
    digits += (apart ? '-' : previous === 'none' && chunk.kind === 'year' ? '-' : '') + chunk.text;
    words += chunk.words;
    chunks += 1;
    end = chunk.end;
    previous = chunk.kind;
    i = chunk.end;
    if (!isSpace(parts, i)) break;
    const separator = lower(parts, i + 1);
    if ((separator === 'point' || separator === 'dot' || separator === 'dash') && isSpace(parts, i + 2) && chunkAt(parts, i + 3, true)) {
      digits += separator === 'dash' ? '-' : '.';
      previous = 'separator';
      i += 3;
      continue;
    }
    i += 1;
  }
  if (words === 0) return undefined;
  // "the en ee see two diplomats": one small number after three letters is a count, not part of a name.
  if (words === 1 && letters.length >= 3) return undefined;
  return { digits, end, words, chunks };
}

/**
 * An identifier whose letters are typed and whose digits are said one by one: "apt four zero" apt40, "g zero zero
 * six five" g0065, "cve twenty seventeen eleven eight eight two" cve-2017-11882. The letters are one letter (not
 * "a" or "I") or a word rarer than everyday English; the digits are two numbers or more ("apt forty" is left to
 * the reading of numbers in words, "the nec two diplomats" stays a count).
 */
function typedIdentifierAt(parts: readonly string[], at: number): { text: string; end: number } | undefined {
  const prefix = parts[at]!;
  if (prefix.length > 4 || !isSpace(parts, at + 1) || !/^[A-Za-z]+$/.test(prefix)) return undefined;
  const word = prefix.toLowerCase();
  if (word === 'a' || word === 'i' || LETTER_NAMES.has(word) || NUMBER_WORDS.has(word)) return undefined;
  if (word.length > 1 && zipf(word) >= READING.identifierPrefixZipf) return undefined;
  const number = identifierDigitsAt(parts, at + 2, word);
  if (!number || number.chunks < 2) return undefined;
  return { text: prefix + number.digits, end: number.end };
}

/**
 * Numbers said with two or more spoken dots between them, as an address or a version is read aloud: each part's
 * numbers written in turn ("one twenty three" 123, "two fifty five" 255).
 */
function dottedNumbers(parts: string[]): string[] {
  if (!parts.some((p) => p.toLowerCase() === 'dot' || p.toLowerCase() === 'point')) return parts;
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const read = i === 0 || !/^[A-Za-z0-9]/.test(parts[i - 1] ?? '') ? dottedNumberAt(parts, i) : undefined;
    if (read) {
      out.push(read.text);
      i = read.end;
      continue;
    }
    out.push(parts[i]!);
    i += 1;
  }
  return out;
}

function dottedNumberAt(parts: readonly string[], at: number): { text: string; end: number } | undefined {
  if (!chunkAt(parts, at, true)) return undefined;
  let text = '';
  let end = at;
  let dots = 0;
  for (let i = at; ; ) {
    let group = '';
    let first = true;
    for (;;) {
      const chunk = chunkAt(parts, i, first);
      if (!chunk) break;
      group += chunk.text;
      first = false;
      i = chunk.end;
      end = i;
      if (!isSpace(parts, i) || !chunkAt(parts, i + 1, false)) break;
      i += 1;
    }
    if (!group) return undefined;
    text += group;
    const separator = isSpace(parts, end) ? lower(parts, end + 1) : undefined;
    if ((separator === 'dot' || separator === 'point') && isSpace(parts, end + 2) && chunkAt(parts, end + 3, true)) {
      text += '.';
      dots += 1;
      i = end + 3;
      continue;
    }
    break;
  }
  return dots >= 2 ? { text, end } : undefined;
}

/**
 * Domains, e-mail addresses and file names read aloud, written as typed: "scs news today dot com" scsnewstoday.com
 * (a domain's words are one label), "info at licadho dot org" info@licadho.org, "interview dash questions dot docx
 * dot js" interview-questions.docx.js (a file name keeps its spaces), "dot com slash news" .com/news.
 */
function spokenAddresses(parts: string[]): string[] {
  let last = -1;
  for (let i = 0; i < parts.length; i++) if (isSuffixDot(parts, i)) last = i;
  if (last < 0) return parts;
  const out = parts.slice();
  for (let i = 0; i < out.length; i++) {
    if (!isSuffixDot(out, i)) continue;
    // The end of the name: further suffixes ("dot docx dot js", "dot org dot kh") and a path ("slash news").
    let end = i + 4;
    while (isSuffixDot(out, end)) end += 4;
    let path = '';
    if (isSpace(out, end) && lower(out, end + 1) === 'slash' && isSpace(out, end + 2) && lower(out, end + 3) !== undefined) {
      path = `/${out[end + 3]}`;
      end += 4;
    }
    const suffixes: string[] = [];
    for (let at = i; at < end - (path ? 4 : 0); at += 4) suffixes.push(`.${out[at + 3]}`);
    const isFile = SPOKEN_EXTENSIONS.has(lower(out, i + 3)!);
    const name = nameBefore(out, i - 1, isFile);
    if (!name) continue;
    const written = name.text + suffixes.join('') + path;
    out.splice(name.start, end - name.start, written);
    i = name.start;
  }
  return out;
}

/** Whether `at` is the space before "dot" and a top-level domain or extension: " dot com". */
function isSuffixDot(parts: readonly string[], at: number): boolean {
  if (!isSpace(parts, at) || lower(parts, at + 1) !== 'dot' || !isSpace(parts, at + 2)) return false;
  const suffix = lower(parts, at + 3);
  return suffix !== undefined && (SPOKEN_TLDS.has(suffix) || SPOKEN_EXTENSIONS.has(suffix));
}

/**
 * The name read aloud before a spoken suffix, back from the word at `at`: labels joined by "dot", "dash",
 * "underscore" or "at", a domain's words written as one label, a file name's kept apart by spaces.
 */
function nameBefore(parts: readonly string[], at: number, isFile: boolean): { text: string; start: number } | undefined {
  let text = '';
  let start = at + 1;
  let local = false;
  for (let i = at; ; ) {
    // One label: its words back to a word no name holds, at most three (one in an address's user name).
    const words: string[] = [];
    let j = i;
    while (words.length < (local ? 1 : 3)) {
      const word = lower(parts, j);
      if (word === undefined || NOT_DOMAIN_WORDS.has(word) || word === 'dot' || word === 'dash' || word === 'underscore') break;
      if (isVerbForm(word)) break;
      words.unshift(parts[j]!);
      start = j;
      if (!isSpace(parts, j - 1)) break;
      j -= 2;
    }
    if (words.length === 0) break;
    text = words.join(isFile ? ' ' : '') + text;
    const gapBefore = start - 1;
    if (!isSpace(parts, gapBefore)) break;
    const joiner = lower(parts, start - 2);
    const separator = joiner === 'dot' ? '.' : joiner === 'dash' || joiner === 'hyphen' ? '-' : joiner === 'underscore' ? '_' : joiner === 'at' && !isFile && !local ? '@' : undefined;
    if (!separator || !isSpace(parts, start - 3) || lower(parts, start - 4) === undefined) break;
    const beforeJoiner = lower(parts, start - 4)!;
    if (NOT_DOMAIN_WORDS.has(beforeJoiner) || isVerbForm(beforeJoiner)) break;
    if (separator === '@') local = true;
    text = separator + text;
    start -= 2;
    i = start - 2;
  }
  return text ? { text, start } : undefined;
}

/** "registered", "hosting": a verb's past or -ing form, which is what the sentence says of a name, not part of it. */
function isVerbForm(word: string): boolean {
  return word.length >= 5 && ((word.endsWith('ed') && !word.endsWith('eed')) || word.endsWith('ing'));
}
