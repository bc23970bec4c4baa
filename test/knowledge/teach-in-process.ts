// Helper process for the cross-process teaching test: teaches N questions to one entry of the knowledge in DIR.
import { loadKnowledgeDir } from '../../src/knowledge/load-knowledge.ts';
import { teachQuestion } from '../../src/knowledge/teach-question.ts';

const [dir, entryId, label, count] = process.argv.slice(2);
const loaded = await loadKnowledgeDir(dir!);
if (!loaded.ok) throw new Error('knowledge invalid');
for (let i = 0; i < Number(count); i++) {
  const outcome = await teachQuestion(dir!, loaded.knowledge, entryId!, `${label} asks about the ruling party ${i}`);
  if (!outcome.ok) throw new Error(outcome.reason);
}
