"""Compile a `sql`/`ratio` metric of the semantic layer into one parameterised GROUP BY query.

Every compiled query returns the same columns after its group columns, so the analyses and
the significance tests treat all metrics alike:
`value, numerator, denominator, n, sd, sumsq` —
value: the metric; numerator/denominator: the parts of a ratio (denominator NULL for counts and
sums); n: the sample size; sd: the sample standard deviation of the per-row measure (means
only); sumsq: the sum of squared per-row contributions (counts and sums; a count's rows each
contribute 1, so its sumsq is the count, which gives the Poisson variance).
User values only ever travel as parameters, never inside the SQL text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from knowledge.errors import AnalysisError, ConfigError
from knowledge.results import Filters, Period
from knowledge.semantic.layer import (ALIASES, COMPARISON, EXCLUDED, JOINS, PRESENT, TIME_COLUMNS, Metric, SemanticLayer,
                                      is_special_value)

STATS = ("count", "sum", "mean", "proportion", "per_unit")
VALUE_COLUMNS = ["value", "numerator", "denominator", "n", "sd", "sumsq"]


@dataclass(frozen=True)
class GroupExpr:
    """An extra group column that is not a dimension (e.g. a period label built by an analysis)."""

    name: str
    sql: str
    params: tuple[Any, ...] = ()


@dataclass
class CompiledQuery:
    """SQL + parameters of one compiled metric and the names of its output columns."""

    sql: str
    params: list[Any]
    metric_id: str
    stat: str
    value_column: str = "value"
    group_columns: list[str] = field(default_factory=list)
    base: str = ""
    grouping: bool = False

    @property
    def columns(self) -> list[str]:
        """Output column names in order."""
        return self.group_columns + (["_grouping"] if self.grouping else []) + VALUE_COLUMNS


def metric_stat(metric: Metric) -> str:
    """The statistical shape of a metric: count, sum, mean, proportion (or median for funnels)."""
    stat = metric.extra.get("stat")
    if stat:
        return str(stat)
    return "proportion" if metric.kind == "ratio" else "count"


def base_table(metric: Metric) -> str:
    """The base table a compiled metric reads, or an error for analysis metrics."""
    if metric.kind == "analysis" or not metric.table:
        raise AnalysisError(f"metric '{metric.id}' is computed by the {metric.analysis or 'funnel'} analysis, "
                            "not by a single query",
                            hint=f"use the {metric.analysis or 'funnel'} tool for '{metric.id}'",
                            code="metric_not_compilable")
    if metric.table not in ALIASES:
        raise ConfigError(f"metric '{metric.id}' names unknown table '{metric.table}'",
                          hint=f"use one of: {', '.join(ALIASES)}")
    return metric.table


def time_column(base: str) -> str:
    """Qualified time column of a base table, e.g. `e.ts`."""
    return f"{ALIASES[base]}.{TIME_COLUMNS[base]}"


def period_condition(base: str, period: Period) -> tuple[str, list[Any]]:
    """Half-open timestamp range on the base table's time column (index-friendly, no casts)."""
    col = time_column(base)
    if period.undated:
        return f"(({col} >= ? AND {col} < ?) OR {col} IS NULL)", [period.start_ts, period.end_ts]
    return f"{col} >= ? AND {col} < ?", [period.start_ts, period.end_ts]


def period_label_group(base: str, periods: Sequence[tuple[str, Period]]) -> tuple[GroupExpr, str, list[Any]]:
    """A `period_label` group column plus the WHERE that keeps rows of any of the labelled periods."""
    col = time_column(base)
    whens, params, ors, where_params = [], [], [], []
    for label, p in periods:
        undated = f" OR {col} IS NULL" if p.undated else ""  # rows without a date belong to an all-data period
        whens.append(f"WHEN ({col} >= ? AND {col} < ?){undated} THEN ?")
        params += [p.start_ts, p.end_ts, label]
        ors.append(f"({col} >= ? AND {col} < ?{undated})")
        where_params += [p.start_ts, p.end_ts]
    expr = "CASE " + " ".join(whens) + " END"
    return GroupExpr("period_label", expr, tuple(params)), "(" + " OR ".join(ors) + ")", where_params


