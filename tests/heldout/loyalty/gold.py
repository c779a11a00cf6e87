"""Gold answers for the SkyMiles 天程里程 (airline frequent-flyer programme) held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are de-duplicated on the whole row (the 240 re-sent rows share their `event_id` with the original);
- funnels follow DATA.md: a member reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's `window_days` from their first step-1 event in the period; people = distinct members.
  For short windows (booking, online check-in, day of travel: 1 day; award redemption: 7 days) each rate is computed
  twice, letting later steps fall after the period end and requiring every step inside the period, and the tolerance
  covers both (`conv`). For long windows (enrolment 90 d, missing-miles claim 30 d, co-brand card 14 d, status to
  upgrade 180 d) the question says the window and later steps may fall after the period (`conv_open`).
  Drop-off of a step = 1 - reached next step / reached this step;
- "Android / iOS / PC users" = `customers.primary_device` (every app event of a member carries that device, web
  events carry `pc`); "gold members" in upgrade questions = the tier at the time of the request (`events.tier`), and
  the tolerance also covers the tier at the end of the data (`customers.tier`); NPS "by tier" uses `feedback.tier`
  (tier at the time of the comment; the questions say so), a ranking is checked to hold with `customers.tier` too;
- money = orders with status `paid` (refunded and changed tickets are not in "paid" sums unless said), in CNY, by order
  time `ts`; ticket revenue = order_type `ticket`; ancillary revenue = order_type `ancillary` (seat_selection,
  extra_bag, insurance, meal, lounge_pass, upgrade, change_fee); award orders carry only taxes and fees;
  refund rate = refunded ticket orders / all ticket orders (the tolerance covers refunded / (paid + refunded));
- flights flown / 登机人次 = rows of `tp_boarding` events; lounge visits = rows of `tp_lounge`; call-centre wait =
  `wait_minutes` of `tp_call_centre` rows; departure delay = `delay_minutes` of `tp_boarding` rows;
- feedback "negative" = `sentiment_label = neg` (generator truth); ratings 1-5; NPS = (share 9-10 - share 0-6) x 100
  over rows with an nps value (only post-flight surveys carry NPS); topic counts use text markers with a 5 %
  tolerance, checked against the generator's `topic` column; "all data" includes the social posts without `ts`;
- customer-level facts (tier, co-brand card, home airport, age band) are the state at the end of the data;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR', 'device': 'VARCHAR', 'miles': 'DOUBLE',
                            'wait_minutes': 'DOUBLE', 'delay_minutes': 'DOUBLE', 'new_tier': 'VARCHAR',
                            'upgrade_type': 'VARCHAR', 'lounge': 'VARCHAR', 'access_type': 'VARCHAR',
                            'reason': 'VARCHAR', 'flight_date': 'DATE', 'bags': 'INTEGER', 'ts': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'device': 'VARCHAR', 'refunded_at': 'TIMESTAMP', 'changed_at': 'TIMESTAMP',
                            'original_flight_date': 'DATE', 'flight_date': 'DATE', 'miles_earned': 'DOUBLE',
                            'miles_redeemed': 'DOUBLE', 'ts': 'TIMESTAMP', 'amount': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE', 'nps': 'INTEGER', 'app_version': 'VARCHAR',
                            'lounge': 'VARCHAR', 'device': 'VARCHAR', 'customer_id': 'VARCHAR', 'route': 'VARCHAR',
                            'cabin': 'VARCHAR', 'tier': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.channel = 'app' AND e.device <> c.primary_device""") == 0
    assert one("SELECT count(*) FROM events e WHERE e.channel = 'web' AND e.device <> 'pc'") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust="1=1", first="1=1", bounded=False) -> list[int]:
    """cust filters members (alias c); first filters the step-1 events (alias e), e.g. the tier at that time."""
    steps, window = _steps(journey)
    ev = f"""SELECT e.customer_id, e.ts, e.touchpoint_id, (e.touchpoint_id = '{steps[0]}' AND ({first})) AS ok1
             FROM events e JOIN customers c USING (customer_id) WHERE ({cust})"""
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    # the member's first step-1 event in the period, kept when it passes `first`
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
                    SELECT customer_id, t1, t1 AS t FROM (
                        SELECT customer_id, arg_min(ok1, ts) AS ok, min(ts) AS t1 FROM ev
                        WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1) WHERE ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _rate(c, a, b, drop):
    r = c[(b or len(c)) - 1] / c[a - 1]
    return 1 - r if drop else r


