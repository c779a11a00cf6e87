"""The answer sentence of each analysis, built from tool data (never from an LLM) with key numbers."""
from __future__ import annotations

from typing import Any, Callable

from assistant.compose.lang import duration, num, pct, signed_pct, t
from assistant.compose.map_text import journey_map_text
from assistant.compose.names import Names

TextFn = Callable[[dict[str, Any], dict[str, Any], str, Names], str]
VALUE_COLUMNS = ("value", "users_lost", "exits", "comments", "transitions", "contribution", "delta", "users",
                 "conversion", "rate", "avg_sentiment", "customers", "n")
LABEL_COLUMNS = ("touchpoint", "theme", "variant", "group", "journey", "period_start", "cohort", "day", "date")


def records(data: dict[str, Any]) -> list[dict[str, Any]]:
    cols = data.get("columns") or []
    return [dict(zip(cols, r)) for r in data.get("rows") or []]


def label_of(rec: dict[str, Any], lang: str, names: Names, columns: list[str]) -> str:
    """A person-readable label of one row (touchpoint name in the language, else the first text value)."""
    if rec.get("touchpoint_id") is not None and "from_touchpoint_id" not in rec:
        return names.touchpoint(rec["touchpoint_id"], lang, rec.get("touchpoint"))
    for c in LABEL_COLUMNS:
        if rec.get(c) is not None:
            return str(rec[c])
    for c in columns:
        if isinstance(rec.get(c), str):
            return names.value(c, rec[c], lang)
    first = next(iter(rec.values()), "")
    return t(lang, "unknown_value") if first is None else str(first)


def value_of(rec: dict[str, Any], rate: bool = False) -> str:
    for c in VALUE_COLUMNS:
        if isinstance(rec.get(c), (int, float)) and not isinstance(rec.get(c), bool):
            v = rec[c]
            return pct(v) if (rate or c.endswith("rate") or c == "share") and isinstance(v, float) and abs(v) <= 1 else num(v)
    return ""


def _metric_value(v: Any, metric_id: Any, names: Names, lang: str = "en") -> str:
    if names.unit(metric_id) == "seconds" and isinstance(v, (int, float)) and not isinstance(v, bool):
        return duration(v, lang)  # "5.5 days", never 478,470 with no unit
    return pct(v) if names.is_rate(metric_id) and isinstance(v, (int, float)) else num(v)


def step_dropoff(d, args, lang, names):
    r = records(d)[0]
    if not r.get("users_lost") and all(not x.get("users_lost") for x in records(d)):
        return t(lang, "step_dropoff_none", users=num((d.get("sample_size") or {}).get("users", 0)))
    key = "step_dropoff_rate" if (d.get("facts") or {}).get("ranked_by") == "drop_off_rate" else "step_dropoff"
    return t(lang, key, touchpoint=names.touchpoint(r["touchpoint_id"], lang, r.get("touchpoint")),
             step=r.get("step"), journey=names.journey(r.get("journey_id"), lang, r.get("journey")),
             users_lost=num(r.get("users_lost")), users_reached=num(r.get("users_reached")),
             rate=pct(r.get("drop_off_rate")))


def touchpoint_exits(d, args, lang, names):
    r = records(d)[0]
    return t(lang, "touchpoint_exits", touchpoint=names.touchpoint(r["touchpoint_id"], lang, r.get("touchpoint")),
             exits=num(r.get("exits")), sessions=num(r.get("sessions")), rate=pct(r.get("exit_rate")))


def funnel(d, args, lang, names):
    recs, f = records(d), d.get("facts") or {}
    first = recs[0]
    steps = [r for r in recs if r.get("step") is not None]
    last_step = max(r["step"] for r in steps) if steps else None
    firsts = [r for r in recs if r.get("step") == first.get("step")]
    lasts = [r for r in recs if r.get("step") == last_step]
    text = t(lang, "funnel", journey=names.journey(f.get("journey_id") or args.get("journey_id"), lang, f.get("journey")),
             first=num(sum(r.get("users") or 0 for r in firsts)), last=num(sum(r.get("users") or 0 for r in lasts)),
             overall=pct(f.get("overall_conversion", lasts[0].get("overall_conversion") if lasts and len(lasts) == 1 else None)))
    if f.get("biggest_drop_touchpoint_id"):
        text += t(lang, "funnel_drop", touchpoint=names.touchpoint(f["biggest_drop_touchpoint_id"], lang),
                  rate=pct(f.get("biggest_drop_rate", f.get("biggest_drop_off_rate"))))
    return text


