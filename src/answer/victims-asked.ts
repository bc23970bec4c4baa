import { normalizeText } from '../search/normalize.ts';

/**
 * Questions asking whom a named attacker went after: "what did kryptonite panda target?", "did leviathan target
 * universities?", "was monovithya kem a target of leviathan?", "gadolinium targets?". The group's name is the rarest
 * word of such a question (an alias only the list of its names holds), so the entry on the group, or on its names,
 * outranks the victims by far; yet the group is what the asker gives, not what they ask. The mirror of doer-asked.ts.
 */

/** An act of going after someone, in any tense, or the nouns for those it was done to. */
const ACT = String.raw`(?:target(?:s|ed|ing)?|hit(?:s|ting)?|(?:go|goes|going|gone|went) (?:after|for)|(?:spy|spies|spied|spying|snoop|snooped|snooping) on|(?:spear )?phish(?:ed|ing)?|spearphish(?:ed|ing)?|hack(?:s|ed|ing)?|attack(?:s|ed|ing)?|compromis(?:e|es|ed|ing)|breach(?:es|ed|ing)?|(?:break|breaks|broke|broken|breaking|get|gets|got|getting) into|infiltrat(?:e|es|ed|ing)|victims?|prey on|preyed on)`;
/** The name, then a few words (none starting a clause of its own: "apt40, the group that hit…"), then the act. */
const NAME_THEN_ACT = new RegExp(String.raw`^(?: (?!that\b|who\b|which\b|and\b|or\b)\w+){0,3} ${ACT}\b`);
/** The act, then the name as whose it was: "a target of leviathan", "hit by apt40", "the phish from temp periscope". */
const ACT_THEN_NAME = new RegExp(String.raw`\b${ACT}(?: \w+){0,2} (?:of|by|from) (?:the )?$`);

/** Words opening a clause inside the question: what follows is told, not asked. */
const SUBORDINATE = /\b(?:that|whether|if)\b/;

/**
 * The question without the attacker's name it gives, and whose name it is, when it asks whom that attacker went after;
 * undefined otherwise. `names` are the attackers' names, normalised, longest first; the first the question holds counts.
 */
export function victimsAskedOf<T>(question: string, names: readonly (readonly [name: string, actor: T])[]): VictimsAsked<T> | undefined {
  const text = normalizeText(question);
  const padded = ` ${text} `;
  for (const [name, actor] of names) {
    const at = padded.indexOf(` ${name} `);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + name.length);
    // The name in a clause of its own: "which firm reported that temp periscope went after…" asks of the firm.
    if (SUBORDINATE.test(before)) return undefined;
    if (!NAME_THEN_ACT.test(after) && !ACT_THEN_NAME.test(before)) return undefined;
    const asked = `${before}${after}`.replace(/\s+/g, ' ').trim();
    return asked === '' ? undefined : { asked, name, actor };
  }
  return undefined;
}

/** A question asking whom an attacker went after: the question without the attacker's name, the name, and whose. */
export interface VictimsAsked<T> {
  asked: string;
  name: string;
  actor: T;
}
