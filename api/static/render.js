// Builds the DOM of one answer: text, tables (sort, copy, CSV), chart (server SVG), quotes, SQL, follow-ups, votes.
(function () {
  "use strict";

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "text") node.textContent = v;
      else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of [].concat(children || [])) if (c) node.append(c);
    return node;
  }

  // icons as inline SVG: emoji fonts are not on every machine
  const THUMB = "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z";
  function icon(path, cls) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", "glyph " + (cls || ""));
    svg.setAttribute("aria-hidden", "true");
    const p = document.createElementNS(ns, "path");
    p.setAttribute("d", path);
    svg.append(p);
    return svg;
  }

  const isRateColumn = (name) => /(^|_)(rate|share|ratio|pct|conversion)(_|$)/i.test(name);

  function formatCell(value, column, lang) {
    if (value === null || value === undefined) return "—";
    if (typeof value === "number") {
      // tables carry rates as fractions 0..1 (INTERFACE.md); people read percentages
      if (isRateColumn(column) && value >= 0 && value <= 1) return (value * 100).toFixed(1) + "%";
      return value.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 3 });
    }
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  // text a spreadsheet would run as a formula (= + - @, also after a tab or CR) gets a leading '
  // (OWASP CSV injection); numbers are numbers and stay as they are
  function safeText(v) {
    if (typeof v !== "string") return v;
    return /^[=+\-@\t\r]/.test(v) ? "'" + v : v;
  }
  function csvCell(v) {
    v = safeText(v);
    const s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  const toCsv = (t) => [t.columns, ...t.rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  const toTsv = (t) => [t.columns, ...t.rows].map((r) => r.map((v) => v === null ? "" : String(safeText(v))).join("\t")).join("\n");

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (a === null || a === undefined) return -1;
    if (b === null || b === undefined) return 1;
    return String(a).localeCompare(String(b), undefined, { numeric: true });
  }

  function copyText(text, button, t) {
    const done = () => { const old = button.textContent; button.textContent = t.copied; setTimeout(() => { button.textContent = old; }, 1200); };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, () => fallbackCopy(text, done));
    else fallbackCopy(text, done);
  }
  function fallbackCopy(text, done) {
    const area = el("textarea", { class: "offscreen" });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
    done();
  }

  function renderTable(table, t, lang) {
    const state = { col: -1, dir: 1 };
    const tbody = el("tbody");
    const ths = table.columns.map((name, i) => el("th", {
      scope: "col", title: t.sortHint, tabindex: "0", "data-col": String(i),
      class: typeof (table.rows[0] || [])[i] === "number" ? "num" : null,
      on: { click: () => sortBy(i), keydown: (e) => { if (e.key === "Enter") sortBy(i); } },
    }, [name]));
    function fill() {
      tbody.replaceChildren(...table.rows.map((row) => el("tr", {}, row.map((v, i) =>
        el("td", { class: typeof v === "number" ? "num" : null, text: formatCell(v, table.columns[i], lang) })))));
    }
    function sortBy(i) {
      state.dir = state.col === i ? -state.dir : (typeof (table.rows[0] || [])[i] === "number" ? -1 : 1);
      state.col = i;
      table.rows = table.rows.slice().sort((a, b) => state.dir * compare(a[i], b[i]));
      ths.forEach((th, j) => th.setAttribute("aria-sort", j === i ? (state.dir > 0 ? "ascending" : "descending") : "none"));
      fill();
    }
    fill();
    const copyBtn = el("button", { class: "small", type: "button", text: t.copy });
    copyBtn.addEventListener("click", () => copyText(toTsv(table), copyBtn, t));
    const csvBtn = el("button", { class: "small", type: "button", text: t.csv, on: { click: () => {
      const url = URL.createObjectURL(new Blob(["\ufeff" + toCsv(table)], { type: "text/csv;charset=utf-8" }));
      const a = el("a", { href: url, download: (table.title || "table").replace(/[\\/:*?"<>|]+/g, "_") + ".csv" });
      document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } } });
    const meta = table.rows.length + " " + t.rows + (table.truncated ? " · " + t.truncated : "");
    return el("figure", { class: "table-block" }, [
      el("figcaption", {}, [el("span", { class: "table-title", text: table.title }), el("span", { class: "muted", text: meta }),
        el("span", { class: "table-actions" }, [copyBtn, csvBtn])]),
      el("div", { class: "table-scroll" }, [el("table", {}, [el("thead", {}, [el("tr", {}, ths)]), tbody])]),
    ]);
  }

  // the server draws the Vega-Lite spec as SVG (vl-convert): no chart library, no CDN
  function renderChart(spec, ctx) {
    const box = el("figure", { class: "chart", "data-state": "loading" }, [el("div", { class: "muted", text: ctx.t.chartLoading })]);
    // the chat's conversation column, or the page itself on the board
    const column = document.getElementById("conversation") || document.getElementById("map-main") || document.body;
    const width = Math.max(160, Math.min(720, (column.clientWidth || 600) - 120));
    window.JourneyClient.send("/api/chart/svg", { method: "POST", body: { spec, width, lang: ctx.lang } })
      .then((r) => r.text())
      .then((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const svg = doc.documentElement;
        if (svg.nodeName !== "svg") throw new Error("not an svg");
        // vega escapes its text, but never let markup from data run
        svg.querySelectorAll("script, foreignObject").forEach((n) => n.remove());
        svg.querySelectorAll("*").forEach((n) => [...n.attributes].forEach((a) => { if (/^on/i.test(a.name)) n.removeAttribute(a.name); }));
        svg.setAttribute("role", "img");
        box.replaceChildren(document.importNode(svg, true));
        box.dataset.state = "ready";
      })
      .catch(() => { box.replaceChildren(el("div", { class: "muted", text: ctx.t.errors.chart_error })); box.dataset.state = "failed"; });
    return box;
  }

  function renderCitations(citations, t) {
    const items = citations.map((c) => {
      const full = c.text || "";
      const short = full.length > 60 ? full.slice(0, 60) + "…" : full;
      const textNode = el("span", { class: "quote-text", text: short });
      const toggle = full.length > 60 ? el("button", { class: "link", type: "button", text: t.expand }) : null;
      if (toggle) toggle.addEventListener("click", () => {
        const open = textNode.textContent === full;
        textNode.textContent = open ? short : full;
        toggle.textContent = open ? t.expand : t.collapse;
        item.classList.toggle("open", !open);
      });
      const item = el("li", { class: "quote " + (c.sentiment || ""), "data-feedback-id": c.feedback_id }, [
        el("span", { class: "quote-mark", text: "“" }), textNode, toggle,
        el("span", { class: "muted quote-meta", text: [c.feedback_id, c.touchpoint_id, c.sentiment].filter(Boolean).join(" · ") }),
      ]);
      return item;
    });
    return el("section", { class: "citations" }, [el("h4", { text: t.sources }), el("ul", {}, items)]);
  }

  function renderVotes(ctx) {
    const t = ctx.t;
    const box = el("div", { class: "votes" });
    const comment = el("input", { type: "text", maxlength: "2000", placeholder: t.commentPlaceholder, class: "vote-comment" });
    const form = el("form", { class: "vote-form", hidden: true }, [comment, el("button", { class: "small", type: "submit", text: t.submit })]);
    let chosen = null;
    const vote = (v) => () => {
      chosen = v;
      up.classList.toggle("on", v === "up"); down.classList.toggle("on", v === "down");
      ctx.onVote(v, null).then(() => { form.hidden = false; comment.focus(); }, ctx.onError);
    };
    const up = el("button", { class: "icon vote-up", type: "button", title: t.helpful, "aria-label": t.helpful, on: { click: vote("up") } }, [icon(THUMB)]);
    const down = el("button", { class: "icon vote-down", type: "button", title: t.notHelpful, "aria-label": t.notHelpful, on: { click: vote("down") } }, [icon(THUMB, "flip")]);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      ctx.onVote(chosen, comment.value.trim() || null).then(() => { form.replaceWith(el("span", { class: "muted", text: t.thanks })); }, ctx.onError);
    });
    box.append(up, down, form);
    return box;
  }

  function renderAnswer(a, ctx) {
    const t = ctx.t;
    const parts = [];
    if (a.status && a.status !== "ok") parts.push(el("span", { class: "badge " + a.status, text: t.status[a.status] || a.status }));
    parts.push(el("div", { class: "answer-text", text: a.answer || "" }));
    if (a.options && a.options.length) {
      parts.push(el("div", { class: "chips" }, [el("span", { class: "muted", text: t.options }),
        ...a.options.map((o) => el("button", { class: "chip", type: "button", text: o, on: { click: () => ctx.onAsk(o) } }))]));
    }
    if (a.chart) parts.push(renderChart(a.chart, ctx));
    for (const table of a.tables || []) parts.push(renderTable(table, t, ctx.lang));
    if (a.citations && a.citations.length) parts.push(renderCitations(a.citations, t));
    const extra = [];
    if (a.assumptions && a.assumptions.length) extra.push(el("details", { class: "assumptions" }, [el("summary", { text: t.assumptions }), el("ul", {}, a.assumptions.map((s) => el("li", { text: s })))]));
    if (a.sql && a.sql.length) extra.push(el("details", { class: "sql" }, [el("summary", { text: t.showSql }), ...a.sql.map((s) => el("pre", {}, [el("code", { text: s })]))]));
    if (extra.length) parts.push(el("div", { class: "extras" }, extra));
    if (a.follow_ups && a.follow_ups.length) {
      parts.push(el("div", { class: "chips follow-ups" }, [el("span", { class: "muted", text: t.followUps }),
        ...a.follow_ups.map((q) => el("button", { class: "chip follow-up", type: "button", text: q, on: { click: () => ctx.onAsk(q) } }))]));
    }
    if (ctx.onPin && a.status === "ok" && (a.tool_calls || []).length) {
      // a pin keeps the question and its tool calls; the board re-runs them on fresh data
      const pin = el("button", { class: "small ghost pin-button", type: "button", text: t.pin, on: { click: async () => {
        pin.disabled = true;
        try { await ctx.onPin(); pin.textContent = t.pinned; } catch (err) { pin.disabled = false; if (ctx.onError) ctx.onError(err); }
      } } });
      parts.push(pin);
    }
    if (ctx.onVote) parts.push(renderVotes(ctx));
    return el("div", { class: "answer", "data-status": a.status || "ok" }, parts);
  }

  function renderError(err, t, onRetry) {
    const code = err.code || "default";
    // codes the page knows get its own words; others (from the assistant) keep the server's message and hint
    const known = Object.prototype.hasOwnProperty.call(t.errors, code);
    const text = known ? t.errors[code] : err.message || t.errors.default;
    const kids = [el("span", { class: "error-icon", text: "!" }), el("div", {}, [el("div", { class: "error-text", text }),
      !known && err.hint ? el("div", { class: "muted", text: t.hint + ": " + err.hint }) : null])];
    if (onRetry) kids.push(el("button", { class: "small", type: "button", text: t.retry, on: { click: onRetry } }));
    return el("div", { class: "error-box", role: "alert", "data-code": code }, kids);
  }

  window.JourneyRender = { el, renderAnswer, renderError, formatCell, toCsv, toTsv, safeText };
})();
