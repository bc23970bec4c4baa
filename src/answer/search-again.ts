/**
 * Searching again for what a question asks when its rarest words found something else: the group that did it to a
 * victim it names (doer-asked.ts), the purpose of doing it (motive-asked.ts), the group the sources give for a claim
 * naming another (doer-claimed.ts), the victims of a group it names (victims-asked.ts), and a thing it describes
 * rather than names (described-asked.ts). Each search is narrowed to
 * the entries that can answer, with the words that found the wrong entry as context.
 */
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import type { Entry } from '../knowledge/schema.ts';
import type { SearchHit } from '../search/search-index.ts';
import type { Concept } from '../search/question-concepts.ts';
import { analyze } from '../search/inverted-index.ts';
import { normalizeText } from '../search/normalize.ts';
import { stem } from '../search/stem.ts';
import { ANSWER_THRESHOLDS } from '../parameters.ts';
import { doerAsked } from './doer-asked.ts';
import { motiveAsked } from './motive-asked.ts';
import type { DoerClaim } from './doer-claimed.ts';
import { victimsAskedOf } from './victims-asked.ts';
import { aboutAnUnknownVote, yearsOfVotes } from './what-was-asked.ts';
import { dayAsked } from './day-asked.ts';
import { describedAsked } from './described-asked.ts';

/** The best hit for `text` (among the entries `only` admits, with `context`), when it is likely right. */
function likelyHit(snapshot: KnowledgeSnapshot, text: string, options: { context?: string | undefined; only?: (entry: Entry) => boolean } = {}): SearchHit | undefined {
  const [hit] = snapshot.index.search(text, { limit: 1, ...options }).hits;
  return hit && hit.confidence >= ANSWER_THRESHOLDS.abstainBelow ? hit : undefined;
}

/** The asker's context with the words a second search moves out of the question. */
function withContext(context: string | undefined, words: string): string {
  return context ? `${context} ${words}` : words;
}

/**
 * Kinds of entry that are what was done to, not who did it: a target, a person or body phished or impersonated,
 * the phishing e-mail itself or the servers it used.
 */
export const VICTIM_KINDS: ReadonlySet<Entry['kind']> = new Set(['target', 'person', 'organisation', 'technique', 'indicator']);

/**
 * For a question asking who did something to a victim it names (doer-asked.ts), the group that did it: the question
 * searched among actors without the victim, whose words are context there, when that is likely right.
 */
export function doerFor(question: string, context: string | undefined, snapshot: KnowledgeSnapshot): SearchHit | undefined {
  const split = doerAsked(question);
  if (!split) return undefined;
  // Only a victim the knowledge holds: "who hacked the australian parliament" names none, though its words are known.
  const victim = likelyHit(snapshot, split.actedOn);
  if (!victim || !VICTIM_KINDS.has(victim.entry.kind)) return undefined;
  return likelyHit(snapshot, split.asked, { context: withContext(context, split.actedOn), only: isActor });
}

/**
 * For a question asking why something was done to a victim it names (motive-asked.ts), the entry on why: the question
 * searched among the entries on the attackers' purpose (tagged `motive`), with the victim's words as context, when
 * that is likely right.
 */
export function motiveFor(question: string, context: string | undefined, snapshot: KnowledgeSnapshot): SearchHit | undefined {
  const split = motiveAsked(question);
  if (!split) return undefined;
  // Only a victim the knowledge holds, or the list of them ("cambodian ministries" finds who was targeted): "why did they
  // hack the australian parliament" names none, though its words are known.
  const victim = likelyHit(snapshot, split.actedOn);
  if (!victim || isOnMotive(victim.entry)) return undefined;
  return likelyHit(snapshot, split.asked, { context: withContext(context, split.actedOn), only: isOnMotive });
}

/** The tag of the entries on why the attackers did what they did (context.yaml: attack-goal). */
const MOTIVE_TAG = 'motive';

function isOnMotive(entry: Entry): boolean {
  return entry.tags.includes(MOTIVE_TAG);
}

/**
 * The doer the sources give, for a claim naming another ("russian hackers were behind the cambodia election hacks"):
 * the actor entry found by asking who did it to what the claim says was acted on, when that is something the knowledge
 * holds (or left unnamed: "it was russia, not china?") and the claim names someone none of the actor entries' names
 * or attributions do. A claim naming the sources' doer ("chinese hackers hit the senate") is searched as usual, and so
 * is one about a vote the knowledge does not hold.
 */
