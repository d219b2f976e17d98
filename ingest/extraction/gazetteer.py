"""The gazetteer as the extractor reads it: places by id, and the matching keys of their aliases.

A world gazetteer holds about 200,000 places and half a million aliases, too many to hold as
one Python object each. ``PlaceIndex`` keeps them in columns (one list per field, one array per
integer) and builds a ``Place`` only when the extractor asks for one. The matching keys (each
alias folded as the automaton reads text, ``matching.match_key``) are sorted, and each key
points to its places with three flat arrays: ``starts[k]:starts[k+1]`` slices ``entry_place``
(place numbers) and ``entry_flags`` (alias kind, written with a capital, ordinary word).

It is built from rows (seed tables in tests, the Parquet tables at build time) with
``from_rows``, saved once by ``python -m ingest.tools.build_gazetteer`` as one pickle file, and
loaded by every run in a fraction of a second with ``load``. This module is not compiled: it is
the I/O edge of the extraction library (``lexicons`` calls it).
"""

from __future__ import annotations

import bisect
import hashlib
import math
import pickle
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

from ingest.errors import UserError
from ingest.extraction.lexicons import Place
from ingest.extraction.normalize import initial_capital, match_key

INDEX_FILE: Final = "extractor_index.pickle"
FORMAT: Final = 2  # 2: national capitals
KIND_CODES: Final = {"name": 0, "variant": 1, "demonym": 2}
KIND_NAMES: Final = {code: name for name, code in KIND_CODES.items()}
CASED: Final = 4  # flag: the alias begins with a capital, past an article (so must the text)
COMMON: Final = 8  # flag: the alias is also an ordinary word or a first name
WEAK: Final = 16  # flag: a GeoNames alternate name of unknown language (not canonical, curated,
# English or French): a spelling some source has, that a reader may not mean
_KIND_MASK: Final = 3
_FEATURE_ORDER: Final = {
    "military_base": 0, "airbase": 0, "airport": 0, "oil_field": 0, "gas_field": 0,
    "border_crossing": 0, "other": 0, "town": 1, "city": 1, "admin2": 2, "region": 3,
    "admin1": 4, "country": 5,
}  # fmt: skip


class GazetteerMissingError(UserError):
    """The generated gazetteer is not where it is looked for, or is stale (``make setup``
    builds it): a user error, one line and exit code 2 on the command line."""


def fold_fingerprint() -> str:
    """A hash of the folding code (``normalize.py``): an index built with other folding is stale."""
    digest = hashlib.sha256()
    digest.update((Path(__file__).parent / "normalize.py").read_bytes())
    return digest.hexdigest()[:16]


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text or None


def _number(value: object) -> float | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value)
    return text is not None and text.lower() in {"true", "1", "yes", "t", "y"}


