"""Chinese cue words and the Chinese sentences the planner shows users (one place for zh words)."""
from __future__ import annotations

import re


def _with_degree_de(cues: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """A verb's degree said with 得 ("流失得最多", "掉得最严重") is the same cue as without it ("流失最多")."""
    return {k: tuple(dict.fromkeys(v + tuple(m.group(1) + "得" + m.group(2) for c in v
                                             if (m := re.fullmatch(r"([\u4e00-\u9fff]{2,}?)(?<!得)(最[\u4e00-\u9fff]+)", c)))))
            for k, v in cues.items()}


# intent -> phrases that signal it (substrings of the normalised question)
INTENT_CUES: dict[str, tuple[str, ...]] = _with_degree_de({
    "sql": ("select ",),
    "explain_metric": ("是什么意思", "什么意思", "怎么算", "如何计算", "怎么计算", "的定义", "定义是", "是指什么",
                       "指的是什么", "含义", "口径是", "口径怎么", "什么口径", "怎么定义", "是啥意思", "啥意思", "是什么指标"),
    "describe_data": ("有哪些数据", "有什么数据", "哪些数据", "数据范围", "数据覆盖", "数据概况", "数据从哪天",
                      "有哪些触点", "有哪些旅程", "有哪些指标", "你能回答什么", "你能做什么", "数据有多少",
                      "数据时间范围", "数据集"),
    "why": ("为什么", "为何", "什么原因", "原因是", "怎么回事", "咋回事", "为啥", "归因", "驱动因素", "导致", "主要原因",
            "背后的原因", "是什么造成", "是什么引起", "由什么引起", "出了什么问题", "哪里出了问题"),
    "experiment": ("实验", "a/b", "ab测试", "ab test", "对照组", "实验组", "灰度"),
    "emotion_curve": ("情绪曲线", "情感曲线", "情绪变化", "情绪地图", "情感旅程", "情绪旅程", "体验曲线", "情绪最差",
                      "情绪最低", "情绪最好", "情感地图"),
    "feedback_search": ("原话", "原文", "评论原文", "找一些", "找几条", "举几个例子", "举例", "看看评论", "看看反馈",
                        "搜一下", "相关评论", "具体评论", "用户说了什么", "用户怎么说", "客户怎么说", "几条评论",
                        "几条反馈", "提到", "说了什么", "说了些什么", "怎么说的", "都说了", "评价了什么"),
    # plain words for comments: a request for them only when nothing more specific is asked
    "feedback_generic": ("评论", "反馈", "留言", "评价", "声音"),
    "feedback_themes": ("抱怨", "吐槽", "投诉", "埋怨", "诉苦", "发牢骚", "痛点", "不满", "差评", "槽点", "主要问题", "主题", "意见", "好评",
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
    "dropoff": ("流失", "掉队", "掉的人", "掉人", "掉得最多", "流失掉", "走掉", "没走完", "卡住", "卡在", "放弃", "流失最多", "流失最严重", "损失用户", "掉得最多", "流失率", "丢的客户", "丢的人", "丢客户", "丢得最多", "丢掉的客户",
                "没进到下一步", "没有进到下一步", "没进入下一步", "没有进入下一步", "没走到下一步", "没有走到下一步"),
    "exits": ("退出", "离开", "跳出", "最后一个触点", "最后停留"),
})
GRAIN = {"day": ("按天", "每天", "每日", "逐日", "各天", "分天"), "week": ("按周", "每周", "逐周", "周度", "各周", "分周"),
         "month": ("按月", "每月", "每个月", "逐月", "月度", "各月", "分月", "各个月"),
         "quarter": ("按季度", "每季度", "每个季度", "逐季度", "各季度", "分季度"),
         "year": ("按年", "每年", "逐年", "各年", "分年", "年度趋势", "每一年")}
# words asking for a count ("有多少反馈" asks for the feedback volume, not for comments)
COUNT = ("多少", "几条", "数量", "有几", "总数", "次数", "浏览量", "访问量", "点击量",
         # a count said with its measure word ("收了几笔定金", "来了几单", "几起跌倒")
         "几笔", "几单", "几次", "几张", "几件", "几位", "几名", "几户", "几台", "几份", "几起", "几辆", "几通")
WHICH_TIME = {"星期几": "weekday", "周几": "weekday", "哪个小时": "hour", "几点": "hour", "哪天": "day", "哪一天": "day",
              "哪几天": "day", "哪周": "week", "哪一周": "week", "哪个月": "month",
              "哪一个月": "month", "哪几个月": "month", "哪个月份": "month", "哪月": "month",
              # ("2026年几月份提交订单失败的次数最多"): the month asked for, as 哪个月
              "几月份": "month"}
WHICH = ("哪个", "哪一个", "哪一步", "哪个环节", "哪个触点", "哪些", "哪里", "哪儿", "哪一", "什么环节", "什么地方", "哪", "谁")
DESC = ("最多", "最高", "最大", "最严重", "最好", "最厉害", "最长", "最慢", "排名", "排行", "多的", "高的", "前", "最常见",
        "最普遍", "最主要", "最集中", "最频繁", "最常用", "最常")
ASC = ("最少", "最低", "最小", "最差", "最短", "最快", "倒数", "垫底", "最弱")
TOP_N_PATTERNS = (r"前\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|名|位|条)?", r"top\s*(\d+)",
                  r"(\d+|[一二两三四五六七八九十]+)\s*条",
                  r"(\d+|[一二两三四五六七八九十]+)\s*个?最")
NEGATIVE = ("抱怨", "吐槽", "投诉", "痛点", "不满", "差评", "槽点", "负面", "问题", "不好", "埋怨", "诉苦", "发牢骚", "不爽", "恼火", "生气")
POSITIVE = ("好评", "表扬", "夸", "正面", "满意的地方", "喜欢", "称赞", "点赞")
# "夜间下单的退货率更高吗": one group compared against the others
COMPARATIVE = ("更高", "更低", "更多", "更少", "更容易", "更常", "更频繁", "偏高", "偏低", "更差", "更好", "是不是更")
# a comparison against a named base ("比上个月更高") is not one group against the rest
COMPARE_BASE = ("比上", "比之前", "比以前", "比平时", "相比", "较上")
# words naming a rate although no metric name is said
RATE_CUES = {"return_rate": ("退货", "退款", "退单")}
FOLLOW_UP = ("呢", "换成", "改成", "换到", "只看", "再看", "如果是", "同样", "他们", "她们",
             "它们", "这些用户", "这些人", "上面", "刚才", "刚刚", "这个指标", "这个触点", "这一步",
             # ("传真那一路的转化率具体是多少", "App自己登记的那批"): the group of the last answer pointed at
             "那一路", "这一路", "那部分", "这部分", "那批", "这批", "那一批", "这一批")
FOLLOW_UP_START = ("那", "那么", "还有", "再", "只", "仅", "另外", "这个", "那个")
THEY = ("他们", "她们", "这些用户", "这些人", "这些客户")
# words for unsupported questions: (kind, cues)
# phrases that contain catalogue words but are not about them ("痛点" is not a touchpoint)
# the words of the recommend question a 0-10 score answers ("'愿意推荐给朋友'的0-10分"): no names, no unknown words
RECOMMEND_ASKED = ("推荐给朋友", "推荐给亲友", "推荐给身边的人", "推荐给别人", "推荐给家人朋友")
NOT_ENTITIES = ("痛点", "槽点", "卖点", "全平台", "全站", "全网", "投诉点", "吐槽点", "抱怨点", "差评点") + RECOMMEND_ASKED
UNSUPPORTED = {
    "forecast": ("预测", "预估", "下个月会", "明年会", "下周会", "未来", "将会", "会有多少", "会流失多少", "会退保",
                 "明天", "后天"),
    "write": ("删除", "删掉", "修改数据", "更新数据", "插入", "清空", "drop table", "写入", "改一下数据", "调到", "调成", "调整为",
              "改成", "改为", "设为", "设置为", "帮我取消", "帮我退款", "给他退款", "帮他开通", "帮我开通", "帮我冻结", "帮我解冻"),
    "personal": ("手机号", "电话号码", "联系电话", "联系方式", "身份证", "邮箱地址", "住址", "家庭地址", "银行卡号", "客户名单",
                 "姓名和电话", "个人信息"),
    "finance": ("利润", "毛利", "利润率", "佣金", "提成", "成本", "获客成本", "广告花费", "投放费用", "预算", "投资回报", "roi",
                "赔付金额", "赔款金额", "赔了多少钱", "支出", "花了多少钱", "赔付了多少", "开销", "开支",
                # what the company pays others ("每派一件我们给快递员多少派费")
                "我们给", "我们付给", "我们要付", "付给他们", "付给快递员", "给快递员",
                # what a partner settles with us per case ("平安产险每单跟我们结算多少钱"): a contract, not an order
                "跟我们结算", "和我们结算", "给我们结算", "结算给我们"),
    "compose": ("写一封", "写封", "帮我写", "起草", "拟一封", "写个邮件", "写邮件", "道歉信", "道歉邮件", "回复客户",
                "写一条", "写条", "写一个", "拟一条", "短信文案", "推送文案", "写文案", "道歉短信",
                "写一份", "写一段", "翻译", "译成", "发给", "转发给", "发送给", "发邮件", "安排会议", "约个会", "预约会议",
                "打电话给", "写一篇", "写篇", "写个帖子", "发个帖子", "写条朋友圈", "写推文", "写小红书笔记", "写一篇小红书", "写个小红书", "写条小红书", "写通知", "写公告"),
    "outside": ("房租", "店租", "门店租金", "店铺租金", "办公室租金", "仓库租金", "时薪", "月薪", "年薪", "人工成本", "绩效奖金", "市场份额", "市占率", "市场占有率", "天气", "工资", "薪资", "薪水", "员工", "股价", "竞争对手", "竞品",
                # other companies' prices and numbers ("隔壁那几家店一个钟收多少钱")
                "隔壁", "别家", "同行", "友商", "其他品牌", "其他家", "外面的店", "对手",
                "利润率", "成本", "库存",
                # (staff leaving: 离职 is the company's people, never its customers leaving a step)
                "离职", "员工流失", "人员流失",
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

ALL_TIME = ("一共", "总共", "总计", "累计", "迄今", "至今", "历史上", "有史以来", "全部时间", "所有时间", "全部数据", "所有数据",
            "全量数据", "整个期间", "全部期间", "整个时间段", "全部历史")

# 指向前文的词（"这个数字正常吗？"）：没有上下文时反问
DEICTIC = ("这个数字", "这个数", "那个数字", "这个指标", "那个指标", "另一个", "另外一个", "这些数字", "这个结果", "这个比那个",
           "比那个", "和那个比", "跟那个比",
           # "这个比上次好了吗", "帮我查一下那个师傅" as a first question: nothing said before to point at
           "比上次", "和上次比", "跟上次比", "那个师傅", "那位师傅", "那个员工", "那个人", "那家店", "那个店",
           "哪一个", "哪个好",
           # one thing pointed at with nothing before it to point to ("这个客户一共买了多少钱" as a first question)
           "这个客户", "这位客户", "该客户", "这个用户", "这位用户", "该用户", "这个商品", "这件商品", "这款商品", "这个产品",
           "这款产品", "这个订单", "这笔订单", "这一单", "这个会员", "这家店", "这个门店", "这两个", "这两家", "这几个")
# "…里Y占多少比例": Y's share of all of them
SHARE = ("占比", "占多少", "占多大比例", "的比例", "百分之几", "占几成", "所占比例", "比例是多少", "多大比例", "比例有多少",
         "比例多少", "百分比", "比重", "几成", "多少比例", "什么比例",
         # ("逾期付款比例最高", "返洗比例最低": a share ranked)
         "比例最", "比例较", "比例排")
RATE_WORDS = ("率",)
# how words are to be matched ("不分大小写") and how a week is counted ("（周一到周日）"): no names of anything
MATCHING = r"不(?:区)?分大小写|大小写不限|忽略大小写|不论大小写|大小写都算|无论大小写"
WEEK_COUNTED = r"[（(]?(?:按)?(?:(?:星期一|周一)(?:到|至|-|~|—)(?:星期日|星期天|周日|周天)(?:算一周|为一周|的自然周)?|" \
               r"每周(?:都)?从(?:星期|周)[一日天](?:开始)?(?:算|起算|计算)|(?:星期|周)[一日天](?:开始)?起算)[)）]?"
# words saying which rows are in scope, never what comments are about ("全部数据、不限渠道", "包括没有日期的")
SCOPE = (r"(?:全部|所有|整体)(?:的)?(?:数据|反馈|评论|评价|渠道|来源|平台|工单|问卷)|不限(?:渠道|来源|平台|时间|日期)|各(?:个)?渠道|"
         r"(?:包括|包含|含|连同)(?:那些)?(?:没有|没|不带|无)(?:日期|时间)(?:的)?(?:反馈|评论|评价|记录)?|"
         r"(?:没有|没|无)(?:日期|时间)的(?:也算|也包括|都算)|" + MATCHING + "|" + WEEK_COUNTED)
# rows without a date asked about ("有多少条反馈没有记录时间", "日期为空的反馈"): a negation, an optional verb of
# writing it down, then the date or time (not "没有时间限制")
UNDATED = re.compile(r"(?:没有|没|未|不带|缺少|缺|无)(?:填写|填上|填|记录|记|写上|写|标注|标|登记|带)?的?(?:日期|时间戳|时间(?!限制|要求))|"
                     r"(?:日期|时间|时间戳)(?:字段)?(?:为空|是空的|空着|空白|缺失)")
EVALUATIVE = ("更好", "更差", "好不好", "怎么样", "好还是不好", "算好", "算不算好", "表现如何", "情况如何", "做得怎么样",
              "哪个好", "哪个更")

TOTAL = ("一共", "总共", "合计", "总计", "加起来", "总数", "共计", "全平台", "整体", "所有城市", "全部城市")
AVERAGE = ("平均", "均值", "均分")

PEOPLE = ("客户", "用户", "多少人", "几个人", "人数", "顾客", "账户", "学员", "学生", "会员", "乘客", "旅客", "游客", "家长",
          "患者", "病人", "买家", "卖家", "投保人", "被保人", "车主", "住客", "访客", "粉丝", "订户", "玩家", "读者", "观众",
          "多少位", "多少名", "几位", "几名", "的人", "人里", "人中",
          # (the people of an industry and the measure words that count them: 多少户 households, 多少对 couples)
          "新人", "客人", "宾客", "夫妻", "情侣", "新婚夫妇", "老人", "老年人", "长者", "家属", "居民", "多少户", "几户", "户数", "多少对", "几对", "对数",
          "妈妈", "宝妈", "产妇", "孕妇", "准妈妈", "家庭", "宝宝",
          # (the businesses a B2B company serves, and farming households: "多少个商家", "农户")
          "商家", "商户", "企业", "广告主", "农户",
          # (buyers and occupiers as a trade calls them)
          "消费者", "业主", "租客", "房客")

# who acts for the company or beside the customer on a row (cancelled_by = 司机): people, never the customers counted
ACTORS = ("司机", "骑手", "师傅", "商家")
# the company's own staff, who act in a question ("出事件时保安平均几分钟响应到场"): no slice, no measure of their own
STAFF = ("保安", "保洁", "保洁员", "技师", "客服", "店员", "顾问", "教练", "老师", "医生", "护士", "导游", "快递员", "配送员",
         "安装工", "工人", "员工", "销售", "业务员", "客户经理", "专员", "前台", "工程师", "维修工", "巡检员")

QUOTES = ("原话", "原文", "例子", "举例", "举几个", "给我看", "看看评论", "几条")

MSG = {
    "period": "时间范围：{text}",
    "period_default_long": "未指定时间，默认使用截至 {as_of} 的最近{days}天（{start} 至 {end}）",
    "period_default": "未指定时间，默认使用截至 {as_of} 的最近30天（{start} 至 {end}）",
    "baseline": "对比基期：{start} 至 {end}",
    "journey_inferred": "按旅程“{name}”计算（该触点所在的旅程）",
    "journey_chosen": "按旅程“{name}”计算",
    "journey_acquiring": "未指定步骤：按从初次接触到购买的旅程“{name}”计算（数据里还有：{others}）",
    "metric_default": "未指定指标，默认使用“{name}”",
    "top_n_default": "列出前 {n} 名",
    "follow_up": "沿用上一轮的{what}",
    "filters": "筛选条件：{text}",
    "no_show": "“{rate}”理解为到了“{before}”却没有到“{step}”的人所占比例",
    "show_up": "“{rate}”理解为到了“{before}”之后又到了“{step}”的人所占比例",
    "step_in_topic": "没有评论记在“{step}”这一步上；它按话题词在所有评论里查找",
    "comments_by_channel": "没有评论记在“{step}”这一步上；按来源渠道为“{channel}”的评论计算",
    "candidates_all": "按全部取值排名（“{listed}”并非都是同一列的取值）",
    "step_not_in_part": "“{steps}”不是计时的两个步骤之一，只用来说明问的是哪些人，不作为计时的起止点",
    "statuses_counted": "按你说的口径：统计除所排除状态以外的全部订单（状态：{statuses}）",
    "why_of_a_defined_rate": "{name}是按问题定义的比率：这里给出它与之前同长度期间的变化；不对它做原因拆解（可以再问它按渠道、门店等的分布）",
    "left_out_not_paid": "不算“{steps}”：只统计已支付的订单（订单数据不记录触点）",
    "one_set": "{values}合在一起算，作为一组",
    "refunds_as_recorded": "退款金额按{table}中的 {column} 列合计（实际退回的钱，含部分退款），而不是已退款订单的订单金额",
    "clarify_slower_threshold": "“{word}”需要一个时限：两个步骤之间超过多久才算？例如“从下单到送达超过2小时”。",
    "fuzzy": "把“{surface}”理解为“{name}”",
    "group_vs_rest": "与其他组对比：按{dim}拆分",
    "clarify_name": "“{word}”在您的数据里可能指不止一个取值，您指的是哪一个？",
    "clarify_what": "您想看哪方面？例如：",
    "clarify_journey": "您指的是哪个旅程？",
    "clarify_experiment": "您指的是哪个A/B实验？",
    "clarify_metric": "您想看哪个指标？",
    "clarify_touchpoint": "您指的是哪个触点？",
    "clarify_dimension": "您问的是哪一个排第一，但我没看出要按什么分组排名。按下面哪一项排？",
    "clarify_groups": "您想对比哪两组？",
    "unsupported_forecast": "我只能分析已经发生的数据，不能预测未来。",
    "unsupported_write": "我只能读取数据，不能修改或删除数据。",
    "unsupported_exit_rate_slice": "退出率按触点计算（最后一个事件在该触点的客户占到达该触点客户的比例），只能给出各触点的排名，不能按某个分群、时间对比或趋势给出。可以问“客户最常在哪个触点离开？”",
    "unsupported_outside": "这个问题超出了客户旅程数据的范围，数据里没有相关信息。",
    "unsupported_unknown": "我没理解这个问题和哪些旅程数据有关。",
    "unsupported_ratio_side": "我读到了您定义的比率，但“{side}”在您的数据里对应不到任何触点、取值或计数，无法计数这一边。请说明每一边要计数的触点或取值（例如“支付失败次数 / 全部支付次数”）。",
    "unsupported_outcome_elsewhere": "您问的比率（{name}）统计的结果是 {value}，但“{steps}”的事件从不记录这个结果，它记录在“{held}”。照字面算比率必然是 0%，所以不给数字。可以把它写成两个计数，例如“{name} = {held} / {steps}”，或单独问“{held}”。",
    "unsupported_ratio_ask": "您定义的比率（{name}）可以算总值、按维度排名、看趋势、比较两组或与之前的期间比较，但不能用于这类问题。请换成其中一种问法。",
    "unsupported_median": "您问的是中位数，但这里的{what}按平均值（均值）定义，我不计算它的中位数，给出平均值会答非所问。可以问平均{what}，或问两个步骤之间时长的中位数。",
    "unsupported_money_unanswered": "您问的是一笔金额，但我没能确定该汇总哪一项金额（已支付订单的金额，或哪一列金额），给出{what}会答非所问。可以这样问：“2025年已支付订单的收入”，或说出金额列的名称。",
    "unsupported_duration_unanswered": "您问的是一段时长，但我没能确定从哪一步到哪一步（或用哪一列时长）来计时，给出{what}会答非所问。可以这样问：“从<某步骤>到<某步骤>的中位天数”。",
    "unsupported_share_part": "您问的是占比，但问题里没有能在数据中找到的{what}的“部分”（某个触点、某列的取值或某个分群），给出{what}的总数会答非所问。可以问数据里有的部分的占比，例如“{what}中来自某渠道/分群的占比”，或直接问{what}总数。",
    "unsupported_individuals": "我按客户的分组排名（分群、渠道、地区或数据里的任一列），不逐个给单个客户排名，给出总数会答非所问。可以问例如“2025年哪个客户分群消费最多”。",
    "unsupported_unknown_term": "您的数据里没有“{terms}”（它不是任何触点、旅程、指标、分群或数据中的取值），所以不用全部数据的结果代替。可以去掉它再问，或问“有哪些数据”。",
    "comments_of_channel": "“{step}”读作经由该方式收集的评论（渠道 = {channel}），包括记在其他环节下的",
    "reason_ranked": "“原因”按数据里记录的{dim}排名（记录了原因的那一步的事件数）",
    "value_as_people": "“{word}”读作被统计的客户本身，而不是{dim} = {value}（所统计的记录没有这一列）",
    "outcome_said_as": "“{word}”读作该步骤自己的结果 {value}",
    "outcome_own_step": "“{value}”按记录它的步骤“{step}”计算占比",
    "said_of_step": "“{word}”描述的是该步骤本身，不作为订单数据的筛选",
    "touchpoint_as_orders": "“{touchpoint}”按其记录的{table}数据计算（该表没有触点）",
    "family_steps": "“{name}”按在其任一步骤（名称以“{name}”开头的触点）有记录的个案计算",
    "statuses_read": "把“{word}”理解为订单状态为 {values} 的订单",
    "top_n_capped": "您要的是前 {asked} 名；这里列出前 {n} 名",
    "min_group": "只排名至少有 {n} 条记录的分组，更小的分组不参与排名",
    "slower_than": "计数口径：从“{a}”到“{b}”用时超过{limit}（{seconds:,.0f} 秒）的",
    "step_pair": "从“{a}”到“{b}”的时长：每位客户在期间内第一次“{a}”，到其后第一次“{b}”所用的时间（数据带有把两步配对的编号时，按编号逐次配对），只算到达了“{b}”的，不设旅程窗口、不要求经过中间步骤",
    "column_elsewhere": "{column} 记录在其他步骤的事件上，不在“{steps}”上：按全部带有 {column} 的事件计算，“{steps}”只说明衡量的是什么",
    "journey_part": "按{journey}中从“{a}”到“{b}”这一段计算：期间内到达“{a}”的客户，在旅程窗口内是否到达“{b}”",
    "comments_not_step": "“{word}”按客户反馈中相关的评论计数，不是触点“{step}”",
    "translated": "把“{word}”理解为 {name}",
    "others_of": "{dim}除{values}以外的其他取值，合在一起算",
    "slice_as_topic": "反馈没有记录{dim}，按评论内容里的字词查找",
    "complaint_log": "数据中的反馈都是投诉工单：投诉按全部工单计数，不看语气",
    "verb_not_slice": "“{word}”只是描述{what}，不作为筛选条件",
    "orders_at_step": "按“{touchpoint}”触点的事件计数（订单不按触点记录）",
    "orders_from_events": "数据中没有订单表：{metric}按“{touchpoint}”触点的事件计算",
    "mixed_currencies": "订单金额记录为多种货币（{codes}）：按{code}合计，取 {column}（数据中每单已换算的金额）",
    "converted_currency": "按{code}计：每条记录的 {column}（数据中已换算为{code}的金额）之和",
    "currency_rows": "按{code}计：币种为 {code} 的记录按原值汇总（未做换算）",
    "local_currency": "按{code}计：币种为 {code} 的记录的 {column}（每条记录按其本币记录的金额）之和，未做换算",
    "currency_reported": "金额以{said}计：数据中所有金额都以{said}记录，统计全部记录，不只是以{said}结算的记录",
    "step_of_outcome": "“{value}”只记录在{step}：按该环节计算",
    "currency_unit": "金额按数据记录的原值汇总（数据未注明币种，未换算为{said}）",
    "outcome_of_step": "只计{step}中结果为 {value} 的记录",
    "outcome_at_other_step": "“{value}”记录在触点“{step}”而不是“{said}”，按“{step}”的 {value} 记录计算",
    "action_at_step": "所说的“{said}”在该触点记录为 {value}，按 {value} 计算",
    "first_try": "只算第一次（{column} = 1）",
    "action_is_step": "把“{action}”理解为到达该步骤（旅程分析按客户经过的步骤计算，不按单个行为）",
    "path_through": "按从第一个提到的步骤到最后一个步骤的转化计算，中间经过（{steps}）",
    "thing_of_the_steps": "“{word}”是这些步骤处理的对象（{steps}），不作筛选",
    "journey_completed": "统计期内到达旅程最后一步（{step}）的人数",
    "outcome_at_step": "结果记录在“{step}”这一步（对“{named}”的处理结果），按该步骤的记录计数",
    "cases_are_sessions": "{noun}按会话计数：这份数据里每个会话编号是一个案件（单子），一位客户可以有多个",
    "cases_are_customers": "{noun}按数据中的客户计数：这份日志里每一行客户记录就是一个案件（一单、一通）",
    "paid_at_step": "“已付款/结账”按到达“{step}”这一步计（事件数据不记录订单状态）",
    "pointed_group": "“这个/那个”指上一个回答排第一的 {value}",
    "sold_paid": "卖出按付过款的订单计，含后来退款的（取消或未支付的订单不算卖出）",
    "column_in_step_words": "“{words}”理解为该环节记录的{dim}，按该环节的事件数给各个值排名",
    "verb_of_the_step": "“{word}”理解为该环节本身的动作（该环节的事件只记录一种结果）",
    "value_as_step": "“{words}”理解为到达“{step}”这一步，不作为筛选条件",
    "window_said": "后一步只计在前一步之后 {days} 天内到达的",
    "value_of_grouping": "“{words}”理解为 {value}",
    "per_case": "按单（两个步骤共有的编号）计数，而不是按人",
    "every_row_has_not": "{table}数据里没有“{word}”这个渠道，不作为筛选条件",
    "every_row_has": "数据中每条记录的{dim}都是“{word}”，不作为筛选条件",
    "topic_by_group": "按分组统计与该话题相关的评论（逐条按语义和关键词检查），不是各组的全部评论",
    "share_of": "{value} 占全部的比例（见分组占比列）",
    "period_all_undated": "包括没有日期的 {n} 条反馈",
    "customers_on_record": "按客户表现有记录计数（所有在册客户，不看活跃与否和注册时间）",
    "period_all_data": "时间范围：全部数据（{start} 至 {end}）",
    "unsupported_personal": "我不提供客户的个人信息（手机号、邮箱、证件号、卡号）；可以回答汇总类问题，例如有多少人投诉、投诉什么。",
    "unsupported_finance": "您的数据中没有成本、利润、佣金或投放花费（旅程数据只有事件、订单、反馈和客户），所以无法计算。我可以回答收入、订单、转化和客户反馈方面的问题。",
    "unsupported_not_applicable": "{dim}记录在{where}数据里，而{what}是从{table}数据计算的，无法按它拆分或筛选。可以改问{where}相关的指标，或去掉{dim}。",
    "unsupported_compose": "我只根据您的旅程数据回答问题，不代写邮件、信件或其他文案。",
    "unsupported_journey_on_orders": "订单数据不记录旅程，也没有哪一列的取值对应“{journey}”，所以不用全部订单的结果代替。可以问“{journey}”的转化、流失或人数，或按订单的列（{columns}）拆分订单。",
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
    "type": ("类型",), "book": ("书籍", "图书", "书", "小说"), "novel": ("小说",), "source": ("来源",), "brand": ("品牌",), "city": ("城市",), "province": ("省份", "省"),
    "store": ("门店", "店铺", "店"), "shop": ("店铺", "门店"), "campaign": ("活动", "营销活动"), "industry": ("行业",),
    "size": ("规模", "大小"), "level": ("等级", "级别"), "gender": ("性别",), "age": ("年龄",), "group": ("组", "分组"),
    "segment": ("板块", "分群"), "business": ("业务",), "agent": ("代理人", "坐席", "经纪人"), "company": ("公司", "企业"),
    "payment": ("支付",), "method": ("方式",), "status": ("状态",), "lead": ("线索",), "origin": ("来源",),
    "version": ("版本",), "model": ("型号", "车型", "机型"), "vehicle": ("车辆", "车"), "policy": ("保单",), "claim": ("理赔",),
    "course": ("课程", "课"), "teacher": ("老师", "讲师"), "hotel": ("酒店",), "room": ("房型", "房间"), "route": ("航线", "线路"),
    "cabin": ("舱位",), "package": ("套餐", "套装"), "billing": ("计费", "账单"), "cycle": ("周期",), "team": ("团队",),
    "department": ("部门",), "branch": ("网点", "分支", "分公司", "分部"), "country": ("国家",), "state": ("州", "省"), "district": ("区县", "区"),
    "language": ("语言",), "platform": ("平台",), "network": ("网络",), "sales": ("销售",), "rep": ("代表",),
    "seller": ("卖家", "商家"), "merchant": ("商家",), "supplier": ("供应商",), "member": ("会员",), "membership": ("会员",),
    "grade": ("年级", "等级"), "subject": ("科目", "学科"), "price": ("价格",), "tier": ("等级", "层级"),
    "dealer": ("经销商", "门店"), "depot": ("门店", "网点", "站点", "仓库"), "powertrain": ("动力类型", "动力"), "nights": ("晚数", "间夜"),
    "adults": ("成人数", "成人"), "children": ("儿童数", "儿童"), "babies": ("婴儿数", "婴儿"), "deposit": ("押金", "定金"),
    "meal": ("餐食", "餐型"), "market": ("市场",), "distribution": ("分销",), "customer": ("客户",), "guest": ("客人",), "host": ("主播", "主持人"), "anchor": ("主播",), "streamer": ("主播",),
    "amount": ("金额",), "score": ("评分", "分数"), "rating": ("评分",), "duration": ("时长",), "income": ("收入",),
    "credit": ("信用", "授信"), "limit": ("额度",), "loan": ("贷款",), "card": ("卡片",), "requests": ("要求",),
    "parking": ("停车",), "waiting": ("候补",), "list": ("名单",), "arrival": ("到店", "到达"), "booking": ("预订",),
    "order": ("订单",), "device": ("设备",), "app": ("App", "应用"), "reason": ("原因",), "cancel": ("取消",),
    "genre": ("类型", "题材", "品类"), "content": ("内容",), "title": ("片名", "标题", "名称"), "error": ("错误", "报错"),
    "code": ("代码", "码"), "bundle": ("套餐", "捆绑包"), "partner": ("合作方", "合作伙伴"), "refund": ("退款",),
    "channel": ("渠道",), "trip": ("行程",), "driver": ("司机",), "rider": ("骑手",), "car": ("车",),
    "delivery": ("配送", "送达"), "coupon": ("优惠券", "券"), "surge": ("溢价",), "wait": ("等待", "排队"),
    "minutes": ("分钟",), "km": ("公里",), "fare": ("车费", "费用"), "fee": ("费用",), "cuisine": ("菜系",),
    "restaurant": ("餐厅", "商家"), "server": ("服务器",), "latency": ("延迟", "时延"), "ping": ("延迟",), "clinic": ("诊所",), "doctor": ("医生",), "insurance": ("保险",), "occupation": ("职业",), "education": ("学历",), "school": ("学校",),
    "job": ("职业", "工作"), "smart": ("智能",), "meter": ("电表", "表"), "dwelling": ("住宅", "房屋"),
    "destination": ("目的地", "目的国", "国家"), "influencer": ("达人", "博主", "网红"), "carrier": ("承运商", "物流公司"),
    "corridor": ("汇款方向", "方向"), "purpose": ("用途",), "usage": ("用途",), "technician": ("师傅", "技师"),
    "consultant": ("顾问",), "accountant": ("会计",), "coach": ("教练",), "instrument": ("乐器",), "campus": ("校区",),
    "lot": ("停车场",), "tent": ("帐篷",),
    "tariff": ("电价套餐", "套餐", "资费"), "fuel": ("能源类型", "燃料"), "vip": ("VIP",), "premium": ("高级",), "marital": ("婚姻状况", "婚姻"), "balance": ("余额",), "housing": ("住房",),
    "outcome": ("结果",), "contacts": ("联系次数",), "previous": ("上次", "之前"), "prev": ("上次", "之前"),
    "tickets": ("票", "票数", "张票"), "seats": ("座位", "座位数"), "items": ("件数", "商品件数"), "quantity": ("数量", "件数"),
    # (the travel trades' word for the people on one booking: a tour's, a flight's, a transfer's)
    "pax": ("人数", "乘客数", "人次"), "qty": ("数量", "件数"),
    "weight": ("重量",), "kg": ("公斤",), "stylist": ("发型师",), "screen": ("影厅", "银幕", "屏幕"),
    "appliance": ("家电", "电器"), "fault": ("故障",), "technician": ("师傅", "技师", "维修师傅"),
    "pharmacist": ("药师",), "drug": ("药品", "药"), "prescription": ("处方",), "publisher": ("出版社", "出版方"),
    "author": ("作者",), "terms": ("账期", "条款"),
    "warehouse": ("仓", "仓库", "前置仓"), "service": ("服务",), "courier": ("快递", "快递公司"),
    "carrier": ("快递", "快递公司", "承运商"), "snack": ("卖品", "小食"),
    # places and people of service businesses (the store of a studio chain, a dentist's title)
    "studio": ("门店", "影楼", "工作室"), "station": ("站点", "门店", "站"), "site": ("站点", "门店", "场地"),
    "outlet": ("门店", "网点"), "photographer": ("摄影师",), "consultant": ("顾问", "咨询师"), "dentist": ("牙医", "医生"),
    "nurse": ("护士",), "caregiver": ("护理员", "护工"), "instructor": ("教练", "讲师", "教员"), "coach": ("教练",),
    "trainer": ("教练",), "facility": ("院区", "机构"), "campus": ("校区",), "community": ("小区", "社区"),
    "cinema": ("影院",), "hospital": ("医院",), "advisor": ("顾问",), "manager": ("经理",),
    "position": ("职位", "职称"), "floor": ("楼层",), "unit": ("单元",), "building": ("楼栋",), "project": ("项目",),
    "provider": ("公司", "服务商", "提供方", "机构"), "insurer": ("保险公司", "险企"), "vendor": ("供应商", "厂商"),
    "treatment": ("治疗项目", "项目"), "service_type": ("服务类型",), "foreman": ("工长",), "designer": ("设计师",),
}
# two-word column names with their own Chinese word ("room_type" is 房型, not 房间类型)
COLUMN_PHRASES = {
    ("room", "type"): ("房型",), ("car", "model"): ("车型",), ("drone", "model"): ("机型",), ("phone", "model"): ("机型", "手机型号"),
    ("device", "model"): ("机型", "设备型号"), ("payment", "method"): ("支付方式",),
    ("market", "segment"): ("细分市场", "市场细分"), ("customer", "type"): ("客户类型",), ("deposit", "type"): ("押金类型",),
    ("distribution", "channel"): ("分销渠道",), ("lead", "time"): ("提前期", "提前天数"), ("age", "band"): ("年龄段",),
    ("income", "band"): ("收入段", "收入档"), ("credit", "score"): ("信用分", "信用评分"), ("course", "type"): ("课程类型",),
    ("order", "type"): ("订单类型",), ("first", "order"): ("首单", "首次下单", "第一单"),
    ("coupon", "used"): ("用券", "使用优惠券", "用了优惠券"), ("server", "region"): ("服务器区", "区服", "服务器地区"),
    ("housing", "loan"): ("房贷", "住房贷款"), ("personal", "loan"): ("个人贷款", "消费贷"), ("credit", "default"): ("信用违约",),
    ("marital", "status"): ("婚姻状况",), ("special", "requests"): ("特殊要求",), ("waiting", "list"): ("候补名单",),
    # (how many people came together: a party's, a group's, a class's, a household's)
    ("party", "size"): ("同行人数", "一行人数", "人数"), ("group", "size"): ("团队人数", "团体人数", "团人数", "人数"),
    ("class", "size"): ("班级人数", "班额"), ("household", "size"): ("家庭人数", "户人数"),
    ("team", "size"): ("团队人数", "队伍人数"), ("guest", "count"): ("客人数", "宾客人数"),
    ("head", "count"): ("人数", "人头数"),
}


# the everyday words for the things a column's values are all called ("北京望京店", "广州天河店" are 店: "哪家门店")
KIND_COMPOUNDS = {"店": ("门店", "分店", "店铺", "店面"), "站": ("站点", "网点"), "院": ("医院", "院区"),
                  "馆": ("场馆", "门馆"), "场": ("场馆", "场地", "场所"), "区": ("园区", "院区", "小区", "片区"),
                  "行": ("支行", "网点"), "所": ("诊所", "营业所"), "厅": ("营业厅",), "仓": ("仓库", "前置仓")}


# Chinese names of the platforms customers come through, and the codes data writes them with (an app store
# review channel "dianping", a source "ctrip"): "大众点评上的评分" is the channel dianping, not the car brand 大众
PLATFORMS = {"大众点评": ("dianping", "dazhongdianping", "dzdp"), "美团": ("meituan",), "携程": ("ctrip", "trip_com", "xiecheng"),
             "微信": ("wechat", "weixin"), "企业微信": ("wecom", "wework"), "支付宝": ("alipay", "zhifubao"),
             "小红书": ("xiaohongshu", "xhs", "rednote"), "抖音": ("douyin", "tiktok"), "快手": ("kuaishou",),
             "微博": ("weibo",), "百度": ("baidu",), "百度地图": ("baidu_map", "baidu_maps", "baidumap"),
             "高德": ("amap", "gaode"), "高德地图": ("amap", "gaode_map", "gaode_maps"), "淘宝": ("taobao",),
             "天猫": ("tmall",), "京东": ("jd", "jingdong"), "拼多多": ("pinduoduo", "pdd"), "饿了么": ("eleme", "ele_me"),
             "飞猪": ("fliggy", "feizhu"), "去哪儿": ("qunar",), "哔哩哔哩": ("bilibili",), "B站": ("bilibili",),
             "知乎": ("zhihu",), "云闪付": ("unionpay", "quickpass"), "银联": ("unionpay",), "应用商店": ("app_store",),
             "苹果应用商店": ("app_store", "apple_app_store"), "视频号": ("channels", "wechat_channels")}


# the everyday Chinese names of the common currencies → ISO 4217 code ("新台币" TWD, "澳元" AUD)
CURRENCY_ZH = {"人民币": "CNY", "美元": "USD", "美金": "USD", "英镑": "GBP", "欧元": "EUR", "港币": "HKD", "港元": "HKD",
               "澳元": "AUD", "澳币": "AUD", "加元": "CAD", "加币": "CAD", "日元": "JPY", "新加坡元": "SGD", "新币": "SGD",
               "新元": "SGD", "新台币": "TWD", "台币": "TWD", "纽币": "NZD", "新西兰元": "NZD", "令吉": "MYR", "马币": "MYR",
               "林吉特": "MYR", "泰铢": "THB", "韩元": "KRW", "菲律宾比索": "PHP", "越南盾": "VND", "印尼盾": "IDR",
               "迪拉姆": "AED", "阿联酋迪拉姆": "AED", "澳门元": "MOP", "澳门币": "MOP", "澳门帕塔卡": "MOP", "葡币": "MOP",
               "印度卢比": "INR", "卢比": "INR", "卢布": "RUB", "瑞郎": "CHF", "瑞士法郎": "CHF", "沙特里亚尔": "SAR",
               "里亚尔": "SAR", "兰特": "ZAR", "土耳其里拉": "TRY", "里拉": "TRY", "墨西哥比索": "MXN",
               "挪威克朗": "NOK", "瑞典克朗": "SEK", "丹麦克朗": "DKK", "冰岛克朗": "ISK", "捷克克朗": "CZK",
               "加拿大元": "CAD", "澳大利亚元": "AUD", "日圆": "JPY", "美圆": "USD", "新加坡币": "SGD", "港纸": "HKD",
               "波兰兹罗提": "PLN", "兹罗提": "PLN", "匈牙利福林": "HUF", "福林": "HUF", "巴西雷亚尔": "BRL", "雷亚尔": "BRL",
               "阿根廷比索": "ARS", "智利比索": "CLP", "新谢克尔": "ILS", "谢克尔": "ILS", "埃及镑": "EGP", "奈拉": "NGN",
               "肯尼亚先令": "KES", "巴基斯坦卢比": "PKR", "塔卡": "BDT", "孟加拉塔卡": "BDT", "卡塔尔里亚尔": "QAR",
               "科威特第纳尔": "KWD", "第纳尔": "KWD", "越南币": "VND", "泰币": "THB", "韩币": "KRW", "卢布币": "RUB"}
