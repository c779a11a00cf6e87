"""Turn mentions into slots (metric, journey, touchpoints, dimension, filters) and merge follow-ups."""
from __future__ import annotations

import dataclasses
import re

from assistant.planner import crosslingual, lexicon_en, lexicon_zh
from assistant.planner.intent import STEP_METRICS, WEAK, any_cue, is_which, mask, passive_agents, share_asked
from assistant.planner.intent import which_time as _which_time
from assistant.planner.text import YES_NO
from assistant.planner.types import TIME_GRAINS, Catalog, ConversationState, Mention, Work

TIME_GRAIN_DIMS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}


def _spans(mentions: list[Mention], kind: str) -> list[list[Mention]]:
    """Mentions of one kind grouped by span (several entries on one span = ambiguity)."""
    groups: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        if m.kind == kind:
            groups.setdefault((m.start, m.end), []).append(m)
    return [groups[k] for k in sorted(groups)]


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


COUNT_UNITS = ("count",)
RANGE_SAID = re.compile(r"–|—|-|~|～|到|至|\bto\b|\bthrough\b|\bthru\b")


# words that ask for a number of things (not "是多少", which asks for any value)
COUNTING = ("how many", "number of", "count of", "多少条", "多少个", "多少次", "多少笔", "多少人", "多少位", "几条", "几个",
            "几次", "几笔", "数量", "多少张", "多少件", "多少单", "多少份", "多少辆", "多少家", "几张", "几件", "几单")


ZH_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
N = r"([1-5]|[一二两三四五])"
STAR_RANGE = (re.compile(rf"\b{N}\s*(?:-|–|to|or|and)\s*{N}[\s-]*stars?\b"),
              re.compile(rf"{N}\s*(?:到|至|-|–|~|或|或者)\s*{N}\s*(?:颗)?(?:星|分)"))
# "scored 3 or lower", "rated 2 or below": a score said with its verb, no "stars"
SCORED = r"\b(?:scored|scoring|rated|rating|gave|giving|score of|rating of)\s+(?:us\s+|it\s+)?(?:a\s+)?"
STAR_AT_MOST = (re.compile(rf"\b{N}[\s-]*stars?\s+or\s+(?:less|lower|below|fewer)|\b(?:at most|up to)\s+{N}[\s-]*stars?|"
                           rf"{SCORED}{N}(?:\.0)?(?:[\s-]*stars?)?\s+or\s+(?:less|lower|below|under|worse)"),
                re.compile(rf"{N}\s*(?:星|分)及以下|不超过\s*{N}\s*(?:星|分)|小于等于\s*{N}\s*(?:星|分)"))
STAR_BELOW = (re.compile(rf"\b(?:below|under|less than|lower than)\s+{N}[\s-]*stars?|"
                         rf"\b(?:scored|rated)\s+(?:below|under|less than|lower than)\s+{N}\b"),
              re.compile(rf"(?:低于|小于|不到)\s*{N}\s*(?:星|分)|{N}\s*(?:星|分)以下"))
STAR_AT_LEAST = (re.compile(rf"\b{N}[\s-]*stars?\s+or\s+(?:more|higher|above|better)|\bat least\s+{N}[\s-]*stars?|"
                            rf"{SCORED}{N}(?:\.0)?(?:[\s-]*stars?)?\s+or\s+(?:more|higher|above|better)"),
                 re.compile(rf"{N}\s*(?:星|分)及以上|至少\s*{N}\s*(?:星|分)|{N}\s*(?:星|分)以上"))
# "1星和2星", "1-star and 2-star reviews": two ratings listed
STAR_PAIR = (re.compile(rf"\b{N}[\s-]*stars?\s*(?:and|or|,|&)\s*{N}[\s-]*stars?\b"),
             re.compile(rf"{N}\s*(?:颗)?(?:星|分)\s*(?:和|或|或者|、|及|与|跟)\s*{N}\s*(?:颗)?(?:星|分)"))
STAR_ONE = (re.compile(rf"\b{N}[\s-]*stars?\b"), re.compile(rf"{N}\s*(?:颗)?星"))


def _n(x: str) -> int:
    return ZH_DIGIT.get(x) or int(x)


def star_filter(w: Work) -> None:
    """"5-star reviews", "1到2星的差评", "below 3 stars", "4星及以上": comments sliced by their star rating (the
    rating dimension); a share of them ("what share gave 1 or 2 stars") stays the low-rating share measure."""
    if "rating" in w.filters or w.catalog.dimension("rating") is None:
        return
    share = any(m.kind == "metric" and m.id == "low_rating_share" for m in w.mentions) or w.metric_id == "low_rating_share"
    counting = any_cue(w.text, lexicon_zh.COUNT + lexicon_en.COUNT) and \
        not any_cue(w.text, lexicon_zh.SHARE + lexicon_en.SHARE + ("share", "percentage", "比例", "占比"))
    if share and not counting:
        w.filters.pop("sentiment", None)  # "negative, i.e. 1 or 2 stars": the stars say what negative means
        return
    for rxs, make in ((STAR_PAIR, lambda a, b: sorted({a, b})), (STAR_RANGE, lambda a, b: range(min(a, b), max(a, b) + 1)),
                      (STAR_AT_MOST, lambda a, _b: range(1, a + 1)), (STAR_BELOW, lambda a, _b: range(1, a)),
                      (STAR_AT_LEAST, lambda a, _b: range(a, 6)), (STAR_ONE, lambda a, _b: range(a, a + 1))):
        for rx in rxs:
            m = rx.search(w.text)
            if not m:
                continue
            nums = [_n(g) for g in m.groups() if g]
            values = [str(v) for v in make(nums[0], nums[-1])]
            bound = {id(STAR_AT_MOST): "<=", id(STAR_BELOW): "<", id(STAR_AT_LEAST): ">="}.get(id(rxs))
            if bound and 0 < len(values) < 5:
                values = [f"{bound}{nums[0]}"]  # 4.5 and 2.7 are ratings too: "3分及以下" is every score up to 3
            if not values:
                return
            if len(values) >= 5 and values[0] == "1":
                w.blocked_spans.append(m.span())  # "平均打几分（1-5星）": the scale the score is on, every star
                return
            w.filters["rating"] = values
            w.filters.pop("sentiment", None)  # "差评（1到2星）": the stars say what negative means
            w.blocked_spans.append(m.span())
            a, b = m.span()  # "5 stars" says which comments; its "stars" is no rating measure
            # (nor a company column called stars on other rows, sliced by the number next to it)
            own = {x.id[4:] if x.id.startswith("avg_") else x.id for x in w.mentions
                   if x.kind in ("dimension", "metric") and x.start < b and a < x.end}
            for d in own - {"rating"}:
                w.filters.pop(d, None)
            w.mentions = [x for x in w.mentions if not (x.kind == "metric" and x.id != "low_rating_share"
                                                        and x.start < b and a < x.end)
                          and not (x.kind == "dimension" and x.id != "rating" and x.start < b and a < x.end)]
            if share:
                w.mentions = [x for x in w.mentions if not (x.kind == "metric" and x.id == "low_rating_share")]
                if w.metric_id == "low_rating_share":
                    w.metric_id = "feedback_volume"  # "how many 1-2 star reviews": a count of those comments
            return


NUM = r"[¥$€£]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,7}(?:\.\d+)?)"
# "20k", "5万": a thousand or ten thousand times the number (read by _scale)
SCALE = r"(?:\s?[kK](?![a-zA-Z])|万(?!一))?"
UNIT = r"(?:\s*(?:岁|天|次|分钟|分|小时|公里|公斤|千克|美元|美金|元|块|欧元|欧|英镑|毫秒|度|%|％|minutes?|mins?|hours?|days?|km|kg|ms|yuan|euros?|eur|dollars?|usd|pounds?|gbp|kwh)(?![a-z]))?"
COMPARE = (  # (regex, operator) — the number is group 1; "age < 30", "30岁以下", "days_in_waiting_list 大于0"
    (re.compile(rf"(?:<=|≤|at most|no more than|小于等于|不超过|不大于)\s*{NUM}{SCALE}{UNIT}|{NUM}{SCALE}{UNIT}\s*(?:及以下|或以下|or (?:less|fewer|younger|below))"), "<="),
    # "within 30 minutes", "30分钟以内": a threshold only when a column is measured in that unit; else the window of
    # a conversion ("30天内签约"), never reported as an unknown word (WINDOW_LIKE)
    (re.compile(rf"\bwithin\s*{NUM}|{NUM}{UNIT}\s*(?:之内|以内|内)"), "<="),
    (re.compile(rf"(?:>=|≥|at least|no less than|大于等于|不少于|不小于)\s*{NUM}{SCALE}{UNIT}|{NUM}{SCALE}{UNIT}\s*(?:及以上|或以上|or (?:more|older|above))"), ">="),
    (re.compile(rf"(?:<|under|below|less than|younger than|fewer than|小于|低于|不到|少于)\s*{NUM}{SCALE}{UNIT}|{NUM}{SCALE}{UNIT}\s*以下"), "<"),
    (re.compile(rf"(?:>|over|above|more than|older than|greater than|longer than|大于|高于|超过|多于)\s*{NUM}{SCALE}{UNIT}|{NUM}{SCALE}{UNIT}\s*以上"), ">"),
)
WINDOW_LIKE = COMPARE[1][0]
# a unit said after the number names the numeric column it is measured in ("took over 60 minutes")
UNIT_COLUMNS = {"分钟": ("minute", "min"), "分": ("minute", "min"), "minute": ("minute", "min"), "min": ("minute", "min"),
                "小时": ("hour",), "hour": ("hour",), "天": ("day",), "day": ("day",), "公里": ("km", "distance"),
                "km": ("km", "distance"), "毫秒": ("ms", "ping", "latency"), "ms": ("ms", "ping", "latency"),
                "元": ("amount", "price", "fee", "fare", "cost", "value", "spend"), "块": ("amount", "price", "fee", "fare", "cost"),
                "yuan": ("amount", "price", "fee", "fare", "cost", "value"), "¥": ("amount", "price", "fee", "fare", "cost", "value"),
                "$": ("amount", "price", "fee", "fare", "cost", "value"), "度": ("kwh",), "kwh": ("kwh",), "岁": ("age",),
                "秒": ("sec", "second"), "second": ("sec", "second"), "sec": ("sec", "second"),
                "€": ("amount", "balance", "price", "fee", "cost", "value", "eur"), "euro": ("amount", "balance", "eur", "price"),
                "欧元": ("amount", "balance", "eur", "price"), "欧": ("amount", "balance", "eur", "price"),
                "eur": ("amount", "balance", "eur", "price"), "美元": ("amount", "usd", "price"), "dollar": ("amount", "usd", "price"),
                "time": ("contacts", "count", "times", "calls", "visits"), "次": ("contacts", "count", "times", "calls", "visits"),
                "kg": ("kg", "weight"), "公斤": ("kg", "weight"), "千克": ("kg", "weight"),
                # "under 20% battery": a column kept in percent (battery_pct); a rate's own threshold has no column
                "%": ("pct", "percent", "percentage"), "％": ("pct", "percent", "percentage"),
                "percent": ("pct", "percent", "percentage")}
# a time said in one unit against a column measured in another: "calls over 10 minutes" on duration_sec is > 600
TIME_UNIT_SECONDS = {"second": 1, "sec": 1, "秒": 1, "minute": 60, "min": 60, "分钟": 60, "分": 60, "hour": 3600,
                     "小时": 3600, "day": 86400, "天": 86400}
COLUMN_TIME_UNIT = (("sec", 1), ("second", 1), ("min", 60), ("minute", 60), ("hour", 3600), ("hr", 3600), ("day", 86400))


def numeric_columns(w: Work) -> list[str]:
    """Extra columns whose values are numbers (the semantic layer averages them: avg_<column>)."""
    out = []
    prof = w.catalog.profile
    for d in w.catalog.dimensions:
        if prof is not None and d.slices and not any(prof.present(t) for t in d.slices):
            continue  # order_amount where the data has no orders: "50,000 EUR or more" is about another column
        vals = w.catalog.dimension_values.get(d.id, ())
        if d.numeric or d.extra and ((vals and all(re.fullmatch(r"-?\d+(\.\d+)?", v) for v in vals))
                                     or w.catalog.metric(f"avg_{d.id}") is not None):
            out.append(d.id)
    return out


SETTING_VALUES = 10  # a numeric column with at most this many values holds settings (targets, tiers)


def _scale(text: str, m: re.Match[str]) -> float:
    """1000 after "20k", 10000 after "5万", else 1."""
    k = next(i for i, g in enumerate(m.groups(), 1) if g)
    tail = text[m.end(k):m.end(k) + 3]
    return 1000.0 if re.match(r"\s?[kK](?![a-zA-Z])", tail) else 10000.0 if re.match(r"\s?万(?!一)", tail) else 1.0


