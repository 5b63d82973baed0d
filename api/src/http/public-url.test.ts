import http from 'node:http';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type TestServer } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/use-test-server.js';

// Issue #10, point 1: a password-reset link followed the request's Host header, so anyone could have a
// genuine e-mail point its token at their own site. Links come from the configured public URL only.

const development = useTestServer();
const production = useTestServer({ production: true });

/** A POST with a Host header of the caller's choosing (fetch would send the real one). */
function postWithHost(
  server: TestServer,
  host: string,
  path: string,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const target = new URL(server.url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path,
        method: 'POST',
        headers: {
          host,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...extraHeaders,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

function getWithHost(server: TestServer, host: string, path: string): Promise<number> {
  const target = new URL(server.url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname: target.hostname, port: target.port, path, headers: { host } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

async function resetLinksTo(server: TestServer, email: string): Promise<string[]> {
  const { rows } = await sql<{ data: { resetUrl: string } }>`
    select data from outbox_message where recipient = ${email} and template = 'password-reset' order by id`.execute(
    server.orm.em.fork().getKysely(),
  );
  return rows.map((row) => row.data.resetUrl);
}

const RESET = {
  query: 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok } }',
  variables: { input: { email: 'buyer@medisense.demo' } },
};

describe('links in e-mails never come from the request', () => {
  it('a reset requested with a forged Host still links to the configured public URL (development)', async () => {
    const response = await postWithHost(development, 'attacker.example', '/graphql', RESET);
    expect(response.status).toBe(200);
    const links = await resetLinksTo(development, 'buyer@medisense.demo');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(new RegExp(`^${development.url}/reset-password\\?token=`));
    expect(links.join(' ')).not.toContain('attacker.example');
  });

  it('production refuses a request for another host with 421, before anything is sent', async () => {
    const response = await postWithHost(production, 'attacker.example', '/graphql', RESET);
    expect(response.status).toBe(421);
    expect(await resetLinksTo(production, 'buyer@medisense.demo')).toEqual([]);
    // X-Forwarded-Host is no way around it either.
    const forwarded = await postWithHost(production, 'attacker.example', '/graphql', RESET, {
      'x-forwarded-host': new URL(production.url).host,
    });
    expect(forwarded.status).toBe(421);
  });

  it('production answers its own host, and health checks whatever the host', async () => {
    const own = await postWithHost(production, new URL(production.url).host, '/graphql', RESET);
    expect(own.status).toBe(200);
    const links = await resetLinksTo(production, 'buyer@medisense.demo');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(new RegExp(`^${production.url}/reset-password\\?token=`));
    expect(await getWithHost(production, '10.0.0.7:4000', '/healthz')).toBe(200);
    expect(await getWithHost(production, '10.0.0.7:4000', '/readyz')).toBe(200);
    expect(await getWithHost(production, 'attacker.example', '/')).toBe(421);
  });
});
