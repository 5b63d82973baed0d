import type { RequestHandler } from 'express';

const HEALTH_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Refuses (421 Misdirected Request) a request whose Host is not the public URL's. Links are never built from
 * the Host header, but a server that answers any name invites mistakes and cache poisoning; health checks are
 * exempt because load balancers call them by address.
 */
export function expectedHost(publicUrl: string): RequestHandler {
  const expected = new URL(publicUrl).host.toLowerCase();
  return (req, res, next) => {
    if (HEALTH_PATHS.has(req.path)) return next();
    const host = (req.headers.host ?? '').toLowerCase();
    if (host === expected) return next();
    req.log.info({ host: req.headers.host }, 'request for another host refused');
    res.status(421).type('text/plain').send(`This server answers for ${expected} only.`);
  };
}
