"""Plan steps that look at the data itself: which table a question needs, its coverage, its defaults.

A question about orders on data without orders, or about March 2019 on data that starts in 2021,
gets an honest `unsupported` naming what is there, never an empty table with status ok.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from knowledge.results import Period

from assistant.planner import intent, lexicon_en, lexicon_zh, timeparse
from assistant.planner.types import Catalog, Mention, Work

FEEDBACK_INTENTS = ("feedback_themes", "feedback_search", "feedback_count", "emotion_curve")
EVENT_INTENTS = ("dropoff", "funnel", "exits", "path")
JOURNEY_INTENTS = ("dropoff", "funnel")
NO_DATA_INTENTS = ("explain_metric", "describe_data", "sql")


# the stage of DATA.md in which orders are placed, in both of its spellings
ORDER_STAGES = frozenset({"purchase", "购买"})


def _msg(w: Work) -> dict[str, Any]:
    return (lexicon_zh if w.language == "zh" else lexicon_en).MSG


def measure_table(w: Work) -> str | None:
    """The table whose rows answer the question (None when the question needs no rows)."""
    if w.intent in NO_DATA_INTENTS:
        return None
    if w.intent in FEEDBACK_INTENTS:
        return "feedback"
    if w.intent == "experiment":
        return "experiments"
    if w.intent == "retention":
        return "orders"
    if w.intent in JOURNEY_INTENTS:
        return "events"  # (a funnel is read off the events whatever measure was named: "trial-box buyers")
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is not None and term.table:
        return term.table
    if w.intent in EVENT_INTENTS:
        return "events"
    return None


def table_end(w: Work, table: str | None) -> date | None:
    prof = w.catalog.profile
    if prof is None or table is None:
        return None
    return prof.coverage(table)[1]


def untimed_feedback(w: Work) -> int:
    prof = w.catalog.profile
    t = prof.tables.get("feedback") if prof is not None else None
    return t.untimed if t is not None else 0


def default_anchor(w: Work) -> tuple[date, str | None]:
    """The day a default period ends: as-of, or earlier when the measure's table ends earlier
    (leads that stop in May while deals run to November)."""
    table = measure_table(w)
    end = table_end(w, table)
    prof = w.catalog.profile
    if table == "events" and prof is not None:
        ends = [prof.touchpoint_end[t] for t in _anchor_touchpoints(w) if t in prof.touchpoint_end]
        if ends and (end is None or max(ends) < end):
            end = max(ends)
    if end is not None and end < w.as_of:
        return end, table
    return w.as_of, None


def _anchor_touchpoints(w: Work) -> list[str]:
    """The touchpoints whose data must be inside a default window: a journey's first step for funnel
    measures (no entries, no conversion), else the named touchpoints."""
    from assistant.planner.intent import STEP_METRICS
    if w.metric_id in STEP_METRICS or w.intent in ("funnel", "dropoff"):
        c = w.catalog
        journeys = ([c.journey(w.journey_id)] if w.journey_id else
                    [j for j in c.journeys if all(t in j.steps for t in w.touchpoint_ids)] if w.touchpoint_ids else
                    list(c.journeys))
        firsts = [j.steps[0] for j in journeys if j is not None and j.steps]
        if firsts:
            return firsts
    return list(w.touchpoint_ids)


# data whose last day is this long before the asker's today is an extract, not a live feed: a question
# with no period reads all of it (the last 30 days of a 2018 extract answer nobody's question)
HISTORICAL_DAYS = 60
# asks that need a recent window and a "before" even on an extract
RECENT_ONLY = ("why", "anomaly", "compare_periods", "experiment")


def historical(w: Work) -> bool:
    """Did every table the question could read end long before the asker's today?"""
    prof = w.catalog.profile
    if prof is None or w.today is None:
        return False
    ends = [t.end for t in prof.tables.values() if t.end is not None]
    return bool(ends) and max(ends) < w.today - timedelta(days=HISTORICAL_DAYS)


def default_all_data(w: Work) -> bool:
    """No period named on historical data, or on a measure of the customer list: read all of it (said out
    loud), except where a recent window and a baseline are the point of the question."""
    if w.period is None and w.intent not in RECENT_ONLY and measure_table(w) == "customers":
        return True  # a measure of the customer list (average amount requested, card balance): all of it
    return w.period is None and w.intent not in RECENT_ONLY and historical(w)


# with no orders table, the count of orders and of buyers is read off the purchase touchpoint's events
ORDERS_FROM_EVENTS = {"orders": "events", "buyers": "active_customers"}


def purchase_touchpoint(w: Work) -> str | None:
    """The touchpoint where a purchase happens: a named purchase-stage one, else the last step of a journey
    in the purchase stage, else the only purchase-stage touchpoint."""
    c = w.catalog
    buys = [t.id for t in c.touchpoints if t.stage == "purchase"]
    named = [t for t in w.touchpoint_ids if t in buys]
    if named:
        return named[0]
    lasts = list(dict.fromkeys(j.steps[-1] for j in c.journeys if j.steps and j.steps[-1] in buys))
    if len(lasts) == 1:
        return lasts[0]
    return buys[0] if len(buys) == 1 else None


def _names_other_order_measure(w: Work) -> bool:
    """Does the question use a word of another orders-only measure (refund, return, revenue, 退款 …)?"""
    low = w.text.lower()
    for m in w.catalog.metrics:
        if m.table != "orders" or m.id in ORDERS_FROM_EVENTS:
            continue
        for a in (*m.aliases.get("en", ()), m.names.get("en", "")):
            head = a.lower().split(" ")[0] if a else ""
            if len(head) >= 5 and re.search(r"\b" + re.escape(head[:-1] if head.endswith("e") else head), low):
                return True
        for a in (*m.aliases.get("zh", ()), m.names.get("zh", "")):
            core = a.rstrip("率额数量") if a else ""
            if len(core) >= 2 and core in w.text:
                return True
    return False


COMPLAINT_WORDS = ("complaint", "complaints", "complain", "complained", "投诉", "客诉", "抱怨")
TONE_WORDS = ("negative", "bad", "angry", "unhappy", "负面", "差评", "不满", "生气")


def complaint_log(w: Work) -> None:
    """Feedback that is all complaint tickets (a complaint book): "complaints" are every ticket, whatever tone
    the sentiment model reads in a one-line summary ("Comcast data cap"); said out loud. A tone word
    ("negative complaints") still slices by sentiment."""
    if tuple(w.catalog.dimension_values.get("feedback_channel", ())) != ("ticket",):
        return
    if not intent.any_cue(w.text, COMPLAINT_WORDS) or intent.any_cue(w.text, TONE_WORDS):
        return
    if w.filters.get("sentiment") == ["negative"]:
        del w.filters["sentiment"]
    if "negative" in w.cues or w.intent in ("feedback_count", "feedback_search", "feedback_themes", "breakdown",
                                            "metric_value", "compare_periods", "trend"):
        w.cues.discard("negative")
        w.notes = [n for n in w.notes if not (n[0] == "fuzzy" and n[1].get("id") == "negative")]
        w.notes.append(("complaint_log", {}))


def orders_from_events(w: Work) -> None:
    """No orders table: "purchases", "buyers" count the events (customers) at the purchase touchpoint,
    said out loud; amounts (revenue, order value) stay unanswerable."""
    prof, c = w.catalog.profile, w.catalog
    target = ORDERS_FROM_EVENTS.get(w.metric_id or "")
    if prof is None or target is None or prof.present("orders") or not prof.present("events") or not c.metric(target):
        return
    tp = purchase_touchpoint(w)
    if tp is None:
        return
    for dim in [w.dimension, *w.filters]:
        term = c.dimension(dim) if dim and dim not in ("touchpoint", "stage") else None
        if term is not None and term.slices and "events" not in term.slices:
            return  # a grouping only orders have
    # ("快递丢件一共多少单" where the reason lost is recorded only at the after-sales step: the cases counted are that
    # step's, not the purchases, whose rows never hold it)
    held = [c.steps_recording(d) for d in w.filters if d not in ("touchpoint", "stage", "action")]
    held = [h for h in held if h]
    if held and tp not in set.union(*held):
        common = set.intersection(*held)
        if len(common) == 1 and not w.touchpoint_ids:
            tp = common.pop()
    if _names_other_order_measure(w):
        return  # "orders that were refunded": refunds are recorded on orders, which the data does not have
    w.notes.append(("orders_from_events", {"metric": c.metric(w.metric_id).names.get(w.language) or w.metric_id,  # type: ignore[union-attr]
                                           "touchpoint": next((t.name_zh if w.language == "zh" else t.name_en) or t.name
                                                              for t in c.touchpoints if t.id == tp)}))
    w.metric_id = target
    w.touchpoint_ids = [tp] + [t for t in w.touchpoint_ids if t != tp]
    if w.filters.get("stage") == ["purchase"]:
        del w.filters["stage"]


# a count at the purchase touchpoint restated on the orders table
EVENTS_AS_ORDERS = {None: "orders", "events": "orders", "users_reached": "orders", "active_customers": "buyers"}
# a count said with its unit or per person or day: an average of how many, not of how much
COUNT_UNIT = re.compile(r"(?:多少|几)\s*(?:单|笔|次|个|件|人|位|张|份|天|回)|\bhow many\b|\bnumber of\b|\bcount\b")
PER_PERSON_OR_DAY = ("per customer", "per user", "per day", "per month", "每个客户", "每位客户", "每个用户", "人均", "日均", "月均")


def average_amount_asked(text: str) -> bool:
    """"小程序里的单次捐款平均多少", "how much is the average one-off donation": orders averaged with no count
    unit are averaged by their amounts."""
    return intent.any_cue(text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) and \
        not intent.any_cue(text, PER_PERSON_OR_DAY) and not COUNT_UNIT.search(text)
ROW_TABLES = ("orders", "customers")  # tables without a touchpoint column
# the purchase step said with nothing but the rows' own noun ("orders placed", "下单"; not "在线下单", a kind of order)
ORDERS_NOUN = re.compile(r"(?i)^(?:orders?(?: placed)?|placed orders?|订单|下单|下的单|下过单)$")


FAILURE = re.compile(r"(?i)\bfail|\berror|\bdeclin|\breject|失败|报错|拒绝|被拒")


def _names_failure(c: Any, tp_id: str) -> bool:
    tp = c.touchpoint(tp_id)
    return bool(tp and any(FAILURE.search(n or "") for n in (tp.id, tp.name, tp.name_zh, tp.name_en)))


ORDERS_AS_EVENTS = {"orders": "events", "buyers": "active_customers"}


