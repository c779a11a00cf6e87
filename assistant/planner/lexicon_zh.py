"""Chinese cue words and the Chinese sentences the planner shows users (one place for zh words)."""
from __future__ import annotations

# intent -> phrases that signal it (substrings of the normalised question)
INTENT_CUES: dict[str, tuple[str, ...]] = {
    "sql": ("select ",),
    "explain_metric": ("是什么意思", "什么意思", "怎么算", "如何计算", "怎么计算", "的定义", "定义是", "是指什么",
                       "指的是什么", "含义", "口径", "怎么定义", "是啥意思", "啥意思", "是什么指标"),
    "describe_data": ("有哪些数据", "有什么数据", "哪些数据", "数据范围", "数据覆盖", "数据概况", "数据从哪天",
                      "有哪些触点", "有哪些旅程", "有哪些指标", "你能回答什么", "你能做什么", "数据有多少",
                      "数据时间范围", "数据集"),
    "why": ("为什么", "为何", "什么原因", "原因是", "怎么回事", "咋回事", "为啥", "归因", "驱动因素", "导致"),
    "experiment": ("实验", "a/b", "ab测试", "ab test", "对照组", "实验组", "灰度"),
    "emotion_curve": ("情绪曲线", "情感曲线", "情绪变化", "情绪地图", "情感旅程", "情绪旅程", "体验曲线", "情绪最差",
                      "情绪最低", "情绪最好", "情感地图"),
    "feedback_search": ("原话", "原文", "评论原文", "找一些", "找几条", "举几个例子", "举例", "看看评论", "看看反馈",
                        "搜一下", "相关评论", "具体评论", "用户说了什么", "用户怎么说", "客户怎么说", "几条评论",
                        "几条反馈", "提到"),
    # plain words for comments: a request for them only when nothing more specific is asked
    "feedback_generic": ("评论", "反馈", "留言", "评价", "声音"),
    "feedback_themes": ("抱怨", "吐槽", "投诉", "痛点", "不满", "差评", "槽点", "主要问题", "主题", "意见", "好评",
                        "有什么问题", "什么问题", "哪些问题", "问题有哪些", "反映", "遇到了什么",
                        "表扬", "夸", "问题集中", "反馈最多", "反馈主要", "喜欢什么", "满意什么", "怎么评价", "怎么看", "评价如何", "评价怎么样",
                        "说了些什么", "都说些什么"),
    "path": ("去了哪", "去哪", "下一步", "后续去向", "去向", "之后做什么", "之后干什么", "下一步去", "下一步去了", "接下来去", "接下来去了", "然后去了哪",
             "路径", "之前从哪", "从哪里来", "从哪来", "上一步是", "来自哪", "跳转", "流向"),
    "retention": ("留存", "复购", "回购", "再次购买", "回访率", "同期群", "cohort"),
    "anomaly": ("异常", "突变", "异动", "突然", "离群"),
    "compare_periods": ("环比", "同比", "相比", "对比", "比较", "和上", "跟上", "比上", "较上", "相较", "和平时比",
                        "跟平时比", "比平时"),
    "compare_groups": ("对比", "比较", "相比", "和", "跟", "与", "vs"),
    "funnel": ("漏斗", "转化漏斗", "每一步", "每个步骤", "各步骤", "各个步骤", "各步骤转化", "每一步的转化", "每一步转化", "每步转化", "各环节转化", "逐步转化"),
    "trend": ("趋势", "走势", "变化情况", "每天", "每周", "每月", "按天", "按周", "按月", "逐日", "逐月", "曲线",
              "怎么变化", "变化"),
    "breakdown": ("按", "分别", "各个", "各", "每个", "哪个", "哪些", "拆分", "细分", "分布", "维度"),
    "dropoff": ("流失", "掉队", "掉的人", "掉人", "掉得最多", "流失掉", "走掉", "没走完", "卡住", "卡在", "放弃", "流失最多", "流失最严重", "损失用户", "掉得最多", "流失率"),
    "exits": ("退出", "离开", "跳出", "最后一个触点", "最后停留"),
}
GRAIN = {"day": ("按天", "每天", "每日", "逐日", "各天", "分天"), "week": ("按周", "每周", "逐周", "周度", "各周", "分周"),
         "month": ("按月", "每月", "每个月", "逐月", "月度", "各月", "分月", "各个月")}
