"""Issue 9 §8 and §9: failed-auth limits, trusted proxies, per-address buckets, the health body,
header timeouts, CSV formula cells, ingest symlinks and column cap, generic internal errors."""
from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig, parse_networks
from api.security import client_ip
from knowledge.errors import BadInputError
from knowledge.ingest import ingest_folder
from knowledge.workspace import Workspace
from tests.api_fakes import FakeChatService

ROOT = Path(__file__).resolve().parents[1]


def _app(**config):
    return create_app(service=FakeChatService(), settings=ApiConfig(**config))


def test_failed_keys_are_limited_per_address():
    c = TestClient(_app(api_keys=("k1",), auth_fails_per_minute=5, rate_per_minute=0))
    codes = [c.get("/api/sessions", headers={"Authorization": f"Bearer wrong{i}"}).status_code for i in range(8)]
    assert codes[:5] == [401] * 5 and codes[5:] == [429] * 3
    r = c.get("/api/sessions", headers={"Authorization": "Bearer wrong9"})
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1 and r.json()["error"]["code"] == "rate_limited"


def test_failed_keys_are_limited_per_key_across_addresses():
    app = _app(api_keys=("k1",), auth_fails_per_minute=3, rate_per_minute=0)
    codes = []
    for i in range(6):  # a new address each time: only the per-key bucket can stop this
        c = TestClient(app, client=(f"10.0.0.{i + 1}", 5000))
        codes.append(c.get("/api/sessions", headers={"Authorization": "Bearer guess"}).status_code)
    assert codes[:3] == [401] * 3 and codes[3:] == [429] * 3
    assert TestClient(app, client=("10.0.1.1", 1)).get(
        "/api/sessions", headers={"Authorization": "Bearer k1"}).status_code == 200


def test_without_keys_every_address_has_its_own_bucket_and_xff_is_not_believed():
    app = _app(rate_per_minute=2, burst=2)
    a, b = TestClient(app, client=("10.0.0.1", 1)), TestClient(app, client=("10.0.0.2", 1))
    assert [a.get("/api/metrics").status_code for _ in range(2)] == [200, 200]
    # a forged X-Forwarded-For does not buy a fresh bucket
    assert a.get("/api/metrics", headers={"X-Forwarded-For": "1.2.3.4"}).status_code == 429
    assert b.get("/api/metrics").status_code == 200  # another address is not affected


def test_xff_is_believed_only_from_trusted_proxies():
    trusted = parse_networks("127.0.0.1, 10.1.0.0/16")

    def scope(peer, xff=None):
        headers = [(b"x-forwarded-for", xff.encode())] if xff else []
        return {"client": (peer, 1), "headers": headers}

    assert client_ip(scope("203.0.113.9", "1.1.1.1")) == "203.0.113.9"  # nothing trusted
    assert client_ip(scope("203.0.113.9", "1.1.1.1"), trusted) == "203.0.113.9"  # peer not a proxy
    assert client_ip(scope("127.0.0.1", "1.1.1.1"), trusted) == "1.1.1.1"
    # the client may prepend anything; the rightmost address not of a trusted proxy counts
    assert client_ip(scope("127.0.0.1", "6.6.6.6, 2.2.2.2, 10.1.3.4"), trusted) == "2.2.2.2"
    assert client_ip(scope("127.0.0.1", "not-an-ip"), trusted) == "127.0.0.1"
    with pytest.raises(Exception):
        parse_networks("10.0.0.0/33")


def test_health_hides_the_workspace_path(tmp_path):
    from assistant.chat_handler import build_chat_service
    from assistant.settings import load_settings

    svc = build_chat_service(load_settings(JOURNEY_MODEL="offline"), workspace=str(tmp_path / "ws-secret-place"))
    body = TestClient(create_app(service=svc, settings=ApiConfig())).get("/api/health").json()
    assert str(tmp_path) not in json.dumps(body) and body["workspace"] == "ws-secret-place"


def test_internal_exception_text_never_reaches_the_client():
    c = TestClient(_app(rate_per_minute=0), raise_server_exceptions=False)
    r = c.post("/api/chat", json={"message": "boom"})
    assert r.status_code == 500 and "/etc/passwd" not in r.text and r.json()["error"]["code"] == "internal_error"
    from tools.base import error_result
    res = error_result(RuntimeError("psycopg: password=hunter2 at /srv/app/x.py"))
    assert res.data["error"]["code"] == "tool_failed" and "hunter2" not in res.text and "/srv" not in res.text


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_page_csv_and_copy_neutralise_formula_cells():
    script = ("global.window={}; require(%s); const R=window.JourneyRender;"
              "const t={columns:['a','b'],rows:[['=1+2',-0.5],['\\tx','+7'],['@SUM(A1)','ok'],['\\r=cmd','-2'],"
              "[' =x', 3]]};"
              "process.stdout.write(JSON.stringify([R.toCsv(t), R.toTsv(t)]));") % json.dumps(
        str(ROOT / "api" / "static" / "render.js"))
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True, timeout=30).stdout
    csv_text, tsv_text = json.loads(out)
    rows = list(csv.reader(io.StringIO(csv_text)))
    assert rows[1] == ["'=1+2", "-0.5"] and rows[2] == ["'\tx", "'+7"] and rows[3] == ["'@SUM(A1)", "ok"]
    assert rows[4] == ["'\r=cmd", "'-2"] and rows[5] == [" =x", "3"]
    assert "\n'=1+2\t-0.5" in tsv_text and "'@SUM(A1)" in tsv_text


