"""The morning brief: method pieces by hand, the demo's Android payment week, quiet and partial workspaces."""
from __future__ import annotations

import csv
import json
import random
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.brief.make import make_brief, parse_filters
from assistant.cli import app
from knowledge.brief.compute import DEFAULT_METHOD, build_brief, holm, large_enough, rank
from knowledge.brief.result import Change, Watch
from knowledge.brief.watch import marked
from knowledge.errors import JourneyError
from knowledge import semantic
from knowledge.gateway import Gateway
from knowledge.pipeline import load_dataset
from knowledge.semantic.layer import load_semantic_layer
from knowledge.workspace import Workspace
from tests.api_demo import demo_workspace

DEMO_DAY = date(2026, 11, 8)  # last day of the planted Android payment bug week (knowledge/demo/company.py)


def change(stat: float, direction: str = "down", diff: float = -0.1, rel: float = -0.1) -> Change:
    return Change(0.5, 0.5 + diff, diff, rel, 100, 100, "two_proportion_z", stat, 0.001, direction=direction)


# ---------------------------------------------------------------- method pieces
def test_holm_by_hand() -> None:
    # sorted p: 0.01 (x3 = 0.03), 0.02 (x2 = 0.04), 0.04 (x1 = 0.04, kept monotone); None is no test
    assert holm([0.04, None, 0.01, 0.02]) == [pytest.approx(0.04), None, pytest.approx(0.03), pytest.approx(0.04)]
    assert holm([0.5, 0.9]) == [pytest.approx(1.0), pytest.approx(1.0)]


def test_large_enough_per_kind() -> None:
    m = DEFAULT_METHOD
    assert large_enough("proportion", change(1, diff=-0.03), m)
    assert not large_enough("proportion", change(1, diff=-0.01), m)
    assert large_enough("count", change(1, diff=-30, rel=-0.2), m)
    assert not large_enough("count", change(1, diff=-3, rel=-0.02), m)
    assert not large_enough("mean", change(1, diff=-0.01, rel=-0.05), m)  # relative holds d for means


def test_rank_puts_the_step_before_its_journey_and_totals() -> None:
    step = (Watch("step_conversion", "step", "buy", "pay", 4), change(3.0))
    journey = (Watch("overall_conversion", "journey", "buy"), change(5.0))
    other = (Watch("step_conversion", "step", "reg", "sms", 2), change(2.0))
    total = (Watch("revenue", "total"), change(9.0))
    got = [w for w, _ in rank([total, journey, other, step])]
    assert got == [step[0], journey[0], other[0], total[0]]


def test_watch_list_comes_from_the_yaml_marks(tmp_path: Path) -> None:
    layer = load_semantic_layer()
    assert marked(layer, "step") == ["step_conversion"]
    assert "overall_conversion" in marked(layer, "journey")
    assert {"orders", "revenue", "csat"} <= set(marked(layer, "total"))
    src = Path(semantic.__file__).parent
    text = (src / "metrics.yaml").read_text(encoding="utf-8").replace("  brief: total\n", "")
    (tmp_path / "metrics.yaml").write_text(text, encoding="utf-8")
    shutil.copy(src / "dimensions.yaml", tmp_path / "dimensions.yaml")
    assert marked(load_semantic_layer(tmp_path), "total") == []


def test_bad_filter_and_days_are_usage_errors() -> None:
    assert parse_filters(["device=android,ios", "segment=vip"]) == {"device": ["android", "ios"], "segment": ["vip"]}
    with pytest.raises(JourneyError) as e:
        parse_filters(["device"])
    assert e.value.code == "bad_usage" and "DIMENSION=VALUE" in (e.value.hint or "")


# ---------------------------------------------------------------- the demo
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Path]:
    return demo_workspace(tmp_path_factory)


@pytest.fixture(scope="module")
def demo_briefs(demo: tuple[Workspace, Path]) -> dict[str, dict]:
    ws, _ = demo
    gw = Gateway(ws.db_path)
    try:
        return {lang: make_brief(gw, load_semantic_layer(), as_of=DEMO_DAY, days=7, lang=lang).model_dump(mode="json")
                for lang in ("en", "zh")}
    finally:
        gw.close()


