"""A fake ChatService for the API and browser tests: real sessions, scripted answers, no data."""
from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import Any, Literal

from assistant.answer import Answer, Citation, Table, ToolCallRecord
from assistant.service import ChatEvent, ChatService, SessionInfo
from knowledge.errors import JourneyError, NotFoundError

# (touchpoint_id, zh name, en name, users_lost, drop_off_rate)
LOSSES = [("tp_sms", "短信验证", "SMS verification", 4120, 0.41),
          ("tp_pay", "支付", "Payment", 2210, 0.18),
          ("tp_signup", "注册表单", "Sign-up form", 1530, 0.12)]
COMMENTS = [("f123", "tp_sms", "验证码一直收不到，等了五分钟还是没有短信，最后只好放弃注册了。客服电话也打不通，在线客服只会发模板回复，希望尽快修复短信通道，或者提供邮箱验证的替代方式。"),
            ("f207", "tp_sms", "The verification code never arrived, I tried three times and gave up.")]


def _is_zh(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


class FakeChatService(ChatService):
    """Answers every question with the touchpoint-loss table; `fail_on` words trigger errors."""

    def __init__(self, *, step_delay_s: float = 0.0, steps: int = 2) -> None:
        self.step_delay_s = step_delay_s
        self.steps = steps
        self.sessions: dict[str, dict[str, Any]] = {}
        self.votes: list[dict[str, Any]] = []
        self.streams_closed = 0
        self.steps_run = 0
        self._lock = threading.Lock()

    # -- helpers -------------------------------------------------------------------------
    def _session(self, session_id: str | None, message: str, owner: str | None = None) -> str:
        with self._lock:
            known = session_id in self.sessions and self.sessions[session_id]["owner"] == (owner or "local")
            if not known:
                # like the real service: over HTTP (an owner is given) ids are made by the server
                session_id = (session_id if owner is None and session_id and session_id not in self.sessions
                              else uuid.uuid4().hex[:12])
                self.sessions[session_id] = {"title": message[:40], "turns": [], "updated_at": "",
                                             "owner": owner or "local"}
            self.sessions[session_id]["updated_at"] = datetime.now(timezone.utc).isoformat()
            return session_id

    def _compose(self, message: str, session_id: str, lang: str | None) -> Answer:
        if "boom" in message:
            raise RuntimeError("secret internal detail /etc/passwd")
        if "不支持" in message or "unsupported" in message:
            raise JourneyError("cannot answer questions about the weather",
                               hint="ask about touchpoints, funnels or feedback", code="unsupported_question")
        zh = (lang or ("zh" if _is_zh(message) else "en")) == "zh"
        rows = sorted(LOSSES, key=lambda r: r[3], reverse=True)
        table = Table(title="各触点流失用户" if zh else "Users lost per touchpoint",
                      columns=["touchpoint_id", "touchpoint", "users_lost", "drop_off_rate"],
                      rows=[[r[0], r[1] if zh else r[2], r[3], r[4]] for r in rows])
        top = rows[0]
        text = (f"{top[1]}环节流失用户最多：{top[3]} 人，流失率 {top[4]:.0%}。" if zh
                else f"{top[2]} loses the most users: {top[3]}, a drop-off rate of {top[4]:.0%}.")
        turns = len(self.sessions[session_id]["turns"])
        if turns:
            text += (f"（第 {turns + 1} 轮）" if zh else f" (turn {turns + 1})")
        chart = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
                 "data": {"values": [{"touchpoint": r[1] if zh else r[2], "users_lost": r[3]} for r in rows]},
                 "mark": "bar",
                 "encoding": {"x": {"field": "touchpoint", "type": "nominal", "sort": "-y"},
                              "y": {"field": "users_lost", "type": "quantitative"}}}
        return Answer(
            question=message, language="zh" if zh else "en", answer=text, status="ok", tables=[table],
            assumptions=["period: 2026-10-01 .. 2026-10-31"],
            sql=["SELECT touchpoint_id, count(*) AS users_lost FROM events GROUP BY 1 ORDER BY 2 DESC"],
            citations=[Citation(feedback_id=c[0], touchpoint_id=c[1], text=c[2], sentiment="negative")
                       for c in COMMENTS],
            chart=chart, tool_calls=[ToolCallRecord(name="funnel_dropoff", args={"journey_id": "register"})],
            follow_ups=(["短信验证环节的用户反馈主要抱怨什么?"] if zh
                        else ["What do users complain about at SMS verification?"]),
            session_id=session_id, model="fake")

    def _record(self, session_id: str, message: str, answer: Answer) -> None:
        with self._lock:
            self.sessions[session_id]["turns"].append({"question": message, "answer": answer.model_dump()})

    # -- ChatService -----------------------------------------------------------------------
    def answer(self, message: str, *, session_id: str | None = None, lang: str | None = None,
               as_of: date | None = None, owner: str | None = None) -> Answer:
        session_id = self._session(session_id, message, owner)
        answer = self._compose(message, session_id, lang)
        self._record(session_id, message, answer)
        return answer

    def stream(self, message: str, *, session_id: str | None = None, lang: str | None = None,
               as_of: date | None = None, owner: str | None = None) -> Iterator[ChatEvent]:
        try:
            session_id = self._session(session_id, message, owner)
            for i in range(self.steps):
                time.sleep(self.step_delay_s)
                with self._lock:
                    self.steps_run += 1
                yield ChatEvent(type="progress", data={"step": "tool_call", "tool": "funnel_dropoff",
                                                       "message": f"step {i + 1}/{self.steps}"})
            answer = self._compose(message, session_id, lang)
            self._record(session_id, message, answer)
            yield ChatEvent(type="answer", data=answer.model_dump())
        finally:
            with self._lock:
                self.streams_closed += 1

    def _owned(self, session_id: str, owner: str | None) -> dict[str, Any]:
        s = self.sessions.get(session_id)
        if s is None or s["owner"] != (owner or "local"):
            raise NotFoundError(f"no session {session_id!r}", hint="list sessions with GET /api/sessions")
        return s

    def list_sessions(self, owner: str | None = None) -> list[SessionInfo]:
        items = [SessionInfo(session_id=k, title=v["title"], turns=len(v["turns"]), updated_at=v["updated_at"])
                 for k, v in self.sessions.items() if v["owner"] == (owner or "local")]
        return sorted(items, key=lambda s: s.updated_at, reverse=True)

    def session_history(self, session_id: str, owner: str | None = None) -> list[dict[str, Any]]:
        return list(self._owned(session_id, owner)["turns"])

    def delete_session(self, session_id: str, owner: str | None = None) -> None:
        self._owned(session_id, owner)
        self.sessions.pop(session_id, None)

    def record_vote(self, *, session_id: str | None, turn: int | None, vote: Literal["up", "down"],
                    comment: str | None = None, question: str | None = None, owner: str | None = None) -> None:
        self.votes.append({"session_id": session_id, "turn": turn, "vote": vote,
                           "comment": comment, "question": question})

    def metrics_catalogue(self) -> list[dict[str, Any]]:
        return [{"id": "drop_off_rate", "name_zh": "流失率", "name_en": "drop-off rate",
                 "definition": "users who reached the step but not the next one / users who reached the step",
                 "unit": "fraction"}]

    def health(self) -> dict[str, Any]:
        return {"ok": True, "workspace": "fake", "database": "ok", "index": "ok"}
