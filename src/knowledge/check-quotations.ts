import type { Entry } from './schema.ts';

/** A quotation-mark problem in one entry, at a field path inside it. */
export interface EntryProblem {
  path: PropertyKey[];
  message: string;
}

/** Text between straight or curly double quotation marks, on one line. */
const QUOTED = /"([^"\n]+)"|\u201c([^\u201d\n]+)\u201d/g;
/** An elided stretch inside a quotation: the parts on either side must each be verbatim, in order. */
const ELLIPSIS = /\s*(?:\u2026|\.\.\.)\s*/;

/**
 * Rule: words an answer puts in quotation marks are someone's exact words. Each quoted span must appear
 * word for word in the `quote` of some quote entry (the one place a quotation is kept and checked against its
 * source), or be listed in the entry's `paraphrases` (a term, title or wording the answer attributes without
 * claiming it is held verbatim). Each listed paraphrase must itself still be quoted in the answer, so the
 * list cannot go stale.
 *
 * Compared: markdown emphasis and backticks removed, curly apostrophes straightened, spaces collapsed,
 * punctuation at either end of the span ignored, and the first letter's case free (a quotation may start a
 * sentence). Anything else that differs, a changed word or tense, is a misquote.
 */
export function checkQuotations(entries: readonly Entry[]): Map<Entry, EntryProblem[]> {
  const quotes = entries.flatMap((entry) => (entry.kind === 'quote' ? [normalise(entry.quote)] : []));
  const found = new Map<Entry, EntryProblem[]>();
  for (const entry of entries) {
    const problems: EntryProblem[] = [];
    const paraphrases = new Set((entry.paraphrases ?? []).map(normalise));
    const spans = quotedSpans(entry.answer);
    for (const span of spans) {
      if (paraphrases.has(span) || isVerbatim(span, quotes)) continue;
      problems.push({
        path: ['answer'],
        message:
          `"${span}" is quoted but is not word for word in any quote entry; quote the source exactly ` +
          '(add a quote entry for it), drop the quotation marks, or list it under `paraphrases:`',
      });
    }
    const quotedHere = new Set(spans);
    (entry.paraphrases ?? []).forEach((paraphrase, i) => {
      if (!quotedHere.has(normalise(paraphrase))) {
        problems.push({ path: ['paraphrases', i], message: `"${paraphrase}" is not in quotation marks in the answer; remove it from \`paraphrases\`` });
      }
    });
    if (problems.length > 0) found.set(entry, problems);
  }
  return found;
}

/** The quoted spans of a text, normalised for comparison. */
export function quotedSpans(text: string): string[] {
  return [...stripMarkdown(text).matchAll(QUOTED)].map((m) => normalise(m[1] ?? m[2] ?? '')).filter((s) => s.length > 0);
}

function isVerbatim(span: string, quotes: readonly string[]): boolean {
  const parts = span.split(ELLIPSIS).map(trimPunctuation).filter((p) => p.length > 0);
  return quotes.some((quote) => containsInOrder(quote, parts));
}

function containsInOrder(quote: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = indexOfEitherCase(quote, part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Finds `part` with its first letter in either case. */
function indexOfEitherCase(quote: string, part: string, from: number): number {
  const first = part[0]!;
  const variants = new Set([part, first.toLowerCase() + part.slice(1), first.toUpperCase() + part.slice(1)]);
  let best = -1;
  for (const variant of variants) {
    const at = quote.indexOf(variant, from);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

function stripMarkdown(text: string): string {
  return text.replace(/\*\*|`/g, '');
}

function normalise(text: string): string {
  return trimPunctuation(stripMarkdown(text).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' '));
}

function trimPunctuation(text: string): string {
  return text.trim().replace(/^[\s,;:.!?]+|[\s,;:.!?]+$/g, '');
}
