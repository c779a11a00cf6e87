"""Chat-app callback routes: adapt the request, ack at once, answer in a background task (assistant/hooks)."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from assistant.hooks.base import Request as HookRequest

HOOK_PREFIX = "/api/hooks/"  # signed by the platform, not by our API keys (api/security.py)
hooks = APIRouter(prefix="/api/hooks")


Platform = Literal["feishu", "dingtalk", "wecom", "slack"]


@hooks.post("/{platform}", summary="Event callback of Feishu, DingTalk, WeCom or Slack (verified by the platform's signature)")
async def callback(platform: Platform, request: Request, background: BackgroundTasks) -> Response:
    return await _handle(platform, request, background)


@hooks.get("/{platform}", summary="URL check of a callback (WeCom sends it as GET)")
async def url_check(platform: Platform, request: Request, background: BackgroundTasks) -> Response:
    return await _handle(platform, request, background)


async def _handle(platform: str, request: Request, background: BackgroundTasks) -> Response:
    dispatcher: Any = request.app.state.hooks
    req = HookRequest(method=request.method, headers={k.lower(): v for k, v in request.headers.items()},
                      query=dict(request.query_params), body=await request.body())
    outcome = await run_in_threadpool(dispatcher.receive, platform, req)
    if outcome.message is not None:
        background.add_task(run_in_threadpool, dispatcher.answer, outcome.message)
    if outcome.media_type == "application/json":
        return JSONResponse(outcome.body)
    return PlainTextResponse(str(outcome.body))
