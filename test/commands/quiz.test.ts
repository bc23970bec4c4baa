import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/core/bot.ts';
import type { Reply } from '../../src/core/reply.ts';
import { checkMessage } from '../../src/check/run-check.ts';
import { quizQuestions } from '../../src/quiz/quiz-questions.ts';
import { refangText } from '../../src/check/fang.ts';
import { shippedBot } from '../helpers/shipped-knowledge.ts';

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

/** Each test is its own person, so scores (kept in memory for the process) never mix. */
let people = 0;
function person() {
  const requester = { id: `quiz-${++people}`, platform: 'test' };
  return (line: string): Promise<Reply> => bot.handleText(line, requester);
}

describe('/quiz', () => {
  it('runs a whole quiz through its buttons alone, scoring the first answer to each question', async () => {
    const run = person();
    const questions = quizQuestions(bot.snapshot.knowledge);
    expect(questions.length).toBeGreaterThanOrEqual(5);
    let shown = await run('/quiz');
    expect(shown.title).toBe(`Quiz: question 1 of ${questions.length}`);
    expect(shown.visibility).toBe('private');
    for (const question of questions) {
      // Answer right on odd questions, wrong on even ones, always by clicking a button.
      const wanted = question.number % 2 === 1 ? question.answer : question.choices.find((c) => c.key !== question.answer)!.key;
      const button = shown.suggestions.find((s) => s.run === `/quiz ${question.number} ${wanted}`);
      expect(button, `question ${question.number}`).toBeDefined();
      const answered = await run(button!.run);
      expect(answered.title).toMatch(question.number % 2 === 1 ? /^Right/ : /^Not quite/);
      expect(answered.body).toContain(question.explanation);
      expect(answered.sources.length).toBeGreaterThan(0);
      // Answering again does not change the score.
      await run(`/quiz ${question.number} ${question.answer}`);
      const next = answered.suggestions.find((s) => s.label === 'Next question');
      if (next) shown = await run(next.run);
      else expect(answered.body).toContain(`Your score: ${Math.ceil(questions.length / 2)} of ${questions.length}`);
    }
  });

  it('asks about lookalike senders that /check flags, beside the real domain it does not, and lure files from the report', () => {
    const questions = quizQuestions(bot.snapshot.knowledge);
    const lookalike = questions.find((q) => q.prompt.includes('LICADHO'))!;
    for (const choice of lookalike.choices) {
      const findings = checkMessage(refangText(choice.text), bot.snapshot.knowledge).findings;
      expect(findings.length > 0, choice.text).toBe(choice.key !== lookalike.answer);
    }
    const attachment = questions.find((q) => q.prompt.includes('run a program'))!;
    expect(attachment.choices.find((c) => c.key === attachment.answer)?.text).toMatch(/\.(docx|pdf|mp4)\.js$/);
    const keys = new Set(questions.map((q) => q.answer));
    expect(keys.size).toBeGreaterThan(1);
  });

  it('answers a question number that does not exist, and a bad choice, clearly', async () => {
    const run = person();
    expect((await run('/quiz 40')).title).toBe('No such question');
    const bad = await run('/quiz 2 z');
    expect(bad.kind).toBe('error');
    expect(bad.body).toContain('Usage: `/quiz [question] [choice]`');
  });
});

describe('/help', () => {
  it('starts from what people do, then lists every command', async () => {
    const reply = await person()('/help');
    const body = reply.body;
    const order = ['**Check a message.**', '**Ask a question.**', '**Practise.**', '**All commands:**'].map((s) => body.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(body).toContain('`/check <text>`');
    expect(reply.suggestions.map((s) => s.run)).toContain('/quiz');
  });
});
