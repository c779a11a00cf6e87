"""Gold answers for the 小跳跳 LittleLeap (children's gymnastics & trampoline academy) held-out batch, from plain
DuckDB SQL over the raw CSVs written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trial 30 d, makeup 14 d, renewal and
  progress 365 d); rates are per customer; the tolerance covers both readings of the period end (later steps allowed
  after the period end, or not); the renewal journey is read with later steps allowed after the period. "Which step
  loses the most" = the step reached whose next step is not reached, largest count (INTERFACE.md's drop-off: reached
  the step but not the next one). A step-to-step conversion inside a funnel = reached step k+1 / reached step k.
- people: a customer is a parent with one child; a lead = the `tp_lead` event (one per customer, = signup_at);
  first purchase = `tp_term_purchase` (later packages are `tp_renewal`); source / age band / gender / gym / city are
  the customer's columns. zh top-entity golds use the Chinese twins (gym, 来源渠道, 孩子年龄段, 支付方式, coach_name),
  en ones gym_en / source / level / item / refund_reason / touchpoint_id.
- trial show-up = per booking: `tp_trial_booked` events (by booking date) whose session (trial id) has a
  `tp_trial_attended`; no-show rate of trials = 1 - that.
- trial -> purchase by gym / coach = kids whose first `tp_trial_attended` is in the period (gym from customers) or,
  for coaches, each trial-attended event in the period by its coach_name; share with a `tp_term_purchase` within 30
  days after it. Rankings with a minimum group size also assert that dropping the minimum changes the winner.
- waits: trial -> assessment = per trial session, `tp_assessment` ts - `tp_trial_attended` ts in days, by the trial
  date; lead -> first purchase = `tp_term_purchase` ts - `tp_lead` ts, by purchase date; "more than N days" strict.
- classes: one `tp_class` event per scheduled class of a kid (date = class date), attendance attended / absent;
  no-show (absence) rate = absent / all class events; classes attended = attendance `attended`; classes per kid =
  attended classes / kids with >= 1 attended class in the period; class size = average `class_size` over class
  events; level / 级别 of a class = the event's level column.
- make-up booked within 14 days = `tp_makeup_request` (per request, by request date) with a `tp_makeup_booked` of the
  same session (the missed class) at most 14 days after the request; device = the request's device.
- badges = `tp_badge` events; badges per kid = badges in the period / kids with >= 1 attended class in the period,
  grouped by the customer's age band. Tryouts = `tp_team_tryout` events, pass = tryout_result 'pass'.
- term renewal rate = per term package (package_id of class events), renewed = a `tp_renewal` of the same customer
  within 30 days after the package's last class event, packages grouped by the date of that last class.
- money = orders with status `paid` (CNY); package sales = order_type `term_package` (new + renewal); revenue = all
  paid orders (term_package, trial_fee, uniform, competition_fee); refunds = amount of `refunded` orders; spend per
  paying parent = paid amount / customers with >= 1 paid order in the period; package mix shares over paid
  term_package orders; payment method / item counts over paid orders.
- feedback: "comments" = all rows of all channels, with or without ts unless a period is named; negative share =
  generator sentiment (OUTDIR/_truth/feedback_truth.csv, 'neg') over rows dated in the period; topic counts by text
  markers with a 5 % tolerance ("complaints" = markers and negative); rating by step = feedback.touchpoint_id over
  rows with a rating; NPS score = average `nps` of `nps_survey` rows.
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    CON.execute("CREATE TABLE fb AS SELECT f.*, t.sentiment_label FROM feedback f JOIN truth t USING (feedback_id)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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


def like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def days_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def avg_val(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * rel), 3))


def top(rows, margin, higher=True):
    """rows best first: (entity, metric, ...); the winner must be clear (ratio for higher, gap for lower)."""
    a, b = rows[0][1], rows[1][1]
    ok = a > b * margin if higher else b - a > margin
    assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- funnels

def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = steps_of(journey)
    lim = f"AND e.ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM s1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE s{k} AS SELECT s.customer_id, s.t1, min(e.ts) AS t
                        FROM s{k - 1} s JOIN events e ON e.customer_id = s.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > s.t AND e.ts <= s.t1 + INTERVAL {window} DAY {lim} GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM s{k}"))
    return counts


def conv(journey, start, end, cond="1=1", both=True, a=0, b=-1):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1", both=True):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- trials

SHOW = """(SELECT b.ts, c.source, c."来源渠道" AS src_zh, (a.session_id IS NOT NULL) AS showed FROM events b
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_trial_attended') a
           USING (session_id) JOIN customers c ON c.customer_id = b.customer_id
           WHERE b.touchpoint_id = 'tp_trial_booked')"""


def show_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(showed::int) FROM {SHOW} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def top_noshow(start, end, by, margin):
    rows = q(f"""SELECT {by}, avg((NOT showed)::int) r, count(*) FROM {SHOW} s WHERE {_in('s.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


FIRST_TRIAL = """(SELECT t.customer_id, t.t, c.gym, c.gym_en, EXISTS (SELECT 1 FROM events p
                  WHERE p.customer_id = t.customer_id AND p.touchpoint_id = 'tp_term_purchase' AND p.ts > t.t
                  AND p.ts <= t.t + INTERVAL 30 DAY) AS bought
                  FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_trial_attended'
                  GROUP BY 1) t JOIN customers c USING (customer_id))"""

COACH_TRIAL = """(SELECT e.coach_name, e.ts AS t, EXISTS (SELECT 1 FROM events p WHERE p.customer_id = e.customer_id
                  AND p.touchpoint_id = 'tp_term_purchase' AND p.ts > e.ts AND p.ts <= e.ts + INTERVAL 30 DAY) AS bought
                  FROM events e WHERE e.touchpoint_id = 'tp_trial_attended')"""


def trial_buy_rank(src, start, end, by, min_n=1, lowest=False, margin=1.1, check_small=False):
    sql = f"""SELECT {by}, avg(bought::int) r, count(*) n FROM {src} x WHERE {_in('x.t', start, end)}
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r {'ASC' if lowest else 'DESC'}"""
    rows = q(sql.format(n=min_n))
    res = top(rows, 0.05, higher=False) if lowest else top(rows, margin)
    if check_small:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


WAIT = """(SELECT t.ts, t.gym_id, epoch(a.ts - t.ts) / 86400.0 AS d FROM events t JOIN events a
           ON a.session_id = t.session_id AND a.touchpoint_id = 'tp_assessment' WHERE t.touchpoint_id = 'tp_trial_attended')"""

LEAD_BUY = """(SELECT p.ts, epoch(p.ts - l.ts) / 86400.0 AS d FROM events p JOIN events l
               ON l.customer_id = p.customer_id AND l.touchpoint_id = 'tp_lead' WHERE p.touchpoint_id = 'tp_term_purchase')"""


def wait(src, start, end, cond="1=1", agg="median(w.d)"):
    v = one(f"SELECT {agg} FROM {src} w WHERE {_in('w.ts', start, end)} AND ({cond})")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


# ---------------------------------------------------------------- events

def ev_count(tp, start, end, cond="1=1"):
    return count_val(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                             WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def ev_share(tp, num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return avg_val(v, rel=0.01, floor=0.05)


def top_ev_share(tp, num, start, end, by, margin):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


ABSENT = "e.attendance = 'absent'"
ATT = "e.attendance = 'attended'"


def per_kid(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_class' AND {ATT} AND {_in('e.ts', start, end)} AND ({cond})""")
    return avg_val(v, rel=0.01, floor=0.05)


def badges_per_kid_lowest(start, end, margin):
    rows = q(f"""SELECT c."孩子年龄段", count(*) FILTER (WHERE e.touchpoint_id = 'tp_badge')
                 / count(DISTINCT e.customer_id) FILTER (WHERE e.touchpoint_id = 'tp_class' AND {ATT}) r
                 FROM events e JOIN customers c USING (customer_id) WHERE {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r""")
    return top(rows, margin, higher=False)


def tryout_girl_share(start, end):
    return rate_val(one(f"""SELECT avg((c.child_gender = 'girl')::int) FROM customers c WHERE c.customer_id IN
                            (SELECT customer_id FROM events e WHERE e.touchpoint_id = 'tp_team_tryout'
                             AND {_in('e.ts', start, end)})"""))


# ---------------------------------------------------------------- make-up

MAKEUP = """(SELECT r.*, EXISTS (SELECT 1 FROM events b WHERE b.session_id = r.session_id
             AND b.touchpoint_id = 'tp_makeup_booked' AND b.ts >= r.ts AND b.ts <= r.ts + INTERVAL 14 DAY) AS ok
             FROM events r WHERE r.touchpoint_id = 'tp_makeup_request')"""


def makeup_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(ok::int) FROM {MAKEUP} m WHERE {_in('m.ts', start, end)} AND ({cond})"))


def worst_makeup(start, end, by, margin):
    rows = q(f"""SELECT {by}, avg(ok::int) r, count(*) FROM {MAKEUP} m WHERE {_in('m.ts', start, end)}
                 GROUP BY 1 ORDER BY r""")
    return top(rows, margin, higher=False)


# ---------------------------------------------------------------- renewals per term package

TERMS = """(SELECT t.*, EXISTS (SELECT 1 FROM events r WHERE r.customer_id = t.customer_id
            AND r.touchpoint_id = 'tp_renewal' AND r.ts > t.last_t AND r.ts <= t.last_t + INTERVAL 30 DAY) AS renewed
            FROM (SELECT package_id, any_value(customer_id) customer_id, any_value(gym_id) gym_id,
                  any_value(gym_en) gym_en, any_value(gym) gym, max(ts) last_t
                  FROM events WHERE touchpoint_id = 'tp_class' GROUP BY 1) t)"""


def term_renew(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(renewed::int) FROM {TERMS} x WHERE {_in('x.last_t', start, end)} AND ({cond})"))


def worst_term_renew(start, end, by, min_n, margin):
    rows = q(f"""SELECT {by}, avg(renewed::int) r, count(*) FROM {TERMS} x WHERE {_in('x.last_t', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r""")
    return top(rows, margin, higher=False)


# ---------------------------------------------------------------- orders

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def per_payer(start, end):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid'
                            AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_orders(by, start, end, agg="count(*)", cond="1=1", status="paid", margin=1.3):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


# ---------------------------------------------------------------- feedback

def fb_count(cond):
    n = one(f"SELECT count(*) FROM fb f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_ratio(num, cond):
    return rate_val(one(f"SELECT avg(({num})::int) FROM fb f WHERE {cond}"))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM fb f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def top_fb_count(by, cond, margin):
    rows = q(f"SELECT {by}, count(*) n FROM fb f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


def lowest_fb_avg(by, margin, min_n=20):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM fb f WHERE f.rating IS NOT NULL AND {by} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM fb f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SEP25_JUN26 = ("2025-09-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
CROWDED_T = like("f.text", ["人太多", "太挤", "crowded"])
PARKING_T = like("f.text", ["停车", "parking"])
INJURY_T = like("f.text", ["受伤", "摔伤", "扭伤", "安全", "injur", "hurt", "safety"])
MAKEUP_T = like("f.text", ["补课", "make-up"])
CONFIDENT_T = like("f.text", ["自信", "confiden"])
ENCOURAGE_T = like("f.text", ["鼓励", "encourag"])


def gold():
    return {
        # ---- trial funnel
        "gy01": lambda: conv("trial", *Y25),
        "gy02": lambda: top_lost("trial", *Y25, "c.source = 'school_flyer'"),
        "gy03": lambda: show_rate(*H2_25, "s.source = 'douyin'"),
        "gy04": lambda: show_rate(*H2_25, "s.source = 'referral'"),
        "gy05": lambda: top_noshow(*H2_25, by="s.src_zh", margin=1.4),
        "gy06": lambda: trial_buy_rank(FIRST_TRIAL, *SEP25_JUN26, by="x.gym_en", min_n=50, margin=1.1,
                                       check_small=True),
        "gy07": lambda: trial_buy_rank(FIRST_TRIAL, *Y25, by="x.gym", lowest=True),
        "gy08": lambda: wait(WAIT, *Y25, "w.gym_id = 'G3'"),
        "gy09": lambda: wait(WAIT, *Y25, "w.gym_id = 'G1'"),
        "gy10": lambda: wait(WAIT, *Y25, "w.gym_id = 'G3'", agg="avg((w.d > 3)::int)"),
        "gy11": lambda: wait(LEAD_BUY, *Y25),
        "gy12": lambda: wait(LEAD_BUY, *Y25, agg="avg((w.d > 14)::int)"),
        "gy13": lambda: conv("trial", *quarter(2025, 3), a=1, b=2),
        "gy14": lambda: ev_count("tp_lead", *month(2025, 10)),
        "gy15": lambda: ev_change("tp_lead", ("2025-05-01", "2025-06-30"), ("2025-07-01", "2025-08-31")),
        # ---- classes
        "gy18": lambda: ev_share("tp_class", ABSENT, *Y25),
        "gy19": lambda: top_ev_share("tp_class", ABSENT, *Y25, by='c."孩子年龄段"', margin=1.5),
        "gy20": lambda: top_ev_share("tp_class", ABSENT, *Y25, by="e.level", margin=1.3),
        "gy21": lambda: ev_avg("tp_class", "e.class_size", *quarter(2025, 4), "e.gym_id = 'G2'"),
        "gy22": lambda: ev_avg("tp_class", "e.class_size", *quarter(2025, 4), "e.gym_id = 'G1'"),
        "gy23": lambda: per_kid(*Y25),
        "gy24": lambda: per_kid(*Y25, "c.child_age_band = '3-5'"),
        "gy25": lambda: ev_change("tp_class", month(2026, 1), month(2026, 2), ATT),
        "gy26": lambda: ev_count("tp_class", "2025-03-03", "2025-03-09", ATT),
        "gy28": lambda: ev_share("tp_class", ABSENT, *Y25, "e.\"级别\" = '进阶班'"),
        # ---- make-up
        "gy29": lambda: makeup_rate(*H2_25, "m.gym_id = 'G5'"),
        "gy30": lambda: makeup_rate(*H2_25, "m.gym_id = 'G4'"),
        "gy31": lambda: worst_makeup(*H2_25, by="m.gym_en", margin=0.3),
        "gy32": lambda: makeup_rate(*quarter(2026, 2), "m.device = 'ios'"),
        "gy33": lambda: makeup_rate(*quarter(2026, 2), "m.device = 'android'"),
        "gy34": lambda: conv("makeup", *quarter(2025, 4)),
        # ---- badges, tryouts, renewals
        "gy36": lambda: badges_per_kid_lowest(*Y25, margin=0.3),
        "gy37": lambda: ev_share("tp_team_tryout", "e.tryout_result = 'pass'", *Y25),
        "gy38": lambda: tryout_girl_share(*Y25),
        "gy39": lambda: conv("renewal", *H1_25, both=False),
        "gy40": lambda: worst_term_renew("2025-10-01", "2026-03-31", by="x.gym_en", min_n=40, margin=0.1),
        "gy41": lambda: term_renew("2025-10-01", "2026-03-31", "x.gym_id = 'G1'"),
        "gy42": lambda: top_lost("progress", *H1_25, both=False),
        # ---- money
        "gy43": lambda: orders(*Y25, cond="o.order_type = 'term_package'"),
        "gy45": lambda: orders(*Y25, status="refunded"),
        "gy46": lambda: per_payer(*Y25),
        "gy47": lambda: order_share("o.term_size = 12", *H1_26, "o.order_type = 'term_package'"),
        "gy48": lambda: order_share("o.term_size = 12", *H1_25, "o.order_type = 'term_package'"),
        "gy49": lambda: top_orders("o.item", *Y25, cond="o.order_type = 'uniform'", margin=1.5),
        "gy50": lambda: top_orders('o."支付方式"', *Y25, cond="o.order_type = 'term_package'", margin=1.5),
        "gy51": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "gy52": lambda: top_orders("o.refund_reason", *H2_25, cond="o.gym_id = 'G2'", status="refunded", margin=1.5),
        # ---- feedback
        "gy53": lambda: fb_count(CROWDED_T),
        "gy54": lambda: top_fb_count("f.gym_en", CROWDED_T, margin=3.0),
        "gy55": lambda: top_fb_count("f.gym", PARKING_T, margin=4.0),
        "gy56": lambda: fb_count(INJURY_T),
        "gy57": lambda: fb_ratio(NEG, f"{_in('f.ts', '2025-11-01', '2025-12-31')} AND f.gym_id = 'G4'"),
        "gy58": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "gy59": lambda: lowest_fb_avg("f.touchpoint_id", margin=0.5),
        "gy60": lambda: fb_avg("f.channel = 'dianping' AND f.gym_id = 'G4'"),
        "gy61": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "gy62": lambda: fb_ids(f"{ENCOURAGE_T} AND f.sentiment_label = 'pos'"),
        "gy63": lambda: fb_count(CONFIDENT_T),
        "gy65": lambda: top_fb_count("f.gym", f"{MAKEUP_T} AND {NEG}", margin=2.0),
        # ---- relative periods, coaches
        "gy72": lambda: orders(*month(2026, 6), agg="count(*)", cond="o.order_type = 'term_package'"),
        "gy73": lambda: orders(*month(2026, 5), agg="count(*)", cond="o.order_type = 'term_package'"),
        "gy74": lambda: ev_count("tp_badge", *quarter(2026, 2)),
        "gy75": lambda: ev_share("tp_class", ABSENT, *month(2026, 3)),
        "gy76": lambda: trial_buy_rank(COACH_TRIAL, *SEP25_JUN26, by="x.coach_name", min_n=40, margin=1.12,
                                       check_small=True),
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
