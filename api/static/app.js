// The chat page: conversation list, streaming progress, answers, language switch, API-key prompt.
(function () {
  "use strict";
  const I18N = window.JOURNEY_I18N;
  const C = window.JourneyClient;
  const R = window.JourneyRender;
  const el = R.el;
  const $ = (id) => document.getElementById(id);

  const state = {
    lang: localStorage.getItem("journey.lang") || ((navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en"),
    sessionId: null,
    turns: [],   // {question, answer, error, index}
    busy: false,
  };
  const t = () => I18N[state.lang] || I18N.en;

  // ---- static words ----------------------------------------------------------------------
  function applyLanguage() {
    const words = t();
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.title = words.title;
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = words[n.dataset.i18n]; });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => { n.placeholder = words[n.dataset.i18nPlaceholder]; });
    document.querySelectorAll("[data-i18n-title]").forEach((n) => { n.title = words[n.dataset.i18nTitle]; });
    $("lang-switch").textContent = words.switchTo;
  }

  // ---- API key prompt ----------------------------------------------------------------------
  // one dialog at a time: requests failing with 401 together share the same answer
  let pendingKey = null;
  function promptKey() {
    if (pendingKey) return pendingKey;
    const dialog = $("key-dialog");
    const input = $("key-input");
    input.value = C.storedKey();
    pendingKey = new Promise((resolve) => {
      dialog.addEventListener("close", () => {
        pendingKey = null;
        resolve(dialog.returnValue === "save" && input.value.trim() ? input.value.trim() : null);
      }, { once: true });
      dialog.returnValue = "";
      dialog.showModal();
      input.focus();
    });
    return pendingKey;
  }
  C.onKeyNeeded(promptKey);

  // ---- conversation list ------------------------------------------------------------------
  async function loadSessions() {
    const list = $("sessions");
    try {
      const { sessions } = await C.json("/api/sessions");
      list.replaceChildren(...(sessions.length ? sessions.map(sessionItem)
        : [el("li", { class: "muted empty", text: t().noSessions })]));
    } catch (err) {
      list.replaceChildren(el("li", { class: "muted empty", text: t().errors[err.code] || t().errors.default }));
    }
  }

  function sessionItem(s) {
    const open = el("button", { class: "session-open", type: "button", title: s.title, on: { click: () => openSession(s.session_id) } },
      [el("span", { class: "session-title", text: s.title || s.session_id }), el("span", { class: "muted", text: String(s.turns) })]);
    const del = el("button", { class: "icon session-delete", type: "button", title: t().deleteSession, "aria-label": t().deleteSession, text: "×",
      on: { click: async () => {
        try { await C.send("/api/sessions/" + encodeURIComponent(s.session_id), { method: "DELETE" }); } catch (err) { showError(err); }
        if (state.sessionId === s.session_id) newChat();
        loadSessions();
      } } });
    return el("li", { class: s.session_id === state.sessionId ? "active" : null, "data-session": s.session_id }, [open, del]);
  }

  async function openSession(id) {
    closeDrawer();
    try {
      const { turns } = await C.json("/api/sessions/" + encodeURIComponent(id));
      state.sessionId = id;
      state.turns = turns.map((turn, i) => ({ question: turn.question, answer: turn.answer, index: i }));
      renderAll();
      loadSessions();
    } catch (err) { showError(err); }
  }

  function newChat() {
    state.sessionId = null;
    state.turns = [];
    renderAll();
    loadSessions();
    closeDrawer();
    $("message").focus();
  }

  // ---- rendering ----------------------------------------------------------------------------
  function welcome() {
    const words = t();
    return el("div", { class: "welcome" }, [el("p", { text: words.welcome }),
      el("div", { class: "chips" }, words.examples.map((q) => el("button", { class: "chip example", type: "button", text: q, on: { click: () => ask(q) } })))]);
  }

  function turnNode(turn) {
    const node = el("article", { class: "turn" }, [el("div", { class: "bubble user" }, [el("div", { class: "who", text: t().you }), el("div", { text: turn.question })])]);
    const reply = el("div", { class: "bubble assistant" }, [el("div", { class: "who", text: t().assistant })]);
    node.append(reply);
    turn.reply = reply;
    fillReply(turn);
    return node;
  }

  function fillReply(turn) {
    const keep = turn.reply.firstChild;
    turn.reply.replaceChildren(keep);
    if (turn.answer) {
      turn.reply.append(R.renderAnswer(turn.answer, {
        t: t(), lang: state.lang, onAsk: ask, onError: showError,
        onPin: () => C.send("/api/board/pins", { method: "POST", body: {
          question: turn.question, lang: turn.answer.language === "zh" ? "zh" : "en",
          tool_calls: (turn.answer.tool_calls || []).map((c) => ({ name: c.name, args: c.args || {} })) } }),
        onVote: (vote, comment) => C.send("/api/feedback", { method: "POST", body: {
          vote, comment, session_id: turn.answer.session_id || state.sessionId, turn: turn.index, question: turn.question } }),
      }));
    } else if (turn.error) {
      turn.reply.append(R.renderError(turn.error, t(), () => { state.turns.splice(state.turns.indexOf(turn), 1); turn.node.remove(); ask(turn.question); }));
    } else {
      turn.steps = turn.steps || [];
      turn.progress = el("ul", { class: "progress" }, turn.steps.map((s) => el("li", { text: s })));
      turn.reply.append(el("div", { class: "working" }, [el("span", { class: "spinner" }), el("span", { text: t().working })]), turn.progress);
    }
  }

  function renderAll() {
    const box = $("conversation");
    box.replaceChildren(...(state.turns.length ? state.turns.map((turn) => (turn.node = turnNode(turn))) : [welcome()]));
    box.scrollTop = box.scrollHeight;
  }

  function showError(err) {
    const box = $("conversation");
    box.append(R.renderError(err, t(), null));
    box.scrollTop = box.scrollHeight;
  }

  // progress events of the chat service: {step: planning | tool_call | tool_result, tool, ok, elapsed_ms}
  function progressText(data) {
    const words = t();
    const tool = data.tool ? (words.tools[data.tool] || data.tool) : "";
    if (data.step === "planning") return words.planning;
    if (data.step === "tool_call") return words.running + " " + tool + "…";
    if (data.step === "tool_result") {
      const ms = typeof data.elapsed_ms === "number" ? " · " + Math.round(data.elapsed_ms) + " ms" : "";
      return (data.ok === false ? "✗ " : "✓ ") + tool + " " + (data.ok === false ? words.toolFailed : words.toolDone) + ms;
    }
    if (data.message) return data.message;
    if (tool) return words.running + " " + tool + "…";
    return words.working;
  }

  // ---- asking ----------------------------------------------------------------------------------
  async function ask(text) {
    text = (text || "").trim();
    if (!text || state.busy) return;
    state.busy = true;
    $("send").disabled = true;
    if (!state.turns.length) $("conversation").replaceChildren();
    const turn = { question: text, index: state.turns.filter((x) => x.answer).length };
    state.turns.push(turn);
    turn.node = turnNode(turn);
    const box = $("conversation");
    box.append(turn.node);
    box.scrollTop = box.scrollHeight;
    try {
      await C.stream("/api/chat/stream", { message: text, session_id: state.sessionId }, (type, data) => {
        if (type === "progress") {
          const line = progressText(data);
          turn.steps.push(line);
          turn.progress.append(el("li", { text: line }));
        } else if (type === "answer") {
          turn.answer = data;
          if (data.session_id) state.sessionId = data.session_id;
          fillReply(turn);
        } else if (type === "error") {
          turn.error = data.error || { code: "default" };
          fillReply(turn);
        }
        box.scrollTop = box.scrollHeight;
      });
      if (!turn.answer && !turn.error) { turn.error = { code: "default" }; fillReply(turn); }
    } catch (err) {
      turn.error = { code: err.code, message: err.message, hint: err.hint };
      fillReply(turn);
    } finally {
      state.busy = false;
      $("send").disabled = false;
      loadSessions();
    }
  }

  // ---- layout and wiring ----------------------------------------------------------------------
  function openDrawer() { document.body.classList.add("drawer-open"); $("scrim").hidden = false; }
  function closeDrawer() { document.body.classList.remove("drawer-open"); $("scrim").hidden = true; }

  function wire() {
    $("composer").addEventListener("submit", (e) => { e.preventDefault(); const m = $("message"); const v = m.value; m.value = ""; ask(v); });
    $("message").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); $("composer").requestSubmit(); }
    });
    $("new-chat").addEventListener("click", newChat);
    $("menu").addEventListener("click", openDrawer);
    $("scrim").addEventListener("click", closeDrawer);
    $("key-button").addEventListener("click", async () => { const key = await promptKey(); if (key) { C.saveKey(key); loadSessions(); } });
    $("lang-switch").addEventListener("click", () => {
      state.lang = state.lang === "zh" ? "en" : "zh";
      localStorage.setItem("journey.lang", state.lang);
      applyLanguage();
      renderAll();
      loadSessions();
    });
  }

  wire();
  applyLanguage();
  renderAll();
  loadSessions();
  // /?ask=QUESTION (a card of the journey map or a board pin) or /?q=QUESTION (a follow-up link of
  // the morning brief) asks it in a new conversation, once
  const params = new URLSearchParams(location.search);
  const asked = (params.get("ask") || params.get("q") || "").trim();
  if (asked) { history.replaceState(null, "", "/"); ask(asked); }
  window.JourneyApp = { state, ask, newChat, openSession };
})();
