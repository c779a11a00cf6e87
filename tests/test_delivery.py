"""Brief delivery: each chat platform against a loopback fake, retries, secrets, schedules.yaml, the scheduler."""
from __future__ import annotations

import io
import json
import logging
import socket
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from assistant.brief.render import compose_brief
from assistant.compose.names import Names
from assistant.delivery.base import BriefMessage, DeliveryError, install_log_redaction
from assistant.delivery.deliver import RetryPolicy, deliver
from assistant.delivery.dingtalk import DingTalkChannel
from assistant.delivery.feishu import FeishuChannel, feishu_sign
from assistant.delivery.local import FileChannel, StdoutChannel
from assistant.delivery.secrets import SecretResolver
from assistant.delivery.slack import SlackChannel
from assistant.delivery.status import DeliveryStatus
from assistant.delivery.wecom import WeComChannel
from assistant.schedules.config import load_schedules, parse_schedules
from assistant.schedules.runner import Scheduler, build_channel, next_fire
from knowledge.brief.compute import DEFAULT_METHOD
from knowledge.brief.result import Brief, BriefItem, Change, Driver, Quote, Theme, Watch
from knowledge.errors import ConfigError
from knowledge.results import Period
from knowledge.semantic.layer import load_semantic_layer
from tests.chat_fakes import FakePlatform, check_feishu_card

SECRET = "SEC-very-secret-0042"
BASE = "https://journey.example.com"


def sample_brief(lang: str = "zh") -> dict:
    period = Period(date(2026, 11, 2), date(2026, 11, 8))
    item = BriefItem(
        Watch("step_conversion", "step", "purchase", "tp_payment", 5, "Payment"),
        Change(0.721, 0.884, -0.163, -0.184, 122, 121, "two_proportion_z", -3.2, 0.0014, 0.032, True, "down", False),
        [Driver("device", "android", -0.076, 0.47, 0.844, 0.558)], "device",
        [Theme("支付失败", 11, 0.27, -0.6, 0.5)],
        [Quote("F005598", "第一次用就支付显示失败，结果银行卡扣了两次钱。", "tp_payment", "negative")], 41)
    unmoved = [(Watch("orders", "total"), Change(73, 117, -44, -0.37, 73, 117, "poisson_z", -1.0, 0.3, 1.0))]
    brief = Brief(date(2026, 11, 8), period, period.previous(), DEFAULT_METHOD, [item], unmoved, 24)
    return compose_brief(brief, Names.build(load_semantic_layer()), lang).model_dump(mode="json")


@pytest.fixture
def client():
    with httpx.Client() as c:
        yield c


def run(channel, fake: FakePlatform, *, base_url: str | None = BASE, policy=RetryPolicy(attempts=3)):
    status = DeliveryStatus()
    waits: list[float] = []
    ok = deliver(channel, BriefMessage(sample_brief(), base_url), schedule="morning", status=status, policy=policy,
                 sleep=waits.append)
    return ok, status.to_dict(), waits


# ---------------------------------------------------------------- platforms, signatures both ways
@pytest.mark.parametrize("secret_sent, accepted", [(SECRET, True), ("wrong-secret", False)])
def test_feishu_signed_interactive_card(client, secret_sent: str, accepted: bool) -> None:
    with FakePlatform("feishu", secret=SECRET) as fake:
        ok, status, waits = run(FeishuChannel(webhook=fake.url(), secret=secret_sent, client=client), fake)
    assert ok is accepted and status["delivered"] == int(accepted) and status["failed"] == int(not accepted)
    assert waits == [], "a bad signature is not retried"
    if accepted:
        card = fake.accepted[0]["card"]
        check_feishu_card(fake.accepted[0])
        assert card["header"]["template"] == "red" and "晨报" in card["header"]["title"]["content"]
        button = next(e for e in card["elements"] if e["tag"] == "action")["actions"][0]
        assert button["url"].startswith(BASE + "/?q=")
    else:
        assert "19021" in status["schedules"][0]["last_error"]["message"]


def test_feishu_sign_matches_the_documented_recipe() -> None:
    # timestamp + "\n" + secret as the HMAC-SHA256 key over an empty message, base64
    import base64
    import hashlib
    import hmac
    key = b"1599360473\n" + SECRET.encode()
    assert feishu_sign("1599360473", SECRET) == base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()


@pytest.mark.parametrize("secret_sent, accepted", [(SECRET, True), ("wrong-secret", False)])
def test_dingtalk_signed_action_card(client, secret_sent: str, accepted: bool) -> None:
    with FakePlatform("dingtalk", secret=SECRET) as fake:
        ok, status, _ = run(DingTalkChannel(webhook=fake.url(), secret=secret_sent, client=client), fake)
    assert ok is accepted
    if accepted:
        body = fake.accepted[0]
        assert body["msgtype"] == "actionCard" and body["actionCard"]["singleURL"].startswith(BASE)
        assert "device = android" in body["actionCard"]["text"] or "设备 = 安卓" in body["actionCard"]["text"]
    else:
        assert "310000" in status["schedules"][0]["last_error"]["message"]