def _value_exprs(m: Metric, stat: str) -> tuple[dict[str, str], dict[str, str]]:
    """(aggregates computed once, output columns as expressions over those aggregates).

    Each aggregate appears once in the SQL: DuckDB does not share a repeated
    count(DISTINCT ...) FILTER (...) between output columns, which tripled the cost.
    """
    if stat == "proportion":
        if not (m.numerator and m.denominator):
            raise ConfigError(f"ratio metric '{m.id}' needs numerator and denominator",
                              hint="add numerator: and denominator: SQL to metrics.yaml")
        return ({"_num": m.numerator, "_den": m.denominator},
                {"value": "CAST(_num AS DOUBLE) / NULLIF(_den, 0)", "numerator": "_num", "denominator": "_den",
                 "n": "_den", "sd": "NULL", "sumsq": "NULL"})
    if stat == "per_unit":
        # a total per distinct unit (spend per paying customer): a ratio of two aggregates with no sampling model
        # a test could use, so no sd (compare says no test applies, as for medians)
        if not (m.numerator and m.denominator):
            raise ConfigError(f"per-unit metric '{m.id}' needs numerator and denominator",
                              hint="add numerator: and denominator: SQL to metrics.yaml")
        return ({"_num": m.numerator, "_den": m.denominator},
                {"value": "CAST(_num AS DOUBLE) / NULLIF(_den, 0)", "numerator": "_num", "denominator": "_den",
                 "n": "_den", "sd": "NULL", "sumsq": "NULL"})
    raw = m.extra.get("measure")
    # DOUBLE so sums of DECIMAL literals (e.g. the NPS CASE) do not come back as Decimal
    measure = f"CAST({raw} AS DOUBLE)" if raw else None
    if stat in ("mean", "sum", "median") and not measure:
        raise ConfigError(f"{stat} metric '{m.id}' needs a measure", hint="add measure: <per-row SQL>")
    if stat == "mean":
        return ({"_s": f"sum({measure})", "_c": f"count({measure})", "_sd": f"stddev_samp({measure})"},
                {"value": "_s / NULLIF(_c, 0)", "numerator": "_s", "denominator": "_c", "n": "_c", "sd": "_sd",
                 "sumsq": "NULL"})
    if stat == "median":
        # no sd: medians get no significance test (compare says so)
        return ({"_m": f"median({measure})", "_c": f"count({measure})"},
                {"value": "_m", "numerator": "NULL", "denominator": "_c", "n": "_c", "sd": "NULL", "sumsq": "NULL"})
    if stat == "sum":
        return ({"_s": f"coalesce(sum({measure}), 0)", "_c": f"count({measure})",
                 "_ss": f"coalesce(sum({measure} * {measure}), 0)"},
                {"value": "_s", "numerator": "_s", "denominator": "NULL", "n": "_c", "sd": "NULL", "sumsq": "_ss"})
    if stat == "count":
        if not m.sql:
            raise ConfigError(f"count metric '{m.id}' needs sql", hint="add sql: count(...)")
        sample = m.extra.get("sample") or "count(*)"
        aggs = {"_v": m.sql}
        if sample.strip() != m.sql.strip():
            aggs["_n"] = sample
        return (aggs, {"value": "_v", "numerator": "_v", "denominator": "NULL", "n": "_n" if "_n" in aggs else "_v",
                       "sd": "NULL", "sumsq": "CAST(_v AS DOUBLE)"})
    raise ConfigError(f"metric '{m.id}' has unknown stat '{stat}'", hint=f"use one of: {', '.join(STATS)}")


@dataclass(frozen=True)
class _Part:
    """A group column or a filter condition, and whether it can wait until after the unit reduction."""

    sql: str
    params: tuple[Any, ...]
    joins: tuple[str, ...]
    late: bool = False
    name: str = ""


def _group_parts(layer: SemanticLayer, base: str, group_by: Sequence[str], extra_groups: Sequence[GroupExpr],
                 late_join: str | None) -> list[_Part]:
    parts = []
    for dim_id in group_by:
        expr, js = layer.dimension_expr(dim_id, base)
        parts.append(_Part(expr, (), tuple(js), late_join is not None and js == [late_join], dim_id))
    parts += [_Part(g.sql, tuple(g.params), (), False, g.name) for g in extra_groups]
    return parts


