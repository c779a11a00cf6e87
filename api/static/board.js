// The board page: pinned answers, each re-run against the data as it is now; export/import as JSON.
(function () {
  "use strict";
  const I18N = window.JOURNEY_I18N;
  const C = window.JourneyClient;
  const R = window.JourneyRender;
  const el = R.el;
  const $ = (id) => document.getElementById(id);
  const state = { lang: localStorage.getItem("journey.lang") || ((navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en") };
  const t = () => I18N[state.lang] || I18N.en;

  function applyLanguage() {
    const words = t();
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.title = words.boardTitle;
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = words[n.dataset.i18n]; });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => { n.placeholder = words[n.dataset.i18nPlaceholder]; });
    $("lang-switch").textContent = words.switchTo;
  }

  function errorText(err) {
    const words = t();
    return (words.errors[err.code] || err.message || words.errors.default) + (err.hint ? " (" + err.hint + ")" : "");
  }

  async function load() {
    $("board-status").textContent = "";
    let board;
    try { board = await C.json("/api/board"); } catch (err) { $("board-status").textContent = errorText(err); return; }
    if (!board.pins.length) { $("pins").replaceChildren(el("p", { class: "muted", text: t().boardEmpty })); return; }
    $("pins").replaceChildren(...board.pins.map(pinNode));
  }

  function pinNode(pin) {
    const words = t();
    const body = el("div", { class: "pin-body" }, [el("div", { class: "working" }, [el("span", { class: "spinner" }), el("span", { text: words.working })])]);
    const remove = el("button", { type: "button", class: "small ghost", text: words.boardRemove, on: { click: async () => {
      try { await C.send("/api/board/pins/" + encodeURIComponent(pin.pin_id), { method: "DELETE" }); load(); }
      catch (err) { $("board-status").textContent = errorText(err); }
    } } });
    const node = el("article", { class: "pin", "data-pin": pin.pin_id }, [
      el("header", { class: "pin-head" }, [el("h2", { text: pin.question }), remove]), body]);
    C.json("/api/board/pins/" + encodeURIComponent(pin.pin_id) + "/answer").then((answer) => {
      body.replaceChildren(R.renderAnswer(answer, { t: words, lang: state.lang, onAsk: (q) => { location.href = "/?ask=" + encodeURIComponent(q); },
        onError: (err) => { $("board-status").textContent = errorText(err); }, onVote: null }));
      node.dataset.loaded = "1";
    }).catch((err) => { body.replaceChildren(R.renderError(err, words, null)); node.dataset.loaded = "1"; });
    return node;
  }

  async function exportBoard() {
    try {
      const resp = await C.send("/api/board/export");
      const blob = new Blob([await resp.text()], { type: "application/json" });
      const a = el("a", { href: URL.createObjectURL(blob), download: "journey-board.json" });
      document.body.append(a); a.click(); a.remove();
    } catch (err) { $("board-status").textContent = errorText(err); }
  }

  async function importBoard(file) {
    try {
      const board = JSON.parse(await file.text());
      await C.json("/api/board/import", { method: "POST", body: { board, replace: false } });
      load();
    } catch (err) { $("board-status").textContent = errorText(err.code ? err : { code: "invalid_request", message: String(err) }); }
  }

  let pendingKey = null;
  function promptKey() {
    if (pendingKey) return pendingKey;
    const dialog = $("key-dialog");
    const input = $("key-input");
    input.value = C.storedKey();
    pendingKey = new Promise((resolve) => {
      dialog.addEventListener("close", () => { pendingKey = null; resolve(dialog.returnValue === "save" && input.value.trim() ? input.value.trim() : null); }, { once: true });
      dialog.returnValue = "";
      dialog.showModal();
    });
    return pendingKey;
  }
  C.onKeyNeeded(promptKey);

  $("export").addEventListener("click", exportBoard);
  $("import").addEventListener("change", (e) => { if (e.target.files[0]) importBoard(e.target.files[0]); e.target.value = ""; });
  $("key-button").addEventListener("click", async () => { const key = await promptKey(); if (key) { C.saveKey(key); load(); } });
  $("lang-switch").addEventListener("click", () => { state.lang = state.lang === "zh" ? "en" : "zh"; localStorage.setItem("journey.lang", state.lang); applyLanguage(); load(); });
  applyLanguage();
  load();
  window.JourneyBoard = { state, load };
})();
