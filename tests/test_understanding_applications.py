"""Questions about applications a bank logs as customers with their own columns, and about a rental company's
orders and app reviews, as people ask them (session 12's general causes):

- a money word with no orders table names the one money column the company brought ("average loan amount");
  a column copied on every event is averaged once per customer;
- a word naming a step and a value of a customer column is the value when the measure is on customers, and the
  customers of a step are those with an event there;
- "how many applications ended up approved", "一共拒了多少笔申请": the step after the count word is what is
  counted, the other step says which ones;
- thresholds in thousands ("20k", "5万"), in euros, in kg and in percent, and both ends of a range;
- Chinese names of values written in pinyin (上海 → Shanghai, 福田区 → Futian), never a common word (异常 is
  no city called Yichang);
- app-store words name app reviews; "include reviews with no date" is an instruction, not a question about
  undated rows;
- a defined rate counts one kind of row on both sides, its numerator among the denominator's rows.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

OUTCOMES = ("approved", "declined", "cancelled")
CITIES = ("Shanghai", "Chengdu", "Yichang")
ZONES = ("Futian", "Pudong")


def _loans(tmp: Path) -> dict[str, object]:
    rnd = random.Random(12)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_submitted", "Application submitted", "提交申请", "Application submitted", "consideration",
                "application|applications|申请"),
               ("tp_approved", "Application approved", "审批通过", "Application approved", "purchase",
                "approved|批准|获批"),
               ("tp_declined", "Application declined", "申请被拒", "Application declined", "purchase",
                "declined|rejected|拒绝|被拒|拒贷"),
               ("tp_cancelled", "Application cancelled", "申请取消", "Application cancelled", "purchase",
                "cancelled|canceled|撤件")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("loan", "Loan application", 1, "tp_submitted", 60), ("loan", "Loan application", 2, "tp_approved", 60)])
    customers, events, apps = [], [], []
    for i in range(800):
        cid = f"A{i:04d}"
        amount = rnd.choice((1000, 3000, 5000, 8000, 12000, 20000, 25000, 40000, 50000, 60000))
        outcome = OUTCOMES[0] if rnd.random() < 0.2 + 0.3 * (amount >= 20000) else OUTCOMES[1 + (rnd.random() < 0.3)]
        city = CITIES[i % 3]
        ts = datetime(2012, 1, 1) + timedelta(days=rnd.randrange(60), minutes=rnd.randrange(1440))
        customers.append((cid, ts.isoformat(sep=" "), amount, outcome, city))
        events.append((f"{cid}-1", cid, ts.isoformat(sep=" "), "tp_submitted", "submit", amount))
        # a second event of the same application: the amount is copied onto every event of it
        events.append((f"{cid}-2", cid, (ts + timedelta(days=1 + rnd.randrange(5))).isoformat(sep=" "),
                       {"approved": "tp_approved", "declined": "tp_declined", "cancelled": "tp_cancelled"}[outcome],
                       "complete", amount))
        if i % 4 == 0:  # a third event for a quarter of them: an average over events would weigh them more
            events.append((f"{cid}-3", cid, (ts + timedelta(days=9)).isoformat(sep=" "), "tp_submitted", "update", amount))
        apps.append({"amount": amount, "outcome": outcome, "city": city})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "amount_requested", "application_outcome", "city"],
              customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "amount_requested"],
              events)
    return {"apps": apps}


@pytest.fixture(scope="module")
def loans(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("applications"), _loans) as out:
        yield out


def test_a_money_word_without_orders_is_the_money_column_averaged_per_customer(loans) -> None:  # noqa: ANN001
    service, f = loans
    a = ask(service, "What's the average loan amount customers asked for?")
    want = statistics.mean(x["amount"] for x in f["apps"])
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - want) < 0.01, (a.answer, want)


def test_a_step_word_that_is_a_customer_value_slices_customers_and_its_follow_up_replaces_it(loans) -> None:  # noqa: ANN001
    service, f = loans
    a = ask(service, "What was the average requested amount on the applications we approved?")
    want = statistics.mean(x["amount"] for x in f["apps"] if x["outcome"] == "approved")
    assert a.status == "ok" and abs(first_numbers(a)[0] - want) < 0.01, (a.answer, a.tool_calls, want)
    b = ask(service, "And on the declined ones?", session=a.session_id)
    want = statistics.mean(x["amount"] for x in f["apps"] if x["outcome"] == "declined")
    assert b.status == "ok" and abs(first_numbers(b)[0] - want) < 0.01, (b.answer, b.tool_calls, want)


@pytest.mark.parametrize("q, outcome", [("How many applications ended up approved overall?", "approved"),
                                        ("整个数据期间一共拒了多少笔申请？", "declined"),
                                        ("how many applications got cancelled?", "cancelled")])
def test_the_step_after_the_count_word_is_what_is_counted(loans, q: str, outcome: str) -> None:  # noqa: ANN001
    service, f = loans
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(x["outcome"] == outcome for x in f["apps"]), (a.answer, a.tool_calls)


@pytest.mark.parametrize("q, test", [
    ("How many applicants asked for 50,000 EUR or more?", lambda x: x >= 50000),
    ("申请金额不到5000欧的客户有多少个？", lambda x: x < 5000),
    ("How many applicants asked for at least 20k but under 50k euros?", lambda x: 20000 <= x < 50000),
])
def test_thresholds_in_euros_thousands_and_ranges(loans, q: str, test) -> None:  # noqa: ANN001
    service, f = loans
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(test(x["amount"]) for x in f["apps"]), (a.answer, a.tool_calls)


def test_a_chinese_city_name_finds_its_pinyin_value_and_a_common_word_does_not(loans) -> None:  # noqa: ANN001
    service, f = loans
    a = ask(service, "上海的客户有多少个？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(x["city"] == "Shanghai" for x in f["apps"]), (a.answer, a.tool_calls)
    b = ask(service, "数据异常的申请有多少？")
    assert all("Yichang" not in str(c.args) for c in b.tool_calls), b.tool_calls


def _rentals(tmp: Path) -> dict[str, object]:
    rnd = random.Random(7)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "Book a car", "预订", "Book a car", "purchase", "book|booking"),
               ("tp_pay", "Payment", "支付", "Payment", "purchase", "pay|payment"),
               ("tp_rating", "Rate the trip", "评分", "Rate the trip", "loyalty", "rate|rating")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("trips", "trips", 1, "tp_book", 1), ("trips", "trips", 2, "tp_pay", 1)])
    orders, events, feedback, rows, reviews = [], [], [], [], []
    for i in range(600):
        cid = f"C{i:04d}"
        ts = datetime(2026, 1, 1) + timedelta(days=rnd.randrange(90), minutes=rnd.randrange(1440))
        fuel = "EV" if i % 2 else "petrol"
        battery = rnd.randrange(5, 100) if fuel == "EV" else ""
        weight = round(rnd.uniform(1, 40), 1)
        refunded = rnd.random() < (0.3 if fuel == "EV" and battery != "" and battery < 20 else 0.1)
        status = "refunded" if refunded else "paid"
        orders.append((f"O{i:04d}", cid, ts.isoformat(sep=" "), 50, status, fuel, battery, weight, ZONES[i % 2]))
        events.append((f"E{i:04d}a", cid, ts.isoformat(sep=" "), "tp_book", "view", fuel))
        events.append((f"E{i:04d}b", cid, (ts + timedelta(minutes=3)).isoformat(sep=" "), "tp_pay", "success", fuel))
        rows.append({"fuel": fuel, "battery": battery, "weight": weight, "status": status, "zone": ZONES[i % 2]})
    for i in range(300):
        channel = "app_review" if i % 3 else "ticket"
        version = ("5.0.0", "5.1.0", "5.2.0")[i % 3 if channel == "ticket" else rnd.randrange(3)]
        rating = rnd.randrange(1, 4) if version == "5.1.0" else rnd.randrange(2, 6)
        ts = "" if i % 10 == 0 else (datetime(2026, 1, 5) + timedelta(days=rnd.randrange(80))).isoformat(sep=" ")
        feedback.append((f"F{i:04d}", "ok app" if rating > 3 else "app keeps crashing", ts, channel, rating, version))
        reviews.append({"channel": channel, "version": version, "rating": rating, "dated": bool(ts)})
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "fuel_type",
                                   "battery_pct_at_start", "weight_kg", "zone"], orders)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "fuel_type"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "channel", "rating", "app_version"], feedback)
    return {"rows": rows, "reviews": reviews}


@pytest.fixture(scope="module")
def rentals(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("rentals"), _rentals) as out:
        yield out


def test_app_store_words_name_app_reviews_and_the_rating_is_no_step(rentals) -> None:  # noqa: ANN001
    service, f = rentals
    a = ask(service, "哪个App版本在应用商店的平均评分最低？")
    apps = [r for r in f["reviews"] if r["channel"] == "app_review"]
    means = {v: statistics.mean(r["rating"] for r in apps if r["version"] == v) for v in {r["version"] for r in apps}}
    assert a.status == "ok" and a.tables, a.answer
    assert a.tables[0].rows[0][0] == min(means, key=means.get), a.tables[0].rows


def test_include_undated_is_an_instruction(rentals) -> None:  # noqa: ANN001
    service, f = rentals
    a = ask(service, "What's our average app store rating? include reviews with no date")
    want = statistics.mean(r["rating"] for r in f["reviews"] if r["channel"] == "app_review")
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - want) < 0.01, (a.answer, a.tool_calls, want)


@pytest.mark.parametrize("q, test", [
    ("How many orders over 20 kg did we get in Q1 2026?", lambda r: r["weight"] > 20),
    ("2026年一季度起步电量低于20%的订单有多少？", lambda r: r["battery"] != "" and r["battery"] < 20),
    ("福田区2026年一季度的订单有多少？", lambda r: r["zone"] == "Futian"),
])
def test_kg_percent_and_district_slices(rentals, q: str, test) -> None:  # noqa: ANN001
    service, f = rentals
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(test(r) for r in f["rows"]), (a.answer, a.tool_calls)


def test_a_percent_after_a_rate_is_no_column_threshold(rentals) -> None:  # noqa: ANN001
    service, _ = rentals
    a = ask(service, "Was payment conversion above 50% in Q1 2026?")
    assert all("battery_pct_at_start" not in str(c.args) for c in a.tool_calls), a.tool_calls


def test_a_defined_rate_counts_one_kind_of_row_among_the_denominators(rentals) -> None:  # noqa: ANN001
    service, f = rentals
    a = ask(service, "What's the refund rate for EV trips in Q1 2026? refunded trips / all EV trips")
    ev = [r for r in f["rows"] if r["fuel"] == "EV"]
    want = sum(r["status"] == "refunded" for r in ev) / len(ev)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 1e-6 for v in first_numbers(a) if isinstance(v, float)), (a.answer, a.tool_calls, want)


def _cinema(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_pay", "Payment", "支付", "Payment", "purchase", "pay|payment"),
               ("tp_help", "Customer service", "客服", "Customer service", "service", "support|客服"),
               # 投放 ("ad placement") holds 放: "被放了鸽子" must not read as an ad step
               ("tp_ad", "Ad placement", "投放", "Ad placement", "awareness", "广告|ads")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_pay", 1), ("buy", "Buy", 2, "tp_help", 1)])
    customers, orders, events, rows, people = [], [], [], [], []
    for i in range(500):
        cid = f"C{i:04d}"
        segment = "churned" if i % 3 == 0 else "active"
        balance = rnd.randrange(0, 800)
        customers.append((cid, "2025-06-01 10:00:00", segment, balance))
        people.append({"segment": segment, "balance": balance})
        for k in range(2):
            # the data starts in June 2025: the half year before it is not covered
            ts = datetime(2025, 6, 1) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(24))
            tickets = rnd.randrange(1, 5)
            kind = "service" if k == 0 or rnd.random() < 0.5 else "card_topup"
            draw = rnd.random()
            status = "paid" if draw < 0.8 else "refunded" if draw < 0.92 else "no_show"
            screen = ("2D", "3D", "IMAX", "4DX")[rnd.randrange(4)]
            price = {"2D": 40, "3D": 55, "IMAX": 80, "4DX": 90}[screen] * tickets
            orders.append((f"O{i:04d}{k}", cid, ts.isoformat(sep=" "), price, status, tickets, kind, screen))
            events.append((f"E{i:04d}{k}", cid, ts.isoformat(sep=" "), "tp_pay", "success"))
            rows.append({"ts": ts, "tickets": tickets, "status": status, "amount": price, "kind": kind,
                         "screen": screen, "customer": cid})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "card_balance"], customers)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "tickets", "order_type",
                                   "screen_type"], orders)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"rows": rows, "people": people}


@pytest.fixture(scope="module")
def cinema(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("cinema"), _cinema) as out:
        yield out


def _h2(r: dict) -> bool:
    return datetime(2025, 7, 1) <= r["ts"] < datetime(2026, 1, 1)


@pytest.mark.parametrize("q", ["How many tickets did we sell in H2 2025? Paid orders only, count tickets not orders.",
                               "2025年下半年一共卖出去多少张票？已支付订单"])
def test_a_numeric_column_counted_is_its_total_and_a_half_covered_baseline_is_left_out(cinema, q: str) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, q)
    want = sum(r["tickets"] for r in f["rows"] if _h2(r) and r["status"] == "paid")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (a.answer, a.tool_calls)
    assert len(a.tables[0].rows) == 1, a.tables[0].rows  # H1 2025 holds one month of data: no "change" against it


def test_the_total_of_a_customer_column(cinema) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, "What is the total card balance of all customers?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(p["balance"] for p in f["people"]), (a.answer, a.tool_calls)


def test_a_glossed_value_is_no_measure(cinema) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, "现在处于流失状态（churned）的客户有多少？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(p["segment"] == "churned" for p in f["people"]), (a.answer, a.tool_calls)


@pytest.mark.parametrize("q", ["How much service revenue did we make in H2 2025? Paid service orders only.",
                               "2025年下半年服务营业额一共多少？"])
def test_a_stage_word_that_is_an_orders_value_slices_orders(cinema, q: str) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, q)
    want = sum(r["amount"] for r in f["rows"] if _h2(r) and r["status"] == "paid" and r["kind"] == "service")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (a.answer, a.tool_calls)


def _grocer(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_picking", "Warehouse picking", "前置仓拣货", "Warehouse picking", "service", "拣货|picking|packing"),
               ("tp_delivered", "Delivered", "送达", "Delivered", "service", "送达|配送|delivery|delivered")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("fulfil", "Fulfilment", 1, "tp_picking", 1), ("fulfil", "Fulfilment", 2, "tp_delivered", 1)])
    orders, events, rows = [], [], []
    for i in range(600):
        wh = f"W0{1 + i % 4}"
        ts = datetime(2026, 1, 1) + timedelta(days=rnd.randrange(90), hours=rnd.randrange(24))
        pick = round(rnd.uniform(4, 9) - (2 if wh == "W03" else 0), 1)
        deliver = round(rnd.uniform(15, 30) + (12 if wh == "W02" else 0), 1)
        orders.append((f"O{i:04d}", f"C{i:04d}", ts.isoformat(sep=" "), 60, "paid", wh, pick, deliver))
        events.append((f"E{i:04d}p", f"C{i:04d}", ts.isoformat(sep=" "), "tp_picking", "complete", wh))
        events.append((f"E{i:04d}d", f"C{i:04d}", (ts + timedelta(minutes=30)).isoformat(sep=" "), "tp_delivered",
                       "complete", wh))
        rows.append({"wh": wh, "pick": pick, "deliver": deliver})
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "warehouse_id",
                                   "picking_minutes", "delivery_minutes"], orders)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "warehouse_id"], events)
    return {"rows": rows}


@pytest.fixture(scope="module")
def grocer(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("grocer"), _grocer) as out:
        yield out


@pytest.mark.parametrize("q, col, pick", [
    ("Which warehouse had the slowest average delivery in Q1 2026?", "deliver", max),
    ("2026年一季度哪个前置仓拣货最快？按平均拣货时长看", "pick", min),
])
def test_how_long_a_step_takes_is_the_time_column_named_like_it(grocer, q: str, col: str, pick) -> None:  # noqa: ANN001
    service, f = grocer
    a = ask(service, q)
    means = {w: statistics.mean(r[col] for r in f["rows"] if r["wh"] == w) for w in {r["wh"] for r in f["rows"]}}
    assert a.status == "ok" and a.tables, a.answer
    assert a.tables[0].rows[0][0] == pick(means, key=means.get), (a.tables[0].rows, a.tool_calls)


def test_values_listed_after_a_column_are_no_division_and_no_slice(cinema) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, "按影厅类型（2D/3D/IMAX/4DX）看，2025年下半年哪种的客单价最高？已支付订单")
    paid = [r for r in f["rows"] if _h2(r) and r["status"] == "paid"]
    aov = {s: statistics.mean(r["amount"] for r in paid if r["screen"] == s) for s in {r["screen"] for r in paid}}
    assert a.status == "ok" and a.tables, a.answer
    assert [c.name for c in a.tool_calls] == ["metric_breakdown"], a.tool_calls
    assert a.tables[0].rows[0][0] == max(aov, key=aov.get), a.tables[0].rows


def test_the_date_rows_are_counted_by_is_no_unknown_word(cinema) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, "2025年下半年的退款率是多少？退款率=退款订单数/全部订单数，按下单时间")
    h2 = [r for r in f["rows"] if _h2(r)]
    want = sum(r["status"] == "refunded" for r in h2) / len(h2)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 1e-6 for v in first_numbers(a) if isinstance(v, float)), (a.answer, want)


def test_a_column_named_like_a_built_in_word_is_the_companys(cinema) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, "How many different customers bought tickets (a paid order) in H2 2025?")
    want = len({r["customer"] for r in f["rows"] if _h2(r) and r["status"] == "paid"})
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (a.answer, a.tool_calls)


@pytest.mark.parametrize("q", ["Which screen type had the highest no-show rate in H2 2025?",
                               "2025年下半年哪种影厅类型的爽约率最高？"])
def test_a_status_said_as_a_rate_is_its_share_of_orders(cinema, q: str) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, q)
    h2 = [r for r in f["rows"] if _h2(r)]
    rate = {s: sum(r["status"] == "no_show" for r in h2 if r["screen"] == s) / sum(r["screen"] == s for r in h2)
            for s in {r["screen"] for r in h2}}
    assert a.status == "ok" and a.tables, a.answer
    assert a.tables[0].rows[0][0] == max(rate, key=rate.get), a.tables[0].rows
    assert abs(a.tables[0].rows[0][1] - max(rate.values())) < 1e-9, a.tables[0].rows


def test_a_verb_guess_inside_glossed_words_is_dropped(cinema) -> None:  # noqa: ANN001
    service, f = cinema
    a = ask(service, "2025年下半年一共有多少个订单被放了鸽子（no-show）？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(_h2(r) and r["status"] == "no_show" for r in f["rows"]), (a.answer, a.tool_calls)


def _members(tmp: Path) -> dict[str, object]:
    rnd = random.Random(11)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_plus_join", "Join Plus", "开通Plus会员", "Join Plus", "loyalty", "开通会员|join plus"),
               ("tp_picking", "Warehouse picking", "前置仓拣货", "Warehouse picking", "service", "前置仓|拣货|picking"),
               ("tp_pay", "Payment", "支付", "Payment", "purchase", "pay|payment")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_picking", 1), ("buy", "Buy", 2, "tp_pay", 1)])
    customers, orders, events, feedback, rows, joins, reviews = [], [], [], [], [], [], []
    for i in range(400):
        cid = f"M{i:04d}"
        tier_now = "plus" if i % 3 == 0 else "none"
        channel = ("app_store", "referral", "ads")[i % 3]
        customers.append((cid, "2025-01-05 09:00:00", tier_now, channel))
        if i % 5 == 0:
            ts = datetime(2025, 11, 1) + timedelta(days=rnd.randrange(60))
            events.append((f"J{i:04d}", cid, ts.isoformat(sep=" "), "tp_plus_join", "submit", ""))
            joins.append(ts)
        for k in range(3):
            ts = datetime(2025, 9, 1) + timedelta(days=rnd.randrange(180), hours=rnd.randrange(24))
            tier_then = tier_now if rnd.random() < 0.7 else ("none" if tier_now == "plus" else "plus")
            amount = round(rnd.uniform(30, 150) + (30 if tier_then == "plus" else 0), 2)
            wh = f"W0{1 + rnd.randrange(3)}"
            kind = ("空调", "冰箱", "洗衣机")[rnd.randrange(3) if rnd.random() < 0.6 else 0]
            orders.append((f"O{i:04d}{k}", cid, ts.isoformat(sep=" "), amount, "paid", tier_then, wh, kind))
            events.append((f"E{i:04d}{k}", cid, ts.isoformat(sep=" "), "tp_picking", "complete", wh))
            rows.append({"amount": amount, "tier_then": tier_then, "wh": wh, "kind": kind, "ts": ts})
    for i in range(240):
        version = ("6.0", "6.1", "6.2")[i % 3]
        ch = "app_review" if i % 2 else "ticket"
        rating = rnd.randrange(1, 4) if (version == "6.1" and ch == "app_review") else rnd.randrange(2, 6)
        ts = (datetime(2025, 10, 1) + timedelta(days=rnd.randrange(120))).isoformat(sep=" ")
        feedback.append((f"F{i:04d}", "slow app" if rating < 3 else "fine", ts, ch, rating, version))
        reviews.append({"version": version, "channel": ch, "rating": rating})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "tier", "acquisition_channel"], customers)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "member_tier", "warehouse_id",
                                   "appliance_type"], orders)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "warehouse_id"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "channel", "rating", "app_version"], feedback)
    return {"rows": rows, "joins": joins, "reviews": reviews}


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("members"), _members) as out:
        yield out


def test_a_value_two_columns_hold_is_the_measures_own_rows(members) -> None:  # noqa: ANN001
    service, f = members
    a = ask(service, "全部数据里，Plus会员下的单客单价是多少？按下单时是不是会员算")
    want = statistics.mean(r["amount"] for r in f["rows"] if r["tier_then"] == "plus")
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - want) < 0.01, (a.answer, a.tool_calls, want)


def test_app_store_is_the_review_channel_when_the_customers_channel_has_an_app_store_too(members) -> None:  # noqa: ANN001
    service, f = members
    a = ask(service, "Which app version has the worst average app store rating?")
    apps = [r for r in f["reviews"] if r["channel"] == "app_review"]
    means = {v: statistics.mean(r["rating"] for r in apps if r["version"] == v) for v in {r["version"] for r in apps}}
    assert a.status == "ok" and a.tables, a.answer
    assert a.tables[0].rows[0][0] == min(means, key=means.get), a.tables[0].rows


def test_a_step_name_with_letters_said_with_an_aspect_particle(members) -> None:  # noqa: ANN001
    service, f = members
    a = ask(service, "2025年11月有多少人开通了Plus会员？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(t.year == 2025 and t.month == 11 for t in f["joins"]), (a.answer, a.tool_calls)


def test_all_of_a_column_is_its_total(members) -> None:  # noqa: ANN001
    service, f = members
    a = ask(service, "2025年12月所有前置仓加起来一共有多少订单？")
    assert a.status == "ok", a.answer
    want = sum(r["ts"].year == 2025 and r["ts"].month == 12 for r in f["rows"])
    assert first_numbers(a)[0] == want, (a.answer, a.tool_calls)


def test_a_kind_column_is_named_by_its_head_word(members) -> None:  # noqa: ANN001
    service, f = members
    a = ask(service, "Which kind of appliance had the most orders between September 2025 and February 2026?")
    counts = {k: sum(r["kind"] == k for r in f["rows"]) for k in {r["kind"] for r in f["rows"]}}
    assert a.status == "ok" and a.tables, a.answer
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get), a.tables[0].rows


def _pharmacy(tmp: Path) -> dict[str, object]:
    rnd = random.Random(13)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_product", "Product page", "商品详情页", "Product page", "consideration", "PDP|product page"),
               ("tp_checkout", "Checkout", "提交订单", "Checkout", "purchase", "checkout|结算"),
               ("tp_payment", "Payment", "支付成功", "Payment", "purchase", "paid|payment|支付")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("otc_purchase", "OTC purchase", 1, "tp_product", 7), ("otc_purchase", "OTC purchase", 2, "tp_checkout", 7),
               ("otc_purchase", "OTC purchase", 3, "tp_payment", 7)])
    customers, events, orders, people = [], [], [], []
    for i in range(300):
        cid = f"P{i:04d}"
        tier = ("Gold", "Silver", "Normal")[0 if i % 10 == 0 else 1 if i % 4 == 0 else 2]
        device = "android" if i % 2 else "ios"
        customers.append((cid, "2025-06-01 10:00:00", tier))
        ts = datetime(2026, 3, 2) + timedelta(days=rnd.randrange(20), hours=rnd.randrange(12))
        steps = ["tp_product"] + (["tp_checkout"] if rnd.random() < 0.6 else [])
        if len(steps) == 2 and rnd.random() < (0.5 if device == "android" else 0.9):
            steps.append("tp_payment")
            orders.append((f"O{i:04d}", cid, ts.isoformat(sep=" "), 50, "paid", "otc"))
        for k, tp in enumerate(steps):
            events.append((f"E{i:04d}{k}", cid, (ts + timedelta(minutes=5 * k)).isoformat(sep=" "), tp, "view", device))
        people.append({"tier": tier, "device": device, "steps": steps})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "tier"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return {"people": people}


@pytest.fixture(scope="module")
def pharmacy(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("pharmacy"), _pharmacy) as out:
        yield out


def test_tier_words_name_the_datas_own_spelling(pharmacy) -> None:  # noqa: ANN001
    service, f = pharmacy
    a = ask(service, "金卡会员现在一共有多少人？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(p["tier"] == "Gold" for p in f["people"]), (a.answer, a.tool_calls)


def test_a_value_that_is_the_journeys_own_word_is_no_slice_of_its_funnel(pharmacy) -> None:  # noqa: ANN001
    service, f = pharmacy
    a = ask(service, "March 2026, Android users only: of the people who reached checkout in the OTC funnel, "
                     "what % actually paid (7-day window)?")
    android = [p for p in f["people"] if p["device"] == "android" and "tp_checkout" in p["steps"]]
    want = sum("tp_payment" in p["steps"] for p in android) / len(android)
    assert a.status == "ok", a.answer
    assert any(isinstance(v, float) and abs(v - want) < 1e-9 for row in a.tables[0].rows for v in row), a.tables[0].rows


def _wholesale(tmp: Path) -> dict[str, object]:
    rnd = random.Random(17)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_quote", "Quote", "询价", "Quote", "consideration", "quote"),
               ("tp_order", "Order placed", "下单", "Order placed", "purchase", "order")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_quote", 7), ("buy", "Buy", 2, "tp_order", 7)])
    customers, orders, events, rows, people = [], [], [], [], []
    for i in range(200):
        cid = f"R{i:04d}"
        limit = rnd.choice((20000, 50000, 80000, 100000, 150000))
        customers.append((cid, "2024-06-01 10:00:00", limit))
        people.append({"limit": limit})
        for k in range(4):
            ts = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(360), hours=rnd.randrange(24))
            amount = round(rnd.uniform(500, 12000), 2)
            status = "paid" if rnd.random() < 0.85 else "cancelled"
            orders.append((f"O{i:04d}{k}", cid, ts.isoformat(sep=" "), amount, status))
            # the quote events carry an amount of their own (what was quoted), not the order's
            events.append((f"Q{i:04d}{k}", cid, (ts - timedelta(hours=1)).isoformat(sep=" "), "tp_quote", "view",
                           round(amount * rnd.uniform(0.8, 1.3), 2)))
            rows.append({"amount": amount, "status": status})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "credit_limit"], customers)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "amount"], events)
    return {"rows": rows, "people": people}


@pytest.fixture(scope="module")
def wholesale(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("wholesale"), _wholesale) as out:
        yield out


def test_a_threshold_goes_to_the_column_of_the_rows_the_other_slices_pin(wholesale) -> None:  # noqa: ANN001
    service, f = wholesale
    a = ask(service, "2025年金额8000元及以上的已付款大单有多少笔？")
    assert a.status == "ok", a.answer
    want = sum(r["status"] == "paid" and r["amount"] >= 8000 for r in f["rows"])
    assert first_numbers(a)[0] == want, (a.answer, a.tool_calls)


def test_a_measure_restated_in_parentheses_is_the_same_measure(wholesale) -> None:  # noqa: ANN001
    service, f = wholesale
    a = ask(service, "2025年的平均客单价（已付款订单的平均金额）是多少")
    want = statistics.mean(r["amount"] for r in f["rows"] if r["status"] == "paid")
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - want) < 0.01, (a.answer, a.tool_calls, want)


def test_customers_counted_after_a_threshold_on_their_own_column(wholesale) -> None:  # noqa: ANN001
    service, f = wholesale
    a = ask(service, "授信额度10万及以上的客户有几家")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(p["limit"] >= 100000 for p in f["people"]), (a.answer, a.tool_calls)


def _books(tmp: Path) -> dict[str, object]:
    rnd = random.Random(19)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_detail", "Book page", "图书详情页", "Book page", "consideration", "detail page"),
               ("tp_pay", "Payment", "支付", "Payment", "purchase", "pay|payment")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_detail", 1), ("buy", "Buy", 2, "tp_pay", 1)])
    customers, orders, events, rows = [], [], [], []
    regions = ("华东", "华北", "西南")
    for i in range(300):
        cid = f"B{i:04d}"
        region = regions[0 if i % 2 else (1 if i % 3 else 2)]
        customers.append((cid, "2025-01-01 10:00:00", region))
        for k in range(2):
            ts = datetime(2026, 1, 1) + timedelta(days=rnd.randrange(170), hours=rnd.randrange(24))
            fmt = "paper" if rnd.random() < 0.5 else "ebook"
            genre = ("小说", "童书", "科技")[rnd.randrange(3)]
            status = "refunded" if rnd.random() < (0.2 if genre == "童书" and fmt == "paper" else 0.04) else "paid"
            orders.append((f"O{i:04d}{k}", cid, ts.isoformat(sep=" "), 40, status, fmt, genre, ("中信", "星河")[k]))
            events.append((f"E{i:04d}{k}", cid, ts.isoformat(sep=" "), "tp_pay", "success"))
            rows.append({"region": region, "fmt": fmt, "genre": genre, "status": status})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region"], customers)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "format", "genre", "publisher"],
              orders)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"rows": rows}


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("books"), _books) as out:
        yield out


def test_a_note_in_parentheses_is_no_gloss_and_format_words_name_values(books) -> None:  # noqa: ANN001
    service, f = books
    a = ask(service, "2026年上半年哪个大区买纸书的订单最多（已支付）？")
    counts = {r: sum(x["region"] == r and x["fmt"] == "paper" and x["status"] == "paid" for x in f["rows"])
              for r in {x["region"] for x in f["rows"]}}
    assert a.status == "ok" and a.tables, a.answer
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get), a.tables[0].rows


def test_a_grouping_word_between_a_value_and_a_column_asks_for_groups(books) -> None:  # noqa: ANN001
    service, f = books
    a = ask(service, "2026年上半年纸质书哪个品类退款率最高？")
    paper = [x for x in f["rows"] if x["fmt"] == "paper"]
    rate = {g: sum(x["status"] == "refunded" for x in paper if x["genre"] == g) / sum(x["genre"] == g for x in paper)
            for g in {x["genre"] for x in paper}}
    assert a.status == "ok" and a.tables, a.answer
    assert a.tables[0].rows[0][0] == max(rate, key=rate.get), a.tables[0].rows


def test_why_a_status_grew_is_asked_of_the_orders_with_it(cinema) -> None:  # noqa: ANN001
    service, _ = cinema
    a = ask(service, "为什么2025年12月爽约的订单变多了？")
    calls = [c for c in a.tool_calls if c.name == "explain_change"]
    assert a.status == "ok" and calls, (a.answer, a.tool_calls)
    assert calls[0].args["metric_id"] == "orders" and calls[0].args["filters"].get("order_status") == ["no_show"], calls


def _two_funnels(tmp: Path) -> dict[str, object]:
    rnd = random.Random(23)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_consult", "Pharmacist chat", "药师在线咨询", "Pharmacist chat", "consideration", "在线咨询"),
               ("tp_product", "Product page", "商品详情页", "Product page", "consideration", "详情页"),
               ("tp_cart", "Add to cart", "加入购物车", "Add to cart", "purchase", "加购|cart"),
               ("tp_pay", "Payment", "支付成功", "Payment", "purchase", "支付|paid")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("consult_buy", "咨询转化购买", 1, "tp_consult", 3), ("consult_buy", "咨询转化购买", 2, "tp_cart", 3),
               ("consult_buy", "咨询转化购买", 3, "tp_pay", 3), ("otc", "非处方药购买", 1, "tp_product", 3),
               ("otc", "非处方药购买", 2, "tp_cart", 3), ("otc", "非处方药购买", 3, "tp_pay", 3)])
    events, people = [], []
    for i in range(300):
        cid = f"C{i:04d}"
        first = "tp_consult" if i % 2 else "tp_product"
        steps = [first] + (["tp_cart"] if rnd.random() < 0.6 else [])
        if len(steps) == 2 and rnd.random() < 0.7:
            steps.append("tp_pay")
        ts = datetime(2025, 9, 1) + timedelta(days=rnd.randrange(100))
        for k, tp in enumerate(steps):
            events.append((f"E{i:04d}{k}", cid, (ts + timedelta(minutes=10 * k)).isoformat(sep=" "), tp, "view"))
        people.append(steps)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"people": people}


@pytest.fixture(scope="module")
def two_funnels(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("funnels"), _two_funnels) as out:
        yield out


def test_a_journey_named_by_a_word_of_its_name_is_no_question(two_funnels) -> None:  # noqa: ANN001
    service, f = two_funnels
    a = ask(service, "2025年下半年，咨询转化旅程（咨询→加购→支付成功，3天窗口）的整体转化率是多少？")
    started = [p for p in f["people"] if p[0] == "tp_consult"]
    want = sum("tp_pay" in p for p in started) / len(started)
    assert a.status == "ok", a.answer
    assert any(isinstance(v, float) and abs(v - want) < 1e-9 for row in a.tables[0].rows for v in row), a.tables[0].rows


def test_a_kind_columns_head_word_is_the_rows_unless_grouped(members) -> None:  # noqa: ANN001
    """appliance_type: "which kind of appliance" groups by it; "appliances sold" (the rows) slices nothing."""
    service, f = members
    a = ask(service, "How many orders for appliances did we get from September 2025 to February 2026?")
    assert a.status == "ok", a.answer
    assert all("appliance_type" not in str(c.args) for c in a.tool_calls), a.tool_calls
    want = sum(datetime(2025, 9, 1) <= r["ts"] < datetime(2026, 3, 1) for r in f["rows"])
    assert first_numbers(a)[0] == want, (a.answer, want)
