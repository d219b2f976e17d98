"""The Great Expectations suites read only the columns their expectations check, one suite's
rows in memory at a time."""

from __future__ import annotations

import gc
from pathlib import Path

import duckdb
import great_expectations as gx
import pandas as pd
import pyarrow as pa
from support import query

from ingest.checks import SUITES, frame_of, run_checks, suite_query
from ingest.memory import release_arrow_memory
from ingest.settings import Settings


def test_each_suite_reads_exactly_the_columns_its_expectations_check(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    for spec in SUITES:
        checked: set[str] = set()
        for expectation in spec.expectations(gx.expectations):
            for key in ("column", "column_A", "column_B"):
                value = getattr(expectation, key, None)
                if value is not None:
                    checked.add(str(value))
        with_names = f"select * from ({suite_query(spec)}) limit 0"
        with duckdb.connect(str(db), read_only=True) as con:
            names = [d[0] for d in con.execute(with_names).description or []]
        assert set(names) == checked, spec.name
        assert len(names) == len(checked), spec.name
        rows = query(db, f"select count(*) from ({suite_query(spec)})")
        assert rows == query(db, f"select count(*) from ({spec.query})"), spec.name


def test_suites_read_through_arrow_give_the_frames_duckdb_gives(
    sample_warehouse: tuple[Path, str],
) -> None:
    db, _ = sample_warehouse
    with duckdb.connect(str(db), read_only=True) as con:
        for spec in SUITES:
            sql = suite_query(spec)
            expected = con.execute(sql).df()
            pd.testing.assert_frame_equal(frame_of(con.execute(sql).to_arrow_table()), expected)
        # every kind a mart column can take, with and without nulls
        sql = (
            "select * from (values "
            "(1::tinyint, 2::smallint, 3::int, 4::bigint, 5::utinyint, 6::usmallint, 7::uinteger,"
            " 8::ubigint, 9::int, date '2024-03-01', 'a', 1.5, 2.25::double, true),"
            "(null, null, null, null, null, null, null, null, 10::int,"
            " null, null, null, null, null))"
            " as t(i8, i16, i32, i64, u8, u16, u32, u64, full_int, day, text, x, y, flag)"
        )
        expected = con.execute(sql).df()
        pd.testing.assert_frame_equal(frame_of(con.execute(sql).to_arrow_table()), expected)
        assert str(expected["i32"].dtype) == "Int32" and str(expected["full_int"].dtype) == "int32"


def test_each_suites_rows_are_let_go_once_it_is_validated(
    sample_warehouse: tuple[Path, str], tmp_path: Path
) -> None:
    """GX keeps every DataFrame it validated while its context lives: one context per suite,
    so that only one suite's rows are in memory at a time."""
    db, _ = sample_warehouse
    results = run_checks(Settings(db), docs_dir=tmp_path)
    assert [r.name for r in results] == [spec.name for spec in SUITES]
    assert all(r.success and not r.reused for r in results)
    gc.collect()
    alive = [tuple(obj.columns) for obj in gc.get_objects() if isinstance(obj, pd.DataFrame)]
    for spec in SUITES[:-1]:  # the last suite's may stay until the next checks
        with duckdb.connect(str(db), read_only=True) as con:
            columns = tuple(d[0] for d in con.execute(suite_query(spec)).description or [])
        assert columns not in alive, spec.name


def test_release_arrow_memory_gives_back_what_arrow_no_longer_uses() -> None:
    pool = pa.default_memory_pool()
    before = pool.bytes_allocated()
    table = pa.table({"n": pa.array(range(2_000_000), pa.int64())})
    assert pool.bytes_allocated() >= before + 16_000_000
    del table
    assert release_arrow_memory() < before + 16_000_000
