/** A labelled example: the signal vector, whether the hit was right, and whether it was the top hit. */
export interface Example {
  x: number[];
  y: 0 | 1 | number;
  top?: boolean;
  /** How much this example counts in the fit (1 when absent). */
  weight?: number;
}

export interface LogisticModel {
  intercept: number;
  weights: number[];
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.intercept;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Logistic regression by full-batch gradient descent with an L2 penalty on the weights (not the intercept).
 * The data are a few thousand examples of eight signals, so plain gradient descent converges in well under
 * a second and needs no library.
 */
export function fitLogistic(examples: readonly Example[], dimensions: number, { l2 = 0.01, rate = 1, iterations = 20000 } = {}): LogisticModel {
  const model: LogisticModel = { intercept: 0, weights: new Array<number>(dimensions).fill(0) };
  const n = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  for (let step = 0; step < iterations; step++) {
    let gIntercept = 0;
    const g = new Array<number>(dimensions).fill(0);
    for (const { x, y, weight = 1 } of examples) {
      const error = (predict(model, x) - y) * weight;
      gIntercept += error;
      for (let i = 0; i < dimensions; i++) g[i]! += error * x[i]!;
    }
    model.intercept -= (rate * gIntercept) / n;
    for (let i = 0; i < dimensions; i++) model.weights[i]! -= rate * (g[i]! / n + l2 * model.weights[i]!);
  }
  return model;
}
