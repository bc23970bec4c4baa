import type { EntryKind } from '../knowledge/schema.ts';
import { normalizeText } from '../search/normalize.ts';
import { describedSubjectIn, MAX_HEAD_WORDS, QUESTION_WORD } from './described-subject.ts';

/**
 * A question asking something of a thing it describes rather than names, with no commas: "when did the company that
 * wrote the report publish it", "the firm that coined the name temp.periscope is based where". The description picks
 * the thing; the rest asks about it. Searched whole, the description's words pull toward the entry they describe (the
 * report, the list of names), so the thing is found first and the question asked again of it by name
 * (search-again.ts: describedFor).
 */
export interface DescribedAsked {
  /** The description: "the company that wrote the report". */
  description: string;
  /** The kinds of entry the head noun says the thing is ("company": an organisation, an actor or a target). */
  kinds: ReadonlySet<EntryKind>;
  /** The question asked again with the thing's name in place of the description: "when did FireEye publish it". */
  askedOf(name: string): string;
}

const PEOPLE: readonly EntryKind[] = ['person'];
const FIRMS: readonly EntryKind[] = ['organisation'];
const GROUPS: readonly EntryKind[] = ['actor'];
const BODIES: readonly EntryKind[] = ['organisation', 'target'];
const TOOLS: readonly EntryKind[] = ['malware'];
/**
 * Head nouns naming the kind of thing described, with the kinds of entry such a thing is. A head noun not here
 * ("survey", "year", "city") describes something no entry of its own stands for, and the question is left whole.
 */
const KIND_OF_HEAD: ReadonlyMap<string, readonly EntryKind[]> = new Map([
  ...['person', 'man', 'woman', 'guy', 'lady', 'bloke', 'dude', 'analyst', 'researcher', 'manager', 'leader', 'politician', 'spokesman', 'spokesperson', 'spokeswoman', 'official', 'daughter', 'son', 'father', 'dad', 'journalist', 'reporter', 'activist', 'exile', 'lawmaker', 'mp', 'officer', 'employee'].map((w) => [w, PEOPLE] as const),
  ...['company', 'firm', 'vendor', 'ngo', 'charity', 'blog'].map((w) => [w, FIRMS] as const),
  ...['group', 'crew', 'gang', 'hackers', 'outfit'].map((w) => [w, GROUPS] as const),
  ...['organisation', 'organization', 'party', 'agency', 'ministry', 'commission', 'institution', 'body', 'chamber'].map((w) => [w, BODIES] as const),
  ...['malware', 'tool', 'backdoor', 'trojan', 'implant', 'program', 'software', 'framework', 'downloader', 'virus', 'payload', 'dropper'].map((w) => [w, TOOLS] as const),
]);

/** Words of a predicate that ask nothing of their own: "is called what" asks for the thing itself. */
const EMPTY_PREDICATE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had', 'called', 'named', 'known', 'as', 'also']);
const A_QUESTION_WORD = new RegExp(`^${QUESTION_WORD}$`);
const ASKING_AUXILIARY = /^(?:did|does|do|is|was|were|are)$/;
const RELATIVE_WORD = /^(?:that|who|whose|which)$/;
/** What may close a question after its main verb: "publish it", "say about it". */
const AFTER_THE_VERB: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'about', 'to', 'for', 'with', 'on', 'from', 'in', 'of', 'at', 'by', 'up', 'out']);

/**
 * The description and the question asked of it, when the question is one of two shapes: the description first and
 * a predicate asking something of it after ("the firm that coined the name temp.periscope is based where"; not "…
 * is called what", which asks for the thing itself), or a question word and an auxiliary first, then the description
 * and the main verb ("when did the company that wrote the report publish it"). Undefined for any other question, and
 * where the head noun names no kind of thing an entry stands for.
 */
export function describedAsked(question: string): DescribedAsked | undefined {
  const words = normalizeText(question).split(' ');
  const described = describedSubjectIn(words);
  if (described) {
    const kinds = kindsOf(described.head);
    const wordAt = described.asked.findIndex((w) => A_QUESTION_WORD.test(w));
    const middle = described.asked.slice(1, wordAt);
    if (!kinds || wordAt < 0 || middle.every((w) => EMPTY_PREDICATE.has(w))) return undefined;
    const description = words.slice(0, words.length - described.asked.length).join(' ');
    return { description, kinds, askedOf: (name) => [...described.asked.slice(wordAt), described.asked[0], name, ...middle].join(' ') };
  }
  if (!A_QUESTION_WORD.test(words[0] ?? '') || !ASKING_AUXILIARY.test(words[1] ?? '') || words[2] !== 'the') return undefined;
  const relative = words.findIndex((w, i) => i > 3 && i <= 3 + MAX_HEAD_WORDS && RELATIVE_WORD.test(w));
  if (relative < 0) return undefined;
  const kinds = kindsOf(words.slice(3, relative));
  let verb = words.length - 1;
  while (verb > relative && AFTER_THE_VERB.has(words[verb]!)) verb--;
  if (!kinds || verb <= relative + 1) return undefined;
  return { description: words.slice(2, verb).join(' '), kinds, askedOf: (name) => [words[0], words[1], name, ...words.slice(verb)].join(' ') };
}

/** The kinds the last word of a head noun phrase names ("security company": a company). */
function kindsOf(head: readonly string[]): ReadonlySet<EntryKind> | undefined {
  const kinds = KIND_OF_HEAD.get(head[head.length - 1] ?? '');
  return kinds && new Set(kinds);
}