def _column_of_unit(w: Work, numeric: list[str], m: re.Match[str], window: bool = False) -> tuple[str | None, float]:
    """"took more than 60 minutes to arrive": the numeric column measured in the unit said, when one is; of two
    (delivery_minutes, promised_minutes) the one whose other words the question uses."""
    k = next(i for i, g in enumerate(m.groups(), 1) if g)
    unit = re.match(r"\s*(分钟|小时|公里|公斤|千克|毫秒|秒|岁|元|块|欧元|欧|美元|度|天|分|%|％|minutes?|mins?|hours?|days?|seconds?|"
                    r"secs?|km|kg|ms|yuan|kwh|euros?|eur|dollars?|years? old|times|percent)(?![a-z])",
                    re.sub(r"^\s?(?:[kK](?![a-zA-Z])|万)", "", w.text[m.end(k):]))
    sign = re.search(r"([¥$€])\s*$|\b(aged?|ages)\s+(?:(?:of|between)\s+)?(?:[a-z]+\s+){0,3}$", w.text[:m.start(k)])
    if unit is None and sign is None:
        return None, 1.0
    said = (unit.group(1) if unit else sign.group(1) or "岁").lower()  # type: ignore[union-attr]
    key = "岁" if said.startswith(("year", "age")) else re.sub(r"s$", "", said)
    if key in ("%", "％", "percent") and any(
            x.kind == "metric" and 0 <= m.start() - x.end <= 12 and (t := w.catalog.metric(x.id)) is not None
            and t.unit == "ratio" for x in w.mentions):
        return None, 1.0  # "payment conversion above 50%": a threshold on the rate just named, not on battery_pct
    words = UNIT_COLUMNS.get(key, ())
    def measured_in(d: str) -> bool:  # delivery_minutes, wait_min, ping_ms, bill_amount
        return any(p == x or (len(x) > 3 and p.startswith(x)) for p in re.split(r"[_\s]+", d.lower()) for x in words)
    cands = [d for d in numeric if measured_in(d)]
    factor = 1.0
    if not cands and key in TIME_UNIT_SECONDS and not window:
        # ("7天内走完", "within 14 days": a window of days is never ride minutes counted in days)
        # "calls that lasted more than 10 minutes" against duration_sec: the same time in the column's unit
        import math
        timed = []
        for d in numeric:
            parts = re.split(r"[_\s]+", d.lower())
            col_unit = next((sec for name, sec in COLUMN_TIME_UNIT for p in parts if p == name or p == name + "s"), None)
            if col_unit is not None:
                timed.append((abs(math.log(TIME_UNIT_SECONDS[key] / col_unit)), d, TIME_UNIT_SECONDS[key] / col_unit))
        timed.sort()
        # the column in the nearest unit (minutes said: seconds before days); of several in that unit
        # (delay_minutes, wait_minutes) the clause's words decide below
        if not timed:
            return None, 1.0
        cands, factor = [d for dist, d, _f in timed if dist == timed[0][0]], timed[0][2]
    if len(cands) <= 1:
        return (cands[0] if cands else None), factor
    text = w.text.lower()
    scored = sorted(((sum(1 for p in d.lower().split("_") if p not in words and len(p) > 2 and p[:5] in text), d)
                     for d in cands), reverse=True)
    if scored[0][0] > scored[1][0]:
        return scored[0][1], factor
    tied = [d for s, d in scored if s == scored[0][0]]
    own = [d for d in tied if (t := w.catalog.dimension(d)) is not None and not t.extra]
    if len(own) == 1 and scored[0][0] > 0:
        return own[0], factor  # "paid orders over ¥20,000": the order's own amount, not a refund amount column
    # a column of a few set values (promised_minutes: 30, 45, 60) is a target, not what was measured
    measured = [d for d in cands if len(w.catalog.dimension_values.get(d, ())) > SETTING_VALUES
                or not w.catalog.dimension_values.get(d)]
    if len(measured) == 1:
        return measured[0], factor
    # "took more than 60 minutes to arrive", "送达用时超过45分钟": the clause's meaning picks the column
    from assistant.planner import crosslingual
    a = max([w.text.rfind(c, 0, m.start()) for c in ",，;；。?？!！(（="] + [m.start() - 16]) + 1
    ends = [i for i in (w.text.find(c, m.end()) for c in ",，;；。?？!！)）") if i >= 0] + [m.end() + 16]
    said = w.text[a:min(ends)]
    if said.isascii():  # whole words: "took more than 60 minutes to arrive"
        said = re.sub(r"^\S*\s|\s\S*$", "", said).strip() or said
    late = [d for d in cands if LATE_COLUMN.search(d.lower())]
    if len(late) == 1 and LATE_SAID.search(said.lower()):
        # "started more than 15 minutes after the appointment time", "迟到超过30分钟": lateness is the delay column's,
        # not the job's duration
        return late[0], factor
    mid = crosslingual.match_measure(said, w.catalog, among=cands)
    if mid is None and CJK.search(said):  # the words right before the number ("…多少个航班起飞延误超过1小时")
        near = re.sub(r"^[个位次名条笔单件]", "", w.text[max(a, m.start() - 6):m.start()].strip())
        mid = crosslingual.match_measure(near, w.catalog, among=cands) if CJK.search(near) else None
    if mid is None and len(own) == 1 and ORDER_ROWS.search(w.text):
        # "单笔超过5万元的已付款采购单": the orders counted, by their own amount
        return own[0], factor
    return (mid[4:] if mid else None), factor


LATE_COLUMN = re.compile(r"delay|late|lag|overdue|延误|迟到|晚点")
LATE_SAID = re.compile(r"\bafter\b|\blate\b|\blater\b|\bdelay|\boverdue\b|迟到|晚了|晚到|延误|晚点|逾期")
ORDER_ROWS = re.compile(r"单笔|订单|采购单|(?<![a-z])(?:orders?|pos|purchase orders?|purchases?)(?![a-z])")


def _threshold_label(w: Work, at: int) -> None:
    """"late = took over 45 min", "超时=送达用时超过45分钟": the word defined by the threshold is its name, not a
    value or step of its own, wherever the question uses it ("how many orders were late")."""
    eq = max(w.text.rfind(c, 0, at) for c in "=＝")
    stop = max(w.text.rfind(c, 0, at) for c in ",，;；。?？!！(（")
    if eq < 0 or eq < stop:
        return
    label = w.text[stop + 1:eq].strip()
    if not label or len(label) > 24 or len(label.split()) > 3:
        return
    spans = [(i.start(), i.end()) for i in re.finditer(re.escape(label), w.text)]
    gone = [x for x in w.mentions if any(x.start < b and a < x.end for a, b in spans)]
    w.mentions = [x for x in w.mentions if x not in gone]
    w.blocked_spans += spans
    for x in gone:  # what the label's words had already sliced by
        if x.kind == "value" and x.dim in w.filters and x.id in w.filters[x.dim]:
            w.filters[x.dim].remove(x.id)
            if not w.filters[x.dim]:
                del w.filters[x.dim]
        elif x.kind == "touchpoint" and x.id in w.touchpoint_ids:
            w.touchpoint_ids.remove(x.id)


def _numeric_ranges(w: Work) -> None:
    """"age < 30", "30岁以下", "days_in_waiting_list 大于0", "took more than 60 minutes": a comparison next to a
    numeric column (or said in its unit) is a threshold on that column (the filter value ">60"); "at least 20k but
    under 50k euros": the two ends of a range, the unit said once, on one column."""
    numeric = numeric_columns(w)
    if not numeric:
        return
    found: list[tuple[re.Match[str], str, Mention | None, str | None, float]] = []
    for rx, op in COMPARE:
        for m in rx.finditer(w.text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in w.blocked_spans + w.time_spans):
                continue
            col = next((x for x in w.mentions if x.kind in ("dimension", "metric") and
                        (x.id in numeric or x.id[4:] in numeric)
                        and (m.start() - 24 <= x.start < m.start() or m.start() <= x.start <= m.end() + 3)), None)
            dim = col.id if col else None
            if dim is None and rx is WINDOW_LIKE and _conversion_named(w):
                continue  # ("30天内从申领体验装走到开通订阅": how long the later step may take, no day column's value)
            if dim and dim.startswith(("avg_", "sum_")) and dim not in numeric:
                dim = dim[4:]  # "等待超过15分钟" said with the column's average or total: the column itself
            factor = 1.0
            if dim is None:
                dim, factor = _column_of_unit(w, numeric, m, window=rx is WINDOW_LIKE)
            found.append((m, op, col, dim, factor))
    found.sort(key=lambda f: f[0].start())
    found = [(m, op, col, _on_pinned_table(w, dim, numeric), factor) for m, op, col, dim, factor in found]
    for i, (m, op, col, dim, factor) in enumerate(found):
        if dim is None:  # the near end of a range whose unit comes after the far end
            nxt = found[i + 1] if i + 1 < len(found) else None
            if nxt and nxt[3] and nxt[1][0] != op[0] and RANGE_JOIN.fullmatch(w.text[m.end():nxt[0].start()]):
                dim, factor = nxt[3], nxt[4]
        if dim is not None and dim in w.filters and col is not None and not col.id.startswith("avg_"):
            w.mentions = [x for x in w.mentions if x is not col]  # "30岁以下（age < 30）": said twice
        if dim is None:
            continue
        held = w.filters.get(dim, [])
        if held and not all(THRESHOLD_VALUE.match(v) and v[0] != op[0] for v in held):
            continue  # said twice, or a value already chosen; the other end of a range is kept
        n = next(g for g in m.groups() if g)
        value = float(n.replace(",", "")) * factor * _scale(w.text, m)
        w.filters[dim] = held + [f"{op}{int(value) if value == int(value) else round(value, 6)}"]
        w.blocked_spans.append(m.span())
        # ("more than 1 hour": the unit of the number is no grouping by hour)
        w.mentions = [x for x in w.mentions if not (x.kind == "dimension" and m.start() <= x.start < m.end())]
        if col is None:  # "授信额度10万及以上": the words just before the number named the column (by meaning)
            for rx_before in (r"[\u4e00-\u9fff]{2,6}$", r"(?:[a-z][a-z\-]*\s+){3}$", r"(?:[a-z][a-z\-]*\s+){2}$",
                              r"[a-z][a-z\-]*\s+$"):  # ("rides lasted more than 1 hour": the verb, not the rows)
                before = re.search(rx_before, w.text[:m.start()])
                if before and not any(x.start < m.start() and before.start() < x.end for x in w.mentions):
                    w.blocked_spans.append(before.span())
                    break
        # "送达用时超过45分钟": a time or amount word right before the threshold names the column it is on
        said = [x for x in w.mentions if x.kind == "metric" and 0 <= m.start() - x.end <= 2
                and (t := w.catalog.metric(x.id)) is not None and t.unit in ("seconds", "currency", "score")]
        w.mentions = [x for x in w.mentions if x not in said]
        _threshold_label(w, m.start())
        if col is not None and not col.id.startswith("avg_"):
            w.mentions = [x for x in w.mentions if x is not col]  # the column of a slice, not a grouping
            w.blocked_spans.append((col.start, col.end))  # (its words are used: no unknown name)


CONVERSION_CUE = re.compile(r"转化|走到|漏斗|\bconver\w*|\bfunnel\b|\bwent on to\b|\bmade it to\b", re.I)


def _conversion_named(w: Work) -> bool:
    """Two steps, a journey, or a conversion said: a "within N days" is the time the later step may take."""
    return len({x.id for x in w.mentions if x.kind == "touchpoint"}) >= 2 or \
        any(x.kind == "journey" for x in w.mentions) or bool(CONVERSION_CUE.search(w.text))


def _on_pinned_table(w: Work, dim: str | None, numeric: list[str]) -> str | None:
    """"金额8000元及以上的已付款大单": the other slices (paid: orders only) pin the rows to one table; a threshold
    column that table cannot take yields to the numeric column there that shares a word of its name
    (the events' amount → order_amount)."""
    info = w.catalog.dimension(dim) if dim else None
    tables = {s for d in w.filters if (t := w.catalog.dimension(d)) is not None and len(t.slices) == 1 for s in t.slices}
    if info is None or len(tables) != 1 or not info.slices or next(iter(tables)) in info.slices:
        return dim
    table = next(iter(tables))
    words = set(dim.lower().split("_"))
    alt = [d for d in numeric if d != dim and (t := w.catalog.dimension(d)) is not None and table in t.slices
           and words & set(d.lower().split("_"))]
    return alt[0] if len(alt) == 1 else dim


# what joins the two ends of a range ("at least 20k but under 50k", "2万到5万之间"... the unit said once)
RANGE_JOIN = re.compile(r"\s*(?:,|，)?\s*(?:but|and|to|yet|while|-|–|~|至|到|且|并且|但|但是|而且)?\s*")
THRESHOLD_VALUE = re.compile(r"^(?:>=|<=|>|<)-?\d")


