"""Groups named by names, not codes (blind batches archivescan and carpetclean of session 52): "which centre had the
fewest scans" where the rows carry centre (S1, S2, S3), centre_en (Suzhou Centre …) and 扫描中心 (苏州扫描中心 …)
ranks the centres by their names in the asker's language; "which city brought in the most revenue" with city codes
SH / SZ beside city_en and 城市 likewise. Asked for the code ("give me the centre code") the code stays, and so do
country codes (US, CN, JP), which people read as names.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

CENTRES = (("S1", "Suzhou Centre", "苏州扫描中心", 0.5), ("S2", "Wuhan Centre", "武汉扫描中心", 0.2),
           ("S3", "Dongguan Centre", "东莞扫描中心", 0.3))
CITIES = (("SH", "Shanghai", "上海", 3000.0), ("SZ", "Shenzhen", "深圳", 1000.0), ("HZ", "Hangzhou", "杭州", 2000.0))


def _centres(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5205)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_pickup", "上门取件", "上门取件", "Box collection", "purchase", "pickup"),
               ("tp_scan", "扫描", "扫描", "Scanning", "service", "scan")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("batch", "批次处理", 1, "tp_pickup", 60), ("batch", "批次处理", 2, "tp_scan", 60)])
    customers, events, orders = [], [], []
    for i in range(600):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01"))
        code, en, zh, _ = rnd.choices(CENTRES, weights=[c[3] for c in CENTRES])[0]
        ccode, cen, czh, price = CITIES[i % 3]
        at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(8, 18))
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_pickup", "collected", code, en, zh,
                       ccode, cen, czh))
        events.append((f"E{len(events):06d}", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_scan", "scanned",
                       code, en, zh, ccode, cen, czh))
        mk, men = (("US", "United States"), ("CN", "Mainland China"), ("JP", "Japan"))[i % 3]
        orders.append((f"O{i:05d}", cid, at.isoformat(sep=" "), price, "paid", ccode, cen, czh, mk, men))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "centre", "centre_en",
                                   "扫描中心", "city", "city_en", "城市"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "city", "city_en", "城市",
                                   "market", "market_en"], orders)
    return {"events": events, "orders": orders}


@pytest.fixture(scope="module")
def centres(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("code_columns"), _centres) as out:
        yield out


@pytest.mark.parametrize("q,col", [("Which scanning centre had the fewest scans in 2025?", 6),
                                   ("2025年哪个扫描中心的扫描量最少？", 7)])
def test_centres_ranked_by_their_names(centres, q: str, col: int) -> None:  # noqa: ANN001
    service, facts = centres
    scans = Counter(e[col] for e in facts["events"] if e[3] == "tp_scan" and e[2][:4] == "2025")
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == min(scans, key=scans.get), (scans, a.answer)


def test_cities_ranked_by_their_names(centres) -> None:  # noqa: ANN001
    service, facts = centres
    money = Counter()
    for o in facts["orders"]:
        money[o[6]] += o[3]
    a = ask(service, "Which city brought in the most revenue in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == max(money, key=money.get), (money, a.answer)


def test_code_asked_stays_the_code(centres) -> None:  # noqa: ANN001
    service, facts = centres
    scans = Counter(e[5] for e in facts["events"] if e[3] == "tp_scan" and e[2][:4] == "2025")
    a = ask(service, "Which centre code had the most scans in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == max(scans, key=scans.get), (scans, a.answer)


def test_country_codes_stay(centres) -> None:  # noqa: ANN001
    service, facts = centres
    money = Counter()
    for o in facts["orders"]:
        money[o[8]] += o[3]
    a = ask(service, "Which market brought in the most revenue in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == max(money, key=money.get), (money, a.answer)
