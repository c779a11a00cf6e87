"""Example questions about the demo company, one list per language (shown by `journey demo`)."""
from __future__ import annotations

EXAMPLE_QUESTIONS: dict[str, tuple[str, ...]] = {
    "zh": (
        "注册旅程哪一步流失最多？",
        "上周安卓的支付转化率为什么下降了？",
        "夜间下单的退货率是不是更高？",
        "按客户分群看客服的平均评分，哪个分群最低？",
        "双11当天的订单量和平时比怎么样？",
        "结算按钮实验哪个版本赢了？",
        "关于短信验证码的反馈主要有哪些问题？",
    ),
    "en": (
        "Which step of the registration journey loses the most users?",
        "Why did Android payment conversion drop last week?",
        "Are night orders returned more often?",
        "Average customer service rating by segment: which segment is lowest?",
        "How did orders on Nov 11 compare with a normal day?",
        "Which variant won the checkout button experiment?",
        "What do customers say about delivery?",
    ),
}
