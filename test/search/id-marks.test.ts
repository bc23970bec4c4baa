import { describe, expect, it } from 'vitest';
import { IdMarks } from '../../src/search/id-marks.ts';

describe('IdMarks', () => {
  it('starts empty, holds what is added, and is empty again after clear', () => {
    const marks = new IdMarks(10);
    expect([...Array(10).keys()].filter((t) => marks.has(t))).toEqual([]);
    marks.add(3);
    marks.add(7);
    expect([...Array(10).keys()].filter((t) => marks.has(t))).toEqual([3, 7]);
    marks.clear();
    expect(marks.has(3)).toBe(false);
    marks.add(0);
    expect([...Array(10).keys()].filter((t) => marks.has(t))).toEqual([0]);
  });

  it('keeps sets apart over many clears', () => {
    const marks = new IdMarks(4);
    for (let round = 0; round < 1000; round++) {
      marks.clear();
      marks.add(round % 4);
      expect(marks.has(round % 4)).toBe(true);
      expect(marks.has((round + 1) % 4)).toBe(false);
    }
  });
});
