"""绿匠 GreenCraft: tree surgery and arborist services for homeowners, property managers and councils in
Shanghai, Suzhou, Auckland and Vancouver. Synthetic, written blind.

A customer (customer_id C.....) is one account: a household, a property-management company (物业 / strata manager)
or a council body (区绿化市容局 / local board / city parks). Homeowners and property managers enquire by phone
(call centre) or through the website form; councils send tender invitations (RFQs). An arborist assesses the site
(or, in the photo-quote A/B test, the customer uploads photos), a quote is sent, and once it is accepted the work
may need a permit for a protected tree, a crew is scheduled (jobs are moved for rain and wind), the crew does the
work (pruning, removal, hedges, cabling, health checks, stump grinding, green-waste removal), an invoice is raised in
the branch's currency (CNY / NZD / CAD, with amount_usd for group reporting) and paid days or months later. Storms
bring emergency callouts. Crews sometimes damage property and the customer files a claim. Customers may sign an
annual maintenance contract (basic: 2 visits a year, premium: 4) that is renewed each year.

Data 2024-06-01 .. 2026-05-31 (extract taken in June 2026, six months before "today" 2026-12-01). Naive local
times of each branch.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language of each comment; not a DATA.md table).
Deterministic (seed 20260614), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260614
D = timedelta
START, END = datetime(2024, 6, 1), datetime(2026, 5, 31, 23, 59, 59)
AB = (datetime(2025, 3, 1), datetime(2025, 8, 31, 23, 59, 59))           # photo-quote test (homeowner web leads)
TYPHOON = (datetime(2025, 9, 14), datetime(2025, 9, 18, 23, 59, 59))     # typhoon over Shanghai and Suzhou
WINDSTORM = (datetime(2025, 11, 19), datetime(2025, 11, 22, 23, 59, 59))  # Vancouver atmospheric-river windstorm
CYCLONE = (datetime(2026, 2, 8), datetime(2026, 2, 10, 23, 59, 59))      # ex-tropical cyclone over Auckland
PRICE_RISE = datetime(2026, 1, 1)                                       # contract renewals +12 % from this notice
DUP_DAYS = ("2025-12-15", "2025-12-21")                                 # CRM re-sync sent that week's completions twice

USD = {"CNY": 0.14, "NZD": 0.60, "CAD": 0.73}
SERVICES = {  # id: zh, en
    "pruning": ("修剪", "pruning"), "removal": ("伐除", "tree removal"), "hedge": ("绿篱修剪", "hedge trimming"),
    "cabling": ("加固支撑", "cabling and bracing"), "health_check": ("树木健康诊断", "tree health check"),
    "stump_grinding": ("树桩研磨", "stump grinding"), "green_waste": ("绿化垃圾清运", "green-waste removal"),
    "storm_cleanup": ("风灾清理", "storm clean-up"),
}
SERVICE_MIX = {"pruning": 0.42, "removal": 0.25, "hedge": 0.12, "health_check": 0.06, "cabling": 0.05,
               "stump_grinding": 0.07, "green_waste": 0.03}

BR = {
    "SH": dict(
        city="上海", city_en="Shanghai", cur="CNY", monthly=100, phone=0.55, pm_share=0.22, lang_en=0.0,
        districts=[("闵行", "Minhang"), ("浦东", "Pudong"), ("徐汇", "Xuhui"), ("长宁", "Changning"),
                   ("松江", "Songjiang"), ("青浦", "Qingpu")],
        season=[1.25, 1.05, 1.3, 1.2, 1.0, 0.95, 0.8, 0.85, 0.95, 1.0, 1.1, 1.25],
        species=[("香樟", "camphor laurel"), ("悬铃木", "London plane"), ("银杏", "ginkgo"),
                 ("广玉兰", "southern magnolia"), ("水杉", "dawn redwood"), ("桂花", "sweet osmanthus")],
        stump=0.14, gw_incl=0.93, permit=0.7, permit_days=18, refuse=0.12,
        authority="区绿化市容局", crews=[("SH-C1", "上海一组", "Shanghai Crew 1"), ("SH-C2", "上海二组", "Shanghai Crew 2"),
                                      ("SH-C3", "上海三组", "Shanghai Crew 3"), ("SH-C4", "上海四组", "Shanghai Crew 4")],
        arborists=["陈磊", "刘洋", "周婷"], wet=(6, 7), noise=0.11, tender=3.0, storm=4.0, pms=45,
        price=dict(pruning=900, removal=3200, hedge=600, cabling=2600, health_check=950, stump_grinding=600,
                   green_waste=420, storm_cleanup=2400),
        councils=["闵行区绿化市容局", "徐汇区绿化市容局", "浦东新区生态环境局绿化所", "长宁区新泾镇街道办", "松江区方松街道办",
                  "青浦区绿化管理所"],
        pm_brands=["万科物业", "绿城服务", "保利物业", "陆家嘴物业", "长城物业", "碧桂园服务", "中海物业", "仁恒物业"],
        review="dianping", msg="wechat", pay=["wechat", "alipay", "bank_transfer"]),
    "SZ": dict(
        city="苏州", city_en="Suzhou", cur="CNY", monthly=52, phone=0.55, pm_share=0.22, lang_en=0.0,
        districts=[("姑苏", "Gusu"), ("工业园区", "Suzhou Industrial Park"), ("吴中", "Wuzhong"), ("相城", "Xiangcheng")],
        season=[1.25, 1.05, 1.3, 1.2, 1.0, 0.95, 0.8, 0.85, 0.95, 1.0, 1.1, 1.25],
        species=[("香樟", "camphor laurel"), ("银杏", "ginkgo"), ("榉树", "Japanese zelkova"), ("桂花", "sweet osmanthus"),
                 ("朴树", "Chinese hackberry"), ("罗汉松", "yew plum pine")],
        stump=0.18, gw_incl=0.9, permit=0.75, permit_days=42, refuse=0.2,
        authority="苏州市园林和绿化管理局", crews=[("SZ-C1", "苏州一组", "Suzhou Crew 1"), ("SZ-C2", "苏州二组", "Suzhou Crew 2"),
                                            ("SZ-C3", "苏州三组", "Suzhou Crew 3")],
        arborists=["沈浩", "顾敏"], wet=(6, 7), noise=0.05, tender=1.6, storm=2.5, pms=22,
        price=dict(pruning=800, removal=2900, hedge=550, cabling=2300, health_check=900, stump_grinding=550,
                   green_waste=380, storm_cleanup=2200),
        councils=["姑苏区园林绿化管理所", "苏州工业园区规划建设委员会", "吴中区城市管理局", "相城区元和街道办"],
        pm_brands=["苏州新区物业", "绿城服务", "万科物业", "招商积余", "东吴物业"],
        review="dianping", msg="wechat", pay=["wechat", "alipay", "bank_transfer"]),
    "AKL": dict(
        city="奥克兰", city_en="Auckland", cur="NZD", monthly=46, phone=0.4, pm_share=0.17, lang_en=0.75,
        districts=[("雷穆埃拉", "Remuera"), ("埃普瑟姆", "Epsom"), ("豪伊克", "Howick"), ("奥尔巴尼", "Albany"),
                   ("蒂蒂朗伊", "Titirangi"), ("德文港", "Devonport")],
        season=[0.8, 0.85, 0.95, 1.0, 1.1, 1.3, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8],
        species=[("新西兰圣诞树", "pōhutukawa"), ("贝壳杉", "kauri"), ("罗汉松", "tōtara"), ("英国橡树", "English oak"),
                 ("枫香", "liquidambar"), ("桉树", "eucalyptus")],
        stump=0.45, gw_incl=0.45, permit=0.22, permit_days=25, refuse=0.4,
        authority="Auckland Council", crews=[("AKL-C1", "奥克兰一组", "Auckland Crew 1"),
                                             ("AKL-C2", "奥克兰二组", "Auckland Crew 2"),
                                             ("AKL-C3", "奥克兰三组", "Auckland Crew 3")],
        arborists=["Tama Ngata", "Sophie Clarke", "Liam Walsh"], wet=(6, 7, 8), noise=0.04, tender=1.5, storm=3.5,
        pms=18,
        price=dict(pruning=380, removal=1450, hedge=300, cabling=950, health_check=450, stump_grinding=290,
                   green_waste=230, storm_cleanup=1100),
        councils=["Auckland Council - Albert-Eden Local Board", "Auckland Council - Howick Local Board",
                  "Auckland Council - Waitematā Local Board", "Auckland Council - Community Facilities",
                  "Auckland Transport"],
        pm_brands=["Barfoot & Thompson PM", "Harcourts Property Management", "Quinovic", "Crockers", "Ray White PM"],
        review="google", msg="whatsapp", pay=["card", "bank_transfer", "eftpos"]),
    "YVR": dict(
        city="温哥华", city_en="Vancouver", cur="CAD", monthly=44, phone=0.4, pm_share=0.18, lang_en=0.65,
        districts=[("克里斯代尔", "Kerrisdale"), ("肖尼西", "Shaughnessy"), ("列治文", "Richmond"), ("本拿比", "Burnaby"),
                   ("北温", "North Vancouver"), ("西温", "West Vancouver")],
        season=[0.9, 1.0, 1.2, 1.2, 1.1, 1.0, 0.9, 0.9, 1.0, 1.1, 1.1, 0.8],
        species=[("花旗松", "Douglas fir"), ("西部红雪松", "western red cedar"), ("大叶枫", "bigleaf maple"),
                 ("樱花树", "flowering cherry"), ("雪松绿篱", "cedar hedge"), ("铁杉", "western hemlock")],
        stump=0.55, gw_incl=0.92, permit=0.8, permit_days=15, refuse=0.08,
        authority="City of Vancouver", crews=[("YVR-C1", "温哥华一组", "Vancouver Crew 1"),
                                              ("YVR-C2", "温哥华二组", "Vancouver Crew 2"),
                                              ("YVR-C3", "温哥华三组", "Vancouver Crew 3")],
        arborists=["Ryan Chen", "Megan O'Neil", "Daniel Park"], wet=(11, 12, 1), noise=0.04, tender=1.5, storm=3.5,
        pms=18,
        price=dict(pruning=480, removal=1850, hedge=360, cabling=1150, health_check=560, stump_grinding=340,
                   green_waste=280, storm_cleanup=1400),
        councils=["City of Vancouver Park Board", "City of Burnaby Parks", "City of Richmond", "District of North Vancouver"],
        pm_brands=["FirstService Residential", "Colliers", "AWM-Alliance", "Rancho Management", "Tribe Management"],
        review="google", msg="whatsapp", pay=["card", "eft", "cheque"]),
}
CLAIM_TYPES = [("fence", "围墙/栅栏"), ("roof", "屋顶"), ("car", "车辆"), ("lawn", "草坪"), ("paving", "地砖"),
               ("window", "窗户")]
SEG_ZH = {"homeowner": "业主", "property_manager": "物业公司", "council": "政府/市政"}
ORDER_ZH = {"job": "作业款", "stump_grinding": "树桩研磨", "green_waste": "绿化垃圾清运", "storm_emergency": "风灾抢险",
            "contract_fee": "养护合同费", "assessment_fee": "评估费"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search_ad", "搜索广告", "Search ad", "awareness", "ads", "digital", "marketing",
     "百度广告|谷歌广告|Google Ads|Baidu ad|广告点击"),
    ("tp_tender_invite", "招标邀请", "Council tender invitation", "awareness", "email", "digital", "sales",
     "招标|询价函|RFQ|tender|council RFQ"),
    ("tp_web_enquiry", "官网询价", "Website enquiry", "consideration", "web", "digital", "customer_service",
     "网上询价|官网表单|web form|online enquiry|quote request"),
    ("tp_call_enquiry", "来电咨询", "Phone enquiry", "consideration", "phone", "digital", "customer_service",
     "客服电话|呼叫中心|call centre|phone call|来电"),
    ("tp_photo_upload", "拍照报价上传", "Photo quote upload", "consideration", "web", "digital", "customer_service",
     "照片报价|上传照片|photo quote|photos"),
    ("tp_site_assessment", "上门评估", "Arborist site assessment", "consideration", "other", "physical", "arborists",
     "现场评估|树艺师上门|site visit|assessment|arborist visit"),
    ("tp_quote_sent", "发送报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价单|出报价|quote|estimate"),
    ("tp_quote_declined", "拒绝报价", "Quote declined", "consideration", "email", "digital", "sales",
     "没成交|报价被拒|lost quote|declined"),
    ("tp_quote_accepted", "接受报价", "Quote accepted", "purchase", "email", "digital", "sales",
     "签单|确认报价|成交|quote accepted|signed quote|won"),
    ("tp_permit_submitted", "保护树审批申请", "Tree permit application", "purchase", "other", "digital", "permits",
     "砍伐审批|古树审批|许可申请|permit application|resource consent|tree permit"),
    ("tp_permit_granted", "审批通过", "Permit granted", "purchase", "other", "digital", "permits",
     "批文下来|许可通过|permit approved"),
    ("tp_permit_refused", "审批被拒", "Permit refused", "purchase", "other", "digital", "permits",
     "审批没过|许可被拒|permit declined"),
    ("tp_crew_scheduled", "排班派工", "Crew scheduled", "purchase", "phone", "digital", "operations",
     "派工|排期|scheduling|booking confirmed|dispatch"),
    ("tp_job_rescheduled", "作业改期", "Job rescheduled", "service", "phone", "digital", "operations",
     "改期|延期|postponed|rain delay|reschedule"),
    ("tp_job_done", "作业完工", "Job completed", "service", "other", "physical", "operations",
     "施工|完工|干活|job done|works completed|crew visit"),
    ("tp_stump_grinding", "树桩研磨", "Stump grinding", "service", "other", "physical", "operations",
     "磨树桩|树桩处理|stump removal|stump grinding"),
    ("tp_green_waste", "绿化垃圾清运", "Green-waste removal", "service", "other", "physical", "operations",
     "枝叶清运|垃圾外运|green waste|chipping|debris removal"),
    ("tp_storm_callout", "风灾抢险来电", "Storm emergency callout", "service", "phone", "digital", "operations",
     "抢险电话|紧急呼叫|storm call|emergency call|24小时热线"),
    ("tp_emergency_onsite", "抢险到场", "Emergency crew on site", "service", "other", "physical", "operations",
     "抢险|到场|emergency response|on site"),
    ("tp_damage_claim", "财产损失索赔", "Property damage claim", "service", "phone", "digital", "claims",
     "赔偿|索赔|损坏|damage claim|insurance claim"),
    ("tp_claim_settled", "理赔结案", "Claim closed", "service", "email", "digital", "claims",
     "理赔|赔付|claim settled|claim closed"),
    ("tp_invoice", "开具账单", "Invoice issued", "service", "email", "digital", "finance",
     "账单|发票|invoice|bill"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "customer_service",
     "客诉|投诉电话|complaint|escalation"),
    ("tp_survey", "完工回访问卷", "Post-job survey", "loyalty", "email", "digital", "customer_service",
     "回访|满意度调查|NPS|survey|feedback form"),
    ("tp_review", "网上评价", "Online review", "loyalty", "social", "digital", "marketing",
     "大众点评|点评|谷歌评价|Google review|reviews"),
    ("tp_contract_signed", "签年度养护合同", "Maintenance contract signed", "loyalty", "email", "digital", "sales",
     "养护合同|年卡|年度合同|annual contract|maintenance plan"),
    ("tp_maint_visit", "合同例行养护", "Scheduled maintenance visit", "loyalty", "other", "physical", "operations",
     "例行养护|定期修剪|maintenance visit|routine visit"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "sales",
     "续约通知|续费提醒|renewal reminder"),
    ("tp_contract_renewed", "合同续签", "Contract renewed", "loyalty", "email", "digital", "sales",
     "续约|续签|renewal|renewed"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("web_quote", "网页询价到签单", "Web enquiry to accepted quote",
     ["tp_web_enquiry", "tp_quote_sent", "tp_quote_accepted"], 30),
    ("phone_job", "来电到完工", "Phone enquiry to job done",
     ["tp_call_enquiry", "tp_site_assessment", "tp_quote_sent", "tp_quote_accepted", "tp_job_done"], 60),
    ("permit", "保护树审批到作业", "Tree permit to job done", ["tp_permit_submitted", "tp_permit_granted", "tp_job_done"], 90),
    ("storm", "风灾抢险", "Storm callout to clean-up", ["tp_storm_callout", "tp_emergency_onsite", "tp_job_done"], 3),
    ("renewal", "养护合同续约", "Maintenance contract renewal", ["tp_renewal_notice", "tp_contract_renewed"], 45),
    ("claim", "损失索赔处理", "Damage claim to closure", ["tp_damage_claim", "tp_claim_settled"], 60),
]

# ---------------------------------------------------------------- feedback templates (topic -> texts)
TEXTS = {
    "slow_emergency": ("neg", [
        "台风那天树倒在车棚上，打了{n}次电话，抢险队第二天晚上才到",
        "抢险响应太慢了，树枝压着电线一整夜没人来",
        "说好两小时内到的抢险，结果等了{h}个小时",
        "风灾抢险电话一直占线，好不容易打通又说要排队",
        "大树横在小区门口，抢险的人一天半以后才来，业主都在群里骂",
        "这次抢险服务让人失望，等太久了"], [
        "Tree came down on our carport in the storm and the emergency crew took {h} hours to show up",
        "Called the emergency line {n} times, kept getting put on hold",
        "Emergency response was far too slow, a limb hung over the power line all night",
        "You advertise 24/7 emergency callouts but we waited until the next evening",
        "Huge tree blocking our driveway and no emergency crew for almost two days",
        "Disappointed with the emergency service after the storm"]),
    "mess_left": ("neg", [
        "修完树枝叶撒了一院子，没清理就走了",
        "树枝和木屑都没清理，还得自己叫车拉走",
        "砍下来的枝干堆在路边没清理，邻居有意见",
        "活干得还行，但是现场没清理，草坪上全是锯末"], [
        "They left a mess of branches and sawdust all over the lawn",
        "Pruning was fine but the mess left behind was unbelievable",
        "Branches piled on the berm for a week, what a mess",
        "Nobody told us green waste wasn't included, we were left with a mess",
        "Messy site, leaves and chips everywhere after they drove off"]),
    "price_change": ("neg", [
        "拍照报价说{q}元，师傅到了现场又要加价",
        "说好的价格，干活当天临时加价{p}%，很不爽",
        "现场加价也不提前说一声",
        "报价和最后账单不一样，现场加价理由是树比照片上大"], [
        "Quoted from the photos, then the price changed once the crew saw the tree",
        "The price changed on the day, {p}% more than what we agreed",
        "Not happy that the price changed after we had already booked",
        "Price changed on site because the tree was 'bigger than in the photos'"]),
    "noise": ("neg", [
        "早上七点就开油锯，噪音太大，邻居都来敲门",
        "周末一大早施工，碎枝机噪音吵得孩子没法睡",
        "噪音问题希望注意一下，小区里老人多",
        "连着两天噪音扰民，物业接了好多投诉电话"], [
        "Chainsaw noise from 7am on a Saturday, neighbours were furious",
        "The chipper noise went on all day, could have warned us",
        "Please think about the noise, started way too early"]),
    "property_damage": ("neg", [
        "伐树的时候把我家围墙砸坏了，到现在还没赔",
        "树枝掉下来把车顶砸坏了，理赔拖了好久",
        "院子里的地砖被砸坏好几块",
        "{crew}干活太毛躁，花盆和栅栏都砸坏了"], [
        "They damaged our fence when dropping a limb, still waiting on the claim",
        "Crew damaged the roof gutter and didn't say anything",
        "Our car got damaged by a falling branch during the job",
        "{crew_en} damaged the pavers and a window, very careless"]),
    "permit_delay": ("neg", [
        "古树砍伐审批等了{d}天还没下来",
        "审批太慢了，树都快倒了还在走流程",
        "你们帮忙递的审批材料被退回两次",
        "保护树审批拖了一个多月，能不能催一下"], [
        "The council permit took {d} days, tree is still standing",
        "Permit process was painfully slow, nobody kept us updated",
        "Why did the permit application get bounced back twice?",
        "Waiting on the tree permit for over a month now"]),
    "late_crew": ("neg", [
        "约的八点，师傅迟到了快两个小时",
        "施工队迟到也不打个电话",
        "第二次迟到了，耽误我们上班"], [
        "Crew turned up two hours late with no phone call",
        "Arrived late and then rushed the job",
        "Second time the team was late, we had to take a day off work"]),
    "no_callback": ("neg", [
        "留了电话说会回电，等了一个星期没人理",
        "官网说24小时内回电，结果根本没人联系",
        "打了两次客服，都说会回电，然后就没下文了"], [
        "Left a voicemail and nobody would call back",
        "Was promised a call back within 24 hours, never happened",
        "Rang twice, both times told someone would call back. Nothing."]),
    "invoice_issue": ("neg", [
        "发票抬头开错了，来回改了三次",
        "要了一个月发票还没寄过来",
        "公司报销需要专票，发票一直开不出来"], [
        "The invoice had the wrong GST number on it",
        "Got charged twice, the invoice doesn't match the quote",
        "Still waiting for a corrected invoice for our strata records"]),
    "price_rise": ("neg", [
        "年度养护合同一下子涨价12%，也没多加服务",
        "续约涨价太多了，考虑换别家",
        "合同涨价通知来得太突然，预算都做完了"], [
        "12% increase on the annual maintenance contract with no extra visits",
        "The renewal price increase is hard to justify",
        "We got the increase notice a month before renewal, not enough time to budget"]),
    "stump": ("neg", [
        "树桩磨完留了个大坑没填",
        "树桩研磨要另外收费，报价时没说清楚"], [
        "Stump grinding left a big hole in the lawn",
        "Wasn't told the stump would be extra"]),
    "praise_crew": ("pos", [
        "师傅很专业，爬树修枝很利索",
        "树艺师讲解得很专业，还告诉我们平时怎么养护",
        "{crew}的师傅非常专业，安全措施做得好",
        "专业！两棵大{tree}修得很漂亮"], [
        "Very professional arborists, explained everything before starting",
        "Professional crew, great safety setup around the house",
        "{crew_en} were professional and friendly, highly recommend",
        "Really professional job on our {tree_en}"]),
    "praise_clean": ("pos", [
        "干完活收拾得很干净，比原来还整洁",
        "现场清理得干净，树枝全拉走了",
        "院子打扫得干干净净，很满意"], [
        "Left the yard tidier than before",
        "Super tidy, every twig raked up",
        "Tidy work and all the green waste taken away"]),
    "praise_price": ("pos", [
        "价格公道，比别家便宜",
        "报价透明，价格公道"], [
        "Fair price and no surprises",
        "Good work at a fair price"]),
    "general": ("neu", [
        "按约定时间完成了",
        "修剪完成，等明年再看看效果",
        "还行吧，中规中矩",
        "一切正常",
        "树已经处理了，没什么特别的"], [
        "Job done as booked",
        "Pruning completed, will see how it grows back",
        "It was ok",
        "All done, nothing special to report"]),
}
ABOUT_TP = {"slow_emergency": "tp_emergency_onsite", "permit_delay": "tp_permit_submitted",
            "no_callback": "tp_call_enquiry", "invoice_issue": "tp_invoice", "price_rise": "tp_renewal_notice",
            "stump": "tp_stump_grinding", "property_damage": "tp_damage_claim"}


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


class Gen:
    def __init__(self):
        self.r = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.pool: dict[str, dict[str, list]] = {b: {"homeowner": [], "property_manager": [], "council": []}
                                                 for b in BR}
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.assign: dict[str, tuple[str, datetime]] = {}
        self.n_ev = self.n_case = self.n_fb = self.n_inv = self.n_claim = self.n_con = self.n_permit = 0

    # ---------- helpers
    def u(self, a=0.0, b=1.0):
        return float(self.r.uniform(a, b))

    def p(self, x):
        return self.r.random() < x

    def pick(self, seq, w=None):
        if w is None:
            return seq[int(self.r.integers(len(seq)))]
        w = np.asarray(w, float)
        return seq[int(self.r.choice(len(seq), p=w / w.sum()))]

    def logn(self, median, sigma):
        return float(median * np.exp(self.r.normal(0, sigma)))

    def daytime(self, d: datetime, lo=8, hi=20):
        return datetime(d.year, d.month, d.day) + D(hours=self.u(lo, hi))

    # ---------- customers
    def new_customer(self, b, seg, t, acq, name="", legacy=False, lang=None):
        cid = f"C{len(self.customers) + 1:05d}"
        br = BR[b]
        dist = self.pick(br["districts"])
        for d in br["districts"]:       # a council sits in the district its name says
            if seg == "council" and (d[0][:2] in name or d[1] in name):
                dist = d
        if lang is None:
            lang = "en" if (seg != "homeowner" and br["lang_en"] > 0) or self.p(br["lang_en"]) else "zh"
        c = dict(customer_id=cid, branch=b, segment=seg, signup=t, acq=acq, name=name, legacy=legacy, lang=lang,
                 district=dist, jobs=0, usd=0.0, first_job=None, last_job=None, contract=None, sites=1)
        if seg == "property_manager":
            c["sites"] = int(self.r.integers(3, 40))
        elif seg == "council":
            c["sites"] = int(self.r.integers(20, 300))
        self.customers[cid] = c
        self.pool[b][seg].append(cid)
        return c

    def setup_accounts(self):
        for b, br in BR.items():
            for name in br["councils"]:
                t = datetime(2016, 1, 1) + D(days=self.u(0, 3000))
                self.new_customer(b, "council", t, "tender", name=name, legacy=True)
            for k in range(br["pms"]):
                brand = self.pick(br["pm_brands"])
                dzh, den = self.pick(br["districts"])
                name = f"{brand}({dzh}{k + 1}号项目)" if br["cur"] == "CNY" else f"{brand} - {den} #{k + 1}"
                legacy = self.p(0.65)
                t = datetime(2018, 1, 1) + D(days=self.u(0, 2300)) if legacy else None
                c = self.new_customer(b, "property_manager", t, self.pick(["sales_outreach", "referral", "search_ad"],
                                                                            [0.5, 0.3, 0.2]), name=name, legacy=legacy)
                if legacy and self.p(0.6):
                    start = START - D(days=self.u(5, 360))
                    self.contract(c, start, tier=self.pick(["basic", "premium"], [0.45, 0.55]), legacy=True)
            # legacy homeowners with maintenance contracts
            for _ in range({"SH": 70, "SZ": 30, "AKL": 40, "YVR": 40}[b]):
                t = datetime(2019, 1, 1) + D(days=self.u(0, 1900))
                c = self.new_customer(b, "homeowner", t, self.pick(["word_of_mouth", "search_ad", "social"]),
                                      legacy=True)
                self.contract(c, START - D(days=self.u(5, 360)), tier=self.pick(["basic", "premium"], [0.7, 0.3]),
                              legacy=True)

    def touch(self, c, t):
        if c["signup"] is None or c["signup"] > t:
            c["signup"] = t

    # ---------- rows
    def ev(self, c, t, tp, case="", action="", **kw):
        self.n_ev += 1
        br = BR[c["branch"]]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                   session_id=case, action=action, branch_id=c["branch"], city=br["city"], city_en=br["city_en"],
                   district=c["district"][0], district_en=c["district"][1])
        row.update(kw)
        self.events.append(row)
        self.touch(c, t)
        return row

    def order(self, c, t, amount, otype, case="", status=None, service="", crew="", paid_days=None, **kw):
        self.n_inv += 1
        br = BR[c["branch"]]
        amount = round(float(amount), 2)
        if status is None:
            if paid_days is None:
                paid_days = self.pay_days(c)
            paid_at = t + D(days=paid_days)
            status = "paid" if paid_at <= END else "unpaid"
        else:
            paid_at = t if status == "paid" else None
        if status == "unpaid":
            paid_at = None
        row = dict(order_id=f"INV{self.n_inv:06d}", customer_id=c["customer_id"], ts=t, amount=amount,
                   currency=br["cur"], amount_usd=round(amount * USD[br["cur"]], 2), status=status,
                   order_type=otype, order_type_zh=ORDER_ZH[otype], service_type=service, branch_id=c["branch"],
                   city=br["city"], city_en=br["city_en"], session_id=case, crew_id=crew,
                   payment_method=self.pick(br["pay"]) if status == "paid" else "",
                   due_date=(t + D(days=7 if c["segment"] == "homeowner" else 30)).strftime("%Y-%m-%d"),
                   paid_at=paid_at, days_to_pay=round((paid_at - t).total_seconds() / 86400, 1) if paid_at else "",
                   channel="online" if br["cur"] != "CNY" or self.p(0.7) else "office",
                   device=self.pick(["pc", "ios", "android"], [0.5, 0.3, 0.2]) if status == "paid" else "")
        row.update(kw)
        self.orders.append(row)
        if status == "paid":
            c["usd"] += row["amount_usd"]
        return row

    def pay_days(self, c):
        s = c["segment"]
        if s == "homeowner":
            return float(self.r.exponential(5.0)) + 0.1
        if s == "property_manager":
            return float(self.r.gamma(4.0, 7.0))
        if self.p(0.2):
            return 9999.0       # disputed by the council's finance team: still unpaid at the end of the data
        return float(self.r.gamma(5.0, 11.5))

    def say(self, c, t, topic, channel, case="", rating=None, nps=None, crew=None, service="", **fill):
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        br = BR[c["branch"]]
        senti, zh, en = TEXTS[topic]
        lang = c["lang"]
        tpl = self.pick(zh if lang == "zh" else en)
        sp = self.pick(br["species"])
        txt = tpl.format(n=int(self.r.integers(3, 9)), h=int(self.r.integers(18, 50)), d=int(self.r.integers(35, 80)),
                         p=int(self.r.integers(15, 45)), q=int(self.r.integers(8, 40)) * 100,
                         crew=crew[1] if crew else "你们的师傅", crew_en=crew[2] if crew else "Your crew",
                         tree=sp[0], tree_en=sp[1])
        tp = ABOUT_TP.get(topic, "tp_job_done")
        self.feedback.append(dict(feedback_id=fid, text=txt, ts=t, customer_id=c["customer_id"], touchpoint_id=tp,
                                  channel=channel, rating=rating if rating is not None else "",
                                  nps=nps if nps is not None else "", language=lang, branch_id=c["branch"],
                                  city=br["city"], city_en=br["city_en"], session_id=case,
                                  crew_id=crew[0] if crew else "", service_type=service,
                                  replied="yes" if self.p(0.55) else "no"))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=senti, language=lang))
        return fid

    def rating_for(self, senti):
        if senti == "neg":
            return int(self.pick([1, 2, 3], [0.4, 0.45, 0.15]))
        if senti == "pos":
            return int(self.pick([4, 5], [0.3, 0.7]))
        return int(self.pick([3, 4], [0.55, 0.45]))

    def nps_for(self, senti):
        if senti == "neg":
            return int(self.pick(range(0, 8), [0.12, 0.1, 0.14, 0.16, 0.16, 0.14, 0.12, 0.06]))
        if senti == "pos":
            return int(self.pick(range(7, 11), [0.08, 0.2, 0.32, 0.4]))
        return int(self.pick(range(5, 10), [0.12, 0.25, 0.3, 0.25, 0.08]))

    # ---------- contract life
    def contract(self, c, start, tier, legacy=False, case=""):
        br = BR[c["branch"]]
        self.n_con += 1
        cid = f"MC{self.n_con:05d}"
        base = {"CNY": 2400, "NZD": 980, "CAD": 1100}[br["cur"]] * (1.0 if tier == "basic" else 1.9)
        if c["segment"] == "property_manager":
            base *= 2.5 + min(c["sites"], 20) / 8
        fee = round(base * self.u(0.9, 1.1), -1)
        c["contract"] = dict(id=cid, tier=tier, active=True)
        if not legacy:
            self.ev(c, start, "tp_contract_signed", case, "signed", channel="email", contract_id=cid,
                    contract_tier=tier, annual_fee=fee, currency=br["cur"])
            self.order(c, start, fee, "contract_fee", case, contract_id=cid, service_type="maintenance")
        cur = start
        while True:
            anniv = cur + D(days=365)
            nvis = 2 if tier == "basic" else 4
            for k in range(nvis):
                t = self.daytime(cur + D(days=365 * k / nvis + self.u(15, 35)), 8, 15)
                if START <= t <= END and t < anniv:
                    crew = self.pick(br["crews"])
                    self.ev(c, t, "tp_maint_visit", cid, "completed", channel="other", contract_id=cid,
                            contract_tier=tier, crew_id=crew[0], crew=crew[1], crew_en=crew[2],
                            service_type="pruning", service_zh=SERVICES["pruning"][0])
            notice = self.daytime(anniv - D(days=30), 9, 11)
            if notice > END:
                break
            rise = notice >= PRICE_RISE
            new_fee = round(fee * (1.12 if rise else 1.03), -1)
            if notice >= START:
                self.ev(c, notice, "tp_renewal_notice", cid, "sent", channel="email", contract_id=cid,
                        contract_tier=tier, annual_fee=fee, new_fee=new_fee,
                        fee_change_pct=12 if rise else 3, currency=br["cur"])
            if c["segment"] == "property_manager":
                pr = 0.64 if rise else 0.88
            else:
                pr = 0.26 if rise else 0.62
            if self.p(pr):
                t_r = notice + D(days=min(40.0, self.logn(10, 0.7)))
                if t_r > END:
                    break
                if t_r >= START:
                    self.ev(c, t_r, "tp_contract_renewed", cid, "renewed", channel="email", contract_id=cid,
                            contract_tier=tier, annual_fee=new_fee, currency=br["cur"])
                    self.order(c, t_r, new_fee, "contract_fee", cid, contract_id=cid, service_type="maintenance")
                cur, fee = anniv, new_fee
            else:
                if anniv <= END:
                    c["contract"]["active"] = False
                if rise and notice >= START and self.p(0.45):
                    t = notice + D(days=self.u(1, 20))
                    if t <= END:
                        self.ev(c, t, "tp_complaint", cid, "logged", channel="email")
                        self.say(c, t, "price_rise", "email", cid)
                break

    # ---------- regular enquiry
    def customer_for(self, b, seg, t, web):
        if seg == "property_manager":
            cid = self.pick(self.pool[b]["property_manager"])
            return self.customers[cid]
        pool = [x for x in self.pool[b]["homeowner"] if self.customers[x]["jobs"] > 0]
        if pool and self.p(0.1):
            return self.customers[self.pick(pool)]
        acq = self.pick(["search_ad", "word_of_mouth", "social", "partner"], [0.45, 0.3, 0.15, 0.1]) if web else \
            self.pick(["word_of_mouth", "search_ad", "partner", "social"], [0.45, 0.3, 0.15, 0.1])
        return self.new_customer(b, "homeowner", None, acq)

    def regular_case(self, b, t0):
        br = BR[b]
        seg = "property_manager" if self.p(br["pm_share"]) else "homeowner"
        storm_week = TYPHOON[0] <= t0 <= TYPHOON[1] + D(days=7) and b in ("SH", "SZ")
        web = not self.p(br["phone"] + (0.1 if seg == "property_manager" else 0))
        c = self.customer_for(b, seg, t0, web)
        self.n_case += 1
        case = f"J{self.n_case:06d}"
        svc = self.pick(list(SERVICE_MIX), list(SERVICE_MIX.values()))
        sp = self.pick(br["species"])
        trees = int(self.r.integers(1, 4)) if seg == "homeowner" else int(self.r.integers(2, 15))
        if svc == "hedge":
            trees = 1
        height = round(self.logn(9 if svc != "hedge" else 2.5, 0.45), 1)
        dbh = int(max(8, self.logn(35, 0.5)))
        protected = svc == "removal" and self.p(br["permit"]) or (svc == "pruning" and b in ("SH", "SZ") and
                                                                  height > 12 and self.p(0.25))
        common = dict(service_type=svc, service_zh=SERVICES[svc][0], tree_species=sp[0], tree_species_en=sp[1],
                      tree_count=trees)
        variant = None
        if web and seg == "homeowner" and AB[0] <= t0 <= AB[1]:
            cid = c["customer_id"]
            if cid not in self.assign:
                self.assign[cid] = ("photo_quote" if self.p(0.5) else "site_visit", t0)
            variant = self.assign[cid][0]
        device = self.pick(["pc", "ios", "android"], [0.45, 0.35, 0.2])
        if web:
            if self.p(0.45):
                self.ev(c, t0 - D(hours=self.u(0.05, 40)), "tp_search_ad", case, "click", channel="ads",
                        device=device, ad_platform="baidu" if br["cur"] == "CNY" else "google")
            self.ev(c, t0, "tp_web_enquiry", case, "submit", channel="web", device=device, **common)
            t = t0
        else:
            vm = self.p(0.55 if storm_week else 0.13)
            self.ev(c, t0, "tp_call_enquiry", case, "voicemail" if vm else "answered", channel="phone",
                    call_outcome="voicemail" if vm else "answered",
                    wait_min=round(self.logn(12 if storm_week else 1.5, 0.6), 1), **common)
            t = t0
            if vm:
                if self.p(0.45):
                    if self.p(0.3):
                        tc = t0 + D(days=self.u(3, 12))
                        self.ev(c, tc, "tp_complaint", case, "logged", channel="phone")
                        self.say(c, tc, "no_callback", "call_note", case)
                    return
                t = t0 + D(days=self.u(0.5, 3))
        # ---- assessment or photos
        quote_method = "site_visit"
        need_visit = True
        if variant == "photo_quote":
            if not self.p(0.86):
                return
            t = t + D(hours=self.u(0.2, 20))
            self.ev(c, t, "tp_photo_upload", case, "submit", channel="web", device=device,
                    photo_count=int(self.r.integers(2, 9)), **common)
            need_visit = protected or height > 15 and self.p(0.5)
            quote_method = "photo" if not need_visit else "site_visit"
        arb = self.pick(br["arborists"])
        risk = self.pick(["low", "medium", "high"], [0.5, 0.35, 0.15])
        if need_visit:
            t = self.daytime(t + D(days=self.u(1, 5) if not web else self.u(2, 9)), 9, 17)
            if self.p(0.07):
                self.ev(c, t, "tp_site_assessment", case, "no_access", channel="other", arborist=arb, **common)
                if not self.p(0.75):
                    return
                t = self.daytime(t + D(days=self.u(3, 8)), 9, 17)
            if not self.p(0.97):
                return
            self.ev(c, t, "tp_site_assessment", case, "completed", channel="other", arborist=arb, risk_rating=risk,
                    dbh_cm=dbh, height_m=height, protected_tree="yes" if protected else "no", **common)
            if b == "YVR" and seg == "homeowner":
                self.order(c, t, 95, "assessment_fee", case, service=svc, paid_days=0)
            t_q = t + D(days=self.u(0.5, 3))
        else:
            t_q = t + D(hours=self.u(4, 36))
        unit = br["price"][svc] * (1 + (height - 9) / 30) * self.u(0.85, 1.2)
        quote = round(max(br["price"][svc] * 0.5, unit) * (trees if svc not in ("hedge", "health_check") else 1), -1)
        if svc == "health_check":
            quote = round(br["price"][svc] * (1 + 0.2 * (trees - 1)), -1)
        gw = svc in ("green_waste", "health_check", "cabling") or self.p(br["gw_incl"])
        self.ev(c, t_q, "tp_quote_sent", case, "sent", channel="email", quote_amount=quote, currency=br["cur"],
                amount_usd=round(quote * USD[br["cur"]], 2), quote_method=quote_method,
                includes_green_waste="yes" if gw else "no", **common)
        # ---- acceptance
        pa = 0.45 if seg == "homeowner" else 0.62
        if not web:
            pa += 0.06
        if variant == "photo_quote":
            pa = 0.6
        elif variant == "site_visit":
            pa = 0.4
        if protected:
            pa -= 0.05
        lag = min(45.0, self.logn(4, 0.9))
        if not self.p(pa):
            if self.p(0.6):
                reason = self.pick(["price", "timing", "competitor", "no_longer_needed"], [0.45, 0.2, 0.25, 0.1])
                self.ev(c, t_q + D(days=lag), "tp_quote_declined", case, "declined", channel="email",
                        decline_reason=reason, quote_amount=quote, currency=br["cur"], **common)
            return
        t_a = t_q + D(days=lag)
        self.ev(c, t_a, "tp_quote_accepted", case, "accepted", channel="email", quote_amount=quote,
                currency=br["cur"], amount_usd=round(quote * USD[br["cur"]], 2), quote_method=quote_method, **common)
        t_go = t_a
        permit_days = None
        if protected:
            self.n_permit += 1
            ref = f"P{b}{self.n_permit:05d}"
            t_s = self.daytime(t_a + D(days=self.u(1, 5)), 9, 17)
            auth = br["authority"] if b != "YVR" or c["district"][1] in ("Kerrisdale", "Shaughnessy") else \
                {"Richmond": "City of Richmond", "Burnaby": "City of Burnaby", "North Vancouver": "District of North Vancouver",
                 "West Vancouver": "District of West Vancouver"}[c["district"][1]]
            self.ev(c, t_s, "tp_permit_submitted", case, "submitted", channel="other", permit_authority=auth,
                    permit_ref=ref, protected_tree="yes", dbh_cm=dbh, **common)
            permit_days = float(self.r.gamma(4.0, br["permit_days"] / 4.0)) + 1
            t_d = self.daytime(t_s + D(days=permit_days), 9, 17)
            if t_d > END:
                return
            if self.p(br["refuse"]):
                self.ev(c, t_d, "tp_permit_refused", case, "refused", channel="other", permit_authority=auth,
                        permit_ref=ref, days_to_decision=round(permit_days, 1), **common)
                if permit_days > 35 and self.p(0.3):
                    self.say(c, t_d + D(days=self.u(0, 5)), "permit_delay", self.pick(["call_note", br["msg"]]), case)
                if self.p(0.5):
                    return
                svc = "pruning"
                common.update(service_type=svc, service_zh=SERVICES[svc][0])
                quote = round(quote * 0.35, -1)
            else:
                self.ev(c, t_d, "tp_permit_granted", case, "granted", channel="other", permit_authority=auth,
                        permit_ref=ref, days_to_decision=round(permit_days, 1), **common)
            t_go = t_d
        self.do_job(c, case, t_go, svc, common, quote, gw, quote_method, permit_days=permit_days)

    # ---------- tender
    def tender_case(self, b, t0):
        br = BR[b]
        c = self.customers[self.pick(self.pool[b]["council"])]
        self.n_case += 1
        case = f"J{self.n_case:06d}"
        svc = self.pick(["pruning", "removal", "health_check", "cabling"], [0.6, 0.28, 0.08, 0.04])
        sp = self.pick(br["species"])
        trees = int(self.r.integers(8, 60))
        common = dict(service_type=svc, service_zh=SERVICES[svc][0], tree_species=sp[0], tree_species_en=sp[1],
                      tree_count=trees)
        ref = f"RFQ-{b}-{t0:%y%m}-{self.n_case % 1000:03d}"
        self.ev(c, t0, "tp_tender_invite", case, "received", channel="email", tender_ref=ref, **common)
        t = self.daytime(t0 + D(days=self.u(3, 10)), 9, 16)
        self.ev(c, t, "tp_site_assessment", case, "completed", channel="other", arborist=self.pick(br["arborists"]),
                risk_rating=self.pick(["low", "medium", "high"]), height_m=round(self.logn(12, 0.3), 1), **common)
        t_q = t + D(days=self.u(3, 10))
        unit = br["price"][svc] * self.u(0.75, 0.95)
        quote = round(unit * (trees if svc != "health_check" else trees / 4), -1)
        self.ev(c, t_q, "tp_quote_sent", case, "sent", channel="email", quote_amount=quote, currency=br["cur"],
                amount_usd=round(quote * USD[br["cur"]], 2), quote_method="tender", includes_green_waste="yes",
                tender_ref=ref, **common)
        t_a = t_q + D(days=self.u(10, 40))
        if not self.p(0.4):
            self.ev(c, t_a, "tp_quote_declined", case, "declined", channel="email", decline_reason="lost_tender",
                    tender_ref=ref, quote_amount=quote, currency=br["cur"], **common)
            return
        self.ev(c, t_a, "tp_quote_accepted", case, "accepted", channel="email", quote_amount=quote, currency=br["cur"],
                amount_usd=round(quote * USD[br["cur"]], 2), quote_method="tender", tender_ref=ref, **common)
        self.do_job(c, case, t_a, svc, common, quote, True, "tender")

    # ---------- job delivery
    def wet(self, b, t):
        return t.month in BR[b]["wet"]

    def do_job(self, c, case, t_go, svc, common, quote, gw, quote_method, permit_days=None, storm=False,
               t_start=None, crew=None, slow=False):
        b = c["branch"]
        br = BR[b]
        if crew is None:
            w = [1.0] * len(br["crews"])
            crew = self.pick(br["crews"], w)
        if t_start is None:
            t_sched = t_go + D(hours=self.u(4, 72))
            days = self.u(3, 20) if c["segment"] != "council" else self.u(7, 30)
            t_for = self.daytime(t_sched + D(days=days), 7.5, 9.5)
            self.ev(c, t_sched, "tp_crew_scheduled", case, "scheduled", channel="phone", crew_id=crew[0],
                    crew=crew[1], crew_en=crew[2], scheduled_for=t_for.strftime("%Y-%m-%d"), **common)
            for _ in range(2):
                pw = 0.3 if self.wet(b, t_for) else 0.05
                if not self.p(pw + 0.03):
                    break
                reason = "weather" if self.p(pw / (pw + 0.03)) else self.pick(["crew_unavailable", "customer_request"])
                t_rs = t_for - D(hours=self.u(2, 40))
                t_for = self.daytime(t_for + D(days=self.u(2, 9)), 7.5, 9.5)
                self.ev(c, t_rs, "tp_job_rescheduled", case, "rescheduled", channel="phone", crew_id=crew[0],
                        crew=crew[1], crew_en=crew[2], reschedule_reason=reason,
                        scheduled_for=t_for.strftime("%Y-%m-%d"), **common)
            late = float(self.r.exponential(10.0))
            if self.p(0.07):
                late = self.u(60, 180)
            t_start = t_for + D(minutes=late)
        else:
            late = 0.0
        if t_start > END:
            return
        trees = common.get("tree_count", 1)
        hours = round(min(11.0, 1.5 + 0.8 * trees ** 0.8 * self.u(0.7, 1.3)), 1)
        t_done = t_start + D(hours=hours)
        revised = False
        final = quote
        if quote_method == "photo" and self.p(0.25):
            revised, final = True, round(quote * self.u(1.1, 1.4), -1)
        elif quote_method == "site_visit" and self.p(0.05):
            revised, final = True, round(quote * self.u(1.05, 1.2), -1)
        self.ev(c, t_done, "tp_job_done", case, "completed", channel="other", crew_id=crew[0], crew=crew[1],
                crew_en=crew[2], late_arrival_min=round(late), hours_on_site=hours, quote_amount=quote,
                final_amount=final, currency=br["cur"], amount_usd=round(final * USD[br["cur"]], 2),
                price_revised="yes" if revised else "no", quote_method=quote_method,
                green_waste_removed="yes" if gw else "no", **common)
        c["jobs"] += 1
        c["first_job"] = c["first_job"] or t_done
        c["last_job"] = t_done
        t_inv = t_done + D(hours=self.u(1, 30))
        inv = self.order(c, t_inv, final, "storm_emergency" if storm else "job", case, service=svc, crew=crew[0],
                         price_revised="yes" if revised else "no", quote_method=quote_method)
        if self.p(0.012) and inv["status"] == "paid":
            inv["status"] = "refunded"
            c["usd"] -= inv["amount_usd"]
        self.ev(c, t_inv, "tp_invoice", case, "issued", channel="email", invoice_no=inv["order_id"],
                final_amount=final, currency=br["cur"], amount_usd=inv["amount_usd"], **common)
        issues = []
        # ---- add-ons
        mess = False
        if svc == "removal" and self.p(br["stump"]):
            t_st = t_done + D(minutes=30) if self.p(0.5) else self.daytime(t_done + D(days=self.u(3, 14)), 8, 15)
            if t_st <= END:
                stumps = max(1, trees)
                amt = round(br["price"]["stump_grinding"] * stumps * self.u(0.9, 1.2), -1)
                self.ev(c, t_st, "tp_stump_grinding", case, "completed", channel="other", crew_id=crew[0],
                        crew=crew[1], crew_en=crew[2], final_amount=amt, currency=br["cur"],
                        service_type="stump_grinding", service_zh=SERVICES["stump_grinding"][0], tree_count=stumps)
                self.order(c, t_st + D(hours=2), amt, "stump_grinding", case, service="stump_grinding", crew=crew[0])
                if self.p(0.12):
                    issues.append("stump")
        if not gw:
            if self.p(0.4):
                t_g = self.daytime(t_done + D(days=self.u(1, 6)), 8, 15)
                if t_g <= END:
                    amt = round(br["price"]["green_waste"] * max(1, trees // 2) * self.u(0.9, 1.2), -1)
                    self.ev(c, t_g, "tp_green_waste", case, "completed", channel="other", crew_id=crew[0],
                            crew=crew[1], crew_en=crew[2], final_amount=amt, currency=br["cur"],
                            service_type="green_waste", service_zh=SERVICES["green_waste"][0])
                    self.order(c, t_g + D(hours=1), amt, "green_waste", case, service="green_waste", crew=crew[0])
            else:
                mess = True
                issues.append("mess_left")
        if late > 45:
            issues.append("late_crew")
        if revised:
            issues.append("price_change")
        if b in ("SH",) and c["segment"] != "council" and self.p(br["noise"]) or self.p(0.01):
            issues.append("noise")
        if permit_days and permit_days > 35:
            issues.append("permit_delay")
        if self.p(0.025):
            issues.append("invoice_issue")
        # ---- damage claim
        pclaim = 0.13 if crew[0] == "SZ-C3" else (0.03 if storm else 0.018)
        if self.p(pclaim):
            issues.append("property_damage")
            self.n_claim += 1
            clid = f"CL{self.n_claim:05d}"
            ctype = self.pick(CLAIM_TYPES)
            amt = round(self.logn({"CNY": 3500, "NZD": 1200, "CAD": 1400}[br["cur"]], 0.8), -1)
            t_c = t_done + D(days=self.u(0.1, 6))
            if t_c <= END:
                self.ev(c, t_c, "tp_damage_claim", case, "filed", channel="phone", claim_id=clid, claim_type=ctype[0],
                        claim_type_zh=ctype[1], claim_amount=amt, currency=br["cur"], crew_id=crew[0], crew=crew[1],
                        crew_en=crew[2])
                t_s = t_c + D(days=min(150.0, self.logn(32, 0.55)))
                if t_s <= END:
                    paid = self.p(0.72)
                    self.ev(c, t_s, "tp_claim_settled", case, "paid" if paid else "denied", channel="email",
                            claim_id=clid, claim_type=ctype[0], claim_type_zh=ctype[1], claim_amount=amt,
                            payout=round(amt * self.u(0.6, 1.0), -1) if paid else 0, currency=br["cur"],
                            crew_id=crew[0], crew=crew[1], crew_en=crew[2])
        if storm and slow:
            issues.append("slow_emergency")
        self.aftercare(c, case, t_done, issues, crew, svc, storm=storm)
        # ---- maintenance contract
        if c["contract"] is None or not c["contract"]["active"]:
            pc = {"homeowner": 0.06, "property_manager": 0.35, "council": 0.0}[c["segment"]]
            if not storm and self.p(pc):
                t_c = self.daytime(t_done + D(days=self.u(5, 40)), 9, 17)
                if t_c <= END:
                    self.contract(c, t_c, self.pick(["basic", "premium"], [0.6, 0.4]), case=case)

    def aftercare(self, c, case, t_done, issues, crew, svc, storm=False):
        br = BR[c["branch"]]
        # complaints
        for topic in issues:
            pc = {"property_damage": 0.5, "slow_emergency": 0.4, "price_change": 0.35}.get(topic, 0.22)
            if self.p(pc):
                t = t_done + D(days=self.u(0.2, 6))
                if t > END:
                    continue
                ch = "email" if c["segment"] != "homeowner" else self.pick(["call_note", "email"], [0.7, 0.3])
                self.ev(c, t, "tp_complaint", case, "logged", channel="phone" if ch == "call_note" else "email")
                self.say(c, t, topic, ch, case, crew=crew, service=svc)
        # survey
        if self.p((0.42 if br["cur"] == "CNY" else 0.55) if c["segment"] == "homeowner" else 0.25):
            t = t_done + D(days=self.u(1, 6))
            if t <= END:
                topic = self.pick_topic(issues, crew)
                senti = TEXTS[topic][0]
                self.ev(c, t, "tp_survey", case, "submitted", channel="email")
                self.say(c, t, topic, "survey", case, rating=self.rating_for(senti), nps=self.nps_for(senti),
                         crew=crew, service=svc)
        # review
        if c["segment"] == "homeowner" and self.p(0.12 if br["cur"] == "CNY" else 0.16):
            t = t_done + D(days=self.u(1, 20))
            if t <= END:
                topic = self.pick_topic(issues, crew, neg_bias=0.85)
                senti = TEXTS[topic][0]
                self.ev(c, t, "tp_review", case, "posted", channel="social")
                fid = self.say(c, t, topic, br["review"], case, rating=self.rating_for(senti), crew=crew, service=svc)
                if br["review"] == "google" and self.p(0.14):
                    self.feedback[-1]["ts"] = None      # imported by hand from the old review page, no date
                _ = fid
        # chat messages
        if self.p(0.05):
            t = t_done + D(days=self.u(0, 10))
            if t <= END:
                topic = self.pick_topic(issues, crew, neg_bias=0.6)
                self.say(c, t, topic, br["msg"], case, crew=crew, service=svc)
                if self.p(0.45):
                    self.feedback[-1]["ts"] = None      # chat export without time stamps

    def pick_topic(self, issues, crew, neg_bias=0.75):
        if issues and self.p(neg_bias):
            return self.pick(issues)
        if "mess_left" in issues:
            return self.pick(["praise_crew", "general"], [0.5, 0.5])
        return self.pick(["praise_crew", "praise_clean", "praise_price", "general"], [0.36, 0.26, 0.13, 0.25])

    # ---------- storms
    def storm_case(self, b, t0, median_h, sigma=0.5, wait=1.5):
        br = BR[b]
        existing = [x for x in self.pool[b]["homeowner"] + self.pool[b]["property_manager"]]
        if existing and self.p(0.55):
            c = self.customers[self.pick(existing)]
        elif self.p(0.06):
            c = self.customers[self.pick(self.pool[b]["council"])]
        else:
            c = self.new_customer(b, "homeowner", None, "storm_hotline")
        self.n_case += 1
        case = f"J{self.n_case:06d}"
        sp = self.pick(br["species"])
        trees = int(self.r.integers(1, 4))
        common = dict(service_type="storm_cleanup", service_zh=SERVICES["storm_cleanup"][0], tree_species=sp[0],
                      tree_species_en=sp[1], tree_count=trees)
        w = round(self.logn(wait, 0.6), 1)
        self.ev(c, t0, "tp_storm_callout", case, "answered" if w < 20 else "callback", channel="phone", wait_min=w,
                **common)
        resp = self.logn(median_h, sigma)
        if resp > 30 and self.p(0.35):
            if self.p(0.5):
                t = t0 + D(hours=resp)
                if t <= END:
                    self.ev(c, t, "tp_complaint", case, "logged", channel="phone")
                    self.say(c, t, "slow_emergency", "call_note", case, service="storm_cleanup")
            return
        t_on = t0 + D(hours=resp)
        if t_on > END:
            return
        crew = self.pick(br["crews"])
        self.ev(c, t_on, "tp_emergency_onsite", case, "arrived", channel="other", crew_id=crew[0], crew=crew[1],
                crew_en=crew[2], response_h=round(resp, 1), **common)
        quote = round(br["price"]["storm_cleanup"] * trees * 1.5 * self.u(0.85, 1.2), -1)
        t_start = t_on + D(minutes=self.u(10, 60))
        if self.p(0.2):  # big trees: the crew comes back the next day(s) with the crane
            t_start = self.daytime(t_on + D(days=self.u(1, 4)), 7.5, 9.5)
        self.do_job(c, case, None, "storm_cleanup", common, quote, True, "emergency", storm=True, t_start=t_start,
                    crew=crew, slow=resp > 12)

    # ---------- run
    def run(self):
        self.setup_accounts()
        day = START
        while day <= END:
            m = day.month
            growth = 1.0 if day < datetime(2025, 6, 1) else 1.12
            for b, br in BR.items():
                lam = br["monthly"] * br["season"][m - 1] * growth / 30.4
                for _ in range(int(self.r.poisson(lam))):
                    self.regular_case(b, self.daytime(day, 8, 21))
                if self.p(br["tender"] / 30.4):
                    self.tender_case(b, self.daytime(day, 9, 17))
                base = br["storm"] * 0.65 * (1.6 if m in br["wet"] else 1.0) / 30.4
                for _ in range(int(self.r.poisson(base))):
                    self.storm_case(b, self.daytime(day, 0, 24), 3.5)
            day += D(days=1)
        # storms
        for b, n, win, med, sig, wait in (("SH", 215, TYPHOON, 26, 0.6, 25), ("SZ", 55, TYPHOON, 11, 0.5, 12),
                                          ("YVR", 88, WINDSTORM, 14, 0.55, 15), ("AKL", 62, CYCLONE, 8, 0.5, 8)):
            span = (win[1] - win[0]).total_seconds() / 3600
            for _ in range(n):
                h = float(self.r.beta(1.3, 2.6)) * span
                self.storm_case(b, win[0] + D(hours=h), med, sig, wait)


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "branch_id",
           "city", "city_en", "district", "district_en", "service_type", "service_zh", "tree_species",
           "tree_species_en", "tree_count", "dbh_cm", "height_m", "risk_rating", "protected_tree", "arborist",
           "crew_id", "crew", "crew_en", "quote_amount", "final_amount", "currency", "amount_usd", "quote_method",
           "includes_green_waste", "decline_reason", "permit_authority", "permit_ref", "days_to_decision",
           "scheduled_for", "reschedule_reason", "late_arrival_min", "hours_on_site", "price_revised",
           "green_waste_removed", "claim_id", "claim_type", "claim_type_zh", "claim_amount", "payout", "response_h",
           "wait_min", "call_outcome", "ad_platform", "photo_count", "contract_id", "contract_tier", "annual_fee",
           "new_fee", "fee_change_pct", "invoice_no", "tender_ref"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "currency", "amount_usd", "status", "order_type",
           "order_type_zh", "service_type", "branch_id", "city", "city_en", "session_id", "crew_id", "payment_method",
           "due_date", "paid_at", "days_to_pay", "channel", "device", "price_revised", "quote_method", "contract_id"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "branch_id", "city", "city_en", "session_id", "crew_id", "service_type", "replied"]
CU_COLS = ["customer_id", "signup_at", "segment", "segment_zh", "region", "city_en", "branch_id", "district",
           "district_en", "account_name", "acquisition_channel", "tier", "language", "sites", "first_job_at",
           "last_job_at", "jobs_done", "lifetime_usd"]


def write_csv(path: Path, cols, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else (fmt(r[k]) if isinstance(r.get(k), datetime) else r.get(k))
                        for k in cols])


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    # the extract starts on 2024-06-01 and ends on 2026-05-31
    ev = [e for e in g.events if START <= e["ts"] <= END]
    ev.sort(key=lambda e: (e["ts"], e["event_id"]))
    dups = [dict(e) for e in ev if e["touchpoint_id"] in ("tp_job_done", "tp_invoice")
            and DUP_DAYS[0] <= fmt(e["ts"])[:10] <= DUP_DAYS[1]]
    ev = sorted(ev + dups, key=lambda e: (e["ts"], e["event_id"]))
    orders = sorted([o for o in g.orders if START <= o["ts"] <= END], key=lambda o: (o["ts"], o["order_id"]))
    fb = [f for f in g.feedback if f["ts"] is None or START <= f["ts"] <= END]
    keep = {f["feedback_id"] for f in fb}
    truth = [t for t in g.truth if t["feedback_id"] in keep]
    used = {e["customer_id"] for e in ev} | {o["customer_id"] for o in orders}
    cust = []
    for c in g.customers.values():
        if c["customer_id"] not in used and not c["legacy"]:
            continue
        br = BR[c["branch"]]
        tier = c["contract"]["tier"] if c["contract"] and c["contract"]["active"] else "none"
        cust.append(dict(customer_id=c["customer_id"], signup_at=c["signup"], segment=c["segment"],
                         segment_zh=SEG_ZH[c["segment"]], region=br["city"], city_en=br["city_en"],
                         branch_id=c["branch"], district=c["district"][0], district_en=c["district"][1],
                         account_name=c["name"], acquisition_channel=c["acq"], tier=tier, language=c["lang"],
                         sites=c["sites"], first_job_at=c["first_job"], last_job_at=c["last_job"],
                         jobs_done=c["jobs"], lifetime_usd=round(c["usd"], 2)))
    write_csv(out / "customers.csv", CU_COLS, cust)
    write_csv(out / "events.csv", EV_COLS, ev)
    write_csv(out / "orders.csv", OR_COLS, orders)
    write_csv(out / "feedback.csv", FB_COLS, fb)
    write_csv(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                        "owner", "aliases"],
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write_csv(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"],
              [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
                    touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    exp = [dict(experiment_id="photo_quote_test", variant=v, customer_id=cid, assigned_at=t,
                variant_desc="上传照片远程报价 quote from customer photos" if v == "photo_quote"
                else "树艺师上门评估后报价 quote after an arborist site visit (control)")
           for cid, (v, t) in sorted(g.assign.items())]
    write_csv(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"], exp)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment", "language"], truth)
    print(f"customers {len(cust)} events {len(ev)} (dups {len(dups)}) orders {len(orders)} feedback {len(fb)} "
          f"experiments {len(exp)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: generate.py OUTDIR", file=sys.stderr)
        raise SystemExit(2)
    main(Path(sys.argv[1]))