def conv(journey, start, end, a=1, b=None, drop=False, alts=(), **kw):
    """alts: other (cust, first) readings of the question whose values the tolerance must cover."""
    vals = [_rate(funnel(journey, start, end, bounded=bd, **kw), a, b, drop) for bd in (False, True)]
    for alt in alts:
        vals.append(_rate(funnel(journey, start, end, **alt), a, b, drop))
    spread = max(abs(v - vals[0]) for v in vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, alts=(), **kw):
    return conv(journey, start, end, a=a, b=b, alts=alts, **kw) if alts else dict(
        value=round(_rate(funnel(journey, start, end, **kw), a, b, False), 4), tolerance=0.01)


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.15, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, values, lowest=False, gap=0.05, a=1, b=None, first_col=None, min_n=25):
    """Group rates by a customer column (or, with first_col, by an event column of the step-1 event); both readings
    must give the same winner when first_col is given."""
    winners = set()
    readings = [("cust", column)] + ([("first", first_col)] if first_col else [])
    for kind, col in readings:
        rates = {}
        for v in values:
            kw = {"cust": f"c.{col} = '{v}'"} if kind == "cust" else {"first": f"e.{col} = '{v}'"}
            c = funnel(journey, start, end, **kw)
            if c[0] >= min_n:
                rates[v] = _rate(c, a, b, False)
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        winners.add(order[0])
        print("   ", kind, {k: round(v, 3) for k, v in rates.items()})
    assert len(winners) == 1, winners
    return dict(top_entity=winners.pop())


# ---------- events / customers ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}"
                          f" AND ({cond})", tp), tolerance=0.5)


