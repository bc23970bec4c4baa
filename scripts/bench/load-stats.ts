/** What one load run measured, and how it is printed (scripts/bench/load.ts). */

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * The requests of one run: when each was sent, its acknowledgement's latency, and each answer the fake
 * received for it, so that "answered exactly once" is counted, not assumed.
 */
export class LoadTally {
  readonly acks: number[] = [];
  readonly answers: number[] = [];
  sent = 0;
  /** Refused or failed acknowledgements (a status other than the expected one, a reset connection). */
  errors = 0;
  /** Acknowledgements that did not come within the platform's deadline. */
  timeouts = 0;
  duplicates = 0;
  /** Answers the fake received for no request of this run. */
  strays = 0;
  private firstSentAt = NaN;
  private lastAnswerAt = NaN;
  private readonly waiting = new Map<string, number>();
  private readonly answered = new Set<string>();

  /** A request goes out now (or was due at `at`, in an open loop); its answer will be known by `id`. */
  sending(id: string, at = performance.now()): number {
    this.sent++;
    if (this.sent === 1) this.firstSentAt = at;
    this.waiting.set(id, at);
    return at;
  }

  acknowledged(sentAt: number, ok: boolean): void {
    this.acks.push(performance.now() - sentAt);
    if (!ok) this.errors++;
  }

  /** The fake received an answer for `id`. */
  answer(id: string): void {
    const sentAt = this.waiting.get(id);
    if (sentAt !== undefined) {
      this.waiting.delete(id);
      this.answered.add(id);
      this.lastAnswerAt = performance.now();
      this.answers.push(this.lastAnswerAt - sentAt);
    } else if (this.answered.has(id)) this.duplicates++;
    else this.strays++;
  }

  /** Answers a second, from the first request sent to the last answer received (the drain included). */
  get answersPerSecond(): number {
    return this.answers.length / ((this.lastAnswerAt - this.firstSentAt) / 1000);
  }

  get unanswered(): number {
    return this.waiting.size;
  }

  /** Resolves once every request sent has its answer, or after `timeoutMs` (the rest count as unanswered). */
  async drained(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.waiting.size > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface LoadRow {
  platform: string;
  what: string;
  connections: number;
  /** Requests a second sent on schedule (an open loop); undefined for a closed loop. */
  rate?: number;
  tally: LoadTally;
  /** The bot's longest event-loop stall during the run, when it reports one (/metrics). */
  maxStallMs?: number;
  /** CPU time the bot process used during the run, in ms. */
  botCpuMs: number;
  /** The bot's resident set at the end of the run, in MB. */
  botRssMb: number;
  /** CPU time this process (the driver and the fake) used during the run, in ms. */
  driverCpuMs: number;
}

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export function printLoadRows(rows: readonly LoadRow[]): void {
  console.log('| platform | requests | connections | requests/s | sent | answers/s | ack p50 | ack p99 | ack max | answer p50 | answer p99 | errors | timeouts | unanswered | answered twice | longest stall | bot CPU ms / answer | driver + fake CPU ms / answer | bot RSS MB |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { platform, what, connections, rate, tally, maxStallMs, botCpuMs, botRssMb, driverCpuMs } of rows) {
    const acks = [...tally.acks].sort((a, b) => a - b);
    const answers = [...tally.answers].sort((a, b) => a - b);
    console.log(
      `| ${platform} | ${what} | ${connections} | ${rate ? rate : 'closed loop'} | ${tally.sent} | ${f(tally.answersPerSecond)} | ${f(percentile(acks, 50), 1)} | ${f(percentile(acks, 99), 1)} | ${f(acks.at(-1) ?? NaN, 1)} | ` +
        `${f(percentile(answers, 50), 1)} | ${f(percentile(answers, 99), 1)} | ${tally.errors} | ${tally.timeouts} | ${tally.unanswered} | ${tally.duplicates} | ${f(maxStallMs ?? NaN)} | ${f(botCpuMs / tally.answers.length, 2)} | ${f(driverCpuMs / tally.answers.length, 2)} | ${f(botRssMb)} |`,
    );
  }
}
