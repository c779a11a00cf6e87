"""茶屿 TeaIsle: a bubble-tea / fresh-tea chain with 60 stores in Shenzhen, Guangzhou, Shanghai, Hangzhou and Chengdu.
Customers order in the WeChat mini program or the app (opened from a push, a coupon card, a Meituan / Eleme listing,
the store QR code or directly), browse the menu, customise a drink (sugar / ice), add it to the cart, maybe apply a
coupon, submit the order and pay, then get a pickup code (pickup) or a rider (delivery); the drink is made, picked up
or dispatched and delivered. Membership sign-up, points redemption, refunds when a drink is out of stock.
Data: 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md, plus the generator's
truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 22, 0, 0)
D = timedelta
N_BASE = 2600
N_VIRAL = 200                                                    # SZ03 went viral on Xiaohongshu, April 2026

CRASH = (datetime(2026, 3, 2, 10, 0), datetime(2026, 4, 13, 9, 0))   # Android app 5.2.0: crash at payment
QUEUE = (datetime(2026, 4, 1), datetime(2026, 7, 1))                   # SZ03 海岸城店 overrun (viral + short-staffed)
SWEET_FROM = datetime(2025, 11, 1)                                     # Chengdu: new fructose dispensers mis-calibrated
DADA_FROM = datetime(2025, 7, 1)                                       # Shenzhen / Guangzhou add Dada as rider partner
MEMBER_PUSH = (datetime(2025, 9, 1), datetime(2025, 10, 1))            # "入会送一杯" membership campaign
BAYBERRY_OOS = (datetime(2025, 6, 1), datetime(2025, 6, 16))           # bayberry launch: fruit supply short

CITIES = {  # city: zh, region, customer weight, ios share, delivery share, en-speaking share
    "Shenzhen": ("深圳", "华南", 0.26, 0.55, 0.36, 0.07),
    "Guangzhou": ("广州", "华南", 0.20, 0.50, 0.54, 0.04),
    "Shanghai": ("上海", "华东", 0.24, 0.62, 0.32, 0.09),
    "Hangzhou": ("杭州", "华东", 0.15, 0.52, 0.30, 0.03),
    "Chengdu": ("成都", "西南", 0.15, 0.45, 0.24, 0.02),
}
DISTRICT_EN = {
    "南山区": "Nanshan", "福田区": "Futian", "罗湖区": "Luohu", "宝安区": "Bao'an", "龙华区": "Longhua",
    "龙岗区": "Longgang", "天河区": "Tianhe", "越秀区": "Yuexiu", "海珠区": "Haizhu", "番禺区": "Panyu",
    "白云区": "Baiyun", "荔湾区": "Liwan", "南沙区": "Nansha", "静安区": "Jing'an", "黄浦区": "Huangpu",
    "浦东新区": "Pudong", "徐汇区": "Xuhui", "杨浦区": "Yangpu", "长宁区": "Changning", "闵行区": "Minhang",
    "松江区": "Songjiang", "上城区": "Shangcheng", "拱墅区": "Gongshu", "滨江区": "Binjiang", "余杭区": "Yuhang",
    "西湖区": "Xihu", "萧山区": "Xiaoshan", "钱塘区": "Qiantang", "锦江区": "Jinjiang", "青羊区": "Qingyang",
    "武侯区": "Wuhou", "高新区": "Gaoxin", "成华区": "Chenghua",
}
# id, city, name_zh, name_en, district_zh, weight (as favourite store), campus store, rating bias
STORES = [
    ("SZ01", "Shenzhen", "深圳万象天地店", "Shenzhen MixC World", "南山区", 1.2, 0, 0.0),
    ("SZ02", "Shenzhen", "深圳科兴科学园店", "Shenzhen Kexing Science Park", "南山区", 1.0, 0, 0.0),
    ("SZ03", "Shenzhen", "深圳海岸城店", "Shenzhen Coastal City", "南山区", 1.4, 0, 0.0),
    ("SZ04", "Shenzhen", "深圳福田COCO Park店", "Shenzhen COCO Park", "福田区", 1.1, 0, 0.0),
    ("SZ05", "Shenzhen", "深圳卓悦中心店", "Shenzhen One Avenue", "福田区", 0.9, 0, 0.0),
    ("SZ06", "Shenzhen", "深圳车公庙店", "Shenzhen Chegongmiao", "福田区", 0.8, 0, 0.0),
    ("SZ07", "Shenzhen", "深圳东门店", "Shenzhen Dongmen", "罗湖区", 0.8, 0, 0.0),
    ("SZ08", "Shenzhen", "深圳万象城店", "Shenzhen MixC Luohu", "罗湖区", 0.9, 0, 0.0),
    ("SZ09", "Shenzhen", "深圳宝安大仟里店", "Shenzhen Bao'an Daqianli", "宝安区", 0.7, 0, 0.0),
    ("SZ10", "Shenzhen", "深圳西乡店", "Shenzhen Xixiang", "宝安区", 0.5, 0, 0.0),
    ("SZ11", "Shenzhen", "深圳龙华壹方天地店", "Shenzhen Longhua Uniwalk", "龙华区", 0.6, 0, 0.0),
    ("SZ12", "Shenzhen", "深圳坂田店", "Shenzhen Bantian", "龙岗区", 0.5, 0, 0.0),
    ("SZ13", "Shenzhen", "深圳大运店", "Shenzhen Dayun", "龙岗区", 0.4, 0, 0.0),
    ("SZ14", "Shenzhen", "深圳深大店", "Shenzhen SZU Campus", "南山区", 0.8, 1, 0.0),
    ("GZ01", "Guangzhou", "广州天河城店", "Guangzhou Teemall", "天河区", 1.3, 0, 0.0),
    ("GZ02", "Guangzhou", "广州太古汇店", "Guangzhou Taikoo Hui", "天河区", 1.0, 0, 0.0),
    ("GZ03", "Guangzhou", "广州珠江新城店", "Guangzhou Zhujiang New Town", "天河区", 1.0, 0, 0.0),
    ("GZ04", "Guangzhou", "广州北京路店", "Guangzhou Beijing Road", "越秀区", 1.1, 0, 0.0),
    ("GZ05", "Guangzhou", "广州东山口店", "Guangzhou Dongshankou", "越秀区", 0.8, 0, 0.0),
    ("GZ06", "Guangzhou", "广州江南西店", "Guangzhou Jiangnanxi", "海珠区", 0.7, 0, 0.0),
    ("GZ07", "Guangzhou", "广州大学城店", "Guangzhou University Town", "番禺区", 0.9, 1, 0.0),
    ("GZ08", "Guangzhou", "广州番禺万达店", "Guangzhou Panyu Wanda", "番禺区", 0.6, 0, 0.0),
    ("GZ09", "Guangzhou", "广州白云万达店", "Guangzhou Baiyun Wanda", "白云区", 0.6, 0, 0.0),
    ("GZ10", "Guangzhou", "广州永庆坊店", "Guangzhou Yongqingfang", "荔湾区", 0.7, 0, 0.0),
    ("GZ11", "Guangzhou", "广州琶醍店", "Guangzhou Party Pier", "海珠区", 0.5, 0, 0.0),
    ("GZ12", "Guangzhou", "广州南沙万达店", "Guangzhou Nansha Wanda", "南沙区", 0.4, 0, 0.0),
    ("SH01", "Shanghai", "上海静安嘉里店", "Shanghai Jing'an Kerry", "静安区", 1.1, 0, 0.0),
    ("SH02", "Shanghai", "上海南京西路店", "Shanghai West Nanjing Rd", "静安区", 1.2, 0, 0.0),
    ("SH03", "Shanghai", "上海淮海中路店", "Shanghai Middle Huaihai Rd", "黄浦区", 2.8, 0, 0.0),
    ("SH04", "Shanghai", "上海新天地店", "Shanghai Xintiandi", "黄浦区", 1.0, 0, 0.0),
    ("SH05", "Shanghai", "上海陆家嘴店", "Shanghai Lujiazui", "浦东新区", 1.0, 0, 0.0),
    ("SH06", "Shanghai", "上海张江店", "Shanghai Zhangjiang", "浦东新区", 0.8, 0, 0.0),
    ("SH07", "Shanghai", "上海前滩太古里店", "Shanghai Taikoo Li Qiantan", "浦东新区", 0.8, 0, 0.0),
    ("SH08", "Shanghai", "上海徐家汇店", "Shanghai Xujiahui", "徐汇区", 0.9, 0, 0.0),
    ("SH09", "Shanghai", "上海五角场店", "Shanghai Wujiaochang", "杨浦区", 0.7, 0, 0.0),
    ("SH10", "Shanghai", "上海复旦店", "Shanghai Fudan Campus", "杨浦区", 0.7, 1, 0.0),
    ("SH11", "Shanghai", "上海中山公园店", "Shanghai Zhongshan Park", "长宁区", 0.6, 0, 0.0),
    ("SH12", "Shanghai", "上海七宝店", "Shanghai Qibao", "闵行区", 0.5, 0, 0.0),
    ("SH13", "Shanghai", "上海虹桥天地店", "Shanghai Hongqiao Tiandi", "闵行区", 0.5, 0, 0.0),
    ("SH14", "Shanghai", "上海松江大学城店", "Shanghai Songjiang Uni Town", "松江区", 0.6, 1, 0.0),
    ("HZ01", "Hangzhou", "杭州湖滨银泰店", "Hangzhou Hubin Intime", "上城区", 1.3, 0, 0.0),
    ("HZ02", "Hangzhou", "杭州西湖文化广场店", "Hangzhou West Lake Culture Sq", "拱墅区", 0.8, 0, 0.0),
    ("HZ03", "Hangzhou", "杭州武林店", "Hangzhou Wulin", "拱墅区", 0.9, 0, 0.0),
    ("HZ04", "Hangzhou", "杭州滨江龙湖店", "Hangzhou Binjiang Longfor", "滨江区", 0.8, 0, 0.0),
    ("HZ05", "Hangzhou", "杭州未来科技城店", "Hangzhou Future Sci-Tech City", "余杭区", 0.7, 0, 0.0),
    ("HZ06", "Hangzhou", "杭州浙大紫金港店", "Hangzhou ZJU Zijingang", "西湖区", 1.6, 1, 0.55),
    ("HZ07", "Hangzhou", "杭州西溪印象城店", "Hangzhou Xixi Impression City", "西湖区", 0.6, 0, 0.0),
    ("HZ08", "Hangzhou", "杭州钱江新城店", "Hangzhou Qianjiang New City", "上城区", 0.7, 0, 0.0),
    ("HZ09", "Hangzhou", "杭州萧山万象汇店", "Hangzhou Xiaoshan MixC", "萧山区", 0.5, 0, 0.0),
    ("HZ10", "Hangzhou", "杭州下沙店", "Hangzhou Xiasha", "钱塘区", 0.5, 0, 0.0),
    ("CD01", "Chengdu", "成都春熙路店", "Chengdu Chunxi Rd", "锦江区", 1.3, 0, 0.0),
    ("CD02", "Chengdu", "成都太古里店", "Chengdu Taikoo Li", "锦江区", 1.1, 0, 0.0),
    ("CD03", "Chengdu", "成都IFS店", "Chengdu IFS", "锦江区", 0.9, 0, 0.0),
    ("CD04", "Chengdu", "成都宽窄巷子店", "Chengdu Kuanzhai Alley", "青羊区", 0.8, 0, 0.0),
    ("CD05", "Chengdu", "成都玉林店", "Chengdu Yulin", "武侯区", 0.7, 0, 0.0),
    ("CD06", "Chengdu", "成都川大望江店", "Chengdu SCU Wangjiang", "武侯区", 0.8, 1, 0.0),
    ("CD07", "Chengdu", "成都天府三街店", "Chengdu Tianfu 3rd St", "高新区", 0.8, 0, 0.0),
    ("CD08", "Chengdu", "成都金融城店", "Chengdu Financial City", "高新区", 0.7, 0, 0.0),
    ("CD09", "Chengdu", "成都建设路店", "Chengdu Jianshe Rd", "成华区", 0.6, 0, 0.0),
    ("CD10", "Chengdu", "成都交子大道店", "Chengdu Jiaozi Ave", "高新区", 0.0, 0, 2.0),   # opened 2026-05-10
]
ST = {s[0]: s for s in STORES}
CD10_OPEN = datetime(2026, 5, 10)
BY_CITY = {c: [s[0] for s in STORES if s[1] == c] for c in CITIES}

DRINKS = {  # id: zh, en, price, window (None = all year)
    "D01": ("招牌芝士奶盖茶", "Signature Cheese Foam Tea", 19, None),
    "D02": ("茉莉奶绿", "Jasmine Milk Green Tea", 15, None),
    "D03": ("杨枝甘露", "Mango Pomelo Sago", 22, None),
    "D04": ("手打柠檬茶", "Hand-pounded Lemon Tea", 16, None),
    "D05": ("黑糖珍珠奶茶", "Brown Sugar Boba Milk Tea", 17, None),
    "D06": ("满杯百香果", "Passion Fruit Tea", 15, None),
    "D07": ("葡萄冻冻", "Grape Jelly Tea", 21, None),
    "D08": ("乌龙奶茶", "Oolong Milk Tea", 14, None),
    "S01": ("杨梅冰茶", "Bayberry Ice Tea", 23, (datetime(2025, 6, 1), datetime(2025, 9, 1))),
    "S02": ("桂花酒酿奶茶", "Osmanthus Rice Wine Milk Tea", 20, (datetime(2025, 10, 1), datetime(2026, 1, 1))),
    "S03": ("草莓芝芝", "Strawberry Cheese Tea", 24, (datetime(2026, 1, 5), datetime(2026, 4, 1))),
}
BASE_W = {"D01": 0.20, "D02": 0.14, "D03": 0.12, "D04": 0.14, "D05": 0.14, "D06": 0.10, "D07": 0.09, "D08": 0.07}
SEASONAL_SHARE = {"S01": 0.36, "S02": 0.18, "S03": 0.20}
SUGAR = [("标准糖", "full"), ("七分糖", "70pct"), ("五分糖", "50pct"), ("三分糖", "30pct"), ("不另外加糖", "no_added")]
SUGAR_W = [0.18, 0.22, 0.24, 0.24, 0.12]
ICE = [("正常冰", "regular_ice"), ("少冰", "less_ice"), ("去冰", "no_ice"), ("温", "warm"), ("热", "hot")]
ENTRY = {"push": "推送", "coupon": "优惠券", "meituan": "美团", "eleme": "饿了么", "qr_scan": "扫码", "direct": "直接打开"}
# conversion open->menu, menu->customise, customise->cart, cart->checkout
ENTRY_CONV = {"qr_scan": (0.97, 0.92, 0.93, 0.93), "direct": (0.86, 0.76, 0.84, 0.82),
              "coupon": (0.90, 0.80, 0.87, 0.88), "meituan": (0.84, 0.74, 0.84, 0.84),
              "eleme": (0.84, 0.74, 0.84, 0.84), "push": (0.70, 0.64, 0.80, 0.78)}
PARTNER_ZH = {"sf": "顺丰同城", "meituan": "美团配送", "dada": "达达"}
ACQ = {"wechat_ads": "微信广告", "store_qr": "门店扫码", "meituan": "美团", "eleme": "饿了么",
       "friend_referral": "好友推荐", "xiaohongshu": "小红书"}
ACQ_W = [0.20, 0.30, 0.17, 0.10, 0.13, 0.10]
TIER_ZH = {"non_member": "非会员", "silver": "银卡", "gold": "金卡", "black_gold": "黑金卡"}
PUSHES = []  # (campaign, datetime, recipient share, open rate)
_d = datetime(2025, 1, 8, 11, 30)
while _d < END:
    PUSHES.append(("wed_member_day", _d, 0.10, 0.075))
    _d += D(days=14)
PUSHES += [("bayberry_launch", datetime(2025, 6, 1, 10, 0), 0.35, 0.30),
           ("double11", datetime(2025, 11, 11, 10, 0), 0.35, 0.17),
           ("strawberry_launch", datetime(2026, 1, 5, 10, 0), 0.35, 0.14),
           ("member_week", datetime(2025, 9, 3, 12, 0), 0.30, 0.10)]
MONTH_W = {1: 0.75, 2: 0.70, 3: 0.90, 4: 1.0, 5: 1.1, 6: 1.3, 7: 1.55, 8: 2.0, 9: 1.0, 10: 0.95, 11: 0.9, 12: 0.85}
HOUR_W = np.array([0, 0, 0, 0, 0, 0, 0, 0.3, 0.8, 1.0, 1.4, 2.2, 2.6, 2.0, 2.2, 2.6, 2.4, 1.8, 1.5, 1.6, 1.5, 1.1,
                   0.5, 0])
HOURS, HOUR_L = list(range(24)), [float(w) for w in HOUR_W]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_push", "推送消息", "Push notification", "awareness", "app", "digital", "会员运营部",
     "推送|消息推送|push|通知|召回|push notification"),
    ("tp_open", "打开小程序/App", "Open mini program / app", "awareness", "mini_program", "digital", "数字化部",
     "打开|进入小程序|启动App|访问|open|launch|visit|app open"),
    ("tp_menu", "浏览菜单", "Browse menu", "consideration", "mini_program", "digital", "数字化部",
     "菜单|看菜单|选饮品|浏览|menu|browse|browse menu"),
    ("tp_customise", "选规格(糖度/冰度)", "Customise drink (sugar/ice)", "consideration", "mini_program", "digital",
     "产品部", "定制|选规格|选糖|糖度|冰度|加料|customise|customize|sugar level|ice level|options"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "mini_program", "digital", "数字化部",
     "购物车|加购|加入购物车|cart|add to cart|basket"),
    ("tp_coupon", "使用优惠券", "Apply coupon", "purchase", "mini_program", "digital", "会员运营部",
     "用券|优惠券|领券|折扣|coupon|voucher|discount"),
    ("tp_checkout", "提交订单", "Checkout (submit order)", "purchase", "mini_program", "digital", "数字化部",
     "结算|下单|提交订单|去支付|checkout|submit order|place order"),
    ("tp_paid", "支付成功", "Payment success", "purchase", "mini_program", "digital", "财务部",
     "支付|付款|付钱|买单|payment|paid|pay"),
    ("tp_pickup_code", "取餐码", "Pickup code issued", "service", "mini_program", "digital", "门店运营部",
     "取餐码|取餐号|自提|pickup code|pickup number|order number"),
    ("tp_rider_assigned", "骑手接单", "Rider assigned", "service", "other", "digital", "外卖运营部",
     "骑手接单|派单|接单|rider assigned|courier assigned"),
    ("tp_drink_ready", "出杯(制作完成)", "Drink ready", "service", "store", "physical", "门店运营部",
     "出杯|出餐|制作完成|做好了|drink ready|order ready|made"),
    ("tp_picked_up", "到店取餐", "Picked up", "service", "store", "physical", "门店运营部",
     "取餐|取饮品|拿到饮品|自取|pickup|picked up|collect|collection"),
    ("tp_dispatch", "骑手取餐配送", "Out for delivery", "service", "other", "physical", "外卖运营部",
     "配送中|骑手取餐|出发|dispatch|out for delivery|on the way"),
    ("tp_delivered", "外卖送达", "Delivered", "service", "other", "physical", "外卖运营部",
     "送达|送到|外卖到了|delivered|delivery|arrived"),
    ("tp_refund", "退款(缺货/取消)", "Refund (out of stock / cancelled)", "service", "mini_program", "digital",
     "客服部", "退款|缺货|售罄|取消订单|refund|out of stock|sold out|cancel"),
    ("tp_member_signup", "注册会员", "Member sign-up", "loyalty", "mini_program", "digital", "会员运营部",
     "入会|注册会员|开卡|成为会员|sign up|join membership|member sign-up|register"),
    ("tp_points_redeem", "积分兑换", "Points redemption", "loyalty", "mini_program", "digital", "会员运营部",
     "积分|兑换|积分商城|points|redeem|redemption|rewards"),
]
JOURNEYS = [  # id, zh, en, window days, steps
    ("order", "点单转化", "Ordering", 1,
     ["tp_open", "tp_menu", "tp_customise", "tp_cart", "tp_checkout", "tp_paid"]),
    ("pickup", "自提取餐", "Pickup fulfilment", 1, ["tp_pickup_code", "tp_drink_ready", "tp_picked_up"]),
    ("delivery", "外卖配送", "Delivery fulfilment", 1, ["tp_rider_assigned", "tp_dispatch", "tp_delivered"]),
    ("push", "推送召回", "Push re-engagement", 1, ["tp_push", "tp_open", "tp_paid"]),
    ("membership", "会员积分", "Membership to points redemption", 90, ["tp_member_signup", "tp_points_redeem"]),
]

# feedback: topic -> (sentiment, rating range, zh templates, en templates). Markers (checked in gold.py):
# long_queue 排队/queue, too_sweet 太甜/too sweet, spilled 洒/spill, app_crash 闪退/crash, oos_refund 缺货/out of stock,
# seasonal_love 新品/seasonal.
TOPICS = {
    "long_queue": ("neg", (1, 3), [
        "{store}排队排了快半小时，下单时说10分钟出杯，结果等到都不想喝了",
        "取餐排队太久了，小程序显示已出杯但柜台根本找不到我的那杯，人挤人",
        "周末下午去{store}，取餐排队排到门口，店员就两三个人忙不过来",
        "线上点单还要排队二十多分钟，那提前点单有什么意义",
        "排队取餐等了25分钟，建议多加人手，或者分开线上线下取餐口",
        "{store}最近太火了吧，取餐排队排到怀疑人生",
    ], [
        "Waited in the queue for almost 30 minutes at {store_en} even though I ordered ahead in the app.",
        "The pickup queue is ridiculous - the app said ready but nobody could find my drink.",
        "Huge queue at pickup on the weekend, only two staff behind the counter.",
    ]),
    "too_sweet": ("neg", (1, 3), [
        "明明选的{sugar}，喝起来还是太甜了，齁得喝不下",
        "点了{sugar}的{drink}，结果太甜，跟标准糖没区别",
        "最近{store}的饮品都太甜了，少糖选项形同虚设",
        "选了{sugar}还是太甜，是不是糖机出问题了",
        "{drink}太甜了，我特意备注了{sugar}的",
    ], [
        "I chose {sugar_en} sugar but the {drink_en} was still way too sweet.",
        "Drinks at {store_en} have become too sweet lately, the less-sugar option doesn't seem to work.",
    ]),
    "spilled": ("neg", (1, 2), [
        "外卖送到的时候洒了一半，袋子里全是奶茶",
        "骑手送来杯子都洒了，封口膜都破了",
        "{drink}洒得到处都是，包装太不牢了",
        "又一次外卖洒了，能不能加个杯托，骑手也不看一下",
        "送到时杯子倒在袋子里，洒了大半杯，联系客服只退了一半钱",
    ], [
        "Half of my {drink_en} spilled in the delivery bag.",
        "The delivery arrived with the drinks spilled everywhere, the lid wasn't sealed.",
    ]),
    "app_crash": ("neg", (1, 2), [
        "付款的时候App直接闪退，重试三次都不行",
        "更新之后一到支付页面就闪退，安卓手机，气死",
        "App支付闪退，也不知道钱扣了没有，只能去小程序下单",
        "每次点支付就闪退，优惠券也用不了了",
        "新版本闪退太严重了，付个款都付不了",
    ], [
        "The app crashes every time I hit pay on my Android phone since the update.",
        "App crashed at payment, had to switch to the WeChat mini program.",
    ]),
    "oos_refund": ("neg", (1, 3), [
        "付完款才告诉我{drink}缺货，给我退款，早干嘛去了",
        "下单成功了又说缺货退款，白等一场",
        "{drink}天天缺货，能不能下单前就在菜单上提示",
        "缺货退款倒是快，但体验很差",
    ], [
        "Paid for the {drink_en} and then got a refund because it was out of stock.",
        "Out of stock again after I paid, please show it on the menu.",
    ]),
    "seasonal_love": ("pos", (4, 5), [
        "新品{drink}太好喝了！果肉超多，已经回购三次",
        "就等这个新品{drink}，酸酸甜甜刚刚好",
        "新品{drink}yyds，强烈推荐",
        "{store}的新品{drink}颜值和味道都在线",
    ], [
        "The new seasonal {drink_en} is amazing, real fruit and perfectly balanced.",
        "Loving the seasonal {drink_en}, ordered it three times this week.",
    ]),
    "praise": ("pos", (4, 5), [
        "{drink}一如既往好喝，店员态度也好",
        "出杯很快，味道稳定，会继续支持",
        "很好喝，包装也用心",
        "会员日活动很划算，好喝",
        "{store}的小姐姐很热情，{drink}好喝",
    ], [
        "Great {drink_en} as always, friendly staff.",
        "Quick and tasty, my go-to tea shop.",
    ]),
    "neutral": ("neu", (3, 4), [
        "还行吧，味道一般般",
        "和以前差不多，没什么惊喜",
        "中规中矩，价格还可以",
        "{drink}正常水平",
    ], [
        "It's okay, nothing special.",
        "Fine, about what I expected.",
    ]),
    "price": ("neg", (2, 3), [
        "一杯二十多块有点贵了，优惠券越来越少",
        "涨价了，性价比不如以前",
    ], [
        "A bit pricey for what it is.",
    ]),
    "slow_delivery": ("neg", (1, 3), [
        "外卖送了一个多小时，冰都化了",
        "配送太慢了，骑手绕路",
    ], [
        "Delivery took over an hour, the ice had all melted.",
    ]),
    "points_confusing": ("neg", (1, 3), [
        "积分兑换规则看不懂，兑换券到店还用不了",
        "积分兑换的饮品选择太少了",
    ], [
        "Couldn't figure out how to redeem my points.",
    ]),
}


def choice(items):
    return items[int(rng.random() * len(items))]


def wchoice(items, weights):
    r = float(rng.random()) * sum(weights)
    for item, w in zip(items, weights):
        r -= w
        if r < 0:
            return item
    return items[-1]


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def rand_time_between(a: datetime, b: datetime) -> datetime:
    return a + D(seconds=float(rng.random()) * (b - a).total_seconds())


def session_day(a: datetime, b: datetime, student: bool) -> datetime:
    """A day in [a, b) with month seasonality (students away in July / August)."""
    for _ in range(50):
        t = rand_time_between(a, b)
        w = MONTH_W[t.month] * (0.35 if student and t.month in (7, 8) else 1.0)
        if t.weekday() >= 5:
            w *= 1.25
        if rng.random() < w / 2.2:
            break
    day = datetime(t.year, t.month, t.day)
    return day + D(hours=wchoice(HOURS, HOUR_L), minutes=float(rng.random() * 60))


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    cust_rows, events, orders, feedback, truth = [], [], [], [], []
    ctr = {"e": 0, "s": 0, "o": 0}

    # ---------------- customers ----------------
    customers = []
    cities = list(CITIES)
    cw = [CITIES[c][2] for c in cities]
    for i in range(N_BASE + N_VIRAL):
        viral = i >= N_BASE
        city = "Shenzhen" if viral else wchoice(cities, cw)
        if viral:
            signup = session_day(datetime(2026, 4, 1), datetime(2026, 6, 20), False)
        elif rng.random() < 0.32:
            signup = rand_time_between(datetime(2023, 3, 1), datetime(2024, 12, 31))
        else:
            signup = session_day(START, datetime(2026, 6, 22), False)
        stores = BY_CITY[city]
        sw = [ST[s][5] for s in stores]
        if city == "Chengdu" and signup >= CD10_OPEN:
            sw = [w if s != "CD10" else 2.5 for s, w in zip(stores, sw)]
        fav = "SZ03" if viral else wchoice(stores, sw)
        student = rng.random() < (0.68 if ST[fav][6] else 0.16)
        ios = rng.random() < CITIES[city][3]
        app = rng.random() < 0.40
        lang = "en" if rng.random() < CITIES[city][5] else "zh"
        acq = "xiaohongshu" if viral else wchoice(list(ACQ), ACQ_W)
        first = max(signup, START + D(hours=8))
        life = float(rng.exponential(340))
        active_end = min(END, first + D(days=max(20.0, life)))
        rate = 0.17 * (1.4 if student else 1.0) * float(rng.lognormal(0, 0.45))
        customers.append(dict(
            customer_id=f"C{i + 1:05d}", signup_at=signup, city=city, fav=fav, student=student,
            device="ios" if ios else "android", channel="app" if app else "mini_program", language=lang,
            acq=acq, first=first, active_end=active_end, rate=rate, viral=viral, sessions=[],
            age_band=wchoice(["18-24", "25-34", "35-44", "45+"], [0.62, 0.25, 0.1, 0.03] if student
                             else [0.25, 0.45, 0.2, 0.1]),
            gender=wchoice(["female", "male"], [0.66, 0.34])))

    # organic sessions
    for c in customers:
        weeks = (c["active_end"] - c["first"]).days / 7
        n = int(rng.poisson(c["rate"] * weeks)) if weeks > 0 else 0
        times = [session_day(c["first"], c["active_end"], c["student"]) for _ in range(n)]
        if c["signup_at"] >= START:
            times.append(c["signup_at"])
        for t in times:
            c["sessions"].append((t, None))

    # push campaigns (events for every recipient; opened ones start a session)
    pushes = []
    for camp, t0, share, open_rate in PUSHES:
        for c in customers:
            if not (c["first"] <= t0 <= c["active_end"]) or rng.random() >= share:
                continue
            pushes.append((c, camp, t0 + D(seconds=float(rng.random() * 600))))
            if rng.random() < open_rate:
                c["sessions"].append((t0 + D(minutes=2 + float(rng.exponential(40))), camp))

    def ev(c, t, tp, sess, action="view", **x):
        ctr["e"] += 1
        row = dict(event_id=f"E{ctr['e']:07d}", customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                   session_id=sess["id"], action=action, device=sess["device"], channel=sess["channel"],
                   store_id=sess["store"], store_name=ST[sess["store"]][2],
                   store_district=ST[sess["store"]][4], store_district_en=DISTRICT_EN[ST[sess["store"]][4]],
                   city=ST[sess["store"]][1], entry_source=sess["entry"], entry_source_zh=ENTRY[sess["entry"]],
                   app_version=sess["app_version"], push_campaign=sess["push"])
        row.update(x)
        events.append(row)
        return row

    for c, camp, t in pushes:
        sess = dict(id="", device=c["device"], channel=c["channel"], store=c["fav"], entry="push",
                    app_version=app_version(c["device"], c["channel"], t), push=camp)
        ctr["s"] += 1
        sess["id"] = f"S{ctr['s']:07d}"
        r = ev(c, t, "tp_push", sess, action="deliver")
        r["session_id"] = ""  # a push is not part of an app session

    # ---------------- simulate sessions ----------------
    for c in customers:
        c.update(member=False, joined=None, n_paid=0, orders_since_join=0)
        queue = sorted(c["sessions"], key=lambda s: s[0])
        k = 0
        while k < len(queue):
            t, camp = queue[k]
            k += 1
            retry = simulate(c, t, camp, ev, orders, feedback, truth, ctr)
            if retry is not None:
                queue.insert(k, (retry, "__retry__"))

    # ---------------- customers table ----------------
    last_seen = {}
    for e in events:
        if e["touchpoint_id"] != "tp_push":
            last_seen[e["customer_id"]] = max(last_seen.get(e["customer_id"], e["ts"]), e["ts"])
    for c in customers:
        if not c["member"]:
            tier = "non_member"
        elif c["n_paid"] >= 14:
            tier = "black_gold"
        elif c["n_paid"] >= 6:
            tier = "gold"
        else:
            tier = "silver"
        ls = last_seen.get(c["customer_id"])
        if c["signup_at"] >= datetime(2026, 5, 1):
            seg = "new"
        elif ls is None or ls < datetime(2026, 4, 1):
            seg = "lapsed"
        else:
            seg = "regular"
        cz, region = CITIES[c["city"]][0], CITIES[c["city"]][1]
        cust_rows.append(dict(
            customer_id=c["customer_id"], signup_at=fmt(c["signup_at"]), segment=seg, region=region,
            acquisition_channel=c["acq"], tier=tier, tier_zh=TIER_ZH[tier], city=c["city"], city_zh=cz,
            is_student="true" if c["student"] else "false", favourite_store_id=c["fav"],
            favourite_store_name=ST[c["fav"]][2], acquisition_channel_zh=ACQ[c["acq"]],
            member_since=fmt(c["joined"]), primary_device=c["device"], preferred_channel=c["channel"],
            language=c["language"], age_band=c["age_band"], gender=c["gender"]))

    social_posts(feedback, truth, ctr)
    write_all(out, cust_rows, events, orders, feedback, truth)
    return 0


def app_version(device, channel, t):
    if channel != "app":
        return "mp-3.8" if t < datetime(2025, 9, 1) else "mp-4.0"
    if t < datetime(2025, 8, 5):
        return "5.0.3"
    if t < datetime(2026, 3, 2, 10, 0):
        return "5.1.4"
    if device == "android" and t < CRASH[1]:
        return "5.2.0"
    return "5.2.2" if device == "android" else "5.2.0"


def pick_store(c, t):
    if rng.random() < 0.75 and not (c["fav"] == "CD10" and t < CD10_OPEN):
        return c["fav"]
    stores = [s for s in BY_CITY[c["city"]] if not (s == "CD10" and t < CD10_OPEN)]
    if c["city"] == "Shenzhen" and QUEUE[0] <= t < QUEUE[1] and rng.random() < 0.4:
        return "SZ03"
    return wchoice(stores, [ST[s][5] + 0.3 for s in stores])


def pick_drink(t):
    for sid, share in SEASONAL_SHARE.items():
        a, b = DRINKS[sid][3]
        if a <= t < b and rng.random() < share:
            return sid
    return wchoice(list(BASE_W), list(BASE_W.values()))


def simulate(c, t, camp, ev, orders, feedback, truth, ctr):
    """One app / mini-program session. Returns the time of a retry session (after a crash / failed payment)."""
    retry_session = camp == "__retry__"
    if camp and not retry_session:
        entry = "push"
    elif retry_session:
        entry = "direct"
    else:
        city_delivery = CITIES[c["city"]][4]
        entry = wchoice(["qr_scan", "direct", "coupon", "meituan", "eleme"],
                        [0.22, 0.38, 0.12 + (0.08 if c["student"] else 0), 0.10 + city_delivery * 0.12,
                         0.06 + city_delivery * 0.08])
    channel = "mini_program" if entry == "qr_scan" else c["channel"]
    if entry == "push":
        channel = "app" if c["channel"] == "app" else "mini_program"
    store = pick_store(c, t)
    ctr["s"] += 1
    sess = dict(id=f"S{ctr['s']:07d}", device=c["device"], channel=channel, store=store, entry=entry,
                app_version=app_version(c["device"], channel, t),
                push=camp if camp and not retry_session else "")
    conv = ENTRY_CONV[entry]
    step = lambda m: t + D(seconds=m * 60 * (0.5 + float(rng.random())))
    ev(c, t, "tp_open", sess)
    if rng.random() >= conv[0] and not retry_session:
        return None
    t = step(0.6)
    ev(c, t, "tp_menu", sess)
    if retry_session:
        pass
    elif rng.random() >= conv[1]:
        return None
    redeem = c["member"] and c["orders_since_join"] >= 3 and rng.random() < 0.13
    if redeem:
        t = step(0.5)
        ev(c, t, "tp_points_redeem", sess, action="submit", points_used=choice([300, 500, 800]))
        c["orders_since_join"] = 0
    drink = pick_drink(t)
    sugar = wchoice(SUGAR, SUGAR_W)
    ice = wchoice(ICE, [0.35, 0.3, 0.15, 0.1, 0.1] if t.month not in (6, 7, 8, 9) else [0.45, 0.35, 0.17, 0.02, 0.01])
    dz, de, price, _ = DRINKS[drink]
    dx = dict(drink_id=drink, drink_name=dz, drink_name_en=de, sugar_level=sugar[0], sugar_level_en=sugar[1],
              ice_level=ice[0], ice_level_en=ice[1])
    t = step(1.2)
    ev(c, t, "tp_customise", sess, action="click", **dx)
    if not retry_session and rng.random() >= conv[2]:
        return None
    if entry == "qr_scan":
        mode = "pickup"
    elif entry in ("meituan", "eleme"):
        mode = "delivery" if rng.random() < 0.9 else "pickup"
    else:
        mode = "delivery" if rng.random() < CITIES[c["city"]][4] else "pickup"
    cups = wchoice([1, 2, 3, 4], [0.70, 0.22, 0.06, 0.02] if mode == "pickup" else [0.35, 0.40, 0.15, 0.10])
    mx = dict(order_mode=mode, order_mode_zh="自提" if mode == "pickup" else "外卖")
    t = step(0.5)
    ev(c, t, "tp_cart", sess, action="click", cups=cups, **dx, **mx)
    if not retry_session and rng.random() >= conv[3]:
        return None
    subtotal = cups * (price + choice([0, 0, 2, 3]))
    # coupon
    coupon, discount = "", 0.0
    if redeem:
        coupon, discount = "积分兑换券", float(price)
    elif c["n_paid"] == 0 and rng.random() < 0.7:
        coupon, discount = "新人立减8元", 8.0
    else:
        p = 0.9 if entry == "coupon" else (0.58 if c["student"] else 0.22)
        if rng.random() < p:
            if c["student"] and rng.random() < 0.55:
                coupon, discount = "学生专享立减3元", 3.0
            elif cups >= 2 and rng.random() < 0.5:
                coupon, discount = "第二杯半价", price / 2
            elif c["member"] and t.weekday() == 2:
                coupon, discount = "会员日8折", round(subtotal * 0.2, 2)
            else:
                coupon, discount = "满30减5", 5.0 if subtotal >= 30 else 2.0
    if coupon:
        t = step(0.4)
        ev(c, t, "tp_coupon", sess, action="click", coupon_type=coupon)
    t = step(0.5)
    ev(c, t, "tp_checkout", sess, action="submit", cups=cups, **dx, **mx)
    crash_p = 0.0
    if channel == "app" and c["device"] == "android" and CRASH[0] <= t < CRASH[1]:
        crash_p = 0.65
    if rng.random() < crash_p:
        t = step(0.2)
        ev(c, t, "tp_checkout", sess, action="fail", error_code="APP_CRASH")
        if rng.random() < 0.5:
            add_feedback(feedback, truth, ctr, c, "app_crash", t + D(minutes=5 + float(rng.exponential(300))),
                         "tp_checkout", wchoice(["app_review", "wechat_cs"], [0.7, 0.3]), store, drink, sugar,
                         rated=True, device=c["device"])
        return t + D(minutes=3 + float(rng.exponential(10))) if rng.random() < 0.3 else None
    if rng.random() < 0.02:
        t = step(0.5)
        ev(c, t, "tp_checkout", sess, action="fail", error_code="PAY_TIMEOUT")
        return t + D(minutes=2 + float(rng.exponential(5))) if rng.random() < 0.5 else None
    # paid
    t = step(0.4)
    fee = 5.0 if mode == "delivery" and cups < 3 else (2.0 if mode == "delivery" else 0.0)
    amount = round(max(1.0, subtotal - discount) + fee, 2)
    ctr["o"] += 1
    oid = f"O{ctr['o']:07d}"
    city = ST[store][1]
    partner = ""
    if mode == "delivery":
        if city in ("Shenzhen", "Guangzhou") and t >= DADA_FROM:
            partner = wchoice(["sf", "meituan", "dada"], [0.25, 0.25, 0.5])
        else:
            partner = wchoice(["sf", "meituan"], [0.5, 0.5])
    pay = wchoice(["wechat_pay", "alipay", "member_balance"], [0.74, 0.16, 0.10] if c["member"] else [0.82, 0.18, 0])
    seasonal = drink.startswith("S")
    ev(c, t, "tp_paid", sess, action="success", order_id=oid, cups=cups, **dx, **mx)
    c["n_paid"] += 1
    c["orders_since_join"] += 1
    if not c["member"]:
        pj = 0.55 if MEMBER_PUSH[0] <= t < MEMBER_PUSH[1] else 0.16
        if rng.random() < pj:
            c["member"], c["joined"] = True, t + D(seconds=40)
            ev(c, t + D(seconds=40), "tp_member_signup", sess, action="submit")
    # out of stock / cancelled
    oos_p = 0.30 if drink == "S01" and BAYBERRY_OOS[0] <= t < BAYBERRY_OOS[1] else 0.012
    status, reason = "paid", ""
    if rng.random() < oos_p:
        status, reason = "refunded", "out_of_stock"
    elif rng.random() < 0.01:
        status, reason = "cancelled", "customer_cancelled"
    order = dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=amount, status=status, channel=channel,
                 device=c["device"], store_id=store, store_name=ST[store][2], store_district=ST[store][4],
                 store_district_en=DISTRICT_EN[ST[store][4]], city=city, city_zh=CITIES[city][0],
                 order_mode=mode, order_mode_zh=mx["order_mode_zh"], cups=cups, drink_id=drink, drink_name=dz,
                 drink_name_en=de, is_seasonal="true" if seasonal else "false", sugar_level=sugar[0],
                 sugar_level_en=sugar[1], ice_level=ice[0], ice_level_en=ice[1],
                 coupon_used="true" if coupon else "false", coupon_type=coupon, discount=round(discount, 2),
                 delivery_fee=fee, delivery_partner=partner, delivery_partner_zh=PARTNER_ZH.get(partner, ""),
                 payment_method=pay, entry_source=entry, refund_reason=reason,
                 refund_reason_zh={"out_of_stock": "缺货", "customer_cancelled": "用户取消"}.get(reason, ""),
                 points_earned=int(amount) if c["member"] and status == "paid" else 0)
    orders.append(order)
    if mode == "pickup":
        ev(c, t + D(seconds=5), "tp_pickup_code", sess, action="success", order_id=oid,
           pickup_code=f"{int(rng.integers(1, 999)):03d}", **mx)
    else:
        ev(c, t + D(seconds=30 + float(rng.random() * 120)), "tp_rider_assigned", sess, action="success",
           order_id=oid, delivery_partner=partner, delivery_partner_zh=PARTNER_ZH[partner], **mx)
    if status != "paid":
        tr = t + D(minutes=2 + float(rng.exponential(6)))
        ev(c, tr, "tp_refund", sess, action="success", order_id=oid, refund_reason=reason,
           refund_reason_zh=order["refund_reason_zh"])
        if reason == "out_of_stock" and rng.random() < 0.35:
            add_feedback(feedback, truth, ctr, c, "oos_refund", tr + D(minutes=3 + float(rng.exponential(60))),
                         "tp_refund", wchoice(["wechat_cs", "survey"], [0.75, 0.25]), store, drink, sugar,
                         order_id=oid)
        return None
    # making the drink
    busy = 1.0 + (0.35 if t.weekday() >= 5 and 14 <= t.hour <= 17 else 0.0) + (0.2 if store in ("SH03", "SH02") else 0)
    prep = float(rng.lognormal(np.log(6.5), 0.35)) * busy * (1 + 0.15 * (cups - 1))
    wait_extra = 0.0
    if store == "SZ03" and QUEUE[0] <= t < QUEUE[1]:
        prep += float(rng.uniform(8, 26))
        wait_extra = float(rng.uniform(2, 8))
    t_ready = t + D(minutes=prep)
    ev(c, t_ready, "tp_drink_ready", sess, action="success", order_id=oid, **mx)
    sweet_p = 0.02 if sugar[1] != "full" else 0.0
    if city == "Chengdu" and t >= SWEET_FROM and sugar[1] in ("50pct", "30pct", "no_added"):
        sweet_p = 0.30
    too_sweet = rng.random() < sweet_p
    topic, fb_p, fb_tp, fb_t = None, 0.0, None, None
    if mode == "pickup":
        if rng.random() < 0.008:
            return None  # never collected
        t_pick = t_ready + D(minutes=float(rng.lognormal(np.log(3.5), 0.6)) + wait_extra)
        ev(c, t_pick, "tp_picked_up", sess, action="success", order_id=oid, **mx)
        total = (t_pick - t).total_seconds() / 60
        fb_tp, fb_t = "tp_picked_up", t_pick
        if total > 22 and rng.random() < 0.30:
            topic = "long_queue"
    else:
        t_disp = t_ready + D(minutes=float(rng.lognormal(np.log(4), 0.5)))
        ev(c, t_disp, "tp_dispatch", sess, action="success", order_id=oid, delivery_partner=partner,
           delivery_partner_zh=PARTNER_ZH[partner], **mx)
        ride = float(rng.lognormal(np.log(22), 0.35)) * (1.1 if partner == "dada" else 1.0)
        t_del = t_disp + D(minutes=ride)
        ev(c, t_del, "tp_delivered", sess, action="success", order_id=oid, delivery_partner=partner,
           delivery_partner_zh=PARTNER_ZH[partner], **mx)
        fb_tp, fb_t = "tp_delivered", t_del
        spill = rng.random() < (0.13 if partner == "dada" else 0.02)
        if spill and rng.random() < 0.55:
            topic = "spilled"
        elif ride > 45 and rng.random() < 0.3:
            topic = "slow_delivery"
    if topic is None and too_sweet and rng.random() < 0.5:
        topic, fb_tp, fb_t = "too_sweet", "tp_drink_ready", fb_t
    if topic is None and seasonal and rng.random() < 0.09:
        topic = "seasonal_love"
    if topic is None and redeem and rng.random() < 0.05:
        topic, fb_tp = "points_confusing", "tp_points_redeem"
    if topic is None:
        if rng.random() < 0.07 * (1.6 if store == "HZ06" else 1.0) * (5.0 if store == "CD10" else 1.0):
            topic = wchoice(["praise", "neutral", "price"], [0.82, 0.14, 0.04] if store == "HZ06" else [0.55, 0.32, 0.13])
            if topic in ("praise", "neutral") and rng.random() < 0.4:
                fb_tp = "tp_drink_ready"
            elif topic == "price":
                fb_tp = "tp_menu"
    if topic:
        if topic == "spilled":
            chan = "meituan_review" if entry == "meituan" else wchoice(["survey", "wechat_cs"], [0.6, 0.4])
        elif topic in ("too_sweet",):
            chan = wchoice(["survey", "wechat_cs"], [0.75, 0.25])
        else:
            chan = "meituan_review" if entry == "meituan" and rng.random() < 0.5 else "survey"
        add_feedback(feedback, truth, ctr, c, topic, fb_t + D(minutes=5 + float(rng.exponential(200))), fb_tp, chan,
                     store, drink, sugar, order_id=oid, rated=chan != "wechat_cs")
    return None


def add_feedback(feedback, truth, ctr, c, topic, t, tp, chan, store, drink, sugar, order_id="", rated=True,
                 device=""):
    sent, (lo, hi), zh, en = TOPICS[topic]
    lang = c["language"] if c else ("en" if rng.random() < 0.06 else "zh")
    tmpl = choice(en if lang == "en" else zh)
    text = tmpl.format(store=ST[store][2], store_en=ST[store][3], drink=DRINKS[drink][0], drink_en=DRINKS[drink][1],
                       sugar=sugar[0], sugar_en={"full": "full", "70pct": "70%", "50pct": "50%", "30pct": "30%",
                                                 "no_added": "no added"}[sugar[1]])
    rating = ""
    if rated and chan != "wechat_cs":
        bias = ST[store][7]
        rating = int(np.clip(round(float(rng.uniform(lo - 0.49, hi + 0.49)) + bias * float(rng.random())), 1, 5))
        if topic in ("praise",) and store == "HZ06":
            rating = 5 if rng.random() < 0.8 else 4
        if store == "CD10":
            rating = 5
    nps = ""
    if chan == "survey" and rating != "" and rng.random() < 0.35:
        nps = int(np.clip({5: rng.integers(8, 11), 4: rng.integers(6, 10), 3: rng.integers(4, 8)}.get(
            rating, rng.integers(0, 5)), 0, 10))
    ctr["f"] = ctr.get("f", 0) + 1
    fid = f"FB{ctr['f']:05d}"
    feedback.append(dict(feedback_id=fid, text=text, ts=min(t, END), customer_id=c["customer_id"] if c else "",
                         touchpoint_id=tp, channel=chan, rating=rating, nps=nps, order_id=order_id, store_id=store,
                         store_name=ST[store][2], city=ST[store][1], city_zh=CITIES[ST[store][1]][0],
                         device=device, language=lang))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def social_posts(feedback, truth, ctr):
    """Xiaohongshu notes and Dianping reviews: no customer; Xiaohongshu notes have no rating, some no date."""
    plan = [  # topic, store picker, period, count, channel
        ("long_queue", lambda: "SZ03", QUEUE, 34, "xiaohongshu"),
        ("long_queue", lambda: "SZ03", QUEUE, 14, "dianping"),
        ("seasonal_love", lambda: wchoice([s[0] for s in STORES if s[0] != "CD10"], [1] * 59),
         (datetime(2025, 6, 1), datetime(2025, 9, 1)), 40, "xiaohongshu"),
        ("too_sweet", lambda: choice(BY_CITY["Chengdu"][:9]), (SWEET_FROM, END), 10, "dianping"),
        ("praise", lambda: wchoice([s[0] for s in STORES if s[0] != "CD10"], [1] * 59), (START, END), 60,
         "dianping"),
        ("neutral", lambda: wchoice([s[0] for s in STORES if s[0] != "CD10"], [1] * 59), (START, END), 30,
         "xiaohongshu"),
        ("app_crash", lambda: choice(BY_CITY["Guangzhou"] + BY_CITY["Shenzhen"]), CRASH, 12, "xiaohongshu"),
        ("app_crash", lambda: choice([s[0] for s in STORES if s[0] != "CD10"]), CRASH, 26, "app_review"),
    ]
    for topic, pick, (a, b), n, chan in plan:
        for _ in range(n):
            store = pick()
            t = rand_time_between(a, min(b, END))
            drink = "S01" if topic == "seasonal_love" else pick_drink(t)
            sugar = SUGAR[choice([2, 3, 4])]
            add_feedback(feedback, truth, ctr, None, topic, t, {
                "long_queue": "tp_picked_up", "seasonal_love": "tp_menu", "too_sweet": "tp_drink_ready",
                "praise": "tp_picked_up", "neutral": "tp_picked_up", "app_crash": "tp_checkout"}[topic], chan,
                store, drink, sugar, rated=chan in ("dianping", "app_review"),
                device="android" if chan == "app_review" else "")
            if chan == "xiaohongshu" and rng.random() < 0.45:
                feedback[-1]["ts"] = None
            if topic == "app_crash":  # app-store reviews and notes about the app name no store
                feedback[-1].update(store_id="", store_name="", city="", city_zh="")


def write_all(out, customers, events, orders, feedback, truth):
    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(v) if isinstance(v, datetime) else ("" if v is None else v)
                            for v in (r.get(k, "") for k in cols)])

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write(out / "customers.csv", customers, list(customers[0]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "store_id",
           "store_name", "store_district", "store_district_en", "city", "entry_source", "entry_source_zh",
           "app_version", "push_campaign", "order_id", "drink_id", "drink_name", "drink_name_en", "sugar_level",
           "sugar_level_en", "ice_level", "ice_level_en", "cups", "order_mode", "order_mode_zh", "coupon_type",
           "error_code", "pickup_code", "delivery_partner", "delivery_partner_zh", "refund_reason",
           "refund_reason_zh", "points_used"])
    orders.sort(key=lambda o: o["ts"])
    write(out / "orders.csv", orders, list(orders[0]))
    feedback.sort(key=lambda f: f["feedback_id"])
    write(out / "feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "nps", "order_id", "store_id", "store_name", "city", "city_zh",
                                           "device", "language"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    raise SystemExit(main())