def unused_comparisons(w: Work) -> list[str]:
    """Comparison phrases with a number ("over 60", "3天以上") that no slice, period or name took."""
    taken = list(w.blocked_spans) + list(w.time_spans) + [(m.start, m.end) for m in w.mentions]
    out = []
    for rx, _test in COMPARE:
        if rx is WINDOW_LIKE:
            continue
        for m in rx.finditer(w.text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            if re.fullmatch(r"\s*%", w.text[m.end():m.end() + 1]) or re.match(r"\s*%", w.text[m.end():]):
                continue  # "over 50%": a threshold on a rate, answered by the rate itself
            out.append(m.group(0).strip())
    return list(dict.fromkeys(out))


def _numeric_filters(w: Work) -> None:
    """"How many reviews gave a 5 for seat comfort": a number next to a numeric column's name is its value."""
    _numeric_ranges(w)
    for m in w.mentions:
        term = w.catalog.dimension(m.id) if m.kind in ("dimension", "metric") else None
        if term is None and m.kind == "metric" and m.id.startswith("avg_"):
            term = w.catalog.dimension(m.id[4:])
        if term is None or not term.extra:
            continue
        values = set(w.catalog.dimension_values.get(term.id, ()))
        if not values or not all(re.fullmatch(r"-?\d+(\.\d+)?", v) for v in values):
            continue
        if any(x.kind == "value" and x.dim == term.id for x in w.mentions):
            continue  # ("which package length - 26, 28 or 42 days": its values said already, as values)
        near = w.text[max(0, m.start - 14):m.end + 14]
        offset = max(0, m.start - 14)
        for n in re.finditer(r"(?<![\d.])\d{1,3}(?![\d.])", near):
            a = offset + n.start()
            if any(s <= a < e for s, e in w.time_spans) or m.start <= a < m.end or n.group(0) in term.id.split("_"):
                continue  # a date, or the column's own name ("score_10")
            lo, hi = sorted((a, m.start))
            if re.search(r"[?？。!！;；]", w.text[lo:hi]) or COUNTED_AS.search(w.text[max(0, a - 12):a + 16]):
                continue  # another sentence's number, or how a case is counted ("准时的按0分钟算", "count on-time as 0")
            if n.group(0) in values and not w.filters.get(term.id):
                w.filters[term.id] = [n.group(0)]
                break


# "准时的按0分钟算", "记为0", "count on-time visits as 0 minutes": a counting convention, not a value to slice by
COUNTED_AS = re.compile(r"(?:按|当作|当成|算作|算成|视为|记为|记作|计为)\s*-?\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{0,2}(?:算|计|处理)?"
                        r"|\b(?:count(?:ed|ing)?|treat(?:ed|ing)?|taken?|record(?:ed)?)\b[^.?!]{0,30}\bas\s+-?\d")


COUNT_WORD_BEFORE = re.compile(r"(?:\bhow many|\bnumber of)\s+(?:(?:unique|distinct|different|of our|of the|our|the)\s+)*$"
                               r"|(?:多少|几)(?:个|位|名|家)?(?:不同的?)?$")


def _head_group(w: Work, groups: list[list[Mention]]) -> list[Mention]:
    """With several metrics named, the rate is asked about ("订单的退货率", "return rate of orders"),
    unless the question counts ("how many reviews gave 5 for seat comfort"); otherwise the head noun:
    last in Chinese, first in English."""
    def is_count(g: list[Mention]) -> bool:
        term = w.catalog.metric(g[0].id)  # a column's total ("how many tickets") is counted too
        return bool(term and (term.unit in COUNT_UNITS or g[0].id.startswith("sum_")))
    counting = any_cue(w.text, COUNTING) and any(is_count(g) for g in groups)
    rated = ([g for g in groups if is_count(g)] if counting else [g for g in groups if not is_count(g)]) or groups
    if counting:
        # "有多少个客户有过已支付的订单", "how many customers placed orders": the noun right after the count word
        # is what is counted, wherever the head noun would be
        right_after = [g for g in rated if COUNT_WORD_BEFORE.search(w.text[:g[0].start])]
        if len(right_after) == 1:
            return right_after[0]
    return rated[-1] if w.language == "zh" else rated[0]


FEEDBACK_CUES = frozenset({"feedback_search", "feedback_themes", "feedback_generic"})
PEOPLE_METRICS = frozenset({"active_customers", "users_reached", "buyers", "new_customers"})


# "why are families at X less happy", "为什么这家店的客户不满意": how satisfied people are is what their ratings say
LESS_HAPPY = re.compile(r"\b(?:less|not as|least|un)\s*(?:happy|satisfied|pleased|content)\b|\b(?:dis|un)satisf\w*|"
                        r"\b(?:happiness|satisfaction)\b|不(?:太|够|怎么)?满意|满意度|不开心|不高兴|不满|"
                        # ("rated so much lower", "评分这么低": the rating said as the verb)
                        r"\brated\s+(?:so\s+|much\s+|so much\s+|far\s+)?(?:lower|worse|badly|poorly|low)\b|评分(?:这么|那么|偏|太|比较)?(?:低|差)")
NPS_PARTS = frozenset({"detractor_share", "promoter_share"})
RATING_SHARES = frozenset({"low_rating_share", "satisfaction_rate"})
NPS_DEFINED = re.compile(r"减(?:去|掉)?(?!少|小|弱|半|轻|缓|退)|\bminus\b|−")  # "推荐者占比减贬损者占比"; not 减少
NPS_AS_SHARES = re.compile(r"占比|比例|百分比|小数|\bshare\b|\bfraction\b|\bpercent(?:age)?\b|%\s*(?:of\s+)?(?:the\s+)?(?:promoters|detractors)", re.I)
NPS_SCALE = re.compile(r"-?\s*100\s*(?:到|至|~|～|-|–|—|\.\.|to)\s*\+?100|百分制|分数表示|\bpoints?\b|\bscale\b", re.I)


GENERIC_MONEY = frozenset({"money", "cash", "钱", "金额", "多少钱"})
BARE_ORDER_VALUE = frozenset({"order value", "order values"})
TOTAL_VALUE = re.compile(r"\b(?:total|brought in|bring in|brings in|bringing in|generated?|generating|in all|altogether|"
                         r"combined|sum of|contributed?)\b|一共|总共|合计|总额|带来|贡献")


# a restatement: what follows says exactly what the words before it said loosely
RESTATED = re.compile(r"\bi\.\s?e\.?(?=[\s,])|\bthat is(?: to say)?\s*,|\bin other words\b|\bnamely\b|也就是(?:说)?|"
                      r"换句话说|换言之|[，,（(]\s*即(?![使将便时刻日可])")


def pick_metric(w: Work) -> None:
    """The metric asked about; equal readings are broken by context or left to a clarify question."""
    groups = _spans(w.mentions, "metric")
    if not groups:
        w.metric_id = counted_metric(w) or rate_cue_metric(w) or _noun_in_value(w)
        return
    people = [g for g in groups if g[0].id in PEOPLE_METRICS and g[0].surface.lower() in PEOPLE_WORDS]
    # ("what share of all customers … were brought in by screening events": the people are what is counted)
    if people and len(people) < len(groups) and not any(re.search(
            r"(?:how many|number of|(?:share|percentage|percent|proportion|fraction|%) of(?: all)?(?: (?:the|our))?|"
            r"多少|几个|几位)\s*$", w.text[:g[0].start]) for g in people):
        # "which city's customers placed the most paid orders": the customers are who, the orders what is counted
        groups = [g for g in groups if g not in people]
    # ("how much money did we pay back in refunds", "退给客户多少钱": "money" only says an amount is asked; the
    # amount named beside it is the one)
    money = [g for g in groups if all(m.surface.lower() in GENERIC_MONEY for m in g)]
    amounts = [g for g in groups if g not in money and (t := w.catalog.metric(g[0].id)) is not None
               and t.unit == "currency"]
    if money and amounts:
        groups = [g for g in groups if g not in money]
    said_again = RESTATED.search(w.text)
    if said_again:
        # "which clinic does the biggest sessions, i.e. the highest average number of grafts implanted": the measure
        # said again after "i.e." / 也就是 is the one meant, the loose words before it only led up to it
        after = [g for g in groups if g[0].start >= said_again.end()]
        before = [g for g in groups if g not in after]
        # (only loose words give way, a count like "sessions": a rate named before it, "the refund rate, i.e.
        # refunded orders as a share of …", is defined by the words after, not replaced)
        if after and before and all((t := w.catalog.metric(g[0].id)) is not None and t.unit in ("count", "")
                                    for g in before):
            groups = after
    named_ids = {g[0].id for g in groups}
    specific = {i for i in named_ids if i in ("nps", "nps_score_avg") or i.startswith("avg_")}
    csat_spans = {(m.start, m.end) for g in groups for m in g if m.id == "csat"}
    if "csat" in named_ids and specific and any((m.start, m.end) not in csat_spans for g in groups for m in g
                                                if m.id in specific):
        # "NPS打分", "food & beverages 评分": the named score, not the generic rating
        groups = [g for g in groups if g[0].id != "csat"]
    # ("平均评分" alone, which a score column's name also translates to (selftest_score): the words name the
    # comments' rating; the column's own words were not said)
    groups = [[m for m in g if not m.id.startswith("avg_")] if any(m.id == "csat" for m in g) else g for g in groups]
    if named_ids & NPS_PARTS and named_ids & {"nps", "nps_score_avg"}:
        if len(named_ids & NPS_PARTS) == 2 or NPS_DEFINED.search(w.text):
            # one part taken from the other is the NPS index defined: "推荐者占比减去贬损者占比"
            groups = [g for g in groups if g[0].id not in NPS_PARTS]
        else:
            # "what share of NPS answers were detractors": the part of the NPS answers, not the index
            groups = [g for g in groups if g[0].id not in ("nps", "nps_score_avg")]
    if named_ids & RATING_SHARES and "csat" in named_ids and share_asked(w.text):
        # "what share of the CSAT ratings were negative (1 or 2 stars)": the share of low (or high) ratings, of
        # which the rating words say what is counted
        groups = [g for g in groups if g[0].id != "csat"]
    ids = _unique([m.id for m in _head_group(w, groups)])
    if (w.cues & FEEDBACK_CUES or ("why" in w.cues and LESS_HAPPY.search(w.text))) and set(ids) <= PEOPLE_METRICS:
        # "what do customers say": the people are the speakers, not a count being asked for ("why are customers in
        # 北京 less happy": the people whose ratings are asked about)
        w.metric_id = None
        return
    if len(ids) > 1:
        has_tp = bool(w.touchpoint_ids)
        # a step metric needs a step; an overall one describes a whole journey
        pref = [i for i in ids if (i in STEP_METRICS and i != "overall_conversion") == has_tp]
        ids = pref or ids
    if len(ids) > 1:
        w.status = "clarify"
        w.clarify = "metric"
        w.options = ids
        return
    w.metric_id = rate_cue_metric(w, ids[0])
    if w.metric_id == "aov" and w.catalog.metric("revenue") and TOTAL_VALUE.search(w.text) and \
            not any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) and not re.search(r"\bper\b|每单|每笔", w.text) and \
            all(m.surface.lower() in BARE_ORDER_VALUE for m in w.mentions if m.kind == "metric" and m.id == "aov"):
        # ("which showroom brought in the most custom-order value", "total order value in Q3": "order value" said
        # with a total or a verb of bringing money in is the orders' value added up, not their average)
        w.metric_id = "revenue"
    if w.metric_id == "nps" and w.catalog.metric("nps_score_avg") and \
            any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE):
        w.metric_id = "nps_score_avg"  # "NPS 打分的平均分": the mean of the 0-10 answers, not the index
    if w.metric_id == "nps" and w.catalog.metric("nps_net_share") and NPS_DEFINED.search(w.text) and \
            NPS_AS_SHARES.search(w.text) and not NPS_SCALE.search(w.text):
        # "推荐者占比减去贬损者占比", "% promoters minus % detractors" with no -100..100 scale said: the difference
        # of the two shares the question defines, a fraction
        w.metric_id = "nps_net_share"


GROUPING_WORD = re.compile(r"(?:\b(?:which|by|per|each|every)\s+|按照?|每个|每家|各个|各|哪个|哪家|哪些|哪种|哪类|哪一类|哪一种|哪位)\s*$")
JOURNEY_WORDS = re.compile(r"^\s*(旅程|流程|漏斗|路径|journey|funnel|flow|process)")


# a grouping word a few words before ("which marketing channel", "按获客渠道")
GROUPING_NEAR = re.compile(r"\b(?:which|what|by|per|each|every)\s+(?:[a-z\-]+\s+){0,2}$|(?:按照?|各|哪个|哪些|哪种|哪类|哪一类|哪家|每个)"
                           r"[\u4e00-\u9fff]{0,4}$")


# words that add the values named up instead of comparing them
def _defined_in_parentheses(w: Work, dim: str, values: list[str]) -> bool:
    """"新开通付费会员（首次开银卡或金卡，不算续费和升级）": two values said inside one parenthesis that defines what is
    counted, with no comparison asked anywhere, are both counted (one slice), not two groups to compare."""
    said = [m for m in w.mentions if m.kind == "value" and m.dim == dim and m.id in values]
    if len(said) < 2 or any_cue(w.text, lexicon_zh.COMPARATIVE + lexicon_en.COMPARATIVE) or is_which(w.text):
        return False
    for g in re.finditer(r"[(（]([^()（）]{2,60})[)）]", w.text):
        if all(g.start(1) <= m.start and m.end <= g.end(1) for m in said):
            return True
    return False


EITHER_JOIN = re.compile(r"\s*,?\s*(?:or|或者|或)\s*", re.I)


def _either_counted(w: Work, dim: str, values: list[str]) -> bool:
    """"How many orders were refunded because of lost cards or broken lockers?", "因为卡丢了或柜子坏了退款的有多少单": two
    values joined by "or" in a question that counts, with no comparison or "which" asked, are the rows of either —
    one number, not two groups to compare."""
    said = sorted((m for m in w.mentions if m.kind == "value" and m.dim == dim and m.id in values), key=lambda m: m.start)
    if len(said) != 2 or any_cue(w.text, lexicon_zh.COMPARATIVE + lexicon_en.COMPARATIVE) or is_which(w.text) or \
            not any(cue in w.text for cue in lexicon_zh.COUNT + lexicon_en.COUNT) or \
            re.search(r"\b(?:vs|versus|compared?)\b|对比|相比|比较|分别", w.text):
        return False
    return EITHER_JOIN.fullmatch(w.text[said[0].end:said[1].start]) is not None


ADDED_UP = re.compile(r"一共|总共|合计|加起来|加在一起|共计|总计|\b(?:combined|together|in total|altogether|total|sum)\b|"
                      # ("count customers whose segment is active or new": who counts, either value, one number)
                      r"\b(?:whose|where|with)\s+(?:[a-z_]+\s+){1,3}(?:is|are|was|were)\s+(?:either\s+)?[\w\-]+\s+or\s+[\w\-]+")


# anything in a question that asks for groups wherever it is said: which, a ranking, a split, a share, a comparison
# ("by", "each", "按", "各" ask for the groups of the column right after them: grouping_before)
# every group of a column said together ("across all three cities", "in both stores", "所有城市"): no grouping
ALL_OF_THEM_BEFORE = re.compile(r"\b(?:across|in|for|over|from)\s+(?:all|both|every|the whole)(?:\s+(?:of\s+)?(?:our|the|its|their))?"
                                r"(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?\s+$")
# ("其他几个城市加起来", "the other cities combined"): the rest of the groups, read by the follow-up's own rules
OTHERS_BEFORE = re.compile(r"(?:其他|其余|别的|另外)(?:几个|那些|的|几)?$|\b(?:other|rest of(?: the)?)\s+$", re.I)
ALL_OF_THEM_AFTER = re.compile(r"\s*(?:combined|together|in total|altogether|加起来|合起来|合计)")
ASKS_GROUPS = re.compile(
    r"\b(?:which|what|who|whose|where|most|least|top|bottom|best|worst|highest|lowest|biggest|"
    r"smallest|largest|fewest|more|less|rank\w*|breakdown|broken|split|distribution|mix|share|shares|percent\w*|"
    r"proportion|compare\w*|comparison|versus|vs|across(?!\s+(?:all|every|the whole)\b)|among|between|different|"
    r"breakdowns?|segment\w*|group\w*)\b"
    r"|哪|最|排名|排个名|排一下|排序|排行|分布|构成|占比|比例|份额|对比|比较|相比|分别|区别|差异|不同|拆分|细分|分组|之间|谁|高于|低于|前\d|前[一二三四五六七八九十]"
    r"|[多少]于|更多|更少|更高|更低", re.I)


# a subject right before a word makes it a verb: "did we dock", "we invoice", "they renew"
# a verb right after "the <column word>": the one who did something, said as the subject of a clause
ACTOR_VERB_AFTER = re.compile(r"\s+(?:(?:was|were|had|has|did|didn't|wasn't|weren't)\s+)?(?:turn(?:ed|s)?|show(?:ed|s)?|"
                              r"arriv(?:e|ed|es)|c(?:o|a)me|get|got|gets|leav(?:e|es)|left|finish(?:ed|es)?|"
                              r"start(?:ed|s)?|run|ran|runs|forg(?:e|o)t|miss(?:ed|es)?|call(?:ed|s)?|"
                              r"cancel(?:l?ed|s)?)\b", re.I)
SUBJECT_BEFORE_VERB = re.compile(r"\b(?:we|they|you|i|he|she)\s+(?:(?:still|actually|also|ever|never|just|then)\s+)?$")


# words that ask for groups in a Chinese question wherever they are said (a ranking, a split, a comparison)
ZH_GROUPS_ASKED = re.compile(r"哪|最|排名|排行|排序|分别|各|按|每|对比|比较|相比|分布|谁|拆分|细分|前\d|前[一二三四五六七八九十]")


def _zh_subject_of_a_verb(w: Work, m: Mention) -> bool:
    """"司机上门收脏衣…的比例": a Chinese column word at the start of a clause, right before a step or a verb, is who did
    it — no grouping unless the question asks for groups."""
    if not CJK.match(m.surface[:1]) or ZH_GROUPS_ASKED.search(w.text):
        return False
    before = w.text[:m.start].rstrip()
    clause_start = not before or before[-1] in "，,。；;：:！!？?（(" or any(b == len(before) for _, b in w.time_spans)
    if not clause_start:
        return False
    after = w.text[m.end:]
    if any(x.kind == "touchpoint" and 0 <= x.start - m.end <= 2 for x in w.mentions):
        return True
    from assistant.planner.linker import _pos
    head = re.match(r"[\u4e00-\u9fff]{1,4}", after)
    toks = _pos(head.group(0)) if head else []
    return bool(toks) and toks[0].flag.startswith("v")


def grouping_before(text: str, at: int) -> bool:
    """Does a grouping word ("by", "which", "按", "各") come right before `at`? Not the agent of a passive verb
    ("orders were entered by sales reps" names who entered them)."""
    before = text[:at]
    return bool(GROUPING_WORD.search(before)) and not any(b >= len(before.rstrip()) for _, b in passive_agents(before))


