"""Build the planner's catalogue from the workspace data and the semantic layer."""
from __future__ import annotations

import dataclasses
import functools
import json
import os

import re
from datetime import date, datetime
from typing import Any

from knowledge.gateway import Gateway
from knowledge.profile import DataProfile, profile_workspace
from knowledge.semantic.compile import metric_stat
from knowledge.semantic.layer import ALIASES, Metric, SemanticLayer

from assistant.planner.types import Catalog, JourneyInfo, TermInfo, TouchpointInfo

# dimension id -> (table, column) whose distinct raw values the planner may link words to
CATEGORICAL = {
    "device": ("events", "device"),
    "channel": ("events", "channel"),
    "segment": ("customers", "segment"),
    "region": ("customers", "region"),
    "acquisition_channel": ("customers", "acquisition_channel"),
    "tier": ("customers", "tier"),
    "variant": ("experiments", "variant"),
    "feedback_channel": ("feedback", "channel"),
    "stage": ("touchpoints", "stage"),
    "action": ("events", "action"),
    "order_status": ("orders", "status"),
}
# a dimension some tables share: orders carry a channel too ("bookings through GDS" when events have none)
ALSO_FROM = (("channel", ("orders", "channel")),)
VALUE_CAP = 200


def _s(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _day(v: Any) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return None


def _attrs(raw: Any) -> tuple[tuple[str, str], ...]:
    """A row's extra columns (the `properties` JSON ingestion keeps) as (column, text) pairs."""
    try:
        obj = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return ()
    return tuple((str(k), str(v)) for k, v in obj.items() if v not in (None, "")) if isinstance(obj, dict) else ()


def _touchpoints(gw: Gateway) -> tuple[TouchpointInfo, ...]:
    props = "properties" in gw.table_columns().get("touchpoints", [])
    res = gw.query("SELECT touchpoint_id, name, name_zh, name_en, stage, aliases, position, "
                   f"{'properties' if props else 'NULL'} FROM touchpoints ORDER BY position NULLS LAST, touchpoint_id")
    out = []
    for tp_id, name, zh, en, stage, aliases, pos, raw in res.rows:
        names = tuple(a.strip() for a in _s(aliases).split("|") if a.strip())
        out.append(TouchpointInfo(id=tp_id, name=_s(name), name_zh=_s(zh), name_en=_s(en),
                                  stage=stage or None, aliases=names, position=pos, attrs=_attrs(raw)))
    return tuple(out)


def _journeys(gw: Gateway) -> tuple[JourneyInfo, ...]:
    res = gw.query("SELECT journey_id, any_value(journey_name), any_value(journey_name_zh), "
                   "any_value(journey_name_en), list(touchpoint_id ORDER BY step) "
                   "FROM journeys GROUP BY journey_id ORDER BY journey_id")
    return tuple(JourneyInfo(id=j, name=_s(n), name_zh=_s(zh), name_en=_s(en), steps=tuple(steps or ()))
                 for j, n, zh, en, steps in res.rows)


ANALYSIS_TABLES = {"funnel": "events", "exits": "events", "retention": "orders"}


def metric_table(obj: Any) -> str | None:
    """The table a metric's rows come from; None for dimensions."""
    if not hasattr(obj, "kind"):
        return None
    return getattr(obj, "table", None) or ANALYSIS_TABLES.get(getattr(obj, "analysis", None) or "")


# head nouns too general to name a column alone ("类型" of content_genre would also be every other *_type)
# trailing words of a column name that only say its unit
UNIT_WORDS = frozenset({"ms", "sec", "secs", "seconds", "min", "mins", "minutes", "hours", "hrs", "days", "km", "usd",
                        "eur", "cny", "rmb", "pct", "percent", "kwh", "mbps"})
# trailing words of a column name that only say it is the money of the thing named before ("payout_amount")
MONEY_TAILS = frozenset({"amount", "amt"})
# trailing words of a column name that only say it sorts things into kinds ("appliance_type" is the appliance)
KIND_HEADS = frozenset({"type", "types", "category", "kind", "class"})
# words for the rows themselves: "order_type" is no "order" (orders are counted), "payment_type" no "payment"
ROW_NOUNS = frozenset({"order", "customer", "event", "feedback", "user", "payment", "session", "account",
                       "transaction", "visit", "ticket", "comment", "review", "booking", "request", "call"})
# leading words of a column name that say whose value it is, not what it is ("customer_city" is the city)
OWNER_WORDS = frozenset({"customer", "customers", "user", "users", "client", "member", "buyer", "cust"})
# words saying which one of several a column records ("main_allergen", 主要过敏原): the column is named by its head
QUALIFIER_WORDS = frozenset({"main", "primary", "chief", "principal", "dominant", "major"})
QUALIFIER_ZH = re.compile(r"^(?:最主要|主要|首要)(?:的)?")
GENERIC_HEADS = frozenset({"类型", "方式", "状态", "代码", "码", "名称", "金额", "数量", "时间", "日期", "等级", "级别",
                           "分组", "组", "线", "费用", "分钟", "公里"})


def _compound(word: str) -> tuple[str, str] | None:
    """A closed English compound of two common words ("moveout", "checkin", "signup") split where both halves
    are common words (wordfreq Zipf >= 4.5); None for other words."""
    if len(word) < 6 or not word.isalpha():
        return None
    from assistant.planner.linker import _zipf
    if _zipf(word, "en") >= 4.5:
        return None  # a word of its own ("become", "without")
    best = max(((word[:i], word[i:]) for i in range(2, len(word) - 1)),
               key=lambda p: min(_zipf(p[0], "en"), _zipf(p[1], "en")))
    return best if min(_zipf(best[0], "en"), _zipf(best[1], "en")) >= 4.5 else None


def column_aliases(column: str, *, measure: bool = False) -> dict[str, tuple[str, ...]]:
    """zh/en names people use for an extra column: "category_id" → category / 品类, 类目 …;
    "product_line" → product line / 产品线. Words without a known translation give no zh name."""
    from assistant.planner import lexicon_en
    from assistant.planner.lexicon_zh import COLUMN_PHRASES, COLUMN_WORDS
    words = [w for w in re.split(r"[_\-\s.]+|(?<=[a-z])(?=[A-Z])", column.strip()) if w]
    words = [w.lower() for w in words]
    core = [w for w in words if w not in ("id", "code", "key", "name", "no", "num")] or words
    en_names = [" ".join(words), " ".join(core)]
    for i, w in enumerate(core):  # "moveout_reason" as people write it: "move-out reason", "move out reason"
        split = _compound(w)
        if split:
            for joiner in ("-", " "):
                en_names.append(" ".join(core[:i] + [joiner.join(split)] + core[i + 1:]))
    for i, w in enumerate(core):  # "cancel_reason" as people say it: "cancellation reason"
        for d in lexicon_en.DERIVED_EN.get(w, ()):
            en_names.append(" ".join(core[:i] + [d] + core[i + 1:]))
    # as a measure ("average latency" of latency_ms, "平均等待" of wait_minutes) the unit word is left out; as a
    # column's own name it stays ("delivery" alone names the delivery step, not delivery_minutes)
    unit_less = measure and len(core) >= 2 and core[-1] in UNIT_WORDS
    if unit_less or measure and len(core) >= 2 and core[-1] in MONEY_TAILS:
        # ("average payout" of payout_amount: the money a thing is, said without "amount")
        en_names.append(" ".join(core[:-1]))
    for i, w in enumerate(core):  # "job" as people ask for it: "occupation"; latency_ms as "ping"
        for syn in lexicon_en.SYNONYMS_EN.get(w, ()):
            en_names.append(" ".join(core[:i] + [syn] + core[i + 1:]))
            if unit_less:
                en_names.append(" ".join(core[:i] + [syn] + core[i + 1:-1]))
    if len(core) >= 2 and core[0] in OWNER_WORDS:  # "customer_city" as people say it: "city"
        en_names.append(" ".join(core[1:]))
    if len(core) >= 2 and core[0] in QUALIFIER_WORDS and core[-1] not in ROW_NOUNS | KIND_HEADS:
        # ("top allergen" of main_allergen: the one recorded as the main one is what "allergen" names)
        en_names.append(" ".join(core[1:]))
    if len(core) == 2 and core[-1] in KIND_HEADS and core[0] not in OWNER_WORDS and len(core[0]) >= 4 \
            and core[0] not in ROW_NOUNS:
        # "appliance_type" as people ask: "which kind of appliance", "by appliance"; not "order_type" as "order"
        en_names.append(core[0])
        en_names += list(lexicon_en.SYNONYMS_EN.get(core[0], ()))  # ("type of problem" of issue_type)
    en = tuple(dict.fromkeys(en_names))
    zh: list[str] = []
    units: list[tuple[str, ...]] = []  # Chinese words per unit of the name, two-word phrases first
    # "latency_ms": the unit word has no place in the Chinese name (延迟, not 延迟ms)
    core = core[:-1] if unit_less else core
    i = 0
    while i < len(core):
        pair = tuple(core[i:i + 2])
        if len(pair) == 2 and pair in COLUMN_PHRASES:
            units.append(COLUMN_PHRASES[pair])
            i += 2
            continue
        # ("issue_type" as 故障类型: a word with no Chinese of its own is said as its English synonyms are)
        units.append(COLUMN_WORDS.get(core[i], ()) or tuple(dict.fromkeys(
            z for syn in lexicon_en.SYNONYMS_EN.get(core[i], ()) for z in COLUMN_WORDS.get(syn, ()))))
        i += 1
    if all(units):
        zh.append("".join(u[0] for u in units))
        if 1 < len(units) <= 3:  # "credit_limit": 信用额度 and 授信额度 (each word's other Chinese words too)
            import itertools
            zh += ["".join(c) for c in itertools.product(*(u[:2] for u in units))][1:4]
        if len(units) == 1:
            zh += list(units[0][1:])
        elif len(core) == 2 and core[-1] in KIND_HEADS and core[0] not in OWNER_WORDS and core[0] not in ROW_NOUNS:
            # "restaurant_type" as people say it in Chinese: 餐厅, like "restaurant" in English (a grouping only
            # after a grouping word, see the planner)
            zh += [h for h in units[0] if h not in GENERIC_HEADS and len(h) >= 2]
        elif core[-1] not in ROW_NOUNS:  # "最常见的原因" for cancel_reason: a specific head noun names the column
            # on its own (not "订单" of first_order: orders are what is counted)
            zh += [h for h in units[-1] if h not in GENERIC_HEADS and len(h) >= 2]
            if len(core) == 2 and core[0] in OWNER_WORDS:
                # "customer_state": 州 / 省 after a grouping word ("哪个州"); one-character words link only there
                zh += [h for h in units[-1] if h not in GENERIC_HEADS]
    elif units and units[-1]:
        # a modifier without a translation ("car_model", "reserved_room_type"): the head noun names the column
        known = [u[0] for u in units if u]
        if len(known) > 1 or known[0] not in GENERIC_HEADS:  # "promised_minutes" is no "分钟" of every column
            zh.append("".join(known))
            zh += [h for h in units[-1] if h not in GENERIC_HEADS]
    head = QUALIFIER_ZH.sub("", column.strip())
    if head != column.strip() and len(head) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", head) and \
            head not in GENERIC_HEADS:
        zh.append(head)  # ("最主要的过敏原" of 主要过敏原: the head noun after the qualifier)
    return {"zh": tuple(dict.fromkeys(zh)), "en": en}


def _slices(layer: SemanticLayer | None, obj: Any) -> tuple[str, ...]:
    if layer is None or hasattr(obj, "kind"):
        return ()
    linked = getattr(obj, "linked", ())
    return tuple(b for b in ("events", "orders", "feedback", "customers") if layer.supports(obj.id, b) and b not in linked)


def _identifier_like(x: Any) -> bool:
    """A company column too varied to name its values that labels rows rather than sorting them into groups: by its
    name (order_id, coupon_code, ticket_no), or because nearly every filled row has a value of its own (wash_batch,
    booking_ref). It names what is counted, and groups only when a grouping is said outright."""
    if x.values or x.numeric:
        return False
    return bool(re.search(r"(?i)(^|_)(id|code|key|no)$", x.column)) or bool(x.filled and x.distinct * 2 >= x.filled)


def _terms(items: dict[str, Any], *, with_values: bool, layer: SemanticLayer | None = None,
           high_cardinality: frozenset[str] = frozenset()) -> tuple[TermInfo, ...]:
    out = []
    for obj in items.values():
        aliases = {lang: tuple(a for a in (obj.aliases or {}).get(lang) or () if a) for lang in ("zh", "en")}
        if getattr(obj, "source_column", None):
            # an identifier column with many values (seller_id) is linkable by its words too, but only
            # groups when asked ("哪个卖家", "by seller"): "签约了多少个卖家" counts sellers (planner)
            extra = column_aliases(obj.source_column)
            aliases = {lang: tuple(dict.fromkeys(aliases[lang] + extra[lang])) for lang in ("zh", "en")}
        col = (getattr(obj, "extra", None) or {}).get("source_column") if hasattr(obj, "kind") else None
        if col and obj.id.startswith("sum_"):  # a column's total is named only as one ("票数合计", "total tickets");
            names = column_aliases(col, measure=True)  # the planner reads "how many tickets" as it too
            aliases["zh"] = tuple(dict.fromkeys(aliases["zh"] + tuple(f"{z}{t}" for z in names["zh"] for t in ("合计", "总计"))))
            aliases["en"] = tuple(dict.fromkeys(aliases["en"] + tuple(f"total {n}" for n in names["en"])))
        elif col and obj.id.startswith("median_"):  # a column's median is named only as one ("通话时长中位数")
            names = column_aliases(col, measure=True)
            aliases["zh"] = tuple(dict.fromkeys(aliases["zh"] + tuple(f"{z}{t}" for z in names["zh"]
                                                                     for t in ("中位数", "的中位数"))))
            aliases["en"] = tuple(dict.fromkeys(aliases["en"] + tuple(f"median {n}" for n in names["en"])))
        elif col:  # the average of a numeric extra column: its zh column words too ("平均评分"), its en names ("average ping")
            names = column_aliases(col, measure=True)
            zh = names["zh"]
            aliases["zh"] = tuple(dict.fromkeys(aliases["zh"] + tuple(f"平均{z}" for z in zh) + zh))
            en = [n for n in names["en"] if n not in aliases["en"]]
            aliases["en"] = tuple(dict.fromkeys(aliases["en"] + tuple(f"average {n}" for n in en)))
        values: dict[str, tuple[str, ...]] = {}
        if with_values:
            for raw, words in (getattr(obj, "values", None) or {}).items():
                values[str(raw)] = tuple(w for lang in ("zh", "en") for w in (words or {}).get(lang) or ())
        out.append(TermInfo(id=obj.id, names=dict(obj.name), aliases=aliases,
                            unit=getattr(obj, "unit", ""), table=metric_table(obj),
                            extra=bool(getattr(obj, "source_column", None)), slices=_slices(layer, obj),
                            reach=tuple(getattr(obj, "linked", ())),
                            identifier=getattr(obj, "source_column", None) in high_cardinality,
                            time=getattr(obj, "time", False),
                            grain=getattr(obj, "grain", None), values=values,
                            higher_is_better=bool(getattr(obj, "higher_is_better", True)),
                            timeless=bool((getattr(obj, "extra", None) or {}).get("timeless")),
                            numeric=bool(getattr(obj, "numeric", False)),
                            summed=isinstance(obj, Metric) and obj.kind != "analysis" and metric_stat(obj) == "sum",
                            column=(getattr(obj, "extra", None) or {}).get("source_column") if not with_values else None))
    return tuple(out)


def _rare_word(v: str) -> bool:
    from assistant.planner.linker import _zipf
    words = re.findall(r"[a-z]+", v.lower())
    return bool(words) and v.isascii() and all(_zipf(x, "en") < RARE_VALUE_ZIPF for x in words)


RARE_VALUE_ZIPF = 4.5  # "overdue" 3.0, "chargeback" 1.9, "pending" 4.1; "open" 5.4, "active" 5.0, "closed" 4.8


def _distinct(gw: Gateway, table: str, column: str) -> tuple[str, ...]:
    res = gw.query(f'SELECT DISTINCT CAST("{column}" AS VARCHAR) AS v FROM "{table}" '
                   f'WHERE "{column}" IS NOT NULL ORDER BY v', row_cap=VALUE_CAP)
    return tuple(r[0] for r in res.rows if r[0])


def _never_paid(gw: Gateway, layer: SemanticLayer, profile: DataProfile,
                columns: dict[str, list[str]]) -> frozenset[tuple[str, str]]:
    """(dimension, value) of the orders' own columns whose rows all carry a status other than paid (an order type
    "refund" that is refunded on every row): one grouped query per column, only where orders have a status."""
    if "status" not in columns.get("orders", []) or not profile.present("orders"):
        return frozenset()
    out: set[tuple[str, str]] = set()
    for d in layer.dimensions.values():
        x = next((x for x in profile.extras if x.table == "orders" and x.column == d.source_column and x.values), None)
        if x is None or "orders" not in d.sql:
            continue
        res = gw.query(f'SELECT CAST({d.sql["orders"]} AS VARCHAR) AS v FROM orders o WHERE v IS NOT NULL '
                       f'GROUP BY 1 HAVING bool_and(lower(coalesce(nullif(trim(status), \'\'), \'paid\')) <> \'paid\')',
                       row_cap=VALUE_CAP)
        out.update((d.id, r[0]) for r in res.rows if r[0])
    return frozenset(out)


def _reporting_currencies(gw: Gateway, layer: SemanticLayer, profile: DataProfile,
                          columns: dict[str, list[str]]) -> frozenset[str]:
    """The currency codes in which the orders' amount and their amount in the row's own currency (amount_local)
    agree on nearly every row: the currency the data reports in, whose name asks for every order, not for the rows
    kept in it. One grouped query per pair of a currency column and a local amount column of the orders."""
    if not profile.present("orders") or "amount" not in columns.get("orders", []):
        return frozenset()
    out: set[str] = set()
    for d in layer.dimensions.values():
        if "currenc" not in d.id.lower() or "orders" not in d.sql:
            continue
        for m in layer.metrics.values():
            col = (m.extra or {}).get("source_column") if m.id.startswith("sum_") else None
            if not col or m.table != "orders" or not LOCAL_AMOUNT_COLUMN.search(col):
                continue
            a = ALIASES["orders"]  # (the alias the layer's expressions are written with)
            res = gw.query(f'SELECT upper(CAST({d.sql["orders"]} AS VARCHAR)) AS c, avg(CASE WHEN abs({a}.amount - '
                           f'({m.extra["measure"]})) <= 0.005 * greatest(abs({a}.amount), 1) THEN 1 ELSE 0 END) AS same '
                           f'FROM orders {a} WHERE ({m.extra["measure"]}) IS NOT NULL AND c IS NOT NULL GROUP BY 1',
                           row_cap=VALUE_CAP)
            out.update(str(r[0]) for r in res.rows if r[0] and r[1] is not None and r[1] >= 0.99)
    return frozenset(out)


# an extra column of amounts in each row's own currency (amount_local, local_amount, original_amount)
LOCAL_AMOUNT_COLUMN = re.compile(r"(?:^|_)(?:local|orig|original|native|foreign|txn|transaction)(?:_|$)", re.I)


def _has_sessions(gw: Gateway, columns: dict[str, list[str]]) -> bool:
    """Do any events carry a session id? Without one, "visits" and "sessions" name the company's own things (a home
    visit, a kite session), never the sessions measure, which would count nothing."""
    if "session_id" not in columns.get("events", ()):
        return False
    return bool(gw.query("SELECT 1 FROM events WHERE session_id IS NOT NULL AND session_id <> '' LIMIT 1",
                         row_cap=1).rows)


TWIN_SAMPLE = 20_000    # rows read to see that two columns pair their values one to one (a few ms a pair)
TWIN_PAIRS_CAP = 30     # pairs checked at most, customers' first (each is one query over the sample)
CJK_VALUE = re.compile(r"[\u4e00-\u9fff]")
CODE_VALUE = re.compile(r"^[A-Za-z]{0,4}[-_]?\d+[A-Za-z]?$")


def _value_twins(gw: Gateway, layer: SemanticLayer, by_table: dict[tuple[str, str], tuple[str, ...]]
                 ) -> dict[str, Any]:
    """Columns that say the same thing in the other language, whatever they are called (acquisition_channel and
    source_zh, clinic and clinic_en): on one table, one written in Chinese and the other not, with as many values,
    and every value of one always beside the same value of the other in the rows."""
    from knowledge.semantic.layer import ALIASES
    pairs = []
    for rank, table in enumerate(("customers", "orders", "feedback", "events")):
        cols = [(d, vals) for (d, t), vals in by_table.items() if t == table and 2 <= len(vals) < VALUE_CAP
                and d in layer.dimensions and table in layer.dimensions[d].sql]
        zh = [(d, v) for d, v in cols if sum(bool(CJK_VALUE.search(x)) for x in v) >= 0.8 * len(v)]
        # (codes are no language: SH01 of studio_id names a store, not 上海 in English)
        other = [(d, v) for d, v in cols if not any(CJK_VALUE.search(x) for x in v)
                 and not re.search(r"(?i)(?:^|_)(?:id|code|no|key)$", d) and not all(CODE_VALUE.match(x) for x in v)]
        # (as many values on both sides: a twin holds each value once in each language)
        # (columns named alike, technician_name and technician_en, are checked first: the cap below must not
        # leave them out behind chance pairs of wide tables)
        # (and so are 钓场城市 and park_city, whose names end in the same word: 城市 / city)
        pairs += [(0 if len(os.path.commonprefix([a.lower(), b.lower()])) >= 4 or _tails_translate(a, b) else 1,
                   rank, table, a, b)
                  for a, va in zh for b, vb in other if len(va) == len(vb)]
    out: dict[str, list[str]] = {}
    mapping: dict[tuple[str, str], dict[str, str]] = {}
    for _, _, table, a, b in sorted(pairs)[:TWIN_PAIRS_CAP]:
        xa, xb = layer.dimensions[a].sql[table], layer.dimensions[b].sql[table]
        pairs_seen = gw.query(f"SELECT DISTINCT x, y FROM (SELECT CAST({xa} AS VARCHAR) AS x, CAST({xb} AS VARCHAR) AS y "
                              f"FROM \"{table}\" {ALIASES[table]} LIMIT {TWIN_SAMPLE}) WHERE x IS NOT NULL AND "
                              f"y IS NOT NULL", row_cap=VALUE_CAP * 2).rows
        xs, ys = {p[0] for p in pairs_seen}, {p[1] for p in pairs_seen}
        # one to one, and the names translate each other (抖音 / douyin, 百度搜索 / baidu_search): two columns that
        # only happen to pair up (a region per city in a four-city company) are no twins
        if len(xs) >= 2 and len(xs) == len(ys) == len(pairs_seen) and \
                sum(_translates(str(x), str(y)) for x, y in pairs_seen) * 2 >= len(pairs_seen):
            out.setdefault(a, []).append(b)
            out.setdefault(b, []).append(a)
            mapping[(a, b)] = {str(x): str(y) for x, y in pairs_seen}
            mapping[(b, a)] = {str(y): str(x) for x, y in pairs_seen}
    return {"value_twins": {k: tuple(dict.fromkeys(v)) for k, v in out.items()}, "twin_values": mapping}


def _tails_translate(zh: str, en: str) -> bool:
    """A Chinese column name ending in the dictionary word of an English column name's last word (钓场城市 and
    park_city, 塘口类型 and pond_type)."""
    from assistant.planner.lexicon_zh import COLUMN_WORDS
    words = [w for w in re.split(r"[_\-\s]+", en.lower()) if w]
    return len(words) >= 2 and any(zh.endswith(t) and len(zh) > len(t) for t in COLUMN_WORDS.get(words[-1], ()))


def _translates(zh: str, en: str) -> bool:
    """A Chinese name and a Latin one for the same thing: the pinyin spells it (抖音 douyin, 百度搜索 baidu_search),
    or a dictionary gloss of a word of it is one of its words (老客推荐 referral, 自费 self_pay)."""
    from pypinyin import lazy_pinyin  # its dictionary ships in the wheel
    from assistant.planner.glosses import gloss_words
    letters = re.sub(r"[^a-z]", "", en.lower())
    if not letters:
        return False
    han = "".join(c for c in zh if CJK_VALUE.match(c))
    spelt = "".join(lazy_pinyin(han))
    if spelt and (spelt == letters or len(os.path.commonprefix([spelt, letters])) >= min(4, len(letters))):
        return True
    words = {x[:4] for x in re.findall(r"[a-z]{3,}", en.lower())}
    for n in (2, 3, 1):
        for i in range(len(han) - n + 1):
            if {g[:4] for g in gloss_words(han[i:i + n]) if len(g) >= 3} & words:
                return True
    return False


def _coverage(gw: Gateway, table: str) -> tuple[date | None, date | None]:
    res = gw.query(f'SELECT min(ts), max(ts) FROM "{table}"')
    lo, hi = res.rows[0] if res.rows else (None, None)
    return _day(lo), _day(hi)


def _without_clashes(dims: tuple[TermInfo, ...], layer: SemanticLayer,
                     tables: frozenset[str] | None = None) -> tuple[TermInfo, ...]:
    """Extra columns' derived names never take a word the semantic layer already uses ("region" of region_code),
    except the column's own name: a company column literally called "city" (城市) is what "city" means, so the
    layer's alias of another dimension (region's "city") yields to it. A dimension read through a table the
    data does not have (an experiment variant without experiments) takes no word from a column the data has
    ("版本" is app_version's)."""
    from dataclasses import replace

    def extra(d: TermInfo) -> str | None:
        return getattr(layer.dimensions.get(d.id), "source_column", None)

    def words(d: TermInfo) -> set[str]:
        return {w.lower() for w in (d.id, *d.names.values(), *d.aliases.get("zh", ()), *d.aliases.get("en", ()))}
    absent = {d.id for d in dims if tables is not None and (via := getattr(layer.dimensions.get(d.id), "via", None))
              and via not in tables and via != "touchpoints"}
    own = {w.lower() for d in dims if extra(d) for w in _own_names(extra(d) or "")}
    taken = {w for d in dims if not extra(d) and d.id not in absent for w in words(d)} - own
    # a kind column's head word ("服务" of service_category) keeps its name (after a grouping word: "哪个服务项目")
    # but never takes a word from one of the layer's values (服务 is still the service stage: "服务营业额")
    value_words = {x.lower() for d in dims if not extra(d) and d.id not in absent for ws in d.values.values() for x in ws}

    def heads(d: TermInfo) -> set[str]:
        parts = [p for p in re.split(r"[_\-\s.]+", (extra(d) or "").lower()) if p]
        if len(parts) != 2 or parts[1] not in KIND_HEADS:
            return set()
        from assistant.planner.lexicon_zh import COLUMN_WORDS
        return ({parts[0], *COLUMN_WORDS.get(parts[0], ())} & value_words) - own
    # (what the company's columns hold is what is left of their names once the layer's words are taken)
    held = {w for d in dims if extra(d) for w in words(d) - heads(d)}
    out = []
    for d in dims:
        if d.id in absent:
            d = replace(d, aliases={k: tuple(a for a in v if a.lower() not in held) for k, v in d.aliases.items()})
        if extra(d):
            d = replace(d, aliases={k: tuple(a for a in v if a.lower() not in taken) for k, v in d.aliases.items()})
        elif own:
            d = replace(d, aliases={k: tuple(a for a in v if a.lower() not in own or a.lower() == d.id)
                                    for k, v in d.aliases.items()})
        if not extra(d) and d.values and held:
            # "门店" is the company's store column; our channel value "store" keeps its other words
            d = replace(d, values={raw: tuple(x for x in words if x.lower() not in held) for raw, words in d.values.items()})
        out.append(d)
    return tuple(out)


def _own_names(column: str) -> tuple[str, ...]:
    """The words that name a single-word column itself: city → city, 城市 (not derived compounds); also a
    column named for the customer's own thing (customer_city)."""
    words = [w for w in re.split(r"[_\-\s.]+", column.strip().lower()) if w]
    if len(words) == 2 and words[0] in OWNER_WORDS:  # customer_city is the customer's city: "city", 城市
        # (and "customer type" itself: a company column customer_type is what the words mean, not the layer's
        # segment that borrows them)
        return (" ".join(words), words[1], *column_aliases(words[1])["zh"][:1])
    if len(words) != 1:
        return ()
    names = column_aliases(column)
    return (words[0], *names["zh"][:1])


def extra_column_map(profile: DataProfile, *, numeric: bool = False) -> dict[str, list[str]]:
    """{table: [extra column, ...]} for SemanticLayer.with_extra_columns (numeric=True: only the columns
    whose values are all numbers, which become averages)."""
    out: dict[str, list[str]] = {}
    for x in profile.extras:
        if x.numeric or not numeric:
            out.setdefault(x.table, []).append(x.column)
    return out


# which table keeps a column's bare name when same-named columns of several tables hold different things
APART_ORDER = ("events", "orders", "customers", "feedback")


def columns_apart(profile: DataProfile) -> frozenset[tuple[str, str]]:
    """Same-named company columns of several tables that share no value (events.condition good / damaged of a
    returned chair, customers.condition stroke / palliative_care of the patient): one thing each, so every table's
    but the first's (events, orders, customers, feedback) is a column of its own."""
    by_col: dict[str, list[Any]] = {}
    for x in profile.extras:
        by_col.setdefault(x.column, []).append(x)
    out: set[tuple[str, str]] = set()
    for col, xs in by_col.items():
        if len(xs) < 2 or any(x.numeric or not x.values for x in xs):
            continue
        sets = [{str(v).strip().lower() for v in x.values} for x in xs]
        if any(a & b for i, a in enumerate(sets) for b in sets[i + 1:]):
            continue
        keep = sorted(xs, key=lambda x: APART_ORDER.index(x.table) if x.table in APART_ORDER else len(APART_ORDER))[0]
        out |= {(x.table, col) for x in xs if x is not keep}
    return frozenset(out)


def customer_column_map(profile: DataProfile) -> dict[str, list[str]]:
    """{table: [extra column holding one value per customer there, ...]} for SemanticLayer.with_extra_columns."""
    out: dict[str, list[str]] = {}
    for x in profile.extras:
        if x.per_customer:
            out.setdefault(x.table, []).append(x.column)
    return out


COLUMN_MEASURES = ("avg_", "sum_", "median_")  # the measures made of a numeric column of the company's


def _unshared(terms: tuple[TermInfo, ...]) -> tuple[TermInfo, ...]:
    """A name two averages (totals, medians) share ("average trip" of trip_km and trip_minutes once their units are
    left out) names neither: the unit-less name is only for a column that has it alone — or for the one column of
    money among them ("average payout" of payout_amount beside payout_hours)."""
    seen: dict[str, set[str]] = {}
    for t in terms:
        if t.id.startswith(COLUMN_MEASURES):
            for a in {x.lower() for al in t.aliases.values() for x in al}:
                seen.setdefault(a, set()).add(t.id)
    shared = {a: ids for a, ids in seen.items() if len(ids) > 1}
    if not shared:
        return terms

    def keeps(t: TermInfo, alias: str) -> bool:
        ids = shared.get(alias.lower())
        if ids is None:
            return True
        # ("average payout" of payout_hours and payout_amount: the money is what the bare noun is)
        money = [i for i in ids if i.rsplit("_", 1)[-1] in MONEY_TAILS]
        return len(money) == 1 and money[0] == t.id
    return tuple(dataclasses.replace(t, aliases={k: tuple(a for a in v if keeps(t, a)) for k, v in t.aliases.items()})
                 if t.id.startswith(COLUMN_MEASURES) else t for t in terms)


def _held_by_data(dims: tuple[TermInfo, ...], empty: dict[str, set[str]]) -> tuple[TermInfo, ...]:
    """A dimension slices only the tables whose column holds values: "channel" of a company whose events carry
    no channel (but whose orders do) slices orders, so an events count by channel is refused, never 0."""
    out = []
    for d in dims:
        gone = empty.get(d.id, set())
        keep = tuple(t for t in d.slices if t not in gone)
        out.append(dataclasses.replace(d, slices=keep) if gone and keep and keep != d.slices else d)
    return tuple(out)


# what people call a column of countries, whatever the company named it (region, market, 地区)
COUNTRY_WORDS = {"en": ("country", "countries", "nation", "nations"), "zh": ("国家", "国别")}
COUNTRY_SHARE = 0.6  # of a column's values that must be countries for the words to name it
# ("UK" is the usual name of GB, but an ISO reserved code, not in the standard's list)
COUNTRY_EXTRA = {"uk": "GB", "britain": "GB", "great britain": "GB", "usa": "US", "america": "US", "uae": "AE",
                 "south korea": "KR", "korea": "KR", "russia": "RU", "vietnam": "VN", "taiwan": "TW",
                 # (a Chinese asker's "at home": "国内的包裹", "国内新注册的用户" of a column that holds China)
                 "国内": "CN", "境内": "CN", "中国大陆": "CN", "内地": "CN",
                 # (the short names people use beside the official ones: 澳洲 for 澳大利亚, 大马 for 马来西亚)
                 "澳洲": "AU", "大马": "MY", "星洲": "SG", "纽西兰": "NZ", "aussie": "AU"}
# (two- and three-letter codes are everyday words too, "us", "can", "per": only the full names above link a value)
COUNTRY_CODE = re.compile(r"^[a-z]{2,3}$")


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every country's name, common and official name, codes (en) and Chinese name → its ISO code, from pycountry
    (its ISO 3166 tables and their zh_CN / zh_TW translations ship inside the wheel)."""
    import gettext

    import pycountry
    out: dict[str, str] = dict(COUNTRY_EXTRA)
    zh = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
          for lang in ("zh_CN", "zh_TW")]
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), c.alpha_2, c.alpha_3):
            if n:
                out[n.lower()] = c.alpha_2
        for t in zh:
            out[t.gettext(c.name)] = c.alpha_2
    return out


CURRENCY_WORD_MAX_ZIPF = 5.0  # a currency's last word rarer than this is its name ("dollar", "baht"; not "real")


@functools.lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """The words money is called by after a country's name ("Canadian dollars", "Thai baht"): the last word of each
    ISO 4217 currency's name (pycountry's table; funds, metals and units of account, the X codes, left out), when it
    is no everyday word, and yuan beside renminbi."""
    import pycountry
    from wordfreq import zipf_frequency
    words = {c.name.split()[-1].lower() for c in pycountry.currencies if not c.alpha_3.startswith("X")}
    return frozenset(w for w in words if w.isalpha() and zipf_frequency(w, "en") < CURRENCY_WORD_MAX_ZIPF) | {"yuan"}


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """What a country's people are called → its ISO code ("German shoppers", "Australian customers", "British
    buyers"), from countryinfo's tables (inside the wheel; pycountry has no demonyms). A demonym of several
    territories ("French", "Chinese", "American") is the most populous one's."""
    from countryinfo._cache import load_countries  # (the package's own loader of its JSON tables; no public bulk API)

    best: dict[str, tuple[int, str]] = {}
    for info in load_countries()["countries"].values():
        code = (info.get("ISO") or {}).get("alpha2")
        pop = info.get("population") or 0
        for name in re.split(r"[,/]", str(info.get("demonym") or "")):
            name = name.strip().lower()
            if code and name and (name not in best or pop > best[name][0]):
                best[name] = (int(pop), code)
    return {name: code for name, (_, code) in best.items()}


