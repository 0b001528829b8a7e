import type { i18n as I18n } from 'i18next';
import { languageTraits, type Language } from '../domain/language';
import { escapeHtml } from '../web/escapeHtml';

export interface AgentPageOptions {
  /** The signed-in agent's console language, else the browser's choice; the page is written in it. */
  language: Language;
}

/**
 * The agent console page (`GET /agent`), in the agent's language and direction. The server writes only the
 * frame; `agent.js` signs in, fills the queue and the conversation from the console API, and takes its
 * texts from the JSON config below, so it needs no inline script (a CSP `script-src 'self'` holds).
 */
export function renderAgentPage(i18n: I18n, options: AgentPageOptions): string {
  const { language } = options;
  const { dir, tag } = languageTraits[language];
  const t = (key: string) => escapeHtml(i18n.t(key, { lng: language, ns: 'console' }));
  const strings: unknown = i18n.getResourceBundle(language, 'console');
  const config = { language, locale: tag, dir, strings };
  return `<!doctype html>
<html lang="${language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('header.title')}</title>
<link rel="stylesheet" href="/agent/assets/agent.css">
</head>
<body>
<header class="page-header">
<h1>${t('header.title')}</h1>
<div id="agent-bar" class="agent-bar" hidden>
<p id="agent-name" class="agent-name"></p>
<p class="availability"><input type="checkbox" id="available"> <label for="available">${t('header.available')}</label></p>
<a id="insights-link" class="insights-link" href="/insights" hidden>${t('header.insights')}</a>
<button type="button" id="sign-out">${t('header.signOut')}</button>
</div>
</header>
<main id="main">
<p id="loading" class="note">${t('header.loading')}</p>
<div id="error" class="error" role="alert"></div>
<p id="live-status" class="live-status" role="status"></p>
<p id="announcer" class="visually-hidden" role="status"></p>
${signInSection(t)}
<div id="workspace" class="workspace" hidden>
<div class="lists">
<section class="panel" aria-labelledby="queue-heading">
<h2 id="queue-heading" tabindex="-1">${t('queue.heading')}</h2>
<p id="queue-empty" class="note">${t('queue.empty')}</p>
<ul id="queue" class="items"></ul>
</section>
<section class="panel" aria-labelledby="mine-heading">
<h2 id="mine-heading">${t('queue.mineHeading')}</h2>
<p id="mine-empty" class="note">${t('queue.mineEmpty')}</p>
<ul id="mine" class="items"></ul>
</section>
<section class="panel" aria-labelledby="callbacks-heading">
<h2 id="callbacks-heading">${t('queue.callbacksHeading')}</h2>
<p id="callbacks-empty" class="note">${t('queue.callbacksEmpty')}</p>
<ul id="callbacks" class="items"></ul>
</section>
</div>
${conversationSection(t)}
</div>
</main>
<script id="console-config" type="application/json">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/agent/assets/agent.js"></script>
</body>
</html>`;
}

function signInSection(t: (key: string) => string): string {
  return `<section id="sign-in" class="panel sign-in" aria-labelledby="sign-in-heading" hidden>
<h2 id="sign-in-heading" tabindex="-1">${t('signIn.heading')}</h2>
<form id="sign-in-form" novalidate>
<p id="sign-in-error" class="error" role="alert"></p>
<p class="field"><label for="agent-id">${t('signIn.agentId')}</label>
<input id="agent-id" name="agentId" autocomplete="username" autocapitalize="none" spellcheck="false" required aria-describedby="sign-in-error"></p>
<p class="field"><label for="password">${t('signIn.password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required aria-describedby="sign-in-error"></p>
<button type="submit" id="sign-in-submit" class="primary">${t('signIn.submit')}</button>
</form>
</section>`;
}

function conversationSection(t: (key: string) => string): string {
  return `<section id="conversation" class="panel conversation" aria-labelledby="conversation-heading" hidden>
<h2 id="conversation-heading" tabindex="-1">${t('conversation.heading')}</h2>
<p id="conversation-status" class="note strong" hidden></p>
<h3 id="summary-heading"></h3>
<ul id="summary" class="summary" aria-labelledby="summary-heading"></ul>
<h3 id="details-heading">${t('conversation.details')}</h3>
<ul id="conversation-details" class="details" aria-labelledby="details-heading"></ul>
<h3 id="transcript-heading">${t('conversation.transcript')}</h3>
<ol id="transcript" class="transcript" aria-labelledby="transcript-heading" tabindex="0"></ol>
<div class="member">
<button type="button" id="member-details-button">${t('conversation.showMember')}</button>
<p id="member-unavailable" class="note" hidden>${t('conversation.memberUnavailable')}</p>
<h3 id="member-heading" tabindex="-1" hidden>${t('conversation.memberHeading')}</h3>
<dl id="member-details" class="member-details" hidden></dl>
</div>
<h3 id="suggestions-heading">${t('conversation.suggestions')}</h3>
<div id="suggestions" class="suggestions" role="group" aria-labelledby="suggestions-heading"></div>
<form id="reply-form" class="reply" novalidate>
<label for="reply-text">${t('reply.label')}</label>
<p id="reply-hint" class="hint">${t('reply.hint')}</p>
<p id="reply-error" class="error" role="alert"></p>
<textarea id="reply-text" name="text" rows="4" maxlength="1000" dir="auto" aria-describedby="reply-hint reply-error"></textarea>
<button type="submit" id="reply-send" class="primary">${t('reply.send')}</button>
</form>
<div class="actions">
<button type="button" id="return-to-assistant">${t('reply.returnToAssistant')}</button>
<button type="button" id="end-conversation" class="danger">${t('reply.end')}</button>
<button type="button" id="mark-called" class="primary" hidden>${t('reply.called')}</button>
<button type="button" id="close-conversation" hidden>${t('conversation.close')}</button>
</div>
<div id="end-confirm-box" class="confirm" role="group" aria-labelledby="end-question" hidden>
<p id="end-question">${t('reply.endQuestion')}</p>
<button type="button" id="end-confirm" class="danger">${t('reply.endConfirm')}</button>
<button type="button" id="end-cancel">${t('reply.endCancel')}</button>
</div>
</section>`;
}
