import type { Entry } from '../knowledge/schema.ts';
import { stem } from '../search/stem.ts';
import { READING } from '../parameters.ts';
import { isEnglishName, isListedWord } from '../search/word-commonness.ts';
import { STOPWORDS } from '../search/stopwords.ts';
import { normalizeText } from '../search/normalize.ts';

/*
 * Whether an entry can answer what a question asks for, beyond its topic: a number for "how many…", the
 * year a question names.
 */

/** "how many servers", "how much money", "what percentage of…": the question wants a number back. */
const ASKS_FOR_QUANTITY = /\b(?:how (?:many|much)|what (?:percentage|percent|proportion|share|fraction|number|amount|figure)|number of|percentage of)\b/i;

/**
 * A number as digits, or as a word a knowledge writer would use ("three servers", "$20 million", "a dozen").
 * Years ("2018") and identifiers ("T1566.001", "G0065") are not amounts.
 */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;
/** Numbers written as words, as counts ("three servers", "dozens of targets"). */
const NUMBER_WORDS = String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|several`;
const YEAR_DIGITS = String.raw`(?:19|20)\d\d`;
const STATES_QUANTITY = new RegExp(String.raw`(?<![\w.])(?<!${MONTH} )(?!${YEAR_DIGITS}\b)\$?\d+(?:[,.]\d+)*(?![\w.]*\d)(?! ${MONTH})|`
  + String.raw`\b(?:${NUMBER_WORDS}|billion|billions|half|percent|per cent)\b`, 'i');

export function asksForQuantity(question: string): boolean {
  return ASKS_FOR_QUANTITY.test(question);
}

/**
 * "exactly how many…", "the exact number of…", "how many … exactly" (in the same clause: not "how many servers and
 * what exactly did they do"): a vague amount ("several") does not answer. Nor does it answer a total: "how many
 * phishing emails did kem get in total?", "the total number of…", "how many … altogether" ask for the sum, which
 * "the sender followed up with several e-mails" does not give.
 */
const ASKS_FOR_EXACT_QUANTITY = /\b(?:exact(?:ly)?|precise(?:ly)?) (?:how (?:many|much)|number|count|figure|amount|total|tally)\b|\btotal (?:number|count|amount|tally)\b|\bhow (?:many|much)\b(?:(?!\b(?:and|what|how|which|who|why|when|where)\b)[^?.!])*\b(?:exactly|precisely|in total|total|altogether|all told)\b/i;

export function asksForExactQuantity(question: string): boolean {
  return ASKS_FOR_EXACT_QUANTITY.test(question);
}

/** "how many phishing emails did…", "the exact number of activists they…": the noun phrase naming what is counted, up to the verb. */
const COUNTED = /\b(?:how many|number of)\s+((?:[\p{L}\p{N}'\u2019-]+\s*){1,5})/iu;
// A relative pronoun ends it too: "the exact number of media outlets that were hacked" counts outlets.
const COUNTED_ENDS = /^(?:did|do|does|were|was|are|is|have|has|had|got|get|will|would|can|could|in|on|at|of|from|by|for|to|the|they|we|you|it|that|which|who|whom)$/i;
/** Adverbs that end it after its noun ("how many diplomats abroad were…"), not before ("how many overseas voters"). */
const ADVERB_AFTER_NOUN = /^(?:abroad|overseas|altogether|total|exactly|precisely|roughly|approximately|really|actually|ever|there|then)$/i;
/**
 * Irregular past tenses, which end the counted phrase as "-ed" does: "how many parties ran in 2018", "the total number
 * of valid votes cast" (a participle spelt as its verb).
 */
const IRREGULAR_PAST = /^(?:cast|cut|set|shut|spread|quit|ran|won|lost|took|sent|made|went|came|stole|broke|hit|saw|left|held|fell|began|wrote|gave|fought|stood|bought|caught|brought|kept|met|paid|put|said|sold|told|thought|spent|built|struck|found|ate|drew|grew|knew|led|rode|rose|sat|shot|slept|spoke|stuck|swore|threw|understood|woke|wore|withdrew)$/i;

/**
 * The word naming what is counted: the last of the noun phrase after "how many" ("emails" in "how many
 * phishing emails did…", "accounts" in "how many journalists' email accounts were…"), or none ("how many?").
 * The phrase ends at a verb or a participle ("how many servers tied to the group").
 */
export function countedWords(question: string): string[] {
  const match = COUNTED.exec(question);
  if (!match) return [];
  const words: string[] = [];
  for (const typed of match[1]!.split(/\s+/).filter(Boolean)) {
    const word = typed.toLowerCase().replace(/['\u2019]s?$/, '');
    // "how many malware families FireEye find?": a name after the first word is the sentence's subject, as a
    // verb or a participle is the end of what is counted.
    const subject = words.length > 0 && /^\p{Lu}/u.test(typed);
    if (COUNTED_ENDS.test(word) || (words.length > 0 && (endsLikeVerb(word) || ADVERB_AFTER_NOUN.test(word))) || subject) break;
    words.push(word);
    // "how many server hacker have?", "how many malware fireeye find?": the sentence's subject typed without its
    // article, as learners of English and people in a hurry type it, ends what is counted; the noun before it may be.
    if (words.length > 1 && BARE_SUBJECT.test(word)) return words.flatMap(peopleAsCounted);
  }
  const [last] = words.slice(-1);
  return last === undefined ? [] : peopleAsCounted(last);
}

/**
 * "how much was the bail", "how much did china give the NEC", "how much prison time did he face": "how much" names no
 * thing counted, but a sum of money or a stretch of time is what these ask, which only an amount of it answers ("$20
 * million", "up to 30 years"); any other number ("3 September 2017" in the entry on his bail) is of something else.
 * What else "how much" asks of ("how much confidence…") is left to any number, as before.
 */
const MUCH_MONEY = /\bhow much\b(?:(?!\b(?:and|what|how|which|who|why|when|where)\b)[^?.!])*?\b(?:money|cash|cost|costs|costed|pay|paid|pays|price|bail|fine|fined|fines|ransom|bribes?|donat\w*|worth|spend|spent|budget|dollars?|usd|bucks)\b/i;
const MUCH_TIME = /\bhow much (?:(?:prison|jail) )?(?:time|jail|prison)\b/i;
const MONEY_COUNTED = ['dollars'];
const TIME_COUNTED = ['years', 'months', 'weeks', 'days'];

/** The words for what a "how much…" question measures, when it asks a sum of money or a stretch of time; none else. */
export function measuredByHowMuch(question: string): readonly string[] {
  if (!question.toLowerCase().includes('how much')) return [];
  return MUCH_TIME.test(question) ? TIME_COUNTED : MUCH_MONEY.test(question) ? MONEY_COUNTED : [];
}

/**
 * A participle or past tense ends what is counted, also typed without its "e" or "i": "how many cnrp members
 * bannd from politics", "how many people got hackd", "how many hackng groups" (a word English does not list).
 */
function endsLikeVerb(word: string): boolean {
  if (/(?:ed|ing)$/.test(word) || IRREGULAR_PAST.test(word)) return true;
  if (isListedWord(word)) return false;
  return (/[^aeiou]d$/.test(word) && isListedWord(`${word.slice(0, -1)}ed`)) || (/[^aeiou]ng$/.test(word) && isListedWord(`${word.slice(0, -2)}ing`));
}

/** "how many person the US accuse": a person counted is one of the people an entry counts. */
function peopleAsCounted(word: string): string[] {
  return PEOPLE_WORDS.has(word) ? [...PEOPLE_WORDS] : [word];
}

/** Who acts in these questions, named in the singular and without an article: a subject, after what is counted. */
const BARE_SUBJECT = /^(?:hacker|attacker|group|spy|fireeye|mandiant|china|researcher)$/;

/** Words for people, any of which counts what the others count ("four people", "how many persons"). */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(['people', 'person', 'persons']);

/**
 * A quantity, as the token it is: digits that are not a year, or a number word. "one" counts only here,
 * right before what it counts ("one CNRP Member of Parliament"): alone it is too common to say an entry
 * gives a number at all.
 */
const QUANTITY_TOKEN = new RegExp(String.raw`^(?:\$?\d+(?:[,.]\d+)*|${NUMBER_WORDS}|one|both)$`, 'i');
/** Amounts that give an order of size, not a number: no answer to "exactly how many". */
const VAGUE_QUANTITY_TOKEN = /^(?:several|dozens|hundreds|thousands|millions)$/i;
const YEAR_TOKEN = new RegExp(`^${YEAR_DIGITS}$`);
const MONTH_TOKEN = new RegExp(`^${MONTH}$`, 'i');
/** How far after a number the counted thing may stand: "118 of its senior members", "three open-indexed servers". */
const COUNTED_WITHIN = READING.countedWithin;

/**
 * Whether an entry gives a number of the thing counted: a quantity followed, within a few words, by a word
 * with one of `countedStems` ("three servers" for "how many servers", "two Cambodian diplomats").
 * "how many people work at FireEye" is not answered by an entry whose only number counts something else.
 * `exactly`: only a number counts, not an order of size ("several advocates").
 */
export function countsThing(entry: Entry, countedStems: ReadonlySet<string>, exactly = false): boolean {
  const tokens = `${entry.title}. ${entry.answer}`.toLowerCase().split(/[^\p{L}\p{N}$,.]+/u).map((t) => t.replace(/[,.]+$/, '')).filter(Boolean);
  const dollars = DOLLAR_STEMS.some((s) => countedStems.has(s));
  return tokens.some((token, i) =>
    // Not a year ("2018"), nor a day of a month ("6 July").
    QUANTITY_TOKEN.test(token) && !(exactly && VAGUE_QUANTITY_TOKEN.test(token)) && !YEAR_TOKEN.test(token) && !MONTH_TOKEN.test(tokens[i + 1] ?? '') &&
    // "$20 million" counts the dollars of "how many million dollars…".
    ((dollars && token.startsWith('$')) || tokens.slice(i + 1, i + 1 + COUNTED_WITHIN).some((next) => countedStems.has(stem(next)))));
}

/** Words for the dollars an amount written "$20 million" counts. */
const DOLLAR_STEMS: readonly string[] = ['dollar', 'dollars', 'usd', 'bucks'].map(stem);

/**
 * "how many months after FireEye's report did Recorded Future publish?", "how many years has APT40 existed?": a span
 * of time from or between dates, which an entry giving the dates answers though it states no count of months or
 * years. Not a stay or a stretch no date bounds ("how many days did they spend inside the ministry?").
 */
const SPAN_OF_TIME = /\bhow many (?:years|months|weeks|days)\b(?=.*\b(?:after|before|since|ago|between|later|earlier|existed|exist|exists|around|active)\b)/i;

export function asksForSpanOfTime(question: string): boolean {
  return SPAN_OF_TIME.test(question);
}

const YEAR_NAMED = new RegExp(String.raw`\b${YEAR_DIGITS}\b`);

/** Whether an entry dates something: a date of its own, or a year in its title or answer. */
export function datesSomething(entry: Entry): boolean {
  return ('date' in entry && entry.date !== undefined) || YEAR_NAMED.test(`${entry.title} ${entry.answer}`);
}

/** "the number of", "in total": how a quantity is asked for, not what it is of. */
const QUANTITY_WORDING = /\b(?:the |a )?(?:total )?(?:number|amount|count|percentage|proportion|share|fraction) of\b|\bin total\b|\baltogether\b/gi;

/** A question asking for a quantity, without the words that only say so ("number of servers" → "servers"). */
export function withoutQuantityWording(question: string): string {
  return question.replace(QUANTITY_WORDING, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether an entry can answer "how many…" at all: an answer without any number or amount in it cannot,
 * however well its topic matches ("how many seats does the senate have" against the senate's entry).
 */
export function statesQuantity(entry: Entry): boolean {
  return STATES_QUANTITY.test(`${entry.title} ${entry.answer}`);
}

const YEAR = new RegExp(String.raw`\b${YEAR_DIGITS}\b`, 'g');

/** The years a text names ("2018", "in 2024"). */
export function yearsIn(text: string): Set<string> {
  return new Set(text.match(YEAR) ?? []);
}

/**
 * The year of someone's own write-up ("FireEye's March 2018 write-up", "at the time of its 2018 reports", "FireEye's
 * 2019 one"): it
 * dates the source the asker goes by, not what is asked ("since what year had FireEye tracked them?").
 */
const YEAR_OF_A_SOURCE = new RegExp(
  String.raw`\b(?:its|their|\p{L}+['\u2019]s)\s+(?:${MONTH}\s+)?${YEAR_DIGITS}\s+(?:reports?|write-?ups?|blog posts?|posts?|articles?|analys[ie]s|papers?|research|ones?)\b`,
  'giu',
);

/** Words asking when a write-up appeared: "release", "published", "come out". */
const PUBLICATION_ASKED = /\b(?:releas(?:e|ed|es|ing)|publish(?:ed|es|ing)?|publication|c[ao]mes? out|put out|issued?)\b/i;

/** The years a question asks about: those it names, less the years of the write-ups it goes by. */
export function yearsAskedAbout(question: string): Set<string> {
  const named = yearsIn(question);
  // "when did FireEye release its 2020 report?": the write-up's own date is asked, and its year with it.
  if (named.size === 0 || PUBLICATION_ASKED.test(question)) return named;
  return yearsIn(question.replace(YEAR_OF_A_SOURCE, ' '));
}

/**
 * Whether an entry is about another time than the question asks: the question names a year, the entry
 * names years, and none of them is the question's ("Taiwan's 2024 vote" against an entry on 2015–16).
 * An entry that names no year at all is not judged.
 */
export function aboutAnotherYear(questionYears: ReadonlySet<string>, entry: Entry): boolean {
  if (questionYears.size === 0) return false;
  const entryYears = yearsIn(`${entry.title} ${entry.answer} ${'date' in entry ? String(entry.date ?? '') : ''}`);
  return entryYears.size > 0 && ![...questionYears].some((year) => entryYears.has(year));
}

/** A vote, and a year within six words of it: "the 2020 US election", "the 2018 hacks on Cambodia's election". */
const VOTE = String.raw`(?:elections?|votes?|polls?|ballots?|referendums?|midterms?|primar(?:y|ies))`;
// Lookaheads, so that one vote word serves the years on both sides of it ("in 2015; the vote … 2016").
const YEAR_BEFORE_A_VOTE = new RegExp(String.raw`\b(${YEAR_DIGITS})\b(?=(?:\W+\w+){0,6}?\W+${VOTE}\b)`, 'gi');
const YEAR_AFTER_A_VOTE = new RegExp(String.raw`\b${VOTE}\b(?=(?:\W+\w+){0,6}?\W+(${YEAR_DIGITS})\b)`, 'gi');

/** Whose vote: "Thailand's 2019 election", "the Thai general election", "Kenya's polls". */
const OWNER_OF_A_VOTE = new RegExp(String.raw`\b(\p{L}+)(['\u2019]s)?\s+(?:${YEAR_DIGITS}\s+)?(?:(?:general|presidential|parliamentary|national|legislative|local|snap)\s+)?${VOTE}\b`, 'giu');

/**
 * The names just before each vote a text names ("Thailand's 2019 election" → thailand, "the Kenyan elections" →
 * kenyan): a word in the possessive, capitalised, or one English writes capitalised; not "fair elections" or
 * "the next election".
 */
export function ownersOfVotes(text: string): string[] {
  const owners: string[] = [];
  for (const [, word, possessive] of text.matchAll(OWNER_OF_A_VOTE)) {
    const lower = word!.toLowerCase();
    // "what election…", "no election…": a word of how the question is asked owns no vote, though English writes
    // "What" and "No" capitalised often enough to list them among its names.
    if (STOPWORDS.has(lower)) continue;
    if (possessive || /^\p{Lu}/u.test(word!) || isEnglishName(lower)) owners.push(lower);
  }
  return owners;
}

/**
 * Whether a question names whose vote it asks about and the entry speaks only of another's ("who hacked the 2016 US
 * presidential election?" against Taiwan's 2015 elections): the entry is about a different vote. Both sides are read
 * normalised ("us" is "usa"), owners being the words English writes as names (months aside: "the July 2018 vote" is
 * no country's). A country and its people are one owner ("taiwan", "taiwanese"), as are the members of a synonym group
 * ("usa", "american"). Undefined owners on either side judge nothing.
 */
export function aboutAnotherOwnersVote(question: string, entry: Entry, synonyms: readonly (readonly string[])[]): boolean {
  const asked = namedOwnersOfVotes(normalizeText(question));
  if (asked.length === 0) return false;
  const held = namedOwnersOfVotes(normalizeText(`${entry.title}. ${entry.answer}`));
  return held.length > 0 && !asked.some((owner) => held.some((other) => sameOwner(owner, other, synonyms)));
}

function namedOwnersOfVotes(normalised: string): string[] {
  return ownersOfVotes(normalised).filter((owner) => isEnglishName(owner) && !MONTH_NAME.test(owner));
}

const MONTH_NAME = new RegExp(`^${MONTH}$`);

/** The shared start that makes a country and its people one owner: "japan"/"japanese", "cambodia"/"cambodian". */
const SHARED_START = 4;

function sameOwner(a: string, b: string, synonyms: readonly (readonly string[])[]): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= SHARED_START && longer.startsWith(shorter)) return true;
  return synonyms.some((group) => group.includes(a) && group.includes(b));
}

