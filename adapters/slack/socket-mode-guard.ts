import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.ts';

/** The parts of Bolt's Socket Mode client the guard uses: its message event, and how it acknowledges an envelope. */
interface SocketModeClientParts {
  listeners(event: 'ws_message'): ((data: string | ArrayBuffer, isBinary: boolean) => unknown)[];
  removeAllListeners(event: 'ws_message'): unknown;
  on(event: 'ws_message', listener: (data: string | ArrayBuffer, isBinary: boolean) => unknown): unknown;
  send(envelopeId: string, body?: Record<string, never>): Promise<void>;
}

/**
 * Stands in front of the Socket Mode client's message handler, as guardSlackRequests does for HTTP. An
 * envelope whose payload is not an object (`null`) would be dereferenced by the client or by Bolt outside
 * their error handling and never acknowledged, so Slack would send it again: it is acknowledged with an
 * empty answer, logged (its type only), and goes no further. Everything else passes unchanged.
 */
export function guardSocketModeEnvelopes(receiver: SocketModeReceiver, logger: Logger): void {
  const client = receiver.client as unknown as SocketModeClientParts;
  const handlers = client.listeners('ws_message');
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data, isBinary) => {
    const envelope = isBinary ? undefined : parse(data);
    if (envelope && typeof envelope.envelope_id === 'string' && 'payload' in envelope && (typeof envelope.payload !== 'object' || envelope.payload === null || Array.isArray(envelope.payload))) {
      logger.warn({ type: typeof envelope.type === 'string' ? envelope.type.slice(0, 40) : undefined }, 'refused a Slack Socket Mode envelope without a payload');
      client.send(envelope.envelope_id, {}).catch((error: unknown) => logger.warn({ err: error }, 'could not acknowledge a refused Socket Mode envelope'));
      return;
    }
    for (const handler of handlers) void handler(data, isBinary);
  });
}

function parse(data: string | ArrayBuffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // The client ignores what it cannot parse, and says so in its own debug log.
  }
}
