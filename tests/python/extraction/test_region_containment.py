"""A loose region across provinces holds the places near its point, not its whole country."""

from __future__ import annotations

from ingest.extraction.lexicons import Place
from ingest.extraction.places import contains


def _place(location_id: str, feature: str, lat: float, lon: float) -> Place:
    return Place(location_id, location_id, feature, None, "SO", lat, lon, None)


def test_a_loose_region_holds_the_towns_near_its_point() -> None:
    # A federal member state spanning two provinces, its point near its capital.
    region = _place("so-central-state", "region", 5.5, 46.4)
    capital = _place("so-capital-town", "town", 5.3, 46.2)  # about 30 km away
    coast_city = _place("so-coast-city", "city", 2.0, 45.3)  # about 400 km away
    assert contains(region, capital)
    assert not contains(region, coast_city)
    # A place without a point (one the gazetteer lacks) is given the benefit of the doubt.
    unplaced = Place("so-unlisted-x", "X", "town", None, "SO", None, None, None, listed=False)
    assert contains(region, unplaced)
