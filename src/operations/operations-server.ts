import { createServer, type Server } from 'node:http';
import type { OperationsRoute } from './operations-routes.ts';

/** A started operations server; `port` is the one it listens on (useful with port 0). */
export interface OperationsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A small HTTP server of its own for /healthz, /readyz and /metrics (METRICS_PORT), for processes without
 * a Slack HTTP server to carry them (Discord, Socket Mode, the console). GET only; everything else is 404/405.
 */
export async function startOperationsServer({ routes, port, host }: { routes: readonly OperationsRoute[]; port: number; host: string }): Promise<OperationsServer> {
  const byPath = new Map(routes.map((r) => [r.path as string, r]));
  const server: Server = createServer((req, res) => {
    const route = byPath.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain', allow: 'GET' }).end('method not allowed');
      return;
    }
    route.handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
