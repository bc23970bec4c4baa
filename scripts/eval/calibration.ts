/** A predicted probability and what happened (1 right, 0 wrong). */
export interface Scored {
  p: number;
  y: number;
}

/** Mean squared error of the probabilities: 0 is perfect, 0.25 is a coin that always says 0.5. */
export function brierScore(scored: readonly Scored[]): number {
  if (scored.length === 0) return 0;
  return scored.reduce((sum, { p, y }) => sum + (p - y) ** 2, 0) / scored.length;
}

/** Predicted against observed, in five bins of confidence: a calibrated model has them close in every bin. */
export function reliabilityTable(scored: readonly Scored[], bins = 5): string {
  const rows = ['  confidence   count  mean predicted  observed right'];
  for (let b = 0; b < bins; b++) {
    const low = b / bins;
    const high = (b + 1) / bins;
    const inBin = scored.filter(({ p }) => p >= low && (p < high || (b === bins - 1 && p <= 1)));
    if (inBin.length === 0) continue;
    const predicted = inBin.reduce((s, { p }) => s + p, 0) / inBin.length;
    const observed = inBin.reduce((s, { y }) => s + y, 0) / inBin.length;
    rows.push(`  ${low.toFixed(1)}\u2013${high.toFixed(1)}  ${String(inBin.length).padStart(8)}  ${predicted.toFixed(3).padStart(14)}  ${observed.toFixed(3).padStart(14)}`);
  }
  return rows.join('\n');
}
