"""Feedback comments anchored on real events: who, where, when, how they felt, and the text."""
from __future__ import annotations

import random

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from knowledge.demo.company import (A, ANDROID, END_S, FEEDBACK_CHANNELS, PLANTED, SEG, TOUCHPOINTS,
                                    TP, in_days)
from knowledge.demo.population import Population
from knowledge.demo.texts import NO_TOUCHPOINT, Composer, Phrasebook, load_phrasebooks
from knowledge.demo.writer import fixed_ids, timestamps

# How likely an event is to be commented on, by touchpoint (service moments get most comments).
TP_WEIGHT = {
    "tp_ads": 0.15, "tp_social": 0.4, "tp_app_push": 0.3, "tp_landing": 0.3, "tp_signup": 0.8,
    "tp_sms": 1.2, "tp_profile": 0.6, "tp_search": 0.15, "tp_product": 0.08, "tp_cart": 0.2,
    "tp_checkout": 0.5, "tp_payment": 0.8, "tp_order_confirm": 0.3, "tp_delivery": 1.5,
    "tp_support": 4.0, "tp_returns": 2.0, "tp_review": 1.0, "tp_loyalty": 0.8,
}
# Share of negative comments when nothing went wrong at the anchor event.
NEG_BASE = {
    "tp_ads": 0.45, "tp_social": 0.35, "tp_app_push": 0.55, "tp_landing": 0.35, "tp_signup": 0.4,
    "tp_sms": 0.45, "tp_profile": 0.35, "tp_search": 0.4, "tp_product": 0.3, "tp_cart": 0.3,
    "tp_checkout": 0.35, "tp_payment": 0.3, "tp_order_confirm": 0.2, "tp_delivery": 0.4,
    "tp_support": 0.2, "tp_returns": 0.5, "tp_review": 0.25, "tp_loyalty": 0.35,
}
MIXED_SHARE = 0.12
NEG_AFTER_FAIL = 0.9
NEG_AT_RISK_SUPPORT = 0.85
NEG_BUG = 0.95
NO_TP_SHARE = 0.04
ZH_SHARE = 0.6
RATING_P = {"neg": ((1, 2, 3), (0.55, 0.35, 0.10)), "mixed": ((2, 3, 4), (0.3, 0.5, 0.2)),
            "pos": ((3, 4, 5), (0.07, 0.33, 0.60))}
NPS_RANGE = {"neg": (0, 7), "mixed": (5, 9), "pos": (7, 11)}
CHANNEL_P = {
    "support": (0.25, 0.0, 0.45, 0.05, 0.25),
    "physical": (0.35, 0.10, 0.25, 0.15, 0.15),
    "digital": (0.35, 0.35, 0.15, 0.15, 0.0),
    NO_TOUCHPOINT: (0.5, 0.3, 0.0, 0.2, 0.0),
}
# Complaint themes that dominate under a planted condition.
SUPPORT_THEMES = {"slow_response": 0.45, "unhelpful_answers": 0.35, "transferred_many_times": 0.2}
SMS_FAIL_THEMES = {"code_not_received": 0.55, "code_expired": 0.35, "too_many_steps": 0.10}


