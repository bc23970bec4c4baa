/** Three rows of the distance table, reused by every call (it never calls itself), grown as needed. */
let rows = [new Uint32Array(32), new Uint32Array(32), new Uint32Array(32)];

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early once it
 * must exceed `limit`: typo checks only ask "within one or two edits?". Called for many word pairs per
 * question (a rare word against every stopword), so it fills reused rows rather than new arrays.
 */
export function editDistanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (rows[0]!.length < b.length + 1) rows = [new Uint32Array(b.length + 1), new Uint32Array(b.length + 1), new Uint32Array(b.length + 1)];
  let prevPrev = rows[0]!;
  let prev = rows[1]!;
  let row = rows[2]!;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  return prev[b.length]! <= limit;
}

/** The edit distance between two strings if it is at most `limit`, otherwise undefined. */
export function editDistanceUpTo(a: string, b: string, limit: number): number | undefined {
  for (let d = 0; d <= limit; d++) if (editDistanceWithin(a, b, d)) return d;
  return undefined;
}
