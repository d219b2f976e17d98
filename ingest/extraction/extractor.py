"""The extractor: one article in, attack mentions and aggregate statements out.

The article goes through a pipeline of passes, each a module of this package with one job
(its docstring says what it reads and what it adds); ``extract`` below is the whole pipeline:

1. ``facts``: sentences and furniture, the automaton's matches, cue spans and dates per
   sentence; ``hints``: the countries the article is about.
2. ``clauses``: context clauses, masked attack words; ``sentence_dates``: each sentence's date.
3. ``reading``: the sentence loop, which runs per sentence ``counting`` (aggregates), the main
   clause of ``clauses``, ``frame_places``, ``roles``, ``frames`` and ``tolls`` (a candidate
   per place), ``background`` (passing references) and ``fragments`` (place-less sentences),
   then dates the undated candidates (``sentence_dates.inherit_dates``).
4. ``merge``: candidates into mentions within the article; ``fragments.attach``: each fragment
   fills the mention it refers to; ``merge.inherit_actors``: pointing back takes an attacker.
5. ``records``: the output contract's rows. See README.md for every rule.
"""

from __future__ import annotations

from ingest.extraction.actors import STATE_KINDS
from ingest.extraction.candidates import ArticleContext
from ingest.extraction.clauses import (
    AVOWAL_WORDS,
    FALL_WORDS,
    HAZARD_WORDS,
    RELATIVE_WORDS,
    SINCE_WHEN_WORDS,
    SUSPECT_WORDS,
    USE_WORDS,
    actor_descriptions,
    avowals_across_an_aside,
    context_clauses,
    fallen_munitions,
    natural_hazards,
    since_when_openers,
    suspects_shot,
    unmasked_triggers,
    uses_for_attacks,
)
from ingest.extraction.dates import find_dates
from ingest.extraction.facts import SentenceFacts, Span, inside, sentence_facts
from ingest.extraction.fragments import attach, branches_by_group
from ingest.extraction.hints import actors_of_home, article_hints, without_home_only_actors
from ingest.extraction.hugepages import huge_pages
from ingest.extraction.lexicons import Lexicons
from ingest.extraction.matching import ACTOR, DATE, Matcher
from ingest.extraction.mentions import ArticleInput, ExtractionResult
from ingest.extraction.merge import coarse_into_finer, inherit_actors, merge, one_campaign_attacker
from ingest.extraction.normalize import fold
from ingest.extraction.places import SEA_COUNTRY
from ingest.extraction.reading import read_sentences
from ingest.extraction.records import EXTRACTOR_VERSION, mention_records
from ingest.extraction.sentence_dates import (
    PUBLISHED_BASIS,
    PUBLISHED_MONTH_BASIS,
    dateline_day,
    sentence_date,
)
from ingest.extraction.sentences import split_sentences
from ingest.extraction.wordregex import SentenceWords

__all__ = ["EXTRACTOR_VERSION", "SEA_COUNTRY", "Extractor"]


