/** Polls `calls` until one satisfies `predicate`, failing after `timeoutMs` with what was seen instead. */
export async function waitForCall<T extends { path: string }>(calls: readonly T[], predicate: (call: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = calls.find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching call within ${timeoutMs} ms; saw:\n${calls.map((c) => c.path).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Polls until `condition` holds (an event a test cannot subscribe to), failing after a generous `timeoutMs`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
