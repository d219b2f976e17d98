"""The extractor: one article in, attack mentions and aggregate statements out.

Per sentence it finds places, weapons, dates, actors, casualties and cues (one automaton pass
and a few regexes over the folded article), builds a candidate per place of a sentence that
reports an attack, then merges candidates within the article: the same place with a compatible
date, weapon and attacker is one mention; a country or province mention folds into a site in it;
the title only fills gaps; place-less sentences ("the attack did not cause casualties", "X claimed
responsibility") attach to the mention next to them. See README.md for every rule.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ingest.extraction.actors import (
    NON_STATE_KINDS,
    STATE_KINDS,
    ActorMention,
    Roles,
    anaphoric_actors,
    assign_roles,
)
from ingest.extraction.aggregates import (
    BURST_CUES,
    CountHit,
    attack_count_hits,
    is_aggregate,
    other_count_hits,
    period_of,
    separate_attacks,
)
from ingest.extraction.casualties import Casualty, find_casualties
from ingest.extraction.dates import ISO_BASIS, DateHit, find_dates
from ingest.extraction.lexicons import SETTLEMENT_FEATURES, SITE_FEATURES, Actor, Lexicons, Place
from ingest.extraction.matching import (
    ACTOR,
    DATE,
    DEMONYM,
    PLACE,
    SOURCE,
    WEAPON,
    Match,
    Matcher,
    Scan,
)
from ingest.extraction.mentions import (
    AggregateStatement,
    ArticleInput,
    AttackMention,
    ExtractionResult,
)
from ingest.extraction.normalize import fold
from ingest.extraction.numbers import Quantity
from ingest.extraction.places import (
    PlaceHit,
    contains,
    geo_precision,
    is_area,
    select_places,
    unlisted_places,
    without_apposed_divisions,
)
from ingest.extraction.sentences import (
    FURNITURE_HINTS,
    Sentence,
    is_furniture_line,
    is_furniture_sentence,
    split_sentences,
)
from ingest.extraction.weapons import WeaponHit, weapon_for, weapon_hits
from ingest.extraction.wordregex import WordRegex, contains_any
from ingest.textnorm import stable_hash

EXTRACTOR_VERSION = "0.3.0"

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2}
_WINDOW = {"day": 0, "week": 7, "month": 31}
_UNIT_WORDS = ("attaque", "attack", "fois", "times", "reprises", "incidents", "assaut")
_PERIOD_START = re.compile(
    r"\b(?:depuis|since|from|entre|between|jusqu'au|jusqu'a|until|till|a partir du|starting)"
    r"(?: (?:le|la|the|mid|mi|early|late|debut|fin))?\s*$"
)
# "depuis le coup d'État de février 2021", "since the events of 7 October", "since the start
# of the war in February 2022": the date of what started a period, not of an attack told
# ("depuis l'attaque du 28 janvier" dates that attack: attack words are not listed).
_SINCE_EVENT = re.compile(
    r"\b(?:depuis|since)\s+(?:le |la |l'|les |the |that |this )?(?:(?:[a-z]+) )?"
    r"(?:coup|putsch|debut|start|beginning|outbreak|declenchement|evenements?|events?|guerre|"
    r"war|offensive|invasion|prise|capture|chute|fall|elections?|independance|independence|"
    r"accords?|agreement|cessez le feu|ceasefire|treve|truce|conflit|conflict|crise|crisis|"
    r"revolution|uprising|soulevement)\b[^,;:.]{0,35}$"
)
# Between a country and its attack verb: nothing but a blank or an auxiliary ("Israel has
# struck", "la Russie a lancé" where "a lancé" is the cue itself).
_STATE_VERB_GAP = re.compile(r"\s*(?:(?:has|have|had|then|also|again|a encore|aussi)\s+)?")
# A country that is the subject of its clause: at the start of the sentence or after a comma
# or a subordinator, with only an article before it.
_SUBJECT_START = re.compile(
    r"(?:^|[\n.;:,]\s*|\b(?:that|when|as|after|while|because|but|que|qu'|quand|lorsque|"
    r"mais|car|puis)\s+)(?:la\s+|le\s+|l'|the\s+)?$"
)
_LAUNCH = re.compile(r"launched|fired|a lance|ont lance|lancent|a tire|ont tire|tirent|lance|tire")
_PLURAL_CLAIM = WordRegex(r"(?:les deux|both|the two|ces|these|those|les trois|the three)\b")
_PLURAL_CLAIM_COUNTS = {"les deux": 2, "both": 2, "the two": 2, "les trois": 3, "the three": 3}


def _plural_claim(folded_sentence: str) -> int:
    """How many attacks a claim covers: N for "les deux"/"both"/"the three", -1 for "ces"/"these"
    (the attacks of one earlier sentence), 0 for one."""
    match = _PLURAL_CLAIM.search(folded_sentence)
    if match is None:
        return 0
    return _PLURAL_CLAIM_COUNTS.get(match.group(0), -1)


_PROXIMITY = re.compile(
    r"(?:non loin d|not far from|close to|a proximite d|near|pres d|proche d)\w*\s*"
    r"(?:la |le |l'|the |des |du )?(?:\w+ ){0,2}$"
)
_PROXIMITY_WORDS = (
    "non loin d", "not far from", "close to", "a proximite d", "near", "pres d", "proche d",
)  # fmt: skip
_SOURCE_LEAD = re.compile(r"\b(?:selon|according to|d'apres(?! midi)|citing|citant)\b")
_PLURAL_NOUN = frozenset(
    {"attaques", "attacks", "frappes", "strikes", "raids", "bombardements", "tirs", "bombings"}
)
# "the al-Qaeda-linked group", "Iran-aligned": the name qualifies another actor.
_NATION_ABBREVIATION = re.compile(r"[a-z](?:\.[a-z])+\.?|us|uk")
_VICTIM_BETWEEN = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|hit|hits|targeted|targeting|"
    r"struck|tue|tuant|blesse|blessant|vise|visant|cible|ciblant|on|against|contre|sur)\b"
)
_ADJACENT = re.compile(r"\.? ?(?:[a-z0-9]+ ){0,2}")
# Attack words a nationality can qualify or be the subject of ("Russian shelling", "frappes
# israéliennes", "Russians shelled"), ending a trigger cue ("ont bombardé").
_ATTACK_WORD = re.compile(
    r"\b(?:strikes?|struck|airstrikes?|attacks?|attacked|shelling|shelled|bombardments?|bombing|"
    r"bombed|raids?|offensive|frappes?|frappe|attaques?|attaque|bombardements?|bombarde|"
    r"pilonnages?|pilonne|tirs|assaut|assault|drone strikes?|missile strikes?)$"
)
_COMPOUND_MODIFIER = re.compile(
    r" (?:linked|backed|affiliated|aligned|allied|supported|inspired|led)\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?:[a-z ]{0,20}, )?(?:elles|ils|they|it|elle) (?!y )")
_COUNTED = WordRegex(r"(?:cibles|targets|sites|munitions|installations|facilities)\b")
_ATTACK_NOUN = (
    r"(?:attack|strike|airstrike|assault|raid|bombing|attaque|frappe|assaut|bombardement)"
)
_SINGULAR = re.compile(
    rf"\b(?:the|this|that|an?|one|cette|la|l'|le|ce|cet|une?)\s+(?:[a-z'.-]+\s+){{0,2}}?"
    rf"{_ATTACK_NOUN}\b"
)
_DEFINITE_SINGULAR = re.compile(
    rf"\b(?:(?:the|this|that|cette|la|le|ce|cet)\s+|l')(?:[a-z'.-]+\s+){{0,2}}?{_ATTACK_NOUN}\b"
)
_INDEFINITE_SINGULAR = re.compile(rf"\b(?:an?|one|une?)\s+(?:[a-z'.-]+\s+){{0,2}}?{_ATTACK_NOUN}\b")
_STRIKE_WORD = WordRegex(r"(?:frapp\w*|strikes?|struck|bombard\w*|bombed|bombing|raids?)\b")
_DATELINE_MARK = re.compile(r"\s*[(\-]")
_CLAUSE_STOP = re.compile(r"[.;:]")
_PLACE_PREPOSITION = re.compile(r"^\W*(?:at|a|in|en|on|sur|near|pres)\b")
_CONJUNCTION = re.compile(r"\b(?:and|et)\b")
_SOURCE_PLACE = re.compile(
    r"\b(?:sources?|correspondante?s?|correspondents?)(?: [a-z']+){0,2} (?:a|in|at|from|depuis)"
    r" (?:the )?$"
)
_HOSPITAL_BEFORE = re.compile(
    r"\b(?:hopital|hopitaux|hospital|hospitals|centre hospitalier|clinique|clinic|morgue)"
    r"(?: [a-z']+){0,2} (?:de |d'|du |des |in |at |of |a )(?:the )?$"
)
_TREATED = re.compile(
    r"\b(?:evacue\w*|transporte\w*|transfere\w*|admise?s?|soigne\w*|hospitalise\w*|"
    r"pris en charge|prises en charge|evacuated|taken|rushed|admitted|treated|transferred|"
    r"airlifted)\b"
)
_HOSPITAL_AFTER = re.compile(r"(?: [a-z]+)? (?:hospital|hospitals|hopital)\b")
_SOURCE_LEAD_WORDS = ("selon", "according to", "d'apres", "citing", "citant")
_SAME_DAY_BASIS = "same day as an earlier date in the text"
# ", qui ...", ", which ...": a relative clause that describes what it follows.
_DESCRIBING_CLAUSE = re.compile(r", (?:qui|which|who|dont|whose)\b")
_CLAIM_DATE_REACH = 40  # characters from a claim verb to the date of the claim
_INHERITED_BASIS = "inherited from an earlier date in the text"
_PUBLISHED_BASIS = "published_at (no date in text)"
_PUBLISHED_MONTH_BASIS = "month of published_at (only the month is known)"
_REPORT_SUFFIX = " (date of the report)"


@dataclass(slots=True)
class _Facts:
    """What one sentence says, before candidates are built (internal, mutable)."""

    sentence: Sentence
    title: bool
    usable: bool  # not furniture, not a question
    families: dict[str, list[Match]] = field(default_factory=dict)
    dates: list[DateHit] = field(default_factory=list)
    cue_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    discounted: list[tuple[int, int]] = field(default_factory=list)
    date: DateHit | None = None
    report_date: bool = False


@dataclass(slots=True)
class _Candidate:
    """A mention being built (internal, mutable); merged into others or emitted."""

    sentence: int
    sentences: set[int]
    title: bool
    place: Place
    anaphor: bool
    near: bool
    area: bool
    specific: bool
    date: date | None
    precision: str | None
    basis: str | None
    own_date: bool
    weapon: str | None
    count: int | None
    killed: Quantity | None
    wounded: Quantity | None
    attacker: str | None
    attribution: str
    claimed_by: str | None
    target: str | None
    reported_by: str | None
    speakers: set[str]
    hedged: bool
    background: bool
    strike_word: bool
    group: int
    ordinal: int
    refers: bool = (
        False  # the sentence points back ("les frappes", "the strike") and names no actor
    )


@dataclass(slots=True)
class _Fragment:
    """A sentence about an attack that names no place: it fills a neighbouring mention."""

    sentence: int
    date: DateHit | None
    weapon: WeaponHit | None
    killed: Quantity | None
    wounded: Quantity | None
    attacker: str | None
    attribution: str
    claimed_by: str | None
    reported_by: str | None
    speakers: set[str]
    hedged: bool
    countries: set[str]
    claim: bool
    # "a revendiqué les deux opérations": the claim covers several attacks (0: no; -1: the
    # attacks of one earlier sentence; N: the N attacks told last).
    plural: int = 0
    lead: bool = False  # told before any place of the article: its attack is placed further on
    background: bool = False  # a passing reference ("it comes a day after ..."): fills only one


class Extractor:
    """Compile the lexicons once; ``extract`` is then pure and reusable across articles."""

    __slots__ = ("_lexicons", "_matcher", "_state_force")

    def __init__(self, lexicons: Lexicons) -> None:
        self._lexicons = lexicons
        self._matcher = Matcher(lexicons)
        self._state_force: dict[str, str] = {}
        for actor in lexicons.actors.values():
            if actor.kind in STATE_KINDS and actor.parent_id is None and actor.country_iso2:
                self._state_force.setdefault(actor.country_iso2, actor.actor_id)

    # ------------------------------------------------------------------ entry point

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
            else (published.replace(day=15), "month", _PUBLISHED_MONTH_BASIS)
            if month_only
            else (published, "week", _PUBLISHED_BASIS)
        )
        scan = self._matcher.scan(folded, text)
        anchors = [(m.start, m.end) for m in scan.terms if m.entry.family == DATE]
        dates = find_dates(folded, published, month_only, anchors)
        facts = self._sentence_facts(article, text, folded, sentences, scan, dates)
        hinted, located, home = self._article_hints(scan.entities, folded)
        candidates, fragments, aggregates = self._read_sentences(
            article, text, folded, facts, hinted, located, home, anchor
        )
        mentions = _merge(candidates, fragments)
        records = tuple(self._records(article, text, facts, mentions))
        return ExtractionResult(records, tuple(aggregates))

    # ------------------------------------------------------------------ sentence facts

    def _sentence_facts(
        self,
        article: ArticleInput,
        text: str,
        folded: str,
        sentences: Sequence[Sentence],
        scan: Scan,
        dates: Sequence[DateHit],
    ) -> list[_Facts]:
        lines = folded.split("\n")
        furniture = _furniture_lines(folded, lines)
        title_key = " ".join(fold(article.title).split()) if article.title else ""
        title_lines: set[int] = set()
        if len(title_key) >= 12:
            # A line holds the title when its blank-normalised form contains it; every run of
            # the title without blanks must then be in the line as written: the longest one is
            # the cheap first test (the most selective).
            segment = max(title_key.split(" "), key=len)
            for number, line in enumerate(lines):
                if len(line) < len(title_key) or segment not in line:
                    continue
                if title_key in " ".join(line.split()):
                    title_lines.add(number)
        if not title_lines and title_key:
            # The page title often carries more than the headline line of the text ("X | Site",
            # "X - Le Monde"): the first line is the title when the title contains it.
            first = next((n for n, line in enumerate(lines) if line.split()), None)
            if first is not None and _headline_of(lines, first, title_key):
                title_lines.add(first)
        # Otherwise no line is the title: a JSONL or HTML record's text is its body, and its
        # first line is the lead sentence, the one that most often states the attack.
        facts = []
        for sentence in sentences:
            usable = (
                sentence.line not in furniture
                and not is_furniture_sentence(folded[sentence.start : sentence.end])
                and not text[sentence.start : sentence.end].rstrip().endswith("?")
            )
            facts.append(_Facts(sentence, sentence.line in title_lines, usable))
        # Matches and sentences are both in text order: one merge pass per table buckets them
        # (a match belongs to the sentence it starts in; each family keeps text order).
        count = len(sentences)
        for table in (scan.entities, scan.terms):
            index = 0
            for match in table:
                while index < count and sentences[index].end <= match.start:
                    index += 1
                if index == count:
                    break
                if match.start < sentences[index].start:
                    continue
                families = facts[index].families
                bucket = families.get(match.entry.family)
                if bucket is None:
                    families[match.entry.family] = [match]
                else:
                    bucket.append(match)
        index = 0
        for cue_start, cue_end, kinds in scan.cues:
            while index < count and sentences[index].end <= cue_start:
                index += 1
            if index == count:
                break
            if cue_start < sentences[index].start:
                continue
            spans = facts[index].cue_spans
            span = (cue_start, cue_end)
            for kind in kinds:
                kind_spans = spans.get(kind)
                if kind_spans is None:
                    spans[kind] = [span]
                else:
                    kind_spans.append(span)
        starts = [s.start for s in sentences]
        for hit in dates:
            index = bisect.bisect_right(starts, hit.start) - 1
            if index >= 0 and hit.start < sentences[index].end:
                facts[index].dates.append(hit)
        for fact in facts:
            spans = fact.cue_spans
            if "agent" in spans and "trigger" not in spans:
                _launches(folded, fact)
            if fact.dates or "mask" in spans or "context" in spans:
                self._cues(folded, fact)
        return facts

    def _cues(self, folded: str, fact: _Facts) -> None:
        spans = fact.cue_spans
        masks = spans.get("mask", [])
        if masks and "trigger" in spans:
            spans["trigger"] = [
                t for t in spans["trigger"] if not any(t[0] < e and s < t[1] for s, e in masks)
            ]
        end = fact.sentence.end
        for start, _ in spans.get("context", []):
            comma = folded.find(",", start, end)
            stop = comma if comma != -1 else end
            for hit in fact.dates:  # "depuis le début de la guerre, le 7 octobre": same clause
                if stop < hit.start <= stop + 5:
                    stop = hit.end
            fact.discounted.append((start, stop))
        if not fact.dates:
            return  # no date in the sentence: fact.date stays None
        live = [
            hit
            for hit in fact.dates
            if not _inside(hit.start, fact.discounted)
            and hit.kind != "same_day"
            and _PERIOD_START.search(folded, max(fact.sentence.start, hit.start - 16), hit.start)
            is None
            and _SINCE_EVENT.search(folded, max(fact.sentence.start, hit.start - 60), hit.start)
            is None
        ]
        event_dates = [h for h in live if not self._is_report(folded, fact, h)]
        if event_dates:
            fact.date = event_dates[0]
        elif live:
            fact.date = live[0]
            fact.report_date = True
        else:
            same = [h for h in fact.dates if h.kind == "same_day"]
            fact.date = same[0] if same else None

    @staticmethod
    def _is_report(folded: str, fact: _Facts, hit: DateHit) -> bool:
        """Whether a date dates a statement ("a rapporté lundi", "a Sunday statement", a page's
        "2023-10-17" stamp)."""
        if hit.basis == ISO_BASIS:
            return True
        triggers = fact.cue_spans.get("trigger", [])
        for start, end in fact.cue_spans.get("reporting", []):
            if (
                0 <= hit.start - end <= 25
                and not any(end <= t < hit.start for t, _ in triggers)
                and not _reported_clause(folded, end, hit.start)
            ):
                return True
            if 0 <= start - hit.end <= 12 and folded[start:end] in {
                "statement",
                "communique",
                "news",
                "press release",
            }:
                return True
        # "a revendiqué, sur Telegram, mardi l'attentat de la veille", "claimed responsibility
        # on Tuesday for Monday's bombing": the first date after a claim, before any attack
        # word, dates the claim.
        for _, end in fact.cue_spans.get("claim", []):
            if (
                0 <= hit.start - end <= _CLAIM_DATE_REACH
                and not any(end <= t < hit.start for t, _ in triggers)
                and not any(end <= other.start < hit.start for other in fact.dates)
                and not _reported_clause(folded, end, hit.start)
            ):
                return True
        line_head = hit.start == fact.sentence.start and fact.sentence.line_start
        return line_head and _DATELINE_MARK.match(folded, hit.end, hit.end + 3) is not None

    def _article_hints(
        self, matches: Sequence[Match], folded: str
    ) -> tuple[set[str], set[str], str | None]:
        """Countries the whole article names or qualifies, to choose between homonyms (country
        names, demonyms, state forces), and the countries it places things in, to reject towns
        of other countries (a country after "in", "en", "au", "dans"..., and provinces only one
        country has: "The United States claimed" places nothing); both include the provinces'
        countries."""
        hints: set[str] = set()
        located: set[str] = set()
        counts: dict[str, int] = {}  # how often each country is named: the home country
        actors = self._lexicons.actors
        for match in matches:
            entry = match.entry
            key = entry.key
            hint = entry.hint
            if entry.family == ACTOR:
                # "Malian soldiers", "l'armée burkinabè": a state force names its country as a
                # demonym would (the longer alias hides the demonym inside it).
                actor = actors.get(entry.ref)
                if actor is not None and actor.kind in STATE_KINDS and actor.country_iso2:
                    hint = actor.country_iso2
            if hint:
                hints.add(hint)
                counts[hint] = counts.get(hint, 0) + 1
            if key is None:
                continue
            if entry.hint:
                if _located_in(folded, match.start):
                    located.add(entry.hint)
            elif len(key.places) == 1 and not key.common:
                place = key.places[0]
                if place.feature_type == "admin1" and place.country_iso2:
                    located.add(place.country_iso2)
        return hints | located, located, _most_named(counts)

    # ------------------------------------------------------------------ per sentence

    def _read_sentences(
        self,
        article: ArticleInput,
        text: str,
        folded: str,
        facts: Sequence[_Facts],
        hinted: set[str],
        located: set[str],
        home: str | None,
        anchor: tuple[date, str, str] | None,
    ) -> tuple[list[_Candidate], list[_Fragment], list[AggregateStatement]]:
        candidates: list[_Candidate] = []
        fragments: list[_Fragment] = []
        aggregates: list[AggregateStatement] = []
        actors = self._lexicons.actors
        last_site: tuple[int, Place] | None = None
        last_group: str | None = None
        context: DateHit | None = None
        lead_seen = False
        group = 0
        published = article.published_at.date() if article.published_at is not None else None
        for index, fact in enumerate(facts):
            if not fact.usable:
                continue
            sentence = fact.sentence
            start, end = sentence.start, sentence.end
            spans = fact.cue_spans
            if not fact.title and fact.date is not None and fact.date.kind != "same_day":
                context = fact.date
            if not spans:  # no cue at all: nothing happens, only the last site and group named
                last_site, last_group = self._track(folded, fact, index, last_site, last_group)
                continue
            get = spans.get
            claim = bool(get("claim"))
            if claim and _negated_claims(folded, start, spans):
                claim = bool(spans.get("claim"))
            attributed = bool(get("attribution"))
            cue_triggers = get("trigger")
            triggers = cue_triggers or []
            discounted = fact.discounted
            if discounted and not fact.title:
                for clause in self._background_clauses(
                    text, folded, fact, index, hinted, located, home
                ):
                    group += 1
                    clause.group = group
                    candidates.append(clause)
            aggregate = False
            counts: list[CountHit] = []
            if triggers or claim or attributed or get("casualty"):
                # Not quiet: a count of attacks may make the sentence an aggregate.
                piece = folded[start:end]
                amount: bool | None = None  # _has_amount(piece), computed once when needed
                attack_counts: list[CountHit] | None = None
                if contains_any(piece, _UNIT_WORDS):
                    amount = _has_amount(piece)
                    if amount:
                        attack_counts = attack_count_hits(folded, start, end)
                        counts = attack_counts
                if discounted:
                    counts = [c for c in counts if not _inside(c.quantity.start, discounted)]
                aggregate_cues = [
                    (cue_start, cue_end)
                    for cue_start, cue_end in get("aggregate") or ()
                    if not _inside(cue_start, discounted)
                ]
                burst = bool(aggregate_cues) and all(
                    folded[cue_start:cue_end] in BURST_CUES for cue_start, cue_end in aggregate_cues
                )
                aggregate = is_aggregate(
                    folded, start, end, counts, bool(aggregate_cues), _one_day(fact), burst
                )
                if not fact.title and (aggregate or _mentions_counted(folded, piece, start, end)):
                    if amount is None:
                        amount = _has_amount(piece)
                    if amount:
                        if attack_counts is None:
                            attack_counts = attack_count_hits(folded, start, end)
                        aggregates.extend(
                            self._aggregates(
                                article,
                                text,
                                folded,
                                fact,
                                attack_counts + other_count_hits(folded, start, end),
                                aggregate,
                                published,
                            )
                        )
            if discounted:
                triggers = [t for t in triggers if not _inside(t[0], discounted)]
            irrealis = get("irrealis")
            live = triggers
            if irrealis:
                live = [t for t in triggers if not _irrealis(folded, t, irrealis)]
            denial = bool(get("denial"))
            # A casualty word alone ("Aucun décès n'est à déplorer") only fills a neighbour;
            # next to a heart attack it is no attack casualty at all.
            casualty_only = not live and not claim and not attributed and bool(get("casualty"))
            eventful = (
                (bool(live) or claim or attributed or casualty_only)
                and not aggregate
                and not denial
                and not (casualty_only and get("mask"))
            )
            if not eventful:
                # Nothing happens here: only keep track of the last site and group named.
                last_site, last_group = self._track(folded, fact, index, last_site, last_group)
                continue
            families = fact.families
            place_matches = families.get(PLACE, ())
            hits = select_places(place_matches, text, folded, start, hinted, located)
            unlisted = unlisted_places(
                place_matches, hits, text, folded, start, spans.get("place_type", ()), home
            )
            if unlisted:
                hits = sorted([*hits, *unlisted], key=lambda h: h.start)
            if discounted:
                hits = [h for h in hits if not _inside(h.start, discounted)]
            actor_mentions = [
                ActorMention(m.start, m.end, m.entry.ref, m.entry.detail)
                for m in families.get(ACTOR, ())
                if (not discounted or not _inside(m.start, discounted))
                and _COMPOUND_MODIFIER.match(folded, m.end) is None
            ]
            if WEAPON in families or DEMONYM in families:  # a nationality next to an attack
                actor_mentions += self._nationals(
                    folded, families, actor_mentions, spans.get("trigger", ())
                )
            if PLACE in families and "agent" in spans:
                actor_mentions += self._states_acting(folded, families[PLACE], spans["agent"])
            if last_group is not None:
                actor_mentions += [
                    anaphor
                    for anaphor in anaphoric_actors(folded, start, end, last_group)
                    if not any(
                        m.start < anaphor.end and anaphor.start < m.end for m in actor_mentions
                    )
                ]
            sources = families.get(SOURCE, [])
            # The roles read the live attack words: the cue spans as they are when those are
            # all of them (no trigger at all reads the same as an empty list).
            role_spans: Mapping[str, Sequence[tuple[int, int]]] = spans
            if live is not cue_triggers and (live or cue_triggers):
                role_spans = {**spans, "trigger": live}
            roles = assign_roles(folded, start, end, actor_mentions, role_spans, actors, last_group)
            if claim and roles.claimant is None and sources:
                roles = self._claim_by_spokesman(roles, sources)
            if claim and roles.claimant is None:
                roles = self._claim_by_state(folded, start, families.get(PLACE, ()), spans, roles)
            if actor_mentions:
                named_groups = [
                    m.actor_id
                    for m in actor_mentions
                    if (a := actors.get(m.actor_id)) is not None and a.kind in NON_STATE_KINDS
                ]
                if roles.claimant is not None and roles.claimant in named_groups:
                    last_group = roles.claimant
                elif roles.attacker is not None and roles.attacker in named_groups:
                    last_group = roles.attacker
                elif named_groups:
                    last_group = named_groups[0]
            if get("site_anaphora"):  # "la base", "the air base"
                hits = self._with_anaphora(folded, fact, hits, last_site, index)
            if not fact.title:
                for hit in reversed(hits):
                    if not hit.anaphor and (
                        hit.place.feature_type in SITE_FEATURES or not is_area(hit.place)
                    ):
                        last_site = (index, hit.place)
                        break
            weapon_matches = families.get(WEAPON)
            weapons = (
                weapon_hits(
                    folded, weapon_matches, spans, start, [(d.start, d.end) for d in fact.dates]
                )
                if weapon_matches
                else []
            )
            if discounted:
                weapons = [w for w in weapons if not _inside(w.start, discounted)]
            casualties, none_killed, none_wounded = find_casualties(
                folded, start, end, get("casualty", [])
            )
            source = self._source(sources, actor_mentions) if sources else None
            hedged = bool(get("hedge"))
            date_hit = fact.date
            if date_hit is not None and date_hit.kind == "same_day":
                date_hit = _same_day(date_hit, context)
            if hits:
                hits = _without_landmarks_and_sources(folded, hits, spans, start)
                hits = without_apposed_divisions(text, folded, hits)
            occurrences = hits  # every place named (the figures go to the nearest one)
            if casualty_only:
                hits = []
            elif len(hits) > 1:
                hits = _finest(hits)
            if not hits:
                fragment = self._fragment(
                    index,
                    fact,
                    folded[start:end],
                    date_hit,
                    weapons,
                    casualties,
                    (none_killed, none_wounded),
                    roles,
                    source,
                    hedged,
                    sources,
                    claim,
                )
                fragment.lead = not lead_seen and not fact.title
                fragment.background = bool(spans.get("background"))
                fragments.append(fragment)
                continue
            one_day = _one_day(fact)
            group_before = len(candidates)
            prior_mention = any(not c.title for c in candidates)
            strike_word = _STRIKE_WORD.search(folded, start, end) is not None
            split = separate_attacks(counts, one_day)
            speakers = set(roles.speakers)
            if sources:
                speakers |= _spoken_for(sources, self._lexicons)
            refers = not actor_mentions and (
                bool(spans.get("plural") or spans.get("singular"))
                or _PRONOUN_SUBJECT.match(folded, start) is not None
            )
            background = self._background(folded, fact, date_hit, published, lead_seen)
            singular: bool | None = None  # a singular "the attack": read when a place needs it
            run = _consecutive_days(fact, date_hit)
            bound = _bind_dates(folded, fact, hits) if run is date_hit else {}
            date_hit = run
            first_place = min(h.start for h in hits)
            for position, hit in enumerate(hits):
                low = hits[position - 1].end if position > 0 else start
                high = hits[position + 1].start if position + 1 < len(hits) else end
                weapon = (
                    weapon_for(
                        weapons, hit.start, low, high, first_place, folded, after_place=position > 0
                    )
                    if weapons
                    else None
                )
                killed: Quantity | None = None
                wounded: Quantity | None = None
                if casualties or none_killed or none_wounded:
                    killed, wounded = _casualties_for(
                        casualties,
                        occurrences,
                        hit,
                        none_killed,
                        none_wounded,
                        folded,
                        roles.attacker,
                        actor_mentions,
                    )
                place_dates: list[DateHit | None] = list(bound.get(hit.start, [])) or [date_hit]
                area = is_area(hit.place)
                # A country or province needs something specific to make an event.
                specific = not area or fact.date is not None
                if not specific:
                    if singular is None:
                        singular = bool(get("singular")) or (
                            _SINGULAR.search(folded, start, end) is not None
                        )
                    referring = singular and not _nearest_trigger_is_plural(folded, live, hit)
                    if (
                        referring
                        and prior_mention
                        and _DEFINITE_SINGULAR.search(folded, start, end)
                    ):
                        # "officials said the attack had taken place in Syria": "the attack" is
                        # one already told, not a new one in that country.
                        referring = _INDEFINITE_SINGULAR.search(folded, start, end) is not None
                    specific = (
                        referring
                        or split > 1
                        or (killed is not None and killed.best is not None)
                        or (wounded is not None and wounded.best is not None)
                        or (weapon is not None and weapon.count is not None)
                    )
                for place_date in place_dates:
                    group += 1
                    for ordinal in range(split):
                        candidates.append(
                            _Candidate(
                                sentence=index,
                                sentences={index},
                                title=fact.title,
                                place=hit.place,
                                anaphor=hit.anaphor,
                                near=hit.near,
                                area=area,
                                specific=specific,
                                date=place_date.value if place_date is not None else None,
                                precision=_precision(place_date, fact),
                                basis=_basis(place_date, fact),
                                own_date=place_date is not None,
                                weapon=weapon.weapon if weapon is not None else None,
                                count=weapon.count if weapon is not None and split == 1 else None,
                                killed=killed,
                                wounded=wounded,
                                attacker=roles.attacker,
                                attribution=roles.attribution,
                                claimed_by=roles.claimant,
                                target=roles.target,
                                reported_by=source,
                                speakers=set(speakers),
                                hedged=hedged,
                                background=background,
                                strike_word=strike_word,
                                group=group,
                                ordinal=ordinal,
                                refers=refers,
                            )
                        )
            if roles.attacker is not None and len(hits) > 1:
                _split_air_and_ground(candidates, group_before, roles.attacker, actors)
            if not fact.title:
                lead_seen = True
        _inherit_dates(candidates, facts, anchor)
        return candidates, fragments, aggregates

    def _states_acting(
        self, folded: str, places: Sequence[Match], agents: Sequence[tuple[int, int]]
    ) -> list[ActorMention]:
        """ "Russia launched 18 drones", "Israël a frappé", "la Russie a lancé": a country named
        right before an attack verb acts through its armed forces."""
        found: list[ActorMention] = []
        for match in places:
            key = match.entry.key
            if key is None or not any(p.feature_type == "country" for p in key.places):
                continue
            actor = self._state_force.get(match.entry.hint) if match.entry.hint else None
            before = folded[max(0, match.start - 25) : match.start]
            if actor is None or _SUBJECT_START.search(before) is None:
                continue  # "strikes in Iraq and Syria targeting ...": a place, not a subject
            for cue_start, _cue_end in agents:
                if 0 <= cue_start - match.end <= 12 and _STATE_VERB_GAP.fullmatch(
                    folded, match.end, cue_start
                ):
                    found.append(ActorMention(match.start, match.end, actor, "attacker"))
                    break
        return found

    def _background_clauses(
        self,
        text: str,
        folded: str,
        fact: _Facts,
        index: int,
        hinted: set[str],
        located: set[str],
        home: str | None,
    ) -> list[_Candidate]:
        """Passing references to earlier attacks inside a context clause ("in response to the
        20 January missile attack on the base, which wounded four soldiers", "six days after a
        truck bomb in Beledweyne killed 18 people", "en représailles à l'attaque de drone
        contre la base de Tanf"): a background mention per place of the clause, with the
        clause's own date (undated, it stays undated), weapon, figures and actors."""
        found: list[_Candidate] = []
        families = fact.families
        for clause_start, stop in fact.discounted:
            clause_end = _with_relative(folded, stop, fact.sentence.end)
            spans = _within(fact.cue_spans, clause_start, clause_end)
            triggers = [t for t in spans.get("trigger", ()) if t[0] > clause_start + 2]
            if not triggers:
                continue
            place_matches = _matches_within(families.get(PLACE, ()), clause_start, clause_end)
            # A clause inside this one ("came five days after US forces hit Iraq and Syria in
            # response to the Jan. 28 attack in Jordan") tells its own attack: its places are
            # not this clause's.
            inner = [
                (s, e)
                for s, e in fact.discounted
                if clause_start < s < clause_end and e <= clause_end
            ]
            if inner:
                place_matches = [m for m in place_matches if not _inside(m.start, inner)]
            if not place_matches:
                continue
            hits = select_places(place_matches, text, folded, clause_start, hinted, located)
            hits += unlisted_places(
                place_matches, hits, text, folded, clause_start, spans.get("place_type", ()), home
            )
            if not hits:
                continue
            hits = _finest(sorted(hits, key=lambda h: h.start))
            candidates = self._clause_candidates(
                folded, fact, index, clause_start, clause_end, spans, hits
            )
            # A province or a country is a place for a passing reference only when the clause
            # tells one attack with a date or a toll ("since Jan. 11, when the U.S. struck
            # Houthi targets in Yemen"), not a campaign ("amid Israeli bombardments in Gaza",
            # "after Hamas' attack on Israel").
            campaign = all(
                folded[t_start:t_end].split(" ")[-1] in _PLURAL_NOUN for t_start, t_end in triggers
            )
            found += [
                c
                for c in candidates
                if not c.area
                or (
                    not campaign
                    and (c.date is not None or c.killed is not None or c.wounded is not None)
                )
            ]
        return found

    def _clause_candidates(
        self,
        folded: str,
        fact: _Facts,
        index: int,
        clause_start: int,
        clause_end: int,
        spans: dict[str, list[tuple[int, int]]],
        hits: Sequence[PlaceHit],
    ) -> list[_Candidate]:
        """The background candidates of one context clause and its places."""
        families = fact.families
        dates = [h for h in fact.dates if clause_start <= h.start < clause_end and h.value]
        when = dates[0] if dates else None
        weapon_matches = _matches_within(families.get(WEAPON, ()), clause_start, clause_end)
        weapons = (
            weapon_hits(
                folded, weapon_matches, spans, clause_start, [(h.start, h.end) for h in dates]
            )
            if weapon_matches
            else []
        )
        casualties, none_killed, none_wounded = find_casualties(
            folded, clause_start, clause_end, spans.get("casualty", [])
        )
        actor_mentions = [
            ActorMention(m.start, m.end, m.entry.ref, m.entry.detail)
            for m in _matches_within(families.get(ACTOR, ()), clause_start, clause_end)
        ]
        roles = assign_roles(
            folded, clause_start, clause_end, actor_mentions, spans, self._lexicons.actors, None
        )
        first_place = min(h.start for h in hits)
        found: list[_Candidate] = []
        for hit in hits:
            weapon = (
                weapon_for(weapons, hit.start, clause_start, clause_end, first_place, folded)
                if weapons
                else None
            )
            killed = wounded = None
            if casualties or none_killed or none_wounded:
                killed, wounded = _casualties_for(
                    casualties, hits, hit, none_killed, none_wounded, folded, roles.attacker,
                    actor_mentions,
                )  # fmt: skip
            found.append(
                _Candidate(
                    sentence=index, sentences={index}, title=False, place=hit.place,
                    anaphor=False, near=hit.near, area=is_area(hit.place), specific=True,
                    date=when.value if when else None, precision=when.precision if when else None,
                    basis=when.basis if when else None, own_date=when is not None,
                    weapon=weapon.weapon if weapon else None,
                    count=weapon.count if weapon else None, killed=killed, wounded=wounded,
                    attacker=roles.attacker, attribution=roles.attribution,
                    claimed_by=roles.claimant, target=roles.target, reported_by=None,
                    speakers=set(), hedged=False, background=True,
                    strike_word=_STRIKE_WORD.search(folded, clause_start, clause_end) is not None,
                    group=0, ordinal=0,
                )
            )  # fmt: skip
        return found

    def _claim_by_state(
        self,
        folded: str,
        start: int,
        places: Sequence[Match],
        spans: Mapping[str, Sequence[tuple[int, int]]],
        roles: Roles,
    ) -> Roles:
        """A country as the subject of a claim is its state's forces announcing their own
        strike ("Les États-Unis ont assumé la frappe", "Israel claimed the strike"): the country
        named just before the claim word, in its clause."""
        cue_start = spans["claim"][0][0]
        for match in reversed(places):
            if match.end > cue_start or cue_start - match.end > 30:
                continue
            if _NEW_SUBJECT.search(folded, match.end, cue_start) is not None:
                break
            key = match.entry.key
            country = key.places[0] if key is not None and len(key.places) == 1 else None
            if country is None or country.feature_type != "country":
                continue
            state = self._state_force.get(country.country_iso2 or "")
            if state is not None and match.start >= start:
                return Roles(state, "claimed", state, roles.target, roles.speakers)
        return roles

    def _claim_by_spokesman(self, roles: Roles, sources: Sequence[Match]) -> Roles:
        """A claim voiced by a group's own spokesman or outlet ("un porte-parole militaire des
        Houthis a affirmé que le groupe avait visé ...", "the Pentagon said that it had struck"):
        the group or armed force it speaks for is the claimant (not a government: "Iraqi
        officials said that it had struck" speaks of someone else)."""
        actors = self._lexicons.actors
        for match in sources:
            source = self._lexicons.sources.get(match.entry.ref)
            group = source.speaks_for if source is not None else None
            actor = actors.get(group) if group else None
            if group and actor is not None and actor.kind in _SPOKEN_FOR_KINDS:
                attacker = roles.attacker if roles.attacker not in (None, group) else group
                attribution = "claimed" if attacker == group else roles.attribution
                return Roles(attacker, attribution, group, roles.target, roles.speakers)
        return roles

    def _track(
        self,
        folded: str,
        fact: _Facts,
        index: int,
        last_site: tuple[int, Place] | None,
        last_group: str | None,
    ) -> tuple[tuple[int, Place] | None, str | None]:
        """The last site and non-state group named, after a sentence where nothing happens."""
        families = fact.families
        if not families:
            return last_site, last_group
        if not fact.title:
            for match in families.get(PLACE, ()):
                key = match.entry.key
                place = key.places[0] if key is not None else None
                if place is not None and place.feature_type in SITE_FEATURES:
                    last_site = (index, place)
        actors = self._lexicons.actors
        for match in families.get(ACTOR, ()):
            actor = actors.get(match.entry.ref)
            if (
                actor is not None
                and actor.kind in NON_STATE_KINDS
                and _COMPOUND_MODIFIER.match(folded, match.end) is None
            ):
                last_group = match.entry.ref
        return last_site, last_group

    def _nationals(
        self,
        folded: str,
        families: Mapping[str, Sequence[Match]],
        named: Sequence[ActorMention],
        triggers: Sequence[tuple[int, int]],
    ) -> list[ActorMention]:
        """ "U.S. F-15E jets", "a U.S. AC-130 gunship", "drones israéliens": a nationality next
        to an aircraft or a drone is that state's forces attacking; so is one next to an attack
        word ("Russian shelling", "une frappe israélienne", "Russians shelled", "les Russes ont
        bombardé": the state at war, in war reporting)."""
        found: list[ActorMention] = []
        aircraft: list[tuple[int, int]] = [
            (w.start, w.end)
            for w in families.get(WEAPON, ())
            if w.entry.ref in {"airstrike", "drone"}
        ]
        attacks = aircraft + [
            (start, end)
            for start, end in triggers
            if _ATTACK_WORD.search(folded, start, end) is not None
        ]
        if not attacks:
            return found
        # Demonyms ("American", "israéliens") and abbreviations ("U.S.", "US"), not names: the
        # entries that hint at a country (a demonym, or a country's own name).
        nations = [
            m
            for m in (*families.get(DEMONYM, ()), *families.get(PLACE, ()))
            if m.entry.hint
            and (
                m.entry.family == DEMONYM
                or _NATION_ABBREVIATION.fullmatch(folded, m.start, m.end) is not None
            )
        ]
        for weapon_start, weapon_end in sorted(attacks):
            for nation in nations:
                before = 0 <= weapon_start - nation.end <= 14 and (
                    _ADJACENT.fullmatch(folded, nation.end, weapon_start) is not None
                )
                after = 0 <= nation.start - weapon_end <= 2 or (
                    0 <= nation.start - weapon_end <= 16
                    and _ADJACENT.fullmatch(folded, weapon_end, nation.start) is not None
                    and (weapon_start, weapon_end) not in aircraft
                    # "an attack killed an American contractor": the victim, not the attacker
                    and _VICTIM_BETWEEN.search(folded, weapon_end, nation.start) is None
                )
                if not (before or after):
                    continue
                actor = self._state_force.get(nation.entry.hint)
                if actor is None or any(m.start <= weapon_start < m.end for m in named):
                    continue
                if any(a.start == weapon_start for a in found):
                    continue
                found.append(ActorMention(weapon_start, weapon_end, actor, "attacker"))
                break
        return found

    def _with_anaphora(
        self,
        folded: str,
        fact: _Facts,
        hits: list[PlaceHit],
        last_site: tuple[int, Place] | None,
        index: int,
    ) -> list[PlaceHit]:
        """Add "la base" / "the air base" as a hit on the last named site (within 3 sentences)."""
        anaphora = fact.cue_spans.get("site_anaphora", [])
        if not anaphora or last_site is None or index - last_site[0] > 3:
            return hits
        added = list(hits)
        for start, end in anaphora:
            if _inside(start, fact.discounted):
                continue
            if any(start < h.end and h.start <= end + 60 and not is_area(h.place) for h in hits):
                continue  # a name follows (or overlaps): "sur la base d'Aïn al-Assad"
            if any(h.end <= start and not is_area(h.place) for h in hits):
                continue  # "striking al-Harir ... to destroy the target": refers to the named site
            if any(h.end <= start <= h.end + 3 for h in hits):
                continue
            added.append(PlaceHit(start, end, last_site[1], anaphor=True, near=False))
            break
        added.sort(key=lambda h: h.start)
        return added

    def _source(self, sources: Sequence[Match], actors: Sequence[ActorMention]) -> str | None:
        for match in sources:
            if not any(a.start <= match.start < a.end for a in actors):
                return match.entry.ref
        return sources[0].entry.ref if sources else None

    def _background(
        self,
        folded: str,
        fact: _Facts,
        date_hit: DateHit | None,
        published: date | None,
        lead_seen: bool,
    ) -> bool:
        spans = fact.cue_spans
        if spans.get("background"):
            return True
        start = fact.sentence.start
        if lead_seen and any(s - start <= 25 for s, _ in spans.get("response", [])):
            return True
        return bool(
            date_hit is not None
            and date_hit.value is not None
            and published is not None
            and not fact.report_date
            and date_hit.value < published - timedelta(days=4)
        )

    def _fragment(
        self,
        index: int,
        fact: _Facts,
        folded_sentence: str,
        date_hit: DateHit | None,
        weapons: Sequence[WeaponHit],
        casualties: Sequence[Casualty],
        nothing: tuple[bool, bool],
        roles: Roles,
        source: str | None,
        hedged: bool,
        sources: Sequence[Match],
        claim: bool,
    ) -> _Fragment:
        none_killed, none_wounded = nothing
        killed = wounded = None
        for casualty in casualties:
            if casualty.kind == "killed" and killed is None:
                killed = casualty.quantity
            if casualty.kind == "wounded" and wounded is None:
                wounded = casualty.quantity
        if none_killed and killed is None:
            killed = Quantity(0, 0, 0, "exact", 0, 0)
        if none_wounded and wounded is None:
            wounded = Quantity(0, 0, 0, "exact", 0, 0)
        spans = fact.cue_spans
        usable = bool(spans.get("singular")) or claim or not spans.get("plural")
        # A demonym's hint is its country ("irakienne": IQ); not one in a clause that describes
        # an actor ("revendiqué par l'EI, qui recule face aux forces soutenues par les
        # Américains", "claimed by IS, which has lost ground to US-backed forces").
        describing = _DESCRIBING_CLAUSE.search(folded_sentence)
        cutoff = fact.sentence.start + describing.start() if describing else fact.sentence.end
        countries = {
            m.entry.hint
            for m in fact.families.get(DEMONYM, ())
            if m.entry.hint and m.start < cutoff
        }
        for match in sources:
            # A local authority speaks about its own country ("selon le gouvernement irakien");
            # a foreign command or an agency reports from anywhere.
            source_row = self._lexicons.sources.get(match.entry.ref)
            if source_row is None or not source_row.country_iso2 or countries:
                continue
            speaker = self._lexicons.actors.get(source_row.speaks_for or "")
            if speaker is not None and speaker.kind in {"government", "state_force"}:
                countries.add(source_row.country_iso2)
        if not usable:
            return _Fragment(
                index,
                None,
                None,
                None,
                None,
                None,
                "unknown",
                None,
                None,
                set(),
                False,
                set(),
                False,
            )
        if date_hit is not None and _precision(date_hit, fact) != date_hit.precision:
            # "no injuries were reported, the operator said on Saturday": the day of the report
            # is no event day, so it only bounds the attack to the week, as for a mention.
            date_hit = DateHit(
                date_hit.start,
                date_hit.end,
                date_hit.value,
                "week",
                _basis(date_hit, fact) or date_hit.basis,
                date_hit.kind,
            )
        return _Fragment(
            sentence=index,
            date=date_hit,
            weapon=weapons[0] if weapons else None,
            killed=killed,
            wounded=wounded,
            attacker=roles.attacker,
            attribution=roles.attribution,
            claimed_by=roles.claimant,
            reported_by=source,
            speakers=set(roles.speakers) | _spoken_for(sources, self._lexicons),
            hedged=hedged,
            countries=countries,
            claim=claim or roles.claimant is not None,
            # Only read for a claim with a claimant ("a revendiqué les deux opérations").
            plural=_plural_claim(folded_sentence) if roles.claimant is not None else 0,
        )

    def _aggregates(
        self,
        article: ArticleInput,
        text: str,
        folded: str,
        fact: _Facts,
        counts: Sequence[CountHit],
        aggregate: bool,
        published: date | None,
    ) -> list[AggregateStatement]:
        sentence = fact.sentence
        records: list[AggregateStatement] = []
        period = None
        for ordinal, hit in enumerate(counts):
            if hit.unit in {"attacks"} and hit.separate:
                continue
            if hit.unit in {"drones", "rockets", "missiles", "killed", "wounded"} and not aggregate:
                continue
            if hit.unit == "strikes" and not aggregate:
                continue
            if period is None:
                period = period_of(folded, sentence.start, sentence.end, fact.dates, published)
            quantity = hit.quantity
            records.append(
                AggregateStatement(
                    aggregate_id=stable_hash(
                        article.version_id, EXTRACTOR_VERSION, str(sentence.index), str(ordinal)
                    ),
                    article_id=article.article_id,
                    version_id=article.version_id,
                    source_uri=article.source_uri,
                    sentence_index=sentence.index,
                    evidence_start=sentence.start,
                    evidence_end=sentence.end,
                    evidence_text=text[sentence.start : sentence.end],
                    quantity=quantity.best,
                    quantity_low=quantity.low,
                    quantity_high=quantity.high,
                    qualifier=quantity.qualifier,
                    unit=hit.unit,
                    period_start=period.start,
                    period_end=period.end,
                    period_text=period.text,
                    extractor_version=EXTRACTOR_VERSION,
                )
            )
        return records

    # ------------------------------------------------------------------ records

    def _records(
        self,
        article: ArticleInput,
        text: str,
        facts: Sequence[_Facts],
        mentions: Sequence[_Candidate],
    ) -> list[AttackMention]:
        actors = self._lexicons.actors
        sources = self._lexicons.sources
        records: list[AttackMention] = []
        seen_ids: dict[str, int] = {}
        for mention in mentions:
            sentence = facts[mention.sentence].sentence
            place = mention.place
            country_only = place.feature_type == "country"
            attacker = mention.attacker
            claimed_by = mention.claimed_by
            attribution = mention.attribution if attacker is not None else "unknown"
            if attacker is not None and claimed_by is None and attacker in mention.speakers:
                actor = actors.get(attacker)
                if actor is not None and actor.kind in STATE_KINDS:
                    claimed_by = attacker
                    attribution = "claimed"
            weapon = mention.weapon
            actor = actors.get(attacker) if attacker else None
            state = actor is not None and actor.kind in STATE_KINDS
            if weapon is None:
                weapon = "airstrike" if mention.strike_word and state else "unknown"
            source = sources.get(mention.reported_by) if mention.reported_by else None
            if mention.hedged:
                certainty = "hedged"
            elif claimed_by is not None and (source is None or source.speaks_for == claimed_by):
                certainty = "claimed"
            else:
                certainty = "reported"
            killed = mention.killed
            wounded = mention.wounded
            place_key = place.location_id
            mention_id = stable_hash(
                article.version_id,
                EXTRACTOR_VERSION,
                str(mention.ordinal),
                str(sentence.start),
                place_key,
                str(mention.date),
            )
            if mention_id in seen_ids:
                # Two mentions of one clause that differ only in their figures or weapon (a
                # passing reference told twice): the later one is numbered, ids stay unique.
                seen_ids[mention_id] += 1
                mention_id = stable_hash(mention_id, str(seen_ids[mention_id]))
            seen_ids.setdefault(mention_id, 0)
            records.append(
                AttackMention(
                    mention_id=mention_id,
                    article_id=article.article_id,
                    version_id=article.version_id,
                    source_uri=article.source_uri,
                    sentence_index=sentence.index,
                    evidence_start=sentence.start,
                    evidence_end=sentence.end,
                    evidence_text=text[sentence.start : sentence.end],
                    event_date=mention.date,
                    date_precision=mention.precision if mention.date is not None else None,
                    date_basis=mention.basis if mention.date is not None else None,
                    location_name=None if country_only else place.name,
                    location_id=None if country_only or not place.listed else place.location_id,
                    admin1=None if country_only else place.admin1,
                    country_iso2=place.country_iso2,
                    latitude=None if country_only else place.latitude,
                    longitude=None if country_only else place.longitude,
                    geo_precision=geo_precision(place, mention.near),
                    attacker=_actor_name(actors, attacker),
                    target=_actor_name(actors, mention.target),
                    claimed_by=_actor_name(actors, claimed_by),
                    attribution=attribution,
                    weapon=weapon,
                    projectile_count=mention.count,
                    killed=killed.best if killed else None,
                    killed_low=killed.low if killed else None,
                    killed_high=killed.high if killed else None,
                    wounded=wounded.best if wounded else None,
                    wounded_low=wounded.low if wounded else None,
                    wounded_high=wounded.high if wounded else None,
                    reported_by=source.name if source is not None else None,
                    is_background=mention.background,
                    certainty=certainty,
                    extractor_version=EXTRACTOR_VERSION,
                )
            )
        return records


# ---------------------------------------------------------------------- helpers


# "in Mali", "au Mali", "dans le nord du Mali", "in the United States": a country where things
# happen (the word before it, past an article).
_LOCATED_IN_WORDS: frozenset[str] = frozenset(
    {"in", "into", "inside", "across", "throughout", "en", "au", "aux", "dans", "du", "de", "d",
     "of"}
)  # fmt: skip
_COUNTRY_ARTICLES: frozenset[str] = frozenset({"la", "le", "the", "l"})


def _launches(folded: str, fact: _Facts) -> None:
    """ "Russia launched 18 drones at Ukraine", "le Hezbollah a tiré des roquettes sur Kiryat
    Shmona": launching or firing projectiles is the attack (a trigger)."""
    spans = fact.cue_spans
    launches = [(s, e) for s, e in spans["agent"] if _LAUNCH.fullmatch(folded, s, e) is not None]
    if launches and any(w.entry.flag for w in fact.families.get(WEAPON, ())):
        spans["trigger"] = launches


def _located_in(folded: str, start: int) -> bool:
    """Whether a locative word comes right before ``start`` (past an article)."""
    words = folded[max(0, start - 14) : start].replace("'", " ").split()
    if words and words[-1] in _COUNTRY_ARTICLES:
        words.pop()
    return bool(words) and words[-1] in _LOCATED_IN_WORDS


# Punctuation or a conjunction between a country and a claim word: another subject.
_NEW_SUBJECT = re.compile(r"[,;:.]|\b(?:and|et|but|mais|while|tandis)\b")
_NEGATION_BEFORE = re.compile(
    r"\b(?:n'|ne |not |no |aucune? |nobody|no one|personne |never |jamais |yet to |pas )"
)
_NEGATION_AFTER = re.compile(r"^\s*(?:pas|not|yet|personne|jamais)\b")


def _negated_claims(folded: str, start: int, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Drop the claim cues a negation governs ("aucune de ces attaques n'avait été
    revendiquée", "the attack has not been claimed", "no group has claimed responsibility"):
    nobody claims. Returns whether any was dropped."""
    kept = []
    for cue_start, cue_end in spans["claim"]:
        before = folded[max(start, cue_start - 40) : cue_start]
        clause = before.rsplit(",", 1)[-1]
        if (
            _NEGATION_BEFORE.search(clause) is None
            and _NEGATION_AFTER.match(folded, cue_end) is None
        ):
            kept.append((cue_start, cue_end))
    if len(kept) == len(spans["claim"]):
        return False
    if kept:
        spans["claim"] = kept
    else:
        del spans["claim"]
    return True


_RELATIVE_AFTER = re.compile(r",\s*(?:which|that|who|qui|lequel|laquelle|when|lorsque|ou)\b")


def _with_relative(folded: str, stop: int, end: int) -> int:
    """The end of a context clause, with the relative clause that describes its attack
    (", which killed three soldiers", ", qui a tué trois soldats") when one follows."""
    if _RELATIVE_AFTER.match(folded, stop, end) is None:
        return stop
    comma = folded.find(",", stop + 1, end)
    return comma if comma != -1 else end


def _within(
    spans: Mapping[str, Sequence[tuple[int, int]]], start: int, end: int
) -> dict[str, list[tuple[int, int]]]:
    """The cue spans that begin inside ``[start, end)``, per kind."""
    found: dict[str, list[tuple[int, int]]] = {}
    for kind, kind_spans in spans.items():
        inside = [span for span in kind_spans if start <= span[0] < end]
        if inside:
            found[kind] = inside
    return found


def _matches_within(matches: Sequence[Match], start: int, end: int) -> list[Match]:
    """The matches that begin inside ``[start, end)``."""
    return [match for match in matches if start <= match.start < end]


# Words that open what a statement says ("said the gunmen, on Tuesday, stormed", "a indiqué
# que les assaillants, lundi,"): a date after them dates what is told, not the telling.
_REPORTED_CLAUSE_WORDS: frozenset[str] = frozenset({"that", "que", "qu", "the"})


def _reported_clause(folded: str, start: int, end: int) -> bool:
    """Whether the text between a reporting or claim verb and a date opens the clause told."""
    return not _REPORTED_CLAUSE_WORDS.isdisjoint(folded[start:end].replace("'", " ").split())


def _most_named(counts: Mapping[str, int]) -> str | None:
    """The country an article names most (country names, demonyms, its state forces), when one
    does (no tie)."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _furniture_lines(folded: str, lines: Sequence[str]) -> set[int]:
    """Numbers of the (folded) lines that are furniture: only lines holding one of the hints
    the furniture test needs are tested, found by searching the whole text for each hint."""
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    hinted: set[int] = set()
    for hint in FURNITURE_HINTS:
        position = folded.find(hint)
        while position != -1:
            number = bisect.bisect_right(starts, position) - 1
            hinted.add(number)
            # Skip to the next line: one occurrence is enough to test this line.
            next_line = starts[number + 1] if number + 1 < len(starts) else len(folded)
            position = folded.find(hint, next_line)
    return {number for number in hinted if is_furniture_line(lines[number])}


def _actor_name(actors: Mapping[str, object], actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    actor = actors.get(actor_id)
    name = getattr(actor, "name", None)
    return name if isinstance(name, str) else None


def _spoken_for(sources: Sequence[Match], lexicons: Lexicons) -> set[str]:
    """Actors whose own statements the sentence cites (CENTCOM speaks for the US forces)."""
    spoken: set[str] = set()
    for match in sources:
        source = lexicons.sources.get(match.entry.ref)
        if source is not None and source.speaks_for:
            spoken.add(source.speaks_for)
    return spoken


_AMOUNT_WORDS: frozenset[str] = frozenset(
    {
        "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
        "cinquante", "soixante", "cent", "mille", "one", "two", "three", "four", "five", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "dozens", "dizaine",
        "dizaines", "douzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
        "centaine", "centaines", "hundreds", "thousands", "milliers", "plusieurs", "several",
        "multiple", "quelques", "few", "many", "nombreux", "nombreuses", "numerous",
    }
)  # fmt: skip


_DIGIT = re.compile(r"\d")


def _has_amount(piece: str) -> bool:
    """Whether a (folded) sentence holds any figure at all: digits or number words."""
    if _DIGIT.search(piece) is not None:
        return True
    return not _AMOUNT_WORDS.isdisjoint(piece.replace(",", " ").replace("'", " ").split())


_COUNTED_WORDS = ("cibles", "targets", "sites", "munitions", "installations", "facilities")


def _mentions_counted(folded: str, piece: str, start: int, end: int) -> bool:
    """``_COUNTED.search(folded, start, end)``, skipped when none of its words is in ``piece``
    (the sentence ``folded[start:end]``)."""
    return contains_any(piece, _COUNTED_WORDS) and _COUNTED.search(folded, start, end) is not None


def _one_day(fact: _Facts) -> bool:
    """Whether the sentence dates its attack to one day (not a report date)."""
    return (
        fact.date is not None
        and fact.date.precision == "day"
        and not fact.report_date
        and fact.date.kind != "same_day"
    )


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of ``spans`` (a loop: cheaper than any() over a
    generator, and most span lists are empty or hold one span)."""
    for start, end in spans:  # noqa: SIM110
        if start <= position < end:
            return True
    return False


def _irrealis(folded: str, trigger: tuple[int, int], cues: Sequence[tuple[int, int]]) -> bool:
    """Whether a threat, plan or hypothesis governs the attack word (within 45 characters)."""
    for start, end in cues:
        if 0 <= trigger[0] - end <= 45 and _CLAUSE_STOP.search(folded, end, trigger[0]) is None:
            return True
        if start >= trigger[1] and start - trigger[1] <= 3:
            return True
    return False


def _same_day(hit: DateHit, context: DateHit | None) -> DateHit | None:
    if context is None or context.value is None:
        return None
    return DateHit(hit.start, hit.end, context.value, "day", _SAME_DAY_BASIS, "same_day")


def _precision(hit: DateHit | None, fact: _Facts) -> str | None:
    if hit is None:
        return None
    if fact.report_date and hit is fact.date and hit.precision == "day":
        return "week"
    return hit.precision


def _basis(hit: DateHit | None, fact: _Facts) -> str | None:
    if hit is None:
        return None
    if fact.report_date and hit is fact.date:
        return hit.basis + _REPORT_SUFFIX
    return hit.basis


def _finest(hits: Sequence[PlaceHit]) -> list[PlaceHit]:
    """Drop places that contain another place of the sentence, and repeats of one place."""
    kept: list[PlaceHit] = []
    for hit in hits:
        if any(
            other is not hit
            and other.place.location_id != hit.place.location_id
            and contains(hit.place, other.place)
            for other in hits
        ):
            continue
        if any(k.place.location_id == hit.place.location_id for k in kept):
            continue
        kept.append(hit)
    return kept


def _bind_dates(folded: str, fact: _Facts, hits: Sequence[PlaceHit]) -> dict[int, list[DateHit]]:
    """Several event dates in one sentence: a date right before "at/à <place>" binds to it;
    the other dates go to the places left ("strikes on 19 and 22 November, and on 15 November
    at X"). Returns place start -> dates; empty when the sentence has one date."""
    if len(fact.dates) < 2:
        return {}
    events = [
        h
        for h in fact.dates
        if h.kind == "explicit" and h.value is not None and not _inside(h.start, fact.discounted)
    ]
    if len({h.value for h in events}) < 2:
        return {}
    bound: dict[int, list[DateHit]] = {}
    free: list[DateHit] = []
    for hit in events:
        target = next(
            (
                p
                for p in hits
                if 0 <= p.start - hit.end <= 16
                and _PLACE_PREPOSITION.match(folded[hit.end : p.start])
            ),
            None,
        )
        if target is not None:
            bound.setdefault(target.start, []).append(hit)
        else:
            free.append(hit)
    left = [p for p in hits if p.start not in bound]
    if not left and free:
        left = list(hits[:1])
    for place in left:
        bound.setdefault(place.start, []).extend(free)
    return bound


def _casualties_for(
    casualties: Sequence[Casualty],
    hits: Sequence[PlaceHit],
    hit: PlaceHit,
    none_killed: bool,
    none_wounded: bool,
    folded: str,
    attacker: str | None,
    actor_mentions: Sequence[ActorMention],
) -> tuple[Quantity | None, Quantity | None]:
    """The killed and wounded figures of one place of the sentence.

    A figure goes to the place named nearest before it (else the first place); a figure whose
    victims are the attacker's own side ("45 blessés parmi les troupes américaines" in a
    sentence about American strikes) belongs to another event.
    """
    killed: Quantity | None = Quantity(0, 0, 0, "exact", 0, 0) if none_killed else None
    wounded: Quantity | None = Quantity(0, 0, 0, "exact", 0, 0) if none_wounded else None
    for casualty in casualties:
        before = [h for h in hits if h.start < casualty.position]
        owner = max(before, key=lambda h: h.start) if before else hits[0]
        if owner.place.location_id != hit.place.location_id:
            if not contains(owner.place, hit.place):
                continue
            inside = {
                h.place.location_id
                for h in hits
                if h.place.location_id != owner.place.location_id and contains(owner.place, h.place)
            }
            if len(inside) > 1:
                continue  # "23 killed in Syria, where sites near X and Y were hit": a total
        figure = casualty.quantity
        # A phrase that names the attack ("blessées dans les frappes américaines") is the
        # attacker, not the victims.
        victims = [
            m.actor_id
            for m in actor_mentions
            if figure.start - 3 <= m.start <= figure.end + 40 and m.role_hint != "attacker"
        ]
        if attacker is not None and attacker in victims:
            continue
        if casualty.kind == "killed" and (killed is None or killed.best == 0):
            killed = casualty.quantity
        elif casualty.kind == "wounded" and (wounded is None or wounded.best == 0):
            wounded = casualty.quantity
    return killed, wounded


def _without_landmarks_and_sources(
    folded: str, hits: list[PlaceHit], spans: Mapping[str, Sequence[tuple[int, int]]], start: int
) -> list[PlaceHit]:
    """Drop places that only situate a named site ("Tower 22 ... non loin de la garnison
    d'Al-Tanf", up to the next comma) or the source ("selon un responsable du diocèse de Dori")."""
    kept: list[PlaceHit] = []
    if not hits:
        return kept
    triggers = spans.get("trigger", [])
    landmark_until = -1
    # A source lead ("selon") can only be found before a place if one of its words is there.
    leads = contains_any(folded[start : max(h.start for h in hits)], _SOURCE_LEAD_WORDS)
    for hit in hits:
        if hit.start < landmark_until:
            continue
        # A landmark: no area, after "non loin de"/"near" (within 40 characters), with a site
        # named before it and no "and"/"et" in between.
        before = folded[max(start, hit.start - 40) : hit.start]
        if not is_area(hit.place) and contains_any(before, _PROXIMITY_WORDS):
            site = next(
                (
                    other
                    for other in reversed(hits)
                    if other.end <= hit.start and other.place.feature_type in SITE_FEATURES
                ),
                None,
            )
            if (
                site is not None
                and _PROXIMITY.search(before) is not None
                and _CONJUNCTION.search(folded[site.end : hit.start]) is None
            ):
                comma = folded.find(",", hit.end)
                landmark_until = comma if comma != -1 else len(folded)
                continue
        lead = None
        if leads:
            for match in _SOURCE_LEAD.finditer(folded, max(start, hit.start - 45), hit.start):
                lead = match
        unsupported = lead is not None and not any(lead.end() <= t < hit.start for t, _ in triggers)
        if unsupported and hit.place.feature_type not in SITE_FEATURES:
            continue
        # "ont indiqué des sources concordantes à Niamey", "a security source in Mogadishu
        # said": where the source speaks from, not where it happened.
        if _SOURCE_PLACE.search(folded, max(start, hit.start - 40), hit.start) is not None:
            continue
        # "évacués vers l'hôpital régional de Kaya", "treated at Baidoa regional hospital":
        # where the wounded were taken, not where they were hit.
        if (
            _HOSPITAL_BEFORE.search(folded, max(start, hit.start - 45), hit.start) is not None
            or _HOSPITAL_AFTER.match(folded, hit.end) is not None
        ) and _TREATED.search(folded, max(start, hit.start - 90), hit.end + 120) is not None:
            continue  # (a strike on a hospital is still where it happened)
        kept.append(hit)
    return kept


def _nearest_trigger_is_plural(
    folded: str, triggers: Sequence[tuple[int, int]], hit: PlaceHit
) -> bool:
    """Whether the attack word nearest a place is a definite plural that refers back to attacks
    already known ("aux attaques menées ... en Irak"), not a new strike wave ("des frappes")."""
    if not triggers:
        return False
    start, end = min(triggers, key=lambda t: min(abs(t[0] - hit.start), abs(t[1] - hit.end)))
    words = folded[max(0, start - 12) : end].split()
    if not words or words[-1] not in _PLURAL_NOUN:
        return False
    return len(words) >= 2 and words[-2] in {"aux", "les", "ces", "the", "these", "those", "such"}


def _consecutive_days(fact: _Facts, date_hit: DateHit | None) -> DateHit | None:
    """ "on Oct. 17 and 18": a run of consecutive days is one date, its first, ``week``."""
    if date_hit is None or len(fact.dates) < 2:
        return date_hit  # a run needs two dates
    days = sorted({h.value for h in fact.dates if h.kind == "explicit" and h.value is not None})
    if len(days) < 2 or len(days) > 3:
        return date_hit
    if any((b - a).days != 1 for a, b in itertools.pairwise(days)):
        return date_hit
    return DateHit(
        date_hit.start, date_hit.end, days[0], "week", "range of consecutive days", "explicit"
    )


def _inherit_dates(
    candidates: Sequence[_Candidate],
    facts: Sequence[_Facts],
    anchor: tuple[date, str, str] | None,
) -> None:
    """Date the candidates whose sentence has none (or one that cannot be resolved, a weekday
    when only the month of publication is known): the last date written before (``week``),
    not one in a passing reference, else the publication day (``week``) or month (``month``);
    a background mention keeps no date."""
    dated: list[tuple[int, DateHit]] = [
        (i, f.date)
        for i, f in enumerate(facts)
        if f.usable
        and not f.title
        and f.date is not None
        and f.date.value is not None
        and not f.cue_spans.get("background")  # a passing reference's date is its own
    ]
    indexes = [i for i, _ in dated]
    for candidate in candidates:
        if candidate.own_date and candidate.date is not None:
            continue
        if candidate.background:
            candidate.date, candidate.precision, candidate.basis = None, None, None
            continue
        position = bisect.bisect_left(indexes, candidate.sentence) - 1
        if position >= 0 and not candidate.title:
            candidate.date = dated[position][1].value
            candidate.precision = (
                "week" if dated[position][1].precision == "day" else dated[position][1].precision
            )
            candidate.basis = _INHERITED_BASIS
        elif anchor is not None:
            candidate.date, candidate.precision, candidate.basis = anchor
        else:
            candidate.date, candidate.precision, candidate.basis = None, None, None
        candidate.own_date = False


# ---------------------------------------------------------------------- merging


def _dates_compatible(
    a_date: date | None, a_precision: str | None, b_date: date | None, b_precision: str | None
) -> bool:
    if a_date is None or b_date is None:
        return True
    window = max(_WINDOW.get(a_precision or "day", 0), _WINDOW.get(b_precision or "day", 0))
    return abs((a_date - b_date).days) <= window


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    if a.group == b.group:
        return False
    if not _dates_compatible(a.date, a.precision, b.date, b.precision):
        return False
    if a.weapon and b.weapon and a.weapon != b.weapon:
        return False
    return not (a.attacker and b.attacker and a.attacker != b.attacker)


# Whose spokesman's "that it had targeted" is a claim: groups and armed forces, not governments.
_SPOKEN_FOR_KINDS = NON_STATE_KINDS | {"state_force", "external_force"}

# The gazetteer's pseudo-country of the seas (international waters).
SEA_COUNTRY = "XZ"

# The weapons of the militias' side of a tit-for-tat sentence.
GROUND_WEAPONS = frozenset({"rocket", "missile", "mortar", "ied"})


def _headline_of(lines: Sequence[str], first: int, title_key: str) -> bool:
    """Whether the first line of the text is the headline of the article's ``title_key``: the
    title contains it ("X | Site"), or it stands alone above a blank line and shares most of its
    words with the title (a scraper's title and headline differ by a word or a mark)."""
    words = lines[first].split()
    if " ".join(words) in title_key:
        return True
    alone = first + 1 < len(lines) and not lines[first + 1].strip()
    if not alone or not words or lines[first].rstrip().endswith((".", "!")):
        return False
    stripped = {w.strip("\"'.,:;!?()[]") for w in words} - {""}
    title_words = {w.strip("\"'.,:;!?()[]") for w in title_key.split()} - {""}
    return len(stripped & title_words) >= 0.6 * max(len(stripped), len(title_words))


def _split_air_and_ground(
    candidates: list[_Candidate], first: int, attacker: str, actors: Mapping[str, Actor]
) -> None:
    """One sentence, a state's air or drone strike at one place and rockets or missiles at
    another ("A U.S. gunship struck fighters near Abu Ghraib shortly after they fired a missile
    at Ain al-Asad"): the state is the attacker of the strike only."""
    actor = actors.get(attacker)
    if actor is None or actor.kind not in STATE_KINDS:
        return
    told = candidates[first:]
    air = any(c.weapon == "airstrike" for c in told)
    ground = GROUND_WEAPONS | {"drone"} if air else GROUND_WEAPONS
    if not air and not any(c.weapon == "drone" for c in told):
        return  # no strike of the state's own to give it to
    for candidate in told:
        if candidate.weapon in ground and candidate.attacker == attacker:
            candidate.attacker, candidate.attribution = None, "unknown"
            if candidate.claimed_by == attacker:
                candidate.claimed_by = None


def _toll(kept: Quantity | None, other: Quantity | None) -> Quantity | None:
    """The figure of one attack when two sentences give one: the first stated, except that one
    named victim ("killed a senior commander") gives way to a stated total that includes him
    ("three people were killed in the strike")."""
    if kept is None:
        return other
    if (
        other is not None
        and kept.qualifier == "one"
        and other.qualifier == "exact"
        and other.best is not None
        and other.best > 1
    ):
        return other
    return kept


def _absorb(target: _Candidate, source: _Candidate) -> None:
    """Fill ``target`` from ``source`` (a less specific or later description of one attack)."""
    if source.date is not None and (
        target.date is None
        or _PRECISION_RANK.get(source.precision or "month", 3)
        < _PRECISION_RANK.get(target.precision or "month", 3)
    ):
        target.date, target.precision, target.basis = source.date, source.precision, source.basis
    if target.title and not source.title:
        target.sentence = source.sentence
        target.title = False
    target.sentences |= source.sentences
    target.weapon = target.weapon or source.weapon
    target.count = target.count if target.count is not None else source.count
    target.killed = _toll(target.killed, source.killed)
    target.wounded = _toll(target.wounded, source.wounded)
    if source.title:
        return  # a headline often joins two events: it never says who did what
    if target.attacker is None:
        target.attacker, target.attribution = source.attacker, source.attribution
    if target.claimed_by is None and source.claimed_by is not None:
        target.claimed_by = source.claimed_by
        if target.attacker in (None, source.claimed_by):
            target.attacker, target.attribution = source.claimed_by, "claimed"
    target.target = target.target or source.target
    target.reported_by = target.reported_by or source.reported_by
    target.speakers |= source.speakers
    target.hedged = target.hedged or source.hedged
    target.strike_word = target.strike_word or source.strike_word


def _merge(candidates: Sequence[_Candidate], fragments: Sequence[_Fragment]) -> list[_Candidate]:
    """Merge candidates of one article into mentions (see the module docstring)."""
    mentions: list[_Candidate] = []
    deferred: list[_Candidate] = []
    for candidate in candidates:
        if candidate.title or (candidate.area and not candidate.specific):
            deferred.append(candidate)
            continue
        same = [
            m
            for m in mentions
            if m.place.location_id == candidate.place.location_id and _compatible(m, candidate)
        ]
        if same:
            _absorb(_best(same, candidate), candidate)
        else:
            mentions.append(candidate)
    # Coarse places (countries, provinces, towns) fold into a finer mention inside them.
    for coarse in sorted(mentions, key=lambda m: -_coarseness(m.place)):
        if coarse.place.feature_type in SITE_FEATURES:
            continue
        finer = [
            m
            for m in mentions
            if m is not coarse
            and m.place.location_id != coarse.place.location_id
            and contains(coarse.place, m.place)
            and _compatible(m, coarse)
        ]
        if finer:
            if len(finer) > 1:
                # "Deux bases dans le nord-est de la Syrie ont été visées mercredi par des
                # drones", then one sentence per base: the shared facts (date, weapon, actors,
                # source) are each base's; the figures belong to none of them alone.
                coarse.count, coarse.killed, coarse.wounded = None, None, None
            target = _best(finer, coarse)
            for other in finer:
                if other is not target:
                    _absorb(other, coarse)
            _absorb(target, coarse)
            if (
                target.place.feature_type == "other"
                and coarse.place.feature_type in SETTLEMENT_FEATURES
            ):
                # A street or a compound inside a town: the town is the place (ACLED precision 1).
                target.place, target.near = coarse.place, coarse.near
            mentions.remove(coarse)
    # Titles and vague country statements only fill gaps.
    for candidate in deferred:
        related = [
            m
            for m in mentions
            if (contains(candidate.place, m.place) or contains(m.place, candidate.place))
            and _compatible(m, candidate)
        ]
        if related:
            if len(related) > 1:
                candidate.count, candidate.killed, candidate.wounded = None, None, None
            _absorb(_best(related, candidate), candidate)
        elif candidate.title and not mentions and candidate.specific:
            mentions.append(candidate)
    mentions.sort(key=lambda m: (m.sentence, m.group, m.ordinal))
    for fragment in fragments:
        _attach(fragment, mentions)
    _inherit_actors(mentions)
    return mentions


def _inherit_actors(mentions: Sequence[_Candidate]) -> None:
    """A mention whose sentence points back ("les frappes ont touché...", "the strike hit...")
    and names no actor takes the attacker of the last compatible mention before it."""
    for index, mention in enumerate(mentions):
        if mention.attacker is not None or not mention.refers:
            continue
        for earlier in [*reversed(mentions[:index]), *mentions[index + 1 :]]:
            if earlier.sentence > mention.sentence or mention.sentence - earlier.sentence > 6:
                continue  # an earlier sentence, or a sibling of the same one
            if earlier.attacker is None or not _dates_compatible(
                earlier.date, earlier.precision, mention.date, mention.precision
            ):
                continue
            if earlier.weapon and mention.weapon and earlier.weapon != mention.weapon:
                continue
            if not earlier.strike_word or not (mention.strike_word or mention.weapon is None):
                continue  # "les frappes ont touché ..." continues a strike, not "l'attaque"
            mention.attacker, mention.attribution = earlier.attacker, earlier.attribution
            mention.claimed_by = mention.claimed_by or earlier.claimed_by
            mention.speakers |= earlier.speakers
            mention.strike_word = mention.strike_word or earlier.strike_word
            break


_COARSENESS = {"country": 4, "admin1": 3, "region": 2}


def _coarseness(place: Place) -> int:
    return _COARSENESS.get(
        place.feature_type, 1 if place.feature_type in SETTLEMENT_FEATURES else 0
    )


def _best(options: Sequence[_Candidate], candidate: _Candidate) -> _Candidate:
    """Among compatible mentions, the one with the same weapon, then the nearest sentence."""
    return min(
        options,
        key=lambda m: (
            0 if candidate.weapon and m.weapon == candidate.weapon else 1,
            abs(m.sentence - candidate.sentence),
        ),
    )


def _attach(fragment: _Fragment, mentions: list[_Candidate]) -> None:
    """Fill the mention a place-less sentence refers to (the nearest compatible one)."""
    if (
        fragment.date is None
        and fragment.weapon is None
        and fragment.killed is None
        and (
            fragment.wounded is None and fragment.attacker is None and fragment.reported_by is None
        )
    ):
        return
    if fragment.background:
        mentions = [m for m in mentions if m.background]
    previous = [m for m in mentions if any(0 < fragment.sentence - s <= 4 for s in m.sentences)]
    following = [
        m
        for m in mentions
        if not fragment.claim  # a claim points back ("claimed the strike on the base")
        and not m.background  # a passing reference told next is another attack
        and 0 < m.sentence - fragment.sentence <= 1
        and m not in previous  # last: a field-by-field comparison of candidates
    ]
    value = fragment.date.value if fragment.date is not None else None
    precision = fragment.date.precision if fragment.date is not None else None
    weapon = fragment.weapon.weapon if fragment.weapon is not None else None

    def fits(mention: _Candidate) -> bool:
        if not _dates_compatible(mention.date, mention.precision, value, precision):
            return False
        if (
            value is not None
            and mention.date is not None
            and precision == "day"
            and mention.precision == "day"
            and value != mention.date
        ):
            return False
        if weapon and mention.weapon and weapon != mention.weapon:
            return False
        if (
            fragment.countries
            and mention.place.country_iso2 not in fragment.countries
            and mention.place.country_iso2 != SEA_COUNTRY  # at sea, nationalities are ships'
        ):
            return False
        return not (
            fragment.attacker and mention.attacker and fragment.attacker != mention.attacker
        )

    ordered = sorted(
        previous, key=lambda m: (-max(s for s in m.sentences if s < fragment.sentence), -m.group)
    ) + sorted(following, key=lambda m: (m.sentence, m.group))
    target = next((m for m in ordered if fits(m)), None)
    if target is None and fragment.lead:
        # A lead that names no place ("six soldiers died in a drone attack on an army base")
        # tells the attack whose place the article gives further down: the only one that fits.
        later = [
            m for m in mentions if m.sentence > fragment.sentence and not m.background and fits(m)
        ]
        target = later[0] if len(later) == 1 else None
    if target is None:
        return
    if (fragment.killed is not None or fragment.wounded is not None) and any(
        other is not target and other.sentence == target.sentence and fits(other)
        for other in ordered
    ):
        # "16 morts et 25 blessés" after strikes on two sites: a total, not one site's toll.
        fragment.killed = fragment.wounded = None
    if fragment.claim and fragment.plural and fragment.claimed_by is not None:
        # "a revendiqué les deux opérations": the two attacks told last, told in one sentence
        # or in two; "ces attaques": every attack of that earlier sentence.
        covered = [m for m in previous if fits(m)] if fragment.plural > 1 else []
        if len(covered) >= fragment.plural:
            covered = sorted(
                covered,
                key=lambda m: (-max(s for s in m.sentences if s < fragment.sentence), -m.group),
            )
            covered = covered[: fragment.plural]
        else:
            covered = [o for o in ordered if o.sentence == target.sentence and fits(o)]
        for other in covered:
            if other is not target:
                other.claimed_by = other.claimed_by or fragment.claimed_by
                if other.attacker in (None, fragment.claimed_by):
                    other.attacker, other.attribution = fragment.claimed_by, "claimed"
    if value is not None and (
        target.date is None
        or _PRECISION_RANK.get(precision or "month", 3)
        < _PRECISION_RANK.get(target.precision or "month", 3)
    ):
        target.date, target.precision = value, precision
        target.basis = fragment.date.basis if fragment.date is not None else target.basis
    target.weapon = target.weapon or weapon
    if target.count is None and fragment.weapon is not None:
        target.count = fragment.weapon.count
    target.killed = _toll(target.killed, fragment.killed)
    target.wounded = _toll(target.wounded, fragment.wounded)
    if target.attacker is None and fragment.attacker is not None:
        target.attacker, target.attribution = fragment.attacker, fragment.attribution
    if fragment.claimed_by is not None and target.claimed_by is None:
        target.claimed_by = fragment.claimed_by
        if target.attacker in (None, fragment.claimed_by):
            target.attacker, target.attribution = fragment.claimed_by, "claimed"
    target.reported_by = target.reported_by or fragment.reported_by
    target.speakers |= fragment.speakers
    target.hedged = target.hedged or fragment.hedged
    target.sentences.add(fragment.sentence)