def _country_codes(d: TermInfo, values: dict[str, tuple[str, ...]]) -> dict[str, str] | None:
    """A column of countries (two or more, at least COUNTRY_SHARE of its values): each country value → its ISO code;
    None for any other column. The one test both the column's word and the countries' other names read."""
    if d.numeric or d.time:
        return None
    names = _country_names()
    vals = [str(v) for v in values.get(d.id, ()) if str(v).strip()]
    codes = {v: c for v in vals if (c := names.get(v.lower()) or names.get(v))}
    return codes if len(vals) >= 2 and len(codes) >= max(2, COUNTRY_SHARE * len(vals)) else None


def country_values(dims: tuple[TermInfo, ...], values: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[str, str]]]:
    """The names a country goes by ("uk", "britain", "英国") → the (dimension, value) of each column of countries
    that writes it otherwise ("United Kingdom"): "the UK or Australia" names the values of the region column."""
    names = _country_names()
    taken = {w.lower() for o in dims for ws in o.values.values() for w in ws} | \
        {w.lower() for o in dims for w in (*o.names.values(), *(a for v in o.aliases.values() for a in v))}
    out: dict[str, list[tuple[str, str]]] = {}
    for d in dims:
        code = _country_codes(d, values)
        if code is None:
            continue
        by_code: dict[str, list[str]] = {}
        for v, c in code.items():
            by_code.setdefault(c, []).append(v)
        for name, c in names.items():
            held = by_code.get(c, [])
            if len(held) == 1 and (name in COUNTRY_EXTRA or not COUNTRY_CODE.match(name)):
                out.setdefault(name, []).append((d.id, held[0]))
        # (a demonym another column already holds as a value's word is that value's: "Chinese comments" of language)
        for name, c in _demonyms().items():
            held = by_code.get(c, [])
            if len(held) == 1 and name not in names and name not in taken:
                out.setdefault(name, []).append((d.id, held[0]))
    # (the column written in the name's script where there is one: "Australia" of region, 澳大利亚 of 地区)
    for name, held in out.items():
        same = [x for x in held if bool(re.search(r"[\u4e00-\u9fff]", x[1])) == bool(re.search(r"[\u4e00-\u9fff]", name))]
        out[name] = same or held
    return out