def prefer_journeys(w: Work) -> None:
    """A word naming a journey and a touchpoint or stage ("注册", "购买") means the journey when a
    journey word follows it ("注册流程") and the thing itself otherwise."""
    spans: dict[tuple[int, int], set[str]] = {}
    for m in w.mentions:
        spans.setdefault((m.start, m.end), set()).add(m.kind)
    keep = []
    n_tps = len({m.id for m in w.mentions if m.kind == "touchpoint"})
    grouped = {(m.start, m.end) for m in w.mentions if m.kind == "dimension" and grouping_before(w.text, m.start)}
    grouped_words = {m.surface for m in w.mentions if m.kind == "dimension" and (m.start, m.end) in grouped} | \
        {m.surface for m in w.mentions if m.kind == "dimension" and re.match(r"哪|各|每|按", m.surface)}
    for m in w.mentions:
        kinds = spans[(m.start, m.end)]
        if (m.start, m.end) in grouped and m.kind == "value":
            continue  # "which store", "按门店": a grouping by the store column, not the in-store channel
        if m.kind == "value" and "dimension" not in kinds and len(m.surface) >= 2 and \
                any(m.surface in g and m.surface != g for g in grouped_words):
            continue  # "哪家门店 … 不少于30条的门店": the grouping's word again, not the in-store channel
        if "journey" in kinds and len(kinds) > 1:
            # a journey has steps: "which step of registration" means the journey
            journey_meant = bool(JOURNEY_WORDS.match(w.text[m.end:]) or w.cues & {"funnel", "dropoff", "exits"}
                                 or w.order is not None)
            if (m.kind == "journey") != journey_meant:
                continue
        if m.kind == "dimension" and ("value" in kinds or "touchpoint" in kinds) and (m.start, m.end) not in grouped:
            continue  # "夜间" names the night value more than the day-part dimension; "卡顿/报错" the step, not error_code
        if m.kind == "touchpoint" and "metric" in kinds:
            continue  # "sign-ups" counts sign-ups; it does not slice by the sign-up page
        if m.kind == "touchpoint" and _generic_feedback_word(m.surface) and n_tps > 1 and \
                not STEPS_TIMED.search(w.text) and not FEEDBACK_GIVEN.search(w.text[:m.start]):
            # "negative reviews about delivery": reviews are the comments, delivery the place (but "days between
            # the experience and the review" times two steps)
            continue
        if m.kind == "dimension" and m.id == "touchpoint" and _next_to_touchpoint(w, m):
            continue  # "客服环节", "the payment step": the word names that touchpoint, not a breakdown
        keep.append(m)
    w.mentions = keep


# ("of riders we sent a review request to, what share actually left a review": the review given is the step's
# record, something people did, not the comments read for what they say)
FEEDBACK_GIVEN = re.compile(r"\b(?:left|leave|leaves|leaving|wrote|write|writes|writing|posted|post|posts|posting|"
                            r"submitted|submit|submits|submitting)\s+(?:a|an|the|their|his|her|any)?\s*$|"
                            r"(?:写了?|留了?|发了?|提交了?)$")


STEPS_TIMED = re.compile(r"\bbetween\b|\bhow long\b|\bdays? (?:from|after|until)\b|\btime (?:from|to|until)\b|"
                         r"多久|多长时间|间隔|隔了|之间|到.{1,12}?(?:平均|中位)?(?:用了|隔|要)?(?:几|多少)(?:天|小时|分钟)")


def _generic_feedback_word(surface: str) -> bool:
    s = surface.strip()
    return s in lexicon_zh.INTENT_CUES["feedback_generic"] + lexicon_en.INTENT_CUES["feedback_generic"]


def rate_cue_metric(w: Work, current: str | None = None) -> str | None:
    """A rate named by a verb rather than its name ("orders returned" → return rate); replaces a count only."""
    if w.cues & FEEDBACK_CUES:
        return current  # "what do customers say about returns": the returns step, not the return rate
    term = w.catalog.metric(current) if current else None
    if current and not (term and term.unit in COUNT_UNITS):
        return current
    if current and any_cue(w.text, lexicon_zh.COUNT + lexicon_en.COUNT):
        return current  # "how many orders were returned" asks for a count
    if current is None and not any_cue(w.text, lexicon_zh.COMPARATIVE + lexicon_en.COMPARATIVE):
        return None  # "退货的用户反馈" is about the returns step; only "更容易退货" asks for a rate
    spans = [(m.start, m.end) for m in w.mentions if m.kind not in ("metric", "touchpoint")] + w.time_spans
    for lex in (lexicon_zh, lexicon_en):
        for metric_id, cues in lex.RATE_CUES.items():
            # ("Kept (paid, not refunded) orders", "退款的不算": the kind left out names no rate of it)
            out = [x.span() for c in cues for x in re.finditer(re.escape(c), w.text)
                   if said_left_out(w.text, x.start(), x.end()) or NOT_BEFORE.search(w.text[:x.start()])]
            if w.catalog.metric(metric_id) and any_cue(mask(w.text, out), cues, spans):
                # "更容易退货": the word names the rate here, not the returns touchpoint
                named = {m.id for m in w.mentions if m.kind == "touchpoint" and any(m.surface in c for c in cues)}
                w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in named]
                return metric_id
    return current


CJK = re.compile(r"[\u4e00-\u9fff]")


def _noun_in_value(w: Work) -> str | None:
    """"退款的订单有多少笔": a value named with its noun (退款的订单) names the count of that noun too."""
    for m in w.mentions:
        if m.kind != "value" or not CJK.search(m.surface):
            continue
        for t in w.catalog.metrics:
            if t.unit == "count" and any(len(a) >= 2 and m.surface.endswith(a) and m.surface != a
                                         for a in (t.names.get("zh", ""), *t.aliases.get("zh", ()))):
                return t.id
    return None


def counted_metric(w: Work) -> str | None:
    """The count metric of comments when the question asks how many ("有多少反馈", "how many reviews")."""
    if "feedback_generic" not in w.cues or not any_cue(w.text, lexicon_zh.COUNT + lexicon_en.COUNT):
        return None
    for word in lexicon_zh.INTENT_CUES["feedback_generic"] + lexicon_en.INTENT_CUES["feedback_generic"]:
        if word not in w.text:
            continue
        forms = {word + "数", word + "量", word + "数量", word + " count", "number of " + word, word + " volume"}
        for m in w.catalog.metrics:
            names = {n.lower() for n in m.names.values()} | {a.lower() for al in m.aliases.values() for a in al}
            if names & forms:
                return m.id
    return None


def _next_to_touchpoint(w: Work, m: Mention) -> bool:
    for t in w.mentions:
        if t.kind != "touchpoint":
            continue
        between = w.text[t.end:m.start] if t.end <= m.start else w.text[m.end:t.start]
        if re.fullmatch(r"\s*(的|这个|这一)?\s*", between):
            return True
    return False


def _has_values(w: Work, dim: str) -> bool:
    """Does the data hold values of this dimension (time and touchpoint dimensions always do)?"""
    term = w.catalog.dimension(dim)
    if term is None or term.time or dim in ("touchpoint", "stage") or term.extra:
        return True
    vals = w.catalog.dimension_values.get(dim)
    return vals is None and not term.values or bool(vals)


STEP_AFTER = re.compile(r"^[\s”\"]*(?:step|stage|page|这一步|这步|环节|步骤|阶段)")


def _marked_step(text: str, m: Mention) -> bool:
    """Is this touchpoint named as the step the question is about ("at the X step", "X这一步", "在X环节")?"""
    return bool(STEP_AFTER.match(text[m.end:]))


# "which artist", "哪位纹身师": the word a ranking question ranks comes right after its question word
WHICH_RANKED = re.compile(r"\b(?:which|what)\s+(?:[a-z\-]+\s+)?$|哪(?:一|个|一个|位|家|种|类|些)?\s*$")
WHICH_A_FEW_WORDS_BEFORE = re.compile(r"\bwhich\s+(?:[a-z\-]+\s+){1,3}$", re.I)
BY_TIME = re.compile(r"(?:\bby|\bper|\beach|\bevery|\bacross|\bover|按|每|各|分|逐)\s*(?:the\s+)?(?:个\s*)?$")


def _status_over_step(w: Work) -> None:
    """"rent bills in overdue status", "total amount of overdue bills": a word naming a step and a value of the orders'
    status is the status when its column is named next to it or the measure is of orders (orders have no steps)."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    measured = next((w.catalog.metric(m.id) for m in w.mentions if m.kind == "metric"), None) if term is None else term
    drop = []
    for v in [m for m in w.mentions if m.kind == "value" and m.dim]:
        step = next((m for m in w.mentions if m.kind == "touchpoint" and (m.start, m.end) == (v.start, v.end)), None)
        if step is None:
            continue
        if any(j.kind == "journey" and (jj := w.catalog.journey(j.id)) is not None and step.id in jj.steps
               for j in w.mentions):
            continue  # ("the onboarding funnel … into trial-box buyers": a step of the funnel named is that step)
        info = w.catalog.dimension(v.dim)
        words = {n.lower() for n in (*(info.names.values() if info else ()), *(a for al in (info.aliases.values() if info else ())
                                                                                   for a in al))} | {v.dim.replace("_", " ")}
        near = w.text[v.end:v.end + 16].strip().lower()
        said = any(near.startswith(x) for x in words if x) or any(w.text[:v.start].rstrip().lower().endswith(x) for x in words if x)
        on_orders = measured is not None and measured.table == "orders" and info is not None and "orders" in info.slices
        if said or on_orders:
            drop.append(step)
    if drop:
        w.mentions = [m for m in w.mentions if m not in drop]
        # ("share of pickup orders … from payment to pickup": the same word said again elsewhere names the step there;
        # another word of the step beside the value, "SPA按摩", is the same phrase)
        dropped = {(m.id, m.surface.lower()) for m in drop}
        still = {m.id for m in w.mentions if m.kind == "touchpoint" and (m.id, m.surface.lower()) in dropped}
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in {m.id for m in drop} or t in still]


def _step_named_again_as_value(w: Work) -> None:
    """"2025年完成的问诊里，视频问诊占多少比例": 问诊 names the step, and 视频问诊 — a name of the same step and a value
    of its consultation type — names the part of it asked about: a step named by a word of its own elsewhere is that
    step; a second word naming it and a value is the value."""
    values = {(m.start, m.end) for m in w.mentions if m.kind == "value"}
    # (a value of the step's own rows, the events: "月捐扣款" of the orders' type beside 扣款 is the step again)
    of_events = {(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim and
                 (d := w.catalog.dimension(m.dim)) is not None and "events" in d.slices}
    spans: dict[str, set[tuple[int, int]]] = {}
    for m in w.mentions:
        if m.kind == "touchpoint":
            spans.setdefault(m.id, set()).add((m.start, m.end))
    drop = []
    for m in w.mentions:
        if m.kind != "touchpoint" or (m.start, m.end) not in of_events:
            continue
        # (the value's words hold the step's own word and more, 视频问诊 of 问诊: a kind of it; "Meituan bookings"
        # beside "booking lead time" is the same step again, not the channel Booking.com)
        plain = [w.text[a:b].lower() for a, b in spans[m.id] if (a, b) not in values and (b <= m.start or a >= m.end)]
        said = w.text[m.start:m.end].lower()
        tp = w.catalog.touchpoint(m.id)
        if tp is not None and said in {(n or "").lower() for n in (tp.name, tp.name_zh, tp.name_en)}:
            continue  # ("quote sent", the step "Quote sent" by its own full name: the step, whatever else it names)
        def _kind_of(p: str) -> bool:
            if p.isascii():  # ("video consultations" of "consultation": a word more, not a plural)
                words, more = ({x.rstrip("s") for x in re.findall(r"[a-z]+", t)} for t in (p, said))
                return bool(words) and words < more
            return p in said and len(said) > len(p)
        if any(_kind_of(p) for p in plain):
            drop.append(m)
    if drop:
        w.mentions = [m for m in w.mentions if m not in drop]


# a grouping said outright ("按订单类型看", "by order type"), not only implied by the noun a "which" ranks
BY_OUTRIGHT = re.compile(r"(?:\b(?:by|per|broken down by|split by)\s+(?:the\s+)?|按照?\s*)$")


def _kind_of_the_steps_rows(w: Work, group: list[Mention]) -> bool:
    """"过温告警里面" where 过温 is an alias of the alert step and a value of its alert type (a company column the
    alert events record): the word names the step and the kind of its rows, so it slices them too."""
    steps = {m.id for m in w.mentions if m.kind == "touchpoint" and m.start <= group[0].start and group[0].end <= m.end}
    for m in group:
        term = w.catalog.dimension(m.dim) if m.dim else None
        if term is not None and term.extra and steps & w.catalog.steps_recording(term.column or m.dim):
            return True
    return False


# a grouping said outright a few words before ("split by the channel the enquiry came in on", "按获客渠道")
GROUPING_SAID = re.compile(r"\b(?:by|per|split by|broken down by|split|across|for each|each)\s+(?:the\s+|our\s+)?"
                           r"(?:[\w\-]+\s+){0,8}$|(?:按照?|各个?|每个|分)[\u4e00-\u9fff]{0,12}$", re.I)
# a list of three or more names ("web form, WeChat mini program, phone, email", "官网、小程序、电话")
LIST_OF_THREE = re.compile(r"^[^()（）]*?(?:,|、|，|/|\bor\b)[^()（）]*?(?:,|、|，|/|\bor\b|\band\b|和|或)[^()（）]*$")


def _groups_listed(w: Work) -> None:
    """"split by the channel the enquiry came in on (web form, WeChat mini program, phone, email, paid search ads)",
    "按渠道（官网、小程序、电话）看转化": names listed in parentheses after the grouping said say what its groups
    are, in the asker's words; they slice nothing, even when some of them are values of other columns (paid search
    is also an acquisition source). The grouping's column is the one named."""
    text = w.text
    for open_at in [i for i, ch in enumerate(text) if ch in "(（"]:
        close = min([j for j in (text.find(")", open_at), text.find("）", open_at)) if j > open_at] or [-1])
        if close < 0 or not LIST_OF_THREE.match(text[open_at + 1:close]):
            continue
        dims = [m for m in w.mentions if m.kind == "dimension" and m.end <= open_at and
                not re.search(r"[.?!。？！;；]", text[m.end:open_at]) and open_at - m.end <= 60 and
                (GROUPING_SAID.search(text[:m.start]) or grouping_before(text, m.start))]
        if not dims:
            continue
        inside = [m for m in w.mentions if m.kind in ("value", "touchpoint") and open_at < m.start and m.end <= close]
        if not inside:
            continue
        w.mentions = [m for m in w.mentions if m not in inside]
        w.blocked_spans.append((open_at, close + 1))


# an arrow between the steps of a chain ("支付→体重天气核查→签电子免责", "check-in -> briefing -> jump")
CHAIN_ARROW = re.compile(r"\s*(?:→|->|—>|=>|⇒|➔|➝|>)\s*")


