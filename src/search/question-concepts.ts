import type { InvertedIndex } from './inverted-index.ts';
import { isSearchWord, tokenize } from './normalize.ts';
import { stem } from './stem.ts';
import { STOPWORDS, withoutFunctionPhrases } from './stopwords.ts';
import { editDistanceWithin } from './edit-distance.ts';
import type { SynonymTable } from './synonyms.ts';
import type { TypoCorrector } from './typo-corrector.ts';
import type { UncoveredNames } from './uncovered-names.ts';
import { otherSpellings } from './spelling-variants.ts';
import { soundDistance, soundFrame } from './sound-spelling.ts';
import { everydayWordMeant, isEnglishName, isListedWord, isMannerAdverb, isRareWord, specificity, zipf } from './word-commonness.ts';
import { INFORMAL_WORDS, PLACEHOLDER_WORDS } from './informal-words.ts';
import { numberTwin } from './number-words.ts';
import { isGeneralWord } from './general-words.ts';
import { CONCEPT_WEIGHTS, INFORMAL_INFLECTION_LETTERS, INFORMAL_WORDS_QUALITY, IN_PASSING_MISS_FACTOR, READING, TYPOS } from '../parameters.ts';

/** Longer questions are cut to this many words: enough for any real question, bounded work for a pasted essay. */
export const MAX_QUESTION_WORDS = 60;
// A rare word the knowledge base has never seen ("NotPetya") outweighs any known one: a strong sign the
// question is off-topic. An everyday word it has never seen ("book", "tonight") is a weaker sign, but still
// a sign: the question's subject may be that word.
const { maxConcepts: MAX_CONCEPTS, unknownRareFactor: UNKNOWN_RARE_FACTOR, unknownCommonFactor: UNKNOWN_COMMON_FACTOR, contextWeight: CONTEXT_WEIGHT } = CONCEPT_WEIGHTS;
const GENERAL_WORD_SPECIFICITY = CONCEPT_WEIGHTS.generalWordSpecificity;
/** Words by which a question points back at something named before it. */
const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'he', 'him', 'his', 'she', 'her']);

/** One way a concept can appear in an entry: a word or phrase, as stems, and how sure we are of it. */
export interface ConceptVariant {
  stems: string[];
  /** 1 for the word as typed, less for a synonym, a split compound or a typo correction. */
  quality: number;
}

/** Something the question asks about: a word, a synonym group, a compound, or a corrected typo. */
export interface Concept {
  /** The words as the user typed them (normalised). */
  label: string;
  variants: ConceptVariant[];
  /** How much the concept says about the question: specificity in the knowledge base and in English. */
  weight: number;
  /**
   * How much it counts against an entry that lacks it. At least `weight`: an everyday word the entry
   * lacks still says the entry may be about something else ("president" in "president of the US").
   */
  missWeight: number;
  /** False when no entry contains any variant: the knowledge base has never heard of it. */
  known: boolean;
  /** Inverse document frequency in the knowledge base (of the most common variant). */
  idf: number;
  /** How topical the words are in English: 1 for names and jargon, down to 0.2 for everyday words. */
  specificity: number;
  /** From the message's context, not the question: evidence when an entry has it, never missed when not. */
  optional: boolean;
}

interface ResolvedWord {
  typed: string;
  /** Known forms of the word: itself, its two halves, or its likely corrections. Empty when unknown. */
  forms: string[][];
  quality: number;
  /** True when the forms are corrections of a misspelling (always set: one shape for every word). */
  corrected: boolean;
  /** The word whose commonness in English the concept takes, when not the typed one nor a correction. */
  weighedAs?: string;
}

/**
 * Turns a question into the concepts to look for: typos corrected against the vocabulary, compounds
 * joined or split ("cyber espionage" / "cyberespionage"), synonym phrases recognised, question words
 * dropped, each concept weighted by how specific it is.
 */
