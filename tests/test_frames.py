"""The question frame of ≥ 150 questions as a data file (question → frame → first tool call), issue 8.

`tests/frames/frames.yaml` is recorded by `tests/frames/record.py` from the golden questions (whose
answers are checked against hand-written SQL) and the extra questions beside it, and reviewed by a
person. A changed reading of any question fails here until it is re-recorded on purpose."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.frames.record import frame_record, plan_items

FRAMES = yaml.safe_load((Path(__file__).parent / "frames" / "frames.yaml").read_text(encoding="utf-8"))


def test_the_frame_file_is_large_and_bilingual():
    assert len(FRAMES) >= 150
    langs = [f["lang"] for f in FRAMES]
    assert langs.count("zh") >= 60 and langs.count("en") >= 60
    asks = {f["frame"].get("ask") for f in FRAMES}
    assert {"value", "ranking", "comparison", "trend", "drivers", "themes", "definition"} <= asks


@pytest.fixture(scope="module")
def plans(golden_catalog):
    return plan_items(golden_catalog, FRAMES)


@pytest.mark.parametrize("item", FRAMES, ids=[f["id"] for f in FRAMES])
def test_question_frame_and_tool(item, plans):
    got = frame_record(plans[item["id"]])
    want = {"status": item["status"], "frame": item["frame"], "tool": item["tool"]}
    assert yaml.safe_load(yaml.safe_dump(got)) == want, item["question"]
