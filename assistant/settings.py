"""Every setting of the product in one typed class, read from the environment by load_settings()."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

from knowledge.engines.config import ENGINES
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
    secrets_file: str | None = Field(None, alias="JOURNEY_SECRETS_FILE",
                                     description="YAML file of NAME: value secrets for schedules.yaml (default WORKSPACE/secrets.yaml; the environment wins)")
    run_schedules: bool = Field(True, alias="JOURNEY_SCHEDULES",
                                description="run the briefs of WORKSPACE/schedules.yaml while `journey serve` runs")
    max_sessions: int = Field(500, alias="JOURNEY_MAX_SESSIONS", ge=1,
                              description="sessions kept in the workspace; the least recently used go first")
    engine: str | None = Field(None, alias="JOURNEY_ENGINE",
                                description=f"query engine when --engine is not given: {', '.join(ENGINES)} "
                                            "(default: engine.yaml's, else duckdb)")

    # -- limits that keep one request from taking the server down (docs/SECURITY.md) --------
    db_memory_limit: str = Field("1GB", alias="JOURNEY_DB_MEMORY_LIMIT",
                                 description="DuckDB memory_limit of every read connection")
    db_threads: int = Field(2, alias="JOURNEY_DB_THREADS", ge=1, description="DuckDB threads of every read connection")
    db_temp_limit: str = Field("2GB", alias="JOURNEY_DB_TEMP_LIMIT",
                               description="DuckDB max_temp_directory_size (spill space) of every read connection")
    sql_memory_mb: int = Field(1024, alias="JOURNEY_SQL_MEMORY_MB", ge=128,
                               description="private memory (MB, RLIMIT_DATA) the child process that runs "
                                           "free-form SQL may take beyond what it holds after start-up "
                                           "(interpreter and DuckDB, ~0.1 GB)")
    max_cell_chars: int = Field(2000, alias="JOURNEY_MAX_CELL_CHARS", ge=10,
                                description="longest text cell in an answer (longer cells are cut)")
    max_answer_rows: int = Field(1000, alias="JOURNEY_MAX_ANSWER_ROWS", ge=1, description="most rows per table in an answer")
    max_answer_bytes: int = Field(2_000_000, alias="JOURNEY_MAX_ANSWER_BYTES", ge=10_000,
                                  description="largest answer JSON; tables are cut to fit")
    session_max_bytes: int = Field(4_000_000, alias="JOURNEY_SESSION_MAX_BYTES", ge=10_000,
                                   description="largest session file; the oldest turns are dropped to fit")
    chart_max_points: int = Field(5000, alias="JOURNEY_CHART_MAX_POINTS", ge=10,
                                  description="most data rows a chart spec may hold or generate")
    chart_timeout_s: float = Field(10.0, alias="JOURNEY_CHART_TIMEOUT_S", gt=0,
                                   description="time limit of drawing one chart (the renderer process is killed past it)")
    chart_memory_mb: int = Field(1024, alias="JOURNEY_CHART_MEMORY_MB", ge=256,
                                 description="data-segment limit (MB) of the chart renderer process")
    auth_fail_limit: str = Field("10/minute", alias="JOURNEY_AUTH_FAIL_LIMIT",
                                 description="failed API-key attempts allowed per client address and per key")
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="JOURNEY_TRUSTED_PROXIES",
                                                            description="comma-separated proxy addresses/networks whose X-Forwarded-For is believed")
    max_connections: int = Field(200, alias="JOURNEY_MAX_CONNECTIONS", ge=1,
                                 description="concurrent connections the server accepts (more get 503)")
    header_timeout_s: float = Field(10.0, alias="JOURNEY_HEADER_TIMEOUT_S", gt=0,
                                    description="time a client has to send its request headers")
    keepalive_s: int = Field(5, alias="JOURNEY_KEEPALIVE_S", ge=1, description="idle keep-alive connections are closed after this")

    # -- MCP server and chat-app callbacks (README "MCP clients", "Chat apps") ------------------
    mcp_allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="JOURNEY_MCP_ALLOWED_HOSTS",
                                                              description="Host headers /mcp answers (DNS-rebinding guard), e.g. bi.example.com:*; default loopback only")
    public_url: str | None = Field(None, alias="JOURNEY_PUBLIC_URL", pattern=r"^https?://",
                                   description="the server's public address; chat-app answer cards link to the full answer there")
    slack_signing_secret: SecretStr | None = Field(None, alias="JOURNEY_SLACK_SIGNING_SECRET",
                                                   description="Slack app signing secret; enables /api/hooks/slack")
    slack_bot_token: SecretStr | None = Field(None, alias="JOURNEY_SLACK_BOT_TOKEN",
                                              description="Slack bot token (xoxb-…) the answers are posted with")
    feishu_verification_token: SecretStr | None = Field(None, alias="JOURNEY_FEISHU_VERIFICATION_TOKEN",
                                                        description="Feishu event verification token; enables /api/hooks/feishu")
    feishu_encrypt_key: SecretStr | None = Field(None, alias="JOURNEY_FEISHU_ENCRYPT_KEY",
                                                 description="Feishu event encrypt key (encrypted, signed callbacks)")
    feishu_app_id: str | None = Field(None, alias="JOURNEY_FEISHU_APP_ID", description="Feishu app id the answers are posted with")
    feishu_app_secret: SecretStr | None = Field(None, alias="JOURNEY_FEISHU_APP_SECRET", description="Feishu app secret")
    dingtalk_app_secret: SecretStr | None = Field(None, alias="JOURNEY_DINGTALK_APP_SECRET",
                                                  description="DingTalk robot AppSecret (outgoing-robot sign); enables /api/hooks/dingtalk")
    wecom_token: SecretStr | None = Field(None, alias="JOURNEY_WECOM_TOKEN",
                                          description="WeCom callback Token; with the AES key enables /api/hooks/wecom")
    wecom_aes_key: SecretStr | None = Field(None, alias="JOURNEY_WECOM_AES_KEY", description="WeCom callback EncodingAESKey (43 characters)")
    wecom_corp_id: str | None = Field(None, alias="JOURNEY_WECOM_CORP_ID", description="WeCom corp id (checked in every message; used to reply)")
    wecom_corp_secret: SecretStr | None = Field(None, alias="JOURNEY_WECOM_CORP_SECRET", description="WeCom app secret the answers are posted with")
    wecom_agent_id: str | None = Field(None, alias="JOURNEY_WECOM_AGENT_ID", description="WeCom app AgentId")

    @field_validator("api_keys", "cors_origins", "trusted_proxies", "mcp_allowed_hosts", mode="before")
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