def path_transitions(d, args, lang, names):
    r = records(d)[0]
    key = {"next": "path_next", "previous": "path_previous"}.get(args.get("direction", "next")) \
        if args.get("touchpoint_id") else "path_any"
    return t(lang, key, from_tp=names.touchpoint(r["from_touchpoint_id"], lang, r.get("from_touchpoint")),
             to_tp=names.touchpoint(r["to_touchpoint_id"], lang, r.get("to_touchpoint")),
             share=pct(r.get("share")), transitions=num(r.get("transitions")))


def metric_trend(d, args, lang, names):
    f, mid = d.get("facts") or {}, (d.get("facts") or {}).get("metric_id") or args.get("metric_id")
    p = d.get("period") or {}
    if "first" not in f:
        return generic(d, args, lang, names)
    mv = lambda v: _metric_value(v, mid, names, lang)  # noqa: E731
    return t(lang, "trend", metric=_measure(mid, args, names, lang), first=mv(f["first"]), last=mv(f["last"]),
             change=signed_pct(f.get("relative_change")) if f.get("relative_change") is not None else mv(f.get("change")),
             period=f"{p.get('start')} .. {p.get('end')}", max=mv(f.get("max")), max_period=f.get("max_period"),
             min=mv(f.get("min")), min_period=f.get("min_period"))


def metric_breakdown(d, args, lang, names):
    if args.get("distinct"):
        row = (d.get("rows") or [[0, 0, 0]])[0]
        return t(lang, "distinct_values", n=num(row[0]), dimension=names.dimension(args.get("dimension"), lang),
                 metric=names.metric(args.get("metric_id"), lang, args.get("journey_id")), total=_metric_value(row[1], args.get("metric_id"), names, lang))
    recs, cols, mid = records(d), d.get("columns") or [], args.get("metric_id")
    if (d.get("facts") or {}).get("focus_total") is not None:
        recs = recs[:-1]  # the asked values added up (tools.metric_breakdown): no group of its own
    labels = [label_of(r, lang, names, cols) for r in recs]
    focus = [str(v) for v in args.get("focus") or []]
    if focus:
        return _focus_share(recs, cols, mid, focus, args, lang, names)
    key = "breakdown_lowest" if args.get("order") == "asc" else "breakdown"
    text = t(lang, key, dimension=names.dimension(args.get("dimension"), lang), top=labels[0],
             metric=_measure(mid, args, names, lang), value=_metric_value(recs[0].get("value"), mid, names, lang))
    rest = [f"{lab} {_metric_value(r.get('value'), mid, names, lang)}" for lab, r in zip(labels[1:3], recs[1:3])]
    if rest:
        text += t(lang, "breakdown_more", rest=", ".join(rest))
    return text + ("。" if lang == "zh" else ".")


def _focus_share(recs, cols, mid, focus, args, lang, names):
    """"What share of orders came through sales reps": the asked value's share of all leads, then the ranking."""
    dim = args.get("dimension")
    hit = [r for r in recs if str(r.get(dim)) in focus or str(r.get(dim + "_id" if dim else "")) in focus]
    total = sum(r.get("value") or 0 for r in recs if isinstance(r.get("value"), (int, float)))
    if hit and len(hit) == 1 and (names.is_rate(mid) or not _additive(mid, names)) and \
            isinstance(hit[0].get("value"), (int, float)):
        return _focus_level(hit[0], recs, cols, mid, args, lang, names)
    if not hit or names.is_rate(mid) or not total:
        return t(lang, "focus_missing", value="、".join(focus) if lang == "zh" else ", ".join(focus),
                 dimension=names.dimension(dim, lang)) if not hit else generic({"columns": cols, "rows": []}, args, lang, names)
    value = sum(r.get("value") or 0 for r in hit)
    labels = ("、" if lang == "zh" else ", ").join(label_of(r, lang, names, cols) for r in hit)
    rank = 1 + sum(1 for r in recs if (r.get("value") or 0) > value) if len(hit) == 1 else None
    text = t(lang, "focus_share", value=labels, share=pct(value / total), part=_metric_value(value, mid, names, lang),
             total=_metric_value(total, mid, names, lang), metric=_measure(mid, args, names, lang))
    if rank is not None:
        text += t(lang, "focus_rank", rank=rank, n=len(recs), dimension=names.dimension(dim, lang))
    return text + ("。" if lang == "zh" else ".")