def test_demo_android_payment_week_is_the_top_item(demo_briefs: dict[str, dict]) -> None:
    b = demo_briefs["en"]
    assert (b["date"], b["period"], b["baseline"]) == ("2026-11-08", "2026-11-02 .. 2026-11-08",
                                                       "2026-10-26 .. 2026-11-01")
    top = b["items"][0]
    assert (top["metric"], top["touchpoint_id"], top["change"]["direction"]) == ("step_conversion", "tp_payment", "down")
    assert top["change"]["significance"]["significant"] and top["change"]["significance"]["p_adjusted"] < 0.05
    assert top["drivers"][0]["label"] == "device = android"
    assert top["quotes"] and all(q["touchpoint_id"] == "tp_payment" for q in top["quotes"])
    assert all(q["sentiment"] == "negative" for q in top["quotes"])
    # the quotes are payment complaints, in either language
    words = ("pay", "支付", "付款", "charged", "扣")
    assert all(any(w in q["text"].lower() for w in words) for q in top["quotes"])
    assert top["link"].startswith("/?q=") and "2026-11-02" in top["follow_up"]


def test_demo_text_in_both_languages(demo_briefs: dict[str, dict]) -> None:
    en, zh = demo_briefs["en"]["text"], demo_briefs["zh"]["text"]
    assert "Payment" in en and "device = android" in en and "Holm-adjusted p < 0.05" in en
    assert "Within normal variation:" in en and "/?q=" in en
    assert "支付" in zh and "设备 = 安卓" in zh and "Holm 校正后 p < 0.05" in zh and "在正常波动范围内" in zh
    top_zh = demo_briefs["zh"]["items"][0]
    assert top_zh["quotes"][0]["feedback_id"] in zh
    # the same numbers whatever the language
    assert top_zh["change"] == demo_briefs["en"]["items"][0]["change"]


