"""Gold answers for the home-appliance repair (修到家 FixHome) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is
  computed twice, with later steps allowed after the period end and with every step required inside the period; the
  tolerance covers both. Drop-off of a step = 1 - reached next / reached this step. A funnel "for washing machines"
  (or another appliance) uses only the events whose `appliance_type` is that appliance; "for variant B" only the
  customers assigned that variant in `experiments`;
- people / customers / users = distinct customer_id; "requests / 报修单 / repairs completed / revisits / parts orders /
  cancellations" = event rows at tp_request / tp_repair_done / tp_revisit / tp_parts_order / tp_cancel, dated by
  the event `ts` (a revisit is a tp_revisit row, not a tp_request row);
- arrival delay = events.arrival_delay_minutes at tp_arrival (negative = early); on time = delay <= 15 minutes
  (action on_time), late = delay > 15 (action late); parts wait = parts_wait_days at tp_parts_order, dated by the
  parts order; the request channel is events.channel at tp_request (app / phone = 400 hotline / wechat);
- 30-day revisit rate of a group of repairs = completed first-time repairs (tp_repair_done of tickets that are not
  themselves revisits) that have a tp_revisit row with revisit_of = that ticket within 30 days / those repairs;
- bot resolution rate = tp_bot rows with action success / all tp_bot rows;
- money = orders with status `paid`: repair revenue / 保外维修收入 = sum(amount) of paid `repair` orders (in-warranty
  repairs have no order, they are free); extended-warranty (延保) sales = paid `extended_warranty` orders; orders are
  dated by `ts` (repairs: when the quote was accepted). Refund rate = refunded / (paid + refunded), the tolerance
  covering refunded / all orders;
- customer facts (segment, has_extended_warranty, city) are the state at the end of the data (2026-08-31);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  差评 / bad = rating 1-2; survey = feedback channel `survey` (the 1-5 satisfaction survey after a repair);
  NPS = (share 9-10 - share 0-6) x 100 over survey rows with an nps value; complaint-topic counts use text markers
  with a 5 % tolerance, checked against the truth topic; "all feedback" includes rows without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31, the last day).
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
    for t in ("touchpoints", "customers", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    for t in ("events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        sample_size=-1)""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.001, floor=0.01):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def count(v):
    return dict(value=int(v), tolerance=0.5)


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, ev_cond="1=1", cust_cond="1=1", bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e WHERE ({ev_cond}) AND e.customer_id IN "
          f"(SELECT c.customer_id FROM customers c LEFT JOIN experiments x USING (customer_id) WHERE {cust_cond})")
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv_by(journey, start, end, values, cond_of, lowest=True, gap=0.04, b=None):
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, **cond_of(v))
            rates[v] = c[(b or len(c)) - 1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
                     f" AND ({cond})"))


def ev_people(tp, start, end, cond="1=1"):
    return count(one(f"""SELECT count(DISTINCT customer_id) FROM events e WHERE touchpoint_id = '{tp}'
                         AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", tol=0.3):
    v = one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=tol)


def ev_share(tp, num_, start, end, cond="1=1", tol=0.01):
    v = one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=tol)