export function actualDoer(claim: DoerClaim, question: string, context: string | undefined, snapshot: KnowledgeSnapshot): SearchHit | undefined {
  const { knowledge } = snapshot;
  const known = doerStems(knowledge);
  const sameAs = snapshot.unstated?.sameAs;
  const namesAnother = analyze(claim.doer).stems.some((s) => !GENERIC_DOER_STEMS.has(s) && !known.has(s) && !(sameAs?.get(s) ?? []).some((other) => known.has(other)));
  if (!namesAnother || aboutAnUnknownVote(yearsOfVotes(question), knowledge.entries)) return undefined;
  if (claim.actedOn !== '' && !likelyHit(snapshot, claim.actedOn)) return undefined;
  const asked = claim.actedOn === '' ? 'who was behind it' : `who was behind ${claim.actedOn}`;
  return likelyHit(snapshot, asked, { context, only: isActor });
}

/** Words for whoever did it, naming no one: "the russian hackers" names Russia, not the hackers. */
const GENERIC_DOER_STEMS: ReadonlySet<string> = new Set(['hackers', 'hacker', 'hack', 'attackers', 'attack', 'group', 'crew', 'spies', 'spy', 'team', 'gang', 'actors', 'government', 'state', 'own', 'same', 'people', 'guys', 'cyberspies', 'unit', 'agency', 'country', 'someone', 'nobody'].map(stem));

/** The stems of every actor entry's names and attribution: the doers the sources give, under any of their names. */
const doerStemsOf = new WeakMap<KnowledgeSnapshot['knowledge'], ReadonlySet<string>>();
function doerStems(knowledge: KnowledgeSnapshot['knowledge']): ReadonlySet<string> {
  let stems = doerStemsOf.get(knowledge);
  if (!stems) {
    const actors = knowledge.entries.filter(isActor);
    stems = new Set(actors.flatMap((entry) => [...entry.names, entry.kind === 'actor' ? entry.attribution ?? '' : ''].flatMap((text) => analyze(text).stems)));
    doerStemsOf.set(knowledge, stems);
  }
  return stems;
}

/**
 * For a question asking whom a group it names went after (victims-asked.ts), found first by the group's own entry, the
 * entry on those victims: the question searched without the group's name, which is context there, when that is likely
 * right and not another group's victims ("who did rancor target?" is not answered by TEMP.Periscope's targets).
 */
export function victimsFor(question: string, top: SearchHit, concepts: readonly Concept[], context: string | undefined, snapshot: KnowledgeSnapshot): SearchHit | undefined {
  const actors = actorNames(snapshot.knowledge.entries);
  // A cheap test first: a question about the group need not name it ("what is its apt number?").
  if (!concepts.some((concept) => actors.words.has(concept.label))) return undefined;
  const split = victimsAskedOf(question, actors.names);
  const group = split && actors.entriesOf.get(split.actor);
  // Only in place of the group: in place of another entry, or of a decline, the victims' entry would often be
  // likelier only because the group's name no longer counts against it ("did apt40 go after brazil?").
  if (!split || !group?.has(top.entry)) return undefined;
  // Not the group again, nor the list of its names, which its name in the context would still favour.
  const notTheGroup = (entry: Entry) => !group.has(entry);
  const victims = likelyHit(snapshot, split.asked, { context: withContext(context, split.name), only: notTheGroup });
  if (!victims) return undefined;
  const text = spokenText(victims.entry);
  const mentions = (names: readonly string[]) => names.some((name) => text.includes(` ${name} `));
  return mentions(actors.groupNamesOf.get(split.actor) ?? []) || !mentions(actors.all) ? victims : undefined;
}