def _country_columns(dims: tuple[TermInfo, ...], values: dict[str, tuple[str, ...]]) -> tuple[TermInfo, ...]:
    """"哪个国家的客户", "which country" of a column named region or 地区 whose values are countries (United States,
    美国): the everyday word for such a column names it — the English word the column of English values, the Chinese
    word the one of Chinese values — unless a column is already called so."""
    taken = {a.lower() for d in dims for a in (*d.names.values(), *(x for v in d.aliases.values() for x in v))}
    if taken & {w for ws in COUNTRY_WORDS.values() for w in ws}:
        return dims
    out = []
    for d in dims:
        vals = [str(v) for v in values.get(d.id, ()) if str(v).strip()]
        codes = _country_codes(d, values)
        if codes is None:
            out.append(d)
            continue
        known = list(codes)
        langs = ["zh"] if any(re.search(r"[\u4e00-\u9fff]", v) for v in known) else ["en"]
        if not any(re.search(r"[\u4e00-\u9fff]", v) for v in vals) and not any(
                o is not d and o.id in values and any(re.search(r"[\u4e00-\u9fff]", str(v)) for v in values[o.id])
                and len(values[o.id]) == len(vals) for o in dims):
            langs = ["en", "zh"]  # (no twin in Chinese: the column is the Chinese word's too)
        aliases = {k: v + (COUNTRY_WORDS[k] if k in langs else ()) for k, v in d.aliases.items()}
        out.append(dataclasses.replace(d, aliases=aliases))
    return tuple(out)


