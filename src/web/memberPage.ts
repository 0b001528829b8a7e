import type { i18n as I18n } from 'i18next';
import { languageTraits, languages, type Language } from '../domain/language';
import type { Plan } from '../domain/plan';
import { escapeHtml } from './escapeHtml';

export interface MemberPageOptions {
  language: Language;
  /** True when the member chose the language (`?lang=`); the chat then starts in it without asking. */
  picked: boolean;
  /** The microphone: the browser's own speech, or Azure's through its token route when configured. */
  speech: 'browser' | 'azure';
}


/** The member chat page, in the member's language and direction; Web Chat runs from our own copy. */
export function renderMemberPage(i18n: I18n, plan: Plan, options: MemberPageOptions): string {
  const { language, picked } = options;
  const t = (key: string, vars: Record<string, string> = {}) =>
    escapeHtml(i18n.t(key, { lng: language, ns: 'web', planName: plan.name, phone: plan.memberServices.phone, ...vars }));
  const { dir, tag } = languageTraits[language];
  const picker = languages
    .map((lng) => {
      const current = lng === language ? ' aria-current="true"' : '';
      const name = escapeHtml(i18n.t('languageName', { lng, ns: 'common' }));
      return `<li><a href="/?lang=${lng}" lang="${lng}" hreflang="${lng}" dir="${languageTraits[lng].dir}"${current}>${name}</a></li>`;
    })
    .join('');
  const config = {
    language,
    locale: tag,
    dir,
    picked,
    strings: {
      placeholder: i18n.t('placeholder', { lng: language, ns: 'web' }),
      send: i18n.t('send', { lng: language, ns: 'web' }),
      listen: i18n.t('listen', { lng: language, ns: 'web' }),
    },
    speech: options.speech,
    offline: i18n.t('offline', { lng: language, ns: 'web', phone: plan.memberServices.phone }),
  };
  return `<!doctype html>
<html lang="${language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')}</title>
<link rel="stylesheet" href="/web/member.css">
</head>
<body>
<header class="page-header">
<h1>${t('heading')}</h1>
<p>${t('intro')}</p>
<p class="urgent">${t('urgent')}</p>
</header>
<nav aria-label="${t('language')}" class="languages"><ul>${picker}</ul></nav>
<div class="display" role="group" aria-label="${t('display')}">
<button type="button" id="large-text" aria-pressed="false">${t('largeText')}</button>
<button type="button" id="high-contrast" aria-pressed="false">${t('highContrast')}</button>
<button type="button" id="voice-input" aria-pressed="false">${t('voiceInput')}</button>
</div>
<main>
<h2 class="visually-hidden">${t('chat')}</h2>
<div id="webchat" role="region" aria-label="${t('chat')}"><p class="loading">${t('loading')}</p></div>
</main>
<audio id="listen-audio" preload="none"></audio>
<script id="carebridge-config" type="application/json">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/web/webchat.js"></script>
<script src="/web/member.js"></script>
</body>
</html>`;
}
