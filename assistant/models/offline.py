"""The offline chat model: the bilingual planner emits tool calls, then the answer is written from tool data.

A LangChain BaseChatModel, so it drives the very same agent and tools as a real LLM. The
question's context (conversation state, as-of date, forced language) travels in the human
message's `additional_kwargs["journey"]`; the Plan travels in the AI messages it emits.
"""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Callable

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict

from assistant.compose.answer import text_for_results
from assistant.compose.names import Names
from tools.base import ToolResult

CONTEXT_KEY = "journey"
PLAN_KEY = "plan"


def tool_result_of(msg: ToolMessage) -> ToolResult:
    """The ToolResult behind a ToolMessage (a tool the agent could not even call becomes ok=False)."""
    if isinstance(msg.artifact, ToolResult):
        return msg.artifact
    text = msg.content if isinstance(msg.content, str) else str(msg.content)
    return ToolResult(ok=False, text=text, name=msg.name or "",
                      data={"error": {"code": "tool_failed", "message": text[:500], "hint": "check the tool arguments"}})


def plan_of(messages: list[BaseMessage]) -> Any:
    """The Plan carried by the latest AI message that has one."""
    for m in reversed(messages):
        if isinstance(m, AIMessage) and PLAN_KEY in m.additional_kwargs:
            return m.additional_kwargs[PLAN_KEY]
    return None


class OfflinePlannerModel(BaseChatModel):
    """Plans with assistant.planner.plan_turn; answers from the tool results in the plan's language."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    catalog: Any
    names: Names
    planner: Callable[..., Any] | None = None

    @property
    def _llm_type(self) -> str:
        return "journey-offline-planner"

    def bind_tools(self, tools: Any, **kwargs: Any) -> "OfflinePlannerModel":
        """The planner already knows the tools by name (docs/TOOLS.md)."""
        return self

    def _plan(self, human: HumanMessage) -> Any:
        ctx = human.additional_kwargs.get(CONTEXT_KEY) or {}
        plan_turn = self.planner
        if plan_turn is None:
            from assistant.planner import plan_turn
        from assistant.planner.types import ConversationState
        state = ctx.get("state")
        as_of = ctx.get("as_of")
        return plan_turn(str(human.content), catalog=self.catalog,
                         state=ConversationState.from_dict(state) if isinstance(state, dict) else state,
                         as_of=date.fromisoformat(as_of) if isinstance(as_of, str) else as_of, lang=ctx.get("lang"))

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        last_human = max(i for i, m in enumerate(messages) if isinstance(m, HumanMessage))
        turn = messages[last_human + 1:]
        if not turn:
            plan = self._plan(messages[last_human])
            if plan.status == "ok" and plan.tool_calls:
                calls = [{"name": c.name, "args": dict(c.args), "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"}
                         for c in plan.tool_calls]
                msg = AIMessage(content="", tool_calls=calls, additional_kwargs={PLAN_KEY: plan})
            else:
                msg = AIMessage(content=plan.clarify or "", additional_kwargs={PLAN_KEY: plan})
        else:
            plan = plan_of(turn)
            results = [tool_result_of(m) for m in turn if isinstance(m, ToolMessage)]
            lang = (messages[last_human].additional_kwargs.get(CONTEXT_KEY) or {}).get("lang") \
                or getattr(plan, "language", "en")
            msg = AIMessage(content=text_for_results(results, lang, self.names), additional_kwargs={PLAN_KEY: plan})
        return ChatResult(generations=[ChatGeneration(message=msg)])