def _additive(mid: Any, names: Names) -> bool:
    """Do the groups' values add up to a whole (counts, money), unlike averages, medians and scores?"""
    return names.unit(mid) in (None, "count", "currency")


def _focus_level(hit, recs, cols, mid, args, lang, names):
    """"why is xiaohongshu so low": the asked group's value, its place among the column's groups, and the others."""
    dim = args.get("dimension")
    low_first = args.get("order") == "asc"
    ranked = sorted((r for r in recs if isinstance(r.get("value"), (int, float))), key=lambda r: r["value"],
                    reverse=not low_first)
    rank = 1 + next(i for i, r in enumerate(ranked) if r is hit)
    sep = "、" if lang == "zh" else ", "
    rest = sep.join(f"{label_of(r, lang, names, cols)} {_metric_value(r.get('value'), mid, names, lang)}"
                    for r in ranked if r is not hit)
    n = hit.get("n")
    return t(lang, "focus_level", value=label_of(hit, lang, names, cols), metric=_measure(mid, args, names, lang),
             v=_metric_value(hit.get("value"), mid, names, lang), n=num(n) if isinstance(n, (int, float)) else "–",
             rank=rank, count=len(ranked), dimension=names.dimension(dim, lang),
             side=t(lang, "focus_low" if low_first else "focus_high"), rest=rest) + ("。" if lang == "zh" else ".")


def _difference(diff: Any, metric_id: Any, names: Names, lang: str) -> str:
    """A difference of rates in percentage points ("-4.2 pp"), of anything else in its own unit."""
    if diff is None:
        return "–"
    if names.is_rate(metric_id) and isinstance(diff, (int, float)):
        return t(lang, "pp", v=diff * 100)
    return _metric_value(diff, metric_id, names, lang)


def _lengths_differ_much(f: dict[str, Any]) -> bool:
    """One period at least 1.5 times the other (a day vs four weeks), not October vs September."""
    days = []
    for total, per_day in ((f.get("value_a"), f.get("per_day_current")), (f.get("value_b"), f.get("per_day_baseline"))):
        if not isinstance(total, (int, float)) or not isinstance(per_day, (int, float)) or not per_day:
            return False
        days.append(total / per_day)
    return max(days) >= 1.5 * min(days)


STEP_COUNTS = frozenset({"events", "users_reached", "active_customers", "sessions"})


def _measure(mid: Any, args: dict[str, Any], names: Names, lang: str) -> str:
    """The measure's name, with the step it was counted at ("events (Wedding-day makeup)", "事件数（上课签到）")."""
    name = names.metric(mid, lang, args.get("journey_id"))
    steps = args.get("touchpoint_ids") or ([args["touchpoint_id"]] if args.get("touchpoint_id") else []) or \
        list((args.get("filters") or {}).get("touchpoint") or ())
    if mid not in STEP_COUNTS or not steps:
        return name
    said = ("、" if lang == "zh" else ", ").join(names.touchpoint(x, lang) for x in steps)
    return f"{name}（{said}）" if lang == "zh" else f"{name} ({said})"


