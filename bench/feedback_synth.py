"""Synthetic bilingual feedback comments for benchmarks, recombined from our own templates."""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import duckdb

from knowledge.tables import TABLES

ZH_SUBJECT = ["配送", "骑手", "客服", "支付页面", "App", "退款流程", "包装", "验证码", "门店店员", "价格", "优惠券", "会员积分"]
ZH_ISSUE = ["太慢了", "一直出错", "态度很差", "让人很满意", "非常好用", "总是收不到", "破损严重", "比上次好多了",
            "处理得很及时", "没有任何回应", "很贴心", "经常闪退"]
ZH_TAIL = ["，希望改进", "，下次还会再来", "，太失望了", "，给个好评", "，等了很久", "", "，请尽快处理", "，体验不错"]
EN_SUBJECT = ["delivery", "the courier", "customer support", "the payment page", "the app", "the refund process",
              "packaging", "the SMS code", "store staff", "pricing", "the coupon", "loyalty points"]
EN_ISSUE = ["was too slow", "keeps failing", "was rude", "was great", "works really well", "never arrives",
            "was badly damaged", "is better than last time", "was handled quickly", "got no response",
            "was very thoughtful", "crashes all the time"]
EN_TAIL = [", please fix it", ", will order again", ", so disappointed", ", five stars", ", waited forever", "",
           ", sort it out soon", ", nice experience"]


def comment(rng: random.Random, i: int) -> tuple[str, int]:
    """One comment and the index of its subject (a rough ground-truth topic)."""
    s = rng.randrange(len(ZH_SUBJECT))
    if rng.random() < 0.5:
        text = ZH_SUBJECT[s] + rng.choice(ZH_ISSUE) + rng.choice(ZH_TAIL) + f"（订单{i}）"
    else:
        text = f"{EN_SUBJECT[s].capitalize()} {rng.choice(EN_ISSUE)}{rng.choice(EN_TAIL)} (order {i})"
    return text, s


def write_feedback_db(path: Path, n: int, *, start: int = 0, seed: int = 11, hot_touchpoint_rows: int = 5000) -> None:
    """Create (or extend) a database with n synthetic comments over 20 touchpoints."""
    fresh = not path.exists()
    con = duckdb.connect(str(path))
    try:
        if fresh:
            for t in TABLES.values():
                con.execute(t.ddl())
            stages = ["awareness", "consideration", "purchase", "service", "loyalty"]
            con.executemany("INSERT INTO touchpoints (touchpoint_id, name, stage, position) VALUES (?, ?, ?, ?)",
                            [[f"tp_{i:02d}", f"Touchpoint {i}", stages[(i - 1) // 4], i] for i in range(1, 21)])
            con.execute("INSERT INTO customers (customer_id, segment) SELECT 'c' || i, "
                        "['new', 'returning', 'vip', 'at_risk'][1 + i % 4] FROM range(20000) r(i)")
        rng = random.Random(seed + start)
        base = datetime(2026, 7, 1)
        rows = []
        for i in range(start, start + n):
            text, _ = comment(rng, i)
            # the first `hot_touchpoint_rows` comments sit on tp_01: the 5,000-comment theme slice
            tp = "tp_01" if i < hot_touchpoint_rows else f"tp_{2 + i % 19:02d}"
            rows.append((f"f{i:07d}", text, base + timedelta(minutes=i * 7 % (120 * 24 * 60)), f"c{i % 20000}", tp,
                         rng.choice(["survey", "app_review", "ticket"]), float(rng.randint(1, 5)), None))
        con.executemany("INSERT INTO feedback (feedback_id, text, ts, customer_id, touchpoint_id, channel, rating, nps) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    finally:
        con.close()
