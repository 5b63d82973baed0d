import net from 'node:net';

/** The error a listener on this port and address would meet now (EADDRINUSE, EACCES…), or null when it is free. */
export async function portProblem(port: number, host = '127.0.0.1'): Promise<NodeJS.ErrnoException | null> {
  const probe = net.createServer();
  return new Promise((resolve) => {
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}
