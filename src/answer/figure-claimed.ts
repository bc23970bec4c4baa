import type { Entry } from '../knowledge/schema.ts';
import { stem } from '../search/stem.ts';
import { STOPWORDS } from '../search/stopwords.ts';
import { countedWords, countsThing, datesSomething, yearsOfVotes } from './what-was-asked.ts';

/*
 * Claims giving a figure, put to the bot to check: "i heard 100 cnrp members were banned", "kem sokha was arrested in
 * 2016", "cnrp won 60 seats in 2013, correct?", "did china give the nec 10 million dollars?". A figure the knowledge
 * never writes is the rarest word of such a message and counts in full against every entry, so the claim is declined
 * though the sources give the figure of that very thing. What a fact-checker wants is the sources' figure: the claim is
 * searched again without its figures, and the entry found answers when it gives a figure of the same kind (a number of
 * the thing counted, or a date). A question asking for something ("how many…", "when…") is no claim of a figure; nor is
 * the year of a vote ("did they hack the 2016 US election?"), whose year says which vote is meant.
 */

/** A question word opening the sentence: it asks for something, and its figures say what ("what happened in 2016?"). */
const ASKS_SOMETHING = /^(?:(?:so|and|but|then|ok|okay) )?(?:who|whom|whose|what|whats|what's|when|where|which|why|how|hows|how's)\b/i;

/**
 * A figure: digits, not part of an identifier, address or hash ("CVE-2017-0199", "112.66.188.28", "aa21-200a"), with
 * the scale that goes with it ("10 million") and a day's ordinal ("28th").
 */
const FIGURE = /(?<![\p{L}\p{N}.\-/:#@])\$?(\d+(?:,\d{3})*(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s*(?:million|billion|thousand|bn|m|k)\b)?(?![\p{L}\p{N}\-/:@]|\.\d)/giu;
const YEAR = /^(?:19|20)\d\d$/;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;
const MONTH_AFTER = /^\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** What a claim's figure is: a date, or a number of something (its stems; none when the claim names no thing). */
type Figure = { kind: 'date' } | { kind: 'count'; stems: ReadonlySet<string> };

export interface FigureClaim {
  /** The claim without its figures, to search again. */
  without: string;
  /** The figures the entry found must give as well: numbers of the things counted, or else dates. */
  figures: readonly Figure[];
}

/**
 * "did apt40 hack cambodia again in 2022", "was kem's email hacked in 2019": a year set on an attack asks whether there
 * was one then, which is no figure of the sources to correct; nor is what the asker says of themselves ("i was a cnrp
 * member in 2018").
 */
const WHETHER_IT_HAPPENED = /\b(?:hack\w*|attack\w*|target\w*|breach\w*|compromis\w*|spied|spying|infiltrat\w*|phish\w*|hit|again|i|me|my|we|our|us)\b/i;
/** A sum of money: "$20m", "10 million dollars". */
const MONEY = /^\$|\b(?:dollars?|usd|bucks)\b/i;

/** The figures a claim gives and the claim without them; undefined when the message asks for something or gives none. */
export function figureClaimed(question: string, sameAs: ReadonlyMap<string, readonly string[]>): FigureClaim | undefined {
  // Cheap tests first: most messages hold no digit.
  if (!/\d/.test(question) || ASKS_SOMETHING.test(question.trim())) return undefined;
  const voteYears = yearsOfVotes(question);
  const counts: Figure[] = [];
  const years: Figure[] = [];
  let withoutCounts = '';
  let withoutAny = '';
  let lastCount = 0;
  let lastAny = 0;
  for (const match of question.matchAll(FIGURE)) {
    const digits = match[1]!;
    const before = question.slice(0, match.index);
    const after = question.slice(match.index! + match[0].length);
    if (YEAR.test(digits)) {
      if (voteYears.has(digits)) return undefined;
      years.push({ kind: 'date' });
    } else if (MONTH.test(before) || MONTH_AFTER.test(after)) {
      years.push({ kind: 'date' });
    } else {
      const counted = MONEY.test(match[0]) || MONEY.test(after.slice(0, 12)) ? DOLLAR_STEMS : countedStems(after, sameAs);
      // "china gave 50 million to the election committee": millions of nothing named are a sum of money.
      const stems = counted.size === 0 && SCALE.test(match[0]) ? DOLLAR_STEMS : counted;
      // "it was 5, right?": a number of nothing named is no figure to check.
      if (stems.size === 0) return undefined;
      counts.push({ kind: 'count', stems });
      withoutCounts += question.slice(lastCount, match.index);
      lastCount = match.index! + match[0].length;
    }
    withoutAny += question.slice(lastAny, match.index);
    lastAny = match.index! + match[0].length;
  }
  // A number counted is the figure claimed, and a year beside it says of when ("cnrp won 60 seats in 2013"); a date
  // alone is the figure claimed, unless it asks whether something happened then.
  if (counts.length > 0) return { without: tidy(`${withoutCounts}${question.slice(lastCount)}`), figures: counts };
  if (years.length === 0 || WHETHER_IT_HAPPENED.test(question)) return undefined;
  return { without: tidy(`${withoutAny}${question.slice(lastAny)}`), figures: years };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const SCALE = /(?:million|billion|bn|m)$/i;
const DOLLAR_STEMS: ReadonlySet<string> = new Set([stem('dollars')]);

/** The stems of the thing a figure counts, read as "how many" reads it, with the words of the same synonym group. */
function countedStems(after: string, sameAs: ReadonlyMap<string, readonly string[]>): Set<string> {
  const stems = new Set<string>();
  for (const word of countedWords(`how many ${after.trim()}`)) {
    // "she was 40 when she got the email": a number of nothing named.
    if (STOPWORDS.has(word)) continue;
    const one = stem(word);
    stems.add(one);
    for (const other of sameAs.get(one) ?? []) stems.add(other);
  }
  return stems;
}

/** Whether an entry gives a figure of each kind the claim gives: a date for a date, a number of the thing counted. */
export function givesFiguresOf(entry: Entry, figures: readonly Figure[]): boolean {
  return figures.every((figure) => figure.kind === 'date' ? datesSomething(entry) : countsThing(entry, figure.stems));
}