/** The years of the votes a text names ("did they hack the 2020 US election" → 2020). */
export function yearsOfVotes(text: string): Set<string> {
  const years = new Set<string>();
  for (const match of text.matchAll(YEAR_BEFORE_A_VOTE)) years.add(match[1]!);
  for (const match of text.matchAll(YEAR_AFTER_A_VOTE)) years.add(match[1]!);
  return years;
}

/** The years of the votes each knowledge names, worked out once per loaded knowledge. */
const knownVoteYears = new WeakMap<readonly Entry[], Set<string>>();

/**
 * Whether the question is about a vote the knowledge never names: "did they hack the 2020 US election?"
 * when no entry speaks of a 2020 vote, though one may name 2020 for something else (a January 2020 blog
 * post). A year the knowledge does give a vote ("before the 2018 election") is left to the search.
 */
export function aboutAnUnknownVote(questionVoteYears: ReadonlySet<string>, entries: readonly Entry[]): boolean {
  if (questionVoteYears.size === 0) return false;
  let known = knownVoteYears.get(entries);
  if (!known) {
    known = new Set(entries.flatMap((entry) => [...yearsOfVotes(`${entry.title} ${entry.answer}`)]));
    knownVoteYears.set(entries, known);
  }
  return ![...questionVoteYears].some((year) => known.has(year));
}

