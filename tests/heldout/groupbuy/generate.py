"""邻里鲜 NeighborFresh: a community group-buying (社区团购) platform in Changsha, Wuhan, Hefei and Nanchang.

Customers join a neighbourhood group leader's (团长) WeChat group (leader invite, poster QR code or a friend's share),
browse the daily deals in the WeChat mini program, add to cart, submit and pay before the 23:00 cut-off; the city
warehouse picks the goods at night, a van delivers them to the pickup point (自提点) next morning and the customer
collects them (or gets an "overdue" reminder at 21:00, or never collects: returned). After-sales (rotten produce,
missing items, damaged packs) go through the leader and end with a refund. Data: 2025-01-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus the generator's
truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
D = timedelta
N_CUST = 2600
NC_OPEN = datetime(2026, 4, 15)                                   # Nanchang launch
COLD = (datetime(2025, 7, 3), datetime(2025, 8, 29))              # Wuhan warehouse cold-room compressor failure
PICK_BUG = (datetime(2026, 3, 2), datetime(2026, 3, 30))          # Changsha warehouse new sorting line: missing items
PAY_BUG = (datetime(2025, 9, 8, 10), datetime(2025, 9, 29, 9))    # mini program 3.6.0: Android pay SDK error
CLOSED = (datetime(2026, 1, 5), datetime(2026, 4, 1))             # WH09 shop closes at 18:00 and on Sundays
LEADER_OFF = (datetime(2025, 10, 1), datetime(2026, 3, 1))        # CS05 leader (took a day job) stops replying

CITIES = {  # city: zh, region, warehouse, customer weight
    "Changsha": ("长沙", "华中", "DC-CSA", 0.41),
    "Wuhan": ("武汉", "华中", "DC-WUH", 0.32),
    "Hefei": ("合肥", "华东", "DC-HFE", 0.27),
    "Nanchang": ("南昌", "华东", "DC-NCH", 0.0),
}
DISTRICT_EN = {
    "岳麓区": "Yuelu", "雨花区": "Yuhua", "开福区": "Kaifu", "天心区": "Tianxin", "芙蓉区": "Furong",
    "洪山区": "Hongshan", "武昌区": "Wuchang", "江汉区": "Jianghan", "江岸区": "Jiang'an", "汉阳区": "Hanyang",
    "蜀山区": "Shushan", "包河区": "Baohe", "庐阳区": "Luyang", "瑶海区": "Yaohai",
    "红谷滩区": "Honggutan", "东湖区": "Donghu", "西湖区": "Xihu", "青山湖区": "Qingshanhu",
}
# point id, city, district, name zh, name en, leader id, leader nickname, weight, en-speaker share
POINTS = [
    ("CS01", "Changsha", "岳麓区", "梅溪湖壹号便利店", "Meixi Lake No.1 Mart", "L01", "刘姐", 1.3, 0.03),
    ("CS02", "Changsha", "岳麓区", "麓谷小镇水果店", "Lugu Town Fruit Shop", "L02", "小周", 1.0, 0.03),
    ("CS03", "Changsha", "雨花区", "圭塘社区驿站", "Guitang Community Station", "L03", "陈阿姨", 1.1, 0.02),
    ("CS04", "Changsha", "雨花区", "万科城小卖部", "Vanke City Corner Shop", "L04", "蒋哥", 0.9, 0.02),
    ("CS05", "Changsha", "开福区", "湘江世纪城便利店", "Xiangjiang Century City Mart", "L05", "彭姐", 2.0, 0.02),
    ("CS06", "Changsha", "开福区", "四方坪生鲜店", "Sifangping Fresh Shop", "L06", "老谭", 0.8, 0.02),
    ("CS07", "Changsha", "天心区", "暮云新城小超市", "Muyun New Town Minimart", "L07", "阿芳", 0.9, 0.02),
    ("CS08", "Changsha", "天心区", "南湖路烟酒店", "Nanhu Road Sundries", "L08", "胡叔", 0.7, 0.02),
    ("CS09", "Changsha", "芙蓉区", "马王堆社区便利店", "Mawangdui Community Mart", "L09", "小李", 1.0, 0.02),
    ("CS10", "Changsha", "芙蓉区", "东屯渡小区门岗", "Dongtundu Gatehouse", "L10", "王阿姨", 0.6, 0.02),
    ("CS11", "Changsha", "岳麓区", "观沙岭母婴店", "Guanshaling Baby Store", "L11", "甜甜妈", 0.8, 0.04),
    ("CS12", "Changsha", "雨花区", "洞井菜场口便利店", "Dongjing Market Mart", "L12", "龙姐", 0.9, 0.02),
    ("WH01", "Wuhan", "洪山区", "光谷天地便利店", "Optics Valley Mart", "L13", "小曹", 1.3, 0.08),
    ("WH02", "Wuhan", "洪山区", "街道口水果店", "Jiedaokou Fruit Shop", "L14", "阿杰", 1.0, 0.18),
    ("WH03", "Wuhan", "武昌区", "积玉桥社区超市", "Jiyuqiao Community Market", "L15", "熊姐", 1.1, 0.03),
    ("WH04", "Wuhan", "武昌区", "中南路便利店", "Zhongnan Road Mart", "L16", "小黄", 0.9, 0.04),
    ("WH05", "Wuhan", "江汉区", "唐家墩驿站", "Tangjiadun Station", "L17", "万姐", 1.0, 0.02),
    ("WH06", "Wuhan", "江汉区", "万松园小卖部", "Wansongyuan Corner Shop", "L18", "老杨", 0.8, 0.02),
    ("WH07", "Wuhan", "江岸区", "百步亭便利店", "Baibuting Mart", "L19", "喻阿姨", 1.2, 0.02),
    ("WH08", "Wuhan", "江岸区", "塔子湖生鲜店", "Tazihu Fresh Shop", "L20", "小邓", 0.7, 0.02),
    ("WH09", "Wuhan", "汉阳区", "四新社区便利店", "Sixin Community Mart", "L21", "何哥", 1.2, 0.03),
    ("WH10", "Wuhan", "汉阳区", "钟家村烟酒店", "Zhongjiacun Sundries", "L22", "钟姐", 0.8, 0.02),
    ("HF01", "Hefei", "蜀山区", "大学城便利店", "University Town Mart", "L23", "小吴", 1.1, 0.15),
    ("HF02", "Hefei", "蜀山区", "三里庵超市", "Sanli'an Market", "L24", "汪姐", 1.0, 0.03),
    ("HF03", "Hefei", "包河区", "滨湖世纪城驿站", "Binhu Century City Station", "L25", "方姐", 1.3, 0.04),
    ("HF04", "Hefei", "包河区", "万达广场便利店", "Wanda Plaza Mart", "L26", "小许", 0.9, 0.05),
    ("HF05", "Hefei", "庐阳区", "四牌楼小卖部", "Sipailou Corner Shop", "L27", "程叔", 0.7, 0.02),
    ("HF06", "Hefei", "庐阳区", "杏花公园生鲜店", "Xinghua Park Fresh Shop", "L28", "阿琴", 0.8, 0.02),
    ("HF07", "Hefei", "瑶海区", "和平路便利店", "Heping Road Mart", "L29", "小葛", 0.8, 0.02),
    ("HF08", "Hefei", "瑶海区", "铜陵路水果店", "Tongling Road Fruit Shop", "L30", "潘姐", 0.6, 0.02),
    ("NC01", "Nanchang", "红谷滩区", "万达星城便利店", "Wanda Star City Mart", "L31", "小熊", 1.2, 0.02),
    ("NC02", "Nanchang", "东湖区", "八一广场小超市", "Bayi Square Minimart", "L32", "涂姐", 1.0, 0.02),
    ("NC03", "Nanchang", "西湖区", "朝阳新城驿站", "Chaoyang New Town Station", "L33", "小饶", 1.0, 0.02),
    ("NC04", "Nanchang", "青山湖区", "上海路生鲜店", "Shanghai Road Fresh Shop", "L34", "万哥", 0.8, 0.02),
]
PT = {p[0]: p for p in POINTS}
BY_CITY = {c: [p[0] for p in POINTS if p[1] == c] for c in CITIES}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_join_group", "加入团购群", "Join leader's group", "awareness", "social", "digital", "增长",
     "入团|进群|加群|join group"),
    ("tp_deals", "浏览今日特价", "Browse daily deals", "consideration", "mini_program", "digital", "商品运营",
     "今日特价|逛首页|看商品|daily deals|browse"),
    ("tp_coupon", "领取优惠券", "Claim coupon", "consideration", "mini_program", "digital", "营销",
     "领券|coupon"),
    ("tp_cart", "加入购物车", "Add to cart", "consideration", "mini_program", "digital", "商品运营",
     "加购|购物车|add to cart"),
    ("tp_checkout", "提交订单", "Submit order", "purchase", "mini_program", "digital", "交易",
     "下单|去支付|checkout"),
    ("tp_pay", "支付成功", "Payment success", "purchase", "mini_program", "digital", "交易",
     "付款成功|支付完成|paid"),
    ("tp_picking", "仓库分拣", "Warehouse picking", "service", "other", "physical", "仓储",
     "分拣|拣货|picking|sorting"),
    ("tp_delivered", "送达自提点", "Delivered to pickup point", "service", "store", "physical", "物流",
     "到货|到点|送达|delivered"),
    ("tp_collected", "到点取货", "Collected at pickup point", "service", "store", "physical", "团长运营",
     "取货|自提|提货|pickup|collection"),
    ("tp_overdue", "超时未取提醒", "Overdue pickup reminder", "service", "mini_program", "digital", "团长运营",
     "超时未取|未取货提醒|overdue"),
    ("tp_leader_chat", "联系团长", "Message the group leader", "service", "social", "digital", "团长运营",
     "找团长|问团长|contact leader"),
    ("tp_after_sales", "售后申请", "After-sales request", "service", "mini_program", "digital", "客服",
     "申请售后|售后|after-sales|complaint"),
    ("tp_refund_done", "退款到账", "Refund completed", "service", "mini_program", "digital", "客服",
     "退款成功|退款|refund"),
]
JOURNEYS = [  # id, zh, en, window_days, steps
    ("order", "下单转化", "Ordering", 1, ["tp_deals", "tp_cart", "tp_checkout", "tp_pay"]),
    ("fulfilment", "履约取货", "Fulfilment to pickup", 3, ["tp_pay", "tp_picking", "tp_delivered", "tp_collected"]),
    ("onboarding", "入团首单", "Join to first order", 7, ["tp_join_group", "tp_deals", "tp_pay"]),
    ("after_sales", "售后退款", "After-sales refund", 3, ["tp_after_sales", "tp_refund_done"]),
    ("reorder", "取货后复购", "Reorder after pickup", 14, ["tp_collected", "tp_pay"]),
]

CATEGORIES = {"vegetables": "蔬菜", "fruit": "水果", "meat": "肉禽蛋", "dairy": "乳品", "household": "日用百货"}
SKUS = [  # id, category, zh, en, price, months (None = all year)
    ("V01", "vegetables", "上海青500g", "Bok choy 500g", 2.99, None),
    ("V02", "vegetables", "西红柿1kg", "Tomatoes 1kg", 5.9, None),
    ("V03", "vegetables", "土豆1.5kg", "Potatoes 1.5kg", 4.5, None),
    ("V04", "vegetables", "黄瓜1kg", "Cucumbers 1kg", 4.9, None),
    ("V05", "vegetables", "西兰花2颗", "Broccoli x2", 5.5, None),
    ("V06", "vegetables", "菠菜500g", "Spinach 500g", 3.5, None),
    ("F01", "fruit", "麒麟西瓜1个", "Kylin watermelon", 19.9, (5, 6, 7, 8, 9)),
    ("F02", "fruit", "水蜜桃2.5kg", "Juicy peaches 2.5kg", 24.9, (6, 7, 8)),
    ("F03", "fruit", "阳光玫瑰葡萄1kg", "Shine Muscat grapes 1kg", 25.9, None),
    ("F04", "fruit", "砂糖橘2.5kg", "Sugar mandarins 2.5kg", 15.9, (11, 12, 1, 2)),
    ("F05", "fruit", "香蕉1.5kg", "Bananas 1.5kg", 7.9, None),
    ("F06", "fruit", "红富士苹果2.5kg", "Fuji apples 2.5kg", 19.9, None),
    ("F07", "fruit", "丹东草莓500g", "Dandong strawberries 500g", 29.9, (12, 1, 2, 3)),
    ("M01", "meat", "土鸡蛋30枚", "Free-range eggs x30", 26.9, None),
    ("M02", "meat", "猪五花500g", "Pork belly 500g", 16.9, None),
    ("M03", "meat", "鸡腿1kg", "Chicken legs 1kg", 17.9, None),
    ("M04", "meat", "牛腱子500g", "Beef shank 500g", 39.9, None),
    ("M05", "meat", "冻虾仁400g", "Frozen shrimp 400g", 32.9, None),
    ("D01", "dairy", "纯牛奶250ml×12", "Whole milk 250ml x12", 36.9, None),
    ("D02", "dairy", "酸奶100g×8", "Yogurt 100g x8", 15.9, None),
    ("D03", "dairy", "鲜牛奶950ml", "Fresh milk 950ml", 13.9, None),
    ("H01", "household", "抽纸10包", "Tissues x10", 19.9, None),
    ("H02", "household", "洗衣液3kg", "Laundry detergent 3kg", 29.9, None),
    ("H03", "household", "垃圾袋100只", "Bin bags x100", 9.9, None),
    ("H04", "household", "洗洁精1.5kg", "Dish soap 1.5kg", 11.9, None),
]
SKU = {s[0]: s for s in SKUS}
HOUSEHOLD = {  # zh: en, weight, category weights (veg, fruit, meat, dairy, household), lines mean, age weights
    "独居": ("single", 0.20, (0.26, 0.32, 0.14, 0.12, 0.16), 0.9, (0.50, 0.30, 0.10, 0.06, 0.04)),
    "二人世界": ("couple", 0.27, (0.30, 0.28, 0.18, 0.11, 0.13), 1.1, (0.30, 0.38, 0.16, 0.10, 0.06)),
    "有娃家庭": ("family_with_kids", 0.35, (0.24, 0.24, 0.17, 0.25, 0.10), 1.4, (0.06, 0.52, 0.34, 0.06, 0.02)),
    "三代同堂": ("multigenerational", 0.18, (0.40, 0.18, 0.24, 0.09, 0.09), 1.6, (0.04, 0.22, 0.26, 0.22, 0.26)),
}
AGE_BANDS = ["18-29", "30-39", "40-49", "50-59", "60+"]
ACQ = {"leader_invite": "团长邀请", "poster_qr": "海报扫码", "friend_share": "好友分享"}
ACQ_W = [0.50, 0.22, 0.28]
FIRST_SESSION = {"leader_invite": 0.86, "poster_qr": 0.40, "friend_share": 0.68}
ENTRY = {"group_link": "群接龙链接", "direct": "直接打开", "sub_msg": "订阅消息", "friend_share": "好友分享",
         "poster_qr": "海报扫码", "leader_invite": "团长邀请"}
ENTRY_W = (["group_link", "direct", "sub_msg", "friend_share"], [0.52, 0.26, 0.12, 0.10])
TIER_ZH = {"regular": "普通用户", "saver_card": "省钱卡会员"}
REASON_ZH = {"rotten": "腐烂变质", "missing_item": "漏发少件", "damaged": "破损", "not_collected": "超时未取退回"}
HOURS = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]
HOUR_W = [5, 7, 5, 3, 5, 9, 6, 3, 3, 3, 5, 7, 9, 12, 11, 7, 1.5]
PICK_HOURS = [12, 13, 14, 15, 16, 17, 18, 19, 20, 21]
PICK_W = [5, 4, 3, 3, 5, 12, 16, 18, 14, 3]

TOPICS = {  # topic: sentiment, rating range, touchpoint, zh templates, en templates
    "rotten": ("neg", (1, 2), "tp_collected", [
        "买的{sku}烂了好几个，太失望了",
        "{sku}到手就是烂的，申请退款",
        "天这么热冷链能不能做好点，{sku}一半都烂了",
        "{sku}有烂的，已经拍照发给团长了",
        "第二次买到烂的{sku}了，还敢买吗",
    ], [
        "The {sku_en} were rotten when I picked them up.",
        "Half of the {sku_en} was rotten, please refund.",
        "Got rotten {sku_en} again, the cold chain must be broken.",
    ]),
    "missing_item": ("neg", (1, 3), "tp_picking", [
        "订单里的{sku}漏发了，取货时袋子里没有",
        "少了一件{sku}，团长说是仓库漏发",
        "又漏发了，{sku}没收到",
        "取货时发现{sku}漏发，麻烦补发或者退款",
    ], [
        "The {sku_en} was missing from my bag.",
        "One item missing again ({sku_en}), please check the warehouse.",
    ]),
    "damaged": ("neg", (1, 3), "tp_delivered", [
        "{sku}包装破损，袋子里全湿了",
        "收到的{sku}破损了，申请售后",
        "{sku}外箱破损严重，运输太粗暴",
    ], [
        "The {sku_en} arrived damaged.",
    ]),
    "refund_slow": ("neg", (1, 2), "tp_refund_done", [
        "退款怎么这么慢，两天了还没到账",
        "售后都批了，退款太慢了",
        "{sku}的退款慢得离谱，到现在都没退",
    ], [
        "Slow refund again, still nothing after two days.",
        "Why is the refund so slow?",
    ]),
    "leader_unresponsive": ("neg", (1, 2), "tp_leader_chat", [
        "团长一直不回消息，售后没人管",
        "找团长三天了都不回，退款也没下来",
        "@团长 怎么又不回消息了",
        "团长消息不回电话不接，售后找谁",
    ], [
        "The group leader never responds to my messages.",
        "Leader doesn't respond at all, still waiting for help.",
    ]),
    "pickup_closed": ("neg", (1, 3), "tp_collected", [
        "下班去取货自提点已经关门了",
        "自提点又关门了，东西只能第二天拿",
        "{point}六点就关门，上班族根本取不到",
        "周日自提点关门，牛奶放了一天",
    ], [
        "Pickup point was already closed after work, couldn't collect.",
        "Pickup point closed again on Sunday.",
    ]),
    "late_delivery": ("neg", (2, 3), "tp_delivered", [
        "今天到货太晚了，下午四点才到自提点",
        "说好中午前到货，结果拖到傍晚",
    ], [
        "Goods arrived at the pickup point really late today.",
    ]),
    "pay_failed": ("neg", (1, 2), "tp_checkout", [
        "安卓手机一直支付失败，换了老公的苹果才付成功",
        "点支付就报错，支付失败好几次",
        "小程序支付失败，秒杀的东西都没抢到",
    ], [
        "Payment failed three times on my Android phone.",
        "Keeps saying payment failed, gave up.",
    ]),
    "pricey": ("neg", (2, 3), "tp_deals", [
        "有些东西比菜市场还贵",
        "{sku}比超市卖得贵，没优势",
    ], [
        "Some items are pricier than the wet market.",
    ]),
    "cheap_price": ("pos", (4, 5), "tp_deals", [
        "价格真便宜，比超市实惠多了",
        "{sku}才{price}元，太实惠了",
        "每天蹲特价，东西便宜",
        "便宜，还经常有券",
    ], [
        "Prices are really cheap compared to the supermarket.",
        "Cheap {sku_en}, great deal!",
    ]),
    "fresh_good": ("pos", (4, 5), "tp_collected", [
        "{sku}很新鲜，下次还买",
        "菜很新鲜，孩子很爱吃",
        "品质不错，{sku}挺新鲜的",
    ], [
        "The {sku_en} was very fresh.",
    ]),
    "leader_helpful": ("pos", (5, 5), "tp_leader_chat", [
        "团长人很好，下雨天还帮忙把菜放冰箱",
        "团长很热心，售后处理得很快",
        "我们小区团长服务特别好",
    ], [
        "Our group leader is super helpful.",
    ]),
    "convenient": ("pos", (4, 5), "tp_collected", [
        "楼下就能取货，很方便",
        "自提点离家近，下班顺路拿，方便",
    ], [
        "Pickup point is right downstairs, very convenient.",
    ]),
    "suggestion": ("neu", (3, 4), "tp_deals", [
        "希望多上点进口水果",
        "建议增加晚上取货的时间段",
        "能不能多一些有机蔬菜",
        "希望可以开电子发票",
    ], [
        "Would love more imported fruit options.",
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


def fmt(t) -> str:
    if t is None:
        return ""
    if isinstance(t, datetime):
        return t.strftime("%Y-%m-%d %H:%M:%S")
    return t.isoformat()


def at(day: date, hour: float) -> datetime:
    return datetime(day.year, day.month, day.day) + D(hours=hour)


def rand_between(a: datetime, b: datetime) -> datetime:
    return a + D(seconds=float(rng.random()) * (b - a).total_seconds())


def season(d: date) -> float:
    """Demand multiplier of a day: Spring Festival stock-up, holiday closure, slight summer dip."""
    if date(2025, 1, 12) <= d <= date(2025, 1, 26) or date(2026, 1, 30) <= d <= date(2026, 2, 14):
        return 1.55
    if date(2025, 1, 27) <= d <= date(2025, 2, 3) or date(2026, 2, 15) <= d <= date(2026, 2, 22):
        return 0.25
    if d.month in (7, 8):
        return 0.92
    return 1.0


def mp_version(t: datetime) -> str:
    if t < datetime(2025, 4, 10):
        return "3.4.2"
    if t < PAY_BUG[0]:
        return "3.5.1"
    if t < PAY_BUG[1]:
        return "3.6.0"
    if t < datetime(2026, 2, 2):
        return "3.6.1"
    return "3.7.0"


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, truth = [], [], [], []
    ctr = {"e": 0, "s": 0, "o": 0, "p": 0, "f": 0}

    # ---------------- customers ----------------
    customers = []
    cities = [c for c in CITIES if c != "Nanchang"]
    for i in range(N_CUST):
        nanchang = i >= N_CUST - 170
        city = "Nanchang" if nanchang else wchoice(cities, [CITIES[c][3] for c in cities])
        if nanchang:
            signup = rand_between(NC_OPEN, datetime(2026, 7, 25))
        elif rng.random() < 0.30:
            signup = rand_between(datetime(2023, 8, 1), datetime(2024, 12, 31))
        else:  # growth: more joins later
            u = float(rng.random()) ** 0.8
            signup = START + D(days=u * 570, hours=float(rng.choice(HOURS, p=np.array(HOUR_W) / sum(HOUR_W))),
                               minutes=float(rng.random() * 60))
            signup = datetime(signup.year, signup.month, signup.day, signup.hour, signup.minute, signup.second)
        pts = BY_CITY[city]
        point = wchoice(pts, [PT[p][7] for p in pts])
        hh = wchoice(list(HOUSEHOLD), [h[1] for h in HOUSEHOLD.values()])
        age = wchoice(AGE_BANDS, HOUSEHOLD[hh][4])
        tier = "saver_card" if rng.random() < (0.26 if hh in ("有娃家庭", "三代同堂") else 0.12) else "regular"
        acq = wchoice(list(ACQ), ACQ_W)
        ios = rng.random() < (0.42 if age in ("50-59", "60+") else 0.55)
        lang = "en" if rng.random() < PT[point][8] else "zh"
        lam = 0.30 * float(rng.gamma(2.2, 1 / 2.2)) * (1.6 if tier == "saver_card" else 1.0) \
            * (1.15 if hh in ("有娃家庭", "三代同堂") else 1.0)
        customers.append(dict(
            customer_id=f"U{i + 1:05d}", signup=signup, city=city, point=point, hh=hh, age=age, tier=tier, acq=acq,
            device="ios" if ios else "android", lang=lang, lam=lam,
            gender=wchoice(["female", "male"], [0.68, 0.32]), last_session=None, n_paid=0))

    def ev(c, t, tp, sess=None, action="view", **x):
        ctr["e"] += 1
        p = PT[c["point"]]
        row = dict(event_id=f"E{ctr['e']:07d}", customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                   session_id=sess["id"] if sess else "", action=action,
                   device=c["device"] if sess else "", channel=sess["channel"] if sess else x.pop("channel", "other"),
                   city=c["city"], pickup_point_id=c["point"], leader_id=p[5],
                   entry_source=sess["entry"] if sess else "", entry_source_zh=ENTRY[sess["entry"]] if sess else "",
                   mp_version=sess["mpv"] if sess else "")
        row.update(x)
        events.append(row)
        return row

    def add_fb(c, topic, t, chan, rated, sku=None, order_id="", point=None, city=None, nps_p=0.0):
        sent, (lo, hi), tp, zh, en = TOPICS[topic]
        lang = c["lang"] if c else ("en" if rng.random() < 0.05 else "zh")
        sku = sku or choice([s for s in SKUS if s[1] in ("fruit", "vegetables")])
        point = point or (c["point"] if c else None)
        tmpl = choice(en if lang == "en" else zh)
        text = tmpl.format(sku=sku[2], sku_en=sku[3], price=sku[4], point=PT[point][3] if point else "自提点")
        rating = int(rng.integers(lo, hi + 1)) if rated else ""
        nps = ""
        if rated and rng.random() < nps_p:
            nps = int(np.clip({5: rng.integers(8, 11), 4: rng.integers(6, 10), 3: rng.integers(3, 8)}.get(
                rating, rng.integers(0, 5)), 0, 10))
        ctr["f"] += 1
        fid = f"FB{ctr['f']:05d}"
        city = city or (PT[point][1] if point else "")
        feedback.append(dict(
            feedback_id=fid, text=text, ts=min(t, END), customer_id=c["customer_id"] if c else "", touchpoint_id=tp,
            channel=chan, rating=rating, nps=nps, order_id=order_id, pickup_point_id=point or "",
            leader_id=PT[point][5] if point else "", city=city, city_zh=CITIES[city][0] if city else "",
            sku_id=sku[0] if (order_id or topic in ("rotten", "fresh_good")) else "",
            category=sku[1] if (order_id or topic in ("rotten", "fresh_good")) else "", language=lang))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
        return feedback[-1]

    # ---------------- session plan per customer ----------------
    day0 = START.date()
    n_days = (END.date() - day0).days + 1
    all_days = [day0 + D(days=k) for k in range(n_days)]
    seas = np.array([season(d) for d in all_days])
    hour_p = np.array(HOUR_W) / sum(HOUR_W)

    for c in customers:
        first = max(c["signup"], START)
        plans = []  # (time, kind)
        start_regular = first
        dormant = False
        if c["signup"] >= START:
            sess = dict(id=_sid(ctr), channel="mini_program", entry=c["acq"], mpv=mp_version(c["signup"]))
            ev(c, c["signup"], "tp_join_group", sess, action="join")
            if rng.random() < FIRST_SESSION[c["acq"]]:
                plans.append((c["signup"] + D(minutes=2 + float(rng.exponential(1.3 * 24 * 60))), "first"))
                start_regular = c["signup"] + D(days=2)
            elif rng.random() < 0.5:
                dormant = True
            else:
                start_regular = c["signup"] + D(days=8 + float(rng.exponential(30)))
        life = float(rng.exponential(700))
        c["churn_at"] = start_regular + D(days=life)
        if not dormant and start_regular < END:
            k0 = max(0, (start_regular.date() - day0).days + 1)
            k1 = min(n_days, (c["churn_at"].date() - day0).days + 1)
            if k1 > k0:
                counts = rng.poisson(c["lam"] / 7 * seas[k0:k1])
                for k in np.nonzero(counts)[0]:
                    for _ in range(int(counts[k])):
                        h = float(rng.choice(HOURS, p=hour_p)) + float(rng.random())
                        plans.append((at(all_days[k0 + k], min(h, 23.95)), "regular"))
        plans.sort(key=lambda x: x[0])
        for t, kind in plans:
            if t > c["churn_at"] or t > END:
                break
            session(c, t, kind, ev, add_fb, orders, ctr)

    # ---------------- customers table ----------------
    cust_rows = []
    for c in customers:
        ls = c["last_session"]
        if c["signup"] >= datetime(2026, 6, 1):
            seg = "new"
        elif ls is None or ls < datetime(2026, 5, 1):
            seg = "lapsed"
        elif ls < datetime(2026, 7, 1):
            seg = "at_risk"
        else:
            seg = "active"
        p = PT[c["point"]]
        cust_rows.append(dict(
            customer_id=c["customer_id"], signup_at=fmt(c["signup"]), segment=seg, region=CITIES[c["city"]][1],
            acquisition_channel=c["acq"], acquisition_channel_zh=ACQ[c["acq"]], tier=c["tier"],
            tier_zh=TIER_ZH[c["tier"]], city=c["city"], city_zh=CITIES[c["city"]][0], district=p[2],
            district_en=DISTRICT_EN[p[2]], pickup_point_id=p[0], pickup_point_name=p[3], pickup_point_name_en=p[4],
            leader_id=p[5], leader_nickname=p[6], household_type=c["hh"], household_type_en=HOUSEHOLD[c["hh"]][0],
            age_band=c["age"], gender=c["gender"], primary_device=c["device"], language=c["lang"]))

    social_posts(add_fb)
    write_all(out, cust_rows, events, orders, feedback, truth)
    return 0


def _sid(ctr) -> str:
    ctr["s"] += 1
    return f"S{ctr['s']:07d}"


def session(c, t, kind, ev, add_fb, orders, ctr):
    c["last_session"] = t
    entry = c["acq"] if kind == "first" else wchoice(*ENTRY_W)
    sess = dict(id=_sid(ctr), channel="mini_program", entry=entry, mpv=mp_version(t))
    ev(c, t, "tp_deals", sess)
    t += D(minutes=0.3 + float(rng.exponential(2.5)))
    coupon = ""
    p_coupon = 0.85 if kind == "first" else (0.42 if c["tier"] == "saver_card" else 0.22)
    if rng.random() < p_coupon:
        coupon = "新人券" if kind == "first" else ("省钱卡券" if c["tier"] == "saver_card" and rng.random() < 0.6
                                                  else "满29减5")
        ev(c, t, "tp_coupon", sess, action="claim", coupon_type=coupon)
        t += D(minutes=0.2 + float(rng.exponential(1)))
    p_cart = (0.80 if kind == "first" else 0.68) * (1.1 if coupon else 1.0)
    if rng.random() >= p_cart:
        return
    ev(c, t, "tp_cart", sess, action="add")
    t += D(minutes=0.5 + float(rng.exponential(4)))
    if rng.random() >= 0.86:
        return
    ev(c, t, "tp_checkout", sess, action="submit")
    t += D(seconds=20 + float(rng.exponential(40)))
    bug = c["device"] == "android" and PAY_BUG[0] <= t < PAY_BUG[1]
    if bug and rng.random() < 0.6:
        ev(c, t, "tp_checkout", sess, action="fail", error_code="PAY_SDK_ERROR")
        if rng.random() >= 0.35:
            if rng.random() < 0.22:
                add_fb(c, "pay_failed", t + D(minutes=3 + float(rng.exponential(30))),
                       wchoice(["mp_feedback", "group_chat"], [0.7, 0.3]), False)
            return
        t += D(minutes=1 + float(rng.exponential(2)))
        ev(c, t, "tp_checkout", sess, action="submit")
        t += D(seconds=20 + float(rng.exponential(30)))
    elif rng.random() < 0.012:
        ev(c, t, "tp_checkout", sess, action="fail", error_code=wchoice(["BALANCE_INSUFFICIENT", "NETWORK_TIMEOUT"],
                                                                        [0.5, 0.5]))
        if rng.random() >= 0.7:
            return
        t += D(minutes=1 + float(rng.exponential(2)))
        ev(c, t, "tp_checkout", sess, action="submit")
        t += D(seconds=20 + float(rng.exponential(30)))
    # ---- paid: order lines
    ctr["p"] += 1
    pay_no = f"P{ctr['p']:07d}"
    hh = HOUSEHOLD[c["hh"]]
    n_lines = min(6, 1 + int(rng.poisson(hh[3])))
    spring = date(2025, 1, 12) <= t.date() <= date(2025, 1, 26) or date(2026, 1, 30) <= t.date() <= date(2026, 2, 14)
    cw = list(hh[2])
    if spring:
        cw[2] *= 2.2
    if t.month in (6, 7, 8):
        cw[1] *= 1.35
    lines = []
    for j in range(n_lines):
        cat = wchoice(list(CATEGORIES), cw)
        cands = [s for s in SKUS if s[1] == cat and (s[5] is None or t.month in s[5])]
        sku = choice(cands)
        qty = wchoice([1, 2, 3], [0.8, 0.15, 0.05])
        flash = rng.random() < 0.15
        price = round(sku[4] * (0.8 if flash else 1.0), 2)
        disc = 0.0
        if j == 0 and coupon:
            disc = {"新人券": 8.0, "省钱卡券": 3.0, "满29减5": 5.0}[coupon]
            disc = min(disc, round(qty * price * 0.5, 2))
        ctr["o"] += 1
        lines.append(dict(
            order_id=f"O{ctr['o']:07d}", customer_id=c["customer_id"], ts=t, amount=round(qty * price - disc, 2),
            status="paid", channel="mini_program", device=c["device"], pay_no=pay_no, sku_id=sku[0], sku_name=sku[2],
            sku_name_en=sku[3], category=cat, category_zh=CATEGORIES[cat], qty=qty, unit_price=price,
            list_price=round(sku[4] * 1.25, 2), is_flash_deal="true" if flash else "false",
            coupon_type=coupon if (j == 0 and coupon) else "", coupon_amount=disc if disc else 0.0,
            pickup_point_id=c["point"], pickup_point_name=PT[c["point"]][3], leader_id=PT[c["point"]][5],
            city=c["city"], city_zh=CITIES[c["city"]][0], district=PT[c["point"]][2],
            district_en=DISTRICT_EN[PT[c["point"]][2]], warehouse_id=CITIES[c["city"]][2], delivery_date="",
            refund_reason="", refund_reason_zh="", refund_amount="", refunded_at="", _sku=sku))
    ev(c, t, "tp_pay", sess, action="success", pay_no=pay_no, order_count=len(lines),
       pay_amount=round(sum(o["amount"] for o in lines), 2), coupon_type=coupon)
    c["n_paid"] += 1
    for o in lines:
        if rng.random() < 0.025:
            o["status"] = "cancelled"
    orders.extend(lines)
    live = [o for o in lines if o["status"] == "paid"]
    if not live:
        return
    fulfil(c, t, pay_no, live, ev, add_fb)


def fulfil(c, t, pay_no, lines, ev, add_fb):
    dday = (t + D(days=1)).date() if t.hour < 23 else (t + D(days=2)).date()
    for o in lines:
        o["delivery_date"] = dday
    point, city = c["point"], c["city"]
    wh = CITIES[city][2]
    t_pick = at(dday, 1.5 + float(rng.random()) * 4.5)
    ev(c, t_pick, "tp_picking", action="picked", channel="other", pay_no=pay_no, warehouse_id=wh)
    late = rng.random() < 0.03
    t_del = at(dday, (15 + float(rng.random()) * 3) if late else (9.5 + float(rng.random()) * 4))
    ev(c, t_del, "tp_delivered", action="arrived", channel="store", pay_no=pay_no, warehouse_id=wh)
    # collection
    closed = point == "WH09" and CLOSED[0] <= t_del < CLOSED[1]
    r = rng.random()
    never = r < (0.07 if closed else 0.012)
    t_col = None
    if not never:
        h = float(rng.choice(PICK_HOURS, p=np.array(PICK_W) / sum(PICK_W))) + float(rng.random())
        day = dday
        if rng.random() < 0.06:
            day = dday + D(days=1)
        if closed:
            if day.weekday() == 6:
                day += D(days=1)
            if h >= 18:
                if rng.random() < 0.8:
                    day += D(days=1)
                    if day.weekday() == 6:
                        day += D(days=1)
                    h = 8 + float(rng.random()) * 10
                else:
                    h = 17 + float(rng.random())
        t_col = max(at(day, h), t_del + D(minutes=10))
    if t_col is None or t_col > at(dday, 21):
        ev(c, at(dday, 21), "tp_overdue", action="notify", channel="mini_program", pay_no=pay_no)
    if t_col is None:
        for o in lines:
            o.update(status="returned", refund_reason="not_collected", refund_reason_zh=REASON_ZH["not_collected"],
                     refund_amount=o["amount"], refunded_at=at(dday + D(days=2), 10))
        return
    ev(c, t_col, "tp_collected", action="pickup", channel="store", pay_no=pay_no)
    leader_off = point == "CS05" and LEADER_OFF[0] <= t_col < LEADER_OFF[1]
    if rng.random() < 0.05:  # a question to the leader (where is my bag, can you keep it until tomorrow ...)
        ev(c, t_del + D(minutes=10 + float(rng.random() * 300)), "tp_leader_chat", action="message",
           channel="social", pay_no=pay_no)
        if leader_off and rng.random() < 0.3:
            add_fb(c, "leader_unresponsive", t_del + D(hours=6 + float(rng.random() * 20)), "group_chat", False)
    bad = None
    # ---- after-sales per line
    wuhan_cold = city == "Wuhan" and COLD[0] <= t_del < COLD[1]
    pick_bug = city == "Changsha" and PICK_BUG[0] <= t_pick < PICK_BUG[1]
    for o in lines:
        cat = o["category"]
        p_rot = {"fruit": 0.035, "vegetables": 0.022, "dairy": 0.006, "meat": 0.008, "household": 0.0}[cat]
        if wuhan_cold:
            p_rot = {"fruit": 0.20, "vegetables": 0.08, "dairy": 0.05, "meat": 0.03, "household": 0.0}[cat]
        p_miss = 0.08 if pick_bug else 0.012
        p_dmg = 0.03 if o["sku_id"] in ("M01", "D01", "H02") else 0.002
        r = rng.random()
        reason = "rotten" if r < p_rot else ("missing_item" if r < p_rot + p_miss else
                                             ("damaged" if r < p_rot + p_miss + p_dmg else None))
        if reason is None:
            continue
        bad = bad or (reason, o)
        t_as = t_col + D(minutes=10 + float(rng.exponential(90 if reason == "missing_item" else 300)))
        if rng.random() < 0.6:
            ev(c, t_as - D(minutes=5 + float(rng.random() * 40)), "tp_leader_chat", action="message",
               channel="social", pay_no=pay_no, order_id=o["order_id"])
            if leader_off and rng.random() < 0.5:
                ev(c, t_as + D(hours=3 + float(rng.random() * 20)), "tp_leader_chat", action="message",
                   channel="social", pay_no=pay_no, order_id=o["order_id"])
        ev(c, t_as, "tp_after_sales", action="submit", channel="mini_program", pay_no=pay_no,
           order_id=o["order_id"], after_sales_reason=reason, after_sales_reason_zh=REASON_ZH[reason])
        if rng.random() < 0.5:
            add_fb(c, reason, t_as + D(minutes=1), "after_sales_ticket", False, sku=o["_sku"], order_id=o["order_id"])
        if leader_off:
            hours = float(rng.lognormal(np.log(44), 0.45))
            refunded = rng.random() > 0.15
        elif point == "HF03":
            hours = float(rng.lognormal(np.log(1.5), 0.6))
            refunded = True
        else:
            hours = float(rng.lognormal(np.log(3.5), 0.8))
            refunded = rng.random() > 0.01
        if refunded:
            t_ref = t_as + D(hours=hours)
            ev(c, t_ref, "tp_refund_done", action="success", channel="mini_program", pay_no=pay_no,
               order_id=o["order_id"], refund_amount=o["amount"], after_sales_reason=reason,
               after_sales_reason_zh=REASON_ZH[reason])
            if t_ref <= END:
                o.update(status="refunded", refund_reason=reason, refund_reason_zh=REASON_ZH[reason],
                         refund_amount=o["amount"], refunded_at=t_ref)
        if (not refunded or hours > 24) and rng.random() < 0.4:
            add_fb(c, "refund_slow", t_as + D(hours=24 + float(rng.random() * 24)), "after_sales_ticket", False,
                   sku=o["_sku"], order_id=o["order_id"])
        if leader_off and rng.random() < 0.45:
            chan = wchoice(["group_chat", "survey"], [0.6, 0.4])
            add_fb(c, "leader_unresponsive", t_as + D(hours=4 + float(rng.random() * 30)), chan, chan == "survey",
                   order_id=o["order_id"], sku=o["_sku"], nps_p=0.4)
        if rng.random() < 0.12:  # a bad experience makes some customers leave
            c["churn_at"] = min(c["churn_at"], t_as + D(days=float(rng.exponential(40))))
    # ---- surveys, reviews, group chat
    closed_late = closed and t_col > at(dday, 18)
    if closed_late and rng.random() < 0.15:
        add_fb(c, "pickup_closed", at(dday, 18.2 + float(rng.random() * 3)), "group_chat", False)
    p_survey = 0.30 if (bad or closed_late) else (0.12 if late else (0.08 if point == "HF03" else 0.035))
    if rng.random() < p_survey:
        if bad:
            topic, o = bad[0], bad[1]
            if leader_off and rng.random() < 0.5:
                topic = "leader_unresponsive"
        elif closed_late:
            topic, o = "pickup_closed", None
        elif leader_off and rng.random() < 0.4:
            topic, o = "leader_unresponsive", None
        elif late:
            topic, o = "late_delivery", None
        else:
            o = None
            topic = wchoice(["cheap_price", "fresh_good", "convenient", "leader_helpful", "suggestion", "pricey"],
                            [0.25, 0.2, 0.15, 0.35, 0.05, 0.0] if point == "HF03"  # 方姐: a much-loved leader
                            else [0.34, 0.22, 0.14, 0.10, 0.12, 0.08])
        add_fb(c, topic, t_col + D(hours=2 + float(rng.exponential(10))), "survey", True,
               sku=o["_sku"] if o else choice(lines)["_sku"], order_id=o["order_id"] if o else "", nps_p=0.4)
    if rng.random() < 0.015:
        o = choice(lines)
        if bad and bad[1] is o and bad[0] == "rotten":
            topic = "rotten"
        else:
            topic = wchoice(["cheap_price", "fresh_good", "pricey", "suggestion"], [0.55, 0.30, 0.09, 0.06])
        add_fb(c, topic, t_col + D(hours=1 + float(rng.exponential(20))), "mp_review", True, sku=o["_sku"],
               order_id=o["order_id"])
    if rng.random() < 0.002:
        add_fb(c, "leader_helpful", t_col + D(minutes=20 + float(rng.exponential(120))), "group_chat", False)


def social_posts(add_fb):
    """Xiaohongshu / Douyin posts: no customer, no rating, many without a date."""
    plan = [  # topic, city, period, count
        ("cheap_price", None, (START, END), 52),
        ("fresh_good", None, (START, END), 22),
        ("rotten", "Wuhan", COLD, 24),
        ("pickup_closed", "Wuhan", CLOSED, 8),
        ("suggestion", None, (START, END), 14),
        ("pricey", None, (START, END), 10),
    ]
    for topic, city, (a, b), n in plan:
        for _ in range(n):
            cty = city or wchoice(["Changsha", "Wuhan", "Hefei"], [0.41, 0.32, 0.27])
            t = rand_between(a, min(b, END))
            point = "WH09" if topic == "pickup_closed" else None
            fb = add_fb(None, topic, t, wchoice(["xiaohongshu", "douyin"], [0.7, 0.3]), False,
                        sku=choice([s for s in SKUS if s[1] == "fruit"]) if topic == "rotten" else None,
                        point=point, city=cty)
            if rng.random() < 0.5:
                fb["ts"] = None


def write_all(out, customers, events, orders, feedback, truth):
    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(v) if isinstance(v, (datetime, date)) else ("" if v is None else v)
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
    events = [e for e in events if e["ts"] <= END]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "pickup_point_id", "leader_id", "entry_source", "entry_source_zh", "mp_version", "coupon_type",
           "error_code", "pay_no", "order_count", "pay_amount", "warehouse_id", "order_id", "after_sales_reason",
           "after_sales_reason_zh", "refund_amount"])
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    write(out / "orders.csv", orders, [k for k in orders[0] if not k.startswith("_")])
    fb = [f for f in feedback if f["ts"] is None or f["ts"] <= END]
    keep = {f["feedback_id"] for f in fb}
    write(out / "feedback.csv", fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "order_id", "pickup_point_id", "leader_id", "city", "city_zh", "sku_id",
                                     "category", "language"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", [t for t in truth if t["feedback_id"] in keep],
          ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    raise SystemExit(main())