def _filter_parts(layer: SemanticLayer, m: Metric, base: str, period: Period | None, filters: Filters | None,
                  extra_where: tuple[str, Sequence[Any]] | None, late_join: str | None) -> list[_Part]:
    parts = []
    if period is not None and not m.extra.get("timeless"):  # a count of the customer list as it stands has no period
        c, p = period_condition(base, period)
        parts.append(_Part(c, tuple(p), ()))
    for dim_id, values in (filters or {}).items():
        # one condition per call, so each part carries only its own parameters (">=20000" and "<50000" are two)
        plain = [v for v in values if not is_special_value(v)]
        left_out = [v for v in values if EXCLUDED.match(str(v))]
        present = [v for v in values if str(v) == PRESENT]
        for group in ([plain] if plain else []) + ([left_out] if left_out else []) + ([present] if present else []) + \
                [[v] for v in values if COMPARISON.match(str(v))]:
            conds, params, js = layer.where({dim_id: group}, base)
            parts += [_Part(c, tuple(params), tuple(js), late_join is not None and js == [late_join]) for c in conds]
    # a default restriction (buyers: paid orders) yields to the same column named in the question
    # ("customers with orders in chargeback status"): metrics.yaml `where_unless: order_status`
    if m.where and not (m.extra.get("where_unless") and (filters or {}).get(m.extra["where_unless"])):
        parts.append(_Part(f"({m.where})", (), ()))
    if extra_where is not None:
        parts.append(_Part(f"({extra_where[0]})", tuple(extra_where[1]), ()))
    return parts


def _joins(parts: Sequence[_Part]) -> list[str]:
    out: list[str] = []
    for p in parts:
        out += [j for j in p.joins if j not in out]
    return out


def _where(parts: Sequence[_Part]) -> str:
    return ("\nWHERE " + " AND ".join(p.sql for p in parts)) if parts else ""


