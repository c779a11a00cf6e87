"""HTTP routes: each one adapts a ChatService call; no chat logic lives here."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, Response, StreamingResponse

from api.charts import ChartRenderer
from api.schemas import (BoardImportRequest, ChartRequest, ChatRequest, Deliveries, ErrorEnvelope, FeedbackRequest,
                         MetricCatalogue, OkResponse, PinRequest, SessionHistory, SessionList)
from api.streaming import StreamTracker, sse_stream
from assistant.answer import Answer
from assistant.memory import LOCAL_OWNER
from assistant.service import ChatService

STATIC_DIR = Path(__file__).parent / "static"

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorEnvelope} for code in (401, 404, 413, 422, 429, 500)}

api = APIRouter(prefix="/api", responses=_ERRORS)
page = APIRouter(include_in_schema=False)


def get_service(request: Request) -> ChatService:
    return request.app.state.service


def get_tracker(request: Request) -> StreamTracker:
    return request.app.state.streams


def get_charts(request: Request) -> ChartRenderer:
    return request.app.state.charts


def get_owner(request: Request) -> str:
    """Who owns the sessions this request may see (set by ApiGuardMiddleware from the API key)."""
    return str(request.scope.get("state", {}).get("owner") or LOCAL_OWNER)


@api.post("/chat", response_model=Answer, summary="Answer one message")
def chat(body: ChatRequest, service: ChatService = Depends(get_service),
         owner: str = Depends(get_owner)) -> dict[str, Any]:
    """The answer JSON of INTERFACE.md plus session_id (server-made unless continuing an own session)."""
    answer = service.answer(body.message, session_id=body.session_id, lang=body.lang, owner=owner)
    return answer.model_dump()


@api.post("/chat/stream", summary="Answer one message as server-sent events",
          response_class=StreamingResponse,
          responses={200: {"content": {"text/event-stream": {}},
                           "description": "`progress` events as tools run, then one `answer` (or `error`)"}})
async def chat_stream(body: ChatRequest, request: Request, service: ChatService = Depends(get_service),
                      tracker: StreamTracker = Depends(get_tracker),
                      owner: str = Depends(get_owner)) -> StreamingResponse:
    """Progress steps as they happen, then the answer; stops working when the client leaves."""
    def events():  # noqa: ANN202 - the service's own iterator
        return service.stream(body.message, session_id=body.session_id, lang=body.lang, owner=owner)

    return StreamingResponse(sse_stream(request, events, tracker), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@api.get("/sessions", response_model=SessionList, summary="Sessions, newest first")
def list_sessions(service: ChatService = Depends(get_service), owner: str = Depends(get_owner)) -> SessionList:
    return SessionList(sessions=service.list_sessions(owner=owner))


@api.get("/sessions/{session_id}", response_model=SessionHistory, summary="Turns of one session")
def session_history(session_id: str, service: ChatService = Depends(get_service),
                    owner: str = Depends(get_owner)) -> SessionHistory:
    return SessionHistory(session_id=session_id, turns=service.session_history(session_id, owner=owner))


@api.delete("/sessions/{session_id}", response_model=OkResponse, summary="Forget a session")
def delete_session(session_id: str, service: ChatService = Depends(get_service),
                   owner: str = Depends(get_owner)) -> OkResponse:
    service.delete_session(session_id, owner=owner)
    return OkResponse()


@api.post("/feedback", response_model=OkResponse, summary="Thumbs up/down (and a comment) on an answer")
def feedback(body: FeedbackRequest, service: ChatService = Depends(get_service),
             owner: str = Depends(get_owner)) -> OkResponse:
    service.record_vote(session_id=body.session_id, turn=body.turn, vote=body.vote,
                        comment=body.comment, question=body.question, owner=owner)
    return OkResponse()


def get_deliveries(request: Request) -> Any:
    return getattr(request.app.state, "deliveries", None)


@api.get("/metrics", response_model=MetricCatalogue, summary="The metric catalogue with definitions")
def metrics(service: ChatService = Depends(get_service), deliveries: Any = Depends(get_deliveries)) -> MetricCatalogue:
    return MetricCatalogue(metrics=service.metrics_catalogue(),
                           deliveries=deliveries.to_dict() if deliveries is not None else None)


@api.get("/deliveries", response_model=Deliveries, summary="Scheduled brief deliveries: counts, retries, last errors")
def delivery_status(deliveries: Any = Depends(get_deliveries)) -> Deliveries:
    return Deliveries(**deliveries.to_dict()) if deliveries is not None else Deliveries(schedules=[])


@api.get("/brief", summary="The morning brief: what moved beyond normal variation, why, what customers said")
def brief(date: str | None = Query(None, description="last day of the period, YYYY-MM-DD (default: latest data)"),
          days: int = Query(1, ge=1, le=366, description="length of the period; compared with the days before"),
          lang: Literal["zh", "en"] = Query("en"),
          journey: list[str] = Query([], description="only these journeys"),
          filter: list[str] = Query([], description="slice, e.g. segment=vip"),  # noqa: A002 - the query name
          service: ChatService = Depends(get_service)) -> dict[str, Any]:
    """The brief JSON of INTERFACE.md (`journey brief --json`)."""
    from assistant.brief.make import parse_day, parse_filters
    return service.brief(as_of=parse_day(date, "date"), days=days, lang=lang, filters=parse_filters(filter),
                         journey_ids=journey or None)


@api.get("/health", summary="Status of the server, workspace, database and index (no key needed)")
def health(service: ChatService = Depends(get_service),
           tracker: StreamTracker = Depends(get_tracker)) -> dict[str, Any]:
    status = service.health()
    return {"ok": bool(status.get("ok", True)), **status,
            "active_streams": tracker.active, "cancelled_streams": tracker.cancelled}


@api.post("/chart/svg", summary="Draw an answer's Vega-Lite chart as SVG, offline",
          response_class=Response, responses={200: {"content": {"image/svg+xml": {}}}})
def chart_svg(body: ChartRequest, charts: ChartRenderer = Depends(get_charts)) -> Response:
    svg = charts.svg(body.spec, width=body.width, lang=body.lang)
    return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "no-store"})


@api.get("/map", summary="The journey map: stages, touchpoint cards, emotion curve and opportunities")
def journey_map(journey_id: str | None = Query(None, max_length=128), start: str | None = Query(None, max_length=10),
                end: str | None = Query(None, max_length=10), segment: list[str] = Query(default_factory=list),
                device: list[str] = Query(default_factory=list), lang: Literal["zh", "en"] = "en",
                service: ChatService = Depends(get_service)) -> dict[str, Any]:
    return service.journey_map_view(journey_id=journey_id or None, start=start or None, end=end or None,
                                    filters={"segment": segment, "device": device}, lang=lang)


# -- boards: pinned answers re-run on open, one board per owner (key digest), assistant/boards.py --
@api.get("/board", summary="The pins of this key's board")
def board(service: ChatService = Depends(get_service), owner: str = Depends(get_owner)) -> dict[str, Any]:
    return service.boards().load(owner).model_dump()


@api.post("/board/pins", summary="Pin an answer: its question and tool calls (not its rows)")
def pin_answer(body: PinRequest, service: ChatService = Depends(get_service),
               owner: str = Depends(get_owner)) -> dict[str, Any]:
    from assistant.boards import make_pin
    return service.boards().add(owner, make_pin(body.model_dump())).model_dump()


@api.delete("/board/pins/{pin_id}", response_model=OkResponse, summary="Remove a pin")
def unpin(pin_id: str, service: ChatService = Depends(get_service), owner: str = Depends(get_owner)) -> OkResponse:
    service.boards().remove(owner, pin_id)
    return OkResponse()


@api.get("/board/pins/{pin_id}/answer", response_model=Answer, summary="Re-run a pin against the data as it is now")
def pin_answer_now(pin_id: str, service: ChatService = Depends(get_service),
                   owner: str = Depends(get_owner)) -> dict[str, Any]:
    pin = service.boards().get(owner, pin_id)
    answer = service.answer_calls(pin.question, [c.model_dump() for c in pin.tool_calls], lang=pin.lang)
    return answer.model_dump()


@api.get("/board/export", summary="This key's board as a JSON file")
def board_export(service: ChatService = Depends(get_service), owner: str = Depends(get_owner)) -> Response:
    body = service.boards().load(owner).model_dump_json(indent=1)
    return Response(body, media_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="journey-board.json"'})


@api.post("/board/import", summary="Add (or replace with) the pins of an exported board")
def board_import(body: BoardImportRequest, service: ChatService = Depends(get_service),
                 owner: str = Depends(get_owner)) -> dict[str, Any]:
    return service.boards().import_json(owner, body.board, replace=body.replace).model_dump()


@page.get("/")
def index() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})


@page.get("/map")
def map_page() -> FileResponse:
    return FileResponse(STATIC_DIR / "map.html", media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})


@page.get("/board")
def board_page() -> FileResponse:
    return FileResponse(STATIC_DIR / "board.html", media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})
