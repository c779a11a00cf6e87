"""Gold answers for the CloudSheet (saas) held-out batches, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Every check below is one small readable query (funnels follow DATA.md's journey-step rule:
a customer reaches step k when they have an event at step k's touchpoint after reaching step
k-1, within window_days of their first step-1 event in the period). Without --write it prints
the computed expectations (with the margin of every top_entity over the runner-up).
Periods are half-open [start, end). Items whose expect is only a status are left as written.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

RATE_TOL = 0.02
COUNT_TOL = 0.5
MONEY_TOL = 1.0

Q = {  # period name -> (start, end)
    "2024": ("2024-01-01", "2025-01-01"),
    "2024Q3": ("2024-07-01", "2024-10-01"),
    "2024Q4": ("2024-10-01", "2025-01-01"),
    "2025Q1": ("2025-01-01", "2025-04-01"),
    "2025Q2": ("2025-04-01", "2025-07-01"),
    "2025H1": ("2025-01-01", "2025-07-01"),
    "2025-02": ("2025-02-01", "2025-03-01"),
    "2025-03": ("2025-03-01", "2025-04-01"),
    "2025-04": ("2025-04-01", "2025-05-01"),
    "2025-05": ("2025-05-01", "2025-06-01"),
    "2025-06": ("2025-06-01", "2025-07-01"),
    "2025-W26": ("2025-06-23", "2025-06-30"),  # last calendar week (Mon..Sun) before as_of 2025-06-30
    "2025": ("2025-01-01", "2026-01-01"),
    "all": ("2000-01-01", "2100-01-01"),
    "2024H2": ("2024-07-01", "2025-01-01"),
    "2025-06-01..15": ("2025-06-01", "2025-06-16"),      # "so far this month", as_of 2025-06-15
    "2025-06-16..22": ("2025-06-16", "2025-06-23"),
    "last7": ("2025-06-24", "2025-07-01"),               # the 7 days ending on as_of 2025-06-30
    "2025-04-15..05-14": ("2025-04-15", "2025-05-15"),
}


class Gold:
    def __init__(self, data: Path):
        self.c = duckdb.connect()
        for t in ("events", "customers", "orders", "feedback", "touchpoints", "journeys", "experiments"):
            f = data / f"{t}.csv"
            if f.exists():
                self.c.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{f}', header=true)")

    def one(self, sql: str, *params):
        return self.c.execute(sql, list(params)).fetchone()[0]

    def rows(self, sql: str, *params):
        return self.c.execute(sql, list(params)).fetchall()

    # -- journeys -----------------------------------------------------------------------------
    def funnel(self, journey: str, period: str, cust_where: str = "TRUE", ev_where: str = "TRUE") -> list[tuple[str, int]]:
        """[(touchpoint_id, customers reaching the step)] for customers whose first step-1 event is in the period."""
        start, end = Q[period]
        steps = self.rows("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
        window = steps[0][1]
        self.c.execute(f"""
            CREATE OR REPLACE TEMP TABLE reach AS
            SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS tprev
            FROM events e JOIN customers c USING (customer_id)
            WHERE e.touchpoint_id = ? AND e.ts >= ? AND e.ts < ? AND ({cust_where}) AND ({ev_where})
            GROUP BY e.customer_id""", [steps[0][0], start, end])
        out = [(steps[0][0], self.one("SELECT count(*) FROM reach"))]
        for tp, _ in steps[1:]:
            self.c.execute(f"""
                CREATE OR REPLACE TEMP TABLE reach AS
                SELECT r.customer_id, r.t1, min(e.ts) AS tprev
                FROM reach r JOIN events e ON e.customer_id = r.customer_id AND e.touchpoint_id = ?
                     AND e.ts > r.tprev AND e.ts <= r.t1 + INTERVAL {int(window)} DAY AND ({ev_where})
                GROUP BY r.customer_id, r.t1""", [tp])
            out.append((tp, self.one("SELECT count(*) FROM reach")))
        return out

    def most_lost(self, journey, period, by="count", **kw):
        f = self.funnel(journey, period, **kw)
        lost = [(f[i][0], f[i][1] - f[i + 1][1], (f[i][1] - f[i + 1][1]) / f[i][1]) for i in range(len(f) - 1)]
        key = 1 if by == "count" else 2
        ranked = sorted(lost, key=lambda r: -r[key])
        return ranked[0][0], ranked[0][key], ranked[1][key]

    def step_rate(self, journey, period, from_tp, to_tp, **kw):
        f = dict(self.funnel(journey, period, **kw))
        return f[to_tp] / f[from_tp]

    def journey_rate(self, journey, period, **kw):
        f = self.funnel(journey, period, **kw)
        return f[-1][1] / f[0][1]

    def reached(self, journey, period, tp, **kw):
        return dict(self.funnel(journey, period, **kw))[tp]

    # -- generic --------------------------------------------------------------------------------
    def events_count(self, tp, period, where="TRUE", distinct=False):
        start, end = Q[period]
        what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
        return self.one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = ? AND e.ts >= ? AND e.ts < ? AND ({where})""", tp, start, end)

    def top(self, sql, *params):
        r = self.rows(sql, *params)
        return r[0][0], r[0][1], (r[1][1] if len(r) > 1 else None)

    def paid(self, period, agg="sum(amount)", where="TRUE"):
        start, end = Q[period]
        return self.one(f"SELECT {agg} FROM orders WHERE status = 'paid' AND ts >= ? AND ts < ? AND ({where})", start, end)

    def fb_ids(self, tp, period="all", where="TRUE"):
        start, end = Q[period]
        ts_cond = "TRUE" if period == "all" else "ts >= ? AND ts < ?"
        params = [tp] + ([] if period == "all" else [start, end])
        return [r[0] for r in self.rows(f"SELECT feedback_id FROM feedback WHERE touchpoint_id = ? AND {ts_cond} AND ({where}) ORDER BY 1", *params)]

    def fb_count(self, tp, period):
        start, end = Q[period]
        return self.one("SELECT count(*) FROM feedback WHERE touchpoint_id = ? AND ts >= ? AND ts < ?", tp, start, end)


