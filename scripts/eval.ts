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
import path from 'node:path';
import { Command } from 'commander';
import { loadBot } from '../src/cli/load-bot.ts';
import { silentLogger } from '../src/core/logger.ts';
import { replyToPlainText } from '../src/core/plain-text.ts';
import type { Bot } from '../src/core/bot.ts';
import { ANSWER_THRESHOLDS } from '../src/parameters.ts';
import { projectSets, readSet, satisfies, type EvalCase } from './eval/eval-sets.ts';
import { brierScore, reliabilityTable, type Scored } from './eval/calibration.ts';

/** The floors CI holds every set to. */
const FLOORS = { answerable: 0.8, abstain: 0.9 };
/**
 * The chat-style sets (questions as people type them: slang, typos, two at once) have their own floors, a
 * few points under what the bot scores on them today, so a change that makes chat worse fails CI while the
 * gap to the plain sets stays visible in the figures.
 */
const CHAT_FLOORS = { answerable: 0.7, abstain: 0.8 };
/**
 * The slang sets (paraphrase in the asker's own words, written independently of the knowledge files) are
 * the weakest style: floors a few points under today's figures (56% and 79% on the held-out one).
 */
const SLANG_FLOORS = { answerable: 0.52, abstain: 0.75 };
/**
 * The seventh to eleventh sessions' fresh held-out sets ask more near-misses the sources never answer (a detail
 * no source gives, asked of a topic they cover) than the others; the seventh to ninth came in at 68%, 71% and
 * 65% answered and 66%, 69% and 71% declined, and their floors are a few points under the lowest of each. The
 * tenth session's three (chat-slang-holdout-6 to -8, 57% to 66% declined when written) stand at 63% to 74%
 * declined at its end, above the same floors. The eleventh session's two (chat-slang-holdout-9 and -10) came in
 * at 66% and 74% declined. Its two fresh tuning sets share these floors until they are tuned to: written
 * alongside, chat-slang-tuning-10 declined 63% and -11 69% when written, under the slang sets' 75%. The twelfth
 * session's four (chat-slang-tuning-12, -13 and chat-slang-holdout-11, -12) came in at 72% to 82% answered and
 * 69% to 74% declined. The thirteenth session's four (chat-slang-tuning-14, -15 and chat-slang-holdout-13, -14)
 * came in at 79% to 81% answered and 77% to 86% declined. The fourteenth session's four (chat-slang-tuning-16,
 * -17 and chat-slang-holdout-15, -16) came in at 76% to 84% answered and 71% to 83% declined.
 * The fifteenth session's four (chat-slang-tuning-18, -19 and chat-slang-holdout-17, -18) came in at 75% to
 * 91% answered and 74% to 89% declined. The sixteenth session's four (chat-slang-tuning-20, -21 and
 * chat-slang-holdout-19, -20) came in at 83% to 88% answered and 74% to 83% declined. The seventeenth
 * session's four (chat-slang-tuning-22, -23 and chat-slang-holdout-21, -22) came in at 78% to 95% answered and
 * 74% to 89% declined. The eighteenth session's four (chat-slang-tuning-24, -25 and chat-slang-holdout-23, -24)
 * came in at 78% to 90% answered and 83% to 86% declined. The nineteenth session's four (chat-slang-tuning-26,
 * -27 and chat-slang-holdout-25, -26) came in at 83% to 94% answered and 71% to 94% declined. The twentieth session's four
 * (chat-slang-tuning-28, -29 and chat-slang-holdout-27, -28) came in at 88% to 94% answered and 83% to 97% declined.
 * The twenty-first session's four (chat-slang-tuning-30, -31 and chat-slang-holdout-29, -30) came in at 84% to 90%
 * answered and 77% to 94% declined. The twenty-second session's four (chat-slang-tuning-32, -33 and chat-slang-holdout-31,
 * -32) came in at 84% to 89% answered and 83% to 94% declined. The twenty-third session's four (chat-slang-tuning-34, -35
 * and chat-slang-holdout-33, -34) came in at 84% to 90% answered and 83% to 94% declined. The twenty-fourth session's
 * four (chat-slang-tuning-36, -37 and chat-slang-holdout-35, -36) came in at 84% to 94% answered and 89% to 97% declined.
 * The twenty-fifth session's four (chat-slang-tuning-38, -39 and chat-slang-holdout-37, -38) came in at 89% to 91% answered
 * and 83% to 97% declined. The twenty-sixth session's four (chat-slang-tuning-40, -41 and chat-slang-holdout-39, -40) came
 * in at 85% to 95% answered and 86% to 97% declined. The twenty-seventh session's four (chat-slang-tuning-42, -43 and
 * chat-slang-holdout-41, -42) came in at 84% to 90% answered and 83% to 89% declined. The twenty-eighth session's four
 * (chat-slang-tuning-44, -45 and chat-slang-holdout-43, -44) came in at 90% to 95% answered and 86% to 94% declined. The twenty-ninth session's four (chat-slang-tuning-46, -47 and
 * chat-slang-holdout-45, -46) came in at 70% to 88% answered and 83% to 89% declined.
 */