class Extractor:
    """Compile the lexicons once; ``extract`` is then pure and reusable across articles."""

    __slots__ = ("_branches", "_lexicons", "_matcher", "_state_force", "_states", "_words")

    def __init__(self, lexicons: Lexicons) -> None:
        self._lexicons = lexicons
        with huge_pages():  # (its trie is read at random: 2 MB pages spare TLB misses)
            self._matcher = Matcher(lexicons)
        self._words = SentenceWords()  # (every pass module is imported: their sets are in)
        self._state_force: dict[str, str] = {}
        for actor in lexicons.actors.values():
            if actor.kind in STATE_KINDS and actor.parent_id is None and actor.country_iso2:
                self._state_force.setdefault(actor.country_iso2, actor.actor_id)
        self._branches = branches_by_group(lexicons.actors)
        self._states = {
            actor.actor_id: actor.country_iso2
            for actor in lexicons.actors.values()
            if actor.kind in STATE_KINDS and actor.country_iso2
        }

    def extract(self, article: ArticleInput) -> ExtractionResult:
        """Attack mentions and aggregate statements of one article version."""
        text = article.text
        folded = fold(text)
        sentences = split_sentences(text)
        if not sentences:
            return ExtractionResult((), ())
        published = article.published_at.date() if article.published_at is not None else None
        month_only = article.published_precision == "month"
        # What a sentence without a date falls back on: the publication day (to the week), or
        # its month when only the month is known (the middle of it, to the month).
        anchor = (
            None
            if published is None
            else (published.replace(day=15), "month", PUBLISHED_MONTH_BASIS)
            if month_only
            else (published, "week", PUBLISHED_BASIS)
        )
        scan = self._matcher.scan(folded, text)
        anchors = [(m.start, m.end) for m in scan.terms if m.entry.family == DATE]
        dates = find_dates(folded, published, month_only, anchors)
        facts = sentence_facts(article, text, folded, sentences, scan, dates, self._words)
        if month_only and published is not None:
            # (0.27.0) a page dated to its month whose wire dateline gives the day: that day
            day = dateline_day(folded, facts, published)
            if day is not None:
                published, month_only = day, False
                anchor = (published, "week", PUBLISHED_BASIS)
                dates = find_dates(folded, published, month_only, anchors)
                facts = sentence_facts(article, text, folded, sentences, scan, dates, self._words)
        for number, fact in enumerate(facts):
            _clauses_and_date(text, folded, fact, facts[number - 1] if number else None)
        actors = self._lexicons.actors
        hints = article_hints(without_home_only_actors(scan.entities), text, folded, actors)
        actors_of_home([fact.families for fact in facts], hints.home, actors)
        context = ArticleContext(
            text,
            folded,
            self._lexicons,
            self._state_force,
            hints.hinted,
            hints.located,
            hints.home,
            published,
            self._branches,
            hints.provinces,
        )
        candidates, fragments, aggregates = read_sentences(context, article, facts, anchor)
        mentions = merge(candidates)
        for fragment in fragments:
            attach(fragment, mentions)
        coarse_into_finer(mentions)  # the tolls fragments gave may show two are one attack
        inherit_actors(mentions)
        one_campaign_attacker(mentions, self._states)
        records = tuple(mention_records(article, facts, mentions, self._lexicons))
        return ExtractionResult(records, tuple(aggregates))


def _clauses_and_date(
    text: str, folded: str, fact: SentenceFacts, before: SentenceFacts | None
) -> None:
    """Fill a sentence's masked attack words, context clauses and date (passes 2 and 3);
    ``before``: the sentence before it."""
    spans = fact.cue_spans
    if fact.words & FALL_WORDS and "trigger" in spans:
        spans["trigger"] = fallen_munitions(folded, fact, before)  # "officers landed in X"
        if not spans["trigger"]:
            del spans["trigger"]
    if fact.words & HAZARD_WORDS and "trigger" in spans:
        _add_masks(spans, natural_hazards(folded, fact))  # "a magnitude 7.4 earthquake struck"
    if fact.words & SUSPECT_WORDS and "trigger" in spans:
        _add_masks(spans, suspects_shot(folded, fact))  # "le suspect a été abattu par la police"
    if fact.words & USE_WORDS and "trigger" in spans:
        _add_masks(spans, uses_for_attacks(text, fact))  # "the bombers it uses to fire at Kyiv"
    if fact.words & RELATIVE_WORDS and ACTOR in fact.families:
        described = actor_descriptions(folded, fact)  # "Les talibans, qui ont pris Kaboul le ..."
        if described:
            _add_masks(spans, described)
            fact.dates = [d for d in fact.dates if not inside(d.start, described)]
    if "mask" in spans and "trigger" in spans:
        spans["trigger"] = unmasked_triggers(spans)
    if fact.words & AVOWAL_WORDS and "trigger" in spans and "claim" not in spans:
        avowals = avowals_across_an_aside(folded, fact)  # "a reconnu, mardi, avoir mené"
        if avowals:
            spans["claim"] = avowals
    if fact.words & SINCE_WHEN_WORDS:
        openers = since_when_openers(folded, fact)  # "depuis mars 2020, lorsque ..."
        if openers:
            spans["context"] = sorted([*spans.get("context", ()), *openers])
    if "context" in spans:
        fact.discounted = context_clauses(folded, fact)
    if fact.dates:
        fact.date, fact.report_date = sentence_date(folded, fact)


def _add_masks(spans: dict[str, list[Span]], masks: list[Span]) -> None:
    """Add ``masks`` to a sentence's mask spans (those of the cue table, then computed ones)."""
    if masks:
        spans["mask"] = [*spans.get("mask", ()), *masks]
