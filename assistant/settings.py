"""Every setting of the product in one typed class, read from the environment by load_settings()."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

from knowledge.errors import ConfigError


def _csv(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value]  # type: ignore[union-attr]


class Settings(BaseSettings):
    """Environment variables (names in the aliases) with their defaults; documented in README.md."""

    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore", populate_by_name=True)

    workspace: str | None = Field(None, alias="JOURNEY_WORKSPACE",
                                  description="workspace folder when --workspace is not given (default ./workspace)")
    query_timeout_s: float = Field(10.0, alias="JOURNEY_QUERY_TIMEOUT_S", gt=0,
                                   description="time limit of one database query, seconds")
    row_cap: int = Field(10_000, alias="JOURNEY_ROW_CAP", ge=1, description="most rows one query returns")
    sql_row_cap: int = Field(200, alias="JOURNEY_SQL_ROW_CAP", ge=1,
                             description="LIMIT enforced on free-form SQL (run_sql tool)")
    embedding_model: str | None = Field(None, alias="JOURNEY_EMBEDDING_MODEL",
                                        description="sentence-transformers model path/name for feedback search (default: bundled USE)")
    chroma_url: str | None = Field(None, alias="JOURNEY_CHROMA_URL",
                                   description="Chroma server URL; default an embedded index in the workspace")
    redact_pii: bool = Field(True, alias="JOURNEY_REDACT_PII",
                             description="mask phone numbers, e-mails, ids and cards in quoted comments")
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="JOURNEY_API_KEYS",
                                                     description="comma-separated bearer keys; empty = no auth")
    rate_limit: str = Field("60/minute", alias="JOURNEY_RATE_LIMIT", description="requests per client, e.g. 60/minute")
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="JOURNEY_CORS_ORIGINS",
                                                         description="comma-separated allowed origins")
    max_body_bytes: int = Field(65_536, alias="JOURNEY_MAX_BODY_BYTES", ge=256, description="largest accepted request body")
    model: Literal["offline", "openai", "auto"] = Field("auto", alias="JOURNEY_MODEL",
                                                       description="chat model: offline planner, openai, or auto (openai when a key is set)")
    llm_model: str = Field("gpt-4o-mini", alias="JOURNEY_LLM_MODEL", description="model name for the openai path")
    openai_api_key: str | None = Field(None, alias="OPENAI_API_KEY", description="key of an OpenAI-compatible endpoint")
    openai_base_url: str | None = Field(None, alias="OPENAI_BASE_URL",
                                        description="base URL of an OpenAI-compatible server (vLLM, Ollama, DeepSeek, Qwen)")
    llm_timeout_s: float = Field(60.0, alias="JOURNEY_LLM_TIMEOUT_S", gt=0, description="time limit of one LLM call")
    agent_max_steps: int = Field(12, alias="JOURNEY_AGENT_MAX_STEPS", ge=2,
                                 description="most model/tool steps per question before giving up")
    data_tz: str = Field("UTC", alias="JOURNEY_DATA_TZ",
                         description="time zone of the dataset: timestamps with an offset are converted to it on ingest")
    embed_threads: int = Field(1, alias="JOURNEY_EMBED_THREADS", ge=1,
                               description="CPU threads of the embedding model (1 is fastest on a busy 2-core machine)")
    session_max_turns: int = Field(50, alias="JOURNEY_SESSION_MAX_TURNS", ge=1, description="turns kept per session")
    max_sessions: int = Field(500, alias="JOURNEY_MAX_SESSIONS", ge=1,
                              description="sessions kept in the workspace; the least recently used go first")

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _split(cls, value: object) -> list[str]:
        return _csv(value)

    def chat_model_name(self) -> str:
        """The model actually used: auto means openai when a key is set, else offline."""
        if self.model == "auto":
            return "openai" if self.openai_api_key else "offline"
        return self.model


def setting_names() -> list[str]:
    """Environment variable names of every setting (for the docs test)."""
    return [f.alias for f in Settings.model_fields.values() if f.alias]


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment (overrides win); bad values raise ConfigError."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = first.get("loc", ["?"])[0]
        raise ConfigError(f"bad setting {name}: {first.get('msg')}",
                          hint="fix the environment variable (see README 'Settings')") from None


def settings_table() -> str:
    """The README settings table as Markdown, generated from the class."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for f in Settings.model_fields.values():
        default = f.default if f.default_factory is None else f.default_factory()
        shown = "" if default in (None, [], "") else f"`{default}`"
        lines.append(f"| `{f.alias}` | {shown} | {f.description} |")
    return "\n".join(lines)

