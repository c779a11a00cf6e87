// Every word of the chat page in Chinese (the English twin is en.js; same keys).
window.JOURNEY_I18N = window.JOURNEY_I18N || {};
window.JOURNEY_I18N.zh = {
  langName: "中文", switchTo: "English",
  title: "客户旅程助手",
  newChat: "＋ 新对话", conversations: "对话", noSessions: "还没有对话", deleteSession: "删除对话",
  menu: "菜单", apiKey: "密钥",
  placeholder: "用中文或英文提问，例如：哪个触点流失用户最多?", send: "发送",
  welcome: "你好！我可以根据贵公司的数据回答客户旅程问题：触点、漏斗、流失、用户反馈。",
  examples: ["哪个触点流失用户最多?", "注册漏斗各步骤的转化率是多少?", "用户对支付环节有哪些负面反馈?"],
  you: "你", assistant: "助手",
  tools: {
    compare_groups: "分组对比", compare_periods: "时段对比", describe_data: "数据概览", detect_anomalies: "异常检测",
    emotion_curve: "情绪曲线", experiment_result: "实验结果", explain_change: "变化归因", explain_metric: "指标口径",
    feedback_search: "检索用户反馈", feedback_themes: "反馈主题归类", funnel: "漏斗分析", funnel_dropoff: "漏斗流失分析",
    metric_breakdown: "指标拆分", metric_trend: "指标趋势", path_transitions: "路径流转", retention_cohorts: "留存分析",
    run_sql: "执行 SQL 查询", touchpoint_exits: "触点流失"
  },
  planning: "正在理解问题…", toolDone: "已完成", toolFailed: "未成功",
  working: "正在分析…", running: "正在运行", done: "完成",
  showSql: "查看 SQL", assumptions: "假设与口径", sources: "用户原话", expand: "展开", collapse: "收起",
  copy: "复制", copied: "已复制", csv: "导出 CSV", sortHint: "点击表头排序", rows: "行", truncated: "结果已截断",
  followUps: "接着问", options: "请选择", chartLoading: "正在绘制图表…",
  helpful: "有帮助", notHelpful: "没帮助", commentPlaceholder: "哪里可以更好？（可选）", submit: "提交",
  thanks: "谢谢反馈！", period: "时间范围",
  status: { clarify: "需要确认", unsupported: "暂不支持", error: "出错了" },
  apiKeyTitle: "需要 API 密钥", apiKeyPrompt: "此服务器需要 API 密钥。请输入管理员提供的密钥，它只保存在本浏览器中。",
  apiKeyPlaceholder: "粘贴密钥", save: "保存", cancel: "取消", retry: "重试", hint: "建议",
  errors: {
    unauthorized: "密钥无效或缺失，请重新输入密钥。",
    rate_limited: "请求太频繁了，请稍等片刻再试。",
    payload_too_large: "消息太长了，请缩短后再发送。",
    invalid_request: "请求格式不正确。",
    internal_error: "抱歉，服务器处理时出了问题。请稍后重试。",
    unavailable: "助手还没准备好，请稍后再试。",
    network: "无法连接服务器，请检查服务器是否在运行。",
    chart_error: "图表无法绘制，下面的表格包含相同的数据。",
    not_found: "找不到该对话。",
    key_needed: "需要密钥才能继续。",
    default: "抱歉，这个问题没能回答。"
  }
};
// 旅程地图页（map.js）与看板页（board.js）
Object.assign(window.JOURNEY_I18N.zh, {
  mapLink: "旅程地图", mapTitle: "客户旅程地图", mapToChat: "← 对话", mapJourney: "旅程", mapAllJourneys: "全部旅程",
  mapFrom: "开始", mapTo: "结束", mapSegment: "客户分群", mapDevice: "设备", mapAll: "全部",
  mapPresets: { 7: "近7天", 30: "近30天", 90: "近90天" },
  mapEmotion: "情绪曲线（各阶段评论平均情感，−1 … +1）", mapOpportunities: "机会",
  mapLoading: "正在绘制地图…", mapReach: "位触达客户", mapStep: "第", mapIn: "进入", mapDrop: "流失率",
  mapLost: "人流失", mapComments: "条评论", mapNoComments: "暂无评论", mapRating: "评分",
  mapBiggestDrop: "流失最多", mapWorst: "情绪最差", mapSmall: "评论较少",
  mapAsk: "点击卡片即可在对话中追问。", mapNoOpps: "没有哪个分群或哪一周明显做得更好。",
  mapOppCols: ["#", "步骤", "旅程", "当前流失率", "参照水平", "可多完成旅程的客户", "痛点"],
  mapBySegment: "分群", mapByWeek: "周",
  pin: "固定到看板", pinned: "已固定", boardLink: "看板", boardTitle: "看板", boardEmpty: "还没有固定的回答。在对话中点“固定到看板”。",
  boardExport: "导出 JSON", boardImport: "导入 JSON", boardRemove: "移除", boardRefreshed: "已按最新数据重算",
});
