import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import type { Entry } from '../knowledge/schema.ts';
import type { AttackTechnique } from './attack-data.ts';

/**
 * Knowledge entries about a technique: those mapped to it (or to one of its sub-techniques), then any other
 * entry whose text names its ID.
 */
export function entriesMentioning(knowledge: Knowledge, technique: AttackTechnique): Entry[] {
  const mapped = knowledge.entries.filter(
    (e) => e.kind === 'technique' && e.attack && (e.attack.id === technique.id || e.attack.id.startsWith(`${technique.id}.`)),
  );
  const idPattern = new RegExp(`\\b${technique.id.replace('.', '\\.')}(?![.\\d])`);
  const named = knowledge.entries.filter((e) => !mapped.includes(e) && idPattern.test(`${e.answer}\n${e.tags.join(' ')}`));
  return [...mapped, ...named];
}
