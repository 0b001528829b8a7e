import express, { Router } from 'express';
import type { CloudAdapter } from 'botbuilder';
import type { TurnLock } from '../../ports/turnLock';
import type { TurnLogic } from '../../bot/turnLogic';

/**
 * `POST /api/messages` for Azure Bot Service channels. The CloudAdapter checks the channel's JWT
 * when an app id is configured and answers 401 to requests without a valid one.
 */
export function botFrameworkRoutes(adapter: CloudAdapter, lock: TurnLock, logic: TurnLogic): Router {
  const router = Router();
  router.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
    await adapter.process(req, res, (context) => lock.run(context.activity.conversation?.id ?? '', () => logic(context)));
  });
  return router;
}
