"""Generate the ParkEasy 停好 (city parking app) held-out dataset.

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback as CSV) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic of each comment; not a DATA.md table, ingest ignores
it; gold.py uses it only to check its text markers). Fixed seed, numpy, deterministic, a few seconds.
Data covers 2025-01-01 .. 2026-07-31 (historical relative to 2026-12-01).
"""
from __future__ import annotations

import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

RNG = np.random.default_rng(20260731)
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)

# ---------------------------------------------------------------- reference data
# code: (zh name, English twin, city, parking_type, EV chargers, CNY per started hour, monthly pass CNY)
GARAGES = {
    "SH01": ("静安寺地下停车场", "Jing'an Temple Underground Garage", "Shanghai", "garage", True, 15, 900),
    "SH02": ("陆家嘴中心停车楼", "Lujiazui Centre Car Park", "Shanghai", "garage", True, 15, 900),
    "SH03": ("虹桥枢纽P9停车场", "Hongqiao Hub P9 Car Park", "Shanghai", "garage", True, 12, 800),
    "SH04": ("南京西路路内泊位", "West Nanjing Road Street Parking", "Shanghai", "street", False, 12, None),
    "BJ01": ("国贸商城停车场", "China World Mall Garage", "Beijing", "garage", True, 12, 850),
    "BJ02": ("望京SOHO停车场", "Wangjing SOHO Garage", "Beijing", "garage", True, 10, 750),
    "BJ03": ("中关村广场停车场", "Zhongguancun Plaza Garage", "Beijing", "garage", True, 10, 700),
    "BJ04": ("三里屯路内泊位", "Sanlitun Street Parking", "Beijing", "street", False, 10, None),
    "SZ01": ("福田CBD停车场", "Futian CBD Garage", "Shenzhen", "garage", True, 10, 700),
    "SZ02": ("南山科技园停车场", "Nanshan Science Park Garage", "Shenzhen", "garage", True, 8, 600),
    "SZ03": ("华强北路内泊位", "Huaqiangbei Street Parking", "Shenzhen", "street", False, 8, None),
    "GZ01": ("天河城停车场", "Tianhe City Garage", "Guangzhou", "garage", True, 10, 650),
    "GZ02": ("珠江新城停车场", "Zhujiang New Town Garage", "Guangzhou", "garage", True, 8, 600),
    "GZ03": ("上下九路内泊位", "Shangxiajiu Street Parking", "Guangzhou", "street", False, 8, None),
    "HZ01": ("西湖银泰停车场", "West Lake Intime Garage", "Hangzhou", "garage", True, 8, 550),
    "HZ02": ("钱江新城停车场", "Qianjiang New Town Garage", "Hangzhou", "garage", True, 8, 550),
    "HZ03": ("武林路路内泊位", "Wulin Road Street Parking", "Hangzhou", "street", False, 6, None),
}
CITIES = ["Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou"]
CITY_P = [0.28, 0.24, 0.18, 0.16, 0.14]
CITY_GARAGES = {c: [k for k, g in GARAGES.items() if g[2] == c and g[3] == "garage"] for c in CITIES}
CITY_STREET = {c: [k for k, g in GARAGES.items() if g[2] == c and g[3] == "street"][0] for c in CITIES}
EV_SHARE = {"Shanghai": 0.30, "Beijing": 0.25, "Shenzhen": 0.45, "Guangzhou": 0.30, "Hangzhou": 0.32}
CHANNELS = ["app_store", "douyin_ads", "wechat_mini_program", "referral", "mall_partner", "street_sign"]
CH_P = [0.30, 0.18, 0.17, 0.12, 0.13, 0.10]
P_PAYBIND = {"app_store": 0.74, "douyin_ads": 0.48, "wechat_mini_program": 0.80, "referral": 0.88,
             "mall_partner": 0.74, "street_sign": 0.70}
DEVICES = ["ios", "android", "harmonyos"]
DEV_P = [0.42, 0.43, 0.15]
PAY_METHODS = ["wechat_pay", "alipay", "unionpay", "credit_card"]
PAY_P = [0.50, 0.35, 0.08, 0.07]
MONTH_W = {1: 1.0, 2: 0.62, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.0, 7: 1.05, 8: 1.0, 9: 1.0, 10: 0.85, 11: 1.0, 12: 1.05}

