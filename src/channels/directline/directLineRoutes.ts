import express, { Router, type Request, type RequestHandler } from 'express';
import type { DirectLineService, Grant } from './directLineService';
import type { TokenService } from './tokenService';
import { validate } from '../../http/validate';
import { clientActivitySchema, startBodySchema, watermarkSchema } from './schemas';

export const DIRECT_LINE_BASE = '/v3/directline';
const BODY_LIMIT = '256kb';

export interface DirectLineRoutesDeps {
  service: DirectLineService;
  tokens: TokenService;
  /** Where clients reach the WebSocket stream (`ws(s)://host`); from PUBLIC_URL, else the request's host. */
  publicUrl?: string;
}

/** The built-in Direct Line 3.0 endpoint (see DIRECTLINE.md). */
export function directLineRoutes({ service, tokens, publicUrl }: DirectLineRoutesDeps): Router {
  const router = Router();
  router.use(cors);
  router.use(express.json({ limit: BODY_LIMIT, type: () => true }));

  const claimsOf = (req: Request) => tokens.verify(/^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1]);
  const streamUrl = (req: Request, grant: Grant, watermark?: number) => {
    const base = (publicUrl ?? `${req.protocol}://${req.get('host')}`).replace(/^http/, 'ws').replace(/\/$/, '');
    const query = new URLSearchParams({ watermark: watermark === undefined ? '' : String(watermark), t: grant.token });
    return `${base}${DIRECT_LINE_BASE}/conversations/${grant.conversationId}/stream?${query}`;
  };
  const grantBody = (req: Request, grant: Grant, watermark?: number) => ({
    conversationId: grant.conversationId,
    token: grant.token,
    expires_in: grant.expiresIn,
    streamUrl: streamUrl(req, grant, watermark),
  });
  const startBody = (req: Request) => {
    const body = validate(startBodySchema, req.body ?? {});
    return { userId: body.user?.id, userName: body.user?.name, locale: body.locale };
  };

  router.post('/tokens/generate', handle(async (req, res) => {
    res.json(grantBody(req, await service.start(startBody(req))));
  }));

  router.post('/tokens/refresh', handle(async (req, res) => {
    res.json(grantBody(req, await service.resume(claimsOf(req))));
  }));

  router.post('/conversations', handle(async (req, res) => {
    const hasToken = Boolean(req.headers.authorization);
    const grant = hasToken ? await service.resume(claimsOf(req)) : await service.start(startBody(req));
    res.status(hasToken ? 200 : 201).json(grantBody(req, grant));
  }));

  router.get('/conversations/:conversationId', handle(async (req, res) => {
    const watermark = validate(watermarkSchema, req.query.watermark || undefined, 'watermark');
    res.json(grantBody(req, await service.resume(claimsOf(req), String(req.params.conversationId)), watermark));
  }));

  router.get('/conversations/:conversationId/activities', handle(async (req, res) => {
    const claims = claimsOf(req);
    const watermark = validate(watermarkSchema, req.query.watermark || undefined, 'watermark') ?? 0;
    res.json(await service.activitiesAfter(claims, String(req.params.conversationId), watermark));
  }));

  router.post('/conversations/:conversationId/activities', handle(async (req, res) => {
    const claims = claimsOf(req);
    const activity = validate(clientActivitySchema, req.body);
    res.json({ id: await service.post(claims, String(req.params.conversationId), activity) });
  }));

  return router;
}

const cors: RequestHandler = (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Max-Age', '600');
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  next();
};

/** Express 5 forwards rejected promises to the error handler; this only narrows the types. */
function handle(fn: (req: Request, res: express.Response) => Promise<void>): RequestHandler {
  return (req, res, next) => fn(req, res).catch(next);
}