def orders_at_a_step(w: Work) -> None:
    """"2025年完成了多少单行程" with 完单 a step that is no purchase: orders cannot be taken at a step, so the
    count is of what happened there (events; people for buyers), said; never the orders without the step."""
    target = ORDERS_AS_EVENTS.get(w.metric_id or "")
    if target is None or not w.touchpoint_ids or w.intent in JOURNEY_INTENTS or not w.catalog.metric(target):
        return
    if intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE + lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS):
        return  # "average delivery time", "支付失败率": a count of events answers neither
    if any(d not in ("touchpoint", "stage") and (t := w.catalog.dimension(d)) is not None and t.slices
           and "events" not in t.slices for d in [w.dimension, *w.filters] if d):
        return  # a slice only orders have: the orders are meant
    w.notes.append(("orders_at_step", {"touchpoint": "、".join(
        (t.name_zh if w.language == "zh" else t.name_en) or t.name for t in w.catalog.touchpoints
        if t.id in w.touchpoint_ids)}))
    w.metric_id = target


MONEY_STEP = re.compile(r"pay|paid|bill|invoice|charge|checkout|缴费|账单|付款|支付|扣款|结算|发票")
# a step where money goes back ("Cancellation refund", "Dispute refunded", 退款到账): the refunded orders' money
REFUND_STEP = re.compile(r"refund|reimburs|退款|退费|退钱|返还|退还")


# "how many tickets did we sell", "门票销量", "卖出多少张": what was sold is the paid orders
SOLD = re.compile(r"\b(?:sold|sell|sells|selling|sales volume|number sold)\b|卖了|卖出|售出|销量|销售量|卖掉")


def _paid_at_pay_step(w: Work) -> bool:
    """"How many paid visits did we have", "结过账的单子" counted on events: the events record no order status; "paid"
    is the visit that reached the payment step (a step named with a payment word, no failure), used when one such
    step is named or the data has exactly one. Said in the assumptions."""
    c = w.catalog
    pay = [t.id for t in c.touchpoints if MONEY_STEP.search(" ".join(x for x in (t.name, t.name_zh, t.name_en, t.id)
                                                                      if x).lower())
           and not _names_failure(c, t.id) and not REFUND_STEP.search((t.name_en or t.name or "").lower())]
    named = [t for t in w.touchpoint_ids if t in pay]
    if not named and (len(pay) != 1 or w.touchpoint_ids):
        return False
    del w.filters["order_status"]
    w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.dim == "order_status")]
    if not named:
        w.touchpoint_ids = [pay[0]]
    tp = next(t for t in c.touchpoints if t.id == (named or pay)[0])
    w.notes.append(("paid_at_step", {"step": (tp.name_zh if w.language == "zh" else tp.name_en) or tp.name}))
    return True


def sold_means_paid(w: Work) -> None:
    """"How many tickets did we sell in 2025", "2025年门票销量": the orders sold, i.e. paid (an order cancelled or
    never paid was not sold). A step whose word also names a kind of the orders ("tickets": the ticket step and
    order type "ticket") is counted as those orders. Said in the assumptions; a status named keeps its meaning."""
    c = w.catalog
    if not SOLD.search(w.text) or "paid" not in (c.dimension_values.get("order_status") or ()) or w.ratio is not None or \
            w.intent not in ("metric_value", "breakdown", "trend", "compare_periods", "compare_groups"):
        return
    if w.metric_id == "events" and len(w.touchpoint_ids) == 1 and c.metric("orders") is not None:
        spans = {(m.start, m.end) for m in w.mentions if m.kind == "touchpoint" and m.id == w.touchpoint_ids[0]}
        kinds = [m for m in w.mentions if m.kind == "value" and (m.start, m.end) in spans
                 and (d := c.dimension(m.dim or "")) is not None and d.extra and "orders" in d.slices]
        if kinds:
            w.metric_id = "orders"
            # (the same word as another column's value, channel "ticket", is that kind of orders, not a second slice)
            for m in w.mentions:
                if m.kind == "value" and (m.start, m.end) in spans and m.dim != kinds[0].dim and \
                        w.filters.get(m.dim or "") == [m.id]:
                    del w.filters[m.dim]
    if w.metric_id == "events" and not w.touchpoint_ids and c.metric("orders") is not None and any(
            (d := c.dimension(dim)) is not None and d.extra and "orders" in d.slices and
            any(m.kind == "value" and m.dim == dim for m in w.mentions) for dim in w.filters):
        # ("how many kits did we sell" where the events carry the order type too: the orders of that kind sold)
        w.metric_id = "orders"
    if w.metric_id == "feedback_volume" and c.metric("orders") is not None:
        # ("how many tickets did we sell": tickets sold are a kind of the orders, no support tickets counted)
        words = {re.sub(r"s$", "", m.surface.lower()) for m in w.mentions if m.kind == "metric" and m.id == "feedback_volume"}
        kinds = {(dim, str(v)) for dim, vals in c.dimension_values.items()
                 if (d := c.dimension(dim)) is not None and d.extra and set(d.slices) == {"orders"}
                 for v in vals if str(v).lower() in words}
        if len(kinds) == 1:
            dim, value = kinds.pop()
            w.metric_id = "orders"
            w.filters = {k: v for k, v in w.filters.items() if k not in ("channel", "feedback_channel", "sentiment")}
            w.filters[dim] = [value]
    if w.metric_id != "orders" or w.filters.get("order_status"):
        return
    # (an order refunded later was sold first: counted among the sales, as the refunds are counted apart)
    sold = [v for v in ("paid", "refunded", "returned") if v in (c.dimension_values.get("order_status") or ())]
    w.filters["order_status"] = sold
    w.notes.append(("sold_paid", {}))


def step_said_as_order_value(w: Work) -> None:
    """"平均每笔交通补贴发了多少钱" where 交通补贴 names a step (交通补贴报销) and a value of the orders' own column
    (order_type 交通补贴): a measure of the orders takes the words as that value — the step is no slice orders have."""
    c = w.catalog
    term = c.metric(w.metric_id) if w.metric_id else None
    if term is None or term.table != "orders" or not w.touchpoint_ids or w.intent == "funnel":
        return
    journey = c.journey(w.journey_id.split(":")[0]) if w.journey_id else None
    for tid in list(w.touchpoint_ids):
        if journey is not None and tid in journey.steps:
            continue  # ("onboarding funnel … trial-box buyers": the step of the journey named)
        spans = [(m.start, m.end) for m in w.mentions if m.kind == "touchpoint" and m.id == tid]
        vals = [m for m in w.mentions if m.kind == "value" and m.dim and (m.start, m.end) in spans
                and (d := c.dimension(m.dim)) is not None and "orders" in d.slices and m.dim not in w.filters]
        tp = c.touchpoint(tid)
        if not vals and tp is not None and spans:
            # ("续卡" said for the step 套餐续卡, which the orders' own type column also holds by that name)
            names = {n.strip().lower() for n in (tp.name, tp.name_zh, tp.name_en) if n}
            a, b = spans[0]
            vals = [Mention("value", str(v), dim, a, b, w.text[a:b], 0.9)
                    for dim, vs in c.dimension_values.items()
                    if (d := c.dimension(dim)) is not None and d.extra and set(d.slices) == {"orders"}
                    for v in vs if str(v).strip().lower() in names]
            if w.filters.get(vals[0].dim if vals else ""):
                # (the same column sliced already by another step's kind: this one is one more of its values)
                w.filters[vals[0].dim] = list(dict.fromkeys([*w.filters[vals[0].dim], vals[0].id]))
                w.touchpoint_ids = [t for t in w.touchpoint_ids if t != tid]
                continue
        if len({(m.dim, m.id) for m in vals}) > 1:
            # ("企业团建" a value of 订单类型 and of 课程形式, which the events carry too): the orders' own column, the
            # kind of order
            own = [m for m in vals if set(c.dimension(m.dim).slices) == {"orders"}]
            kind = [m for m in own if re.search(r"type|kind|类型|种类", m.dim, re.I)]
            vals = kind if len({(m.dim, m.id) for m in kind}) == 1 else own
        if len({(m.dim, m.id) for m in vals}) != 1:
            continue
        m = vals[0]
        w.filters[m.dim] = [m.id]
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t != tid]
    if not w.touchpoint_ids:
        w.journey_id = None


def purchase_touchpoint_as_orders(w: Work) -> None:
    """With an orders table, the purchase touchpoint ("booking", "order & deposit") and the orders are the same
    purchases. When the question needs the orders table (an order measure, or a slice only orders have:
    status, distribution channel, an order column) or a per-row table (an average of a customer column), the
    touchpoint's name is the word for those rows, not a filter that table cannot take: "how many bookings came
    through GDS" counts orders, "total paid service-order revenue" is revenue. Said in the assumptions."""
    prof, c = w.catalog.profile, w.catalog
    if prof is None or not prof.present("orders") or not w.touchpoint_ids or w.intent in JOURNEY_INTENTS or \
            w.intent == "experiment":  # (an A/B test's outcome step is the step, whatever the orders hold)
        return
    buys = {t.id for t in c.touchpoints if t.stage == "purchase"} | named_like_order_values(w)
    term0 = c.metric(w.metric_id) if w.metric_id else None
    if term0 is not None and term0.table == "orders" and term0.unit == "currency":
        # "已缴费账单一共收了多少钱", "paid invoices": a payment or bill step names the orders the money is on
        step = MONEY_STEP if w.metric_id != "refund_amount" else REFUND_STEP
        buys |= {t.id for t in c.touchpoints if step.search(" ".join(x for x in (t.name, t.name_zh, t.name_en, t.id)
                                                                        if x).lower())}
    # a failure step ("Payment failed", 扣款失败) records attempts that made no order: never the orders
    named = [t for t in w.touchpoint_ids if t in buys and not _names_failure(c, t)]
    if not named:
        return
    if w.metric_id in (None, "events") and "action" in (w.dimension, *w.filters) and \
            re.search(r"\battempts?\b|尝试|每一次|每次", w.text):
        # ("what % of ticket purchase attempts at the machines failed": the step's attempts, what became of each —
        # the orders record no attempt that failed)
        return
    term = c.metric(w.metric_id) if w.metric_id else None
    if term is None or term.table not in ROW_TABLES:
        dims = [d for d in [w.dimension, *w.filters] if d and d not in ("touchpoint", "stage")]
        orders_only = [d for d in dims if (t := c.dimension(d)) is not None and t.slices and "orders" in t.slices
                       and "events" not in t.slices]
        target = EVENTS_AS_ORDERS.get(w.metric_id)
        # "what share of orders placed in 2026 …": the step named with the rows' own noun counts those rows
        said_orders = any(m.kind == "touchpoint" and m.id in named and ORDERS_NOUN.match(m.surface.strip()) for m in w.mentions) \
            and any(n[0] == "metric_default" for n in w.notes)
        # "what's the average donation": the purchase step averaged is the orders' amount
        averaged = target == "orders" and c.metric("aov") is not None and average_amount_asked(w.text) and \
            any(n[0] == "metric_default" for n in w.notes)
        if not (orders_only or said_orders or averaged) or target is None or not c.metric(target):
            return
        if target == "orders" and c.metric("aov") and average_amount_asked(w.text):
            target = "aov"
        w.metric_id = target
        w.notes = [n for n in w.notes if n[0] != "metric_default"]  # the orders are what is counted, not a default
    dropped = [m for m in w.mentions if m.kind == "touchpoint" and m.id in named]
    for tid in named:  # "Loan disbursement" read as orders of the type loan_disbursement
        _value_named_like(w, tid)
    w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in named]
    if not w.touchpoint_ids:
        w.journey_id = None
    table = (c.metric(w.metric_id).table if w.metric_id and c.metric(w.metric_id) else None) or "orders"
    for m in dropped:  # "deposit orders", "paid orders": a word of the touchpoint that is a value of the rows
        words = {m.surface.lower(), *m.surface.lower().split()}
        for e in c.gazetteer:
            # (a value only said to be left out, "refunded ones excluded", yields to the one the step names: paid)
            if e.kind == "value" and e.surface.lower() in words and \
                    (e.dim not in w.filters or all(str(v).startswith("!=") for v in w.filters[e.dim])) and \
                    (t := c.dimension(e.dim)) is not None and (not t.slices or table in t.slices) and \
                    e.surface.lower() not in ("order", "orders") and \
                    not any(str(v).lower() == str(e.id).lower() for d, vs in w.filters.items() if d != e.dim for v in vs):
                # (one word is one slice: "tickets" already read as order type "ticket" is no channel "ticket" too)
                w.filters[e.dim] = [e.id]
                break
    if w.ratio is not None:
        # (a rate's own side says which rows are its part: "renewal rate" of renewal orders over all orders keeps the
        # renewals on top only — a slice of both sides would make every rate 100 %)
        own = {d: v for d, v in w.ratio.numerator.filters.items() if d not in w.ratio.denominator.filters}
        for d, v in own.items():
            if w.filters.get(d) == list(v):
                del w.filters[d]
    tp = next(t for t in c.touchpoints if t.id == named[0])
    w.notes.append(("touchpoint_as_orders", {"touchpoint": (tp.name_zh if w.language == "zh" else tp.name_en) or tp.name,
                                             "table": _msg(w).get("table_" + table, table)}))


