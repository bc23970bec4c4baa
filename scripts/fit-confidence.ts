/**
 * Fits the confidence model (CONFIDENCE_MODEL in src/parameters.ts): a logistic regression that turns a
 * search hit's signals into the probability that the hit answers the question. Labels come from the
 * project's question sets: a hit is right when its answer contains what the question expects.
 *
 *   npm run fit-confidence      cross-validated figures on the tuning sets, held-out figures, and the model
 *
 * It trains only on sets whose names do not say "holdout", reports 5-fold cross-validation on them, then
 * the held-out sets, and prints the object to paste into src/parameters.ts.
 */
import { loadBot } from '../src/cli/load-bot.ts';
import { silentLogger } from '../src/core/logger.ts';
import { entryReply } from '../src/answer/describe-entry.ts';
import { replyToPlainText } from '../src/core/plain-text.ts';
import { readMessage } from '../src/understand/read-message.ts';
import { answerQuestion } from '../src/answer/answer-question.ts';
import { outOfScope } from '../src/understand/out-of-scope.ts';
import { SIGNAL_NAMES, signalVector } from '../src/search/confidence-model.ts';
import { ANSWER_THRESHOLDS, CONFIDENCE_MODEL } from '../src/parameters.ts';
import { isHoldout, projectSets, readSet, satisfies, type EvalCase } from './eval/eval-sets.ts';
import { fitLogistic, predict, type Example, type LogisticModel } from './eval/logistic-regression.ts';
import { brierScore, reliabilityTable } from './eval/calibration.ts';

/** Hits per question used as examples: the top one decides, the next ones teach what a rival looks like. */
const HITS_PER_QUESTION = 3;
const FOLDS = 5;
/**
 * A wrong answer costs the people this bot serves more than an honest "I don't know": examples from
 * questions that must be declined count this many times. 2 against 1: cross-validated declines 92.4% →
 * 94.2%, answers 88.2% → 87.5%, Brier over every set 0.065 → 0.059.
 */
const DECLINE_WEIGHT = 2;
/** L2 penalty: small, the model has eight weights and hundreds of examples. Chosen as the best CV log-loss of 0.001, 0.01, 0.1. */
const L2 = 0.001;

const bot = await loadBot(process.env.KNOWLEDGE_DIR ?? 'knowledge', silentLogger());
const { knowledge, index } = bot.snapshot;

interface QuestionExamples {
  examples: Example[];
  answerable: boolean;
}

function examplesOf(c: EvalCase): QuestionExamples | undefined {
  const read = readMessage(c.q);
  // Messages holding two questions are judged on the combined answer; one hit cannot be labelled for them.
  if (read.questions.length !== 1) return undefined;
  const [question] = read.questions;
  // Declined before any search: the model never sees these.
  if (outOfScope(question!.text)) return undefined;
  // Declined whatever the model says (the sources leave the detail open, or a check after the threshold turns
  // down a confident hit): teaching the model to doubt these would only cost answers elsewhere.
  const result = answerQuestion(question!.text, bot.snapshot, { context: question!.context, cache: false });
  if (result.sourcesSilent || (result.outcome !== 'answered' && result.confidence >= ANSWER_THRESHOLDS.abstainBelow)) return undefined;
  const hits = index.search(question!.text, { limit: HITS_PER_QUESTION, context: question!.context }).hits;
  const examples = hits.map((hit) => ({
    x: signalVector(hit.signals),
    y: 'expect' in c && satisfies(replyToPlainText(entryReply(hit.entry, knowledge)), c.expect) ? 1 : 0,
    top: hit === hits[0],
    weight: 'expect' in c ? 1 : DECLINE_WEIGHT,
  }));
  return { examples, answerable: 'expect' in c };
}

const files = await projectSets();
const training: QuestionExamples[] = [];
const held: QuestionExamples[] = [];
for (const file of files) {
  for (const c of await readSet(file)) {
    const q = examplesOf(c);
    if (q) (isHoldout(file) ? held : training).push(q);
  }
}

function figures(model: LogisticModel, questions: QuestionExamples[]) {
  const tops = questions.map((q) => ({ q, top: q.examples.find((e) => e.top) }));
  let answerable = 0, answerableRight = 0, abstain = 0, abstainRight = 0;
  for (const { q, top } of tops) {
    const answered = top !== undefined && predict(model, top.x) >= ANSWER_THRESHOLDS.abstainBelow;
    if (q.answerable) {
      answerable++;
      if (answered && top!.y === 1) answerableRight++;
    } else {
      abstain++;
      if (!answered) abstainRight++;
    }
  }
  const scored = tops.flatMap(({ top }) => (top ? [{ p: predict(model, top.x), y: top.y }] : []));
  return { answerable: answerableRight / answerable, abstain: abstainRight / abstain, brier: brierScore(scored), scored };
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

// Cross-validation: folds by question, so a question's hits never sit on both sides.
const folds = Array.from({ length: FOLDS }, (_, k) => training.filter((_, i) => i % FOLDS === k));
const cv = folds.map((test, k) => {
  const train = folds.filter((_, j) => j !== k).flat().flatMap((q) => q.examples);
  return figures(fitLogistic(train, SIGNAL_NAMES.length, { l2: L2 }), test);
});
const mean = (pick: (f: (typeof cv)[number]) => number) => cv.reduce((s, f) => s + pick(f), 0) / cv.length;
console.log(`training: ${training.length} questions from ${files.filter((f) => !isHoldout(f)).length} sets; held out: ${held.length}`);
console.log(`${FOLDS}-fold CV: answerable ${pct(mean((f) => f.answerable))}, abstain ${pct(mean((f) => f.abstain))}, Brier ${mean((f) => f.brier).toFixed(4)}`);

// The model in use, on the same questions: a refit is worth pasting only if it does better here and in `npm run eval`.
const current: LogisticModel = { intercept: CONFIDENCE_MODEL.intercept, weights: SIGNAL_NAMES.map((name) => CONFIDENCE_MODEL.weights[name]) };
for (const [name, questions] of [['training sets', training], ['held-out sets', held]] as const) {
  const f = figures(current, questions);
  console.log(`model in use, ${name}: answerable ${pct(f.answerable)}, abstain ${pct(f.abstain)}, Brier ${f.brier.toFixed(4)}`);
}

const model = fitLogistic(training.flatMap((q) => q.examples), SIGNAL_NAMES.length, { l2: L2 });
const heldFigures = figures(model, held);
console.log(`held-out sets: answerable ${pct(heldFigures.answerable)}, abstain ${pct(heldFigures.abstain)}, Brier ${heldFigures.brier.toFixed(4)}`);
console.log('reliability on the held-out sets (top hit):');
console.log(reliabilityTable(heldFigures.scored));

const weights = Object.fromEntries(SIGNAL_NAMES.map((name, i) => [name, round(model.weights[i]!)]));
console.log('\nCONFIDENCE_MODEL for src/parameters.ts:');
console.log(JSON.stringify({ intercept: round(model.intercept), weights }, null, 2));

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
