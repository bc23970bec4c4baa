/**
 * Measures answer quality: runs question sets through the same path a chat message takes and prints
 * accuracy on answerable questions, correct abstention on out-of-scope ones, the mean reciprocal rank of
 * the first entry that holds the expected answer, and the failures.
 *
 *   npm run eval                         every set in test/eval
 *   npm run eval -- path/to/set.jsonl    one set (same format as ../shared/eval)
 *   npm run eval -- --check              exit 1 when a set falls below its floor (CI)
 *   npm run eval -- --sweep              the same sets at other abstention thresholds, to tune it on data
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { loadBot } from '../src/cli/load-bot.ts';
import { silentLogger } from '../src/core/logger.ts';
import { replyToPlainText } from '../src/core/plain-text.ts';
import type { Bot } from '../src/core/bot.ts';
import { ANSWER_THRESHOLDS } from '../src/answer/thresholds.ts';

const EvalCase = z.union([
  z.object({ q: z.string(), expect: z.array(z.array(z.string()).min(1)).min(1) }),
  z.object({ q: z.string(), abstain: z.literal(true) }),
]);
type EvalCase = z.infer<typeof EvalCase>;

/** The floors CI holds every set to. */
const FLOORS = { answerable: 0.8, abstain: 0.9 };
const EVAL_USER = { id: 'eval', platform: 'eval' };

const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
const satisfies = (text: string, groups: string[][]) => groups.every((group) => group.some((s) => norm(text).includes(norm(s))));

interface SetResult {
  name: string;
  answerable: number;
  answerableRight: number;
  abstain: number;
  abstainRight: number;
  reciprocalRanks: number[];
  failures: string[];
}

async function evaluate(bot: Bot, name: string, cases: EvalCase[]): Promise<SetResult> {
  const result: SetResult = { name, answerable: 0, answerableRight: 0, abstain: 0, abstainRight: 0, reciprocalRanks: [], failures: [] };
  for (const c of cases) {
    const reply = await bot.handleText(c.q, EVAL_USER);
    const answered = reply.kind === 'answer';
    const text = replyToPlainText(reply);
    if ('abstain' in c) {
      result.abstain++;
      if (!answered) result.abstainRight++;
      else result.failures.push(`SHOULD ABSTAIN: ${c.q}\n   got: ${reply.title}`);
      continue;
    }
    result.answerable++;
    if (answered && satisfies(text, c.expect)) result.answerableRight++;
    else result.failures.push(`WRONG: ${c.q}\n   want: ${JSON.stringify(c.expect)}\n   got (${reply.kind}): ${text.replace(/\s+/g, ' ').slice(0, 140)}`);
    const hits = bot.snapshot.index.search(c.q, { limit: 10 }).hits;
    const rank = hits.findIndex((hit) => satisfies(`${hit.entry.title}\n${hit.entry.answer}`, c.expect));
    result.reciprocalRanks.push(rank < 0 ? 0 : 1 / (rank + 1));
  }
  return result;
}

async function readSet(file: string): Promise<EvalCase[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = EvalCase.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: not an eval case: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

const pct = (right: number, total: number) => (total ? `${((right / total) * 100).toFixed(1)}%` : 'n/a');

const program = new Command()
  .argument('[sets...]', 'question sets (.jsonl); default: every set in test/eval')
  .option('--check', 'exit 1 when a set falls below the floors')
  .option('--show-failures', 'list every wrong answer')
  .option('--sweep', 'print the figures at abstention thresholds from 0.35 to 0.65')
  .action(async (sets: string[], options: { check?: boolean; showFailures?: boolean; sweep?: boolean }) => {
    const files = sets.length > 0 ? sets : (await readdir('test/eval')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join('test/eval', f));
    const bot = await loadBot(process.env.KNOWLEDGE_DIR ?? 'knowledge', silentLogger());
    if (options.sweep) {
      const chosen = ANSWER_THRESHOLDS.abstainBelow;
      for (const threshold of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65]) {
        ANSWER_THRESHOLDS.abstainBelow = threshold;
        const figures: string[] = [];
        for (const file of files) {
          const r = await evaluate(bot, path.basename(file), await readSet(file));
          figures.push(`${r.name} ${pct(r.answerableRight, r.answerable)} / ${pct(r.abstainRight, r.abstain)}`);
        }
        console.log(`abstain below ${threshold.toFixed(2)}${threshold === chosen ? ' (current)' : ''}: ${figures.join(' | ')}`);
      }
      ANSWER_THRESHOLDS.abstainBelow = chosen;
      return;
    }
    let belowFloor = false;
    for (const file of files) {
      const r = await evaluate(bot, path.basename(file), await readSet(file));
      const mrr = r.reciprocalRanks.reduce((a, b) => a + b, 0) / Math.max(1, r.reciprocalRanks.length);
      const low = r.answerableRight / Math.max(1, r.answerable) < FLOORS.answerable || r.abstainRight / Math.max(1, r.abstain) < FLOORS.abstain;
      belowFloor ||= low;
      console.log(
        `${r.name}: answerable ${r.answerableRight}/${r.answerable} (${pct(r.answerableRight, r.answerable)}), ` +
          `abstain ${r.abstainRight}/${r.abstain} (${pct(r.abstainRight, r.abstain)}), MRR ${mrr.toFixed(3)}${low ? '  BELOW FLOOR' : ''}`,
      );
      if (options.showFailures || low) for (const f of r.failures) console.log(`  ${f}`);
    }
    console.log(`floors: answerable ${FLOORS.answerable * 100}%, abstain ${FLOORS.abstain * 100}%`);
    if (options.check && belowFloor) process.exitCode = 1;
  });

await program.parseAsync();
