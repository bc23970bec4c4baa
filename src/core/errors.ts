/** The base of every error ballotguard throws on purpose: a stable code and a message a person can act on. */
export class BallotguardError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BallotguardError';
  }
}

/** Configuration that cannot work, named so the operator knows which setting to fix. */
export class ConfigError extends BallotguardError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
    this.name = 'ConfigError';
  }
}

/** A command handler failed; keeps which command it was for the log, never the user's identity. */
export class CommandFailedError extends BallotguardError {
  constructor(
    readonly command: string,
    cause: unknown,
  ) {
    super('COMMAND_FAILED', `the /${command} command failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'CommandFailedError';
  }
}
