import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import type { KnowledgeProblem } from '../knowledge/problems.ts';
import type { AttackData } from './attack-data.ts';
import { fullName } from './find-technique.ts';
import { LEVIATHAN_GROUP_ID } from './group-procedures.ts';

const TECHNIQUE_ID = /\bT\d{4}(?:\.\d{3})?\b/g;

/**
 * ATT&CK references in the knowledge checked against the shipped table (`kb check`): every technique ID named
 * anywhere exists; an entry's `attack.name` is MITRE's name for its ID (a note may follow in parentheses);
 * and `mapping: mitre` is used only where MITRE lists the group for that technique.
 */
export function attackReferenceProblems(knowledge: Knowledge, data: AttackData): KnowledgeProblem[] {
  const techniques = new Map(data.techniques.map((t) => [t.id, t]));
  const used = new Set((data.groupUses[LEVIATHAN_GROUP_ID] ?? []).map((u) => u.id));
  const version = `ATT&CK v${data.attack.version}`;
  const problems: KnowledgeProblem[] = [];
  for (const entry of knowledge.entries) {
    const origin = knowledge.origins.get(entry.id) ?? { file: '.', line: 1 };
    const at = (field: string, message: string) => problems.push({ file: origin.file, line: origin.line, column: 1, field: `${entry.id}.${field}`, message });
    if (entry.kind === 'technique' && entry.attack) {
      const technique = techniques.get(entry.attack.id);
      if (!technique) at('attack.id', `${version} has no technique ${entry.attack.id}`);
      else {
        const name = entry.attack.name.replace(/\s*\([^)]*\)$/, '');
        if (name !== fullName(technique) && name !== technique.name) {
          at('attack.name', `${entry.attack.id} is "${fullName(technique)}" in ${version}, not "${entry.attack.name}"`);
        }
        if (entry.attack.mapping === 'mitre' && !used.has(entry.attack.id)) {
          at('attack.mapping', `MITRE does not list Leviathan (${LEVIATHAN_GROUP_ID}) for ${entry.attack.id} in ${version}; use "mapping: knowledge-base"`);
        }
      }
    }
    const text = [entry.answer, entry.title, ...entry.questions, ...entry.tags, ...('inCampaign' in entry && entry.inCampaign ? [entry.inCampaign] : [])].join('\n');
    for (const id of new Set(text.match(TECHNIQUE_ID) ?? [])) {
      if (!techniques.has(id)) at('answer', `mentions ${id}, which ${version} does not have`);
    }
  }
  return problems;
}