def test_cli_brief_json(demo: tuple[Workspace, Path]) -> None:
    ws, _ = demo
    res = CliRunner().invoke(app, ["brief", "--days", "7", "--date", "2026-11-08", "--json", "--journey", "purchase",
                                   "--workspace", str(ws.root)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert set(out) >= {"date", "period", "baseline", "language", "text", "items"}
    assert out["items"][0]["touchpoint_id"] == "tp_payment"
    assert all(i["journey_id"] in ("purchase", None) for i in out["items"])
    bad = CliRunner().invoke(app, ["brief", "--date", "11/08/2026", "--workspace", str(ws.root)])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


# ---------------------------------------------------------------- partial and quiet workspaces
def _subset(data: Path, dest: Path, tables: tuple[str, ...], feedback_rows: int | None = None) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for t in tables:
        src = data / f"{t}.csv"
        if t == "feedback" and feedback_rows:
            with src.open(encoding="utf-8", newline="") as fh, (dest / src.name).open("w", encoding="utf-8",
                                                                                        newline="") as out:
                rows = list(csv.reader(fh))
                # the last rows: the newest comments, so the period has feedback
                csv.writer(out).writerows([rows[0]] + rows[-feedback_rows:])
        else:
            shutil.copy(src, dest / src.name)
    return dest


def _brief(root: Path, data: Path, **kw: object) -> dict:
    ws = Workspace(root)
    load_dataset(ws.ensure(), data, progress=False, index=False)
    gw = Gateway(ws.db_path)
    try:
        return make_brief(gw, load_semantic_layer(), **kw).model_dump(mode="json")  # type: ignore[arg-type]
    finally:
        gw.close()


def test_no_feedback_workspace(demo: tuple[Workspace, Path], tmp_path: Path) -> None:
    _, data = demo
    sub = _subset(data, tmp_path / "d", ("touchpoints", "customers", "events", "journeys", "orders"))
    b = _brief(tmp_path / "ws", sub, as_of=DEMO_DAY, days=7, lang="en")
    assert b["items"][0]["touchpoint_id"] == "tp_payment" and b["items"][0]["quotes"] == []
    assert "no_feedback" in b["notes"] and "No feedback in this period" in b["text"]
    assert not any(u["metric"] in ("csat", "nps") for u in b["unmoved"])


def test_events_only_workspace(demo: tuple[Workspace, Path], tmp_path: Path) -> None:
    _, data = demo
    sub = _subset(data, tmp_path / "d", ("touchpoints", "events", "journeys"))
    b = _brief(tmp_path / "ws", sub, as_of=DEMO_DAY, days=7, lang="zh")
    assert b["language"] == "zh" and b["items"][0]["touchpoint_id"] == "tp_payment"
    assert {i["grain"] for i in b["items"]} <= {"step", "journey"} and "no_feedback" in b["notes"]
    assert "该时段没有反馈" in b["text"]


def test_events_without_journeys(demo: tuple[Workspace, Path], tmp_path: Path) -> None:
    _, data = demo
    b = _brief(tmp_path / "ws", _subset(data, tmp_path / "d", ("events",)), days=7, lang="en")
    assert b["checked"] == 0 and b["items"] == [] and "no_journeys" in b["notes"]
    assert "No journeys are defined" in b["text"] and "A quiet period" not in b["text"]


def test_feedback_only_workspace(demo: tuple[Workspace, Path], tmp_path: Path) -> None:
    _, data = demo
    sub = _subset(data, tmp_path / "d", ("touchpoints", "feedback"), feedback_rows=800)
    b = _brief(tmp_path / "ws", sub, days=7, lang="en")
    assert "no_events" in b["notes"] and "journey conversions were not checked" in b["text"]
    assert {u["metric"] for u in b["unmoved"]} | {i["metric"] for i in b["items"]} >= {"feedback_volume", "csat"}
    assert all(i["grain"] == "total" for i in b["items"])


def _steady(folder: Path, seed: int = 7) -> Path:
    """60 days of one journey a -> b -> c with the same conversion every day: nothing moves."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "touchpoints.csv").write_text("touchpoint_id,name\na,Landing\nb,Form\nc,Done\n", encoding="utf-8")
    (folder / "journeys.csv").write_text("journey_id,journey_name,step,touchpoint_id\nj,Sign-up,1,a\nj,Sign-up,2,b\n"
                                         "j,Sign-up,3,c\n", encoding="utf-8")
    rows = ["customer_id,ts,touchpoint_id,device"]
    start = datetime(2026, 9, 1, 9)
    n = 0
    for day in range(60):
        for _ in range(150):
            n += 1
            t = start + timedelta(days=day, minutes=rng.randrange(600))
            dev = rng.choice(["ios", "android"])
            rows.append(f"c{n},{t:%Y-%m-%d %H:%M:%S},a,{dev}")
            if rng.random() < 0.6:
                rows.append(f"c{n},{t + timedelta(minutes=2):%Y-%m-%d %H:%M:%S},b,{dev}")
                if rng.random() < 0.5:
                    rows.append(f"c{n},{t + timedelta(minutes=4):%Y-%m-%d %H:%M:%S},c,{dev}")
    (folder / "events.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_quiet_period_says_so(tmp_path: Path) -> None:
    data = _steady(tmp_path / "d")
    ws = Workspace(tmp_path / "ws")
    load_dataset(ws.ensure(), data, progress=False, index=False)
    gw = Gateway(ws.db_path)
    try:
        layer = load_semantic_layer()
        brief = build_brief(gw, layer, days=7)
        assert brief.quiet and brief.checked == 3 and brief.as_of == date(2026, 10, 30)
        texts = {lang: make_brief(gw, layer, days=7, lang=lang).text for lang in ("en", "zh")}
    finally:
        gw.close()
    assert "A quiet period: none of the 3 journey metrics checked moved" in texts["en"]
    assert "平稳的一段时间" in texts["zh"]
    assert "Within normal variation: step conversion rate at 2 steps, overall conversion rate (Sign-up)" in texts["en"]


# ---------------------------------------------------------------- HTTP
def test_api_brief_behind_keys(demo: tuple[Workspace, Path]) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from assistant.settings import load_settings

    ws, _ = demo
    settings = load_settings(JOURNEY_WORKSPACE=str(ws.root), JOURNEY_API_KEYS="k1", JOURNEY_MODEL="offline")
    app = create_app(None, settings)
    key = {"Authorization": "Bearer k1"}
    with TestClient(app) as c:
        denied = c.get("/api/brief", params={"days": 7})
        assert denied.status_code == 401 and denied.json()["ok"] is False
        r = c.get("/api/brief", params={"date": "2026-11-08", "days": 7, "lang": "zh", "journey": "purchase"},
                  headers=key)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["language"] == "zh" and body["items"][0]["touchpoint_id"] == "tp_payment"
        bad = c.get("/api/brief", params={"date": "8.11.2026"}, headers=key)
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_usage"
        unknown = c.get("/api/brief", params={"journey": "nope"}, headers=key)
        assert unknown.status_code == 404 and "purchase" in unknown.json()["error"]["hint"]


def test_api_brief_from_a_service_without_data() -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from assistant.settings import load_settings
    from tests.api_fakes import FakeChatService

    with TestClient(create_app(FakeChatService(), load_settings(JOURNEY_API_KEYS=""))) as c:
        r = c.get("/api/brief")
        assert r.status_code == 400 and r.json()["error"]["code"] == "not_available"
