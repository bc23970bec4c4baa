/**
 * Everything the answer path decides, for every question of every eval set, as text to diff: the reply,
 * and for each question the message was read as, the concepts and every hit's score, confidence and
 * signals. A change meant to make answering cheaper, not different, must leave this output identical.
 *
 *   npx tsx scripts/eval/dump-answers.ts > before.txt   (then again after the change, and diff)
 *   npx tsx scripts/eval/dump-answers.ts --generated 10000   the same over the report's entries plus generated ones
 *
 * Questions are asked one by one (nothing before them), then again as one conversation (each with the
 * question before it), then once more with remembered answers on, which must give the first replies again.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { answerMessage } from '../../src/answer/answer-message.ts';
import { createSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { loadKnowledgeTexts } from '../../src/knowledge/load-knowledge.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { generateEntries, knowledgeFiles } from '../bench/generate-knowledge.ts';
import { projectSets, readSet } from './eval-sets.ts';

const SHARED_SETS = '../shared/eval';

const generatedArg = process.argv.indexOf('--generated');
const generated = generatedArg >= 0 ? Number(process.argv[generatedArg + 1]) : 0;

const names = (await readdir('knowledge')).filter((f) => f.endsWith('.yaml')).sort();
const files = await Promise.all(names.map(async (file) => ({ file, text: await readFile(path.join('knowledge', file), 'utf8') })));
if (generated > 0) {
  const source = { id: 'generated-source', publisher: 'ballotguard benchmark', title: 'Generated entries', date: '2026', reliability: 'low' as const };
  files.push(...knowledgeFiles(generateEntries(generated, source.id), source));
}
const loaded = loadKnowledgeTexts(files);
if (!loaded.ok) throw new Error(loaded.problems.slice(0, 5).map(formatProblem).join('\n'));
const snapshot = createSnapshot(loaded.knowledge);

const sharedSets = (await readdir(SHARED_SETS)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(SHARED_SETS, f));
const questions: string[] = [];
for (const file of [...(await projectSets()), ...sharedSets]) for (const c of await readSet(file)) questions.push(c.q);

const out: string[] = [];
const line = (value: unknown) => out.push(JSON.stringify(value));

function dumpSearch(question: string, context?: string) {
  const { hits, concepts } = snapshot.index.search(question, { limit: 10, context });
  line({ concepts });
  for (const hit of hits) line({ id: hit.entry.id, score: hit.score, confidence: hit.confidence, coverage: hit.coverage, questionMatch: hit.questionMatch, signals: hit.signals });
}

const firstReplies: string[] = [];
out.push('# one by one');
for (const q of questions) {
  out.push(`## ${q}`);
  const answer = answerMessage(q, snapshot, { cache: false });
  const text = JSON.stringify(answer);
  firstReplies.push(text);
  out.push(text);
  for (const read of answer.questions) dumpSearch(read);
}
out.push('# as one conversation');
let previous: string | undefined;
for (const q of questions) {
  out.push(`## ${q}`);
  const answer = answerMessage(q, snapshot, { cache: false, previousQuestion: previous });
  line(answer);
  previous = answer.questions.at(-1) ?? previous;
}
out.push('# with remembered answers (asked twice)');
for (const [i, q] of questions.entries()) {
  for (let time = 0; time < 2; time++) {
    const text = JSON.stringify(answerMessage(q, snapshot));
    if (text !== firstReplies[i]) out.push(`## DIFFERS from the first reply: ${q}\n${text}`);
  }
}
out.push(`# ${questions.length} questions, ${snapshot.knowledge.entries.length} entries`);
process.stdout.write(`${out.join('\n')}\n`);
