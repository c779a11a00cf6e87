"""AgentChatService: the chat logic behind the CLI and the HTTP routes (no web code).

Warm path per question: cached catalogue/names/agent (per database generation, as-of date and
language) → planner or LLM → tools through the gateway → composed answer → session file.
Nothing heavy (Chroma, embeddings) is imported unless a feedback tool actually runs.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Literal

from assistant.agent import build_agent, run_agent, system_prompt
from assistant.answer import Answer
from assistant.call_check import CallCheck
from assistant.compose.answer import compose_answer
from assistant.compose.names import Names
from assistant.memory import LOCAL_OWNER, SessionStore
from assistant.outbound import OutboundLimits, redact_all, sanitize_answer
from assistant.models.registry import ModelRegistry
from assistant.offered_tools import offered_tools
from assistant.service import ChatEvent, ChatService, SessionInfo
from assistant.settings import Settings, load_settings
from assistant.turn import TurnContext
from knowledge.errors import JourneyError, NotFoundError, WorkspaceError
from knowledge.engines.config import open_engine
from knowledge.gateway import Gateway
from knowledge.semantic.layer import SemanticLayer, load_semantic_layer
from knowledge.workspace import Workspace, resolve_workspace
from tools.base import ToolContext, ToolResult
from tools.registry import build_tools

log = logging.getLogger("journey.chat")

AGENT_CACHE = 16  # (generation, as-of, language, offered tools) combinations kept warm


@dataclass(frozen=True)
class Knowledge:
    """What is derived from one database generation: the planner catalogue and display names."""

    generation: tuple[int, int, int]
    catalog: Any
    names: Names
    as_of: date
    catalogue_text: str
    layer: SemanticLayer  # the semantic layer plus this workspace's extra columns as dimensions


def _wanted_more_tools(results: list[ToolResult]) -> bool:
    """Did a turn end with nothing answered after the model asked for a real tool it was not offered?"""
    from assistant.planner.frame import ASKS_BY_TOOL
    return not any(r.ok for r in results) and any(
        (r.data.get("error") or {}).get("code") == "unknown_tool" and r.name in ASKS_BY_TOOL for r in results)


class AgentChatService(ChatService):
    """Answers with the LangChain agent driven by the configured chat model; owns sessions and votes."""

    def __init__(self, settings: Settings, workspace: Workspace, gateway: Gateway, layer: SemanticLayer,
                 store: SessionStore, registry: ModelRegistry | None = None, model_name: str | None = None) -> None:
        self.settings = settings
        self.workspace = workspace
        self.gateway = gateway
        self.layer = layer
        self.store = store
        self.registry = registry or ModelRegistry()
        self.model_name = model_name or settings.chat_model_name()
        self._lock = threading.Lock()
        self._knowledge: Knowledge | None = None
        self._agents: OrderedDict[tuple[Any, ...], tuple[Any, bool]] = OrderedDict()
        self._chat_model: tuple[Any, Any, bool] | None = None  # (generation, model, offline)
        self._redactor: Any = None
        self._feedback_lock = threading.Lock()
        self._index_lock = threading.Lock()
        self._index: tuple[Any, Any] | None = None  # (generation, FeedbackIndex)

    # -- cached pieces --------------------------------------------------------------------
    def knowledge(self) -> Knowledge:
        """Catalogue and names, rebuilt only when ingestion swapped in a new database file."""
        self.workspace.require()
        gen = self.gateway.generation
        with self._lock:
            if self._knowledge is None or self._knowledge.generation != gen:
                from assistant.planner.catalog import build_catalog, columns_apart, customer_column_map, extra_column_map
                from knowledge.profile import order_line_key, profile_workspace
                profile = profile_workspace(self.gateway)
                untimed = frozenset(t for t in ("customers",) if profile.present(t) and profile.coverage(t)[0] is None)
                layer = self.layer.with_extra_columns(extra_column_map(profile),
                                                      numeric=extra_column_map(profile, numeric=True), untimed=untimed,
                                                      order_key=order_line_key(profile),
                                                      per_customer=customer_column_map(profile),
                                                      apart=columns_apart(profile))
                catalog = build_catalog(self.gateway, layer, profile)
                names = Names.build(layer, catalog)
                as_of = catalog.default_as_of or date.today()
                text = ("journeys: " + ", ".join(j.id for j in catalog.journeys)
                        + "; touchpoints: " + ", ".join(f"{t.id} ({t.name})" for t in catalog.touchpoints)
                        + "; metrics: " + ", ".join(sorted(layer.metrics))
                        + "; dimensions: " + ", ".join(sorted(layer.dimensions))
                        # a model that knows where each table's data ends picks periods that have rows
                        + "; data covers: " + ", ".join(f"{t} {a} .. {b}" for t, (a, b) in catalog.coverage.items()
                                                        if a and b))
                self._knowledge = Knowledge(gen, catalog, names, as_of, text, layer)
                self._agents.clear()
            return self._knowledge

    def _model(self, k: Knowledge) -> tuple[Any, bool]:
        """The chat model of this database generation, built once, and whether it is the offline planner."""
        with self._lock:
            if self._chat_model is not None and self._chat_model[0] == k.generation:
                return self._chat_model[1], self._chat_model[2]
        model = self.registry.build(self.model_name, self.settings, catalog=k.catalog, names=k.names)
        offline = self.registry.is_offline(model)
        with self._lock:
            self._chat_model = (k.generation, model, offline)
        return model, offline

    def _agent(self, k: Knowledge, turn: TurnContext, offered: frozenset[str] | None = None) -> tuple[Any, bool]:
        """The agent for this turn's as-of day and language, with every tool or only the `offered` ones."""
        key = (k.generation, turn.as_of, turn.language, self.model_name, offered)
        with self._lock:
            if key in self._agents:
                self._agents.move_to_end(key)
                return self._agents[key]
        model, offline = self._model(k)
        # the planner only names what the catalogue holds; a language model's calls are checked first
        ctx = ToolContext(workspace=self.workspace, gateway=self.gateway, layer=k.layer, as_of=turn.as_of,
                          redact_text=not offline, sql_row_cap=self.settings.sql_row_cap, language=turn.language,
                          feedback_lock=self._feedback_lock, feedback_index=self.feedback_index,
                          check_call=None if offline else CallCheck(k.catalog, k.layer))
        tools = [t for t in build_tools(ctx) if offered is None or t.name in offered]
        entry = (build_agent(model, tools), offline)
        with self._lock:
            self._agents[key] = entry
            while len(self._agents) > AGENT_CACHE:
                self._agents.popitem(last=False)
        return entry

    def _offer(self, k: Knowledge, turn: TurnContext, session: Any) -> frozenset[str] | None:
        """The tools a language model is offered for this question (None: all), from the planner's frame."""
        last = (session.turns[-1].get("answer") or {}) if session is not None and session.turns else {}
        previous = [c.get("name", "") for c in last.get("tool_calls") or []]
        try:
            plan = turn.plan(k.catalog)
        except Exception as exc:  # noqa: BLE001 — the planner only narrows the tool list; without it, all tools
            log.warning("planner failed on the LLM path, offering every tool: %s", type(exc).__name__)
            return None
        return offered_tools(plan, previous)

    def model_label(self) -> str:
        """The model that answered, as people know it ("openai:qwen2.5-coder-1.5b", "offline")."""
        if self.model_name == "openai" and getattr(self.settings, "llm_model", None):
            return f"openai:{self.settings.llm_model}"
        return self.model_name

    def feedback_index(self) -> Any:
        """One open feedback index (Chroma + embedder) per database generation, opened on first use."""
        gen = self.gateway.generation
        with self._index_lock:
            if self._index is None or self._index[0] != gen:
                from knowledge.feedback.index import FeedbackIndex  # chromadb and the embedder load only here
                old, self._index = self._index, None
                if old is not None:
                    # an ingest finished (new generation): drop Chroma's in-memory copy before reopening
                    old[1].close()
                self._index = (gen, FeedbackIndex(self.workspace, old[1].embedder if old is not None else None))
            return self._index[1]

    def _redact(self) -> Any:
        if not self.settings.redact_pii:
            return None
        if self._redactor is None:
            from knowledge.feedback.pii import redact_value
            self._redactor = redact_value
        return self._redactor

    def _limits(self) -> OutboundLimits:
        s = self.settings
        return OutboundLimits(max_cell_chars=s.max_cell_chars, max_rows=s.max_answer_rows, max_bytes=s.max_answer_bytes)

    # -- answering ------------------------------------------------------------------------
    def _turn(self, message: str, session_id: str | None, lang: str | None, as_of: date | None,
              remember: bool = True, owner: str | None = None) -> Iterator[ChatEvent | Answer]:
        t0 = time.perf_counter()
        if not message or not message.strip():
            raise JourneyError("the question is empty", hint="type a question, e.g. 哪个触点流失用户最多?",
                               code="empty_question")
        k = self.knowledge()
        # owner None: the local CLI, which may name its sessions; over HTTP (an owner is given) ids
        # are made by the server, and an id the caller does not own starts a new session
        session = self.store.find(session_id, owner or LOCAL_OWNER)
        adopt = owner is None and session_id and SessionStore.valid_id(session_id) and self.store.find(session_id) is None
        sid = session.session_id if session else (session_id if adopt else SessionStore.new_id())
        # language, as-of day and inherited state are decided here, once, and passed down as one value
        # today: an as-of the caller named, else the clock (data that ended long before it is historical)
        turn = TurnContext.decide(message, as_of=as_of or k.as_of, lang=lang,
                                  state=session.last_state if session else None, today=as_of or date.today())
        _model, offline = self._model(k)
        # a language model reads every offered tool's schema on every step: offer what the ask needs
        offered = None if offline else self._offer(k, turn, session)
        agent, offline = self._agent(k, turn, offered)
        history, system = [], None
        if not offline:
            from langchain_core.messages import AIMessage, HumanMessage
            system = system_prompt(turn.as_of, turn.language, k.catalogue_text)
            for past in (session.turns[-4:] if session else []):
                history += [HumanMessage(past["question"]), AIMessage((past.get("answer") or {}).get("answer", ""))]
        events: list[ChatEvent] = []

        def on_call(name: str, args: dict[str, Any]) -> None:
            events.append(ChatEvent(type="progress", data={"step": "tool_call", "tool": name, "args": args}))

        def on_tool(res: ToolResult) -> None:
            events.append(ChatEvent(type="progress", data={"step": "tool_result", "tool": res.name, "ok": res.ok,
                                                           "elapsed_ms": round(res.elapsed_ms, 1)}))

        yield ChatEvent(type="progress", data={"step": "planning", "model": self.model_name})
        run = None
        try:
            run = run_agent(agent, turn, history=history, system=system,
                            max_steps=self.settings.agent_max_steps, on_tool=on_tool, on_call=on_call)
            if offered is not None and _wanted_more_tools(run.results):
                # the planner's reading of the ask left out the tool the model needed: once more, with all
                events.append(ChatEvent(type="progress", data={"step": "retry_all_tools"}))
                agent, _offline = self._agent(k, turn, None)
                run = run_agent(agent, turn, history=history, system=system,
                                max_steps=self.settings.agent_max_steps, on_tool=on_tool, on_call=on_call)
        except JourneyError:
            raise
        except Exception as exc:  # noqa: BLE001 — an LLM/network failure becomes an error answer, not a crash
            # the exception text (URLs, keys, internal paths) goes to the server log only
            log.error("chat model failed: %s", redact_all(f"{type(exc).__name__}: {exc}"[:500], self._redact()))
            timed_out = "timeout" in type(exc).__name__.lower() or "timed out" in str(exc).lower()
            error = {"code": "model_timeout" if timed_out else "model_failed",
                     "message": ("the chat model did not answer in time" if timed_out
                                 else "the chat model could not be reached or failed"),
                     "hint": (f"raise JOURNEY_LLM_TIMEOUT_S (now {self.settings.llm_timeout_s:g} s), use a faster model, "
                              "or JOURNEY_MODEL=offline") if timed_out else
                             "check the model settings (OPENAI_BASE_URL, JOURNEY_LLM_MODEL) or use JOURNEY_MODEL=offline"}
        else:
            error = run.error
        yield from events
        plan = run.plan if run else None
        results = run.results if run else []
        # the offline model writes no text: the answer is composed here, once, from the tool results
        final_text = None if offline or error else (run.final_text if run else None)
        answer = compose_answer(message, turn.language, results, k.names, plan=plan, final_text=final_text,
                                redact=self._redact(), model=self.model_label(), error=error)
        if error and error["code"] == "too_many_steps":
            from assistant.compose.lang import t
            answer.answer = t(turn.language, "too_many_steps")
        answer.session_id = sid if remember else None
        answer.elapsed_ms = round((time.perf_counter() - t0) * 1000, 1)
        # the state keeps the top entity of this answer so "why?" can follow a ranking
        state = plan.state.with_results(results).to_dict() if plan is not None and getattr(plan, "state", None) is not None else (
            session.last_state if session else None)
        answer = Answer.model_validate(sanitize_answer(answer.model_dump(mode="json"), self._redact(), self._limits()))
        if remember:
            self.store.append(sid, redact_all(message, self._redact()), answer.model_dump(mode="json"),
                              redact_all(state, self._redact()), owner=owner or LOCAL_OWNER)
        yield answer

    def answer(self, message: str, *, session_id: str | None = None, lang: str | None = None,
               as_of: date | None = None, remember: bool = True, owner: str | None = None) -> Answer:
        """Answer one message; creates the session when session_id is None or unknown.

        remember=False (a one-off CLI question) stores no session, so it never shows in the
        web page's conversation list.
        """
        out = None
        for item in self._turn(message, session_id, lang, as_of, remember, owner):
            if isinstance(item, Answer):
                out = item
        assert out is not None  # _turn always ends with the answer
        return out

    def stream(self, message: str, *, session_id: str | None = None, lang: str | None = None,
               as_of: date | None = None, owner: str | None = None) -> Iterator[ChatEvent]:
        """Progress events per tool step, then one `answer` event (or one `error` event)."""
        try:
            for item in self._turn(message, session_id, lang, as_of, owner=owner):
                if isinstance(item, Answer):
                    yield ChatEvent(type="answer", data=item.model_dump(mode="json"))
                else:
                    yield item
        except JourneyError as exc:
            yield ChatEvent(type="error", data=exc.to_dict())

    # -- sessions, votes, catalogue, health ------------------------------------------------
    def list_sessions(self, owner: str | None = None) -> list[SessionInfo]:
        return [SessionInfo(session_id=s.session_id, title=s.title, turns=s.turns, updated_at=s.updated_at)
                for s in self.store.list(owner or LOCAL_OWNER)]

    def session_history(self, session_id: str, owner: str | None = None) -> list[dict[str, Any]]:
        return [{"question": t["question"], "answer": t["answer"]}
                for t in self.store.get(session_id, owner or LOCAL_OWNER).turns]

    def delete_session(self, session_id: str, owner: str | None = None) -> None:
        self.store.delete(session_id, owner or LOCAL_OWNER)

    def record_vote(self, *, session_id: str | None, turn: int | None, vote: Literal["up", "down"],
                    comment: str | None = None, question: str | None = None, owner: str | None = None) -> None:
        if vote not in ("up", "down"):
            raise JourneyError(f"vote must be 'up' or 'down', not {vote!r}", hint="send up or down", code="bad_vote")
        if session_id is not None:
            session = self.store.get(session_id, owner or LOCAL_OWNER)
            if turn is not None and not (0 <= turn < len(session.turns)):
                raise NotFoundError(f"session {session_id} has no turn {turn}",
                                    hint=f"turns are numbered 0..{len(session.turns) - 1}")
            if question is None and turn is not None:
                question = session.turns[turn]["question"]
        line = {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "session_id": session_id,
                "turn": turn, "vote": vote, "comment": redact_all(comment, self._redact()),
                "question": redact_all(question, self._redact())}
        path = self.workspace.ensure().feedback_votes_path
        try:
            with self._lock, path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise WorkspaceError(f"cannot record the vote in {path}: {exc}", hint="is the workspace writable?") from exc

    def metrics_catalogue(self) -> list[dict[str, Any]]:
        return self.layer.catalogue()

    def health(self) -> dict[str, Any]:
        # the folder's name only: its absolute path would tell strangers about the host
        out: dict[str, Any] = {"ok": False, "workspace": self.workspace.root.name, "database": self.workspace.exists(),
                               "index": self.workspace.chroma_dir.is_dir(), "model": self.model_name,
                               "metrics": len(self.layer.metrics)}
        if out["database"]:
            try:
                k = self.knowledge()
                out.update(ok=True, as_of=k.as_of.isoformat(), touchpoints=len(k.catalog.touchpoints),
                           journeys=len(k.catalog.journeys))
            except JourneyError as exc:
                out["error"] = exc.to_dict()
        else:
            out["error"] = {"code": "empty_workspace", "message": "no data loaded",
                            "hint": "run `journey demo` or `journey ingest DIR`"}
        return out

    def brief(self, *, as_of: date | None = None, days: int = 1, lang: str = "en",
              filters: dict[str, list[str]] | None = None, journey_ids: list[str] | None = None) -> dict[str, Any]:
        """The morning brief JSON, with the cached display names and feedback index."""
        from assistant.brief.make import brief_llm, make_brief
        out = make_brief(self.gateway, self.layer, names=self.knowledge().names, as_of=as_of, days=days, lang=lang,
                         filters=filters, journey_ids=journey_ids, feedback_index=self.feedback_index,
                         llm=brief_llm(self.settings) if self.model_name == "openai" else None)
        return out.model_dump(mode="json")

    def close(self) -> None:
        self.gateway.close()

    # -- views without the planner: the /map page and boards (assistant/views.py) ---------
    def journey_map_view(self, **kwargs: Any) -> dict[str, Any]:
        from assistant.views import journey_map_view
        return journey_map_view(self, **kwargs)

    def boards(self) -> Any:
        with self._lock:
            if getattr(self, "_boards", None) is None:
                from assistant.boards import BoardStore
                self._boards = BoardStore(self.workspace.boards_dir)
            return self._boards

    def answer_calls(self, question: str, calls: list[dict[str, Any]], *, lang: str = "en") -> Answer:
        from assistant.views import answer_calls
        return answer_calls(self, question, calls, lang=lang)


def build_chat_service(settings: Settings | None = None, *, workspace: str | None = None,
                       registry: ModelRegistry | None = None, model_name: str | None = None) -> AgentChatService:
    """The one factory: settings → workspace, gateway, semantic layer, session store, model registry."""
    settings = settings or load_settings()
    ws = resolve_workspace(workspace or settings.workspace)
    gw = open_engine(ws, settings.engine, timeout_s=settings.query_timeout_s, row_cap=settings.row_cap,
                     threads=settings.db_threads, memory_limit=settings.db_memory_limit,
                     temp_limit=settings.db_temp_limit, untrusted_memory_mb=settings.sql_memory_mb,
                     max_cell_chars=settings.max_cell_chars, generation_path=ws.generation_path)
    store = SessionStore(ws.sessions_dir, max_turns=settings.session_max_turns, max_sessions=settings.max_sessions,
                         max_bytes=settings.session_max_bytes)
    return AgentChatService(settings, ws, gw, load_semantic_layer(), store, registry, model_name)
