"""Writes ``seeds/country_codes.csv``: country codes and regions for the ACLED and UCDP exports.

Run by hand (``python -m ingest.tools.country_codes``) when the inputs change; the CSV is
reviewed and committed. Inputs, all from the locked ``gazetteer`` dependency group:

- ISO 3166-1 numeric codes (ACLED's ``iso``) and UN M49 sub-regions: ``country-converter``'s
  country table (its ISO columns follow ``pycountry``);
- Gleditsch-Ward state numbers (UCDP's ``country_id``, ``gwnoa``, ``gwnob``): the same table's
  ``GWcode``; territories that are not GW states (Palestine, Western Sahara, most islands) have
  none, and the export leaves the code empty;
- ACLED and UCDP regions: derived from the UN sub-region by the rules below. They are the
  regions those datasets list, assigned by the stated rules, not copied from their files.
"""

from __future__ import annotations

import csv
import importlib.resources
from pathlib import Path

import pandas as pd

from ingest.settings import project_dir

OUTPUT = project_dir() / "seeds" / "country_codes.csv"

# UN sub-region -> ACLED region. Western Asia is ACLED's Middle East except the Caucasus and
# Cyprus; Southern Asia is South Asia except Iran (Middle East); Central Asia joins the
# Caucasus.
ACLED_BY_UN = {
    "Western Africa": "Western Africa",
    "Middle Africa": "Middle Africa",
    "Eastern Africa": "Eastern Africa",
    "Southern Africa": "Southern Africa",
    "Northern Africa": "Northern Africa",
    "Western Asia": "Middle East",
    "Southern Asia": "South Asia",
    "South-eastern Asia": "Southeast Asia",
    "Eastern Asia": "East Asia",
    "Central Asia": "Caucasus and Central Asia",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Southern Europe": "Europe",
    "Western Europe": "Europe",
    "Northern America": "North America",
    "Central America": "Central America",
    "Caribbean": "Caribbean",
    "South America": "South America",
    "Australia and New Zealand": "Oceania",
    "Melanesia": "Oceania",
    "Micronesia": "Oceania",
    "Polynesia": "Oceania",
    "Antarctica": "Antarctica",
}
ACLED_EXCEPTIONS = {
    "AM": "Caucasus and Central Asia",
    "AZ": "Caucasus and Central Asia",
    "GE": "Caucasus and Central Asia",
    "CY": "Europe",
    "IR": "Middle East",
}
# UCDP's five regions: Western Asia, Iran and Egypt are the Middle East (the Caucasus and
# Cyprus are Europe); the rest of Africa is Africa; the Americas; Europe; the rest of Asia
# and Oceania are Asia.
UCDP_EXCEPTIONS = {"AM": "Europe", "AZ": "Europe", "GE": "Europe", "CY": "Europe"}
UCDP_MIDDLE_EAST = {"IR", "EG"}


def ucdp_region(iso2: str, un_region: str, continent: str) -> str:
    if iso2 in UCDP_EXCEPTIONS:
        return UCDP_EXCEPTIONS[iso2]
    if iso2 in UCDP_MIDDLE_EAST or un_region == "Western Asia":
        return "Middle East"
    if continent == "America":
        return "Americas"
    if continent in ("Africa", "Europe"):
        return continent
    return "Asia"  # Asia, Oceania (UCDP codes the Pacific in Asia), Antarctica


def rows() -> list[dict[str, str]]:
    table = importlib.resources.files("country_converter") / "country_data.tsv"
    with importlib.resources.as_file(table) as path:
        data = pd.read_csv(path, sep="\t", keep_default_na=False, dtype=str)
    out = []
    for item in data.itertuples():
        iso2, un_region = str(item.ISO2), str(item.UNregion)
        if len(iso2) != 2 or not un_region or str(item.obsolete):
            continue
        out.append(
            {
                "country_iso2": iso2,
                "country_iso3": str(item.ISO3),
                "iso_numeric": str(int(str(item.ISOnumeric))),
                "gw_code": str(item.GWcode),
                "acled_region": ACLED_EXCEPTIONS.get(iso2, ACLED_BY_UN[un_region]),
                "ucdp_region": ucdp_region(iso2, un_region, str(item.continent)),
                "un_subregion": un_region,
            }
        )
    return sorted(out, key=lambda r: r["country_iso2"])


def main(output: Path = OUTPUT) -> None:
    table = rows()
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(table[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"country codes: {len(table)} countries -> {output}")


if __name__ == "__main__":
    main()
