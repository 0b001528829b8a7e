import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../ports/clock';
import { ForbiddenError } from '../../domain/errors';

const claimsSchema = z.object({ c: z.string().min(1), u: z.string().min(1), exp: z.number().int() });

export interface TokenClaims {
  conversationId: string;
  userId: string;
  expiresAt: Date;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

/**
 * Direct Line tokens: each grants access to one conversation for one user until it expires.
 * They are signed (HMAC-SHA256) with a key kept in the store, so they outlive a restart.
 */
export class TokenService {
  constructor(
    private readonly key: string,
    private readonly ttlSeconds: number,
    private readonly clock: Clock,
  ) {}

  issue(conversationId: string, userId: string): IssuedToken {
    const exp = Math.floor(this.clock.now().getTime() / 1000) + this.ttlSeconds;
    const payload = Buffer.from(JSON.stringify({ c: conversationId, u: userId, exp })).toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, expiresIn: this.ttlSeconds };
  }

  /** The claims of a valid, unexpired token; a ForbiddenError otherwise. */
  verify(token: string | undefined): TokenClaims {
    const [payload, signature, extra] = (token ?? '').split('.');
    if (!payload || !signature || extra !== undefined) throw new ForbiddenError('Token is not valid');
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new ForbiddenError('Token is not valid');
    let claims;
    try {
      claims = claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    } catch {
      throw new ForbiddenError('Token is not valid');
    }
    if (claims.exp * 1000 <= this.clock.now().getTime()) throw new ForbiddenError('Token has expired');
    return { conversationId: claims.c, userId: claims.u, expiresAt: new Date(claims.exp * 1000) };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
