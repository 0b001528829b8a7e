import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Agent } from '../domain/agent';
import type { AgentSession } from '../ports/agentSessions';
import type { Logger } from '../ports/logger';
import type { AgentAuth } from './agentAuth';
import { SESSION_HOURS } from './agentAuth';

/** The signed-in agent of a request, set by `requireAgent`. */
export interface SignedIn {
  agent: Agent;
  session: AgentSession;
}

/**
 * The session cookie: HttpOnly, SameSite=Strict, path /; over HTTPS also Secure with the `__Host-`
 * prefix (no subdomain can set or read it).
 */
export class SessionCookie {
  constructor(private readonly secure: boolean) {}

  private get name(): string {
    return this.secure ? '__Host-carebridge_agent' : 'carebridge_agent';
  }

  read(req: Request): string | undefined {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === this.name) return value.join('=');
    }
    return undefined;
  }

  set(res: Response, token: string): void {
    res.append('Set-Cookie', `${this.name}=${token}; ${this.attributes()}; Max-Age=${SESSION_HOURS * 3600}`);
  }

  clear(res: Response): void {
    res.append('Set-Cookie', `${this.name}=; ${this.attributes()}; Max-Age=0`);
  }

  private attributes(): string {
    return `Path=/; HttpOnly; SameSite=Strict${this.secure ? '; Secure' : ''}`;
  }
}

/** A request from another site: its Origin (when the browser sends one) is not this host. */
export function crossSite(req: Request): boolean {
  const origin = req.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.get('host');
  } catch {
    return true;
  }
}

/**
 * Only signed-in agents pass (401 otherwise). Requests that change something must also come from
 * this site and carry the session's CSRF token in `X-CSRF-Token` (403 otherwise).
 */
export function requireAgent(auth: AgentAuth, cookie: SessionCookie, logger: Logger): RequestHandler {
  return (req, res, next) => {
    void (async () => {
      const signedIn = await auth.resolve(cookie.read(req));
      if (!signedIn) {
        res.status(401).json({ error: { code: 'Unauthorized', message: 'Please sign in' } });
        return;
      }
      if (req.method !== 'GET' && (crossSite(req) || !sameToken(req.get('x-csrf-token'), signedIn.session.csrfToken))) {
        logger.warn({ route: req.path, status: 403 }, 'console request without a valid CSRF token refused');
        res.status(403).json({ error: { code: 'Forbidden', message: 'This request is missing its security token' } });
        return;
      }
      res.locals.signedIn = signedIn satisfies SignedIn;
      next();
    })().catch(next);
  };
}

export function signedIn(res: Response): SignedIn {
  return res.locals.signedIn as SignedIn;
}

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