def ev_avg(tp, col, start, end, cond="1=1"):
    v = one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {col} IS NOT NULL
                AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=round(v, 2), tolerance=max(0.1, round(abs(v) * 0.01, 2)))


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}"
            f" AND ({cond})", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, cond="1=1", gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def miles_per_member_by_card(start, end):
    winners = set()
    for denom in ("all", "earners"):
        rows = q(f"""SELECT c.cobrand_card, sum(coalesce(m.miles, 0)) / count(*) AS all_,
                            sum(m.miles) / count(m.miles) AS earners
                     FROM customers c LEFT JOIN (SELECT customer_id, sum(miles) miles FROM events e
                        WHERE touchpoint_id = 'tp_miles_credit' AND {_in('ts', start, end)} GROUP BY 1) m
                        USING (customer_id) GROUP BY 1""")
        idx = 1 if denom == "all" else 2
        rows.sort(key=lambda r: r[idx], reverse=True)
        assert rows[0][idx] > rows[1][idx] * 1.3, rows
        winners.add(rows[0][0])
        print("   ", denom, [(r[0], round(r[idx])) for r in rows])
    assert len(winners) == 1
    return dict(top_entity=winners.pop())


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="'paid'", cond="1=1", by="o.ts"):
    st = "1=1" if status is None else f"o.status IN ({status})"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in(by, start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="'paid'"):
    st = "1=1" if status is None else f"o.status IN ({status})"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", gap=1.08, join=False):
    st = "1=1" if status is None else f"o.status IN ({status})"
    src = "orders o JOIN customers c USING (customer_id)" if join else "orders o"
    rows = q(f"""SELECT {col}, {agg} n FROM {src} WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    print("   ", rows[:3])
    return dict(top_entity=rows[0][0])


def refund_rate(start, end):
    a, b = q(f"""SELECT avg((status = 'refunded')::int),
                        avg((status = 'refunded')::int) FILTER (WHERE status <> 'changed')
                 FROM orders o WHERE order_type = 'ticket' AND {_in('ts', start, end)}""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def peak_month(year, cond):
    rows = q(f"""SELECT month(ts) m, sum(amount) n FROM orders o WHERE status = 'paid' AND year(ts) = {year}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.03, rows[:3]
    print("    peak month", rows[0])
    return dict(value=round(float(rows[0][1]), 2), tolerance=round(float(rows[0][1]) * 0.001, 2))


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({tl}) AND {extra}")
    assert n == truth, (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


NPS_SQL = "100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int))"


def nps(cond, alt=None):
    v = one(f"SELECT {NPS_SQL} FROM feedback f WHERE nps IS NOT NULL AND {cond}")
    tol = 1.0
    if alt:
        w = one(f"""SELECT {NPS_SQL} FROM feedback f JOIN customers c USING (customer_id)
                    WHERE nps IS NOT NULL AND {alt}""")
        tol = max(tol, round(abs(v - w) + 0.5, 1))
    return dict(value=round(v, 2), tolerance=tol)


def top_nps_tier(cond, lowest=True, gap=8.0):
    winners = set()
    for col, src in (("f.tier", "feedback f"), ("c.tier", "feedback f JOIN customers c USING (customer_id)")):
        rows = q(f"""SELECT {col}, {NPS_SQL} r FROM {src} WHERE nps IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
        assert abs(rows[0][1] - rows[1][1]) > gap, rows
        winners.add(rows[0][0])
        print("   ", [(r[0], round(r[1], 1)) for r in rows])
    assert len(winners) == 1
    return dict(top_entity=winners.pop())


def top_fb(col, cond, agg="count(*)", lowest=False, gap=1.2):
    rows = q(f"""SELECT {col}, {agg} n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1
                 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    print("   ", rows[:3])
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows[:3]
    print("   ", rows[:3])
    return dict(top_entity=rows[0][0])


# ---------- periods and markers ----------

def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
NEG = "f.sentiment_label = 'neg'"
SURVEY = "f.channel = 'post_flight_survey'"
LOUNGE_SURVEY = "f.channel = 'lounge_survey'"
TICKET = "o.order_type = 'ticket'"
MISSING = "(f.text LIKE '%没到账%' OR lower(f.text) LIKE '%not credited%' OR lower(f.text) LIKE '%missing miles%')"
AWARD = "(f.text LIKE '%奖励座位%' OR lower(f.text) LIKE '%award seat%')"
PRESEL = "(f.text LIKE '%默认勾选%' OR lower(f.text) LIKE '%pre-selected%')"
CRASH = "(f.text LIKE '%闪退%' OR lower(f.text) LIKE '%crash%')"
CROWD = "(f.text LIKE '%拥挤%' OR lower(f.text) LIKE '%crowded%')"
PASSPORT = "(f.text LIKE '%护照%' OR lower(f.text) LIKE '%passport%')"
UPGRADE = "(f.text LIKE '%升舱%' OR lower(f.text) LIKE '%upgrade%')"
GOLD_UPG = f"{UPGRADE} AND {NEG} AND (f.tier = 'gold' OR f.text LIKE '%金卡%' OR lower(f.text) LIKE '%gold%')"
UPG_GOLD = dict(first="e.tier = 'gold'", alts=({"cust": "c.tier = 'gold'"},))
TIERS = ["basic", "silver", "gold", "platinum"]


def gold() -> dict:
    return {
        # ---- funnels
        "sm01": lambda: conv("booking", *month(2025, 12), a=3, b=4, drop=True),
        "sm02": lambda: conv("booking", *month(2025, 10), a=3, b=4, drop=True),
        "sm03": lambda: top_lost("booking", *ALL),
        "sm04": lambda: conv("booking", *H1_26),
        "sm05": lambda: conv("online_checkin", "2026-06-10", "2026-07-08", cust="c.primary_device = 'android'"),
        "sm06": lambda: conv("online_checkin", "2026-06-10", "2026-07-08", cust="c.primary_device = 'ios'"),
        "sm07": lambda: top_conv("online_checkin", *month(2026, 6), "primary_device", ["ios", "android", "pc"],
                                 lowest=True, gap=0.1),
        "sm08": lambda: conv("award_redemption", "2026-07-01", "2026-08-31"),
        "sm09": lambda: conv("award_redemption", "2025-07-01", "2025-08-31"),
        "sm10": lambda: conv("upgrade", *Y25, **UPG_GOLD),
        "sm11": lambda: conv("upgrade", *JAN_AUG_26, **UPG_GOLD),
        "sm12": lambda: top_conv("upgrade", *JAN_AUG_26, "tier", TIERS, first_col="tier", gap=0.3),
        "sm13": lambda: conv_open("missing_miles", *month(2026, 4)),
        "sm14": lambda: conv_open("missing_miles", *Y25),
        "sm15": lambda: conv_open("enrolment", *H1_25),
        "sm16": lambda: conv_open("enrolment", *ALL, a=1, b=2, cust="c.nationality <> 'CN'"),
        "sm17": lambda: top_conv("enrolment", *ALL, "acquisition_channel",
                                 ["app", "web", "airport_counter", "cobrand_card", "partner_hotel", "social_ads"],
                                 lowest=True, gap=0.1),
        "sm18": lambda: conv_open("cobrand_card", "2025-10-01", "2026-06-30"),
        "sm19": lambda: conv("day_of_travel", *month(2025, 8)),
        "sm20": lambda: conv_open("status_benefit", *Y25, a=1, b=2),
        # ---- orders and money
        "sm21": lambda: orders(*Y25, cond=TICKET),
        "sm22": lambda: orders(*quarter(2025, 4), cond="o.order_type = 'ancillary'"),
        "sm23": lambda: peak_month(2025, TICKET),
        "sm24": lambda: share_orders(*H1_26, "o.channel = 'ota'", cond=TICKET),
        "sm25": lambda: refund_rate(*Y25),
        "sm26": lambda: orders(*JAN_AUG_26, agg="count(*)", status="'changed'", cond=TICKET),
        "sm27": lambda: top_orders("c.age_band", *ALL, agg="avg((o.channel = 'call_centre')::int)", cond=TICKET,
                                   join=True, gap=1.5),
        "sm28": lambda: top_orders("o.cabin", *ALL, agg="avg((o.status = 'refunded')::int)", cond=TICKET, status=None,
                                   gap=1.3),
        "sm29": lambda: orders(*quarter(2026, 2), agg="sum(o.miles_redeemed)", cond="o.order_type = 'award'"),
        "sm30": lambda: orders(*month(2025, 12), agg="count(*)",
                               cond="o.product IN ('seat_selection', 'extra_bag') AND o.channel IN ('app', 'web')"),
        "sm32": lambda: orders(*month(2026, 2), agg="count(*)", status=None, cond=TICKET),
        # ---- travel, lounges, members
        "sm33": lambda: ev_count("tp_boarding", *month(2026, 7), distinct=True),
        "sm34": lambda: ev_avg("tp_call_centre", "e.wait_minutes", *month(2026, 4)),
        "sm35": lambda: ev_avg("tp_call_centre", "e.wait_minutes", *month(2025, 4)),
        "sm36": lambda: ev_avg("tp_boarding", "e.delay_minutes", "2026-07-01", "2026-08-31", "e.route LIKE 'PVG-%'"),
        "sm37": lambda: ev_count("tp_lounge", *quarter(2025, 4)),
        "sm38": lambda: ev_share("tp_lounge", "e.access_type = 'cobrand_card'", *H1_26),
        "sm39": lambda: ev_count("tp_tier_up", *Y25, cond="e.new_tier = 'gold'", distinct=True),
        "sm40": lambda: customers_count("c.tier = 'platinum'"),
        "sm41": lambda: customers_count("c.cobrand_card = 'Y'"),
        "sm42": lambda: top_customers("c.home_airport", "c.tier IN ('gold', 'platinum')", gap=1.3),
        "sm44": lambda: miles_per_member_by_card(*Y25),
        # ---- feedback
        "sm45": lambda: topic_count(MISSING, ["missing_miles"]),
        "sm46": lambda: topic_count(AWARD, ["award_seats"]),
        "sm47": lambda: fb_ratio(NEG, _in("f.ts", "2026-03-01", "2026-05-31")),
        "sm48": lambda: top_neg_rise(month(2026, 4), month(2026, 6)),
        "sm49": lambda: fb_avg("rating", f"{LOUNGE_SURVEY} AND {_in('f.ts', '2025-10-01', '2026-08-31')}"),
        "sm50": lambda: fb_avg("rating", f"{LOUNGE_SURVEY} AND {_in('f.ts', '2025-01-01', '2025-09-30')}"),
        "sm51": lambda: top_fb("f.lounge", f"{LOUNGE_SURVEY} AND {CROWD}", gap=1.5),
        "sm52": lambda: top_nps_tier(f"{SURVEY} AND year(f.ts) = 2026", lowest=True),
        "sm53": lambda: nps(f"{SURVEY} AND year(f.ts) = 2025 AND f.tier = 'platinum'"),
        "sm54": lambda: nps(f"{SURVEY} AND {_in('f.ts', *H1_26)}"),
        "sm55": lambda: fb_avg("rating", "f.channel = 'app_review'"),
        "sm56": lambda: fb_count("f.ts IS NULL"),
        "sm57": lambda: topic_count(PRESEL, ["addons_preselect"]),
        "sm58": lambda: topic_count(CRASH, ["checkin_crash"]),
        "sm59": lambda: feedback_ids(PASSPORT),
        "sm60": lambda: feedback_ids(GOLD_UPG),
        # ---- relative periods
        "sm69": lambda: orders(*month(2026, 8), cond=TICKET),
        "sm70": lambda: ev_count("tp_boarding", *quarter(2026, 2)),
        "sm71": lambda: ev_count("tp_boarding", "2025-10-01", "2025-10-07"),
        "sm72": lambda: ev_count("tp_miles_claim", "2026-04-13", "2026-04-19"),
    }


def checks() -> None:
    """Facts the questions lean on, asserted so a generator change cannot silently break them."""
    # tickets issued = ticket orders (sm32 can be read either way)
    a = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_ticket_issued' AND {_in('ts', *month(2026, 2))}")
    b = one(f"SELECT count(*) FROM orders WHERE order_type = 'ticket' AND {_in('ts', *month(2026, 2))}")
    assert a == b, (a, b)
    # changed tickets by order time vs change time (sm26)
    a = one(f"SELECT count(*) FROM orders WHERE status = 'changed' AND order_type = 'ticket' AND {_in('ts', *JAN_AUG_26)}")
    b = one(f"""SELECT count(*) FROM orders WHERE status = 'changed' AND order_type = 'ticket'
                AND {_in('changed_at', *JAN_AUG_26)}""")
    print("    changed by order ts / by change ts:", a, b)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    missing = []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