/**
 * Words saying a vote was attacked or tampered with ("was the 2013 election hacked?", "did they target the 2023
 * vote?", "who meddled in…"), as a question asks it and as the knowledge tells it.
 */
const ATTACK_ON_A_VOTE = /\b(?:hack(?:s|ed|ing|ers?)?|target(?:s|ed|ing)?|attack(?:s|ed|ing|ers?)?|breach(?:es|ed)?|compromis(?:e|es|ed|ing)|spied|spying|snoop(?:s|ed|ing)?|interfer(?:e|es|ed|ence|ing)|meddl(?:e|es|ed|ing)|rigg(?:ed|ing)|tamper(?:s|ed|ing)?|infiltrat(?:e|es|ed|ing|ion)|(?:go|goes|went|gone|going) after)\b/i;

/** The years of the votes the knowledge tells of as attacked, worked out once per loaded knowledge. */
const attackedVoteYears = new WeakMap<readonly Entry[], Set<string>>();

/**
 * Whether a question asks about an attack on a vote of a year of which the knowledge tells no attack: "did apt40 hack
 * cambodia's 2013 election?" finds the 2013 vote in the entry on the opposition's seats, yet no source tells of any
 * attack on it. The knowledge tells of an attack on a vote where a sentence of an entry (its title, or a sentence of its
 * answer) names the vote's year with a word of attacking ("targeted Taiwanese opposition parties during the 2015
 * presidential and legislative elections"). A question that asks nothing of an attack ("how many seats did the CNRP
 * win in the 2013 election?") is left to the search.
 */