def test_dingtalk_markdown_without_public_url(client) -> None:
    with FakePlatform("dingtalk", secret=SECRET) as fake:
        ok, _, _ = run(DingTalkChannel(webhook=fake.url(), secret=SECRET, client=client), fake, base_url=None)
    text = fake.accepted[0]["markdown"]["text"]
    assert ok and fake.accepted[0]["msgtype"] == "markdown" and "追问: 2026-11-02到2026-11-08" in text
    assert "](" not in text, "no link without a public base_url"


@pytest.mark.parametrize("fmt", ["markdown", "template_card"])
def test_wecom_markdown_and_template_card(client, fmt: str) -> None:
    with FakePlatform("wecom") as fake:
        ok, _, _ = run(WeComChannel(webhook=fake.url(), format=fmt, client=client), fake)
        assert ok and fake.accepted[0]["msgtype"] == fmt
        bad_key = fake.url().replace("tok-123", "nope")
        ok_bad, status, _ = run(WeComChannel(webhook=bad_key, client=client), fake)
    assert not ok_bad and "93000" in status["schedules"][0]["last_error"]["message"]


def test_slack_block_kit_through_the_sdk() -> None:
    with FakePlatform("slack") as fake:
        ok, _, _ = run(SlackChannel(webhook=fake.url()), fake)
        bad, status, _ = run(SlackChannel(webhook=fake.url().replace("tok-123", "other")), fake)
    blocks = fake.accepted[0]["blocks"]
    assert ok and blocks[0]["type"] == "header" and blocks[3]["accessory"]["url"].startswith(BASE)
    assert not bad and status["failed"] == 1


def test_file_and_stdout(tmp_path: Path) -> None:
    status = DeliveryStatus()
    ch = FileChannel(path=tmp_path / "out" / "{date}-{name}-{lang}.json", format="json", name="morning")
    assert deliver(ch, BriefMessage(sample_brief()), schedule="f", status=status)
    saved = json.loads((tmp_path / "out" / "2026-11-08-morning-zh.json").read_text(encoding="utf-8"))
    assert saved["items"][0]["touchpoint_id"] == "tp_payment"
    buf = io.StringIO()
    assert deliver(StdoutChannel(stream=buf), BriefMessage(sample_brief("en")), schedule="s", status=status)
    assert buf.getvalue().startswith("Morning brief · 2026-11-02 .. 2026-11-08")


# ---------------------------------------------------------------- retries, counts, secrets
def test_retries_with_exponential_backoff(client) -> None:
    with FakePlatform("feishu", secret=SECRET, fail_first=2) as fake:
        ok, status, waits = run(FeishuChannel(webhook=fake.url(), secret=SECRET, client=client), fake,
                                policy=RetryPolicy(attempts=4, base_delay_s=1.5))
    assert ok and waits == [1.5, 3.0] and len(fake.requests) == 3
    assert status["retries"] == 2 and status["delivered"] == 1 and status["failed"] == 0


