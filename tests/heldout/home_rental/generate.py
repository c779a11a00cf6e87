"""栖居租房 / NestEase Rentals: long-term apartment rentals in four Chinese cities, 2025-01-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261203
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 0)
N_EXISTING = 800          # tenants whose lease began in 2024 (no sign-up / signing events in the data)
N_NEW = 3400              # renters who sign up inside the data
D = timedelta

TOUCHPOINTS = [
    ("tp_register", "注册", "Sign-up", "awareness", "app", "digital", "growth",
     "注册|新用户|开户|sign up|signup|registration"),
    ("tp_search", "搜索找房", "Listing search", "consideration", "app", "digital", "product",
     "搜房|找房|搜索|筛选|search|house hunting|browse listings"),
    ("tp_listing_view", "查看房源详情", "Listing detail view", "consideration", "app", "digital", "product",
     "房源详情|看房源|详情页|listing page|listing detail|property page"),
    ("tp_viewing_book", "预约带看", "Viewing booked", "consideration", "app", "digital", "leasing",
     "预约看房|约带看|预约|book a viewing|viewing request|appointment"),
    ("tp_viewing_done", "完成带看", "Viewing completed", "consideration", "store", "physical", "leasing",
     "带看|看房|实地看房|带看完成|viewing|showing|house tour|in-person viewing"),
    ("tp_viewing_noshow", "带看爽约", "Viewing no-show", "consideration", "store", "physical", "leasing",
     "爽约|放鸽子|经纪人没来|租客没来|no-show|missed viewing|agent didn't show"),
    ("tp_viewing_cancel", "取消带看", "Viewing cancelled", "consideration", "app", "digital", "leasing",
     "取消看房|取消预约|取消带看|cancel viewing|viewing cancelled"),
    ("tp_lease_sign", "签约", "Lease signing", "purchase", "app", "digital", "leasing",
     "签约|签合同|电子合同|成交|lease signing|sign the lease|contract signed|signed lease"),
    ("tp_deposit_pay", "支付押金", "Deposit payment", "purchase", "app", "digital", "finance",
     "押金|付押金|押一付一|deposit|security deposit|pay deposit"),
    ("tp_rent_pay", "交房租", "Rent payment", "service", "app", "digital", "finance",
     "交租|房租|租金|月租|rent payment|pay rent|monthly rent"),
    ("tp_rent_overdue", "租金逾期", "Rent overdue", "service", "app", "digital", "finance",
     "逾期|欠租|拖欠房租|滞纳金|overdue|late rent|arrears|late payment"),
    ("tp_repair_request", "报修", "Repair request", "service", "app", "digital", "property_ops",
     "报修|维修申请|修理|repair|maintenance request|fix request"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "store", "physical", "property_ops",
     "维修完成|修好了|完工|repair completed|repair done|fixed"),
    ("tp_renewal_notice", "续租提醒", "Renewal offer", "loyalty", "app", "digital", "leasing",
     "续租提醒|到期提醒|续约邀请|renewal reminder|renewal offer|lease expiry notice"),
    ("tp_renewal_sign", "续租签约", "Lease renewal", "loyalty", "app", "digital", "leasing",
     "续租|续约|续签|renewal|renew|lease renewal|renewed"),
    ("tp_moveout", "退租", "Move-out", "loyalty", "store", "physical", "leasing",
     "退租|搬走|退房|到期退租|move-out|move out|moving out|lease end"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "service", "app", "digital", "finance",
     "退押金|押金退还|押金退款|deposit refund|deposit returned"),
    ("tp_cs_ticket", "客服工单", "Support ticket", "service", "phone", "digital", "customer_service",
     "客服|工单|投诉|400热线|support|ticket|complaint|customer service"),
]
JOURNEYS = [
    ("search_to_viewing", "找房到带看", "Search to viewing", 14,
     ["tp_search", "tp_listing_view", "tp_viewing_book", "tp_viewing_done"]),
    ("viewing_to_lease", "带看到签约", "Viewing to lease", 30, ["tp_viewing_done", "tp_lease_sign", "tp_deposit_pay"]),
    ("lease_renewal", "续租", "Lease renewal", 60, ["tp_renewal_notice", "tp_renewal_sign"]),
]
# city, code digit, districts (name, one-bedroom base rent, share of pre-2000 buildings), city weight
CITIES = [
    ("上海", 1, [("浦东新区", 6500, .20), ("徐汇区", 7600, .55), ("闵行区", 5000, .15), ("静安区", 8600, .60)], .30),
    ("北京", 2, [("朝阳区", 7000, .35), ("海淀区", 7300, .40), ("丰台区", 5200, .45), ("通州区", 4300, .10)], .28),
    ("杭州", 3, [("西湖区", 4900, .35), ("滨江区", 4600, .05), ("余杭区", 3600, .05)], .18),
    ("深圳", 4, [("南山区", 6900, .15), ("福田区", 6600, .35), ("宝安区", 4300, .10), ("龙岗区", 3700, .10)], .24),
]
LAYOUTS = [("开间", .75, .15), ("一居", 1.0, .38), ("两居", 1.55, .34), ("三居", 2.1, .13)]
ACQ = [("app_store", .30), ("xiaohongshu", .22), ("baidu_sem", .16), ("referral", .14), ("wechat_mini", .12),
       ("corporate", .06)]
LEAD = [("app_booking", .55), ("wechat_consult", .22), ("agent_call", .13), ("hotline_400", .10)]
PAY_ZH = [("alipay", .38), ("wechat_pay", .34), ("bank_transfer", .20), ("credit_card", .08)]
PAY_EN = [("credit_card", .45), ("bank_transfer", .25), ("alipay", .20), ("wechat_pay", .10)]
OVERDUE_P = {"bank_transfer": 0.17, "credit_card": 0.04, "wechat_pay": 0.025, "alipay": 0.015}
BAD_AGENT = "AG4002"        # 深圳 南山区: misses many viewings
BAD_DISTRICT = "通州区"     # 北京: viewings rarely turn into leases
REPAIR_OLD = [("plumbing", .38), ("water_heater", .24), ("electrical", .14), ("wall_mold", .12), ("door_lock", .05),
              ("appliance", .07)]
REPAIR_NEW = [("appliance", .34), ("door_lock", .20), ("plumbing", .20), ("electrical", .10), ("wall_mold", .08),
              ("water_heater", .08)]

TEXT = {
    "photo_mismatch": (
        ["实际房子和照片差太多了，照片明显修过图", "到了现场发现房间比图片小一半，白跑一趟", "房源图是精装，实地看是老旧装修，货不对板",
         "带看的房子和APP上不是同一套，经纪人说原来那套租出去了", "照片拍得很好看，实际采光很差还有霉味"],
        ["The flat looked nothing like the photos, much smaller in person", "Listing photos were heavily edited, the real place is run-down",
         "Agent showed me a different unit than the one listed", "Photos don't match reality at all, wasted a trip"]),
    "commute": (
        ["位置太偏了，到国贸通勤要一个半小时", "离地铁站还要骑车二十分钟，放弃了", "周边配套太少，通勤太远"],
        ["Too far from the metro, the commute would be 90 minutes", "Location is too remote, gave up after the viewing"]),
    "agent_noshow": (
        ["约好下午三点看房，经纪人没来，电话也不接", "经纪人放鸽子，我请假过去白等了四十分钟", "第二次约看房了，经纪人又临时说来不了",
         "到了小区门口等了半小时经纪人都没出现，太不专业"],
        ["Booked a viewing and the agent never showed up", "Agent didn't turn up and didn't answer the phone, I took time off work for this",
         "Second time the agent cancelled last minute", "Waited 30 minutes outside the building, no agent"]),
    "agent_good": (
        ["经纪人很专业，讲解得很清楚，准时到", "带看很顺利，房子和图片一致，推荐这个经纪人", "小哥很耐心，带我看了三套，服务好",
         "看房体验不错，经纪人提前到了还帮忙量尺寸"],
        ["Agent was punctual and knew the area well", "Smooth viewing, the flat matched the photos", "Very helpful agent, showed me three units",
         "Great viewing experience, honest about the downsides"]),
    "leak": (
        ["卫生间漏水报修了一周才来人修", "楼上漏水到我家天花板，老小区水管太旧了", "下水道反复堵，修了三次还是不行",
         "厨房水管爆了，维修师傅第二天才到", "老房子水管锈了，水都是黄的"],
        ["Bathroom leak took a week to get fixed", "Water leaking from the upstairs flat, old pipes in this building",
         "Drain keeps clogging, repaired three times and still broken", "Pipe burst in the kitchen, repair only came the next day"]),
    "heater": (
        ["热水器坏了三天没热水，冬天洗不了澡", "热水器老化，修好没两周又坏了", "燃气热水器打不着火，报修半天没人理"],
        ["Water heater broke, no hot water for three days", "Old boiler fixed and broke again two weeks later",
         "No hot water, the repair request sat for days"]),
    "slow_repair": (
        ["报修响应太慢了，催了好几次", "维修师傅约了时间不来，一拖再拖", "墙面发霉报修，说要排期两周"],
        ["Repair response is way too slow, had to chase several times", "Technician missed the appointment twice",
         "Mould on the wall, told to wait two weeks for a repair slot"]),
    "repair_good": (
        ["维修很及时，师傅当天就来了", "门锁坏了两小时就换好了，点赞", "空调维修很快，师傅很专业", "报修流程很方便，修得也好"],
        ["Repair was fast, technician came the same day", "Lock replaced within two hours, great service",
         "AC fixed quickly and professionally", "Easy to request a repair and it got done well"]),
    "overdue_dispute": (
        ["银行转账已经付了房租，系统还显示逾期，还收滞纳金", "转账到账慢了两天就算逾期，滞纳金不合理", "房租转账没有自动匹配，被标成欠租",
         "每个月都要手动转账太麻烦，一忘就逾期"],
        ["Paid rent by bank transfer but the system still shows it as overdue", "Got a late fee because the transfer took two days",
         "Bank transfer not matched to my bill, marked as late", "Manual transfers every month, easy to miss and then I'm overdue"]),
    "deposit_slow": (
        ["退租一个月了押金还没退", "押金被莫名扣了一部分，没有说明", "退押金流程太慢，客服一直让等"],
        ["Moved out a month ago and still no deposit refund", "Part of my deposit was deducted without explanation",
         "Deposit refund is taking forever"]),
    "app_good": (
        ["房源多，筛选方便，找房效率高", "在线签约很方便，不用跑中介门店", "房租自动扣款省心", "界面清楚，真房源比较多"],
        ["Lots of listings and the filters work well", "Signing the lease online was painless", "Auto-debit for rent is convenient"]),
    "app_bug": (
        ["地图找房经常加载不出来", "APP预约看房老是提交失败", "筛选条件一多就闪退"],
        ["Map search keeps failing to load", "Booking a viewing in the app often fails", "App crashes when I add filters"]),
    "neutral": (
        ["还可以，价格中规中矩", "一般吧，和别的平台差不多", "房子还行，没什么特别的"],
        ["It was okay, average", "Fine, nothing special", "Similar to other platforms"]),
    "renew_good": (
        ["住得挺舒服，续租了，房东也没涨多少", "管家服务不错，准备一直住下去"],
        ["Happy here, renewed without a big increase", "Good property management, staying another year"]),
}
TOPIC_TP = {"photo_mismatch": "tp_viewing_done", "commute": "tp_viewing_done", "agent_noshow": "tp_viewing_noshow",
            "agent_good": "tp_viewing_done", "leak": "tp_repair_done", "heater": "tp_repair_done",
            "slow_repair": "tp_repair_request", "repair_good": "tp_repair_done", "overdue_dispute": "tp_rent_overdue",
            "deposit_slow": "tp_deposit_refund", "app_good": "tp_search", "app_bug": "tp_search",
            "neutral": "tp_search", "renew_good": "tp_renewal_sign"}
POS = {"agent_good", "repair_good", "app_good", "renew_good"}


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def add_months(t: datetime, k: int) -> datetime:
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, 28))


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback = [], [], []
    cnt = dict(sess=0, view=0, lease=0, rep=0)

    def pick(opts):
        vals, w = zip(*opts)
        return vals[rng.choice(len(vals), p=np.array(w) / sum(w))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    # ---- listings and agents
    listings, agents_of = [], {}
    for city, cd, dists, _ in CITIES:
        for di, (dist, base, old_share) in enumerate(dists):
            agents = [f"AG{cd}{di}{k:02d}" for k in range(1, 5)]
            agents_of[(city, dist)] = agents
            for k in range(60):
                lay, mult, _ = LAYOUTS[rng.choice(4, p=[x[2] for x in LAYOUTS])]
                old = rng.random() < old_share
                year = int(rng.integers(1984, 2000)) if old else int(rng.integers(2000, 2021))
                rent = int(round(base * mult * float(rng.lognormal(0, 0.12)) * (0.85 if old else 1.0), -2))
                listings.append(dict(id=f"L{cd}{di}{k:03d}", city=city, district=dist, layout=lay, rent=rent,
                                     year=year, agent=agents[k % 4]))
    by_city = {}
    for li in listings:
        by_city.setdefault(li["city"], []).append(li)

    def new_sess():
        return nid("sess", "S", 7)

    def ev(c, t, tp, action, sess=None, li=None, **kw):
        row = dict(cid=c["id"], ts=t, tp=tp, action=action, dev=c["dev"], ch=c["ch"], sess=sess or new_sess(),
                   city=c["city"])
        if li:
            row.update(listing_id=li["id"], city=li["city"], district=li["district"], layout=li["layout"],
                       monthly_rent=li["rent"], building_year=li["year"], agent_id=li["agent"])
        row.update(kw)
        events.append(row)

    def comment(c, t, topic, channel, li=None, rating=None, nps=None, **kw):
        zh, en = TEXT[topic]
        pool = en if c["lang"] == "en" else zh
        sent = "pos" if topic in POS else ("neu" if topic == "neutral" else "neg")
        feedback.append(dict(cid=c["id"], ts=t, tp=kw.get("tp", TOPIC_TP[topic]), channel=channel,
                             text=pool[rng.integers(len(pool))], rating=rating, nps=nps, sent=sent,
                             city=(li or {}).get("city", c["city"]), district=(li or {}).get("district", ""),
                             listing=(li or {}).get("id", ""), agent=(li or {}).get("agent", ""),
                             year=(li or {}).get("year", ""), cat=kw.get("cat", ""), pay=kw.get("pay", ""),
                             dev=c["dev"], lang=c["lang"]))

    def order(c, t, amount, status, otype, li=None, lease="", pay="", period=""):
        orders.append(dict(cid=c["id"], ts=t, amount=round(float(amount), 2), status=status, otype=otype,
                           pay=pay or c["pay"], ch=c["ch"], dev=c["dev"], city=(li or {}).get("city", c["city"]),
                           district=(li or {}).get("district", ""), listing=(li or {}).get("id", ""), lease=lease,
                           period=period))
        return len(orders) - 1

    def ticket(c, t, topic, li=None, **kw):
        ev(c, t, "tp_cs_ticket", "submit", li=li, ticket_topic=topic)
        comment(c, t + D(minutes=2), topic, "ticket", li=li, **kw)

    # ---- tenancy: rent, repairs, renewal / move-out
    def tenancy(c, li, start, term, lease_id, dep_idx, renewals=0):
        t_end = add_months(start, term)
        old = li["year"] < 2000
        repairs = 0
        rent = li["rent"]
        for m in range(term):
            due = add_months(start, m).replace(hour=9, minute=0, second=0)
            if due < START or due > END:
                continue
            period = due.strftime("%Y-%m")
            if rng.random() < OVERDUE_P[c["pay"]]:
                tt = due + D(days=3, hours=int(rng.integers(0, 10)))
                if tt <= END:
                    ev(c, tt, "tp_rent_overdue", "fail", li=li, lease_id=lease_id, payment_method=c["pay"],
                       rent_period=period)
                order(c, due, rent, "overdue", "rent", li, lease_id, period=period)
                if c["pay"] == "bank_transfer" and rng.random() < 0.10 and tt <= END:
                    ticket(c, tt + D(hours=5), "overdue_dispute", li=li, pay=c["pay"])
            else:
                tt = due - D(days=float(rng.uniform(0, 3)))
                tt = tt.replace(microsecond=0)
                ev(c, tt, "tp_rent_pay", "success", li=li, lease_id=lease_id, payment_method=c["pay"],
                   rent_period=period)
                order(c, tt, rent, "paid", "rent", li, lease_id, period=period)
            # repairs this month
            p_rep = 0.10 if old else 0.025
            if rng.random() < p_rep:
                tr = due + D(days=float(rng.uniform(1, 27)), hours=float(rng.uniform(0, 10)))
                tr = tr.replace(microsecond=0)
                if tr > END:
                    continue
                cat = pick(REPAIR_OLD if old else REPAIR_NEW)
                rid = nid("rep", "RP", 6)
                ev(c, tr, "tp_repair_request", "submit", li=li, lease_id=lease_id, repair_id=rid, repair_category=cat)
                repairs += 1
                days = float(rng.lognormal(np.log(6.0 if old else 1.8), 0.5))
                td = (tr + D(days=days)).replace(microsecond=0)
                if td <= END:
                    ev(c, td, "tp_repair_done", "complete", li=li, lease_id=lease_id, repair_id=rid,
                       repair_category=cat, repair_days=round(days, 1))
                    if rng.random() < 0.45:
                        if old and rng.random() < 0.75:
                            topic = {"plumbing": "leak", "water_heater": "heater"}.get(cat, "slow_repair")
                        elif not old and rng.random() < 0.15:
                            topic = "slow_repair"
                        else:
                            topic = "repair_good"
                        rating = 5 if topic == "repair_good" and rng.random() < .7 else (
                            4 if topic == "repair_good" else int(rng.choice([1, 2, 3], p=[.45, .4, .15])))
                        comment(c, td + D(hours=int(rng.integers(1, 48))), topic, "repair_review", li=li,
                                rating=rating, cat=cat, tp="tp_repair_done" if topic != "slow_repair"
                                else "tp_repair_request")
                    elif old and days > 8 and rng.random() < 0.25:
                        ticket(c, td, "slow_repair", li=li, cat=cat, tp="tp_repair_request")
        # renewal offer 45 days before the end
        tn = (t_end - D(days=45)).replace(hour=10, minute=int(rng.integers(60)), second=0)
        if tn > END:
            return
        if tn >= START:
            ev(c, tn, "tp_renewal_notice", "view", li=li, lease_id=lease_id, lease_end=t_end.strftime("%Y-%m-%d"))
        p_renew = 0.64
        if old and repairs >= 2:
            p_renew = 0.28
        elif old:
            p_renew = 0.50
        if c["pay"] == "bank_transfer":
            p_renew -= 0.05
        if renewals >= 1:
            p_renew -= 0.08
        if rng.random() < p_renew:
            ts = tn + D(days=float(rng.uniform(2, 35)))
            if ts > END:
                return
            new_rent = int(round(rent * float(rng.choice([1.0, 1.03, 1.05], p=[.3, .5, .2])), -1))
            new_lease = nid("lease", "LS", 6)
            li2 = dict(li, rent=new_rent)
            ev(c, ts.replace(microsecond=0), "tp_renewal_sign", "success", li=li2, lease_id=new_lease,
               lease_term_months=12, previous_lease_id=lease_id)
            order(c, ts.replace(microsecond=0), round(new_rent * 0.1), "paid", "renewal_fee", li2, new_lease)
            if rng.random() < 0.12:
                comment(c, ts + D(days=1), "renew_good", "survey", li=li2, nps=int(rng.integers(8, 11)))
            c["segment"] = "tenant"
            tenancy(c, li2, t_end, 12, new_lease, None, renewals + 1)
            return
        if t_end > END:
            c["segment"] = "tenant"
            return
        ev(c, t_end.replace(hour=int(rng.integers(9, 18))), "tp_moveout", "complete", li=li, lease_id=lease_id,
           moveout_reason=pick([("relocation", .35), ("buy_home", .15), ("too_expensive", .2),
                                ("maintenance_issues", .3 if old else .05), ("other", .15)]))
        c["segment"] = "former_tenant"
        tr = t_end + D(days=float(rng.lognormal(np.log(6), 0.6)))
        if tr <= END:
            ev(c, tr.replace(microsecond=0), "tp_deposit_refund", "success", li=li, lease_id=lease_id)
            if dep_idx is not None:
                orders[dep_idx]["status"] = "refunded"
            if (tr - t_end).days > 14 and rng.random() < 0.4:
                ticket(c, tr, "deposit_slow", li=li)
        if rng.random() < 0.35:
            ts = (t_end + D(days=float(rng.uniform(1, 10)))).replace(microsecond=0)
            if ts <= END:
                if old and repairs >= 1:
                    topic, nps = pick([("leak", .5), ("heater", .2), ("neutral", .3)]), int(rng.integers(0, 6))
                else:
                    topic = pick([("app_good", .55), ("neutral", .3), ("deposit_slow", .15)])
                    nps = int(rng.integers(8, 11)) if topic == "app_good" else int(rng.integers(4, 8))
                comment(c, ts, topic, "survey", li=li, nps=nps)

    def sign(c, li, t):
        lease_id = nid("lease", "LS", 6)
        term = 12 if rng.random() < 0.82 else 6
        sess = new_sess()
        ev(c, t, "tp_lease_sign", "success", sess, li=li, lease_id=lease_id, lease_term_months=term)
        if rng.random() < 0.07:     # deposit never paid: the e-contract lapses after 24 h
            return
        tp_ = t + D(minutes=int(rng.integers(3, 40)))
        ev(c, tp_, "tp_deposit_pay", "success", sess, li=li, lease_id=lease_id, payment_method=c["pay"])
        dep = order(c, tp_, li["rent"], "paid", "deposit", li, lease_id)
        order(c, tp_, round(li["rent"] * 0.3), "paid", "service_fee", li, lease_id)
        c["segment"] = "tenant"
        start = (t + D(days=int(rng.integers(3, 15)))).replace(hour=9, minute=0, second=0)
        tenancy(c, li, start, term, lease_id, dep)

    def viewing(c, li, t, sess):
        """book a viewing for listing li at t; returns True if a lease was signed."""
        vid = nid("view", "V", 6)
        lead = pick(LEAD)
        ev(c, t, "tp_viewing_book", "submit", sess, li=li, viewing_id=vid, lead_source=lead)
        tv = (t + D(days=float(rng.uniform(0.5, 4)))).replace(minute=int(rng.choice([0, 30])), second=0,
                                                              microsecond=0)
        if tv.hour < 9:
            tv = tv.replace(hour=int(rng.integers(10, 20)))
        if tv > END:
            return False
        if rng.random() < 0.08:
            ev(c, tv - D(hours=int(rng.integers(2, 20))), "tp_viewing_cancel", "cancel", li=li, viewing_id=vid,
               lead_source=lead, cancel_reason=pick([("schedule_conflict", .5), ("found_elsewhere", .3),
                                                      ("listing_taken", .2)]))
            return False
        p_agent_ns = 0.31 if li["agent"] == BAD_AGENT else 0.03
        if rng.random() < p_agent_ns:
            ev(c, tv + D(minutes=30), "tp_viewing_noshow", "no_show", li=li, viewing_id=vid, lead_source=lead,
               noshow_party="agent")
            if rng.random() < 0.35:
                comment(c, tv + D(hours=1), "agent_noshow", "viewing_review", li=li,
                        rating=int(rng.choice([1, 2], p=[.7, .3])))
            elif rng.random() < 0.15:
                ticket(c, tv + D(hours=2), "agent_noshow", li=li)
            return False
        if rng.random() < (0.10 if lead == "hotline_400" else 0.05):
            ev(c, tv + D(minutes=30), "tp_viewing_noshow", "no_show", li=li, viewing_id=vid, lead_source=lead,
               noshow_party="renter")
            return False
        ev(c, tv, "tp_viewing_done", "complete", li=li, viewing_id=vid, lead_source=lead,
           viewing_minutes=int(rng.integers(15, 50)))
        if li["district"] == BAD_DISTRICT:
            p_sign = 0.11
        else:
            p_sign = 0.40 + (0.06 if li["layout"] in ("开间", "一居") else 0) - (0.05 if li["year"] < 2000 else 0)
            p_sign *= min(1.25, c["budget"] / li["rent"])
        signed = rng.random() < p_sign
        if rng.random() < 0.30:
            if li["district"] == BAD_DISTRICT and not signed and rng.random() < 0.8:
                topic = pick([("photo_mismatch", .65), ("commute", .35)])
            elif signed:
                topic = pick([("agent_good", .8), ("neutral", .2)])
            else:
                topic = pick([("agent_good", .35), ("neutral", .35), ("photo_mismatch", .15), ("commute", .15)])
            rating = {"agent_good": int(rng.choice([4, 5], p=[.35, .65])), "neutral": 3}.get(
                topic, int(rng.choice([1, 2, 3], p=[.35, .45, .2])))
            comment(c, tv + D(hours=int(rng.integers(1, 30))), topic, "viewing_review", li=li, rating=rating,
                    tp="tp_viewing_done")
        if signed:
            ts = (tv + D(days=float(rng.exponential(3)))).replace(microsecond=0)
            if ts <= END:
                sign(c, li, ts)
                return True
        return False

    def hunt(c, t):
        """search sessions until a lease is signed or the renter gives up."""
        n_sess = int(rng.geometric(0.28))
        for _ in range(n_sess):
            if t > END:
                return
            sess = new_sess()
            hour = int(rng.choice([9, 10, 12, 13, 19, 20, 21, 22]))
            t = t.replace(hour=hour, minute=int(rng.integers(60)), second=int(rng.integers(60)), microsecond=0)
            pool = [li for li in by_city[c["city"]] if li["district"] in c["districts"]]
            lay = c["layout"]
            ev(c, t, "tp_search", "view", sess, search_district=c["districts"][0], search_layout=lay,
               budget=c["budget"])
            if rng.random() < 0.18:
                t += D(days=float(rng.exponential(5)) + 1)
                continue
            cand = [li for li in pool if li["layout"] == lay] or pool
            k = int(rng.integers(1, 6))
            seen = [cand[i] for i in rng.choice(len(cand), size=min(k, len(cand)), replace=False)]
            tt = t
            for li in seen:
                tt += D(seconds=int(rng.integers(20, 240)))
                ev(c, tt, "tp_listing_view", "view", sess, li=li)
            if rng.random() < 0.42:
                li = min(seen, key=lambda x: abs(x["rent"] - c["budget"]) + rng.uniform(0, 800))
                if viewing(c, li, tt + D(minutes=int(rng.integers(1, 10))), sess):
                    return
            t += D(days=float(rng.exponential(6)) + 1)

    # ---- customers
    customers = []
    for i in range(N_EXISTING + N_NEW):
        city, cd, dists, _ = CITIES[rng.choice(4, p=[x[3] for x in CITIES])]
        existing = i < N_EXISTING
        lang = "en" if rng.random() < 0.13 else "zh"
        acq = pick(ACQ)
        pay = pick(PAY_EN if lang == "en" else PAY_ZH)
        if acq == "corporate":
            pay = pick([("bank_transfer", .5), ("alipay", .5)])
        if existing:
            t0 = datetime(2023, 6, 1) + D(days=float(rng.uniform(0, 540)))
        else:
            t0 = START + D(days=float(rng.uniform(0, (END - START).days - 15)), hours=float(rng.uniform(8, 23)))
        ds = [d[0] for d in dists]
        first = ds[rng.choice(len(ds))]
        layout = pick([(x[0], x[2]) for x in LAYOUTS])
        base = {d[0]: d[1] for d in dists}[first]
        mult = dict((x[0], x[1]) for x in LAYOUTS)[layout]
        c = dict(id=f"C{i + 1:05d}", t0=t0.replace(microsecond=0), city=city, lang=lang, acq=acq, pay=pay,
                 dev="ios" if rng.random() < .5 else "android", ch="mini_program" if acq == "wechat_mini" else "app",
                 districts=[first] + ([ds[rng.choice(len(ds))]] if rng.random() < .3 else []), layout=layout,
                 budget=int(round(base * mult * float(rng.uniform(0.85, 1.3)), -2)), segment="prospect",
                 existing=existing)
        customers.append(c)

    for c in customers:
        if c["existing"]:
            li = [x for x in by_city[c["city"]]][rng.integers(len(by_city[c["city"]]))]
            start = datetime(2024, 1, 1) + D(days=float(rng.uniform(0, 365)))
            c["t0"] = min(c["t0"], start - D(days=20))
            tenancy(c, li, start.replace(hour=9, minute=0, second=0, microsecond=0), 12,
                    nid("lease", "LS", 6), None)
            continue
        ev(c, c["t0"], "tp_register", "submit")
        hunt(c, c["t0"] + D(minutes=int(rng.integers(1, 30))))
        if rng.random() < 0.06:
            tr = START + D(days=float(rng.uniform(0, (END - START).days)), hours=float(rng.uniform(8, 23)))
            topic = pick([("app_good", .45), ("app_bug", .35), ("neutral", .2)])
            rating = {"app_good": 5, "neutral": 3}.get(topic, int(rng.choice([1, 2])))
            comment(c, None if rng.random() < 0.35 else tr.replace(microsecond=0), topic, "app_review", rating=rating)

    # the export covers START .. END: anything earlier (a renewal signed in late 2024) or later is not in it
    events = sorted((e for e in events if START <= e["ts"] <= END), key=lambda e: (e["ts"], e["cid"]))
    orders[:] = [o for o in orders if START <= o["ts"] <= END]
    feedback[:] = [x for x in feedback if x["ts"] is None or START <= x["ts"] <= END]

    # ---- write
    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp in TOUCHPOINTS:
            w.writerow([tp[0], tp[1], tp[1], tp[2], *tp[3:]])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for s, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, s, tp, win])
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "language",
                    "preferred_payment", "preferred_layout", "budget"])
        for c in customers:
            w.writerow([c["id"], fmt(c["t0"]), c["segment"], c["city"], c["acq"],
                        "corporate" if c["acq"] == "corporate" else "standard", c["lang"], c["pay"], c["layout"],
                        c["budget"]])
    cols = ["listing_id", "city", "district", "layout", "monthly_rent", "building_year", "agent_id", "viewing_id",
            "lead_source", "noshow_party", "cancel_reason", "viewing_minutes", "lease_id", "lease_term_months",
            "previous_lease_id", "lease_end", "payment_method", "rent_period", "repair_id", "repair_category",
            "repair_days", "moveout_reason", "ticket_topic", "search_district", "search_layout", "budget"]
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id"]
                   + cols)
        for k, e in enumerate(events, 1):
            row = [f"E{k:07d}", e["cid"], fmt(e["ts"]), e["tp"], e["action"], e["dev"], e["ch"], e["sess"]] + \
                  [e.get(x, "") for x in cols]
            w.writerow(row)
            if k % 1009 == 0:   # a few duplicated export rows (same event_id, same content)
                w.writerow(row)
    orders.sort(key=lambda o: (o["ts"], o["cid"]))
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                    "payment_method", "city", "district", "listing_id", "lease_id", "rent_period", "currency"])
        for k, o in enumerate(orders, 1):
            w.writerow([f"OD{k:06d}", o["cid"], fmt(o["ts"]), f"{o['amount']:.2f}", o["status"], o["ch"], o["dev"],
                        o["otype"], o["pay"], o["city"], o["district"], o["listing"], o["lease"], o["period"], "CNY"])
    feedback.sort(key=lambda x: (x["ts"] is None, x["ts"] or START, x["cid"]))
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "city",
                    "district", "listing_id", "agent_id", "building_year", "repair_category", "payment_method",
                    "device", "sentiment_label"])
        for k, x in enumerate(feedback, 1):
            w.writerow([f"FB{k:05d}", x["text"], fmt(x["ts"]), x["cid"], x["tp"], x["channel"],
                        "" if x["rating"] is None else x["rating"], "" if x["nps"] is None else x["nps"], x["city"],
                        x["district"], x["listing"], x["agent"], x["year"], x["cat"], x["pay"], x["dev"], x["sent"]])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
