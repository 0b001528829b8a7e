/* Member chat page: starts (or resumes) a Direct Line conversation and renders Web Chat. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('carebridge-config').textContent);
  var root = document.getElementById('webchat');
  var store = { local: safeStorage('localStorage'), session: safeStorage('sessionStorage') };

  // A member who picked a language before comes back to it.
  var remembered = store.local.get('carebridge.language');
  if (!config.picked && remembered && remembered !== config.language) {
    location.replace('/?lang=' + encodeURIComponent(remembered));
    return;
  }
  if (config.picked) store.local.set('carebridge.language', config.language);

  var userId = store.local.get('carebridge.userId');
  if (!userId) {
    userId = 'web_' + randomId();
    store.local.set('carebridge.userId', userId);
  }

  // "Listen" on every bot message: its audio comes from the message's own speech markup and the server's signature of it.
  var listenLinks = [];
  var audio = document.getElementById('listen-audio');
  var webChatStore = WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          var a = action.payload.activity;
          if (a.type === 'message' && a.text && a.from && a.from.id !== userId) {
            var signature = a.channelData && a.channelData.listenSignature;
            listenLinks.push(signature && a.speak ? '/api/speech/tts?ssml=' + encodeURIComponent(a.speak) + '&sig=' + encodeURIComponent(signature) : null);
          }
        }
        return next(action);
      };
    };
  });

  function addListenButtons() {
    var bubbles = root.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)');
    bubbles.forEach(function (bubble, index) {
      var link = listenLinks[index];
      if (!link || bubble.querySelector('.listen')) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'listen';
      button.textContent = config.strings.listen;
      button.addEventListener('click', function () {
        audio.src = link;
        audio.play().catch(function () {});
      });
      bubble.appendChild(button);
    });
  }
  new MutationObserver(addListenButtons).observe(root, { childList: true, subtree: true });

  function speechPonyfill() {
    if (config.speech !== 'azure') return WebChat.createBrowserWebSpeechPonyfillFactory();
    return WebChat.createCognitiveServicesSpeechServicesPonyfillFactory({
      credentials: function () {
        return fetch('/api/speech/token', { method: 'POST' }).then(function (res) { return res.json(); });
      }
    });
  }

  var display = {
    largeText: store.local.get('carebridge.largeText') === '1',
    highContrast: store.local.get('carebridge.highContrast') === '1',
    voiceInput: store.local.get('carebridge.voiceInput') === '1'
  };
  var directLine;

  function randomId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function safeStorage(name) {
    try {
      var s = window[name];
      return { get: function (k) { return s.getItem(k); }, set: function (k, v) { s.setItem(k, v); }, remove: function (k) { s.removeItem(k); } };
    } catch (e) {
      return { get: function () { return null; }, set: function () {}, remove: function () {} };
    }
  }

  function post(path, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch('/v3/directline' + path, { method: 'POST', headers: headers, body: JSON.stringify(body || {}) }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  // Resume this tab's conversation after a reload (never start over), else start a new one.
  function connect() {
    var key = 'carebridge.conversation.' + config.language;
    var saved = JSON.parse(store.session.get(key) || 'null');
    var start = post('/tokens/generate', null, { user: { id: userId }, locale: config.picked ? config.locale : undefined });
    var grant = saved ? post('/tokens/refresh', saved.token).catch(function () { return start; }) : start;
    return grant.then(function (g) {
      store.session.set(key, JSON.stringify({ conversationId: g.conversationId, token: g.token }));
      return WebChat.createDirectLine({ token: g.token, conversationId: g.conversationId, domain: location.origin + '/v3/directline', webSocket: true });
    });
  }

  function styleOptions() {
    var s = {
      bubbleBorderColor: '#595959', bubbleBorderWidth: 1, bubbleBorderRadius: 8,
      bubbleFromUserBorderColor: '#595959', bubbleFromUserBorderWidth: 1, bubbleFromUserBorderRadius: 8,
      bubbleFromUserBackground: '#E8F1FB', sendBoxBorderTop: 'solid 2px #595959',
      suggestedActionBackgroundColor: '#FFFFFF', suggestedActionBorderColor: '#1A4F8B', suggestedActionTextColor: '#1A4F8B', suggestedActionBorderWidth: 2,
      subtle: '#595959', timestampColor: '#595959', hideUploadButton: true, primaryFont: 'system-ui, "Segoe UI", Arial, sans-serif',
      rootHeight: '100%'
    };
    if (display.largeText) {
      s.fontSizeSmall = '90%';
      s.bubbleMinHeight = 56;
      s.sendBoxHeight = 64;
      s.suggestedActionHeight = 56;
    }
    if (display.highContrast) {
      // Every colour Web Chat draws on its own (hover and focus states, notifications, focus indicators,
      // links) is set here too: its defaults are meant for a white background and vanish on black.
      s.accent = '#FFFF00'; s.backgroundColor = '#000000'; s.subtle = '#FFFFFF'; s.timestampColor = '#FFFFFF'; s.notificationText = '#FFFFFF';
      s.bubbleBackground = '#000000'; s.bubbleTextColor = '#FFFFFF'; s.bubbleBorderColor = '#FFFFFF';
      s.bubbleFromUserBackground = '#000000'; s.bubbleFromUserTextColor = '#FFFF00'; s.bubbleFromUserBorderColor = '#FFFF00';
      s.sendBoxBackground = '#000000'; s.sendBoxTextColor = '#FFFFFF'; s.sendBoxPlaceholderColor = '#D9D9D9'; s.sendBoxBorderTop = 'solid 2px #FFFFFF';
      s.sendBoxButtonColor = '#FFFF00'; s.sendBoxButtonColorOnHover = '#FFFF00'; s.sendBoxButtonColorOnFocus = '#FFFF00'; s.sendBoxButtonColorOnActive = '#FFFF00';
      s.sendBoxButtonShadeColorOnHover = '#333333'; s.sendBoxButtonShadeColorOnActive = '#333333'; s.sendBoxButtonKeyboardFocusIndicatorBorderColor = '#00FFFF';
      s.suggestedActionBackgroundColor = '#000000'; s.suggestedActionTextColor = '#FFFF00'; s.suggestedActionBorderColor = '#FFFF00';
      s.suggestedActionBackgroundColorOnHover = '#333333'; s.suggestedActionBackgroundColorOnActive = '#333333'; s.suggestedActionBackgroundColorOnFocus = '#000000';
      s.suggestedActionTextColorOnHover = '#FFFF00'; s.suggestedActionTextColorOnActive = '#FFFF00'; s.suggestedActionTextColorOnFocus = '#FFFF00';
      s.suggestedActionKeyboardFocusIndicatorBorderColor = '#00FFFF'; s.suggestedActionsVisualKeyboardIndicatorColor = '#00FFFF';
      s.transcriptVisualKeyboardIndicatorColor = '#00FFFF'; s.transcriptActivityVisualKeyboardIndicatorColor = '#00FFFF';
    }
    return s;
  }

  function render() {
    document.body.classList.toggle('large-text', display.largeText);
    document.body.classList.toggle('high-contrast', display.highContrast);
    document.getElementById('large-text').setAttribute('aria-pressed', String(display.largeText));
    document.getElementById('high-contrast').setAttribute('aria-pressed', String(display.highContrast));
    document.getElementById('voice-input').setAttribute('aria-pressed', String(display.voiceInput));
    if (!directLine) return;
    WebChat.renderWebChat({
      directLine: directLine,
      userID: userId,
      locale: config.locale,
      dir: config.dir,
      styleOptions: styleOptions(),
      store: webChatStore,
      // The microphone takes the send button's place in Web Chat, so it comes only when the member asks for it.
      webSpeechPonyfillFactory: display.voiceInput ? speechPonyfill() : undefined,
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: config.strings.placeholder, TEXT_INPUT_SEND_BUTTON_ALT: config.strings.send }
    }, root);
  }

  function toggle(name, key) {
    return function () {
      display[name] = !display[name];
      store.local.set(key, display[name] ? '1' : '0');
      render();
    };
  }

  document.getElementById('large-text').addEventListener('click', toggle('largeText', 'carebridge.largeText'));
  document.getElementById('high-contrast').addEventListener('click', toggle('highContrast', 'carebridge.highContrast'));
  document.getElementById('voice-input').addEventListener('click', toggle('voiceInput', 'carebridge.voiceInput'));
  render();

  connect().then(function (dl) {
    directLine = dl;
    root.textContent = '';
    render();
  }).catch(function () {
    root.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'offline';
    p.setAttribute('role', 'alert');
    p.textContent = config.offline;
    root.appendChild(p);
  });
})();
