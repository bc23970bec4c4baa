/**
 * For each question of a set that the bot gets wrong: how it was read, and the top hits with their
 * signals and whether each holds the expected answer. Tells a ranking failure from a confidence one.
 *
 *   npx tsx scripts/eval/diagnose.ts path/to/set.jsonl
 */
import { loadBot } from '../../src/cli/load-bot.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { entryReply } from '../../src/answer/describe-entry.ts';
import { replyToPlainText } from '../../src/core/plain-text.ts';
import { readMessage } from '../../src/understand/read-message.ts';
import { readSet, satisfies } from './eval-sets.ts';

const bot = await loadBot(process.env.KNOWLEDGE_DIR ?? 'knowledge', silentLogger());
const { knowledge, index } = bot.snapshot;
for (const [i, c] of (await readSet(process.argv[2]!)).entries()) {
  // A new asker for every question, as in `npm run eval`: none is read as a follow-up.
  const reply = await bot.handleText(c.q, { id: `diagnose-${i}`, platform: 'eval' });
  const right = 'expect' in c ? reply.kind === 'answer' && satisfies(replyToPlainText(reply), c.expect) : reply.kind !== 'answer';
  if (right) continue;
  console.log(`\n${'expect' in c ? 'WRONG' : 'SHOULD ABSTAIN'}: ${c.q}`);
  for (const question of readMessage(c.q).questions) {
    console.log(`  read: "${question.text}"${question.context ? ` + context "${question.context}"` : ''}`);
    const { hits, concepts } = index.search(question.text, { limit: 3, context: question.context });
    console.log(`  concepts: ${concepts.map((k) => `${k.label}${k.known ? '' : '?'}${k.optional ? '(ctx)' : ''}:${k.weight.toFixed(1)}`).join(' ')}`);
    for (const hit of hits) {
      const ok = 'expect' in c && satisfies(replyToPlainText(entryReply(hit.entry, knowledge)), c.expect);
      const s = hit.signals;
      console.log(`   ${ok ? '+' : '-'} ${hit.entry.id} conf ${hit.confidence.toFixed(2)} qm ${s.questionMatch.toFixed(2)} cov ${s.coverage.toFixed(2)} unk ${s.unknownShare.toFixed(2)} miss ${s.missedShare.toFixed(2)}/${s.missedSpecificity.toFixed(2)} margin ${s.margin.toFixed(2)}`);
    }
  }
}
