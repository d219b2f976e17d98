"""The Great Expectations suites read only the columns their expectations check."""

from __future__ import annotations

from pathlib import Path

import duckdb
import great_expectations as gx
from support import query

from ingest.checks import SUITES, suite_query


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
