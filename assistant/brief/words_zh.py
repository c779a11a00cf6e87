"""Every Chinese sentence of the morning brief (one place for zh words)."""
from __future__ import annotations

T: dict[str, str] = {
    "title": "晨报 · {period}（对比 {baseline}）",
    "title_filtered": "晨报 · {period}（对比 {baseline}）· {filters}",
    "quiet": "平稳的一段时间：检查的 {checked} 个旅程指标都在正常波动范围内。",
    "nothing_checked": "{period} 没有可检查的内容：旅程、订单和反馈指标都没有数据。",
    "moved_intro": "检查的 {checked} 个旅程指标中有 {n} 个超出正常波动：",
    "item": "{rank}. {where}{metric}{verb}，从 {before} 到 {after}（{change}；样本 {n_base} → {n_now}；"
            "{test} {p}，Holm 校正后 {p_adj}）。",
    "at_step": "{journey}·{touchpoint}的",
    "of_journey": "{journey}旅程的",
    "overall": "整体",
    "rose": "上升",
    "fell": "下降",
    "pp": "{value} 个百分点",
    "sd": "{value} 个标准差",
    "drivers": "主要驱动：{first}{rest}。",
    "driver": "{dimension} = {value}，占变化的 {share}（{before} → {after}）",
    "driver_plain": "{dimension} = {value}，占变化的 {share}",
    "driver_more": "；其次 {next}",
    "no_driver": "没有单一分组能解释这一变化。",
    "themes": "客户反馈{where}：{themes}。",
    "themes_where": "（{touchpoint}）",
    "theme": "“{label}”（{comments} 条）",
    "quote": "“{text}”（{feedback_id}）",
    "no_feedback": "该时段这里没有反馈。",
    "ask": "追问：{question} → {link}",
    "list_sep": "、",
    "unmoved": "在正常波动范围内：{items}。",
    "unmoved_more": "{items}等另外 {n} 项",
    "unmoved_steps": "{n} 个步骤的{metric}",
    "unmoved_journeys": "{metric}（{journeys}）",
    "unmoved_none": "检查的指标全部有变化。",
    "method": "方法：每个指标比较 {period} 与 {baseline}，按类型做显著性检验（比率用双比例 z 检验，均值用 Welch t 检验，"
              "计数和金额用泊松 z 检验）；在检查的 {checked} 个指标上做 Holm 校正后 p < {alpha}、两个时段样本都 ≥ {min_sample}，"
              "且变化幅度达到比率 ≥ {min_rate} 个百分点、计数和金额 ≥ {min_rel}、均值 ≥ {min_sd} 个标准差，才算超出正常波动。",
    "more_moves": "另有 {n} 项变化未列出。",
    "no_events": "该时段没有事件：未检查旅程转化。",
    "no_journeys": "没有定义旅程：加载 journeys 文件后才能检查步骤转化。",
    "no_feedback_at_all": "该时段没有反馈：没有主题和引用。",
    "follow_up_step": "{start}到{end}{touchpoint}的{metric}为什么{verb_base}？",
    "follow_up_journey": "{start}到{end}{journey}旅程的{metric}为什么{verb_base}？",
    "follow_up_total": "{start}到{end}{metric}为什么{verb_base}？",
    "button_ask": "在对话中追问",
    "button_open": "打开对话",
    "follow_up_label": "追问",
    "rise": "上升了",
    "fall": "下降了",
    "change": "变化了",
}

TESTS: dict[str, str] = {"two_proportion_z": "z 检验", "welch_t": "Welch t 检验", "poisson_z": "泊松 z 检验"}
