import type { Entry } from '../knowledge/schema.ts';
import { loadAttackData, type AttackData } from '../attack/attack-data.ts';
import { tokenize } from './normalize.ts';
import { STOPWORDS } from './stopwords.ts';
import { isListedWord, isRareWord } from './word-commonness.ts';
import { UNCOVERED_NAMES } from '../parameters.ts';

/**
 * Names of threat groups and software that MITRE ATT&CK lists and the knowledge never uses: "fancy bear", "charming
 * kitten", "mustang panda", "apt41", "notpetya". Typed, such a name is one thing the knowledge has never heard of, not
 * two everyday words to read on their own ("charming" as going after someone, "panda" as Kryptonite Panda), so a
 * question about another group is declined rather than answered with this group's entry because its other words
 * match. A name any entry uses (its names, title, answer or tags: "APT28", "Rancor", "OceanLotus"), run together or
 * not ("webshell"), or a synonym group lists, is the knowledge's own and is read as before; one only an alternate
 * question mentions ("APT1", in "is it the same group as APT1?") is not.
 */
export class UncoveredNames {
  /** Each name's words, by its first word, longest first. */
  private readonly byFirst = new Map<string, string[][]>();
  /** The words a marked name is read as: its words run together. */
  private readonly marked = new Set<string>();

  /** `names`: each name's spellings that say what they name typed on their own (`distinctiveSpellings`). */
  constructor(names: readonly (readonly string[])[], entries: readonly Entry[], synonyms: readonly (readonly string[])[] = []) {
    const knowledge = new KnowledgeText(entries, synonyms);
    for (const words of names) {
      // "apt 28" is the knowledge's when it uses "APT28".
      if (knowledge.uses(words) || (words.length > 1 && knowledge.uses([words.join('')]))) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push([...words]);
      this.byFirst.set(words[0]!, list);
      this.marked.add(words.join(''));
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The names ATT&CK gives groups and software, with their aliases, the knowledge's entries leave out. */
  static fromAttack(entries: readonly Entry[], synonyms: readonly (readonly string[])[], attack: AttackData = loadAttackData()): UncoveredNames {
    let names = spellingsOfAttack.get(attack);
    if (!names) {
      const all: string[] = [];
      for (const item of [...attack.groups, ...attack.software]) all.push(item.name, ...item.aliases);
      names = distinctiveSpellings(all);
      spellingsOfAttack.set(attack, names);
    }
    return new UncoveredNames(names, entries, synonyms);
  }

  /** The words with each uncovered name run together into one word; the same array when they name none. */
  mark(words: string[]): string[] {
    let out: string[] | undefined;
    for (let i = 0; i < words.length; i++) {
      const names = this.byFirst.get(words[i]!);
      const name = names && names.find((candidate) => startsAt(words, i, candidate));
      if (name) {
        out ??= words.slice(0, i);
        out.push(name.join(''));
        i += name.length - 1;
      } else if (out) out.push(words[i]!);
    }
    return out ?? words;
  }

  /** Whether a word is an uncovered name run together by `mark`. */
  has(word: string): boolean {
    return this.marked.has(word);
  }
}

/** ATT&CK's names, read once: what the knowledge uses changes with each reload, the table does not. */
const spellingsOfAttack = new WeakMap<AttackData, readonly (readonly string[])[]>();

/** The spellings of names that say what they name typed on their own, each once. */
export function distinctiveSpellings(names: Iterable<string>): string[][] {
  const seen = new Set<string>();
  const spellings: string[][] = [];
  for (const name of names) {
    for (const words of spellingsOf(name)) {
      const key = words.join(' ');
      if (seen.has(key) || !isDistinctive(words)) continue;
      seen.add(key);
      spellings.push(words);
    }
  }
  return spellings;
}

function startsAt(words: readonly string[], start: number, name: readonly string[]): boolean {
  if (start + name.length > words.length) return false;
  for (let k = 1; k < name.length; k++) if (words[start + k] !== name[k]) return false;
  return true;
}

/**
 * A name as askers type it: as written ("sandworm team"), without a closing word naming what it is
 * ("sandworm"), and with its letters apart from its digits ("apt 41").
 */
function spellingsOf(name: string): string[][] {
  const words = tokenize(name);
  if (words.length === 0) return [];
  const spellings = [words];
  if (words.length > 1 && GENERIC_LAST_WORDS.has(words[words.length - 1]!)) spellings.push(words.slice(0, -1));
  const code = words.length === 1 ? /^([a-z]+)(\d+)$/.exec(words[0]!) : null;
  if (code) spellings.push([code[1]!, code[2]!]);
  return spellings;
}

/** Closing words that say what a name is: "Lazarus Group", "Sandworm Team". */
const GENERIC_LAST_WORDS: ReadonlySet<string> = new Set(['group', 'team', 'gang']);

/**
 * Whether a name says what it names typed on its own: a name of two or more words ("fancy bear"), or one word English
 * does not use or seldom does ("sandworm", "apt41"); not an everyday word ("silence", "play", "net", nor "lazarus",
 * which English uses about as often as "treason"), nor a short one.
 */
function isDistinctive(words: readonly string[]): boolean {
  if (words.some((word) => STOPWORDS.has(word)) && words.length === 1) return false;
  if (words.length > 1) return words.join('').length >= UNCOVERED_NAMES.minLength && !words.every((word) => STOPWORDS.has(word) || /^\d+$/.test(word));
  const [word] = words as [string];
  return word.length >= UNCOVERED_NAMES.minLength && (!isListedWord(word) || isRareWord(word));
}

/**
 * What the entries (their names, titles, answers and tags) and the synonym groups say, as search reads it: their words,
 * and each two words in a row.
 */
class KnowledgeText {
  private readonly words = new Set<string>();
  /** Each two words in a row, apart ("web shell") and run together ("webshell"). */
  private readonly pairs = new Set<string>();

  constructor(entries: readonly Entry[], synonyms: readonly (readonly string[])[]) {
    for (const group of synonyms) for (const member of group) this.add(member);
    for (const entry of entries) {
      this.add(entry.title);
      this.add(entry.answer);
      for (const name of entry.names) this.add(name);
      for (const tag of entry.tags) this.add(tag);
    }
  }

  private add(text: string): void {
    const words = tokenize(text);
    for (let i = 0; i < words.length; i++) {
      this.words.add(words[i]!);
      if (i > 0) {
        this.pairs.add(`${words[i - 1]!} ${words[i]!}`);
        this.pairs.add(words[i - 1]! + words[i]!);
      }
    }
  }

  /**
   * Whether the knowledge uses the words, each two in a row ("bronze mohawk"), or, for one word, also as two ("webshell"
   * as "web shell").
   */
  uses(words: readonly string[]): boolean {
    if (words.length === 1) return this.words.has(words[0]!) || this.pairs.has(words[0]!);
    for (let i = 1; i < words.length; i++) if (!this.pairs.has(`${words[i - 1]!} ${words[i]!}`)) return false;
    return true;
  }
}
