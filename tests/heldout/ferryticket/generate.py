"""海途 TideLink: passenger and car ferries between islands in Zhejiang (舟山群岛), Greece (Saronic / Cyclades) and
British Columbia (Gulf Islands / Howe Sound), 2024-10-01 .. 2026-07-15 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed, numpy), a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 10, 1)
END = datetime(2026, 7, 15, 23, 59, 59)
D = timedelta
AUTO_REBOOK = datetime(2026, 1, 15)          # one-tap rebooking push after a weather cancellation (all regions)
ANDROID_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 1))   # Android app 5.4.0: boarding-pass QR fails
PIR_KIOSK = (datetime(2026, 5, 11), datetime(2026, 6, 21, 23, 59))  # Piraeus kiosk card readers after firmware update
BC_PASS_FIX = datetime(2026, 3, 1)           # BC islander pass: proof of residency uploaded online, no mail-in
AB = (datetime(2026, 4, 1), datetime(2026, 6, 15, 23, 59, 59))  # checkin_upgrade_offer_2026
TYPHOONS = [(date(2025, 7, 29), date(2025, 7, 31)), (date(2025, 9, 14), date(2025, 9, 17))]
BC_STORM = (date(2026, 1, 20), date(2026, 1, 22))   # atmospheric river: all Gulf Islands / Howe Sound sailings

REGIONS = {  # en: zh, currency, CNY per unit, pass price per quarter, refund days (mean)
    "Zhejiang": ("浙江", "CNY", 1.0, 360.0, 1.6),
    "Greece": ("希腊", "EUR", 7.8, 85.0, 13.5),
    "British Columbia": ("不列颠哥伦比亚", "CAD", 5.2, 149.0, 3.8),
}
SEASON = {
    "Zhejiang": [0.6, 0.95, 0.7, 0.95, 1.15, 0.9, 1.3, 1.4, 1.0, 1.75, 0.8, 0.6],
    "Greece": [0.22, 0.22, 0.3, 0.55, 0.95, 1.45, 1.95, 2.1, 1.25, 0.55, 0.25, 0.28],
    "British Columbia": [0.5, 0.5, 0.6, 0.8, 1.0, 1.35, 1.75, 1.8, 1.1, 0.8, 0.5, 0.65],
}


def hourly(a, b, m=0):
    return [f"{h:02d}:{m:02d}" for h in range(a, b + 1)]


# id, region, zh, en, (mainland en, zh), (island en, zh), minutes, departures, vessel en, vessel zh, vehicles,
# economy fare, premium fare (None = one class), car fee, weight in region, premium name en / zh
ROUTES = [
    ("ZJ-PTS", "Zhejiang", "沈家门—普陀山", "Shenjiamen–Putuoshan", ("Shenjiamen", "沈家门"), ("Putuoshan", "普陀山"), 25,
     hourly(7, 17), "Putuo Star", "普陀之星", False, 45.0, 65.0, None, 0.45, ("Business", "商务舱")),
    ("ZJ-SS", "Zhejiang", "三江—嵊泗", "Sanjiang–Shengsi", ("Sanjiang", "三江"), ("Shengsi", "嵊泗"), 130,
     ["08:00", "11:30", "15:00"], "TideLink Shengsi", "海途嵊泗号", True, 138.0, 188.0, 420.0, 0.30,
     ("Business", "商务舱")),
    ("ZJ-THD", "Zhejiang", "朱家尖—桃花岛", "Zhujiajian–Taohua Island", ("Zhujiajian", "朱家尖"), ("Taohua Island", "桃花岛"),
     40, ["07:30", "10:00", "13:00", "16:00"], "Peach Blossom", "桃花号", True, 48.0, 72.0, 160.0, 0.25,
     ("Business", "商务舱")),
    ("GR-AEG", "Greece", "比雷埃夫斯—埃伊纳", "Piraeus–Aegina", ("Piraeus", "比雷埃夫斯"), ("Aegina", "埃伊纳"), 70,
     ["08:00", "10:00", "13:00", "16:00", "19:00"], "Aegina Tide", "埃伊纳潮号", True, 14.5, 22.0, 38.0, 0.45,
     ("Business", "商务座")),
    ("GR-PAR", "Greece", "比雷埃夫斯—帕罗斯", "Piraeus–Paros", ("Piraeus", "比雷埃夫斯"), ("Paros", "帕罗斯"), 240,
     ["07:30", "17:00"], "Blue Tide", "蓝潮号", True, 44.0, 69.0, 98.0, 0.35, ("Business", "商务座")),
    ("GR-AND", "Greece", "拉菲纳—安德罗斯", "Rafina–Andros", ("Rafina", "拉菲纳"), ("Andros", "安德罗斯"), 120,
     ["07:45", "14:30", "19:00"], "Andros Tide", "安德罗斯潮号", True, 21.0, 32.0, 56.0, 0.20, ("Business", "商务座")),
    ("BC-BOW", "British Columbia", "马蹄湾—鲍恩岛", "Horseshoe Bay–Bowen Island", ("Horseshoe Bay", "马蹄湾"),
     ("Bowen Island", "鲍恩岛"), 20, hourly(6, 20, 30), "Bowen Tide", "鲍恩潮号", True, 13.9, None, 36.0, 0.35, None),
    ("BC-SSI", "British Columbia", "特瓦森—盐泉岛", "Tsawwassen–Salt Spring Island", ("Tsawwassen", "特瓦森"),
     ("Salt Spring Island", "盐泉岛"), 85, ["07:00", "10:30", "14:00", "17:30", "20:30"], "Spirit of Salt Spring",
     "盐泉精神号", True, 19.5, 34.0, 68.0, 0.40, ("Seaside Lounge", "观景休息室")),
    ("BC-GAB", "British Columbia", "纳奈莫—加布里奥拉岛", "Nanaimo–Gabriola Island", ("Nanaimo", "纳奈莫"),
     ("Gabriola Island", "加布里奥拉岛"), 20, hourly(6, 21), "Gabriola Tide", "加布里奥拉潮号", True, 11.2, None, 28.0,
     0.25, None),
]
ROUTE = {r[0]: r for r in ROUTES}
ROUTES_OF = {g: [r for r in ROUTES if r[1] == g] for g in REGIONS}
DELAY_MEAN = {"ZJ-PTS": 3.0, "ZJ-SS": 8.0, "ZJ-THD": 4.5, "GR-AEG": 7.0, "GR-PAR": 13.0, "GR-AND": 9.0,
              "BC-BOW": 4.5, "BC-SSI": 8.0, "BC-GAB": 3.5}
MISS = {"GR-AEG": 0.085, "GR-PAR": 0.03, "GR-AND": 0.03, "ZJ-PTS": 0.018, "ZJ-SS": 0.022, "ZJ-THD": 0.02,
        "BC-BOW": 0.025, "BC-SSI": 0.03, "BC-GAB": 0.02}
CANCEL_ZH = {"typhoon": "台风", "strong_wind": "大风", "fog": "大雾", "storm": "风暴", "high_swell": "大浪"}
VEH_ZH = {"car": "小汽车", "suv": "SUV", "motorbike": "摩托车", "camper": "房车", "none": "无"}
CH_ZH = {"app": "App", "web": "官网", "mini_program": "微信小程序", "kiosk": "码头自助机"}
ACQ_ZH = {"search_ads": "搜索广告", "social": "社交媒体", "app_store": "应用商店", "port_kiosk": "码头自助机",
          "referral": "朋友推荐", "travel_agent": "旅行社", "organic": "自然流量", "tourism_board": "旅游局合作"}
SEG_ZH = {"prospect": "潜在客户", "one_time": "单次乘客", "returning": "回头客", "islander": "岛民"}
TIER_ZH = {"basic": "普通会员", "silver": "银卡", "gold": "金卡"}
COUNTRY_ZH = {"China": "中国", "Greece": "希腊", "Canada": "加拿大", "USA": "美国", "UK": "英国", "Germany": "德国",
              "France": "法国", "Italy": "意大利", "Australia": "澳大利亚"}
HOME = {
    "Zhejiang": {"China": 0.96, "USA": 0.01, "Germany": 0.01, "UK": 0.01, "Australia": 0.01},
    "Greece": {"Greece": 0.34, "China": 0.12, "USA": 0.12, "UK": 0.12, "Germany": 0.12, "France": 0.08,
               "Italy": 0.06, "Australia": 0.04},
    "British Columbia": {"Canada": 0.70, "China": 0.10, "USA": 0.14, "UK": 0.03, "Australia": 0.03},
}
CONTACT_ZH = {"weather_cancellation": "停航咨询", "refund_status": "退款进度", "checkin_problem": "值机问题",
              "kiosk_problem": "自助机故障", "pass_status": "季票审核进度", "luggage_pets": "行李/宠物",
              "schedule": "班次咨询", "vehicle_space": "车位咨询"}

TOUCHPOINTS = [
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|投放|百度推广|朋友圈广告|抖音广告|谷歌广告|search ad|Google Ads|Meta ads|paid social|campaign"),
    ("tp_timetable", "班次查询", "Timetable & sailing search", "consideration", "web", "digital", "digital",
     "查班次|船期|时刻表|搜索航班|查船票|timetable|schedule|sailing search|search sailings|route search"),
    ("tp_fare_select", "选择班次与票种", "Sailing & fare selection", "consideration", "web", "digital", "digital",
     "选班次|选票|选座|票种|舱位|fare selection|choose sailing|pick a sailing|select fare|seat class"),
    ("tp_vehicle_add", "添加车辆", "Add vehicle", "purchase", "web", "digital", "digital",
     "带车|车辆预订|车位|车票|汽车票|vehicle booking|car space|add a car|vehicle reservation|car deck"),
    ("tp_payment", "在线支付", "Online payment", "purchase", "web", "digital", "digital",
     "付款|支付|收银台|结账|微信支付|payment|checkout|pay|card payment"),
    ("tp_kiosk", "码头自助售票机", "Port ticket kiosk", "purchase", "store", "physical", "port operations",
     "自助机|售票机|码头买票|现场购票|kiosk|ticket machine|self-service kiosk|buy at the port|terminal kiosk"),
    ("tp_ticket_issued", "出票", "Ticket issued", "purchase", "other", "digital", "reservations",
     "电子船票|出票成功|购票成功|订单成功|船票|e-ticket|ticket|booking confirmed|confirmed booking|ticket sale"),
    ("tp_seat_upgrade", "座位升级", "Seat upgrade", "service", "app", "digital", "revenue",
     "升舱|升级|商务舱升级|加价升级|upgrade|seat upgrade|lounge upgrade|business upgrade"),
    ("tp_checkin", "值机", "Check-in", "service", "app", "digital", "port operations",
     "值机|在线值机|办理登船牌|登船码|check-in|online check-in|boarding pass|check in"),
    ("tp_weather_cancel", "天气停航", "Weather cancellation", "service", "other", "digital", "fleet operations",
     "停航|停运|台风停航|大风停航|取消航班|停开|weather cancellation|cancelled sailing|sailing cancelled|storm cancel"),
    ("tp_rebook", "改签", "Rebooking", "service", "app", "digital", "reservations",
     "改签|改期|换班次|一键改签|rebook|rebooking|change sailing|change booking|reschedule"),
    ("tp_refund", "退票退款", "Refund", "service", "other", "digital", "finance",
     "退票|退款|退钱|申请退款|refund|refund request|money back|cancel and refund"),
    ("tp_boarding", "登船检票", "Boarding gate", "service", "store", "physical", "port operations",
     "登船|检票|闸机|上船|boarding|gate|embarkation|board the ferry|boarding gate"),
    ("tp_missed", "误船", "Missed sailing", "service", "store", "physical", "port operations",
     "误船|没赶上|错过班次|漏乘|missed sailing|missed the ferry|no-show|no show"),
    ("tp_cafe", "船上咖啡吧", "Onboard café", "service", "store", "physical", "onboard services",
     "咖啡吧|小卖部|船上餐饮|船上买吃的|café|cafe|onboard cafe|snack bar|food and drink onboard"),
    ("tp_arrival", "到港", "Arrival", "service", "other", "physical", "fleet operations",
     "到港|靠岸|抵达|准点|晚点|延误|arrival|arrived|on time|delay|late arrival"),
    ("tp_onboard", "船上体验", "Onboard experience", "service", "store", "physical", "onboard services",
     "船上|航行体验|船舱|晕船|crossing|onboard|on board|the sailing|trip"),
    ("tp_support", "客服咨询", "Customer support", "service", "phone", "digital", "customer care",
     "客服|热线|在线客服|投诉电话|support|customer service|call centre|hotline|live chat"),
    ("tp_pass_page", "岛民季票介绍页", "Islander pass page", "consideration", "web", "digital", "islander programme",
     "季票介绍|岛民优惠|岛民票|islander pass info|season pass page|resident pass page"),
    ("tp_pass_apply", "季票申请", "Season pass application", "purchase", "web", "digital", "islander programme",
     "申请季票|办季票|岛民认证|pass application|apply for pass|resident application|season pass application"),
    ("tp_pass_issued", "季票开通", "Season pass issued", "purchase", "other", "digital", "islander programme",
     "季票审核|季票开通|审核通过|pass approved|pass issued|pass activation|residency check"),
    ("tp_pass_renew", "季票续期", "Season pass renewal", "loyalty", "app", "digital", "islander programme",
     "续季票|季票续费|续期|renewal|pass renewal|renew season pass|renewed"),
]

JOURNEYS = [
    ("online_booking", "在线购票", "Online ticket booking",
     ["tp_timetable", "tp_fare_select", "tp_payment", "tp_ticket_issued"], 3),
    ("vehicle_booking", "带车出行预订", "Vehicle booking",
     ["tp_fare_select", "tp_vehicle_add", "tp_payment", "tp_ticket_issued"], 3),
    ("sailing_day", "出行当天", "Day of sailing", ["tp_ticket_issued", "tp_checkin", "tp_boarding", "tp_arrival"], 60),
    ("disruption_recovery", "停航后改签出行", "Weather disruption recovery",
     ["tp_weather_cancel", "tp_rebook", "tp_boarding"], 7),
    ("islander_pass", "岛民季票办理", "Islander season pass sign-up",
     ["tp_pass_page", "tp_pass_apply", "tp_pass_issued"], 30),
]

# ---------------------------------------------------------------- feedback text
T = {
    # positive
    "smooth_boarding": ("positive", "tp_boarding", [
        "登船很顺利，扫码就进，{port}码头指引清楚。", "检票很快，不到十分钟就上船了，点赞。", "带着老人登船，工作人员一路帮忙，很贴心。",
        "二维码一扫就过闸机，比以前排队买票方便多了。"], [
        "Boarding at {port} was quick and well organised.", "Scanned the code and walked straight on, no queue at all.",
        "Staff helped my mum with her bags at the gate, really kind.", "Smooth boarding, clear signs for foot passengers."]),
    "friendly_crew": ("positive", "tp_onboard", [
        "船员态度很好，一路都有广播提醒。", "{vessel}上的服务员很热情，孩子晕船还给了姜糖。", "乘务员很专业，船舱干净。"], [
        "Crew on the {vessel} were lovely, very helpful with the kids.", "Friendly crew and a spotless cabin.",
        "The deckhand gave us tips about the island, great service."]),
    "scenic_crossing": ("positive", "tp_onboard", [
        "{route}这段海景太美了，甲板上拍了好多照片。", "一路风平浪静，看到海鸥和日落，值了。", "航行很稳，风景很好。"], [
        "Beautiful crossing, we sat outside the whole way to {island}.", "Calm sea, stunning views, saw dolphins!",
        "Lovely sail, the sunset on the way back was unreal."]),
    "easy_booking": ("positive", "tp_fare_select", [
        "在{channel}上买票很方便，选班次一目了然。", "三分钟搞定船票，还能直接选座。", "小程序买票很顺手，推荐。"], [
        "Booking on the {channel} took two minutes, very easy.", "Easy to pick a sailing and pay, ticket came instantly.",
        "Simple booking flow, love that the ticket goes straight to my wallet."]),
    "rebook_easy": ("positive", "tp_rebook", [
        "停航后收到推送一键改签到第二天，太省心了。", "台风停航，App里直接改签，不用打电话，好评。", "改签免费而且很快，体验不错。"], [
        "Sailing was cancelled for wind but the one-tap rebook moved us to the next morning, brilliant.",
        "Got a push message and rebooked in seconds, no phone queue. Well done.",
        "Cancellation handled really well, free rebooking on the app."]),
    "cafe_good": ("positive", "tp_cafe", [
        "船上咖啡不错，价格也合理。", "咖啡吧的茶叶蛋和豆浆很好吃。", "船上能买到热饮，冬天很暖心。"], [
        "The onboard café does a decent flat white!", "Great spanakopita at the café, reasonable prices.",
        "Love the café on board, hot chocolate for the kids saved the trip."]),
    "pass_value": ("positive", "tp_pass_renew", [
        "岛民季票太划算了，每周往返省了不少钱。", "季票续期很方便，自动提醒。", "有了季票上下班坐船省心多了。"], [
        "The islander pass pays for itself in two weeks. Renewal was painless.",
        "Season pass is great value for commuting to the mainland.", "Renewing the pass in the app took a minute, thanks."]),
    "upgrade_worth": ("positive", "tp_seat_upgrade", [
        "值机时加钱升了{premium}，座位宽敞安静，值。", "升舱后体验好很多，有充电口和免费茶水。"], [
        "Upgraded to {premium} at check-in, worth every cent.", "The upgrade was a treat, quiet seats and free water."]),
    # neutral
    "schedule_question": ("neutral", "tp_timetable", [
        "请问冬季{route}的班次会减少吗？", "下个月的船期什么时候放出来？", "周末有没有加班船？"], [
        "When does the winter timetable for {route} come out?", "Are there extra sailings on the long weekend?",
        "Is the 7am sailing running on public holidays?"]),
    "luggage_pets": ("neutral", "tp_support", [
        "请问可以带宠物狗上船吗？需要笼子吗？", "自行车可以带上船吗，要另外买票吗？", "行李超过多少需要托运？"], [
        "Can I bring my dog on board, does it need a crate?", "Do bikes need a separate ticket?",
        "Is there a luggage limit for foot passengers?"]),
    "pass_question": ("neutral", "tp_pass_page", [
        "岛民季票需要提供什么材料？", "租房住岛上可以办季票吗？", "季票可以给家人用吗？"], [
        "What documents do I need for the islander pass?", "Can renters on the island get the season pass?",
        "Is the pass transferable to family members?"]),
    "neutral_trip": ("neutral", "tp_onboard", [
        "正常出行，没什么特别的。", "还行吧，按时到了。", "一般，船有点旧。"], [
        "Fine, nothing special.", "Ferry was ok, got there.", "Average crossing, ship is a bit dated."]),
    # negative
    "cancel_notice_late": ("negative", "tp_weather_cancel", [
        "到了码头才知道停航，短信提前一小时才发，白跑一趟！", "{route}停航通知太晚了，我们已经在去码头的路上。",
        "台风停航能理解，但通知能不能早点发？带着孩子在码头干等。", "停航只提前一个多小时通知，酒店都退了，怎么办？"], [
        "Found out the sailing was cancelled when we got to the terminal, the text came an hour before.",
        "Cancellation notice was way too late, we'd already driven to {port}.",
        "Understand the weather but please tell people earlier than one hour before."]),
    "refund_slow": ("negative", "tp_refund", [
        "停航退款申请了两个星期还没到账！", "退票款十几天了还没退回来，客服只说在处理。", "退款太慢了，信用卡一直没看到退款。"], [
        "Still waiting for my refund after {days} days for the cancelled sailing.",
        "Refund for the cancelled Paros ferry took almost three weeks, unacceptable.",
        "Applied for a refund two weeks ago, nothing on my card yet. Customer service just says 'processing'.",
        "Refunds are painfully slow, had to call three times."]),
    "kiosk_broken": ("negative", "tp_kiosk", [
        "{port}码头的自助售票机刷卡一直失败，差点没赶上船。", "自助机读不了卡，只能排长队。", "售票机坏了也没人管。"], [
        "The ticket kiosk at {port} kept rejecting my card, nearly missed the boat.",
        "Two of the kiosks at {port} were down and the card reader on the third timed out twice.",
        "Kiosk card reader broken again, huge queue, no staff around.", "Machine at the port ate my time, card timeout."]),
    "checkin_app_fail": ("negative", "tp_checkin", [
        "安卓App值机后登船码一直显示不出来，只能到码头重新办。", "更新App后值机失败，二维码出错。", "在线值机老是报错，安卓手机用不了。"], [
        "Online check-in on Android keeps failing, the boarding pass QR never loads.",
        "After the app update check-in just errors out. Had to queue at the terminal.",
        "Android app crashes at check-in. Please fix."]),
    "vehicle_deck_full": ("negative", "tp_vehicle_add", [
        "想带车上岛，车位永远满，只能改时间。", "车辆舱位太少了，周末根本订不到。"], [
        "Car deck sold out again for {route} on Friday, had to go two sailings later.",
        "Impossible to get a vehicle reservation on summer weekends.",
        "Vehicle space full for every sailing Saturday, we had to leave the car behind.",
        "Tried to add my car and it said the deck was full for the whole afternoon."]),
    "delay": ("negative", "tp_arrival", [
        "船晚点了{delay}分钟，也没有任何广播解释。", "{route}又晚点，错过了接驳车。", "延误太严重，准点率太差了。"], [
        "Ferry was {delay} minutes late and nobody told us why.", "Delayed again on {route}, missed my connection.",
        "Late departure, late arrival, no announcements. Not good enough."]),
    "cafe_soldout": ("negative", "tp_cafe", [
        "四个小时的船，咖啡吧一个小时就卖空了，连水都没有。", "船上餐饮太少，排队半小时什么也没买到。"], [
        "Four hour crossing and the café ran out of food before we left Piraeus harbour.",
        "Café sold out of almost everything within an hour, queue was insane.",
        "Nothing left at the snack bar halfway to Paros, in August! Stock it properly."]),
    "cafe_pricey": ("negative", "tp_cafe", [
        "船上一杯咖啡卖得太贵了。", "小卖部东西贵还难吃。"], [
        "Overpriced coffee on board.", "Café prices are a rip-off for what you get."]),
    "missed_gate": ("negative", "tp_missed", [
        "提前十五分钟到了还说检票结束了，没让上船。", "码头太难找了，导航把我们带到别的入口，误船了。"], [
        "Gate closed 15 minutes before departure and they wouldn't let us on.",
        "Traffic into Piraeus was terrible and gate E8 is impossible to find, missed the boat.",
        "Missed our ferry because the signs to the gate are so confusing at Piraeus."]),
    "pass_approval_slow": ("negative", "tp_pass_issued", [
        "季票申请提交一周多了还在审核。", "岛民认证太慢，材料还要寄纸质件。"], [
        "Applied for the islander pass {days} days ago and it's still pending.",
        "Why does the residency check take two weeks? Still paying full fare meanwhile.",
        "Had to mail in proof of address for the pass, in 2025, seriously?"]),
    "payment_failed": ("negative", "tp_payment", [
        "支付的时候一直转圈然后失败。", "付款失败但是钱扣了。"], [
        "Payment page timed out twice.", "Card was charged but the booking failed."]),
    "seasick_rough": ("negative", "tp_onboard", [
        "风浪太大，全船人都晕了，应该停航。", "浪大还开船，太颠了。"], [
        "Crossing was very rough, half the boat was sick.", "Should have been cancelled, horrible swell."]),
}
GEN_POS = ["smooth_boarding", "friendly_crew", "scenic_crossing", "easy_booking", "cafe_good"]
GEN_POS_W = [0.25, 0.25, 0.25, 0.15, 0.10]
GEN_NEU = ["schedule_question", "luggage_pets", "neutral_trip"]
GEN_NEG = ["delay", "cafe_pricey", "seasick_rough", "payment_failed"]


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self._u = self.rng.random(400_000)
        self._ui = 0
        self.customers: list[dict] = []
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.n = dict(bk=0, ses=0, cus=0, pass_=0)
        self.storm: dict = {}
        self.sail: dict = {}
        days = [(START + D(days=i)).date() for i in range((END + D(days=45) - START).days + 1)]
        self.days = days
        self.day_p = {}
        for g in REGIONS:
            w = np.array([SEASON[g][d.month - 1] * (1.35 if d.weekday() >= 4 else 0.9)
                          * (1.6 if g == "Zhejiang" and d.month == 10 and d.day <= 7 else 1.0)
                          * (1.0 + 0.008 * ((d.year - 2024) * 12 + d.month - 10)) for d in days])
            self.day_p[g] = w / w.sum()
        self.day_cum = {g: np.cumsum(p) for g, p in self.day_p.items()}
        self.ab: dict = {}

    # ---------- helpers
    def r(self) -> float:
        if self._ui >= len(self._u):
            self._u = self.rng.random(400_000)
            self._ui = 0
        self._ui += 1
        return float(self._u[self._ui - 1])

    def ri(self, a, b):  # inclusive ints
        return a + int(self.r() * (b - a + 1))

    def pick(self, items, w=None):
        if w is None:
            return items[int(self.r() * len(items))]
        x = self.r() * sum(w)
        for it, wi in zip(items, w):
            x -= wi
            if x < 0:
                return it
        return items[-1]

    def pickd(self, d):
        return self.pick(list(d), list(d.values()))

    def expo(self, mean):
        return -mean * np.log(1.0 - self.r() + 1e-12)

    def ev(self, c, ts, tp, **kw):
        if ts > END or ts < START:
            return False
        row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp)
        row.update({k: v for k, v in kw.items() if v is not None})
        self.events.append(row)
        return True

    def rcols(self, rid, direction):
        r = ROUTE[rid]
        port = r[4] if direction == "O" else r[5]
        g = r[1]
        return dict(route_id=rid, route=r[3], 航线=r[2], region=g, 地区=REGIONS[g][0], port=port[0], 港口=port[1],
                    vessel=r[8], 船名=r[9])

    # ---------- sailings and weather
    def storm_day(self, rid, d):
        key = (rid, d)
        if key in self.storm:
            return self.storm[key]
        r = ROUTE[rid]
        g, m = r[1], d.month
        res = None
        if g == "Zhejiang" and any(a <= d <= b for a, b in TYPHOONS):
            res = ("typhoon", 1.0)
        elif g == "British Columbia" and BC_STORM[0] <= d <= BC_STORM[1]:
            res = ("storm", 0.9)
        else:
            if g == "Zhejiang":
                mult = {"ZJ-PTS": 0.6, "ZJ-SS": 1.4, "ZJ-THD": 1.0}[rid]
                if m in (7, 8, 9):
                    p, why = 0.05 * mult, self.pick(["typhoon", "strong_wind"], [0.4, 0.6])
                elif m in (3, 4):
                    p, why = 0.06 * mult, "fog"
                else:
                    p, why = 0.008 * mult, "strong_wind"
            elif g == "Greece":
                if m in (7, 8):
                    p = {"GR-PAR": 0.17, "GR-AND": 0.10, "GR-AEG": 0.035}[rid]
                    why = "strong_wind"
                elif m in (12, 1, 2):
                    p, why = 0.05, self.pick(["storm", "high_swell"])
                else:
                    p, why = 0.01, "strong_wind"
            else:
                if m in (11, 12, 1, 2):
                    p, why = 0.045 if rid != "BC-SSI" else 0.06, self.pick(["storm", "strong_wind"], [0.6, 0.4])
                else:
                    p, why = 0.004, "fog"
            if self.r() < p:
                res = (why, 0.55 + 0.4 * self.r())
        self.storm[key] = res
        return res

    def sailing(self, rid, d, hhmm, direction):
        key = (rid, d, hhmm, direction)
        if key in self.sail:
            return self.sail[key]
        r = ROUTE[rid]
        dep = datetime(d.year, d.month, d.day, int(hhmm[:2]), int(hhmm[3:]))
        st = self.storm_day(rid, d)
        cancelled, why = False, None
        if st and self.r() < st[1]:
            cancelled, why = True, st[0]
        mean = DELAY_MEAN[rid]
        if rid == "GR-PAR" and d.month in (7, 8):
            mean = 34.0
        elif rid == "GR-AND" and d.month in (7, 8):
            mean = 17.0
        elif rid == "BC-SSI" and d.month in (6, 7, 8, 9) and d.weekday() in (4, 6):
            mean = 27.0
        delay = 0 if self.r() < 0.35 else int(round(self.expo(mean)))
        s = dict(sailing_id=f"{rid}-{d:%Y%m%d}-{hhmm.replace(':', '')}-{direction}", dep=dep, cancelled=cancelled,
                 reason=why, delay=delay, rid=rid, direction=direction, minutes=r[6])
        if cancelled:
            g = r[1]
            if g == "Zhejiang" and dep < AUTO_REBOOK:
                nh = 0.5 + 2.5 * self.r()
            elif g == "Zhejiang":
                nh = 8 + 16 * self.r()
            elif g == "Greece":
                nh = 2 + 10 * self.r() if dep < AUTO_REBOOK else 6 + 14 * self.r()
            else:
                nh = 3 + 15 * self.r()
            s["notice_hours"] = round(nh, 1)
        self.sail[key] = s
        return s

    def next_sailing(self, s, min_dt):
        """first non-cancelled sailing of the same route and direction departing after min_dt."""
        r = ROUTE[s["rid"]]
        d = min_dt.date()
        for k in range(10):
            dd = d + D(days=k)
            for hh in r[7]:
                dep = datetime(dd.year, dd.month, dd.day, int(hh[:2]), int(hh[3:]))
                if dep <= min_dt:
                    continue
                x = self.sailing(s["rid"], dd, hh, s["direction"])
                if not x["cancelled"]:
                    return x
        return None

    # ---------- customers
    def new_customer(self, g, kind):
        self.n["cus"] += 1
        cid = f"C{self.n['cus']:06d}"
        home = self.pickd(HOME[g]) if kind == "tourist" else {"Zhejiang": "China", "Greece": "Greece",
                                                               "British Columbia": "Canada"}[g]
        if kind != "tourist" and self.r() < 0.08:
            home = self.pickd(HOME[g])
        if home == "China":
            lang = "zh"
        elif home == "Greece":
            lang = "el"
        elif home == "France":
            lang = "fr"
        else:
            lang = "en"
        if g == "British Columbia" and home == "Canada" and self.r() < 0.12:
            lang = "zh"   # Vancouver's Chinese-speaking islanders / day-trippers
        os_ = self.pick(["ios", "android"], [0.42, 0.58] if home == "China" else [0.58, 0.42])
        if g == "Zhejiang":
            acq = self.pickd({"search_ads": 0.18, "social": 0.30, "app_store": 0.07, "port_kiosk": 0.2,
                              "referral": 0.1, "travel_agent": 0.08, "organic": 0.07})
        elif g == "Greece":
            acq = self.pickd({"search_ads": 0.32, "social": 0.12, "app_store": 0.06, "port_kiosk": 0.22,
                              "referral": 0.08, "travel_agent": 0.1, "organic": 0.1})
        else:
            acq = self.pickd({"search_ads": 0.22, "social": 0.14, "app_store": 0.16, "port_kiosk": 0.12,
                              "referral": 0.14, "tourism_board": 0.08, "organic": 0.14})
        if kind == "islander":
            acq = self.pick(["referral", "organic", "port_kiosk"], [0.4, 0.4, 0.2])
        vprob = {"Zhejiang": 0.12, "Greece": 0.22, "British Columbia": 0.5}[g]
        if kind != "tourist":
            vprob += 0.25
        c = dict(customer_id=cid, signup_at=None, segment=None, region=g, 地区=REGIONS[g][0],
                 acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], tier=None, home_country=home,
                 国家=COUNTRY_ZH[home], language=lang, phone_os=os_, has_vehicle=self.r() < vprob,
                 vehicle_type=None, kind=kind, birth_year=self.ri(1948, 2005), tickets=0, pass_holder=False,
                 first_session=True, marketing_opt_in=self.pick(["true", "false"], [0.4, 0.6]))
        if c["has_vehicle"]:
            c["vehicle_type"] = self.pickd({"car": 0.62, "suv": 0.26, "motorbike": 0.06, "camper": 0.06}
                                           if g != "Zhejiang" else {"car": 0.7, "suv": 0.25, "motorbike": 0.05})
        if kind == "islander":
            rts = ROUTES_OF[g]
            c["home_route"] = self.pick([x[0] for x in rts], [x[14] for x in rts])
            c["home_island"] = ROUTE[c["home_route"]][5][0]
            c["所在岛屿"] = ROUTE[c["home_route"]][5][1]
        if g == "Zhejiang":
            c["pref_channel"] = self.pickd({"mini_program": 0.55, "app": 0.3, "web": 0.15})
        elif g == "Greece":
            c["pref_channel"] = self.pickd({"web": 0.62, "app": 0.38})
        else:
            c["pref_channel"] = self.pickd({"app": 0.55, "web": 0.45})
        self.customers.append(c)
        return c

    def sign(self, c, ts):
        if c["signup_at"] is None or ts < c["signup_at"]:
            c["signup_at"] = ts

    def device(self, c, channel):
        if channel == "web":
            return "pc" if self.r() < 0.55 else c["phone_os"]
        return c["phone_os"]

    def app_version(self, c, ts):
        lag = int(c["customer_id"][1:]) * 37 % 100 < 14
        if lag:
            ts = ts - D(days=25)
        if ts < datetime(2025, 3, 10):
            return "5.2.3"
        if ts < datetime(2025, 7, 1):
            return "5.3.0"
        if ts < ANDROID_BUG[0]:
            return "5.3.2"
        if ts < ANDROID_BUG[1]:
            return "5.4.0"
        if ts < datetime(2026, 3, 16):
            return "5.4.1"
        return "5.5.0"

    # ---------- purchase
    def fare(self, rid, cls, d, islander_fare=False):
        r = ROUTE[rid]
        f = r[11] if cls == "economy" else r[12]
        if r[1] == "Greece" and d.month in (6, 7, 8, 9):
            f *= 1.2
        if islander_fare:
            f *= 0.5
        return round(f, 2)

    def daytime(self, t, dep):
        """people shop for tickets between 07:00 and 23:59, not at night, and at least 25 min before departure."""
        if t.hour < 7:
            t2 = t.replace(hour=self.ri(7, 22), minute=self.ri(0, 59))
            if t2 < dep - D(minutes=25):
                return t2
            t3 = (t - D(days=1)).replace(hour=self.ri(18, 23), minute=self.ri(0, 59))
            return t3
        return t

    def online_purchase(self, c, s, lead_h, passengers, want_vehicle, islander_fare=False, channel=None):
        """one online shopping session for sailing s; returns (ticket dict, ts) or None."""
        r = ROUTE[s["rid"]]
        g = r[1]
        channel = channel or c["pref_channel"]
        if self.r() < 0.15 and channel != "web":
            channel = "web"
        dev = self.device(c, channel)
        t = self.daytime(s["dep"] - D(hours=lead_h), s["dep"])
        if t < START:
            return None
        self.n["ses"] += 1
        sid = f"S{self.n['ses']:07d}"
        base = dict(session_id=sid, channel=channel, device=dev)
        if channel == "app":
            base["app_version"] = self.app_version(c, t)
        rc = self.rcols(s["rid"], s["direction"])
        if c["first_session"] and c["acquisition_channel"] in ("search_ads", "social") and self.r() < 0.7:
            plat = {"Zhejiang": ["baidu", "wechat_moments", "douyin", "xiaohongshu"],
                    "Greece": ["google", "meta", "google"], "British Columbia": ["google", "meta"]}[g]
            self.ev(c, t - D(minutes=self.ri(1, 20)), "tp_ad_click", action="click", channel="ads",
                    ad_platform=self.pick(plat), campaign=f"{g[:2].upper()}-{'summer' if 5 <= t.month <= 9 else 'offpeak'}-{t.year}",
                    route_id=rc["route_id"], region=g, 地区=rc["地区"])
        c["first_session"] = False
        self.sign(c, t)
        self.ev(c, t, "tp_timetable", action="view", **base, **rc)
        if self.r() < 0.35:
            self.ev(c, t + D(seconds=self.ri(20, 200)), "tp_timetable", action="view", **base, **rc)
        p_leave = 0.30 if c["kind"] == "tourist" else 0.08
        if self.r() < p_leave:
            return None
        cls = "economy"
        if r[12] is not None and self.r() < (0.12 if g != "Greece" else 0.16):
            cls = "premium"
        t += D(seconds=self.ri(60, 420))
        common = dict(sailing_id=s["sailing_id"], sailing_date=s["dep"].date().isoformat(),
                      departure_time=s["dep"].strftime("%H:%M"), fare_class=cls,
                      舱位=("经济座" if cls == "economy" else r[15][1]), passengers=passengers, **rc)
        self.ev(c, t, "tp_fare_select", action="click", **base, **common)
        veh = None
        if want_vehicle and r[10]:
            veh = c["vehicle_type"]
            pfull = 0.04
            if s["rid"] == "BC-SSI" and s["dep"].month in (6, 7, 8, 9) and s["dep"].weekday() in (4, 5, 6):
                pfull = 0.46
            elif s["rid"] == "BC-BOW" and s["dep"].month in (7, 8):
                pfull = 0.12
            elif g == "Greece" and s["dep"].month in (7, 8):
                pfull = 0.10
            t += D(seconds=self.ri(30, 180))
            if self.r() < pfull:
                self.ev(c, t, "tp_vehicle_add", action="fail", error_code="VEHICLE_DECK_FULL", vehicle_type=veh,
                        车辆类型=VEH_ZH[veh], **base, **common)
                c["deck_full"] = (t, s)
                if self.r() < 0.5:
                    return None
                s2 = self.next_sailing(s, s["dep"] + D(minutes=30))
                if s2 is None:
                    return None
                s = s2
                common.update(sailing_id=s["sailing_id"], sailing_date=s["dep"].date().isoformat(),
                              departure_time=s["dep"].strftime("%H:%M"))
                t += D(seconds=self.ri(30, 240))
            self.ev(c, t, "tp_vehicle_add", action="success", vehicle_type=veh, 车辆类型=VEH_ZH[veh], **base, **common)
        if self.r() < (0.10 if c["kind"] == "tourist" else 0.03):
            return None
        fare = self.fare(s["rid"], cls, s["dep"].date(), islander_fare) * passengers
        vfee = r[13] if veh else 0.0
        if veh and islander_fare:
            vfee = round(vfee * 0.6, 2)
        method = self.pick(["wechat_pay", "alipay", "card"], [0.62, 0.3, 0.08]) if g == "Zhejiang" else \
            self.pick(["card", "apple_pay", "google_pay", "paypal"], [0.6, 0.18, 0.12, 0.1])
        for attempt in range(1, 4):
            t += D(seconds=self.ri(40, 240))
            if self.r() < 0.065:
                code = self.pick(["CARD_DECLINED", "PAY_TIMEOUT", "3DS_FAILED"], [0.45, 0.35, 0.2])
                self.ev(c, t, "tp_payment", action="fail", error_code=code, attempt=attempt, pay_method=method,
                        amount=round(fare + vfee, 2), currency=REGIONS[g][1], **base, **common)
                c["pay_fail"] = (t, s)
                if self.r() < 0.4:
                    return None
                continue
            self.ev(c, t, "tp_payment", action="success", attempt=attempt, pay_method=method,
                    amount=round(fare + vfee, 2), currency=REGIONS[g][1], **base, **common)
            break
        else:
            return None
        t += D(seconds=self.ri(3, 40))
        return self.issue(c, s, t, channel, dev, cls, passengers, veh, fare, vfee, method, base, common,
                          islander_fare=islander_fare)

    def kiosk_purchase(self, c, s, passengers, want_vehicle):
        r = ROUTE[s["rid"]]
        g = r[1]
        t = s["dep"] - D(minutes=self.ri(18, 80))
        rc = self.rcols(s["rid"], s["direction"])
        kiosk = f"{rc['port'][:3].upper()}-K{self.ri(1, 4)}"
        pfail = 0.04
        if rc["port"] == "Piraeus" and PIR_KIOSK[0] <= t <= PIR_KIOSK[1]:
            pfail = 0.34
        common = dict(sailing_id=s["sailing_id"], sailing_date=s["dep"].date().isoformat(),
                      departure_time=s["dep"].strftime("%H:%M"), fare_class="economy", 舱位="经济座",
                      passengers=passengers, kiosk_id=kiosk, channel="store", device="kiosk", **rc)
        veh = c["vehicle_type"] if (want_vehicle and r[10]) else None
        fare = self.fare(s["rid"], "economy", s["dep"].date()) * passengers
        vfee = r[13] if veh else 0.0
        method = self.pick(["wechat_pay", "alipay", "card"], [0.55, 0.3, 0.15]) if g == "Zhejiang" else \
            self.pick(["card", "contactless", "cash"], [0.5, 0.4, 0.1])
        for attempt in range(1, 4):
            f = pfail if method in ("card", "contactless") else 0.03
            if self.r() < f:
                code = "CARD_READER_TIMEOUT" if pfail > 0.1 and self.r() < 0.85 else \
                    self.pick(["CARD_DECLINED", "CARD_READER_TIMEOUT", "PRINTER_ERROR"], [0.5, 0.3, 0.2])
                self.ev(c, t, "tp_kiosk", action="fail", error_code=code, attempt=attempt, pay_method=method,
                        amount=round(fare + vfee, 2), currency=REGIONS[g][1], **common)
                c["kiosk_fail"] = (t, rc["port"])
                t += D(seconds=self.ri(40, 200))
                if self.r() < 0.3:
                    return None
                continue
            self.ev(c, t, "tp_kiosk", action="success", attempt=attempt, pay_method=method,
                    amount=round(fare + vfee, 2), currency=REGIONS[g][1], vehicle_type=veh,
                    车辆类型=VEH_ZH[veh] if veh else None, **common)
            break
        else:
            return None
        t += D(seconds=self.ri(5, 30))
        base = dict(channel="store", device="kiosk")
        common = {k: v for k, v in common.items() if k not in ("channel", "device")}
        return self.issue(c, s, t, "kiosk", "kiosk", "economy", passengers, veh, fare, vfee, method, base, common)

    def issue(self, c, s, t, channel, dev, cls, passengers, veh, fare, vfee, method, base, common,
              islander_fare=False, pass_trip=False):
        r = ROUTE[s["rid"]]
        g = r[1]
        self.n["bk"] += 1
        bk = f"BK{self.n['bk']:07d}"
        fare_type = "islander_pass" if pass_trip else ("islander" if islander_fare else "standard")
        ok = self.ev(c, t, "tp_ticket_issued", action="success", booking_id=bk, booking_channel=channel,
                     fare_type=fare_type, vehicle_type=veh, 车辆类型=VEH_ZH[veh] if veh else None,
                     **{k: v for k, v in base.items() if k != "session_id"},
                     **({"session_id": base["session_id"]} if "session_id" in base else {}), **common)
        if not ok:
            return None
        c["tickets"] += 1
        tk = dict(bk=bk, s=s, channel=channel, dev=dev, cls=cls, passengers=passengers, veh=veh, ts=t,
                  orders=[], common=common, base=base, pass_trip=pass_trip)
        rate = REGIONS[g][2]
        if not pass_trip:
            oc = dict(customer_id=c["customer_id"], ts=t, status="paid", channel=channel, device=dev,
                      booking_id=bk, currency=REGIONS[g][1], pay_method=method, route_id=s["rid"], route=r[3],
                      航线=r[2], region=g, 地区=REGIONS[g][0], sailing_id=s["sailing_id"],
                      sailing_date=s["dep"].date().isoformat(), passengers=passengers, fare_type=fare_type)
            o = dict(order_type="ticket", 订单类型="船票", amount=round(fare, 2), amount_cny=round(fare * rate, 2),
                     fare_class=cls, 舱位=common["舱位"], **oc)
            self.orders.append(o)
            tk["orders"].append(o)
            if veh:
                o = dict(order_type="vehicle", 订单类型="车辆票", amount=round(vfee, 2), amount_cny=round(vfee * rate, 2),
                         vehicle_type=veh, 车辆类型=VEH_ZH[veh], **oc)
                self.orders.append(o)
                tk["orders"].append(o)
        return tk

    # ---------- after purchase
    def travel(self, c, tk, depth=0):
        s = tk["s"]
        r = ROUTE[s["rid"]]
        g = r[1]
        common = dict(tk["common"])
        common.update(sailing_id=s["sailing_id"], sailing_date=s["dep"].date().isoformat(),
                      departure_time=s["dep"].strftime("%H:%M"))
        bk = tk["bk"]
        issues = []
        # voluntary changes
        if depth == 0 and not tk["pass_trip"] and s["dep"] - tk["ts"] > D(hours=6):
            x = self.r()
            if x < 0.028:
                t = tk["ts"] + (s["dep"] - tk["ts"]) * self.r()
                if t > END:
                    return issues
                self.ev(c, t, "tp_refund", action="requested", booking_id=bk, refund_reason="personal",
                        退款原因="个人原因", **common)
                self.refund(tk, t, "personal")
                return issues
            if x < 0.065:
                t = tk["ts"] + (s["dep"] - tk["ts"]) * self.r()
                s2 = self.next_sailing(s, s["dep"] + D(hours=self.ri(3, 72)))
                if s2 is not None and t <= END:
                    self.ev(c, t, "tp_rebook", action="success", booking_id=bk, rebook_type="manual",
                            rebook_reason="personal", 改签原因="个人原因", new_sailing_id=s2["sailing_id"],
                            channel=tk["channel"] if tk["channel"] != "kiosk" else "web", **{
                                k: v for k, v in common.items() if k != "channel"})
                    fee = {"Zhejiang": 10.0, "Greece": 5.0, "British Columbia": 8.0}[g]
                    self.orders.append(dict(customer_id=c["customer_id"], ts=t, status="paid",
                                            channel=tk["channel"], device=tk["dev"], booking_id=bk,
                                            currency=REGIONS[g][1], pay_method="card", route_id=s["rid"],
                                            route=r[3], 航线=r[2], region=g, 地区=REGIONS[g][0],
                                            sailing_id=s2["sailing_id"], sailing_date=s2["dep"].date().isoformat(),
                                            passengers=tk["passengers"], order_type="change_fee", 订单类型="改签费",
                                            amount=fee, amount_cny=round(fee * REGIONS[g][2], 2)))
                    tk = dict(tk, s=s2)
                    return issues + self.travel(c, tk, depth=1)
        # weather cancellation
        if s["cancelled"]:
            t = max(s["dep"] - D(hours=s["notice_hours"]), tk["ts"] + D(minutes=2))
            self.ev(c, t, "tp_weather_cancel", action="cancelled", booking_id=bk, cancel_reason=s["reason"],
                    停航原因=CANCEL_ZH[s["reason"]], notice_hours=round((s["dep"] - t).total_seconds() / 3600, 1),
                    channel="other", notify_via=self.pick(["sms", "push"]) if tk["channel"] != "kiosk" else "sms",
                    **{k: v for k, v in common.items() if k != "channel"})
            issues.append(("cancel", t, s))
            if g == "Zhejiang" and s["notice_hours"] < 3.1:
                issues.append(("late_notice", t, s))
            if depth >= 2:
                return issues
            auto = t >= AUTO_REBOOK
            p_rebook = 0.70 if auto else 0.33
            if tk["pass_trip"]:
                p_rebook = 0.85
            x = self.r()
            if x < p_rebook:
                t2 = t + (D(minutes=self.ri(1, 40)) if auto else D(minutes=self.ri(20, 1800)))
                s2 = self.next_sailing(s, max(s["dep"] + D(minutes=45), t2 + D(hours=1)))
                if s2 is not None and t2 <= END:
                    self.ev(c, t2, "tp_rebook", action="success", booking_id=bk,
                            rebook_type="one_tap" if (auto and self.r() < 0.85) else "manual",
                            rebook_reason="weather", 改签原因="天气停航", new_sailing_id=s2["sailing_id"],
                            channel="app" if auto else self.pick(["app", "web", "phone"], [0.35, 0.35, 0.3]),
                            **{k: v for k, v in common.items() if k != "channel"})
                    if auto:
                        issues.append(("rebook_ok", t2, s2))
                    tk = dict(tk, s=s2)
                    return issues + self.travel(c, tk, depth=depth + 1)
                return issues
            if not tk["pass_trip"] and x < p_rebook + (1 - p_rebook) * 0.82:
                t2 = t + D(minutes=self.ri(10, 2880))
                if t2 <= END:
                    self.ev(c, t2, "tp_refund", action="requested", booking_id=bk, refund_reason="weather",
                            退款原因="天气停航", channel=self.pick(["app", "web", "phone"], [0.4, 0.4, 0.2]),
                            **{k: v for k, v in common.items() if k != "channel"})
                    days = self.refund(tk, t2, "weather")
                    issues.append(("refund", t2, s, days))
            return issues
        # check-in
        dep = s["dep"]
        t_ci = tk["ts"]
        if tk["pass_trip"]:
            tci = dep - D(minutes=self.ri(30, 600))
            t_ci = max(tci, tk["ts"])
            self.ev(c, t_ci, "tp_checkin", action="success", booking_id=bk, checkin_mode="pass_auto",
                    channel="app", device=c["phone_os"], **{k: v for k, v in common.items() if k != "channel"})
        elif tk["channel"] == "kiosk":
            t_ci = tk["ts"] + D(seconds=self.ri(10, 60))
            self.ev(c, t_ci, "tp_checkin", action="success", booking_id=bk,
                    checkin_mode="kiosk", channel="store", device="kiosk",
                    **{k: v for k, v in common.items() if k not in ("channel", "device")})
        else:
            online = self.r() < 0.8
            tci = dep - D(hours=1 + 23 * self.r())
            if tci < tk["ts"]:
                tci = tk["ts"] + D(minutes=self.ri(1, 20))
            if tci >= dep - D(minutes=20):
                online = False
            done = False
            if online:
                ch = tk["channel"]
                dev = tk["dev"] if self.r() < 0.8 else c["phone_os"]
                if ch == "web" and self.r() < 0.4:
                    ch, dev = "app", c["phone_os"]
                extra = dict(channel=ch, device=dev)
                if ch == "app":
                    extra["app_version"] = self.app_version(c, tci)
                pf = 0.03
                if ch == "app" and dev == "android" and extra["app_version"] == "5.4.0":
                    pf = 0.33
                for attempt in (1, 2):
                    if self.r() < pf:
                        self.ev(c, tci, "tp_checkin", action="fail", booking_id=bk, checkin_mode="online",
                                error_code="QR_RENDER_ERROR" if pf > 0.1 else self.pick(["SESSION_EXPIRED",
                                                                                        "QR_RENDER_ERROR"]),
                                attempt=attempt, **extra, **{k: v for k, v in common.items() if k != "channel"})
                        issues.append(("checkin_fail", tci, s, dev, extra.get("app_version")))
                        tci += D(minutes=self.ri(1, 15))
                        if self.r() < 0.5:
                            break
                        continue
                    t_ci = tci
                    self.ev(c, tci, "tp_checkin", action="success", booking_id=bk, checkin_mode="online",
                            attempt=attempt, **extra, **{k: v for k, v in common.items() if k != "channel"})
                    done = True
                    c.setdefault("online_checkins", []).append((tci, s["rid"], tk["cls"]))
                    # upgrade offer
                    if tk["cls"] == "economy" and r[12] is not None:
                        p = 0.05 if s["rid"] != "GR-PAR" else 0.08
                        v = self.ab.get(c["customer_id"])
                        if AB[0] <= tci <= AB[1]:
                            if v is None:
                                v = self.ab[c["customer_id"]] = self.pick(["control", "photo_offer"])
                            if v == "photo_offer":
                                p *= 2.4
                        tu = tci + D(seconds=self.ri(20, 240))
                        if self.r() < p and tu <= END:
                            self.ev(c, tu, "tp_seat_upgrade", action="success", booking_id=bk, upgrade_from="economy",
                                    upgrade_to="premium", upgrade_name=r[15][0], 升级舱位=r[15][1], **extra,
                                    **{k: v for k, v in common.items() if k not in ("channel", "fare_class", "舱位")})
                            amt = round((r[12] - r[11]) * tk["passengers"], 2)
                            self.orders.append(dict(customer_id=c["customer_id"], ts=tu, status="paid", channel=ch,
                                                    device=dev, booking_id=bk, currency=REGIONS[g][1],
                                                    pay_method="card" if g != "Zhejiang" else "wechat_pay",
                                                    route_id=s["rid"], route=r[3], 航线=r[2], region=g,
                                                    地区=REGIONS[g][0], sailing_id=s["sailing_id"],
                                                    sailing_date=s["dep"].date().isoformat(),
                                                    passengers=tk["passengers"], order_type="upgrade",
                                                    订单类型="座位升级", amount=amt,
                                                    amount_cny=round(amt * REGIONS[g][2], 2), fare_class="premium",
                                                    舱位=r[15][1]))
                            issues.append(("upgrade", tu, s))
                    break
            if not done:
                tk2 = dep - D(minutes=self.ri(25, 70))
                t_ci = max(tk2, tk["ts"], t_ci + D(minutes=self.ri(1, 5)))
                self.ev(c, t_ci, "tp_checkin", action="success", booking_id=bk, checkin_mode="kiosk",
                        channel="store", device="kiosk",
                        **{k: v for k, v in common.items() if k not in ("channel", "device")})
        # missed sailing
        pm = MISS[s["rid"]] * (0.4 if tk["channel"] == "kiosk" else 1.0) * (0.5 if tk["pass_trip"] else 1.0)
        if self.r() < pm:
            self.ev(c, dep + D(minutes=1), "tp_missed", action="no_show", booking_id=bk,
                    **{k: v for k, v in common.items() if k != "channel"}, channel="store")
            issues.append(("missed", dep, s))
            return issues
        tb = dep - D(minutes=self.ri(20, 55) if tk["veh"] else self.ri(4, 35))
        if tb <= t_ci:
            tb = min(t_ci + D(minutes=self.ri(2, 8)), dep - D(minutes=1))
        self.ev(c, tb, "tp_boarding", action="scan", booking_id=bk, channel="store",
                gate=("E8" if ROUTE[s["rid"]][4][0] == "Piraeus" and s["direction"] == "O" and s["rid"] == "GR-AEG"
                      else f"G{self.ri(1, 4)}"),
                boarding_type="vehicle" if tk["veh"] else "foot",
                **{k: v for k, v in common.items() if k != "channel"})
        # cafe
        mins = s["minutes"]
        pc = 0.07 if mins <= 25 else 0.15 if mins <= 45 else 0.24 if mins <= 90 else 0.34 if mins <= 130 else 0.58
        if self.r() < pc:
            tcaf = dep + D(minutes=self.ri(5, max(6, mins - 5)))
            if s["rid"] == "GR-PAR" and dep.month in (7, 8) and self.r() < 0.3:
                self.ev(c, tcaf, "tp_cafe", action="sold_out", booking_id=bk, channel="store",
                        **{k: v for k, v in common.items() if k != "channel"})
                issues.append(("cafe_soldout", tcaf, s))
            else:
                k = 1 + int(self.r() * 3)
                unit = {"Zhejiang": 22.0, "Greece": 4.8, "British Columbia": 6.2}[g]
                if mins >= 200:
                    unit *= 1.5
                spend = round(unit * k * (0.7 + 0.6 * self.r()) * max(1, tk["passengers"] * 0.7), 2)
                if self.ev(c, tcaf, "tp_cafe", action="purchase", booking_id=bk, items=k, spend=spend,
                           currency=REGIONS[g][1], channel="store",
                           **{kk: v for kk, v in common.items() if kk != "channel"}):
                    self.orders.append(dict(customer_id=c["customer_id"], ts=tcaf, status="paid", channel="store",
                                            device="pos", booking_id=bk, currency=REGIONS[g][1],
                                            pay_method=self.pick(["card", "cash", "wechat_pay"] if g == "Zhejiang"
                                                                 else ["card", "contactless", "cash"],
                                                                 [0.3, 0.1, 0.6] if g == "Zhejiang" else
                                                                 [0.35, 0.5, 0.15]),
                                            route_id=s["rid"], route=r[3], 航线=r[2], region=g, 地区=REGIONS[g][0],
                                            sailing_id=s["sailing_id"], sailing_date=s["dep"].date().isoformat(),
                                            passengers=tk["passengers"], order_type="cafe", 订单类型="船上餐饮",
                                            amount=spend, amount_cny=round(spend * REGIONS[g][2], 2), items=k))
        ta = dep + D(minutes=mins + s["delay"])
        self.ev(c, ta, "tp_arrival", action="arrived", booking_id=bk, delay_min=s["delay"], channel="other",
                **{k: v for k, v in common.items() if k != "channel"})
        issues.append(("arrived", ta, s))
        return issues

    def refund(self, tk, t, reason):
        g = ROUTE[tk["s"]["rid"]][1]
        mean = REGIONS[g][4]
        days = max(0.2, self.rng.gamma(4.0, mean / 4.0))
        for o in tk["orders"]:
            o["status"] = "refunded"
            o["refund_reason"] = reason
            o["退款原因"] = "天气停航" if reason == "weather" else "个人原因"
            o["refund_requested_at"] = t
            o["refunded_at"] = t + D(days=float(days))
            if o["refunded_at"] > END:        # still being processed when the extract was taken
                o["status"] = "refund_pending"
                o["refunded_at"] = None
        return days

    # ---------- support and feedback
    def support(self, c, t, reason, tk_s=None, bk=None):
        if t > END:
            return
        g = c["region"]
        ch = self.pick(["wechat", "phone"], [0.6, 0.4]) if g == "Zhejiang" else \
            self.pick(["phone", "live_chat", "email"], [0.45, 0.35, 0.2])
        kw = self.rcols(tk_s["rid"], tk_s["direction"]) if tk_s else dict(region=g, 地区=REGIONS[g][0])
        self.ev(c, t, "tp_support", action="contact", contact_reason=reason, 咨询原因=CONTACT_ZH[reason],
                booking_id=bk, support_channel=ch, channel="phone" if ch == "phone" else "other", **kw)

    def fb(self, c, ts, topic, channel=None, s=None, rating=None, nps=None, extra=None, keep_cust=True,
           lang=None):
        sent, tp, zh, en = T[topic]
        if ts is not None and ts > END:
            return
        if lang is None:
            lang = "zh" if c["language"] == "zh" else "en"
        r = ROUTE[s["rid"]] if s else ROUTE[c.get("home_route") or ROUTES_OF[c["region"]][0][0]]
        port = (r[4] if (s is None or s["direction"] == "O") else r[5])
        fill = dict(route=r[2] if lang == "zh" else r[3], port=port[1] if lang == "zh" else port[0],
                    island=r[5][0], vessel=r[9] if lang == "zh" else r[8],
                    channel=("小程序" if c.get("pref_channel") == "mini_program" else "App")
                    if lang == "zh" else ("app" if c.get("pref_channel") == "app" else "website"),
                    premium=(r[15][1] if lang == "zh" else r[15][0]) if r[15] else ("商务舱" if lang == "zh" else "Business"),
                    delay=str((s or {}).get("delay", 40) if (s or {}).get("delay", 0) >= 15 else 35),
                    days=str(self.ri(12, 25)))
        if extra:
            fill.update(extra)
        txt = self.pick(zh if lang == "zh" else en).format(**fill)
        if channel is None:
            channel = "survey"
        reg = c["region"] if not s else r[1]
        if channel == "google_review" and reg == "Zhejiang":
            channel = "ctrip_review"
        if channel in ("survey", "app_review", "google_review", "ctrip_review") and rating is None:
            rating = self.stars(sent)
        if channel == "survey" and nps is None and self.r() < 0.6:
            nps = self.nps(sent)
        row = dict(text=txt, ts=ts, customer_id=c["customer_id"] if keep_cust else None, touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, language=lang, region=c["region"] if not s else r[1],
                   route_id=r[0], route=r[3], 航线=r[2], topic=topic, sentiment=sent)
        row["地区"] = REGIONS[row["region"]][0]
        if s:
            row["sailing_id"] = s["sailing_id"]
        self.feedback.append(row)

    def stars(self, sent):
        if sent == "positive":
            return self.pick([5, 4, 3], [0.68, 0.28, 0.04])
        if sent == "neutral":
            return self.pick([5, 4, 3, 2], [0.1, 0.4, 0.4, 0.1])
        return self.pick([1, 2, 3], [0.5, 0.36, 0.14])

    def nps(self, sent):
        if sent == "positive":
            return self.ri(8, 10)
        if sent == "neutral":
            return self.ri(5, 8)
        return self.ri(0, 5)

    def after_trip(self, c, tk, issues):
        """support contacts and feedback for one ticket, given what happened."""
        g = c["region"]
        bk = tk["bk"]
        last = None
        for it in issues:
            kind, t, s = it[0], it[1], it[2]
            if kind == "cancel":
                if self.r() < (0.24 if t < AUTO_REBOOK else 0.08):
                    self.support(c, t + D(minutes=self.ri(5, 90)), "weather_cancellation", s, bk)
            elif kind == "late_notice":
                if self.r() < 0.30:
                    self.fb(c, t + D(hours=self.ri(1, 30)), "cancel_notice_late", self.pick(
                        ["survey", "wechat_cs", "ctrip_review"], [0.4, 0.35, 0.25]), s)
                    last = "neg"
            elif kind == "refund":
                days = it[3]
                if g == "Greece" and days > 8 and self.r() < 0.45:
                    self.support(c, t + D(days=self.ri(6, 8)), "refund_status", s, bk)
                if days > 8 and self.r() < 0.5:
                    lang = "zh" if c["language"] == "zh" else "en"
                    ch = "survey" if self.r() < 0.4 else ("wechat_cs" if lang == "zh" and g == "Zhejiang" else
                                                         self.pick(["email", "google_review"]))
                    self.fb(c, t + D(days=min(days, 9) + self.r()), "refund_slow", ch, s,
                            extra=dict(days=str(int(days))))
                    last = "neg"
            elif kind == "rebook_ok":
                if self.r() < 0.2:
                    self.fb(c, t + D(hours=self.ri(1, 48)), "rebook_easy",
                            self.pick(["survey", "app_review"], [0.6, 0.4]), s)
                    last = "pos"
            elif kind == "checkin_fail":
                dev, ver = it[3], it[4]
                if self.r() < 0.25:
                    self.support(c, t + D(minutes=self.ri(2, 30)), "checkin_problem", s, bk)
                if self.r() < (0.3 if ver == "5.4.0" else 0.1):
                    self.fb(c, t + D(minutes=self.ri(5, 600)), "checkin_app_fail",
                            self.pick(["app_review", "survey", "live_chat" if c["language"] != "zh" else "wechat_cs"],
                                      [0.5, 0.3, 0.2]), s, extra=None)
                    self.feedback[-1].update(device=dev, app_version=ver)
                    last = "neg"
            elif kind == "upgrade":
                if self.r() < 0.1:
                    self.fb(c, t + D(hours=self.ri(2, 8)), "upgrade_worth", "survey", s)
            elif kind == "missed":
                if self.r() < (0.22 if s["rid"] == "GR-AEG" else 0.1):
                    self.fb(c, t + D(hours=self.ri(1, 24)), "missed_gate", self.pick(["survey", "google_review"]), s)
                    last = "neg"
            elif kind == "cafe_soldout":
                if self.r() < 0.4:
                    self.fb(c, t + D(hours=self.ri(3, 30)), "cafe_soldout", self.pick(["survey", "google_review"],
                                                                                      [0.7, 0.3]), s)
                    last = "neg"
            elif kind == "arrived":
                if last is None and self.r() < 0.085:
                    if s["delay"] >= 25 and self.r() < 0.6:
                        topic = "delay"
                    else:
                        x = self.r()
                        if x < 0.66:
                            topic = self.pick(GEN_POS, GEN_POS_W)
                        elif x < 0.86:
                            topic = self.pick(GEN_NEU)
                        else:
                            topic = self.pick(GEN_NEG, [0.3, 0.3, 0.28, 0.12])
                    ch = "survey"
                    y = self.r()
                    if y < 0.22:
                        ch = "ctrip_review" if g == "Zhejiang" else "google_review"
                    elif y < 0.30:
                        ch = "app_review"
                    self.fb(c, t + D(hours=self.ri(1, 60)), topic, ch, s)
        if c.get("deck_full") and not c.get("deck_fb") and self.r() < 0.2:
            c["deck_fb"] = True
            t, s = c["deck_full"]
            self.fb(c, t + D(minutes=self.ri(5, 300)), "vehicle_deck_full",
                    self.pick(["survey", "google_review", "email"], [0.4, 0.3, 0.3]), s)
            if self.r() < 0.3:
                self.support(c, t + D(minutes=self.ri(3, 60)), "vehicle_space", s)
        if c.get("kiosk_fail") and not c.get("kiosk_fb"):
            c["kiosk_fb"] = True
            t, port = c["kiosk_fail"]
            bad = port == "Piraeus" and PIR_KIOSK[0] <= t <= PIR_KIOSK[1]
            if self.r() < (0.45 if bad else 0.08):
                self.fb(c, t + D(hours=self.ri(1, 30)), "kiosk_broken", self.pick(["survey", "google_review"],
                                                                                  [0.5, 0.5]), tk["s"])
            if self.r() < 0.15:
                self.support(c, t + D(minutes=self.ri(1, 20)), "kiosk_problem", tk["s"], bk)
        if c.get("pay_fail") and not c.get("pay_fb"):
            c["pay_fb"] = True
            if self.r() < 0.06:
                t, s = c["pay_fail"]
                self.fb(c, t + D(minutes=self.ri(5, 120)), "payment_failed", "app_review", s)

    # ---------- customer lives
    def visit_date(self, g):
        i = int(np.searchsorted(self.day_cum[g], self.r(), side="right"))
        return self.days[min(i, len(self.days) - 1)]

    def pick_sailing(self, rid, d, direction, hour_pref=None):
        r = ROUTE[rid]
        hh = self.pick(r[7])
        return self.sailing(rid, d, hh, direction)

    def ticket_flow(self, c, s, lead_h, passengers, want_vehicle, channel_kind, islander_fare=False):
        if channel_kind == "kiosk":
            tk = self.kiosk_purchase(c, s, passengers, want_vehicle)
        else:
            tk = self.online_purchase(c, s, lead_h, passengers, want_vehicle, islander_fare=islander_fare)
        if tk is None:
            return None
        issues = self.travel(c, tk)
        self.after_trip(c, tk, issues)
        tk["went"] = any(i[0] == "arrived" for i in issues)
        return tk

    def kiosk_share(self, g, d):
        base = {"Zhejiang": 0.30, "Greece": 0.42, "British Columbia": 0.24}[g]
        months = (d.year - 2024) * 12 + d.month - 10
        return max(0.05, base - 0.006 * months)

    def tourist(self, g):
        c = self.new_customer(g, "tourist")
        visits = 1 + int(self.rng.poisson(0.22))
        for v in range(visits):
            d = self.visit_date(g)
            rts = ROUTES_OF[g]
            rid = self.pick([x[0] for x in rts], [x[14] for x in rts])
            passengers = self.pick([1, 2, 3, 4, 5], [0.3, 0.38, 0.12, 0.15, 0.05])
            want_v = c["has_vehicle"] and self.r() < 0.85
            s = self.pick_sailing(rid, d, "O")
            kiosk = self.r() < self.kiosk_share(g, d) and not (want_v and g == "British Columbia")
            lead_mean = {"Zhejiang": 4.0, "Greece": 14.0, "British Columbia": 6.0}[g]
            if g == "Greece" and d.month in (7, 8):
                lead_mean = 24.0
            lead_h = max(0.6, self.expo(lead_mean * 24)) if not kiosk else 0
            if self.r() < 0.25 and not kiosk:   # browsed another date first and gave up
                s0 = self.pick_sailing(rid, d + D(days=self.ri(-10, 10)), "O")
                self.online_purchase_browse(c, s0, lead_h + self.ri(24, 400))
            tk = self.ticket_flow(c, s, lead_h, passengers, want_v, "kiosk" if kiosk else "online")
            if tk is None or not tk["went"]:
                continue
            if self.r() < 0.7:
                d2 = d + D(days=self.pick([0, 1, 2, 3, 4, 7], [0.3, 0.2, 0.18, 0.14, 0.1, 0.08]))
                s2 = self.pick_sailing(rid, d2, "R")
                if s2["dep"] <= s["dep"] + D(hours=2):
                    s2 = self.next_sailing(s2, s["dep"] + D(hours=3))
                    if s2 is None:
                        continue
                kiosk2 = self.r() < self.kiosk_share(g, d2) * 1.3
                lead2 = max(0.5, min((s2["dep"] - s["dep"]).total_seconds() / 3600 + lead_h,
                                     self.expo(lead_mean * 24))) if not kiosk2 else 0
                self.ticket_flow(c, s2, lead2, passengers, want_v, "kiosk" if kiosk2 else "online")

    def online_purchase_browse(self, c, s, lead_h):
        t = self.daytime(s["dep"] - D(hours=lead_h), s["dep"])
        if t < START or t > END:
            return
        self.n["ses"] += 1
        ch = c["pref_channel"]
        base = dict(session_id=f"S{self.n['ses']:07d}", channel=ch, device=self.device(c, ch))
        if ch == "app":
            base["app_version"] = self.app_version(c, t)
        self.sign(c, t)
        c["first_session"] = False
        self.ev(c, t, "tp_timetable", action="view", **base, **self.rcols(s["rid"], s["direction"]))

    def regular(self, g):
        c = self.new_customer(g, "regular")
        n = 2 + int(self.rng.poisson(6))
        rts = ROUTES_OF[g]
        rid0 = self.pick([x[0] for x in rts], [x[14] for x in rts])
        if self.r() < 0.25:
            c["signup_at"] = datetime(2023, 1, 1) + D(days=self.ri(0, 600), seconds=self.ri(0, 86000))
        for k in range(n):
            d = self.visit_date(g)
            rid = rid0 if self.r() < 0.8 else self.pick([x[0] for x in rts])
            s = self.pick_sailing(rid, d, self.pick(["O", "R"]))
            want_v = c["has_vehicle"] and self.r() < 0.7
            kiosk = self.r() < 0.12 and not want_v
            lead_h = max(0.5, self.expo(5 * 24)) if not kiosk else 0
            self.ticket_flow(c, s, lead_h, self.pick([1, 2, 3], [0.55, 0.35, 0.1]), want_v,
                             "kiosk" if kiosk else "online")
        if self.r() < 0.12:   # looked at the islander pass, not eligible
            t = START + D(days=self.ri(0, 640), seconds=self.ri(0, 86000))
            self.ev(c, t, "tp_pass_page", action="view", channel="web", device=self.device(c, "web"), region=g,
                    地区=REGIONS[g][0])

    def islander(self, g):
        c = self.new_customer(g, "islander")
        rid = c["home_route"]
        pz = {"Zhejiang": 0.92, "Greece": 0.78, "British Columbia": 0.85}[g]
        if self.r() < 0.45:
            c["signup_at"] = datetime(2023, 3, 1) + D(days=self.ri(0, 500), seconds=self.ri(0, 86000))
        # pass sign-up date: some already before the data starts (only renewals seen), others during
        t0 = START + D(days=self.ri(-200, 600), seconds=self.ri(25000, 80000))
        active_from = None
        if t0 >= START:
            self.ev(c, t0, "tp_pass_page", action="view", channel="web", device=self.device(c, "web"), region=g,
                    地区=REGIONS[g][0], route_id=rid)
            self.sign(c, t0)
            if self.r() < pz:
                ta = t0 + D(minutes=self.ri(3, 60 * 24 * 6))
                self.n["pass_"] += 1
                pid = f"IP{self.n['pass_']:05d}"
                docs = "online_upload" if (g != "British Columbia" or ta >= BC_PASS_FIX) else "mail_in"
                self.ev(c, ta, "tp_pass_apply", action="submit", channel="web", device=self.device(c, "web"),
                        pass_id=pid, proof_method=docs, region=g, 地区=REGIONS[g][0], route_id=rid,
                        island=c["home_island"], 岛屿=c["所在岛屿"])
                if self.r() < 0.95:
                    if g == "Zhejiang":
                        days = 0.3 + self.expo(1.2)
                    elif g == "Greece":
                        days = 1 + self.expo(2.5)
                    else:
                        days = (4 + self.expo(6.5)) if ta < BC_PASS_FIX else (1 + self.expo(2.0))
                    ti = ta + D(days=days)
                    if days > 7 and self.r() < 0.5:
                        self.support(c, ta + D(days=self.ri(5, 7)), "pass_status")
                    if days > 7 and self.r() < 0.4:
                        self.fb(c, ta + D(days=min(days, 7) + self.r()), "pass_approval_slow",
                                self.pick(["survey", "email", "app_review"], [0.3, 0.4, 0.3]),
                                extra=dict(days=str(int(days))))
                    if self.ev(c, ti, "tp_pass_issued", action="approved", pass_id=pid, approval_days=round(days, 1),
                               channel="email", region=g, 地区=REGIONS[g][0], route_id=rid, island=c["home_island"],
                               岛屿=c["所在岛屿"]):
                        active_from = ti
                        self.pass_order(c, ti, "new", pid)
                else:
                    self.ev(c, ta + D(days=self.ri(2, 9)), "tp_pass_apply", action="rejected", pass_id=pid,
                            channel="email", reject_reason="proof_of_residency", region=g, 地区=REGIONS[g][0], route_id=rid, island=c["home_island"],
                            岛屿=c["所在岛屿"])
        else:
            if self.r() < pz:
                active_from = START
                self.n["pass_"] += 1
                pid = f"IP{self.n['pass_']:05d}"
        # quarters
        renew_p = {"Zhejiang": 0.9, "Greece": 0.68, "British Columbia": 0.8}[g]
        active_until = None
        if active_from is not None:
            c["pass_holder"] = True
            q_end = self.quarter_end(active_from)
            while True:
                if q_end > END:
                    active_until = q_end
                    break
                if self.r() < renew_p:
                    tr = q_end - D(days=self.ri(0, 12), seconds=self.ri(20000, 80000))
                    ch = self.pick(["app", "web"], [0.7, 0.3])
                    self.ev(c, tr, "tp_pass_renew", action="renewed", pass_id=pid, channel=ch,
                            device=self.device(c, ch), region=g, 地区=REGIONS[g][0], route_id=rid,
                            island=c["home_island"], 岛屿=c["所在岛屿"])
                    self.pass_order(c, tr, "renewal", pid)
                    if self.r() < 0.03:
                        self.fb(c, tr + D(hours=self.ri(1, 40)), "pass_value", self.pick(["survey", "app_review"]))
                    q_end = self.quarter_end(q_end + D(days=1))
                else:
                    active_until = q_end
                    if self.r() < 0.05:
                        self.fb(c, q_end + D(days=self.ri(1, 20)), "pass_question", "email")
                    break
        # trips: round trips island -> mainland and back
        months = (END - START).days / 30.4
        n = int(self.rng.poisson(0.75 * months))
        for k in range(n):
            d = (START + D(days=self.ri(0, (END - START).days))).date()
            s = self.pick_sailing(rid, d, "R")
            on_pass = active_from is not None and active_from <= s["dep"] <= active_until
            for leg, s_leg in (("R", s), ("O", None)):
                if s_leg is None:
                    d2 = d + D(days=self.pick([0, 0, 0, 1, 2]))
                    s_leg = self.pick_sailing(rid, d2, "O")
                    if s_leg["dep"] <= s["dep"] + D(hours=2):
                        s_leg = self.next_sailing(s_leg, s["dep"] + D(hours=3))
                        if s_leg is None:
                            break
                if on_pass:
                    tk = self.pass_ticket(c, s_leg)
                    if tk:
                        issues = self.travel(c, tk)
                        self.after_trip(c, tk, issues)
                else:
                    want_v = c["has_vehicle"] and self.r() < 0.5
                    self.ticket_flow(c, s_leg, max(0.5, self.expo(30)), 1, want_v,
                                     "kiosk" if self.r() < 0.15 and not want_v else "online", islander_fare=True)

    def pass_ticket(self, c, s):
        t = self.daytime(s["dep"] - D(hours=max(0.3, self.expo(20))), s["dep"])
        if t < START:
            return None
        base = dict(channel="app", device=c["phone_os"], app_version=self.app_version(c, t))
        rc = self.rcols(s["rid"], s["direction"])
        common = dict(sailing_id=s["sailing_id"], sailing_date=s["dep"].date().isoformat(),
                      departure_time=s["dep"].strftime("%H:%M"), fare_class="economy", 舱位="经济座", passengers=1, **rc)
        return self.issue(c, s, t, "app", c["phone_os"], "economy", 1, None, 0.0, 0.0, None, base, common,
                          pass_trip=True)

    def quarter_end(self, t):
        q = (t.month - 1) // 3
        y, m = (t.year, 3 * q + 4) if q < 3 else (t.year + 1, 1)
        return datetime(y, m, 1) - D(seconds=1)

    def pass_order(self, c, t, kind, pid):
        g = c["region"]
        amt = REGIONS[g][3]
        if t > END:
            return
        self.orders.append(dict(customer_id=c["customer_id"], ts=t, status="paid", channel="app" if kind == "renewal"
                                else "web", device=c["phone_os"], currency=REGIONS[g][1],
                                pay_method="wechat_pay" if g == "Zhejiang" else "card", region=g, 地区=REGIONS[g][0],
                                route_id=c["home_route"], route=ROUTE[c["home_route"]][3],
                                航线=ROUTE[c["home_route"]][2], order_type="season_pass", 订单类型="岛民季票",
                                amount=amt, amount_cny=round(amt * REGIONS[g][2], 2), pass_id=pid,
                                pass_order_kind=kind))

    # ---------- run
    def run(self):
        plan = ([("tourist", "Zhejiang")] * 3900 + [("tourist", "Greece")] * 2700 +
                [("tourist", "British Columbia")] * 1700 + [("regular", "Zhejiang")] * 330 +
                [("regular", "Greece")] * 230 + [("regular", "British Columbia")] * 420 +
                [("islander", "Zhejiang")] * 170 + [("islander", "Greece")] * 95 +
                [("islander", "British Columbia")] * 135)
        order = self.rng.permutation(len(plan))
        for i in order:
            kind, g = plan[i]
            getattr(self, kind)(g)
        self.scraped()
        self.finish()

    def scraped(self):
        """app-store and Google reviews copied without a date or customer."""
        for _ in range(260):
            g = self.pick(list(REGIONS), [0.4, 0.35, 0.25])
            c = dict(customer_id=None, region=g, language="zh" if g == "Zhejiang" else
                     ("zh" if self.r() < 0.08 else "en"), pref_channel="app")
            x = self.r()
            if x < 0.18:
                topic = "checkin_app_fail"
            elif x < 0.28:
                topic = {"Greece": "refund_slow", "Zhejiang": "cancel_notice_late",
                         "British Columbia": "payment_failed"}[g]
            elif x < 0.36:
                topic = "vehicle_deck_full" if g == "British Columbia" else "delay"
            else:
                topic = self.pick(GEN_POS + GEN_NEU, [0.2, 0.15, 0.15, 0.2, 0.05, 0.1, 0.05, 0.1])
            rts = ROUTES_OF[g]
            s = None
            c["home_route"] = self.pick([r[0] for r in rts])
            ch = "app_review" if topic in ("checkin_app_fail", "payment_failed", "easy_booking") else \
                ("ctrip_review" if g == "Zhejiang" else "google_review")
            self.fb(c, None, topic, ch, s, rating=self.stars(T[topic][0]), keep_cust=False)

    def finish(self):
        # experiment assignment: first online check-in in the window on a route with a premium class, economy fare
        self.experiments = []
        for c in self.customers:
            v = self.ab.get(c["customer_id"])
            if v is None:
                continue
            first = min(t for t, rid, cls in c.get("online_checkins", [])
                        if AB[0] <= t <= AB[1] and ROUTE[rid][12] is not None and cls == "economy")
            rid = [rid for t, rid, cls in c["online_checkins"] if t == first][0]
            self.experiments.append(dict(experiment_id="checkin_upgrade_offer_2026", variant=v,
                                         customer_id=c["customer_id"], assigned_at=first, region=c["region"],
                                         route_id=rid, device=c["phone_os"]))
        for c in self.customers:
            if c["kind"] == "islander":
                seg = "islander"
            elif c["tickets"] == 0:
                seg = "prospect"
            elif c["tickets"] <= 2 and c["kind"] == "tourist":
                seg = "one_time"
            else:
                seg = "returning"
            c["segment"] = seg
            c["细分"] = SEG_ZH[seg]
            tier = "gold" if c["tickets"] >= 16 else "silver" if c["tickets"] >= 6 else "basic"
            c["tier"] = tier
            c["会员等级"] = TIER_ZH[tier]
            c["has_vehicle"] = "true" if c["has_vehicle"] else "false"
            c["pass_holder"] = "true" if c["pass_holder"] else "false"


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = G()
    g.run()

    def fmt(v):
        if type(v) is str:
            return v
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return f"{v:.2f}" if abs(v - round(v)) > 1e-9 else str(int(round(v)))
        return str(v)

    def dump(name, rows, cols):
        idx = {k: i for i, k in enumerate(cols)}
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for row in rows:
                line = [""] * len(cols)
                for k, v in row.items():
                    i = idx.get(k)
                    if i is not None and v is not None:
                        line[i] = fmt(v)
                w.writerow(line)

    def cols_of(rows, first, drop=()):
        seen = list(first)
        for row in rows:
            for k in row:
                if k not in seen and k not in drop:
                    seen.append(k)
        return seen

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2],
                               step=i + 1, touchpoint_id=tp, window_days=j[4])
                          for j in JOURNEYS for i, tp in enumerate(j[3])],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    cust = sorted(g.customers, key=lambda c: c["customer_id"])
    drop = ("kind", "tickets", "first_session", "online_checkins", "deck_full", "deck_fb", "kiosk_fail", "kiosk_fb",
            "pay_fail", "pay_fb", "home_route", "pref_channel")
    for c in cust:
        c["preferred_channel"] = c["pref_channel"]
    dump("customers.csv", cust, cols_of(cust, ["customer_id", "signup_at", "segment", "region", "acquisition_channel",
                                               "tier"], drop))
    ev = sorted(g.events, key=lambda e: (e["ts"], e["customer_id"]))
    for i, e in enumerate(ev, 1):
        e["event_id"] = f"E{i:07d}"
    # the gate scanners at Tsawwassen re-sent a batch of scans after an outage (exact duplicates)
    dups = [e for e in ev if e["touchpoint_id"] == "tp_boarding" and e.get("port") == "Tsawwassen"
            and e["ts"].date() == date(2025, 8, 1)][:40]
    ev_out = ev + [dict(e) for e in dups]
    dump("events.csv", ev_out, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                            "device", "channel"]))
    orders = sorted(g.orders, key=lambda o: o["ts"])
    for i, o in enumerate(orders, 1):
        o["order_id"] = f"O{i:07d}"
    dump("orders.csv", orders, cols_of(orders, ["order_id", "customer_id", "ts", "amount", "status", "channel",
                                                "device", "order_type", "订单类型", "currency", "amount_cny"]))
    fb = sorted(g.feedback, key=lambda f: (f["ts"] is None, f["ts"] or datetime(2000, 1, 1), f["text"]))
    ch_zh = {"survey": "行后问卷", "app_review": "应用商店评论", "google_review": "谷歌评论", "ctrip_review": "携程点评",
             "wechat_cs": "微信客服", "live_chat": "在线客服", "email": "邮件"}
    truth = []
    for i, f in enumerate(fb, 1):
        f["feedback_id"] = f"FB{i:06d}"
        f["渠道"] = ch_zh[f["channel"]]
        truth.append(dict(feedback_id=f["feedback_id"], topic=f["topic"], sentiment=f["sentiment"],
                          language=f["language"]))
    dump("feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                          "rating", "nps"], drop=("topic", "sentiment")))
    dump("experiments.csv", sorted(g.experiments, key=lambda x: x["assigned_at"]),
         ["experiment_id", "variant", "customer_id", "assigned_at", "region", "route_id", "device"])
    dump("_truth/feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(cust)}, events {len(ev_out)}, orders {len(orders)}, feedback {len(fb)}, "
          f"experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
