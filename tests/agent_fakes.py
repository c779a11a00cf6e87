"""Scripted chat models for agent tests: real BaseChatModel subclasses that follow a script."""
from __future__ import annotations

from typing import Any, Callable

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict, Field

Step = AIMessage | Callable[[list[BaseMessage]], AIMessage]


def call(name: str, args: dict[str, Any], n: int = 0) -> AIMessage:
    """An AI message asking for one tool call."""
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"call_{name}_{n}", "type": "tool_call"}])


class ScriptedChatModel(BaseChatModel):
    """Returns the scripted messages in order (the last one repeats); records what it was shown and
    which tools it was offered (the names, in the order bound)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    script: list[Any]
    seen: list[list[BaseMessage]] = Field(default_factory=list)
    offered: list[list[str]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Any, **kwargs: Any) -> "ScriptedChatModel":
        self.offered.append([t.name for t in tools])
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any) -> ChatResult:
        self.seen.append(list(messages))
        step = self.script[min(len(self.seen) - 1, len(self.script) - 1)]
        msg = step(messages) if callable(step) else step
        return ChatResult(generations=[ChatGeneration(message=msg)])
