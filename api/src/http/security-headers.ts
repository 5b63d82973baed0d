import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response. The CSP allows only the app's own scripts, styles and API;
 * inline styles are allowed because React sets style attributes.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  const strict = helmet({
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
  // Apollo's landing page (development only) loads its explorer from Apollo's CDN.
  const landingPage = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    if (!options.production && req.method === 'GET' && req.path === '/graphql') return landingPage(req, res, next);
    return strict(req, res, next);
  };
}