# words asking for a count ("有多少反馈" asks for the feedback volume, not for comments)
COUNT = ("多少", "几条", "数量", "有几", "总数")
WHICH_TIME = {"哪天": "day", "哪一天": "day", "哪几天": "day", "哪周": "week", "哪一周": "week", "哪个月": "month",
              "哪一个月": "month", "哪几个月": "month"}
WHICH = ("哪个", "哪一个", "哪一步", "哪个环节", "哪个触点", "哪些", "哪里", "哪儿", "哪一", "什么环节", "什么地方", "哪")
DESC = ("最多", "最高", "最大", "最严重", "最好", "最厉害", "最长", "最慢", "排名", "排行", "多的", "高的", "前")
ASC = ("最少", "最低", "最小", "最差", "最短", "最快", "倒数", "垫底", "最弱")
TOP_N_PATTERNS = (r"前\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|名|位|条)?", r"top\s*(\d+)",
                  r"(\d+|[一二两三四五六七八九十]+)\s*条",
                  r"(\d+|[一二两三四五六七八九十]+)\s*个?最")
NEGATIVE = ("抱怨", "吐槽", "投诉", "痛点", "不满", "差评", "槽点", "负面", "问题", "不好")
POSITIVE = ("好评", "表扬", "夸", "正面", "满意的地方", "喜欢", "称赞", "点赞")
# "夜间下单的退货率更高吗": one group compared against the others
COMPARATIVE = ("更高", "更低", "更多", "更少", "更容易", "更常", "更频繁", "偏高", "偏低", "更差", "更好", "是不是更")
# a comparison against a named base ("比上个月更高") is not one group against the rest
COMPARE_BASE = ("比上", "比之前", "比以前", "比平时", "相比", "较上")
# words naming a rate although no metric name is said
RATE_CUES = {"return_rate": ("退货", "退款", "退单")}
FOLLOW_UP = ("呢", "换成", "改成", "换到", "只看", "再看", "如果是", "同样", "他们", "她们",
             "它们", "这些用户", "这些人", "上面", "刚才", "刚刚", "这个指标", "这个触点", "这一步")
FOLLOW_UP_START = ("那", "那么", "还有", "再", "只", "仅", "另外", "这个", "那个")
THEY = ("他们", "她们", "这些用户", "这些人", "这些客户")
# words for unsupported questions: (kind, cues)
# phrases that contain catalogue words but are not about them ("痛点" is not a touchpoint)
NOT_ENTITIES = ("痛点", "槽点", "卖点")
UNSUPPORTED = {
    "forecast": ("预测", "预估", "下个月会", "明年会", "下周会", "未来", "将会"),
    "write": ("删除", "删掉", "修改数据", "更新数据", "插入", "清空", "drop table", "写入", "改一下数据"),
    "personal": ("手机号", "电话号码", "联系电话", "联系方式", "身份证", "邮箱地址", "住址", "家庭地址", "银行卡号", "客户名单",
                 "姓名和电话", "个人信息"),
    "finance": ("利润", "毛利", "利润率", "佣金", "提成", "成本", "获客成本", "广告花费", "投放费用", "预算", "投资回报", "roi"),
    "compose": ("写一封", "写封", "帮我写", "起草", "拟一封", "写个邮件", "写邮件", "道歉信", "道歉邮件", "回复客户",
                "写一份", "写一段", "翻译", "译成", "发给", "转发给", "发送给", "发邮件"),
    "outside": ("天气", "工资", "薪资", "薪水", "员工", "股价", "竞争对手", "竞品", "利润率", "成本", "库存",
                "汇率", "彩票", "新闻", "写一首", "写诗", "笑话"),
}
# words dropped from a feedback search query
STOP = ("找", "搜", "的", "了", "吗", "呢", "吧", "啊", "呀", "是", "有", "在", "和", "跟", "关于", "有关", "相关", "一些", "几条",
        "给", "我", "看看", "一下", "用户", "客户", "大家", "什么", "哪些", "里", "上", "都", "最近")
