/*!
 * Clinic chat widget: a floating chat panel that talks to the Rasa assistant over
 * Rasa's socket.io channel. Embed with one script tag (see docs/widget.md):
 *
 *   <script src="https://HOST/webhooks/web/widget/widget.js" data-server="https://HOST"
 *           data-clinic-name="Riverside Dermatology" data-primary-color="#0b5f7a" async></script>
 *
 * widget.css and vendor/socket.io.min.js are loaded relative to this file's own URL.
 * The widget's own texts are in English and Spanish (STRINGS below; see "Language").
 * Safety rules kept throughout: message text only ever reaches the page through
 * textContent / createTextNode (never innerHTML); links are built as DOM nodes and only
 * with tel: or http(s): addresses.
 */
(function () {
  "use strict";

  var GLOBAL_FLAG = "__clinicChatWidget";
  if (window[GLOBAL_FLAG]) return; // embedded twice: keep the first one
  var script = document.currentScript || findOwnScript();
  if (!script || !script.src) return;
  window[GLOBAL_FLAG] = { version: "1.1.0" };

  var MAX_MESSAGES = 200; // kept in storage
  var MAX_LENGTH = 1000; // characters per user message
  var REPLY_TIMEOUT_MS = 45000;
  var STORE_VERSION = 1;

  // ------------------------------------------------------------------ configuration
  function findOwnScript() {
    var all = document.getElementsByTagName("script");
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/widget\.js(\?|#|$)/.test(all[i].src || "")) return all[i];
    }
    return null;
  }

  function attr(name) {
    var value = script.getAttribute(name);
    return value == null ? "" : String(value).trim();
  }

  function validColor(value) {
    return /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value : "";
  }

  var scriptUrl = new URL(script.src, document.baseURI);
  var config = {
    server: attr("data-server") || scriptUrl.origin,
    socketPath: attr("data-socket-path") || "/socket.io",
    clinicName: attr("data-clinic-name"), // empty: "the clinic" / "la clínica"
    primaryColor: validColor(attr("data-primary-color")) || "#0b5f7a",
    emergencyNumber: attr("data-emergency-number").replace(/[^\d+]/g, "") || "911",
    storage: attr("data-storage").toLowerCase() === "local" ? "local" : "session",
    greeting: attr("data-greeting"), // in the page's language; data-greeting-en / -es per language
    // Rasa 3.6 runs on Sanic 21.12, whose websockets fail on Python 3.11: long-polling by
    // default; data-transports="websocket,polling" for a server where websockets work.
    transports: attr("data-transports").split(",").map(function (t) { return t.trim(); })
      .filter(function (t) { return t === "polling" || t === "websocket"; })
  };
  if (!config.transports.length) config.transports = ["polling"];
  try {
    config.server = new URL(config.server, document.baseURI).origin;
  } catch (e) {
    config.server = scriptUrl.origin;
  }
  var STORE_KEY = "clinicChat:" + config.server;

  // ------------------------------------------------------------------ language
  // Every text the widget itself shows. {clinic} is the clinic's name, {n} a count, {number}
  // the emergency number (shown as its tel: link). Message text is never translated here: the
  // assistant answers in the patient's language itself.
  var STRINGS = {
    en: {
      clinic: "the clinic",
      launcher: "Chat with {clinic}",
      unreadOne: "({n} new message)",
      unreadMany: "({n} new messages)",
      subtitle: "Automated assistant \u00b7 general information only",
      clear: "Clear chat",
      clearLabel: "Clear this conversation and start over",
      close: "Close chat",
      emergency: "Not for emergencies \u2014 call\u00a0{number}", // no line break before the number
      intro: "Hi! Ask me about Botox, or tell me if something doesn't feel right after a treatment at {clinic}.",
      log: "Conversation",
      inputLabel: "Message to the assistant",
      placeholder: "Type your question\u2026",
      send: "Send message",
      suggested: "Suggested replies",
      bot: "Assistant: ",
      user: "You: ",
      typing: "The assistant is typing\u2026",
      noReply: "No reply yet. Please try again in a moment, or call {clinic}.",
      unavailable: "The chat is unavailable right now. Please call {clinic}.",
      connecting: "Connecting\u2026",
      lost: "Connection lost. Reconnecting\u2026",
      unreachable: "Can't reach the assistant right now. Retrying\u2026"
    },
    es: {
      clinic: "la cl\u00ednica",
      launcher: "Chatear con {clinic}",
      unreadOne: "({n} mensaje nuevo)",
      unreadMany: "({n} mensajes nuevos)",
      subtitle: "Asistente automatizado \u00b7 solo informaci\u00f3n general",
      clear: "Borrar chat",
      clearLabel: "Borrar esta conversaci\u00f3n y empezar de nuevo",
      close: "Cerrar chat",
      emergency: "No es para emergencias \u2014 llame al\u00a0{number}",
      intro: "\u00a1Hola! Preg\u00fanteme sobre el Botox, o d\u00edgame si algo no le parece bien despu\u00e9s de un tratamiento en {clinic}.",
      log: "Conversaci\u00f3n",
      inputLabel: "Mensaje para el asistente",
      placeholder: "Escriba su pregunta\u2026",
      send: "Enviar mensaje",
      suggested: "Respuestas sugeridas",
      bot: "Asistente: ",
      user: "Usted: ",
      typing: "El asistente est\u00e1 escribiendo\u2026",
      noReply: "Todav\u00eda no hay respuesta. Int\u00e9ntelo de nuevo en un momento, o llame a {clinic}.",
      unavailable: "El chat no est\u00e1 disponible en este momento. Llame a {clinic}.",
      connecting: "Conectando\u2026",
      lost: "Se perdi\u00f3 la conexi\u00f3n. Reconectando\u2026",
      unreachable: "No se puede contactar al asistente en este momento. Reintentando\u2026"
    }
  };

  // "es", "es-MX", "es_US" ... -> "es"; "en", "en-GB" ... -> "en"; anything else -> ""
  function languageOf(tag) {
    var m = /^\s*(en|es)(?:[-_]|\s*$)/i.exec(String(tag || ""));
    return m ? m[1].toLowerCase() : "";
  }

  // The page's language: data-lang on the script tag, else <html lang>, else English. A
  // conversation whose patient writes Spanish switches to Spanish (state.lang, see send()).
  var pageLang = languageOf(attr("data-lang")) || languageOf(document.documentElement.getAttribute("lang")) || "en";

  // Does a message the patient typed look Spanish? "¿" or "¡" decide at once; otherwise Spanish
  // words and marks (ñ, accented vowels) score points and must outnumber common English words:
  // "hola, cuanto dura el botox?" is Spanish, "I had a coffee at the café" is not (docs/widget.md).
  var ES_STRONG = toSet("hola gracias buenas buenos dias tardes noches tengo tiene tienes puedo puede puedes " +
    "cuanto cuanta cuantos cuantas cuesta cuestan dura duran duele duelen dolor quiero quisiera necesito " +
    "como cuando donde porque pregunta ayuda usted estoy esta estan tambien despues antes ojo ojos parpado " +
    "ceja cejas cara frente cabeza hinchado hinchazon moreton moretones cita precio clinica tratamiento " +
    "inyeccion inyecciones arrugas hice hizo puse pusieron bien mal");
  var ES_WEAK = toSet("que el la los las mi mis de del y un una es en se lo le con muy mas pero si yo tu por para");
  var EN_WORDS = toSet("the a an i im is are was be been my you your what how does do did have has had it its " +
    "and or of to on for with can could will would this that after before me hi hello hey thanks thank please " +
    "long much hurt last get when where why just not there feel feels about from");
  function toSet(words) {
    var set = {};
    words.split(" ").forEach(function (w) { set[w] = true; });
    return set;
  }
  function looksSpanish(text) {
    text = String(text || "").toLowerCase();
    if (/[\u00bf\u00a1]/.test(text)) return true;
    var marks = (text.match(/[\u00f1\u00e1\u00e9\u00ed\u00f3\u00fa\u00fc]/g) || []).length;
    var words = text.normalize ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").match(/[a-z]+/g) : null;
    var score = 2 * Math.min(marks, 2), english = 0;
    (words || text.match(/[a-z]+/g) || []).forEach(function (w) {
      if (ES_STRONG[w]) score += 2;
      else if (ES_WEAK[w]) score += 1;
      if (EN_WORDS[w]) english += 1;
    });
    return score >= 2 && score > english;
  }

  // ------------------------------------------------------------------ storage
  function memoryStorage() {
    var data = {};
    return {
      getItem: function (k) { return Object.prototype.hasOwnProperty.call(data, k) ? data[k] : null; },
      setItem: function (k, v) { data[k] = String(v); },
      removeItem: function (k) { delete data[k]; }
    };
  }

  function pickStorage(kind) {
    try {
      var s = window[kind + "Storage"];
      var probe = "clinicChat:probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return memoryStorage(); // storage blocked (privacy mode, sandboxed iframe): this page only
    }
  }

  var storage = pickStorage(config.storage);

  function newSessionId() {
    var c = window.crypto || window.msCrypto;
    if (c && typeof c.randomUUID === "function") {
      try { return c.randomUUID().replace(/-/g, ""); } catch (e) { /* not a secure context */ }
    }
    var bytes = new Uint8Array(16);
    c.getRandomValues(bytes); // 128 random bits; throws (widget stays off) without Web Crypto
    var hex = "";
    for (var i = 0; i < bytes.length; i++) hex += (bytes[i] + 256).toString(16).slice(1);
    return hex;
  }

  function validMessage(m) {
    return m && (m.from === "user" || m.from === "bot") && typeof m.text === "string";
  }

  function loadState() {
    var state = null;
    try {
      state = JSON.parse(storage.getItem(STORE_KEY) || "null");
    } catch (e) {
      state = null;
    }
    if (!state || state.v !== STORE_VERSION || typeof state.sessionId !== "string" ||
        !/^[0-9a-f]{32}$/.test(state.sessionId)) {
      state = { v: STORE_VERSION, sessionId: newSessionId(), messages: [] };
    }
    state.messages = (Array.isArray(state.messages) ? state.messages : []).filter(validMessage);
    if (state.lang !== "es") delete state.lang; // the conversation's language, once the patient wrote Spanish
    return state;
  }

  function saveState() {
    state.messages = state.messages.slice(-MAX_MESSAGES);
    try {
      storage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (e) {
      /* storage full or blocked: the conversation still works on this page */
    }
  }

  var state = loadState();

  var lang = ""; // the language the widget's texts are in now (applyLanguage)
  function currentLang() {
    return state.lang || pageLang;
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values || {}, key) ? String(values[key]) : whole;
    });
  }
  function clinicName() {
    return config.clinicName || STRINGS[lang || currentLang()].clinic;
  }
  // the text `key` in the current language, {clinic} filled in
  function t(key, values) {
    var v = { clinic: clinicName() };
    for (var k in values || {}) v[k] = values[k];
    return fill(STRINGS[lang || currentLang()][key], v);
  }

  // Whether the panel is open is remembered per tab (sessionStorage) whatever data-storage
  // says: a new tab or a visit days later starts with the panel closed.
  var tabStorage = config.storage === "session" ? storage : pickStorage("session");
  var OPEN_KEY = STORE_KEY + ":open";
  function rememberOpen(isOpen) {
    try {
      if (isOpen) tabStorage.setItem(OPEN_KEY, "1");
      else tabStorage.removeItem(OPEN_KEY);
    } catch (e) { /* ignore */ }
  }
  function wasOpen() {
    try { return tabStorage.getItem(OPEN_KEY) === "1"; } catch (e) { return false; }
  }

  // ------------------------------------------------------------------ colours (WCAG AA)
  function luminance(hex) {
    var h = hex.slice(1);
    if (h.length === 3) h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
    var rgb = [0, 2, 4].map(function (i) {
      var c = parseInt(h.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // Text on the brand colour: white or near-black, whichever reads better. A brand colour
  // that reaches 4.5:1 with neither (mid greys) is replaced by the default.
  var primary = config.primaryColor;
  var onPrimary = contrast(primary, "#ffffff") >= contrast(primary, "#111111") ? "#ffffff" : "#111111";
  if (contrast(primary, onPrimary) < 4.5) {
    primary = "#0b5f7a";
    onPrimary = "#ffffff";
  }

  // ------------------------------------------------------------------ DOM helpers
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        if (!Object.prototype.hasOwnProperty.call(attrs, k) || attrs[k] == null) continue;
        if (k === "text") node.textContent = attrs[k];
        else if (k === "className") node.className = attrs[k];
        else node.setAttribute(k, attrs[k]);
      }
    }
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  var SVG_NS = "http://www.w3.org/2000/svg";
  function icon(pathData, size) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", String(size || 24));
    svg.setAttribute("height", String(size || 24));
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", pathData);
    path.setAttribute("fill", "currentColor");
    svg.appendChild(path);
    return svg;
  }

  var ICON_CHAT = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z";
  var ICON_CLOSE = "M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 1 0-1.4 1.4L10.6 12l-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4z";
  var ICON_SEND = "M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z";

  // Phone numbers (North American style: (555) 010-0123, 555-010-0123, +1 555 010 0123),
  // the emergency number as a whole word, and http(s) links.
  var PHONE_SOURCE = "(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)|\\d{3})[ .-]?\\d{3}[ .-]?\\d{4}";
  var URL_SOURCE = "https?:\\/\\/[^\\s<>\"']+";
  var EMERGENCY_SOURCE = config.emergencyNumber.replace(/[+]/g, "\\+");
  var TOKEN = new RegExp("(" + URL_SOURCE + ")|(" + PHONE_SOURCE + ")|(" + EMERGENCY_SOURCE + ")", "g");

  function telHref(text) {
    var digits = text.replace(/[^\d]/g, "");
    return "tel:" + (text.trim().charAt(0) === "+" ? "+" : "") + digits;
  }

  function safeHttpUrl(text) {
    try {
      var url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
    } catch (e) {
      return "";
    }
  }

  // Appends `text` to `parent` as text nodes, with phone numbers as tel: links and web
  // addresses as links. Only createTextNode / textContent ever see the text.
  function appendRichText(parent, text) {
    var last = 0, match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(text)) !== null) {
      var token = match[0], start = match.index, end = start + token.length;
      var before = text.charAt(start - 1), after = text.charAt(end);
      var link = null;
      if (match[1]) {
        var trimmed = token.replace(/[.,;:!?)\]]+$/, "");
        end = start + trimmed.length;
        var href = safeHttpUrl(trimmed);
        if (href) {
          link = el("a", { href: href, target: "_blank", rel: "noopener noreferrer", text: trimmed });
        }
      } else if (!/[\w+]/.test(before) && !/\w/.test(after)) {
        link = el("a", { href: telHref(token), className: "cw-tel", text: token });
      }
      if (!link) continue;
      if (start > last) parent.appendChild(document.createTextNode(text.slice(last, start)));
      parent.appendChild(link);
      last = end;
      TOKEN.lastIndex = end;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // ------------------------------------------------------------------ build the widget
  var host = el("div", { id: "clinic-chat-widget", "data-clinic-chat": "" });
  host.style.cssText = "display:none"; // shown once widget.css has loaded (no unstyled flash)
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;

  var stylesheet = el("link", { rel: "stylesheet", href: new URL("widget.css", scriptUrl).href });
  stylesheet.addEventListener("load", function () { host.style.cssText = ""; });
  stylesheet.addEventListener("error", function () { host.style.cssText = ""; });

  var wrapper = el("div", { className: "cw" });
  wrapper.style.setProperty("--cw-primary", primary);
  wrapper.style.setProperty("--cw-on-primary", onPrimary);

  // open or closed: aria-expanded says which. Every text is set by applyLanguage().
  var badge = el("span", { className: "cw-badge", "aria-hidden": "true" });
  badge.hidden = true;
  var launcher = el("button", {
    type: "button", className: "cw-launcher",
    "aria-expanded": "false", "aria-controls": "cw-panel"
  }, [icon(ICON_CHAT, 28), badge]);

  var title = el("h2", { id: "cw-title", className: "cw-title" });
  var subtitle = el("p", { className: "cw-subtitle" });
  var clearButton = el("button", { type: "button", className: "cw-text-button" });
  var closeButton = el("button", { type: "button", className: "cw-icon-button" }, [icon(ICON_CLOSE, 22)]);
  var header = el("div", { className: "cw-header" }, [
    el("div", { className: "cw-heading" }, [title, subtitle]),
    el("div", { className: "cw-header-actions" }, [clearButton, closeButton])
  ]);

  var emergencyText = el("span", { className: "cw-emergency-text" });
  var emergency = el("p", { className: "cw-emergency" }, [
    el("span", { "aria-hidden": "true", className: "cw-emergency-icon", text: "!" }),
    emergencyText
  ]);

  var intro = el("p", { className: "cw-intro" });
  var log = el("div", {
    className: "cw-log", role: "log", "aria-live": "polite", "aria-relevant": "additions", tabindex: "0"
  });

  var typing = el("div", { className: "cw-typing", role: "status" });
  var connection = el("p", { className: "cw-connection", role: "status" });

  var input = el("textarea", {
    id: "cw-input", className: "cw-input", rows: "1", maxlength: String(MAX_LENGTH),
    autocomplete: "off", enterkeyhint: "send"
  });
  var sendButton = el("button", { type: "submit", className: "cw-send" }, [icon(ICON_SEND, 22)]);
  var inputLabel = el("label", { "for": "cw-input", className: "cw-sr-only" });
  var form = el("form", { className: "cw-form" }, [inputLabel, input, sendButton]);

  var panel = el("section", {
    id: "cw-panel", className: "cw-panel", role: "dialog", "aria-modal": "false",
    "aria-labelledby": "cw-title"
  }, [header, emergency, intro, log, typing, connection, form]);
  panel.hidden = true;

  wrapper.appendChild(panel);
  wrapper.appendChild(launcher);
  root.appendChild(stylesheet);
  root.appendChild(wrapper);

  // ------------------------------------------------------------------ rendering
  var rendered = 0; // messages of state.messages currently in the log
  var quickReplyGroup = null;

  function messageNode(message) {
    var bubble = el("p", { className: "cw-bubble" });
    if (message.from === "bot") appendRichText(bubble, message.text);
    else bubble.textContent = message.text;
    return el("div", { className: "cw-msg cw-msg--" + message.from }, [
      el("span", { className: "cw-sr-only cw-speaker", text: t(message.from === "bot" ? "bot" : "user") }),
      bubble
    ]);
  }

  function renderQuickReplies() {
    if (quickReplyGroup) {
      quickReplyGroup.parentNode.removeChild(quickReplyGroup);
      quickReplyGroup = null;
    }
    var lastMessage = state.messages[state.messages.length - 1];
    if (!lastMessage || lastMessage.from !== "bot" || !lastMessage.quickReplies ||
        !lastMessage.quickReplies.length) return;
    quickReplyGroup = el("div", { className: "cw-quick-replies", role: "group", "aria-label": t("suggested") });
    lastMessage.quickReplies.forEach(function (reply) {
      var button = el("button", { type: "button", className: "cw-quick-reply", text: reply.title });
      button.addEventListener("click", function () {
        send(reply.payload, reply.title);
        input.focus();
      });
      quickReplyGroup.appendChild(button);
    });
    log.appendChild(quickReplyGroup);
  }

  function render(full) {
    if (full || rendered > state.messages.length) {
      while (log.firstChild) log.removeChild(log.firstChild);
      quickReplyGroup = null;
      rendered = 0;
    }
    for (; rendered < state.messages.length; rendered++) {
      log.appendChild(messageNode(state.messages[rendered]));
    }
    renderQuickReplies();
    intro.hidden = state.messages.length > 0;
    scrollToEnd();
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  var unread = 0;
  function updateLauncher() {
    var open = !panel.hidden;
    launcher.setAttribute("aria-expanded", open ? "true" : "false");
    launcher.replaceChild(icon(open ? ICON_CLOSE : ICON_CHAT, 28), launcher.firstChild);
    badge.hidden = open || unread === 0;
    badge.textContent = unread > 9 ? "9+" : String(unread);
    launcher.setAttribute("aria-label", t("launcher") +
      (unread && !open ? " " + t(unread > 1 ? "unreadMany" : "unreadOne", { n: unread }) : ""));
    wrapper.classList.toggle("cw--open", open);
  }

  function setTyping(on) {
    typing.classList.toggle("cw-typing--on", on);
    while (typing.firstChild) typing.removeChild(typing.firstChild);
    if (on) {
      typing.appendChild(el("span", { className: "cw-dots", "aria-hidden": "true" },
        [el("span"), el("span"), el("span")]));
      typing.appendChild(el("span", { className: "cw-sr-only", text: t("typing") }));
    }
  }

  var connectionKey = ""; // which STRINGS text the connection line shows ("" for none)
  function setConnection(key) {
    connectionKey = key || "";
    connection.textContent = connectionKey ? t(connectionKey) : "";
    connection.hidden = !connectionKey;
  }

  // Puts every text of the widget in the current language (on start, when the patient writes
  // Spanish, on "Clear chat", and when another tab changed the conversation).
  function applyLanguage() {
    var next = currentLang();
    if (next === lang) return;
    lang = next;
    wrapper.setAttribute("lang", lang);
    title.textContent = clinicName();
    subtitle.textContent = t("subtitle");
    clearButton.textContent = t("clear");
    clearButton.setAttribute("aria-label", t("clearLabel"));
    closeButton.setAttribute("aria-label", t("close"));
    while (emergencyText.firstChild) emergencyText.removeChild(emergencyText.firstChild);
    t("emergency").split("{number}").forEach(function (part, i) {
      if (i > 0) emergencyText.appendChild(el("a", { href: "tel:" + config.emergencyNumber, text: config.emergencyNumber }));
      if (part) emergencyText.appendChild(document.createTextNode(part));
    });
    intro.textContent = attr("data-greeting-" + lang) || (lang === pageLang && config.greeting) || t("intro");
    log.setAttribute("aria-label", t("log"));
    inputLabel.textContent = t("inputLabel");
    input.setAttribute("placeholder", t("placeholder"));
    sendButton.setAttribute("aria-label", t("send"));
    var speakers = log.querySelectorAll(".cw-msg--bot > .cw-speaker, .cw-msg--user > .cw-speaker");
    for (var i = 0; i < speakers.length; i++) {
      speakers[i].textContent = t(/cw-msg--bot/.test(speakers[i].parentNode.className) ? "bot" : "user");
    }
    if (quickReplyGroup) quickReplyGroup.setAttribute("aria-label", t("suggested"));
    if (typing.classList.contains("cw-typing--on")) setTyping(true);
    setConnection(connectionKey);
    updateLauncher();
  }

  // ------------------------------------------------------------------ conversation
  var socket = null;
  var ready = false; // connected and the server confirmed our session id
  var pending = []; // user messages waiting for a confirmed session
  var awaiting = false; // this tab sent something and expects the reply
  var awaitingTimer = null, replyTimer = null;

  function addMessage(message) {
    message.t = Date.now();
    state.messages.push(message);
    if (state.messages.length > MAX_MESSAGES) {
      state.messages = state.messages.slice(-MAX_MESSAGES);
      rendered = Infinity; // forces a full re-render
    }
    saveState();
    render(false);
  }

  function send(text, shownAs) {
    text = String(text || "").trim().slice(0, MAX_LENGTH);
    if (!text) return;
    // typed by the patient (a quick reply's title is the assistant's words): Spanish switches
    // the widget to Spanish for the rest of the conversation
    if (shownAs == null && !state.lang && looksSpanish(text)) {
      state.lang = "es";
      applyLanguage();
    }
    addMessage({ from: "user", text: String(shownAs || text).slice(0, MAX_LENGTH) });
    pending.push(text);
    awaiting = true;
    clearTimeout(awaitingTimer);
    setTyping(true);
    clearTimeout(replyTimer);
    replyTimer = setTimeout(function () {
      setTyping(false);
      setConnection("noReply");
    }, REPLY_TIMEOUT_MS);
    flush();
  }

  function flush() {
    if (!ready) {
      connect();
      return;
    }
    while (pending.length) {
      socket.emit("user_uttered", { message: pending.shift(), session_id: state.sessionId });
    }
  }

  function normaliseReplies(list) {
    if (!Array.isArray(list)) return [];
    return list.filter(function (b) {
      return b && typeof b.title === "string" && b.title.trim();
    }).slice(0, 12).map(function (b) {
      return { title: b.title, payload: typeof b.payload === "string" && b.payload ? b.payload : b.title };
    });
  }

  function onBotMessage(data) {
    if (!data || typeof data !== "object") return;
    var text = typeof data.text === "string" ? data.text : "";
    var replies = normaliseReplies(data.quick_replies || data.buttons);
    if (!text && !replies.length) return; // images, custom payloads: not shown by this widget
    var message = { from: "bot", text: text };
    if (replies.length) message.quickReplies = replies;

    clearTimeout(replyTimer);
    setTyping(false);
    setConnection("");
    if (panel.hidden) {
      unread++;
      updateLauncher();
    }

    if (awaiting || config.storage !== "local") {
      record(message);
    } else {
      // localStorage is shared by this site's open tabs, which all receive the reply:
      // let the tab that asked store it, and store it here only if none did.
      setTimeout(function () {
        state = loadState();
        var since = Date.now() - 10000;
        var stored = state.messages.some(function (m) {
          return m.from === "bot" && m.text === message.text && m.t >= since;
        });
        if (!stored) record(message);
        else render(true);
      }, 400);
    }
  }

  function record(message) {
    addMessage(message);
    if (awaiting) {
      clearTimeout(awaitingTimer);
      awaitingTimer = setTimeout(function () { awaiting = false; }, 3000);
    }
  }

  function loadSocketIo(callback) {
    if (loadSocketIo.io) return callback(loadSocketIo.io);
    if (loadSocketIo.loading) return loadSocketIo.loading.push(callback);
    loadSocketIo.loading = [callback];
    var previous = window.io; // the host page may have its own socket.io client
    var tag = document.createElement("script");
    tag.src = new URL("vendor/socket.io.min.js", scriptUrl).href;
    tag.async = true;
    tag.onload = function () {
      var io = window.io;
      if (previous !== undefined) window.io = previous;
      if (typeof io !== "function") return tag.onerror();
      loadSocketIo.io = io;
      var waiting = loadSocketIo.loading;
      loadSocketIo.loading = null;
      waiting.forEach(function (cb) { cb(io); });
    };
    tag.onerror = function () {
      loadSocketIo.loading = null;
      setTyping(false);
      setConnection("unavailable");
    };
    document.head.appendChild(tag);
  }

  function connect() {
    if (socket || loadSocketIo.loading) return;
    // say "Connecting…" only if it takes a moment (no flicker on a normal open)
    var slow = setTimeout(function () { if (!ready) setConnection("connecting"); }, 1500);
    loadSocketIo(function (io) {
      if (socket) return;
      socket = io(config.server, {
        path: config.socketPath,
        transports: config.transports,
        upgrade: config.transports.indexOf("websocket") >= 0,
        withCredentials: false
      });
      socket.on("connect", function () {
        ready = false;
        socket.emit("session_request", { session_id: state.sessionId });
      });
      socket.on("session_confirm", function (confirmed) {
        // the server may give a different id (it replaces ids it finds guessable): use it
        if (typeof confirmed === "string" && /^[0-9a-f]{32}$/.test(confirmed) && confirmed !== state.sessionId) {
          state.sessionId = confirmed;
          saveState();
        }
        clearTimeout(slow);
        ready = true;
        setConnection("");
        flush();
      });
      socket.on("bot_uttered", onBotMessage);
      socket.on("disconnect", function (reason) {
        ready = false;
        if (reason !== "io client disconnect") setConnection("lost");
      });
      socket.on("connect_error", function () {
        ready = false;
        setConnection("unreachable");
      });
    });
  }

  // ------------------------------------------------------------------ open / close / clear
  function open(moveFocus) {
    panel.hidden = false;
    unread = 0;
    updateLauncher();
    rememberOpen(true);
    scrollToEnd();
    connect();
    if (moveFocus) input.focus();
  }

  function close(moveFocus) {
    panel.hidden = true;
    updateLauncher();
    rememberOpen(false);
    if (moveFocus) launcher.focus();
  }

  function clearConversation() {
    try { storage.removeItem(STORE_KEY); } catch (e) { /* ignore */ }
    state = { v: STORE_VERSION, sessionId: newSessionId(), messages: [] };
    saveState();
    pending = [];
    awaiting = false;
    clearTimeout(replyTimer);
    setTyping(false);
    applyLanguage(); // a new conversation starts in the page's language again
    render(true);
    if (socket) {
      // a new connection, so no reply for the old conversation reaches this one
      ready = false;
      socket.disconnect();
      socket.connect();
    }
    input.value = "";
    input.focus();
  }

  launcher.addEventListener("click", function () {
    if (panel.hidden) open(true);
    else close(true);
  });
  closeButton.addEventListener("click", function () { close(true); });
  clearButton.addEventListener("click", clearConversation);
  wrapper.addEventListener("keydown", function (event) {
    if ((event.key === "Escape" || event.key === "Esc") && !panel.hidden) {
      event.preventDefault();
      close(true);
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) return;
    input.value = "";
    autosize();
    send(text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (typeof form.requestSubmit === "function") form.requestSubmit();
      else form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });
  function autosize() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 120) + "px";
  }
  input.addEventListener("input", autosize);

  // Another tab of this site changed the shared (localStorage) conversation.
  window.addEventListener("storage", function (event) {
    if (event.key !== STORE_KEY || event.storageArea !== storage) return;
    var previousSession = state.sessionId;
    state = loadState();
    applyLanguage();
    render(state.sessionId !== previousSession);
  });

  // ------------------------------------------------------------------ start
  applyLanguage();
  render(true); // the earlier transcript is in the log before it joins the page: not re-announced
  (document.body || document.documentElement).appendChild(host);
  if (wasOpen()) open(false);
  else updateLauncher();

  window[GLOBAL_FLAG].open = function () { open(true); };
  window[GLOBAL_FLAG].close = function () { close(false); };
  // "en" or "es": the language the widget's texts are in now
  window[GLOBAL_FLAG].language = function () { return lang; };
  // the heuristic that switches a conversation to Spanish (for the site's scripts and the tests)
  window[GLOBAL_FLAG].looksSpanish = function (text) { return looksSpanish(text); };
})();
