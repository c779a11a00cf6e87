"""Gold answers for the 闪骑 ZipGo e-scooter sharing held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are read with exact duplicate rows removed (the payment webhook re-sent 24 top-up notifications with the
  same event_id; DATA.md loads them once);
- "riders" / "users" / "用户" / "骑手" = customer_id. Funnels follow DATA.md, per rider: a rider reaches step k with an
  event (any action) at step k's touchpoint after reaching step k-1, within the journey window from their first
  step-1 event in the period (first_ride 14 d, ride 1 d, fine_appeal 14 d, pass_renewal 35 d). The tolerance covers
  both readings (later steps may fall after the period end, or not) unless the question says later steps count.
  A funnel for an acquisition channel / city / device filters the rider (customers.acquisition_channel, region,
  the device of the first step-1 event). A step-to-step rate = riders reaching step k over riders reaching step k-1.
  "Where do we lose the most" = the step whose next step is not reached by the most riders (its touchpoint_id);
- shares of a step's records are shares of that touchpoint's events in the period: ID-check pass rate = 'passed'
  over all tp_id_check events (every attempt, auto and manual); photo rejection rate = 'rejected' over
  tp_parking_photo events; unlock failure rate = 'unlock_failed' over tp_ride_start events; appeal success =
  appeal_result 'upheld' over tp_fine_appeal events; top-up failure rate = 'failed' over tp_topup events;
- rides = tp_ride_end events ('ended'); ride minutes / distance / fares from those events; fare revenue in EUR =
  fare_eur (wallet debits, not orders); fines per 100 rides = tp_parking_fine events / tp_ride_end events in the
  same period and place;
- money = orders with status 'paid' by order ts, `amount` in EUR (the group reporting currency); in CNY / local
  currency = amount_local of the paid orders in that currency; top-ups = order_type 'topup', passes = 'pass'
  (new + renewals), fines = 'fine' (refunded = appeal upheld); cancelled top-ups = payment not completed;
- customers: segment / tier / region / acquisition_channel as stored at the extract (2026-07-02);
- zh top entities are Chinese values where the data has them (城市, 罚款原因, 损坏类型, 失败原因, 咨询类型), en ones
  English values (region, acquisition_channel, device, fine_reason, damage_type, scooter_model) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); average rating over rows with a rating; low ratings = rating <= 2; NPS = share of 9-10
  minus share of 0-6 over rows with nps, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT DISTINCT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def _num(v, rel=0.02, floor=0.05, nd=2):
    return dict(value=round(float(v), nd), tolerance=round(max(floor, abs(float(v)) * rel), nd))


# ---------- funnels (per rider, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """cond may use e.* (the rider's first step-1 event in the period) and c.* (the rider)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events "
                f"WHERE touchpoint_id IN ({', '.join(repr(s) for s in steps)}) {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """counts[upto] / counts[frm]; later=True: steps after the period end count (only the unbounded reading)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def funnel_count(journey, start, end, k, cond="1=1"):
    c = funnel(journey, start, end, cond=cond)
    return _count(c[k])


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, frm=0):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[frm] >= min_n:
                rows.append((g, c[k] / c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def riders_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_agg(tp, col, start, end, cond="1=1", agg="avg", rel=0.02, floor=0.05, nd=2):
    v = one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return _num(v, rel, floor, nd)


def events_sum_money(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=20, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month_share(tp, num, start, end, cond="1=1", lowest=True, margin=1.25):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, avg(({num})::int) r FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def fines_per_ride(start, end, cond_fine="1=1", cond_ride="1=1"):
    a = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_parking_fine' AND {_in('e.ts', start, end)} "
            f"AND ({cond_fine})")
    b = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_ride_end' AND {_in('e.ts', start, end)} "
            f"AND ({cond_ride})")
    return a / b


def top_events_sum(tp, col, by, start, end, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, sum({col}) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_per_ride(tp, by, start, end, cond="1=1", margin=1.3):
    """events at tp per ride (tp_ride_end events), by a column both carry (city / 城市 / zone / scooter_model)."""
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE e.touchpoint_id = '{tp}') * 1.0
                        / count(*) FILTER (WHERE e.touchpoint_id = 'tp_ride_end') r
                 FROM events e WHERE e.touchpoint_id IN ('{tp}', 'tp_ride_end') AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_ride(tp, start, end, cond="1=1"):
    return _rate(one(f"""SELECT count(*) FILTER (WHERE e.touchpoint_id = '{tp}') * 1.0
                                / count(*) FILTER (WHERE e.touchpoint_id = 'tp_ride_end')
                         FROM events e WHERE e.touchpoint_id IN ('{tp}', 'tp_ride_end')
                         AND {_in('e.ts', start, end)} AND ({cond})"""))


# ---------- orders / customers ----------

def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_status_share(st, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg((o.status = '{st}')::int) FROM orders o WHERE {_in('o.ts', start, end)} "
                     f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def top_orders(by, start, end, cond="1=1", margin=1.08, join=""):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o {join} WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return _count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=True, col="f.rating"):
    rows = q(f"SELECT {by}, avg({col}) a, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25, H1_25, H2_25, H1_26 = ("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), \
    ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = (quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4),
                                            quarter(2026, 1), quarter(2026, 2))