CHINESE_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# common traditional characters seen in questions -> simplified
TRAD_TO_SIMP = str.maketrans({"個": "个", "觸": "触", "點": "点", "轉": "转", "換": "换", "為": "为", "麼": "么",
                              "們": "们", "戶": "户", "後": "后", "這": "这", "傳": "传", "單": "单", "訂": "订",
                              "購": "购", "買": "买", "費": "费", "開": "开", "關": "关", "時": "时", "間": "间",
                              "週": "周", "與": "与", "對": "对", "較": "较", "數": "数", "據": "据", "線": "线",
                              "驗": "验", "證": "证", "碼": "码", "註": "注", "冊": "册", "評": "评", "論": "论",
                              "樣": "样", "裡": "里", "嗎": "吗", "麽": "么", "陸": "陆", "顯": "显", "現": "现",
                              "務": "务", "體": "体", "員": "员", "題": "题", "為": "为", "會": "会", "從": "从",
                              "給": "给", "說": "说", "話": "话", "歡": "欢", "變": "变", "勢": "势", "趨": "趋"})

ALL_TIME = ("一共", "总共", "总计", "累计", "迄今", "至今", "历史上", "有史以来", "全部时间", "所有时间")

EVALUATIVE = ("更好", "更差", "好不好", "怎么样", "好还是不好", "算好", "算不算好", "表现如何", "情况如何", "做得怎么样",
              "哪个好", "哪个更")

AVERAGE = ("平均", "均值", "均分")

PEOPLE = ("客户", "用户", "多少人", "几个人", "人数", "顾客", "账户")

QUOTES = ("原话", "原文", "例子", "举例", "举几个", "给我看", "看看评论", "几条")

MSG = {
    "period": "时间范围：{text}",
    "period_default_long": "未指定时间，默认使用截至 {as_of} 的最近{days}天（{start} 至 {end}）",
    "period_default": "未指定时间，默认使用截至 {as_of} 的最近30天（{start} 至 {end}）",
    "baseline": "对比基期：{start} 至 {end}",
    "journey_inferred": "按旅程“{name}”计算（该触点所在的旅程）",
    "metric_default": "未指定指标，默认使用“{name}”",
    "top_n_default": "列出前 {n} 名",
    "follow_up": "沿用上一轮的{what}",
    "filters": "筛选条件：{text}",
    "fuzzy": "把“{surface}”理解为“{name}”",
    "group_vs_rest": "与其他组对比：按{dim}拆分",
    "clarify_what": "您想看哪方面？例如：",
    "clarify_journey": "您指的是哪个旅程？",
    "clarify_metric": "您想看哪个指标？",
    "clarify_touchpoint": "您指的是哪个触点？",
    "clarify_groups": "您想对比哪两组？",
    "unsupported_forecast": "我只能分析已经发生的数据，不能预测未来。",
    "unsupported_write": "我只能读取数据，不能修改或删除数据。",
    "unsupported_outside": "这个问题超出了客户旅程数据的范围，数据里没有相关信息。",
    "unsupported_unknown": "我没理解这个问题和哪些旅程数据有关。",
    "unsupported_unknown_term": "您的数据里没有“{terms}”（它不是任何触点、旅程、指标、分群或数据中的取值），所以不用全部数据的结果代替。可以去掉它再问，或问“有哪些数据”。",
    "orders_from_events": "数据中没有订单表：{metric}按“{touchpoint}”触点的事件计算",
    "period_all_data": "时间范围：全部数据（{start} 至 {end}）",
    "unsupported_personal": "我不提供客户的个人信息（手机号、邮箱、证件号、卡号）；可以回答汇总类问题，例如有多少人投诉、投诉什么。",
    "unsupported_finance": "您的数据中没有成本、利润、佣金或投放花费（旅程数据只有事件、订单、反馈和客户），所以无法计算。我可以回答收入、订单、转化和客户反馈方面的问题。",
    "unsupported_not_applicable": "{dim}记录在{where}数据里，而{what}是从{table}数据计算的，无法按它拆分或筛选。可以改问{where}相关的指标，或去掉{dim}。",
    "unsupported_compose": "我只根据您的旅程数据回答问题，不代写邮件、信件或其他文案。",
    "unsupported_no_table": "您的数据中没有{table}表，所以无法计算{metric}。我可以回答关于{have}的问题。",
    "unsupported_out_of_coverage": "您的{table}数据覆盖 {start} 至 {end}；所问的时间（{period}）没有数据。请换一个该范围内的时间。",
    "unsupported_no_touchpoint_data": "您的数据中没有{what}，无法回答关于{name}的这个问题。",
    "table_events": "事件", "table_orders": "订单", "table_feedback": "反馈", "table_customers": "客户",
    "table_experiments": "实验", "table_journeys": "旅程",
    "period_default_data": "未指定时间：本问题所需的{table}数据截至 {end}，默认使用截至当天的最近30天（{start} 至 {end}）",
    "period_all_feedback": "未指定时间：使用全部反馈（其中 {n} 条没有日期）",
    "suggest": ("哪个触点流失用户最多？", "上个月支付环节的转化率是多少？", "客服环节大家主要在抱怨什么？",
                "有哪些数据可以分析？"),
    "what_metric": "指标", "what_period": "时间范围", "what_slice": "筛选条件", "what_touchpoint": "触点",
}

