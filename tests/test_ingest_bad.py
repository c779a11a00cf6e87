"""Broken dataset folders: each names file, line, column and a fix, and leaves the workspace unchanged."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from ingest_cases import GOOD, sha256, variant, write_folder
from knowledge.errors import BadInputError
from knowledge.ingest import ingest_folder
from knowledge.workspace import Workspace

EV_HEAD = "event_id,customer_id,ts,touchpoint_id,action,device,campaign\n"
FB_HEAD = "feedback_id,text,ts,customer_id,touchpoint_id,channel,rating,nps\n"
OK_EVENT = "e1,c1,2026-10-03T21:14:05,tp_home,view,ios,autumn\n"
HUGE = "x" * 1_200_000


def _bad_parquet() -> bytes:
    return b"PAR1" + b"\x00garbage" * 20


def _parquet_with_bad_ts(tmp: Path) -> bytes:
    out = tmp / "ev.parquet"
    con = duckdb.connect()
    con.execute(f"COPY (SELECT * FROM (VALUES ('e1','c1','2026-10-03T10:00:00','tp_home'), "
                f"('e2','c1','03/10/2026','tp_home')) t(event_id, customer_id, ts, touchpoint_id)) "
                f"TO '{out}' (FORMAT parquet)")
    con.close()
    return out.read_bytes()


# id -> (files to change, expected (file, line, column, words in the reason))
CASES: dict[str, tuple[dict[str, object], tuple[str, int | None, str | None, str]]] = {
    "missing_column": ({"events.csv": "event_id,customer_id,touchpoint_id\ne1,c1,tp_home\n"},
                       ("events.csv", 1, "ts", "missing")),
    "bad_timestamp": ({"events.csv": EV_HEAD + OK_EVENT + "e2,c1,2026-10-32T10:00:00,tp_home,view,ios,\n"},
                      ("events.csv", 3, "ts", "timestamp")),
    "bad_number": ({"orders.csv": "order_id,customer_id,ts,amount\no1,c1,2026-10-04T08:01:00,¥129\n"},
                   ("orders.csv", 2, "amount", "not a number")),
    "infinite_number": ({"orders.csv": "order_id,customer_id,ts,amount\no1,c1,2026-10-04T08:01:00,12\n"
                                       "o2,c1,2026-10-04T08:01:00,inf\n"}, ("orders.csv", 3, "amount", "not a number")),
    "bad_integer": ({"journeys.csv": "journey_id,journey_name,step,touchpoint_id\nj,J,1,tp_home\nj,J,2.5,tp_sms\n"},
                    ("journeys.csv", 3, "step", "whole number")),
    "unknown_touchpoint": ({"events.csv": EV_HEAD + OK_EVENT * 3 + "e9,c1,2026-10-03T21:14:05,tp_hom,view,ios,\n"},
                           ("events.csv", 5, "touchpoint_id", "not found")),
    "duplicate_key_different_content": (
        {"customers.csv": "customer_id,segment\nc1,new\nc2,vip\nc1,vip\n"},
        ("customers.csv", 4, "customer_id", "duplicate")),
    "gbk_encoding": ({"feedback.csv": FB_HEAD.encode() + b"f1,ok,,,,,,\n" + "f2,验证码收不到,,,,,,\n".encode("gbk")},
                     ("feedback.csv", 3, "text", "byte offset 81")),
    "gbk_header": ({"touchpoints.csv": "触点编号,名称\n".encode("gbk")}, ("touchpoints.csv", 1, None, "UTF-8")),
    "empty_file": ({"orders.csv": b""}, ("orders.csv", None, None, "empty")),
    "huge_field": ({"feedback.csv": FB_HEAD + f"f1,{HUGE},,,,,,\n"}, ("feedback.csv", 2, "text", "longer than")),
    "journey_step_gap": ({"journeys.csv": "journey_id,journey_name,step,touchpoint_id\nj,J,1,tp_home\nj,J,3,tp_sms\n"},
                         ("journeys.csv", 2, "step", "1,3")),
    "journey_not_starting_at_1": (
        {"journeys.csv": "journey_id,journey_name,step,touchpoint_id\nj,J,2,tp_home\nj,J,3,tp_sms\n"},
        ("journeys.csv", 2, "step", "not 1..n")),
    "no_events_no_feedback": ({"events.csv": None, "feedback.csv": None}, ("d", None, None, "neither events nor feedback")),
    "bad_parquet": ({"events.csv": None, "events.parquet": _bad_parquet()}, ("events.parquet", None, None, "Parquet")),
    "nps_out_of_range": ({"feedback.csv": FB_HEAD + "f1,ok,,,,,4,11\n"}, ("feedback.csv", 2, "nps", "out of range")),
    "rating_out_of_range": ({"feedback.csv": FB_HEAD + "f1,ok,,,,,4,9\nf2,meh,,,,,0,9\n"},
                            ("feedback.csv", 3, "rating", "out of range")),
    "empty_required_text": ({"feedback.csv": FB_HEAD + "f1,,,,,,,\n"}, ("feedback.csv", 2, "text", "empty")),
    "bad_stage": ({"touchpoints.csv": GOOD["touchpoints.csv"] + "tp_x,X,X,discovery,web,\n"},
                  ("touchpoints.csv", 7, "stage", "stage")),
    "extra_field_in_row": ({"events.csv": EV_HEAD + OK_EVENT + "e2,c1,2026-10-03T21:14:05,tp_home,view,ios,a,b\n"},
                           ("events.csv", 3, None, "CSV")),
    "unterminated_quote": ({"events.csv": EV_HEAD + OK_EVENT + 'e2,c1,2026-10-03T21:14:05,tp_home,"view,ios,\n'},
                           ("events.csv", 3, "action", "unterminated quote")),
    "semicolon_separated": ({"orders.csv": "order_id;customer_id;ts;amount\no1;c1;2026-10-04T08:01:00;12\n"},
                            ("orders.csv", 1, "order_id", "comma-separated")),
    "duplicate_header": ({"customers.csv": "customer_id,segment,segment\nc1,a,b\n"},
                         ("customers.csv", 1, "segment", "more than once")),
    "two_files_one_table": ({"events.parquet": _bad_parquet()}, ("events.csv", None, None, "twice")),
    "window_days_zero": ({"journeys.csv": "journey_id,journey_name,step,touchpoint_id,window_days\nj,J,1,tp_home,0\n"},
                         ("journeys.csv", 2, "window_days", "out of range")),
    "line_after_multiline_field": (
        {"feedback.csv": FB_HEAD + 'f1,"one\ntwo\nthree",,,,,,\nf2,ok,yesterday,,,,,\n'},
        ("feedback.csv", 5, "ts", "timestamp")),
    "formula_text_with_bad_rating": ({"feedback.csv": FB_HEAD + "f1,=cmd|' /C calc'!A0,,,,,x,\n"},
                                     ("feedback.csv", 2, "rating", "not a number")),
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("base")
    ws = Workspace(root / "ws")
    ingest_folder(ws, variant(root / "good"), progress=False)
    return ws


def _copy(ws: Workspace, dest: Path) -> Workspace:
    shutil.copytree(ws.root, dest / "ws")
    return Workspace(dest / "ws")


def _snapshot(ws: Workspace) -> dict[str, str]:
    return {str(p.relative_to(ws.root)): sha256(p) for p in ws.root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_folder_is_reported_and_changes_nothing(case: str, loaded: Workspace, tmp_path: Path) -> None:
    changes, (file, line, column, words) = CASES[case]
    ws = _copy(loaded, tmp_path)
    before = _snapshot(ws)
    folder = variant(tmp_path / "d", **{k.replace(".", "__"): v for k, v in changes.items()})
    with pytest.raises(BadInputError) as err:
        ingest_folder(ws, folder, progress=False)
    exc = err.value
    match = [p for p in exc.problems if p.file == file and p.line == line and p.column == column]
    assert match, f"no problem at {file}:{line}:{column} in:\n{exc}"
    assert words.lower() in (match[0].reason + " " + match[0].hint).lower()
    assert match[0].hint, "every problem says how to fix it"
    assert exc.code == "bad_input" and exc.exit_code == 2 and "nothing was loaded" in exc.message
    assert _snapshot(ws) == before
    assert not ws.rejects_dir.exists()


def test_parquet_bad_value_names_row(loaded: Workspace, tmp_path: Path) -> None:
    ws = _copy(loaded, tmp_path)
    before = _snapshot(ws)
    folder = variant(tmp_path / "d", events__csv=None, events__parquet=_parquet_with_bad_ts(tmp_path))
    with pytest.raises(BadInputError) as err:
        ingest_folder(ws, folder, progress=False)
    [p] = err.value.problems
    assert (p.file, p.line, p.column, p.value) == ("events.parquet", 2, "ts", "03/10/2026")
    assert _snapshot(ws) == before


def test_unknown_touchpoint_checked_against_loaded_touchpoints(loaded: Workspace, tmp_path: Path) -> None:
    ws = _copy(loaded, tmp_path)
    folder = write_folder(tmp_path / "d", {"feedback.csv": FB_HEAD + "f7,hi,,,tp_pay,,,\nf8,hi,,,tp_nope,,,\n"})
    with pytest.raises(BadInputError) as err:
        ingest_folder(ws, folder, progress=False)
    assert [(p.line, p.value) for p in err.value.problems] == [(3, "tp_nope")]


def test_every_bad_row_is_reported_up_to_the_cap(loaded: Workspace, tmp_path: Path) -> None:
    ws = _copy(loaded, tmp_path)
    rows = "".join(f"e{i},c1,bad{i},tp_home,view,ios,\n" for i in range(30))
    folder = write_folder(tmp_path / "d", {"events.csv": EV_HEAD + rows})
    with pytest.raises(BadInputError) as err:
        ingest_folder(ws, folder, progress=False)
    assert [p.line for p in err.value.problems] == list(range(2, 32)) and not err.value.truncated
    with pytest.raises(BadInputError) as err:
        ingest_folder(ws, folder, progress=False, max_problems=10)
    assert len(err.value.problems) == 10 and err.value.truncated
    assert "30 problem(s)" in err.value.message and "cap reached" in str(err.value)


def test_gbk_encoding_names_the_byte(loaded: Workspace, tmp_path: Path) -> None:
    ws = _copy(loaded, tmp_path)
    folder = write_folder(tmp_path / "d", {"feedback.csv": FB_HEAD.encode() + "f2,验证码,,,,,,\n".encode("gbk")})
    with pytest.raises(BadInputError) as err:
        ingest_folder(ws, folder, progress=False)
    [p] = err.value.problems
    # header line is 66 bytes, then "f2," : the first GBK byte is at offset 69
    assert p.line == 2 and "byte offset 69" in p.reason and "iconv" in p.hint