def compare(d, args, lang, names):
    recs, cols, f = records(d), d.get("columns") or [], d.get("facts") or {}
    mid = f.get("metric_id") or args.get("metric_id")
    if "value_a" not in f:
        return generic(d, args, lang, names)
    if f.get("value_b") is None and recs:
        # a value with no earlier data to compare it with (all of a historical extract, a baseline with no rows)
        return t(lang, "value_alone", metric=_measure(mid, args, names, lang), a=_metric_value(f.get("value_a"), mid, names, lang),
                 a_label=f"{recs[0].get('start')} .. {recs[0].get('end')}")
    if d.get("analysis") == "compare_periods" and len(recs) >= 2:
        a_label = f"{recs[0].get('start')} .. {recs[0].get('end')}"
        b_label = f"{recs[1].get('start')} .. {recs[1].get('end')}"
    else:
        a_label, b_label = str(f.get("a")), str(f.get("b"))
    diff = f.get("difference")
    key = "compare_periods" if d.get("analysis") == "compare_periods" else "compare"
    pa, pb = f.get("per_day_current"), f.get("per_day_baseline")
    if _lengths_differ_much(f) and isinstance(pa, (int, float)) and isinstance(pb, (int, float)):
        # periods of different length ("Nov 11 vs a normal day"): totals are not comparable, daily rates are
        text = t(lang, "compare_per_day", metric=_measure(mid, args, names, lang), a_label=a_label, b_label=b_label,
                 a=num(round(pa, 1)), b=num(round(pb, 1)), change=signed_pct(pa / pb - 1) if pb else "–",
                 a_total=num(f.get("value_a")), b_total=num(f.get("value_b")))
    else:
        text = t(lang, key, metric=_measure(mid, args, names, lang), a_label=a_label, b_label=b_label,
                 a=_metric_value(f.get("value_a"), mid, names, lang), b=_metric_value(f.get("value_b"), mid, names, lang),
                 diff=_difference(diff, mid, names, lang)
                 + (t(lang, "relative", v=signed_pct(f['relative_difference']))
                    if isinstance(f.get("relative_difference"), (int, float)) else ""))
    if isinstance(f.get("p_value"), (int, float)):
        text += " " + t(lang, "significant" if f.get("significant") else "not_significant", p=f"{f['p_value']:.3g}")
        text += "。" if lang == "zh" else "."
    return text


def explain_change(d, args, lang, names):
    recs, cols, f = records(d), d.get("columns") or [], d.get("facts") or {}
    mid = f.get("metric_id") or args.get("metric_id")
    top = recs[0]
    share = f.get("top_share", top.get("share_of_change"))
    effect = f.get("top_effect", top.get("total_effect"))
    shown = t(lang, "pp", v=effect * 100) if names.is_rate(mid) and isinstance(effect, (int, float)) else num(effect)
    contribution = t(lang, "contribution", effect=shown, share=pct(share)) if isinstance(share, (int, float)) else shown
    before, after = f.get("value_base"), f.get("value_now")
    if isinstance(before, (int, float)) and isinstance(after, (int, float)):
        rel = (after - before) / before if before else None
        return t(lang, "explain_change", metric=_measure(mid, args, names, lang), before=_metric_value(before, mid, names, lang),
                 after=_metric_value(after, mid, names, lang), change=signed_pct(rel) if rel is not None else "–",
                 dimension=names.dimension(f.get("dimension") or d.get("dimension") or args.get("dimension"), lang),
                 top=label_of(top, lang, names, cols), contribution=contribution)
    return t(lang, "explain_change_simple", metric=_measure(mid, args, names, lang), top=label_of(top, lang, names, cols),
             contribution=contribution)


def retention_cohorts(d, args, lang, names):
    f = d.get("facts") or {}
    if f.get("repurchase_rate") is None:
        return generic(d, args, lang, names)
    recs, cols = records(d), d.get("columns") or []
    if f.get("order") and f.get("dimension") and recs:
        top = recs[0]
        return t(lang, "retention_lowest" if f["order"] == "asc" else "retention_highest",
                 dimension=names.dimension(f["dimension"], lang), top=label_of(top, lang, names, cols),
                 rate=pct(top.get("repurchase_rate")), repurchased=num(top.get("repurchased")),
                 customers=num(top.get("customers")), window=f.get("window_days", args.get("window_days", 30))) + \
            ("" if lang == "zh" else " ") + t(lang, "retention", rate=pct(f["repurchase_rate"]), customers=num(f.get("customers")),
                    window=f.get("window_days", args.get("window_days", 30)))
    return t(lang, "retention", rate=pct(f["repurchase_rate"]), customers=num(f.get("customers")),
             window=f.get("window_days", args.get("window_days", 30)))