def value(v, tol):
    return {"status": "ok", "value": round(float(v), 4), "tolerance": tol}


def top(entity, margin_info=None):
    return {"status": "ok", "top_entity": entity}


def checks(g: Gold) -> dict:
    """id -> (expect dict, note for the margin report)."""
    J, S = "j_trial", "j_sales"
    c = {}

    def t(qid, res):  # top_entity with its margin
        ent, first, second = res
        c[qid] = (top(ent), f"top={ent} first={first} second={second}")

    def v(qid, val, tol):
        c[qid] = (value(val, tol), f"value={val}")

    # batch 1 ------------------------------------------------------------------------------------
    t("s1-01", g.most_lost(J, "2025H1"))
    t("s1-02", g.most_lost(S, "2024"))
    t("s1-03", g.most_lost("j_support", "2024Q4"))
    t("s1-04", g.most_lost(J, "2025Q1"))
    t("s1-05", g.most_lost(J, "2025-05", by="rate"))
    v("s1-06", g.journey_rate(J, "2025-03"), RATE_TOL)
    v("s1-07", g.step_rate(J, "2025-03", "tp_onboarding", "tp_workspace"), RATE_TOL)
    mm = "c.segment = 'mid_market'"
    v("s1-08", g.step_rate(J, "2025-03", "tp_onboarding", "tp_workspace", cust_where=mm), RATE_TOL)
    v("s1-09", g.step_rate(J, "2025-02", "tp_onboarding", "tp_workspace", cust_where=mm), RATE_TOL)
    v("s1-10", g.step_rate(J, "2025-03", "tp_onboarding", "tp_workspace", cust_where=mm), RATE_TOL)
    v("s1-11", g.step_rate(J, "2025-03", "tp_onboarding", "tp_workspace", cust_where="c.segment = 'enterprise'"), RATE_TOL)
    v("s1-12", g.events_count("tp_trial_signup", "2025-03", distinct=True), COUNT_TOL)
    v("s1-13", g.events_count("tp_trial_signup", "2024Q3", distinct=True), COUNT_TOL)
    v("s1-14", g.events_count("tp_support_ticket", "2025-05"), COUNT_TOL)
    v("s1-15", g.events_count("tp_support_ticket", "2025-06"), COUNT_TOL)
    v("s1-16", g.events_count("tp_support_ticket", "2025-06", where="e.device = 'android'"), COUNT_TOL)
    v("s1-17", g.events_count("tp_support_ticket", "2025-05"), COUNT_TOL)
    v("s1-18", g.paid("2025Q1"), MONEY_TOL)
    v("s1-19", g.paid("2025Q2"), MONEY_TOL)
    v("s1-20", g.one("SELECT count(*) FROM orders WHERE status = 'refunded' AND ts >= '2024-01-01' AND ts < '2025-01-01'"), COUNT_TOL)
    v("s1-21", g.paid("2024"), MONEY_TOL)
    signups_by = """SELECT c.{col}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = 'tp_trial_signup' AND e.ts >= ? AND e.ts < ? GROUP BY 1 ORDER BY 2 DESC"""
    t("s1-22", g.top(signups_by.format(col="acquisition_channel"), *Q["2024"]))
    t("s1-23", g.top(signups_by.format(col="acquisition_channel"), *Q["2025H1"]))
    t("s1-24", g.top(signups_by.format(col="region"), *Q["2025H1"]))
    t("s1-25", g.top("SELECT industry, count(*) FROM customers WHERE tier IN ('pro', 'business') GROUP BY 1 ORDER BY 2 DESC"))
    t("s1-26", g.top("""SELECT c.company_size, count(*) FROM orders o JOIN customers c USING (customer_id)
                        WHERE o.status = 'paid' AND o.ts >= ? AND o.ts < ? GROUP BY 1 ORDER BY 2 DESC""", *Q["2025Q2"]))
    t("s1-27", g.top("""SELECT device, count(*) FROM events WHERE touchpoint_id = 'tp_onboarding'
                        AND ts >= ? AND ts < ? GROUP BY 1 ORDER BY 2 DESC""", *Q["2025"]))
    t("s1-28", g.top("""SELECT billing_cycle, sum(amount) FROM orders WHERE status = 'paid'
                        AND ts >= ? AND ts < ? GROUP BY 1 ORDER BY 2 DESC""", *Q["2025H1"]))
    t("s1-29", g.top("SELECT tier, count(*) FROM customers GROUP BY 1 ORDER BY 2 DESC"))
    v("s1-30", g.step_rate(J, "2025-03", "tp_onboarding", "tp_workspace", ev_where="e.device = 'android'"), RATE_TOL)
    v("s1-31", g.step_rate(J, "2025-03", "tp_onboarding", "tp_workspace", cust_where=mm), RATE_TOL)
    v("s1-32", g.paid("2025Q2", agg="count(*)"), COUNT_TOL)
    v("s1-33", g.events_count("tp_trial_signup", "2024", where="month(e.ts) = 12", distinct=True), COUNT_TOL)
    v("s1-34", g.paid("2025-03"), MONEY_TOL)
    # why: the collapse is concentrated in segment mid_market (the driver a good answer names first)
    drop = g.rows("""SELECT c.segment, count(*) FROM customers c WHERE c.signup_at >= '2025-03-01' AND c.signup_at < '2025-04-01'
                     GROUP BY 1 ORDER BY 1""")
    rates = {seg: (g.step_rate(J, "2025-02", "tp_onboarding", "tp_workspace", cust_where=f"c.segment = '{seg}'"),
                   g.step_rate(J, "2025-03", "tp_onboarding", "tp_workspace", cust_where=f"c.segment = '{seg}'"))
             for seg, _ in drop}
    worst = min(rates, key=lambda s: rates[s][1] - rates[s][0])
    c["s1-35"] = (top(worst), f"rate change by segment Feb->Mar {rates}")
    c["s1-36"] = (top(worst), f"rate change by segment Feb->Mar {rates}")
    c["s1-37"] = ({"status": "ok", "citations_from": g.fb_ids("tp_sso_setup")}, "sso ids")
    c["s1-38"] = ({"status": "ok", "citations_from": g.fb_ids("tp_integration", "2025-05")}, "integration may ids")
    v("s1-39", g.fb_count("tp_integration", "2025-05"), COUNT_TOL)
    v("s1-40", g.fb_count("tp_integration", "2025-04"), COUNT_TOL)
    c["s1-41"] = ({"status": "ok", "citations_from": g.fb_ids("tp_pricing")}, "pricing ids")
    c["s1-42"] = ({"status": "ok", "citations_from": g.fb_ids("tp_onboarding")}, "onboarding ids")
    c["s1-43"] = ({"status": "ok", "citations_from": g.fb_ids("tp_support_ticket")}, "ticket ids")
    v("s1-44", g.one("SELECT avg(nps) FROM feedback WHERE nps IS NOT NULL AND ts >= ? AND ts < ?", *Q["2025H1"]), 0.05)
    v("s1-45", g.one("SELECT avg(rating) FROM feedback WHERE touchpoint_id = 'tp_help_center' AND rating IS NOT NULL"), 0.05)
    t("s1-46", g.top("""SELECT touchpoint_id, count(*) FROM feedback WHERE ts >= ? AND ts < ?
                        GROUP BY 1 ORDER BY 2 DESC""", *Q["2025-05"]))
    exp_rate = """SELECT x.variant, avg((w.customer_id IS NOT NULL)::INT) FROM experiments x
                  JOIN (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_onboarding') o USING (customer_id)
                  LEFT JOIN (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_workspace') w USING (customer_id)
                  WHERE x.experiment_id = 'exp_onboarding_v2' GROUP BY 1 ORDER BY 2 DESC"""
    t("s1-47", g.top(exp_rate))
    v("s1-48", g.one("SELECT count(*) FROM experiments WHERE experiment_id = 'exp_onboarding_v2' AND variant = 'control'"), COUNT_TOL)
    t("s1-53", g.most_lost(J, "2025H1"))
    t("s1-54", g.most_lost(J, "2025H1", cust_where="c.segment = 'smb'"))
    t("s1-55", g.top("""SELECT strftime(ts, '%Y-%m'), count(*) FROM events WHERE touchpoint_id = 'tp_checkout'
                        AND ts >= ? AND ts < ? GROUP BY 1 ORDER BY 2 DESC""", *Q["2024"]))
    t("s1-56", g.top("""SELECT strftime(ts, '%Y-%m'), sum(amount) FROM orders WHERE status = 'paid' AND channel = 'sales'
                        AND ts >= ? AND ts < ? GROUP BY 1 ORDER BY 2 DESC""", *Q["2024"]))
    v("s1-57", g.journey_rate(S, "2024"), RATE_TOL)
    v("s1-58", g.step_rate(S, "2024", "tp_demo_booking", "tp_sales_demo"), RATE_TOL)
    v("s1-59", g.step_rate("j_support", "2024", "tp_support_ticket", "tp_ticket_resolved"), RATE_TOL)
    v("s1-60", g.reached("j_renewal", "2025H1", "tp_renewal_payment"), COUNT_TOL)
    v("s1-61", g.events_count("tp_integration", "2025-05", where="e.action = 'fail'"), COUNT_TOL)
    v("s1-62", g.events_count("tp_integration", "2025-05", where="e.action = 'fail'"), COUNT_TOL)
    v("s1-63", g.events_count("tp_trial_signup", "2025-W26", distinct=True), COUNT_TOL)
    v("s1-64", g.events_count("tp_trial_signup", "2025Q2", where="c.acquisition_channel = 'partner'", distinct=True), COUNT_TOL)
    v("s1-65", g.events_count("tp_support_ticket", "2025H1", where="c.region = 'east_china'"), COUNT_TOL)
    seg_rates = sorted(((g.step_rate(J, "2024", "tp_onboarding", "tp_workspace", cust_where=f"c.segment = '{s}'"), s)
                        for s in ("smb", "mid_market", "enterprise")), reverse=True)
    c["s1-66"] = (top(seg_rates[-1][1]), f"segment rates 2024 {seg_rates}")
    c["s1-67"] = ({"status": "ok", "citations_from": g.fb_ids("tp_integration", "2025-05")}, "integration may ids")
    v("s1-68", g.events_count("tp_sso_setup", "2024", where="e.action = 'fail'"), COUNT_TOL)
    v("s1-69", g.events_count("tp_demo_booking", "2025Q1", distinct=True), COUNT_TOL)
    v("s1-70", g.paid("2025Q2", agg="avg(amount)"), MONEY_TOL)
    seg_mar = sorted(((g.step_rate(J, "2025-03", "tp_onboarding", "tp_workspace", cust_where=f"c.segment = '{s}'"), s)
                      for s in ("smb", "mid_market", "enterprise")))
    c["s1-85"] = (top(seg_mar[0][1]), f"segment rates 2025-03 {seg_mar}")
    v("s1-86", g.one("""SELECT avg(rating) FROM feedback WHERE touchpoint_id = 'tp_integration' AND rating IS NOT NULL
                        AND ts >= ? AND ts < ?""", *Q["2025-05"]), 0.05)

    # batch 2 ------------------------------------------------------------------------------------
    v("s2-01", g.step_rate("j_renewal", "2025H1", "tp_renewal_email", "tp_billing_page"), 0.03)
    t("s2-02", g.most_lost("j_support", "2025H1"))
    t("s2-03", g.top(signups_by.format(col="region"), *Q["2024Q4"]))
    v("s2-04", g.events_count("tp_demo_booking", "2025Q1", distinct=True), COUNT_TOL)
    v("s2-05", g.events_count("tp_trial_signup", "2025H1", distinct=True), COUNT_TOL)
    v("s2-06", g.events_count("tp_trial_signup", "2025-06-01..15", distinct=True), COUNT_TOL)
    c["s2-07"] = (top(worst), f"rate change by segment Feb->Mar {rates}")
    c["s2-08"] = (top(worst), f"rate change by segment Feb->Mar {rates}")
    c["s2-09"] = ({"status": "ok", "citations_from": g.fb_ids("tp_integration", "2025-05")}, "integration may ids")
    c["s2-10"] = ({"status": "ok", "citations_from": g.fb_ids("tp_sso_setup")}, "sso ids")
    c["s2-11"] = ({"status": "ok", "citations_from": g.fb_ids("tp_invite")}, "invite ids")
    c["s2-12"] = ({"status": "ok", "citations_from": g.fb_ids("tp_sales_demo")}, "demo ids")
    c["s2-13"] = ({"status": "ok", "citations_from": g.fb_ids("tp_workspace", "2025-03")}, "workspace march ids")
    v("s2-14", g.fb_count("tp_nps_survey", "2025Q2"), COUNT_TOL)
    v("s2-15", g.one("SELECT count(*) FROM orders WHERE status = 'refunded' AND ts >= ? AND ts < ?", *Q["2025Q2"]), COUNT_TOL)
    v("s2-16", g.one("SELECT avg((status = 'refunded')::INT) FROM orders WHERE ts >= ? AND ts < ?", *Q["2024"]), 0.005)
    v("s2-17", g.paid("2024H2"), MONEY_TOL)
    v("s2-18", g.paid("2025H1"), MONEY_TOL)
    v("s2-19", g.paid("2025H1", agg="count(*)", where="billing_cycle = 'monthly'"), COUNT_TOL)
    t("s2-20", g.top("""SELECT plan, sum(amount) FROM orders WHERE status = 'paid' AND ts >= ? AND ts < ?
                        GROUP BY 1 ORDER BY 2 DESC""", *Q["2024"]))
    t("s2-21", g.top(signups_by.format(col="industry"), *Q["2025H1"]))
    t("s2-22", g.top(signups_by.format(col="company_size"), *Q["2025H1"]))
    v("s2-23", g.events_count("tp_trial_signup", "2025Q1", where="e.device = 'ios'", distinct=True), COUNT_TOL)
    v("s2-24", g.events_count("tp_help_center", "2025Q2", where="e.device = 'desktop_app'"), COUNT_TOL)
    v("s2-25", g.journey_rate(J, "2025-03", cust_where=mm), RATE_TOL)
    v("s2-26", g.step_rate(S, "2024", "tp_demo_booking", "tp_sales_demo", cust_where="c.acquisition_channel = 'outbound'"), 0.03)
    v("s2-27", g.journey_rate(S, "2024", cust_where="c.acquisition_channel = 'partner'"), RATE_TOL)
    v("s2-28", g.step_rate(J, "2024", "tp_trial_signup", "tp_email_verify", ev_where="e.device = 'android'"), RATE_TOL)
    v("s2-29", g.events_count("tp_integration", "2025-04-15..05-14", where="e.action = 'fail'"), COUNT_TOL)
    v("s2-30", g.events_count("tp_trial_signup", "2025-06-16..22", distinct=True), COUNT_TOL)
    v("s2-31", g.events_count("tp_support_ticket", "last7", distinct=True), COUNT_TOL)
    by_seg_orders = "SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid' AND o.ts >= ? AND o.ts < ? AND c.segment = ?"
    v("s2-36", g.one(by_seg_orders, *Q["2025Q1"], "enterprise"), COUNT_TOL)
    v("s2-37", g.one(by_seg_orders, *Q["2025Q1"], "mid_market"), COUNT_TOL)
    v("s2-38", g.one(by_seg_orders, *Q["2025Q2"], "mid_market"), COUNT_TOL)
    t("s2-39", g.most_lost(S, "2025Q1"))
    t("s2-40", g.most_lost(S, "2025Q1", cust_where="c.segment = 'enterprise'"))
    v("s2-41", g.paid("2025Q1"), MONEY_TOL)
    v("s2-42", g.paid("2025Q1"), MONEY_TOL)  # the table holds last quarter and the one before; Q1 must be in it
    v("s2-43", g.events_count("tp_trial_signup", "2025-06", distinct=True), COUNT_TOL)
    v("s2-44", g.events_count("tp_support_ticket", "2025-06"), COUNT_TOL)
    v("s2-45", g.paid("2024Q4", agg="count(*)", where="channel = 'sales'"), COUNT_TOL)
    v("s2-46", g.events_count("tp_sales_demo", "2024Q4"), COUNT_TOL)
    v("s2-47", g.one("SELECT count(*) FROM customers WHERE segment = 'enterprise' AND signup_at >= ? AND signup_at < ?", *Q["2024"]), COUNT_TOL)
    v("s2-48", g.one("""SELECT 100.0 * (avg((nps >= 9)::INT) - avg((nps <= 6)::INT)) FROM feedback
                        WHERE nps IS NOT NULL AND ts >= ? AND ts < ?""", *Q["2025-05"]), 1.0)
    v("s2-49", g.one("SELECT avg(rating) FROM feedback WHERE channel = 'ticket' AND rating IS NOT NULL AND ts >= ? AND ts < ?", *Q["2024"]), 0.05)
    v("s2-50", g.one("SELECT count(*) FROM feedback WHERE touchpoint_id = 'tp_help_center' AND rating < 3 AND ts >= ? AND ts < ?", *Q["2025H1"]), COUNT_TOL)
    t("s2-51", g.top(exp_rate))
    return c


def main() -> int:
    if len(sys.argv) < 3:
        sys.exit("usage: python gold.py DATADIR BATCH.yaml [--write]")
    data, batch, write = Path(sys.argv[1]), Path(sys.argv[2]), "--write" in sys.argv[3:]
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    g = Gold(data)
    cs = checks(g)
    header = [ln for ln in batch.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    for it in items:
        if it["id"] in cs:
            it["expect"], note = cs[it["id"]]
            print(f"{it['id']}: {note}")
        elif set(it["expect"]) != {"status"} or it["expect"]["status"] == "ok" and it["id"] not in cs:
            if it["expect"].get("status") == "ok" and len(it["expect"]) == 1:
                print(f"{it['id']}: status only")
    if write:
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200, default_flow_style=None)
        batch.write_text("\n".join(header) + "\n" + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