/** The actors' names, normalised and longest first, read once per loaded knowledge. */
interface ActorNames {
  /** Every actor's names, each with its actor. */
  names: readonly (readonly [string, Entry])[];
  /** The words of those names, as a question's concepts label them. */
  words: ReadonlySet<string>;
  /** The actors sharing a name with an actor, itself among them: the group, and the list of its names. */
  entriesOf: ReadonlyMap<Entry, ReadonlySet<Entry>>;
  /** The names of those actors. */
  groupNamesOf: ReadonlyMap<Entry, readonly string[]>;
  all: readonly string[];
  /** The group the knowledge is about: the actors sharing names whose names the most entries use. */
  subject: ReadonlySet<Entry>;
  /** Its names, each with its actor, and a word of each, which a question naming it holds as typed. */
  subjectNames: readonly (readonly [string, Entry])[];
  subjectWords: readonly string[];
}
const actorNamesOf = new WeakMap<readonly Entry[], ActorNames>();
export function actorNames(entries: readonly Entry[]): ActorNames {
  let found = actorNamesOf.get(entries);
  if (found) return found;
  const byLength = (a: string, b: string) => b.length - a.length;
  const namesOf = new Map(entries.filter(isActor).map((entry) => [entry, [...new Set(entry.names.map(normalizeText))].filter((name) => name !== '')] as const));
  const entriesOf = new Map<Entry, ReadonlySet<Entry>>();
  const groupNamesOf = new Map<Entry, readonly string[]>();
  for (const [entry, names] of namesOf) {
    const sharing = new Set([entry]);
    for (const [other, otherNames] of namesOf) if (otherNames.some((name) => names.includes(name))) sharing.add(other);
    entriesOf.set(entry, sharing);
    groupNamesOf.set(entry, [...new Set([...sharing].flatMap((member) => namesOf.get(member) ?? []))]);
  }
  const names = [...namesOf].flatMap(([entry, own]) => own.map((name) => [name, entry] as const)).sort((a, b) => byLength(a[0], b[0]));
  const all = [...new Set(names.map(([name]) => name))];
  const usedBy = (names: readonly string[]) => entries.filter((entry) => names.some((name) => spokenText(entry).includes(` ${name} `))).length;
  let subject: ReadonlySet<Entry> = new Set();
  let mostUsed = 0;
  for (const [entry, sharing] of entriesOf) {
    const used = usedBy(groupNamesOf.get(entry) ?? []);
    if (used > mostUsed) [subject, mostUsed] = [sharing, used];
  }
  const subjectNames = names.filter(([, entry]) => subject.has(entry));
  const longestWord = (name: string) => name.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  found = {
    names, words: new Set(all.flatMap((name) => name.split(' '))), entriesOf, groupNamesOf, all,
    subject, subjectNames, subjectWords: [...new Set(subjectNames.map(([name]) => longestWord(name)))],
  };
  actorNamesOf.set(entries, found);
  return found;
}

export function isActor(entry: Entry): boolean {
  return entry.kind === 'actor';
}

/**
 * An entry's title and answer normalised, with a space at each end for whole-phrase tests: read once per entry, as
 * a plural question may test every entry of the knowledge.
 */
const spokenTexts = new WeakMap<Entry, string>();
export function spokenText(entry: Entry): string {
  let text = spokenTexts.get(entry);
  if (text === undefined) {
    text = ` ${normalizeText(`${entry.title} ${entry.answer}`)} `;
    spokenTexts.set(entry, text);
  }
  return text;
}

/**
 * For a question asking only what happened on a day it names (day-asked.ts), the event of that day: the question
 * searched among the events dated that day, when that is likely right.
 */
export function eventOnTheDayFor(question: string, context: string | undefined, snapshot: KnowledgeSnapshot): SearchHit | undefined {
  const day = dayAsked(question);
  if (!day) return undefined;
  return likelyHit(snapshot, question, { context, only: (entry) => entry.kind === 'event' && entry.date === day });
}

/**
 * For a question asking something of a thing it describes (described-asked.ts), the question asked again of that
 * thing by name: the description searched among the entries of the kind its head noun names ("the company that wrote
 * the report" among organisations, "the woman whose…" among people), when that is likely right.
 */
export function describedFor(question: string, snapshot: KnowledgeSnapshot): string | undefined {
  const asked = describedAsked(question);
  if (!asked) return undefined;
  const thing = likelyHit(snapshot, asked.description, { only: (entry) => asked.kinds.has(entry.kind) });
  const name = thing?.entry.names[0];
  return name === undefined ? undefined : asked.askedOf(name);
}