# 和平时比: the baseline is the usual level, the 28 days before the period
USUAL = ("平时", "平常", "往常", "日常水平", "正常水平")


# words of column names in a company's own data, for extra columns ("category_id" → 品类):
# names are joined word by word ("product_line" → 产品线); the first word of each list is the usual one
COLUMN_WORDS = {
    "category": ("品类", "类目", "类别", "分类"), "product": ("产品", "商品"), "line": ("线",), "plan": ("套餐", "方案", "计划"),
    "type": ("类型",), "source": ("来源",), "brand": ("品牌",), "city": ("城市",), "province": ("省份", "省"),
    "store": ("门店", "店铺"), "shop": ("店铺", "门店"), "campaign": ("活动", "营销活动"), "industry": ("行业",),
    "size": ("规模", "大小"), "level": ("等级", "级别"), "gender": ("性别",), "age": ("年龄",), "group": ("组", "分组"),
    "segment": ("板块", "分群"), "business": ("业务",), "agent": ("代理人", "坐席", "经纪人"), "company": ("公司", "企业"),
    "payment": ("支付",), "method": ("方式",), "status": ("状态",), "lead": ("线索",), "origin": ("来源",),
    "version": ("版本",), "model": ("型号", "车型"), "vehicle": ("车辆", "车"), "policy": ("保单",), "claim": ("理赔",),
    "course": ("课程",), "teacher": ("老师", "讲师"), "hotel": ("酒店",), "room": ("房型", "房间"), "route": ("航线", "线路"),
    "cabin": ("舱位",), "package": ("套餐", "套装"), "billing": ("计费", "账单"), "cycle": ("周期",), "team": ("团队",),
    "department": ("部门",), "branch": ("网点", "分支"), "country": ("国家",), "state": ("州", "省"), "district": ("区县", "区"),
    "language": ("语言",), "platform": ("平台",), "network": ("网络",), "sales": ("销售",), "rep": ("代表",),
    "seller": ("卖家", "商家"), "merchant": ("商家",), "supplier": ("供应商",), "member": ("会员",), "membership": ("会员",),
    "grade": ("年级", "等级"), "subject": ("科目", "学科"), "price": ("价格",), "tier": ("等级", "层级"),
}
