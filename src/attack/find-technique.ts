import type { AttackData, AttackTechnique } from './attack-data.ts';
import { normalizeText } from '../search/normalize.ts';

/** What a /technique query names: one technique, several that share the words, or none. */
export type TechniqueMatch =
  | { type: 'one'; technique: AttackTechnique }
  | { type: 'several'; techniques: AttackTechnique[] }
  | { type: 'none' };

const ID = /^t(\d{4})(?:[./](\d{3}))?\b/i;

/**
 * Finds a technique by its ID ("T1566.001", "t1566/001", or a completion like "T1566.001 Spearphishing
 * Attachment"), its exact name ("Spearphishing Attachment", "Phishing: Spearphishing Attachment"), or the
 * words of its name ("spearphishing" names eight techniques).
 */
export function findTechnique(data: AttackData, query: string): TechniqueMatch {
  const trimmed = query.trim();
  const id = ID.exec(trimmed);
  if (id) {
    const wanted = `T${id[1]}${id[2] ? `.${id[2]}` : ''}`;
    const technique = data.techniques.find((t) => t.id === wanted);
    return technique ? { type: 'one', technique } : { type: 'none' };
  }
  const needle = normalizeText(trimmed);
  if (!needle) return { type: 'none' };
  const exact = data.techniques.filter((t) => normalizeText(t.name) === needle || normalizeText(fullName(t)) === needle);
  if (exact.length === 1) return { type: 'one', technique: exact[0]! };
  const words = needle.split(' ');
  const containing = exact.length > 1 ? exact : data.techniques.filter((t) => words.every((w) => normalizeText(fullName(t)).includes(w)));
  if (containing.length === 1) return { type: 'one', technique: containing[0]! };
  if (containing.length > 1) return { type: 'several', techniques: containing };
  return { type: 'none' };
}

/** "Phishing: Spearphishing Attachment" for a sub-technique, the name alone otherwise. */
export function fullName(technique: AttackTechnique): string {
  return technique.parent ? `${technique.parent}: ${technique.name}` : technique.name;
}