def steps_left_out_of_orders(w: Work) -> None:
    """"加购不算", "excluding add-ons" when orders are counted: orders record no step, so a step left out is the
    orders of the type named like it (order_type addon for the "Add-on purchase" step), left out; a step no order
    value is named like stays, and is refused in require_data rather than silently dropped."""
    c = w.catalog
    term = c.metric(w.metric_id) if w.metric_id else None
    tp_dim = c.dimension("touchpoint")
    out = [v[2:] for v in w.filters.get("touchpoint", ()) if v.startswith("!=")]
    if term is None or term.table != "orders" or not out or tp_dim is None or "orders" in tp_dim.slices:
        return
    kept = []
    for tid in out:
        tp = next((t for t in c.touchpoints if t.id == tid), None)
        names = _step_names(tp) if tp else set()
        dims = [d for d in c.dimensions if "orders" in d.slices and _kind_column(d.id)]
        hit = next(((d.id, raw) for d in dims for raw in c.dimension_values.get(d.id, ()) if _words(str(raw)) in names),
                   None)
        said = {re.sub(r"(?<=[a-z]{3})s$", "", x) for x in _words(w.left_out.get(tid, ""))}
        if hit is None and said:  # "excluding deposits": the one order value with that word (deposit_hold)
            near = [(d.id, raw) for d in dims for raw in c.dimension_values.get(d.id, ()) if said <= _words(str(raw))]
            hit = near[0] if len(near) == 1 else None
        if hit is None and any(any(not str(v).startswith("!=") for v in w.filters.get(d.id, ())) for d in dims):
            # ("service fees alone, not counting re-inspection fees": the kind counted is named, so whatever is
            # left out beside it is outside the count already)
            continue
        if hit is None:
            kept.append("!=" + tid)
            continue
        have = w.filters.get(hit[0], [])
        if not have or all(v.startswith("!=") for v in have):
            w.filters.setdefault(hit[0], []).append("!=" + str(hit[1]))
        elif str(hit[1]) in have and len(have) > 1:  # "all types but deposits" said with the types listed too
            have.remove(str(hit[1]))
        w.notes.append(("touchpoint_as_orders", {"touchpoint": (tp.name_zh if w.language == "zh" else tp.name_en)
                                                 or tp.name, "table": _msg(w).get("table_orders", "orders")}))
    if kept:
        w.filters["touchpoint"] = kept
    else:
        del w.filters["touchpoint"]


def named_like_order_values(w: Work) -> set[str]:
    """Touchpoints named like a value of an orders column ("Renewal" and order_type renewal): their events and
    those orders record the same thing."""
    c = w.catalog
    values = {_words(raw) for d in c.dimensions if "orders" in d.slices and _kind_column(d.id)
              for raw in c.dimension_values.get(d.id, ())}
    raws = [raw for d in c.dimensions if "orders" in d.slices and _kind_column(d.id)
            for raw in c.dimension_values.get(d.id, ())]
    out = set()
    for t in c.touchpoints:
        names = {_words(n) for n in (t.name_en, t.name, re.sub(r"^(tp|touchpoint)[_\-]", "", t.id)) if n}
        if names & values or any(_step_buys(t, raw) for raw in raws):
            out.add(t.id)
    return out


# the buying verb of a Chinese step name ("购买月卡" buys order type 月卡)
BUY_ZH = re.compile(r"^(?:购买|买了?|办理?|开通|下单|支付|付款|充值)|(?:购买|下单|支付|付款|已购|成功)$")


def _step_buys(tp: Any, raw: str) -> bool:
    """Is the step the buying of the orders' value ("Monthly pass bought" of order type pass, "购买月卡" of 月卡)?
    Its name is the value's words and a buying verb, with at most one word more ("monthly")."""
    val = _words(str(raw))
    if not val or val <= {"order", "orders", "other"}:
        return False
    for n in (tp.name_en, tp.name, tp.name_zh):
        if not n:
            continue
        if re.search(r"[\u4e00-\u9fff]", n):
            if re.search(r"[\u4e00-\u9fff]", str(raw)) and str(raw) in n and BUY_ZH.search(n.replace(str(raw), "")):
                return True
            continue
        words = _words(n)
        if val <= words and words & BUY_WORDS and len(words - val - BUY_WORDS) <= 1:
            return True
    return False


def _value_named_like(w: Work, tp_id: str) -> None:
    """A value of an orders column whose words are the touchpoint's name (order_type loan_disbursement for the
    "Loan disbursement" step) becomes the slice, unless that column is already sliced."""
    c = w.catalog
    tp = next((t for t in c.touchpoints if t.id == tp_id), None)
    if tp is None:
        return
    said_as = [m for m in w.mentions if m.kind == "touchpoint" and m.id == tp_id]
    statuses = {str(v).lower() for v in c.dimension_values.get("order_status", ())}
    if said_as and all(m.surface.lower() in statuses for m in said_as):
        return  # ("all paid orders incl. club fees": "paid" is the orders' status, it names no kind of order)
    # (an alias counts when it is what the asker said, or restates a word of the step's own name ("booking" of
    # "Booking made"): the payment step 支付订单, known also as 对公转账, said as "paid orders", records every
    # payment, not the bank transfers)
    said = {frozenset(lexicon_en.singular(x) for x in _words(m.surface))
            for m in w.mentions if m.kind == "touchpoint" and m.id == tp_id}
    own = {x for n in (tp.name, tp.name_en, tp.name_zh) if n for x in _words(n)}
    names = _step_names(replace(tp, aliases=tuple(
        a for a in tp.aliases if a and (frozenset(lexicon_en.singular(x) for x in _words(a)) in said
                                        or _words(a) & own or any(x in n for x in _words(a) for n in own)))))
    for d in c.dimensions:
        if "orders" not in d.slices or d.id in w.filters or not _kind_column(d.id):
            continue
        for raw in c.dimension_values.get(d.id, ()):
            if _words(raw) in names:
                w.filters[d.id] = [raw]
                return
    for d in c.dimensions:  # ("Monthly pass bought": the orders of type pass)
        if "orders" not in d.slices or d.id in w.filters or not _kind_column(d.id):
            continue
        hits = [raw for raw in c.dimension_values.get(d.id, ()) if _step_buys(tp, raw)]
        if len(hits) == 1:
            w.filters[d.id] = hits
            return
    _kind_of_the_steps_journey(w, tp, said_as)


# words every kind of order shares: they say no journey ("paid orders" names no journey whose step is paying)
GENERIC_ORDER_STEMS = frozenset({"order", "pay", "paid", "payment", "purchase", "buy", "bought", "submit", "submitt",
                                 "success", "successful", "订单", "下单", "支付", "付款", "购买", "提交", "成功"})


# a word said beside another in a list ("预点单和现场单", "pre-orders and walk-ups"): one of several kinds named
LISTED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}\s*(?:和|与|及|以及|、|/|\band\b|\bor\b|&)")
LISTED_BEFORE = re.compile(r"(?:和|与|及|以及|、|/|\band\b|\bor\b|&)\s*$")


def _kind_of_the_steps_journey(w: Work, tp: Any, said_as: list[Mention]) -> None:
    """"上个月一共有多少笔已支付的预订单" where 预订 names the step 提交预订 of the one journey 预订取餐 (id preorder) and the
    orders have the type preorder: the step's orders are the orders of the kind its journey is named like (orders
    record no step). Only when the words said for the step share a word with that journey's names beyond the words
    every order has ("paid orders" names no journey), the step lies in one journey, and exactly one value of the
    orders' own columns is named by that journey (as for a journey said outright)."""
    journeys = [j for j in w.catalog.journeys if tp.id in j.steps]
    if len(journeys) != 1 or not said_as or any(timeparse.in_inclusion(w.text, m.start, m.end) or
                                                LISTED_AFTER.match(w.text, m.end) or LISTED_BEFORE.search(w.text[:m.start])
                                                for m in said_as):
        return  # (nor a step said in a list of what counts too: "按时、套餐、包夜都算", "预点单和现场单" count every kind listed)
    j = journeys[0]
    names = _stems(_journey_names(j))
    said = set().union(*(_stems(m.surface) for m in said_as)) - GENERIC_ORDER_STEMS
    if not said & names:
        return
    hits = _kind_named_by_journey(w, j, names)
    if len(hits) != 1:
        return
    w.filters[hits[0][0]] = [hits[0][1]]
    w.notes.append(("fuzzy", {"surface": said_as[0].surface, "id": hits[0][1], "kind": "value"}))


def _kind_named_by_journey(w: Work, j: Any, names: set[str]) -> list[tuple[str, str]]:
    """The orders' values a journey's names give; of several (order_type topup and plan_name "Top-up 1GB", "Top-up
    3GB" for the journey topup / Data top-up), the one that is the journey's own id."""
    hits = _order_kinds_named_by(w, names, journey=j)
    own = [h for h in hits if re.sub(r"[^a-z0-9]", "", h[1].lower()) == re.sub(r"[^a-z0-9]", "", j.id.lower())]
    return own if len(hits) > 1 and len(own) == 1 else hits