def _values_inside_listed_steps(w: Work) -> None:
    """"支付→体重天气核查→签电子免责→飞行/跳伞": each link of a chain of steps names a step in the asker's words; a
    word of a link that names a step and is a word of that step's own names (天气 of 体重天气核查, the step 体重与天气核查)
    slices nothing, even where it is a value's word or another language's value would translate it. Other words
    of the link stay ("电话询价 → 报价": 电话 may well be the channel asked about)."""
    arrows = list(CHAIN_ARROW.finditer(w.text))
    if not arrows:
        return
    cuts = [0] + [x for a in arrows for x in a.span()] + [len(w.text)]
    links = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    spans: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(links):
        # (the first and last links end at the nearest clause mark: "（支付" of "这条旅程（支付→…")
        if k == 0:
            a = max([a] + [i + 1 for i, ch in enumerate(w.text[a:b], a) if ch in "（(，,：:;；。？?!！"])
        b = min([b] + [i for i, ch in enumerate(w.text[a:b], a) if ch in "）)，,;；。？?!！"])
        steps = {m.id for m in w.mentions if m.kind == "touchpoint" and a <= m.start and m.end <= b}
        names = " ".join(x.lower() for t in w.catalog.touchpoints if t.id in steps
                         for x in (t.name, t.name_zh, t.name_en, *t.aliases) if x)
        if not names:
            continue
        link = w.text[a:b].lower()
        # (English words whole; Chinese by each two characters the step's names hold)
        for x in re.finditer(r"[a-z][a-z\-']+", link):
            if re.search(r"\b" + re.escape(x.group(0)) + r"\b", names):
                spans.append((a + x.start(), a + x.end()))
        for i in range(len(link) - 1):
            if CJK_PAIR.fullmatch(link[i:i + 2]) and link[i:i + 2] in names:
                spans.append((a + i, a + i + 2))
    if not spans:
        return
    inside = [m for m in w.mentions if m.kind == "value" and any(x <= m.start < y for x, y in spans)
              and all(any(x <= i < y for x, y in spans) for i in range(m.start, m.end))]
    w.mentions = [m for m in w.mentions if m not in inside]
    w.blocked_spans += spans


CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def _values_end_like(w: Work, m: Mention) -> bool:
    """Do most of the column's Chinese values end in the last character of the Chinese word that named it (门店 of
    哈尔滨南岗店, 校区 of 浦东校区)?"""
    last = m.surface[-1:] if m.surface and "\u4e00" <= m.surface[-1] <= "\u9fff" else ""
    vals = [str(v) for v in w.catalog.dimension_values.get(m.id) or () if re.search(r"[\u4e00-\u9fff]$", str(v))]
    return bool(last) and len(vals) >= 2 and sum(v.endswith(last) for v in vals) >= 0.6 * len(vals)


def _steps_on_one_journey(w: Work) -> None:
    """"卖方从提交开户资料到拿到卖房款": 开户资料 is an alias's word of the escrow-opening step, but the other step said is
    on the seller journey, whose first step is named 卖方开户资料 — two steps said together are read on one journey
    when one of them, and only one step there, holds the words said."""
    if len(w.touchpoint_ids) != 2 or journeys_for(w.catalog, w.touchpoint_ids):
        return
    for t in list(w.touchpoint_ids):
        other = next(x for x in w.touchpoint_ids if x != t)
        steps = {s for j in w.catalog.journeys if other in j.steps for s in j.steps} - {other}
        said = [m for m in w.mentions if m.kind == "touchpoint" and m.id == t]
        hits = {tp.id for tp in w.catalog.touchpoints if tp.id in steps for m in said
                if len(m.surface.strip()) >= 2 and any(m.surface.strip().lower() in n.lower()
                                                       for n in (tp.name, tp.name_zh, tp.name_en, *tp.aliases) if n)}
        if len(hits) == 1:
            new = hits.pop()
            w.touchpoint_ids = [new if x == t else x for x in w.touchpoint_ids]
            w.mentions = [dataclasses.replace(m, id=new) if m.kind == "touchpoint" and m.id == t else m
                          for m in w.mentions]
            return


EN_STOP_STEM = frozenset({"which", "where", "there", "their", "about", "after", "before", "month", "week", "total",
                          "often", "every", "would", "could", "should"})


def _step_by_the_other_words(w: Work, ids: list[str]) -> str | None:
    """"how many reports did the labs release" where "reports" names both "Report ready" and "Report viewed": the one
    step among those a word names whose own names, aliases or recorded outcomes hold another word of the question
    (release of "results released" and of the outcome released); none or several: None (asked back)."""
    covered = [(m.start, m.end) for m in w.mentions] + list(w.time_spans)
    free = [x for x in re.finditer(r"[a-z]{5,}", w.text.lower()) if not any(a <= x.start() < b for a, b in covered)]
    stems = {x.group(0)[:5] for x in free} - {s[:5] for s in EN_STOP_STEM}
    if not stems:
        return None
    prof = w.catalog.profile
    hits = []
    for t in ids:
        tp = w.catalog.touchpoint(t)
        if tp is None:
            continue
        acts = [str(v) for v, at in (prof.action_steps.items() if prof is not None else ()) if t in at]
        words = {x[:5] for n in (tp.name, tp.name_en, *tp.aliases, *acts) if n
                 for x in re.findall(r"[a-z]{5,}", n.lower())}
        if stems & words:
            hits.append(t)
    return hits[0] if len(hits) == 1 else None


REASON_COLUMN = re.compile(r"(?:^|_)(?:reason|cause)s?$|原因$", re.I)
CAUSE_SAID = re.compile(r"因为|由于|导致|原因|造成|\bbecause\b|\bdue to\b|\breasons?\b|\bcaused\b|\bowing to\b|"
                        r"\bwhy\b|为什么|为何", re.I)


def as_cause(w: Work, dim: str) -> bool:
    """Is the column one that records why another thing happened (reschedule_reason, cancel_reason), in a question
    that asks no cause? Its values are then only causes; the same word in another column is the thing itself."""
    return bool(REASON_COLUMN.search(dim)) and not CAUSE_SAID.search(w.text)


def pick_entities(w: Work) -> None:
    """Touchpoints, journey, dimension and filter values named in this turn."""
    _groups_listed(w)
    _values_inside_listed_steps(w)
    _step_named_again_as_value(w)
    prefer_journeys(w)
    for group in _spans(w.mentions, "touchpoint") + _spans(w.mentions, "journey"):
        kinds = {m.kind for m in group}
        ids = _unique([m.id for m in group])
        if kinds == {"touchpoint"}:
            if len(ids) > 1 and (one := _step_by_the_other_words(w, ids)):
                ids = [one]
            if len(ids) == 1:
                w.touchpoint_ids.append(ids[0])
            else:
                w.status, w.clarify, w.options = "clarify", "touchpoint", ids
        elif kinds == {"journey"}:
            if len(ids) == 1:
                w.journey_id = w.journey_id or ids[0]
            else:
                w.status, w.clarify, w.options = "clarify", "journey", ids
    w.touchpoint_ids = _unique(w.touchpoint_ids)
    _steps_on_one_journey(w)
    if len(w.touchpoint_ids) > 1:
        # "the drop-off at the credit-approved step", "在审批这一步": the step the question is scoped to comes first
        marked = [m.id for m in w.mentions if m.kind == "touchpoint" and _marked_step(w.text, m)]
        if marked:
            w.touchpoint_ids = _unique(marked[:1] + w.touchpoint_ids)
    # a word naming a touchpoint (or journey) and also a value ("购买" the purchase stage and the 购买
    # touchpoint, "cart" a behaviour type and the cart step) names the touchpoint: the more specific thing
    _status_over_step(w)
    named = [(m.start, m.end) for m in w.mentions if m.kind in ("touchpoint", "journey")]
    values = _spans(w.mentions, "value")
    for group, nxt in zip(values, values[1:] + [None]):
        if any(a <= group[0].start and group[0].end <= b for a, b in named) and \
                (group[0].start, group[0].end) not in w.step_values and not _kind_of_the_steps_rows(w, group):
            continue
        if nxt is not None and re.fullmatch(r"\s*\(\s*", w.text[group[0].end:nxt[0].start]) and \
                re.match(r"\s*\)", w.text[nxt[0].end:]) and not {m.dim for m in group} & {m.dim for m in nxt}:
            continue  # "家庭套餐（family_bundle）": the raw value in parentheses says which column is meant
        dims = _unique([m.dim for m in group if m.dim])
        # a word naming values of two dimensions goes to the one the question names ("home_city = 成都"),
        # else to the first listed ("app": channel before acquisition)
        named_dims = {x.id for x in w.mentions if x.kind == "dimension"}
        if w.state is not None:  # "那上海的用户呢？" after a home_city slice: the same column
            named_dims |= set(w.state.filters)
        dims = [d for d in dims if d in named_dims] + [d for d in dims if d not in named_dims]
        if len(dims) > 1 and not set(dims) & named_dims:
            # "上海的客户里选英文服务的占多少": 英文 is the comments' language and the customers' preferred language;
            # the table the question's other, unambiguous values live on says which
            # (and a question about people, "的客户里", "customers who", means the customer list's column)
            others = [_tables_of(w, [m.dim for m in g if m.dim]) for g in values if g is not group]
            people = any_cue(w.text, lexicon_zh.PEOPLE + lexicon_en.PEOPLE)
            # (and the rows a measure named counts: "大众点评上的平均分" is the comments' channel dianping, not the
            # customers' acquisition source 大众点评)
            measured = {t.table for m in w.mentions if m.kind == "metric" and (t := w.catalog.metric(m.id)) is not None
                        and t.table == "feedback"}
            said = {x.id for x in group}
            # ("新手、资深、金牌遛狗师": 金牌 is also a membership tier, but the values listed with it say the column)
            siblings = set()
            for g in values:
                own = _unique([m.dim for m in g if m.dim])
                if g is not group and len(own) == 1:
                    siblings.add(own[0])
            # (and the column a measure averages says which steps' rows are meant: "the average actual guest count at
            # the weddings" is event_type = wedding, which the event day records with the guests, not the web
            # page "weddings")
            carried = {tp for m in w.mentions if m.kind == "metric" and (t := w.catalog.metric(m.id)) is not None
                       and t.column for tp in w.catalog.steps_recording(t.column)}
            # (and a column only other steps record never slices the step named: "credit checks on applicants with no
            # co-signer" is the customers' has_cosigner, not the e-sign step's signer_role)
            steps_named = {x.id for x in w.mentions if x.kind == "touchpoint"}

            def off_step(d: str) -> bool:
                held = w.catalog.steps_recording(d)
                return bool(steps_named and held and not steps_named & held and
                            "customers" not in _tables_of(w, [d]))
            # (and a column that records why another thing happened — reschedule_reason, cancel_reason — holds the
            # word only as a cause: "师傅放鸽子", "no-shows" are the visits' own outcome unless a cause is asked,
            # "因为师傅爽约导致的改约", "reschedules due to no-shows")
            dims = sorted(dims, key=lambda d: (off_step(d), as_cause(w, d), d not in siblings,
                                               bool(carried) and not carried & w.catalog.steps_recording(d),
                                               -sum(bool(t & _tables_of(w, [d])) for t in others),
                                               not any(said & set(w.catalog.values_by_table.get((d, t), ()))
                                                       for t in measured),
                                               not (people and "customers" in _tables_of(w, [d]))))
        vals = w.filters.setdefault(dims[0], [])
        # one value, or every value of a range said as one span ("A2–B2": A2, B1, B2)
        ids = _unique([x.id for x in group if x.dim == dims[0]])
        if not RANGE_SAID.search(w.text[group[0].start:group[0].end]):
            ids = ids[:1]
        for m in ids:
            if m not in vals:
                vals.append(m)
    named_dims = {x.id for x in w.mentions if x.kind == "dimension"}
    for dim in [d for d in w.filters if d not in named_dims]:
        if any(set(w.filters[dim]) <= set(w.filters[o]) for o in named_dims & set(w.filters)):
            del w.filters[dim]  # "家住成都（home_city = 成都）": 成都 is the named column's value only
    _negated_values(w)
    _payment_said(w)
    # ("基础版、标准版、尊享版哪个方案": values a column and its Chinese twin hold between them are one list)
    _twin_filters_merged(w)
    for dim, vals in list(w.filters.items()):
        plain = [v for v in vals if not str(v).startswith("!=")]
        if len(plain) >= 3 and is_which(w.text):
            # "which channel had the highest AOV — web, app, mini program or the showrooms?": a ranking of the
            # column's values, not a comparison of the first two (every value is ranked: a list people type often
            # misses one, or names it in words no value has)
            w.dimension = dim
            w.filters[dim] = [v for v in vals if str(v).startswith("!=")]
        elif len(plain) == 2 and (_defined_in_parentheses(w, dim, plain) or _either_counted(w, dim, plain)):
            w.one_set.add(dim)  # (both counted: no groups to compare)
        elif len(plain) >= 3 or (len(plain) == 2 and ADDED_UP.search(w.text)):
            pass  # "选座和加购行李一共多少单", "seat selection, extra bags, insurance…": all of them added up (one slice)
        elif len(plain) >= 2 and not (w.dimension is None and _which_time(w.text)):
            w.group_values = plain[:2]
            w.dimension = dim
    w.filters = {d: v for d, v in w.filters.items() if v}
    _twin_filters_merged(w)
    _numeric_filters(w)
    star_filter(w)
    # (of two columns one word names, "哪个省" of region and of a province column, the one the data fills first)
    # (a word naming an identifier column and the column of names it codes, "which centre" of centre_id and centre:
    # the names, which people read; the asker's script is chosen later)
    def _coded(m: Mention, g: list[Mention]) -> bool:
        stem = re.sub(r"_(?:id|code|no|key)$", "", m.id)
        return stem != m.id and any(x.id != m.id and (x.id == stem or x.id.startswith(stem + "_")) for x in g)
    # (and of two columns "门店" names, dealer_name and depot, the one whose names end in 店: 哈尔滨南岗店, 奥斯陆店)
    # (first of all the one the named step records: "哪个仓的质检降级率" is the warehouse inspections are done at)
    named_steps = {x.id for x in w.mentions if x.kind == "touchpoint"}

    def _at_named_steps(m: Mention) -> bool:
        info = w.catalog.dimension(m.id)
        return not named_steps or info is None or not info.extra or bool(named_steps & w.catalog.steps_recording(m.id))

    def _named_as_said(m: Mention) -> bool:
        # ("which contract tier" of tier, proposed_tier and previous_tier: the column named by the word alone, not
        # one whose name adds a word the question does not say)
        info = w.catalog.dimension(m.id)
        return info is not None and m.surface.lower() in {n.lower() for n in info.names.values()}

    dim_groups = [sorted(g, key=lambda m: (not _has_values(w, m.id), not _at_named_steps(m), not _values_end_like(w, m),
                                           not _named_as_said(m), _coded(m, g)))
                  for g in _spans(w.mentions, "dimension")]
    dim_groups = [g for g in (_by_tail_at_named_steps(w, g) for g in dim_groups) if g]
    with_data = [g for g in dim_groups if _has_values(w, g[0].id)]
    if with_data and len(with_data) < len(dim_groups):
        # "会员等级（member_level）": the column the data fills wins over a name for one it leaves empty
        dim_groups = with_data
    # "出现在系统里": a word of a column the data leaves empty groups nothing unless a grouping word asks for it
    # (then the answer says the data has none)
    # (the comments' sentiment and language are computed when they are loaded: never empty)
    dim_groups = [g for g in dim_groups if _has_values(w, g[0].id) or GROUPING_NEAR.search(w.text[:g[0].start])
                  or g[0].id in ("sentiment", "language")]
    metric_spans = {(m.start, m.end) for m in w.mentions if m.kind == "metric"}
    for group in dim_groups:
        d = group[0].id
        if re.search(r"\d\s*$|[一两二三四五六七八九十几]\s*个?$|多少\s*个?$|\bhow many\s+$|\bin\s+$", w.text[:group[0].start]) and \
                (d in TIME_GRAIN_DIMS or d == "hour" or ((t0 := w.catalog.dimension(d)) is not None and t0.time)):
            w.mentions = [x for x in w.mentions if x not in group]
            continue  # "more than 1 hour", "超过3天": the unit of a number, no grouping by hour or day
        if (group[0].start, group[0].end) in metric_spans and (t := w.catalog.dimension(d)) is not None and t.extra:
            continue  # "the average value-for-money score": the column's average, not a grouping by it
        if (t := w.catalog.dimension(d)) is not None and t.identifier and \
                re.search(r"\bper\s+(?:a\s+|each\s+)?$|每(?:个|张|单|笔)?$", w.text[:group[0].start]) and \
                any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE):
            # ("the most man-hours per job on average": the unit an average is taken over, never groups of job ids)
            w.mentions = [x for x in w.mentions if x not in group]
            w.blocked_spans.append((group[0].start, group[0].end))
            continue
        if SUBJECT_BEFORE_VERB.search(w.text[:group[0].start]) and not GROUPING_NEAR.search(w.text[:group[0].start]):
            # ("how many vessels did we dock": a column's word said as the verb of "we", no grouping by dock)
            w.mentions = [x for x in w.mentions if x not in group]
            continue
        if re.search(r"\bthe\s+$", w.text[:group[0].start]) and ACTOR_VERB_AFTER.match(w.text[group[0].end:]) and \
                not GROUPING_NEAR.search(w.text[:group[0].start]) and not is_which(w.text):
            # ("what % of Shenzhen home visits had the crew turn up more than 30 min late": the crew who did
            # something at each visit, no grouping by crew)
            w.mentions = [x for x in w.mentions if x not in group]
            continue
        if _zh_subject_of_a_verb(w, group[0]):
            # ("2026年上半年，司机上门收脏衣没收到的比例": the drivers who did it, said as the clause's subject — no
            # grouping by driver when nothing asks for groups; the word is said, no unknown one to gloss elsewhere)
            w.mentions = [x for x in w.mentions if x not in group]
            w.blocked_spans.append((group[0].start, group[0].end))
            continue
        if (ALL_OF_THEM_BEFORE.search(w.text[:group[0].start]) or ALL_OF_THEM_AFTER.match(w.text, group[-1].end)) and \
                not OTHERS_BEFORE.search(w.text[:group[0].start]) and \
                not re.search(r"[各每]$|分别|\b(?:each|per|by)\s+$", w.text[:group[0].start]):
            # ("total revenue for 2025 across all three cities", "三个城市加起来"): every group together, one total
            w.mentions = [x for x in w.mentions if x not in group]
            w.blocked_spans.append((group[0].start, group[-1].end))
            continue
        if re.search(r"\b(?:each|every|all)\s+$", w.text[:group[0].start]) and \
                re.match(r"\s*(?:records?|rows?|entries|entry|attempts?|submissions?|forms?)\b", w.text[group[0].end:]):
            # ("count every medical record": the unit counted, no grouping by medical class)
            w.mentions = [x for x in w.mentions if x not in group]
            continue
        if d in TIME_GRAIN_DIMS:
            # "by week", "每周", "which month" group by time; "during the week of 4–10 Sep", "(booking date)"
            # name no grouping
            # (a ranking ranks the time units unless it names a column of its own, "which artist brought in the
            # most … (the balance paid on the day)": the artists are ranked, the day is no grouping)
            # ("which bill delivery channel … their first bill of the half-year": a few words of the column's own
            # between which and it)
            ranks_other = any(g[0].id not in TIME_GRAIN_DIMS and (WHICH_RANKED.search(w.text[:g[0].start]) or
                                                                  WHICH_A_FEW_WORDS_BEFORE.search(w.text[:g[0].start]))
                              for g in dim_groups)
            if BY_TIME.search(w.text[:group[0].start]) or ((is_which(w.text) or w.order) and not ranks_other):
                w.grain = w.grain or TIME_GRAIN_DIMS[d]
            else:
                w.mentions = [m for m in w.mentions if m not in group]
            continue
        if not w.order and any(f == d and _one_range(w, d) or len(vs) == 1 and _one_column(w, f, d)
                               for f, vs in w.filters.items()):
            # ("customers who have English as their language": the value's column, language, is the one the word
            # names in another table, feedback_language)
            continue  # "渠道是app", "level A2–B2": the dimension names the filter, not a breakdown (a ranking still groups)
        if one_value_named(w, d) and not w.order:
            continue  # "the Guangzhou Tianhe office": the value of office's English twin, one office, no breakdown
        if not grouping_before(w.text, group[0].start) and any(
                v.kind == "value" and not WHICH_BEFORE_VALUE.search(w.text[:v.start]) and _same_column(w, v.dim, d, group[0].surface) and
                ((0 <= group[0].start - v.end <= 2 and
                                        not re.search(r"[，,。；;：:）)？?！!]", w.text[v.end:group[0].start])) or
                                       _column_word_between(w, v, group[0]) or
                                       (0 <= v.start - group[0].end <= 2 and "(" in w.text[group[0].end:v.start]))
                for v in w.mentions):  # ("纸质书哪个品类": a grouping word between them asks for the groups;
            # "周末（周六日），哪家店": a clause break between them, no kind word of the value)
            # "the health & beauty segment", "家庭套餐（family_bundle）": the word next to a value says
            # what kind of value it is, it asks for no grouping
            continue
        if (t := w.catalog.dimension(d)) is not None and t.numeric:
            continue  # "单笔金额" names the number a threshold is on, never groups of its values
        if (t := w.catalog.dimension(d)) is not None and (t.time or (t.extra and not t.values and TIME_NAMED.search(d))) \
                and (not grouping_before(w.text, group[0].start) or (not t.time and re.search(
                    r"\bwhich\b|哪", w.text[:group[0].start] + w.text[group[0].end:], re.I))):
            # (nor is "(by trip date)" beside "which site": the date the period is read on, the site ranked)
            if d in TIME_GRAINS and not grouping_before(w.text, group[0].start):
                # ("their first bill of the half-year", "年度会员": a calendar word that is no grouping asks no trend
                # either; "yearly", "每年" say their grain to the intent by themselves)
                w.mentions = [x for x in w.mentions if x not in group]
            # "minutes late (vs the scheduled start)": a column of times said is what a time is counted from, no
            # grouping by its (every different) timestamps
            continue
        if _in_gloss_of_value(w, group[0]):
            # "OTA（携程这类平台）": the parentheses say what kind of thing the value is
            w.mentions = [x for x in w.mentions if x not in group]
            continue
        if (t := w.catalog.dimension(d)) is not None and (t.extra or (
                # ("How many low-output alerts did the monitoring platform raise": a built-in column's word said in
                # the singular as who did something asks no groups either; "devices", "各渠道" still do)
                d in ("device", "channel", "region", "segment", "acquisition_channel", "tier") and
                not re.search(r"[a-z]s$", group[-1].surface.lower()) and not re.search(r"[各每分]$", w.text[:group[0].start])
                and CJK.search(group[0].surface) is None)) and \
                not (ASKS_GROUPS.search(w.text) or grouping_before(w.text, group[0].start)):
            # "在App里找过门店的客户 … 整体转化率": a company column's word with nothing asking for its groups (no by,
            # which, each, most, split, share, versus) names no grouping (the built-in steps, stages and sentiment
            # keep their own readings: "step by step conversion", "情绪曲线")
            continue
        if (t := w.catalog.dimension(d)) is not None and t.identifier and any(
                g is not group and 0 <= g[0].start - group[0].end <= 1 for g in dim_groups):
            # ("which contract tier": an id column's word before another column's is a modifier of it, no grouping)
            continue
        if w.dimension is None:
            w.dimension = d
        elif BY_OUTRIGHT.search(w.text[:group[0].start]) and w.dimension in {g[0].id for g in dim_groups} and \
                not any(x.id == w.dimension for x in group) and \
                not any(m.kind == "dimension" and m.id == w.dimension and
                        re.search(r"(?<![a-z])" + re.escape(group[0].surface.lower()) + r"(?![a-z])", m.surface.lower())
                        for m in w.mentions) and not any(
                BY_OUTRIGHT.search(w.text[:g[0].start]) for g in dim_groups if g[0].id == w.dimension):
            # "哪类产品带来的收入最多？按订单类型看": the grouping said outright ("by order type") over the noun
            # a "which" ranks, which it names
            w.dimension = d
    exps = [m.id for m in w.mentions if m.kind == "experiment"]
    if exps:
        w.experiment_id = exps[0]


