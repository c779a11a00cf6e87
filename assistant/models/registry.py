"""The chat-model registry: a name → a factory; every model drives the same agent and tools."""
from __future__ import annotations

from typing import Any, Callable

from langchain_core.language_models import BaseChatModel

from assistant.compose.names import Names
from knowledge.errors import ConfigError

Factory = Callable[..., BaseChatModel]


def _offline(settings: Any, *, catalog: Any, names: Names) -> BaseChatModel:
    from assistant.models.offline import OfflinePlannerModel
    return OfflinePlannerModel(catalog=catalog)


def _openai(settings: Any, *, catalog: Any, names: Names) -> BaseChatModel:
    from assistant.models.openai import build_openai
    return build_openai(settings)


class ModelRegistry:
    """Named chat-model factories; tests register scripted fakes under their own names."""

    def __init__(self) -> None:
        self._factories: dict[str, Factory] = {"offline": _offline, "openai": _openai}

    def register(self, name: str, factory: Factory) -> None:
        self._factories[name] = factory

    def names(self) -> list[str]:
        return sorted(self._factories)

    def build(self, name: str, settings: Any, *, catalog: Any, names: Names) -> BaseChatModel:
        """Instantiate the named model; ConfigError for an unknown name."""
        if name not in self._factories:
            raise ConfigError(f"unknown chat model '{name}'", hint="JOURNEY_MODEL is one of: " + ", ".join(self.names()))
        return self._factories[name](settings, catalog=catalog, names=names)

    @staticmethod
    def is_offline(model: BaseChatModel) -> bool:
        """True for the planner model (its text is composed from tool data, no redaction needed)."""
        from assistant.models.offline import OfflinePlannerModel
        return isinstance(model, OfflinePlannerModel)