def _quiet_columns(layer: SemanticLayer, profile: DataProfile) -> frozenset[str]:
    """The dimensions of company columns kept only past the profile's first ones on every table holding them."""
    late = {(x.table, x.column) for x in profile.extras if x.late}
    early = {(x.table, x.column) for x in profile.extras if not x.late}
    return frozenset(d.id for d in layer.dimensions.values() if d.source_column and
                     any((t, d.source_column) in late for t in d.sql) and
                     not any((t, d.source_column) in early for t in d.sql))


def build_catalog(gw: Gateway, layer: SemanticLayer, profile: DataProfile | None = None) -> Catalog:
    """Read names, aliases, raw values and coverage once; the result is cacheable per DB generation.
    `layer` should already carry the extra columns of `profile` as dimensions."""
    profile = profile or profile_workspace(gw)
    columns = gw.table_columns()
    values: dict[str, tuple[str, ...]] = {}
    empty: dict[str, set[str]] = {}  # dim -> tables whose column holds no value at all
    by_table: dict[tuple[str, str], tuple[str, ...]] = {}
    constant: dict[tuple[str, str], str] = {}
    for dim, (table, col) in [*CATEGORICAL.items(), *ALSO_FROM]:
        term = "channel" if dim == "feedback_channel" else dim  # how comments arrived: the channel dimension
        if term not in layer.dimensions or table not in columns:
            continue
        raw = _distinct(gw, table, col) if col in columns.get(table, []) else ()
        if len(raw) == 1 and not gw.scalar(f'SELECT count(*) FROM "{table}" WHERE "{col}" IS NULL '
                                           f'OR CAST("{col}" AS VARCHAR) = \'\''):
            constant[(term, table)] = raw[0]
        if not raw and dim == term:
            empty.setdefault(dim, set()).add(table)
        allowed = layer.dimensions[term].link_values if dim == term else None
        # a status of the company's own ("overdue", "chargeback") links too; an everyday word ("open", "done") only
        # when the layer lists it
        found = tuple(v for v in raw if allowed is None or v in allowed or _rare_word(v))
        values[dim] = tuple(dict.fromkeys(values.get(dim, ()) + found))
        by_table[(term, table)] = tuple(dict.fromkeys(by_table.get((term, table), ()) + found))
    for d in layer.dimensions.values():
        if d.source_column:
            for x in profile.extras:
                if x.column == d.source_column and x.table in d.sql and x.values:
                    values[d.id] = tuple(dict.fromkeys(values.get(d.id, ()) + x.values))
                    by_table[(d.id, x.table)] = tuple(dict.fromkeys(by_table.get((d.id, x.table), ()) + x.values))
    never_paid = _never_paid(gw, layer, profile, columns)
    reporting = _reporting_currencies(gw, layer, profile, columns)
    experiments = _distinct(gw, "experiments", "experiment_id") if "experiments" in columns else ()
    coverage = {t: profile.coverage(t) for t in ("events", "feedback", "orders") if profile.present(t)}
    ends = [coverage[t][1] for t in ("events", "feedback") if t in coverage and coverage[t][1]]
    if not ends:
        ends = [c[1] for c in coverage.values() if c[1]]
    return Catalog(
        touchpoints=_touchpoints(gw) if "touchpoints" in columns else (),
        journeys=_journeys(gw) if "journeys" in columns else (),
        metrics=tuple(m for m in _unshared(_terms(layer.metrics, with_values=False))
                      if not (m.id == "sessions" and not _has_sessions(gw, columns))),
        dimensions=_country_columns(_held_by_data(_without_clashes(_terms(layer.dimensions, with_values=True,
                                                                         layer=layer, high_cardinality=frozenset(
            x.column for x in profile.extras if _identifier_like(x))),
            layer, frozenset(t for t in columns if profile.present(t))), empty), values),
        dimension_values=values, values_by_table=by_table, constant=constant, never_paid=never_paid,
        reporting_currencies=reporting,
        **_value_twins(gw, layer, by_table), experiments=experiments, coverage=coverage,
        default_as_of=max(ends) if ends else None, profile=profile, quiet=_quiet_columns(layer, profile),
        feedback_steps=_distinct(gw, "feedback", "touchpoint_id")
        if "feedback" in columns and profile.present("feedback") and "touchpoint_id" in columns["feedback"] else ())