# words of an experiment id that name no part of it ("quote_page_2026", "exp_onboarding_v2")
EXPERIMENT_ID_FILLER = frozenset({"exp", "test", "ab", "experiment", "trial", "v1", "v2", "v3", "new", "the"})


def _id_words(raw: str) -> set[str]:
    return {x for x in re.split(r"[_\-\s.]+", raw.lower()) if x and not x.isdigit() and x not in EXPERIMENT_ID_FILLER
            and not re.fullmatch(r"(?:19|20)\d\d\w?|h[12]|q[1-4]|v\d+", x)}


def experiment_named(w: Work) -> None:
    """Which A/B test an experiment read-out is about when its id is not said outright: the test the conversation
    was about, the one whose id words the question says ("the quote page A/B test" is quote_page_2026; "报价页那个AB
    测试" by the quote page step's own id and names), the only one there is — or, with several and none named,
    which one is asked back (options from the data), never an error."""
    if w.intent != "experiment" or w.status != "ok" or w.experiment_id or len(w.catalog.experiments) < 2:
        return
    said_ids = {m.id for m in w.mentions if m.kind == "experiment"}
    if said_ids:
        return
    kept = next((c.args.get("experiment_id") for c in (w.state.last_tool_calls if w.state else [])
                 if c.name == "experiment_result"), None)
    # the words said: the question's own (English) words, and the ids and English names of the steps it names
    said = set(re.findall(r"[a-z][a-z0-9]+", w.text.lower()))
    own = [(len(_id_words(x) & said) / len(_id_words(x)), x) for x in w.catalog.experiments if _id_words(x)]
    if kept and not any(score >= 0.5 for score, _ in own):
        # (a follow-up, "那收到PDF方案的那一组呢？30天内下单率多少": the test the conversation is about, whatever a
        # step's English name, Order & deposit, shares with another test's id)
        w.experiment_id = kept
        return
    for m in w.mentions:
        if m.kind == "touchpoint":
            said |= _id_words(m.id)
            tp = w.catalog.touchpoint(m.id)
            if tp is not None:
                said |= _id_words(" ".join(str(x) for x in (tp.name, tp.name_en) if x))
    scored = []
    for x in w.catalog.experiments:
        words = _id_words(x)
        if words:
            scored.append((len(words & said) / len(words), x))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.5 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        w.experiment_id = scored[0][1]
    elif kept:  # (the test the conversation was about: "what's the rate for the control group?")
        w.experiment_id = kept
    else:
        w.status, w.clarify, w.options = "clarify", "experiment", list(w.catalog.experiments)[:8]


def _by_tail_at_named_steps(w: Work, group: list[Mention]) -> list[Mention]:
    """"by reason" linked to co_reason, cancel_reason and claim_reason by the word their names end in: the one column
    the steps named record ("change orders … by reason" is co_reason); with no step, or several columns there, none
    (asked back or refused, never a guess). A column whose own name is the word is kept as it is."""
    def by_tail(m: Mention) -> bool:
        word = m.surface.lower().strip()
        return "_" in m.id and m.id.lower() != word and re.sub(r"s$", "", m.id.lower().rsplit("_", 1)[-1]) == \
            re.sub(r"s$", "", word)
    if not group or not all(by_tail(m) for m in group) or len({m.id for m in group}) < 2:
        return group
    named = {x.id for x in w.mentions if x.kind == "touchpoint"}
    at = [m for m in group if named & w.catalog.steps_recording(m.id)]
    if len({m.id for m in at}) == 1:
        return at
    w.mentions = [x for x in w.mentions if x not in group]
    return []


def _one_column(w: Work, a: str, b: str) -> bool:
    """Are two column ids the same column: the same id, one the other's table-prefixed name (language and
    customers_language), or twins in the other script?"""
    twins = w.catalog.value_twins
    return a == b or a.endswith("_" + b) or b.endswith("_" + a) or a in (twins.get(b) or ()) or b in (twins.get(a) or ())


def _same_column(w: Work, value_dim: str | None, dim: str, said: str = "") -> bool:
    """With a ranking asked, is a value's column the column a word names, or that column's twin in the other script?
    ("the most common IRS reject code": IRS is an authority, no reject code — the codes are still ranked); with none
    asked, any value before a column's word says what kind of thing is meant ("per quoted project")."""
    if value_dim is None or value_dim == dim or not (w.order or is_which(w.text)):
        return True
    # ("物业合作渠道" of 获客渠道 where 渠道 names the channel column: the value's column is a kind of that word)
    if value_dim.lower().endswith(dim.lower()) or (said and value_dim.lower().endswith(said.strip().lower())):
        return True
    twins = w.catalog.value_twins
    return value_dim in (twins.get(dim) or ()) or dim in (twins.get(value_dim) or ()) or \
        (value_dim, dim) in w.catalog.twin_values or (dim, value_dim) in w.catalog.twin_values


# a company column of timestamps, by its name (scheduled_start, promised_at, due_date)
TIME_NAMED = re.compile(r"(?:^|_)(?:at|time|date|datetime|ts|timestamp|start|end|deadline|due)$")


def _column_word_between(w: Work, v: Mention, d: Mention) -> bool:
    """"LeChong agency walkers": only words of the value's own column's name ("agency" of walker_agency) stand
    between a value and the word after it, which is then the value's head noun, no grouping."""
    gap = w.text[v.end:d.start]
    words = re.findall(r"[a-z]+", gap.lower())
    return bool(v.dim) and 0 < d.start - v.end <= 24 and bool(words) and \
        not re.sub(r"[a-z\s\-]+", "", gap.lower()) and set(words) <= set(re.split(r"[_\s]+", (v.dim or "").lower()))


def one_value_named(w: Work, dim: str) -> bool:
    """Is the column, or its twin in the other language, filtered to one value ("the Guangzhou Tianhe office":
    office_en = Guangzhou Tianhe)? Then the column's word names that slice, not a grouping."""
    tw = w.catalog.twin_values
    return any(len(vals) == 1 for f, vals in w.filters.items() if f == dim or (dim, f) in tw or (f, dim) in tw)


def _tables_of(w: Work, dims: list[str]) -> set[str]:
    """The tables the columns live on."""
    return {t for d in dims if (term := w.catalog.dimension(d)) is not None for t in term.slices}


