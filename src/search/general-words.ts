import { stem } from './stem.ts';

/**
 * Words of general English that frame a question without naming its subject: verbs of working something out,
 * taking notice or holding a view ("determine", "figure", "observe", "reckon"), adverbs of time, manner and
 * degree ("newly", "eventually", "mostly") and adjectives of kind or degree ("general", "main", "typical").
 * SUBTLEX-US rates many of them as rare as a topic word ("determine" 3.9 against "interior" 3.7, "newly" 3.5),
 * and a knowledge base that uses one once gives it a large idf, so typed in a question it outweighed the
 * subject. Written from English word classes, not from any question, with "aka", which says that a name follows
 * and not whose ("airbreak aka?" asks about AIRBREAK, not the group's list of names); matched by stem ("determined",
 * "observing"). Left out: adverbs that place a question now ("recently", "currently", "nowadays", "still",
 * "soon"), since this bot declines questions about the present and they are what says so, and "closely",
 * which the sources use of watching the vote ("closely monitor"); see CONCEPT_WEIGHTS.generalWordSpecificity.
 * A word a synonym group names keeps its group's weight: this list is read only for a word searched on its own.
 */
const GENERAL_WORDS = `
  determine ascertain conclude deduce infer figure realise realize notice observe perceive discern learn
  understand comprehend gauge judge reckon suppose assume presume guess believe think consider wonder
  remember recall imagine expect surmise confirm verify establish demonstrate indicate suggest
  newly formerly previously originally initially eventually finally immediately instantly quickly slowly
  gradually suddenly carefully directly mainly mostly partly fully nearly barely hardly merely simply
  clearly obviously evidently certainly definitely surely truly usually normally typically commonly frequently
  formally correctly
  often rarely sometimes occasionally anyway somehow altogether instead otherwise meanwhile overall thoroughly
  general various certain whole entire main major basic simple obvious clear precise proper usual normal
  typical common ordinary
  aka
`;

const GENERAL_STEMS: ReadonlySet<string> = new Set(GENERAL_WORDS.split(/\s+/).filter(Boolean).map(stem));

/** True for a word of general English that says how or what kind, never what a question is about. */
export function isGeneralWord(word: string): boolean {
  return GENERAL_STEMS.has(stem(word));
}