def _dataset(folder: Path) -> Path:
    folder.mkdir()
    (folder / "touchpoints.csv").write_text("touchpoint_id,name,stage\nhome,Home,awareness\n", encoding="utf-8")
    (folder / "events.csv").write_text("customer_id,ts,touchpoint_id\nc1,2026-10-01 10:00:00,home\n", encoding="utf-8")
    return folder


def test_ingest_never_follows_a_symlink_out_of_the_folder_nor_prints_it(tmp_path, capsys):
    secret = tmp_path / "secret.csv"
    secret.write_text("root:$6$supersecrethash:19000:0:99999:7:::\n", encoding="utf-8")
    folder = _dataset(tmp_path / "data")
    (folder / "feedback.csv").symlink_to(secret)
    with pytest.raises(BadInputError) as err:
        ingest_folder(Workspace(tmp_path / "ws"), folder, progress=False)
    text = str(err.value) + json.dumps(err.value.to_dict())
    assert "outside the dataset folder" in text and "supersecrethash" not in text and str(secret) not in text
    assert "supersecrethash" not in capsys.readouterr().err
    # a link inside the folder is fine
    (folder / "feedback.csv").unlink()
    inner = folder / "sub"
    inner.mkdir()
    (inner / "fb.csv").write_text("feedback_id,text,ts\nf1,hello,2026-10-01 10:00:00\n", encoding="utf-8")
    (folder / "feedback.csv").symlink_to(inner / "fb.csv")
    report = ingest_folder(Workspace(tmp_path / "ws"), folder, progress=False)
    assert report.tables["feedback"].added == 1


def test_a_csv_with_100000_columns_is_refused_with_a_clear_error(tmp_path):
    folder = _dataset(tmp_path / "wide")
    header = ",".join(["customer_id", "ts", "touchpoint_id"] + [f"c{i}" for i in range(100_000)])
    (folder / "events.csv").write_text(header + "\n" + ",".join(["c1", "2026-10-01", "home"] + ["x"] * 100_000) + "\n",
                                       encoding="utf-8")
    with pytest.raises(BadInputError) as err:
        ingest_folder(Workspace(tmp_path / "ws"), folder, progress=False)
    assert "100,003 columns" in str(err.value) and "at most 1,000" in str(err.value)


def test_export_redacts_pii(tmp_path):
    from knowledge.feedback.export import write_feedback
    from knowledge.feedback.pii import redact_value
    from knowledge.gateway import Gateway
    from tests.sql_fixtures import make_db

    gw = Gateway(make_db(tmp_path / "e.duckdb"))
    out = io.StringIO()
    write_feedback(gw, out, "csv", redact=redact_value)
    gw.close()
    assert "13800138000" not in out.getvalue() and "[PHONE]" in out.getvalue()


@pytest.mark.heavy
def test_serve_closes_connections_that_never_finish_their_headers(tmp_path):
    from tests.api_server import free_port

    port = free_port()
    env = {"JOURNEY_HEADER_TIMEOUT_S": "1", "JOURNEY_MODEL": "offline", "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port),
                             "--workspace", str(tmp_path / "ws")], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, cwd=str(ROOT))
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(50)]
        for s in socks:
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")  # headers never finished
            s.settimeout(15)
        closed = sum(1 for s in socks if s.recv(100) == b"")
        assert closed == len(socks)
        with socket.create_connection(("127.0.0.1", port)) as s:  # the server still answers
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            s.settimeout(15)
            assert s.recv(100).startswith(b"HTTP/1.1 200")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_server_log_lines_are_redacted(caplog):
    import logging

    from api.logs import install_log_redaction
    from knowledge.feedback.pii import redact_pii

    install_log_redaction(redact_pii)
    log = logging.getLogger("journey.api")
    with caplog.at_level(logging.INFO, logger="journey.api"):
        try:
            raise ValueError("bad value 13812345678 in comment of li.na@example.com")
        except ValueError:
            log.exception("request failed for %s", "１３９１２３４５６７８")
    assert "13812345678" not in caplog.text and "li.na@example.com" not in caplog.text
    assert "１３９１２３４５６７８" not in caplog.text and "[PHONE]" in caplog.text