export function questionConcepts(
  question: string,
  index: InvertedIndex,
  synonyms: SynonymTable,
  corrector: TypoCorrector,
  context = '',
  uncovered?: UncoveredNames,
): Concept[] {
  const concepts = new ConceptList(index);
  const words = joinNamePieces(searchWords(question), question, index, corrector);
  addConcepts(concepts, uncovered ? uncovered.mark(words) : words, index, synonyms, corrector, false, uncovered);
  const asked = concepts.list().sort((a, b) => b.weight - a.weight).slice(0, MAX_CONCEPTS);
  if (!context) return asked;
  // "eviltech, what's it do when it lands?": a question that names nothing the knowledge base knows and
  // points back ("it", "they") is about what its context names, so the context is read as part of it.
  if (!asked.some((c) => c.known) && tokenize(question).some((w) => POINTING_BACK.has(w))) return questionConcepts(`${context} ${question}`, index, synonyms, corrector, '', uncovered);
  // Context comes after the question's own concepts and only ever adds evidence: it is never missed.
  const contextual = new ConceptList(index, concepts);
  addConcepts(contextual, searchWords(context), index, synonyms, corrector, true);
  const optional = contextual.list().filter((c) => c.known).sort((a, b) => b.weight - a.weight);
  return [...asked, ...optional].slice(0, Math.max(MAX_CONCEPTS, asked.length));
}

/** The words of a text that search reads. */
function searchWords(text: string): string[] {
  return withoutFunctionPhrases(tokenize(text)).slice(0, MAX_QUESTION_WORDS);
}

/**
 * A name of the knowledge typed, or dictated, in pieces: "nan hai shu", "li cad ho", "chem scale re", "scs news today",
 * "ml c daily news", "h tran". Three or four pieces that make a word of the knowledge typed together are that word;
 * two only when one is a lone letter and they make a name (two longer pieces are joined in addConcepts). A run
 * starts only at a piece of three letters or fewer or one the knowledge lacks, so most questions try none; its
 * pieces run together must be no word English lists ("in to" is no "into"), and hold at most one stopword.
 */
function joinNamePieces(words: string[], text: string, index: InvertedIndex, corrector: TypoCorrector): string[] {
  // Single letters are no words to search, but may be a piece of a name: tokenised again, keeping them, only
  // when the text has one besides "a" and "i".
  const pieces = hasLoneLetter(text) ? withoutFunctionPhrases(tokenize(text, true)).slice(0, MAX_QUESTION_WORDS) : words;
  let joined: string[] | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const first = pieces[i]!;
    let taken = 0;
    const next = pieces[i + 1];
    // An identifier typed with its letter apart from its digits: "g 0065" is G0065, "200 a" the 200A of AA21-200A.
    // Letters and digits together are an identifier wherever the knowledge has them, a name or not.
    if (next !== undefined && (first.length === 1 || next.length === 1) && lettersThenDigits(first, next) && index.documentFrequency(stem(first + next)) > 0) taken = 2;
    // Never from a stopword, which most short words of a question are ("who", "did").
    else if (!STOPWORDS.has(first) && (first.length <= TYPOS.namePieceMaxLength || index.documentFrequency(stem(first)) === 0)) {
      let run = first;
      // At most one piece a stopword ("chem scale re"): "m on the" after "I'm" is no "month".
      let stopwords = 0;
      let unknown = index.documentFrequency(stem(first)) === 0 ? 1 : 0;
      for (let k = 2; k <= 4 && i + k <= pieces.length; k++) {
        const piece = pieces[i + k - 1]!;
        if (/\d/.test(piece) || (STOPWORDS.has(piece) && ++stopwords > 1)) break;
        run += piece;
        if (index.documentFrequency(stem(piece)) === 0) unknown++;
        if (run.length < TYPOS.namePiecesMinLength || isListedWord(run)) continue;
        const s = stem(run);
        const lone = first.length === 1 || piece.length === 1;
        // Into a word of the knowledge English does not list, stemmed too ("monthe" would be "month").
        if (k >= 3 ? index.documentFrequency(s) > 0 && !isListedWord(s) : lone && index.isNameStem(s)) taken = k;
        // …or into such a word as it sounds, from three pieces two of which the knowledge lacks ("nan hai shoo", "lee
        // cad ho"): syllables of a name heard, not words.
        else if (k >= 3 && unknown >= 2 && run.length >= TYPOS.heardPiecesMinLength && soundsLikeName(run, index, corrector)) taken = k;
      }
    }
    if (taken > 0) {
      joined ??= pieces.slice(0, i).filter(isSearchWord);
      joined.push(pieces.slice(i, i + taken).join(''));
      i += taken - 1;
    } else if (joined && isSearchWord(first)) joined.push(first);
  }
  return joined ?? words;
}

/** Whether a word English does not list is spelt as a word of the knowledge English does not list sounds. */
function soundsLikeName(word: string, index: InvertedIndex, corrector: TypoCorrector): boolean {
  for (const heard of corrector.soundsLike(word)) if (!isListedWord(heard) && index.documentFrequency(stem(heard)) > 0) return true;
  return false;
}

