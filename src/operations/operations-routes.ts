import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.ts';

/** One GET route an HTTP server answers for the operator: health, readiness, metrics. */
export interface OperationsRoute {
  path: '/healthz' | '/readyz' | '/metrics';
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/** Something that must work before this process should receive traffic; throws (or rejects) when it does not. */
export interface ReadinessCheck {
  name: string;
  check(): unknown;
}

/** A check that has not answered by then counts as failed: a hung database is not ready. */
const CHECK_TIMEOUT_MS = 2_000;

async function passes(check: ReadinessCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS)));
  try {
    await Promise.race([Promise.resolve().then(() => check.check()), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * `/healthz`: the process is alive (200 whenever it can answer at all). `/readyz`: every check passes (200),
 * or 503 naming the ones that fail, without their errors (which may name hosts). `/metrics`: Prometheus text.
 */
export function operationsRoutes({ metrics, readiness }: { metrics: Metrics; readiness: readonly ReadinessCheck[] }): OperationsRoute[] {
  return [
    { path: '/healthz', handler: (_req, res) => send(res, 200, 'text/plain', 'ok') },
    {
      path: '/readyz',
      handler: (_req, res) => {
        void Promise.all(readiness.map(async (c) => [c.name, (await passes(c)) ? 'ok' : 'failing'] as const)).then((results) => {
          const checks = Object.fromEntries(results);
          const ready = results.every(([, state]) => state === 'ok');
          send(res, ready ? 200 : 503, 'application/json', JSON.stringify({ ready, checks }));
        });
      },
    },
    {
      path: '/metrics',
      handler: (_req, res) => {
        metrics.render().then(
          ({ contentType, body }) => send(res, 200, contentType, body),
          () => send(res, 500, 'text/plain', 'metrics unavailable'),
        );
      },
    },
  ];
}
