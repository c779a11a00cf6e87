"""The one LangChain agent every chat model drives, and a runner that collects tool results."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import BaseTool

from assistant.models.offline import CONTEXT_KEY, plan_of, tool_result_of
from assistant.turn import TurnContext
from tools.base import ToolResult

SYSTEM_PROMPT = """You answer questions about a company's customer journeys (touchpoints, funnels, drop-off,
customer feedback) using ONLY the tools. Never invent numbers, ids or columns: call describe_data
when unsure which journeys, touchpoints, metrics or dimensions exist. Dates are YYYY-MM-DD; today's
data ends on {as_of}; when no period is named use the 30 days ending {as_of} and say so.
For "why" questions call explain_change and feedback_themes for the same touchpoint and period.
Answer in {language} with the key numbers, the period used and any caveats. If the question is
ambiguous, ask one short question back. If it cannot be answered from this data, say what you can answer.
Known ids: {catalogue}"""


@dataclass
class AgentRun:
    """What one question produced: tool results in order, the model's final text, the plan (offline)."""

    results: list[ToolResult] = field(default_factory=list)
    final_text: str = ""
    plan: Any = None
    messages: list[BaseMessage] = field(default_factory=list)
    error: dict[str, Any] | None = None


def build_agent(model: BaseChatModel, tools: list[BaseTool]) -> Any:
    """langchain.agents.create_agent over the model and the tools (the same graph for every model)."""
    from langchain.agents import create_agent
    return create_agent(model, tools=tools)


def system_prompt(as_of: date, lang: str, catalogue: str) -> SystemMessage:
    """The instructions for an LLM (the offline planner needs none)."""
    language = "Chinese (简体中文)" if lang == "zh" else "English"
    return SystemMessage(SYSTEM_PROMPT.format(as_of=as_of.isoformat(), language=language, catalogue=catalogue))


def run_agent(agent: Any, turn: TurnContext, *, history: list[BaseMessage] | None = None,
              system: SystemMessage | None = None, max_steps: int = 12,
              on_tool: Callable[[ToolResult], None] | None = None,
              on_call: Callable[[str, dict[str, Any]], None] | None = None) -> AgentRun:
    """Stream the agent's updates; report each tool call and result; stop gracefully at the step limit."""
    from langgraph.errors import GraphRecursionError

    messages: list[BaseMessage] = ([system] if system else []) + list(history or []) + [
        HumanMessage(turn.question, additional_kwargs={CONTEXT_KEY: turn})]
    run = AgentRun()
    said: list[BaseMessage] = []
    try:
        # each model call and each tool round is one graph step; +1 for the final answer
        for update in agent.stream({"messages": messages}, config={"recursion_limit": max_steps * 2 + 1},
                                   stream_mode="updates"):
            for node in update.values():
                for msg in (node or {}).get("messages", []) if isinstance(node, dict) else []:
                    said.append(msg)
                    if isinstance(msg, AIMessage) and msg.tool_calls and on_call:
                        for call in msg.tool_calls:
                            on_call(call["name"], call.get("args") or {})
                    if isinstance(msg, ToolMessage):
                        res = tool_result_of(msg)
                        if not res.name:
                            res.name = msg.name or ""
                        run.results.append(res)
                        if on_tool:
                            on_tool(res)
    except GraphRecursionError:
        run.error = {"code": "too_many_steps", "message": f"no answer after {max_steps} steps",
                     "hint": "ask a more specific question (metric, touchpoint, period)"}
    run.messages = said
    # tools run concurrently; answer in the order the model asked for them, not the order they finished
    order = {c["id"]: i for m in said if isinstance(m, AIMessage) for i, c in enumerate(m.tool_calls or [])}
    ids = [m.tool_call_id for m in said if isinstance(m, ToolMessage)]
    if len(ids) == len(run.results):
        run.results = [r for _, r in sorted(zip(ids, run.results), key=lambda p: order.get(p[0], len(order)))]
    run.plan = plan_of(said)
    finals = [m for m in said if isinstance(m, AIMessage) and not m.tool_calls]
    if finals and run.error is None:
        content = finals[-1].content
        run.final_text = content if isinstance(content, str) else " ".join(
            c.get("text", "") for c in content if isinstance(c, dict))
    return run
