import http from 'node:http';
import net from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { securityHeaders, strictHelmet } from './security-headers.js';

/** The headers a middleware leaves on a fresh response (one that already carries X-Powered-By). */
function headersAfter(middleware: RequestHandler, request: { method: string; path: string }) {
  const req = Object.assign(new http.IncomingMessage(new net.Socket()), request, { headers: {} });
  const res = new http.ServerResponse(req);
  res.setHeader('X-Powered-By', 'Express');
  let nextCalled = false;
  middleware(req as unknown as Request, res as unknown as Response, () => {
    nextCalled = true;
  });
  expect(nextCalled).toBe(true);
  return res.getHeaders();
}

describe('security headers', () => {
  it.each([true, false])('are exactly the ones helmet sets (production: %s)', (production) => {
    const api = { method: 'POST', path: '/graphql' };
    const expected = headersAfter(strictHelmet({ production }), api);
    expect(expected['content-security-policy']).toContain("default-src 'self'");
    expect(expected['x-powered-by']).toBeUndefined();
    expect(headersAfter(securityHeaders({ production }), api)).toEqual(expected);
    expect(headersAfter(securityHeaders({ production }), { method: 'GET', path: '/' })).toEqual(expected);
  });

  it("leave Apollo's landing page its CDN in development only", () => {
    const landing = { method: 'GET', path: '/graphql' };
    const relaxed = headersAfter(
      helmet({ contentSecurityPolicy: false, strictTransportSecurity: false, crossOriginEmbedderPolicy: false }),
      landing,
    );
    expect(headersAfter(securityHeaders({ production: false }), landing)).toEqual(relaxed);
    expect(headersAfter(securityHeaders({ production: true }), landing)).toEqual(
      headersAfter(strictHelmet({ production: true }), landing),
    );
  });
});
