"""The records the extractor takes and returns: one article in, attack mentions and aggregates out.

Field names and meanings are the contract of ``staging.stg_attack_mentions`` and
``staging.stg_aggregate_statements``; ``arrow.py`` holds the matching Arrow schemas.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One stored article version: ``text`` is the normalized text (title line first)."""

    article_id: str
    version_id: str
    source_uri: str
    text: str
    title: str | None
    published_at: datetime | None
    published_precision: str | None  # "datetime" | "day" | "month" | None
    language: str | None


@dataclass(frozen=True, slots=True, init=False)
class AttackMention:
    """One attack as an article reports it, with the sentence that best states it."""

    mention_id: str
    article_id: str
    version_id: str
    source_uri: str
    sentence_index: int
    evidence_start: int
    evidence_end: int
    evidence_text: str
    event_date: date | None
    date_precision: str | None  # "day" | "week" | "month" | None
    date_basis: str | None
    location_name: str | None
    location_id: str | None
    admin1: str | None
    country_iso2: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None  # ACLED: 1 exact place, 2 near a place / district, 3 admin1 or larger
    attacker: str | None
    target: str | None
    claimed_by: str | None
    attribution: str  # "claimed" | "attributed" | "alleged" | "unknown"
    weapon: str
    projectile_count: int | None
    killed: int | None
    killed_low: int | None
    killed_high: int | None
    wounded: int | None
    wounded_low: int | None
    wounded_high: int | None
    reported_by: str | None
    is_background: bool
    certainty: str  # "reported" | "claimed" | "hedged"
    extractor_version: str

    # Written out (init=False) so that mypyc compiles it (one per mention); see ExtractionResult.
    def __init__(
        self,
        mention_id: str,
        article_id: str,
        version_id: str,
        source_uri: str,
        sentence_index: int,
        evidence_start: int,
        evidence_end: int,
        evidence_text: str,
        event_date: date | None,
        date_precision: str | None,
        date_basis: str | None,
        location_name: str | None,
        location_id: str | None,
        admin1: str | None,
        country_iso2: str | None,
        latitude: float | None,
        longitude: float | None,
        geo_precision: int | None,
        attacker: str | None,
        target: str | None,
        claimed_by: str | None,
        attribution: str,
        weapon: str,
        projectile_count: int | None,
        killed: int | None,
        killed_low: int | None,
        killed_high: int | None,
        wounded: int | None,
        wounded_low: int | None,
        wounded_high: int | None,
        reported_by: str | None,
        is_background: bool,
        certainty: str,
        extractor_version: str,
    ) -> None:
        object.__setattr__(self, "mention_id", mention_id)
        object.__setattr__(self, "article_id", article_id)
        object.__setattr__(self, "version_id", version_id)
        object.__setattr__(self, "source_uri", source_uri)
        object.__setattr__(self, "sentence_index", sentence_index)
        object.__setattr__(self, "evidence_start", evidence_start)
        object.__setattr__(self, "evidence_end", evidence_end)
        object.__setattr__(self, "evidence_text", evidence_text)
        object.__setattr__(self, "event_date", event_date)
        object.__setattr__(self, "date_precision", date_precision)
        object.__setattr__(self, "date_basis", date_basis)
        object.__setattr__(self, "location_name", location_name)
        object.__setattr__(self, "location_id", location_id)
        object.__setattr__(self, "admin1", admin1)
        object.__setattr__(self, "country_iso2", country_iso2)
        object.__setattr__(self, "latitude", latitude)
        object.__setattr__(self, "longitude", longitude)
        object.__setattr__(self, "geo_precision", geo_precision)
        object.__setattr__(self, "attacker", attacker)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "claimed_by", claimed_by)
        object.__setattr__(self, "attribution", attribution)
        object.__setattr__(self, "weapon", weapon)
        object.__setattr__(self, "projectile_count", projectile_count)
        object.__setattr__(self, "killed", killed)
        object.__setattr__(self, "killed_low", killed_low)
        object.__setattr__(self, "killed_high", killed_high)
        object.__setattr__(self, "wounded", wounded)
        object.__setattr__(self, "wounded_low", wounded_low)
        object.__setattr__(self, "wounded_high", wounded_high)
        object.__setattr__(self, "reported_by", reported_by)
        object.__setattr__(self, "is_background", is_background)
        object.__setattr__(self, "certainty", certainty)
        object.__setattr__(self, "extractor_version", extractor_version)


@dataclass(frozen=True, slots=True, init=False)
class AggregateStatement:
    """A count of many attacks or casualties ("23 attaques ce mois-ci"): context, not an event."""

    aggregate_id: str
    article_id: str
    version_id: str
    source_uri: str
    sentence_index: int
    evidence_start: int
    evidence_end: int
    evidence_text: str
    quantity: int | None
    quantity_low: int | None
    quantity_high: int | None
    qualifier: str  # "exact" | "approx" | "at_least" | "at_most"
    unit: str
    period_start: date | None
    period_end: date | None
    period_text: str | None
    extractor_version: str

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter. object.__setattr__ as in the dataclass's own (the class is frozen).
    def __init__(
        self,
        aggregate_id: str,
        article_id: str,
        version_id: str,
        source_uri: str,
        sentence_index: int,
        evidence_start: int,
        evidence_end: int,
        evidence_text: str,
        quantity: int | None,
        quantity_low: int | None,
        quantity_high: int | None,
        qualifier: str,
        unit: str,
        period_start: date | None,
        period_end: date | None,
        period_text: str | None,
        extractor_version: str,
    ) -> None:
        object.__setattr__(self, "aggregate_id", aggregate_id)
        object.__setattr__(self, "article_id", article_id)
        object.__setattr__(self, "version_id", version_id)
        object.__setattr__(self, "source_uri", source_uri)
        object.__setattr__(self, "sentence_index", sentence_index)
        object.__setattr__(self, "evidence_start", evidence_start)
        object.__setattr__(self, "evidence_end", evidence_end)
        object.__setattr__(self, "evidence_text", evidence_text)
        object.__setattr__(self, "quantity", quantity)
        object.__setattr__(self, "quantity_low", quantity_low)
        object.__setattr__(self, "quantity_high", quantity_high)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "period_start", period_start)
        object.__setattr__(self, "period_end", period_end)
        object.__setattr__(self, "period_text", period_text)
        object.__setattr__(self, "extractor_version", extractor_version)


@dataclass(frozen=True, slots=True, init=False)
class ExtractionResult:
    """Everything extracted from one article version."""

    mentions: tuple[AttackMention, ...]
    aggregates: tuple[AggregateStatement, ...]

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter. object.__setattr__ as in the dataclass's own (the class is frozen).
    def __init__(
        self,
        mentions: tuple[AttackMention, ...],
        aggregates: tuple[AggregateStatement, ...],
    ) -> None:
        object.__setattr__(self, "mentions", mentions)
        object.__setattr__(self, "aggregates", aggregates)