/** Whether one piece is letters only and the other digits only, in either order ("g", "0065"; "200", "a"). */
function lettersThenDigits(first: string, second: string): boolean {
  return isDigitCode(first.charCodeAt(0)) !== isDigitCode(second.charCodeAt(0)) && isOneKind(first) && isOneKind(second);
}

/** Whether a word is all digits or all letters. */
function isOneKind(word: string): boolean {
  const digits = isDigitCode(word.charCodeAt(0));
  for (let i = 1; i < word.length; i++) if (isDigitCode(word.charCodeAt(i)) !== digits) return false;
  return true;
}

/**
 * Whether a text has a letter standing alone other than "a" and "i" ("h tran", "ml c daily news"), not after an
 * apostrophe; "a" and "i" too right after a number ("AA 21 200 A"), where they are no words.
 */
function hasLoneLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) continue;
    if ((c === 0x61 || c === 0x69) && !(text.charCodeAt(i - 1) === 0x20 && isDigitCode(text.charCodeAt(i - 2)))) continue;
    // Not the letter after an apostrophe: "I'm", "we'd".
    const before = text.charCodeAt(i - 1);
    if (!isLetterOrDigit(before) && before !== 0x27 && before !== 0x2019 && !isLetterOrDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

function isLetterOrDigit(c: number): boolean {
  // NaN past either end is neither.
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c > 0x7f;
}

function addConcepts(
  concepts: ConceptList,
  typed: string[],
  index: InvertedIndex,
  synonyms: SynonymTable,
  corrector: TypoCorrector,
  optional = false,
  uncovered?: UncoveredNames,
): void {
  // Loops rather than `map` here and below: optimised, `map` returns holey arrays where unoptimised it returns
  // packed ones, and every reader of these lists would be compiled again for the second kind.
  const resolved: ResolvedWord[] = [];
  for (let i = 0; i < typed.length; i++) {
    // Another group's or tool's name (uncovered-names.ts) is no slip of a word the knowledge has.
    resolved.push(uncovered?.has(typed[i]!) ? { typed: typed[i]!, forms: [], quality: 1, corrected: false } : resolveWord(typed[i]!, index, corrector, typed[i + 1] === 'something'));
  }
  const best: string[] = [];
  for (const r of resolved) best.push(r.forms[0]?.join('') ?? r.typed);

  for (let i = 0; i < resolved.length; ) {
    // Another group's or tool's name: one thing the knowledge has never heard of, however everyday its words.
    if (uncovered?.has(typed[i]!)) {
      concepts.add([typed[i]!], [], optional);
      i += 1;
      continue;
    }
    // The words as typed first: a curated group naming the asker's own word ("aid" with donations) says
    // more than a reading of it ("aid" taken for "aides").
    // …except where a word and a number typed apart make a name the knowledge gives: "apt 40" is APT40, not "apt"
    // (hackers) and 40.
    const apart = /^\d+$/.test(typed[i + 1] ?? '') && index.isNameStem(stem(typed[i]! + typed[i + 1]!));
    // …and where two words typed apart make a name the knowledge gives, as typed ("dad bod" is DADBOD, not a father),
    // or, when the knowledge lacks one of them, with a slip or spelt as it sounds ("evil tek", "fyer eye").
    // A curated phrase of both words ("spear phishing") still comes first.
    const name = apart || (synonyms.match(typed, i)?.length ?? 0) > 1 ? undefined : nameTypedApart(typed, i, index, corrector);
    if (name) {
      const variants: ConceptVariant[] = [{ stems: [stem(name.word)], quality: name.quality }];
      // As typed, the two words may also be found apart, as a word typed together and known is.
      if (name.word === typed[i]! + typed[i + 1]!) variants.push({ stems: [stem(typed[i]!), stem(typed[i + 1]!)], quality: name.quality });
      concepts.add([typed[i]!, typed[i + 1]!], variants, optional);
      i += 2;
      continue;
    }
    const asTyped = apart ? undefined : synonyms.match(typed, i);
    const synonym = apart ? undefined : asTyped ?? synonyms.match(best, i);
    if (synonym) {
      const own = stemsOf((asTyped ? typed : best).slice(i, i + synonym.length).filter((w) => !STOPWORDS.has(w)));
      let quality = 1;
      if (!asTyped) {
        quality = Infinity;
        for (let j = i; j < i + synonym.length; j++) quality = Math.min(quality, resolved[j]!.quality);
      }
      const variants: ConceptVariant[] = [];
      for (const stems of synonym.group.members) variants.push({ stems, quality: sameStems(stems, own) ? quality : quality * CONCEPT_WEIGHTS.synonymQuality });
      concepts.add(typed.slice(i, i + synonym.length), variants, optional);
      i += synonym.length;
      continue;
    }
    const word = resolved[i]!;
    const next = resolved[i + 1];
    if (next && !STOPWORDS.has(word.typed) && !STOPWORDS.has(next.typed)) {
      const joined = word.typed + next.typed;
      if (index.documentFrequency(stem(joined)) > 0) {
        concepts.add([word.typed, next.typed], [
          { stems: [stem(joined)], quality: CONCEPT_WEIGHTS.joinedWordsQuality },
          { stems: [stem(word.typed), stem(next.typed)], quality: CONCEPT_WEIGHTS.joinedWordsQuality },
        ], optional);
        i += 2;
        continue;
      }
    }
    i += 1;
    if (STOPWORDS.has(word.typed) || PLACEHOLDER_WORDS.has(word.typed)) continue;
    // A corrected typo is as topical as the word it was meant to be: "goverment" is everyday "government",
    // not a rare word because English never spells it so.
    const weighedAs = word.weighedAs ? [word.weighedAs] : word.corrected ? word.forms[0] : undefined;
    const variants: ConceptVariant[] = [];
    for (const form of word.forms) variants.push({ stems: stemsOf(form), quality: word.quality });
    concepts.add([word.typed], variants, optional, weighedAs, isGeneralWord(weighedAs?.[0] ?? word.typed));
  }
}

function stemsOf(words: readonly string[]): string[] {
  const stems: string[] = [];
  for (const w of words) stems.push(stem(w));
  return stems;
}

/** `halfRemembered`: the word comes before "something" ("mlc something"), so it may be the start of a name. */
function resolveWord(word: string, index: InvertedIndex, corrector: TypoCorrector, halfRemembered = false): ResolvedWord {
  const known = (w: string) => index.documentFrequency(stem(w)) > 0;
  if (STOPWORDS.has(word)) return { typed: word, forms: [[word]], quality: 1, corrected: false };
  // "4" and "four" are one word: either finds the entries written with the other.
  const twin = numberTwin(word);
  if (twin !== undefined && known(twin)) return { typed: word, forms: known(word) ? [[word], [twin]] : [[twin]], quality: 1, corrected: false };
  if (known(word)) {
    // "crooks", "envoys" known only from alternate questions written the way askers talk: still informal words,
    // searched also as the plainer words the knowledge is written in.
    const plainer = index.isQuestionsOnlyStem(stem(word)) ? plainerWords(word, known) : [];
    return { typed: word, forms: [[word], ...plainer], quality: 1, corrected: false };
  }
  // "analyze" where the knowledge writes "analyse", "defence" where it writes "defense": the same word.
  const respelt = otherSpellings(word).find(known);
  if (respelt) return { typed: word, forms: [[respelt]], quality: 1, corrected: false };
  if (halfRemembered) {
    const completions = corrector.completions(word, TYPOS.maxCompletions);
    if (completions.length > 0) return { typed: word, forms: oneWordForms(completions), quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
  }
  // "apt40s", "fireeyes": a possessive typed without its apostrophe.
  // "c2s", "md5s", "iocs": a plural of a short identifier too.
  if ((word.length > 3 || !isOneKind(word)) && word.endsWith('s') && known(word.slice(0, -1))) return { typed: word, forms: [[word.slice(0, -1)]], quality: 1, corrected: false };
  // Letters and digits typed together where the knowledge writes them apart: "29th" is the day the sources write
  // "29 July", "cve2017" is "CVE-2017-…".
  const apart = digitsApart(word);
  if (apart && known(apart[0]) && (isOrdinalSuffix(apart[1]) || known(apart[1]))) {
    return { typed: word, forms: [isOrdinalSuffix(apart[1]) ? [apart[0]] : apart], quality: 1, corrected: false };
  }
  const plainer = plainerWords(word, known);
  if (plainer.length > 0) return { typed: word, forms: plainer, quality: INFORMAL_WORDS_QUALITY, corrected: false };
  const halves = splitCompound(word, known, index);
  if (halves) {
    // "governmet" is one slip from "government", not "govern" + "met", and "ministtries" from "ministries", not
    // "minist" + "tries": a split with a half of three letters, or a half English does not have, gives way to a
    // correction one edit away.
    const doubtful = halves[0]!.length <= 3 || halves[1]!.length <= 3 || !isListedWord(halves[0]!) || !isListedWord(halves[1]!);
    const slipOf = doubtful ? corrector.correct(word)[0] : undefined;
    if (slipOf && editDistanceWithin(word, slipOf, 1)) return { typed: word, forms: [[slipOf]], quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
    // …and to a word of the knowledge it sounds as with other vowels, when English lacks the word (withOtherVowels).
    const voweled = doubtful && !isListedWord(word) ? corrector.withOtherVowels(word) : [];
    if (voweled.length > 0) return { typed: word, forms: oneWordForms(voweled), quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
    return { typed: word, forms: [halves], quality: CONCEPT_WEIGHTS.splitCompoundQuality, corrected: false };
  }
  const swapped = transposedStopword(word);
  if (swapped) return { typed: swapped, forms: [[swapped]], quality: 1, corrected: false };
  // "thay", "waht": a misspelt everyday word is read as that word, not as an unknown subject. Only for a rare
  // word ("cost" is a word, not "most") of four letters or more ("cia" is not "via"). A word English does not
  // have at all is read so before any rarer word of the knowledge one edit away ("waht" is "what", not
  // "want"); a rare word English has ("ream") is first corrected to the knowledge's words, as before.
  const everyday = word.length >= 4 && isRareWord(word) ? misspeltStopword(word) : undefined;
  if (everyday && !isListedWord(word)) {
    // …unless it is as close to a name the knowledge has: "htan" is HTran, not "than".
    const name = corrector.correct(word)[0];
    if (name && index.isNameStem(stem(name)) && editDistanceWithin(word, name, 1)) return { typed: word, forms: [[name]], quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
    return { typed: everyday, forms: [[everyday]], quality: 1, corrected: false };
  }
  const corrections = corrector.correct(word);
  // "kem sokas daugter": a misspelt name's possessive, typed without its apostrophe, one slip from the name (not
  // "sodas", the everyday word one slip from it).
  if (corrections.length === 0 && word.length > 4 && word.endsWith('s')) {
    const owner = word.slice(0, -1);
    const name = corrector.correct(owner).find((c) => index.isNameStem(stem(c)) && editDistanceWithin(owner, c, 1));
    if (name) return { typed: word, forms: [[name]], quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
  }
  // "turmed", "spookks": a word English does not have, one slip from an everyday word, is that word, before
  // any word of the knowledge two slips away but its names ("fierye" is FireEye, not "fierce").
  if (!corrections.some((c) => editDistanceWithin(word, c, 1) || index.isNameStem(stem(c)))) {
    const meant = everydayWordMeant(word);
    if (meant) {
      // The typed word stays the concept's label ("how many emplyees" still counts what it names).
      const read = resolveWord(meant, index, corrector);
      return { typed: word, forms: read.forms, quality: Math.min(read.quality, CONCEPT_WEIGHTS.typoQuality), corrected: true, weighedAs: meant };
    }
  }
  // "senit": a word English lacks, spelt by ear with other vowels than a word of the knowledge whose
  // consonants and syllables it keeps (the Senate), when no correction one slip away keeps them ("sent"
  // loses a syllable): the vowels, which an ear spells most freely, were what went wrong. Not a word English lists
  // ("sits" for seats, "commotion"): read so, real words cost held-out answers (twenty-ninth session, −3).
  if (!isListedWord(word)) {
    const frame = soundFrame(word);
    const voweled = corrector.withOtherVowels(word);
    if (voweled.length > 0 && !corrections.some((c) => soundFrame(c) === frame && editDistanceWithin(word, c, 1))) {
      return { typed: word, forms: oneWordForms(voweled), quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
    }
  }
  // "dauter", "traking": two slips from a word of the knowledge ("date", "take") but spelt as another sounds
  // ("daughter", "tracking"): the word that sounds so is meant, when its sound spelling is the nearer.
  if (corrections.length > 0 && !isListedWord(word) && !corrections.some((c) => editDistanceWithin(word, c, 1))) {
    const heard = corrector.soundsLike(word);
    if (heard.length > 0 && soundDistance(word, heard[0]!) < soundDistance(word, corrections[0]!)) {
      return { typed: word, forms: oneWordForms(heard), quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
    }
  }
  if (corrections.length > 0) {
    // One slip in a longer word with one word of the knowledge near it ("indiicted") leaves little doubt.
    const sure = corrections.length === 1 && word.length >= CONCEPT_WEIGHTS.sureTypoMinLength && editDistanceWithin(word, corrections[0]!, 1);
    return { typed: word, forms: oneWordForms(corrections), quality: sure ? CONCEPT_WEIGHTS.sureTypoQuality : CONCEPT_WEIGHTS.typoQuality, corrected: true };
  }
  if (everyday) return { typed: everyday, forms: [[everyday]], quality: 1, corrected: false };
  const cutName = nameCutOff(word, index, corrector);
  if (cutName) return { typed: word, forms: [[cutName]], quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
  const mistypedHalves = splitMistypedCompound(word, known, corrector);
  // "elecshun", "kambodia": spelt as it sounds, the last reading tried. Never a word English has, which may be just
  // what the knowledge lacks.
  const soundAlikes = isListedWord(word) ? [] : corrector.soundsLike(word);
  // "scanbocks" is "scanbox" as it sounds, not "scan" and a slip of "bocks" ("books"): a mistyped compound is two
  // guesses, a split and a slip, and gives way to one word that sounds at least as near.
  if (mistypedHalves && !(soundAlikes.length > 0 && soundDistance(word, soundAlikes[0]!) <= soundDistance(word, mistypedHalves.join('')))) {
    return { typed: word, forms: [mistypedHalves], quality: CONCEPT_WEIGHTS.splitCompoundQuality * CONCEPT_WEIGHTS.typoQuality, corrected: true };
  }
  if (soundAlikes.length > 0) return { typed: word, forms: oneWordForms(soundAlikes), quality: CONCEPT_WEIGHTS.typoQuality, corrected: true };
  return { typed: word, forms: [], quality: 1, corrected: false };
}

/**
 * A word of letters then digits, or digits then letters, as its two parts ("cve2017" → cve, 2017; "29th" → 29, th), or
 * undefined for a word of one kind or more parts ("g0065x").
 */
function digitsApart(word: string): [string, string] | undefined {
  const digitFirst = isDigitCode(word.charCodeAt(0));
  let at = 1;
  while (at < word.length && isDigitCode(word.charCodeAt(at)) === digitFirst) at++;
  if (at === word.length) return undefined;
  for (let i = at + 1; i < word.length; i++) if (isDigitCode(word.charCodeAt(i)) === digitFirst) return undefined;
  return [word.slice(0, at), word.slice(at)];
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** "st", "nd", "rd", "th": what makes a number an ordinal. */
function isOrdinalSuffix(letters: string): boolean {
  return letters === 'st' || letters === 'nd' || letters === 'rd' || letters === 'th';
}

/** The name of the knowledge that the words at `i` and `i + 1` make typed together, and how sure that reading is. */
function nameTypedApart(typed: readonly string[], i: number, index: InvertedIndex, corrector: TypoCorrector): { word: string; quality: number } | undefined {
  const first = typed[i]!;
  const second = typed[i + 1];
  if (second === undefined || STOPWORDS.has(second) || /\d/.test(first + second)) return undefined;
  // Only where the knowledge lacks one of the words: two it has are read as two words, and joined as before.
  const known = (w: string) => index.documentFrequency(stem(w)) > 0;
  // A stopword joins a word the knowledge lacks only into a name spelt exactly so: "bad flick" is BADFLICK.
  if (STOPWORDS.has(first)) {
    return first.length >= 2 && second.length >= 4 && !known(second) && index.isNameStem(stem(first + second))
      ? { word: first + second, quality: CONCEPT_WEIGHTS.joinedWordsQuality }
      : undefined;
  }
  const firstKnown = known(first);
  const secondKnown = known(second);
  if (firstKnown && secondKnown) return undefined;
  const joined = first + second;
  if (index.isNameStem(stem(joined))) return { word: joined, quality: CONCEPT_WEIGHTS.joinedWordsQuality };
  // A slip or a sound spelt another way where it lacks both ("evil tek", "fyer eye"), or in the word it lacks
  // while the word it has stays whole ("murkey top" is MURKYTOP).
  const [kept, slipped] = firstKnown ? [first, second] : [second, first];
  const keeps = (w: string) => {
    if (!firstKnown && !secondKnown) return true;
    if (kept.length < 3 || slipped.length < 3 || !(firstKnown ? w.startsWith(kept) : w.endsWith(kept))) return false;
    const rest = firstKnown ? w.slice(kept.length) : w.slice(0, -kept.length);
    return editDistanceWithin(rest, slipped, 1);
  };
  const meant = [...corrector.correct(joined), ...(isListedWord(joined) ? [] : corrector.soundsLike(joined))].find((w) => index.isNameStem(stem(w)) && keeps(w));
  return meant ? { word: meant, quality: CONCEPT_WEIGHTS.joinedWordsQuality * CONCEPT_WEIGHTS.typoQuality } : undefined;
}

/** The one name of the knowledge that `word`, a word English lacks, is the cut-off start of ("partyforumsea"). */
function nameCutOff(word: string, index: InvertedIndex, corrector: TypoCorrector): string | undefined {
  if (word.length < TYPOS.cutNameMinLength || isListedWord(word)) return undefined;
  const begun = corrector.completions(word, 1);
  const name = begun[0];
  return name !== undefined && word.length >= name.length * TYPOS.cutNameMinShare && index.isNameStem(stem(name)) ? name : undefined;
}

/** Each word as a form of its own (a loop, not `map`, as in addConcepts). */
function oneWordForms(words: readonly string[]): string[][] {
  const forms: string[][] = [];
  for (const w of words) forms.push([w]);
  return forms;
}

/** "webshels" → ["web", "shells"]: a known first half and a second half one slip from a known word. */
function splitMistypedCompound(word: string, known: (w: string) => boolean, corrector: TypoCorrector): string[] | undefined {
  if (word.length < 8 || /\d/.test(word)) return undefined;
  for (let at = 3; at <= word.length - 4; at++) {
    const head = word.slice(0, at);
    if (STOPWORDS.has(head) || !known(head)) continue;
    const tail = corrector.correct(word.slice(at)).find((c) => !STOPWORDS.has(c));
    if (tail) return [head, tail];
  }
  return undefined;
}

/**
 * "what dose it do", "fro them": two letters swapped, the commonest slip, can make a real but uncommon word of a
 * common one. A word the knowledge lacks, rarer than TYPOS.swappedWordBelowZipf, that is such a slip of a
 * common stopword is read as it.
 */
function transposedStopword(word: string): string | undefined {
  // A word English lacks ("waht", "htan") is read below, where a name of the knowledge can claim it first; one
  // of three letters ("hwo", "teh") is too short for that, and a swap is its likeliest slip.
  if (word.length < 3 || (isListedWord(word) ? zipf(word) >= TYPOS.swappedWordBelowZipf : word.length > 3)) return undefined;
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (STOPWORDS.has(swapped) && zipf(swapped) >= TYPOS.swappedStopwordFromZipf) return swapped;
  }
  return undefined;
}

function misspeltStopword(word: string): string | undefined {
  for (const stopword of STOPWORDS) {
    if (stopword.length >= 3 && editDistanceWithin(word, stopword, 1)) return stopword;
  }
  return undefined;
}

/**
 * "cyberespionage" → ["cyber", "espionage"] when both halves are known words. Names run together on a phone too: two
 * names of the knowledge in a shorter word English lacks ("hunsen" is Hun Sen), and two with the letter where they
 * meet typed once ("temperiscope" is TEMP.Periscope).
 */
function splitCompound(word: string, known: (w: string) => boolean, index: InvertedIndex): string[] | undefined {
  if (word.length < 6 || /\d/.test(word)) return undefined;
  const unlisted = !isListedWord(word);
  if (word.length < 7) {
    if (!unlisted) return undefined;
    for (let at = 3; at <= word.length - 3; at++) {
      const head = word.slice(0, at);
      const tail = word.slice(at);
      if (bothNames(head, tail, index) && !STOPWORDS.has(head) && !STOPWORDS.has(tail)) return [head, tail];
    }
    return undefined;
  }
  for (let at = 3; at <= word.length - 3; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (!STOPWORDS.has(head) && !STOPWORDS.has(tail) && known(head) && known(tail)) return [head, tail];
  }
  if (!unlisted || word.length < TYPOS.sharedLetterSplitMinLength) return undefined;
  for (let at = 4; at <= word.length - 3; at++) {
    const head = word.slice(0, at);
    const tail = word[at - 1] + word.slice(at);
    if (bothNames(head, tail, index) && !STOPWORDS.has(head)) return [head, tail];
  }
  return undefined;
}

/** Whether both halves of a word run together are names of the knowledge ("hun" + "sen"). */
function bothNames(head: string, tail: string, index: InvertedIndex): boolean {
  return index.isNameStem(stem(head)) && index.isNameStem(stem(tail));
}

/** Collects concepts once each, weighting them as they come. */
class ConceptList {
  private readonly concepts: Concept[] = [];
  private readonly seen: Set<string>;
  private readonly unknownWeight: number;

  /** `after`: a list whose concepts this one must not repeat (the question's, for its context). */
  constructor(private readonly index: InvertedIndex, after?: ConceptList) {
    this.unknownWeight = index.idf('\u0000');
    this.seen = new Set(after?.seen);
  }

  /**
   * `weighedAs`: the words whose commonness in English the concept takes, when not the typed ones; `general`:
   * a word of general English that names no subject (general-words.ts), weighed as an everyday word however
   * rare it is.
   */
  add(words: readonly string[], variants: ConceptVariant[], optional = false, weighedAs: readonly string[] = words, general = false): void {
    const key = variants.length > 0 ? variantsKey(variants) : words.join(' ');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    // The idf of the commonest variant the knowledge base has, a variant's being that of its rarest stem.
    let idf = Infinity;
    for (const { stems } of variants) {
      if (stems.length === 0 || !stems.every((s) => this.index.documentFrequency(s) > 0)) continue;
      let rarest = -Infinity;
      for (const s of stems) rarest = Math.max(rarest, this.index.idf(s));
      idf = Math.min(idf, rarest);
    }
    let specific = -Infinity;
    for (const w of weighedAs) specific = Math.max(specific, this.index.isNameStem(stem(w)) ? 1 : specificity(w));
    if (general) specific = Math.min(specific, GENERAL_WORD_SPECIFICITY);
    const label = words.join(' ');
    if (idf !== Infinity) {
      const weight = idf * specific * (optional ? CONTEXT_WEIGHT : 1);
      // A word the knowledge base only ever uses in passing ("outlet", "flagged") is more likely the asker's
      // own wording than what the question is about: an entry lacking it is less likely wrong for it. Not
      // for names and numbers ("Russia", "2016"), words English does not list ("microsoft"), or everyday
      // words, which weigh little already.
      const name = words.some((w) => /\d/.test(w) || isEnglishName(w) || this.index.isNameStem(stem(w)));
      const inPassing =
        !name &&
        words.every((w) => isListedWord(w) && zipf(w) < READING.genericWordZipf) &&
        !variants.some((v) => v.stems.some((s) => this.index.isTopicStem(s)));
      const missWeight = idf * Math.sqrt(specific) * (inPassing ? IN_PASSING_MISS_FACTOR : 1);
      this.concepts.push({ label, variants, weight, missWeight: optional ? 0 : missWeight, known: true, idf, specificity: specific, optional });
    } else {
      const rare = weighedAs.some((w) => isRareWord(w) || /\d/.test(w));
      // An everyday word the knowledge base lacks weighs as much as it is topical: "stuff" and "guys" say
      // little about the subject, "prison" or "weekend" more, and an adverb ("we patch slowly") says how,
      // not what, so it weighs as the most everyday word, however rare it is.
      const how = weighedAs.length === 1 && isMannerAdverb(weighedAs[0]!);
      const weight = this.unknownWeight * (how ? UNKNOWN_COMMON_FACTOR * CONCEPT_WEIGHTS.minSpecificity : rare ? UNKNOWN_RARE_FACTOR : UNKNOWN_COMMON_FACTOR * specific);
      this.concepts.push({ label, variants, weight, missWeight: optional ? 0 : weight, known: false, idf: this.unknownWeight, specificity: specific, optional });
    }
  }

  list(): Concept[] {
    return this.concepts;
  }
}

/** The variants' phrases, sorted: the same concept reached from other words has the same key. */
function variantsKey(variants: readonly ConceptVariant[]): string {
  const phrases: string[] = [];
  for (const v of variants) phrases.push(v.stems.join(' '));
  return phrases.sort().join('|');
}

function sameStems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Informal words by stem, so "bankrolls" finds the entry for "bankroll". */
let informalByStem: Map<string, readonly [informal: string, plain: readonly string[]]> | undefined;

/** The plainer words the knowledge base knows for an informal word it does not ("spooks" → spies), as word lists. */
function plainerWords(word: string, known: (w: string) => boolean): string[][] {
  informalByStem ??= new Map(Object.entries(INFORMAL_WORDS).map(([informal, plain]) => [stem(informal), [informal, plain] as const]));
  const byStem = informalByStem.get(stem(word));
  const inflected = byStem && Math.abs(byStem[0].length - word.length) <= INFORMAL_INFLECTION_LETTERS ? byStem[1] : undefined;
  // An own property only: "constructor" is a word someone may type, not the object's method.
  const plain = (Object.hasOwn(INFORMAL_WORDS, word) ? INFORMAL_WORDS[word] : undefined) ?? inflected ?? [];
  return plain.map((phrase) => phrase.split(' ')).filter((words) => words.every((w) => STOPWORDS.has(w) || known(w)));
}
