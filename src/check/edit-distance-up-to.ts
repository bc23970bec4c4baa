import { editDistanceWithin } from '../search/edit-distance.ts';

/** The edit distance between two strings if it is at most `limit`, otherwise undefined. */
export function editDistanceUpTo(a: string, b: string, limit: number): number | undefined {
  for (let d = 0; d <= limit; d++) if (editDistanceWithin(a, b, d)) return d;
  return undefined;
}
