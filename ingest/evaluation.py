"""Score the extractor against hand-made gold events (the corpus format of /work/shared/corpus).

Matching, per article, one to one and optimal (most matches, then most agreeing fields): a
predicted mention matches a gold event when

- the place agrees: the same gazetteer place (gold names resolve through the gazetteer's names
  and aliases, else a folded name comparison), or both country-only in the same country, or
  the gold place is a region, province or country-level area that contains the predicted place
  (containment as in ``ingest.extraction.places.contains``);
- the dates are compatible: equal, or within the precision window of either side (``week``
  ±7 days, ``month`` ±31 days from the 1st); a null date on either side is compatible (the
  date field accuracy then counts it).

A gold place written "site, town" ("Faladié, Bamako") that the gazetteer does not know agrees
with a prediction at the town (not exactly), and exactly with a prediction of the site as a
place the gazetteer lacks, spelled alike ("Desnianski" for "Desnianskyi District, Kyiv").
When the corpus gives the gold places' coordinates
(``places.csv`` beside the gold file: name, lat, lon), a predicted gazetteer place within
``SAME_PLACE_KM`` of the gold point is the same place (one village written "Kfarchouba" by a
French paper and "Kfar Shuba" by the gazetteer), and a place the gazetteer lacks (no point) is
the same place when its name is spelled alike (``spelled_alike``: a transliteration variant,
"Tiloua" / "Tilloa"). Actor names compare through the actor table: a
gold name resolves to an actor by its canonical name or an alias (also "Name (ACRONYM)" by
either part), a predicted name by its canonical name; equal actors agree, else equal folded
names.

Beside F1 the report gives, date-blind, the share of gold events whose place some mention of
the article finds (``place_found``: places agree as for matching) and the share of gold events
with an attacker or claimant whose actor some mention names as attacker or claimant
(``actor_found``), overall and per group of articles (region, language) when the articles'
metadata is given.

Gold events marked ``optional`` are neither rewarded nor penalised: a prediction that matches
only an optional event is ignored. Background gold events count like the others.

Field accuracy is computed on matched, non-optional pairs: date (equal, or inside the gold's
week/month window; null only equals null), place (same place, not a containing area), country
(the gazetteer's pseudo-country XZ of the seas is gold's null country), attacker-or-claimant
(the predicted attacker or claimant equals the gold attacker or claimant; null on both sides is
correct), weapon, count (projectile_count), killed, wounded, and
casualties (killed and wounded both right).

The scoring functions are pure; ``run_evaluation`` is the I/O edge (reads gold, articles, seeds).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ingest.extraction import AttackMention, Extractor, Lexicons, load_lexicons
from ingest.extraction.extractor import SEA_COUNTRY
from ingest.extraction.lexicons import Actor, Place
from ingest.extraction.normalize import fold_key
from ingest.extraction.places import contains, distance_km

FIELDS: tuple[str, ...] = (
    "date",
    "place",
    "country",
    "attacker_or_claimant",
    "weapon",
    "count",
    "killed",
    "wounded",
    "casualties",
)
_WINDOW = {"day": 0, "week": 7, "month": 31}
# A predicted point this close to the gold point is the same place: villages a few kilometres
# apart carry different names, and a town's gazetteer point and the corpus's point of the same
# town differ by a few kilometres at most.
SAME_PLACE_KM = 10.0
# Two spellings of one unlisted name: the same first letter and a similarity ratio (difflib's
# 2*matches/total) at least this high ("Makalondi" / "Makolondi" 0.89, "Tiloua" / "Tilloa" 0.83;
# "Kaya" / "Kayes" 0.67).
SPELLED_ALIKE_RATIO = 0.8
_MATCH_WEIGHT = 1000
_OPTIONAL_WEIGHT = 500


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event (a line of ``gold_events.jsonl``)."""

    event_id: str
    article_id: str
    event_date: date | None
    date_precision: str | None
    location: str | None
    admin1: str | None
    country: str | None
    attacker: str | None
    target: str | None
    weapon: str | None
    projectile_count: int | None
    killed: int | None
    wounded: int | None
    claimed_by: str | None
    reported_by: str | None
    background: bool
    optional: bool


