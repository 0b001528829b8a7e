import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../domain/errors';

/** Only requests with `Authorization: Bearer <ADMIN_TOKEN>` pass; without a configured token, none do. */
export function requireBearer(expected: string | undefined): RequestHandler {
  const want = expected ? Buffer.from(expected) : undefined;
  return (req, _res, next) => {
    const given = Buffer.from(/^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!want || given.length !== want.length || !timingSafeEqual(given, want)) {
      next(new AppError('unauthorized', 'A valid admin token is required', 401));
      return;
    }
    next();
  };
}
