"""Tool `journey_map`: the customer journey map (knowledge.analyses.journey_map)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from pydantic import Field

from knowledge.analyses.journey_map import OPPORTUNITY_COLUMNS, JourneyMap
from knowledge.results import AnalysisResult
from tools.base import PeriodArgs, ToolContext, ToolResult, analysis_data, json_safe, make_tool
from tools.feedback_common import model_text

NAME = "journey_map"
DESCRIPTION = ("The customer journey map: stages as columns, each touchpoint with customers reached, conversion "
               "into and drop-off out of it, comments, average sentiment and rating, top pain point with a quote; "
               "the emotion curve by stage; and opportunities (extra customers completing the journey if a step's "
               "drop-off fell to its best segment's or week's level). journey_id null → every journey. "
               "Use for 'show me the journey map', 旅程地图, 各阶段体验.")

# planner cues (assistant/planner/intent.py): STRONG always mean the map; WEAK only when nothing
# more specific is asked ("用户旅程中哪一步流失最多" is a drop-off question, not a map)
CUES_STRONG = ("旅程地图", "旅程的地图", "旅程图", "体验地图", "旅程全景", "全景旅程", "各阶段体验", "各阶段的体验", "每个阶段的体验",
               "journey map", "journey mapping", "map of the journey", "journey overview", "experience map",
               "overview of the journey", "overview of the customer journey")
CUES_WEAK = ("用户旅程", "客户旅程", "customer journey", "user journey")


class JourneyMapArgs(PeriodArgs):
    journey_id: str | None = Field(None, description="journey id; null for every journey")


def map_data(m: JourneyMap, res: AnalysisResult) -> dict[str, Any]:
    """The map (and its touchpoint table `res`) as ToolResult.data: the table, opportunities, emotion curve
    and the whole map."""
    names = {c.touchpoint_id: c.name for c in m.cards}
    citations = [{"feedback_id": c.quote.feedback_id, "text": c.quote.text, "touchpoint_id": c.touchpoint_id,
                  "sentiment": "negative"} for c in m.cards if c.quote]
    return analysis_data(res, citations=citations,
                         extra_tables=[{"key": "opportunities", "columns": list(OPPORTUNITY_COLUMNS),
                                        "rows": m.opportunity_rows(names)}],
                         map=json_safe({"stages": m.stages, "absent": m.absent, "journey_id": m.journey_id,
                                        "journeys": [{"journey_id": j.journey_id, "name": j.name,
                                                      "steps": [s.touchpoint_id for s in j.steps]} for j in m.journeys],
                                        "cards": [asdict(c) for c in m.cards],
                                        "emotion": [asdict(p) for p in m.emotion],
                                        "opportunities": [asdict(o) for o in m.opportunities]}))


def run(ctx: ToolContext, args: JourneyMapArgs) -> ToolResult:
    """Build the journey map for the period and slice."""
    from knowledge.analyses.journey_map import journey_map
    m = journey_map(ctx.gateway, ctx.layer, ctx.period(args.start, args.end), journey_id=args.journey_id,
                    filters=args.filters)
    res = m.to_result()
    data = map_data(m, res)
    # the model reads the table and facts, not the nested map
    return ToolResult(ok=True, text=model_text(ctx, {k: v for k, v in data.items() if k != "map"}), data=data,
                      result=res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, JourneyMapArgs, run, ctx)