def ev_top(tp, col, start, end, agg="count(*)", cond="1=1", lowest=False, gap=1.1, additive=False):
    rows = q(f"""SELECT {col}, {agg} n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    if additive:
        assert abs(a - b) > gap, rows
    else:
        assert (b > a * gap) if lowest else (a > b * gap), rows
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return count(rows[0][1])


REVISITS = """CREATE OR REPLACE TEMP TABLE rv AS
    SELECT d.ticket_id, d.ts, d.appliance_type, d.fault_code, d.team,
           d.ticket_id IN (SELECT ticket_id FROM events WHERE touchpoint_id = 'tp_revisit') AS is_rev,
           EXISTS (SELECT 1 FROM events r WHERE r.touchpoint_id = 'tp_revisit' AND r.revisit_of = d.ticket_id
                   AND r.ts <= d.ts + INTERVAL 30 DAY) AS revisited
    FROM events d WHERE d.touchpoint_id = 'tp_repair_done'"""


def revisit_rate(start, end, cond="1=1"):
    CON.execute(REVISITS)
    v = one(f"SELECT avg(revisited::int) FROM rv WHERE NOT is_rev AND {_in('ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.015)


def top_revisit(col, start, end, gap=0.1):
    CON.execute(REVISITS)
    tops = set()
    for first_only in ("NOT is_rev", "1=1"):
        rows = q(f"""SELECT {col}, avg(revisited::int) r FROM rv WHERE {first_only} AND {_in('ts', start, end)}
                     GROUP BY 1 ORDER BY r DESC""")
        assert rows[0][1] > rows[1][1] + gap, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- orders ----------

REPAIR, EW = "o.order_type = 'repair'", "o.order_type = 'extended_warranty'"


def orders(start, end, agg="sum(o.amount)", cond=REPAIR, status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond=REPAIR, status="paid", gap=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def share_orders(num_, start, end, cond=REPAIR, status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num_})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def refund_rate(start, end, cond=REPAIR):
    a, b = q(f"""SELECT avg((status = 'refunded')::int) FILTER (WHERE status IN ('paid', 'refunded')),
                        avg((status = 'refunded')::int)
                 FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(col, gap=1.05):
    rows = q(f"SELECT {col}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

LATE = "(f.text LIKE '%迟到%' OR lower(f.text) LIKE '%late%')"
PARTS = "(f.text LIKE '%配件%' OR lower(f.text) LIKE '%parts%')"
REPEAT = "(f.text LIKE '%又坏%' OR lower(f.text) LIKE '%again%')"
OVER = "(f.text LIKE '%收费%' OR lower(f.text) LIKE '%charg%')"
POLITE = "(f.text LIKE '%礼貌%' OR lower(f.text) LIKE '%polite%')"
SURVEY = "f.channel = 'survey'"
NEG = "t.sentiment = 'neg'"


def topic_count(marker, topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_avg(col, cond, tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num_, cond, tol=0.01):
    v = one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f JOIN truth t USING (feedback_id) WHERE {NEG} GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-08-31")
JAN_AUG_25 = ("2025-01-01", "2025-08-31")
MAR_AUG_26 = ("2026-03-01", "2026-08-31")
APR_JUL_26 = ("2026-04-01", "2026-07-31")
WINTER = ("2025-12-01", "2026-02-28")
NANSHAN, FUTIAN, TIANHE = "e.team = '深圳南山二队'", "e.team = '深圳福田一队'", "o.team = '广州天河一队'"
WASHER, AC = "e.appliance_type = '洗衣机'", "e.appliance_type = '空调'"
APPLIANCES = ["空调", "冰箱", "洗衣机", "热水器"]


def growth(tp, a, b):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)}")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)}")
    return dict(value=round(y / x - 1, 4), tolerance=0.01)


def diff(tp, a, b):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)}")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)}")
    return count(y - x)


