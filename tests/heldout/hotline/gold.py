"""Gold answers for the CityLine 12345 滨河市民服务热线 (city citizen service hotline) held-out batch, from plain
DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a citizen (市民) = a customer_id; "citizens who ..." = distinct customer_id;
- a ticket (工单) = one `ticket_id`; a ticket is "filed / accepted / 受理" at its `tp_accept` event and dated by
  that event (the alternative reading, dated by the call / online submission, is computed too and the tolerance
  covers both); intake channel of a ticket = the `channel` of its events (phone / app / mini_program); category,
  request type and urgency are the ticket's `category` / `诉求类别`, `request_type` / `诉求类型`, `urgency` /
  `紧急程度`; the ticket's department (承办部门) = the `department` / `部门` on its `tp_close` event (for a
  misrouted ticket the first `tp_dispatch` names a wrong department and a `redispatch` the right one);
- "answered on the spot / 直接答复" = a ticket closed without any `tp_dispatch` (action direct_reply);
  "misrouted / 退回重派" = a ticket with two `tp_dispatch` events;
- "hotline calls / 热线来电" = `tp_call` events (one per phone ticket); chaser calls (催办) = `tp_urge` events and are
  counted separately;
- times between steps are per ticket: first event of B - first event of A, over tickets that have both, the ticket
  taken in the period by the date of A (dispatch -> close: tickets first dispatched in the period; close ->
  callback: tickets closed in the period, first callback attempt reached or not); "more than 7 days" strictly > 7 x
  86,400 s;
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (online_submit 1 d, handling 30 d) from their first step-1 event in the period; rates
  are per citizen; the tolerance covers both readings (later steps allowed after the period end, or not). A funnel
  "for citizens aged 60+" keeps customers of that age band; "on the mini program" keeps only events whose channel is
  mini_program. Drop-off rate at step k = (reached k - reached k+1) / reached k; the step "where we lose the most" =
  the step with the largest reached k - reached k+1 (that step's touchpoint);
- callback satisfaction: feedback rows with channel `callback_survey` (at tp_callback) carry the rating 1-5 of the
  callback; satisfied (满意) = rating 4 or 5; satisfaction rate = satisfied / rated callbacks; dated by the feedback
  ts; intake channel = `source_channel`, department = `department` of the row;
- money = orders (certificate courier fees, 证照快递) with status `paid`; refunds = `refund_amount` of `refunded`
  orders by order date; spend per paying citizen = paid amount / citizens with a paid order in the period;
- feedback "negative" = `sentiment_label = 'neg'` (generator truth) over rows dated in the period; questions
  without a period include rows without a date; app store rating = channel `app_review`; topic counts by text
  markers with a 5 % tolerance;
- zh ranking questions are checked against the Chinese twin columns (区, 部门, 诉求类别), en ones against the English
  ones (district, department, category); channels and age bands use the raw values (mini_program, 60+);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week runs Monday..Sunday; questions without a period cover all data
  (2024-07-01 .. 2026-06-30).
"Top" items are checked for a clear first place (the script fails otherwise).
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    # one ticket row per ticket_id (accept time, intake time, attributes, closing department)
    CON.execute("""CREATE TABLE tickets AS
        SELECT a.ticket_id, a.customer_id, a.ts AS t_accept, a.channel, a.category, a.诉求类别, a.request_type,
               a.诉求类型, a.urgency, a.紧急程度, a.district, a.区,
               coalesce(i.ts, a.ts) AS t_intake, c.department, c.部门, c.action AS close_action,
               (SELECT count(*) FROM events d WHERE d.ticket_id = a.ticket_id AND d.touchpoint_id = 'tp_dispatch')
                 AS n_dispatch
        FROM events a
        LEFT JOIN (SELECT ticket_id, min(ts) ts FROM events WHERE touchpoint_id IN ('tp_call', 'tp_online_submit')
                   GROUP BY 1) i USING (ticket_id)
        LEFT JOIN (SELECT ticket_id, arg_min(department, ts) department, arg_min(部门, ts) 部门,
                          arg_min(action, ts) action FROM events WHERE touchpoint_id = 'tp_close' GROUP BY 1) c
          USING (ticket_id)
        WHERE a.touchpoint_id = 'tp_accept'""")
    assert one("SELECT count(*) - count(DISTINCT ticket_id) FROM tickets") == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = f"""SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
             WHERE ({cond})"""
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(fn):
    vals = [fn(False), fn(True)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, cond="1=1", upto=None):
    def f(b):
        c = funnel(journey, start, end, b, cond)
        return (c[-1] if upto is None else c[upto - 1]) / c[0]
    return _both(f)


def dropoff(journey, start, end, step, cond="1=1"):
    def f(b):
        c = funnel(journey, start, end, b, cond)
        return (c[step - 1] - c[step]) / c[step - 1]
    return _both(f)


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def bottom_conv_by(journey, start, end, col, values, margin=0.15):
    rows = []
    for v in values:
        c = funnel(journey, start, end, False, f"c.{col} = '{v}'")
        rows.append((c[-1] / c[0], v))
    rows.sort()
    assert rows[1][0] - rows[0][0] > margin, rows
    return dict(top_entity=rows[0][1])


# ---------- tickets ----------

def _tk(start, end, cond):
    return f"SELECT {{agg}} FROM tickets t WHERE {_in('t.t_accept', start, end)} AND ({cond})", \
        f"SELECT {{agg}} FROM tickets t WHERE {_in('t.t_intake', start, end)} AND ({cond})"


def tickets(start, end, cond="1=1"):
    a, b = (one(s.format(agg="count(*)")) for s in _tk(start, end, cond))
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def ticket_share(num, start, end, cond="1=1"):
    a, b = (one(s.format(agg=f"avg(({num})::int)")) for s in _tk(start, end, cond))
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_tickets(by, start, end, cond="1=1", margin=1.25):
    rows = q(f"""SELECT {by}, count(*) n FROM tickets t WHERE {_in('t.t_accept', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_citizen(start, end):
    a, b = (one(s.format(agg="count(*) / count(DISTINCT customer_id)")) for s in _tk(start, end, "1=1"))
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def _first(tp):
    return f"(SELECT ticket_id, min(ts) t FROM events WHERE touchpoint_id = '{tp}' GROUP BY 1)"


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="avg", unit="day"):
    div = {"day": 86400.0, "hour": 3600.0}[unit]
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {div}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (ticket_id) JOIN tickets t USING (ticket_id)
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def step_time_over(a_tp, b_tp, start, end, days, cond="1=1", share=False):
    agg = f"avg((epoch(b.t - a.t) > {days} * 86400)::int)" if share else \
        f"count(*) FILTER (WHERE epoch(b.t - a.t) > {days} * 86400)"
    v = one(f"""SELECT {agg} FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (ticket_id)
                JOIN tickets t USING (ticket_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01) if share else dict(value=v, tolerance=0.5)


def top_step_time(a_tp, b_tp, start, end, by, min_n=100, margin=1.5):
    rows = q(f"""SELECT {by}, avg(epoch(b.t - a.t)) v, count(*) n FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                 USING (ticket_id) JOIN tickets t USING (ticket_id) WHERE b.t > a.t AND {_in('a.t', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def misroute_share(start, end, cond):
    v = one(f"""SELECT avg((t.n_dispatch >= 2)::int) FROM {_first('tp_dispatch')} a JOIN tickets t
                USING (ticket_id) WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_urge_rate(by, min_n=100, margin=1.5):
    rows = q(f"""SELECT {by}, sum((SELECT count(*) FROM events u WHERE u.ticket_id = t.ticket_id
                                AND u.touchpoint_id = 'tp_urge')) / count(*) v, count(*) n
                 FROM tickets t WHERE t.n_dispatch > 0 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1", distinct=None):
    agg = f"count(DISTINCT e.{distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def closed_by(start, end, cond):
    return dict(value=one(f"""SELECT count(*) FROM {_first('tp_close')} a JOIN tickets t USING (ticket_id)
                              WHERE {_in('a.t', start, end)} AND ({cond})"""), tolerance=0.5)


# ---------- customers / orders ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 4 if agg.startswith("avg((") else 2),
                tolerance=0.01 if agg.startswith("avg((") else round(max(0.05, float(v) * 0.002), 2))


# ---------- feedback ----------

CB = "f.channel = 'callback_survey'"


def sat_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((f.rating >= 4)::int) FROM feedback f WHERE {CB} AND f.rating IS NOT NULL
                AND {_in('f.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def bottom_sat(by, start, end, margin=0.15):
    rows = q(f"""SELECT {by}, avg((f.rating >= 4)::int) v FROM feedback f WHERE {CB} AND f.rating IS NOT NULL
                 AND {_in('f.ts', start, end)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v""")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def fb_avg(cond, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f JOIN customers c USING (customer_id) "
            f"WHERE f.rating IS NOT NULL AND {cond}") if "c." in cond else \
        one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_avg_all(cond, tol=0.02):
    """no period named: all rows (also undated) is the reading; dated rows only is covered by the tolerance."""
    a, d = fb_avg(cond)["value"], fb_avg(f"{cond} AND f.ts IS NOT NULL")["value"]
    return dict(value=a, tolerance=round(max(tol, abs(a - d) + 0.01), 3))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def top_fb(by, cond, margin=1.25):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
WINTER = ("2025-11-01", "2026-03-31")
DISP, CLOSE, ACCEPT, CALLBACK = "tp_dispatch", "tp_close", "tp_accept", "tp_callback"
HOUSING = "t.department = 'Housing Bureau'"
NEG = "f.sentiment_label = 'neg'"
HEATING = _like("f.text", ["暖气", "供暖", "heating", "radiator"])
KICK = _like("f.text", ["踢皮球", "推来推去", "不归他们管", "派错部门", "passed around", "wrong department",
                        "not their job"])
LOCATION = _like("f.text", ["定位", "照片", "location", "photo"])
MINI = _like("f.text", ["小程序", "mini program"])


def gold():
    return {
        # ---- online submission funnel
        "hl01": lambda: conv("online_submit", *Y25),
        "hl02": lambda: top_lost("online_submit", *quarter(2025, 4)),
        "hl03": lambda: dropoff("online_submit", *Y25, 3, "c.age_band = '60+'"),
        "hl04": lambda: dropoff("online_submit", *Y25, 3, "c.age_band = '30-44'"),
        "hl05": lambda: bottom_conv_by("online_submit", *Y25, "age_band", ["18-29", "30-44", "45-59", "60+"]),
        "hl06": lambda: conv("online_submit", *H1_26, "e.channel = 'mini_program'"),
        # ---- handling journey
        "hl08": lambda: conv("handling", *quarter(2025, 3)),
        "hl09": lambda: top_lost("handling", *Y25),
        "hl10": lambda: tickets(*Y25, "t.n_dispatch = 0 AND t.close_action = 'direct_reply'"),
        "hl11": lambda: ticket_share("t.n_dispatch = 0 AND t.close_action = 'direct_reply'", *Y25),
        # ---- times
        "hl12": lambda: step_time(DISP, CLOSE, *Y25, HOUSING, agg="median"),
        "hl13": lambda: top_step_time(DISP, CLOSE, *Y25, "t.部门"),
        "hl14": lambda: step_time(DISP, CLOSE, *Y25, "t.department = 'Heating Office'"),
        "hl15": lambda: step_time_over(DISP, CLOSE, *Y25, 7),
        "hl16": lambda: step_time_over(DISP, CLOSE, *Y25, 7, HOUSING, share=True),
        "hl17": lambda: step_time(ACCEPT, DISP, *Y25, "t.urgency = 'urgent'", unit="hour"),
        "hl18": lambda: step_time(ACCEPT, DISP, *Y25, "t.urgency = 'normal'", unit="hour"),
        "hl19": lambda: step_time(CLOSE, CALLBACK, *H1_26, unit="hour"),
        "hl20": lambda: misroute_share(*Y25, "t.channel = 'mini_program'"),
        "hl21": lambda: misroute_share(*Y25, "t.channel = 'phone'"),
        # ---- counts
        "hl22": lambda: tickets(*month(2025, 12), "t.category = 'heating'"),
        "hl23": lambda: tickets(*month(2024, 12), "t.category = 'heating'"),
        "hl24": lambda: top_tickets("t.区", *month(2024, 12), "t.category = 'heating'", margin=1.6),
        "hl25": lambda: events_at("tp_call", *Y25, distinct="customer_id"),
        "hl26": lambda: events_at("tp_call", *Y25),
        "hl27": lambda: tickets(*quarter(2025, 3), "t.channel = 'mini_program'"),
        "hl28": lambda: events_at("tp_urge", *H2_25),
        "hl29": lambda: tickets("2025-03-03", "2025-03-09"),
        "hl30": lambda: tickets(*month(2026, 1), "t.category = 'heating'"),
        "hl31": lambda: tickets(*month(2025, 1), "t.category = 'heating'"),
        "hl32": lambda: tickets(*month(2025, 10), "t.urgency = 'urgent'"),
        "hl33": lambda: closed_by("2026-01-01", "2026-05-20", HOUSING),
        # ---- rankings
        "hl34": lambda: top_tickets("t.诉求类别", *Y25),
        "hl35": lambda: top_tickets("t.district", *Y25, "t.category = 'noise'", margin=1.5),
        "hl36": lambda: top_tickets("t.区", "2024-07-01", "2026-06-30", "t.category = 'water'", margin=1.4),
        "hl37": lambda: top_urge_rate("t.department"),
        "hl38": lambda: bottom_sat("f.source_channel", *Y25),
        "hl39": lambda: bottom_sat("f.部门", *Y25),
        # ---- shares
        "hl40": lambda: ticket_share("t.request_type = 'complaint'", *Y25),
        "hl41": lambda: ticket_share("t.urgency = 'urgent'", *WINTER, "t.category = 'heating'"),
        "hl42": lambda: ticket_share("t.channel = 'phone'", *Y25,
                                     "t.customer_id IN (SELECT customer_id FROM customers WHERE age_band = '60+')"),
        # ---- satisfaction
        "hl43": lambda: sat_rate(*Y25, "f.source_channel = 'mini_program'"),
        "hl44": lambda: sat_rate(*Y25, "f.source_channel = 'phone'"),
        "hl45": lambda: fb_avg(f"{CB} AND f.department = 'Housing Bureau' AND {_in('f.ts', *Y25)}"),
        "hl46": lambda: fb_avg(f"{CB} AND {_in('f.ts', *H1_26)}"),
        # ---- per citizen, money, customers
        "hl47": lambda: per_citizen(*Y25),
        "hl48": lambda: orders(*Y25, agg="sum(o.amount) / count(DISTINCT o.customer_id)"),
        "hl49": lambda: orders(*Y25),
        "hl50": lambda: orders(*H1_26, agg="avg((o.delivery_type = 'express')::int)"),
        "hl51": lambda: orders(*Y25, agg="sum(o.refund_amount)", status="refunded"),
        "hl52": lambda: orders("2024-07-01", "2026-06-30", agg="count(*)", status=None,
                               cond="o.status IN ('cancelled', 'refunded')"),
        "hl53": lambda: customers_count(_in("c.signup_at", *Y25)),
        # ---- feedback
        "hl56": lambda: fb_topic_count(HEATING),
        "hl57": lambda: fb_topic_count(KICK),
        "hl58": lambda: fb_topic_count(LOCATION),
        "hl59": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "hl60": lambda: fb_avg_all("f.channel = 'app_review'"),
        "hl61": lambda: fb_avg_all("f.channel = 'app_review' AND c.age_band = '60+'", tol=0.05),
        "hl62": lambda: feedback_ids(MINI),
        "hl63": lambda: feedback_ids(HEATING),
        "hl64": lambda: top_fb("f.department", f"{CB} AND {NEG}", margin=1.5),
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
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