def experiment_result(d, args, lang, names):
    recs, cols, f = records(d), d.get("columns") or [], d.get("facts") or {}
    if not recs or "conversion_rate" not in cols:
        return generic(d, args, lang, names)
    best = max(recs, key=lambda r: r.get("conversion_rate") or 0)
    exp = f.get("experiment_id", args.get("experiment_id", ""))
    asked = next((r for r in recs if f.get("variant") is not None and r.get("variant") == f.get("variant")), None)
    if asked is not None:  # "对照组的首刷率是多少": the arm asked about, then the best one
        text = t(lang, "experiment_arm", experiment=exp, variant=asked.get("variant"),
                 value=pct(asked.get("conversion_rate")), converted=num(asked.get("converted")),
                 customers=num(asked.get("customers")))
        if asked is not best:
            text += " " + t(lang, "experiment_best", best=best.get("variant"), value=pct(best.get("conversion_rate")))
    elif f.get("order") == "asc":  # ("which arm had the lower share of no-shows")
        low = min(recs, key=lambda r: r.get("conversion_rate") if r.get("conversion_rate") is not None else 2.0)
        text = t(lang, "experiment_lowest", experiment=exp, variant=low.get("variant"), value=pct(low.get("conversion_rate")))
    else:
        text = t(lang, "experiment", experiment=exp, best=best.get("variant"), value=pct(best.get("conversion_rate")))
    verdict = f.get("verdict")
    if verdict:
        text += " " + t(lang, f"verdict_{verdict}")
    # what converting meant: the steps reached, the journey completed or a paid order, and the window
    conv = str(f.get("conversion") or "")
    base = f.get("base_touchpoint_id")
    if base:
        conv = conv.partition("|")[2]  # ("from:tp_order|steps:…": of those who reached the base step)
    if conv.startswith("steps:"):
        steps, _, acts = conv[len("steps:"):].partition(":")
        what = t(lang, "experiment_conv_steps", steps=("、" if lang == "zh" else " or ").join(
            names.touchpoint(x, lang) for x in steps.split(",") if x))
        if acts:
            what += t(lang, "experiment_conv_actions", actions=("、" if lang == "zh" else " or ").join(acts.split(",")))
    elif conv.startswith("journey:"):
        what = t(lang, "experiment_conv_journey", journey=names.journey(conv[len("journey:"):], lang))
    else:
        what = t(lang, "experiment_conv_order")
    window = f.get("window_days")
    if base:
        step = names.touchpoint(base, lang)
        text += " " + (t(lang, "experiment_conv_base_window", base=step, what=what, days=window) if window else
                       t(lang, "experiment_conv_base", base=step, what=what))
        return text
    text += " " + (t(lang, "experiment_conv_window", what=what, days=window) if window else
                   t(lang, "experiment_conv", what=what))
    return text


def detect_anomalies(d, args, lang, names):
    f = d.get("facts") or {}
    mid = f.get("metric_id") or args.get("metric_id")
    if not f.get("anomalies"):
        p = d.get("period") or {}
        return t(lang, "anomalies_none", metric=_measure(mid, args, names, lang), period=f"{p.get('start')} .. {p.get('end')}")
    return t(lang, "anomalies", n=f["anomalies"], metric=_measure(mid, args, names, lang), day=f.get("top_day"),
             value=_metric_value(f.get("top_value"), mid, names, lang), expected=_metric_value(f.get("top_expected"), mid, names, lang))


def feedback_themes(d, args, lang, names):
    items = [t(lang, "theme_item", theme=r.get("theme"), comments=num(r.get("comments")), share=pct(r.get("share")))
             for r in records(d)[:3]]
    return t(lang, "themes", items=t(lang, "list_sep").join(items))


