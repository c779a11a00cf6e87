// Talks to the API: bearer key from localStorage, a key prompt on 401, server-sent events over fetch.
(function () {
  "use strict";
  const KEY_STORE = "journey.apiKey";

  class ApiError extends Error {
    constructor(status, error) {
      super((error && error.message) || "request failed");
      this.status = status;
      this.code = (error && error.code) || "default";
      this.hint = (error && error.hint) || "";
    }
  }

  function storedKey() { return localStorage.getItem(KEY_STORE) || ""; }
  function saveKey(key) {
    if (key) localStorage.setItem(KEY_STORE, key); else localStorage.removeItem(KEY_STORE);
  }

  // askKey() is supplied by the page: resolves with a key, or null when the user cancels
  let askKey = async () => null;
  function onKeyNeeded(fn) { askKey = fn; }

  function headers(json) {
    const h = {};
    if (json) h["Content-Type"] = "application/json";
    const key = storedKey();
    if (key) h["Authorization"] = "Bearer " + key;
    return h;
  }

  async function errorOf(resp) {
    let body = null;
    try { body = await resp.json(); } catch (_) { /* not JSON: keep the status only */ }
    return new ApiError(resp.status, body && body.error ? body.error : { code: "http_" + resp.status });
  }

  // fetch with the key; on 401 ask for a key once per attempt and retry
  async function send(path, opts) {
    opts = opts || {};
    for (;;) {
      let resp;
      try {
        resp = await fetch(path, {
          method: opts.method || "GET",
          headers: headers(opts.body !== undefined),
          body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
          signal: opts.signal,
        });
      } catch (err) {
        if (err.name === "AbortError") throw err;
        throw new ApiError(0, { code: "network", message: String(err) });
      }
      if (resp.status === 401) {
        const key = await askKey();
        if (!key) throw await errorOf(resp);
        saveKey(key);
        continue;
      }
      if (!resp.ok) throw await errorOf(resp);
      return resp;
    }
  }

  async function json(path, opts) { return (await send(path, opts)).json(); }

  // POST and read `event:`/`data:` frames as they arrive; onEvent(type, data) per frame
  async function stream(path, body, onEvent, signal) {
    const resp = await send(path, { method: "POST", body, signal });
    const reader = resp.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let type = "message", data = "";
        for (const line of frame.split("\n")) {
          if (line.startsWith("event: ")) type = line.slice(7);
          else if (line.startsWith("data: ")) data += line.slice(6);
        }
        if (data) onEvent(type, JSON.parse(data));
      }
    }
  }

  window.JourneyClient = { ApiError, send, json, stream, storedKey, saveKey, onKeyNeeded };
})();
