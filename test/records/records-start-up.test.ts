import { createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runTs } from '../helpers/run-process.ts';

/** A TCP server that accepts connections and never answers, as a wedged proxy or firewall would. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('start-up with a database that never answers', () => {
  it.each([
    ['DATABASE_URL', (port: number) => `postgresql://bot@127.0.0.1:${port}/ballotguard`, 'the records database (DATABASE_URL) did not answer within 1 s'],
    ['REDIS_URL', (port: number) => `redis://127.0.0.1:${port}`, 'Redis (REDIS_URL) did not answer within 1 s'],
  ])('gives up with a message naming %s', async (setting, url, message) => {
    const hanging = await silentServer();
    try {
      const { code, stderr } = await runTs('src/main.ts', [], { env: { [setting]: url(hanging.port), START_TIMEOUT_SECONDS: '1' } });
      expect(code).toBe(1);
      expect(stderr).toContain(`ballotguard cannot start: ${message}`);
    } finally {
      await hanging.close();
    }
  });
});
