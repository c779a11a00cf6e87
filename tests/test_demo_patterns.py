"""The patterns planted in the demo company can be found with plain SQL over the generated CSVs."""
from __future__ import annotations

import math
from pathlib import Path

import duckdb
import pytest

from knowledge.demo import generate_dataset

TABLES = ("customers", "events", "orders", "feedback", "experiments", "journeys")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    folder: Path = generate_dataset(tmp_path_factory.mktemp("demo"), size="small", seed=42).folder
    con = duckdb.connect()
    for table in TABLES:
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{folder / table}.csv', header=true)")
    return con


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.cursor().execute(sql).fetchall()


def _funnel(con: duckdb.DuckDBPyConnection, journey: str) -> list[int]:
    """Customers reaching each step per DATA.md: each step after the previous, within the window of step 1."""
    steps = _rows(con, f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    window = steps[0][1]
    ctes = [f"s1 AS (SELECT customer_id, min(ts) AS t1, min(ts) AS t FROM events "
            f"WHERE touchpoint_id = '{steps[0][0]}' GROUP BY 1)"]
    for k, (tp, _) in enumerate(steps[1:], start=2):
        ctes.append(f"s{k} AS (SELECT p.customer_id, any_value(p.t1) AS t1, min(e.ts) AS t FROM s{k - 1} p "
                    f"JOIN events e ON e.customer_id = p.customer_id AND e.touchpoint_id = '{tp}' "
                    f"AND e.ts >= p.t AND e.ts <= p.t1 + INTERVAL {window} DAY GROUP BY 1)")
    counts = ", ".join(f"(SELECT count(*) FROM s{k})" for k in range(1, len(steps) + 1))
    return list(_rows(con, f"WITH {', '.join(ctes)} SELECT {counts}")[0])


def test_sms_verification_loses_most_registrants(db: duckdb.DuckDBPyConnection) -> None:
    reached = _funnel(db, "register")  # landing, signup, sms, profile
    conversion = [b / a for a, b in zip(reached, reached[1:])]
    assert conversion.index(min(conversion)) == 2  # sms -> profile
    assert 0.30 <= 1 - conversion[2] <= 0.55
    assert all(c > 0.65 for c in conversion[:2])


def test_purchase_funnel_is_monotonic_with_buy_now_skips(db: duckdb.DuckDBPyConnection) -> None:
    reached = _funnel(db, "purchase")
    assert reached == sorted(reached, reverse=True) and reached[-1] > 0
    skipped = _rows(db, "SELECT count(DISTINCT session_id) FROM events e WHERE touchpoint_id = 'tp_checkout' "
                        "AND NOT EXISTS (SELECT 1 FROM events c WHERE c.session_id = e.session_id "
                        "AND c.touchpoint_id = 'tp_cart')")[0][0]
    assert skipped > 0  # some customers skip the cart ("buy now") or come back in another session


def _payment_conversion(con: duckdb.DuckDBPyConnection, device: str) -> dict[str, float]:
    """Weekly share of customers paying on `device` who reach order confirmation after a payment event."""
    rows = _rows(con, f"""
        WITH p AS (SELECT customer_id, date_trunc('week', ts) AS wk, min(ts) AS t FROM events
                   WHERE touchpoint_id = 'tp_payment' AND device = '{device}' AND ts >= '2026-09-07' GROUP BY 1, 2)
        SELECT strftime(wk, '%Y-%m-%d'), avg((EXISTS (SELECT 1 FROM events c WHERE c.customer_id = p.customer_id
               AND c.touchpoint_id = 'tp_order_confirm' AND c.ts >= p.t AND c.ts < p.wk + INTERVAL 7 DAY))::INT)
        FROM p GROUP BY 1 ORDER BY 1""")
    return {wk: rate for wk, rate in rows}


def test_android_payment_bug_in_week_before_last(db: duckdb.DuckDBPyConnection) -> None:
    android = _payment_conversion(db, "android")
    bug = android.pop("2026-11-02")
    normal = [rate for wk, rate in android.items() if wk < "2026-11-02"]
    assert bug < 0.70
    assert min(normal) > bug + 0.15 and sum(normal) / len(normal) > 0.82
    assert _payment_conversion(db, "ios")["2026-11-02"] > 0.80  # only android is broken
    fails = dict(_rows(db, "SELECT date_trunc('week', ts) = '2026-11-02', avg((action = 'fail')::INT) FROM events "
                           "WHERE touchpoint_id = 'tp_payment' AND device = 'android' GROUP BY 1"))
    assert fails[True] > 2 * fails[False]


def test_android_payment_complaints_spike_that_week(db: duckdb.DuckDBPyConnection) -> None:
    weekly = dict(_rows(db, """
        SELECT strftime(date_trunc('week', ts), '%Y-%m-%d'), count(*) FROM feedback
        WHERE touchpoint_id = 'tp_payment' AND (text ILIKE '%android%' OR text LIKE '%安卓%')
        GROUP BY 1"""))
    bug = weekly.pop("2026-11-02", 0)
    assert bug >= 8 and bug > 4 * max(weekly.values(), default=0)


def test_night_orders_are_returned_about_twice_as_often(db: duckdb.DuckDBPyConnection) -> None:
    rates = dict(_rows(db, "SELECT hour(ts) < 6, avg((status = 'returned')::INT) FROM orders GROUP BY 1"))
    assert 1.5 <= rates[True] / rates[False] <= 3.0
    night_share = _rows(db, "SELECT avg((hour(ts) < 6)::INT) FROM orders")[0][0]
    assert 0.05 < night_share < 0.2


def test_at_risk_customers_rate_customer_service_lowest(db: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(db, """
        SELECT c.segment, avg(f.rating), avg((f.text SIMILAR TO '.*(慢|排队|等|slow|queue|wait|forever|ages).*')::INT)
        FROM feedback f JOIN customers c USING (customer_id)
        WHERE f.touchpoint_id = 'tp_support' AND f.rating IS NOT NULL GROUP BY 1""")
    csat = {seg: r for seg, r, _ in rows}
    slow = {seg: s for seg, _, s in rows}
    assert min(csat, key=csat.get) == "at_risk"
    assert csat["at_risk"] < 2.3 and min(v for k, v in csat.items() if k != "at_risk") > csat["at_risk"] + 0.8
    assert slow["at_risk"] > 0.5 and slow["at_risk"] > 1.5 * max(v for k, v in slow.items() if k != "at_risk")


def test_double_11_is_the_busiest_day(db: duckdb.DuckDBPyConnection) -> None:
    days = _rows(db, "SELECT ts::DATE, count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC")
    assert str(days[0][0]) == "2026-11-11"
    median = sorted(n for _, n in days)[len(days) // 2]
    assert days[0][1] >= 3 * median


def test_checkout_button_treatment_wins_significantly(db: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(db, """
        SELECT variant, count(*), sum((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
               AND e.touchpoint_id = 'tp_payment' AND e.ts >= x.assigned_at
               AND e.ts < x.assigned_at + INTERVAL 1 DAY))::INT)
        FROM experiments x WHERE experiment_id = 'exp_checkout_button' GROUP BY 1""")
    arms = {v: (n, k) for v, n, k in rows}
    (n0, k0), (n1, k1) = arms["control"], arms["treatment"]
    p0, p1, pooled = k0 / n0, k1 / n1, (k0 + k1) / (n0 + n1)
    z = (p1 - p0) / math.sqrt(pooled * (1 - pooled) * (1 / n0 + 1 / n1))
    assert 0.05 < p1 - p0 < 0.2 and z > 2.5
    assert 0.4 < n0 / (n0 + n1) < 0.6


def test_repurchase_within_30_days_differs_by_segment(db: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(db, """
        WITH o AS (SELECT customer_id, ts, row_number() OVER (PARTITION BY customer_id ORDER BY ts) AS k,
                          lead(ts) OVER (PARTITION BY customer_id ORDER BY ts) AS nxt
                   FROM orders WHERE status <> 'cancelled')
        SELECT c.segment, avg((nxt IS NOT NULL AND nxt <= ts + INTERVAL 30 DAY)::INT)
        FROM o JOIN customers c USING (customer_id) WHERE k = 1 GROUP BY 1""")
    rate = dict(rows)
    assert rate["vip"] > rate["returning"] > rate["at_risk"]
    assert rate["vip"] > 2 * rate["at_risk"]
