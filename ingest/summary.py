"""The short summary printed after a run: what was loaded, what was found, where to look."""

from __future__ import annotations

from pathlib import Path

import duckdb
from rich.console import Console
from rich.text import Text

from ingest.errors import UserError
from ingest.settings import Settings
from ingest.terminal import Column, render
from ingest.warehouse import connect_readonly, table_exists

EXAMPLE_QUERY = (
    "select event_date, location_name, weapon, fatalities_best, notes\n"
    "from marts.fact_attacks join marts.dim_location using (location_id)\n"
    "order by event_date desc limit 10;"
)


def print_summary(settings: Settings, console: Console, working: Path | None = None) -> None:
    """Print counts, attacks found, top places, the file path and one query to start from.

    ``settings`` names the file read (the published copy); ``working`` the working file the
    user named, when it is another one. ``console`` must not read markup (``markup=False``):
    places and names are data.
    """
    con = connect_readonly(settings)
    with con:
        if not table_exists(con, "raw", "articles"):
            raise UserError(
                f"nothing ingested into {settings.db_path} yet: run attack-ledger ingest PATH"
            )

        def scalar(sql: str) -> int:
            row = con.execute(sql).fetchone()
            return int(row[0]) if row and row[0] is not None else 0

        versions = scalar("select count(*) from raw.articles")
        articles = scalar("select count(distinct article_id) from raw.articles")
        rejected = (
            scalar("select count(*) from raw.rejected_inputs")
            if table_exists(con, "raw", "rejected_inputs")
            else 0
        )
        console.rule(Text("Attack Ledger", style="bold"))
        console.print(f"articles loaded:   {articles} ({versions} versions)")
        console.print(f"inputs rejected:   {rejected} (see raw.rejected_inputs)")
        if table_exists(con, "marts", "fact_attacks"):
            attacks = scalar("select count(*) from marts.fact_attacks")
            console.print(f"attacks found:     {attacks} (marts.fact_attacks)")
            top = con.execute(
                "select coalesce(l.location_name, 'unknown') as place, l.country_iso2, "
                "count(*) as n from marts.fact_attacks f "
                "left join marts.dim_location l using (location_id) "
                "group by all order by n desc, place limit 5"
            ).fetchall()
            lines = render(
                ["place", "country", Column("attacks", numeric=True)],
                [(place, country or "?", n) for place, country, n in top],
                width=console.width,
                title="Top places",
            )
            console.out("\n".join(lines), highlight=False)
            _print_attacks(con, console)
            query = EXAMPLE_QUERY
        elif table_exists(con, "staging", "stg_attack_mentions"):
            mentions = scalar("select count(*) from staging.stg_attack_mentions")
            console.print(f"attack mentions:   {mentions} (staging.stg_attack_mentions)")
            query = "select * from staging.stg_attack_mentions limit 10;"
        else:
            console.print("attacks found:     extraction models not built yet")
            query = "select title, published_at, language from raw.articles limit 10;"
        named = working or settings.db_path
        console.print(f"warehouse:         {named}")
        if named != settings.db_path:
            console.print(f"published copy:    {settings.db_path} (what readers and BI tools open)")
        console.print("try:")
        console.print(f'  attack-ledger sql --db {named} "{query}"', soft_wrap=True)


_ATTACKS_SQL = """
select
    coalesce(strftime(f.event_date, '%Y-%m-%d'), 'undated') as day,
    coalesce(l.location_name, 'unknown') as place,
    f.weapon,
    coalesce(c.actor_name, a.actor_name, '?') as by_whom,
    case
        when f.fatalities_best is not null then f.fatalities_best::varchar
        when f.fatalities_low is not null then f.fatalities_low::varchar || '+'
        else '?'
    end as killed,
    case
        when f.injured_best is not null then f.injured_best::varchar
        when f.injured_low is not null then f.injured_low::varchar || '+'
        else '?'
    end as wounded,
    f.n_articles
from marts.fact_attacks as f
left join marts.dim_location as l using (location_id)
left join marts.dim_actor as a on a.actor_id = f.attacker_actor_id and a.actor_id <> 'unknown'
left join marts.dim_actor as c on c.actor_id = f.claimed_by_actor_id and c.actor_id <> 'unknown'
order by f.n_articles desc, f.event_date desc nulls last, f.attack_id
limit 8
"""


def _print_attacks(con: duckdb.DuckDBPyConnection, console: Console) -> None:
    """The most reported attacks: the first rows an analyst would look at."""
    lines = render(
        [
            "date",
            "place",
            "weapon",
            "by",
            Column("killed", numeric=True),
            Column("wounded", numeric=True),
            Column("articles", numeric=True),
        ],
        con.execute(_ATTACKS_SQL).fetchall(),
        width=console.width,
        title="Most reported attacks",
    )
    lines.append("by: the group that claimed it, else the attacker named; ?: not reported")
    console.out("\n".join(lines), highlight=False)
