import type { WebSocket } from 'ws';

/**
 * Waits up to a second for each socket to close cleanly (starting the close handshake when `initiate`),
 * then terminates the stragglers: a half-closed socket otherwise keeps a library's timers, and the test
 * process, alive.
 */
export async function closeSockets(sockets: Iterable<WebSocket>, { initiate }: { initiate: boolean }): Promise<void> {
  await Promise.all(
    [...sockets].map(
      (socket) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            socket.terminate();
            resolve();
          }, 1_000);
          socket.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          if (initiate) socket.close(1000);
        }),
    ),
  );
}