const FRESH_FLOORS = { answerable: 0.62, abstain: 0.6 };
const FRESH_SETS: ReadonlySet<string> = new Set([
  ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46].map((n) => `chat-slang-holdout-${n}.jsonl`),
  ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47].map((n) => `chat-slang-tuning-${n}.jsonl`),
]);
const floorsFor = (name: string) =>
  FRESH_SETS.has(name) ? FRESH_FLOORS : name.startsWith('chat-slang-') ? SLANG_FLOORS : name.startsWith('chat-') ? CHAT_FLOORS : FLOORS;

interface SetResult {
  name: string;
  answerable: number;
  answerableRight: number;
  abstain: number;
  abstainRight: number;
  reciprocalRanks: number[];
  failures: string[];
  /** Right and total per style ("plain", "chat-noise", "decline", …). */
  styles: Map<string, { right: number; total: number }>;
  /** The answer's confidence against whether it was right, for calibration. */
  scored: Scored[];
}

async function evaluate(bot: Bot, name: string, cases: EvalCase[]): Promise<SetResult> {
  const result: SetResult = { name, answerable: 0, answerableRight: 0, abstain: 0, abstainRight: 0, reciprocalRanks: [], failures: [], styles: new Map(), scored: [] };
  const tally = (style: string, right: boolean) => {
    const s = result.styles.get(style) ?? { right: 0, total: 0 };
    s.total++;
    if (right) s.right++;
    result.styles.set(style, s);
  };
  for (const c of cases) {
    // Answered as the shared scorer's `ask --jsonl` answers each line: alone (no question is read as a follow-up
    // to another), and right as a decline only when nothing was answered, so what /check finds in a question
    // the knowledge cannot answer counts as the decline it is.
    const asked = bot.answer(c.q);
    const { reply } = asked;
    const answered = asked.outcome === 'answered';
    const text = replyToPlainText(reply);
    const style = c.style ?? ('abstain' in c ? 'decline' : 'plain');
    const right = 'abstain' in c ? !answered : answered && satisfies(text, c.expect);
    tally(style, right);
    if (reply.answer) result.scored.push({ p: reply.answer.confidence, y: 'abstain' in c ? 0 : Number(satisfies(text, c.expect) && reply.kind !== 'clarify') });
    if ('abstain' in c) {
      result.abstain++;
      if (!answered) result.abstainRight++;
      else result.failures.push(`SHOULD ABSTAIN: ${c.q}\n   got: ${reply.title}`);
      continue;
    }
    result.answerable++;
    if (right) result.answerableRight++;
    else result.failures.push(`WRONG: ${c.q}\n   want: ${JSON.stringify(c.expect)}\n   got (${reply.kind}): ${text.replace(/\s+/g, ' ').slice(0, 140)}`);
    const hits = bot.snapshot.index.search(c.q, { limit: 10 }).hits;
    const rank = hits.findIndex((hit) => satisfies(`${hit.entry.title}\n${hit.entry.answer}`, c.expect));
    result.reciprocalRanks.push(rank < 0 ? 0 : 1 / (rank + 1));
  }
  return result;
}

