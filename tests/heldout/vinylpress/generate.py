"""声纹压片厂 GrooveWorks Pressing: a vinyl record pressing plant in Dongguan taking orders from labels, record
stores and independent artists in mainland China, Hong Kong / Taiwan, Japan, Europe and North America
(synthetic, written blind).

A new client finds us at a record fair (唱片展摊位) or online, prices a run in the online quote calculator
(在线报价器), gets a spec call with a project manager (规格沟通), a formal quote (正式报价单) and places the order with
a deposit (下单付定金). A new pressing then goes master upload (母带上传) → lacquer cutting (刻片) → plating / stampers
(电镀制模) → test pressings shipped (测试片寄出) → the client signs the test pressings off (测试片通过) or sends them
back (测试片打回, with a reason) for another round. Then the production run (量产压片, on press line P1..P4), QC
(质检, pass / fail), the balance payment (尾款支付), shipping (发货: SF, DHL, FedEx or sea freight) and delivery (到货签收,
with `late`, `damaged_units`, `damage_type`). Damaged shipments become claims (破损理赔 → 理赔结案: repress, refund or
credit). Represses (加印) reuse the stampers and go straight to production. Projects can be cancelled (项目取消, with
a reason). Support tickets (客服工单), a post-delivery survey (NPS), portal reviews and social/forum posts give feedback.

From 2025-09-01 to 2025-12-31 every quote sent to a new client was in the A/B test deposit_terms_2025: 30 % vs 50 %
deposit.

Data 2025-01-01 .. 2026-06-30 (extract taken 2026-07-03). Naive times are local (UTC+8). Money: `amount` in CNY,
plus `currency` and `amount_local` in the client's currency.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20260703), numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
T0 = datetime(2025, 1, 1)
TEND = datetime(2026, 6, 30, 23, 59, 59)
AB_START, AB_END = datetime(2025, 9, 1), datetime(2025, 12, 31, 23, 59, 59)


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(0, len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def biz(t: datetime, h0=9, h1=19) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(seconds=int(u(h0 * 3600, h1 * 3600)))


def later(t: datetime, d0: float, d1: float, h0=9, h1=19) -> datetime:
    x = biz(t + timedelta(days=u(d0, d1)), h0, h1)
    return x if x > t else t + timedelta(minutes=ri(30, 300))


def between(t, a, b):
    return datetime.fromisoformat(a) <= t < datetime.fromisoformat(b) + timedelta(days=1)


# ---------------- reference data ----------------
REGIONS = {  # code: (zh, weight, currency, fx CNY per unit, lang, pms)
    "mainland": ("中国大陆", 0.40, "CNY", 1.0, "zh", ["Zhou Hang", "Lin Xiaoman"]),
    "hk_tw": ("港澳台", 0.12, None, None, "zh", ["Lin Xiaoman"]),
    "japan": ("日本", 0.10, "JPY", 0.048, "en", ["Kenji Mori"]),
    "europe": ("欧洲", 0.22, "EUR", 7.8, "en", ["Emma Brooks"]),
    "north_america": ("北美", 0.16, "USD", 7.2, "en", ["Daniel Ortiz"]),
}
PM_ZH = {"Zhou Hang": "周航", "Lin Xiaoman": "林小满", "Kenji Mori": "森健二", "Emma Brooks": "艾玛·布鲁克斯",
         "Daniel Ortiz": "丹尼尔·奥尔蒂斯"}
CTYPES = {"indie_artist": ("独立音乐人", 0.42), "indie_label": ("独立厂牌", 0.34), "record_store": ("唱片店", 0.12),
          "major_label": ("大厂牌", 0.12)}
ACQ = {"record_fair": ("唱片展", 0.24), "instagram": ("Instagram", 0.16), "xiaohongshu": ("小红书", 0.14),
       "referral": ("同行推荐", 0.22), "google_search": ("搜索引擎", 0.14), "discogs_forum": ("Discogs论坛", 0.10)}
FORMATS = {"12in_lp": ("12寸单张LP", 30.0), "2lp": ("12寸双张LP", 52.0), "7in_single": ("7寸单曲", 14.0),
           "10in": ("10寸EP", 24.0)}
COLORS = {"black": ("经典黑胶", 0.0), "solid_color": ("纯色彩胶", 4.5), "effects": ("特效彩胶(溅色/大理石纹)", 10.0)}
CARRIERS = {"sf_express": ("顺丰", (1.0, 2.9), 3), "dhl_express": ("DHL", (3.5, 7.4), 7),
            "fedex": ("FedEx", (3.8, 7.3), 7), "sea_freight": ("海运拼箱", (29.0, 46.0), 42)}
REJECT_REASONS_ZH = {"surface_noise": "底噪过大", "inner_groove_distortion": "内圈失真", "skips": "跳针",
                     "off_centre": "中心孔偏心", "wrong_level": "音量不对"}
CANCEL_ZH = {"lead_time": "交期太长", "test_press_quality": "测试片质量", "budget": "预算不足",
             "release_delayed": "发行推迟", "price": "价格"}


def _in_summer(t):
    return between(t, "2025-06-01", "2025-09-30") or between(t, "2026-06-01", "2026-09-30")


def _backlog(t):
    return between(t, "2025-10-01", "2025-11-30")


# ---------------- feedback templates ----------------
# exactly one marker per language per topic; a marker appears in no other topic's template nor in GENERIC
MARKERS = {"noise": ("底噪", "surface noise"), "warp": ("翘曲", "warped"), "leadtime": ("交期", "lead time"),
           "offcentre": ("偏心", "off-cent"), "jacket": ("封套", "jacket"), "pm": ("项目经理", "project manager"),
           "deposit": ("定金", "deposit"), "customs": ("关税", "customs"), "sound": ("音质", "sound quality")}
TOPICS = {  # topic: {sentiment: (zh templates, en templates)}, default touchpoint
    "noise": ({"neg": (["测试片底噪太大了，{c}的彩胶听起来像在下雨", "第一版测试片底噪明显，只好打回重压",
                        "底噪问题拖了我们两周，发行日都改了", "彩胶底噪比黑胶大太多，下次不敢做特效了"],
                       ["The test pressings had way too much surface noise, sounded like rain on the quiet tracks",
                        "Surface noise on side B was unacceptable, we had to reject round one",
                        "Splatter colour looks amazing but the surface noise is a deal breaker",
                        "Had to send the tests back for surface noise, cost us two weeks"])}, "tp_tp_rejected"),
    "warp": ({"neg": (["到货一箱里好几张翘曲，根本放不平", "海运过来的唱片翘曲严重，{n}张没法卖",
                       "唱片翘曲了，店里客人退了好几张"],
                      ["A good chunk of the shipment arrived warped, {n} copies unsellable",
                       "Records came warped after the sea freight leg, the container must have cooked",
                       "Several copies warped badly, they won't sit flat on the platter"])}, "tp_delivered"),
    "leadtime": ({"neg": (["交期一拖再拖，说好的时间根本做不到", "这次交期比报价时说的多了快一个月",
                           "交期太长了，赶不上我们的巡演", "年底交期完全失控，电镀排了好久"],
                          ["Lead time slipped again and again, we missed our release date",
                           "The lead time was almost a month longer than quoted",
                           "Lead time in Q4 was brutal, stampers took forever",
                           "We need a realistic lead time before we book pressing, not wishful thinking"])},
                 "tp_plating"),
    "offcentre": ({"neg": (["这批中心孔偏心，放上去摇摇晃晃", "量产的唱片偏心，音高听着一直在飘",
                            "偏心太明显了，质检怎么放过的"],
                           ["Pressings are off-centre, you can hear the pitch wobble",
                            "Half the run is off-center, how did this pass QC",
                            "Off-centre labels and holes on the new batch, very disappointing"])},
                  "tp_qc"),
    "jacket": ({"neg": (["封套印刷颜色和打样差太多", "封套边角压坏了好多", "封套的纸太薄了，和报价说的不一样"],
                        ["The jacket print colours are way off from the proof",
                         "Jacket corners crushed on arrival", "The jacket stock feels thinner than what we were quoted"]),
                "pos": (["封套印得很漂亮，歌迷都在晒", "双开封套做工很细，超出预期"],
                        ["The gatefold jacket looks gorgeous, fans love it",
                         "Jacket printing came out perfect, thanks"])}, "tp_production"),
    "pm": ({"pos": (["项目经理{p}全程跟进，回复特别快", "感谢项目经理耐心解释每个工艺选项", "项目经理很专业，第一次压片也不慌"],
                    ["Our project manager {p} was amazing, always on top of things",
                     "Huge thanks to the project manager for walking us through every option",
                     "Best project manager we've had at any plant"]),
            "neg": (["项目经理回复太慢了，一个问题要等好几天", "找项目经理永远找不到人", "项目经理{p}答应的事情总是忘"],
                    ["Our project manager takes days to answer a simple question",
                     "Could never reach the project manager when it mattered",
                     "The project manager kept forgetting what we agreed on"])}, "tp_spec_call"),
    "deposit": ({"neg": (["定金比例太高了，独立音乐人压力很大", "要付一半定金才能排产，我们周转不过来", "定金太多，先不做了"],
                         ["A 50% deposit is a lot for an indie artist",
                          "The deposit is too high for us to book right now",
                          "We would order if the deposit were smaller"]),
                 "pos": (["定金只要三成，对我们小厂牌很友好", "定金比例合理，下单很爽快"],
                         ["The smaller deposit made it easy to say yes", "Fair deposit terms, thanks for that"])},
                "tp_quote"),
    "customs": ({"neg": (["寄到海外还要自己交关税，报价里没说清楚", "关税和清关费比运费还贵"],
                         ["Got hit with customs charges nobody warned us about",
                          "Customs held the pallet for a week and charged import VAT",
                          "The customs paperwork was wrong and the shipment got stuck"])}, "tp_ship"),
    "sound": ({"pos": (["音质非常好，比我们上次在别家压的强多了", "音质通透，低频很扎实", "听了测试片，音质超出预期"],
                       ["Sound quality is fantastic, dead quiet surfaces",
                        "Really happy with the sound quality, bass is tight",
                        "The sound quality beat our last plant by a mile"])}, "tp_tp_approved"),
}
GENERIC = {"neu": (["整体还行，继续观察", "流程挺清楚的", "下次应该还会找你们", "没什么特别的意见"],
                   ["Overall fine", "Process was clear enough", "Will probably come back for the next release",
                    "Nothing much to add"]),
           "pos": (["合作很愉快，谢谢团队", "很满意，已经推荐给朋友的乐队了", "第一次做黑胶，体验很好"],
                   ["Great experience, thanks team", "Very happy, already recommended you to another band",
                    "First vinyl release and it went smoothly"])}


def _check_templates():
    def texts(block):
        for sent, (zh, en) in block.items():
            for s in zh:
                yield "zh", s
            for s in en:
                yield "en", s
    for k, (block, _tp) in TOPICS.items():
        for lang, s in texts(block):
            for k2, (mz, me) in MARKERS.items():
                has = (mz in s) if lang == "zh" else (me in s.lower())
                assert has == (k == k2), (k, k2, s)
    for lang, s in texts(GENERIC):
        for mz, me in MARKERS.values():
            assert mz not in s and me not in s.lower(), s


# ---------------- writer ----------------
class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.n = {}

    def nid(self, p, width=6):
        self.n[p] = self.n.get(p, 0) + 1
        return f"{p}{self.n[p]:0{width}d}"

    def ev(self, c, t, tp, action, session=None, **kw):
        if t > TEND or t < T0:
            return None
        r = dict(event_id=self.nid("E", 7), customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                 session_id=session, action=action, device=kw.pop("device", None), channel=kw.pop("channel", None),
                 region=c["region"], 地区=c["地区"], customer_type=c["customer_type"], 客户类型=c["客户类型"],
                 project_manager=c["project_manager"], 项目经理=PM_ZH[c["project_manager"]])
        r.update(kw)
        self.events.append(r)
        return r

    def order(self, c, t, amount, order_type, status, session, **kw):
        if t > TEND or t < T0:
            return None
        cur, fx = c["currency"], c["fx"]
        r = dict(order_id=self.nid("SO", 6), customer_id=c["customer_id"], ts=t, amount=round(amount, 2),
                 status=status, channel=kw.pop("channel", "web"), order_type=order_type, currency=cur,
                 amount_local=round(amount / fx, 2 if cur != "JPY" else 0), region=c["region"], 地区=c["地区"],
                 customer_type=c["customer_type"], 客户类型=c["客户类型"], project_manager=c["project_manager"],
                 project_id=session)
        r.update(kw)
        self.orders.append(r)
        return r

    def fb(self, c, t, topics, sent, tp, channel, rating=None, nps=None, no_ts=False, no_cust=False, **fmt):
        lang = c["lang"] if c else pick(["zh", "en"], [0.5, 0.5])
        parts = []
        for k in topics:
            block = TOPICS[k][0]
            s = sent if sent in block else next(iter(block))
            zh, en = block[s]
            parts.append(pick(zh if lang == "zh" else en))
        if not parts:
            zh, en = GENERIC["pos" if sent == "pos" else "neu"]
            parts.append(pick(zh if lang == "zh" else en))
        text = ("，" if lang == "zh" else ". ").join(parts)
        fmt.setdefault("c", "溅色")
        fmt.setdefault("n", ri(20, 160))
        fmt.setdefault("p", (PM_ZH[c["project_manager"]] if lang == "zh" else c["project_manager"]) if c else "")
        text = text.format(**fmt)
        if t is not None and (t > TEND or t < T0):
            return
        fid = self.nid("FB", 5)
        if no_cust:
            c = None
        self.feedback.append(dict(feedback_id=fid, text=text, ts=None if no_ts else t,
                                  customer_id=None if (no_cust or not c) else c["customer_id"], touchpoint_id=tp,
                                  channel=channel, rating=rating, nps=nps, language=lang,
                                  region=c["region"] if c else None, 地区=c["地区"] if c else None,
                                  customer_type=c["customer_type"] if c else None,
                                  project_manager=c["project_manager"] if c else None,
                                  项目经理=PM_ZH[c["project_manager"]] if c else None))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))


w = W()


# ---------------- customers ----------------
def make_customer(i, signup, existing):
    region = pickd({k: v[1] for k, v in REGIONS.items()})
    zh, _wt, cur, fx, lang, pms = REGIONS[region]
    if region == "hk_tw":
        cur, fx = pick([("HKD", 0.92), ("TWD", 0.22)])
    ctype = pickd({k: v[1] for k, v in CTYPES.items()})
    acq = pickd({k: v[1] for k, v in ACQ.items() if not (k == "xiaohongshu" and region not in ("mainland", "hk_tw"))})
    pm = pick(pms) if region != "mainland" else pick(pms, [0.5, 0.5])
    if region == "hk_tw" and chance(0.3):
        lang = "en"
    tier = "partner" if ctype in ("major_label", "indie_label") and chance(0.35 if existing else 0.1) else "standard"
    return dict(customer_id=f"C{i:05d}", signup_at=signup, region=region, 地区=zh, customer_type=ctype,
                客户类型=CTYPES[ctype][0], acquisition_channel=acq, 获客渠道=ACQ[acq][0], tier=tier,
                project_manager=pm, 项目经理=PM_ZH[pm], currency=cur, fx=fx, lang=lang, projects=0, cancels=0,
                last_order=None, existing=existing, issues=0)


RATE = {"major_label": 5.0, "indie_label": 2.4, "record_store": 1.8, "indie_artist": 0.7}


def spec_for(c):
    ct = c["customer_type"]
    fmt = pickd({"12in_lp": 0.55, "2lp": 0.15 if ct != "indie_artist" else 0.08, "7in_single": 0.18, "10in": 0.08})
    color_w = {"indie_artist": (0.5, 0.3, 0.2), "indie_label": (0.5, 0.3, 0.2), "record_store": (0.2, 0.4, 0.4),
               "major_label": (0.6, 0.25, 0.15)}[ct]
    color = pick(list(COLORS), color_w)
    qty = {"indie_artist": pick([100, 200, 300, 500], [0.2, 0.35, 0.3, 0.15]),
           "indie_label": pick([300, 500, 1000], [0.35, 0.45, 0.2]),
           "record_store": pick([200, 300, 500], [0.3, 0.4, 0.3]),
           "major_label": pick([1000, 2000, 3000, 5000], [0.35, 0.35, 0.2, 0.1])}[ct]
    weight = pick(["140g", "180g"], [0.45, 0.55])
    jacket = pick(["standard", "gatefold"], [0.78, 0.22])
    return fmt, color, qty, weight, jacket


def unit_price(fmt, color, qty, weight, jacket):
    p = FORMATS[fmt][1] + COLORS[color][1] + (3.0 if weight == "180g" else 0.0) + (6.0 if jacket == "gatefold" else 0)
    if qty >= 1000:
        p *= 0.82
    elif qty >= 500:
        p *= 0.92
    return p * u(0.97, 1.03)


# ---------------- one pressing project ----------------
def project(c, t_order, repress=False, first=False, variant=None):
    sess = w.nid("PJ", 5)
    fmt, color, qty, weight, jacket = spec_for(c)
    rush = chance(0.07)
    up = unit_price(fmt, color, qty, weight, jacket)
    setup = 0.0 if repress else (3800.0 if fmt != "2lp" else 6800.0)
    amount = (setup + qty * up) * (1.15 if rush else 1.0)
    spec = dict(format=fmt, 规格=FORMATS[fmt][0], vinyl_color=color, 颜色=COLORS[color][0], qty=qty, weight=weight,
                jacket=jacket, rush=rush, is_repress=repress)
    dev = pick(["pc", "pc", "pc", "ios", "android"])
    w.ev(c, t_order, "tp_order", "submit", sess, device=dev, channel="web", order_amount=round(amount, 2), **spec)
    c["projects"] += 1
    c["last_order"] = t_order
    dep = 0.3 if (variant == "deposit_30" or (variant is None and t_order >= datetime(2026, 1, 15))) else 0.5
    status = "paid"
    issues = []
    t = t_order
    cancel_reason = None
    rej_reason = None
    if not repress:
        t = later(t, 0.5, 6)
        if chance(0.08):
            w.ev(c, t, "tp_master_upload", "fail", sess, device="pc", channel="web",
                 master_issue=pick(["side_too_long", "clipping", "wrong_sample_rate"]), **spec)
            t = later(t, 1, 4)
        w.ev(c, t, "tp_master_upload", "success", sess, device="pc", channel="web", **spec)
        t = later(t, 1.5, 5)
        w.ev(c, t, "tp_lacquer", "cut", sess, cutting_engineer=pick(["Wu Lei", "Ana Souza"]), **spec)
        plate_d = u(3, 6) + (u(12, 18) if _backlog(t) else (u(3, 7) if between(t, "2025-09-15", "2025-12-20") else 0))
        if rush:
            plate_d *= 0.6
        t = later(t, plate_d, plate_d + 0.5)
        w.ev(c, t, "tp_plating", "stampers_ready", sess, **spec)
        if plate_d > 12:
            issues.append("leadtime")
            if chance(0.12):
                cancel_reason = "lead_time"
        rounds = 0
        while cancel_reason is None:
            rounds += 1
            t = later(t, 1, 3) if rounds == 1 else later(t, 6, 12)
            w.ev(c, t, "tp_test_press", "shipped", sess, test_round=rounds, **spec)
            t = later(t, 4, 13)
            p_rej = {"black": 0.09, "solid_color": 0.17, "effects": 0.38}[color] if rounds == 1 else 0.15
            if rounds >= 3:
                p_rej = 0.0
            if chance(p_rej):
                if color == "black":
                    reason = pickd({"surface_noise": 0.3, "inner_groove_distortion": 0.35, "skips": 0.2,
                                    "wrong_level": 0.15})
                else:
                    reason = pickd({"surface_noise": 0.68, "inner_groove_distortion": 0.14, "skips": 0.1,
                                    "wrong_level": 0.08})
                rej_reason = rej_reason or reason
                w.ev(c, t, "tp_tp_rejected", "reject", sess, device="pc", channel="web", test_round=rounds,
                     reject_reason=reason, 打回原因=REJECT_REASONS_ZH[reason], **spec)
                if reason == "surface_noise":
                    issues.append("noise")
                if rounds == 2 and chance(0.45):
                    cancel_reason = "test_press_quality"
            else:
                w.ev(c, t, "tp_tp_approved", "approve", sess, device="pc", channel="web", test_round=rounds, **spec)
                break
        if cancel_reason is None and chance(0.03):
            cancel_reason = pick(["budget", "release_delayed", "price"])
        if cancel_reason:
            t = later(t, 0.5, 4)
            w.ev(c, t, "tp_project_cancel", "cancel", sess, channel="email", cancel_reason=cancel_reason,
                 取消原因=CANCEL_ZH[cancel_reason], **spec)
            c["cancels"] += 1
            w.order(c, t_order, amount, "pressing", "cancelled", sess, deposit_share=dep, **spec)
            return dict(session=sess, issues=issues, t=t, cancelled=True, color=color)
    # production
    q_d = u(5, 14) + (u(8, 15) if between(t, "2025-10-15", "2025-12-20") else 0)
    if rush:
        q_d *= 0.5
    t = later(t, q_d, q_d + 0.5, 7, 22)
    line = "P4" if color == "effects" else (pick(["P1", "P2"]) if t < datetime(2025, 8, 15) else
                                            pick(["P1", "P2", "P3"], [0.25, 0.3, 0.45]))
    if qty >= 2000 and color != "effects" and t >= datetime(2025, 8, 15):
        line = "P3"
    run = 1
    while True:
        w.ev(c, t, "tp_production", "run", sess, press_line=line, run_no=run, **spec)
        t = later(t, 1, 3)
        p_fail = 0.05
        if line == "P3" and between(t, "2026-01-05", "2026-03-31") and run == 1:
            p_fail = 0.34
        if chance(p_fail):
            fault = ("off_centre" if chance(0.8) else "non_fill") if p_fail > 0.1 else \
                pick(["non_fill", "scuffs", "off_centre", "warp"], [0.35, 0.3, 0.15, 0.2])
            w.ev(c, t, "tp_qc", "fail", sess, press_line=line, run_no=run, qc_fault=fault,
                 scrap_rate=round(u(0.15, 0.6), 3), **spec)
            run += 1
            t = later(t, 3, 7, 7, 22)
            continue
        w.ev(c, t, "tp_qc", "pass", sess, press_line=line, run_no=run, scrap_rate=round(u(0.005, 0.04), 3), **spec)
        break
    if line == "P3" and between(t, "2026-01-05", "2026-03-31") and chance(0.18):
        issues.append("offcentre")
    t = later(t, 1, 5)
    w.ev(c, t, "tp_balance", "paid", sess, device=pick(["pc", "ios"]), channel="web",
         balance_amount=round(amount * (1 - dep), 2), **spec)
    w.order(c, t_order, amount, "pressing", "paid", sess, deposit_share=dep, **spec)
    # shipping
    t = later(t, 0.5, 3)
    reg = c["region"]
    if reg in ("mainland", "hk_tw"):
        carrier = "sf_express"
    elif reg == "japan":
        carrier = "dhl_express"
    elif reg == "europe":
        carrier = "sea_freight" if (qty >= 1000 or chance(0.3)) else "dhl_express"
    else:
        carrier = "sea_freight" if (qty >= 1000 or chance(0.25)) else "fedex"
    lo, hi = CARRIERS[carrier][1]
    promised = CARRIERS[carrier][2]
    ship_t = t
    w.ev(c, t, "tp_ship", "shipped", sess, carrier=carrier, 承运商=CARRIERS[carrier][0],
         promised_by=(t + timedelta(days=promised)).date().isoformat(), **spec)
    freight = {"sf_express": 120 + qty * 1.2, "dhl_express": 900 + qty * 9.0, "fedex": 900 + qty * 9.5,
               "sea_freight": 2600 + qty * 2.2}[carrier] * u(0.9, 1.1)
    w.order(c, t, freight, "freight", "paid", sess, carrier=carrier, **spec)
    transit = u(lo, hi)
    if carrier == "sea_freight" and between(t, "2025-11-01", "2026-01-31"):
        transit += u(5, 14)
    t = later(t, transit, transit + 0.3, 8, 20)
    late = t.date() > (ship_t + timedelta(days=promised)).date()
    damage_type, damaged = None, 0
    if carrier == "sea_freight":
        p_warp = 0.34 if _in_summer(t) else 0.04
        if chance(p_warp):
            damage_type, damaged = "warped", max(5, int(qty * u(0.04, 0.15)))
    elif chance({"sf_express": 0.03, "dhl_express": 0.06, "fedex": 0.07}[carrier]):
        damage_type, damaged = "crushed_corners", max(2, int(qty * u(0.01, 0.06)))
    dv = w.ev(c, t, "tp_delivered", "delivered", sess, carrier=carrier, 承运商=CARRIERS[carrier][0], late=late,
              damaged_units=damaged, damage_type=damage_type, **spec)
    if dv is not None and chance(0.012):
        w.events.append(dict(dv))  # the carrier webhook sent this delivery twice
    if damage_type == "warped":
        issues.append("warp")
    if damage_type == "crushed_corners" and chance(0.5):
        issues.append("jacket")
    if late and carrier == "sea_freight" and reg in ("europe", "north_america") and chance(0.35):
        issues.append("customs")
    elif reg in ("europe", "north_america") and chance(0.05):
        issues.append("customs")
    if damage_type and chance(0.8):
        tc = later(t, 1, 8)
        w.ev(c, tc, "tp_damage_claim", "filed", sess, device="pc", channel="email", claim_type=damage_type,
             damaged_units=damaged, carrier=carrier, **spec)
        rd = u(4, 14) + (u(8, 40) if carrier == "sea_freight" else 0)
        tr = later(tc, rd, rd + 0.5)
        res = pickd({"repress": 0.45, "refund": 0.35, "credit_note": 0.2})
        if chance(0.07):
            tr = TEND + timedelta(days=1)  # still open at the extract date
        w.ev(c, tr, "tp_claim_resolved", res, sess, channel="email", resolution=res, claim_type=damage_type,
             carrier=carrier, **spec)
        if res == "refund":
            w.order(c, tr, damaged * up, "damage_refund", "refunded", sess, carrier=carrier, **spec)
    if chance(0.04) and rej_reason is None:
        issues.append("jacket")
    return dict(session=sess, issues=issues, t=t, cancelled=False, color=color, carrier=carrier, line=line,
                rej=rej_reason)


# ---------------- feedback after a project ----------------
def project_feedback(c, res):
    issues = list(dict.fromkeys(res["issues"]))
    pm = c["project_manager"]
    if pm == "Zhou Hang" and chance(0.3):
        issues.append("pm")
        pm_sent = "neg"
    elif pm != "Zhou Hang" and chance(0.12 if pm == "Lin Xiaoman" else 0.05):
        issues.append("pm")
        pm_sent = "pos"
    else:
        pm_sent = None
    negs = [k for k in issues if k != "pm"]
    neg = bool(negs) or pm_sent == "neg"
    if neg and pm_sent == "pos":
        issues.remove("pm")
        pm_sent = None
    t = res["t"]
    if neg:
        base = 5.0 - 1.6 * len(negs) - (1.5 if pm_sent == "neg" else 0)
    else:
        base = 9.0 + (0.6 if pm_sent == "pos" else 0)
        if not res["cancelled"] and chance(0.22):
            issues.append("sound")
        elif chance(0.05):
            issues.append("jacket")
    if pm == "Zhou Hang":
        base -= 1.2
    topics = issues
    sent = "neg" if neg else "pos"
    if "jacket" in topics and not neg:
        sent = "pos"
    # survey (NPS) for delivered or cancelled projects
    if chance(0.42 if not res["cancelled"] else 0.3):
        nps = int(np.clip(round(base + rng.normal(0, 1.1)), 0, 10))
        rating = int(np.clip(round(nps / 2), 1, 5)) if chance(0.5) else None
        tp = TOPICS[topics[0]][1] if topics else "tp_survey"
        if topics and chance(0.2):
            topics_used = []
            sent_used = "neu"
        else:
            topics_used, sent_used = topics, sent
        w.fb(c, later(t, 2, 12), topics_used, sent_used if topics_used else ("pos" if nps >= 9 else "neu"),
             tp if topics_used else "tp_survey", "survey", rating=rating, nps=nps)
    # complaint tickets / emails for problems
    for k in negs:
        if chance(0.5):
            tp = TOPICS[k][1]
            ch = pick(["ticket", "email", "call_note"], [0.5, 0.3, 0.2])
            no_ts = ch == "call_note" and chance(0.6)
            w.fb(c, later(t, -3, 3) if k != "noise" else later(t, -25, -12), [k], "neg", tp, ch,
                 no_ts=no_ts)
    # portal review
    if chance(0.2):
        r = int(np.clip(round((base / 2.0) + rng.normal(0, 0.6)), 1, 5))
        tk = topics[:1] if topics and chance(0.7) else []
        s = ("neg" if r <= 2 else "pos") if tk else ("pos" if r >= 4 else "neu")
        if tk and TOPICS[tk[0]][0].get(s) is None:
            tk = []
            s = "pos" if r >= 4 else "neu"
        w.fb(c, later(t, 1, 20), tk, s, TOPICS[tk[0]][1] if tk else "tp_delivered", "portal_review", rating=r)


# ---------------- main simulation ----------------
def simulate():
    _check_templates()
    customers = []
    # existing clients (signed up before 2025)
    for i in range(1, 521):
        s = datetime(2023, 3, 1) + timedelta(days=u(0, 670))
        customers.append(make_customer(i, biz(s), True))
    # new leads 2025-01 .. 2026-06
    days = (TEND - T0).days
    leads = []
    i = 521
    for d in range(days + 1):
        day = T0 + timedelta(days=d)
        lam = 2.2 * (1 + 0.35 * d / days) * (1.35 if day.month in (8, 9, 10) else 1.0) * \
            (0.6 if (day.month == 2 and day.year == 2025 and day.day < 12) or
             (day.month == 2 and day.year == 2026 and 14 <= day.day <= 24) else 1.0)
        for _ in range(rng.poisson(lam)):
            c = make_customer(i, biz(day, 8, 23), False)
            i += 1
            customers.append(c)
            leads.append(c)
    # lead funnels
    for c in leads:
        t = c["signup_at"]
        sess = w.nid("LD", 5)
        dev = pick(["pc", "ios", "android"], [0.55, 0.3, 0.15])
        if c["acquisition_channel"] == "record_fair":
            w.ev(c, t, "tp_record_fair", "visit", sess, channel="store",
                 fair=pick(["Shanghai Vinyl Fair", "Utrecht Mega Record Fair", "Tokyo Record Fair",
                            "Guangzhou Record Fair", "Brooklyn Flea Records"]))
            t = later(t, 0, 9, 8, 23)
        w.ev(c, t, "tp_quote_tool", "calculate", sess, device=dev, channel="web",
             utm_source=c["acquisition_channel"])
        p_call = 0.40 if c["project_manager"] == "Zhou Hang" else 0.66
        if not chance(p_call):
            if c["project_manager"] == "Zhou Hang" and chance(0.08):
                w.fb(c, later(t, 1, 10), ["pm"], "neg", "tp_spec_call", "email")
            continue
        gap = u(2, 9) if c["project_manager"] == "Zhou Hang" else u(0.3, 3)
        t = later(t, gap, gap + 0.5)
        w.ev(c, t, "tp_spec_call", "call", sess, channel="phone", call_minutes=ri(10, 55))
        if not chance(0.9):
            continue
        t = later(t, 0.5, 4)
        variant = None
        if AB_START <= t <= AB_END:
            variant = pick(["deposit_30", "deposit_50"])
            w.exps.append(dict(experiment_id="deposit_terms_2025", variant=variant, customer_id=c["customer_id"],
                               assigned_at=t))
        dep = 0.3 if (variant == "deposit_30" or (variant is None and t >= datetime(2026, 1, 15))) else 0.5
        w.ev(c, t, "tp_quote", "sent", sess, channel="email", variant=variant, deposit_share=dep)
        p_ord = {"major_label": 0.62, "indie_label": 0.52, "record_store": 0.5, "indie_artist": 0.38}[
            c["customer_type"]]
        p_ord *= 1.18 if dep == 0.3 else 0.92
        if chance(p_ord):
            to = later(t, 1, 24) if chance(0.93) else later(t, 31, 50)
            if dep == 0.3 and chance(0.08):
                w.fb(c, later(to, 0, 3), ["deposit"], "pos", "tp_quote", "email")
            res = project(c, to, first=True, variant=variant)
            project_feedback(c, res)
        elif dep == 0.5 and chance(0.2):
            w.fb(c, later(t, 2, 14), ["deposit"], "neg", "tp_quote", pick(["email", "call_note"]))
    # repeat projects
    for c in customers:
        rate = RATE[c["customer_type"]] * (1.4 if c["tier"] == "partner" else 1.0)
        start = T0 - timedelta(days=90) if c["existing"] else (c["last_order"] + timedelta(days=45) if c["last_order"] else None)
        if start is None:
            continue
        t = start + timedelta(days=float(rng.exponential(365 / rate)))
        while t <= TEND:
            growth = 1.0 + 0.25 * (t - T0).days / 545
            if chance(min(1.0, growth / 1.25)) and not (c["cancels"] >= 2 and chance(0.7)):
                tq = biz(t)
                w.ev(c, tq, "tp_quote", "sent", w.nid("RQ", 5), channel="email")
                if chance(0.82):
                    repress = chance(0.35) and c["projects"] > 0
                    if repress:
                        w.ev(c, later(tq, -2, -0.5), "tp_repress_request", "request", None, channel="email")
                    res = project(c, later(tq, 1, 10), repress=repress)
                    project_feedback(c, res)
            t += timedelta(days=float(rng.exponential(365 / rate)))
    # support tickets (no feedback text, just contacts)
    for c in customers:
        if c["projects"] and chance(0.25):
            for _ in range(ri(1, 3)):
                tt = biz(T0 + timedelta(days=u(0, days)))
                w.ev(c, tt, "tp_support", "ticket", None, channel="email",
                     ticket_topic=pick(["test_press_status", "shipping_status", "invoice_copy", "customs_docs",
                                        "artwork_question"]))
    # social / forum posts (some without customer or ts)
    for _ in range(150):
        tk = pick([["sound"], ["noise"], ["warp"], ["leadtime"], [], ["jacket"]], [0.3, 0.2, 0.1, 0.2, 0.12, 0.08])
        sent = "pos" if (not tk or tk[0] in ("sound",)) else ("pos" if tk[0] == "jacket" and chance(0.5) else "neg")
        if not tk:
            sent = pick(["pos", "neu"])
        c = pick(customers) if chance(0.4) else None
        tt = biz(T0 + timedelta(days=u(0, days)))
        w.fb(c, tt, tk, sent, TOPICS[tk[0]][1] if tk else None, pick(["social", "forum"]),
             no_ts=chance(0.3), no_cust=True)
    # segments
    last_seen = {}
    for e in w.events:
        last_seen[e["customer_id"]] = max(last_seen.get(e["customer_id"], T0), e["ts"])
    for c in customers:
        if c["projects"] == 0:
            seg = "prospect" if not c["existing"] else "at_risk"
        elif c["cancels"] >= 2 or (c["last_order"] and (TEND - c["last_order"]).days > 300):
            seg = "at_risk"
        elif c["projects"] >= 5 or c["tier"] == "partner":
            seg = "vip"
        elif c["existing"] or c["projects"] >= 2:
            seg = "returning"
        else:
            seg = "new"
        c["segment"] = seg
    return customers


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                elif isinstance(v, bool):
                    v = "true" if v else "false"
                elif v is None:
                    v = ""
                out.append(v)
            wr.writerow(out)


TOUCHPOINTS = [  # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_record_fair", "唱片展摊位", "Record fair booth", "awareness", "store", "physical", "marketing",
     "展会|唱片市集|record fair|fair booth"),
    ("tp_quote_tool", "在线报价器", "Online quote calculator", "consideration", "web", "digital", "sales",
     "报价计算器|在线询价|quote calculator|price calculator|instant quote"),
    ("tp_spec_call", "规格沟通", "Spec call", "consideration", "phone", "digital", "project management",
     "规格沟通电话|需求沟通|spec call|consultation call|kickoff call"),
    ("tp_quote", "正式报价单", "Formal quote", "consideration", "email", "digital", "sales",
     "报价单|报价|quote|formal quote|estimate"),
    ("tp_order", "下单付定金", "Order & deposit", "purchase", "web", "digital", "sales",
     "下单|付定金|定金|order|deposit payment|booking"),
    ("tp_master_upload", "母带上传", "Master upload", "purchase", "web", "digital", "mastering",
     "上传母带|母带|master upload|audio upload|masters"),
    ("tp_lacquer", "刻片", "Lacquer cutting", "purchase", "other", "physical", "mastering",
     "刻漆盘|刻盘|lacquer|lacquer cut|cutting"),
    ("tp_plating", "电镀制模", "Plating & stampers", "purchase", "other", "physical", "plating",
     "电镀|制模|压模|stampers|plating|electroplating"),
    ("tp_test_press", "测试片寄出", "Test pressings shipped", "purchase", "other", "physical", "production",
     "寄测试片|测试片|TP|test pressing|test pressings|TPs"),
    ("tp_tp_approved", "测试片通过", "Test pressing approved", "purchase", "web", "digital", "production",
     "测试片确认|测试片签字|TP approval|test press sign-off|approved tests"),
    ("tp_tp_rejected", "测试片打回", "Test pressing rejected", "purchase", "web", "digital", "production",
     "测试片不通过|打回|TP rejection|rejected test pressing|failed tests"),
    ("tp_production", "量产压片", "Production run", "purchase", "other", "physical", "production",
     "量产|压片|正式压制|production run|pressing run|manufacturing"),
    ("tp_qc", "质检", "Quality check", "purchase", "other", "physical", "quality",
     "品检|QC|quality control|inspection"),
    ("tp_balance", "尾款支付", "Balance payment", "purchase", "web", "digital", "finance",
     "付尾款|尾款|balance|final payment|balance invoice"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics",
     "出货|寄出|shipping|dispatch|shipment"),
    ("tp_delivered", "到货签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|到货|收货|delivery|delivered|arrival"),
    ("tp_damage_claim", "破损理赔", "Damage claim", "service", "email", "digital", "customer service",
     "理赔|破损|索赔|damage claim|claim|damaged goods"),
    ("tp_claim_resolved", "理赔结案", "Claim resolved", "service", "email", "digital", "customer service",
     "结案|理赔处理|claim closed|claim resolution"),
    ("tp_support", "客服工单", "Support ticket", "service", "email", "digital", "customer service",
     "工单|客服|咨询|support|ticket|helpdesk"),
    ("tp_project_cancel", "项目取消", "Project cancelled", "service", "email", "digital", "sales",
     "取消订单|撤单|取消|cancellation|cancelled order|project cancelled"),
    ("tp_repress_request", "加印申请", "Repress request", "loyalty", "email", "digital", "sales",
     "加印|再版|返单|repress|reissue|reorder"),
    ("tp_survey", "结项调研", "Post-project survey", "loyalty", "email", "digital", "customer service",
     "满意度调研|问卷|NPS|survey|feedback survey"),
]
JOURNEYS = [
    ("quote_to_order", "询价到下单", "Quote to order", ["tp_quote_tool", "tp_spec_call", "tp_quote", "tp_order"], 30),
    ("test_pressing", "母带到测试片通过", "Master to test-pressing approval",
     ["tp_master_upload", "tp_lacquer", "tp_plating", "tp_test_press", "tp_tp_approved"], 60),
    ("fulfilment", "量产到签收", "Production to delivery", ["tp_production", "tp_qc", "tp_ship", "tp_delivered"], 60),
    ("claims", "破损理赔", "Damage claims", ["tp_damage_claim", "tp_claim_resolved"], 45),
]


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers = simulate()
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=a, name=f"{b} {c}", name_zh=b, name_en=c, stage=d, channel=e, kind=f, owner=g,
                aliases=h) for a, b, c, d, e, f, g, h in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j, journey_name=f"{zh} {en}", journey_name_zh=zh, journey_name_en=en, step=k + 1,
                touchpoint_id=tp, window_days=wd) for j, zh, en, steps, wd in JOURNEYS for k, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "地区", "acquisition_channel", "获客渠道", "tier",
           "customer_type", "客户类型", "project_manager", "项目经理", "currency", "lang"])
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "region", "地区", "customer_type", "客户类型", "project_manager", "项目经理", "format", "规格",
               "vinyl_color", "颜色", "qty", "weight", "jacket", "rush", "is_repress", "order_amount", "master_issue",
               "cutting_engineer", "test_round", "reject_reason", "打回原因", "press_line", "run_no", "qc_fault",
               "scrap_rate", "balance_amount", "carrier", "承运商", "promised_by", "late", "damaged_units",
               "damage_type", "claim_type", "resolution", "cancel_reason", "取消原因", "ticket_topic", "fair",
               "utm_source", "call_minutes", "variant", "deposit_share"]
    evs = sorted(w.events, key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", evs, ev_cols)
    write(out / "orders.csv", sorted(w.orders, key=lambda r: r["ts"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "currency", "amount_local",
           "region", "地区", "customer_type", "客户类型", "project_manager", "project_id", "format", "规格",
           "vinyl_color", "颜色", "qty", "is_repress", "deposit_share", "carrier"])
    write(out / "feedback.csv", w.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "地区", "customer_type", "project_manager", "项目经理"])
    write(out / "experiments.csv", w.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(customers)} events {len(w.events)} orders {len(w.orders)} feedback {len(w.feedback)} "
          f"experiments {len(w.exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
