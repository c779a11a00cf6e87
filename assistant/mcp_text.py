"""Chinese descriptions of what the MCP server offers (the English ones live with each tool module).

One place for the zh words of the MCP surface: a tool module's DESCRIPTION is the English text a
model reads in the chat agent too; the MCP listing shows it followed by the line here.
"""
from __future__ import annotations

TOOL_ZH = {
    "describe_data": "已加载的数据：旅程及其步骤、触点、指标、维度、日期范围和行数。先调用它了解可问什么。",
    "explain_metric": "某个指标的定义、公式、在本工作区的计算方式（SQL 或分析）及注意事项。",
    "funnel": "某条旅程的逐步漏斗：每一步到达人数、步骤转化率、流失率，可按维度分组。",
    "funnel_dropoff": "按流失用户数排序的旅程步骤（流失率、流失人数）；不指定旅程则包括所有旅程。用于“哪个触点流失用户最多”。",
    "touchpoint_exits": "客户在哪些触点之后离开（会话的最后一个触点），按离开次数排序。",
    "path_transitions": "某个触点之前或之后最常见的下一步/上一步路径。",
    "metric_trend": "指标按天、周或月的趋势。用于“上个月订单怎么变化”。",
    "metric_breakdown": "指标按某个维度（设备、渠道、客群、触点……）的每个取值拆分并排序。",
    "compare_groups": "比较某个维度的两个分组（如 android 与 ios）的同一指标，给出差异和显著性。",
    "compare_periods": "比较一个期间与基准期间（默认紧邻的等长前一期间）的指标。",
    "retention_cohorts": "按首次活跃月份/周的留存队列。",
    "experiment_result": "A/B 实验结果：各组客户数和转化率、提升及显著性。",
    "detect_anomalies": "期间内指标异常偏高或偏低的日子（稳健 z 分数）。",
    "explain_change": "指标为什么变化：与基准期间相比，按维度分解出贡献最大的取值（驱动因素）。",
    "feedback_search": "对客户评论（中英文）做语义搜索，可限定触点、阶段、期间、情感和评分。",
    "feedback_themes": "客户评论的主题（痛点或好评）及条数、占比、情感和原话引用。用于“用户主要抱怨什么”。",
    "feedback_count": "与某话题相关的客户评论（默认只算投诉即负面评论）的确切条数：逐条按语义和关键词匹配，说明匹配方式，不是搜索上限。用于“退款相关投诉有多少条”。",
    "day_retention": "第 N 天留存（次日留存、D7、D30）：在期间内开始（安装、注册或首次出现）的客户中，第 N 天（或 1..N 天内）回来（登录或任何事件）的比例，可按维度分组。",
    "metric_ratio": "用户自己定义的比率：一个计数除以另一个计数（如“应答率 = 司机接单数 / 叫车请求数”），两边各有自己的筛选；可按维度排名或按时间看趋势。",
    "emotion_curve": "按触点（旅程顺序）或阶段的评论平均情感：情绪曲线。",
    "journey_map": "客户旅程地图：按阶段排列的触点卡片（到达、转化、流失、情感、主题）、情绪曲线和改进机会。",
    "brief": "晨报：所选期间内变化超出正常波动的旅程指标，附驱动因素、该触点的反馈主题和原话。",
}

BRIEF_EN = ("The morning brief: journey metrics that moved beyond normal variation in the N days ending on a date "
            "against the N days before, each with its drivers and the feedback themes and quotes at that touchpoint. "
            "Returns the brief JSON (date, period, baseline, text, items).")
ASK_EN = ("Ask a question about the customer-journey data in Chinese or English and get the same answer JSON "
          "as the chat (text, tables, chart, assumptions, citations). Pass session_id from an earlier answer "
          "for a follow-up.")
ASK_ZH = "用中文或英文提问客户旅程数据，返回与聊天相同的答案 JSON（文字、表格、图表、假设、引用）。传入上一个答案的 session_id 可以追问。"

CATALOGUE_EN = "The metric catalogue: every metric with zh/en names, aliases, definition, formula and unit."
CATALOGUE_ZH = "指标目录：每个指标的中英文名称、别名、定义、公式和单位。"
METRIC_EN = "Definition of the metric {id} ({name_en})."
METRIC_ZH = "指标 {id}（{name_zh}）的定义。"

SERVER_INSTRUCTIONS = (
    "Read-only customer-journey analytics (funnels, drop-off, paths, trends, breakdowns, drivers, experiments, "
    "customer feedback themes and search, journey map). Every result is the answer JSON of the chat: text, "
    "tables (rates are fractions 0..1), assumptions with the period used, SQL and citations. "
    "Start with describe_data, or use ask for a question in plain words.\n"
    "只读的客户旅程分析（漏斗、流失、路径、趋势、拆分、驱动因素、实验、客户反馈主题与搜索、旅程地图）。"
    "每个结果都是聊天的答案 JSON。先调用 describe_data，或用 ask 直接提问。"
)