def step_records_a_kind(c: Catalog, tp_id: str) -> bool:
    """Does the step record orders of one kind (its name is an orders column's value, or buys one: "次卡续卡",
    "购买次卡")?"""
    tp = c.touchpoint(tp_id)
    if tp is None:
        return False
    names = _step_names(tp)
    return any(_words(str(raw)) in names or _step_buys(tp, raw) for d in c.dimensions
               if "orders" in d.slices and _kind_column(d.id)
               for raw in c.dimension_values.get(d.id, ()))


def _kind_column(dim: str) -> bool:
    """Can a value of this column name the kind of order a step records? Not the status, the channel, nor a reason
    (lost_reason "delivery" says why a customer left, never that the delivery step records orders)."""
    return dim not in ("order_status", "channel") and not re.search(r"reason|原因|理由", dim, re.I)


def _words(s: str) -> frozenset[str]:
    return frozenset(x for x in re.split(r"[_\s\-&/]+", s.lower()) if x)


# the verb of a buying step: "Monthly membership purchase" records orders of product monthly_membership
BUY_WORDS = frozenset({"purchase", "purchased", "buy", "bought", "order", "ordered", "paid", "payment"})


def _step_names(tp: Any) -> set[frozenset[str]]:
    """The word sets a step is known by (names, id, aliases), each also without its buying verb."""
    own = {_words(n) for n in (tp.name_en, tp.name, re.sub(r"^(tp|touchpoint)[_\-]", "", tp.id)) if n}
    # (only its own names lose the verb: an alias "direct debit payment" of a "Bill payment" step says how it is
    # paid, not which orders it records)
    return own | {_words(n) for n in tp.aliases if n} | {n - BUY_WORDS for n in own if len(n - BUY_WORDS) >= 2}


def default_feedback_all(w: Work) -> bool:
    """Feedback questions with no period read all comments when some have no date (DATA.md allows it):
    a default window would silently drop every untimed comment."""
    if untimed_feedback(w) <= 0 or w.intent == "why":
        return False
    # the comments' own measures too: "the average star rating of our reviews", "负面反馈占比"
    return w.intent in FEEDBACK_INTENTS or (w.intent in ("metric_value", "breakdown", "compare_periods")
                                            and measure_table(w) == "feedback")


def _have(w: Work) -> str:
    prof, msg = w.catalog.profile, _msg(w)
    sep = "、" if w.language == "zh" else ", "
    names = [msg.get("table_" + t, t) for t in ("events", "orders", "feedback", "customers", "experiments")
             if prof is not None and prof.present(t)]
    return sep.join(names)


def no_journeys(w: Work) -> None:
    """A journey measure asked of data without journeys."""
    msg = _msg(w)
    metric = w.catalog.metric(w.metric_id) if w.metric_id else None
    what = (metric.names.get(w.language) if metric else None) or w.metric_id or msg["table_journeys"]
    _unsupported(w, "no_table", table=msg["table_journeys"], metric=what, have=_have(w))


def _unsupported(w: Work, kind: str, **args: Any) -> None:
    w.status, w.clarify, w.clarify_args = "unsupported", kind, args
    w.tool_calls = []


def _people_of_orders(w: Work, table: str) -> bool:
    """People counted on events, sliced by columns only orders hold (a status, a payment method): their buyers."""
    if w.metric_id not in ("active_customers", "users_reached") or table != "events" or not w.catalog.metric("buyers") \
            or w.intent in JOURNEY_INTENTS:  # a funnel is of its steps' events, whatever the slice
        return False
    dims = [d for d in [w.dimension, *w.filters] if d and d not in ("touchpoint", "stage")]
    terms = [w.catalog.dimension(d) for d in dims]
    return bool(terms) and all(t is not None and "orders" in t.slices for t in terms) and \
        any(t is not None and "events" not in t.slices for t in terms)


def _sibling_column(w: Work, dim: str, table: str) -> str | None:
    """Another column that every word linked to `dim`'s filter values also names, and that the measure's table can
    be sliced by (the one column when there is exactly one)."""
    spans = {(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == dim and m.id in w.filters[dim]}
    if not spans:
        return None
    found: set[str] = set()
    for d in {m.dim for m in w.mentions if m.kind == "value" and m.dim and m.dim != dim and (m.start, m.end) in spans}:
        term = w.catalog.dimension(d)
        covered = {(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == d}
        if term is not None and (not term.slices or table in term.slices or table in term.reach) and spans <= covered \
                and d not in w.filters:
            found.add(d)
    return found.pop() if len(found) == 1 else None


def _sibling_grouping(w: Work, dim: str, table: str) -> str | None:
    """The one column of the measure's table holding most of `dim`'s values (at least two, and SIBLING_SHARE of
    them): the same things kept under another name there (the comments' platform, the events' channel)."""
    vals = {str(v).lower() for v in w.catalog.dimension_values.get(dim, ())}
    if len(vals) < 2:
        return None
    found = []
    for d in w.catalog.dimensions:
        if d.id == dim or d.time or d.numeric or not d.slices or table not in d.slices:
            continue
        # (the values kept in that table itself: a customer column slices every table but keeps its own values)
        held = {str(v).lower() for v in w.catalog.values_by_table.get((d.id, table), ())}
        if len(vals & held) >= max(2, SIBLING_SHARE * len(vals)):
            found.append(d.id)
    return found[0] if len(found) == 1 else None


SIBLING_SHARE = 0.6


def _negated_step_is_a_status(w: Work) -> None:
    """"按已支付（没退款）的汇款金额算": a step said negated in a question about orders names the status left out
    (the refunded orders), when exactly one status shares its words."""
    term = w.catalog.dimension("order_status")
    if term is None:
        return
    keep = []
    for tp_id in w.touchpoint_ids:
        said = [m for m in w.mentions if m.kind == "touchpoint" and m.id == tp_id]
        negated = [m for m in said if intent.NEGATED_BEFORE.search(w.text[max(0, m.start - 6):m.start])]
        statuses = [v for v, words in term.values.items() if negated and any(
            _stems(m.surface) & (_stems(str(v)) | set().union(*(_stems(x) for x in words))) for m in negated)]
        if negated and len(negated) == len(said) and len(statuses) == 1:
            w.filters.setdefault("order_status", [])
            if "!=" + statuses[0] not in w.filters["order_status"]:
                w.filters["order_status"].append("!=" + statuses[0])
            continue
        keep.append(tp_id)
    w.touchpoint_ids = keep


def _orders_money_meant(w: Work) -> bool:
    """An amount asked of events, with a slice only the orders hold (their status), where the orders have the money
    measures (revenue, aov)."""
    if w.catalog.metric("revenue") is None or w.catalog.metric("aov") is None:
        return False
    dims = [d for d in [w.dimension, *w.filters] if d and d not in ("touchpoint", "stage")]
    return any((t := w.catalog.dimension(d)) is not None and "orders" in t.slices and "events" not in t.slices
               for d in dims) and all((t := w.catalog.dimension(d)) is not None and "orders" in t.slices for d in dims)


def _platform_of_comments(w: Work) -> None:
    """"Our average rating on Ctrip" where comments came in as ctrip_review: a channel said of comments is the
    comments' own channel named after it (one value only), not the visits' channel no comment holds."""
    held = tuple(str(v) for v in w.catalog.dimension_values.get("feedback_channel", ()))
    out = []
    for v in w.filters["channel"]:
        named = [f for f in held if re.split(r"[_\s-]+", f.lower())[0] == str(v).lower() and f != v]
        if len(named) > 1:
            # ("App里的评价" beside app_review and app_store: the one whose name says it holds reviews)
            named = [f for f in named if re.search(r"review|rating|comment|评价|点评", f.lower())] or named
        if len(named) > 1:
            # (app_review beside app_store_review: the one that is the platform and the kind of comment alone)
            size = {f: len(re.split(r"[_\s-]+", f)) for f in named}
            short = [f for f in named if size[f] == min(size.values())]
            named = short if len(short) == 1 else named
        out.append(named[0] if v not in held and len(named) == 1 else v)
    w.filters["channel"] = out


# a survey said ("安装满意度调查的平均分", "the post-visit survey score")
SURVEY_SAID = re.compile(r"调查|问卷|调研|回访表|\bsurveys?\b|\bquestionnaires?\b", re.I)
SURVEY_CHANNEL = re.compile(r"survey|questionnaire|问卷|调查|调研", re.I)
RATING_MEASURES = ("csat", "satisfaction_rate", "low_rating_share")


def _survey_of_comments(w: Work) -> None:
    """"2025年安装满意度调查的平均分", "门诊满意度调查的平均分": a rating asked of a survey is the rating of the comments that
    came in through the survey channel — the one survey channel that holds ratings, or of several the one whose name
    the words before the survey word say (matched by meaning, across languages); never every rated comment."""
    if w.metric_id not in (*RATING_MEASURES, "nps", "nps_score_avg", "detractor_share", "promoter_share",
                           "nps_net_share") or w.filters.get("feedback_channel"):
        return
    _channel_name_holds_the_step(w)
    said = SURVEY_SAID.search(w.text)
    held = [str(v) for v in w.catalog.values_by_table.get(("channel", "feedback"), ())
            or w.catalog.dimension_values.get("feedback_channel", ())]
    surveys = [v for v in held if SURVEY_CHANNEL.search(v)]
    if said is None or not surveys:
        return
    if w.filters.get("channel"):
        if len(w.filters["channel"]) == 1 and w.filters["channel"][0] in surveys:
            _survey_names_no_step(w, said)  # ("门诊满意度调查", the survey value said outright)
        return
    nps = [v for v in surveys if "nps" in v.lower()]
    surveys = (nps or surveys) if w.metric_id not in RATING_MEASURES else [v for v in surveys if v not in nps]
    if len(surveys) > 1:
        # (the words naming the survey, right before its word: "安装满意度" of 安装满意度调查, "post-visit" of "post-visit
        # survey")
        before = w.text[:said.start()]
        run = re.search(r"[\u4e00-\u9fff]{1,8}$", before) if CJK_AT_END.search(before) else \
            re.search(r"(?:[a-z][a-z\-]*\s+){1,3}$", before)
        if run is None:
            return
        from assistant.planner import crosslingual
        phrase = run.group(0).strip() + ("调查" if CJK_AT_END.search(before) else " survey")
        score = sorted(((crosslingual.similarity(phrase, v.replace("_", " ")), v) for v in surveys), reverse=True)
        if score[0][0] < 0.5 or score[0][0] - score[1][0] < 0.1:
            return
        surveys = [score[0][1]]
    if len(surveys) != 1:
        return
    w.filters["channel"] = [surveys[0]]
    name = re.search(r"[\u4e00-\u9fff]{0,6}$|(?:[a-z][a-z\-]*\s+){0,2}$", w.text[:said.start()])
    lead = re.split(r"[年月的里在]", name.group(0) if name else "")[-1]
    w.notes.append(("fuzzy", {"surface": (lead + said.group(0)).strip(), "id": surveys[0], "kind": "value"}))
    _survey_names_no_step(w, said)


def _channel_name_holds_the_step(w: Work) -> None:
    """"the call-out callback survey" where the comments' channel is callout_callback and a step is "Call-out": the
    step's word right before the channel's is a word of the channel's own name — the channel's comments of every
    step, not those filed under the step."""
    chans = {str(v) for v in w.filters.get("channel") or ()}
    for v in [m for m in w.mentions if m.kind == "value" and m.dim in ("channel", "feedback_channel") and m.id in chans]:
        for t in [m for m in w.mentions if m.kind == "touchpoint" and m.end <= v.start and
                  not w.text[m.end:v.start].strip(" -")]:
            if _joined(t.surface) and _joined(t.surface) in _joined(str(v.id)) and not any(
                    x.kind == "touchpoint" and x.id == t.id and x is not t for x in w.mentions):
                w.touchpoint_ids = [x for x in w.touchpoint_ids if x != t.id]


def _survey_names_no_step(w: Work, said: Any) -> None:
    """A step's word inside the survey's name (安装 of 安装满意度调查, 门诊 of 门诊满意度调查) names the survey, not the step
    its comments are filed under: the survey's comments of every step."""
    start = said.start() - 10
    inside = {m.id for m in w.mentions if m.kind == "touchpoint" and start <= m.start and m.end <= said.start()
              and not re.search(r"[，,。？?；;]", w.text[m.end:said.start()])}
    if inside and not any(m.kind == "touchpoint" and m.id in inside and (m.end <= start or m.start >= said.end())
                          for m in w.mentions):
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in inside]


CJK_AT_END = re.compile(r"[\u4e00-\u9fff]$")


# a step said as a step ("回访环节的满意度", "at the review step") is that step whatever its comments are called
STEP_SAID_NEAR = re.compile(r"环节|步骤|阶段|触点|节点|\b(?:step|stage|touchpoint)s?\b", re.I)


def _joined(s: str) -> str:
    return re.sub(r"[_\s\-&/]+", "", s.lower())


def _comments_named_by_their_step(w: Work) -> None:
    """"2025年回访打分里差评占多少", "the 2025 callback survey ratings", "小程序里的评价": where a step is itself the
    way comments are collected (a follow-up call, a review page) and the comments record that way as their channel,
    the step's word names the comments of that channel — which the company files under the step each comment is
    about — not the comments filed under the step. The channel slices them; a step said as a step stays."""
    if len(w.touchpoint_ids) != 1 or w.dimension == "touchpoint" or w.intent in JOURNEY_INTENTS:
        return
    tid = w.touchpoint_ids[0]
    tp = w.catalog.touchpoint(tid)
    said = [m for m in w.mentions if m.kind == "touchpoint" and m.id == tid]
    if tp is None or not said or any(STEP_SAID_NEAR.search(w.text[max(0, m.start - 4):m.end + 4]) for m in said):
        return
    held = [str(v) for v in w.catalog.values_by_table.get(("channel", "feedback"), ())]
    names = [n for n in (tp.name_en, tp.name, *tp.aliases) if n and re.search(r"[a-z]", n.lower())]
    whole = {_joined(n) for n in names}
    single = {_joined(n) for n in names if len(_words(n)) == 1}
    # the channel named as the step is ("followup_call" of a step also called "follow-up call"), or whose last word
    # is the step's one-word name ("mini_program_review" of a step called "Review")
    same = [c for c in held if _joined(c) in whole]
    kind = [c for c in held if re.split(r"[_\s\-]+", c.lower())[-1] in single]
    chosen = [str(v) for v in w.filters.get("channel", ()) if not str(v).startswith("!=")]
    if chosen and set(chosen) <= set(same + kind):
        pass  # the channel is said ("小程序里的评价"): the step's word only says they are reviews
    elif not chosen and len(same) == 1:
        w.filters["channel"] = same
    else:
        return
    w.touchpoint_ids = []
    if w.filters.get("touchpoint") == [tid]:
        del w.filters["touchpoint"]
    w.notes.append(("comments_of_channel", {"step": (tp.name_zh if w.language == "zh" else tp.name_en) or tp.name,
                                            "channel": ", ".join(w.filters["channel"])}))


# the endings of English nouns for a person or a party ("supplier", "operator", "florist", "applicant", "agency")
# ("-ee" of employee, consignee; never the fee, coffee or toffee things are)
PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|(?<!m)ent|(?<!f)ee|agency|partner|firm|company|broker|dealer|shop|store|person|"
                         r"people|family|owner|member|client|customer|user|buyer|seller|vendor)$")


