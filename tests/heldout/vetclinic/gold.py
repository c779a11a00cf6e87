"""Gold answers for the PawCare 宠爱 vet-clinic held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (first_visit 30 d, vaccination 30 d,
  health_plan 14 d). `conv` computes each rate with and without requiring later steps to fall inside the period;
  the tolerance covers both readings. Rates are people, not events. "the step that loses the most" = the step most
  people reach without reaching the next one (reported as that step's touchpoint_id);
- "customers / users / pet owners / people" = distinct customer_id; "how many consultations / vaccinations /
  installs" = event rows; dog / cat owner = customers.pet_species; Android / iOS = customers.device (the same value
  as the device on their app events);
- wait time = events.wait_minutes on tp_consultation (= minutes between the check-in and the consultation);
  clinic = the Chinese clinic name in `clinic` (clinic_en is its English twin); vet = events.vet;
- SMS reminder failure rate = tp_vacc_reminder events with reminder_channel 'sms' and delivery_status 'failed' /
  all SMS reminder events in the period;
- times between steps: install → first booking per customer who booked; booking → the customer's next check-in
  per booking (tolerance covers first booking → first check-in); check-in → the next payment per visit; plan page
  → plan purchase per buyer;
- money = orders with status `paid` (refunded is not revenue); service line = orders.service_type (consultation,
  lab_test, vaccine, health_plan); a refund rate = refunded orders / all orders of that line; per-customer spend =
  paid amount / distinct customers with a paid order;
- feedback "negative" = `sentiment_label = 'neg'` (generator truth); topic counts use text markers with a 5 %
  tolerance (checked against the generator's `topic` column); "all data" includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-04-30, the
  end of the data); weeks run Monday..Sunday.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("customers", "journeys", "orders", "events", "feedback"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, sample_size=-1)")
    assert one("SELECT max(ts) FROM events") < datetime(2026, 5, 1)
    assert one("SELECT min(ts) FROM events") >= datetime(2025, 5, 1)
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.channel = 'app' AND e.device <> c.device""") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-05-01", "2026-04-30")


# ---------- funnels ----------

def _steps(journey):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
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