def test_gives_up_after_the_last_attempt_and_counts_it(client) -> None:
    with FakePlatform("wecom", fail_first=99, fail_status=503) as fake:
        ok, status, waits = run(WeComChannel(webhook=fake.url(), client=client), fake,
                                policy=RetryPolicy(attempts=4, base_delay_s=1.0, max_delay_s=3.0))
    assert not ok and waits == [1.0, 2.0, 3.0] and len(fake.requests) == 4
    s = status["schedules"][0]
    assert (s["failed"], s["retries"], s["last_error"]["code"]) == (1, 3, "delivery_failed")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_secrets_never_reach_logs_or_status(client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    install_log_redaction([SECRET, "tok-123"])  # what build_scheduler does with every channel's secrets
    dead = f"http://127.0.0.1:{_closed_port()}/open-apis/bot/v2/hook/tok-123"
    statuses = []
    with FakePlatform("feishu", secret=SECRET, fail_first=1) as fake:
        statuses.append(run(FeishuChannel(webhook=fake.url(), secret="wrong-" + SECRET, client=client), fake)[1])
        statuses.append(run(FeishuChannel(webhook=dead, secret=SECRET, client=client), fake)[1])
    with FakePlatform("dingtalk", secret=SECRET) as fake:
        statuses.append(run(DingTalkChannel(webhook=fake.url(), secret="x" + SECRET, client=client), fake)[1])
    with FakePlatform("slack", fail_first=9) as fake:
        statuses.append(run(SlackChannel(webhook=fake.url()), fake)[1])
    shown = caplog.text + json.dumps(statuses)
    assert "failed" in caplog.text, "the failures are logged"
    assert all(s["failed"] == 1 for s in statuses)
    for secret in (SECRET, "tok-123"):
        assert secret not in shown, secret


# ---------------------------------------------------------------- schedules.yaml
GOOD = """\
base_url: https://journey.example.com
schedules:
  - name: morning-zh
    cron: "0 8 * * 1-5"
    timezone: Asia/Shanghai
    lang: zh
    days: 1
    filters: {segment: vip}
    channel: {type: feishu, webhook: "${FEISHU_WEBHOOK}", secret: "${FEISHU_SECRET}"}
  - name: weekly-file
    cron: "0 7 * * 1"
    days: 7
    channel:
      type: file
      path: briefs/{date}.txt
"""


def _parse(text: str, env: dict[str, str] | None = None, secrets_file: Path | None = None):
    return parse_schedules(text, Path("/ws/schedules.yaml"), SecretResolver(env or {}, secrets_file))


def test_good_schedules_resolve_secrets_from_env_then_file(tmp_path: Path) -> None:
    (tmp_path / "secrets.yaml").write_text(f"FEISHU_SECRET: {SECRET}\nFEISHU_WEBHOOK: from-file\n", encoding="utf-8")
    schedules, base = _parse(GOOD, {"FEISHU_WEBHOOK": "https://open.feishu.cn/open-apis/bot/v2/hook/x"},
                             tmp_path / "secrets.yaml")
    assert base == BASE and [s.spec.name for s in schedules] == ["morning-zh", "weekly-file"]
    assert schedules[0].webhook.endswith("/hook/x") and schedules[0].secret == SECRET
    assert schedules[0].spec.filters == {"segment": ["vip"]} and schedules[1].spec.lang == "en"
    assert SECRET not in repr(schedules[0].spec)


@pytest.mark.parametrize("old, new, line, field, hint", [
    ('cron: "0 8 * * 1-5"', 'cron: "0 25 * * *"', 4, "schedules[0].cron", "minute hour"),
    ("lang: zh", "language: zh", 6, "schedules[0].language", "allowed fields"),
    ("type: feishu", "type: telegram", 9, "schedules[0].channel.type", "feishu, dingtalk, wecom, slack"),
    ("timezone: Asia/Shanghai", "timezone: Mars/Base", 5, "schedules[0].timezone", "README"),
    ("days: 7", "days: 0", 12, "schedules[1].days", "README"),
    ("path: briefs/{date}.txt", "format: json", 14, "schedules[1].channel.path", "relative to the workspace"),
    ("name: weekly-file", "name: morning-zh", 10, "schedules[1].name", "its own name"),
])
def test_bad_schedules_name_file_line_field_and_hint(old: str, new: str, line: int, field: str, hint: str) -> None:
    env = {"FEISHU_WEBHOOK": "https://x", "FEISHU_SECRET": "s"}
    with pytest.raises(ConfigError) as e:
        _parse(GOOD.replace(old, new), env)
    err = e.value
    assert err.code == "bad_schedules" and err.details["line"] == line and err.details["field"] == field, err.message
    assert f"/ws/schedules.yaml:{line}: {field}" in err.message
    assert hint in (err.hint or "") or hint in err.message


def test_missing_secret_and_literal_secret_are_explained_without_echoing() -> None:
    with pytest.raises(ConfigError) as e:
        _parse(GOOD, {"FEISHU_WEBHOOK": "https://x"})
    assert "FEISHU_SECRET is not set" in e.value.message and "export FEISHU_SECRET" in e.value.hint
    literal = GOOD.replace('"${FEISHU_SECRET}"', f'"{SECRET}"')
    with pytest.raises(ConfigError) as e:
        _parse(literal, {"FEISHU_WEBHOOK": "https://x"})
    assert "${NAME} reference" in e.value.message and SECRET not in e.value.message + (e.value.hint or "")
    assert e.value.details["line"] == 9


def test_not_yaml_and_no_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as e:
        _parse("schedules:\n  - name: a\n   cron: x\n")
    assert e.value.details["line"] == 3 and "not valid YAML" in e.value.message
    assert load_schedules(tmp_path / "schedules.yaml", SecretResolver({})) == ([], None)


def test_cli_serve_refuses_a_bad_schedules_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from assistant.cli import app

    (tmp_path / "schedules.yaml").write_text(GOOD.replace('cron: "0 7 * * 1"', 'cron: "every monday"'),
                                             encoding="utf-8")
    monkeypatch.setenv("FEISHU_WEBHOOK", "https://x")
    monkeypatch.setenv("FEISHU_SECRET", "s")
    res = CliRunner().invoke(app, ["serve", "--port", str(_closed_port()), "--workspace", str(tmp_path)])
    assert res.exit_code == 2
    assert "schedules.yaml:11: schedules[1].cron" in res.output and "is not a cron expression" in res.output


# ---------------------------------------------------------------- the scheduler
def test_next_fire_in_the_schedules_time_zone() -> None:
    (s,), _ = _parse(GOOD.split("  - name: weekly-file")[0], {"FEISHU_WEBHOOK": "https://x", "FEISHU_SECRET": "s"})
    # 08:00 Asia/Shanghai on weekdays = 00:00 UTC; Monday 2026-11-30 00:30 UTC → Tuesday 00:00 UTC
    assert next_fire(s.spec, datetime(2026, 11, 30, 0, 30, tzinfo=timezone.utc)) == datetime(
        2026, 12, 1, 0, 0, tzinfo=timezone.utc)
    # Friday after 08:00 → Monday
    assert next_fire(s.spec, datetime(2026, 12, 4, 1, 0, tzinfo=timezone.utc)).weekday() == 0


def test_scheduler_fires_when_due_and_delivers(tmp_path: Path) -> None:
    import threading
    import time

    schedules, _ = _parse(GOOD.split("  - name: morning-zh")[0] + GOOD.split(GOOD.split("  - name: weekly-file")[0])[1])
    # a clock one second before Monday 07:00 UTC that runs at real speed: the weekly cron is due in a second
    t0, started = datetime(2026, 11, 30, 6, 59, 59, tzinfo=timezone.utc), time.monotonic()
    delivered = threading.Event()

    def make(spec):  # noqa: ANN001, ANN202
        delivered.set()
        return sample_brief("en")

    status = DeliveryStatus()
    channels = {s.spec.name: build_channel(s, tmp_path, None) for s in schedules}
    sched = Scheduler(schedules, make, channels, status, now=lambda: t0 + timedelta(seconds=time.monotonic() - started))
    sched.start()
    try:
        assert status.to_dict()["schedules"][0]["next_run"] == "2026-11-30T07:00:00+00:00"
        assert delivered.wait(30), "the schedule fired"
        for _ in range(100):
            if status.to_dict()["delivered"]:
                break
            time.sleep(0.05)
    finally:
        sched.stop()
    assert (tmp_path / "briefs" / "2026-11-08.txt").read_text(encoding="utf-8").startswith("Morning brief")
    row = status.to_dict()["schedules"][0]
    assert row["delivered"] == 1 and row["next_run"] == "2026-12-07T07:00:00+00:00"


def test_api_shows_deliveries_and_metrics_stay_compatible(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from assistant.settings import load_settings
    from tests.api_fakes import FakeChatService

    settings = load_settings(JOURNEY_API_KEYS="")
    with TestClient(create_app(FakeChatService(), settings)) as c:
        plain = c.get("/api/metrics").json()
        assert plain["metrics"] and plain["deliveries"] is None
        assert c.get("/api/deliveries").json() == {"schedules": [], "delivered": 0, "failed": 0, "retries": 0}
    schedules, _ = _parse(GOOD.split("  - name: morning-zh")[0] + GOOD.split(GOOD.split("  - name: weekly-file")[0])[1])
    status = DeliveryStatus()
    sched = Scheduler(schedules, lambda spec: sample_brief("en"), {"weekly-file": build_channel(schedules[0], tmp_path, None)},
                      status)
    sched.run_once("weekly-file")
    with TestClient(create_app(FakeChatService(), settings, scheduler=sched)) as c:
        d = c.get("/api/deliveries").json()
        assert d["delivered"] == 1 and d["schedules"][0]["schedule"] == "weekly-file"
        assert d["schedules"][0]["next_run"] is not None, "the running scheduler says when it fires next"
        assert c.get("/api/metrics").json()["deliveries"]["delivered"] == 1


def test_a_brief_that_cannot_be_made_is_counted(tmp_path: Path) -> None:
    from knowledge.errors import NotFoundError

    schedules, _ = _parse(GOOD.split("  - name: morning-zh")[0] + GOOD.split(GOOD.split("  - name: weekly-file")[0])[1])

    def make(spec):  # noqa: ANN001, ANN202
        raise NotFoundError("unknown journey 'x'", hint="journeys: purchase")

    status = DeliveryStatus()
    sched = Scheduler(schedules, make, {"weekly-file": build_channel(schedules[0], tmp_path, None)}, status)
    assert not sched.run_once("weekly-file")
    err = status.to_dict()["schedules"][0]["last_error"]
    assert err["code"] == "not_found" and err["hint"] == "journeys: purchase"


def test_delivery_error_is_a_journey_error() -> None:
    e = DeliveryError("x", retryable=True)
    assert e.code == "delivery_failed" and e.retryable
