import express, { Router } from 'express';
import type { i18n as I18n } from 'i18next';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { languageSchema, type Language } from '../domain/language';
import { preferredLanguage } from './preferredLanguage';
import type { Plan } from '../domain/plan';
import { renderMemberPage } from './memberPage';

export interface WebRoutesDeps {
  i18n: I18n;
  plan: Plan;
  root: string;
  /** Which speech the member page's microphone uses. */
  speech: 'browser' | 'azure';
}

/** The member page and its assets; Web Chat's bundle comes from the installed package, no CDN. */
export function webRoutes({ i18n, plan, root, speech }: WebRoutesDeps): Router {
  const router = Router();
  const webChatDist = join(packageFolder('botframework-webchat', root), 'dist');
  const assets = join(root, 'src', 'web', 'assets');

  router.get('/', (req, res) => {
    const asked = languageSchema.safeParse(req.query.lang);
    const language: Language = asked.success ? asked.data : preferredLanguage(req.get('accept-language'));
    res.setHeader('Content-Language', language);
    res.type('html').send(renderMemberPage(i18n, plan, { language, picked: asked.success, speech }));
  });
  router.get('/web/webchat.js', (_req, res) => res.sendFile(join(webChatDist, 'webchat.js'), { maxAge: '1d' }));
  router.use('/web', express.static(assets, { maxAge: '1h', index: false }));
  return router;
}

/**
 * The installed folder of a package. Web Chat exports only `.` (not `./package.json`), so resolve its
 * entry file and walk up to the folder holding its package.json.
 */
function packageFolder(name: string, root: string): string {
  const entry = require.resolve(name, { paths: [root] });
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`package.json of ${name} not found above ${entry}`);
}