def _twin_filters_merged(w: Work) -> None:
    """"金卡和黑金会员" where 金卡 links to tier's gold and 黑金会员 to its twin 会员等级: one column's values, either of
    them (the twin's value beside gold is 金卡会员), never two columns that must both hold."""
    mapping = getattr(w.catalog, "twin_values", {}) or {}
    for a in list(w.filters):
        for b in list(w.filters):
            if a == b or a not in w.filters or b not in w.filters or (a, b) not in mapping:
                continue
            to_b = mapping[(a, b)]
            vals = w.filters[a]
            if not all(str(v) in to_b for v in vals):
                continue
            w.filters[b] = list(dict.fromkeys([*w.filters[b], *(to_b[str(v)] for v in vals)]))
            del w.filters[a]
            plain = [v for v in w.filters[b] if not str(v).startswith("!=")]
            if len(plain) == 2 and w.dimension is None and not ADDED_UP.search(w.text):
                w.group_values, w.dimension = plain, b  # ("金卡和黑金会员对比": two groups; "一共": one slice)


def _one_range(w: Work, dim: str) -> bool:
    """Every value kept for `dim` was said as one range ("A2–B2")."""
    spans = {(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == dim and m.id in w.filters[dim]}
    return len(spans) == 1 and bool(RANGE_SAID.search(w.text[min(spans)[0]:min(spans)[1]]))


# the explicit words that leave a thing out, in English and Chinese: one list for every reader below
LEFT_OUT_EN = (r"except(?: for)?|excluding|exclude|other than|apart from|not counting|leaving out|leave out|"
               r"leaving aside|setting aside|putting aside|aside from")
LEFT_OUT_ZH = r"除了|除去|不算|不包括|不包含|不含|排除|去掉|刨除|扣除"
NOT_BEFORE = re.compile(r"(?:\b(?:outside(?: of)?|" + LEFT_OUT_EN + r"|but not|"
                        r"not in|not from|not on|not via|not through|"
                        # "at our salons (not the van)", "bespoke, not alterations": a value set against another
                        r"(?<=\()not|(?<=, )not|"
                        # "(no renewals, no trials)": a kind listed with "no" after the kinds counted
                        r"(?<=\()no|(?<=, )no)\s+(?:the\s+|our\s+)?|"
                        r"(?:" + LEFT_OUT_ZH + r")\s*|"
                        # "non-cancelled orders", "orders not cancelled", "没取消的订单", "非退款订单": the value said not
                        r"\bnon-?\s?|\b(?:not|never)\s+(?:yet\s+|been\s+|being\s+|ever\s+)?|"
                        r"(?:没有|没|未|非|从未|尚未|还没有?)(?:被)?|"
                        # "leave out the ones that were refunded later", "excluding those that got cancelled"
                        r"\b(?:leave|leaving|leaves|excluding|exclude|drop|dropping|minus)\s+(?:out\s+)?(?:the\s+ones?|those|any|"
                        r"orders?|bookings?)\s+(?:that|which)\s+(?:were|got|are|was|have been|had been)\s+|"
                        # "only plans that stuck, not the ones cancelled in the cooling-off period"
                        r"\bnot\s+(?:the\s+ones?|those|ones|any)\s+(?:(?:that|which)\s+)?(?:(?:were|got|are|was|have been|had been)\s+)?|"
                        # ("the yard couldn't send the full number": a value as the object of a negated verb)
                        r"(?:n't|\bnot|\bnever|\bunable to|\bfailed to)\s+[a-z]{3,}\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?)$")
NOT_AFTER = re.compile(r"^\s*(?:ones?\s+|[a-z]{3,}s\s+)?(?:以外|之外|除外|的不算|不算|不计|不包括在内|"
                       r"(?:are\s+|were\s+)?(?:excluded|not counted|left out)\b|(?:don'?t|do not) count\b|"
                       # ("leaving whey isolate aside", "setting the rush jobs aside")
                       r"(?:set\s+|put\s+|left\s+)?aside\b)")
# "Leaving the protein powders aside (whey and plant)": the values listed in the parentheses after the kind set aside
ASIDE_GLOSS = re.compile(r"\b(?:leaving|leave|setting|set|putting|put)\b[^,.;:?!()]{1,40}\baside\s*[（(]\s*"
                         r"(?:[\w\-]+(?:\s+[\w\-]+){0,2}\s*(?:,|、|，|\band\b|\bor\b|&|和)\s*)*$")
# ("placed orders only, cancellations out", "refunds left out."): a clause of its own, the name and "out" — never
# "get quotes out", whose "out" is the verb's
OUT_CLOSING = re.compile(r"^\s*(?:left\s+|taken\s+|kept\s+)?out\s*(?:[,.;:)?!，。；）？！]|$)")
CLAUSE_OPENS = re.compile(r"(?:^|[,;:.(，；：。（]\s*)(?:and\s+|but\s+)?(?:the\s+|any\s+|all\s+)?$", re.I)


# the explicit words that leave a thing out ("excluding", "除了", "不算"), not a bare "not" (a share "did not convert"
# still measures conversion)
LEFT_OUT_BEFORE = re.compile(r"(?:\b(?:" + LEFT_OUT_EN + r"|but not|without)\s+"
                             r"(?:the\s+|our\s+|any\s+)?|(?:" + LEFT_OUT_ZH + r")\s*|"
                             # ("不算退款取消", "不含退款、取消": the second of a list left out is left out too)
                             r"(?:" + LEFT_OUT_ZH + r")\s*[\u4e00-\u9fff]{2,4}(?:[、和及与或/]|\s)?|"
                             # ("Kept (paid, not refunded) orders": a kind set against the one kept)
                             r"(?:(?<=\()|(?<=, ))not\s+)$")


def said_left_out(text: str, a: int, b: int) -> bool:
    """Is text[a:b] said to be left out ("退款的不算", "refunds excluded", "excluding refunds", "…, refunds out")?
    Such words say which rows stay, never what is measured."""
    return bool(LEFT_OUT_BEFORE.search(text[:a]) or NOT_AFTER.match(text[b:]) or said_out_alone(text, a, b)
                or NOT_LISTED_BEFORE.search(text[:a]))


def said_out_alone(text: str, a: int, b: int) -> bool:
    """Is text[a:b] a clause of its own that leaves it out ("…, cancellations out")?"""
    return bool(OUT_CLOSING.match(text[b:]) and CLAUSE_OPENS.search(text[:a]))


# "拍下了但一直没付款", "never paid", "unpaid orders": every order but the paid ones; "paid or not", "付没付款都算":
# no payment status at all
UNPAID = re.compile(r"(?:没有|没|未|从未|从没|还没|一直没|尚未)(?:有)?(?:付款|支付|付钱|付过款|付过钱|付)|"
                    r"\b(?:unpaid|never (?:got )?paid|not (?:yet )?paid|without paying|(?:were|was|have|has)n't (?:been )?paid)\b")
PAID_OR_NOT = re.compile(r"\bpaid or (?:not|unpaid)\b|\bwhether (?:or not )?(?:they were |it was )?paid\b|"
                         r"(?:无论|不管|不论)(?:是否|有没有)?(?:付款|支付|付钱)|付(?:没|不)付(?:款|钱)?(?:都算|都要)|"
                         r"(?:付款|支付)(?:与否|和未付款|和没付款)")


# statuses an order reaches only after it was paid: "付了款的订单" are these, "never paid" the others
PAID_ONCE = frozenset({"paid", "refunded", "returned", "partially_refunded", "partial_refund", "partly_refunded",
                       "chargeback", "disputed", "completed", "delivered", "shipped", "fulfilled"})
ORDER_NOUN = re.compile(r"订单|单子|采购单|多少单|几单|[一二两三四五六七八九十\d]单|(?<![a-z])(?:orders?|pos|purchases?)(?![a-z])")
PAID_VERB = re.compile(r"(?<![没未])(?:付了款|付过款|付了钱|付过钱|付款了)")


def _payment_said(w: Work) -> None:
    """Payment said as a verb: "一直没付款的订单" are the orders whose status shows no payment (cancelled), "付了款的"
    those whose status shows one (paid, later refunded or returned too); "paid or not" keeps no status."""
    values = w.catalog.dimension_values.get("order_status") or ()
    # (orders are what is counted: "付过款的客户" are buyers, "没支付成功" of a funnel is its step; money is
    # the paid orders' by its definition: "每个付过钱的用户花了多少" sums no refunded order)
    if "paid" not in values or not ORDER_NOUN.search(w.text) or \
            any(m.kind == "metric" and m.id in ("revenue", "revenue_per_buyer", "aov") for m in w.mentions):
        return
    once = [v for v in values if v.lower() in PAID_ONCE]
    never = [v for v in values if v.lower() not in PAID_ONCE]
    if PAID_OR_NOT.search(w.text):
        if w.filters.get("order_status") == ["paid"]:
            del w.filters["order_status"]
        w.blocked_spans += [m.span() for m in PAID_OR_NOT.finditer(w.text)]
        return
    m = UNPAID.search(w.text)
    paid_said = [x for x in w.mentions if x.kind == "value" and x.dim == "order_status" and x.id == "paid"]
    # ("一直没付款的订单": the words of the paid value inside "not paid")
    inside = m is not None and w.filters.get("order_status") == ["paid"] and \
        all(x.start < m.end() and m.start() < x.end for x in paid_said)
    if m and (not w.filters.get("order_status") or inside) and never:
        w.filters["order_status"] = never
        w.blocked_spans.append(m.span())
        w.notes.append(("statuses_read", {"word": m.group(0), "values": ", ".join(never)}))
        if len(never) == 1:
            # (the words stay where they were said: "renewal orders … what share ended up unpaid" asks the share of
            # that status among the renewals, the part named after the verb)
            w.mentions.append(Mention("value", never[0], "order_status", m.start(), m.end(), m.group(0), 0.9))
        return
    v = PAID_VERB.search(w.text)
    if v and not w.filters.get("order_status") and len(once) > 1:
        w.filters["order_status"] = once
        w.blocked_spans.append(v.span())
        w.notes.append(("statuses_read", {"word": v.group(0), "values": ", ".join(once)}))


# "not counting re-inspection fees, repair parts or pickup surcharges", "不算复检费、维修配件和上门费": each kind
# listed after the negation is left out
NOT_LISTED_BEFORE = re.compile(
    r"(?:\b(?:" + LEFT_OUT_EN + r"|without)\s+(?:the\s+|our\s+)?|"
    r"(?:" + LEFT_OUT_ZH + r")\s*)"
    # (a dash on its own is no name of the list: "except deposits - rent, water …" lists what is counted after it)
    r"(?:\w[\w\-]{0,13}(?:\s+\w[\w\-]{0,13}){0,2}\s*(?:和|与|及|或|、|,|，|\band\b|\bor\b)\s*(?:the\s+)?){1,4}$")
# a value said to be included with the rest ("含运费", "including shipping", "运费也算"): no slice at all
_LISTED = r"(?:[\w\-]{1,12}(?:\s+[\w\-]{1,12}){0,2}\s*(?:和|与|及|、|,|，|\band\b)\s*(?:the\s+)?){0,4}"
# "all paid orders – beds/rooms, activities, bar and breakfast", "所有已付款订单（床位、活动、酒吧和早餐）": every kind
# listed after "all" is part of the whole, no slice (of values, or of steps: planner._steps_left_out_or_in)
ALL_LISTED = (r"\b(?:all|every)\b[^.?!]{0,40}?\s[–—:-]\s*(?:[\w/&\-]+(?:\s+[\w/&\-]+){0,2}\s*(?:,|\band\b|\bplus\b|&)\s*)*"
              r"(?:[\w&\-]+/|(?:[\w&\-]+\s+){1,2})?$|"
              # ("All paid orders, job fees plus surcharges": after a comma, a list of two or more)
              r"\b(?:all|every)\b[^.?!,]{0,40}?,\s*(?:[\w/&\-]+(?:\s+[\w/&\-]+){0,2}\s*(?:,|\band\b|\bplus\b|&)\s*)+$|"
              r"(?:所有|全部)[^，。？?]{0,12}?[（(：:—]\s*(?:[\w/]{1,8}\s*(?:、|，|,|和|及)\s*)*$")
# ("gross, before refunds", "不扣退款": the refunds are not taken off, so no slice of them either)
IN_BEFORE = re.compile(r"(?:\b(?:including|incl\.?|before|gross of|not net of|without (?:deducting|subtracting|taking off))"
                       r"\s+(?:the\s+|any\s+)?|(?<![不未])(?:含|包含|包括|连同)\s*|(?:不扣除?|不减去?|未扣除?|没有?扣除?)\s*|"
                       # ("Include ones later cancelled or refunded", "count the ones that got refunded too")
                       r"\b(?:include|includes|count)\s+(?:the\s+|any\s+)?(?:ones?|those|orders?|bookings?)\s+"
                       r"(?:(?:that|which)\s+(?:were|got|are|was)\s+)?(?:later\s+)?)"
                       + _LISTED + "$|" + ALL_LISTED)
# ("All paid orders, weekly boxes plus add-ons": the first of the list, another after it)
RATHER_BEFORE = re.compile(r"(?:\b(?:rather than|instead of|as opposed to)\s+(?:the\s+|a\s+|an\s+)?(?:being\s+)?|"
                           r"(?:而不是|而非|而不是被)\s*)$", re.I)
LISTED_AFTER_ONE = re.compile(r"\s*(?:,|\bor\b|\band\b|/|或者?|和|、)\s*(?:the\s+|a\s+|an\s+)?", re.I)
ALL_FIRST_LISTED = re.compile(r"\b(?:all|every)\b[^.?!,]{0,40}?,\s*$", re.I)
NEXT_LISTED = re.compile(r"^\s*(?:,|\band\b|\bplus\b|&)\s*[\w\-]+", re.I)
IN_AFTER = re.compile(r"^\s*(?:的)?(?:也算|都算|算在内|也算在内|包括在内|计入|\s*included\b|\s*too\b|\s*as well\b)")


# "which Android app version": "which" before the value asks for the groups of the column after it, among that value's
WHICH_BEFORE_VALUE = re.compile(r"\bwhich\s+$|哪(?:个|些|种|类|一个)?$")


def _negated_values(w: Work) -> None:
    """"outside Zhejiang", "不算续费", "除了上海以外": every row but that value ("!=浙江"), never the value itself;
    "含运费", "including shipping": every row, the value with the rest (no slice)."""
    included: list[Mention] = []
    for m in w.mentions:
        if m.kind != "value" or not m.dim or m.dim in ("stage",) or m.id not in w.filters.get(m.dim, ()):
            continue
        if str(m.id).lower() in ("true", "false") and w.text[max(0, m.start - 3):m.start].lower().endswith("no "):
            continue  # ("no renewals" of is_renewal: the flag's own reading says it already)
        yes_no = str(m.id).lower() in {v for pair in YES_NO for v in pair}
        if yes_no and re.search(r"(?:\bnon-?\s?|非|没有?|未)$", w.text[:m.start]):
            continue  # ("standard (non-rush) cases": the yes/no reading made "non-rush" rush = false already)
        if NOT_BEFORE.search(w.text[:m.start]) or NOT_AFTER.match(w.text[m.end:]) or said_out_alone(w.text, m.start, m.end) or \
                NOT_LISTED_BEFORE.search(w.text[:m.start]) or ASIDE_GLOSS.search(w.text[:m.start]):
            vals = w.filters[m.dim]
            vals[vals.index(m.id)] = "!=" + m.id
        elif IN_BEFORE.search(w.text[:m.start]) or IN_AFTER.match(w.text[m.end:]) or (
                ALL_FIRST_LISTED.search(w.text[:m.start]) and NEXT_LISTED.match(w.text[m.end:])) or \
                RATHER_BEFORE.search(w.text[:m.start]) or (
                    LISTED_AFTER_ONE.search(w.text[:m.start]) and
                    any(x.dim == m.dim and x.end <= m.start and RATHER_BEFORE.search(w.text[:x.start])
                        and LISTED_AFTER_ONE.fullmatch(w.text[x.end:m.start]) for x in included)):
            # ("came out as a pass (rather than failed or inconclusive)", "outright purchases rather than rentals":
            # the values set against the one asked are the rest of the whole it is a share of, no slice)
            w.blocked_spans.append((m.start, m.end))
            included.append(m)
            if m.dim == "order_status" and any(v != m.id and not str(v).startswith("!=") and
                                               all(x.id != v or x.start >= m.start for x in included)
                                               for v in w.filters[m.dim]):
                # ("online orders paid that week? Include ones later cancelled or refunded": the paid ones and
                # those, not every status — the unpaid ones stay out)
                continue
            w.filters[m.dim].remove(m.id)
            if not w.filters[m.dim]:
                del w.filters[m.dim]
    # (the kinds listed as parts of the whole are no groups to compare either)
    w.mentions = [x for x in w.mentions if not any(x.start == m.start and x.end == m.end and x.kind == "value"
                                                   for m in included)]


def _in_gloss_of_value(w: Work, m: Mention) -> bool:
    """Is the mention inside parentheses that open right after a named value?"""
    opened = w.text.rfind("(", 0, m.start)
    if opened < 0 or ")" in w.text[opened:m.start]:
        return False
    return any(v.kind == "value" and v.end <= opened and not w.text[v.end:opened].strip() for v in w.mentions)


NEEDS_OBJECT = ("", "breakdown", "trend", "compare_groups", "compare_periods", "why", "metric_value", "anomaly")


POINTER_BEFORE_MEASURE = re.compile(r"\b(?:that|this|the same|same)\s+$|(?:这个|那个|这一|那一|同样的|相同的|该)$")


def measure_pointed(w: Work) -> bool:
    """"what's that renewal rate for Hangzhou?", "那个续约率杭州是多少": a measure said with a pointer, after a turn
    that measured something: the previous measure again."""
    s = w.state
    return s is not None and bool(s.metric_id) and any(
        m.kind == "metric" and POINTER_BEFORE_MEASURE.search(w.text[:m.start]) for m in w.mentions)


# words of a reply that picks one of the options offered ("支付页", "the payment page please"); a turn this long or
# longer is a question of its own (English words, Chinese characters two to a word)
PICK_MAX_WORDS = 7


def _words_said(text: str) -> float:
    return len(re.findall(r"[A-Za-z]+", text)) + len(re.findall(r"[\u4e00-\u9fff]", text)) / 2


def is_follow_up(w: Work) -> bool:
    """A turn that leans on the previous one: follow-up words, an answer to our question, or no object."""
    s = w.state
    if s is None or not s.intent:
        return False
    if measure_pointed(w):
        return True
    if s.pending and any(m.kind == s.pending for m in w.mentions) and _words_said(w.question) < PICK_MAX_WORDS:
        return True  # the user picked one of the options we offered
    # (a whole question of its own after one we asked back, "What share of payment attempts failed last month?" after
    # "which step?", is asked fresh: it names what it needs, it is no pick of an option)
    if any_cue(w.text, lexicon_zh.FOLLOW_UP + lexicon_en.FOLLOW_UP) or starts_like_follow_up(w.text):
        return True
    if _points_at_last_group(w, s):
        return True  # "what's that campus's average rating?": a measure of its own for the group the last answer ranked first
    if any(m.kind in ("metric", "touchpoint", "journey", "experiment") for m in w.mentions):
        return False
    # elliptical: no object of its own, but a slot to apply to the previous one ("last month?", "by device?");
    # a turn with nothing we understood ("how are we doing?") starts fresh instead of repeating the last answer
    # "which one is lowest?" after a ranking: the order is the slot
    has_slot = bool(w.filters or w.dimension or w.period or w.grain or w.baseline
                    or (w.order and s.intent == "breakdown"))
    if w.intent in ("dropoff", "funnel") and not w.journey_id and getattr(s, "journey_id", None):
        return True  # "主要卡在哪一步？" after a funnel: the steps of that funnel, in its period
    return w.intent in NEEDS_OBJECT and (bool(w.intent) or has_slot)


def starts_like_follow_up(text: str) -> bool:
    """"And for Android?", "那上个月呢": a continuation word at the very start of the question."""
    t = text.lstrip(" ,.?!、，。")
    return any(t.startswith(c) for c in lexicon_zh.FOLLOW_UP_START + lexicon_en.FOLLOW_UP_START)


PEOPLE_WORDS = frozenset(p.lower() for p in (*lexicon_zh.PEOPLE, *lexicon_en.PEOPLE, "customer", "user", "client"))


def merge_state(w: Work) -> None:
    """Keep what the previous turn established, replace what this turn names."""
    s: ConversationState = w.state  # type: ignore[assignment]
    kept = []
    measures = [m for m in w.mentions if m.kind == "metric"]
    if measure_pointed(w):
        # "what's that renewal rate for Hangzhou?": the measure of the previous answer, pointed at; its words name
        # no new measure or step
        spans = [(m.start, m.end) for m in measures]
        said = {m.id for m in w.mentions if m.kind == "touchpoint" and any(a <= m.start and m.end <= b for a, b in spans)}
        w.metric_id, w.ratio = None, None
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in said]
        measures = []
    if w.metric_id and s.metric_id and measures and all(m.surface.lower() in PEOPLE_WORDS or _rows_asked_for(w.text, m)
                                                        for m in measures):
        # "and for family_bundle customers only?", "And for tickets opened in September?", "那9月提交的工单呢":
        # the customers or rows are whom the previous measure is asked for again, not a measure of their own
        w.metric_id = None
    if not w.metric_id and s.metric_id:
        w.metric_id = s.metric_id
        if w.ratio is None and s.ratio:
            from assistant.planner.ratio import RatioDef
            # "那安卓呢": the rate the previous question defined, named in this turn's language
            w.ratio = RatioDef.from_dict(s.ratio).in_language(w.language)
        kept.append("metric")
    term = w.catalog.metric(w.metric_id) if w.metric_id and "metric" not in kept else None
    rows_only = term is not None and term.table == "orders"  # a new orders measure those steps cannot slice
    group = _pointed_group(w, s)
    # ("what was that shop's average rating?" after "which shop gets the most complaints about pushy staff": a measure
    # of its own for the group pointed at, not of the steps the complaints were about)
    # (but "what was its conversion rate?" after "which channel converts worst on the bill journey": a measure of a
    # journey's flow is that journey's still, for the group pointed at)
    rows_only = rows_only or bool(group and term is not None and term.id not in STEP_METRICS)
    if not w.touchpoint_ids and s.touchpoint_ids and not rows_only:
        w.touchpoint_ids = list(s.touchpoint_ids)
        kept.append("touchpoint")
    if not w.journey_id and s.journey_id and not rows_only:
        w.journey_id = s.journey_id
        if s.conversion_to and not w.touchpoint_ids and w.metric_id == s.metric_id == "overall_conversion":
            w.conversion_to = s.conversion_to  # "and on desktop?": the same conversion, up to the same step
    if not w.touchpoint_ids and not w.journey_id and s.top_touchpoint_id and w.intent == "why":
        # "为什么?" after "哪个触点流失最多?": about the touchpoint the previous answer put first
        w.touchpoint_ids = [s.top_touchpoint_id]
        w.journey_id = s.top_journey_id
        kept.append("touchpoint")
    if s.topic_query and not any(m.kind in ("touchpoint", "journey", "metric") for m in w.mentions):
        w.topic_query = s.topic_query  # "And for Android only?" searches the same topic, not "android only"
    if w.period is None and s.period is not None:
        w.period = s.period
        w.period_text = str(s.period)
        kept.append("period")
    merged = {k: list(v) for k, v in s.filters.items()}
    if term is not None and "sentiment" not in w.filters:
        # "what was that shop's average rating?" after a count of complaints: the complaints were the old measure's
        # comments; the new measure is of every comment
        merged.pop("sentiment", None)
    if term is not None and term.table == "feedback" and "rating" not in w.filters:
        merged.pop("rating", None)  # (after "the most 1-2 star reviews" too: those stars chose the old comments)
    if group:
        # "what was that shop's average rating?" after "which shop gets the most complaints": the shop ranked first
        merged[group[0]] = [group[1]]
        w.notes.append(("pointed_group", {"value": group[1]}))
    for dim, vals in w.filters.items():
        merged[dim] = vals  # "换成新用户": a new value of a dimension replaces the old one
        for twin in crosslingual.twins_of(w.catalog, dim):
            if twin not in w.filters:  # "And for first-home buyers?" after 客户类型 = 二套: the same column
                merged.pop(twin, None)
    if s.filters:
        kept.append("slice")
    w.filters = merged
    if w.top_n is None:
        w.top_n = s.top_n
    if w.order is None:
        w.order = s.order
    if s.focus and not w.focus and s.dimension and w.dimension in (None, s.dimension) and \
            not w.filters.get(s.dimension) and not any(m.kind == "metric" for m in w.mentions):
        # "and for Android?" after "what share of attempts failed": the share of the same values again
        w.dimension, w.focus = s.dimension, list(s.focus)
        w.notes.append(("share_of", {"value": ", ".join(w.focus)}))
    w.follow_up = True
    if kept:
        w.notes.append(("follow_up", {"what": kept}))


