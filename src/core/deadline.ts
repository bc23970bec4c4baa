import { BallotguardError } from './errors.ts';

/** A step that did not finish in time; the message says which and what to check. */
export class DeadlineError extends BallotguardError {
  constructor(message: string) {
    super('DEADLINE_PASSED', message);
    this.name = 'DeadlineError';
  }
}

/** `work`, or a DeadlineError with `message` once `ms` have passed; the timer never keeps the process alive. */
export function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(message)), ms);
    timer.unref();
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
