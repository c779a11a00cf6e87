"""HomeNest 家巢家居: an online furniture and home-furnishing retailer with showrooms, a 3D room planner, designers,
and its own delivery + installation service, 2025-03-01 .. 2026-08-31 (historical relative to 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus the
generator's truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/feedback_truth.csv for gold.py.
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260901
START = datetime(2025, 3, 1)
END = datetime(2026, 8, 31, 23, 59, 0)
NDAYS = (END.date() - START.date()).days + 1
N_OLD, N_NEW = 2000, 9000
D = timedelta

SOUTH_3PL = (datetime(2026, 3, 1), datetime(2026, 5, 31, 23, 59))    # 华南 orders handed to new 3PL 速运通
BJ02_BAD = (datetime(2025, 7, 1), datetime(2025, 12, 31, 23, 59))    # installer crew BJ-02 (new hires) rough
DYE_LOT = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59))    # fabric sofas: supplier dye lot mismatch
PLANNER_BUG = (datetime(2026, 1, 10), datetime(2026, 2, 28, 23, 59))  # Android app 5.2.0 3D planner crash
LOW_DEPOSIT = (datetime(2026, 4, 1), datetime(2026, 6, 30, 23, 59))   # A/B test: fixed ¥999 deposit vs 30 %
CHENGDU_OPEN = datetime(2025, 9, 1)
D11 = (datetime(2025, 10, 20), datetime(2025, 11, 11, 23, 59))
P618 = [(datetime(2025, 6, 1), datetime(2025, 6, 18, 23, 59)), (datetime(2026, 6, 1), datetime(2026, 6, 18, 23, 59))]
SPRING = (datetime(2026, 2, 8), datetime(2026, 2, 22, 23, 59))      # Spring Festival: logistics pause

CITIES = [  # city, region, weight, showroom?, installer teams
    ("上海", "华东", 0.15, True, ["SH-01", "SH-02"]), ("北京", "华北", 0.13, True, ["BJ-01", "BJ-02"]),
    ("广州", "华南", 0.10, True, ["GZ-01", "GZ-02"]), ("深圳", "华南", 0.10, True, ["SZ-01", "SZ-02"]),
    ("杭州", "华东", 0.09, True, ["HZ-01"]), ("成都", "西南", 0.09, True, ["CD-01"]),
    ("南京", "华东", 0.07, False, ["NJ-01"]), ("苏州", "华东", 0.07, False, ["HZ-01"]),
    ("武汉", "华中", 0.07, False, ["WH-01"]), ("重庆", "西南", 0.06, False, ["CD-01"]),
    ("西安", "西北", 0.07, False, ["XA-01"])]
CITY = {c[0]: c for c in CITIES}
SHOWROOM_P = {"上海": 0.52, "北京": 0.42, "广州": 0.38, "深圳": 0.40, "杭州": 0.40, "成都": 0.30}

ACQ = ["xiaohongshu", "douyin", "baidu_search", "showroom_walkin", "referral", "wechat"]
ACQ_W = [0.25, 0.2, 0.14, 0.12, 0.1, 0.19]
ACQ_BUY = {"xiaohongshu": 1.0, "douyin": 0.75, "baidu_search": 1.05, "showroom_walkin": 1.25, "referral": 1.4,
           "wechat": 1.0}

CATS = ["sofa", "bed", "table", "storage", "chair"]
CAT_W = [0.28, 0.22, 0.18, 0.17, 0.15]
CAT_PRICE = {"sofa": 7200, "bed": 5200, "table": 3600, "storage": 10200, "chair": 1100}
CAT_LEAD = {"sofa": 25, "bed": 20, "table": 15, "storage": 30, "chair": 7}
CAT_INSTALL = {"sofa": 0.2, "bed": 0.95, "table": 0.5, "storage": 1.0, "chair": 0.05}
MATERIALS = {"sofa": (["fabric", "leather", "rattan"], [0.58, 0.32, 0.10]),
             "bed": (["solid_wood", "engineered_wood", "fabric"], [0.45, 0.25, 0.30]),
             "table": (["solid_wood", "engineered_wood", "sintered_stone"], [0.45, 0.2, 0.35]),
             "storage": (["engineered_wood", "solid_wood"], [0.62, 0.38]),
             "chair": (["solid_wood", "metal", "fabric"], [0.4, 0.3, 0.3])}
MAT_PRICE = {"fabric": 1.0, "leather": 1.45, "rattan": 0.9, "solid_wood": 1.3, "engineered_wood": 0.8,
             "sintered_stone": 1.2, "metal": 0.8}
COLOURS = {"fabric": ["奶油白", "燕麦色", "雾霾蓝", "深灰", "墨绿"], "leather": ["焦糖棕", "黑色", "奶油白"],
           "rattan": ["原木色"], "solid_wood": ["胡桃木色", "原木色", "白橡色"], "engineered_wood": ["白色", "原木色", "胡桃木色"],
           "sintered_stone": ["雪山白", "岩灰"], "metal": ["黑色", "白色"]}
SERIES = {"sofa": ["云朵 Cloud", "米兰 Milano", "北欧 Nordic"], "bed": ["悬浮 Float", "北欧 Nordic", "软靠 Haven"],
          "table": ["岩板 Slate", "北欧 Nordic", "圆舞 Waltz"], "storage": ["整墙定制 Fitted", "北欧 Nordic"],
          "chair": ["北欧 Nordic", "伊姆斯 Eames", "圆舞 Waltz"]}
DESIGNERS = [f"D{k:02d}" for k in range(1, 11)]
DESIGNER_CITY = {"上海": ["D01", "D02", "D03"], "北京": ["D04", "D05"], "广州": ["D06"], "深圳": ["D07"],
                 "杭州": ["D08", "D03"], "成都": ["D09"], "other": ["D10", "D02", "D05"]}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "信息流广告", "Social & feed ads", "awareness", "ads", "digital", "品牌营销",
     "广告|投放|小红书广告|抖音广告|朋友圈广告|ads|ad|social ads|paid social"),
    ("tp_inspiration", "家居灵感内容", "Inspiration content", "awareness", "social", "digital", "内容运营",
     "灵感|案例|样板间|种草|装修攻略|inspiration|lookbook|room ideas|content"),
    ("tp_signup", "注册会员", "Sign-up", "consideration", "app", "digital", "会员运营",
     "注册|开户|入会|sign up|signup|registration|join"),
    ("tp_browse", "商品浏览", "Product browsing", "consideration", "web", "digital", "电商产品",
     "浏览|逛|看款|商品详情页|详情页|商品页|browse|browsing|product page|PDP"),
    ("tp_room_planner", "3D云设计", "3D room planner", "consideration", "app", "digital", "数字化产品",
     "3D设计|云设计|3D摆放|户型图|虚拟摆放|room planner|3D planner|planner|floor plan"),
    ("tp_showroom", "门店体验", "Showroom visit", "consideration", "store", "physical", "门店运营",
     "门店|展厅|体验店|到店|线下店|逛门店|showroom|store visit|store"),
    ("tp_design_booking", "预约设计师", "Design consultation booking", "consideration", "app", "digital", "设计服务",
     "预约设计|约设计师|设计咨询预约|book a designer|design booking"),
    ("tp_design_consult", "设计师量房沟通", "Designer consultation", "consideration", "store", "physical", "设计服务",
     "量房|设计师上门|设计咨询|设计沟通|design consultation|home measurement|consultation"),
    ("tp_design_proposal", "设计方案交付", "Design proposal", "consideration", "app", "digital", "设计服务",
     "设计方案|效果图|方案交付|design proposal|proposal|design plan"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "web", "digital", "电商产品",
     "加购|购物车|加入购物车|add to cart|cart|basket"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "web", "digital", "电商产品",
     "下单|提交订单|结算|checkout|place order|order placed"),
    ("tp_deposit", "支付定金", "Deposit payment", "purchase", "web", "digital", "支付",
     "定金|订金|付定金|下定|交定金|deposit|down payment"),
    ("tp_balance", "支付尾款", "Balance payment", "purchase", "web", "digital", "支付",
     "尾款|补尾款|付尾款|结清|balance|final payment|balance payment"),
    ("tp_schedule_delivery", "预约送货", "Delivery scheduling", "service", "app", "digital", "物流",
     "约送货|预约送货|排期|送货时间|配送预约|schedule delivery|delivery slot|delivery booking"),
    ("tp_delivered", "送货到家", "Delivered", "service", "other", "physical", "物流",
     "送货|到货|配送|物流|送到家|delivery|delivered|shipping|logistics"),
    ("tp_assembly_guide", "组装说明", "Assembly guide", "service", "app", "digital", "商品体验",
     "说明书|组装说明|安装说明|自己装|DIY|assembly guide|instructions|manual|self-assembly"),
    ("tp_install_booked", "预约安装", "Installation booking", "service", "app", "digital", "安装服务",
     "约安装|预约安装|安装预约|book installation|installation booking"),
    ("tp_installed", "上门安装", "Installation", "service", "other", "physical", "安装服务",
     "安装|上门安装|安装师傅|师傅|装好|installation|installer|installers|install"),
    ("tp_acceptance", "验收确认", "Acceptance check", "service", "app", "digital", "安装服务",
     "验收|确认收货|签收确认|验货|acceptance|sign-off|inspection on delivery"),
    ("tp_damage_report", "破损报修", "Damage report", "service", "app", "digital", "售后",
     "报修|破损|售后申请|申请售后|质量问题|damage report|damage claim|claim|after-sales request"),
    ("tp_aftersales_visit", "售后上门核实", "After-sales inspection", "service", "other", "physical", "售后",
     "上门核实|售后上门|售后检测|inspection visit|after-sales visit"),
    ("tp_case_closed", "售后结案", "After-sales case closed", "service", "app", "digital", "售后",
     "结案|换新|退款|补偿|维修完成|case closed|replacement|refund|resolved"),
    ("tp_cs", "客服中心", "Customer service", "service", "phone", "digital", "客服中心",
     "客服|热线|在线客服|人工客服|customer service|hotline|support|call centre"),
    ("tp_review", "评价晒单", "Review", "loyalty", "app", "digital", "用户运营",
     "评价|晒单|评分|买家秀|review|rating|product review"),
    ("tp_member", "会员中心", "Member centre", "loyalty", "app", "digital", "会员运营",
     "会员|会员中心|积分|等级|member|membership|points|loyalty"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("purchase", "线上购买", "Online purchase", 45,
     ["tp_browse", "tp_cart", "tp_checkout", "tp_deposit", "tp_balance"]),
    ("planner", "3D云设计下单", "Room planner to order", 14, ["tp_room_planner", "tp_cart", "tp_checkout", "tp_deposit"]),
    ("showroom", "门店到店转化", "Showroom to order", 14, ["tp_showroom", "tp_checkout", "tp_deposit"]),
    ("design", "设计咨询", "Design consultation", 30,
     ["tp_design_booking", "tp_design_consult", "tp_design_proposal", "tp_deposit"]),
    ("delivery_install", "送装服务", "Delivery & installation", 21,
     ["tp_schedule_delivery", "tp_delivered", "tp_install_booked", "tp_installed", "tp_acceptance"]),
    ("after_sales", "售后处理", "After-sales claim", 30, ["tp_damage_report", "tp_aftersales_visit", "tp_case_closed"]),
]

HOURS = np.array([0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.2, 3.5, 4.5, 4.8, 4.5, 4.2, 4.5, 4.8, 4.8, 4.5, 4.5,
                  5.5, 7.5, 8.5, 6.5, 2.2])
HOURS /= HOURS.sum()
STORE_HOURS = np.array([0] * 10 + [1, 1.3, 1.2, 1.4, 1.8, 2.0, 1.8, 1.5, 1.2, 1.1, 0.8, 0] + [0, 0])
STORE_HOURS /= STORE_HOURS.sum()

ITEM = {"sofa": ("沙发", "sofa"), "bed": ("床", "bed frame"), "table": ("餐桌", "dining table"),
        "storage": ("衣柜", "wardrobe"), "chair": ("椅子", "chair"), "": ("家具", "furniture")}

# topic -> sentiment, touchpoint, zh templates, en templates
TEXTS = {
    "late_delivery": ("neg", "tp_delivered", [
        "说好{lead}天送到，结果拖了{late}天才送，中间问了好几次都说在排期",
        "送货一再推迟，{iz}等了快{total}天，新房都没法入住",
        "约好的送货日期又延迟了，也没人提前通知，白请了一天假",
        "{iz}到货比承诺晚了{late}天，每次问都说在路上",
        "物流太坑，送货延迟了一个多星期，{partner}的配送完全不靠谱",
        "预约好的送货时间临时改期两次，太折腾了",
        "迟迟不送货，订单页一直显示待配送，家里空荡荡的"], [
        "Delivery was {late} days late. I was promised {lead} days and it kept getting pushed back.",
        "My {ie} delivery got postponed twice and nobody called ahead.",
        "Waited {total} days for a {ie}, way past the promised date. Really disappointing delay.",
        "The delivery slot was rescheduled at the last minute and the {ie} still came late.",
        "Delivery delayed again and again, {partner} are hopeless."]),
    "delivery_praise": ("pos", "tp_delivered", [
        "送货很准时，配送小哥还帮忙把包装带走了", "比预计早两天到货，配送很给力",
        "配送准时，提前一天打电话确认时间，很专业"], [
        "Delivered right on the promised day and the crew took the packaging away.",
        "Arrived on time, smooth delivery, very professional team."]),
    "installer_bad": ("neg", "tp_installed", [
        "安装师傅迟到了两个多小时，来了也不打招呼", "师傅态度很差，装完一地木屑也不清理",
        "安装师傅不专业，{iz}装得歪歪扭扭，柜门关不严", "约好的安装师傅放鸽子，又重新约了一次",
        "师傅全程在催，装得很潦草，螺丝都没拧紧"], [
        "The installer turned up three hours after the slot and was rude the whole time.",
        "Installers left a mess everywhere and the doors still don't close properly.",
        "The installer had no idea how to put the {ie} together, had to come back twice.",
        "Installation crew was rushed and sloppy, screws left loose."]),
    "installer_praise": ("pos", "tp_installed", [
        "安装师傅很专业，{iz}装得又快又稳，还帮忙调平", "师傅很细心，装完把垃圾都带走了，点赞",
        "两位师傅配合默契，一个小时就装好了，服务很好"], [
        "The installer was super professional and cleaned up afterwards.",
        "Great installation crew, quick and careful with our floors.",
        "Two installers had the {ie} up in an hour, very polite."]),
    "scratch_damage": ("neg", "tp_delivered", [
        "{iz}送到的时候侧面有一道明显划痕", "拆开包装发现边角磕碰掉漆了", "{iz}表面有裂纹，包装太简陋了",
        "装好以后才发现{iz}上有好几道划痕", "柜门有个凹坑，明显是运输时磕的"], [
        "The {ie} arrived with a deep scratch on the side.", "Found a dent and chipped paint on the corner after unboxing.",
        "There's a crack in the {ie}, the packaging was way too thin.", "Scratches all over the {ie} after it was put in."]),
    "colour_mismatch": ("neg", "tp_acceptance", [
        "{iz}颜色和样品差太多，色差严重", "实物颜色跟详情页完全不一样，{colour}变成灰扑扑的",
        "色差太大了，和看样时不是一个颜色", "到手发现颜色偏黄，跟我选的{colour}不一致"], [
        "The colour doesn't match the fabric swatch at all.", "Colour is way off compared with the sample we saw.",
        "The {ie} came in a noticeably different shade than the photos.",
        "Colour mismatch, it looks nothing like the product page."]),
    "assembly_instructions": ("neg", "tp_assembly_guide", [
        "说明书根本看不懂，螺丝型号都没标，自己装了一下午", "组装图纸太简略了，{iz}装反了两次",
        "安装说明全是图没有字，零件编号对不上"], [
        "The assembly instructions are impossible to follow, parts aren't labelled.",
        "The manual is just tiny pictures, took me four hours to put the {ie} together.",
        "Instructions list the wrong screw numbers, very frustrating."]),
    "planner_crash": ("neg", "tp_room_planner", [
        "3D云设计一打开就闪退，安卓手机根本用不了", "户型图画到一半卡死，之前画的全没了",
        "更新以后3D设计老是崩溃，白费功夫", "放一个沙发进去就闪退，试了五六次"], [
        "The 3D room planner crashes every time I add a sofa.",
        "Planner keeps freezing on my Android phone, lost my whole floor plan.",
        "App crashed three times while I was laying out the living room."]),
    "planner_praise": ("pos", "tp_room_planner", [
        "3D云设计很好用，摆进户型图一目了然", "先用3D设计把家具摆了一遍再下单，心里有底"], [
        "Love the 3D planner, seeing the sofa in my own floor plan sealed the deal.",
        "The room planner made it easy to check sizes before buying."]),
    "smell": ("neg", "tp_acceptance", [
        "{iz}打开一股刺鼻的味道，担心甲醛超标", "味道很大，放了一个月还有异味", "新{iz}气味很冲，孩子房间都不敢用"], [
        "Strong chemical smell from the {ie}, worried about formaldehyde.", "Still has an odour after weeks of airing."]),
    "balance_payment": ("neu", "tp_balance", [
        "想问一下尾款可以分期吗，分几期", "尾款支付页面一直报错，付了三次才成功", "分期付尾款的手续费能不能说清楚"], [
        "How do I switch my balance payment to installments?", "Couldn't pay the balance, the page kept erroring out.",
        "Please explain the installment fees for the balance."]),
    "showroom_praise": ("pos", "tp_showroom", [
        "门店体验很好，导购很耐心，样品可以随便试", "{city}展厅布置得很有氛围，逛得很开心",
        "周末带孩子去门店，导购讲解很细致"], [
        "Lovely showroom, staff let us try everything without pressure.",
        "The {city} showroom is beautifully set up, great experience."]),
    "showroom_bad": ("neg", "tp_showroom", [
        "周末去门店人太多，没人接待，等了半小时", "展厅样品太少，想看的款都没有"], [
        "Showroom was packed and nobody came to help us.", "The showroom had hardly any of the models we wanted to see."]),
    "design_praise": ("pos", "tp_design_proposal", [
        "设计师出的方案很专业，整体搭配很协调", "设计师上门量房很仔细，效果图和最后装出来几乎一样"], [
        "Our designer nailed the layout, the proposal was spot on.",
        "The designer listened to us and the renderings matched the final room."]),
    "design_bad": ("neg", "tp_design_proposal", [
        "设计师方案改了三次还是不满意，沟通效率低", "设计师出图太慢，等了两周才给方案"], [
        "The designer took two weeks to send a proposal and ignored our brief."]),
    "comfort_quality": ("pos", "tp_review", [
        "{iz}质感很好，用起来很舒服，值这个价", "用料很扎实，做工细致", "{iz}很稳，尺寸刚好，家里人都喜欢"], [
        "Really comfortable and solid, great quality for the price.", "Sturdy build, the {ie} looks premium.",
        "Exactly what we wanted, very happy with the {ie}."]),
    "general_neutral": ("neu", "tp_review", [
        "东西还行，就是价格偏贵", "整体一般，没有特别惊喜", "中规中矩吧，能用"], [
        "It's okay, nothing special.", "Decent but pricey.", "Fine overall, does the job."]),
    "cs_unreachable": ("neg", "tp_cs", [
        "客服电话一直打不通，在线也没人回", "找客服问进度，三天都没回复"], [
        "Customer service never picks up and never calls back.", "Waited days for customer service to reply."]),
}
SENT = {k: v[0] for k, v in TEXTS.items()}
SUFFIX = {"neg": {"zh": ["", "", "。", "，很失望。", "，希望改进。", "！"], "en": ["", "", " Not happy.", " Please fix this."]},
          "pos": {"zh": ["", "", "。", "，推荐！", "，会回购。"], "en": ["", "", " Recommended!", " Will buy again."]},
          "neu": {"zh": ["", "。", "，谢谢。"], "en": ["", " Thanks."]}}


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def in_(t, win):
    return win[0] <= t <= win[1]


def level(spend):
    return "platinum" if spend >= 40000 else "gold" if spend >= 15000 else "silver" if spend >= 5000 else "basic"


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, truth, exps = [], [], [], [], []
    cnt = {"ev": 0, "o": 0, "fb": 0, "s": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def U(a, b):
        return float(rng.uniform(a, b))

    def at_hour(day, store=False):
        h = int(rng.choice(24, p=STORE_HOURS if store else HOURS))
        return datetime(day.year, day.month, day.day, h, int(rng.integers(60)), int(rng.integers(60)))

    def app_version(c, t):
        t = t - D(days=c["lag"])
        if t < datetime(2025, 8, 20):
            return "5.0.0"
        if t < PLANNER_BUG[0]:
            return "5.1.0"
        if t < datetime(2026, 3, 1):
            return "5.2.0"
        if t < datetime(2026, 6, 15):
            return "5.2.1"
        return "5.3.0"

    def ev(c, ts, tp, action, sess="", ch=None, dev=None, **extra):
        if ts > END or ts < START:
            return
        if ch is None:
            ch = c["ch"]
        if dev is None:
            dev = "pc" if ch == "web" else c["dev"]
        if ch in ("store", "other", "phone", "ads", "social"):
            dev = "" if ch in ("store", "other", "phone") else dev
        events.append(dict(event_id=nid("ev", "E", 7), customer_id=c["id"], ts=fmt(ts), touchpoint_id=tp,
                           session_id=sess, action=action, device=dev, channel=ch,
                           app_version=app_version(c, ts) if ch == "app" else "", **extra))
        c["last"] = max(c["last"], ts)

    def new_sess():
        return nid("s", "S", 7)

    def fb(c, ts, tp, channel, topic, rating=None, nps=None, order=None, lang=None, **kw):
        if ts is not None and ts > END:
            return
        sent, tp0, zh, en = TEXTS[topic]
        lang = lang or (c["lang"] if c else ("en" if rng.random() < 0.2 else "zh"))
        tpl = en[rng.integers(len(en))] if lang == "en" else zh[rng.integers(len(zh))]
        cat = order["category"] if order else ""
        iz, ie = ITEM[cat]
        lead = order["delivery_lead_days"] if order else 20
        act = order.get("actual_delivery_days") if order else None
        late = max(3, (act or lead + 5) - lead)
        text = tpl.format(iz=iz, ie=ie, lead=lead, late=late, total=lead + late, city=c["city"] if c else "上海",
                          colour=order["colour"] if order else "奶油白",
                          partner=(order.get("delivery_partner") or "物流公司") if order else "物流公司")
        sfx = SUFFIX[sent]["en" if lang == "en" else "zh"]
        text += sfx[rng.integers(len(sfx))]
        fid = nid("fb", "F", 5)
        feedback.append(dict(feedback_id=fid, text=text, ts=fmt(ts) if ts else "", customer_id=c["id"] if c else "",
                             touchpoint_id=tp if tp is not None else tp0, channel=channel,
                             rating=rating if rating is not None else "", nps=nps if nps is not None else "",
                             order_id=order["order_id"] if order else "", category=cat,
                             city=c["city"] if c else "", installer_team=(order.get("installer_team") or "") if order else "",
                             designer_id=(order.get("designer_id") or "") if order else kw.get("designer", ""),
                             device=kw.get("device", "")))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))

    def rating_for(topic):
        s = SENT[topic]
        if s == "neg":
            return int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
        if s == "pos":
            return int(rng.choice([4, 5], p=[0.32, 0.68]))
        return int(rng.choice([2, 3, 4], p=[0.2, 0.6, 0.2]))

    # ---------- day weights: seasonality, 618, 双11, 金九银十, Spring Festival, growth ----------
    days = [START + D(days=i) for i in range(NDAYS)]
    mw = {1: 0.9, 2: 0.6, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.2, 7: 0.85, 8: 0.85, 9: 1.2, 10: 1.3, 11: 1.3, 12: 1.0}
    w = np.linspace(1.0, 1.25, NDAYS) * np.array([mw[d.month] for d in days])
    for i, d in enumerate(days):
        if in_(d, D11):
            w[i] *= 1.0 if d.month == 10 else 2.2
        if d.month == 11 and d.day in (10, 11):
            w[i] *= 2.5
        if any(in_(d, p) for p in P618):
            w[i] *= 1.4
        if datetime(2026, 2, 10) <= d <= datetime(2026, 2, 24):
            w[i] *= 0.5
        if d.weekday() >= 5:
            w[i] *= 1.25
    day_p = w / w.sum()

    def promo_of(t):
        if in_(t, D11):
            return "double11"
        if any(in_(t, p) for p in P618):
            return "618"
        return "none"

    # ---------- customers ----------
    city_w = np.array([c[2] for c in CITIES])
    city_w /= city_w.sum()
    custs = []
    signup_days = np.sort(rng.choice(NDAYS - 3, size=N_NEW, p=day_p[:-3] / day_p[:-3].sum()))
    for k in range(N_OLD + N_NEW):
        city = CITIES[rng.choice(len(CITIES), p=city_w)][0]
        acq = ACQ[rng.choice(len(ACQ), p=ACQ_W)]
        if acq == "showroom_walkin" and not CITY[city][3]:
            acq = "wechat"
        new = k >= N_OLD
        if new:
            su = at_hour(days[signup_days[k - N_OLD]])
            if acq == "showroom_walkin" and city == "成都" and su < CHENGDU_OPEN:
                acq = "xiaohongshu"
        else:
            su = datetime(2022, 1, 1) + D(days=int(rng.integers(0, 1150)), hours=int(rng.integers(8, 22)))
        dev = "ios" if rng.random() < (0.55 if city in ("上海", "北京", "深圳", "杭州") else 0.42) else "android"
        lang = "en" if rng.random() < (0.2 if city in ("上海", "北京", "深圳") else 0.06) else "zh"
        custs.append(dict(id=f"C{k + 1:05d}", new=new, signup=su, city=city, region=CITY[city][1], acq=acq, dev=dev,
                          ch=str(rng.choice(["app", "mini_program", "web"], p=[0.5, 0.32, 0.18])), lang=lang,
                          home=str(rng.choice(["new_home", "renovation"], p=[0.55, 0.45])),
                          household=str(rng.choice(["single", "couple", "family_kids", "family_elderly"],
                                                   p=[0.2, 0.3, 0.38, 0.12])),
                          prior=0.0 if new else float(rng.choice([0, 1]) * rng.lognormal(8.8, 0.9)),
                          lag=int(rng.integers(0, 8)), last=datetime(2000, 1, 1), spend=0.0, n_paid=0,
                          variant=str(rng.choice(["control", "low_deposit"])), ab_first=None))

    # ---------- one shopping project ----------
    def pick_cat(c):
        p = np.array(CAT_W)
        if c["home"] == "new_home":
            p = p * np.array([1.1, 1.1, 1.0, 1.3, 0.8])
        return CATS[rng.choice(len(CATS), p=p / p.sum())]

    def chan(c):
        return c["ch"] if rng.random() < 0.75 else str(rng.choice(["app", "mini_program", "web"]))

    def browse_session(c, t, cat):
        ch = chan(c)
        s = new_sess()
        for j in range(1 + int(rng.poisson(1.8))):
            ev(c, t + D(minutes=3 * j + U(0, 3)), "tp_browse", "view", s, ch, category=cat if rng.random() < 0.7
               else CATS[rng.integers(5)])
        return ch

    def project(c, t0, first):
        cat = pick_cat(c)
        if t0 > END:
            return
        if rng.random() < 0.55:
            ev(c, t0 - D(hours=U(1, 40)), str(rng.choice(["tp_ad", "tp_inspiration"], p=[0.6, 0.4])), "click", "",
               "ads" if rng.random() < 0.6 else "social", c["dev"])
        if first and c["new"]:
            ev(c, t0, "tp_signup", "success", new_sess())
        tb = t0 + D(minutes=U(2, 30))
        browse_session(c, tb, cat)
        nb = int(rng.poisson(1.3))
        for _ in range(nb):
            browse_session(c, t0 + D(days=U(0.3, 12)), cat)
        if rng.random() < 0.12:
            ev(c, t0 + D(days=U(0, 5)), "tp_member", "view", new_sess())
        # 3D room planner
        planner_t, crashed, planner_ch = None, False, None
        if rng.random() < (0.34 if c["home"] == "new_home" else 0.24):
            planner_t = t0 + D(days=U(0.2, 8))
            ch = "app" if rng.random() < 0.8 else "web"
            dev = c["dev"] if ch == "app" else "pc"
            planner_ch = (ch, dev)
            s = new_sess()
            bug = ch == "app" and dev == "android" and in_(planner_t, PLANNER_BUG) and \
                app_version(c, planner_t) == "5.2.0"
            ev(c, planner_t, "tp_room_planner", "open", s, ch, dev)
            if bug and rng.random() < 0.85:
                crashed = True
                ev(c, planner_t + D(minutes=U(1, 6)), "tp_room_planner", "crash", s, ch, dev, error="render_crash")
                if rng.random() < 0.4:
                    s2 = new_sess()
                    ev(c, planner_t + D(hours=U(1, 30)), "tp_room_planner", "open", s2, ch, dev)
                    ev(c, planner_t + D(hours=U(31, 32)), "tp_room_planner", "crash", s2, ch, dev, error="render_crash")
                if rng.random() < 0.2:
                    fb(c, planner_t + D(hours=U(1, 48)), "tp_room_planner", "app_review", "planner_crash",
                       rating=int(rng.choice([1, 2], p=[0.7, 0.3])), device=dev)
                if rng.random() < 0.1:
                    ev(c, planner_t + D(hours=U(1, 24)), "tp_cs", "call")
                    fb(c, planner_t + D(hours=U(1, 24)), "tp_room_planner", "cs_ticket", "planner_crash", device=dev)
            else:
                ev(c, planner_t + D(minutes=U(5, 40)), "tp_room_planner", "save", s, ch, dev)
                if rng.random() < 0.05:
                    tpc = "planner_praise" if rng.random() < 0.8 else "general_neutral"
                    fb(c, planner_t + D(hours=U(1, 72)), "tp_room_planner", "app_review", tpc, rating=rating_for(tpc),
                       device=dev)
        # showroom
        show_t = None
        has_room = CITY[c["city"]][3] and (c["city"] != "成都" or t0 >= CHENGDU_OPEN)
        if has_room and rng.random() < (0.85 if c["acq"] == "showroom_walkin" and first else 0.2):
            show_t = at_hour(t0 + D(days=U(0, 12)), store=True)
            ev(c, show_t, "tp_showroom", "visit", "", "store", "", showroom_city=c["city"])
            if rng.random() < 0.1:
                tpc = "showroom_praise" if rng.random() < 0.75 else "showroom_bad"
                fb(c, show_t + D(hours=U(1, 20)), "tp_showroom", "showroom_survey", tpc, rating=rating_for(tpc))
        # design consultation
        designer, design_ok = None, False
        if rng.random() < (0.09 if c["home"] == "new_home" else 0.05) + (0.04 if c["prior"] > 15000 else 0):
            dl = DESIGNER_CITY.get(c["city"], DESIGNER_CITY["other"])
            designer = dl[rng.integers(len(dl))]
            tb1 = t0 + D(days=U(0.5, 8))
            ev(c, tb1, "tp_design_booking", "submit", new_sess(), designer_id=designer)
            if rng.random() < 0.85:
                tb2 = at_hour(tb1 + D(days=U(2, 7)), store=True)
                ev(c, tb2, "tp_design_consult", "meet", "", "store", "", designer_id=designer)
                if rng.random() < (0.9 if designer != "D05" else 0.7):
                    tb3 = tb2 + D(days=U(3, 10) if designer != "D05" else U(8, 16))
                    ev(c, tb3, "tp_design_proposal", "view", new_sess(), designer_id=designer)
                    if rng.random() < (0.07 if designer != "D05" else 0.25):
                        tpc = "design_praise" if designer != "D05" else "design_bad"
                        fb(c, tb3 + D(days=U(0, 3)), "tp_design_proposal", "survey", tpc, rating=rating_for(tpc),
                           designer=designer)
                    if rng.random() < (0.88 if designer == "D03" else 0.4 if designer == "D05" else 0.6):
                        design_ok = tb3 + D(days=U(0.5, 6))
        # purchase decision
        p_on = 0.11 * ACQ_BUY[c["acq"]] * (2.5 if c["n_paid"] else 1)
        if planner_t is not None:
            p_on = p_on * 0.6 if crashed else 1 - (1 - p_on) * (1 - 0.2)
        p_show = SHOWROOM_P[c["city"]] if show_t else 0
        if design_ok:
            buy, where = True, "design"
        elif show_t and rng.random() < p_show:
            buy, where = True, ("store" if rng.random() < 0.6 else "online")
        elif rng.random() < p_on:
            buy, where = True, "online"
        else:
            buy, where = False, None
        if not buy:
            if rng.random() < (0.03 if crashed else 0.22):
                if planner_t is not None and rng.random() < 0.5:
                    ev(c, planner_t + D(days=U(0.02, 5)), "tp_cart", "add", new_sess(), *planner_ch, category=cat)
                else:
                    ev(c, tb + D(days=U(0.05, 5)), "tp_cart", "add", new_sess(), category=cat)
            return False
        if where == "store":
            tco = show_t + D(minutes=U(20, 90))
            och, odev = "store", ""
        elif where == "design":
            tco = design_ok
            och = "store" if rng.random() < 0.5 else chan(c)
            odev = "" if och == "store" else ("pc" if och == "web" else c["dev"])
        else:
            base = max(x for x in (tb, planner_t, show_t) if x is not None)
            tcart = base + D(days=U(0.05, 3))
            if planner_ch and base == planner_t and rng.random() < 0.8:
                och, odev = planner_ch
            else:
                och = chan(c)
                odev = "pc" if och == "web" else c["dev"]
            ev(c, tcart, "tp_cart", "add", new_sess(), och, odev, category=cat)
            if rng.random() < 0.3:      # hesitation: cart but no order this time
                return False
            tco = tcart + D(hours=U(0.1, 40))
        if tco > END:
            return False
        make_order(c, tco, cat, och, odev, designer if where == "design" else None,
                   c["city"] if (where == "store" or show_t) else "", first)
        return True

    def make_order(c, tco, cat, och, odev, designer, show_city, first):
        oid = nid("o", "HN", 6)
        mats, mp = MATERIALS[cat]
        mat = mats[rng.choice(len(mats), p=mp)]
        colour = COLOURS[mat][rng.integers(len(COLOURS[mat]))]
        price = CAT_PRICE[cat] * MAT_PRICE[mat] * rng.lognormal(0, 0.38)
        if designer:
            price *= 1.85
        if och == "store":
            price *= 1.3
        elif show_city:
            price *= 1.1
        if c["home"] == "new_home":
            price *= 1.2
        promo = promo_of(tco)
        if promo != "none":
            price *= 0.9
        amount = float(round(price / 10) * 10)
        band = "<3k" if amount < 3000 else "3k-8k" if amount < 8000 else "8k-15k" if amount < 15000 else "15k+"
        plan = "installment" if rng.random() < (0.4 if amount >= 8000 else 0.12) else "full"
        member = level(c["prior"] + c["spend"])
        s = new_sess() if och != "store" else ""
        o = dict(order_id=oid, customer_id=c["id"], ts=tco, amount=amount, channel=och, device=odev, category=cat,
                 material=mat, colour=colour, series=SERIES[cat][rng.integers(len(SERIES[cat]))], price_band=band,
                 city=c["city"], region=c["region"], showroom_city=show_city, designer_id=designer or "",
                 payment_plan=plan, member_level=member, home_type=c["home"], promo=promo,
                 first_order="yes" if c["n_orders"] == 0 else "no",
                 delivery_lead_days=CAT_LEAD[cat] + int(rng.choice([0, 5], p=[0.7, 0.3])),
                 install_required="yes" if rng.random() < CAT_INSTALL[cat] else "no",
                 deposit_amount="", deposit_paid_at=None, balance_paid_at=None, delivered_at=None, installed_at=None,
                 actual_delivery_days=None, delivered_on_time="", delivery_partner="", installer_team="",
                 damage_flag="", aftersale_reason="", aftersale_result="", aftersale_days="", refund_amount="",
                 cancel_reason="")
        c["n_orders"] += 1
        orders.append(o)
        ev(c, tco, "tp_checkout", "submit", s, och, odev, order_id=oid, category=cat)
        # deposit
        in_ab = in_(tco, LOW_DEPOSIT)
        if in_ab and c["ab_first"] is None:
            c["ab_first"] = tco
        p_dep = 0.96 if designer else (0.9 if och == "store" else 0.8)
        if in_ab:
            p_dep = (0.93 if designer or och == "store" else 0.9) if c["variant"] == "low_deposit" else \
                (0.9 if designer or och == "store" else 0.74)
        if rng.random() >= p_dep:
            o["status"], o["cancel_reason"] = "cancelled", "unpaid_timeout"
            return
        tdep = tco + D(minutes=U(1, 30) if rng.random() < 0.8 else U(60, 1800))
        if tdep > END:
            o["status"], o["cancel_reason"] = "cancelled", "unpaid_timeout"
            return
        dep = 999.0 if (in_ab and c["variant"] == "low_deposit") else float(round(amount * 0.3, 0))
        dep = min(dep, amount)
        o["deposit_amount"], o["deposit_paid_at"] = dep, tdep
        ev(c, tdep, "tp_deposit", "success", s, och, odev, order_id=oid)
        # withdrawn before production (deposit refunded)
        if rng.random() < 0.025:
            o["status"], o["refund_amount"], o["aftersale_result"] = "refunded", dep, "deposit_refund"
            ev(c, tdep + D(days=U(1, 5)), "tp_cs", "call")
            return
        # planned delivery
        lead = o["delivery_lead_days"]
        actual = lead + int(round(rng.normal(-3, 2.6)))
        partner = "HomeNest自营" if c["city"] in ("上海", "北京", "杭州", "成都") else "安达物流"
        if c["region"] == "华南" and in_(tco, SOUTH_3PL):
            partner = "速运通"
            if rng.random() < 0.62:
                actual += int(rng.integers(4, 17))
        elif partner == "安达物流" and rng.random() < 0.08:
            actual += int(rng.integers(2, 8))
        tdel_plan = tco + D(days=actual)
        if in_(tdel_plan, SPRING) and rng.random() < 0.7:
            actual += int(rng.integers(3, 10))
        actual = max(actual, 3)
        tdel = at_hour(tco + D(days=actual), store=True)
        # balance
        p_bal = 0.93 if c["home"] == "new_home" else 0.8
        if in_ab and c["variant"] == "low_deposit":
            p_bal -= 0.12
        tbal = tco + D(days=max(1, actual - U(3, 8)), hours=U(0, 10))
        if rng.random() >= p_bal or tbal > END:
            o["status"] = "deposit_only"
            if rng.random() < 0.3 and tco + D(days=lead) < END:
                ev(c, tco + D(days=lead - 2), "tp_cs", "call")
                if rng.random() < 0.3:
                    fb(c, tco + D(days=lead - 2), "tp_balance", "cs_ticket", "balance_payment", order=o)
            return
        o["balance_paid_at"] = tbal
        bch = och if och != "store" else chan(c)
        bdev = "pc" if bch == "web" else c["dev"]
        ev(c, tbal, "tp_balance", "success", new_sess(), bch, bdev, order_id=oid, payment_plan=plan)
        if rng.random() < 0.05:
            fb(c, tbal + D(hours=U(0, 20)), "tp_balance", "cs_ticket", "balance_payment", order=o)
        o["status"] = "paid"
        c["spend"] += amount
        c["n_paid"] += 1
        tsch = tbal + D(hours=U(0.2, 30))
        ev(c, tsch, "tp_schedule_delivery", "submit", new_sess(), bch, bdev, order_id=oid)
        if tdel <= tsch:
            tdel = at_hour(tsch + D(days=2), store=True)
            actual = (tdel.date() - tco.date()).days
        if tdel > END:
            return
        o["delivered_at"], o["actual_delivery_days"] = tdel, (tdel.date() - tco.date()).days
        o["_exp"] = dict(late=False, damaged=False, colour=False, bad_team=False)
        o["delivered_on_time"] = "yes" if o["actual_delivery_days"] <= lead else "no"
        o["delivery_partner"] = partner
        ev(c, tdel, "tp_delivered", "delivered", "", "other", "", order_id=oid, delivery_partner=partner)
        late = o["delivered_on_time"] == "no"
        if late and rng.random() < 0.3:
            tl = tco + D(days=lead + U(1, 3))
            ev(c, tl, "tp_cs", "call")
            fb(c, tl, "tp_delivered", "cs_ticket", "late_delivery", order=o)
        # damage (transport) and colour mismatch
        dmg_p = 0.045 + (0.08 if partner == "速运通" else 0)
        transport_dmg = rng.random() < dmg_p
        colour_bad = cat == "sofa" and mat == "fabric" and in_(tco, DYE_LOT) and rng.random() < 0.5
        colour_bad = colour_bad or rng.random() < 0.01
        # installation
        install_dmg, team, bad_team = False, "", False
        tacc_base = tdel
        if o["install_required"] == "yes":
            teams = CITY[c["city"]][4]
            team = teams[rng.integers(len(teams))]
            o["installer_team"] = team
            bad_team = team == "BJ-02" and in_(tdel, BJ02_BAD)
            tib = tdel + D(minutes=U(10, 120)) if rng.random() < 0.6 else tdel + D(days=U(0.2, 2))
            ev(c, tib, "tp_install_booked", "submit", new_sess(), installer_team=team, order_id=oid)
            tin = at_hour(tib + D(days=U(0.5, 3.5) if not bad_team else U(2, 8)), store=True)
            if tin > END:
                return
            o["installed_at"] = tin
            ev(c, tin, "tp_installed", "complete", "", "other", "", installer_team=team, order_id=oid)
            install_dmg = rng.random() < (0.26 if bad_team else 0.03)
            tacc_base = tin
            if rng.random() < 0.42:
                if install_dmg and rng.random() < 0.6:
                    tpc, tp = "scratch_damage", "tp_installed"
                elif rng.random() < (0.72 if bad_team else 0.1):
                    tpc, tp = "installer_bad", "tp_installed"
                else:
                    tpc, tp = ("installer_praise", "tp_installed") if rng.random() < 0.85 else \
                        ("general_neutral", "tp_installed")
                fb(c, tin + D(hours=U(1, 40)), tp, "install_survey", tpc, rating=rating_for(tpc), order=o)
        elif cat in ("chair", "table") and rng.random() < 0.55:
            ev(c, tdel + D(hours=U(1, 30)), "tp_assembly_guide", "view", new_sess(), order_id=oid)
            if rng.random() < 0.12:
                ev(c, tdel + D(hours=U(31, 50)), "tp_cs", "call")
                fb(c, tdel + D(hours=U(31, 50)), "tp_assembly_guide", "cs_ticket", "assembly_instructions", order=o)
        damaged = transport_dmg or install_dmg
        o["damage_flag"] = "yes" if damaged else "no"
        tacc = tacc_base + D(hours=U(0.5, 30))
        if rng.random() < (0.9 if not (damaged or colour_bad) else 0.6):
            ev(c, tacc, "tp_acceptance", "confirm", new_sess(), order_id=oid)
        # after-sales
        if damaged or colour_bad:
            reason = "colour_mismatch" if colour_bad and not damaged else \
                str(rng.choice(["scratch_dent", "structural_defect", "missing_parts"], p=[0.7, 0.15, 0.15]))
            o["aftersale_reason"] = reason
            tdr = tacc_base + D(hours=U(1, 72))
            ev(c, tdr, "tp_damage_report", "submit", new_sess(), order_id=oid, reason=reason)
            if rng.random() < 0.15:
                ev(c, tdr + D(hours=U(1, 10)), "tp_cs", "call")
            res_p = {"scratch_dent": (["repair", "partial_refund", "replacement", "full_refund"], [0.45, 0.3, 0.2, 0.05]),
                     "structural_defect": (["replacement", "full_refund"], [0.6, 0.4]),
                     "missing_parts": (["replacement"], [1.0]),
                     "colour_mismatch": (["replacement", "full_refund", "partial_refund"], [0.25, 0.6, 0.15])}[reason]
            res = res_p[0][rng.choice(len(res_p[0]), p=res_p[1])]
            visit = rng.random() < 0.9 and reason != "missing_parts"
            tv = tdr + D(days=U(1, 4.5))
            if visit:
                ev(c, tv, "tp_aftersales_visit", "inspect", "", "other", "", order_id=oid)
            dur = {"repair": U(3, 9), "partial_refund": U(2, 7), "replacement": U(12, 38), "full_refund": U(5, 15)}[res]
            tcl = (tv if visit else tdr) + D(days=dur)
            if tcl <= END:
                ev(c, tcl, "tp_case_closed", res, new_sess(), order_id=oid)
                o["aftersale_result"] = res
                o["aftersale_days"] = round((tcl - tdr).total_seconds() / 86400, 1)
                if res == "full_refund":
                    o["status"], o["refund_amount"] = "refunded", amount
                    c["spend"] -= amount
                    c["n_paid"] -= 1
                elif res == "partial_refund":
                    o["refund_amount"] = float(round(amount * U(0.08, 0.2) / 10) * 10)
            else:
                o["aftersale_result"] = "pending"
        # review
        if rng.random() < 0.36:
            tr_ = tacc + D(days=U(1, 10))
            if colour_bad and rng.random() < 0.85:
                tpc = "colour_mismatch"
            elif damaged and rng.random() < 0.75:
                tpc = "scratch_damage"
            elif late and rng.random() < 0.7:
                tpc = "late_delivery"
            elif o["install_required"] == "no" and cat in ("chair", "table") and rng.random() < (
                    0.55 if cat == "chair" else 0.35):
                tpc = "assembly_instructions"
            elif cat == "storage" and mat == "engineered_wood" and rng.random() < 0.35:
                tpc = "smell"
            elif bad_team and rng.random() < 0.5:
                tpc = "installer_bad"
            else:
                r = rng.random()
                tpc = "comfort_quality" if r < 0.62 else "general_neutral" if r < 0.82 else \
                    ("design_praise" if designer else "delivery_praise")
            tp = {"scratch_damage": "tp_installed" if install_dmg else "tp_delivered"}.get(tpc, TEXTS[tpc][1])
            ev(c, tr_, "tp_review", "submit", new_sess(), order_id=oid)
            fb(c, tr_, tp, "product_review", tpc, rating=rating_for(tpc), order=o)
        o["_exp"] = dict(late=late, damaged=damaged, colour=colour_bad, bad_team=bad_team, when=tacc)

    # ---------- run projects ----------
    for c in custs:
        c["n_orders"] = 0
        t0 = c["signup"] if c["new"] else at_hour(days[rng.choice(NDAYS, p=day_p)])
        first = True
        while t0 <= END:
            bought = project(c, t0, first)
            first = False
            if bought:
                if rng.random() < 0.3:
                    t0 = t0 + D(days=U(45, 300))
                else:
                    break
            elif rng.random() < 0.3:
                t0 = t0 + D(days=U(20, 200))
            else:
                break
            t0 = at_hour(t0)
        if rng.random() < 0.02 and c["n_orders"]:
            tt = c["last"] + D(days=U(1, 20))
            if tt <= END:
                ev(c, tt, "tp_cs", "call")
                fb(c, tt, "tp_cs", "cs_ticket", "cs_unreachable")

    # ---------- NPS waves: delivered customers of the quarter + some active browsers ----------
    waves = [(datetime(2025, 6, 25), datetime(2025, 4, 1)), (datetime(2025, 9, 25), datetime(2025, 7, 1)),
             (datetime(2025, 12, 24), datetime(2025, 10, 1)), (datetime(2026, 3, 25), datetime(2026, 1, 1)),
             (datetime(2026, 6, 24), datetime(2026, 4, 1)), (datetime(2026, 8, 26), datetime(2026, 7, 1))]
    cmap = {c["id"]: c for c in custs}
    for wd, qs in waves:
        got = [o for o in orders if o.get("delivered_at") and qs <= o["delivered_at"] <= wd]
        pick = rng.choice(len(got), size=min(150, len(got)), replace=False) if got else []
        for k in pick:
            o = got[k]
            c = cmap[o["customer_id"]]
            x = o["_exp"]
            if x["colour"]:
                score, tpc = int(rng.integers(0, 6)), "colour_mismatch"
            elif x["damaged"]:
                score, tpc = int(rng.integers(1, 7)), "scratch_damage"
            elif x["late"]:
                score, tpc = int(rng.integers(2, 8)), "late_delivery"
            elif x["bad_team"]:
                score, tpc = int(rng.integers(2, 8)), "installer_bad"
            else:
                score = int(rng.choice([6, 7, 8, 9, 10], p=[0.05, 0.1, 0.2, 0.3, 0.35]))
                tpc = "comfort_quality" if score >= 9 else "general_neutral"
                if score >= 9 and rng.random() < 0.3:
                    tpc = "installer_praise" if o["install_required"] == "yes" else "delivery_praise"
            if score >= 7 and SENT[tpc] == "neg":
                tpc = "general_neutral"
            ts = wd + D(days=U(0, 4), hours=U(0, 12))
            fb(c, ts, "" if tpc == "general_neutral" and rng.random() < 0.5 else TEXTS[tpc][1], "nps_survey", tpc,
               nps=score, order=o)
        actives = [c for c in custs if c["n_orders"] == 0 and qs <= c["last"] <= wd]
        for k in (rng.choice(len(actives), size=min(50, len(actives)), replace=False) if actives else []):
            c = actives[k]
            score = int(rng.choice(range(3, 11), p=[0.04, 0.06, 0.12, 0.16, 0.22, 0.2, 0.12, 0.08]))
            tpc = "showroom_praise" if score >= 9 and rng.random() < 0.3 else "general_neutral"
            fb(c, wd + D(days=U(0, 4)), "" if tpc == "general_neutral" else "tp_showroom", "nps_survey", tpc,
               nps=score)

    # ---------- social posts: no ts, no customer ----------
    soc = ["late_delivery", "scratch_damage", "colour_mismatch", "installer_bad", "installer_praise", "comfort_quality",
           "showroom_praise", "planner_praise", "smell", "assembly_instructions"]
    soc_p = np.array([0.18, 0.12, 0.1, 0.08, 0.1, 0.16, 0.1, 0.06, 0.05, 0.05])
    for _ in range(160):
        tpc = soc[rng.choice(len(soc), p=soc_p / soc_p.sum())]
        fb(None, None, TEXTS[tpc][1] if rng.random() < 0.6 else "", "social", tpc)
    # app reviews without ts (store exports lose the date for some)
    for f in feedback:
        if f["channel"] == "app_review" and rng.random() < 0.2:
            f["ts"] = ""

    # ---------- customers table ----------
    cust_rows = []
    for c in custs:
        tier = level(c["prior"] + c["spend"])
        if c["new"] and c["signup"] >= END - D(days=90):
            seg = "new"
        elif tier in ("gold", "platinum") and c["last"] >= END - D(days=365):
            seg = "vip"
        elif c["last"] < END - D(days=180):
            seg = "at_risk"
        else:
            seg = "returning"
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=c["region"],
                              acquisition_channel=c["acq"], tier=tier, city=c["city"], home_type=c["home"],
                              household=c["household"], primary_device=c["dev"],
                              preferred_language=c["lang"]))
    # experiment: everyone active in the test window, assigned at their first event in it
    first_in = {}
    for e in events:
        if "2026-04-01" <= e["ts"] < "2026-07-01":
            if e["customer_id"] not in first_in or e["ts"] < first_in[e["customer_id"]]:
                first_in[e["customer_id"]] = e["ts"]
    for cid in sorted(first_in):
        exps.append(dict(experiment_id="low_deposit_2026q2", variant=cmap[cid]["variant"], customer_id=cid,
                         assigned_at=first_in[cid]))

    # ---------- write ----------
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0].keys()))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "app_version", "category", "order_id", "showroom_city", "designer_id",
                             "installer_team", "delivery_partner", "payment_plan", "reason", "error"])
    orders.sort(key=lambda o: o["ts"])
    for o in orders:
        for k in ("ts", "deposit_paid_at", "balance_paid_at", "delivered_at", "installed_at"):
            o[k] = fmt(o[k])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "category",
                             "series", "material", "colour", "price_band", "city", "region", "showroom_city",
                             "designer_id", "payment_plan", "deposit_amount", "deposit_paid_at", "balance_paid_at",
                             "member_level", "home_type", "promo", "first_order", "delivery_lead_days",
                             "actual_delivery_days", "delivered_at", "delivered_on_time", "delivery_partner",
                             "install_required", "installer_team", "installed_at", "damage_flag", "aftersale_reason",
                             "aftersale_result", "aftersale_days", "refund_amount", "cancel_reason"])
    idx = sorted(range(len(feedback)), key=lambda i: (feedback[i]["ts"] == "", feedback[i]["ts"], i))
    fbs = [feedback[i] for i in idx]
    tr = [truth[i] for i in idx]
    for k, (f, t) in enumerate(zip(fbs, tr), 1):
        f["feedback_id"] = t["feedback_id"] = f"FB{k:05d}"
    write("feedback", fbs, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                            "order_id", "category", "city", "installer_team", "designer_id", "device"])
    write("experiments", exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write("_truth/feedback_truth", tr, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(fbs)}, "
          f"experiment rows {len(exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