CHANNELS = ["app_store", "scooter_qr", "referral", "social_ads", "campus_partner", "hotel_partner"]
CITIES = ["Shenzhen", "Chengdu", "Hangzhou", "Berlin", "Madrid", "Milan", "Lisbon"]
CITY_ZH = ["深圳", "成都", "杭州", "柏林", "马德里", "米兰", "里斯本"]
MARK = {
    "promo_good": ("首骑免费", "free first ride"),
    "selfie_fail": ("人脸识别一直失败", "selfie check kept failing"),
    "verify_slow": ("审核太慢", "verification took forever"),
    "topup_fail": ("充值失败", "top-up failed"),
    "min_topup": ("最低充值金额太高", "minimum top-up is too high"),
    "unlock_fail": ("扫码解锁不了", "wouldn't unlock"),
    "low_battery": ("骑到一半没电", "battery died mid-ride"),
    "smooth_ride": ("骑起来很顺", "smooth ride"),
    "price_high": ("按分钟计费太贵", "per-minute price is too high"),
    "photo_reject": ("停车照片被拒", "parking photo got rejected"),
    "unfair_fine": ("罚款不合理", "unfair parking fine"),
    "appeal_slow": ("申诉半天没结果", "appeal dragged on"),
    "brake": ("刹车不灵", "brakes were weak"),
    "repair_slow": ("报修了没人管", "damage report went nowhere"),
    "pass_value": ("月卡很划算", "pass is great value"),
    "pass_hike": ("月卡涨价", "pass price hike"),
    "auto_renew": ("自动续费没提醒", "auto-renewed without warning"),
    "support_good": ("客服响应很快", "support replied fast"),
    "support_slow": ("客服回复太慢", "support took ages to reply"),
}
T = {k: _like("f.text", v) for k, v in MARK.items()}
RIDE = "e.action = 'ended'"
PASSED = "e.action = 'passed'"
ANDROID_APP = "e.device = 'android' AND e.channel = 'app'"