def _said_as_people(w: Work, m: Any, value: str) -> bool:
    """"suppliers" of the value supplier (a plural), "the supplier journey", "sent back to the supplier": the
    value's word used for the people themselves, not as a kind of row."""
    low, v = m.surface.lower().strip(), value.lower().replace("_", " ")
    if (low in (v + "s", v + "es") or (v.endswith("y") and low == v[:-1] + "ies")) and PERSON_NOUN.search(v):
        return True  # ("suppliers"; "leaks" of the rework reason leak are no people)
    if low in {p.lower() for p in lexicon_en.PEOPLE} or m.surface.strip() in lexicon_zh.PEOPLE:
        return True  # ("what was the main reason members froze", 会员 a kind of visit: the people, in any script)
    return low == v and bool(re.search(r"\bthe\s+$", w.text[:m.start].lower())) and bool(
        re.match(r"\s*(?:journey|side|experience|for|to|who|that|[,.;?!]|$)", w.text[m.end:].lower()))


def _value_as_the_people_counted(w: Work, table: str) -> None:
    """"Where did we lose the most suppliers", "why did so many suppliers turn down our quotes", "KYC documents
    sent back to the supplier", where supplier is a value of repay_source that only the repayment events carry:
    the word names the company's customers — who is counted — not repayments made by a supplier. A value said as
    the people, of a column the measured rows never hold, slices nothing (said)."""
    journey = w.catalog.journey(w.journey_id) if w.journey_id else None
    measured = set(w.touchpoint_ids) | set(journey.steps if journey is not None else ())
    for dim, vals in list(w.filters.items()):
        plain = [str(v) for v in vals if not str(v).startswith("!=")]
        term = w.catalog.dimension(dim)
        if len(plain) != 1 or len(vals) != 1 or dim == w.dimension or term is None:
            continue
        said = [m for m in w.mentions if m.kind == "value" and m.dim == dim and m.id == plain[0]]
        # (a value read from the other language, "members" as 会员: the word translated is what was said)
        said += [Mention(kind="value", id=plain[0], dim=dim, surface=n[1]["word"], start=0, end=0)
                 for n in w.notes if n[0] == "translated" and plain[0] in str(n[1].get("name", ""))]
        steps = w.catalog.steps_recording(term.column or dim)
        if not said or not all(_said_as_people(w, m, plain[0]) for m in said) or not steps:
            continue
        if (table == "events" and (not measured or measured & steps)) or (table != "events" and table in term.slices):
            continue  # the measured rows hold the column: a slice they can take
        del w.filters[dim]
        w.notes = [n for n in w.notes if not (n[0] == "translated" and plain[0] in str(n[1].get("name", "")))]
        w.notes.append(("value_as_people", {"word": said[0].surface, "dim": term.names.get(w.language) or dim,
                                            "value": plain[0]}))


# words for rows sent back to whoever filed them
SENT_BACK = re.compile(r"退回(?:来)?|被退回|打回|退件|sent back|send back|bounced(?: back)?|returned")


def _outcome_at_its_own_step(w: Work) -> None:
    """"What share of the replacement requests decided in 2025 were rejected?" where the words named the delivery step
    (whose events never record rejected) and the approval step of the same journey records approved / rejected: the
    outcome's share is read at the step that records it, not reported as 0 % of a step that cannot hold it (said)."""
    prof = w.catalog.profile
    if prof is None or w.dimension != "action" or not w.focus or len(set(w.touchpoint_ids)) != 1:
        return
    named = w.touchpoint_ids[0]
    held = [set(prof.action_steps.get(str(v), ())) for v in w.focus]
    if not held or any(named in h for h in held):
        return
    said = [m for m in w.mentions if m.kind == "value" and m.dim == "action" and m.id in w.focus]
    if said and all(SENT_BACK.fullmatch(m.surface.lower().strip()) for m in said):
        # ("材料上传被退回的比例", "uploads bounced back": a step's rows sent back are its failing outcome, rejected,
        # when the step records one — never the returned disbursements of another step)
        from assistant.planner.ratio import FAILED_STEP
        own = [str(v) for v, at in prof.action_steps.items() if named in at]
        failing = [v for v in own if FAILED_STEP.search(v.replace("_", " ").lower())]
        from assistant.planner.ratio import SUCCEEDED_STEP
        if len(failing) == 1 and (len(own) == 2 or all(SUCCEEDED_STEP.search(v.replace("_", " ").lower())
                                                        for v in own if v not in failing)):
            old = {str(v) for v in w.focus}
            w.focus = failing
            w.notes = [n for n in w.notes if not (n[0] in ("share_of", "fuzzy") and
                                                  (n[1].get("value") in old or n[1].get("id") in old))]
            w.notes.append(("outcome_said_as", {"word": said[0].surface, "value": failing[0]}))
            return
    journeys = [j for j in w.catalog.journeys if named in j.steps]
    mine = set.intersection(*held) & {s for j in journeys for s in j.steps}
    if len(mine) != 1:
        return
    step = mine.pop()
    w.touchpoint_ids = [step]
    if w.filters.get("touchpoint") == [named]:
        w.filters["touchpoint"] = [step]
    zh = w.language == "zh"
    w.notes.append(("outcome_own_step", {"value": ", ".join(str(v) for v in w.focus),
                                         "step": (lambda t: ((t.name_zh if zh else t.name_en) or t.name) if t else step)(
                                             w.catalog.touchpoint(step))}))


def _said_of_a_step(w: Work, dim: str) -> bool:
    """Is every value of `dim` said right before a step's name, or on the very words of one ("paid subscription",
    "trial boxes" where Trial box order is a step and trial_box an order type)?"""
    said = [m for m in w.mentions if m.kind == "value" and m.dim == dim]
    steps = [m for m in w.mentions if m.kind == "touchpoint"]
    from knowledge.analyses.journey_common import bare_id, parse_part
    part = parse_part(w.journey_id)
    journey = w.catalog.journey(part[0] if part else bare_id(w.journey_id)) if w.journey_id else None
    # (or the kind names one of the measured journey's steps: "a paid bulk deposit" of the step Deposit paid, which
    # records the bulk_deposit orders)
    named = [tp for t in (journey.steps if journey is not None else ()) if (tp := w.catalog.touchpoint(t)) is not None]

    def names_a_step(m: Any) -> bool:
        words = _words(m.id) | _words(m.surface)
        return any(0 < len(n - BUY_WORDS) and (n - BUY_WORDS) <= words for tp in named for n in _step_names(tp))
    return bool(said) and all(any((s.start < m.end and m.start < s.end) or
                                  (0 <= s.start - m.end <= 1 and not w.text[m.end:s.start].strip()) for s in steps)
                              or names_a_step(m) for m in said)


