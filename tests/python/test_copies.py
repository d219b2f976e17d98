"""Syndicated copies of one article give the facts of one article, counted once, n_copies kept."""

from __future__ import annotations

from pathlib import Path

from support import query, run_cli

from ingest.generate import main as generate

FACTS = (
    "select event_date, location_id, weapon, fatalities_best, injured_best, n_articles, "
    "n_publishers from marts.fact_attacks order by all"
)


def test_copies_of_one_article_give_its_facts_with_n_copies(tmp_path: Path) -> None:
    copies = tmp_path / "copies"
    generate([str(copies), "--n", "300", "--copies"])
    one = tmp_path / "one"
    one.mkdir()
    first = (copies / "copies-1-00000.jsonl").read_text(encoding="utf-8").splitlines()[0]
    (one / "one.jsonl").write_text(first + "\n", encoding="utf-8")
    single, many = tmp_path / "one.duckdb", tmp_path / "many.duckdb"
    for folder, db in ((one, single), (copies, many)):
        result = run_cli("run", str(folder), "--db", str(db))
        assert result.returncode == 0, result.stdout + result.stderr
    facts = query(single, FACTS)
    assert facts, "the article reports attacks"
    assert query(many, FACTS) == facts
    assert query(many, "select distinct n_copies from marts.fact_attacks") == [(300,)]
    assert query(
        many, "select count(distinct story_id), count(*) from intermediate.int_article_stories"
    ) == [(1, 300)]