def feedback_count(d, args, lang, names):
    f = d.get("facts") or {}
    by = f.get("by_method") or {}
    what = t(lang, "count_complaints" if f.get("sentiment") == "negative" else "count_comments")
    if f.get("group_by"):
        rows = d.get("rows") or []
        if not rows or not rows[0][1]:
            return t(lang, "feedback_count_groups_none", topic=f.get("topic", ""), what=what)
        dim = names.dimension(f["group_by"], lang) if hasattr(names, "dimension") else f["group_by"]

        def label(g: Any) -> str:  # a step's name, never its id; comments with no value said as such
            if g is None:
                return t(lang, "group_not_recorded")
            return names.touchpoint(g, lang) if f["group_by"] == "touchpoint" and hasattr(names, "touchpoint") else str(g)
        rest = t(lang, "list_sep").join(f"{label(r[0])} {num(r[1])}" for r in rows[1:3] if r[1])
        return t(lang, "feedback_count_groups", dimension=dim, top=label(rows[0][0]), n=num(rows[0][1]), what=what,
                 topic=f.get("topic", ""), of=num(rows[0][2]), share=pct(rows[0][3] or 0.0),
                 total=num(f.get("count", 0)), rest=rest or "–")
    if f.get("words_only"):
        # the words the asker listed, each quoted ("speed" or "slow"), not the question's leftover words
        listed = [str(x) for x in args.get("any_of") or [] if str(x).strip()]
        topic = t(lang, "words_or").join(listed) if listed else f.get("topic", "")
        return t(lang, "feedback_count_words", topic=topic, what=what, n=num(f.get("count", 0)),
                 customers=num(f.get("customers", 0)), share=pct(f.get("share_of_slice", 0.0)),
                 slice_n=num((d.get("sample_size") or {}).get("comments_in_slice", 0)))
    return t(lang, "feedback_count", topic=f.get("topic", ""), what=what, n=num(f.get("count", 0)),
             customers=num(f.get("customers", 0)), share=pct(f.get("share_of_slice", 0.0)),
             slice_n=num((d.get("sample_size") or {}).get("comments_in_slice", 0)), sem=num(by.get("semantic", 0)),
             kw=num(by.get("keyword", 0)), both=num(by.get("semantic_and_keyword", 0)),
             praise=num(f.get("praise_left_out", 0)))


def feedback_search(d, args, lang, names):
    cites = d.get("citations") or []
    # (two different texts: many customers write the same words, and one text twice shows nothing more)
    quotes = " / ".join(f"“{x[:80]}”" for x in list(dict.fromkeys(c["text"] for c in cites))[:2])
    return t(lang, "search", n=len(cites) or len(d.get("rows") or []), quotes=quotes or "–")


def emotion_curve(d, args, lang, names):
    recs, cols = records(d), d.get("columns") or []
    col = next((c for c in cols if "sentiment" in c), None)
    scored = [r for r in recs if isinstance(r.get(col), (int, float))] if col else []
    if not scored:
        return generic(d, args, lang, names)
    low, high = min(scored, key=lambda r: r[col]), max(scored, key=lambda r: r[col])
    return t(lang, "emotion", low=label_of(low, lang, names, cols), low_v=f"{low[col]:+.2f}",
             high=label_of(high, lang, names, cols), high_v=f"{high[col]:+.2f}")


def explain_metric(d, args, lang, names):
    f = d.get("facts") or {}
    if f.get("concept") == "come_back":
        return t(lang, "explain_come_back", term=f.get("term") or "")
    if f.get("touchpoint_id"):
        step = names.touchpoint(f["touchpoint_id"], lang)
        base = names.touchpoint(f["base_touchpoint_id"], lang) if f.get("base_touchpoint_id") else t(lang, "explain_prev_step")
        return t(lang, "explain_step_rate", term=f.get("term") or step, step=step, base=base) + \
            t(lang, "explain_metric", name=f.get("name"), definition=f.get("definition"))
    text = t(lang, "explain_metric", name=f.get("name"), definition=f.get("definition"))
    if f.get("formula"):
        text += t(lang, "explain_formula", formula=f["formula"])
    if f.get("how"):
        text += t(lang, "explain_how", how=f["how"])
    if f.get("caveats"):
        text += t(lang, "explain_caveats", caveats=f["caveats"])
    return text


DESCRIBED = ("events", "orders", "feedback", "customers", "experiments")