def conv(journey, start, end, a=1, b=None, strict=False, **kw):
    """strict: the question says the window runs past the period end, so only the unbounded reading counts."""
    vals = []
    for bounded in ((False,) if strict else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50, gap=0.03):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, agg="count(*)", gap=1.2, cond="1=1"):
    rows = q(f"""SELECT {col}, {agg} n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def ev_value(tp, agg, start, end, cond="1=1", nd=2, tol=None, rel=None):
    v = float(one(f"""SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                      AND ({cond})"""))
    return dict(value=round(v, nd), tolerance=tol if tol is not None else round(abs(v) * rel, nd))


def per_vet(clinic):
    v = one(f"""SELECT count(*) / count(DISTINCT vet) FROM events WHERE touchpoint_id = 'tp_consultation'
                AND clinic = '{clinic}'""")
    return dict(value=round(v, 1), tolerance=round(max(1.0, 0.01 * v), 1))


def sms_fail(start, end):
    return ev_value("tp_vacc_reminder", "avg((delivery_status = 'failed')::int)", start, end,
                    "e.reminder_channel = 'sms'", nd=4, tol=0.01)


# ---------- times between steps ----------

def install_to_booking():
    a = one("""SELECT avg(epoch(b.t - i.ts) / 86400) FROM events i JOIN
               (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_booking' GROUP BY 1) b
               USING (customer_id) WHERE i.touchpoint_id = 'tp_app_install'""")
    b = one("""SELECT avg(epoch(b.t - i.ts) / 86400) FROM events i JOIN
               (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_booking' GROUP BY 1) b
               USING (customer_id) WHERE i.touchpoint_id = 'tp_app_install' AND b.t <= i.ts + INTERVAL 30 DAY""")
    return dict(value=round(a, 2), tolerance=round(max(0.05 * a, abs(a - b) + 0.02 * a), 2))


def booking_to_checkin():
    a = one("""SELECT avg(epoch(n.t - b.ts) / 86400) FROM events b,
               LATERAL (SELECT min(x.ts) t FROM events x WHERE x.customer_id = b.customer_id
                        AND x.touchpoint_id = 'tp_checkin' AND x.ts > b.ts) n
               WHERE b.touchpoint_id = 'tp_booking' AND n.t IS NOT NULL""")
    b = one("""WITH b AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_booking' GROUP BY 1),
                    c AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_checkin' GROUP BY 1)
               SELECT avg(epoch(c.t - b.t) / 86400) FROM b JOIN c USING (customer_id)""")
    return dict(value=round(a, 2), tolerance=round(max(0.05 * a, abs(a - b) + 0.02 * a), 2))


def checkin_to_payment(cond="1=1"):
    v = one(f"""SELECT avg(epoch(n.t - c.ts) / 60) FROM events c,
                LATERAL (SELECT min(x.ts) t FROM events x WHERE x.customer_id = c.customer_id
                         AND x.touchpoint_id = 'tp_payment' AND x.ts > c.ts) n
                WHERE c.touchpoint_id = 'tp_checkin' AND n.t IS NOT NULL AND ({cond})""")
    return dict(value=round(v, 1), tolerance=round(max(1.0, 0.03 * v), 1))


def plan_page_to_purchase():
    v = one("""SELECT avg(epoch(p.ts - g.t) / 3600) FROM events p JOIN
               (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_plan_page' GROUP BY 1) g
               USING (customer_id) WHERE p.touchpoint_id = 'tp_plan_purchase'""")
    return dict(value=round(v, 1), tolerance=round(max(1.0, 0.05 * v), 1))


def consults_per_customer():
    v = one("SELECT count(*) / count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_consultation'")
    return dict(value=round(v, 3), tolerance=0.02)


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(col, cond="1=1", gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", count=False):
    v = one(f"""SELECT {agg} FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)} AND ({cond})""")
    if count:
        return dict(value=int(v), tolerance=0.5)
    v = round(float(v), 2)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)))


def orders_share(num, start, end, weight="o.amount", cond="1=1", status="'paid'", tol=0.01):
    v = one(f"""SELECT sum(CASE WHEN {num} THEN {weight} ELSE 0 END) / sum({weight}) FROM orders o
                WHERE o.status IN ({status}) AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=tol)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", gap=1.05):
    rows = q(f"""SELECT {col}, {agg} v FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def spend_per_customer(cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.01, 2))


def customers_over(amount):
    v = one(f"""SELECT count(*) FROM (SELECT customer_id FROM orders WHERE status = 'paid' GROUP BY 1
                HAVING sum(amount) > {amount})""")
    return dict(value=v, tolerance=0.5)


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(marker, topics, cond="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND ({cond})")
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({', '.join(repr(t) for t in topics)}) AND ({cond})")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def top_fb(col, cond, gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def top_rating(col, cond="1=1", lowest=True, gap=0.1):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


NEG = "f.sentiment_label = 'neg'"
WAIT = ("(f.text LIKE '%等%' OR f.text LIKE '%排队%' OR lower(f.text) LIKE '%wait%' OR lower(f.text) LIKE '%queue%')")
LABPRICE = ("(f.text LIKE '%化验%' OR f.text LIKE '%验血%' OR lower(f.text) LIKE '%lab %' OR lower(f.text) LIKE '%lab%'"
            " OR lower(f.text) LIKE '%blood%')")
FRIENDLY = ("(f.text LIKE '%耐心%' OR f.text LIKE '%亲切%' OR f.text LIKE '%态度%' OR f.text LIKE '%温柔%'"
            " OR lower(f.text) LIKE '%kind%' OR lower(f.text) LIKE '%friendly%' OR lower(f.text) LIKE '%patient%'"
            " OR lower(f.text) LIKE '%lovely%')")
APPBUG = ("(f.text LIKE '%闪退%' OR f.text LIKE '%卡死%' OR f.text LIKE '%报错%' OR lower(f.text) LIKE '%bug%'"
          " OR lower(f.text) LIKE '%crash%' OR lower(f.text) LIKE '%freez%' OR lower(f.text) LIKE '%error%')")
SMS = "(f.text LIKE '%短信%' OR f.text LIKE '%提醒%' OR lower(f.text) LIKE '%sms%' OR lower(f.text) LIKE '%reminder%')"
MARKERS = {"long_wait": WAIT, "lab_price": LABPRICE, "friendly_vet": FRIENDLY, "app_bug": APPBUG, "sms_missing": SMS}
XH = "宠爱徐汇店"
CONS = "tp_consultation"


def gold() -> dict:
    return {
        # ---- first-visit funnel
        "vc01": lambda: conv("first_visit", *quarter(2025, 4), strict=True),
        "vc02": lambda: top_lost("first_visit", *ALL),
        "vc03": lambda: top_conv("first_visit", *ALL, "device", lowest=True, a=2, b=3, gap=0.1),
        "vc04": lambda: conv("first_visit", *ALL, a=2, b=3, cust="c.device = 'android'"),
        "vc05": lambda: conv("first_visit", *ALL, a=2, b=3, cust="c.device = 'ios'"),
        "vc06": lambda: conv("first_visit", *month(2026, 3), strict=True),
        # ---- health plan
        "vc07": lambda: top_conv("health_plan", *ALL, "pet_species", gap=0.1),
        "vc08": lambda: conv("health_plan", *ALL, cust="c.pet_species = 'dog'"),
        "vc09": lambda: conv("health_plan", *ALL, cust="c.pet_species = 'cat'"),
        "vc10": lambda: orders(*ALL, cond="o.service_type = 'health_plan'"),
        "vc11": lambda: orders(*ALL, agg="count(*)", status="'refunded'", count=True,
                               cond="o.service_type = 'health_plan'"),
        "vc12": lambda: customers_share("c.tier = 'health_plan'"),
        # ---- waiting and vets
        "vc13": lambda: top_events(CONS, "e.clinic", *ALL, agg="avg(e.wait_minutes)", gap=2),
        "vc14": lambda: ev_value(CONS, "avg(e.wait_minutes)", *ALL, f"e.clinic = '{XH}'", nd=1, tol=1.0),
        "vc15": lambda: ev_value(CONS, "avg(e.wait_minutes)", *ALL, f"e.clinic <> '{XH}'", nd=1, tol=0.5),
        "vc16": lambda: ev_value(CONS, "avg((e.wait_minutes > 30)::int)", *ALL, f"e.clinic = '{XH}'", nd=4, tol=0.01),
        "vc17": lambda: ev_value(CONS, "avg(e.wait_minutes)", *month(2026, 3), nd=1, tol=0.5),
        "vc18": lambda: top_events(CONS, "e.vet", *ALL, gap=1.5),
        "vc19": lambda: per_vet("宠爱静安店"),
        # ---- vaccination reminders
        "vc21": lambda: sms_fail(*month(2026, 1)),
        "vc22": lambda: sms_fail(*month(2025, 12)),
        "vc23": lambda: conv("vaccination", *month(2026, 1), strict=True),
        "vc24": lambda: conv("vaccination", *month(2025, 11), strict=True),
        "vc27": lambda: events_at("tp_vaccination", *month(2026, 1)),
        # ---- times between steps
        "vc28": lambda: install_to_booking(),
        "vc29": lambda: booking_to_checkin(),
        "vc30": lambda: checkin_to_payment(),
        "vc31": lambda: plan_page_to_purchase(),
        "vc32": lambda: consults_per_customer(),
        # ---- money
        "vc33": lambda: spend_per_customer(),
        "vc34": lambda: spend_per_customer("c.pet_species = 'dog'"),
        "vc35": lambda: spend_per_customer("c.pet_species = 'cat'"),
        "vc36": lambda: orders("2025-07-01", "2025-12-31", cond="o.service_type = 'lab_test'"),
        "vc37": lambda: top_orders("o.service_type", *quarter(2026, 1), gap=1.2),
        "vc38": lambda: orders(*month(2026, 3), cond="o.service_type = 'vaccine'"),
        "vc39": lambda: dict(value=round(one("""SELECT avg((status = 'refunded')::int) FROM orders
                                              WHERE service_type = 'lab_test'"""), 4), tolerance=0.01),
        "vc40": lambda: orders(*ALL, cond="o.clinic = '宠爱静安店'"),
        "vc41": lambda: orders_share("o.service_type = 'lab_test'", *ALL),
        "vc42": lambda: orders(*month(2025, 10), agg="count(*)", status="'paid', 'refunded'", count=True),
        "vc43": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.service_type = 'consultation'"),
        "vc44": lambda: orders(*ALL, agg="count(*)", cond="o.amount > 500", count=True),
        "vc45": lambda: customers_over(2000),
        "vc46": lambda: events_at(CONS, *ALL, "e.wait_minutes > 60"),
        # ---- customers
        "vc47": lambda: top_customers("c.region", gap=1.5),
        "vc48": lambda: customers_count("c.pet_species = 'cat'"),
        "vc49": lambda: customers_share("c.pet_age_band = 'over_7'"),
        "vc50": lambda: events_at("tp_app_install", "2025-11-10", "2025-11-16"),
        "vc51": lambda: events_at("tp_app_install", "2026-03-02", "2026-03-08"),
        "vc52": lambda: top_customers("c.acquisition_channel", gap=1.1),
        # ---- feedback
        "vc54": lambda: fb_topic_count(WAIT, ["long_wait"]),
        "vc55": lambda: fb_topic_count(LABPRICE, ["lab_price"]),
        "vc56": lambda: feedback_ids(SMS),
        "vc57": lambda: feedback_ids(FRIENDLY),
        "vc58": lambda: top_fb("f.touchpoint_id", NEG, gap=1.25),
        "vc59": lambda: fb_avg("rating", f"f.clinic = '{XH}'"),
        "vc60": lambda: top_rating("f.clinic", gap=0.3),
        "vc61": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "vc62": lambda: fb_count("f.ts IS NULL"),
        "vc63": lambda: fb_avg("rating", "f.channel = 'app_review'"),
        "vc64": lambda: fb_topic_count(APPBUG, ["app_bug"], _in("f.ts", "2025-01-01", "2025-12-31")),
        "vc65": lambda: fb_topic_count(SMS, ["sms_missing"], _in("f.ts", *month(2026, 1))),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    for topic, marker in MARKERS.items():   # generator-truth checks of the text markers
        n = one(f"SELECT count(*) FROM feedback f WHERE {marker}")
        truth = one(f"SELECT count(*) FROM feedback f WHERE topic = '{topic}'")
        both = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND topic = '{topic}'")
        assert abs(n - truth) <= max(1, 0.05 * truth) and both >= 0.95 * truth, (topic, n, truth, both)
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
