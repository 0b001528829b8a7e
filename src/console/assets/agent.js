/* Agent console: sign-in, the queue of members waiting, and the conversations an agent has taken. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('console-config').textContent);
  var plural = new Intl.PluralRules(config.locale);
  var numbers = new Intl.NumberFormat(config.locale);
  var clock = new Intl.DateTimeFormat(config.locale, { hour: 'numeric', minute: '2-digit' });
  var $ = function (id) { return document.getElementById(id); };
  var state = {
    agent: null, csrf: null, events: null, tickers: [], clockOffset: 0, waitingCount: null,
    queueBusy: false, queueAgain: false, offerTimer: null, openId: null, open: null, openSeq: 0, shownMessages: 0
  };

  // ---- Text and elements ------------------------------------------------------------------------

  function lookup(key) {
    var value = key.split('.').reduce(function (node, part) { return node && typeof node === 'object' ? node[part] : undefined; }, config.strings);
    return typeof value === 'string' ? value : undefined;
  }

  /** A console text with `{{var}}` filled in; a numeric `count` picks the plural form (key_one, key_few, ... else key_other). */
  function t(key, vars) {
    vars = vars || {};
    var text = lookup(key);
    if (typeof vars.count === 'number') text = lookup(key + '_' + plural.select(vars.count)) || lookup(key + '_other') || text;
    if (text === undefined) return key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, function (match, name) {
      if (!(name in vars)) return match;
      return typeof vars[name] === 'number' ? numbers.format(vars[name]) : String(vars[name]);
    });
  }

  /** An element with attributes (`text` sets its text, never HTML; false or undefined leaves one out) and children. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (name === 'text') node.textContent = value;
      else if (name === 'className') node.className = value;
      else if (value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : value);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); });
    return node;
  }

  function show(id, visible) { $(id).hidden = !visible; }
  function fill(id, nodes) { var node = $(id); node.replaceChildren.apply(node, nodes.filter(Boolean)); }
  function say(text) { $('announcer').textContent = text; }
  function showError(text) { $('error').textContent = text || ''; }

  // ---- API --------------------------------------------------------------------------------------

  function ApiError(status, body) {
    this.status = status;
    this.body = body || {};
    this.code = this.body.error && this.body.error.code;
  }

  /** JSON to and from the console API; every non-GET carries the CSRF token; a 401 anywhere but sign-in signs out. */
  function api(method, path, body) {
    var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (method !== 'GET') {
      init.headers['Content-Type'] = 'application/json';
      if (state.csrf) init.headers['X-CSRF-Token'] = state.csrf;
      init.body = JSON.stringify(body || {});
    }
    return fetch(path, init).then(function (res) {
      return res.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
        if (res.ok) return data;
        if (res.status === 401 && path !== '/api/agent/session') signedOut(state.agent ? t('signIn.signedOut') : '');
        throw new ApiError(res.status, data);
      });
    }, function () { throw new ApiError(0, null); });
  }

  /**
   * Shows what went wrong in the alert region: the text `codes` gives for the error's code or HTTP status,
   * else `codes['*']`, else a plain one. A 401 has already brought back the sign-in form.
   */
  function failed(error, codes) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) return;
    codes = codes || {};
    showError(t(error.status === 0 ? 'errors.network' : codes[error.code] || codes[error.status] || codes['*'] || 'errors.generic'));
  }

  // ---- Signing in and out -----------------------------------------------------------------------

  function showScreen(signedIn) {
    show('loading', false);
    show('sign-in', !signedIn);
    show('agent-bar', signedIn);
    show('workspace', signedIn);
  }

  function signIn(event) {
    event.preventDefault();
    var agentId = $('agent-id').value.trim();
    var password = $('password').value;
    $('sign-in-error').textContent = agentId && password ? '' : t('signIn.missing');
    if (!agentId || !password) return $(agentId ? 'password' : 'agent-id').focus();
    $('sign-in-submit').disabled = true;
    api('POST', '/api/agent/session', { agentId: agentId, password: password }).then(function (data) {
      // The server writes the page in the agent's own console language.
      if (data.agent.consoleLanguage && data.agent.consoleLanguage !== config.language) return location.replace('/agent');
      $('password').value = '';
      start(data);
    }, function (error) {
      if (!(error instanceof ApiError)) throw error;
      var minutes = Number(error.body.error && error.body.error.retryAfterMinutes) || 1;
      var keys = { 400: 'signIn.missing', 401: 'signIn.failed', 423: 'signIn.locked', 0: 'errors.network' };
      $('sign-in-error').textContent = t(keys[error.status] || 'errors.generic', { count: minutes });
      $('password').value = '';
      $('password').focus();
    }).finally(function () { $('sign-in-submit').disabled = false; });
  }

  function signOut() {
    api('DELETE', '/api/agent/session').then(function () {
      signedOut('');
      $('agent-id').focus();
    }, failed);
  }

  /** Back to the sign-in form: live updates, timers and the open conversation all stop. */
  function signedOut(message) {
    if (state.events) state.events.close();
    state.tickers.forEach(clearInterval);
    clearTimeout(state.offerTimer);
    Object.assign(state, { agent: null, csrf: null, events: null, tickers: [], waitingCount: null });
    closeConversation();
    fill('queue', []);
    fill('mine', []);
    showError('');
    $('live-status').textContent = '';
    $('sign-in-error').textContent = message;
    showScreen(false);
  }

  function start(data) {
    state.agent = data.agent;
    state.csrf = data.csrfToken;
    showScreen(true);
    showError('');
    $('agent-name').textContent = t('header.signedInAs', { name: data.agent.name });
    $('available').checked = !!data.agent.available;
    show('insights-link', data.agent.role === 'supervisor');
    loadQueue();
    listen();
    state.tickers = [setInterval(updateWaited, 30000), setInterval(updateOffers, 1000)];
  }

  function setAvailability() {
    var box = $('available');
    api('PUT', '/api/agent/availability', { available: box.checked }).then(function (data) {
      if (data && data.agent) box.checked = !!data.agent.available;
    }, function (error) {
      box.checked = !box.checked;
      failed(error, { '*': 'errors.availability' });
    });
  }

  // ---- Live updates -----------------------------------------------------------------------------

  /** Server-Sent Events: `queue` re-fetches the queue; `handoff` also the conversation, when it is the open one. */
  function listen() {
    var source = new EventSource('/api/agent/events');
    state.events = source;
    source.addEventListener('open', function () {
      if (!$('live-status').textContent) return;
      $('live-status').textContent = ''; // back after a break: catch up on what was missed
      loadQueue();
      if (state.openId) loadConversation(state.openId);
    });
    source.addEventListener('queue', loadQueue);
    source.addEventListener('handoff', function (event) {
      var id = null;
      try { id = JSON.parse(event.data).id; } catch (e) { id = null; }
      if (id && id === state.openId) loadConversation(id);
      loadQueue();
    });
    source.addEventListener('error', function () {
      if (state.events !== source) return;
      $('live-status').textContent = t('header.livePaused');
      if (source.readyState === EventSource.CLOSED) reconnectLater(source);
    });
  }

  /** The browser gives up on an answer that is not an event stream (a 401, a 502): check the session, then try again. */
  function reconnectLater(source) {
    setTimeout(function () {
      if (state.events !== source) return;
      api('GET', '/api/agent/me').then(function () {
        if (state.events === source) listen();
      }, function () { reconnectLater(source); });
    }, 5000);
  }

  // ---- The queue --------------------------------------------------------------------------------

  function serverNow() { return Date.now() + state.clockOffset; }

  /** One queue fetch at a time; a change while one is under way asks for one more afterwards. */
  function loadQueue() {
    if (!state.agent) return;
    if (state.queueBusy) { state.queueAgain = true; return; }
    state.queueBusy = true;
    api('GET', '/api/agent/queue').then(renderQueue, failed).finally(function () {
      state.queueBusy = false;
      if (state.queueAgain) { state.queueAgain = false; loadQueue(); }
    });
  }

  function renderQueue(data) {
    if (!state.agent) return;
    state.clockOffset = Date.parse(data.now) - Date.now() || 0;
    renderList('queue', data.waiting);
    renderList('mine', data.mine);
    renderList('callbacks', data.callbacks);
    if (state.waitingCount !== null && state.waitingCount !== data.waiting.length) say(t('queue.count', { count: data.waiting.length }));
    state.waitingCount = data.waiting.length;
    scheduleOfferEnd(data.waiting);
  }

  /** Replaces a list's items, keeping keyboard focus on the button of the same member. */
  function renderList(listId, items) {
    var list = $(listId);
    var active = document.activeElement;
    var focused = list.contains(active) && active.matches('li[data-handoff-id] button') ? active.closest('li').getAttribute('data-handoff-id') : null;
    fill(listId, items.map(function (item) { return queueItem(item, listId); }));
    show(listId + '-empty', items.length === 0);
    var again = focused && list.querySelector('li[data-handoff-id="' + CSS.escape(focused) + '"] button');
    if (again && !again.disabled) again.focus();
  }

  /** A waiting member (accept), or one of yours or a call-back request (open). */
  function queueItem(item, listId) {
    var mine = listId !== 'queue';
    var titleId = listId + '-' + item.id + '-title';
    var note = mine ? null : offerNote(item, listId + '-' + item.id + '-note');
    var title = el('p', { className: 'item-title', id: titleId }, [
      item.urgent ? el('strong', { className: 'urgent', text: t('queue.urgent') }) : null,
      item.urgent ? ' ' : null,
      el('span', { text: item.memberName || item.reasonText })
    ]);
    var facts = el('ul', { className: 'facts' }, [
      item.memberName ? el('li', { text: t('queue.reason', { reason: item.reasonText }) }) : null,
      el('li', { text: t('queue.language', { language: item.languageName }) }),
      el('li', { text: t('queue.channel', { channel: item.channelName }) }),
      mine ? null : el('li', { className: 'waited', 'data-since': item.createdAt, text: waitedText(item.createdAt) })
    ]);
    var button = el('button', {
      type: 'button', className: mine ? 'open' : 'accept', disabled: !mine && !item.canTake,
      'aria-describedby': note ? titleId + ' ' + note.id : titleId, text: t(mine ? 'queue.open' : 'queue.accept')
    });
    button.addEventListener('click', function () { if (mine) openConversation(item.id); else accept(item.id, button); });
    var current = mine && item.id === state.openId ? 'true' : false;
    return el('li', { className: 'item' + (item.urgent ? ' is-urgent' : ''), 'data-handoff-id': item.id, 'aria-current': current }, [title, facts, note, button]);
  }

  /** Why a member is offered to someone first: to you as their care coordinator, or to their coordinator for a while. */
  function offerNote(item, id) {
    if (item.offeredToYou) return el('p', { className: 'offer', id: id, text: t('queue.offeredToYou') });
    if (item.canTake || !item.offeredUntil) return null;
    return el('p', { className: 'offer', id: id, 'data-until': item.offeredUntil, text: offerText(item.offeredUntil) });
  }

  function waitedText(since) {
    return t('queue.waited', { count: Math.max(0, Math.floor((serverNow() - Date.parse(since)) / 60000)) });
  }

  function offerText(until) {
    return t('queue.offeredToCoordinator', { count: Math.max(0, Math.ceil((Date.parse(until) - serverNow()) / 1000)) });
  }

  function updateWaited() {
    document.querySelectorAll('.waited[data-since]').forEach(function (node) { node.textContent = waitedText(node.getAttribute('data-since')); });
  }

  function updateOffers() {
    document.querySelectorAll('.offer[data-until]').forEach(function (node) {
      var text = offerText(node.getAttribute('data-until'));
      if (node.textContent !== text) node.textContent = text;
    });
  }

  /** A member offered to their care coordinator first can be taken at `offeredUntil`: ask again just after. */
  function scheduleOfferEnd(waiting) {
    clearTimeout(state.offerTimer);
    var ends = waiting.filter(function (i) { return !i.canTake && i.offeredUntil; }).map(function (i) { return Date.parse(i.offeredUntil); });
    if (ends.length) state.offerTimer = setTimeout(loadQueue, Math.max(0, Math.min.apply(Math, ends) - serverNow()) + 1000);
  }

  function accept(id, button) {
    button.disabled = true;
    showError('');
    api('POST', '/api/agent/handoffs/' + encodeURIComponent(id) + '/accept').then(function (view) {
      renderConversation(view, true);
    }, function (error) {
      failed(error, { 'handoff.taken': 'errors.taken', 'handoff.ended': 'errors.gone', 409: 'errors.taken', 'handoff.notYours': 'errors.notYours' });
      if (state.agent) $('queue-heading').focus();
    }).finally(loadQueue);
  }

  // ---- The conversation -------------------------------------------------------------------------

  function openConversation(id) {
    showError('');
    loadConversation(id, true);
  }

  /** Fetches a conversation; only the answer to the latest request is shown. */
  function loadConversation(id, focus) {
    var seq = ++state.openSeq;
    api('GET', '/api/agent/handoffs/' + encodeURIComponent(id)).then(function (view) {
      if (seq === state.openSeq) renderConversation(view, focus);
    }, function (error) { failed(error, { 404: 'errors.gone' }); });
  }

  function renderConversation(view, focus) {
    if (!state.agent) return;
    var fresh = view.id !== state.openId;
    state.openSeq++;
    state.openId = view.id;
    state.open = view;
    if (fresh) resetConversation(view);
    $('summary-heading').textContent = view.summary.heading;
    fill('summary', view.summary.lines.map(function (line) { return el('li', { dir: 'auto', text: line }); }));
    fill('conversation-details', [
      view.urgent ? el('li', {}, [el('strong', { className: 'urgent', text: t('queue.urgent') })]) : null,
      el('li', { text: t('queue.reason', { reason: view.reasonText }) }),
      el('li', { text: t('queue.language', { language: view.languageName }) }),
      el('li', { text: t('queue.channel', { channel: view.channelName }) })
    ]);
    renderTranscript(view, fresh);
    renderSuggestions(view);
    renderStatus(view);
    show('conversation', true);
    markOpenInMine();
    if (focus) $('conversation-heading').focus();
  }

  function resetConversation(view) {
    state.shownMessages = 0;
    $('reply-text').value = '';
    $('reply-text').setAttribute('lang', view.language);
    $('reply-error').textContent = '';
    fill('member-details', []);
    show('member-details', false);
    show('member-heading', false);
    show('member-details-button', !!view.memberAvailable);
    show('member-unavailable', !view.memberAvailable);
    show('end-confirm-box', false);
  }

  /** The whole transcript, in order; what the member or the bot said since the last look is announced. */
  function renderTranscript(view, fresh) {
    fill('transcript', view.transcript.map(function (entry) {
      var when = new Date(entry.at);
      return el('li', { className: 'from-' + entry.from }, [
        el('p', { className: 'who' }, [
          el('span', { text: t('conversation.from.' + entry.from) }), ' ',
          el('time', { datetime: entry.at, text: isNaN(when) ? '' : clock.format(when) })
        ]),
        el('p', { className: 'text', dir: 'auto', text: entry.text })
      ]);
    }));
    var added = view.transcript.slice(state.shownMessages);
    state.shownMessages = view.transcript.length;
    if (!added.length) return;
    $('transcript').scrollTop = $('transcript').scrollHeight;
    if (fresh) return;
    added.filter(function (e) { return e.from !== 'agent'; }).forEach(function (e) {
      say(t('conversation.newMessage', { who: t('conversation.from.' + e.from), text: e.text }));
    });
  }

  /** Each suggestion shows the agent's words, and the member's when they differ; a click puts the member's in the reply box. */
  function renderSuggestions(view) {
    fill('suggestions', view.suggestions.map(function (s) {
      var button = el('button', { type: 'button', className: 'suggestion' }, [
        el('span', { className: 'says', dir: 'auto', text: s.text }),
        s.memberText === s.text ? null : el('span', { className: 'member-text' }, [
          el('span', { className: 'label', text: t('conversation.memberSees') }), ' ',
          el('span', { lang: view.language, dir: 'auto', text: s.memberText })
        ])
      ]);
      button.addEventListener('click', function () {
        $('reply-text').value = s.memberText;
        $('reply-text').focus();
      });
      return button;
    }));
    show('suggestions-heading', view.suggestions.length > 0);
  }

  /** Only the agent holding an active conversation can reply, return or end it. */
  function renderStatus(view) {
    var mine = view.status === 'active' && (!view.agentId || view.agentId === state.agent.id);
    var note = view.status !== 'active' ? t('conversation.status.' + view.status) : mine ? '' : t('conversation.notYours');
    $('conversation-status').textContent = note;
    show('conversation-status', !!note);
    ['reply-text', 'reply-send', 'return-to-assistant', 'end-conversation'].forEach(function (id) { $(id).disabled = !mine; });
    show('mark-called', view.status === 'callback');
    show('close-conversation', !mine);
    if (!mine) show('end-confirm-box', false);
  }

  function markOpenInMine() {
    $('mine').querySelectorAll('li[data-handoff-id]').forEach(function (li) {
      if (li.getAttribute('data-handoff-id') === state.openId) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    });
  }

  function closeConversation() {
    state.openSeq++;
    state.openId = null;
    state.open = null;
    show('conversation', false);
    markOpenInMine();
  }

  /** The chat ended meanwhile (the member left, or another tab ended it). */
  var ENDED = { 'handoff.ended': 'errors.gone' };

  function handoffPath(suffix) { return '/api/agent/handoffs/' + encodeURIComponent(state.openId) + suffix; }

  /** The member's verified profile, fetched only when asked for: every look is written to the audit log. */
  function showMemberDetails() {
    var id = state.openId;
    api('GET', handoffPath('/member')).then(function (data) {
      if (id !== state.openId) return;
      fill('member-details', data.fields.reduce(function (nodes, field) {
        return nodes.concat([el('dt', { text: field.label }), el('dd', { dir: 'auto', text: field.value })]);
      }, []));
      show('member-details-button', false);
      show('member-heading', true);
      show('member-details', true);
      $('member-heading').focus();
    }, failed);
  }

  function sendReply(event) {
    event.preventDefault();
    var box = $('reply-text');
    var text = box.value.trim();
    $('reply-error').textContent = !text ? t('reply.empty') : text.length > 1000 ? t('reply.tooLong', { count: 1000 }) : '';
    if (!text || text.length > 1000) return box.focus();
    var id = state.openId;
    $('reply-send').disabled = true;
    api('POST', handoffPath('/messages'), { text: text }).then(function () {
      if (id !== state.openId) return;
      if (box.value.trim() === text) box.value = '';
      loadConversation(id);
    }, function (error) { failed(error, ENDED); }).finally(function () { if (state.open) renderStatus(state.open); });
  }

  function replyKeys(event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    $('reply-form').requestSubmit();
  }

  /** Return to the assistant, or end: the conversation leaves this agent, so the panel closes and says what happened. */
  function finish(action, doneKey) {
    var id = state.openId;
    showError('');
    api('POST', handoffPath('/' + action)).then(function () {
      closeConversation();
      say(t(doneKey));
      loadQueue();
      $('queue-heading').focus();
    }, function (error) {
      failed(error, ENDED);
      if (state.agent) loadConversation(id); // it may have ended or moved meanwhile: show how it stands
    });
  }

  /** Ending asks first, in the page: the confirm button takes focus; "No" gives it back. */
  function confirmEnd(asking) {
    show('end-confirm-box', asking);
    $(asking ? 'end-confirm' : 'end-conversation').focus();
  }

  // ---- Wiring -----------------------------------------------------------------------------------

  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  $('available').addEventListener('change', setAvailability);
  $('member-details-button').addEventListener('click', showMemberDetails);
  $('reply-form').addEventListener('submit', sendReply);
  $('reply-text').addEventListener('keydown', replyKeys);
  $('return-to-assistant').addEventListener('click', function () { finish('return', 'conversation.returned'); });
  $('end-conversation').addEventListener('click', function () { confirmEnd(true); });
  $('end-cancel').addEventListener('click', function () { confirmEnd(false); });
  $('end-confirm').addEventListener('click', function () { finish('end', 'conversation.ended'); });
  $('close-conversation').addEventListener('click', closeConversation);
  $('mark-called').addEventListener('click', function () { finish('called', 'conversation.called'); });

  api('GET', '/api/agent/me').then(start, function (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) return; // signedOut() has shown the form
    $('sign-in-error').textContent = t(error.status === 0 ? 'errors.network' : 'errors.generic');
    showScreen(false);
  });
})();