def compile_metric(layer: SemanticLayer, metric_id: str, *, period: Period | None,
                   filters: Filters | None = None, group_by: Sequence[str] = (),
                   extra_where: tuple[str, Sequence[Any]] | None = None,
                   extra_groups: Sequence[GroupExpr] = (),
                   grouping_sets: Sequence[Sequence[str]] | None = None) -> CompiledQuery:
    """One SELECT: group columns, then value, numerator, denominator, n, sd, sumsq.

    `extra_where` is (condition with ? placeholders, params). `grouping_sets` lists sets of group
    column names (dimension ids or extra group names); the query then adds a `_grouping` column
    (the GROUPING bit vector over all group columns) so NULLs of a rolled-up column are told from NULL data.
    """
    m = layer.metric(metric_id)
    base = base_table(m)
    stat = metric_stat(m)
    aggs, outs = _value_exprs(m, stat)
    a = ALIASES[base]
    unit = m.extra.get("unit_key") if stat in ("count", "proportion") else None
    # a customer-level unit can be joined to customers after the reduction: far fewer rows to join
    late_join = JOINS["customers"].format(a=a) if unit == f"{a}.customer_id" else None
    groups = _group_parts(layer, base, group_by, extra_groups, late_join)
    conds = _filter_parts(layer, m, base, period, filters, extra_where, late_join)
    names = [g.name for g in groups]
    if grouping_sets is not None:
        if not names:
            raise ConfigError("grouping sets need group columns", hint="pass group_by or extra_groups")
        unknown = {g for st in grouping_sets for g in st} - set(names)
        if unknown:
            raise ConfigError(f"grouping set names unknown columns {sorted(unknown)}", hint=f"use: {', '.join(names)}")

    params: list[Any] = []
    if unit:
        # distinct-unit metrics (customers, sessions) in two stages: one row per (groups, unit)
        # first, then plain counts; about twice as fast as count(DISTINCT ...) per group in DuckDB
        early = [g for g in groups if not g.late]
        early_conds = [c for c in conds if not c.late]
        late_conds = [c for c in conds if c.late]
        flag = m.extra.get("numerator_flag")
        having = m.extra.get("numerator_having")  # a condition on the unit's own rows ("two or more paid orders")
        cols = [f'{g.sql} AS "_g_{g.name}"' for g in early] + [f"{unit} AS _u"]
        if stat == "proportion" or having:
            cols += [f"({having}) AS _f" if having else f"bool_or({flag}) AS _f"]
        joins = _joins(early + early_conds)
        reduce_sql = ("SELECT " + ", ".join(cols) + f"\nFROM {base} {a}" + "".join("\n" + j for j in joins)
                      + _where(early_conds) + "\nGROUP BY " + ", ".join(str(i + 1) for i in range(len(early) + 1)))
        for p in early + early_conds + late_conds:
            params += p.params
        # a reduced row is unique per (early groups, unit); a grouping set that drops an early group
        # can meet a unit in several rows, so only then count it distinctly. count(_u) skips a
        # NULL unit but keeps its group (with 0), like count(DISTINCT ...)
        early_names = {g.name for g in early}
        exact = grouping_sets is None or all(early_names <= set(st) for st in grouping_sets)
        if having and not exact:  # the condition held per reduced row, not per unit over the rolled-up rows
            raise ConfigError(f"metric '{m.id}' cannot roll up a grouping set that drops {sorted(early_names)}",
                              hint="group by customer attributes only, or query each grouping separately")
        cnt = "count(_u)" if exact else "count(DISTINCT _u)"
        aggs = {"_num": f"{cnt} FILTER (WHERE _f)", "_den": cnt} if stat == "proportion" else \
            {"_v": f"{cnt} FILTER (WHERE _f)"} if having else {"_v": cnt}
        if stat == "count":
            outs = {**outs, "n": "_v"}
        computed = [g for g in groups if g.late]  # the early groups are columns of the reduction already
        mid = [f'{g.sql} AS "_g_{g.name}"' if g.late else f'{a}."_g_{g.name}"' for g in groups]
        needs_customers = any(g.late for g in groups) or bool(late_conds)
        late_joins = [f"LEFT JOIN customers c ON c.customer_id = {a}._u"] if needs_customers else []
        source = f"\nFROM ({reduce_sql}) {a}" + "".join("\n" + j for j in late_joins) + _where(late_conds)
    else:
        for p in groups + conds:
            params += p.params
        computed = list(groups)
        mid = [f'{g.sql} AS "_g_{g.name}"' for g in groups]
        source = f"\nFROM {base} {a}" + "".join("\n" + j for j in _joins(groups + conds)) + _where(conds)
    if grouping_sets is not None:
        # GROUPING and GROUPING SETS name real columns of a projection, not select-list aliases:
        # Spark cannot resolve GROUPING(alias). The bit vector of DuckDB's multi-argument
        # GROUPING(a, b, ...) is spelt with one-argument GROUPING, which every engine has.
        if computed:
            cols = ", ".join(f'{g.sql} AS "_g_{g.name}"' for g in computed)
            source = f"\nFROM (SELECT {a}.*, {cols}{source}) {a}"
        mid = [f'"_g_{n}"' for n in names]
        mid.append("(" + " + ".join(f'GROUPING("_g_{n}") * {1 << (len(names) - 1 - i)}'
                                    for i, n in enumerate(names)) + ") AS _grouping")
    mid += [f"{expr} AS {name}" for name, expr in aggs.items()]
    sql = "SELECT " + ", ".join(mid) + source
    if names:
        if grouping_sets is not None:
            sets = ", ".join("(" + ", ".join(f'"_g_{g}"' for g in st) + ")" for st in grouping_sets)
            sql += f"\nGROUP BY GROUPING SETS ({sets})"
        else:
            sql += "\nGROUP BY " + ", ".join(str(i + 1) for i in range(len(names)))
    outer = [f'"_g_{g}" AS "{g}"' for g in names] + (["_grouping"] if grouping_sets is not None else [])
    outer += [f"{outs[c]} AS {c}" for c in VALUE_COLUMNS]
    sql = "SELECT " + ", ".join(outer) + "\nFROM (" + sql + ") _agg"
    if names:
        sql += "\nORDER BY " + ", ".join(f"{i + 1} NULLS LAST" for i in range(len(names)))
    return CompiledQuery(sql=sql, params=params, metric_id=metric_id, stat=stat, group_columns=names, base=base,
                         grouping=grouping_sets is not None)
