"""Session memory: persistence across store instances, bounds, LRU eviction, errors."""
from __future__ import annotations

import os
import time

import pytest

from assistant.memory import SessionStore
from knowledge.errors import NotFoundError


def test_turns_survive_a_restart_with_state(tmp_path):
    store = SessionStore(tmp_path / "s")
    store.append("abc", "哪个触点流失最多?", {"status": "ok"}, {"metric_id": "users_lost"})
    store.append("abc", "那上个月呢?", {"status": "ok"}, {"metric_id": "users_lost", "period": None})
    again = SessionStore(tmp_path / "s").get("abc")
    assert [t["question"] for t in again.turns] == ["哪个触点流失最多?", "那上个月呢?"]
    assert again.last_state == {"metric_id": "users_lost", "period": None}
    assert again.title == "哪个触点流失最多?"
    assert not [p for p in (tmp_path / "s").iterdir() if p.name.startswith(".tmp")]


def test_turns_are_bounded(tmp_path):
    store = SessionStore(tmp_path, max_turns=3)
    for i in range(5):
        store.append("s1", f"q{i}", {}, None)
    assert [t["question"] for t in store.get("s1").turns] == ["q2", "q3", "q4"]


def test_least_recently_used_session_is_evicted(tmp_path):
    store = SessionStore(tmp_path, max_sessions=2)
    store.append("a", "q", {}, None)
    os.utime(tmp_path / "a.json", ns=(1, 1))  # make "a" clearly the oldest
    store.append("b", "q", {}, None)
    time.sleep(0.01)
    store.append("c", "q", {}, None)
    assert {s.session_id for s in store.list()} == {"b", "c"}
    assert store.find("a") is None


def test_unknown_and_bad_ids(tmp_path):
    store = SessionStore(tmp_path)
    with pytest.raises(NotFoundError):
        store.get("nope")
    with pytest.raises(NotFoundError):
        store.get("../etc/passwd")
    with pytest.raises(NotFoundError):
        store.delete("nope")
    store.append("x", "q", {}, None)
    store.delete("x")
    assert store.list() == []
