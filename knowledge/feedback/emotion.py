"""The emotion curve: average comment sentiment per journey stage or touchpoint, in journey order."""
from __future__ import annotations

from knowledge.errors import AnalysisError
from knowledge.feedback.slice import feedback_slice
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer
from knowledge.tables import STAGES

MEASURES = ("count(*) AS comments, round(avg(f.sentiment_score), 4) AS avg_sentiment, "
            "round(avg(CASE WHEN f.sentiment = 'negative' THEN 1.0 ELSE 0.0 END), 4) AS negative_share, "
            "round(avg(f.rating), 4) AS avg_rating")
STAGE_ORDER = "CASE t.stage " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STAGES)) + " ELSE 99 END"


def emotion_curve(gw: Gateway, layer: SemanticLayer, *, by: str = "touchpoint", period: Period | None = None,
                  filters: Filters | None = None) -> AnalysisResult:
    """Average sentiment per touchpoint (by touchpoints.position) or per stage (journey order)."""
    if by == "touchpoint":
        cols = ("f.touchpoint_id, any_value(t.name) AS touchpoint, any_value(t.name_zh) AS touchpoint_zh, "
                "any_value(t.name_en) AS touchpoint_en, any_value(t.stage) AS stage, " + MEASURES)
        extra = "f.touchpoint_id IS NOT NULL"
        tail = "GROUP BY f.touchpoint_id ORDER BY min(t.position) NULLS LAST, f.touchpoint_id"
    elif by == "stage":
        cols = "t.stage AS stage, " + MEASURES
        extra = "t.stage IS NOT NULL"
        tail = f"GROUP BY t.stage ORDER BY min({STAGE_ORDER})"
    else:
        raise AnalysisError(f"cannot draw the emotion curve by '{by}'", hint="use by='touchpoint' or by='stage'",
                            code="bad_argument")
    sql, params = feedback_slice(layer, cols, period=period, filters=filters, extra=[extra], tail=tail)
    res = gw.query(sql, params, row_cap=0)
    result = AnalysisResult(f"emotion_curve_{by}", res.columns, [list(r) for r in res.rows], sql=[sql],
                            period=period, filters=dict(filters or {}),
                            sample_size={"comments": int(sum(r[res.columns.index("comments")] for r in res.rows))})
    if not result.rows:
        result.notes.append("no_feedback")
    else:
        worst = min(result.records(), key=lambda r: (r["avg_sentiment"] if r["avg_sentiment"] is not None else 0.0))
        result.facts["lowest"] = worst["touchpoint_id"] if by == "touchpoint" else worst["stage"]
        result.facts["lowest_avg_sentiment"] = worst["avg_sentiment"]
    return result