def gold():
    topup, pas, fine_o = "o.order_type = 'topup'", "o.order_type = 'pass'", "o.order_type = 'fine'"
    eu, cn = "c.market = 'EU'", "c.market = 'CN'"
    jan_may_25, jan_may_26 = ("2025-01-01", "2025-05-31"), ("2026-01-01", "2026-05-31")
    return {
        # ---- new rider to first ride (first_ride journey)
        "es01": lambda: conv("first_ride", *Y25),
        "es02": lambda: rank_conv("first_ride", *Y25, "c.acquisition_channel", CHANNELS, lowest=True),
        "es03": lambda: conv("first_ride", *Y25, cond="c.acquisition_channel = 'scooter_qr'"),
        "es04": lambda: top_lost("first_ride", *month(2026, 3)),
        "es05": lambda: conv("first_ride", *month(2026, 3), upto=2, frm=1, later=True),
        "es06": lambda: conv("first_ride", *month(2026, 2), upto=2, frm=1, later=True),
        # ---- ID & licence check
        "es07": lambda: events_share("tp_id_check", PASSED, *month(2026, 3)),
        "es08": lambda: events_share("tp_id_check", PASSED, *month(2026, 2)),
        "es09": lambda: top_events_share("tp_id_check", PASSED, "e.device", *month(2026, 3), lowest=True),
        "es10": lambda: top_month_share("tp_id_check", PASSED, *ALL),
        "es11": lambda: top_events_count("tp_id_check", "e.失败原因", *month(2026, 3), cond="e.action = 'failed'",
                                         margin=2),
        "es12": lambda: conv("first_ride", *Y25, cond="c.acquisition_channel = 'campus_partner'", upto=1),
        "es13": lambda: funnel_count("first_ride", *Q4_25, 4, cond="c.acquisition_channel = 'social_ads'"),
        # ---- rides
        "es14": lambda: events_at("tp_ride_end", *month(2025, 7), cond="e.city = 'Berlin'"),
        "es15": lambda: events_at("tp_ride_end", *month(2025, 7), cond="e.city = 'Madrid'"),
        "es16": lambda: top_events_count("tp_ride_end", "e.城市", *Y25, margin=1.05),
        "es17": lambda: events_agg("tp_ride_end", "e.ride_minutes", *Q2_26),
        "es18": lambda: events_agg("tp_ride_end", "e.distance_km", *Q3_25, cond="e.city = 'Hangzhou'"),
        "es19": lambda: events_share("tp_ride_start", "e.action = 'unlock_failed'", *Y25),
        "es20": lambda: events_sum_money("tp_ride_end", "e.fare_eur", *Q2_26),
        "es21": lambda: events_sum_money("tp_ride_end", "e.fare_eur", *H2_25, cond="e.city = 'Lisbon'"),
        # ---- parking photo and fines
        "es23": lambda: events_share("tp_parking_photo", "e.action = 'rejected'", *Y25, cond="e.time_of_day = 'night'"),
        "es24": lambda: top_events_share("tp_parking_photo", "e.action = 'rejected'", "e.time_of_day", *Y25),
        "es25": lambda: top_per_ride("tp_parking_fine", "e.城市", *Y25),
        "es26": lambda: per_ride("tp_parking_fine", *Y25, cond="e.city = 'Chengdu' AND e.zone = '锦江区'"),
        "es27": lambda: orders(*Y25, cond=fine_o),
        "es28": lambda: top_events_count("tp_parking_fine", "e.罚款原因", *Y25),
        "es29": lambda: events_share("tp_fine_appeal", "e.appeal_result = 'upheld'", *Y25, cond="e.city = 'Chengdu'"),
        "es30": lambda: events_share("tp_fine_appeal", "e.appeal_result = 'upheld'", *Y25, cond="e.city = 'Berlin'"),
        "es31": lambda: conv("fine_appeal", *Y25),
        "es32": lambda: orders_count(*H1_26, cond=fine_o, status="refunded"),
        "es33": lambda: events_agg("tp_fine_appeal", "e.handled_days", *Y25),
        # ---- damage
        "es34": lambda: top_per_ride("tp_damage_report", "e.scooter_model", *Y25),
        "es35": lambda: top_events_count("tp_damage_report", "e.损坏类型", *Y25, cond="e.scooter_model = 'LX-2'",
                                         margin=1.5),
        "es36": lambda: events_agg("tp_damage_report", "e.resolved_hours", *H1_26, rel=0.03, floor=0.5),
        # ---- top-ups and money
        "es37": lambda: orders(*Y25, cond=topup),
        "es38": lambda: orders(*Y25, cond=f"{topup} AND o.city = 'Shenzhen'", col="o.amount_local"),
        "es39": lambda: orders_avg(*Q2_26, cond=f"{topup} AND o.market = 'EU'"),
        "es40": lambda: events_share("tp_topup", "e.action = 'failed'", *Y25, cond="e.is_first_topup"),
        "es41": lambda: top_events_share("tp_topup", "e.action = 'failed'", "e.payment_method", *Y25),
        "es42": lambda: orders(*H1_26),
        "es43": lambda: orders_change(H1_25, H1_26),
        "es44": lambda: orders(*Y25, cond=pas),
        # ---- passes
        "es45": lambda: conv("pass_renewal", *jan_may_25, cond=eu, later=True),
        "es46": lambda: conv("pass_renewal", *jan_may_26, cond=eu, later=True),
        "es47": lambda: conv("pass_renewal", *jan_may_26, cond=cn, later=True),
        "es48": lambda: dict(events_at("tp_pass_purchase", *Q1_26), tolerance=3.5),  # 3 of them refunded later
        "es49": lambda: customers_count("c.segment = 'pass_holder'"),
        "es50": lambda: top_events_count("tp_pass_purchase", "e.月卡类型", *Y25),
        # ---- support
        "es51": lambda: events_agg("tp_support_chat", "e.first_response_min", *Y25, cond="e.market = 'EU'"),
        "es52": lambda: top_events_count("tp_support_chat", "e.咨询类型", *Y25),
        # ---- feedback
        "es55": lambda: fb_topic_count(T["unfair_fine"]),
        "es56": lambda: top_fb_count("f.touchpoint_id", T["unfair_fine"], margin=3),
        "es57": lambda: fb_topic_count(T["selfie_fail"], _in("f.ts", *month(2026, 3))),
        "es58": lambda: fb_topic_count(T["selfie_fail"], _in("f.ts", *month(2026, 4))),
        "es59": lambda: nps_share(_in("f.ts", *Y25)),
        "es60": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "es61": lambda: top_fb_count("f.city", T["unfair_fine"], margin=2),
        "es62": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *H2_25)}", margin=1.2),
        "es63": lambda: feedback_ids(T["photo_reject"]),
        "es64": lambda: fb_topic_count(T["pass_hike"]),
        "es65": lambda: fb_topic_count(T["price_high"]),
        "es66": lambda: fb_avg(f"f.channel = 'support_csat' AND {_in('f.ts', *Y25)}", tol=0.05),
        "es67": lambda: fb_ratio("f.rating <= 2", f"f.rating IS NOT NULL AND {_in('f.ts', *Q1_26)}"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
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
