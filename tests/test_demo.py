"""The demo generator: determinism, DATA.md conformance, sizes and the feedback corpus."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import duckdb
import pytest

from knowledge.demo import SIZES, DemoError, DemoManifest, generate_dataset
from knowledge.demo.company import JOURNEYS, TOUCHPOINTS
from knowledge.demo.texts import load_phrasebooks
from knowledge.demo.writer import fixed_ids
from knowledge.tables import STAGES, TABLES

DUCK = {"string": "VARCHAR", "timestamp": "TIMESTAMP", "integer": "BIGINT", "number": "DOUBLE"}


@pytest.fixture(scope="module")
def manifest(tmp_path_factory: pytest.TempPathFactory) -> DemoManifest:
    return generate_dataset(tmp_path_factory.mktemp("demo") / "data", size="small", seed=42)


@pytest.fixture(scope="module")
def small(manifest: DemoManifest) -> Path:
    return manifest.folder


@pytest.fixture(scope="module")
def db(small: Path) -> duckdb.DuckDBPyConnection:
    """Every file loaded once as text (all_varchar: the raw cells an ingester sees)."""
    con = duckdb.connect()
    for table in TABLES:
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{small / table}.csv', header=true, "
                    "all_varchar=true)")
    return con


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.cursor().execute(sql).fetchall()


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_and_other_seed_differs(small: Path, tmp_path: Path) -> None:
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "events.parquet").write_bytes(b"stale file of the other format")
    again = generate_dataset(tmp_path / "again", size="small", seed=42)
    assert _digest(again.folder) == _digest(small)
    other = generate_dataset(tmp_path / "other", size="small", seed=7)
    assert _digest(other.folder)["events.csv"] != _digest(small)["events.csv"]


def test_manifest_lists_every_table_file(manifest: DemoManifest) -> None:
    assert set(manifest.files) == set(TABLES)
    for table, path in manifest.files.items():
        assert path.exists() and path.stem == table and path.suffix == ".csv"
    assert manifest.rows["touchpoints"] == len(TOUCHPOINTS) >= 15
    assert manifest.rows["journeys"] == sum(len(j.steps) for j in JOURNEYS)
    assert manifest.seed == 42 and manifest.size == "small" and set(manifest.seconds) == {"simulate", "write"}


def test_unknown_size_is_a_journey_error(tmp_path: Path) -> None:
    with pytest.raises(DemoError) as err:
        generate_dataset(tmp_path, size="huge")
    assert err.value.code == "demo_error" and "small" in (err.value.hint or "")


@pytest.mark.parametrize("table", list(TABLES))
def test_columns_and_types_follow_data_md(db: duckdb.DuckDBPyConnection, table: str) -> None:
    spec = TABLES[table]
    cols = [r[0] for r in _rows(db, f"DESCRIBE SELECT * FROM {table}")]
    assert set(spec.required) <= set(cols)
    assert set(cols) <= {c.name for c in spec.columns}  # the demo uses contract columns only
    for c in spec.columns:
        if c.name not in cols:
            continue
        bad = _rows(db, f'SELECT count(*) FROM {table} WHERE "{c.name}" IS NOT NULL '
                    f'AND TRY_CAST("{c.name}" AS {DUCK[c.type]}) IS NULL')[0][0]
        assert bad == 0, f"{table}.{c.name}: {bad} values do not parse as {c.type}"
        if c.required:
            assert _rows(db, f'SELECT count(*) FROM {table} WHERE "{c.name}" IS NULL OR "{c.name}" = \'\'')[0][0] == 0


@pytest.mark.parametrize("table", [t for t in TABLES if TABLES[t].key])
def test_keys_are_unique(db: duckdb.DuckDBPyConnection, table: str) -> None:
    key = ", ".join(f'"{k}"' for k in TABLES[table].key)
    total, distinct = _rows(db, f"SELECT count(*), count(DISTINCT ({key})) FROM {table}")[0]
    assert total == distinct > 0


def test_references_and_value_sets(db: duckdb.DuckDBPyConnection) -> None:
    for table in ("events", "journeys", "feedback"):
        orphans = _rows(db, f"SELECT count(*) FROM {table} x WHERE x.touchpoint_id IS NOT NULL "
                        "AND x.touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)")[0][0]
        assert orphans == 0, table
    for table in ("events", "orders", "feedback", "experiments"):
        assert _rows(db, f"SELECT count(*) FROM {table} x WHERE x.customer_id IS NOT NULL "
                     "AND x.customer_id NOT IN (SELECT customer_id FROM customers)")[0][0] == 0, table
    assert {r[0] for r in _rows(db, "SELECT DISTINCT stage FROM touchpoints")} == set(STAGES)
    steps = _rows(db, "SELECT journey_id, list(step::INT ORDER BY step::INT) FROM journeys GROUP BY 1")
    assert len(steps) >= 3 and all(s == list(range(1, len(s) + 1)) for _, s in steps)
    values = {
        ("customers", "segment"): {"new", "returning", "vip", "at_risk"},
        ("events", "action"): {"view", "click", "submit", "success", "fail"},
        ("events", "device"): {"ios", "android", "pc"},
        ("events", "channel"): {"web", "app", "mini_program"},
        ("orders", "status"): {"paid", "cancelled", "refunded", "returned"},
        ("feedback", "channel"): {"survey", "app_review", "ticket", "social", "call_note"},
        ("experiments", "variant"): {"control", "treatment"},
    }
    for (table, col), expected in values.items():
        assert {r[0] for r in _rows(db, f"SELECT DISTINCT {col} FROM {table}")} == expected, col


def test_aliases_are_bilingual(db: duckdb.DuckDBPyConnection) -> None:
    for (aliases, name_zh, name_en) in _rows(db, "SELECT aliases, name_zh, name_en FROM touchpoints"):
        parts = aliases.split("|")
        assert any(re.search(r"[\u4e00-\u9fff]", p) for p in parts), aliases
        assert any(re.fullmatch(r"[A-Za-z][\w &'-]*", p) for p in parts), aliases
        assert re.search(r"[\u4e00-\u9fff]", name_zh) and name_en.isascii()


def test_one_year_ending_sunday_night(db: duckdb.DuckDBPyConnection) -> None:
    lo, hi = _rows(db, "SELECT min(ts::TIMESTAMP), max(ts::TIMESTAMP) FROM events")[0]
    assert str(lo) >= "2025-11-16 00:00:00" and str(lo) < "2025-11-17"
    assert str(hi) <= "2026-11-15 23:59:59" and str(hi) > "2026-11-15"


def test_events_are_mostly_but_not_perfectly_in_time_order(db: duckdb.DuckDBPyConnection) -> None:
    ts = [r[0] for r in _rows(db, "SELECT ts FROM events")]
    backwards = sum(1 for a, b in zip(ts, ts[1:]) if b < a)
    assert 0.005 * len(ts) < backwards < 0.05 * len(ts)


def test_small_size_is_near_its_target(db: duckdb.DuckDBPyConnection) -> None:
    n_events = _rows(db, "SELECT count(*) FROM events")[0][0]
    target = SIZES["small"].target_events
    assert 0.8 * target <= n_events <= 1.2 * target
    assert 3_000 <= _rows(db, "SELECT count(*) FROM customers")[0][0] <= 6_000


def test_feedback_corpus_is_bilingual_varied_and_rated(db: duckdb.DuckDBPyConnection) -> None:
    n, zh, distinct, no_tp, rated, with_nps = _rows(
        db,
        f"SELECT count(*), count(*) FILTER (WHERE regexp_matches(text, '\\p{{Han}}')), count(DISTINCT text), "
        "count(*) FILTER (WHERE touchpoint_id IS NULL), count(rating), count(nps) FROM feedback")[0]
    assert n >= 5_000
    assert 0.5 < zh / n < 0.7
    assert distinct > 0.8 * n
    assert 0 < no_tp < 0.1 * n
    assert 0.4 * n < rated < n and 0 < with_nps < rated
    lengths = [r[0] for r in _rows(db, "SELECT length(text) FROM feedback")]
    assert min(lengths) <= 8 and max(lengths) >= 80  # "太慢了" as well as multi-sentence stories
    mixed = _rows(db, f"SELECT count(*) FROM feedback WHERE regexp_matches(text, '\\p{{Han}}') "
                  f"AND regexp_matches(text, '[A-Za-z]{{4,}}')")[0][0]
    assert mixed > 50  # code-switching like "payment一直失败"


def test_rating_follows_sentiment_words(db: duckdb.DuckDBPyConnection) -> None:
    good, bad = _rows(
        db,
        "SELECT avg(rating::DOUBLE) FILTER (WHERE text LIKE '%好评%' OR text ILIKE '%great%'), "
        "avg(rating::DOUBLE) FILTER (WHERE text LIKE '%失败%' OR text ILIKE '%failed%') FROM feedback")[0]
    assert good > 3.8 and bad < 2.5


def test_phrasebooks_share_theme_keys_and_cover_touchpoints() -> None:
    books = load_phrasebooks()
    zh, en = books["zh"].data["themes"], books["en"].data["themes"]
    assert zh.keys() == en.keys()
    for tp in [t.id for t in TOUCHPOINTS]:
        for pol in ("neg", "pos"):
            assert zh[tp][pol].keys() == en[tp][pol].keys(), (tp, pol)
        complaints = [k for k in zh[tp]["neg"] if not k.endswith("_android")]
        assert 2 <= len(complaints) <= 4 and 1 <= len(zh[tp]["pos"]) <= 3, tp


def test_theme_labels_never_appear_in_the_data(small: Path) -> None:
    books = load_phrasebooks()
    labels = {k for tp in books["zh"].data["themes"].values() for pol in tp.values() for k in pol}
    text = "\n".join((small / f"{t}.csv").read_text(encoding="utf-8") for t in ("feedback", "touchpoints"))
    assert not [k for k in labels if k in text]


def test_fixed_ids_pad_and_prefix() -> None:
    assert fixed_ids("E", [1, 123456789, 42], 9).to_pylist() == ["E000000001", "E123456789", "E000000042"]
    assert fixed_ids("AB", [7, 99999], 5).to_pylist() == ["AB00007", "AB99999"]


@pytest.mark.heavy
@pytest.mark.parametrize("size", ["medium", "large"])
def test_bigger_sizes_hit_their_targets(tmp_path: Path, size: str) -> None:
    import time
    cpu = time.process_time()
    m = generate_dataset(tmp_path, size=size, seed=42)
    # CPU seconds, not wall time: the test machines are shared and wall time measures the neighbours.
    cpu = time.process_time() - cpu
    assert m.files["events"].suffix == ".parquet" and m.files["orders"].suffix == ".parquet"
    target = SIZES[size].target_events
    assert 0.8 * target <= m.rows["events"] <= 1.2 * target
    assert m.rows["feedback"] >= 5_000
    assert cpu < 30
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_parquet('{m.files['events']}')").fetchall()[0][0] == m.rows["events"]
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                             f"read_parquet('{m.files['orders']}'))").fetchall())
    assert types["customer_id"] == "VARCHAR" and types["ts"] == "TIMESTAMP" and types["amount"] == "DOUBLE"
