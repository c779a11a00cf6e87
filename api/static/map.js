// The journey map page: pickers → GET /api/map → stage columns of touchpoint cards, the emotion
// curve, opportunities. Clicking a card opens the chat asking about that touchpoint.
(function () {
  "use strict";
  const I18N = window.JOURNEY_I18N;
  const C = window.JourneyClient;
  const el = window.JourneyRender.el;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const MIN_COMMENTS = 10; // as knowledge/analyses/journey_map.MIN_COMMENTS: fewer comments are shown faded

  const params = new URLSearchParams(location.search);
  const state = {
    lang: localStorage.getItem("journey.lang") || ((navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en"),
    journey_id: params.get("journey_id") || "", start: params.get("start") || "", end: params.get("end") || "",
    segment: params.get("segment") || "", device: params.get("device") || "",
    view: null, seq: 0,
  };
  const t = () => I18N[state.lang] || I18N.en;

  const fmtInt = (v) => (typeof v === "number" ? Math.round(v).toLocaleString(state.lang === "zh" ? "zh-CN" : "en-US") : "–");
  const fmtPct = (v) => (typeof v === "number" ? (v * 100).toFixed(1) + "%" : "–");
  const fmtSigned = (v) => (typeof v === "number" ? (v >= 0 ? "+" : "") + v.toFixed(2) : "–");

  function applyLanguage() {
    const words = t();
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.title = words.mapTitle;
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = words[n.dataset.i18n]; });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => { n.placeholder = words[n.dataset.i18nPlaceholder]; });
    $("lang-switch").textContent = words.switchTo;
    $("presets").replaceChildren(...[7, 30, 90].map((days) => el("button", { type: "button", class: "small ghost", "data-days": days,
      text: words.mapPresets[days], on: { click: () => preset(days) } })));
  }

  function preset(days) {
    const end = state.view ? state.view.as_of : state.end;
    if (!end) return;
    const d = new Date(end + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() - (days - 1));
    state.start = d.toISOString().slice(0, 10);
    state.end = end;
    load();
  }

  function options(select, values, allLabel, current, label) {
    select.replaceChildren(el("option", { value: "", text: allLabel }),
      ...values.map((v) => el("option", { value: v.id || v, text: label ? label(v) : (v.name || v), selected: (v.id || v) === current })));
  }

  function fillPickers(view) {
    const words = t();
    const p = view.pickers;
    options($("pick-journey"), p.journeys, words.mapAllJourneys, state.journey_id);
    options($("pick-segment"), p.segment, words.mapAll, state.segment);
    options($("pick-device"), p.device, words.mapAll, state.device);
    $("pick-start").value = view.period.start;
    $("pick-end").value = view.period.end;
  }

  function query() {
    const q = new URLSearchParams({ lang: state.lang });
    for (const k of ["journey_id", "start", "end", "segment", "device"]) if (state[k]) q.set(k, state[k]);
    return q;
  }

  async function load() {
    const seq = ++state.seq;
    $("map-status").textContent = t().mapLoading;
    document.body.dataset.loading = "1";
    const q = query();
    const shown = new URLSearchParams(q);
    shown.delete("lang");
    history.replaceState(null, "", "/map" + (shown.toString() ? "?" + shown : ""));
    try {
      const view = await C.json("/api/map?" + q);
      if (seq !== state.seq) return; // a newer request is on its way
      state.view = view;
      render(view);
      $("map-status").textContent = t().mapAsk;
    } catch (err) {
      if (seq !== state.seq) return;
      const words = t();
      $("map-status").textContent = (words.errors[err.code] || err.message || words.errors.default) + (err.hint ? " (" + err.hint + ")" : "");
    } finally {
      if (seq === state.seq) delete document.body.dataset.loading;
    }
  }

  function render(view) {
    fillPickers(view);
    $("map-summary").textContent = view.text;
    const absent = (view.facts && view.facts.absent) || [];
    $("map-absent").replaceChildren(...absent.map((a) => el("li", { "data-absent": a, text: a })));
    $("map-absent").hidden = true; // the summary already says what is missing, in words
    $("assumption-list").replaceChildren(...view.assumptions.map((a) => el("li", { text: a })));
    const m = view.map;
    $("emotion").hidden = !m.emotion.length;
    if (m.emotion.length) drawEmotion(m.emotion, view.stage_labels);
    $("stages").replaceChildren(...m.stages.map((s) => stageColumn(s, m, view)));
    renderOpportunities(m.opportunities);
  }

  function stageColumn(stage, m, view) {
    const cards = m.cards.filter((c) => c.stage === stage);
    const point = m.emotion.find((p) => p.stage === stage);
    const head = el("h3", {}, [el("span", { text: view.stage_labels[stage] || stage }),
      point && point.avg_sentiment !== null ? el("span", { class: "sent " + tone(point.avg_sentiment), text: fmtSigned(point.avg_sentiment) }) : null]);
    return el("div", { class: "stage", "data-stage": stage }, [head, ...cards.map((c) => card(c, view))]);
  }

  function tone(v) { return v <= -0.1 ? "neg" : v >= 0.1 ? "pos" : ""; }

  function card(c, view) {
    const words = t();
    const f = view.facts || {};
    const badges = [];
    if (f.biggest_drop_touchpoint_id === c.touchpoint_id) badges.push(el("span", { class: "badge drop", "data-badge": "biggest-drop", text: words.mapBiggestDrop }));
    if (f.worst_sentiment_touchpoint_id === c.touchpoint_id) badges.push(el("span", { class: "badge worst", "data-badge": "worst-sentiment", text: words.mapWorst }));
    const lines = [];
    if (c.reach !== null) lines.push(el("span", { class: "line", "data-field": "reach", text: state.lang === "zh" ? fmtInt(c.reach) + " " + words.mapReach : fmtInt(c.reach) + " " + words.mapReach }));
    for (const s of c.steps) {
      const parts = [s.journey_label + " · " + (state.lang === "zh" ? words.mapStep + " " + s.step + " 步" : words.mapStep + " " + s.step)];
      if (s.conversion_in !== null) parts.push(words.mapIn + " " + fmtPct(s.conversion_in));
      if (s.drop_off_rate !== null) parts.push(words.mapDrop + " " + fmtPct(s.drop_off_rate) + " (" + fmtInt(s.users_lost) + " " + words.mapLost + ")");
      lines.push(el("span", { class: "line muted", "data-field": "step", "data-journey": s.journey_id, "data-drop": s.drop_off_rate === null ? "" : s.drop_off_rate, text: parts.join(" · ") }));
    }
    if (c.comments) {
      const few = c.comments < MIN_COMMENTS;
      lines.push(el("span", { class: "line" + (few ? " small-sample" : ""), "data-field": "sentiment" }, [
        el("span", { class: "sent " + tone(c.avg_sentiment), text: fmtSigned(c.avg_sentiment) }),
        document.createTextNode(" · " + (c.avg_rating !== null ? "★" + c.avg_rating.toFixed(1) + " · " : "") + fmtInt(c.comments) + " " + words.mapComments + (few ? " (" + words.mapSmall + ")" : "")),
      ]));
    } else if (!(f.absent || []).includes("feedback")) {
      lines.push(el("span", { class: "line muted", text: words.mapNoComments }));
    }
    if (c.theme) lines.push(el("span", { class: "theme", text: c.theme }));
    if (c.quote) lines.push(el("q", { class: "quote", "data-feedback": c.quote.feedback_id, text: c.quote.text }));
    return el("button", { type: "button", class: "card", "data-touchpoint": c.touchpoint_id, "data-sentiment": c.avg_sentiment === null ? "" : c.avg_sentiment,
      "data-comments": c.comments, title: c.question, on: { click: () => askAbout(c) } },
    [...badges, el("span", { class: "name", text: c.label }), ...lines]);
  }

  function askAbout(c) {
    location.href = "/?ask=" + encodeURIComponent(c.question);
  }

  // a line across the stage columns: x = stage, y = average sentiment (−1 … +1); drawn by hand to stay offline
  function drawEmotion(points, labels) {
    // the view box is the drawn size in pixels, so labels keep their size on a phone
    const w = Math.max(300, $("emotion-chart").clientWidth || 1000), h = 150, padX = w < 600 ? 34 : 60, top = 18, bottom = 30;
    const y = (v) => top + (1 - (v + 1) / 2) * (h - top - bottom);
    const x = (i) => padX + (points.length === 1 ? (w - 2 * padX) / 2 : i * (w - 2 * padX) / (points.length - 1));
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", t().mapEmotion);
    const add = (tag, attrs, text) => {
      const n = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
      if (text !== undefined) n.textContent = text;
      svg.append(n);
      return n;
    };
    add("line", { x1: padX / 2, x2: w - padX / 2, y1: y(0), y2: y(0), stroke: "#c5cbd5", "stroke-dasharray": "4 4" });
    add("text", { x: 4, y: y(0) + 4, "font-size": 11, fill: "#6b7280" }, "0");
    const known = points.map((p, i) => [p, i]).filter(([p]) => p.avg_sentiment !== null);
    add("polyline", { points: known.map(([p, i]) => `${x(i)},${y(p.avg_sentiment)}`).join(" "), fill: "none", stroke: "#2563eb", "stroke-width": 2.5 });
    for (const [p, i] of points.map((q, j) => [q, j])) {
      add("text", { x: x(i), y: h - 8, "text-anchor": "middle", "font-size": w < 600 ? 11 : 13, fill: "#1d2330" }, labels[p.stage] || p.stage);
      if (p.avg_sentiment === null) continue;
      add("circle", { cx: x(i), cy: y(p.avg_sentiment), r: 5, fill: p.avg_sentiment < 0 ? "#b42318" : "#067647", "data-stage": p.stage });
      add("text", { x: x(i), y: y(p.avg_sentiment) - 9, "text-anchor": "middle", "font-size": 12, fill: "#1d2330" }, fmtSigned(p.avg_sentiment));
    }
    $("emotion-chart").replaceChildren(svg);
  }

  function renderOpportunities(opps) {
    const words = t();
    if (!opps.length) { $("opp-table").replaceChildren(el("p", { class: "muted", text: words.mapNoOpps })); return; }
    const head = el("tr", {}, words.mapOppCols.map((h) => el("th", { text: h })));
    const rows = opps.slice(0, 10).map((o, i) => el("tr", { "data-touchpoint": o.touchpoint_id }, [
      el("td", { class: "num", text: String(i + 1) }), el("td", { text: o.label }), el("td", { text: o.journey_label }),
      el("td", { class: "num", text: fmtPct(o.drop_off_rate) }),
      el("td", { text: fmtPct(o.benchmark_drop_off_rate) + " (" + (o.benchmark_by === "week" ? words.mapByWeek : words.mapBySegment) + " " + o.benchmark_group + ")" }),
      el("td", { class: "num", text: "+" + fmtInt(o.extra_completers) }), el("td", { text: o.theme || "–" })]));
    $("opp-table").replaceChildren(el("table", {}, [el("thead", {}, head), el("tbody", {}, rows)]));
  }

  // ---- wiring ----------------------------------------------------------------------------
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
    });
    return pendingKey;
  }
  C.onKeyNeeded(promptKey);

  const bind = (id, key) => $(id).addEventListener("change", (e) => { state[key] = e.target.value; load(); });
  bind("pick-journey", "journey_id"); bind("pick-start", "start"); bind("pick-end", "end");
  bind("pick-segment", "segment"); bind("pick-device", "device");
  $("map-controls").addEventListener("submit", (e) => e.preventDefault());
  $("key-button").addEventListener("click", async () => { const key = await promptKey(); if (key) { C.saveKey(key); load(); } });
  $("lang-switch").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("journey.lang", state.lang);
    applyLanguage();
    load();
  });

  applyLanguage();
  load();
  window.JourneyMap = { state, load };
})();