# words after a kind of order that make it the orders' kind ("batch orders", "批次订单"), not the thing itself
ORDER_NOUN_AFTER = re.compile(r"^\s*(?:orders?|purchases?|sales?|invoices?|contracts?)\b(?!\s+attempts?\b)|"
                              r"^\s*(?:订单|单子|合同|账单)")


def _the_rows_own_noun(w: Work, dim: str) -> bool:
    """"the acceptance rejection rate for hospital batches", "how many times did we rescan a batch" where batch is
    a kind of order and the steps measured are done to batches: an order kind said as a bare noun of its own (not
    "batch orders") names the things the events are about, no slice the events cannot take."""
    said = [m for m in w.mentions if m.kind == "value" and m.dim == dim]
    return bool(said) and all(
        re.fullmatch(r"[a-z]{3,}", str(m.id).lower()) is not None and
        re.sub(r"(?:es|s)$", "", m.surface.lower()) in (str(m.id).lower(), re.sub(r"(?:es|s)$", "", str(m.id).lower()))
        and not ORDER_NOUN_AFTER.match(w.text[m.end:]) for m in said)


def _stems(text: str) -> set[str]:
    """English words without a regular ending, and every two Chinese characters in a row."""
    low = text.lower()
    out = {re.sub(r"(?:ing|ed|es|s)$", "", x) for x in re.findall(r"[a-z]{3,}", low)}
    for run in re.findall(r"[\u4e00-\u9fff]+", low):
        out |= {run[i:i + 2] for i in range(len(run) - 1)}
    return {x for x in out if len(x) >= 2}


def _step_said_by_order_value(w: Work) -> None:
    """"How much money did we refund? refunded orders": an amount of orders, whose step ("Refund request") is said
    by a value of the orders' own columns on the same words (status refunded): the orders with that value are the
    step's, and orders record no step to slice by."""
    order_dims = {d for d in w.filters if (t := w.catalog.dimension(d)) is not None and "orders" in t.slices
                  and "events" not in t.slices}
    _negated_step_is_a_status(w)
    said, spans = set(), []
    for m in w.mentions:
        if m.kind == "value" and m.dim in order_dims and (m.id in w.filters.get(m.dim, ()) or
                                                          "!=" + str(m.id) in w.filters.get(m.dim, ())):
            said |= _stems(m.surface) | _stems(str(m.id))
            spans.append((m.start, m.end))
    if not said:
        _step_as_the_order_kind(w)
        return
    keep = []
    for tp_id in w.touchpoint_ids:
        tp = w.catalog.touchpoint(tp_id)
        names = " ".join(x for x in (tp.name, tp.name_zh, tp.name_en, tp_id.removeprefix("tp_")) if x) if tp else tp_id
        # ("lesson package sales": the step's word right before the orders' value names the kind of thing sold)
        before_value = any(m.kind == "touchpoint" and m.id == tp_id and 0 <= a - m.end <= 1 and
                           not w.text[m.end:a].strip() for m in w.mentions for a, _b in spans)
        if _stems(names) & said or before_value:
            word = next((m.surface for m in w.mentions if m.kind == "touchpoint" and m.id == tp_id), tp_id)
            w.notes.append(("verb_not_slice", {"word": word, "what": _msg(w).get("table_orders", "orders")}))
        else:
            keep.append(tp_id)
    w.touchpoint_ids = keep


def _step_as_the_order_kind(w: Work) -> None:
    """"2025年一共收到多少捐款" where 捐款 names the step "Donation made" and the orders have the type donation: money of
    orders is sliced by the one value of the orders' own columns that the step's names share a word with (orders
    record no step). Two such values, or none, leave the step as it is (and the answer refuses, as before)."""
    if len(w.touchpoint_ids) != 1 or any(not str(v).startswith("!=") for v in w.filters.get("touchpoint", ())):
        return
    tp = w.catalog.touchpoint(w.touchpoint_ids[0])
    if tp is None:
        return
    hits = _order_kinds_named_by(w, _stems(" ".join(x for x in (tp.name, tp.name_zh, tp.name_en,
                                                                   tp.id.removeprefix("tp_")) if x)))
    if len(hits) != 1:
        return
    dim, value = hits[0]
    w.filters[dim] = [value]
    word = next((m.surface for m in w.mentions if m.kind == "touchpoint" and m.id == tp.id), tp.id)
    w.notes.append(("verb_not_slice", {"word": word, "what": _msg(w).get("table_orders", "orders")}))
    w.notes.append(("fuzzy", {"surface": word, "id": value, "kind": "value"}))
    w.touchpoint_ids = []


def _order_kinds_named_by(w: Work, names: set[str], filtered: bool = False,
                          journey: Any = None) -> list[tuple[str, str]]:
    """The values of the orders' own columns (not the events') whose every word is one of `names` (stems); with
    `filtered`, of the columns the question slices already too. Of a `journey`'s names, never a value another
    journey's names hold as well (order_type repair of both 上门维修 / Home repair and 到店维修 / Shop repair tells
    neither apart)."""
    others = [_stems(_journey_names(x)) for x in w.catalog.journeys if journey is not None and x.id != journey.id]
    own_id = re.sub(r"[^a-z0-9]", "", journey.id.lower()) if journey is not None else None

    def named(v: object) -> bool:
        # (the value that is the journey's own id names it whatever other names hold: repair of 维修服务 (repair)
        # beside 维修排期 / Repair scheduling)
        st = _stems(str(v))
        return bool(st) and st <= names and (re.sub(r"[^a-z0-9]", "", str(v).lower()) == own_id
                                             or not any(st <= o for o in others))

    hits = []
    for d in w.catalog.dimensions:
        if d.id in ("order_status", "touchpoint") or "orders" not in d.slices or "events" in d.slices or \
                (d.id in w.filters and not filtered):
            continue
        for v in w.catalog.values_by_table.get((d.id, "orders"), ()):
            if named(v):
                hits.append((d.id, str(v)))
    if hits:
        return hits
    # ("2026年二季度一共完成了多少单上门安装" where the journey 上门安装 / Mobile home fitting and the orders' fit_mode home:
    # a column of the company's own that the events carry too names the kind as well, when none of the orders' own
    # does — never a place, nor a column that describes the customer rather than the order)
    for x in _order_columns_shared_with_events(w):
        if x in w.filters and not filtered:
            continue
        for v in w.catalog.values_by_table.get((x, "orders"), ()):
            if named(v):
                hits.append((x, str(v)))
    return hits


def _order_columns_shared_with_events(w: Work) -> list[str]:
    """The orders' extra columns (the company's own, not the contract's channel or device) that the events carry
    too and that describe the order: not one value per customer, not a place."""
    prof = w.catalog.profile
    if prof is None:
        return []
    on_events = {x.column for x in prof.extras if x.table == "events"}
    return [x.column for x in prof.extras if x.table == "orders" and x.column in on_events and not x.per_customer
            and not PLACE_COLUMN.search(x.column) and (t := w.catalog.dimension(x.column)) is not None
            and "orders" in t.slices]


# columns named for a kind of order (offered first when the orders are to be split by kind)
KIND_COLUMN = re.compile(r"type|kind|category|product|plan|package|service|mode|class|tier|类型|类别|品类|产品|套餐|服务", re.I)
# columns that say where, not what kind of order (a journey "Melbourne fitting" names no city's orders)
PLACE_COLUMN = re.compile(r"region|city|province|country|state|area|district|store|shop|branch|office|site|"
                          r"location|currency|地区|城市|省|国家|门店|网点|区域", re.I)


def _journey_as_the_order_kind(w: Work) -> None:
    """"今年上半年调音服务收了多少钱" where 调音服务 / Tuning names a journey and the orders have the type tuning: money
    or orders asked of a journey are the orders of the one value of the orders' own columns that the journey's names
    share every word with (orders record no journey). With none, or two, the journey slices nothing, as before."""
    named = {m.id for m in w.mentions if m.kind == "journey"}
    if len(named) != 1 or w.journey_id not in (None, *named) or w.touchpoint_ids:
        return
    j = w.catalog.journey(next(iter(named)))
    if j is None:
        return
    names = _stems(_journey_names(j))
    # ("paid dine-in + delivery" with dine_in said already: the journey's kind joins the kinds of that column, never
    # its twin column in the other language, which would leave no order in both)
    joined = [(d, v) for d, v in _order_kinds_named_by(w, names, filtered=True, journey=j)
              if d in w.filters and not any(str(x).startswith("!=") for x in w.filters[d])]
    hits = joined or _order_kinds_named_by(w, names, journey=j)
    if len(hits) != 1:
        return
    dim, value = hits[0]
    w.filters[dim] = [*(w.filters.get(dim) or []), value] if joined else [value]
    word = next((m.surface for m in w.mentions if m.kind == "journey" and m.id == j.id), j.id)
    w.notes.append(("fuzzy", {"surface": word, "id": value, "kind": "value"}))
    w.journey_id = None


def _twin_on_the_measured_rows(w: Work, table: str | None) -> None:
    """"2025年干洗订单的平均客单价" where 干洗 is a value of the events' service_type_zh and the orders keep only its twin
    service_type (dry_clean beside 干洗 on every event): a column the measured rows lack is read as its twin in the
    other language that they keep, value for value — sliced by it, never refused."""
    if table is None:
        return
    steps = set(w.touchpoint_ids) | {str(t) for t in w.filters.get("touchpoint", ()) if not str(t).startswith("!=")}
    for dim in list(w.filters):
        term = w.catalog.dimension(dim)
        if term is None or not term.slices or table in term.slices:
            continue
        # (on the events, only a twin the asked steps record: 品名 kept on the orders slices no tasting)
        twin = next((t for t in w.catalog.value_twins.get(dim, ()) if (u := w.catalog.dimension(t)) is not None
                     and table in (u.slices or ()) and (dim, t) in w.catalog.twin_values
                     and not (table == "events" and not (w.catalog.steps_recording(t) and (
                         not steps or steps & w.catalog.steps_recording(t))))), None)
        if twin is None or twin in w.filters:
            continue
        mapping = w.catalog.twin_values[(dim, twin)]
        vals = [str(v) for v in w.filters[dim]]
        bare = [v[2:] if v.startswith("!=") else v for v in vals]
        held = {str(v) for v in w.catalog.values_by_table.get((twin, table), ())}
        if all(b in mapping and mapping[b] in held for b in bare):
            w.filters[twin] = [("!=" if v.startswith("!=") else "") + mapping[b] for v, b in zip(vals, bare)]
            del w.filters[dim]