const pct = (right: number, total: number) => (total ? `${((right / total) * 100).toFixed(1)}%` : 'n/a');

const program = new Command()
  .argument('[sets...]', 'question sets (.jsonl); default: every set in test/eval')
  .option('--check', 'exit 1 when a set falls below the floors')
  .option('--show-failures', 'list every wrong answer')
  .option('--sweep', 'print the figures at abstention thresholds from 0.35 to 0.65')
  .action(async (sets: string[], options: { check?: boolean; showFailures?: boolean; sweep?: boolean }) => {
    const files = sets.length > 0 ? sets : await projectSets();
    const bot = await loadBot(process.env.KNOWLEDGE_DIR ?? 'knowledge', silentLogger());
    if (options.sweep) {
      const chosen = ANSWER_THRESHOLDS.abstainBelow;
      for (const threshold of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65]) {
        ANSWER_THRESHOLDS.abstainBelow = threshold;
        // A fresh bot for each threshold: one bot remembers its answers, which would repeat the first threshold's.
        const fresh = await loadBot(process.env.KNOWLEDGE_DIR ?? 'knowledge', silentLogger());
        const figures: string[] = [];
        for (const file of files) {
          const r = await evaluate(fresh, path.basename(file), await readSet(file));
          figures.push(`${r.name} ${pct(r.answerableRight, r.answerable)} / ${pct(r.abstainRight, r.abstain)}`);
        }
        console.log(`abstain below ${threshold.toFixed(2)}${threshold === chosen ? ' (current)' : ''}: ${figures.join(' | ')}`);
      }
      ANSWER_THRESHOLDS.abstainBelow = chosen;
      return;
    }
    let belowFloor = false;
    const styles = new Map<string, { right: number; total: number }>();
    const scored: Scored[] = [];
    for (const file of files) {
      const r = await evaluate(bot, path.basename(file), await readSet(file));
      const mrr = r.reciprocalRanks.reduce((a, b) => a + b, 0) / Math.max(1, r.reciprocalRanks.length);
      const floors = floorsFor(r.name);
      const low = r.answerableRight / Math.max(1, r.answerable) < floors.answerable || r.abstainRight / Math.max(1, r.abstain) < floors.abstain;
      belowFloor ||= low;
      console.log(
        `${r.name}: answerable ${r.answerableRight}/${r.answerable} (${pct(r.answerableRight, r.answerable)}), ` +
          `abstain ${r.abstainRight}/${r.abstain} (${pct(r.abstainRight, r.abstain)}), MRR ${mrr.toFixed(3)}${low ? '  BELOW FLOOR' : ''}`,
      );
      if (options.showFailures) for (const f of r.failures) console.log(`  ${f}`);
      for (const [style, { right, total }] of r.styles) {
        const all = styles.get(style) ?? { right: 0, total: 0 };
        styles.set(style, { right: all.right + right, total: all.total + total });
      }
      scored.push(...r.scored);
    }
    console.log(`by style: ${[...styles].sort().map(([style, { right, total }]) => `${style} ${pct(right, total)} (${total})`).join(', ')}`);
    console.log(`calibration of the answer's confidence: Brier ${brierScore(scored).toFixed(4)} over ${scored.length} replies`);
    console.log(reliabilityTable(scored));
    console.log(`floors: answerable ${FLOORS.answerable * 100}%, abstain ${FLOORS.abstain * 100}% (chat-style sets ${CHAT_FLOORS.answerable * 100}%, ${CHAT_FLOORS.abstain * 100}%; slang sets ${SLANG_FLOORS.answerable * 100}%, ${SLANG_FLOORS.abstain * 100}%; ${[...FRESH_SETS].map((f) => f.replace('.jsonl', '')).join(', ')} ${FRESH_FLOORS.answerable * 100}%, ${FRESH_FLOORS.abstain * 100}%)`);
    if (options.check && belowFloor) process.exitCode = 1;
  });

await program.parseAsync();
