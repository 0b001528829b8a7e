import express, { Router, type Request, type Response } from 'express';
import { join } from 'node:path';
import type { i18n as I18n } from 'i18next';
import { z } from 'zod';
import { languageSchema, type Language } from '../domain/language';
import type { ConsoleEvents } from '../ports/consoleEvents';
import type { AgentDirectory } from '../ports/agentDirectory';
import type { Logger } from '../ports/logger';
import { validate } from '../http/validate';
import type { AgentAuth } from './agentAuth';
import { DeskError, type AgentDesk } from './agentDesk';
import { crossSite, requireAgent, signedIn, type SessionCookie } from './agentSession';
import { renderAgentPage } from './agentPage';
import { preferredLanguage } from '../web/preferredLanguage';

export interface ConsoleRouteDeps {
  i18n: I18n;
  root: string;
  auth: AgentAuth;
  cookie: SessionCookie;
  desk: AgentDesk;
  agents: AgentDirectory;
  events: ConsoleEvents;
  logger: Logger;
}

const signInSchema = z.object({ agentId: z.string().min(1).max(40), password: z.string().min(1).max(200) });
const availabilitySchema = z.object({ available: z.boolean() });
const replySchema = z.object({ text: z.string().trim().min(1).max(1000) });
const idSchema = z.object({ id: z.string().uuid() });

/** How often an idle event stream says it is still there (proxies close silent connections). */
const HEARTBEAT_MS = 25_000;

/** `/agent` (the console page) and `/api/agent/*` (its API and its Server-Sent Events). */
export function consoleRoutes(deps: ConsoleRouteDeps): Router {
  const { auth, cookie, desk, logger } = deps;
  const router = Router();
  const json = express.json({ limit: '16kb' });
  const agentOnly = requireAgent(auth, cookie, logger);

  router.get('/agent', async (req, res) => {
    const session = await auth.resolve(cookie.read(req));
    const asked = languageSchema.safeParse(req.query.lang);
    const language: Language = session?.agent.consoleLanguage ?? (asked.success ? asked.data : preferredLanguage(req.get('accept-language')));
    res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'");
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Language', language);
    res.type('html').send(renderAgentPage(deps.i18n, { language }));
  });
  router.use('/agent/assets', express.static(join(deps.root, 'src', 'console', 'assets'), { maxAge: '1h', index: false }));

  router.post('/api/agent/session', json, async (req, res) => {
    if (crossSite(req)) {
      logger.warn({ route: req.path, status: 403 }, 'console sign-in from another site refused');
      res.status(403).json({ error: { code: 'Forbidden', message: 'Sign in from the console page' } });
      return;
    }
    const { agentId, password } = validate(signInSchema, req.body);
    const result = await auth.signIn(agentId, password);
    if (result.kind === 'locked') {
      logger.warn({ route: req.path, status: 423 }, 'console sign-in refused: account locked');
      res.status(423).json({ error: { code: 'signIn.locked', message: 'Too many tries', retryAfterMinutes: result.minutes } });
      return;
    }
    if (result.kind === 'failed') {
      logger.warn({ route: req.path, status: 401 }, 'console sign-in failed');
      res.status(401).json({ error: { code: 'signIn.failed', message: 'The agent ID or password is not right' } });
      return;
    }
    cookie.set(res, result.token);
    res.json({ agent: result.agent, csrfToken: result.session.csrfToken });
  });

  router.get('/api/agent/me', agentOnly, (_req, res) => {
    const { agent, session } = signedIn(res);
    res.json({ agent, csrfToken: session.csrfToken });
  });
  router.delete('/api/agent/session', agentOnly, async (_req, res) => {
    await auth.signOut(signedIn(res).session);
    cookie.clear(res);
    res.status(204).end();
  });
  router.put('/api/agent/availability', agentOnly, json, async (req, res) => {
    const { available } = validate(availabilitySchema, req.body);
    res.json({ agent: await deps.agents.setAvailable(signedIn(res).agent.id, available) });
    deps.events.publish({ kind: 'queue' });
  });
  router.get('/api/agent/queue', agentOnly, async (_req, res) => {
    res.json(await desk.queue(signedIn(res).agent));
  });
  router.post('/api/agent/handoffs/:id/accept', agentOnly, deskAction((req, res) => desk.accept(signedIn(res).agent, handoffId(req))));
  router.get('/api/agent/handoffs/:id', agentOnly, deskAction((req, res) => desk.view(signedIn(res).agent, handoffId(req))));
  router.get('/api/agent/handoffs/:id/member', agentOnly, deskAction((req, res) => desk.member(signedIn(res).agent, handoffId(req))));
  router.post(
    '/api/agent/handoffs/:id/messages',
    agentOnly,
    json,
    deskAction(async (req, res) => {
      const { text } = validate(replySchema, req.body);
      res.status(202);
      return desk.reply(signedIn(res).agent, handoffId(req), text);
    }),
  );
  for (const how of ['return', 'end'] as const) {
    router.post(
      `/api/agent/handoffs/:id/${how}`,
      agentOnly,
      deskAction(async (req, res) => {
        await desk.finish(signedIn(res).agent, handoffId(req), how);
        return { done: true };
      }),
    );
  }
  router.post(
    '/api/agent/handoffs/:id/called',
    agentOnly,
    deskAction(async (req, res) => {
      await desk.markCalled(signedIn(res).agent, handoffId(req));
      return { done: true };
    }),
  );
  router.get('/api/agent/events', agentOnly, (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.write('retry: 3000\n\n');
    const stop = deps.events.subscribe((event) => {
      res.write(event.kind === 'handoff' ? `event: handoff\ndata: ${JSON.stringify({ id: event.id })}\n\n` : 'event: queue\ndata: {}\n\n');
    });
    const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      stop();
    });
  });
  return router;

  /** Runs a desk action; its refusals (taken, not yours) go back with their own code. */
  function deskAction(action: (req: Request, res: Response) => Promise<unknown>) {
    return async (req: Request, res: Response) => {
      try {
        res.json(await action(req, res));
      } catch (error) {
        if (!(error instanceof DeskError)) throw error;
        logger.warn({ route: req.route?.path, status: error.status, code: error.code }, 'console action refused');
        res.status(error.status).json({ error: { code: error.code, message: error.message } });
      }
    };
  }
}

function handoffId(req: Request): string {
  return validate(idSchema, req.params, 'path').id;
}
