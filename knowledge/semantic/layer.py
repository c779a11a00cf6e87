"""Load metric and dimension definitions from YAML and turn slices into SQL fragments.

Base tables and their aliases are fixed here so every compiled query reads the same way:
events e, orders o, feedback f, customers c, touchpoints t, experiments x.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from knowledge.errors import ConfigError, NotFoundError
from knowledge.results import Filters

ALIASES = {"events": "e", "orders": "o", "feedback": "f", "customers": "c",
           "touchpoints": "t", "experiments": "x"}
TIME_COLUMNS = {"events": "ts", "orders": "ts", "feedback": "ts", "customers": "signup_at",
                "experiments": "assigned_at"}
# how a `via` table is reached from each base table
JOINS = {
    "customers": "LEFT JOIN customers c ON c.customer_id = {a}.customer_id",
    "touchpoints": "LEFT JOIN touchpoints t ON t.touchpoint_id = {a}.touchpoint_id",
    "experiments": "LEFT JOIN experiments x ON x.customer_id = {a}.customer_id",
}
LANGS = ("zh", "en")


@dataclass(frozen=True)
class Dimension:
    id: str
    name: dict[str, str]
    aliases: dict[str, list[str]]
    definition: dict[str, str]
    sql: dict[str, str]
    via: str | None = None
    time: bool = False
    grain: str | None = None
    values: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    source_column: str | None = None  # an extra column of the company's data (not a YAML dimension)
    link_values: list[str] | None = None  # raw values words may name (None: every value in the data)
    numeric: bool = False  # a number per row (order_amount): thresholds filter it, it names no groups
    compare_sql: dict[str, str] = field(default_factory=dict)  # what a threshold compares, when not the value
    # itself (a star rating is grouped rounded, but "3 stars or below" holds 2.5 and not 3.4)
    # tables reached only through a row's order (events carrying an order_id) or its customer (a column holding one
    # value per customer where it is kept): sliceable, not the column's home
    linked: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.name.get(lang) or self.name["en"]


# the words people use for a column's abbreviated or technical words ("dest_airport" is the arrival airport)
COLUMN_WORD_SYNONYMS = {"origin": ("departure",), "dest": ("destination", "arrival"), "destination": ("arrival",),
                        "qty": ("quantity",), "amt": ("amount",), "dept": ("department",), "cust": ("customer",),
                        "num": ("number",), "no": ("number",), "pct": ("percent", "percentage"),
                        "band": ("group", "bracket", "range"), "bracket": ("band", "group")}
# a numeric column named by its unit alone is the quantity measured in it: its total is said by that quantity ("by
# tonnage", "the most weight")
UNIT_QUANTITY = {"tonnes": ("tonnage", "tons", "weight"), "tons": ("tonnage", "tonnes", "weight"),
                 "kg": ("weight", "kilograms"), "km": ("distance", "kilometres", "kilometers", "mileage"),
                 "miles": ("distance", "mileage"), "litres": ("volume", "liters"), "liters": ("volume", "litres"),
                 "m3": ("volume", "cubic metres")}


def _column_synonyms(words: str) -> list[str]:
    """"origin airport" → "departure airport"; "dest airport" → "destination airport", "arrival airport"."""
    parts = words.split()
    # (a yes/no column's thing alone: "has elevator" is named by "elevator", "is express" by "express")
    out = [" ".join(parts[1:])] if len(parts) >= 2 and parts[0] in ("has", "is", "with") else []
    # ("child age band" is said "age band", "age group": a long name by its last two words)
    forms = [parts, parts[-2:]] if len(parts) >= 3 and parts[0] not in ("has", "is", "with") else [parts]
    if len(forms) == 2:
        out.append(" ".join(parts[-2:]))
    for words_ in forms:
        for i, p in enumerate(words_):
            for syn in COLUMN_WORD_SYNONYMS.get(p, ()):
                if p in ("no", "num") and i == 0:
                    continue  # "no show flag" is no "number show flag"
                out.append(" ".join(words_[:i] + [syn] + words_[i + 1:]))
    return out


def _json_key(col: str) -> str:
    """A JSON path member for the column, quoted, safe inside a SQL string literal."""
    import json as _json
    # (ensure_ascii off: DuckDB reads a path member as written and does not decode \\u escapes, so "目的国"
    # must stay Chinese to find the key)
    return _json.dumps(col, ensure_ascii=False).replace("'", "''")


@dataclass(frozen=True)
class Metric:
    """One metric. `kind` says how it is computed: `sql` metrics compile from `sql` over
    `table`; `ratio` metrics divide `numerator` by `denominator`; `analysis` metrics are
    computed by the named analysis (funnel-based rates, cohorts)."""

    id: str
    name: dict[str, str]
    aliases: dict[str, list[str]]
    definition: dict[str, str]
    unit: str
    kind: str = "sql"
    table: str | None = None
    sql: str | None = None
    numerator: str | None = None
    denominator: str | None = None
    where: str | None = None
    analysis: str | None = None
    formula: dict[str, str] = field(default_factory=dict)
    higher_is_better: bool = True
    caveats: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.name.get(lang) or self.name["en"]

    @property
    def is_rate(self) -> bool:
        return self.unit in ("ratio", "rate")


def _read_yaml(name: str, override_dir: Path | None) -> list[dict[str, Any]]:
    if override_dir and (override_dir / name).is_file():
        text = (override_dir / name).read_text(encoding="utf-8")
        source = str(override_dir / name)
    else:
        ref = resources.files("knowledge.semantic").joinpath(name)
        if not ref.is_file():
            return []
        text = ref.read_text(encoding="utf-8")
        source = f"knowledge/semantic/{name}"
    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source} is not valid YAML: {exc}", hint="fix the YAML syntax") from exc
    if not isinstance(data, list):
        raise ConfigError(f"{source} must be a list of definitions", hint="start each entry with '- id:'")
    return data


def _check_bilingual(kind: str, entry: dict[str, Any], fields: tuple[str, ...]) -> None:
    for f in fields:
        val = entry.get(f)
        if not isinstance(val, dict) or any(not val.get(lang) for lang in LANGS):
            raise ConfigError(f"{kind} '{entry.get('id')}' lacks '{f}' in both zh and en",
                              hint=f"add {f}: {{zh: ..., en: ...}}")


class SemanticLayer:
    """Metrics and dimensions by id, plus the SQL fragments to slice a base table."""

    def __init__(self, metrics: dict[str, Metric], dimensions: dict[str, Dimension]) -> None:
        self.metrics = metrics
        self.dimensions = dimensions

    # -- lookup ----------------------------------------------------------------------------
    def metric(self, metric_id: str) -> Metric:
        try:
            return self.metrics[metric_id]
        except KeyError:
            raise NotFoundError(f"unknown metric '{metric_id}'",
                                hint=_suggest(metric_id, self.metrics)) from None

    def dimension(self, dim_id: str) -> Dimension:
        try:
            return self.dimensions[dim_id]
        except KeyError:
            raise NotFoundError(f"unknown dimension '{dim_id}'",
                                hint=_suggest(dim_id, self.dimensions)) from None

    # -- SQL fragments ---------------------------------------------------------------------
    def supports(self, dim_id: str, base: str) -> bool:
        """Can this dimension slice rows of the base table?"""
        d = self.dimension(dim_id)
        if dim_id == STEP_DIMENSION and base == "customers":
            return True  # the customers who had an event there (WHERE below)
        if "any" in d.sql:
            return base in TIME_COLUMNS
        if base in d.sql:
            return True
        return bool(d.via) and self._via_reaches(d.via, base)  # type: ignore[arg-type]

    @staticmethod
    def _via_reaches(via: str, base: str) -> bool:
        return (via == "customers" and base in ("events", "orders", "feedback", "experiments")) or \
            (via == "touchpoints" and base in ("events", "feedback")) or \
            (via == "experiments" and base in ("events", "orders", "feedback", "customers"))

    def dimension_expr(self, dim_id: str, base: str) -> tuple[str, list[str]]:
        """(SQL expression, joins it needs) for a dimension over a base table."""
        d = self.dimension(dim_id)
        a = ALIASES[base]
        if "any" in d.sql:
            return d.sql["any"].replace("{ts}", f"{a}.{TIME_COLUMNS[base]}"), []
        if base in d.sql:
            return d.sql[base], []
        if d.via and self.supports(dim_id, base):
            if base == "customers" and d.via == "customers":
                return d.sql["customers"], []
            return d.sql[d.via], [JOINS[d.via].format(a=a)]
        usable = [b for b in ALIASES if b != "touchpoints" and self.supports(dim_id, b)]
        raise NotFoundError(f"dimension '{dim_id}' cannot slice {base}",
                            hint=f"it applies to: {', '.join(usable) or 'nothing loaded'}",
                            code="dimension_not_applicable")

    def where(self, filters: Filters | None, base: str) -> tuple[list[str], list[Any], list[str]]:
        """(conditions, parameters, joins) restricting a base table to a slice."""
        conds: list[str] = []
        params: list[Any] = []
        joins: list[str] = []
        for dim_id, values in (filters or {}).items():
            if not values:
                continue
            if dim_id == STEP_DIMENSION and base == "customers":
                # "the average amount of applications that were approved": customers with an event at the step
                conds.append("c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id IN "
                             f"({', '.join('?' for _ in values)}))")
                params.extend(str(v) for v in values)
                continue
            expr, js = self.dimension_expr(dim_id, base)
            for j in js:
                if j not in joins:
                    joins.append(j)
            plain = [v for v in values if not is_special_value(v)]
            if plain:
                conds.append(f"CAST({expr} AS VARCHAR) IN ({', '.join('?' for _ in plain)})")
                params.extend(str(v) for v in plain)
            if any(str(v) == PRESENT for v in values):
                conds.append(f"nullif(trim(CAST({expr} AS VARCHAR)), '') IS NOT NULL")
            left_out = [m.group(1) for v in values if (m := EXCLUDED.match(str(v)))]
            if left_out:  # "outside Zhejiang", "不算续费": every row but those values (rows without one stay in)
                conds.append(f"coalesce(CAST({expr} AS VARCHAR), '') NOT IN ({', '.join('?' for _ in left_out)})")
                params.extend(left_out)
            raw = self.dimensions[dim_id].compare_sql.get(base) if dim_id in self.dimensions else None
            for v in values:
                cmp = COMPARISON.match(str(v))
                if cmp:  # ">60", "<=45": a threshold on a numeric column, the number a parameter
                    conds.append(f"TRY_CAST({raw or expr} AS DOUBLE) {cmp.group(1)} ?")
                    params.append(float(cmp.group(2)))
        return conds, params, joins

    def with_extra_columns(self, extras: dict[str, list[str]],
                           numeric: dict[str, list[str]] | None = None,
                           untimed: frozenset[str] = frozenset(),
                           order_key: str | None = None,
                           per_customer: dict[str, list[str]] | None = None,
                           apart: frozenset[tuple[str, str]] = frozenset()) -> "SemanticLayer":
        """This layer plus one dimension per extra input column ({table: [column, ...]}), read from the
        `properties` JSON that ingestion keeps; a column name that clashes with a known id gets its table
        as a prefix. Customers' and touchpoints' columns slice the other tables through the usual join.
        Averages and totals of a table in `untimed` (its time column empty) are read over all its rows.
        A (table, column) in `apart` is another thing than the same-named column of the other tables (the return's
        condition on events, the patient's condition on customers): it gets its table as a prefix too."""
        by_id: dict[str, dict[str, Any]] = {}
        for table, cols in extras.items():
            alias = ALIASES.get(table)
            if alias is None:
                continue
            for col in cols:
                dim_id = col if col not in self.dimensions and col not in self.metrics and (table, col) not in apart \
                    else f"{table}_{col}"
                entry = by_id.setdefault(dim_id, {"sql": {}, "via": None, "column": col})
                entry["sql"][table] = f"json_extract_string({alias}.properties, '$.' || '{_json_key(col)}')"
                if table in JOINS:
                    entry["via"] = entry["via"] or table
        dims = dict(self.dimensions)
        for dim_id, e in by_id.items():
            words = e["column"].replace("_", " ")
            # ("centre_en", "store_zh": a column kept in one language of two reads by its thing, "centre")
            shown = re.sub(r"\s(?:en|zh|cn|english|chinese)$", "", words, flags=re.I) or words
            dims[dim_id] = Dimension(id=dim_id, name={"zh": e["column"], "en": shown},
                                     aliases={"zh": [], "en": [words, *_column_synonyms(words)]},
                                     definition={"zh": f"数据中的附加字段 {e['column']}（按原值）。",
                                                 "en": f"The extra column '{e['column']}' of your data, as stored."},
                                     sql=e["sql"], via=e["via"], source_column=e["column"])
        # events (or comments) that carry the order they belong to (an `order_id` column) are sliced by that
        # order's columns too: "洗衣订单从取件到送回" times the laundry orders' pickups, not every pickup
        for base in ("events", "feedback"):
            if "order_id" not in extras.get(base, []):
                continue
            key = f"json_extract_string({ALIASES[base]}.properties, '$.' || '{_json_key('order_id')}')"
            for dim_id, d in list(dims.items()):
                if "orders" not in d.sql or base in d.sql or "any" in d.sql or \
                        (d.via and d.via != "orders" and self._via_reaches(d.via, base)):
                    continue
                dims[dim_id] = replace(d, sql={**d.sql, base: f"(SELECT {d.sql['orders']} FROM orders o "
                                                             f"WHERE o.order_id = {key} LIMIT 1)"},
                                       linked=(*d.linked, base))
        # a column holding one value per customer where it is kept (a student's track on every event of theirs,
        # `per_customer`) describes the customer: it slices that customer's rows of the other tables too ("the
        # refunds of data-track students"), read from the table that keeps it
        for dim_id, e in by_id.items():
            homes = [t for t in CUSTOMER_HOMES if e["column"] in (per_customer or {}).get(t, ()) and t in e["sql"]]
            if not homes:
                continue
            home, d = homes[0], dims[dim_id]
            for base in CUSTOMER_HOMES:
                if base == home or base in d.sql or (d.via and self._via_reaches(d.via, base)):
                    continue
                # (reached, not kept there: a column the measured rows hold themselves stays the one their words name)
                d = replace(d, sql={**d.sql, base: f"(SELECT min({e['sql'][home]}) FROM {home} {ALIASES[home]} "
                                                   f"WHERE {ALIASES[home]}.customer_id = {ALIASES[base]}.customer_id)"},
                            linked=(*d.linked, base))
            dims[dim_id] = d
        metrics = dict(self.metrics)
        # a column on several tables is averaged on the first of them here: one value per customer or per order
        # (amount_requested copied onto every event of an application, trip_km on trip events and on the order)
        for table, cols in sorted((numeric or {}).items(), key=lambda kv: AVERAGE_ON.index(kv[0])
                                  if kv[0] in AVERAGE_ON else len(AVERAGE_ON)):
            alias = ALIASES.get(table)
            # a number on the touchpoints file (a restaurant's price per head) describes the place: no activity
            # of a period to average or add up, and no time column to read a period on
            for col in cols if alias and table in AVERAGE_ON else []:
                for m in (_average_metric(table, alias, col), _sum_metric(table, alias, col),
                          _median_metric(table, alias, col)):
                    if table in untimed:  # a customer list with no sign-up times: no period can select rows
                        m = Metric(**{**m.__dict__, "extra": {**m.extra, "timeless": True}})
                    if m.id not in metrics and m.id not in dims:
                        metrics[m.id] = m
        if order_key and "orders" in metrics:
            # one row per order line (a product line, the shipping, a coupon) with the order in a column of its own
            # (order_no): an order is counted once, whatever lines it has; money still adds up over the lines
            # (a row without the key is an order of its own)
            key = f"coalesce(json_extract_string(o.properties, '$.' || '{_json_key(order_key)}'), '#' || o.order_id)"
            m = metrics["orders"]
            note = {"zh": f"（每笔订单按 {order_key} 只计一次，不论有几行）",
                    "en": f" (each order counted once by {order_key}, however many lines it has)"}
            metrics["orders"] = replace(m, sql=f"count(DISTINCT {key})",
                                        definition={k: v + note.get(k, "") for k, v in m.definition.items()},
                                        extra={**m.extra, "sample": f"count(DISTINCT {key})"})
        return SemanticLayer(metrics, dims)

    def catalogue(self, lang: str | None = None) -> list[dict[str, Any]]:
        """Metric catalogue for GET /api/metrics and describe_data."""
        out = []
        for m in self.metrics.values():
            out.append({"id": m.id, "name": m.name, "aliases": m.aliases, "definition": m.definition,
                        "formula": m.formula, "unit": m.unit, "kind": m.kind,
                        "higher_is_better": m.higher_is_better})
        return out


STEP_DIMENSION = "touchpoint"  # slices customers too: those with an event at the step, at any time
AVERAGE_ON = ("customers", "orders", "events", "feedback")
CUSTOMER_HOMES = ("events", "orders", "feedback")  # where a per-customer column is read first
# words of a numeric column whose higher values are worse (latency_ms, wait_minutes, error_count): "worst" is its highest
LOWER_IS_BETTER = re.compile(r"latency|ping|delay|wait|lag|error|fail|crash|complain|refund|cancel|churn|late|"
                             r"drop|bounce|abandon|defect|overdue|dispute")
# a filter value that is a threshold on a numeric column: ">60", ">=45", "<300", "<=500" (docs/TOOLS.md)
COMPARISON = re.compile(r"^\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$")
# a filter value "!=浙江": every row but that value
EXCLUDED = re.compile(r"^!=\s*(.+?)\s*$")
# a filter value "*": the rows that have any value of the column (the rows a threshold share is a share of:
# "rides over 30 minutes" among the rides with a duration, not among every order)
PRESENT = "*"


def is_special_value(value: Any) -> bool:
    """A threshold, a left-out value or PRESENT: a filter value that is not one of the column's values."""
    v = str(value)
    return v == PRESENT or bool(COMPARISON.match(v)) or bool(EXCLUDED.match(v))


def _average_metric(table: str, alias: str, col: str) -> Metric:
    """The mean of a numeric extra column ("seat_comfort" → average seat comfort), over rows that have it."""
    import re as _re
    words = col.replace("_", " ").strip()
    core = _re.sub(r"(\s+\d+)+$", "", words) or words   # overall_score_10 → "overall score"
    en = list(dict.fromkeys([f"average {core}", f"avg {core}", f"mean {core}", f"{core} score", core, words]))
    zh = list(dict.fromkeys([f"平均{col}", col]))
    expr = f"TRY_CAST(json_extract_string({alias}.properties, '$.' || '{_json_key(col)}') AS DOUBLE)"
    return Metric(id=f"avg_{col}", name={"zh": f"平均{col}", "en": f"average {core}"}, aliases={"zh": zh, "en": en},
                  definition={"zh": f"数据附加字段 {col} 的平均值（只计有该值的{table}记录）。",
                              "en": f"The mean of your data's extra column '{col}' over {table} rows that have a value."},
                  # (the mean of money is money: "average late-fee charge, in RMB" says its unit)
                  unit="currency" if MONEY_WORDS.search(col.lower()) else "score", kind="sql", table=table,
                  formula={"zh": f"avg({col})", "en": f"avg({col})"},
                  extra={"stat": "mean", "measure": expr, "source_column": col},
                  higher_is_better=not LOWER_IS_BETTER.search(col.lower()))


def _median_metric(table: str, alias: str, col: str) -> Metric:
    """The median of a numeric extra column ("median service_seconds", "通话时长的中位数"), over rows that have it;
    named only as a median: the planner turns an average asked as a median into it."""
    words = col.replace("_", " ").strip()
    en = list(dict.fromkeys([f"median {words}", f"{words} median"]))
    zh = list(dict.fromkeys([f"{col}中位数", f"中位{col}"]))
    expr = f"TRY_CAST(json_extract_string({alias}.properties, '$.' || '{_json_key(col)}') AS DOUBLE)"
    return Metric(id=f"median_{col}", name={"zh": f"{col}中位数", "en": f"median {words}"},
                  aliases={"zh": zh, "en": en},
                  definition={"zh": f"数据附加字段 {col} 的中位数（只计有该值的{table}记录）。",
                              "en": f"The median of your data's extra column '{col}' over {table} rows that have a value."},
                  unit="score", kind="sql", table=table, formula={"zh": f"median({col})", "en": f"median({col})"},
                  extra={"stat": "median", "measure": expr, "source_column": col},
                  higher_is_better=not LOWER_IS_BETTER.search(col.lower()))


MONEY_WORDS = re.compile(r"(?:^|_)(?:amount|value|price|fee|cost|spend|balance|revenue|premium|fare|income|paid|"
                         r"charge|discount|bonus|deposit|refund|payout|gmv|sales|"
                         # (a column named with its currency's code, claim_cny, statement_hkd, is money)
                         r"cny|rmb|usd|eur|gbp|hkd|sgd|aud|jpy|myr|twd|mop|cad|nzd|chf|krw|thb|inr)(?:_|$)")


# money on an order that went back to the customer: summed over the orders that hold it, whatever their status
PAID_BACK = re.compile(r"refund|chargeback|compensation|payout|reimburse")


def _sum_metric(table: str, alias: str, col: str) -> Metric:
    """The total of a numeric extra column ("tickets" sold, "card_balance" held), over rows that have it; named
    only as a total ("total card balance", "储值卡余额合计"): the planner reads "how many tickets" as one too."""
    words = col.replace("_", " ").strip()
    quantity = UNIT_QUANTITY.get(words.lower(), ())
    en = list(dict.fromkeys([f"total {words}", f"sum of {words}", f"{words} in total", f"{words} total",
                             *(x for q in quantity for x in (q, f"total {q}"))]))
    zh = list(dict.fromkeys([f"{col}合计", f"{col}总计", f"总{col}"]))
    expr = f"TRY_CAST(json_extract_string({alias}.properties, '$.' || '{_json_key(col)}') AS DOUBLE)"
    money = bool(MONEY_WORDS.search(col.lower()))
    definition = {"zh": f"数据附加字段 {col} 的合计（只计有该值的{table}记录）。",
                  "en": f"The sum of your data's extra column '{col}' over {table} rows that have a value."}
    where, extra = None, {"stat": "sum", "measure": expr, "source_column": col}
    if table == "orders" and money and not PAID_BACK.search(col.lower()):
        # ("2025年加急费一共收了多少钱": money on the orders is what paid orders brought in, by revenue's rule — a
        # cancelled order's fee was never collected; a status named in the question replaces the rule)
        where, extra = f"coalesce({alias}.status, 'paid') = 'paid'", {**extra, "where_unless": "order_status"}
        definition = {"zh": f"数据附加字段 {col} 的合计，只计已支付订单（无状态视为已支付；已取消、已退款、已退货的不计入）。",
                      "en": f"The sum of your data's extra column '{col}' over paid orders (orders without a status "
                            f"count as paid; cancelled, refunded and returned orders are excluded)."}
    return Metric(id=f"sum_{col}", name={"zh": f"{col}合计", "en": f"total {words}"}, aliases={"zh": zh, "en": en},
                  definition=definition, unit="currency" if money else "score", kind="sql", table=table,
                  formula={"zh": f"sum({col})", "en": f"sum({col})"}, where=where, extra=extra,
                  higher_is_better=not LOWER_IS_BETTER.search(col.lower()))


def _suggest(word: str, known: dict[str, Any]) -> str:
    import difflib
    close = difflib.get_close_matches(word, list(known), n=3, cutoff=0.5)
    if close:
        return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
    return "known: " + ", ".join(sorted(known)[:12])


def load_semantic_layer(override_dir: str | Path | None = None) -> SemanticLayer:
    """Read metrics.yaml and dimensions.yaml (packaged, or from override_dir when given)."""
    odir = Path(override_dir) if override_dir else None
    dims: dict[str, Dimension] = {}
    for entry in _read_yaml("dimensions.yaml", odir):
        _check_bilingual("dimension", entry, ("name", "definition"))
        entry.setdefault("aliases", {"zh": [], "en": []})
        known = {k: entry[k] for k in Dimension.__dataclass_fields__ if k in entry}
        dims[entry["id"]] = Dimension(**known)
    metrics: dict[str, Metric] = {}
    for entry in _read_yaml("metrics.yaml", odir):
        _check_bilingual("metric", entry, ("name", "definition", "aliases"))
        known = {k: entry[k] for k in Metric.__dataclass_fields__ if k in entry and k != "extra"}
        extra = {k: v for k, v in entry.items() if k not in Metric.__dataclass_fields__}
        if "unit" not in known:
            raise ConfigError(f"metric '{entry.get('id')}' has no unit", hint="add unit: count|ratio|seconds|currency|score")
        metrics[entry["id"]] = Metric(**known, extra=extra)
    return SemanticLayer(metrics, dims)
