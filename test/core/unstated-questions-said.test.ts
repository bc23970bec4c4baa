import { describe, expect, it } from 'vitest';
import { unstatedQuestionsSaid } from '../../src/core/knowledge-snapshot.ts';
import { shippedSnapshot } from '../helpers/shipped-knowledge.ts';
import { random as seeded } from '../../scripts/bench/generate-knowledge.ts';

describe('unstatedQuestionsSaid', () => {
  it('lists, in order, every detail question whose stems a question says in full, among few others', async () => {
    const unstated = (await shippedSnapshot()).unstated!;
    const allStems = [...new Set(unstated.questions.flatMap((q) => q.stems))];
    const random = seeded(11);
    let found = 0;
    let listed = 0;
    for (let n = 0; n < 2000; n++) {
      // Said: the stems of one or two of the details' questions, and a few others.
      const said = new Set<string>();
      for (let k = 0; k < 1 + Math.floor(random() * 2); k++) for (const s of unstated.questions[Math.floor(random() * unstated.questions.length)]!.stems) said.add(s);
      for (let k = 0; k < Math.floor(random() * 4); k++) said.add(allStems[Math.floor(random() * allStems.length)]!);
      const positions = unstatedQuestionsSaid(unstated, said, false);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      const listedSet = new Set(positions);
      unstated.questions.forEach((q, i) => {
        if (q.stems.every((s) => said.has(s))) {
          found++;
          expect(listedSet.has(i), `question ${i} (${q.stems.join(' ')})`).toBe(true);
        }
      });
      listed += positions.length;
    }
    expect(found).toBeGreaterThanOrEqual(2000);
    // Far fewer than all of them are tested for each question.
    expect(listed / 2000).toBeLessThan(unstated.questions.length / 10);
  });

  it('lists every question asking what someone said when the question asks that, whatever words it uses', async () => {
    const unstated = (await shippedSnapshot()).unstated!;
    const reactions = unstated.questions.flatMap((q, i) => (q.asksReaction ? [i] : []));
    expect(reactions.length).toBeGreaterThan(0);
    expect(unstatedQuestionsSaid(unstated, new Set(), true)).toEqual(reactions);
    expect(unstatedQuestionsSaid(unstated, new Set(), false)).toEqual([]);
  });
});
