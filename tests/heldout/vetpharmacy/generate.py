"""宠药宝 PetRx online veterinary pharmacy (synthetic, written blind).

Six fulfilment hubs: SH 上海仓 (华东), BJ 北京仓 (华北), GZ 广州仓 (华南), CD 成都仓 (西南) in CNY; SG 新加坡仓 (SGD);
SY 悉尼仓 Sydney (AUD; ships to NSW, Victoria and Queensland). Prescription-only products for dogs and cats: insulin and
vaccines (cold chain), heartworm and flea/tick chews, meloxicam, oclacitinib, prednisolone, methimazole, pimobendan
and a renal prescription diet.

Two ways in: (a) a partner vet clinic sends an e-prescription (电子处方) -> the pharmacist reviews it (审方) -> the
owner pays; (b) the owner comes from an ad / referral / organic search, signs up in the app and uploads a prescription
photo -> the pharmacy checks it with the prescribing vet (处方核验) -> pharmacist review -> checkout.
Then dispatch from the hub (cold chain for insulin and vaccines) -> delivery (temperature logger; excursions raise a
cold-chain alert) -> refund requests, adverse reaction reports (药物不良反应上报), customer-service contacts.
Chronic medicines are refilled: auto-refill subscribers are charged automatically every cycle (payment failures and
stock-outs become missed refills); other owners get a refill reminder and reorder themselves (or the refill is missed).
Data 2024-07-01 .. 2026-05-31 (extract taken in June 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260605
rng = np.random.default_rng(SEED)
D = timedelta
H = lambda h: timedelta(hours=float(h))  # noqa: E731
START, END = datetime(2024, 7, 1), datetime(2026, 5, 31, 23, 59, 59)

GZ_COURIER_SWITCH = (datetime(2025, 6, 1), datetime(2025, 9, 16))     # Guangzhou: cheaper cold-chain courier
SG_VERIFY_RULE = datetime(2025, 10, 1)                                # Singapore: every uploaded script checked by phone
AU_PSP_MIGRATION = (datetime(2026, 2, 1), datetime(2026, 4, 16))      # Australia: new payment processor
MLX_SYRINGE = (datetime(2025, 9, 1), datetime(2026, 1, 1))            # meloxicam: new mL-only dosing syringe
ANXIN_HIS = datetime(2025, 4, 1)                                      # AnXin clinics' new HIS drops the pet weight
EXP_WINDOW = (datetime(2025, 8, 1), datetime(2026, 4, 1))             # refill reminder timing test
D11 = (datetime(2025, 11, 3), datetime(2025, 11, 12))                 # Douyin Double-11 live-stream campaign

HUBS = {
    "SH": dict(zh="上海仓", en="Shanghai hub", city="Shanghai", city_zh="上海", country="CN", cur="CNY", fx=1.0,
               w=0.24, zh_share=1.0, days=(1, 2)),
    "BJ": dict(zh="北京仓", en="Beijing hub", city="Beijing", city_zh="北京", country="CN", cur="CNY", fx=1.0,
               w=0.17, zh_share=1.0, days=(1, 3)),
    "GZ": dict(zh="广州仓", en="Guangzhou hub", city="Guangzhou", city_zh="广州", country="CN", cur="CNY", fx=1.0,
               w=0.16, zh_share=1.0, days=(1, 3)),
    "CD": dict(zh="成都仓", en="Chengdu hub", city="Chengdu", city_zh="成都", country="CN", cur="CNY", fx=1.0,
               w=0.11, zh_share=1.0, days=(1, 3)),
    "SG": dict(zh="新加坡仓", en="Singapore hub", city="Singapore", city_zh="新加坡", country="SG", cur="SGD", fx=5.3,
               w=0.14, zh_share=0.40, days=(1, 2)),
    "SY": dict(zh="悉尼仓", en="Sydney hub", city="Sydney", city_zh="悉尼", country="AU", cur="AUD", fx=4.7,
               w=0.18, zh_share=0.12, days=(1, 3)),
}
CN_HUBS = ("SH", "BJ", "GZ", "CD")
REGION = {"SH": "华东", "BJ": "华北", "GZ": "华南", "CD": "西南", "SG": "Singapore"}
AU_REGIONS = {"New South Wales": 0.6, "Victoria": 0.25, "Queensland": 0.15}
AU_EXTRA_DAYS = {"New South Wales": 0, "Victoria": 1, "Queensland": 2}

CH_CN = {"clinic_erx": 0.36, "xiaohongshu_ads": 0.14, "douyin_ads": 0.13, "wechat_search": 0.12, "referral": 0.14,
         "app_store": 0.11}
CH_OS = {"clinic_erx": 0.40, "google_ads": 0.20, "facebook_ads": 0.14, "referral": 0.14, "app_store": 0.12}
CH_ZH = {"clinic_erx": "诊所电子处方", "xiaohongshu_ads": "小红书广告", "douyin_ads": "抖音广告", "wechat_search": "微信搜一搜",
         "referral": "老客推荐", "app_store": "应用商店自然下载", "google_ads": "谷歌广告", "facebook_ads": "Facebook广告"}
ADS = ("xiaohongshu_ads", "douyin_ads", "google_ads", "facebook_ads")
P_SIGNUP = {"xiaohongshu_ads": 0.40, "douyin_ads": 0.24, "google_ads": 0.45, "facebook_ads": 0.33}
P_UPLOAD = {"xiaohongshu_ads": 0.66, "douyin_ads": 0.55, "google_ads": 0.70, "facebook_ads": 0.62, "wechat_search": 0.72,
            "referral": 0.80, "app_store": 0.60}

CLINIC_GROUPS = {  # group: zh, en
    "anxin": ("安心宠物医院", "AnXin Pet Hospital"),
    "mengzhao": ("萌爪动物医院", "MengZhao Animal Hospital"),
    "renxin": ("仁心宠物诊所", "RenXin Vet Clinic"),
    "islandvet": ("岛屿兽医集团", "Island Vet Group"),
    "pawsclaws": ("爪爪动物诊所", "Paws & Claws Vets"),
    "southerncross": ("南十字兽医", "Southern Cross Vets"),
    "harbourvets": ("海港兽医", "Harbour Vets"),
    "independent": ("独立诊所", "Independent clinic"),
}
HUB_CLINICS = {
    "SH": [("anxin", 3), ("mengzhao", 2), ("renxin", 1), ("independent", 2)],
    "BJ": [("anxin", 2), ("mengzhao", 2), ("independent", 2)],
    "GZ": [("anxin", 2), ("renxin", 2), ("independent", 1)],
    "CD": [("anxin", 1), ("mengzhao", 1), ("independent", 2)],
    "SG": [("islandvet", 2), ("pawsclaws", 2), ("independent", 1)],
    "SY": [("southerncross", 3), ("harbourvets", 2), ("independent", 2)],
}
CLINIC_W = {"anxin": 1.6, "mengzhao": 1.2, "renxin": 1.0, "islandvet": 1.3, "pawsclaws": 1.0, "southerncross": 1.3,
            "harbourvets": 1.0, "independent": 0.6}

PRODUCTS = {  # id: zh, en, class, class_zh, cold, CNY price, refill days
    "insulin": ("犬猫胰岛素注射液", "Pet insulin injection", "insulin", "胰岛素", True, 398, 30),
    "vax_dog": ("犬五联疫苗", "Canine 5-in-1 vaccine", "vaccine", "疫苗", True, 268, 365),
    "vax_cat": ("猫三联疫苗", "Feline 3-in-1 vaccine", "vaccine", "疫苗", True, 228, 365),
    "heartworm_chew": ("心丝虫预防咀嚼片", "Heartworm chews (3-pack)", "parasiticide", "驱虫药", False, 258, 90),
    "flea_tick_chew": ("体内外驱虫咀嚼片", "Flea & tick chew (3-month)", "parasiticide", "驱虫药", False, 235, 90),
    "meloxicam": ("美洛昔康口服混悬液", "Meloxicam oral suspension", "nsaid", "消炎止痛药", False, 96, 30),
    "oclacitinib": ("奥拉替尼片", "Oclacitinib tablets", "dermatology", "皮肤用药", False, 420, 30),
    "prednisolone": ("泼尼松龙片", "Prednisolone tablets", "dermatology", "皮肤用药", False, 45, 30),
    "methimazole": ("甲巯咪唑片", "Methimazole tablets", "endocrine", "内分泌用药", False, 88, 30),
    "pimobendan": ("匹莫苯丹咀嚼片", "Pimobendan chews", "cardiology", "心脏用药", False, 360, 30),
    "renal_diet": ("肾脏处方粮", "Renal prescription diet", "diet", "处方粮", False, 310, 30),
}
PRICE_F = {"CN": 1.0, "SG": 1.22, "AU": 1.28}
SHIP = {"CNY": (12, 25), "SGD": (6, 12), "AUD": (9, 18)}  # regular, cold chain
CONDITIONS = {
    "dog": {"heartworm": ("heartworm_chew", 0.25), "parasites": ("flea_tick_chew", 0.17), "arthritis": ("meloxicam", 0.15),
            "dermatitis": ("oclacitinib", 0.14), "diabetes": ("insulin", 0.08), "heart_disease": ("pimobendan", 0.08),
            "vaccination": ("vax_dog", 0.13)},
    "cat": {"diabetes": ("insulin", 0.13), "hyperthyroidism": ("methimazole", 0.13), "kidney_disease": ("renal_diet", 0.17),
            "arthritis": ("meloxicam", 0.13), "parasites": ("flea_tick_chew", 0.20), "dermatitis": ("prednisolone", 0.08),
            "vaccination": ("vax_cat", 0.16)},
}
COND_ZH = {"heartworm": "心丝虫预防", "parasites": "体内外驱虫", "arthritis": "关节炎", "dermatitis": "皮炎/瘙痒",
           "diabetes": "糖尿病", "heart_disease": "心脏病", "vaccination": "疫苗接种", "hyperthyroidism": "甲亢",
           "kidney_disease": "慢性肾病"}
BREEDS = {"dog": ["poodle", "golden_retriever", "corgi", "shiba_inu", "labrador", "bichon", "border_collie",
                  "french_bulldog", "mixed"],
          "cat": ["british_shorthair", "ragdoll", "domestic_shorthair", "american_shorthair", "persian", "siamese",
                  "mixed"]}
SPECIES_ZH = {"dog": "狗", "cat": "猫"}
HOLD_ZH = {"missing_weight": "处方缺体重", "dose_query": "剂量存疑", "interaction": "药物相互作用", "expired_rx": "处方过期"}
MISSED_ZH = {"payment_failed": "扣款失败", "out_of_stock": "缺货", "rx_expired": "处方过期", "no_reorder": "未续购"}
REACTION_ZH = {"vomiting": "呕吐", "diarrhoea": "腹泻", "lethargy": "精神萎靡", "kidney_values": "肾指标升高",
               "hypoglycaemia": "低血糖", "skin_rash": "皮疹", "injection_site": "注射部位肿胀"}
REFUND_ZH = {"temp_excursion": "冷链温度异常", "damaged_parcel": "包裹破损", "late_delivery": "配送超时",
             "adverse_reaction": "药物不良反应", "wrong_item": "发错货", "changed_mind": "不想要了"}
CS_ZH = {"order_status": "订单进度", "verify_delay": "处方核验进度", "payment_issue": "支付/扣款问题",
         "cold_chain": "冷链问题", "adverse_reaction": "不良反应咨询", "refund_status": "退款进度", "refill_change": "修改续药计划",
         "dosage_question": "用药咨询", "address_change": "修改地址"}
CANCEL_ZH = {"payment_issue": "扣款问题", "pet_passed": "宠物离世", "switched_to_clinic": "改回诊所购买",
             "too_expensive": "价格太贵", "treatment_ended": "疗程结束"}
COURIERS = {"CN": "sf_coldchain", "SG": "ninjavan_cold", "AU": "auspost_express"}
COURIER_REG = {"CN": "sf_express", "SG": "ninjavan", "AU": "auspost"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "投放|广告|信息流|直播间|小红书广告|抖音广告|ad|ads|paid social|Google ad|Facebook ad"),
    ("tp_erx_received", "诊所电子处方到达", "Clinic e-prescription received", "awareness", "other", "digital",
     "clinic_partnerships", "电子处方|诊所处方|医院开方|e-script|e-prescription|eRx|clinic script|vet script"),
    ("tp_app_signup", "注册建档", "App sign-up", "consideration", "app", "digital", "growth",
     "注册|建档|宠物档案|开户|sign-up|signup|register|account|pet profile"),
    ("tp_product_view", "药品详情页浏览", "Product page view", "consideration", "app", "digital", "ecommerce",
     "看药|商品页|详情页|浏览|product page|PDP|browse"),
    ("tp_rx_upload", "上传处方", "Prescription upload", "consideration", "app", "digital", "ecommerce",
     "传处方|拍处方|上传处方单|upload script|upload prescription|script photo"),
    ("tp_vet_verify", "兽医处方核验", "Vet prescription check", "purchase", "phone", "digital", "pharmacy_ops",
     "核验|核实处方|联系兽医|打电话给医生|vet check|script verification|prescription verification|vet verification"),
    ("tp_pharmacist_review", "药师审方", "Pharmacist review", "purchase", "other", "digital", "pharmacy",
     "审方|药师审核|审核处方|pharmacist check|pharmacist review|clinical check|dispensing check"),
    ("tp_checkout", "下单支付", "Checkout", "purchase", "app", "digital", "ecommerce",
     "下单|付款|支付|结账|买药|checkout|pay|place order|purchase"),
    ("tp_dispatch", "仓库发货", "Dispatch", "service", "other", "physical", "fulfilment",
     "出库|发货|打包|拣货|dispatch|shipped|pick and pack|fulfilment"),
    ("tp_delivery", "签收", "Delivery", "service", "other", "physical", "logistics",
     "送达|签收|收货|到货|配送|delivery|delivered|received parcel"),
    ("tp_cold_chain_alert", "冷链温度异常", "Cold-chain temperature alert", "service", "other", "physical", "logistics",
     "温度异常|冷链断链|超温|冰袋化了|temperature excursion|cold chain breach|temp alert|warm parcel"),
    ("tp_subscription_signup", "开通自动续药", "Auto-refill sign-up", "loyalty", "app", "digital", "crm",
     "订阅|开通订阅|自动续药|定期购|subscribe|auto-refill|autoship|subscription"),
    ("tp_refill_reminder", "续药提醒", "Refill reminder", "loyalty", "app", "digital", "crm",
     "续药提醒|补药提醒|到期提醒|提醒|refill reminder|reorder reminder|reminder"),
    ("tp_autorefill_order", "自动续药扣款", "Auto-refill charge", "loyalty", "app", "digital", "crm",
     "自动扣款|订阅扣款|续药扣款|auto-refill charge|subscription charge|autoship order"),
    ("tp_missed_refill", "漏续药", "Missed refill", "loyalty", "other", "digital", "crm",
     "断药|漏续|没续上|错过续药|missed refill|lapsed refill|ran out"),
    ("tp_subscription_cancel", "取消自动续药", "Auto-refill cancellation", "loyalty", "app", "digital", "crm",
     "取消订阅|退订|关闭自动续药|cancel subscription|unsubscribe|cancel auto-refill"),
    ("tp_adverse_report", "药物不良反应上报", "Adverse reaction report", "service", "phone", "digital",
     "pharmacovigilance", "不良反应|副作用|药物反应|ADR|adverse event|side effect|reaction report"),
    ("tp_refund_request", "退款申请", "Refund request", "service", "app", "digital", "finance",
     "退款|退货|退钱|refund|return|money back"),
    ("tp_cs_contact", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_care",
     "客服|人工|售后|投诉|customer service|support|helpdesk|WhatsApp|hotline"),
]
JOURNEYS = [
    ("ad_to_upload", "广告拉新到传处方", "Ad to prescription upload", ["tp_ad_click", "tp_app_signup", "tp_rx_upload"], 14),
    ("upload_to_order", "自传处方到下单", "Uploaded prescription to order",
     ["tp_rx_upload", "tp_vet_verify", "tp_pharmacist_review", "tp_checkout"], 14),
    ("erx_to_order", "诊所电子处方到下单", "Clinic e-prescription to order",
     ["tp_erx_received", "tp_pharmacist_review", "tp_checkout"], 7),
    ("order_to_door", "下单到签收", "Order to doorstep", ["tp_checkout", "tp_dispatch", "tp_delivery"], 7),
    ("refill_reminder", "续药提醒到复购", "Refill reminder to reorder", ["tp_refill_reminder", "tp_checkout"], 10),
]

# ---------------------------------------------------------------- feedback text
# every template of a complaint topic carries that topic's marker (see gold.py) and no other topic's marker
T = {
    "cold_chain_warm": ("neg", "tp_delivery", {
        "zh": ["冰袋全化了，{p}到手摸着是温的，不敢用", "保温箱里的冰袋早就化成水了，{p}还能用吗？",
               "收到的时候冰袋是软的，箱子里一点凉气都没有", "这次{p}的冰袋全化了，打电话问了半天也说不清",
               "夏天送{p}冰袋居然只放了一个，到手全化了"],
        "en": ["Ice packs were completely melted and the {p} felt warm", "The ice pack was just water when the box arrived",
               "Opened the box and the ice pack was warm, is the {p} still safe to use?",
               "Third time the ice pack has been melted on arrival, not acceptable for {p}"]}),
    "verify_slow": ("neg", "tp_vet_verify", {
        "zh": ["处方核验等了三天还没好，猫的药都快吃完了", "上传了处方一直显示核验中，客服只会说在联系医生",
               "核验要这么久吗？我直接去诊所买了", "处方核验太磨蹭了，医生那边早就同意了"],
        "en": ["Prescription verification has taken four days, my dog is almost out of tablets",
               "Stuck on 'verifying with your vet' forever", "Why does verification take a week? My vet says nobody called",
               "Gave up waiting for the verification and bought it at the clinic"]}),
    "payment_failed": ("neg", "tp_autorefill_order", {
        "zh": ["自动续药扣款失败了也没人通知，药断了好几天", "信用卡明明能用，续药却一直扣款失败",
               "扣款失败之后订阅就停了，{p}差点断药"],
        "en": ["Auto-refill payment failed and nobody told me, {p} ran out", "My card works everywhere else but the refill payment keeps failing",
               "Payment declined again on the auto-refill, had to reorder by hand",
               "The new payment page rejected my card twice, refill never shipped"]}),
    "vomiting": ("neg", "tp_adverse_report", {
        "zh": ["猫吃了{p}以后一直吐，还不吃东西", "按针筒刻度喂的{p}，结果猫吐了两天，是不是剂量不对",
               "喂药后狗狗呕吐拉稀，已经去医院了", "新包装的针筒刻度看不懂，猫吃了以后吐得厉害"],
        "en": ["My cat started vomiting after the {p}", "Cat has been vomiting since the new bottle of {p}, the syringe has no kg marks",
               "Dog kept vomiting after the first dose, vet told us to stop", "Vomiting and not eating after the {p}, very worried"]}),
    "side_effect": ("neg", "tp_adverse_report", {
        "zh": ["吃了{p}之后有点副作用，精神不太好", "{p}的副作用比医生说的大，想咨询一下"],
        "en": ["Noticed a side effect after the {p}, she is very sleepy", "Some side effects after the {p}, can the pharmacist call me"]}),
    "weight_hold": ("neg", "tp_pharmacist_review", {
        "zh": ["审方卡了两天，说医院开的处方上没写体重", "医生的电子处方缺体重，又要我自己去找医院补",
               "每次医院开方都不写体重，审方就卡住"],
        "en": ["Order held because the clinic's e-script had no weight on it", "They need my dog's weight before releasing the order, the clinic never sends it",
               "Held again for missing weight, the vet's system leaves it off"]}),
    "late_delivery": ("neg", "tp_delivery", {
        "zh": ["物流太慢了，说好两天到结果五天", "物流信息三天没更新", "这次物流绕了一大圈才送到"],
        "en": ["The courier took five days for a two-day delivery", "Courier tracking hasn't moved in three days",
               "Courier left it at the wrong door, found it a day later"]}),
    "out_of_stock": ("neg", "tp_missed_refill", {
        "zh": ["{p}又缺货了，订阅也没法发", "缺货都不提前说，宠物的药不能停啊"],
        "en": ["{p} out of stock again, my subscription was skipped", "Out of stock with no warning, you can't just stop a pet's medication"]}),
    "price_high": ("neg", "tp_checkout", {
        "zh": ["{p}比医院还贵，运费也不便宜", "冷链运费太贵了，一瓶药运费二十多"],
        "en": ["{p} is more expensive than at my vet", "Shipping is expensive for such a small parcel"]}),
    "refund_slow": ("neg", "tp_refund_request", {
        "zh": ["申请退款一周了还没到账", "退款审核太久了，客服一直说在处理"],
        "en": ["Still waiting for my refund after two weeks", "The refund is taking forever, chased it three times"]}),
    "app_crash": ("neg", "tp_rx_upload", {
        "zh": ["上传处方照片的时候app闪退了好几次", "拍处方一直闪退，只能换手机传"],
        "en": ["The app keeps crashing when I upload the script photo", "App crash every time I try to attach the prescription"]}),
    "pharmacist_helpful": ("pos", "tp_pharmacist_review", {
        "zh": ["药师很专业，打电话讲清楚了剂量和注意事项", "药师提醒我两种药不能一起吃，很负责", "药师回复很耐心"],
        "en": ["The pharmacist called to explain the dosing, really helpful", "Lovely pharmacist, picked up an interaction my vet missed",
               "Pharmacist answered all my questions patiently"]}),
    "reminder_helpful": ("pos", "tp_refill_reminder", {
        "zh": ["续药提醒很及时，点一下就下单了", "提醒来得刚好，药快吃完就收到了"],
        "en": ["The reminder came just in time, one tap to reorder", "Handy reminder a week before we ran out"]}),
    "fast_delivery": ("pos", "tp_delivery", {
        "zh": ["第二天就到了，包装很用心", "下单隔天就送到，比去医院方便多了", "送货快，包装严实"],
        "en": ["Quick delivery, well packed", "Super quick, arrived the next morning", "Quick and easy, much better than driving to the clinic"]}),
    "subscription_easy": ("pos", "tp_subscription_signup", {
        "zh": ["开了自动续药之后很省心，不用记着买", "订阅之后每个月按时发，省心"],
        "en": ["Auto-refill means I never forget the {p}", "Set and forget, the subscription just works"]}),
    "price_good": ("pos", "tp_checkout", {
        "zh": ["{p}比医院便宜不少", "价格实惠，比诊所便宜"],
        "en": ["{p} is cheaper than the clinic", "Much cheaper than buying at the vet"]}),
    "neutral_q": ("neu", "tp_cs_contact", {
        "zh": ["请问可以改收货地址吗", "请问{p}可以和其他药一起吃吗", "请问发票怎么开"],
        "en": ["Can I change the delivery address for my next order?", "How do I add a second pet to my account?",
               "Can I get an invoice for my pet insurance claim?"]}),
}
RATING = {"pos": ([4, 5], [0.35, 0.65]), "neu": ([3, 4], [0.7, 0.3]), "neg": ([1, 2, 3], [0.45, 0.4, 0.15])}
RATING_T = {"cold_chain_warm": ([1, 2], [0.7, 0.3]), "verify_slow": ([1, 2, 3], [0.5, 0.4, 0.1]),
            "price_high": ([2, 3], [0.5, 0.5]), "payment_failed": ([1, 2, 3], [0.3, 0.45, 0.25]),
            "out_of_stock": ([2, 3], [0.6, 0.4]), "app_crash": ([1, 2, 3], [0.3, 0.5, 0.2])}


def pick(d: dict):
    keys = list(d)
    p = np.array([d[k] if not isinstance(d[k], tuple) else d[k][1] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def chance(p: float) -> bool:
    return bool(rng.random() < p)


def ri(a: int, b: int) -> int:
    return int(rng.integers(a, b + 1))


def uf(a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def iso(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def mkt(hub: str) -> str:
    return HUBS[hub]["country"]


def daytime(day: datetime, h0=8, h1=22) -> datetime:
    return datetime(day.year, day.month, day.day, ri(h0, h1), ri(0, 59), ri(0, 59))


MONTHS = [(y, m) for y in (2024, 2025, 2026) for m in range(1, 13) if datetime(2024, 7, 1) <= datetime(y, m, 1) <= datetime(2026, 5, 1)]


def sample_start() -> datetime:
    w = np.array([0.7 + 0.6 * i / (len(MONTHS) - 1) for i in range(len(MONTHS))])
    y, m = MONTHS[int(rng.choice(len(MONTHS), p=w / w.sum()))]
    nd = (datetime(y + (m == 12), m % 12 + 1, 1) - datetime(y, m, 1)).days
    return daytime(datetime(y, m, ri(1, nd)))


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], [], []
        self.n_sess = 0
        self.clinics = []
        for hub, groups in HUB_CLINICS.items():
            k = 0
            for g, n in groups:
                for _ in range(n):
                    k += 1
                    self.clinics.append(dict(clinic_id=f"CL-{hub}-{k:02d}", hub=hub, group=g))

    def sess(self) -> str:
        self.n_sess += 1
        return f"S{self.n_sess:07d}"

    # ---------------------------------------------------------------- rows
    def ev(self, c, ts, tp, action, channel, device="", session="", **extra):
        if ts > END:
            return None
        row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=session, action=action,
                   device=device, channel=channel, hub_id=c["hub"])
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, c, ts, otype, product, status="paid", channel="app", device="", qty=1, **extra):
        if ts > END:
            return None
        h = HUBS[c["hub"]]
        p = PRODUCTS[product]
        cold = p[4]
        unit = round(p[5] * PRICE_F[mkt(c["hub"])] / h["fx"], 1 if h["cur"] != "CNY" else 0)
        ship = 0 if c["tier"] == "plus" else SHIP[h["cur"]][1 if cold else 0]
        local = unit * qty + ship
        row = dict(order_id=f"PO{len(self.orders) + 1:07d}", customer_id=c["customer_id"], ts=ts,
                   amount=round(local * h["fx"], 2), status=status, channel=channel, device=device,
                   order_type=otype, order_type_zh={"first_order": "首单", "refill": "手动续药",
                                                    "autorefill": "自动续药"}[otype],
                   hub_id=c["hub"], city=h["city"], city_zh=h["city_zh"], product_id=product, product_zh=p[0],
                   product_en=p[1], drug_class=p[2], drug_class_zh=p[3], species=c["species"], is_cold_chain=cold,
                   qty=qty, currency=h["cur"], amount_local=round(local, 2), shipping_fee_local=ship,
                   payment_method=self.paymethod(c), refund_amount="", refund_amount_local="", refunded_at="",
                   refund_reason="", refund_reason_zh="", subscription_id=c.get("sub_id", "") if otype == "autorefill" else "",
                   referring_clinic_id=c["clinic_id"])
        row.update(extra)
        self.orders.append(row)
        if status == "paid":
            c["spend"] += row["amount"]
        c["last_order"] = ts
        return row

    def paymethod(self, c):
        m = mkt(c["hub"])
        if m == "CN":
            return pick({"wechat_pay": 0.6, "alipay": 0.35, "card": 0.05})
        if m == "SG":
            return pick({"card": 0.55, "paynow": 0.3, "grabpay": 0.15})
        return pick({"card": 0.75, "apple_pay": 0.2, "paypal": 0.05})

    def fb(self, c, ts, topic, channel, rated=True, nps_p=0.0, lang=None, hub=None, tp=None, no_ts=False, **extra):
        if ts is not None and ts > END:
            return
        sent, tp0, tmpl = T[topic]
        if lang is None:
            lang = c["lang"] if c else "zh"
        text = tmpl[lang][ri(0, len(tmpl[lang]) - 1)]
        prod = (c or {}).get("product") or "insulin"
        text = text.format(p=PRODUCTS[prod][0] if lang == "zh" else PRODUCTS[prod][1].split(" (")[0].lower()
                           .replace("pet insulin injection", "insulin"))
        rating = ""
        if rated:
            vals, p = RATING_T.get(topic, RATING[sent])
            rating = int(rng.choice(vals, p=p))
        nps = ""
        if rated and chance(nps_p):
            base = {5: 9, 4: 8, 3: 6, 2: 3, 1: 1}[rating]
            nps = int(min(10, max(0, base + ri(-1, 1))))
        fid = f"FB{len(self.feedback) + 1:06d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=None if no_ts else ts,
                                  customer_id=c["customer_id"] if c else "", touchpoint_id=tp or tp0, channel=channel,
                                  rating=rating, nps=nps, hub_id=hub or (c["hub"] if c else ""), language=lang,
                                  **extra))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))

    # ---------------------------------------------------------------- customers
    def new_customer(self, hub, t0, channel, campaign=""):
        m = mkt(hub)
        species = "cat" if chance({"CN": 0.42, "SG": 0.52, "AU": 0.34}[m]) else "dog"
        cond = pick(CONDITIONS[species])
        product = CONDITIONS[species][cond][0]
        region = REGION.get(hub) or pick(AU_REGIONS)
        lang = "zh" if chance(HUBS[hub]["zh_share"]) else "en"
        clinic = None
        cands = [x for x in self.clinics if x["hub"] == hub]
        if channel == "clinic_erx" or chance(0.5):
            w = np.array([CLINIC_W[x["group"]] for x in cands])
            clinic = cands[int(rng.choice(len(cands), p=w / w.sum()))]
        age = {"insulin": (6, 13), "pimobendan": (7, 14), "renal_diet": (9, 17), "methimazole": (10, 17),
               "meloxicam": (6, 15), "vax_dog": (0, 3), "vax_cat": (0, 3)}.get(product, (1, 12))
        wt = uf(2.5, 6.5) if species == "cat" else float(rng.choice([uf(3, 10), uf(10, 25), uf(25, 40)], p=[0.5, 0.35, 0.15]))
        c = dict(customer_id=f"PR{len(self.customers) + 100001}", signup_at=t0, hub=hub, channel=channel, species=species,
                 condition=cond, product=product, region=region, lang=lang, clinic_id=clinic["clinic_id"] if clinic else "",
                 clinic_group=clinic["group"] if clinic else "", spend=0.0, tier="plus" if chance(0.12) else "standard",
                 pet_age=ri(*age), pet_weight=round(wt, 1), breed=BREEDS[species][ri(0, len(BREEDS[species]) - 1)],
                 device=("ios" if chance(0.45) else "android") if m == "CN" else ("ios" if chance(0.6) else "android"),
                 subscribed=False, sub_id="", last_order=None, missed_last=None, ordered=False, campaign=campaign,
                 variant="", sub_cancelled=False)
        self.customers.append(c)
        return c

    def run(self):
        hubs = list(HUBS)
        hw = np.array([HUBS[h]["w"] for h in hubs])
        for _ in range(8600):
            hub = hubs[int(rng.choice(len(hubs), p=hw / hw.sum()))]
            ch = pick(CH_CN if mkt(hub) == "CN" else CH_OS)
            c = self.new_customer(hub, sample_start(), ch)
            self.journey(c)
        # Douyin Double-11 live-stream push (CN hubs)
        for _ in range(650):
            hub = CN_HUBS[int(rng.choice(4, p=[0.34, 0.26, 0.24, 0.16]))]
            day = D11[0] + D(int(rng.choice(9, p=np.array([1, 1, 1, 1, 1, 1.5, 2, 3, 4]) / 15.5)))
            c = self.new_customer(hub, daytime(day, 19, 23), "douyin_ads", campaign="D11_LIVE_2025")
            self.journey(c)
        self.social()
        self.background()

    # ---------------------------------------------------------------- journey
    def journey(self, c):
        t = c["signup_at"]
        hub, m = c["hub"], mkt(c["hub"])
        dev = c["device"]
        if c["channel"] == "clinic_erx":
            vet = f"V-{c['clinic_id'][3:]}-{ri(1, 4)}"
            self.ev(c, t, "tp_erx_received", "received", "other", clinic_id=c["clinic_id"], clinic_group=c["clinic_group"],
                    vet_id=vet, product_id=c["product"])
            s = self.sess()
            if chance(0.9):
                self.ev(c, t + H(uf(0.2, 20)), "tp_app_signup", "submit", "mini_program" if m == "CN" and chance(0.5) else "app",
                        dev, s)
            # pharmacist review of the e-script
            tr = t + H(uf(0.5, 10))
            hold = None
            anxin = c["clinic_group"] == "anxin" and t >= ANXIN_HIS
            if anxin and chance(0.55):
                hold = "missing_weight"
            elif chance(0.08):
                hold = pick({"dose_query": 0.5, "interaction": 0.25, "expired_rx": 0.15, "missing_weight": 0.1})
            ph = f"RPh-{hub}-{ri(1, 6)}"
            if hold:
                self.ev(c, tr, "tp_pharmacist_review", "on_hold", "other", hold_reason=hold, hold_reason_zh=HOLD_ZH[hold],
                        pharmacist_id=ph, review_hours=round((tr - t).total_seconds() / 3600, 1), product_id=c["product"],
                        clinic_id=c["clinic_id"], clinic_group=c["clinic_group"])
                if hold == "missing_weight" and chance(0.22 if anxin else 0.15):
                    self.fb(c, tr + H(uf(4, 60)), "weight_hold", "ticket", rated=False)
                if chance(0.35):
                    self.cs(c, tr + H(uf(2, 30)), "order_status")
                p_res = 0.62 if hold == "missing_weight" else 0.8
                if not chance(p_res):
                    return self.after_lost(c, tr)
                tr2 = tr + H(uf(24, 200) if hold == "missing_weight" else uf(4, 60))
                self.ev(c, tr2, "tp_pharmacist_review", "approved", "other", pharmacist_id=ph,
                        review_hours=round((tr2 - t).total_seconds() / 3600, 1), product_id=c["product"],
                        clinic_id=c["clinic_id"], clinic_group=c["clinic_group"])
                tr = tr2
            else:
                self.ev(c, tr, "tp_pharmacist_review", "approved", "other", pharmacist_id=ph,
                        review_hours=round((tr - t).total_seconds() / 3600, 1), product_id=c["product"],
                        clinic_id=c["clinic_id"], clinic_group=c["clinic_group"])
                if chance(0.015):
                    self.fb(c, tr + H(uf(2, 40)), "pharmacist_helpful", "app_review", nps_p=0.3)
            if not chance(0.9 if not hold else 0.78):
                return self.after_lost(c, tr)
            tc = tr + H(uf(0.3, 70))
            return self.first_order(c, tc, s)
        # ---- self-directed owners
        s = self.sess()
        if c["channel"] in ADS:
            d11 = c["campaign"] == "D11_LIVE_2025"
            camp = c["campaign"] or f"{c['channel'][:2].upper()}-{t.year}{(t.month - 1) // 3 + 1}Q-{ri(1, 4)}"
            self.ev(c, t, "tp_ad_click", "click", "ads", dev, s, campaign_id=camp,
                    utm_source=c["channel"].replace("_ads", ""))
            if not chance(0.12 if d11 else P_SIGNUP[c["channel"]]):
                if chance(0.25):  # some click a second time before giving up
                    self.ev(c, t + D(uf(1, 20)), "tp_ad_click", "click", "ads", dev, self.sess(), campaign_id=camp,
                            utm_source=c["channel"].replace("_ads", ""))
                return
            t = t + H(uf(0.05, 120))
        self.ev(c, t, "tp_app_signup", "submit", "mini_program" if c["channel"] == "wechat_search" else "app", dev, s)
        if chance(0.92):
            self.ev(c, t + H(uf(0.02, 2)), "tp_product_view", "view", "mini_program" if c["channel"] == "wechat_search"
                    else "app", dev, s, product_id=c["product"])
        p_up = 0.28 if c["campaign"] else P_UPLOAD[c["channel"]]
        if not chance(p_up):
            return
        tu = t + H(uf(0.1, 1) if chance(0.6) else uf(24, 240))
        if chance(0.03):
            self.fb(c, tu, "app_crash", "app_review", nps_p=0.0)
        self.ev(c, tu, "tp_rx_upload", "submit", "app", dev, self.sess(), product_id=c["product"])
        # vet verification
        sg_rule = hub == "SG" and tu >= SG_VERIFY_RULE
        if sg_rule:
            vh = float(rng.lognormal(np.log(62), 0.45))
            outcome = pick({"verified": 0.72, "rejected": 0.06, "no_response": 0.22})
        else:
            vh = float(rng.lognormal(np.log({"CN": 5, "SG": 7, "AU": 9}[m]), 0.6))
            outcome = pick({"verified": 0.88, "rejected": 0.06, "no_response": 0.06})
        tv = tu + H(vh)
        self.ev(c, tv, "tp_vet_verify", outcome, "phone", verify_hours=round(vh, 1), product_id=c["product"],
                verifier_id=f"VT-{hub}-{ri(1, 3 if hub == 'SG' else 5)}")
        if vh > 48 and chance(0.45):
            self.fb(c, tu + H(uf(40, vh + 20)), "verify_slow", pick({"app_review": 0.5, "ticket": 0.3, "survey": 0.2}),
                    rated=True, nps_p=0.3)
        if vh > 36 and chance(0.75):
            self.cs(c, tu + H(uf(30, max(31, vh))), "verify_delay")
            if vh > 60 and chance(0.5):  # chasing again
                self.cs(c, tu + H(uf(50, max(51, vh))), "verify_delay")
        if outcome != "verified":
            return self.after_lost(c, tv)
        hold = pick({"dose_query": 0.6, "interaction": 0.4}) if chance(0.05) else None
        tr = tv + H(uf(0.3, 6))
        ph = f"RPh-{hub}-{ri(1, 6)}"
        if hold:
            self.ev(c, tr, "tp_pharmacist_review", "on_hold", "other", hold_reason=hold, hold_reason_zh=HOLD_ZH[hold],
                    pharmacist_id=ph, review_hours=round((tr - tv).total_seconds() / 3600, 1), product_id=c["product"])
            tr = tr + H(uf(4, 48))
        self.ev(c, tr, "tp_pharmacist_review", "approved", "other", pharmacist_id=ph,
                review_hours=round((tr - tv).total_seconds() / 3600, 1), product_id=c["product"])
        if chance(0.02):
            self.fb(c, tr + H(uf(2, 40)), "pharmacist_helpful", "app_review", nps_p=0.3)
        p_buy = 0.45 if vh > 72 else 0.80
        if not chance(p_buy):
            return self.after_lost(c, tr)
        tc = tr + H(uf(0.2, 48))
        return self.first_order(c, tc, self.sess())

    def after_lost(self, c, t):
        if chance(0.04):
            self.fb(c, t + D(uf(1, 5)), "price_high", "app_review", nps_p=0.2)

    # ---------------------------------------------------------------- orders and fulfilment
    def first_order(self, c, tc, s):
        m = mkt(c["hub"])
        ch = "mini_program" if (m == "CN" and chance(0.35)) else "app"
        if tc > END:
            return
        self.ev(c, tc, "tp_checkout", "paid", ch, c["device"], s, product_id=c["product"])
        c["ordered"] = True
        if chance(0.025):
            o = self.order(c, tc, "first_order", c["product"], status="cancelled", channel=ch, device=c["device"])
            return
        qty = 2 if c["product"] in ("heartworm_chew", "renal_diet") and chance(0.2) else 1
        o = self.order(c, tc, "first_order", c["product"], channel=ch, device=c["device"], qty=qty)
        if chance(0.03):
            self.fb(c, tc + H(uf(1, 30)), "price_good" if chance(0.6) else "price_high", "survey", nps_p=0.35)
        tdel = self.fulfil(c, o, tc)
        if tdel is None:
            return
        self.refills(c, tdel, o)

    def fulfil(self, c, o, tc, auto=False):
        """dispatch + delivery (+ cold-chain alert, refunds, adverse reports). Returns delivery time or None."""
        hub, m = c["hub"], mkt(c["hub"])
        p = PRODUCTS[o["product_id"]]
        cold = p[4]
        td = tc + H(uf(2, 30))
        if cold and td.weekday() >= 4:  # cold chain ships Mon-Thu only
            td = td + D(7 - td.weekday())
        gz = hub == "GZ" and GZ_COURIER_SWITCH[0] <= td < GZ_COURIER_SWITCH[1]
        courier = ("suleng_express" if gz else COURIERS[m]) if cold else COURIER_REG[m]
        o["courier"] = courier
        self.ev(c, td, "tp_dispatch", "shipped", "other", order_id=o["order_id"], product_id=o["product_id"],
                courier=courier, cold_chain=cold, packaging=("eps_box_gel_packs" if cold else "carton"))
        lo, hi = HUBS[hub]["days"]
        days = ri(lo, hi) + (AU_EXTRA_DAYS.get(c["region"], 0) if m == "AU" else 0)
        late = chance(0.04)
        if late:
            days += ri(2, 4)
        tdl = td + D(days) + H(uf(-6, 6))
        excursion = False
        if cold:
            pexc = 0.02
            if gz:
                pexc = 0.30
            elif m == "AU" and tdl.month in (12, 1, 2):
                pexc = 0.05
            excursion = chance(pexc)
        temp = round(uf(9, 24) if excursion else uf(2.5, 7.8), 1) if cold else ""
        row = self.ev(c, tdl, "tp_delivery", "delivered", "other", order_id=o["order_id"], product_id=o["product_id"],
                      courier=courier, cold_chain=cold, delivery_days=days, temp_max_c=temp,
                      temp_ok=(not excursion) if cold else "")
        if row is None:
            return None
        if excursion:
            self.ev(c, tdl + H(uf(0.1, 3)), "tp_cold_chain_alert", "temp_excursion", "other", order_id=o["order_id"],
                    product_id=o["product_id"], courier=courier, temp_max_c=temp)
            if chance(0.55):
                self.fb(c, tdl + H(uf(1, 30)), "cold_chain_warm", pick({"ticket": 0.45, "app_review": 0.35, "survey": 0.2}),
                        nps_p=0.3)
            if chance(0.5):
                self.cs(c, tdl + H(uf(0.5, 10)), "cold_chain")
            if chance(0.75):
                self.refund(c, o, tdl + H(uf(1, 40)), "temp_excursion")
        else:
            r = rng.random()
            if late and chance(0.35):
                self.refund(c, o, tdl + H(uf(2, 48)), "late_delivery")
            elif r < 0.008:
                self.refund(c, o, tdl + H(uf(2, 48)), "damaged_parcel")
            elif r < 0.013:
                self.refund(c, o, tdl + H(uf(2, 48)), "wrong_item")
            elif r < 0.018 and not auto:
                self.refund(c, o, tdl + H(uf(2, 48)), "changed_mind")
        if late and chance(0.3):
            self.fb(c, tdl + H(uf(1, 48)), "late_delivery", pick({"survey": 0.5, "app_review": 0.5}), nps_p=0.3)
        elif not excursion and chance(0.045):
            self.fb(c, tdl + H(uf(2, 72)), "fast_delivery", pick({"survey": 0.6, "app_review": 0.4}), nps_p=0.35)
        # adverse reaction reports
        prod = o["product_id"]
        padr = 0.006
        reaction = None
        if prod == "meloxicam":
            if c["species"] == "cat" and MLX_SYRINGE[0] <= tdl < MLX_SYRINGE[1]:
                padr = 0.16
            else:
                padr = 0.012
            reaction = pick({"vomiting": 0.6, "kidney_values": 0.2, "lethargy": 0.2}) if padr > 0.1 else \
                pick({"vomiting": 0.4, "diarrhoea": 0.4, "lethargy": 0.2})
        elif prod == "insulin":
            padr = 0.015
            reaction = pick({"hypoglycaemia": 0.7, "injection_site": 0.3})
        elif p[2] == "vaccine":
            padr = 0.01
            reaction = pick({"injection_site": 0.6, "lethargy": 0.4})
        else:
            reaction = pick({"vomiting": 0.35, "diarrhoea": 0.35, "skin_rash": 0.15, "lethargy": 0.15})
        if chance(padr):
            ta = tdl + D(uf(1, 14))
            lot = (f"MLX-25{ri(8, 12):02d}-{ri(1, 9)}" if prod == "meloxicam" and padr > 0.1
                   else f"{prod[:3].upper()}-{ta.strftime('%y%m')}-{ri(1, 9)}")
            sev = pick({"mild": 0.5, "moderate": 0.38, "severe": 0.12})
            self.ev(c, ta, "tp_adverse_report", "reported", "phone", order_id=o["order_id"], product_id=prod,
                    reaction_type=reaction, reaction_type_zh=REACTION_ZH[reaction], severity=sev,
                    reported_by=pick({"owner": 0.7, "vet": 0.3}), lot_no=lot, species=c["species"])
            if chance(0.55):
                self.fb(c, ta + H(uf(0.5, 48)), "vomiting" if reaction == "vomiting" else "side_effect",
                        pick({"call_note": 0.5, "ticket": 0.3, "app_review": 0.2}), rated=chance(0.3))
            if chance(0.3):
                self.cs(c, ta + H(uf(0.2, 6)), "adverse_reaction")
            if chance(0.25) and o["status"] == "paid":
                self.refund(c, o, ta + H(uf(2, 48)), "adverse_reaction")
        if chance(0.05):
            self.cs(c, tdl - H(uf(2, 30)), pick({"order_status": 0.5, "address_change": 0.2, "dosage_question": 0.3}))
        return tdl

    def refund(self, c, o, t, reason):
        if t > END or o["status"] != "paid":
            return
        self.ev(c, t, "tp_refund_request", "submitted", "app", c["device"], order_id=o["order_id"], refund_reason=reason,
                refund_reason_zh=REFUND_ZH[reason])
        slow = chance(0.15)
        paid_out = t + D(uf(9, 25) if slow else uf(1, 6))
        if slow and chance(0.4):
            self.fb(c, t + D(uf(7, 14)), "refund_slow", "ticket", rated=False)
        if chance(0.25):
            self.cs(c, t + D(uf(1, 8)), "refund_status")
        o["status"] = "refunded"
        c["spend"] -= o["amount"]
        o["refund_amount"] = o["amount"]
        o["refund_amount_local"] = o["amount_local"]
        o["refunded_at"] = paid_out if paid_out <= END else ""
        o["refund_reason"] = reason
        o["refund_reason_zh"] = REFUND_ZH[reason]

    def cs(self, c, t, reason):
        m = mkt(c["hub"])
        via = pick({"wechat": 0.6, "phone": 0.3, "app_chat": 0.1}) if m == "CN" else pick(
            {"whatsapp": 0.5, "phone": 0.3, "email": 0.2})
        self.ev(c, t, "tp_cs_contact", "message", "phone" if via == "phone" else ("email" if via == "email" else "app"),
                cs_reason=reason, cs_reason_zh=CS_ZH[reason], contact_via=via)

    # ---------------------------------------------------------------- refills
    def refills(self, c, tdel, first):
        prod = c["product"]
        days = PRODUCTS[prod][6]
        vaccine = PRODUCTS[prod][2] == "vaccine"
        p_sub = {"insulin": 0.55, "heartworm_chew": 0.45, "flea_tick_chew": 0.40, "pimobendan": 0.5,
                 "methimazole": 0.5, "renal_diet": 0.5}.get(prod, 0.3)
        if not vaccine and chance(p_sub):
            ts = tdel + H(uf(1, 72))
            if ts > END:
                return
            c["subscribed"] = True
            c["sub_id"] = f"SUB{c['customer_id'][2:]}"
            self.ev(c, ts, "tp_subscription_signup", "subscribed", "app", c["device"], subscription_id=c["sub_id"],
                    product_id=prod, interval_days=days)
            if chance(0.03):
                self.fb(c, ts + D(uf(5, 40)), "subscription_easy", "app_review", nps_p=0.3)
        due = tdel + D(days + uf(-3, 2))
        cycles = 0
        while due <= END + D(10):
            cycles += 1
            if cycles > 40:
                break
            if c["subscribed"]:
                due = self.auto_cycle(c, due, days)
            else:
                due = self.manual_cycle(c, due, days)
            if due is None:
                return

    def auto_cycle(self, c, due, days):
        prod, m = c["product"], mkt(c["hub"])
        tch = daytime(due - D(4), 2, 5)
        if tch > END:
            return None
        au = m == "AU" and AU_PSP_MIGRATION[0] <= tch < AU_PSP_MIGRATION[1]
        pfail = 0.30 if au else 0.035
        oos = chance(0.02)
        s = c["sub_id"]
        if oos:
            self.ev(c, tch, "tp_autorefill_order", "skipped_out_of_stock", "app", subscription_id=s, product_id=prod)
            self.ev(c, tch + H(uf(48, 100)), "tp_missed_refill", "flagged", "other", missed_reason="out_of_stock",
                    missed_reason_zh=MISSED_ZH["out_of_stock"], product_id=prod, subscription_id=s)
            if chance(0.3):
                self.fb(c, tch + D(uf(1, 5)), "out_of_stock", pick({"ticket": 0.6, "app_review": 0.4}), rated=chance(0.4))
            return due + D(days)
        if chance(pfail):
            self.ev(c, tch, "tp_autorefill_order", "payment_failed", "app", subscription_id=s, product_id=prod,
                    decline_code=pick({"do_not_honor": 0.4, "3ds_required": 0.35, "expired_card": 0.25}) if au
                    else pick({"insufficient_funds": 0.5, "expired_card": 0.5}))
            if chance(0.45 if au else 0.3):
                self.fb(c, tch + H(uf(12, 96)), "payment_failed", pick({"ticket": 0.5, "app_review": 0.3, "call_note": 0.2}),
                        rated=chance(0.5))
            if chance(0.5):
                self.cs(c, tch + H(uf(6, 72)), "payment_issue")
            if chance(0.35):  # owner fixes the card and the retry goes through
                tr = tch + H(uf(20, 60))
                self.ev(c, tr, "tp_autorefill_order", "charged", "app", subscription_id=s, product_id=prod, retry=True)
                o = self.order(c, tr, "autorefill", prod)
                if o is None:
                    return None
                tdel = self.fulfil(c, o, tr, auto=True)
                return None if tdel is None else tdel + D(days + uf(-3, 2))
            self.ev(c, tch + H(uf(70, 110)), "tp_missed_refill", "flagged", "other", missed_reason="payment_failed",
                    missed_reason_zh=MISSED_ZH["payment_failed"], product_id=prod, subscription_id=s)
            if chance(0.45 if au else 0.2):
                if self.ev(c, tch + D(uf(4, 12)), "tp_subscription_cancel", "cancelled", "app", c["device"],
                           subscription_id=s, cancel_reason="payment_issue",
                           cancel_reason_zh=CANCEL_ZH["payment_issue"]) is None:
                    return None
                c["subscribed"] = False
                c["sub_cancelled"] = True
                if chance(0.5):  # keeps buying by hand, reminded
                    return due + D(days)
                return None
            return due + D(days)
        if chance(0.012):
            self.ev(c, tch, "tp_autorefill_order", "held_rx_expired", "app", subscription_id=s, product_id=prod)
            self.ev(c, tch + H(uf(48, 100)), "tp_missed_refill", "flagged", "other", missed_reason="rx_expired",
                    missed_reason_zh=MISSED_ZH["rx_expired"], product_id=prod, subscription_id=s)
            return due + D(days)
        self.ev(c, tch, "tp_autorefill_order", "charged", "app", subscription_id=s, product_id=prod)
        qty = 2 if prod in ("heartworm_chew", "renal_diet") and chance(0.2) else 1
        o = self.order(c, tch, "autorefill", prod, qty=qty)
        if o is None:
            return None
        tdel = self.fulfil(c, o, tch, auto=True)
        if tdel is None:
            return None
        if chance(0.035):
            r = pick({"treatment_ended": 0.35, "pet_passed": 0.2, "switched_to_clinic": 0.25, "too_expensive": 0.2})
            if self.ev(c, tdel + D(uf(1, 10)), "tp_subscription_cancel", "cancelled", "app", c["device"],
                       subscription_id=s, cancel_reason=r, cancel_reason_zh=CANCEL_ZH[r]) is not None:
                c["subscribed"] = False
                c["sub_cancelled"] = True
            return None
        return tdel + D(days + uf(-3, 2))

    def manual_cycle(self, c, due, days):
        prod, m = c["product"], mkt(c["hub"])
        lead = 3
        tr0 = daytime(due - D(lead), 9, 11)
        in_test = (EXP_WINDOW[0] <= due - D(7) and due - D(3) < EXP_WINDOW[1]) and PRODUCTS[prod][2] != "vaccine"
        if in_test and not c["variant"]:
            c["variant"] = "early_7d" if chance(0.5) else "control"
        early = in_test and c["variant"] == "early_7d"
        tr = daytime(due - D(7), 9, 11) if early else tr0
        if tr > END:
            return None
        if in_test and not c.get("assigned"):
            c["assigned"] = tr
            self.exps.append(dict(experiment_id="refill_reminder_2025", variant=c["variant"],
                                  customer_id=c["customer_id"], assigned_at=tr))
        via = pick({"app_push": 0.6, "sms": 0.4}) if m == "CN" else pick({"app_push": 0.5, "email": 0.3, "sms": 0.2})
        self.ev(c, tr, "tp_refill_reminder", "sent", "app" if via == "app_push" else ("email" if via == "email" else "other"),
                reminder_channel=via, product_id=prod, refill_due_date=due.strftime("%Y-%m-%d"),
                one_tap_reorder=early, reminder_variant=c["variant"] if in_test else "")
        p = 0.62 if PRODUCTS[prod][2] == "vaccine" else 0.52
        if early:
            p = 0.68
        if chance(p):
            if early and chance(0.035):
                self.fb(c, tr + H(uf(1, 48)), "reminder_helpful", "app_review", nps_p=0.3)
            tc = tr + H(uf(1, 9 * 24))
            if tc > END:
                return None
            self.ev(c, tc, "tp_checkout", "paid", "app", c["device"], self.sess(), product_id=prod)
            qty = 2 if prod in ("heartworm_chew", "renal_diet") and chance(0.2) else 1
            o = self.order(c, tc, "refill", prod, device=c["device"], qty=qty)
            if o is None:
                return None
            tdel = self.fulfil(c, o, tc)
            if tdel is None:
                return None
            if not c["sub_cancelled"] and PRODUCTS[prod][2] != "vaccine" and chance(0.06):
                c["sub_id"] = f"SUB{c['customer_id'][2:]}"
                if self.ev(c, tdel + H(uf(1, 48)), "tp_subscription_signup", "subscribed", "app", c["device"],
                           subscription_id=c["sub_id"], product_id=prod, interval_days=days) is not None:
                    c["subscribed"] = True
            if PRODUCTS[prod][2] == "vaccine" or chance(0.94):
                return tdel + D(days + uf(-3, 2))
            return None
        # missed
        tm = tr + D(10) + H(uf(1, 20))
        if PRODUCTS[prod][2] != "vaccine":
            self.ev(c, tm, "tp_missed_refill", "flagged", "other", missed_reason="no_reorder",
                    missed_reason_zh=MISSED_ZH["no_reorder"], product_id=prod)
        if chance(0.45):
            return None  # lapsed
        return due + D(uf(12, 40))

    # ---------------------------------------------------------------- background feedback and contacts
    def social(self):
        """public posts on Xiaohongshu / Weibo / Facebook: no customer, no rating, often no date"""
        for _ in range(520):
            hub = list(HUBS)[int(rng.choice(6, p=[0.22, 0.16, 0.2, 0.1, 0.14, 0.18]))]
            m = mkt(hub)
            lang = "zh" if chance(HUBS[hub]["zh_share"]) else "en"
            t = sample_start()
            w = {"fast_delivery": 3, "price_good": 3, "pharmacist_helpful": 2, "price_high": 2, "late_delivery": 1.5,
                 "subscription_easy": 1, "app_crash": 0.6}
            if hub == "GZ" and GZ_COURIER_SWITCH[0] <= t < GZ_COURIER_SWITCH[1]:
                w["cold_chain_warm"] = 9
            if hub == "SG" and t >= SG_VERIFY_RULE:
                w["verify_slow"] = 6
            if m == "AU" and AU_PSP_MIGRATION[0] <= t < AU_PSP_MIGRATION[1]:
                w["payment_failed"] = 6
            topic = pick(w)
            plat = {"CN": pick({"xiaohongshu": 0.6, "weibo": 0.4}), "SG": "facebook", "AU": "facebook"}[m]
            prod = list(PRODUCTS)[ri(0, len(PRODUCTS) - 1)] if topic != "cold_chain_warm" else pick(
                {"insulin": 0.6, "vax_dog": 0.2, "vax_cat": 0.2})
            self.fb({"customer_id": "", "hub": hub, "lang": lang, "product": prod}, t, topic, "social", rated=False,
                    lang=lang, hub=hub, no_ts=chance(0.4), platform=plat)

    def background(self):
        """post-delivery surveys, app reviews and questions from random buyers"""
        buyers = [c for c in self.customers if c["ordered"]]
        for _ in range(900):
            c = buyers[ri(0, len(buyers) - 1)]
            t = c["last_order"] + D(uf(2, 20))
            if t > END:
                continue
            topic = pick({"fast_delivery": 3, "price_good": 2, "pharmacist_helpful": 1.5, "subscription_easy": 1,
                          "price_high": 1.2, "late_delivery": 0.6, "neutral_q": 2.5})
            if topic == "neutral_q":
                self.fb(c, t, topic, pick({"ticket": 0.6, "call_note": 0.4}), rated=False)
                self.cs(c, t, pick({"address_change": 0.4, "dosage_question": 0.4, "refill_change": 0.2}))
            else:
                ch = pick({"survey": 0.55, "app_review": 0.45})
                self.fb(c, t, topic, ch, nps_p=0.35 if ch == "survey" else 0.0, no_ts=ch == "app_review" and chance(0.15))


# ---------------------------------------------------------------- output

def write(out: Path, name: str, rows: list[dict], cols: list[str]):
    with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([iso(v) if isinstance(v, datetime) else ("true" if v is True else "false" if v is False else
                                                                ("" if v is None else v))
                        for v in (r.get(k, "") for k in cols)])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()

    write(out, "touchpoints", [dict(touchpoint_id=a, name=z, name_zh=z, name_en=e, stage=s, channel=ch, kind=k, owner=o,
                                    aliases=al) for a, z, e, s, ch, k, o, al in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                           touchpoint_id=tp, window_days=win))
    write(out, "journeys", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                "touchpoint_id", "window_days"])

    # customers: segment / tier at the extract date
    last_ev: dict = {}
    missed: dict = {}
    for e in g.events:
        cid = e["customer_id"]
        last_ev[cid] = max(last_ev.get(cid, e["ts"]), e["ts"])
        if e["touchpoint_id"] == "tp_missed_refill":
            missed[cid] = max(missed.get(cid, e["ts"]), e["ts"])
    seg_zh = {"prospect": "潜在客户", "active": "活跃客户", "subscriber": "订阅客户", "at_risk": "流失风险", "lapsed": "已流失"}
    tier_zh = {"standard": "普通会员", "plus": "Plus会员", "vip": "VIP"}
    crow = []
    for c in g.customers:
        h = HUBS[c["hub"]]
        if not c["ordered"]:
            seg = "prospect"
        elif c["subscribed"]:
            seg = "subscriber"
        elif c["last_order"] and c["last_order"] >= END - D(100):
            seg = "active"
        elif c["customer_id"] in missed and missed[c["customer_id"]] >= END - D(90):
            seg = "at_risk"
        else:
            seg = "lapsed"
        tier = "vip" if c["spend"] >= 4000 else c["tier"]
        crow.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, segment_zh=seg_zh[seg],
                         region=c["region"], acquisition_channel=c["channel"], acquisition_channel_zh=CH_ZH[c["channel"]],
                         tier=tier, tier_zh=tier_zh[tier], hub_id=c["hub"], hub_zh=h["zh"], hub_en=h["en"],
                         city=h["city"], city_zh=h["city_zh"], country=h["country"], currency=h["cur"],
                         pet_species=c["species"], pet_species_zh=SPECIES_ZH[c["species"]], pet_breed=c["breed"],
                         pet_age_years=c["pet_age"], pet_weight_kg=c["pet_weight"], condition=c["condition"],
                         condition_zh=COND_ZH[c["condition"]], primary_product_id=c["product"],
                         referring_clinic_id=c["clinic_id"], clinic_group=c["clinic_group"],
                         clinic_group_zh=CLINIC_GROUPS[c["clinic_group"]][0] if c["clinic_group"] else "",
                         clinic_group_en=CLINIC_GROUPS[c["clinic_group"]][1] if c["clinic_group"] else "",
                         campaign_id=c["campaign"], preferred_language=c["lang"], app_os=c["device"],
                         is_subscriber=c["subscribed"], marketing_opt_in=chance(0.6)))
    write(out, "customers", crow, list(crow[0].keys()))

    ev = sorted(g.events, key=lambda e: (e["ts"], e["customer_id"]))
    for i, e in enumerate(ev, 1):
        e["event_id"] = f"EV{i:07d}"
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "hub_id",
             "product_id", "order_id", "clinic_id", "clinic_group", "vet_id", "campaign_id", "utm_source", "verifier_id",
             "verify_hours", "pharmacist_id", "review_hours", "hold_reason", "hold_reason_zh", "courier", "cold_chain",
             "packaging", "delivery_days", "temp_max_c", "temp_ok", "subscription_id", "interval_days", "decline_code",
             "retry", "missed_reason", "missed_reason_zh", "cancel_reason", "cancel_reason_zh", "reminder_channel",
             "refill_due_date", "one_tap_reorder", "reminder_variant", "reaction_type", "reaction_type_zh", "severity",
             "reported_by", "lot_no", "species", "refund_reason", "refund_reason_zh", "cs_reason", "cs_reason_zh",
             "contact_via"]
    write(out, "events", ev, ecols)

    orows = sorted(g.orders, key=lambda o: o["ts"])
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
             "hub_id", "city", "city_zh", "product_id", "product_zh", "product_en", "drug_class", "drug_class_zh",
             "species", "is_cold_chain", "qty", "currency", "amount_local", "shipping_fee_local", "payment_method",
             "courier", "refund_amount", "refund_amount_local", "refunded_at", "refund_reason", "refund_reason_zh",
             "subscription_id", "referring_clinic_id"]
    write(out, "orders", orows, ocols)

    fb = sorted(g.feedback, key=lambda f: (f["ts"] is None, f["ts"] or START, f["feedback_id"]))
    write(out, "feedback", fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                "hub_id", "language", "platform"])
    write(out / "_truth", "feedback_truth", g.truth, ["feedback_id", "topic", "sentiment"])
    write(out, "experiments", sorted(g.exps, key=lambda x: x["assigned_at"]),
          ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(crow)}, events {len(ev)}, orders {len(orows)}, feedback {len(fb)}, "
          f"experiments {len(g.exps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
