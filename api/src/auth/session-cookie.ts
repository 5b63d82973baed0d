import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './session-policy.js';

export function sessionTokenFrom(req: Request): string | undefined {
  return sessionTokenFromHeader(req.headers.cookie);
}

export function sessionTokenFromHeader(header: string | undefined): string | undefined {
  if (!header || header.length > 8192) return undefined;
  return parseCookie(header)[SESSION_COOKIE];
}

/** httpOnly so scripts never see it, SameSite=Lax against cross-site posts, Secure in production. */
export function setSessionCookie(res: Response | null, token: string, secure: boolean): void {
  if (!res) throw new Error('A session cookie is set on an HTTP response, never over WebSocket');
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS,
  });
}

export function clearSessionCookie(res: Response | null, secure: boolean): void {
  if (!res) throw new Error('A session cookie is cleared on an HTTP response, never over WebSocket');
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
