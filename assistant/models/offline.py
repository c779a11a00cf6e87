"""The offline chat model: the bilingual planner emits tool calls; the answer is composed once, afterwards.

A LangChain BaseChatModel, so it drives the very same agent and tools as a real LLM. The turn's
context (assistant.turn.TurnContext: language, as-of day, conversation state) travels in the human
message's `additional_kwargs["journey"]`; the Plan travels in the AI messages it emits. After the
tools ran it says nothing: the chat handler composes the one answer text from the tool results
(`compose_answer`), so writing one here would only be thrown away.
"""
from __future__ import annotations

import uuid
from typing import Any, Callable

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict

from assistant.turn import TurnContext
from tools.base import ToolResult

CONTEXT_KEY = "journey"
PLAN_KEY = "plan"


def tool_result_of(msg: ToolMessage) -> ToolResult:
    """The ToolResult behind a ToolMessage (a tool the agent could not even call becomes ok=False)."""
    if isinstance(msg.artifact, ToolResult):
        return msg.artifact
    text = msg.content if isinstance(msg.content, str) else str(msg.content)
    if msg.name and text.startswith(f"Error: {msg.name} is not a valid tool"):
        # the model named a tool it was not given (not offered for this question, or no such tool)
        err = {"code": "unknown_tool", "message": f"the language model asked for a tool it was not given ({msg.name})",
               "hint": "ask again; the model is offered the tools this kind of question needs"}
    else:
        err = {"code": "tool_failed", "message": text[:500], "hint": "check the tool arguments"}
    return ToolResult(ok=False, text=text, name=msg.name or "", data={"error": err})


def plan_of(messages: list[BaseMessage]) -> Any:
    """The Plan carried by the latest AI message that has one."""
    for m in reversed(messages):
        if isinstance(m, AIMessage) and PLAN_KEY in m.additional_kwargs:
            return m.additional_kwargs[PLAN_KEY]
    return None


class OfflinePlannerModel(BaseChatModel):
    """Plans with assistant.planner.plan_turn; its tool calls are the plan's, its last message carries the plan."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    catalog: Any
    planner: Callable[..., Any] | None = None

    @property
    def _llm_type(self) -> str:
        return "journey-offline-planner"

    def bind_tools(self, tools: Any, **kwargs: Any) -> "OfflinePlannerModel":
        """The planner already knows the tools by name (docs/TOOLS.md)."""
        return self

    def _plan(self, human: HumanMessage) -> Any:
        ctx = human.additional_kwargs.get(CONTEXT_KEY)
        if not isinstance(ctx, TurnContext):
            raise TypeError("the offline model needs the turn's TurnContext in the question's additional_kwargs")
        return ctx.plan(self.catalog, self.planner)

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
            # the tools ran: the answer is composed once by the chat handler from their results
            msg = AIMessage(content="", additional_kwargs={PLAN_KEY: plan_of(turn)})
        return ChatResult(generations=[ChatGeneration(message=msg)])
