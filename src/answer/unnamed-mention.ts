import type { Entry, Indicator } from '../knowledge/schema.ts';
import type { Concept } from '../search/question-concepts.ts';
import { stem } from '../search/stem.ts';
import { STOPWORDS } from '../search/stopwords.ts';
import { hashPattern } from '../knowledge/file-hashes.ts';

/*
 * A name asked for that the sources withhold: "which European chemical company was on the victim list?" when
 * the entry says only "a European chemical company". The asker already holds every word the sources give of
 * it, and the name is what they do not give.
 */

/** An abbreviation with its dots ("U.S."), read as one word. */
const ABBREVIATION = String.raw`(?:\p{L}\.){2,}`;
/** A word of a description asked for: letters, digits and hyphens, or an abbreviation. */
const ASKED_WORD = String.raw`(?:${ABBREVIATION}|[\p{L}\p{N}-]+)`;
/** A word of how the sources mention something: letters and hyphens, or an abbreviation. */
const MENTION_WORD = String.raw`(?:${ABBREVIATION}|[\p{L}-]+)`;

/** "which european chemical company…", "what's the name of the us defense contractor…", "names of the two diplomats…". */
const NAME_ASKED = new RegExp(String.raw`\b(?:which|what(?:['\u2019]s| is| was| were| are)? the names? of(?: the)?|the names? of(?: the)?|name(?: of)? the)\s+((?:${ASKED_WORD}\s+){0,5}${ASKED_WORD})`, 'iu');
/**
 * Words that end the description asked for: a verb, a preposition, a question word, or the start of a clause
 * about it ("the LICADHO researcher | the attackers pretended to be").
 */
const DESCRIPTION_ENDS = /^(?:was|were|is|are|did|do|does|got|get|gets|had|has|have|been|on|in|at|of|from|by|for|to|that|which|who|whose|fireeye|they|mentioned|named|listed|hit|targeted|compromised|hacked|the|a|an|their|his|her|its|he|she|we|you|i)$/i;
/** Whoever attacked: the sources name them, so a description of them is answered ("which chinese group…"). */
const THE_ATTACKERS = /^(?:group|groups|crew|gang|outfit|hackers?|attackers?|spies|actor|actors|apt|unit|team)$/i;
/** How the sources speak of something they do not name: "a European chemical company", "two Cambodian diplomats". */
const UNNAMED_MENTION = new RegExp(String.raw`\b(?:an?|one|two|three|four|five|several|some|unnamed|unidentified)\s+(?:(?:probable|possible|likely)\s+)?(?:${MENTION_WORD}\s+){0,3}${MENTION_WORD}`, 'giu');

/** A name just before the mention, as its apposition or its subject: "**LICADHO**, a…", "TEMP.Periscope is a…". */
const NAMED_BEFORE = /(?:\p{Lu}[\p{L}\p{N}.&-]*|\*\*|\))\s*(?:,|\s(?:is|was|are|were))\s*$/u;
/**
 * …or named by a source later in the same sentence: "an Australian journalist who had written on Cambodia for the
 * Phnom Penh Post (SC Magazine names her as Melissa Coade)"; or by an identifier just after it: "a joint
 * advisory, AA24-190A,", "a backdoor (S0232)".
 */
