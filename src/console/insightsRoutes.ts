import { Router, type Request, type Response } from 'express';
import type { i18n as I18n } from 'i18next';
import { z } from 'zod';
import type { Agent } from '../domain/agent';
import { addDays, localDay, zonedInstant } from '../domain/zonedTime';
import type { Stores } from '../ports/stores';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import { insightsReport, type InsightsReport } from '../insights/insightsReport';
import type { AgentAuth } from './agentAuth';
import type { SessionCookie } from './agentSession';
import type { AgentWords } from './agentWords';
import { insightRanges, insightsCsv, renderInsightsPage } from './insightsPage';
import { escapeHtml } from '../web/escapeHtml';
import { preferredLanguage } from '../web/preferredLanguage';

export interface InsightsRouteDeps {
  i18n: I18n;
  words: AgentWords;
  auth: AgentAuth;
  cookie: SessionCookie;
  stores: Pick<Stores, 'outcomes' | 'feedback' | 'handoffs' | 'notUnderstood' | 'audit'>;
  timeZone: string;
  clock: Clock;
  logger: Logger;
}

const rangeSchema = z.object({ days: z.coerce.number().refine((n) => (insightRanges as readonly number[]).includes(n)).default(30) }).catch({ days: 30 });
/** At most this many messages not understood are listed (the newest). */
const MESSAGES_SHOWN = 100;

/** `/insights` (supervisors' charts) and `/insights/export.csv`; signed-in supervisors only, each view audited. */
export function insightsRoutes(deps: InsightsRouteDeps): Router {
  const router = Router();

  router.get('/insights', async (req, res) => {
    const supervisor = await supervisorOf(req, res);
    if (!supervisor) return;
    const { days } = rangeSchema.parse(req.query);
    const { report, since } = await build(days);
    const notUnderstood = await deps.stores.notUnderstood.list(since, MESSAGES_SHOWN);
    await deps.stores.audit.record({ agentId: supervisor.id, action: 'insights.view', at: deps.clock.now() });
    res.setHeader('Content-Security-Policy', "default-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'none'");
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(renderInsightsPage(deps.i18n, deps.words, supervisor.consoleLanguage, { report, notUnderstood, days, timeZone: deps.timeZone }));
  });

  router.get('/insights/export.csv', async (req, res) => {
    const supervisor = await supervisorOf(req, res);
    if (!supervisor) return;
    const { days } = rangeSchema.parse(req.query);
    const { report } = await build(days);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="carebridge-insights-${report.from}-to-${report.to}.csv"`);
    res.type('text/csv; charset=utf-8').send(insightsCsv(report));
  });
  return router;

  /** The last `days` local days, today included, from the stores. */
  async function build(days: number): Promise<{ report: InsightsReport; since: Date }> {
    const to = localDay(deps.clock.now(), deps.timeZone);
    const from = addDays(to, -(days - 1));
    const since = zonedInstant(from, '00:00', deps.timeZone);
    const { outcomes, feedback, handoffs, notUnderstood } = deps.stores;
    const taken = [...(await handoffs.withStatus('active')), ...(await handoffs.withStatus('ended'))].filter((h) => h.createdAt >= since);
    const report = insightsReport(
      { outcomes: await outcomes.list(since), feedback: await feedback.list(since), handoffs: taken, notUnderstood: await notUnderstood.list(since, 100_000) },
      { from, to, timeZone: deps.timeZone },
    );
    return { report, since };
  }

  /** The signed-in supervisor; otherwise a plain page that says to sign in (401) or that the page is not theirs (403). */
  async function supervisorOf(req: Request, res: Response): Promise<Agent | undefined> {
    const signedIn = await deps.auth.resolve(deps.cookie.read(req));
    if (signedIn?.agent.role === 'supervisor') return signedIn.agent;
    const status = signedIn ? 403 : 401;
    const language = signedIn?.agent.consoleLanguage ?? preferredLanguage(req.get('accept-language'));
    const t = (key: string) => escapeHtml(deps.i18n.t(key, { lng: language, ns: 'insights' }));
    deps.logger.warn({ route: req.path, status }, 'insights refused');
    const body = signedIn ? `<p>${t('forbidden')}</p>` : `<p>${t('signInNeeded')}</p><p><a href="/agent">${t('signInLink')}</a></p>`;
    res.status(status).type('html').send(`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${t('title')}</title><link rel="stylesheet" href="/agent/assets/agent.css"></head><body><main><h1>${t('title')}</h1>${body}</main></body></html>`);
    return undefined;
  }
}
