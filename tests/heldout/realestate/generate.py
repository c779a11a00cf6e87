"""安居客栈 HomeKey: a Shanghai real-estate brokerage (second-hand homes 二手房, new homes 新房, rentals 租赁, landlord
listings 房东委托) with an app, a website, a WeChat mini-program, portal leads (贝壳找房 / 58同城 / 抖音) and seven walk-in
offices (门店), 2025-01-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders (signed deals with HomeKey's commission), feedback and
experiments as CSV following DATA.md, plus the generator's truth for the feedback comments (topic, sentiment) in
OUTDIR/_truth/ (not a DATA.md table; gold.py only). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
D = timedelta
N_BUYERS, N_TENANTS, N_LANDLORDS = 6000, 4300, 1400

FAKE_STORE, FAKE = "宝山大华店", (datetime(2025, 10, 1), datetime(2026, 2, 28, 23, 59, 59))  # bait listings
SLOW_STORE, SLOW_FROM = "闵行莘庄店", datetime(2026, 1, 1)                                 # half the agents left
FEE_FROM = datetime(2026, 4, 1)                                                       # 二手房 2.0% -> 2.5%
LOAN_SLOW = (datetime(2026, 1, 1), datetime(2026, 3, 31, 23, 59, 59))                 # bank mortgage quota
RUDE_AGENT = "A037"
VR_FROM = datetime(2026, 1, 1)                                                        # vr_first A/B

STORES = [  # store, district, weight buyers, weight tenants, english share, sale level 万元, rent level 元
    ("浦东张江店", "浦东新区", 1.4, 1.3, 0.07, 720, 7200),
    ("徐汇漕河泾店", "徐汇区", 1.0, 1.0, 0.06, 800, 8200),
    ("闵行莘庄店", "闵行区", 1.1, 1.0, 0.02, 560, 5200),
    ("静安大宁店", "静安区", 0.8, 0.8, 0.10, 1000, 9400),
    ("长宁古北店", "长宁区", 0.8, 0.9, 0.30, 830, 8800),
    ("宝山大华店", "宝山区", 0.9, 0.9, 0.01, 430, 4300),
    ("松江新城店", "松江区", 0.9, 0.8, 0.01, 320, 3400),
]
STORE = {s[0]: s for s in STORES}
TEAM_SHORT = {"浦东张江店": "张江", "徐汇漕河泾店": "漕河泾", "闵行莘庄店": "莘庄", "静安大宁店": "大宁", "长宁古北店": "古北",
              "宝山大华店": "大华", "松江新城店": "松江"}
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘")
GIVEN = ["建国", "志强", "海涛", "伟", "军", "磊", "丽", "杰", "婷", "斌", "超", "敏", "静", "平", "辉", "鹏", "华",
         "飞", "鑫", "燕", "峰", "强", "俊", "浩", "宇", "晨", "亮", "雪", "凯", "健"]

LEADS = ["贝壳找房", "58同城", "抖音", "老客转介绍", "APP推送", "门店自然到访", "微信公众号"]
LEAD_W = [0.30, 0.15, 0.08, 0.10, 0.12, 0.10, 0.15]
LEAD_ENQ = {"贝壳找房": 0.56, "58同城": 0.50, "抖音": 0.36, "老客转介绍": 0.82, "APP推送": 0.30, "门店自然到访": 0.80,
            "微信公众号": 0.46}
LEAD_OFFER = {"贝壳找房": 1.0, "58同城": 0.6, "抖音": 0.8, "老客转介绍": 1.7, "APP推送": 0.85, "门店自然到访": 1.0,
              "微信公众号": 0.95}
LEAD_CH = {"贝壳找房": "portal", "58同城": "portal", "抖音": "app", "老客转介绍": "phone", "APP推送": "app",
           "门店自然到访": "store", "微信公众号": "wechat"}

BUY_MONTH_W = {(2025, 1): 1.0, (2025, 2): 0.6, (2025, 3): 1.2, (2025, 4): 1.1, (2025, 5): 1.0, (2025, 6): 0.9,
               (2025, 7): 0.9, (2025, 8): 1.1, (2025, 9): 2.3, (2025, 10): 2.1, (2025, 11): 1.1, (2025, 12): 0.95,
               (2026, 1): 1.0, (2026, 2): 0.6, (2026, 3): 1.25, (2026, 4): 1.1, (2026, 5): 1.0, (2026, 6): 0.95,
               (2026, 7): 0.9}
RENT_MONTH_W = {(2025, 1): 0.8, (2025, 2): 0.7, (2025, 3): 1.4, (2025, 4): 1.1, (2025, 5): 1.0, (2025, 6): 1.3,
                (2025, 7): 1.6, (2025, 8): 1.4, (2025, 9): 1.0, (2025, 10): 0.9, (2025, 11): 0.8, (2025, 12): 0.7,
                (2026, 1): 0.8, (2026, 2): 0.7, (2026, 3): 1.5, (2026, 4): 1.1, (2026, 5): 1.0, (2026, 6): 1.35,
                (2026, 7): 1.9}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_home_search", "买房找房", "Home search", "awareness", "app", "digital", "线上产品部",
     "搜房|找房|看房源|房源浏览|浏览房源|房源详情|二手房房源|新房楼盘|home search|listing search|browse listings|"
     "property search|listing views|searching for a home"),
    ("tp_rent_search", "租房找房", "Rental search", "awareness", "app", "digital", "线上产品部",
     "找租房|租房搜索|浏览租房房源|租房房源|rental search|apartment search|flat hunting|rental listings"),
    ("tp_save", "收藏房源", "Saved listing", "consideration", "app", "digital", "线上产品部",
     "收藏|关注房源|加收藏|save listing|saved listing|favourite|bookmark"),
    ("tp_vr_tour", "VR看房", "VR tour", "consideration", "app", "digital", "线上产品部",
     "VR|VR带看|线上看房|3D看房|virtual tour|vr tour|3d tour"),
    ("tp_enquiry", "咨询经纪人", "Agent enquiry", "consideration", "phone", "digital", "经纪业务部",
     "咨询|在线咨询|打电话给经纪人|联系经纪人|留资|线索|问房|enquiry|inquiry|contact agent|call the agent|lead|"
     "message the agent"),
    ("tp_report_fake", "举报虚假房源", "Fake listing report", "service", "app", "digital", "房源质量部",
     "举报|举报房源|假房源举报|虚假房源举报|report listing|fake listing report|report a fake listing"),
    ("tp_viewing_booked", "预约带看", "Viewing booked", "consideration", "phone", "digital", "经纪业务部",
     "预约看房|约看|约带看|预约带看|book a viewing|viewing appointment|schedule a viewing"),
    ("tp_viewing_done", "带看完成", "Viewing done", "consideration", "store", "physical", "经纪业务部",
     "带看|实地看房|看房|去看房|viewing|house viewing|property viewing|site visit|showing"),
    ("tp_offer", "出价下定", "Offer / deposit", "purchase", "store", "physical", "经纪业务部",
     "出价|下定|意向金|定金|认购|谈价|offer|make an offer|deposit|bid"),
    ("tp_contract", "签约成交", "Contract signed", "purchase", "store", "physical", "交易服务部",
     "签约|网签|签合同|成交|买卖合同|sign the contract|contract|deal closed|closing|signed deal"),
    ("tp_lease_signed", "租赁签约", "Lease signed", "purchase", "store", "physical", "租赁业务部",
     "租房签约|签租约|租赁合同|签租房合同|lease signed|sign the lease|tenancy agreement|rental contract"),
    ("tp_loan_apply", "贷款申请", "Mortgage application", "service", "store", "physical", "交易服务部",
     "按揭申请|房贷申请|申请贷款|办贷款|面签|mortgage application|apply for a mortgage|home loan application"),
    ("tp_loan_approved", "贷款审批通过", "Mortgage approved", "service", "other", "digital", "交易服务部",
     "批贷|贷款审批|放款审批|贷款下来|mortgage approval|loan approved|mortgage approved"),
    ("tp_transfer", "过户", "Title transfer", "service", "store", "physical", "交易服务部",
     "过户|产权过户|交易过户|办产证|不动产登记|title transfer|transfer of ownership|registration|transfer"),
    ("tp_list_property", "房东委托挂牌", "Landlord listing", "consideration", "app", "digital", "租赁业务部",
     "房东挂牌|委托出租|挂房源|发布房源|房东委托|list my flat|landlord listing|list a property|listing a flat"),
    ("tp_photo_verify", "实勘验真", "Photos verified", "service", "store", "physical", "房源质量部",
     "实勘|拍照|房源验真|照片审核|实勘拍照|photo verification|photos verified|on-site photos|listing verification"),
    ("tp_first_enquiry", "房源首次咨询", "First enquiry on listing", "consideration", "app", "digital", "租赁业务部",
     "首次咨询|第一个咨询|首咨|first enquiry|first inquiry|first lead on the listing"),
    ("tp_rented", "出租成交", "Rented out", "purchase", "store", "physical", "租赁业务部",
     "租出去|出租成功|成交出租|已出租|rented out|let|tenant found|flat rented"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "客户服务中心",
     "投诉|客诉|投诉热线|投诉经纪人|complaint|complain|complaint hotline"),
    ("tp_survey", "满意度回访", "Satisfaction survey", "loyalty", "phone", "digital", "客户服务中心",
     "回访|满意度|满意度调查|评价|打分|NPS调查|survey|csat|satisfaction survey|rating"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("buy", "买房旅程", "Home buying", 90,
     ["tp_home_search", "tp_enquiry", "tp_viewing_booked", "tp_viewing_done", "tp_offer", "tp_contract"]),
    ("rent", "租房旅程", "Renting a home", 30,
     ["tp_rent_search", "tp_enquiry", "tp_viewing_booked", "tp_viewing_done", "tp_lease_signed"]),
    ("landlord", "房东出租", "Landlord letting", 60,
     ["tp_list_property", "tp_photo_verify", "tp_first_enquiry", "tp_rented"]),
    ("closing", "贷款过户", "Mortgage and title transfer", 60,
     ["tp_loan_apply", "tp_loan_approved", "tp_transfer"]),
]

# ---------- feedback texts: topic -> (zh variants, en variants); markers are exclusive per topic ----------
# markers: fake_listing 假房源/fake, slow_reply 回复/repl, fees 中介费/fee, loan_delay 贷款/mortgage,
# rude_agent 态度/rude, no_show 鸽子/stood me up, transfer_hassle 过户/transfer, photo_wait 实勘/photo,
# professional 专业/professional, efficient 效率/efficien, app_crash 闪退/crash
TEXTS = {
    "fake_listing": (
        ["又是假房源，打电话过去就说刚卖掉了，让我看别的。", "APP上挂的虚假房源太多了，价格低得离谱，一问就没了。",
         "图上的房子根本不存在，典型的假房源引流，太坑了。", "{district}这边假房源也太多了吧，连着问了三套都说已经成交。",
         "举报了好几次虚假房源也没人处理。"],
        ["Fake listing again — called about the flat and was told it was 'just sold', then pushed other ones.",
         "Too many fake listings with prices that are too good to be true.",
         "Bait listing, the apartment never existed. Total fake.", "Reported a fake listing twice, nothing happened."]),
    "slow_reply": (
        ["在APP上发消息给经纪人，半天都没人回复。", "经纪人回复太慢了，等了一上午才回一句。", "留了电话一直没人回复，最后自己找了别家。",
         "咨询了好几次才有人回复，效果很差。"],
        ["Messaged the agent in the app and waited hours for a reply.", "Nobody replied to my enquiry for a whole day.",
         "Slow replies from the agent, I had to chase them every time.", "Still waiting for someone to reply to my question."]),
    "fees": (
        ["中介费收2.5%也太贵了吧，就跑了几趟腿。", "中介费比别家高，谈了半天也不肯降。", "签约时才说中介费涨了，事先没讲清楚。",
         "中介费太高了，几十万的中介费真的肉疼。"],
        ["The agency fee is far too high for what they do.", "They raised the fee to 2.5% and didn't tell us until signing.",
         "Fee is more than other agencies charge and they would not negotiate.", "Paying such a big fee for some paperwork is absurd."]),
    "loan_delay": (
        ["贷款审批拖了一个多月，房东都快要违约了。", "贷款一直批不下来，经纪人只会说银行额度紧张。", "等贷款等得心焦，进度也没人同步。"],
        ["The mortgage approval took over a month, the seller nearly walked away.",
         "Mortgage stuck at the bank for weeks with no updates.", "Waiting forever for the mortgage, nobody tells us anything."]),
    "rude_agent": (
        ["经纪人态度很差，看房时不耐烦，问多了就甩脸色。", "这个经纪人服务态度恶劣，一直催我下定。", "态度太差了，说话很冲，再也不找他。"],
        ["The agent was rude and kept pressuring me to put down a deposit.", "Rude agent, rolled his eyes at my questions.",
         "Very rude during the viewing, would not recommend this agent."]),
    "no_show": (
        ["约好周六看房，经纪人直接放鸽子，电话也不接。", "被放鸽子两次了，白跑一趟。", "经纪人临时放鸽子，连个道歉都没有。"],
        ["The agent stood me up for the Saturday viewing, no call at all.", "Booked a viewing and the agent stood me up."]),
    "transfer_hassle": (
        ["过户那天材料准备不全，来回跑了三趟交易中心。", "过户流程没讲清楚，多交了一次税费才弄好。"],
        ["The title transfer was a mess, missing documents meant three trips to the registry.",
         "Nobody explained the transfer process, we wasted a whole day."]),
    "photo_wait": (
        ["挂了房源一直没人来实勘，两周了还没上架。", "实勘约了三次都改期，房子空着每天都在亏钱。", "实勘拍照太慢，别的平台早租出去了。"],
        ["Listed my flat and waited two weeks for someone to come and take the photos.",
         "The photo appointment was rescheduled three times, my flat sat empty.",
         "Still no photos two weeks after listing, the listing isn't even live."]),
    "professional": (
        ["经纪人非常专业，税费、首付怎么交都讲得很清楚。", "小哥很专业也很耐心，带我们看了七八套都没一句怨言。", "专业靠谱，帮我们把价格谈下来不少。"],
        ["Our agent was very professional and explained every cost up front.",
         "Professional, patient and spoke great English — made buying here easy.",
         "Really professional service from viewing to signing."]),
    "efficient": (
        ["效率很高，一周就帮我们谈妥签约了。", "办事效率高，看房到签约很顺利。"],
        ["Very efficient, we went from first viewing to signing in a week.", "Efficient team, everything went smoothly."]),
    "app_crash": (
        ["新版APP老是闪退，看个房源详情就退出。", "安卓版一打开地图找房就闪退。"],
        ["The app keeps crashing when I open a listing.", "Android app crashes on the map search since the update."]),
    "general_pos": (
        ["整体不错，服务挺好的。", "挺满意的，下次还找你们。", "体验很好，推荐给朋友了。"],
        ["Good experience overall, would recommend.", "Happy with the service.", "Smooth process, thanks."]),
    "general_neu": (
        ["一般吧，没什么特别的。", "还行，中规中矩。", "马马虎虎。"],
        ["It was OK.", "Average, nothing special.", "Fine I guess."]),
    "general_neg": (
        ["体验不太好，沟通很费劲。", "不太满意，流程太繁琐。"],
        ["Not a great experience, communication was poor.", "Too much hassle, not happy."]),
}
SENT = {"fake_listing": "neg", "slow_reply": "neg", "fees": "neg", "loan_delay": "neg", "rude_agent": "neg",
        "no_show": "neg", "transfer_hassle": "neg", "photo_wait": "neg", "professional": "pos", "efficient": "pos",
        "app_crash": "neg", "general_pos": "pos", "general_neu": "neu", "general_neg": "neg"}
TOPIC_TP = {"fake_listing": None, "slow_reply": "tp_enquiry", "fees": "tp_contract", "loan_delay": "tp_loan_approved",
            "rude_agent": "tp_viewing_done", "no_show": "tp_viewing_booked", "transfer_hassle": "tp_transfer",
            "photo_wait": "tp_photo_verify", "professional": "tp_viewing_done", "efficient": "tp_contract",
            "app_crash": None}
COMPLAINT_TYPE = {"fake_listing": "虚假房源", "slow_reply": "响应慢", "fees": "收费争议", "loan_delay": "贷款进度",
                  "rude_agent": "服务态度", "no_show": "爽约", "transfer_hassle": "过户问题", "photo_wait": "实勘延误"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, truth, experiments, cust_rows = [], [], [], [], [], []
    counters = {"E": 0, "D": 0, "F": 0, "L": 0, "S": 0}

    def nid(prefix, width):
        counters[prefix] += 1
        return f"{prefix}{counters[prefix]:0{width}d}"

    def pick(items, w=None):
        if w is None:
            return items[int(rng.integers(len(items)))]
        w = np.asarray(w, float)
        return items[int(rng.choice(len(items), p=w / w.sum()))]

    # agents: 7 stores x 2 teams x 6 agents
    agents = {}
    for i, s in enumerate(STORES):
        for j, team in enumerate(("一组", "二组")):
            for k in range(6):
                aid = f"A{i * 12 + j * 6 + k + 1:03d}"
                agents[aid] = dict(store=s[0], team=TEAM_SHORT[s[0]] + team, district=s[1],
                                   name=pick(SURN) + pick(GIVEN))
    store_agents = {s[0]: [a for a, v in agents.items() if v["store"] == s[0]] for s in STORES}

    month_keys = list(BUY_MONTH_W)

    def start_time(weights):
        w = np.array([weights[k] * (31 if k[1] in (1, 3, 5, 7, 8, 10, 12) else 30 if k[1] != 2 else 28)
                      for k in month_keys])
        y, m = month_keys[int(rng.choice(len(month_keys), p=w / w.sum()))]
        first = datetime(y, m, 1)
        nxt = datetime(y + (m == 12), m % 12 + 1, 1)
        t = first + D(seconds=float(rng.uniform(0, (nxt - first).total_seconds())))
        return t.replace(hour=int(rng.integers(8, 23)))

    def day_time(t, lo=9, hi=21):
        return t.replace(hour=int(rng.integers(lo, hi)), minute=int(rng.integers(60)), second=int(rng.integers(60)))

    def ev(c, ts, tp, action, channel, device=None, **extra):
        if ts > END:
            return None
        e = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
                 channel=channel, device=device, session_id=f"S{c['customer_id'][1:]}-{ts:%y%m%d}")
        e.update(extra)
        events.append(e)
        return e

    def text_for(topic, lang, c=None):
        zh, en = TEXTS[topic]
        s = pick(en if lang == "en" else zh)
        return s.replace("{district}", (c or {}).get("district") or "这边")

    def add_feedback(c, ts, topic, channel, rating=None, nps=None, tp=None, with_customer=True, lang=None,
                     agent=None, order_id=None):
        if ts is not None and ts > END:
            return
        lang = lang or (c["language"] if c else "zh")
        fid = nid("F", 6)
        feedback.append(dict(
            feedback_id=fid, text=text_for(topic, lang, c), ts=ts,
            customer_id=c["customer_id"] if (c and with_customer) else None,
            touchpoint_id=tp or TOPIC_TP.get(topic), channel=channel, rating=rating, nps=nps,
            agent_id=agent, store=agents[agent]["store"] if agent else (c["store"] if c and with_customer else None),
            order_id=order_id, language=lang))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    def complaint(c, ts, topic, agent, lang=None, **extra):
        if ts > END:
            return
        ev(c, ts, "tp_complaint", "submit", "phone", complaint_type=COMPLAINT_TYPE[topic], agent_id=agent,
           agent_team=agents[agent]["team"], store=agents[agent]["store"], district=agents[agent]["district"], **extra)
        tp = TOPIC_TP.get(topic) or ("tp_rent_search" if c["segment"] == "tenant" else "tp_home_search")
        add_feedback(c, ts + D(minutes=int(rng.integers(5, 40))), topic, "call_note", tp=tp, agent=agent, lang=lang)

    def survey(c, ts, about_tp, issues, agent, order_id=None, praise_boost=0.0):
        """A satisfaction survey answer: topic from the issues the customer met, else praise or general."""
        if ts > END:
            return
        st = agents[agent]["store"]
        if issues and rng.random() < 0.8:
            topic = pick(issues)
            rating = int(pick([1, 2, 3], [0.5, 0.4, 0.1]))
        else:
            base = 3.95 + (0.6 if st == "长宁古北店" else 0) - (1.3 if agent == RUDE_AGENT else 0) - 0.35 * len(issues)
            rating = int(np.clip(round(rng.normal(base, 0.8)), 1, 5))
            if agent == RUDE_AGENT and rating <= 2:
                topic = "rude_agent"
            elif rating == 5 and rng.random() < 0.45 + praise_boost + (0.3 if st == "长宁古北店" else 0):
                topic = "professional"
            elif rating >= 4 and about_tp in ("tp_contract", "tp_lease_signed") and rng.random() < 0.35:
                topic = "efficient"
            elif rating >= 4:
                topic = "general_pos"
            elif rating == 3:
                topic = "general_neu"
            else:
                topic = "general_neg"
        if topic in ("rude_agent",) and SENT[topic] == "neg":
            rating = min(rating, 2)
        nps = None
        if rng.random() < 0.62:
            lo, hi = {1: (0, 3), 2: (1, 5), 3: (4, 7), 4: (7, 9), 5: (8, 10)}[rating]
            nps = int(rng.integers(lo, hi + 1))
            if st == "长宁古北店" and rating >= 4:
                nps = min(10, nps + 1)
        ev(c, ts, "tp_survey", "submit", "phone", agent_id=agent, agent_team=agents[agent]["team"], store=st,
           district=agents[agent]["district"])
        tp = TOPIC_TP.get(topic) or about_tp
        if topic == "fake_listing":
            tp = "tp_rent_search" if c["segment"] == "tenant" else "tp_home_search"
        add_feedback(c, ts + D(minutes=3), topic, "survey", rating=rating, nps=nps, tp=tp, agent=agent,
                     order_id=order_id)

    def fake_prob(store, t, lead):
        p = 0.035
        if store == FAKE_STORE and FAKE[0] <= t <= FAKE[1]:
            p = 0.34
        if lead == "58同城":
            p *= 1.7
        if t >= datetime(2026, 3, 1):
            p *= 0.6  # 真房源 verification after the crackdown
        return min(p, 0.8)

    def response_minutes(store, t):
        if store == SLOW_STORE and t >= SLOW_FROM:
            return float(np.round(rng.lognormal(np.log(85), 0.5), 1))
        return float(np.round(rng.lognormal(np.log(11), 0.6), 1))

    def device_for(c, ch):
        if ch in ("app",):
            return c["device"] if c["device"] != "pc" else "android"
        if ch == "web":
            return "pc"
        if ch == "wechat":
            return c["device"] if c["device"] != "pc" else "ios"
        return None

    def search_channel(c):
        if c["device"] == "pc":
            return "web"
        return pick(["app", "wechat"], [0.75, 0.25])

    def listing(store, line, rent=False):
        s = STORE[store]
        if rent:
            ptype = pick(["普通住宅", "老公房", "公寓"], [0.55, 0.25, 0.20])
            beds = int(pick([1, 2, 3, 4], [0.35, 0.4, 0.2, 0.05]))
            price = round(float(s[6] * rng.lognormal(0, 0.28) * (0.7 + 0.18 * beds)) / 100) * 100
            return dict(listing_id=nid("L", 6), property_type=ptype, bedrooms=beds, monthly_rent=price,
                        rental_mode=pick(["整租", "合租"], [0.8, 0.2]))
        if line == "新房":
            ptype = pick(["普通住宅", "公寓", "别墅"], [0.75, 0.15, 0.10])
        else:
            ptype = pick(["普通住宅", "老公房", "公寓", "别墅"], [0.55, 0.25, 0.12, 0.08])
        beds = int(pick([1, 2, 3, 4], [0.15, 0.4, 0.35, 0.1]))
        mult = {"别墅": 2.2, "公寓": 0.6, "老公房": 0.75, "普通住宅": 1.0}[ptype] * (0.6 + 0.2 * beds)
        price = round(float(s[5] * rng.lognormal(0, 0.3) * mult * (1.1 if line == "新房" else 1.0)), 1)
        return dict(listing_id=nid("L", 6), property_type=ptype, bedrooms=beds, listing_price_wan=price)

    def budget_band(p):
        for lim, lab in ((300, "300万以下"), (500, "300-500万"), (800, "500-800万"), (1200, "800-1200万")):
            if p < lim:
                return lab
        return "1200万以上"

    def rent_band(p):
        for lim, lab in ((3000, "3000元以下"), (6000, "3000-6000元"), (10000, "6000-10000元")):
            if p < lim:
                return lab
        return "10000元以上"

    cid = 0

    def new_customer(segment, store_w):
        nonlocal cid
        cid += 1
        st = pick(STORES, store_w)
        agent = pick(store_agents[st[0]])
        lang = "en" if rng.random() < st[4] * (1.0 if segment == "buyer" else 1.4) else "zh"
        return dict(customer_id=f"C{cid:06d}", segment=segment, store=st[0], district=st[1], agent=agent,
                    language=lang, device=pick(["ios", "android", "pc"], [0.46, 0.42, 0.12]),
                    age_band=pick(["18-25", "26-30", "31-35", "36-45", "46-60", "60+"],
                                  [0.06, 0.22, 0.28, 0.26, 0.14, 0.04] if segment != "tenant"
                                  else [0.3, 0.35, 0.2, 0.1, 0.04, 0.01]))

    def agent_cols(a):
        return dict(agent_id=a, agent_team=agents[a]["team"], store=agents[a]["store"], district=agents[a]["district"])

    # ================= buyers =================
    for _ in range(N_BUYERS):
        c = new_customer("buyer", [s[2] for s in STORES])
        line = "新房" if rng.random() < 0.3 else "二手房"
        first = rng.random() < 0.45
        lead = pick(LEADS, LEAD_W)
        t0 = start_time(BUY_MONTH_W)
        a = c["agent"]
        lst = listing(c["store"], line)
        c.update(intent=line, first_time_buyer=int(first), lead=lead, budget_band=budget_band(lst["listing_price_wan"]),
                 bedrooms_wanted=lst["bedrooms"], property_type_wanted=lst["property_type"], signup_at=t0 - D(
                     minutes=int(rng.integers(1, 30))) if lead not in ("门店自然到访", "老客转介绍") else None,
                 tier="C")
        base = dict(business_line=line, **agent_cols(a), lead_source=lead)
        variant = None
        # searches
        n_search = 2 + int(rng.geometric(0.25))
        span = float(rng.uniform(10, 70 if first else 45))
        times = sorted([t0] + [t0 + D(days=float(x)) for x in rng.uniform(0, span, n_search - 1)])
        if t0 >= VR_FROM and c["device"] != "pc" and rng.random() < 0.5:
            variant = "B" if rng.random() < 0.5 else "A"
            experiments.append(dict(experiment_id="vr_first", variant=variant, customer_id=c["customer_id"],
                                    assigned_at=t0))
        for k, t in enumerate(times):
            ch = search_channel(c) if k else ("app" if variant else search_channel(c))
            l2 = lst if k == 0 else listing(c["store"], line)
            ev(c, t, "tp_home_search", "view", ch, device_for(c, ch), **base, listing_id=l2["listing_id"],
               property_type=l2["property_type"], bedrooms=l2["bedrooms"], listing_price_wan=l2["listing_price_wan"],
               )
            if variant == "B" and rng.random() < 0.45 or variant != "B" and rng.random() < 0.08:
                ev(c, t + D(minutes=int(rng.integers(1, 15))), "tp_vr_tour", "view", ch, device_for(c, ch), **base,
                   listing_id=l2["listing_id"])
        if rng.random() < 0.5:
            ts = times[0] + D(minutes=int(rng.integers(2, 60)))
            ev(c, ts, "tp_save", "click", "app", device_for(c, "app"), **base, listing_id=lst["listing_id"])
        p_enq = LEAD_ENQ[lead] * (1.2 if variant == "B" else 1.0)
        if rng.random() >= min(p_enq, 0.95):
            cust_rows.append(c)
            continue
        t_enq = day_time(t0 + D(days=float(rng.exponential(7 if first else 5)) + 0.05))
        issues = []
        ch = LEAD_CH[lead] if rng.random() < 0.7 else pick(["app", "phone", "wechat"])
        resp = response_minutes(c["store"], t_enq)
        fake = rng.random() < fake_prob(c["store"], t_enq, lead)
        ev(c, t_enq, "tp_enquiry", "fail" if fake else "submit", ch, device_for(c, ch), **base,
           listing_id=lst["listing_id"], property_type=lst["property_type"], bedrooms=lst["bedrooms"],
           listing_price_wan=lst["listing_price_wan"], response_minutes=resp,
           listing_status="不存在/已下架" if fake else "在售")
        if fake:
            issues.append("fake_listing")
            if rng.random() < 0.4:
                ev(c, t_enq + D(minutes=int(rng.integers(10, 600))), "tp_report_fake", "submit", "app",
                   device_for(c, "app"), **base, listing_id=lst["listing_id"])
            if rng.random() < 0.3:
                r = rng.random()
                if r < 0.45:
                    complaint(c, t_enq + D(hours=float(rng.uniform(1, 48))), "fake_listing", a,
                              listing_id=lst["listing_id"])
                elif r < 0.8:
                    add_feedback(c, t_enq + D(hours=float(rng.uniform(1, 72))), "fake_listing", "app_review",
                                 rating=int(pick([1, 2], [0.7, 0.3])), tp="tp_home_search", with_customer=False)
                else:
                    add_feedback(None, t_enq + D(hours=float(rng.uniform(1, 72))) if rng.random() < 0.75 else None,
                                 "fake_listing", "social", tp="tp_home_search", lang=c["language"])
        if resp > 60:
            issues.append("slow_reply")
            if rng.random() < 0.35:
                if rng.random() < 0.5:
                    complaint(c, t_enq + D(hours=float(rng.uniform(2, 30))), "slow_reply", a)
                else:
                    add_feedback(c, t_enq + D(hours=float(rng.uniform(2, 48))), "slow_reply", "app_review",
                                 rating=int(pick([1, 2], [0.5, 0.5])), with_customer=False, agent=None)
        p_book = 0.62 * (0.55 if resp > 60 else 1.0) * (0.4 if fake else 1.0)
        if rng.random() >= p_book:
            cust_rows.append(c)
            continue
        c["tier"] = "B"
        # viewings
        n_view = 1 + int(rng.poisson(1.6 if first else 1.1))
        t = t_enq
        last_done = None
        for v in range(n_view):
            t_b = day_time(t + D(days=float(rng.exponential(3 if v == 0 else (11 if first else 6))) + 0.02))
            lv = lst if v == 0 else listing(c["store"], line)
            ev(c, t_b, "tp_viewing_booked", "submit", pick(["phone", "app", "wechat"], [0.5, 0.35, 0.15]), None,
               **base, listing_id=lv["listing_id"], property_type=lv["property_type"], bedrooms=lv["bedrooms"],
               listing_price_wan=lv["listing_price_wan"])
            t_d = day_time(t_b + D(days=float(rng.integers(1, 5))), 9, 19)
            show = rng.random() < (0.86 if line == "二手房" else 0.9)
            if show:
                e = ev(c, t_d, "tp_viewing_done", "success", "store", None, **base, listing_id=lv["listing_id"],
                       property_type=lv["property_type"], bedrooms=lv["bedrooms"],
                       listing_price_wan=lv["listing_price_wan"], viewing_type="案场" if line == "新房" else "实地带看")
                if e is not None:
                    last_done, lst_final = t_d, lv
                if a == RUDE_AGENT and rng.random() < 0.4 and "rude_agent" not in issues:
                    issues.append("rude_agent")
                    complaint(c, t_d + D(hours=float(rng.uniform(2, 30))), "rude_agent", a)
                elif rng.random() < 0.006:
                    complaint(c, t_d + D(hours=float(rng.uniform(2, 30))), "rude_agent", a)
            elif t_d <= END and rng.random() < 0.1:
                issues.append("no_show")
                complaint(c, t_d + D(hours=float(rng.uniform(1, 10))), "no_show", a)
            t = t_d
        if last_done is None:
            cust_rows.append(c)
            continue
        if rng.random() < 0.2:
            survey(c, last_done + D(days=float(rng.uniform(0.5, 3))), "tp_viewing_done", issues, a)
        p_offer = 0.42 * LEAD_OFFER[lead] * (0.55 if fake else 1.0)
        if rng.random() >= min(p_offer, 0.9):
            cust_rows.append(c)
            continue
        c["tier"] = "A"
        t_off = day_time(last_done + D(days=float(rng.exponential(6 if first else 4)) + 0.1))
        deposit = 50000 if line == "二手房" else 20000
        ev(c, t_off, "tp_offer", "submit", "store", None, **base, listing_id=lst_final["listing_id"],
           property_type=lst_final["property_type"], bedrooms=lst_final["bedrooms"],
           listing_price_wan=lst_final["listing_price_wan"], deposit_yuan=deposit)
        hiked = line == "二手房" and t_off >= FEE_FROM
        p_con = 0.63 if hiked else 0.82
        if rng.random() >= p_con:
            if t_off <= END and rng.random() < (0.45 if hiked else 0.12):
                complaint(c, t_off + D(days=float(rng.uniform(0.5, 4))), "fees", a)
            cust_rows.append(c)
            continue
        t_c = day_time(t_off + D(days=float(rng.integers(2, 12))), 10, 20)
        if t_c > END:
            cust_rows.append(c)
            continue
        price = round(lst_final["listing_price_wan"] * float(rng.uniform(0.93, 0.995)), 1)
        rate = 0.015 if line == "新房" else (0.025 if t_c >= FEE_FROM else 0.02)
        commission = round(price * 10000 * rate, 2)
        oid = nid("D", 6)
        ev(c, t_c, "tp_contract", "success", "store", None, **base, listing_id=lst_final["listing_id"],
           property_type=lst_final["property_type"], bedrooms=lst_final["bedrooms"], deal_price_wan=price,
           order_id=oid)
        c["converted"] = True
        loan = line == "二手房" and rng.random() < (0.86 if first else 0.58)
        status, paid_at, cancel_reason, refund_reason = "paid", t_c, None, None
        if line == "新房":
            paid_at = t_c + D(days=int(rng.integers(20, 45)))
        if rng.random() < 0.025:
            status, paid_at, cancel_reason = "cancelled", None, pick(["买方违约", "卖方违约"])
        issues2 = list(issues)
        if t_c >= FEE_FROM and line == "二手房" and rng.random() < 0.32:
            issues2.append("fees")
        elif rng.random() < 0.05:
            issues2.append("fees")
        t_last = t_c
        if loan and status == "paid":
            t_apply = day_time(t_c + D(days=int(rng.integers(3, 9))))
            ev(c, t_apply, "tp_loan_apply", "submit", "store", None, **base, order_id=oid,
               loan_amount_wan=round(price * float(rng.uniform(0.35, 0.65)), 1),
               bank=pick(["工商银行", "建设银行", "招商银行", "中国银行", "交通银行"]))
            slow = LOAN_SLOW[0] <= t_apply <= LOAN_SLOW[1]
            days = float(rng.gamma(9, (40 if slow else 17) / 9))
            if rng.random() < 0.06:
                status, refund_reason = "refunded", "贷款被拒"
                t_last = t_apply
            else:
                t_ok = day_time(t_apply + D(days=days))
                ev(c, t_ok, "tp_loan_approved", "success", "other", None, **base, order_id=oid,
                   approval_days=round((t_ok - t_apply).total_seconds() / 86400, 1))
                if days > 28:
                    issues2.append("loan_delay")
                    if rng.random() < 0.3:
                        complaint(c, t_apply + D(days=float(rng.uniform(20, 27))), "loan_delay", a)
                t_tr = day_time(t_ok + D(days=int(rng.integers(5, 16))))
                ev(c, t_tr, "tp_transfer", "success", "store", None, **base, order_id=oid)
                t_last = t_tr
        elif line == "二手房" and status == "paid":
            t_tr = day_time(t_c + D(days=int(rng.integers(18, 45))))
            ev(c, t_tr, "tp_transfer", "success", "store", None, **base, order_id=oid)
            t_last = t_tr
        if line == "二手房" and t_last > t_c and rng.random() < 0.08:
            issues2.append("transfer_hassle")
        if t_last <= END and rng.random() < 0.5:
            survey(c, t_last + D(days=float(rng.uniform(1, 5))), "tp_contract", issues2, a, order_id=oid,
                   praise_boost=0.05)
        orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=t_c, amount=commission, status=status,
                           channel="store", device=None,
                           deal_type="新房认购" if line == "新房" else "二手房买卖", business_line=line,
                           listing_id=lst_final["listing_id"], district=c["district"],
                           property_type=lst_final["property_type"], bedrooms=lst_final["bedrooms"],
                           deal_price_wan=price, monthly_rent=None, commission_rate=rate, **{
                               k: v for k, v in agent_cols(a).items() if k != "district"},
                           agent_name=agents[a]["name"], lead_source=lead, first_time_buyer=int(first),
                           has_mortgage=int(loan), paid_at=paid_at,
                           payment_method=None if status == "cancelled" else (
                               "开发商结佣" if line == "新房" else pick(["银行转账", "POS刷卡", "微信支付"], [0.6, 0.25, 0.15])),
                           cancel_reason=cancel_reason, refund_reason=refund_reason))
        cust_rows.append(c)

    # ================= tenants =================
    for _ in range(N_TENANTS):
        c = new_customer("tenant", [s[3] for s in STORES])
        lead = pick(LEADS, [0.30, 0.22, 0.10, 0.06, 0.10, 0.07, 0.15])
        t0 = start_time(RENT_MONTH_W)
        a = c["agent"]
        lst = listing(c["store"], "租赁", rent=True)
        c.update(intent="租赁", first_time_buyer=None, lead=lead, budget_band=rent_band(lst["monthly_rent"]),
                 bedrooms_wanted=lst["bedrooms"], property_type_wanted=lst["property_type"],
                 signup_at=t0 - D(minutes=int(rng.integers(1, 30))) if lead != "门店自然到访" else None, tier="C")
        base = dict(business_line="租赁", **agent_cols(a), lead_source=lead)
        n_search = 1 + int(rng.geometric(0.3))
        times = sorted([t0] + [t0 + D(days=float(x)) for x in rng.uniform(0, 14, n_search - 1)])
        for k, t in enumerate(times):
            ch = search_channel(c)
            l2 = lst if k == 0 else listing(c["store"], "租赁", rent=True)
            ev(c, t, "tp_rent_search", "view", ch, device_for(c, ch), **base, listing_id=l2["listing_id"],
               property_type=l2["property_type"], bedrooms=l2["bedrooms"], monthly_rent=l2["monthly_rent"],
               rental_mode=l2["rental_mode"])
        if rng.random() < 0.35:
            ev(c, times[0] + D(minutes=int(rng.integers(2, 60))), "tp_save", "click", "app", device_for(c, "app"),
               **base, listing_id=lst["listing_id"])
        if rng.random() >= min(LEAD_ENQ[lead] * 1.15, 0.95):
            cust_rows.append(c)
            continue
        t_enq = day_time(t0 + D(days=float(rng.exponential(2)) + 0.02))
        ch = LEAD_CH[lead] if rng.random() < 0.7 else pick(["app", "phone", "wechat"])
        resp = response_minutes(c["store"], t_enq)
        fake = rng.random() < fake_prob(c["store"], t_enq, lead) * 1.2
        issues = []
        ev(c, t_enq, "tp_enquiry", "fail" if fake else "submit", ch, device_for(c, ch), **base,
           listing_id=lst["listing_id"], property_type=lst["property_type"], bedrooms=lst["bedrooms"],
           monthly_rent=lst["monthly_rent"], response_minutes=resp,
           listing_status="不存在/已下架" if fake else "在租")
        if fake:
            issues.append("fake_listing")
            if rng.random() < 0.35:
                ev(c, t_enq + D(minutes=int(rng.integers(10, 600))), "tp_report_fake", "submit", "app",
                   device_for(c, "app"), **base, listing_id=lst["listing_id"])
            if rng.random() < 0.3:
                r = rng.random()
                if r < 0.4:
                    complaint(c, t_enq + D(hours=float(rng.uniform(1, 48))), "fake_listing", a,
                              listing_id=lst["listing_id"])
                elif r < 0.75:
                    add_feedback(c, t_enq + D(hours=float(rng.uniform(1, 72))), "fake_listing", "app_review",
                                 rating=int(pick([1, 2], [0.7, 0.3])), tp="tp_rent_search", with_customer=False)
                else:
                    add_feedback(None, t_enq + D(hours=float(rng.uniform(1, 72))) if rng.random() < 0.75 else None,
                                 "fake_listing", "social", tp="tp_rent_search", lang=c["language"])
        if resp > 60:
            issues.append("slow_reply")
            if rng.random() < 0.3:
                complaint(c, t_enq + D(hours=float(rng.uniform(2, 30))), "slow_reply", a)
        p_book = 0.66 * (0.55 if resp > 60 else 1.0) * (0.4 if fake else 1.0)
        if rng.random() >= p_book:
            cust_rows.append(c)
            continue
        c["tier"] = "B"
        n_view = 1 + int(rng.poisson(0.7))
        t, last_done, lst_final = t_enq, None, lst
        for v in range(n_view):
            t_b = day_time(t + D(days=float(rng.exponential(1.5)) + 0.02))
            lv = lst if v == 0 else listing(c["store"], "租赁", rent=True)
            ev(c, t_b, "tp_viewing_booked", "submit", pick(["phone", "app", "wechat"], [0.45, 0.4, 0.15]), None,
               **base, listing_id=lv["listing_id"], property_type=lv["property_type"], bedrooms=lv["bedrooms"],
               monthly_rent=lv["monthly_rent"])
            t_d = day_time(t_b + D(days=float(rng.integers(0, 3)), hours=2), 9, 21)
            if rng.random() < 0.88:
                e = ev(c, t_d, "tp_viewing_done", "success", "store", None, **base, listing_id=lv["listing_id"],
                       property_type=lv["property_type"], bedrooms=lv["bedrooms"], monthly_rent=lv["monthly_rent"],
                       viewing_type="实地带看")
                if e is not None:
                    last_done, lst_final = t_d, lv
                if a == RUDE_AGENT and rng.random() < 0.4 and "rude_agent" not in issues:
                    issues.append("rude_agent")
                    complaint(c, t_d + D(hours=float(rng.uniform(2, 30))), "rude_agent", a)
            elif t_d <= END and rng.random() < 0.08:
                issues.append("no_show")
                complaint(c, t_d + D(hours=float(rng.uniform(1, 10))), "no_show", a)
            t = t_d
        if last_done is None:
            cust_rows.append(c)
            continue
        if rng.random() >= 0.56 * (0.6 if fake else 1.0):
            if rng.random() < 0.12:
                survey(c, last_done + D(days=float(rng.uniform(0.5, 3))), "tp_viewing_done", issues, a)
            cust_rows.append(c)
            continue
        c["tier"] = "A"
        t_l = day_time(last_done + D(days=float(rng.exponential(2.5)) + 0.05), 10, 21)
        if t_l > END:
            cust_rows.append(c)
            continue
        oid = nid("D", 6)
        rent = lst_final["monthly_rent"]
        ev(c, t_l, "tp_lease_signed", "success", "store", None, **base, listing_id=lst_final["listing_id"],
           property_type=lst_final["property_type"], bedrooms=lst_final["bedrooms"], monthly_rent=rent,
           lease_months=int(pick([12, 24, 6], [0.75, 0.15, 0.1])), order_id=oid)
        status = "refunded" if rng.random() < 0.03 else "paid"
        orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=t_l, amount=round(rent * 0.5, 2),
                           status=status, channel=pick(["store", "app"], [0.8, 0.2]), device=None,
                           deal_type="租赁", business_line="租赁", listing_id=lst_final["listing_id"],
                           district=c["district"], property_type=lst_final["property_type"],
                           bedrooms=lst_final["bedrooms"], deal_price_wan=None, monthly_rent=rent,
                           commission_rate=None, **{k: v for k, v in agent_cols(a).items() if k != "district"},
                           agent_name=agents[a]["name"], lead_source=lead, first_time_buyer=None, has_mortgage=None,
                           paid_at=t_l, payment_method=pick(["微信支付", "支付宝", "银行转账"], [0.55, 0.3, 0.15]),
                           cancel_reason=None, refund_reason="房东违约" if status == "refunded" else None))
        if rng.random() < 0.4:
            survey(c, t_l + D(days=float(rng.uniform(1, 4))), "tp_lease_signed", issues, a, order_id=oid)
        cust_rows.append(c)

    # ================= landlords =================
    for _ in range(N_LANDLORDS):
        c = new_customer("landlord", [s[3] for s in STORES])
        t0 = start_time(RENT_MONTH_W)
        a = c["agent"]
        lst = listing(c["store"], "租赁", rent=True)
        via_app = rng.random() < 0.58
        lead = pick(["APP推送", "微信公众号", "贝壳找房"], [0.4, 0.3, 0.3]) if via_app else pick(
            ["门店自然到访", "老客转介绍"], [0.6, 0.4])
        c.update(intent="出租", first_time_buyer=None, lead=lead, budget_band=rent_band(lst["monthly_rent"]),
                 bedrooms_wanted=lst["bedrooms"], property_type_wanted=lst["property_type"],
                 signup_at=t0 - D(minutes=int(rng.integers(1, 30))), tier="B")
        base = dict(business_line="出租", **agent_cols(a), lead_source=lead, listing_id=lst["listing_id"],
                    property_type=lst["property_type"], bedrooms=lst["bedrooms"], monthly_rent=lst["monthly_rent"])
        ch = "app" if via_app else "store"
        ev(c, t0, "tp_list_property", "submit", ch, device_for(c, ch), **base, listing_source="自助挂牌" if via_app
           else "门店委托")
        if rng.random() >= (0.58 if via_app else 0.93):
            if t0 + D(days=14) <= END and rng.random() < 0.2:
                complaint(c, t0 + D(days=float(rng.uniform(8, 20))), "photo_wait", a)
            cust_rows.append(c)
            continue
        lag = float(rng.exponential(8) + 1) if via_app else float(rng.uniform(1, 4))
        t_p = day_time(t0 + D(days=lag))
        ev(c, t_p, "tp_photo_verify", "success", "store", None, **base)
        issues = ["photo_wait"] if lag > 10 else []
        if rng.random() >= 0.9:
            cust_rows.append(c)
            continue
        slow = c["store"] == "松江新城店"
        t_f = day_time(t_p + D(days=float(rng.uniform(8, 35) if slow else rng.exponential(3) + 0.2)))
        ev(c, t_f, "tp_first_enquiry", "view", "app", None, **base)
        if rng.random() >= 0.8:
            cust_rows.append(c)
            continue
        t_r = day_time(t_f + D(days=float(rng.uniform(15, 55) if slow else rng.uniform(3, 25))))
        if t_r > END:
            cust_rows.append(c)
            continue
        ev(c, t_r, "tp_rented", "success", "store", None, **base,
           rent_agreed=round(lst["monthly_rent"] * float(rng.uniform(0.92, 1.0)) / 50) * 50)
        c["tier"] = "A"
        if rng.random() < 0.45:
            survey(c, t_r + D(days=float(rng.uniform(1, 4))), "tp_rented", issues, a)
        cust_rows.append(c)

    # ================= app reviews and social posts not tied to a journey =================
    for _ in range(420):
        t = start_time(BUY_MONTH_W)
        lang = "en" if rng.random() < 0.1 else "zh"
        if datetime(2026, 5, 10) <= t <= datetime(2026, 6, 20) and rng.random() < 0.55:
            topic = "app_crash"
        else:
            topic = pick(["app_crash", "general_pos", "general_neu", "general_neg", "professional", "efficient"],
                         [0.06, 0.4, 0.2, 0.14, 0.12, 0.08])
        rating = {"neg": int(pick([1, 2], [0.6, 0.4])), "neu": 3, "pos": int(pick([4, 5], [0.4, 0.6]))}[SENT[topic]]
        add_feedback(None, t if rng.random() > 0.12 else None, topic, "app_review", rating=rating,
                     tp="tp_home_search" if topic == "app_crash" else None, lang=lang)
    for _ in range(110):
        t = start_time(BUY_MONTH_W)
        topic = pick(["fees", "general_neg", "general_pos", "professional"], [0.35, 0.25, 0.25, 0.15])
        if t >= FEE_FROM and rng.random() < 0.4:
            topic = "fees"
        add_feedback(None, t if rng.random() > 0.3 else None, topic, "social",
                     tp="tp_contract" if topic == "fees" else None, lang="en" if rng.random() < 0.08 else "zh")

    # ---------- post-process ----------
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    feedback_ = [f for f in feedback if f["ts"] is None or START <= f["ts"] <= END]
    feedback_.sort(key=lambda f: (f["ts"] or datetime(2100, 1, 1), f["feedback_id"]))
    ids = {f["feedback_id"] for f in feedback_}
    truth = [t for t in truth if t["feedback_id"] in ids]
    for c in cust_rows:
        c["region"] = c["district"]
        c["acquisition_channel"] = c["lead"]
        c["agent_id"] = c["agent"]
        c["agent_team"] = agents[c["agent"]]["team"]
        c["primary_device"] = c["device"]
        c["intent"] = c.get("intent")

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, (float, np.floating)):
            v = float(v)
            return str(int(v)) if v == int(v) else f"{v:.4f}".rstrip("0").rstrip(".")
        return str(v)

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(col)) for col in cols])

    write(out / "touchpoints.csv",
          [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1, touchpoint_id=tp,
               window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps)]
    write(out / "journeys.csv", jr,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "intent",
           "first_time_buyer", "budget_band", "bedrooms_wanted", "property_type_wanted", "agent_id", "agent_team",
           "store", "district", "primary_device", "age_band", "language"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "business_line", "listing_id", "district", "property_type", "bedrooms", "listing_price_wan",
           "monthly_rent", "rental_mode", "lead_source", "agent_id", "agent_team", "store", "response_minutes",
           "listing_status", "viewing_type", "deposit_yuan", "deal_price_wan", "order_id", "loan_amount_wan", "bank",
           "approval_days", "lease_months", "listing_source", "rent_agreed", "complaint_type"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "deal_type", "business_line",
           "listing_id", "district", "property_type", "bedrooms", "deal_price_wan", "monthly_rent", "commission_rate",
           "agent_id", "agent_team", "store", "agent_name", "lead_source", "first_time_buyer", "has_mortgage",
           "paid_at", "payment_method", "cancel_reason", "refund_reason"])
    write(out / "feedback.csv", feedback_,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "agent_id",
           "store", "order_id", "language"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback_)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
