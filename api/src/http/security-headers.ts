import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** What a middleware does to a response's headers: the ones it sets, the ones it removes. */
interface HeaderChanges {
  set: [string, string][];
  removed: string[];
}

/**
 * Runs a helmet middleware once on a recording response. Without nonces (none here) helmet's headers depend on
 * its options only, so they are the same for every request; replaying them spares rebuilding the policy string
 * and a dozen middleware calls per request.
 */
export function headerChangesOf(middleware: RequestHandler): HeaderChanges {
  const set = new Map<string, string>();
  const removed = new Set<string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      removed.delete(name.toLowerCase());
      set.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      return recorder;
    },
    removeHeader(name: string) {
      for (const key of set.keys()) if (key.toLowerCase() === name.toLowerCase()) set.delete(key);
      removed.add(name.toLowerCase());
    },
  };
  let nextCalled = false;
  middleware({ method: 'GET', headers: {} } as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    nextCalled = true;
  });
  // helmet is synchronous; anything else (a future option that waits) must not be replayed as if it were.
  if (!nextCalled) throw new Error('security headers: the helmet middleware did not finish synchronously');
  return { set: [...set], removed: [...removed] };
}

function replay(changes: HeaderChanges): RequestHandler {
  return (_req, res, next) => {
    for (const name of changes.removed) res.removeHeader(name);
    for (const [name, value] of changes.set) res.setHeader(name, value);
    next();
  };
}

/** helmet's options for the app's pages and API. */
export function strictHelmet(options: { production: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: options.production,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Security headers on every response. The CSP allows only the app's own scripts, styles and API;
 * inline styles are allowed because React sets style attributes.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  const strict = replay(headerChangesOf(strictHelmet(options)));
  // Apollo's landing page (development only) loads its explorer from Apollo's CDN.
  const landingPage = replay(
    headerChangesOf(
      helmet({
        contentSecurityPolicy: false,
        strictTransportSecurity: false,
        crossOriginEmbedderPolicy: false,
      }),
    ),
  );
  return (req, res, next) => {
    if (!options.production && req.method === 'GET' && req.path === '/graphql') return landingPage(req, res, next);
    return strict(req, res, next);
  };
}
