"""Hand-written feedback fixtures and a tiny-workspace builder for the feedback tests."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import duckdb

from knowledge.tables import TABLES
from knowledge.workspace import Workspace

# (text, label) — written for these tests, not taken from any evaluation data set
SENTIMENT_ZH = [
    ("配送速度很快，饭菜还是热的，非常满意", "positive"),
    ("客服态度特别好，耐心帮我解决了问题", "positive"),
    ("包装精美，味道很棒，下次还会再来", "positive"),
    ("退款很及时，服务很贴心，点赞", "positive"),
    ("页面设计简洁，用起来很方便", "positive"),
    ("骑手小哥很有礼貌，送餐准时", "positive"),
    ("质量很好，物美价廉，推荐购买", "positive"),
    ("新版本的App流畅多了，好评", "positive"),
    ("售后处理得很专业，让人放心", "positive"),
    ("门店环境干净整洁，店员热情", "positive"),
    ("价格实惠，分量也足，很喜欢", "positive"),
    ("支付过程顺利，一次就成功了，很好", "positive"),
    ("等了两个小时还没送到，太差了", "negative"),
    ("客服态度恶劣，问题一直没解决", "negative"),
    ("饭菜都凉了，汤还洒了，非常失望", "negative"),
    ("验证码一直收不到，注册不了，垃圾", "negative"),
    ("支付失败好几次，钱还被扣了，很生气", "negative"),
    ("退款申请一周了都没有处理，太慢了", "negative"),
    ("App总是闪退，根本没法用", "negative"),
    ("商品有质量问题，再也不买了", "negative"),
    ("送错了地址，骑手还态度很差", "negative"),
    ("味道难吃，分量又少，不推荐", "negative"),
    ("页面加载特别慢，卡得要死", "negative"),
    ("电话打了好几次都没人接，服务太差", "negative"),
]

SENTIMENT_EN = [
    ("Delivery was fast and the food was still hot, very happy", "positive"),
    ("The support agent was friendly and solved my problem quickly", "positive"),
    ("Great packaging and delicious taste, will order again", "positive"),
    ("Refund arrived promptly, excellent service", "positive"),
    ("Clean design, the app is easy to use", "positive"),
    ("The courier was polite and on time", "positive"),
    ("Good quality for a fair price, I recommend it", "positive"),
    ("The new version is much smoother, love it", "positive"),
    ("After-sales team was professional and helpful", "positive"),
    ("The store was clean and the staff were welcoming", "positive"),
    ("Checkout was smooth and payment worked the first time, nice", "positive"),
    ("Amazing experience, thank you so much!", "positive"),
    ("Waited two hours and the order never arrived, terrible", "negative"),
    ("The agent was rude and my issue is still not fixed", "negative"),
    ("Food was cold and the soup spilled everywhere, very disappointed", "negative"),
    ("Never received the verification code, cannot sign up, awful", "negative"),
    ("Payment failed three times and I was still charged, angry", "negative"),
    ("My refund request has been ignored for a week, horrible", "negative"),
    ("The app keeps crashing, useless", "negative"),
    ("The product broke after one day, worst purchase ever", "negative"),
    ("Wrong address and the driver was rude", "negative"),
    ("Tasteless food and tiny portions, not recommended", "negative"),
    ("Pages load so slowly, it is frustrating", "negative"),
    ("Called several times and nobody answered, bad service", "negative"),
]

# Four known groups, each in both languages: the themes test checks cluster purity.
THEME_GROUPS: dict[str, list[str]] = {
    "delivery_late": [
        "外卖送得太慢了，等了一个多小时", "骑手迟到了很久，饭都凉了", "配送时间太长，超时严重",
        "送餐太晚了，说好的半小时结果一小时", "配送延迟，一直显示在路上",
        "The delivery was very late, waited over an hour", "Courier arrived an hour late, food was cold",
        "Delivery took forever, way past the promised time", "My order was delayed again, still on the way",
        "Late delivery, the driver took too long",
    ],
    "sms_code": [
        "验证码一直收不到", "短信验证码迟迟不来，无法注册", "收不到短信验证码，试了好几次",
        "注册时验证码发不过来", "手机收不到验证短信",
        "I never receive the SMS verification code", "The verification code text never arrives",
        "Cannot sign up because the SMS code does not come", "No verification code received after many tries",
        "SMS code not delivered to my phone",
    ],
    "payment_fail": [
        "支付失败，钱却被扣了", "付款一直失败，银行卡扣款了", "支付的时候总是报错",
        "微信支付失败了好几次", "付款不成功但是扣钱了",
        "Payment failed but my card was charged", "Checkout payment keeps failing with an error",
        "The payment did not go through but money was taken", "Card payment failed several times",
        "Payment error at checkout, charged twice",
    ],
    "rude_support": [
        "客服态度很差，爱答不理", "客服说话很不耐烦", "人工客服态度恶劣",
        "客服敷衍了事，态度不好", "客服人员很没礼貌",
        "Customer service was rude and dismissive", "The support agent was impolite and impatient",
        "Support staff had a terrible attitude", "The service rep was rude to me",
        "Agent was unhelpful and rude on the phone",
    ],
}

TOUCHPOINTS = [
    # id, name, name_zh, name_en, stage, channel, position
    ("tp_ad", "广告", "广告", "Ads", "awareness", "ads", 1),
    ("tp_sms", "短信验证", "短信验证", "SMS verification", "consideration", "app", 2),
    ("tp_pay", "支付", "支付", "Payment", "purchase", "app", 3),
    ("tp_delivery", "配送", "配送", "Delivery", "service", "app", 4),
    ("tp_support", "客服", "客服", "Customer support", "service", "phone", 5),
]
THEME_TOUCHPOINT = {"delivery_late": "tp_delivery", "sms_code": "tp_sms",
                    "payment_fail": "tp_pay", "rude_support": "tp_support"}

BASE_TS = datetime(2026, 10, 1, 12, 0, 0)


def create_db(path: Path) -> duckdb.DuckDBPyConnection:
    """An empty database with every contract table."""
    con = duckdb.connect(str(path))
    for t in TABLES.values():
        con.execute(t.ddl())
    return con


def feedback_rows(extra: list[tuple] | None = None) -> list[tuple]:
    """(feedback_id, text, ts, customer_id, touchpoint_id, channel, rating, nps) for the theme groups."""
    rows: list[tuple] = []
    n = 0
    for group, texts in THEME_GROUPS.items():
        for i, text in enumerate(texts):
            n += 1
            rows.append((f"{group}_{i}", text, BASE_TS + timedelta(days=n % 20, hours=n),
                         f"c{n % 13}", THEME_TOUCHPOINT[group], "survey" if i % 2 else "app_review",
                         float(1 + n % 3), None))
    return rows + list(extra or [])


def build_workspace(root: Path, rows: list[tuple] | None = None, *, enrich: bool = True) -> Workspace:
    """A workspace with touchpoints, customers and the given feedback rows, optionally enriched."""
    ws = Workspace(root).ensure()
    con = create_db(ws.db_path)
    for tp in TOUCHPOINTS:
        con.execute("INSERT INTO touchpoints (touchpoint_id, name, name_zh, name_en, stage, channel, position) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", list(tp))
    for i in range(13):
        con.execute("INSERT INTO customers (customer_id, segment) VALUES (?, ?)",
                    [f"c{i}", "vip" if i % 3 == 0 else "new"])
    for r in (rows if rows is not None else feedback_rows()):
        con.execute("INSERT INTO feedback (feedback_id, text, ts, customer_id, touchpoint_id, channel, rating, nps) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(r))
    if enrich:
        from knowledge.feedback.enrich import enrich_feedback
        enrich_feedback(con, progress=False)
    con.close()
    return ws