# a word said as left out: "not catering", "excluding refunds", "不含储值", "除了外卖"
NOT_SAID_BEFORE = re.compile(r"(?:\bnot|\bexcluding|\bexcept(?: for)?|\bwithout|\bminus|不含|不算|不包括|除了|除去|排除)\s*$",
                             re.I)


def _journey_orders_cannot_carry(w: Work) -> bool:
    """"How much revenue did the warranty claim journey bring in 2025?" where the orders record no journey and none of
    their values is named like it: all the orders would answer for one journey's. Refused, saying what can be asked —
    unless the journey is the only one a customer buys in (a step at the purchase stage), whose orders are all."""
    said = [m for m in w.mentions if m.kind == "journey" and m.id == w.journey_id]
    if w.status != "ok" or not w.journey_id or w.touchpoint_ids or not said or \
            all(NOT_SAID_BEFORE.search(w.text[:m.start]) for m in said):
        return False  # (nor a journey said as left out: "truck sales only, not catering")
    j = w.catalog.journey(w.journey_id)
    if j is None:
        return False
    buying = [x.id for x in w.catalog.journeys if any(
        (tp := w.catalog.touchpoint(t)) is not None and tp.stage == "purchase" for t in x.steps)]
    if buying == [j.id]:
        return False
    if any((t := w.catalog.dimension(d)) is not None and t.slices and "orders" in t.slices and d != "order_status"
           and not PLACE_COLUMN.search(d) for d in (w.dimension, *w.filters) if d):
        return False  # (the orders sliced or grouped by a column of theirs already: "storage invoices", "by platform")
    # (the columns offered are the ones that sort orders into a few kinds: fewest values first, never numbers)
    kinds = sorted((d for d in w.catalog.dimensions if "orders" in d.slices and d.id not in ("order_status", "touchpoint")
                    and _kind_column(d.id) and (vals := w.catalog.values_by_table.get((d.id, "orders")))
                    and not all(re.fullmatch(r"[\d.\-/]+", str(v)) for v in vals) and not PLACE_COLUMN.search(d.id)),
                   key=lambda d: (not KIND_COLUMN.search(d.id), len(w.catalog.values_by_table.get((d.id, "orders")) or ())))
    word = next(m.surface for m in w.mentions if m.kind == "journey" and m.id == j.id)
    sep = "、" if w.language == "zh" else ", "
    _unsupported(w, "journey_on_orders", journey=word,
                 columns=sep.join((d.names.get(w.language) or d.id) for d in kinds[:4]) or "-")
    return True


def _journey_names(j: Any) -> str:
    """Every name of a journey (its names in each language and its id), as one text."""
    return " ".join(x for x in (j.name, j.name_zh, j.name_en, j.id) if x)


def _key_words(j: Any) -> frozenset[str]:
    """The words a journey's names are made of, as people say them: Chinese words of two or more characters
    ("饭卡充值" → 饭卡, 充值), English words of four or more letters with hyphens joined and without a plural
    ("Card top-up" → topup), less the words every kind of order shares."""
    return _key_words_of((j.name, j.name_zh, j.name_en, j.id))


@functools.lru_cache(maxsize=1024)
def _key_words_of(names: tuple[str | None, ...]) -> frozenset[str]:
    """_key_words, once per set of names (asked for every journey on every question about orders)."""
    import jieba  # lazy, as everywhere in the planner (the journey names are few)

    out: set[str] = set()
    for n in names:
        if not n:
            continue
        for run in re.findall(r"[\u4e00-\u9fff]+", n):
            out |= {x for x in jieba.lcut(run) if len(x) >= 2}
        out |= {re.sub(r"(?<=[a-z]{3})s$", "", x.replace("-", "")) for x in re.findall(r"[a-z][a-z\-]{3,}", n.lower())}
    return frozenset(out - GENERIC_ORDER_STEMS - {"orders", "journey", "process", "flow", "流程", "旅程"})


def _in_bracketed_list(text: str, at: int) -> bool:
    """Is the position inside brackets that list several things ("every paid order (tickets, cabanas, lockers)",
    "（琴弦、松香、琴盒这些）"): examples of what is counted, no slice?"""
    left = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    if left < 0 or max(text.rfind(")", 0, at), text.rfind("）", 0, at)) > left:
        return False
    right = min([i for i in (text.find(")", at), text.find("）", at)) if i >= 0], default=len(text))
    return len(re.findall(r"[,，、/]", text[left:right])) >= 1


def _journey_said_by_its_word(w: Work) -> None:
    """"成功充值的金额一共多少", "total amount of successful top-ups", "预订餐销售额" where the orders have the types
    topup and preorder, the journeys 饭卡充值 / Card top-up and 预订取餐 / Pre-order: money or orders asked with a
    word that only one journey's names hold, said on its own (not inside a step or value already read), are the
    orders of the kind that journey is named like — as when the journey is named outright. Said as an assumption."""
    if any(m.kind in ("journey", "touchpoint") for m in w.mentions) or w.touchpoint_ids or w.journey_id:
        return
    low = w.text.lower()
    taken = [(m.start, m.end) for m in w.mentions]
    en_tokens = {re.sub(r"(?<=[a-z]{3})s$", "", t.group(0).replace("-", "")): t.span()
                 for t in re.finditer(r"[a-z][a-z\-]{3,}", low)}
    found: dict[str, tuple[str, str, str]] = {}
    keys = {j.id: _key_words(j) for j in w.catalog.journeys}
    for j in w.catalog.journeys:
        hits = _kind_named_by_journey(w, j, _stems(_journey_names(j)))
        if len(hits) != 1:
            continue
        for word in keys[j.id]:
            if any(word in other for jid, other in keys.items() if jid != j.id):
                continue
            span = en_tokens.get(word) if word.isascii() else \
                (low.find(word), low.find(word) + len(word)) if word in low else None
            if span is None or any(a < span[1] and span[0] < b for a, b in taken) or \
                    timeparse.in_inclusion(w.text, span[0], span[1]) or _in_bracketed_list(w.text, span[0]):
                continue  # (a kind in a list of what counts too, "every paid order (tickets, …)", slices nothing)
            found[j.id] = (*hits[0], w.text[span[0]:span[1]])
    if len(found) != 1:
        return
    dim, value, word = next(iter(found.values()))
    w.filters[dim] = [value]
    w.notes.append(("fuzzy", {"surface": word, "id": value, "kind": "value"}))


def _names_the_journey(w: Work, values: list[str]) -> bool:
    """Is every value a word of the journey's name (otc in "OTC purchase")?"""
    j = w.catalog.journey(w.journey_id) if w.journey_id else None
    if j is None:
        return False
    words = set(re.split(r"[\s_\-/]+", _journey_names(j).lower()))
    return all(str(v).lower() in words for v in values)