@dataclass(frozen=True, slots=True)
class Outcome:
    """One line of the detailed result: a matched pair, a miss or a false alarm."""

    article_id: str
    status: str  # "match" | "missed" | "false_alarm" | "ignored"
    gold_id: str | None
    sentence_index: int | None
    predicted: str | None
    expected: str | None
    wrong_fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """Event counts for one article."""

    article_id: str
    gold: int
    predicted: int
    true_positives: int
    place_found: int = 0  # gold events whose place a mention of the article finds
    actor_total: int = 0  # gold events with an attacker or claimant
    actor_found: int = 0  # ... whose actor a mention names

    @property
    def false_positives(self) -> int:
        return self.predicted - self.true_positives

    @property
    def false_negatives(self) -> int:
        return self.gold - self.true_positives

    @property
    def precision(self) -> float:
        return _ratio(self.true_positives, self.predicted, empty=1.0)

    @property
    def recall(self) -> float:
        return _ratio(self.true_positives, self.gold, empty=1.0)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def place_found_share(self) -> float:
        return _ratio(self.place_found, self.gold, empty=1.0)

    @property
    def actor_found_share(self) -> float:
        return _ratio(self.actor_found, self.actor_total, empty=1.0)


@dataclass(frozen=True, slots=True)
class GroupScore:
    """The figures of a group of articles (a region, a language)."""

    name: str
    articles: tuple[ArticleScore, ...]

    @property
    def total(self) -> ArticleScore:
        """The group's articles summed as one."""
        return ArticleScore(
            self.name,
            sum(a.gold for a in self.articles),
            sum(a.predicted for a in self.articles),
            sum(a.true_positives for a in self.articles),
            sum(a.place_found for a in self.articles),
            sum(a.actor_total for a in self.articles),
            sum(a.actor_found for a in self.articles),
        )


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """Per-article and overall event scores, field accuracies and the detailed outcomes."""

    articles: tuple[ArticleScore, ...]
    field_correct: Mapping[str, int]
    field_total: Mapping[str, int]
    outcomes: tuple[Outcome, ...] = field(default=())

    @property
    def true_positives(self) -> int:
        return sum(a.true_positives for a in self.articles)

    @property
    def gold(self) -> int:
        return sum(a.gold for a in self.articles)

    @property
    def predicted(self) -> int:
        return sum(a.predicted for a in self.articles)

    @property
    def precision(self) -> float:
        return _ratio(self.true_positives, self.predicted, empty=1.0)

    @property
    def recall(self) -> float:
        return _ratio(self.true_positives, self.gold, empty=1.0)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def place_found(self) -> float:
        """Share of gold events whose place a mention of their article finds (date-blind)."""
        return _ratio(sum(a.place_found for a in self.articles), self.gold, empty=1.0)

    @property
    def actor_found(self) -> float:
        """Share of gold attackers/claimants a mention of their article names (date-blind)."""
        return _ratio(
            sum(a.actor_found for a in self.articles),
            sum(a.actor_total for a in self.articles),
            empty=1.0,
        )

    def breakdown(self, groups: Mapping[str, str]) -> list[GroupScore]:
        """Event and found figures per group of articles (``groups``: article id -> group;
        articles without a group count as "other"), in group order."""
        by_group: dict[str, list[ArticleScore]] = {}
        for article in self.articles:
            by_group.setdefault(groups.get(article.article_id, "other"), []).append(article)
        return [GroupScore(name, tuple(scores)) for name, scores in sorted(by_group.items())]

    def accuracy(self, name: str) -> float:
        """Share of matched events whose field ``name`` is right (1.0 when none matched)."""
        return _ratio(self.field_correct.get(name, 0), self.field_total.get(name, 0), empty=1.0)

    def to_json(self, breakdowns: Mapping[str, Mapping[str, str]] | None = None) -> str:
        """The report as a JSON document (overall, per group of each breakdown, per article,
        fields, outcomes)."""
        payload: dict[str, Any] = {
            "overall": {
                "gold": self.gold,
                "predicted": self.predicted,
                "true_positives": self.true_positives,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
                "place_found": round(self.place_found, 4),
                "actor_found": round(self.actor_found, 4),
            },
            "fields": {
                name: {
                    "correct": self.field_correct.get(name, 0),
                    "total": self.field_total.get(name, 0),
                    "accuracy": round(self.accuracy(name), 4),
                }
                for name in FIELDS
            },
            "articles": [
                {
                    "article_id": a.article_id,
                    "gold": a.gold,
                    "predicted": a.predicted,
                    "true_positives": a.true_positives,
                    "precision": round(a.precision, 4),
                    "recall": round(a.recall, 4),
                    "f1": round(a.f1, 4),
                }
                for a in self.articles
            ],
            "outcomes": [asdict(o) for o in self.outcomes],
        }
        payload["breakdowns"] = {
            name: [_group_json(group) for group in self.breakdown(groups)]
            for name, groups in (breakdowns or {}).items()
        }
        return json.dumps(payload, indent=2, ensure_ascii=False)

    def render(
        self, console: Console, breakdowns: Mapping[str, Mapping[str, str]] | None = None
    ) -> None:
        """Print per-article rows, the overall line, the found shares, one table per breakdown
        (region, language) and the field accuracies as rich tables."""
        table = Table(title="Events per article")
        for column in ("article", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1"):
            table.add_column(column, justify="left" if column == "article" else "right")
        for a in self.articles:
            table.add_row(
                a.article_id,
                str(a.gold),
                str(a.predicted),
                str(a.true_positives),
                str(a.false_positives),
                str(a.false_negatives),
                f"{a.precision:.2f}",
                f"{a.recall:.2f}",
                f"{a.f1:.2f}",
            )
        table.add_row(
            "overall",
            str(self.gold),
            str(self.predicted),
            str(self.true_positives),
            str(self.predicted - self.true_positives),
            str(self.gold - self.true_positives),
            f"{self.precision:.3f}",
            f"{self.recall:.3f}",
            f"{self.f1:.3f}",
            style="bold",
        )
        console.print(table)
        console.print(
            f"place found for {self.place_found:.1%} of gold events, attacker or claimant "
            f"found for {self.actor_found:.1%} of those that have one (date-blind)"
        )
        for name, groups in (breakdowns or {}).items():
            console.print(_group_table(name, self.breakdown(groups)))
        fields_table = Table(title="Field accuracy on matched events")
        fields_table.add_column("field")
        fields_table.add_column("correct", justify="right")
        fields_table.add_column("total", justify="right")
        fields_table.add_column("accuracy", justify="right")
        for name in FIELDS:
            fields_table.add_row(
                name,
                str(self.field_correct.get(name, 0)),
                str(self.field_total.get(name, 0)),
                f"{self.accuracy(name):.3f}",
            )
        console.print(fields_table)


def _group_json(group: GroupScore) -> dict[str, Any]:
    total = group.total
    return {
        "group": group.name,
        "articles": len(group.articles),
        "gold": total.gold,
        "predicted": total.predicted,
        "true_positives": total.true_positives,
        "precision": round(total.precision, 4),
        "recall": round(total.recall, 4),
        "f1": round(total.f1, 4),
        "place_found": round(total.place_found_share, 4),
        "actor_found": round(total.actor_found_share, 4),
    }


def _group_table(name: str, groups: Sequence[GroupScore]) -> Table:
    table = Table(title=f"By {name}")
    for column in (name, "articles", "gold", "pred", "TP", "P", "R", "F1", "place", "actor"):
        table.add_column(column, justify="left" if column == name else "right")
    for group in groups:
        total = group.total
        table.add_row(
            group.name,
            str(len(group.articles)),
            str(total.gold),
            str(total.predicted),
            str(total.true_positives),
            f"{total.precision:.2f}",
            f"{total.recall:.2f}",
            f"{total.f1:.2f}",
            f"{total.place_found_share:.0%}",
            f"{total.actor_found_share:.0%}",
        )
    return table


def read_article_groups(path: Path) -> dict[str, dict[str, str]]:
    """Breakdowns from an articles CSV (``id`` and any of ``region``, ``language``): for each
    of those columns, article id -> value."""
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    breakdowns: dict[str, dict[str, str]] = {}
    for column in ("region", "language"):
        if rows and column in rows[0]:
            breakdowns[column] = {row["id"]: row[column] or "unknown" for row in rows}
    return breakdowns


def _ratio(numerator: int, denominator: int, empty: float) -> float:
    return numerator / denominator if denominator else empty


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# ---------------------------------------------------------------------- gold and articles


def parse_gold(lines: Iterable[str]) -> list[GoldEvent]:
    """Gold events from JSON lines (blank lines skipped)."""
    events: list[GoldEvent] = []
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        raw_date = row.get("event_date")
        events.append(
            GoldEvent(
                event_id=str(row["event_id"]),
                article_id=str(row["article_id"]),
                event_date=date.fromisoformat(raw_date) if raw_date else None,
                date_precision=row.get("date_precision"),
                location=row.get("location"),
                admin1=row.get("admin1"),
                country=row.get("country"),
                attacker=row.get("attacker"),
                target=row.get("target"),
                weapon=row.get("weapon"),
                projectile_count=row.get("projectile_count"),
                killed=row.get("killed"),
                wounded=row.get("wounded"),
                claimed_by=row.get("claimed_by"),
                reported_by=row.get("reported_by"),
                background=bool(row.get("background")),
                optional=bool(row.get("optional")),
            )
        )
    return events


# ---------------------------------------------------------------------- scoring


class PlaceResolver:
    """Gold names to gazetteer places (names and aliases, folded) and to actors."""

    __slots__ = ("_actor_keys", "_forces", "_places", "_points")

    def __init__(
        self, lexicons: Lexicons, points: Mapping[str, tuple[float, float]] | None = None
    ) -> None:
        self._places = lexicons.places
        self._points = {fold_key(name): point for name, point in (points or {}).items()}
        self._actor_keys: dict[str, str] = {}
        for alias in lexicons.actor_aliases:
            self._actor_keys.setdefault(fold_key(alias.alias), alias.actor_id)
        for actor in lexicons.actors.values():  # canonical names win over aliases
            self._actor_keys[fold_key(actor.name)] = actor.actor_id
        self._forces = _armed_forces(lexicons.actors.values())

    def ids(self, name: str | None) -> set[str]:
        """Gazetteer ids a gold name may denote."""
        if not name:
            return set()
        return {place.location_id for place in self._places.lookup(name)}

    def place(self, location_id: str | None) -> Place | None:
        """The gazetteer place of an id."""
        return self._places.get(location_id) if location_id else None

    def point(self, name: str) -> tuple[float, float] | None:
        """The corpus's coordinates of a gold place name, when given."""
        return self._points.get(fold_key(name))

    def actor(self, name: str) -> str:
        """The actor a name denotes (its id), else the folded name itself. "Name (ACRONYM)" is
        also tried by either part."""
        key = fold_key(name)
        found = self._actor_keys.get(key)
        if found is None and name.endswith(")") and " (" in name:
            head, _, tail = name[:-1].rpartition(" (")
            found = self._actor_keys.get(fold_key(head)) or self._actor_keys.get(fold_key(tail))
        if found is None:
            # A state named as the attacker ("Russia" in gold) is its armed forces, as ACLED
            # codes it ("Military Forces of Russia") and as the extractor names it.
            countries = {
                place.country_iso2
                for place in self._places.lookup(name)
                if place.feature_type == "country"
            }
            if len(countries) == 1:
                found = self._forces.get(countries.pop() or "")
        return found or "name:" + key


_FORCES_NAMES = ("armed forces", "security forces", "defense forces", "defence forces")


def _armed_forces(actors: Iterable[Actor]) -> dict[str, str]:
    """Each country's armed forces among the actors: its state force without a parent, not its
    police, and of several (Russia's army and the Wagner Group) the one named as armed forces."""
    ranked: dict[str, tuple[int, str]] = {}
    for actor in actors:
        if (
            actor.kind not in {"state_force", "external_force"}
            or actor.parent_id
            or not actor.country_iso2
            or actor.actor_id.endswith("-police")
        ):
            continue
        rank = 0 if any(word in actor.name.lower() for word in _FORCES_NAMES) else 1
        best = ranked.get(actor.country_iso2)
        if best is None or rank < best[0]:
            ranked[actor.country_iso2] = (rank, actor.actor_id)
    return {iso2: actor_id for iso2, (_, actor_id) in ranked.items()}


def place_matches(
    gold: GoldEvent, mention: AttackMention, resolver: PlaceResolver
) -> tuple[bool, bool]:
    """(places agree for matching, places are exactly the same)."""
    if gold.location is None:
        same = mention.location_name is None and mention.country_iso2 == gold.country
        if not same and mention.country_iso2 == gold.country:
            # "dans le nord de la Syrie" predicted as the loose region "northern Syria": gold
            # codes a direction in a country as the country (its location null); the event
            # agrees, its place field does not
            predicted = resolver.place(mention.location_id)
            return predicted is not None and predicted.feature_type == "region", False
        return same, same
    if mention.location_name is None:
        return False, False
    gold_ids = resolver.ids(gold.location)
    exact = fold_key(mention.location_name) == fold_key(gold.location) or (
        mention.location_id is not None and mention.location_id in gold_ids
    )
    if exact:
        return True, True
    predicted = resolver.place(mention.location_id)
    if not gold_ids and ", " in gold.location:
        # "Faladié, Bamako": a part of a town the gazetteer does not hold; the town agrees, and
        # so does that part itself when predicted as a place the gazetteer lacks ("Faladie",
        # "Desnianski" for "Desnianskyi District, Kyiv").
        site, town = gold.location.rsplit(", ", 1)
        if fold_key(mention.location_name) == fold_key(town) or (
            mention.location_id is not None and mention.location_id in resolver.ids(town)
        ):
            return True, False
        if predicted is None and spelled_alike(
            mention.location_name, _SITE_UNIT_WORD.sub("", site)
        ):
            return True, True
    if _same_point(resolver.point(gold.location), mention):
        return True, True
    if predicted is None or predicted.latitude is None:
        # "Boulkessi camp" for gold "Boulkessi", "Sarsang oil field" for gold "Sarsang": a site
        # without a point (one the gazetteer lacks, or a curated camp or field whose position
        # is not known), named after the town gold codes, is that town's site (a part, as
        # "site, town" is above).
        bare = _PREDICTED_SITE_WORD.sub("", mention.location_name)
        if bare != mention.location_name and spelled_alike(bare, gold.location):
            return True, False
    if predicted is None:
        # "Kuyambana" for gold "Kuyambana Forest", "Buleda" for "Buleda area": the name without
        # its unit word is the place's own.
        alike = spelled_alike(mention.location_name, gold.location) or spelled_alike(
            mention.location_name, _SITE_UNIT_WORD.sub("", gold.location)
        )
        return alike, alike
    if predicted.feature_type == "admin2" and fold_key(
        _SITE_UNIT_WORD.sub("", predicted.name)
    ) == fold_key(gold.location):
        # "in Pakistan's Panjgur district" for gold "Panjgur": the district named after the town
        # gold codes holds it
        return True, False
    for gold_id in gold_ids:
        area = resolver.place(gold_id)
        is_area = area is not None and area.feature_type in {"region", "admin1", "admin2",
                                                              "country"}  # fmt: skip
        if is_area and area is not None and contains(area, predicted):
            return True, False
    return False, False


# The unit word a gold part of a town may end with ("Desnianskyi District", "Al-Tuffah quarter").
_SITE_UNIT_WORD = re.compile(
    r"\s+(?:district|raion|quarter|neighbou?rhood|quartier|area|sector|forest)$", re.IGNORECASE
)


# The site word a predicted place the gazetteer lacks may end with ("Boulkessi camp").
_PREDICTED_SITE_WORD = re.compile(
    r"\s+(?:military |army )?(?:camp|base|post|outpost|checkpoint|barracks|garrison|"
    r"detachment)$|\s+(?:oil|gas) ?field$",
    re.IGNORECASE,
)


def _same_point(point: tuple[float, float] | None, mention: AttackMention) -> bool:
    if point is None or mention.latitude is None or mention.longitude is None:
        return False
    return distance_km(point, (mention.latitude, mention.longitude)) <= SAME_PLACE_KM


def spelled_alike(predicted: str, gold: str) -> bool:
    """Two spellings of one place name: transliterations differ by a letter or two
    ("Makolondi" / "Makalondi"), never by the first letter (q and k are one letter here)."""
    # (Arabic and Ge'ez q is written k as often as q: "Quarit" / "Kuarit", "Qandahar")
    a, b = fold_key(predicted).replace("q", "k"), fold_key(gold).replace("q", "k")
    if not a or not b or a[0] != b[0]:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SPELLED_ALIKE_RATIO


def read_gold_points(path: Path) -> dict[str, tuple[float, float]]:
    """``places.csv`` of a corpus (name, lat, lon) as name -> (lat, lon); rows without a
    number are left out."""
    points: dict[str, tuple[float, float]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                points[row["name"]] = (float(row["lat"]), float(row["lon"]))
            except (KeyError, TypeError, ValueError):
                continue
    return points


def actors_agree(gold: GoldEvent, mention: AttackMention, resolver: PlaceResolver) -> bool:
    """The predicted attacker or claimant is the gold attacker or claimant (null on both sides
    agrees)."""
    gold_actors = {resolver.actor(a) for a in (gold.attacker, gold.claimed_by) if a}
    predicted = {resolver.actor(a) for a in (mention.attacker, mention.claimed_by) if a}
    return bool(gold_actors & predicted) or (not gold_actors and not predicted)


def _gold_country(iso2: str | None) -> str | None:
    """The gazetteer's pseudo-country of the seas ("XZ", international waters) is written as no
    country in gold, which only knows ISO 3166-1 countries."""
    return None if iso2 == SEA_COUNTRY else iso2


def dates_compatible(gold: GoldEvent, mention: AttackMention) -> bool:
    """Equal, or within the precision window of either side; a null side is compatible."""
    if gold.event_date is None or mention.event_date is None:
        return True
    window = max(
        _WINDOW.get(gold.date_precision or "day", 0),
        _WINDOW.get(mention.date_precision or "day", 0),
    )
    return abs((gold.event_date - mention.event_date).days) <= window


def field_results(
    gold: GoldEvent, mention: AttackMention, resolver: PlaceResolver
) -> dict[str, bool]:
    """Which fields of a matched prediction are right (see the module docstring)."""
    if gold.event_date is None or mention.event_date is None:
        date_ok = gold.event_date is None and mention.event_date is None
    else:
        window = _WINDOW.get(gold.date_precision or "day", 0)
        date_ok = abs((gold.event_date - mention.event_date).days) <= window
    actor_ok = actors_agree(gold, mention, resolver)
    killed_ok = gold.killed == mention.killed
    wounded_ok = gold.wounded == mention.wounded
    return {
        "date": date_ok,
        "place": place_matches(gold, mention, resolver)[1],
        "country": gold.country == _gold_country(mention.country_iso2),
        "attacker_or_claimant": actor_ok,
        "weapon": gold.weapon == mention.weapon,
        "count": gold.projectile_count == mention.projectile_count,
        "killed": killed_ok,
        "wounded": wounded_ok,
        "casualties": killed_ok and wounded_ok,
    }


def _assign(weights: Sequence[Sequence[int]]) -> dict[int, int]:
    """Maximum-weight one-to-one assignment (gold row -> prediction column); 0 = impossible."""
    rows = len(weights)
    columns = len(weights[0]) if rows else 0

    @cache
    def best(row: int, used: int) -> tuple[int, tuple[tuple[int, int], ...]]:
        if row == rows:
            return 0, ()
        score, pairs = best(row + 1, used)
        for column in range(columns):
            weight = weights[row][column]
            if weight and not used & (1 << column):
                sub_score, sub_pairs = best(row + 1, used | (1 << column))
                if sub_score + weight > score:
                    score, pairs = sub_score + weight, ((row, column), *sub_pairs)
        return score, pairs

    return dict(best(0, 0)[1])


def _describe(mention: AttackMention) -> str:
    place = mention.location_name or mention.country_iso2 or "?"
    return (
        f"{mention.event_date} {mention.date_precision} | {place} | {mention.weapon} "
        f"n={mention.projectile_count} | att={mention.attacker} cl={mention.claimed_by} | "
        f"k={mention.killed} w={mention.wounded} | bg={mention.is_background}"
    )


def _describe_gold(gold: GoldEvent) -> str:
    place = gold.location or gold.country or "?"
    return (
        f"{gold.event_date} {gold.date_precision} | {place} | {gold.weapon} "
        f"n={gold.projectile_count} | att={gold.attacker} cl={gold.claimed_by} | "
        f"k={gold.killed} w={gold.wounded} | bg={gold.background}"
    )


def score(
    gold: Sequence[GoldEvent],
    predictions: Mapping[str, Sequence[AttackMention]],
    resolver: PlaceResolver,
) -> EvaluationReport:
    """Score predictions (by article id) against gold events for the articles predicted on."""
    by_article: dict[str, list[GoldEvent]] = {}
    for event in gold:
        by_article.setdefault(event.article_id, []).append(event)
    articles: list[ArticleScore] = []
    correct = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    outcomes: list[Outcome] = []
    for article_id in sorted(predictions):
        events = by_article.get(article_id, [])
        mentions = list(predictions[article_id])
        weights = [
            [_pair_weight(event, mention, resolver) for mention in mentions] for event in events
        ]
        pairs = _assign(weights) if events and mentions else {}
        matched_columns = set(pairs.values())
        true_positives = 0
        ignored = 0
        for row, event in enumerate(events):
            column = pairs.get(row)
            if column is None:
                if not event.optional:
                    outcomes.append(
                        Outcome(
                            article_id,
                            "missed",
                            event.event_id,
                            None,
                            None,
                            _describe_gold(event),
                            (),
                        )
                    )
                continue
            mention = mentions[column]
            if event.optional:
                ignored += 1
                outcomes.append(
                    Outcome(
                        article_id,
                        "ignored",
                        event.event_id,
                        mention.sentence_index,
                        _describe(mention),
                        _describe_gold(event),
                        (),
                    )
                )
                continue
            true_positives += 1
            results = field_results(event, mention, resolver)
            for name, ok in results.items():
                total[name] += 1
                correct[name] += int(ok)
            wrong = tuple(name for name, ok in results.items() if not ok)
            outcomes.append(
                Outcome(
                    article_id,
                    "match",
                    event.event_id,
                    mention.sentence_index,
                    _describe(mention),
                    _describe_gold(event),
                    wrong,
                )
            )
        for column, mention in enumerate(mentions):
            if column not in matched_columns:
                outcomes.append(
                    Outcome(
                        article_id,
                        "false_alarm",
                        None,
                        mention.sentence_index,
                        _describe(mention),
                        None,
                        (),
                    )
                )
        required = [e for e in events if not e.optional]
        with_actor = [e for e in required if e.attacker or e.claimed_by]
        articles.append(
            ArticleScore(
                article_id=article_id,
                gold=len(required),
                predicted=len(mentions) - ignored,
                true_positives=true_positives,
                place_found=sum(
                    1 for e in required if any(place_matches(e, m, resolver)[0] for m in mentions)
                ),
                actor_total=len(with_actor),
                actor_found=sum(
                    1
                    for e in with_actor
                    if any(
                        (m.attacker or m.claimed_by) and actors_agree(e, m, resolver)
                        for m in mentions
                    )
                ),
            )
        )
    return EvaluationReport(tuple(articles), correct, total, tuple(outcomes))


def _pair_weight(event: GoldEvent, mention: AttackMention, resolver: PlaceResolver) -> int:
    agrees, _exact = place_matches(event, mention, resolver)
    if not agrees or not dates_compatible(event, mention):
        return 0
    fields_right = sum(field_results(event, mention, resolver).values())
    return (_OPTIONAL_WEIGHT if event.optional else _MATCH_WEIGHT) + fields_right


# ---------------------------------------------------------------------- I/O edge


def render_details(report: EvaluationReport, console: Console) -> None:
    """One paragraph per miss, false alarm, ignored optional event and matched event with wrong
    fields: what was predicted, what the gold says."""
    for outcome in report.outcomes:
        if outcome.status != "match" or outcome.wrong_fields:
            console.print(
                f"[{outcome.status}] {outcome.article_id} {outcome.gold_id or ''} "
                f"s{outcome.sentence_index} wrong={','.join(outcome.wrong_fields)}\n"
                f"   pred: {outcome.predicted}\n   gold: {outcome.expected}",
                markup=False,
            )


def evaluate_articles(
    gold: Sequence[GoldEvent],
    articles: Sequence[Path],
    seed_dir: Path,
    gazetteer_dir: Path | None = None,
    points: Mapping[str, tuple[float, float]] | None = None,
) -> EvaluationReport:
    """Extract every article under ``articles`` (files or folders, any input format, read as
    ``ingest`` reads them) with the seeds of ``seed_dir`` and the gazetteer (the packaged one
    by default) and score it against ``gold``."""
    from ingest.extraction_job import inputs_for_evaluation

    lexicons = load_lexicons(seed_dir, gazetteer_dir)
    extractor = Extractor(lexicons)
    predictions = {
        article.article_id: extractor.extract(article).mentions
        for article in inputs_for_evaluation(list(articles))
    }
    return score(gold, predictions, PlaceResolver(lexicons, points))


def run_evaluation(
    gold_path: Path, articles: Path | Sequence[Path], seed_dir: Path
) -> EvaluationReport:
    """``evaluate_articles`` with the gold read from ``gold_path``."""
    gold = parse_gold(gold_path.read_text(encoding="utf-8").splitlines())
    paths = [articles] if isinstance(articles, Path) else list(articles)
    return evaluate_articles(gold, paths, seed_dir, points=gold_points_beside(gold_path))


def gold_points_beside(gold_path: Path) -> dict[str, tuple[float, float]]:
    """The coordinates of the gold places: ``places.csv`` in the gold file's folder, if any."""
    path = gold_path.parent / "places.csv"
    return read_gold_points(path) if path.is_file() else {}


def main() -> None:  # pragma: no cover - a developer convenience
    """``python -m ingest.evaluation GOLD ARTICLES [SEEDS]``: print the report and the misses
    (``attack-ledger evaluate --details`` does the same for several folders)."""
    import sys

    arguments = sys.argv[1:]
    gold_path = Path(arguments[0])
    articles_dir = Path(arguments[1])
    seed_dir = Path(arguments[2]) if len(arguments) > 2 else Path("seeds")
    report = run_evaluation(gold_path, articles_dir, seed_dir)
    console = Console()
    report.render(console)
    render_details(report, console)


if __name__ == "__main__":  # pragma: no cover
    main()
