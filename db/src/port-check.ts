import net from 'node:net';

/** The error a listener on this port and address would meet now (EADDRINUSE, EACCES…), or null when it is free. */
export async function portProblem(port: number, host = '127.0.0.1'): Promise<NodeJS.ErrnoException | null> {
  const probe = net.createServer();
  return new Promise((resolve) => {
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}

/**
 * A port the OS has just handed out on loopback and taken back: free now, and not one of the fixed numbers
 * inside the range Linux uses for outgoing connections, which other processes' connections may hold.
 */
export async function unusedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