def gold() -> dict:
    ab = "x.experiment_id = 'ew_price_display' AND x.variant = "
    return {
        # ---- funnels
        "rp01": lambda: conv("repair", *H1_26),
        "rp02": lambda: top_lost("repair", *ALL),
        "rp03": lambda: conv("repair", *quarter(2026, 1), a=5, b=6, drop=True, ev_cond=WASHER),
        "rp04": lambda: conv("repair", *quarter(2026, 1), a=5, b=6, drop=True, ev_cond=AC),
        "rp05": lambda: conv("repair", *quarter(2025, 1), a=5, b=6, drop=True, ev_cond=WASHER),
        "rp06": lambda: top_conv_by("repair", *quarter(2026, 1), APPLIANCES,
                                    lambda v: dict(ev_cond=f"e.appliance_type = '{v}'")),
        "rp07": lambda: conv("oow_pay", *Y25),
        "rp08": lambda: conv("ext_warranty", *H1_26),
        "rp09": lambda: top_conv_by("ext_warranty", *Y26, ["A", "B"], lambda v: dict(cust_cond=f"{ab}'{v}'"),
                                    lowest=False),
        "rp10": lambda: conv("ext_warranty", *Y26, cust_cond=f"{ab}'B'"),
        "rp11": lambda: conv("ext_warranty", *Y26, cust_cond=f"{ab}'A'"),
        "rp12": lambda: ev_people("tp_request", *month(2026, 7)),
        # ---- technicians on site, parts, revisits
        "rp13": lambda: ev_avg("tp_arrival", "arrival_delay_minutes", *quarter(2026, 2), NANSHAN),
        "rp14": lambda: ev_avg("tp_arrival", "arrival_delay_minutes", *quarter(2026, 2), FUTIAN),
        "rp15": lambda: ev_top("tp_arrival", "team", *MAR_AUG_26, agg="avg(arrival_delay_minutes)", gap=2.0),
        "rp16": lambda: ev_share("tp_arrival", "arrival_delay_minutes > 15", *MAR_AUG_26, NANSHAN),
        "rp17": lambda: ev_share("tp_arrival", "arrival_delay_minutes > 15", *Y25, NANSHAN),
        "rp18": lambda: ev_share("tp_arrival", "arrival_delay_minutes <= 15", *Y25),
        "rp19": lambda: ev_avg("tp_parts_order", "parts_wait_days", *month(2026, 1), WASHER, tol=0.1),
        "rp20": lambda: ev_top("tp_parts_order", "appliance_type", *WINTER, agg="avg(parts_wait_days)", gap=2.0),
        "rp21": lambda: revisit_rate(*ALL, "appliance_type = '热水器' AND fault_code = 'E1'"),
        "rp22": lambda: top_revisit("fault_code", *ALL),
        "rp23": lambda: ev_count("tp_revisit", *H1_26),
        # ---- volumes and channels
        "rp24": lambda: top_month("tp_request", *Y25),
        "rp25": lambda: ev_top("tp_request", "appliance_type", *ALL, gap=2.0),
        "rp26": lambda: ev_share("tp_request", "e.channel = 'wechat'", *Y26),
        "rp27": lambda: ev_share("tp_request", "e.channel = 'wechat'", *JAN_AUG_25),
        "rp28": lambda: ev_top("tp_request", "channel", *Y25, gap=1.3),
        "rp29": lambda: ev_share("tp_bot", "e.action = 'success'", *Y26),
        "rp30": lambda: ev_top("tp_bot", "appliance_type", *ALL, agg="avg((action = 'success')::int)", lowest=True,
                               gap=0.08, additive=True),
        "rp31": lambda: ev_share("tp_repair_done", "e.in_warranty = 1", *Y25),
        "rp32": lambda: ev_count("tp_cancel", *month(2026, 8)),
        "rp33": lambda: ev_count("tp_request", "2026-07-13", "2026-07-19"),
        "rp34": lambda: growth("tp_request", month(2026, 6), month(2026, 7)),
        "rp35": lambda: diff("tp_request", quarter(2025, 2), quarter(2026, 2)),
        # ---- orders and money
        "rp36": lambda: orders(*Y25),
        "rp37": lambda: orders(*quarter(2025, 3)),
        "rp38": lambda: orders(*APR_JUL_26, agg="avg(o.amount)", cond=f"{REPAIR} AND {TIANHE}"),
        "rp39": lambda: orders(*APR_JUL_26, agg="avg(o.amount)", cond=f"{REPAIR} AND NOT {TIANHE}"),
        "rp40": lambda: top_orders("o.team", *APR_JUL_26, agg="avg(o.labor_fee)", gap=1.3),
        "rp41": lambda: refund_rate(*APR_JUL_26, f"{REPAIR} AND {TIANHE}"),
        "rp42": lambda: orders(*ALL, agg="count(*)", status="refunded", cond=f"{REPAIR} AND o.refund_reason = 'overcharge'"),
        "rp43": lambda: orders(*H1_26, agg="count(*)", cond=EW),
        "rp44": lambda: orders(*month(2026, 8), cond=EW),
        "rp45": lambda: top_orders("o.appliance_type", *ALL, cond=EW, gap=1.3),
        "rp46": lambda: share_orders("o.payment_method = 'wechat_pay'", *Y26),
        "rp47": lambda: orders(*ALL, agg="count(*)", status="cancelled",
                               cond=f"{REPAIR} AND o.cancel_reason = 'parts_wait'"),
        # ---- customers
        "rp48": lambda: cust_count("c.has_extended_warranty = 1"),
        "rp49": lambda: top_customers("c.city"),
        "rp50": lambda: cust_count("c.segment = 'at_risk'"),
        # ---- feedback
        "rp51": lambda: topic_count(LATE, "technician_late"),
        "rp52": lambda: topic_count(PARTS, "parts_wait"),
        "rp53": lambda: topic_count(OVER, "overcharged", _in("f.ts", *APR_JUL_26)),
        "rp54": lambda: fb_top("f.team", "count(*)", f"{OVER} AND {_in('f.ts', *APR_JUL_26)}", gap=5, min_n=1),
        "rp55": lambda: topic_count(REPEAT, "repeat_fault"),
        "rp56": lambda: topic_count(POLITE, "polite_technician"),
        "rp57": lambda: fb_top("f.city", "avg(f.rating)", SURVEY),
        "rp58": lambda: nps(f"{SURVEY} AND {_in('f.ts', *H2_25)}"),
        "rp59": lambda: nps(f"{SURVEY} AND {_in('f.ts', *H2_25)} AND f.city = 'Chengdu'"),
        "rp60": lambda: fb_top("f.team", "avg(f.rating)", f"{SURVEY} AND {_in('f.ts', *MAR_AUG_26)}", lowest=True,
                               gap=0.2),
        "rp61": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2))),
        "rp62": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 2)),
        "rp63": lambda: top_neg_rise(quarter(2025, 4), quarter(2026, 1)),
        "rp64": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "rp65": lambda: fb_ids("t.topic = 'technician_late'"),
        "rp66": lambda: fb_ids("t.topic = 'overcharged'"),
        "rp67": lambda: fb_count("f.ts IS NULL"),
        "rp68": lambda: fb_avg("f.rating", f"{SURVEY} AND {_in('f.ts', *month(2026, 6))}"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    missing = []
    for it in items:
        fn = checks.get(it["id"])
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