const NAMED_AFTER = /^[^.;]*?\([^)]*\bnames? (?:her|him|it|them)\b|^\s*[,(]\s*\**\p{Lu}[\p{Lu}\p{N}.-]*\p{N}/u;

/**
 * What each kind of indicator is called: an indicator entry gives the value of every indicator it counts, so its
 * tally ("four domains, one IP address and seven MD5 hashes") names them ("which IP addresses are in the report?").
 */
const INDICATOR_NOUNS: Readonly<Record<Indicator['type'], readonly string[]>> = {
  domain: ['domain'],
  ip: ['ip', 'address'],
  md5: ['md5', 'hash'],
  sha256: ['sha256', 'hash'],
  hostname: ['hostname'],
  filename: ['filename'],
  url: ['url'],
};

/** Values of a kind as answers write them, defanged: "68.65.123[.]230", "scsnewstoday[.]com", an MD5. */
const VALUE_IN_TEXT: Partial<Record<Indicator['type'], RegExp>> = {
  ip: /\b\d{1,3}\.\d{1,3}\.\d{1,3}\[\.\]\d{1,3}\b/,
  domain: /[\p{L}\p{N}-]\[\.\][a-z]{2,}\b/u,
  md5: hashPattern('md5'),
  sha256: hashPattern('sha256'),
};

/**
 * The stems of the kinds of indicator an entry gives by value: those an indicator entry lists, and those any
 * entry's answer writes out ("hosted on the US address 68.65.123[.]230" names the "one IP address" it counts).
 */
function listedKinds(entry: Entry): Set<string> {
  const kinds = new Set<Indicator['type']>();
  if (entry.kind === 'indicator') for (const indicator of entry.indicators) kinds.add(indicator.type);
  for (const [type, value] of Object.entries(VALUE_IN_TEXT) as [Indicator['type'], RegExp][]) if (value.test(entry.answer)) kinds.add(type);
  return new Set([...kinds].flatMap((type) => INDICATOR_NOUNS[type].map(stem)));
}

/** What follows a participle that opens a clause after the mention: "a LICADHO researcher asking her…". */
const CLAUSE_OBJECT = /^(?:her|him|them|it|us|me|you|the|a|an|his|their|its)$/i;

/** Content words as stems, hyphenated words split ("defense-industrial-base"). */
function contentStems(words: string): Set<string> {
  return new Set(words.toLowerCase().split(/[\s-]+/).filter((w) => w && !STOPWORDS.has(w)).map(stem));
}

/**
 * The country, not the pronoun: "US" in the sources, and "us" in any case inside a description asked for ("which
 * us defense contractor"), where the pronoun cannot stand; "U.S." with its dots too.
 */
const THE_COUNTRY = 'unitedstates';
function countryNamed(text: string, anyCase: boolean): string {
  return text.replace(anyCase ? /\bu\.?s\.?(?=\s|$)/gi : /\bU\.?S\.?(?=\s|$)/g, THE_COUNTRY);
}

/**
 * The entry's wording of a thing whose name the question asks and the entry withholds, if any: the question
 * describes something by at least two words ("european chemical company"), and the entry mentions it only
 * with an indefinite article or a count, with at least two of the same words or words the search's `concepts`
 * read them as.
 */
export function unnamedMention(question: string, entry: Entry, concepts: readonly Concept[] = []): string | undefined {
  const asked = NAME_ASKED.exec(question);
  if (!asked) return undefined;
  const words: string[] = [];
  for (const word of asked[1]!.split(/\s+/)) {
    // "the name of a European chemical company": an article opens the description; after a word it opens a clause.
    if (words.length === 0 && /^(?:a|an|the)$/i.test(word)) continue;
    if (DESCRIPTION_ENDS.test(word)) break;
    words.push(word.replace(/[?!.,]+$/, ''));
  }
  if (words.some((w) => THE_ATTACKERS.test(w))) return undefined;
  const described = contentStems(countryNamed(words.join(' '), true));
  if (described.size < 2) return undefined;
  // The search's reading of those words counts too: "newspapers" is "media", as the synonym groups say.
  for (const concept of concepts) {
    if (!concept.label.split(' ').every((w) => described.has(stem(w)))) continue;
    for (const variant of concept.variants) if (variant.stems.length === 1) described.add(variant.stems[0]!);
  }
  const listed = listedKinds(entry);
  for (const mention of entry.answer.matchAll(UNNAMED_MENTION)) {
    // Named beside it after all: "LICADHO, a Cambodian human-rights NGO", "TEMP.Periscope is a Chinese group".
    if (NAMED_BEFORE.test(entry.answer.slice(Math.max(0, mention.index - 60), mention.index))) continue;
    if (NAMED_AFTER.test(entry.answer.slice(mention.index + mention[0].length))) continue;
    // The mention ends before its first function word, or a participle opening a clause: "a European chemical
    // company" (with a presence…), "a LICADHO researcher" (asking her…); "a government building in…" and "a UK
    // engineering company" keep their "-ing" nouns.
    const [determiner, ...rest] = mention[0].split(/\s+/);
    const ends = (w: string, i: number) => STOPWORDS.has(countryNamed(w, false).toLowerCase()) || (i > 0 && /ing$/i.test(w) && (i === rest.length - 1 || CLAUSE_OBJECT.test(rest[i + 1]!)));
    const end = rest.findIndex(ends);
    const wording = end < 0 ? rest : rest.slice(0, end);
    // Words, not their parts: "command-and-control" is one word of the description however it is split.
    const shared = wording.filter((word) => [...contentStems(countryNamed(word, false))].some((s) => described.has(s)));
    // A kind of indicator the entry lists by value: "one IP address" counts the address it gives.
    if (shared.some((word) => [...contentStems(word)].some((s) => listed.has(s)))) continue;
    if (shared.length >= 2) return [determiner, ...wording].join(' ');
  }
  return undefined;
}
