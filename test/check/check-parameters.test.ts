import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_PARAMETERS, type CheckParameters } from '../../src/check/check-parameters.ts';
import type { Knowledge } from '../../src/knowledge/assemble-knowledge.ts';
import { shippedKnowledge } from '../helpers/shipped-knowledge.ts';
import { compareCase, corpus } from './corpus.ts';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

/** Expected findings missed and false alarms raised over the whole corpus with these parameters. */
function errors(parameters: CheckParameters) {
  let missed = 0;
  let falseAlarms = 0;
  for (const c of corpus) {
    const { missing, unexpected } = compareCase(c, knowledge, parameters);
    missed += missing.length;
    falseAlarms += unexpected.length;
  }
  return { missed, falseAlarms };
}

// What src/check/check-parameters.ts says of each fitted number, checked: the shipped value makes no error
// on the corpus, and each neighbour it names makes the error it says.
describe('the fitted /check parameters', () => {
  it.each([
    ['minNameLength', 3, 'falseAlarms'],
    ['minNameLength', 5, 'missed'],
    ['maxEditsShortName', 0, 'missed'],
    ['maxEditsShortName', 2, 'falseAlarms'],
    ['maxEditsLongName', 1, 'missed'],
    ['maxEditsLongName', 3, 'falseAlarms'],
    ['shortNameLength', 6, 'falseAlarms'],
    ['shortNameLength', 16, 'missed'],
  ] as const)('%s = %i instead makes the corpus show %s', (name, value, kind) => {
    expect(errors({ ...CHECK_PARAMETERS, [name]: value })[kind]).toBeGreaterThan(0);
  });

  it('the shipped values make no error, and so do the other short-name lengths the file says are equal', () => {
    expect(errors(CHECK_PARAMETERS)).toEqual({ missed: 0, falseAlarms: 0 });
    for (const shortNameLength of [7, 15]) expect(errors({ ...CHECK_PARAMETERS, shortNameLength })).toEqual({ missed: 0, falseAlarms: 0 });
  });
});
