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
from knowledge.semantic.layer import ALIASES, TIME_COLUMNS, Metric, SemanticLayer

STATS = ("count", "sum", "mean", "proportion")
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
    return f"{col} >= ? AND {col} < ?", [period.start_ts, period.end_ts]


def period_label_group(base: str, periods: Sequence[tuple[str, Period]]) -> tuple[GroupExpr, str, list[Any]]:
    """A `period_label` group column plus the WHERE that keeps rows of any of the labelled periods."""
    col = time_column(base)
    whens, params, ors, where_params = [], [], [], []
    for label, p in periods:
        whens.append(f"WHEN {col} >= ? AND {col} < ? THEN ?")
        params += [p.start_ts, p.end_ts, label]
        ors.append(f"({col} >= ? AND {col} < ?)")
        where_params += [p.start_ts, p.end_ts]
    expr = "CASE " + " ".join(whens) + " END"
    return GroupExpr("period_label", expr, tuple(params)), "(" + " OR ".join(ors) + ")", where_params


def _value_exprs(m: Metric, stat: str) -> dict[str, str]:
    if stat == "proportion":
        if not (m.numerator and m.denominator):
            raise ConfigError(f"ratio metric '{m.id}' needs numerator and denominator",
                              hint="add numerator: and denominator: SQL to metrics.yaml")
        num, den = m.numerator, m.denominator
        return {"value": f"CAST({num} AS DOUBLE) / NULLIF({den}, 0)", "numerator": num,
                "denominator": den, "n": den, "sd": "NULL", "sumsq": "NULL"}
    raw = m.extra.get("measure")
    # DOUBLE so sums of DECIMAL literals (e.g. the NPS CASE) do not come back as Decimal
    measure = f"CAST({raw} AS DOUBLE)" if raw else None
    if stat == "mean":
        if not measure:
            raise ConfigError(f"mean metric '{m.id}' needs a measure", hint="add measure: <per-row SQL>")
        return {"value": f"avg({measure})", "numerator": f"sum({measure})", "denominator": f"count({measure})",
                "n": f"count({measure})", "sd": f"stddev_samp({measure})", "sumsq": "NULL"}
    if stat == "sum":
        if not measure:
            raise ConfigError(f"sum metric '{m.id}' needs a measure", hint="add measure: <per-row SQL>")
        return {"value": f"coalesce(sum({measure}), 0)", "numerator": f"coalesce(sum({measure}), 0)",
                "denominator": "NULL", "n": f"count({measure})", "sd": "NULL",
                "sumsq": f"coalesce(sum({measure} * {measure}), 0)"}
    if stat == "count":
        if not m.sql:
            raise ConfigError(f"count metric '{m.id}' needs sql", hint="add sql: count(...)")
        sample = m.extra.get("sample") or "count(*)"
        return {"value": m.sql, "numerator": m.sql, "denominator": "NULL", "n": sample, "sd": "NULL",
                "sumsq": f"CAST({m.sql} AS DOUBLE)"}
    raise ConfigError(f"metric '{m.id}' has unknown stat '{stat}'", hint=f"use one of: {', '.join(STATS)}")


def compile_metric(layer: SemanticLayer, metric_id: str, *, period: Period | None,
                   filters: Filters | None = None, group_by: Sequence[str] = (),
                   extra_where: tuple[str, Sequence[Any]] | None = None,
                   extra_groups: Sequence[GroupExpr] = (),
                   grouping_sets: Sequence[Sequence[str]] | None = None) -> CompiledQuery:
    """One SELECT: group columns, then value, numerator, denominator, n, sd, sumsq.

    `extra_where` is (condition with ? placeholders, params). `grouping_sets` lists sets of group
    column names (dimension ids or extra group names); the query then adds a `_grouping` column
    (GROUPING() over all group columns) so NULLs of a rolled-up column are told from NULL data.
    """
    m = layer.metric(metric_id)
    base = base_table(m)
    stat = metric_stat(m)
    vals = _value_exprs(m, stat)
    a = ALIASES[base]

    joins: list[str] = []
    select: list[str] = []
    select_params: list[Any] = []
    group_names: list[str] = []
    for dim_id in group_by:
        expr, js = layer.dimension_expr(dim_id, base)
        joins += [j for j in js if j not in joins]
        select.append(f'{expr} AS "{dim_id}"')
        group_names.append(dim_id)
    for g in extra_groups:
        select.append(f'{g.sql} AS "{g.name}"')
        select_params += list(g.params)
        group_names.append(g.name)

    conds: list[str] = []
    where_params: list[Any] = []
    if period is not None:
        c, p = period_condition(base, period)
        conds.append(c)
        where_params += p
    fconds, fparams, fjoins = layer.where(filters, base)
    joins += [j for j in fjoins if j not in joins]
    conds += fconds
    where_params += fparams
    if m.where:
        conds.append(f"({m.where})")
    if extra_where is not None:
        conds.append(f"({extra_where[0]})")
        where_params += list(extra_where[1])

    out_cols = [f"{vals[c]} AS {c}" for c in VALUE_COLUMNS]
    if grouping_sets is not None:
        if not group_names:
            raise ConfigError("grouping sets need group columns", hint="pass group_by or extra_groups")
        quoted = ", ".join(f'"{g}"' for g in group_names)
        select.append(f"GROUPING({quoted}) AS _grouping")
    sql = "SELECT " + ", ".join(select + out_cols) + f"\nFROM {base} {a}"
    if joins:
        sql += "\n" + "\n".join(joins)
    if conds:
        sql += "\nWHERE " + " AND ".join(conds)
    if group_names:
        if grouping_sets is not None:
            unknown = {g for s in grouping_sets for g in s} - set(group_names)
            if unknown:
                raise ConfigError(f"grouping set names unknown columns {sorted(unknown)}",
                                  hint=f"use: {', '.join(group_names)}")
            sets = ", ".join("(" + ", ".join(f'"{g}"' for g in s) + ")" for s in grouping_sets)
            sql += f"\nGROUP BY GROUPING SETS ({sets})"
        else:
            sql += "\nGROUP BY " + ", ".join(str(i + 1) for i in range(len(group_names)))
        sql += "\nORDER BY " + ", ".join(f"{i + 1} NULLS LAST" for i in range(len(group_names)))
    return CompiledQuery(sql=sql, params=select_params + where_params, metric_id=metric_id, stat=stat,
                         group_columns=group_names, base=base, grouping=grouping_sets is not None)