def describe_data(d, args, lang, names):
    """Every table the company brought: rows, dates, rows without a date (feedback may have none)."""
    f, recs = d.get("facts") or {}, {r["table"]: r for r in records(d)}
    parts = []
    for name in DESCRIBED:
        r = recs.get(name)
        if not r or not r.get("rows"):
            continue
        span = f" ({str(r['first'])[:10]} .. {str(r['last'])[:10]})" if r.get("first") else ""
        undated = t(lang, "describe_undated", n=num(r["without_date"])) if r.get("without_date") else ""
        parts.append(t(lang, "describe_table", table=t(lang, "table_" + name), rows=num(r.get("rows", 0)),
                       span=span, undated=undated))
    return t(lang, "describe", tables=("；" if lang == "zh" else "; ").join(parts) or "–",
             journeys=len(f.get("journeys") or []), touchpoints=len(f.get("touchpoints") or []),
             metrics=len(f.get("metrics") or []))


def run_sql(d, args, lang, names):
    recs = records(d)
    first = (": " + ", ".join(f"{k}={num(v)}" for k, v in list(recs[0].items())[:4])) if recs else ""
    return t(lang, "run_sql", n=len(recs), first=first)


def _side(metric_id: Any, filters: dict[str, Any] | None, lang: str, names: Names) -> str:
    """"events (Driver matched)", "订单数（状态：已退款）": one side of a defined rate in words."""
    from assistant.compose.assumptions import _slice
    parts = []
    for dim, values in (filters or {}).items():
        vals = [names.touchpoint(v, lang) if dim == "touchpoint" else names.value(dim, v, lang) for v in values or ()]
        joined = ("、" if lang == "zh" else ", ").join(vals)
        parts.append(joined if dim == "touchpoint" else _slice(dim, list(values or ()), lang, names))
    inner = ("；" if lang == "zh" else "; ").join(parts)
    metric = names.metric(metric_id, lang)
    return f"{metric}（{inner}）" if lang == "zh" and inner else f"{metric} ({inner})" if inner else metric


def _ratio_value(v: Any, share: bool | None) -> str:
    """A share as a percentage; a ratio whose numerator is not part of its denominator as a plain number; an
    amount per person (share None) with its thousands and two decimals."""
    if share is None:
        return num(round(v, 2)) if isinstance(v, (int, float)) else "–"
    return pct(v) if share else (f"{v:.3g}" if isinstance(v, (int, float)) else "–")


def metric_ratio(d, args, lang, names):
    f, recs, cols = d.get("facts") or {}, records(d), d.get("columns") or []
    notes = set(d.get("notes") or [])
    share = None if "amount_per_unit" in notes else "numerator_not_in_denominator" not in notes
    num_side = _side(f.get("numerator_metric"), f.get("numerator_filters"), lang, names)
    den_side = _side(f.get("denominator_metric"), f.get("denominator_filters"), lang, names)
    name = f.get("name") or t(lang, "ratio_unnamed")
    text = t(lang, "ratio_definition", name=name, num_side=num_side, den_side=den_side)
    dim = f.get("dimension")
    if not dim:
        r = recs[0]
        return text + t(lang, "ratio_value", name=name, value=_ratio_value(r.get("value"), share),
                        num=num(r.get("numerator")), den=num(r.get("denominator")))
    shown = [r for r in recs if r.get("value") is not None]
    if not shown:
        return text + t(lang, "ratio_no_value")
    if dim in ("day", "week", "month", "quarter", "year") and not args.get("ranked"):
        a, b = shown[0], shown[-1]
        return text + t(lang, "ratio_trend", name=name, first_label=a.get(dim), first=_ratio_value(a["value"], share),
                        last_label=b.get(dim), last=_ratio_value(b["value"], share), n=len(shown))
    top = next((r for r in shown if r.get(dim) == f.get("top_value")), shown[0])
    key = "ratio_lowest" if args.get("order") == "asc" else "ratio_highest"
    return text + t(lang, key, dimension=names.dimension(dim, lang), top=label_of(top, lang, names, cols), name=name,
                    value=_ratio_value(top["value"], share), num=num(top.get("numerator")),
                    den=num(top.get("denominator")))


