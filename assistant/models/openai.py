"""The OpenAI-compatible chat model (OpenAI, vLLM, Ollama, DeepSeek, Qwen via OPENAI_BASE_URL)."""
from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from knowledge.errors import ConfigError


def build_openai(settings) -> BaseChatModel:
    """ChatOpenAI from OPENAI_API_KEY, optional OPENAI_BASE_URL and JOURNEY_LLM_MODEL."""
    if not settings.openai_api_key:
        raise ConfigError("the openai model needs OPENAI_API_KEY",
                          hint="set OPENAI_API_KEY, or JOURNEY_MODEL=offline for the built-in planner")
    from langchain_openai import ChatOpenAI  # imported only on this path: it is slow and optional at run time
    kwargs = {"model": settings.llm_model, "api_key": settings.openai_api_key, "temperature": 0,
              "timeout": settings.llm_timeout_s,
              # no automatic retry: a timed-out request is still running on the server, a retry doubles its work
              "max_retries": 0}
    if settings.openai_base_url:
        kwargs["base_url"] = settings.openai_base_url
    if getattr(settings, "redact_pii", True):
        # every request body is redacted on its way out (docs/SECURITY.md "PII")
        from assistant.outbound import redacting_http_clients
        from knowledge.feedback.pii import redact_value
        kwargs["http_client"], kwargs["http_async_client"] = redacting_http_clients(redact_value, settings.llm_timeout_s)
    return ChatOpenAI(**kwargs)