def _anchors(rng: np.random.Generator, pop: Population, ev: dict[str, np.ndarray],
             n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pick n events to comment on (weighted, without replacement); flag the planted conditions."""
    tp_w = np.array([TP_WEIGHT[t.id] for t in TOUCHPOINTS])
    fail = ev["action"] == A["fail"]
    bug = ((ev["tp"] == TP["tp_payment"]) & (ev["device"] == ANDROID) & fail
           & in_days(ev["ts"], PLANTED.bug_start, PLANTED.bug_end))
    risky_support = (ev["tp"] == TP["tp_support"]) & (pop.segment[ev["customer"]] == SEG["at_risk"])
    w = tp_w[ev["tp"]] * np.where(fail, 5.0, 1.0) * np.where(bug, 8.0, 1.0) * np.where(risky_support, 4.0, 1.0)
    # Efraimidis-Spirakis weighted sampling without replacement: the n largest log(u)/w.
    keys = np.log(rng.random(len(w))) / w
    n = min(n, len(w))
    picked = np.sort(np.argpartition(-keys, n - 1)[:n]) if n else np.zeros(0, dtype=np.int64)
    return picked, bug[picked], risky_support[picked]


def draft_feedback(rng: np.random.Generator, pop: Population, ev: dict[str, np.ndarray], n: int) -> dict[str, object]:
    """Columns of the feedback table (ids, text, ts, customer, touchpoint, channel, rating, nps)."""
    picked, bug, risky_support = _anchors(rng, pop, ev, n)
    n = len(picked)
    tp = ev["tp"][picked].astype(np.int64)
    fail = ev["action"][picked] == A["fail"]
    tp_ids = [t.id for t in TOUCHPOINTS]
    p_neg = np.array([NEG_BASE[t] for t in tp_ids])[tp]
    p_neg = np.where(fail, NEG_AFTER_FAIL, p_neg)
    p_neg = np.where(risky_support, NEG_AT_RISK_SUPPORT, p_neg)
    p_neg = np.where(bug, NEG_BUG, p_neg)
    u = rng.random(n)
    polarity = np.where(u < p_neg, 0, np.where(u < p_neg + MIXED_SHARE, 1, 2))
    no_tp = rng.random(n) < NO_TP_SHARE
    lang_zh = rng.random(n) < ZH_SHARE
    delay = np.where(bug, rng.integers(600, 6 * 3600, n), rng.integers(600, 3 * 86400, n))
    ts = np.minimum(ev["ts"][picked] + delay, END_S)

    books = load_phrasebooks()
    composer = Composer(books, random.Random(int(rng.integers(2**62))))
    py = random.Random(int(rng.integers(2**62)))
    texts, channels, ratings, nps, tp_out, cust_out = [], [], [], [], [], []
    for i in range(n):
        pol = ("neg", "mixed", "pos")[polarity[i]]
        tp_key = NO_TOUCHPOINT if no_tp[i] else tp_ids[tp[i]]
        if tp_key == NO_TOUCHPOINT and pol == "mixed":
            pol = "neg"
        lang = "zh" if lang_zh[i] else "en"
        theme, praise = _themes(books["zh"], py, tp_key, pol, bool(bug[i]), bool(risky_support[i]),
                                bool(fail[i]) and tp_key == "tp_sms")
        group = _channel_group(tp_key)
        channel = py.choices(FEEDBACK_CHANNELS, weights=CHANNEL_P[group])[0]
        texts.append(composer.compose(lang, tp_key, pol, theme if pol != "pos" else praise, channel, praise))
        channels.append(channel)
        rated = channel in ("survey", "app_review", "ticket")
        values, weights = RATING_P[pol]
        ratings.append(float(py.choices(values, weights=weights)[0]) if rated else None)
        lo, hi = NPS_RANGE[pol]
        nps.append(py.randrange(lo, hi) if channel == "survey" and py.random() < 0.6 else None)
        tp_out.append(None if tp_key == NO_TOUCHPOINT else tp_key)
        anonymous = channel == "social" and py.random() < 0.7
        cust_out.append(-1 if anonymous else int(ev["customer"][picked[i]]))
    order = np.argsort(ts, kind="stable")
    return {"ts": ts[order], "text": [texts[i] for i in order], "channel": [channels[i] for i in order],
            "rating": [ratings[i] for i in order], "nps": [nps[i] for i in order],
            "touchpoint_id": [tp_out[i] for i in order], "customer": np.array(cust_out, dtype=np.int64)[order]}


def _channel_group(tp_key: str) -> str:
    """Which CHANNEL_P row applies: support, physical service, digital, or no touchpoint."""
    if tp_key == "tp_support":
        return "support"
    if tp_key in ("tp_delivery", "tp_returns"):
        return "physical"
    return NO_TOUCHPOINT if tp_key == NO_TOUCHPOINT else "digital"


def _themes(book: Phrasebook, py: random.Random, tp_key: str, pol: str, bug: bool, risky_support: bool,
            sms_fail: bool) -> tuple[str, str]:
    """(complaint theme, praise theme) for one comment; planted conditions steer the complaint."""
    complaints = [t for t in book.themes(tp_key, "neg") if not t.endswith("_android")]
    weights = [1.0] * len(complaints)
    if tp_key == "tp_support":
        weights = [SUPPORT_THEMES.get(t, 0.1) for t in complaints]
        if risky_support:
            weights = [0.75 if t == "slow_response" else 0.125 for t in complaints]
    if sms_fail:
        weights = [SMS_FAIL_THEMES.get(t, 0.05) for t in complaints]
    theme = py.choices(complaints, weights=weights)[0]
    if bug and tp_key == "tp_payment" and py.random() < 0.85:
        theme = "payment_failed_android"
    praise = py.choice(book.themes(tp_key, "pos"))
    return theme, praise


def feedback_table(fb: dict[str, object]) -> pa.Table:
    """The feedback file, ids in time order."""
    n = len(fb["text"])
    cust = np.asarray(fb["customer"])
    return pa.table({
        "feedback_id": fixed_ids("F", np.arange(1, n + 1), 6),
        "text": pa.array(fb["text"], type=pa.string()),
        "ts": timestamps(np.asarray(fb["ts"])),
        "customer_id": pc.if_else(pa.array(cust < 0), pa.scalar(None, pa.string()),
                                          fixed_ids("C", np.maximum(cust, 0) + 1, 7)),
        "touchpoint_id": pa.array(fb["touchpoint_id"], type=pa.string()),
        "channel": pa.array(fb["channel"], type=pa.string()),
        "rating": pa.array(fb["rating"], type=pa.float64()),
        "nps": pa.array(fb["nps"], type=pa.int64()),
    })
