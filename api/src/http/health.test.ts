import { describe, expect, it } from 'vitest';
import { useTestServer } from '../test-support/use-test-server.js';

const server = useTestServer();

describe('liveness and readiness', () => {
  it('/healthz answers while the process runs; /readyz checks the database', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('without a built web app, / explains how to build it', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/pnpm build/);
  });

  it('/readyz answers 503 when the database is gone, /healthz still 200', async () => {
    await server.database.drop();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database not reachable' });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