class PlaceIndex(Mapping[str, Place]):
    """Places by id (a read-only mapping, ``Place`` objects made on demand) and their alias keys."""

    __slots__ = (
        "_admin1",
        "_admin2",
        "_built",
        "_by_id",
        "_capitals",
        "_countries",
        "_country_rows",
        "_entry_flags",
        "_entry_place",
        "_features",
        "_ids",
        "_keys",
        "_latitudes",
        "_longitudes",
        "_names",
        "_parents",
        "_populations",
        "_starts",
    )  # fmt: skip

    def __init__(self, state: Mapping[str, Any]) -> None:
        self._ids: list[str] = state["ids"]
        self._names: list[str] = state["names"]
        self._features: list[str] = state["features"]
        self._admin1: list[str | None] = state["admin1"]
        self._admin2: list[str | None] = state["admin2"]
        self._countries: list[str | None] = state["countries"]
        self._latitudes: list[float | None] = state["latitudes"]
        self._longitudes: list[float | None] = state["longitudes"]
        self._populations: array[int] = state["populations"]
        self._parents: list[str | None] = state["parents"]
        self._keys: list[str] = state["keys"]
        self._starts: array[int] = state["starts"]
        self._entry_place: array[int] = state["entry_place"]
        self._entry_flags: bytes = state["entry_flags"]
        self._capitals: dict[str, int] = state["capitals"]
        self._by_id = {location_id: number for number, location_id in enumerate(self._ids)}
        self._built: dict[int, Place] = {}
        self._country_rows: dict[str, Place] | None = None

    # ------------------------------------------------------------------ building and files

    @classmethod
    def from_rows(
        cls, places: Iterable[Mapping[str, object]], aliases: Iterable[Mapping[str, object]]
    ) -> PlaceIndex:
        """An index from place rows and alias rows (seed or Parquet columns; missing optional
        columns, ``admin2``, ``population``, ``common_word``, read as empty)."""
        columns: dict[str, list[Any]] = {
            name: []
            for name in ("ids", "names", "features", "admin1", "admin2", "countries",
                         "latitudes", "longitudes", "parents")
        }  # fmt: skip
        populations = array("q")
        capitals: dict[str, int] = {}
        for row in places:
            location_id = _text(row.get("location_id"))
            name = _text(row.get("location_name"))
            if location_id is None or name is None:
                continue
            columns["ids"].append(location_id)
            columns["names"].append(name)
            columns["features"].append(_text(row.get("feature_type")) or "other")
            columns["admin1"].append(_text(row.get("admin1")))
            columns["admin2"].append(_text(row.get("admin2")))
            columns["countries"].append(_text(row.get("country_iso2")))
            columns["latitudes"].append(_number(row.get("latitude")))
            columns["longitudes"].append(_number(row.get("longitude")))
            columns["parents"].append(_text(row.get("parent_location_id")))
            populations.append(int(_number(row.get("population")) or 0))
            country = columns["countries"][-1]
            if _flag(row.get("is_capital")) and country and country not in capitals:
                capitals[country] = len(columns["ids"]) - 1
        numbers = {location_id: n for n, location_id in enumerate(columns["ids"])}
        by_key: dict[str, dict[int, int]] = {}
        for row in aliases:
            number = numbers.get(_text(row.get("location_id")) or "")
            alias = _text(row.get("alias"))
            if number is None or alias is None:
                continue
            key = match_key(alias)
            if not key:
                continue
            flags = KIND_CODES.get(_text(row.get("alias_kind")) or "variant", 1)
            if initial_capital(alias):
                flags |= CASED
            if _flag(row.get("common_word")):
                flags |= COMMON
            if flags & _KIND_MASK == KIND_CODES["variant"] and _text(row.get("language")) in {
                None,
                "any",
            }:
                flags |= WEAK
            entries = by_key.setdefault(key, {})
            if number in entries:  # two spellings of one place share the key
                old = entries[number]
                cased = old & CASED and flags & CASED
                weak = old & WEAK and flags & WEAK
                kind = min(old & _KIND_MASK, flags & _KIND_MASK)
                flags = kind | (CASED if cased else 0) | ((old | flags) & COMMON)
                flags |= WEAK if weak else 0
            entries[number] = flags
        keys = sorted(by_key)
        starts = array("i", [0])
        entry_place = array("i")
        flags_out = bytearray()
        features = columns["features"]
        for key in keys:
            ordered = sorted(
                by_key[key].items(),
                key=lambda item: (_FEATURE_ORDER.get(features[item[0]], 6), -populations[item[0]],
                                  columns["ids"][item[0]]),
            )  # fmt: skip
            for number, flags in ordered:
                entry_place.append(number)
                flags_out.append(flags)
            starts.append(len(entry_place))
        state: dict[str, Any] = dict(columns)
        state.update(
            populations=populations, keys=keys, starts=starts, entry_place=entry_place,
            entry_flags=bytes(flags_out), capitals=capitals,
        )  # fmt: skip
        return cls(state)

    def save(self, path: Path) -> None:
        """Write the index as one pickle file (with the folding fingerprint it was built with)."""
        state = {
            "format": FORMAT, "fold": fold_fingerprint(), "ids": self._ids, "names": self._names,
            "features": self._features, "admin1": self._admin1, "admin2": self._admin2,
            "countries": self._countries, "latitudes": self._latitudes,
            "longitudes": self._longitudes, "populations": self._populations,
            "parents": self._parents, "keys": self._keys, "starts": self._starts,
            "entry_place": self._entry_place, "entry_flags": self._entry_flags,
            "capitals": self._capitals,
        }  # fmt: skip
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)

    @classmethod
    def load(cls, directory: Path) -> PlaceIndex:
        """The index saved in ``directory`` by the gazetteer build."""
        path = directory / INDEX_FILE
        if not path.is_file():
            raise GazetteerMissingError(
                f"no gazetteer index at {path}: build it with `make setup` "
                "(python -m ingest.tools.build_gazetteer)"
            )
        with path.open("rb") as handle:
            state = pickle.load(handle)
        if state.get("format") != FORMAT or state.get("fold") != fold_fingerprint():
            raise GazetteerMissingError(
                f"the gazetteer index at {path} was built by another version of the extractor's "
                "folding: rebuild it with `make setup` (python -m ingest.tools.build_gazetteer)"
            )
        return cls(state)

    # ------------------------------------------------------------------ places

    def __getitem__(self, location_id: str) -> Place:
        return self.place_at(self._by_id[location_id])

    def __contains__(self, location_id: object) -> bool:
        return location_id in self._by_id

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def place_at(self, number: int) -> Place:
        """The place numbered ``number`` (built once, then shared)."""
        place = self._built.get(number)
        if place is None:
            place = Place(
                location_id=self._ids[number],
                name=self._names[number],
                feature_type=self._features[number],
                admin1=self._admin1[number],
                country_iso2=self._countries[number],
                latitude=self._latitudes[number],
                longitude=self._longitudes[number],
                parent_id=self._parents[number],
                admin2=self._admin2[number],
                population=self._populations[number],
            )
            self._built[number] = place
        return place

    def capital(self, country_iso2: str) -> Place | None:
        """The national capital of a country, when the gazetteer marks one."""
        number = self._capitals.get(country_iso2)
        return None if number is None else self.place_at(number)

    def countries_by_code(self) -> dict[str, Place]:
        """``countries()``, computed once."""
        if self._country_rows is None:
            self._country_rows = self.countries()
        return self._country_rows

    def countries(self) -> dict[str, Place]:
        """Country rows by ISO2 code."""
        return {
            country: self.place_at(number)
            for number, (feature, country) in enumerate(zip(self._features, self._countries,
                                                            strict=True))
            if feature == "country" and country
        }  # fmt: skip

    # ------------------------------------------------------------------ alias keys

    @property
    def match_keys(self) -> list[str]:
        """The sorted matching keys of every alias."""
        return self._keys

    def key_entries(self, key_number: int) -> list[tuple[Place, str, bool, bool, bool]]:
        """(place, alias kind, written with a capital, ordinary word, weak variant) for each
        place of a key, finest and most populous first."""
        found = []
        for position in range(self._starts[key_number], self._starts[key_number + 1]):
            flags = self._entry_flags[position]
            found.append(
                (
                    self.place_at(self._entry_place[position]),
                    KIND_NAMES[flags & _KIND_MASK],
                    bool(flags & CASED),
                    bool(flags & COMMON),
                    bool(flags & WEAK),
                )
            )
        return found

    def lookup(self, name: str) -> list[Place]:
        """The places an alias or name designates (folded comparison; demonyms included)."""
        # The keys are sorted and distinct: a binary search finds one (a dict of the 488,000
        # keys took about 0.2 s to build, on the first call)
        key = match_key(name)
        number = bisect.bisect_left(self._keys, key)
        if number == len(self._keys) or self._keys[number] != key:
            return []
        return [entry[0] for entry in self.key_entries(number)]

    @property
    def n_aliases(self) -> int:
        """How many (key, place) pairs the index holds."""
        return len(self._entry_place)
