"""Parallel zh/en complaint pairs (written for these tests): the same pain point said in both languages.

Grouped by pain point so a test can also check that different pain points stay apart.
Not taken from any evaluation data set.
"""
from __future__ import annotations

PARALLEL_PAIRS: dict[str, list[tuple[str, str]]] = {
    "sms_code": [
        ("验证码一直收不到，没法登录", "I never get the verification code, so I can't log in"),
        ("短信验证码等了十分钟都没来", "Waited ten minutes and the SMS code still hasn't come"),
        ("注册的时候收不到短信验证码", "Can't receive the SMS code when signing up"),
        ("点了好几次发送验证码，手机一条都没收到", "Tapped send code several times, not a single text arrived"),
        ("验证码短信总是收不到，换了手机号也不行", "The code text never arrives, even with a different phone number"),
    ],
    "refund_slow": [
        ("退款申请两周了还没到账", "Requested a refund two weeks ago and still haven't got the money"),
        ("退货后一直没有退款", "Returned the item but the refund never came"),
        ("退款进度一直显示处理中", "My refund has been stuck on 'processing' forever"),
        ("说好三天退款，现在十天了钱还没退", "They promised a refund in three days, it's been ten and no money"),
        ("取消订单后退款迟迟不到", "Cancelled the order and the refund is taking ages"),
    ],
    "late_delivery": [
        ("外卖晚了一个小时才送到", "The food delivery arrived an hour late"),
        ("快递比承诺的时间晚了三天", "The parcel came three days later than promised"),
        ("配送太慢了，等了好久", "Delivery was so slow, I waited forever"),
        ("骑手迟到了，饭都凉了", "The courier was late and the food was cold"),
        ("订单显示已发货一周了还没送到", "Order shows shipped a week ago and still not delivered"),
    ],
    "payment_failed": [
        ("付款失败但是钱被扣了", "Payment failed but the money was taken from my account"),
        ("支付的时候一直报错", "Keeps giving an error when I try to pay"),
        ("信用卡支付不了，试了三次", "Can't pay with my credit card, tried three times"),
        ("结账时支付页面卡住了", "The payment page froze at checkout"),
        ("重复扣款了两次", "I was charged twice for the same order"),
    ],
    "rude_support": [
        ("客服态度很差，很不耐烦", "Customer service was rude and impatient"),
        ("客服说话很冲，一点礼貌都没有", "The support agent was snappy and had no manners at all"),
        ("人工客服敷衍了事", "The live agent just brushed me off"),
        ("客服挂我电话，态度恶劣", "The agent hung up on me, terrible attitude"),
    ],
    "support_unreachable": [
        ("客服电话一直打不通", "I can never get through to the customer service hotline"),
        ("在线客服排队一个小时没人回复", "Queued in live chat for an hour and nobody replied"),
        ("发了好几封邮件都没人回", "Sent several emails and no one answered"),
        ("客服热线永远占线", "The support line is always busy"),
    ],
    "app_crash": [
        ("更新之后应用一打开就闪退", "Since the update the app crashes as soon as I open it"),
        ("App老是卡死，只能重启", "The app keeps freezing and I have to restart it"),
        ("应用闪退太频繁了，根本用不了", "The app crashes so often it's unusable"),
        ("安卓版打开就白屏", "The Android app shows a blank white screen on launch"),
    ],
    "damaged_item": [
        ("收到的商品包装破了，东西也坏了", "The package was torn and the item inside was broken"),
        ("杯子寄到的时候已经碎了", "The cup was already shattered when it arrived"),
        ("快递把箱子压坏了，里面的东西变形了", "The box was crushed in shipping and the contents were bent"),
        ("收到的手机屏幕有裂痕", "The phone I received has a cracked screen"),
    ],
    "wrong_item": [
        ("发错货了，我买的是黑色的收到白色的", "Sent the wrong item, I ordered black and got white"),
        ("收到的尺码不对", "The size I received is not the one I ordered"),
        ("订单少发了一件商品", "One item from my order was missing"),
        ("送来的菜不是我点的", "The dishes delivered were not what I ordered"),
    ],
    "food_quality": [
        ("菜不新鲜，叶子都烂了", "The vegetables weren't fresh, the leaves were rotten"),
        ("饭菜太咸了，根本吃不下", "The food was way too salty to eat"),
        ("肉有异味，吃了拉肚子", "The meat smelled off and made me sick"),
        ("水果送来的时候已经坏了", "The fruit was already spoiled when it arrived"),
    ],
    "price_coupon": [
        ("优惠券用不了，结账时提示无效", "The coupon doesn't work, checkout says it's invalid"),
        ("说好的满减活动没有生效", "The promised discount was not applied"),
        ("价格比别家贵很多", "Prices are much higher than elsewhere"),
    ],
}

PAIRS: list[tuple[str, str, str]] = [(g, zh, en) for g, pairs in PARALLEL_PAIRS.items() for zh, en in pairs]
