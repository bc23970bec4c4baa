/**
 * Idioms whose words say nothing of their meaning, read as the plain words they mean: "what were the spooks
 * after" asks what they wanted; "pulling the strings" is who is behind it; malware "calls back" or "phones
 * home" to a command server; "in scope" is targeted; to "lock down" accounts is to protect them.
 */
const IDIOMS: [RegExp, string][] = [
  [/\bwhat (?:were|are|was|is) ((?:the |these |those )?[\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+)?) (?:actually |really )?after(?=\s*(?:[?!.,]|$))/giu, 'what did $1 want'],
  [/\bpull(?:s|ed|ing)? the strings\b/gi, 'behind it'],
  [/\bcall(?:s|ed|ing)? the shots\b/gi, 'in charge'],
  [/\b(?:call(?:s|ed|ing)? back|phon(?:e|es|ed|ing) home)(?: to)?\b/gi, 'connect to the command server'],
  [/\bin scope\b/gi, 'targeted'],
  [/\block(?:s|ed|ing)? down\b/gi, 'protect'],
];

/** Replaces each idiom with the plain words it means, keeping everything else as typed. */
export function readIdioms(text: string): string {
  let plain = text;
  for (const [idiom, meaning] of IDIOMS) plain = plain.replace(idiom, meaning);
  return plain;
}