def _channel_of_other_rows(w: Work, table: str) -> None:
    """"Q3 2025 ticket funnel" where "ticket" is a channel only the comments record (support tickets), "people who came
    in through company HR" where company_hr is the customers' acquisition channel: a channel value the measured rows
    never hold is the customers' acquisition channel when it is one of theirs, else it slices nothing (said)."""
    vals = [str(v) for v in w.filters.get("channel") or () if not str(v).startswith("!=")]
    own = w.catalog.values_by_table.get(("channel", table))
    if not vals or table not in ("events", "orders") or not own or set(vals) & set(own):
        return
    # ("天猫旗舰店成交金额" where 天猫 is the comments' tmall_review and the orders' tmall: the same words' value the
    # measured rows hold)
    spans = {(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == "channel" and str(m.id) in vals}
    held = list(dict.fromkeys(str(m.id) for m in w.mentions if m.kind == "value" and (m.start, m.end) in spans
                              and str(m.id) in own))
    if len(held) == 1:
        w.filters["channel"] = held
        return
    acquired = set(w.catalog.values_by_table.get(("acquisition_channel", "customers"), ()))
    if acquired and set(vals) <= acquired and w.catalog.dimension("acquisition_channel") is not None:
        w.filters["acquisition_channel"] = w.filters.pop("channel")
        w.notes.append(("translated", {"word": ", ".join(vals), "name": (
            w.catalog.dimension("acquisition_channel").names.get(w.language) or "acquisition_channel")}))
        return
    said = next((m.surface for m in w.mentions if m.kind == "value" and m.dim == "channel"), vals[0])
    del w.filters["channel"]
    w.notes.append(("every_row_has_not", {"word": said, "table": _msg(w).get("table_" + table, table)}))


UNDONE_SALE = re.compile(r"refund|return|cancel|void|退款|退货|退单|退费|取消|作废", re.I)


def _undoes_a_sale(c: Catalog, tid: str) -> bool:
    """A step that takes a sale back (a refund, a return, a cancellation): its orders are not the paid ones."""
    tp = c.touchpoint(tid)
    return tp is not None and bool(UNDONE_SALE.search(" ".join(x for x in (tp.name, tp.name_zh, tp.name_en, tid) if x)))


def require_data(w: Work) -> None:
    """Unsupported when the table behind the measure is absent, or the asked period misses its coverage."""
    prof = w.catalog.profile
    if w.intent == "journey_map":
        return  # ("旅程地图…每个环节的覆盖和口碑，一直到回款、复购": the map has its own measures; words of others say its scope)
    table = measure_table(w)
    if prof is None or table is None:
        return
    msg = _msg(w)
    metric = w.metric_id and next((n for n in (w.catalog.metric(w.metric_id).names.get(w.language),)  # type: ignore[union-attr]
                                   if n), w.metric_id)
    what = metric or msg.get("table_" + table, table)
    if not prof.present(table):
        _unsupported(w, "no_table", table=msg.get("table_" + table, table), metric=what, have=_have(w))
        return
    if w.intent in JOURNEY_INTENTS and not prof.present("journeys"):
        _unsupported(w, "no_table", table=msg["table_journeys"], metric=what, have=_have(w))
        return
    if table == "events" and w.metric_id in ("sum_amount", "avg_amount") and _orders_money_meant(w):
        # "2025年一共汇出去多少钱？按已支付（没退款）的汇款金额算": the events' own amount column cannot say which were
        # paid; the orders' amounts can, and are the same money
        w.metric_id = "revenue" if w.metric_id == "sum_amount" else "aov"
        table = "orders"
        what = w.catalog.metric(w.metric_id).names.get(w.language) or w.metric_id  # type: ignore[union-attr]
    if table == "orders" and w.touchpoint_ids and w.intent not in JOURNEY_INTENTS and w.dimension != "touchpoint":
        _step_said_by_order_value(w)
    if table == "orders" and w.intent not in JOURNEY_INTENTS and w.dimension != "touchpoint":
        _journey_as_the_order_kind(w)
        _journey_said_by_its_word(w)
        if _journey_orders_cannot_carry(w):
            return
    left_out = [str(v) for v in w.filters.get("touchpoint", ())]
    if table == "orders" and left_out and all(v.startswith("!=") and _undoes_a_sale(w.catalog, v[2:]) for v in left_out) and \
            w.filters.get("order_status") == ["paid"] and w.dimension != "touchpoint":
        # "GMV, paid item orders only, returns, refunds and cancellations not counted": the orders record no step,
        # and the paid ones are what is counted — the steps left out are the orders that were not paid
        del w.filters["touchpoint"]
        w.notes.append(("left_out_not_paid", {"steps": "、".join(w.left_out.get(v[2:], v[2:]) for v in left_out)}))
    if _people_of_orders(w, table):
        # "unique customers who made at least one paid purchase": people counted by what their orders are
        w.metric_id, table = "buyers", "orders"
        w.touchpoint_ids = []
        w.filters.pop("stage", None)  # "made a purchase": the purchase is the order itself
        what = w.catalog.metric("buyers").names.get(w.language) or "buyers"
        w.notes.append(("metric_default", {"name": w.catalog.metric("buyers").names.get(w.language) or "buyers"}))
    if table == "feedback" and w.filters.get("channel"):
        _platform_of_comments(w)
    if table == "feedback":
        _comments_named_by_their_step(w)
        _survey_of_comments(w)
    _channel_of_other_rows(w, table)
    left_out = [str(t)[2:] for t in w.filters.get("touchpoint", ()) if str(t).startswith("!=")]
    if table == "orders" and left_out and len(left_out) == len(w.filters["touchpoint"]) and all(
            (tp := w.catalog.touchpoint(t)) is not None and REFUND_STEP.search(" ".join(
                x for x in (tp.name, tp.name_zh, tp.name_en, tp.id) if x).lower()) for t in left_out):
        # ("已付款的订单都算…，退了款的不算" of revenue: the refunded orders left out, which the orders' status says)
        del w.filters["touchpoint"]
        statuses = [str(v) for v in (w.catalog.dimension_values.get("order_status") or ())]
        if "refunded" in statuses and "order_status" not in w.filters:
            w.filters["order_status"] = ["!=refunded"]
    _value_as_the_people_counted(w, table)
    if table == "events":
        _outcome_at_its_own_step(w)
    _twin_on_the_measured_rows(w, table)
    for dim in ([w.dimension, *w.filters] if w.intent != "experiment" else []):  # a variant is the subject there
        term = w.catalog.dimension(dim) if dim else None
        held = term is not None and (not term.slices or table in term.slices) and not (
            dim == "channel" and table == "feedback" and "feedback_channel" in w.catalog.dimension_values
            and not set(w.filters.get(dim, ())) <= set(w.catalog.dimension_values["feedback_channel"]))
        counted = w.intent in ("feedback_count", "feedback_search") or (
            # ("一共有多少条反馈投诉窗帘尺寸不对": a count of comments sliced by an order kind they cannot carry is a
            # count of the comments saying those words)
            w.intent in ("metric_value", "breakdown") and w.metric_id == "feedback_volume" and dim != w.dimension)
        if term is not None and not held and dim != "touchpoint" and counted and table == "feedback" and \
                dim in w.filters:
            del w.filters[dim]  # "有多少条反馈在说安卓版约不了课": 安卓 is what the comments say, searched as words
            w.notes.append(("slice_as_topic", {"dim": term.names.get(w.language) or dim}))
            if w.intent in ("metric_value", "breakdown"):
                if w.intent == "breakdown" and w.dimension:
                    w.notes.append(("topic_by_group", {}))  # ("which floor type gets the most colour-mismatch complaints")
                w.intent = "feedback_count"
                # (steps named among the topic's words are words of the topic too, unless said as a place, and so
                # is one where no comment was filed)
                from assistant.planner import _steps_in_topic  # (the package's own rule; imported when run)
                _steps_in_topic(w)
                held_steps = set(w.catalog.feedback_steps)
                w.touchpoint_ids = [t for t in w.touchpoint_ids if t in held_steps]
            continue
        if dim == "stage" and table == "orders" and dim in w.filters and dim != w.dimension and \
                set(w.filters[dim]) <= ORDER_STAGES:
            # "买了两次及以上的用户占购买用户的比例": the purchase stage is where orders are placed, the order itself
            said = next((m.surface for m in w.mentions if m.kind == "value" and m.dim == "stage"), "")
            del w.filters[dim]
            w.notes.append(("verb_not_slice", {"word": said, "what": what}))
            continue
        if dim == "action" and table != "events" and dim in w.filters and dim != w.dimension:
            # "网上提交的投诉", "submitted reviews": the event verb says how the rows came in, it slices nothing here
            said = next((m.surface for m in w.mentions if m.kind == "value" and m.dim == "action"), "")
            del w.filters[dim]
            w.notes.append(("verb_not_slice", {"word": said, "what": what}))
            continue
        if term is not None and term.slices and table not in term.slices and dim in w.filters and \
                _names_the_journey(w, w.filters[dim]):
            # "in the OTC funnel" with order_type = otc: the journey's own word (OTC purchase), not a slice of it
            del w.filters[dim]
            continue
        acquired = set(w.catalog.dimension_values.get("acquisition_channel") or ())
        if dim == "channel" and dim in w.filters and term is not None and table not in term.slices and \
                table == "customers" and acquired and set(w.filters[dim]) <= acquired:
            # "of the customers who signed up in 2025, what % came through Ctrip": the channel a customer came in
            # through is the customer list's own acquisition channel
            w.filters["acquisition_channel"] = w.filters.pop(dim)
            w.notes.append(("translated", {"word": ", ".join(w.filters["acquisition_channel"]),
                                           "name": (w.catalog.dimension("acquisition_channel").names.get(w.language)
                                                    or "acquisition_channel")}))
            continue
        if dim == "channel" and dim == w.dimension and term is not None and table not in term.slices and \
                table == "customers" and acquired and set(w.focus) <= acquired:
            w.dimension = "acquisition_channel"  # ("what % came through Ctrip": the share among the channels they came in by)
            continue
        if term is not None and term.slices and table not in term.slices and dim in w.filters and \
                dim != w.dimension and len(w.filters[dim]) == 1 and all(
                    w.catalog.constant.get((dim, t)) == w.filters[dim][0] for t in term.slices if prof.present(t)):
            # "电话" in a call-centre log whose every call is by phone: the value every row holds slices nothing
            said = next((m.surface for m in w.mentions if m.kind == "value" and m.dim == dim), w.filters[dim][0])
            del w.filters[dim]
            w.notes.append(("every_row_has", {"word": said, "dim": term.names.get(w.language) or dim}))
            continue
        if dim == "order_status" and w.filters.get(dim) == ["paid"] and dim != w.dimension and term is not None and \
                term.slices and table not in term.slices and table not in term.reach and _paid_at_pay_step(w):
            continue  # "paid visits": the visits that reached the payment step, events record no order status
        if table == "events" and term is not None and term.slices and table not in term.slices and \
                table not in term.reach and dim in w.filters and dim != w.dimension and (
                    _said_of_a_step(w, dim) or _the_rows_own_noun(w, dim)):
            # ("trial boxes convert worst into a paid subscription": the orders' word said of a step describes that
            # step's records — the subscription is the paying one — no slice the events cannot take)
            said = next((m.surface for m in w.mentions if m.kind == "value" and m.dim == dim), dim)
            del w.filters[dim]
            w.notes.append(("said_of_step", {"word": said}))
            continue
        if term is not None and term.slices and table not in term.slices and table not in term.reach and \
                dim in w.filters and dim != w.dimension and (other := _sibling_column(w, dim, table)):
            # "上海的客户里选英文服务的占多少": 英文 is a value of the comments' language and of the customers'
            # preferred_language; the measure is of customers, so the column it can be sliced by is meant
            was = w.filters.pop(dim)
            spans = {(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == dim and m.id in was}
            w.filters[other] = list(dict.fromkeys(m.id for m in w.mentions if m.kind == "value" and m.dim == other
                                                  and (m.start, m.end) in spans))
            continue
        if term is not None and term.slices and table not in term.slices and table not in term.reach and \
                dim == w.dimension and (other := _sibling_grouping(w, dim, table)):
            # ("which platform's live rooms turned the smallest share of viewers into buyers" where platform is a
            # column of the comments and the events keep the same platforms as their channel: that column groups)
            w.dimension = other
            w.notes.append(("translated", {"word": term.names.get(w.language) or dim,
                                           "name": (w.catalog.dimension(other).names.get(w.language) or other)}))
            continue
        if term is not None and term.slices and table not in term.slices and table not in term.reach and \
                (dim != "touchpoint" or dim == w.dimension or dim in w.filters):
            # (grouping orders by step too: orders record no step — "which step brings the most revenue")
            # "upgrades by plan_name" when plan_name lives on orders and the measure on events
            where = "、".join(msg.get("table_" + t, t) for t in term.slices) if w.language == "zh" else \
                ", ".join(msg.get("table_" + t, t) for t in term.slices)
            _unsupported(w, "not_applicable", dim=(term.names.get(w.language) or dim), where=where, what=what,
                         table=msg.get("table_" + table, table))
            return
    start, end = prof.coverage(table)
    if w.period is None or w.default_period or start is None or end is None:
        return
    if w.period.end < start or w.period.start > end:
        _unsupported(w, "out_of_coverage", table=msg.get("table_" + table, table), start=start, end=end,
                     period=str(w.period))


def default_period(w: Work, days: int) -> Period:
    """The `days` days ending at the default anchor, with the note that says so."""
    anchor, table = default_anchor(w)
    p = Period(anchor - timedelta(days=days - 1), anchor)
    if table is not None:
        w.notes.append(("period_default_data", {"table": _msg(w).get("table_" + table, table),
                                                "start": p.start, "end": p.end}))
    return p


def whole_coverage(w: Work) -> Period | None:
    """All days the measure's table covers (None when it is unknown or the question needs no rows)."""
    prof, table = w.catalog.profile, measure_table(w)
    if prof is None or table is None:
        return None
    start, end = prof.coverage(table)
    return Period(start, min(end, w.as_of) if end > w.as_of >= start else end) if start and end else None


def starting_points(w: Work) -> list[str]:
    """Questions this workspace can answer well, in the asker's language (clarify options)."""
    zh = w.language == "zh"
    prof = w.catalog.profile
    out: list[str] = []
    for j in w.catalog.journeys[:3]:
        name = (j.name_zh if zh else j.name_en) or j.name or j.id
        out.append(f"{name}哪一步流失最多？" if zh else f"Which step of {name} loses the most customers?")
    if prof is None or prof.present("feedback"):
        out.append("客户主要在抱怨什么？" if zh else "What are customers complaining about?")
    if prof is not None and prof.present("orders"):
        out.append("每月订单趋势" if zh else "Monthly orders trend")
    return out[:5]