export function aboutAnUnattackedVote(question: string, entries: readonly Entry[]): boolean {
  if (!ATTACK_ON_A_VOTE.test(question)) return false;
  const asked = yearsOfVotes(question);
  if (asked.size === 0) return false;
  let attacked = attackedVoteYears.get(entries);
  if (!attacked) {
    const sentences = entries.flatMap((entry) => [entry.title, ...entry.answer.split(/(?<=[.!?])\s+/)]);
    attacked = new Set(sentences.filter((sentence) => ATTACK_ON_A_VOTE.test(sentence)).flatMap((sentence) => [...yearsOfVotes(sentence)]));
    attackedVoteYears.set(entries, attacked);
  }
  return ![...asked].some((year) => attacked.has(year));
}

/** "at what time did…", "the exact date and time": the question wants a time of day back. */
const ASKS_FOR_CLOCK_TIME = /\b(?:exact|precise|specific) (?:date and )?time\b(?! of (?:the )?(?:year|month|week))|\btime of (?:the )?day\b|\b(?:at )?what time (?:did|was|were|do|does|had)\b|\bwhat hour\b/i;
/** "on what exact date…", "which day in June…": the question wants a day back, not a month or a year. */
const ASKS_FOR_DAY = /\b(?:exact|precise|specific) (?:date|day)\b(?! range)|\b(?:which|what) (?:day|date)\b(?! range)|\bon what (?:date|day)\b/i;
const CLOCK_TIME = /\b\d{1,2}[:.]\d\d\b|\b\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b(?:noon|midnight|in the (?:morning|afternoon|evening))\b/i;
const DAY_OF_A_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\b|\b${MONTH} \d{1,2}(?:st|nd|rd|th)?\b|\b${YEAR_DIGITS}-\d\d-\d\d\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`, 'i');

/** What precision of time a question asks for, if finer than a year or a month. */
export function askedTimePrecision(question: string): 'clock' | 'day' | undefined {
  return ASKS_FOR_CLOCK_TIME.test(question) ? 'clock' : ASKS_FOR_DAY.test(question) ? 'day' : undefined;
}

/** Whether an entry gives a time as precise as asked: a time of day, or a day of a month. */
export function givesTimeTo(entry: Entry, precision: 'clock' | 'day'): boolean {
  const text = `${entry.title}. ${entry.answer}`;
  return precision === 'clock' ? CLOCK_TIME.test(text) : DAY_OF_A_MONTH.test(text);
}

/*
 * Rankings. "Which country is hit the most by APT40?", "the biggest cyberattack in Southeast Asia", "rank the targets
 * by…", "more targets in Cambodia or in Vietnam?" ask the sources to put things in order. An entry about the thing
 * that never ranks it cannot answer: the bot would be making a comparison the sources do not make. Asked of what a
 * source singles out ("the most important target", "the most useful thing we can do") or of quality ("best",
 * "better": advice answers those), a question is no ranking here; nor is "highest court", a name for the supreme one.
 */

/** Superlatives of size or amount, before the thing ranked: "the biggest cyberattack", "the most hacked ministry". */
const SUPERLATIVE = String.raw`most|least|fewest|biggest|largest|greatest|worst|hardest|heaviest`;
/**
 * What a source singles out, or how the asker feels: "the most important target", "I'd be most grateful"; and "least
 * privilege", a principle of security, not a ranking.
 */
const SINGLED_OUT = /^(?:important|significant|notable|noteworthy|interesting|relevant|useful|helpful|effective|urgent|critical|crucial|recent|likely|probable|grateful|thankful|obliged|appreciative|welcome|privilege|privileges|priv|privs)$/i;
/** Words that end the thing ranked: a verb, a preposition, a pronoun. */
const RANKED_ENDS = /^(?:did|do|does|were|was|are|is|have|has|had|got|get|will|would|can|could|in|on|at|of|from|by|for|to|with|than|or|and|the|a|an|they|we|you|it|he|she|this|that|ever|overall|worldwide|according|again|back)$/i;
const WORD = String.raw`[\p{L}\p{N}'\u2019.-]+`;
/** "the most common password", "the biggest cyberattack": a superlative, then what it ranks. */
const SUPERLATIVE_BEFORE = new RegExp(String.raw`\b(?:${SUPERLATIVE})\s+((?:${WORD}\s*){1,4})`, 'giu');
/** "which country is hit the most", "which group is the biggest": what a which/what question ranks, named first. */
const WHICH_THEN_SUPERLATIVE = new RegExp(String.raw`\b(?:which|what)\s+((?:${WORD}\s+){1,3}?)(?:is|was|are|were|got|gets|get|did|does|do|has|have|had|lost|suffered)\b[^?.!,]*\b(?:${SUPERLATIVE})(?:\s+(?:by|in|of|among|across|overall|worldwide|ever|so far)\b[^?.!,]*)?\s*(?:[?.!]|$)`, 'iu');
/** "more targets in Cambodia or in Vietnam", "more seats than in 2013": a comparison of amounts. */
const MORE_THEN_OR = new RegExp(String.raw`\b(?:more|fewer|less)\s+((?:${WORD}\s+){1,3}?)[^?.!,]*\b(?:than|or)\b(?!\s+(?:not|so)\b)`, 'iu');
/** "rank the targets by…", "a ranking of the ministries". */
const RANK_REQUEST = new RegExp(String.raw`\b(?:rank|ranking of|order)\s+(?:the\s+|all\s+)?((?:${WORD}\s*){1,3})\s*by\b|\branking of\s+(?:the\s+)?((?:${WORD}\s*){1,3})`, 'iu');
/** How the knowledge ranks a thing: "single biggest donor", "top trading partner", "particularly significant", "more than". */
const RANK_MARKER = /^(?:most|least|fewest|biggest|largest|greatest|best|worst|highest|lowest|hardest|top|main|mainly|primary|primarily|chief|leading|single|foremost|particularly|especially|more|fewer|less|bigger|larger|smaller|worse|better|higher|lower|majority|eclipsing|eclipsed)$/i;

/** The words of the noun phrase a ranking asks about, up to a verb, preposition or pronoun. */
function rankedPhrase(phrase: string): string[] {
  const words: string[] = [];
  for (const typed of phrase.split(/\s+/).filter(Boolean)) {
    const word = typed.toLowerCase().replace(/['\u2019]s?$/, '').replace(/[.]+$/, '');
    if (RANKED_ENDS.test(word) || STOPWORDS.has(word)) break;
    words.push(word);
  }
  return words;
}

/**
 * The words naming what a question asks the sources to rank, the last two of each noun phrase ("country" in "which
 * country is hit the most?", "common password" in "the most common password", "hacking group", not "chinese", in
 * "which chinese hacking group is the biggest"; "trade buddy", whose "buddy" alone the knowledge does not know), or
 * none when it asks no ranking, or one of what a source singles out ("the most important target").
 */
export function rankedWords(question: string): string[] {
  return rankings(question).flatMap((phrase) => phrase.slice(-2));
}

/**
 * What a ranking compares by amount: a bare noun after "the most", "more" or "fewer" ("seats" in "the most seats"),
 * which a number of it answers; not a noun described ("the most common password", "the most hacked ministry").
 */
export function rankedAmounts(question: string): string[] {
  return rankings(question).filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!);
}

/** The noun phrases a question asks the sources to rank, each as its words. */
function rankings(question: string): string[][] {
  const phrases: string[][] = [];
  for (const match of question.matchAll(SUPERLATIVE_BEFORE)) {
    const phrase = rankedPhrase(match[1]!);
    // "most of the targets", "at least two": no ranking.
    if (phrase.length === 0 || SINGLED_OUT.test(phrase[0]!) || /\bat\s+(?:most|least)\s*$/i.test(question.slice(0, match.index! + match[0].length - match[1]!.length))) continue;
    phrases.push(phrase);
  }
  for (const pattern of [WHICH_THEN_SUPERLATIVE, MORE_THEN_OR, RANK_REQUEST]) {
    const match = pattern.exec(question);
    const phrase = match ? rankedPhrase(match[1] ?? match[2] ?? '') : [];
    // "more than three servers" compares a number the entry gives, asked as "how many".
    if (phrase.length === 0 || /^\d|^(?:than|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(phrase[0]!)) continue;
    phrases.push(phrase);
  }
  return phrases;
}

/**
 * Whether an entry ranks a thing a question asks to rank: a word of ranking ("biggest", "top", "more") within
 * `READING.rankedWithin` words of a word with one of `rankedStems`, in its title, answer or alternate questions; or
 * a number of the thing ranked, `countedStems` ("55 of 123 seats" ranks the parties by seats), which lets the reader
 * compare.
 */
export function ranksThing(entry: Entry, rankedStems: ReadonlySet<string>, countedStems: ReadonlySet<string>): boolean {
  if (countedStems.size > 0 && countsThing(entry, countedStems)) return true;
  const within = READING.rankedWithin;
  return [entry.title, entry.answer, ...entry.questions].some((text) => {
    const tokens = text.toLowerCase().split(/[^\p{L}\p{N}'\u2019-]+/u).filter(Boolean);
    return tokens.some((token, i) => RANK_MARKER.test(token)
      && tokens.slice(Math.max(0, i - within), i + within + 1).some((near) => rankedStems.has(stem(near.replace(/['\u2019]s?$/, '')))));
  });
}