# planted patterns
CAM_FAIL = ("BJ02", datetime(2026, 3, 1), datetime(2026, 4, 1))      # 望京SOHO gate camera failing in March 2026
EV_FAULT = ("SZ02", datetime(2026, 4, 1), datetime(2026, 7, 1))      # 南山科技园 chargers broken Q2 2026
FULL_WRONG = ("GZ01", datetime(2026, 4, 15), datetime(2026, 6, 20))  # 天河城 shows free spaces when full
SLOW_REVIEW_CITY = "Guangzhou"                                        # disputes reviewed slowly
TIMEOUT_GARAGE = "SH03"                                               # 虹桥P9 underground: payment timeouts

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "抖音广告|信息流广告|ad|ads click|douyin ad"),
    ("tp_app_install", "下载安装App", "App install", "awareness", "app", "digital", "growth",
     "下载|安装|装App|install|download|app download"),
    ("tp_register", "注册账号", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|开户|手机号注册|register|registration|sign up|signup"),
    ("tp_add_plate", "绑定车牌", "Add licence plate", "consideration", "app", "digital", "product",
     "添加车牌|绑车牌|登记车牌|add plate|add car|license plate|licence plate"),
    ("tp_add_payment", "绑定支付方式", "Add payment method", "consideration", "app", "digital", "payments",
     "绑卡|开通无感支付|免密支付|绑定微信支付|add card|payment method|autopay"),
    ("tp_find_space", "查找车位", "Find a space", "consideration", "app", "digital", "product",
     "找车位|查空位|余位查询|空车位|search parking|find parking|free spaces"),
    ("tp_garage_full", "车场已满", "Garage full on arrival", "purchase", "other", "physical", "operations",
     "满位|没车位|车位已满|full|no spaces|turned away"),
    ("tp_gate_error", "闸口识别失败", "Gate error", "purchase", "other", "physical", "operations",
     "道闸故障|抬杆失败|车牌识别失败|识别不了车牌|gate failure|plate not recognised|barrier"),
    ("tp_entry", "入场停车", "Park (entry)", "purchase", "other", "physical", "operations",
     "入场|进场|开始停车|停车|泊车|park|entry|parking session|check-in"),
    ("tp_ev_charge", "充电加购", "EV charging add-on", "purchase", "other", "physical", "ev",
     "充电|充电服务|EV charging|charging add-on|charge"),
    ("tp_charger_fault", "充电桩故障", "Charger fault", "service", "other", "physical", "ev",
     "充电桩坏了|充电中断|charger broken|charger fault|charging failed"),
    ("tp_exit", "出场", "Exit", "purchase", "other", "physical", "operations",
     "离场|出闸|驶离|exit|leave|check-out"),
    ("tp_pay", "缴费", "Pay parking fee", "purchase", "app", "digital", "payments",
     "付款|支付停车费|交停车费|缴停车费|payment|pay|checkout"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付超时|付款失败|扣款失败|payment timeout|payment failure|declined"),
    ("tp_pass_page", "月卡详情页", "Monthly pass page", "loyalty", "app", "digital", "product",
     "月卡页面|月租页面|看月卡|monthly pass page|pass offer"),
    ("tp_pass_buy", "购买月卡", "Buy monthly pass", "loyalty", "app", "digital", "product",
     "开通月卡|办月卡|月租|续月卡|monthly pass|season ticket|buy pass"),
    ("tp_dispute", "费用申诉", "Fee dispute", "service", "app", "digital", "customer_service",
     "申诉|投诉收费|账单异议|dispute|fee complaint|appeal|charge dispute"),
    ("tp_dispute_review", "申诉审核", "Dispute review", "service", "phone", "digital", "customer_service",
     "审核|客服审核|处理申诉|review|dispute handling"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "customer_service",
     "退费|退钱|返还|refund|money back"),
]
JOURNEYS = [
    # id, zh, en, steps, window days
    ("onboarding", "新用户开通到首停", "New driver onboarding to first park",
     ["tp_app_install", "tp_register", "tp_add_plate", "tp_add_payment", "tp_entry"], 30),
    ("find_to_park", "找车位到入场", "Find a space to park", ["tp_find_space", "tp_entry"], 1),
    ("monthly_pass", "月卡购买", "Monthly pass purchase", ["tp_pass_page", "tp_pass_buy"], 7),
    ("dispute", "费用申诉到退款", "Fee dispute to refund", ["tp_dispute", "tp_dispute_review", "tp_refund"], 30),
]

# ---------------------------------------------------------------- feedback templates
# topic -> (zh templates, en templates); {g} garage name (zh / en)
FB = {
    "plate": ([
        "{g}入口车牌识别不了，抬杆等了快十分钟，后面一排车在按喇叭",
        "车牌识别又失败了，{g}的摄像头是不是坏了？每天早上都卡在闸口",
        "在{g}进场时系统识别不出我的车牌，只能叫保安手动开闸",
        "闸口车牌识别太差了，新能源绿牌根本识别不出来",
        "车牌识别失败，入场时间还被记晚了，体验很差",
    ], [
        "The camera at {g} would not recognise my plate, waited ages at the barrier.",
        "Plate recognition failed again at the entry gate of {g}, staff had to open it manually.",
        "Gate could not read my licence plate, queue of cars behind me. Fix the camera!",
    ]),
    "overcharged": ([
        "停了一个多小时被收了三个小时的钱，明显多收了",
        "{g}收费不对，入场时间记错了，多收我四十块",
        "同一次停车扣了两次钱，申诉了还没退",
        "路边停车按整小时算，才停二十分钟扣了一小时，多收费",
        "账单金额和实际停车时长对不上，多收了钱，请尽快处理",
    ], [
        "I was overcharged at {g}: parked 50 minutes, billed for 3 hours.",
        "Charged twice for the same parking session, please refund.",
        "The fee doesn't match my parking time, clearly overcharged.",
    ]),
    "free_space": ([
        "App上显示有空位，开到{g}才发现早就满了，白跑一趟",
        "明明显示有车位，到了门口保安说满了，余位数据根本不准",
        "{g}显示有30多个空位，结果绕了三圈一个都没有",
    ], [
        "The app showed free spaces at {g} but the garage was full when I arrived.",
        "App said there were spaces available, drove there and it was completely full. Useless.",
    ]),
    "payment_timeout": ([
        "出口缴费一直支付超时，后面排了好几辆车",
        "在{g}地下没信号，支付超时三次才付成功",
        "支付超时，页面一直转圈，出不去闸",
        "付款的时候支付超时了，钱扣了没有到账，闸也不开",
    ], [
        "Payment timed out three times at the exit of {g}, no signal underground.",
        "Payment kept timing out at the exit, had to block the lane for 5 minutes.",
    ]),
    "ev_broken": ([
        "{g}的充电桩坏了，充了十分钟就断了，钱还扣了",
        "充电桩故障，显示充电中其实根本没充进去",
        "好几个充电桩都坏了，插上没反应，白交了加购费用",
    ], [
        "The EV charger at {g} was broken, stopped after 10 minutes and still charged me.",
        "Charger not working again, paid the charging add-on and got nothing.",
    ]),
    "praise": ([
        "很方便，出场自动扣费不用排队，点赞",
        "{g}停车很顺畅，找车位也快，推荐",
        "无感支付很方便，比以前扫码缴费快多了",
        "整体体验不错，价格也合理",
    ], [
        "Very convenient, the gate opened automatically and payment was instant.",
        "Smooth experience at {g}, easy to find a spot.",
        "Great app, much easier than paying at the machine.",
    ]),
    "pass_value": ([
        "月卡很划算，每天上班停车省了不少钱",
        "办了{g}的月卡，进出自动抬杆，很省心",
    ], [
        "The monthly pass is good value for my daily commute.",
        "Monthly pass at {g} saves me a lot, would recommend.",
    ]),
    "other": ([
        "车位太窄了，停进去开门都困难",
        "地库指示牌不清楚，找出口找了半天",
        "客服电话很难打通",
        "地库灯光太暗，有点不安全",
    ], [
        "Spaces are too narrow, hard to open the door.",
        "Signs to the exit are confusing.",
        "Customer service hotline never picks up.",
    ]),
}
RATING = {"plate": (1, 3), "overcharged": (1, 2), "free_space": (1, 2), "payment_timeout": (1, 3),
          "ev_broken": (1, 2), "praise": (4, 5), "pass_value": (4, 5), "other": (2, 3)}
TOPIC_TP = {"plate": "tp_gate_error", "overcharged": "tp_pay", "free_space": "tp_find_space",
            "payment_timeout": "tp_pay_fail", "ev_broken": "tp_charger_fault", "praise": "tp_exit",
            "pass_value": "tp_pass_buy", "other": "tp_exit"}


def rint(lo, hi):
    return int(RNG.integers(lo, hi + 1))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self):
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.customers: list[dict] = []
        self.n_ev = 0
        self.n_sess = 0
        self.n_disp = 0

    # ------------------------------------------------------------ helpers
    def ev(self, c, t, tp, action, sess=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        app = tp in ("tp_app_install", "tp_register", "tp_add_plate", "tp_add_payment", "tp_find_space", "tp_pay",
                     "tp_pay_fail", "tp_pass_page", "tp_pass_buy", "tp_dispute", "tp_refund")
        ch = "ads" if tp == "tp_ad_click" else ("phone" if tp == "tp_dispute_review" else (
            (c["app_channel"] if app else "other")))
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=sess, action=action, device=c["device"] if (app or tp == "tp_ad_click") else None,
                   channel=ch)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, status, product, sess=None, g=None, **kw):
        if t > END:
            return
        row = dict(order_id=f"O{len(self.orders) + 1:06d}", customer_id=c["customer_id"], ts=fmt(t),
                   amount=round(amount, 2), status=status, channel=c["app_channel"], device=c["device"],
                   product=product, session_id=sess)
        if g:
            G = GARAGES[g]
            row.update(garage=G[0], garage_en=G[1], city=G[2])
        row.update(kw)
        self.orders.append(row)

    def fb(self, c, t, topic, channel, g=None, rating=True, lang=None, no_ts=False):
        if t is not None and t > END:
            return
        if lang is None:
            p_en = 0.30 if c and c["city"] in ("Shanghai", "Shenzhen") else 0.15
            lang = "en" if RNG.random() < p_en else "zh"
        zh, en = FB[topic]
        tpl = zh[rint(0, len(zh) - 1)] if lang == "zh" else en[rint(0, len(en) - 1)]
        name = "停车场" if lang == "zh" else "the garage"
        if g:
            name = GARAGES[g][0] if lang == "zh" else GARAGES[g][1]
        text = tpl.replace("{g}", name)
        lo, hi = RATING[topic]
        row = dict(feedback_id=f"F{len(self.feedback) + 1:05d}", text=text,
                   ts=None if (no_ts or t is None) else fmt(t), customer_id=c["customer_id"] if c else None,
                   touchpoint_id=TOPIC_TP[topic], channel=channel,
                   rating=rint(lo, hi) if rating else None,
                   garage=GARAGES[g][0] if g else None, garage_en=GARAGES[g][1] if g else None,
                   city=GARAGES[g][2] if g else (c["city"] if c else None))
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=row["feedback_id"], topic=topic, lang=lang))

    # ------------------------------------------------------------ one parking session
    def session(self, c, g, t_in, billing, duration):
        G = GARAGES[g]
        self.n_sess += 1
        sid = f"P{self.n_sess:06d}"
        base = dict(garage=G[0], garage_en=G[1], city=G[2], parking_type=G[3])
        gate_err = None
        t = t_in
        # find a space in the app first (pay-per-use drivers, sometimes)
        if billing == "pay_per_use" and G[3] == "garage" and RNG.random() < 0.35:
            wrong = FULL_WRONG[0] == g and FULL_WRONG[1] <= t_in < FULL_WRONG[2]
            t_find = t_in - timedelta(minutes=rint(8, 35))
            self.ev(c, t_find, "tp_find_space", "view", sid, shown_free_spaces=rint(5, 60), **base)
            p_full = 0.42 if wrong else 0.04
            if RNG.random() < p_full:
                self.ev(c, t_find + timedelta(minutes=rint(10, 30)), "tp_garage_full", "turned_away", sid, **base)
                if wrong and RNG.random() < 0.45:
                    self.fb(c, t_find + timedelta(hours=rint(1, 20)), "free_space", "app_review", g)
                elif RNG.random() < 0.06:
                    self.fb(c, t_find + timedelta(hours=rint(1, 20)), "free_space", "app_review", g)
                return  # the driver went elsewhere (not parked with us this time)
        if G[3] == "garage":
            cam = CAM_FAIL[0] == g and CAM_FAIL[1] <= t_in < CAM_FAIL[2]
            p_err = 0.34 if cam else 0.03
            if RNG.random() < p_err:
                r = RNG.random()
                if cam:
                    gate_err = "plate_not_recognised" if r < 0.93 else ("barrier_fault" if r < 0.97 else "network_offline")
                else:
                    gate_err = ["plate_not_recognised", "barrier_fault", "network_offline"][
                        int(np.searchsorted([0.65, 0.85], r))]
                self.ev(c, t, "tp_gate_error", "fail", sid, gate_error=gate_err, **base)
                t = t + timedelta(minutes=rint(4, 18) if cam else rint(2, 8))
        ok = self.ev(c, t, "tp_entry", "enter", sid, billing=billing,
                     entry_method="manual" if gate_err else ("camera" if G[3] == "garage" else "app"), **base)
        if not ok:
            return
        t_out = t + timedelta(minutes=duration)
        # EV charging add-on
        charge = None
        if c["car_type"] == "EV" and G[4] and RNG.random() < 0.38:
            fault_win = EV_FAULT[0] == g and EV_FAULT[1] <= t < EV_FAULT[2]
            kwh = round(float(RNG.uniform(8, 45)), 1)
            t_ch = t + timedelta(minutes=rint(2, 10))
            self.ev(c, t_ch, "tp_ev_charge", "start", sid, kwh=kwh, **base)
            fault = RNG.random() < (0.38 if fault_win else 0.04)
            if fault:
                self.ev(c, t_ch + timedelta(minutes=rint(5, 40)), "tp_charger_fault", "fail", sid, **base)
            charge = (kwh, fault)
        if t_out > END:
            return
        fee = 0.0
        rate = G[5]
        if billing == "pay_per_use" and duration > 15:
            hours = math.ceil(duration / 60)
            if G[3] == "garage":
                days, rem = divmod(hours, 24)
                fee = days * rate * 8 + min(rem, 8) * rate
            else:
                fee = math.ceil(duration / 30) * rate / 2
        self.ev(c, t_out, "tp_exit", "exit", sid, billing=billing, duration_minutes=duration,
                fee=fee if billing == "pay_per_use" else 0.0, **base)
        # payment (fee > 0 only; pass sessions open the barrier automatically)
        t_pay = t_out - timedelta(minutes=1) if G[3] == "garage" else t_out
        pay_order_id = None
        pm = c["pay_method"] if RNG.random() < 0.9 else PAY_METHODS[rint(0, 3)]
        if fee > 0:
            p_fail = 0.20 if g == TIMEOUT_GARAGE else (0.07 if pm == "credit_card" else 0.025)
            tries = 0
            while RNG.random() < p_fail and tries < 2:
                err = "timeout" if (g == TIMEOUT_GARAGE or RNG.random() < 0.6) else "card_declined"
                if pm == "credit_card" and g != TIMEOUT_GARAGE and RNG.random() < 0.6:
                    err = "card_declined"
                self.ev(c, t_pay, "tp_pay_fail", "fail", sid, pay_method=pm, pay_error=err, amount=fee, **base)
                if tries == 0 and RNG.random() < (0.10 if g == TIMEOUT_GARAGE else 0.05):
                    self.fb(c, t_pay + timedelta(hours=rint(1, 30)), "payment_timeout",
                            "survey" if RNG.random() < 0.5 else "app_review", g)
                t_pay += timedelta(seconds=rint(40, 180))
                tries += 1
            self.ev(c, t_pay, "tp_pay", "success", sid, pay_method=pm, amount=fee, **base)
            pay_order_id = f"O{len(self.orders) + 1:06d}"
            self.order(c, t_pay, fee, "paid", "parking_fee", sid, g, duration_minutes=duration,
                       pay_method=pm, billing=billing)
        if charge:  # the charging add-on is billed with the session (auto-debit when there is no parking fee)
            kwh, fault = charge
            self.order(c, t_pay, kwh * 1.6, "refunded" if fault else "paid", "ev_charging", sid, g,
                       duration_minutes=duration, pay_method=pm, kwh=kwh, billing=billing)
            if fault and RNG.random() < 0.6:
                self.fb(c, t_pay + timedelta(hours=rint(1, 48)), "ev_broken",
                        "survey" if RNG.random() < 0.6 else "app_review", g)
        # feedback about the gate
        if gate_err == "plate_not_recognised" and RNG.random() < 0.22:
            self.fb(c, t + timedelta(hours=rint(1, 30)), "plate", "survey" if RNG.random() < 0.6 else "app_review", g)
        # disputes on paid sessions
        if pay_order_id:
            p_disp = 0.15 if gate_err else (0.035 if G[3] == "street" else 0.012)
            if RNG.random() < p_disp:
                self.dispute(c, t_pay, g, sid, pay_order_id, gate_err)
            elif RNG.random() < 0.035:
                topic = "praise" if RNG.random() < 0.72 else "other"
                self.fb(c, t_pay + timedelta(hours=rint(1, 40)), topic, "survey", g)
        elif billing == "monthly_pass" and RNG.random() < 0.012:
            self.fb(c, t_out + timedelta(hours=rint(1, 40)), "pass_value", "survey", g)

    def dispute(self, c, t_pay, g, sid, oid, gate_err):
        G = GARAGES[g]
        base = dict(garage=G[0], garage_en=G[1], city=G[2], parking_type=G[3])
        self.n_disp += 1
        did = f"D{self.n_disp:05d}"
        reason = ("entry_time_wrong" if gate_err else
                  ["overcharged", "double_charge", "wrong_plate"][int(np.searchsorted([0.62, 0.85], RNG.random()))])
        t = t_pay + timedelta(minutes=rint(20, 60 * 72))
        if not self.ev(c, t, "tp_dispute", "submit", sid, dispute_id=did, dispute_reason=reason, **base):
            return
        if RNG.random() < 0.55:
            self.fb(c, t + timedelta(minutes=rint(1, 10)), "overcharged", "ticket", g, rating=False)
        mean_h = 92 if G[2] == SLOW_REVIEW_CITY else 24
        rh = round(float(max(1.0, RNG.gamma(2.5, mean_h / 2.5))), 1)
        t_r = t + timedelta(hours=rh)
        approved = RNG.random() < (0.85 if reason == "entry_time_wrong" else 0.64)
        if not self.ev(c, t_r, "tp_dispute_review", "approved" if approved else "rejected", sid, dispute_id=did,
                       dispute_reason=reason, review_result="approved" if approved else "rejected",
                       review_hours=rh, **base):
            return
        if approved:
            t_f = t_r + timedelta(hours=round(float(RNG.uniform(0.5, 20)), 2))
            if self.ev(c, t_f, "tp_refund", "success", sid, dispute_id=did, **base):
                self.refund_ids.add(oid)

    # ------------------------------------------------------------ one customer
    def customer(self, i):
        cid = f"C{i:05d}"
        city = CITIES[int(RNG.choice(5, p=CITY_P))]
        ch = CHANNELS[int(RNG.choice(6, p=CH_P))]
        dev = DEVICES[int(RNG.choice(3, p=DEV_P))]
        car = "EV" if RNG.random() < EV_SHARE[city] else "petrol"
        # installs grow over time
        span = (END - START).days - 10
        day = int(span * RNG.random() ** 0.8)
        t = START + timedelta(days=day, hours=rint(7, 22), minutes=rint(0, 59), seconds=rint(0, 59))
        c = dict(customer_id=cid, city=city, device=dev, car_type=car, app_channel="mini_program"
                 if ch == "wechat_mini_program" else "app", pay_method=PAY_METHODS[int(RNG.choice(4, p=PAY_P))])
        cust = dict(customer_id=cid, signup_at=None, segment=None, region=city, acquisition_channel=ch,
                    car_type=car, device=dev)
        self.customers.append(cust)
        if ch == "douyin_ads":
            self.ev(c, t - timedelta(minutes=rint(1, 30)), "tp_ad_click", "click")
        self.ev(c, t, "tp_app_install", "install")
        parks = []
        if RNG.random() > 0.86:
            cust["segment"] = "never_parked"
            return
        t += timedelta(minutes=rint(1, 90))
        if not self.ev(c, t, "tp_register", "submit"):
            cust["segment"] = "never_parked"
            return
        cust["signup_at"] = fmt(t)
        if RNG.random() > 0.86:
            cust["segment"] = "never_parked"
            return
        t += timedelta(minutes=rint(2, 60 * 30))
        if not self.ev(c, t, "tp_add_plate", "submit"):
            cust["segment"] = "never_parked"
            return
        if RNG.random() > P_PAYBIND[ch]:
            cust["segment"] = "never_parked"
            return
        t += timedelta(minutes=rint(2, 60 * 60))
        if not self.ev(c, t, "tp_add_payment", "success", pay_method=c["pay_method"]):
            cust["segment"] = "never_parked"
            return
        r = RNG.random()
        if r < 0.06:
            cust["segment"] = "never_parked"
            return
        delay = float(RNG.exponential(5.0)) if r < 0.88 else float(RNG.uniform(31, 75))
        first = t + timedelta(days=delay)
        # parking habits
        home = CITY_GARAGES[city][int(RNG.integers(0, len(CITY_GARAGES[city])))]
        commuter = RNG.random() < 0.25
        lam = float(RNG.lognormal(math.log(1.9), 0.5)) * (1.15 if car == "EV" else 1.0) * (1.5 if commuter else 1.0)
        life_m = float(RNG.exponential(14.0))
        stop = min(END, first + timedelta(days=30 * life_m))
        # pass purchase
        pass_months = []
        if RNG.random() < (0.62 if commuter else 0.10):
            tp = first + timedelta(days=float(RNG.uniform(3, 90)))
            if tp < stop and self.ev(c, tp, "tp_pass_page", "view", garage=GARAGES[home][0],
                                     garage_en=GARAGES[home][1], city=city):
                if RNG.random() < (0.55 if commuter else 0.15):
                    tb = tp + timedelta(hours=float(RNG.uniform(0.05, 24 * 6)))
                    k = 0
                    while tb < stop and tb <= END:
                        price = GARAGES[home][6]
                        self.ev(c, tb, "tp_pass_buy", "success", garage=GARAGES[home][0],
                                garage_en=GARAGES[home][1], city=city, pass_price=price, renewal=k > 0)
                        self.order(c, tb, price, "paid", "monthly_pass", None, home, pay_method=c["pay_method"],
                                   billing="monthly_pass")
                        pass_months.append((tb, tb + timedelta(days=30)))
                        if RNG.random() > 0.84:
                            break
                        tb = tb + timedelta(days=30, minutes=rint(-600, 600))
                        k += 1
                elif RNG.random() < 0.4:  # looked again later
                    self.ev(c, tp + timedelta(days=rint(10, 60)), "tp_pass_page", "view",
                            garage=GARAGES[home][0], garage_en=GARAGES[home][1], city=city)
        # pay-per-use sessions: Poisson process
        t = first
        first_done = False
        while t < stop:
            if first_done:
                gap = float(RNG.exponential(30.0 / lam))
                t = t + timedelta(days=gap)
                if t >= stop:
                    break
                if RNG.random() > MONTH_W[t.month]:
                    continue
            in_pass = any(a <= t < b for a, b in pass_months)
            if first_done:
                lo = 18 if (in_pass and t.weekday() < 5) else 7
                t = t.replace(hour=rint(lo, 22), minute=rint(0, 59), second=rint(0, 59))
            r = RNG.random()
            g = home if r < 0.55 else (CITY_STREET[city] if r < 0.78 else
                                       CITY_GARAGES[city][int(RNG.integers(0, len(CITY_GARAGES[city])))])
            if in_pass and g == home:
                g = CITY_STREET[city]
            dur = int(max(3, RNG.lognormal(math.log(105 if GARAGES[g][3] == "garage" else 55), 0.75)))
            if GARAGES[g][3] == "garage" and RNG.random() < 0.015:
                dur = rint(24 * 60, 60 * 60)  # left overnight / a long trip
            self.session(c, g, t, "pay_per_use", dur)
            parks.append(t)
            first_done = True
        # commuting with a pass: weekdays at the pass garage
        for a, b in pass_months:
            d = a.replace(hour=0, minute=0, second=0) + timedelta(days=1)
            while d < b and d <= END:
                if d.weekday() < 5 and RNG.random() < 0.62:
                    t_in = d + timedelta(hours=8, minutes=int(RNG.normal(40, 25)))
                    dur = int(max(60, RNG.normal(560, 70)))
                    self.session(c, home, t_in, "monthly_pass", dur)
                    parks.append(t_in)
                d += timedelta(days=1)
        # segment at the end of the data
        last = max(parks) if parks else None
        if last is None or first > END:
            cust["segment"] = "never_parked"
        elif any(a <= END < b for a, b in pass_months):
            cust["segment"] = "pass_holder"
        elif last >= END - timedelta(days=60):
            cust["segment"] = "active"
        else:
            cust["segment"] = "lapsed"

    # ------------------------------------------------------------ app reviews not tied to a session
    def app_reviews(self):
        cust = [c for c in self.customers]
        n = 260
        for _ in range(n):
            cc = cust[rint(0, len(cust) - 1)]
            c = dict(customer_id=cc["customer_id"], city=cc["region"])
            topic = ["praise", "other", "payment_timeout", "plate", "overcharged"][
                int(RNG.choice(5, p=[0.45, 0.2, 0.12, 0.1, 0.13]))]
            t = START + timedelta(days=float(RNG.uniform(20, (END - START).days)))
            self.fb(c if RNG.random() < 0.8 else None, t, topic, "app_review", None,
                    no_ts=RNG.random() < 0.3)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.refund_ids = set()
    for i in range(1, 3201):
        g.customer(i)
    g.app_reviews()
    # some survey comments lose their date (exported from an old survey tool)
    for row in g.feedback:
        if row["channel"] == "survey" and row["ts"] and RNG.random() < 0.04:
            row["ts"] = None
    for o in g.orders:
        if o["order_id"] in g.refund_ids:
            o["status"] = "refunded"

    tps = pd.DataFrame([dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                             kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jr = pd.DataFrame([dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                            step=k + 1, touchpoint_id=tp, window_days=j[4])
                       for j in JOURNEYS for k, tp in enumerate(j[3])])
    ev = pd.DataFrame(g.events)
    ev = ev.sort_values(["ts", "event_id"]).reset_index(drop=True)
    dup = ev.sample(n=90, random_state=7)
    ev = pd.concat([ev, dup]).sort_values(["ts", "event_id"]).reset_index(drop=True)
    for col in ("duration_minutes", "shown_free_spaces"):
        ev[col] = ev[col].astype("Int64")
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "garage",
            "garage_en", "city", "parking_type", "billing", "entry_method", "gate_error", "duration_minutes", "fee",
            "amount", "pay_method", "pay_error", "kwh", "shown_free_spaces", "pass_price", "renewal", "dispute_id",
            "dispute_reason", "review_result", "review_hours"]
    ev = ev[cols]
    od = pd.DataFrame(g.orders)
    od["duration_minutes"] = od["duration_minutes"].astype("Int64")
    od = od[["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "product", "garage",
             "garage_en", "city", "billing", "duration_minutes", "kwh", "pay_method", "session_id"]]
    cu = pd.DataFrame(g.customers)
    fb = pd.DataFrame(g.feedback)
    fb["rating"] = fb["rating"].astype("Int64")
    tr = pd.DataFrame(g.truth)
    tps.to_csv(out / "touchpoints.csv", index=False)
    jr.to_csv(out / "journeys.csv", index=False)
    cu.to_csv(out / "customers.csv", index=False)
    ev.to_csv(out / "events.csv", index=False)
    od.to_csv(out / "orders.csv", index=False)
    fb.to_csv(out / "feedback.csv", index=False)
    (out / "_truth").mkdir(exist_ok=True)
    tr.to_csv(out / "_truth" / "feedback_truth.csv", index=False)
    print(f"customers {len(cu)}, events {len(ev)} ({len(dup)} duplicate rows), orders {len(od)}, "
          f"feedback {len(fb)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