def day_retention(d, args, lang, names):
    f, recs, cols = d.get("facts") or {}, records(d), d.get("columns") or []
    day = f.get("day") or args.get("day")
    start = names.touchpoint(f["start_touchpoint_id"], lang) if f.get("start_touchpoint_id") else t(lang, "dr_first_seen")
    back = names.touchpoint(f["return_touchpoint_id"], lang) if f.get("return_touchpoint_id") else t(lang, "dr_any_event")
    when = t(lang, "dr_within", day=day) if f.get("within") else t(lang, "dr_on_day", day=day)
    pending = t(lang, "dr_pending", n=num(f.get("not_yet_observable")), day=day) if f.get("not_yet_observable") else ""
    text = t(lang, "dr_definition", day=day, start=start, back=back, when=when)
    if f.get("dimension"):
        top = recs[0]
        key = "dr_lowest" if args.get("order") == "asc" else "dr_highest"
        # (the group's own column first: "cohort" here is a count, not the label it is elsewhere)
        dim = f["dimension"] if f["dimension"] in top else (cols[0] if cols else None)
        label = names.value(dim, top[dim], lang) if dim and isinstance(top.get(dim), str) else \
            str(top[dim]) if dim and top.get(dim) is not None else label_of(top, lang, names, cols)
        return text + t(lang, key, dimension=names.dimension(f["dimension"], lang), top=label,
                        rate=pct(top.get("retention_rate")), retained=num(top.get("retained")),
                        eligible=num(top.get("eligible")), day=day) + pending
    return text + t(lang, "dr_value", day=day, rate=pct(f.get("retention_rate")), retained=num(f.get("retained")),
                    eligible=num(f.get("eligible"))) + pending


def generic(d, args, lang, names):
    recs, cols = records(d), d.get("columns") or []
    first = ", ".join(f"{k}={num(v) if not isinstance(v, float) else f'{v:.4g}'}" for k, v in list(recs[0].items())[:5])
    return t(lang, "generic", analysis=d.get("analysis"), first=first or label_of(recs[0], lang, names, cols))


BY_ANALYSIS: dict[str, TextFn] = {
    "step_dropoff": step_dropoff, "touchpoint_exits": touchpoint_exits, "funnel": funnel,
    "path_transitions": path_transitions, "metric_trend": metric_trend, "metric_breakdown": metric_breakdown,
    "compare_groups": compare, "compare_periods": compare, "driver_decomposition": explain_change,
    "explain_change": explain_change, "retention_cohorts": retention_cohorts, "experiment_result": experiment_result,
    "detect_anomalies": detect_anomalies, "anomalies": detect_anomalies, "feedback_themes": feedback_themes,
    "feedback_search": feedback_search, "search_feedback": feedback_search, "feedback_count": feedback_count, "emotion_curve": emotion_curve, "explain_metric": explain_metric,
    "describe_data": describe_data, "run_sql": run_sql, "journey_map": journey_map_text,
    "defined_ratio": metric_ratio, "day_retention": day_retention,
}
NO_ROWS_OK = {"explain_metric", "describe_data", "detect_anomalies", "feedback_count"}


def result_text(data: dict[str, Any], args: dict[str, Any], lang: str, names: Names) -> str:
    """One sentence (or a few) for one successful tool result."""
    analysis = data.get("analysis") or ""
    if analysis.startswith("emotion_curve"):
        analysis = "emotion_curve"
    if not data.get("rows") and analysis not in NO_ROWS_OK:
        p = data.get("period") or {}
        period = f"{p.get('start')} .. {p.get('end')}" if p else ""
        from assistant.compose.assumptions import _slice
        said = ("；" if lang == "zh" else "; ").join(_slice(d, list(v) if isinstance(v, (list, tuple)) else [v], lang, names)
                                                    for d, v in (data.get("filters") or {}).items())
        slice_ = t(lang, "for_slice", filters=said) if said else ""
        # (a why-answer's comments part: say that no comment matched, not that no data did)
        return t(lang, "no_comments" if analysis in ("feedback_themes", "feedback_search", "search_feedback") else "no_rows",
                 period=period, slice=slice_)
    fn = BY_ANALYSIS.get(analysis, generic)
    try:
        return fn(data, args, lang, names)
    except (KeyError, IndexError, TypeError, ValueError):
        # an analysis whose columns differ from what this sentence expects still gets a factual line
        return generic(data, args, lang, names)
