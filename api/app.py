"""`create_app()`: the one factory that assembles the HTTP API and the chat page."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api.charts import ChartRenderer
from api.config import ApiConfig
from api.docs import install_docs
from api.errors import install_error_handlers
from api.hooks import hooks as hook_routes
from api.mcp_mount import install_mcp
from api.ratelimit import TokenBucketLimiter
from api.routes import STATIC_DIR, api, page
from api.security import ApiGuardMiddleware, BodyLimitMiddleware
from api.streaming import StreamTracker
from assistant.service import ChatService


def _load_settings() -> Any:
    from assistant.settings import load_settings  # the assistant owns settings; imported when needed

    return load_settings()


def _build_service(settings: Any) -> ChatService:
    from assistant.chat_handler import build_chat_service

    return build_chat_service(settings)


def _build_scheduler(settings: Any, service: ChatService) -> Any:
    from pathlib import Path

    from assistant.schedules.runner import build_scheduler

    secrets = Path(settings.secrets_file) if settings.secrets_file else None
    return build_scheduler(service, service.workspace.root, secrets)  # type: ignore[attr-defined]


def build_hooks(service: ChatService, settings: Any) -> Any:
    """The chat-app callback dispatcher for the platforms whose secrets are set."""
    from assistant.delivery.base import install_log_redaction
    from assistant.hooks.base import HttpSender
    from assistant.hooks.dispatcher import HookDispatcher, platforms_from_settings

    platforms = platforms_from_settings(settings)
    install_log_redaction(s for p in platforms.values() for s in p.secrets())
    return HookDispatcher(service, platforms, HttpSender(), base_url=getattr(settings, "public_url", None))


def create_app(service: ChatService | None = None, settings: Any = None, scheduler: Any = None,
               hooks: Any = None) -> FastAPI:
    """The FastAPI app; builds the real chat service, settings and schedules from the environment when not given."""
    if settings is None:
        settings = _load_settings()
    if service is None:
        service = _build_service(settings)
        if scheduler is None and settings.run_schedules:
            scheduler = _build_scheduler(settings, service)
    config = ApiConfig.from_settings(settings)
    if getattr(settings, "redact_pii", True):
        from api.logs import install_log_redaction
        from knowledge.feedback.pii import redact_pii
        install_log_redaction(redact_pii)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if scheduler is not None:
            scheduler.start()
        async with mcp_manager.run():
            yield
        if scheduler is not None:
            scheduler.stop()
        app.state.charts.close()
        app.state.hooks.close()
        close = getattr(service, "close", None)
        if callable(close):
            close()

    app = FastAPI(title="Journey assistant API", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Ask customer-journey questions in Chinese or English. "
                              "Send `Authorization: Bearer KEY` when the server sets JOURNEY_API_KEYS.")
    app.state.service = service
    app.state.config = config
    app.state.streams = StreamTracker()
    app.state.charts = ChartRenderer(max_points=config.chart_max_points, timeout_s=config.chart_timeout_s,
                                     memory_mb=config.chart_memory_mb)
    app.state.deliveries = scheduler.status if scheduler is not None else None
    install_error_handlers(app)
    app.include_router(api)
    app.include_router(page)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    install_docs(app)
    mcp_manager = install_mcp(app, service, settings)
    app.state.hooks = hooks if hooks is not None else build_hooks(service, settings)
    app.include_router(hook_routes)

    # added innermost first: CORS (outermost) answers preflights, then keys and rate limit
    # (so strangers cannot make us buffer bodies), then the body limit
    app.add_middleware(BodyLimitMiddleware, max_bytes=config.max_body_bytes)
    app.add_middleware(ApiGuardMiddleware, config=config,
                       limiter=TokenBucketLimiter(config.rate_per_minute, config.bucket_size))
    if config.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                           allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type"])
    return app
