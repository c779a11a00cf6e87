"""Places as a company's data names them: its own customer_city column is what "city" / 城市 means (our
built-in region only keeps its own name), and "哪个省" / "which province" rank the region.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

PROVINCES = ("广东", "浙江", "江苏", "河北")
CITIES = {"广东": ("广州", "深圳"), "浙江": ("杭州", "宁波"), "江苏": ("南京", "苏州"), "河北": ("石家庄", "保定")}


def _shop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(8)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_order", "Order", "下单", "Order", "purchase")])
    customers, events = [], []
    for i in range(400):
        cid = f"C{i:04d}"
        prov = PROVINCES[min(3, int(rnd.random() ** 2 * 4))]
        city = CITIES[prov][rnd.randrange(2)]
        customers.append((cid, prov, city))
        server = ("sea", "eu", "cn_north")[i % 3]
        for k in range(1 + rnd.randrange(3)):
            ts = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(300))
            latency = {"sea": 150, "eu": 60, "cn_north": 30}[server] + rnd.randrange(40)
            store = f"S{(i + k) % 5}"
            events.append((f"{cid}-{k}", cid, ts.isoformat(sep=" "), "tp_order", "submit", server, latency,
                           ("store", "app")[k % 2], store))
    customers += [(f"Q{i:03d}", "广东", "广州") for i in range(30)]  # on record, never active
    write_csv(tmp / "customers.csv", ["customer_id", "region", "customer_city"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "server_region",
                                   "latency_ms", "channel", "store_id"], events)
    where = {c[0]: c for c in customers}
    lat: dict[str, list[int]] = {}
    for e in events:
        lat.setdefault(e[5], []).append(e[6])
    return {"by_city": Counter(where[e[1]][2] for e in events), "by_prov": Counter(where[e[1]][1] for e in events),
            "latency": {k: sum(v) / len(v) for k, v in lat.items()}, "by_store": Counter(e[8] for e in events),
            "on_record": Counter(c[1] for c in customers)}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("places"), _shop) as out:
        yield out


@pytest.mark.parametrize("q, key", [
    ("2025年哪个城市的下单次数最多？", "by_city"),
    ("Which city had the most order events in 2025?", "by_city"),
    ("2025年哪个省的下单次数最多？", "by_prov"),
    ("Which province had the most order events in 2025?", "by_prov"),
])
def test_the_companys_own_place_column_and_one_character_places(shop, q: str, key: str) -> None:
    service, f = shop
    a = ask(service, q)
    want = f[key].most_common(1)[0]
    assert a.status == "ok" and a.tables, a.answer
    row = a.tables[0].rows[0]
    assert row[0] == want[0] and want[1] in row, (row, want)


@pytest.mark.parametrize("q, want", [
    # the worst of a measure whose higher values are worse is its highest; the best its lowest
    ("Which server region had the worst average ping in 2025?", max),
    ("2025年哪个服务器区的平均延迟最差？", max),
    ("Which server region had the best average latency in 2025?", min),
])
def test_best_and_worst_follow_the_measures_good_direction(shop, q: str, want) -> None:  # noqa: ANN001
    service, f = shop
    a = ask(service, q)
    assert a.status == "ok" and a.tables, a.answer
    row = a.tables[0].rows[0]
    best = want(f["latency"], key=f["latency"].get)
    assert row[0] == best and row[1] == pytest.approx(f["latency"][best]), row


def test_region_codes_as_people_say_them(shop) -> None:
    service, f = shop
    a = ask(service, "2025年东南亚服的平均延迟是多少毫秒？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][-2] == pytest.approx(f["latency"]["sea"]) or \
        f["latency"]["sea"] == pytest.approx(next(v for v in a.tables[0].rows[0] if isinstance(v, float)))


@pytest.mark.parametrize("q", ["Which store had the most order events in 2025?", "2025年哪个门店的下单次数最多？"])
def test_a_grouping_word_makes_a_word_the_column_not_a_channel_value(shop, q: str) -> None:
    # "store" is also a value of the channel column (in-store): after which / 哪个 it is the company's store column
    service, f = shop
    a = ask(service, q)
    want = f["by_store"].most_common(1)[0]
    assert a.status == "ok" and a.tables[0].rows[0][0] == want[0] and want[1] in a.tables[0].rows[0], a.answer


def test_how_long_on_average_and_by_a_measure(shop) -> None:
    service, f = shop
    a = ask(service, "2025年2月东南亚服顾客平均延迟多久？单位毫秒")  # jieba reads 顾客 as a person's name: no slice
    assert a.status == "ok", a.answer
    b = ask(service, "2025年哪个服务器区最差？按平均延迟看")  # 按 + a measure: by that measure, not a grouping
    assert b.status == "ok" and b.tables[0].rows[0][0] == max(f["latency"], key=f["latency"].get), b.answer


@pytest.mark.parametrize("q", ["目前广东的客户一共有多少个？", "How many customers are currently in 广东?"])
def test_customers_on_record_are_counted_from_the_customer_list(shop, q: str) -> None:
    service, f = shop
    a = ask(service, q)
    assert a.status == "ok" and a.tool_calls[0].args["metric_id"] == "customer_count", a.answer
    assert f["on_record"]["广东"] in [v for r in a.tables[0].rows for v in r]


@pytest.mark.parametrize("q", ["帮我给广东的客户写一条道歉短信", "下单环节员工的人均工资是多少？", "明天广东的下单量会不会涨？",
                               "Will there be more orders in 广东 tomorrow?"])
def test_asks_the_data_cannot_answer_are_refused_even_when_a_place_is_named(shop, q: str) -> None:
    service, _ = shop
    a = ask(service, q)
    assert a.status == "unsupported", (a.status, a.answer)


def test_a_word_of_the_companys_column_slices_no_builtin_value_and_describes_what_is_counted(shop) -> None:
    # 门店 is also a word of our built-in channel value "store": the company's store column takes it; and "广东门店的
    # 下单次数" counts Guangdong's order events, it asks for no breakdown by store
    service, f = shop
    a = ask(service, "2025年广东门店的下单次数有多少？")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert "channel" not in (call.args.get("filters") or {}), call
    assert f["by_prov"]["广东"] in [v for r in a.tables[0].rows for v in r]


@pytest.mark.parametrize("q", ["Which store is the best?", "哪家店最好？", "哪个服务器区最差？"])
def test_best_without_a_measure_asks_which_measure(shop, q: str) -> None:
    service, _ = shop
    a = ask(service, q)
    assert a.status == "clarify" and a.options, (a.status, a.answer)
