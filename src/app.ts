import express, { type Express } from 'express';
import type { Router } from 'express';
import type { Logger } from './ports/logger';
import type { Metrics } from './metrics';
import { errorHandler } from './http/errorHandler';
import { requestContext } from './http/requestContext';
import { NotFoundError } from './domain/errors';

export interface AppDeps {
  logger: Logger;
  metrics: Metrics;
  /** Route groups, mounted in order: health, channels, pages. */
  routers: Router[];
}

/** The express app with every route, and no `listen` (tests drive it in process). */
export function createApp({ logger, metrics, routers }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestContext(logger));
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  for (const router of routers) app.use(router);
  app.use((_req, _res, next) => next(new NotFoundError('Route')));
  app.use(errorHandler(logger, metrics));
  return app;
}
