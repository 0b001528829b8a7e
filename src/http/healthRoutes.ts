import { Router } from 'express';
import type { Registry } from 'prom-client';

export interface HealthDeps {
  registry: Registry;
  /** Resolves when the app can serve members (database reachable, bot loaded). */
  ready: () => Promise<boolean>;
}

/** Liveness, readiness and Prometheus metrics. */
export function healthRoutes({ registry, ready }: HealthDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const ok = await ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready' });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