def _group_family(w: Work, s: ConversationState) -> set[str]:
    """The previous ranking's column and its twins in the other language (campus and campus_en)."""
    col = s.top_group[0]
    return {s.dimension, col, *crosslingual.twins_of(w.catalog, s.dimension), *crosslingual.twins_of(w.catalog, col)}


NOT_HEADS = frozenset({"en", "zh", "cn", "id", "code", "name"})  # (campus_en, store_id: tags, no head words)


def _pointed_in_family(w: Work, s: ConversationState) -> bool:
    """A column pointed at that is the last ranking's, or the head word of its English name ("that channel" after a
    ranking by acquisition channel)."""
    family = _group_family(w, s)
    heads = set()
    for d in family:
        term = w.catalog.dimension(d) if d else None
        for name in ([d] + ([term.names.get("en", "")] if term is not None else [])):
            words = [x for x in re.split(r"[_\s\-]+", (name or "").lower().strip()) if x not in NOT_HEADS]
            if len(words) >= 2 and words[-1]:
                heads.add(words[-1])
    return any(m.id in family or m.surface.lower() in heads for m in w.pointed)


# a person or thing pointed at by a pronoun: "他的一次修好率", "what's her average score", "its no-show rate"
PRONOUN = re.compile(r"(?:他|她|它)(?:的|们的)|(?<![a-z])(?:his|her|its)(?![a-z])")
# "what was their late rate?", "how many orders did they do?" after "which depot …": a company or a team is "they"
PRONOUN_THEY = re.compile(r"(?<![a-z])(?:their|they|them)(?![a-z])|他们|她们|它们")


def _pronoun_for_group(w: Work, s: ConversationState) -> bool:
    return bool(PRONOUN.search(w.text)) or (s.one_asked and bool(PRONOUN_THEY.search(w.text)))


def _points_at_last_group(w: Work, s: ConversationState) -> bool:
    """A pointer before the column the previous ranking grouped by ("that campus's", "这家店的"), or a pronoun for
    the group it put first ("他的一次修好率具体是多少" after "哪位师傅的一次修好率最低")."""
    if len(s.top_group) != 2 or not s.dimension:
        return False
    return _pointed_in_family(w, s) or (
        _pronoun_for_group(w, s) and not w.pointed and w.dimension in (None, *_group_family(w, s))
        and not any(d in w.filters for d in _group_family(w, s)))


def _pointed_group(w: Work, s: ConversationState) -> list[str]:
    """The group the previous ranking put first when this turn points at one of its column ("that shop's", "这家店"):
    [column, value]; empty when nothing is pointed at or the column is another."""
    if len(s.top_group) != 2 or not s.dimension:
        return []
    family = _group_family(w, s)
    pronoun = _pronoun_for_group(w, s) and not w.pointed and not any(d in w.filters for d in family)
    pointed = _pointed_in_family(w, s)
    if w.dimension not in (None, *family, *(m.id for m in w.pointed if pointed)) or s.top_group[0] in w.filters or \
            not (pointed or pronoun):
        return []
    w.dimension = None  # (the column pointed at is sliced to that group, not ranked again)
    return list(s.top_group)


ROWS_FOR = re.compile(r"(?:\bfor|\bamong|\bof)\s+(?:the\s+|those\s+|all\s+)?$")
ROWS_OF_ZH = re.compile(r"的$")


def _rows_asked_for(text: str, m: Mention) -> bool:
    """A count's row noun said as whom a follow-up asks about: "and for tickets opened in September", "那9月提交的
    工单呢" (after "for"/"among", or a clause with 的 before it and 呢 right after), not "and the tickets?"."""
    before, after = text[:m.start], text[m.end:].strip()
    if CJK.search(m.surface):
        return bool(ROWS_OF_ZH.search(before.rstrip())) and after.startswith(("呢", "的呢"))
    return bool(ROWS_FOR.search(before))


def follow_intent(w: Work) -> str:
    """Intent of a follow-up: its own strong cue, a new breakdown dimension, else the previous intent."""
    s: ConversationState = w.state  # type: ignore[assignment]
    if s.pending:
        return s.intent or w.intent
    if w.intent and (w.cues - WEAK or w.intent in ("breakdown", "trend", "compare_groups", "compare_periods")):
        return w.intent
    if w.dimension and w.dimension != s.dimension:
        return "breakdown"
    if w.dimension is None and s.dimension and s.intent in ("breakdown", "compare_groups") and \
            not any(n[0] == "pointed_group" for n in w.notes):
        if s.intent == "breakdown" and not s.focus and any(
                len(v) == 1 for d in (s.dimension, *crosslingual.twins_of(w.catalog, s.dimension))
                if (v := w.filters.get(d))):
            # "那老客户推荐过来的，这个转化率是多少？" after a ranking by acquisition channel: that one group's value, not a
            # ranking of one group ("referral is lowest"); the ranking's order and size are no longer asked
            w.order, w.top_n = None, None
            return "metric_value"
        w.dimension = s.dimension
    return s.intent or w.intent


def journeys_for(catalog: Catalog, touchpoint_ids: list[str]) -> list[str]:
    """Journeys containing every named touchpoint."""
    return [j.id for j in catalog.journeys if all(t in j.steps for t in touchpoint_ids)]
