"""Issue 9 reproductions against a fresh `journey serve` on loopback: each must get a bounded answer
(a 4xx envelope or a clean answer), the server must stay healthy and its RSS (with its worker
children) must stay under 1.5 GB. Prints one line per reproduction and the peak RSS.

`python -m bench.bench_hardening --workspace /tmp/ws-demo` (a workspace made by `journey demo`).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
PII = ["13812345678", "１３９１２３４５６７８", "138－1234－5678", "11010519491231002X", "110105491231002",
       "li.na@example.com", "用户@例子.中国", "4111 1111 1111 1111"]


def _tree_rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants, MB."""
    total = 0
    pids = [pid]
    seen = set()
    while pids:
        p = pids.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children", encoding="ascii") as fh:
                pids += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            continue
    return total / 1024


class RssWatch(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0.0, False

    def run(self) -> None:
        while not self.stop:
            self.peak = max(self.peak, _tree_rss_mb(self.pid))
            time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=env, cwd=str(ROOT), timeout=900)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workspace", required=True)
    args = ap.parse_args()
    ws = Path(args.workspace)
    port = free_port()
    log_path = Path(tempfile.mkdtemp()) / "server.log"
    env = dict(os.environ, PYTHONPATH=str(ROOT), JOURNEY_API_KEYS="k1,k2", JOURNEY_RATE_LIMIT="0",
               JOURNEY_MODEL="offline", JOURNEY_HEADER_TIMEOUT_S="3", JOURNEY_MAX_SESSIONS="20")
    env.pop("OPENAI_API_KEY", None)
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port),
                               "--workspace", str(ws)], env=env, cwd=str(ROOT),
                              stdout=log_path.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    c = httpx.Client(base_url=url, timeout=120)
    k1, k2 = {"Authorization": "Bearer k1"}, {"Authorization": "Bearer k2"}
    for _ in range(300):
        try:
            if c.get("/api/health").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    watch = RssWatch(server.pid)
    watch.start()
    results: list[tuple[str, bool, str]] = []

    def healthy() -> bool:
        return c.get("/api/health", headers=k1).status_code == 200 and server.poll() is None

    def check(name: str, ok: bool, detail: str) -> None:
        ok = ok and healthy()
        results.append((name, ok, detail))
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}  (peak RSS so far {watch.peak:.0f} MB)", flush=True)

    def chat(message: str, headers: dict[str, str] = k1, **extra: Any) -> tuple[int, dict[str, Any], float]:
        t0 = time.perf_counter()
        r = c.post("/api/chat", json={"message": message, **extra}, headers=headers)
        return r.status_code, r.json(), time.perf_counter() - t0

    try:
        # 1. charts
        pts = lambda n: {"data": {"sequence": {"start": 0, "stop": n, "as": "x"}}, "mark": "point",  # noqa: E731
                         "encoding": {"x": {"field": "x", "type": "quantitative"}}}
        good = {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar",
                "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}
        r1 = c.post("/api/chart/svg", json={"spec": pts(1_000_000)}, headers=k1)
        r2 = c.post("/api/chart/svg", json={"spec": pts(100_000)}, headers=k1)
        href = dict(good, encoding=dict(good["encoding"], href={"field": "a"}))
        r3 = c.post("/api/chart/svg", json={"spec": href}, headers=k1)
        r3b = c.post("/api/chart/svg", json={"spec": {"mark": "nope", "data": {"values": [{"a": 1}]}}}, headers=k1)
        r4 = c.post("/api/chart/svg", json={"spec": good}, headers=k2)
        stack = any(re.search(r"^\s+at |file://", r.text, re.M) for r in (r1, r2, r3, r3b))
        check("1 chart 1M/100k points, href, bad mark, then valid", r1.status_code == r2.status_code == r3.status_code
              == r3b.status_code == 422 and r4.status_code == 200 and not stack,
              f"{r1.status_code}/{r2.status_code}/{r3.status_code}/{r3b.status_code} then {r4.status_code}, "
              f"stack lines: {stack}")
        # 2. runaway SQL from chat
        st, body, dt = chat("select count(*) from unnest(generate_series(1, 100000000))")
        check("2 generate_series(1,1e8) from chat", st == 200 and body["status"] == "error",
              f"status {st}, answer status {body.get('status')}, {dt:.1f} s, '{body.get('answer', '')[:90]}'")
        # 3. sessions across keys
        st, b1, _ = chat("哪个触点流失用户最多?", k1)
        sid = b1["session_id"]
        listed = [s["session_id"] for s in c.get("/api/sessions", headers=k2).json()["sessions"]]
        read = c.get(f"/api/sessions/{sid}", headers=k2).status_code
        vote = c.post("/api/feedback", json={"vote": "down", "session_id": sid, "turn": 0}, headers=k2).status_code
        dele = c.delete(f"/api/sessions/{sid}", headers=k2).status_code
        _, b2, _ = chat("and why?", k2, session_id=sid)
        _, b3, _ = chat("hello", k1, session_id="client-chosen-id")
        for _ in range(25):
            chat("how many orders", k2)
        still = c.get(f"/api/sessions/{sid}", headers=k1).status_code
        check("3 sessions: k2 list/read/vote/delete/append k1's, chosen id, eviction",
              sid not in listed and read == vote == dele == 404 and b2["session_id"] != sid
              and b3["session_id"] != "client-chosen-id" and still == 200,
              f"listed={sid in listed} read={read} vote={vote} delete={dele} append->new id "
              f"{b2['session_id'] != sid}, chosen id adopted={b3['session_id'] == 'client-chosen-id'}, "
              f"k1 after 25 k2 sessions: {still}")
        # 4. ingest while serving (adds comments with PII), and an overlapping ingest
        data = Path(tempfile.mkdtemp()) / "more"
        data.mkdir()
        lines = ["feedback_id,text,ts,touchpoint_id"] + [
            f"pii{i},\"付款失败 请联系 {p} 谢谢\",2026-11-20 10:00:00," for i, p in enumerate(PII)]
        (data / "feedback.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        first = subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", str(data), "--workspace", str(ws)],
                                 env=env, cwd=str(ROOT), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        time.sleep(1.0)
        second = cli("ingest", str(data), "--workspace", str(ws), env=env)
        out_first = first.communicate(timeout=900)[0]
        st, fb, _ = chat("What do customers complain about at payment?", k1)
        st2, fb2, _ = chat("支付环节用户反馈主要抱怨什么?", k1)
        check("4 ingest while serving + overlapping ingest", first.returncode == 0 and second.returncode != 0
              and "ingest" in (second.stdout + second.stderr).lower() and fb["status"] == "ok" and fb2["status"] == "ok"
              and "Error finding id" not in json.dumps(fb) + json.dumps(fb2),
              f"first rc {first.returncode} ({time.perf_counter() - t0:.0f} s), second rc {second.returncode}, "
              f"feedback answers {fb['status']}/{fb2['status']}, citations {len(fb.get('citations', []))}")
        # 5. PII through aliases and functions, in answers, sessions and the log
        texts = []
        for q in ("select text as t from feedback where feedback_id like 'pii%'",
                  "select upper(text) as u, lower(text) as l from feedback where feedback_id like 'pii%'",
                  "付款失败 请联系"):
            _, b, _ = chat(q, k1)
            texts.append(json.dumps(b, ensure_ascii=False))
        sess = "".join(p.read_text(encoding="utf-8") for p in (ws / "sessions").glob("*.json"))
        leaked = [p for p in PII if any(p in t for t in texts) or p in sess or p in log_path.read_text()]
        check("5 PII in answers/sessions/log", not leaked and "[PHONE]" in "".join(texts),
              f"leaked: {leaked or 'none'}; placeholders shown: {'[PHONE]' in ''.join(texts)}")
        # 6. guard shadowing
        _, b, _ = chat("select * from (with pg_settings as (select 1 as a) select a from pg_settings) t, pg_settings")
        _, b2, _ = chat("select * from (with sqlite_master as (select 1 as a) select a from sqlite_master) t, sqlite_master")
        _, b3, _ = chat("select * from (with _ingest_log as (select 1 as a) select a from _ingest_log) t, _ingest_log")
        blob = json.dumps([b, b2, b3])
        check("6 CTE shadowing pg_settings/sqlite_master/_ingest_log", "secret_directory" not in blob
              and "temp_directory" not in blob and "sha256" not in blob and all(x["status"] == "error" for x in (b, b2, b3)),
              f"statuses {b['status']}/{b2['status']}/{b3['status']}: '{b['answer'][:80]}'")
        # 7. response size, session file size, listing cost
        st, b, dt = chat("select repeat('a', 1000000) as x from events", k1)
        size = len(json.dumps(b))
        sfile = ws / "sessions" / f"{b['session_id']}.json"
        t0 = time.perf_counter()
        lst = c.get("/api/sessions", headers=k1)
        check("7 repeat('a',1e6) answer/session size, GET /api/sessions", size < 3_000_000
              and sfile.stat().st_size < 5_000_000 and lst.status_code == 200,
              f"answer {size / 1e6:.2f} MB in {dt:.1f} s, session file {sfile.stat().st_size / 1e6:.2f} MB, "
              f"list {1000 * (time.perf_counter() - t0):.0f} ms")
        # 8. failed auth, XFF
        codes = [c.get("/api/metrics", headers={"Authorization": f"Bearer bad{i}"}).status_code for i in range(300)]
        xff = [c.get("/api/metrics", headers={"Authorization": "Bearer bad", "X-Forwarded-For": f"9.9.9.{i}"}).status_code
               for i in range(5)]
        check("8 300 wrong keys, X-Forwarded-For rotation", codes.count(429) >= 280 and set(xff) == {429},
              f"401 x{codes.count(401)}, 429 x{codes.count(429)}; with rotating XFF: {xff}")
        # 9a. health path, 9b. half-open connections, 9c. wide CSV, 9d. symlink
        h = c.get("/api/health").json()
        socks = []
        for _ in range(1000):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        time.sleep(5)
        closed = 0
        for s in socks:
            s.settimeout(0.5)
            try:
                closed += s.recv(10) == b""
            except OSError:
                pass
            s.close()
        wide = Path(tempfile.mkdtemp()) / "wide"
        wide.mkdir()
        hdr = ",".join(["feedback_id", "text", "ts"] + [f"c{i}" for i in range(100_000)])
        (wide / "feedback.csv").write_text(hdr + "\n" + ",".join(["w1", "x", "2026-10-01"] + ["1"] * 100_000) + "\n",
                                           encoding="utf-8")
        t0 = time.perf_counter()
        wr = cli("ingest", str(wide), "--workspace", str(ws), env=env)
        wide_s = time.perf_counter() - t0
        link = Path(tempfile.mkdtemp()) / "link"
        link.mkdir()
        secret = link.parent / "secret.txt"
        secret.write_text("root:SUPERSECRETHASH:19000\n", encoding="utf-8")
        (link / "feedback.csv").symlink_to(secret)
        lr = cli("ingest", str(link), "--workspace", str(ws), env=env)
        check("9 health path, 1000 half-open conns, 100k-col CSV, symlink",
              str(ws) not in json.dumps(h) and closed >= 990 and wr.returncode != 0 and "columns" in wr.stdout + wr.stderr
              and lr.returncode != 0 and "SUPERSECRETHASH" not in lr.stdout + lr.stderr,
              f"workspace shown as {h.get('workspace')!r}; closed {closed}/1000 after 5 s; wide CSV rc {wr.returncode} "
              f"in {wide_s:.1f} s; symlink rc {lr.returncode}, secret printed: {'SUPERSECRETHASH' in lr.stdout + lr.stderr}")
    finally:
        watch.stop = True
        time.sleep(0.1)
        server.terminate()
        server.wait(timeout=30)
    failed = [n for n, ok, _ in results if not ok]
    print(f"\n{len(results) - len(failed)}/{len(results)} passed; server+workers peak RSS {watch.peak:.0f} MB"
          + (f"; FAILED: {failed}" if failed else ""))
    shutil.rmtree(log_path.parent, ignore_errors=True)
    return 1 if failed or watch.peak >= 1536 else 0


if __name__ == "__main__":
    raise SystemExit(main())
