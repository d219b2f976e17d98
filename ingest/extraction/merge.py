"""Pass 8, merge within the article: candidates into mentions.

Reads the article's candidates (in sentence order). Adds nothing new: it folds candidates
together and returns the mentions. The same place with a compatible date, weapon
and attacker is one mention (``same_place``); a country, province or town folds into a site
inside it (``coarse_into_finer``); the title line and vague country statements only fill gaps
(``deferred_fill_gaps``). Once the fragments have filled the mentions they refer to
(``fragments.py``), a mention whose sentence points back takes the attacker of the mention
before it (``inherit_actors``); in an article whose strikes told with their attacker are all
one state's, a strike told without one is that state's (``one_campaign_attacker``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final

from ingest.extraction.candidates import Candidate
from ingest.extraction.dates import NIGHT_BASIS
from ingest.extraction.lexicons import SETTLEMENT_FEATURES, SITE_FEATURES, Place
from ingest.extraction.normalize import fold_key
from ingest.extraction.places import SEA_COUNTRY, contains
from ingest.extraction.sentence_dates import (
    INHERITED_BASIS,
    PUBLISHED_BASIS,
    PUBLISHED_MONTH_BASIS,
    REPORT_SUFFIX,
)
from ingest.extraction.tolls import kept_toll

PRECISION_RANK: Final = {"day": 0, "week": 1, "month": 2}
_WINDOW: Final = {"day": 0, "week": 7, "month": 31}
_COARSENESS: Final = {"country": 4, "admin1": 3, "region": 2}


def dates_compatible(
    a_date: date | None, a_precision: str | None, b_date: date | None, b_precision: str | None
) -> bool:
    """Whether two dates can be one attack's, given their precisions."""
    if a_date is None or b_date is None:
        return True
    window = max(_WINDOW.get(a_precision or "day", 0), _WINDOW.get(b_precision or "day", 0))
    return abs((a_date - b_date).days) <= window


def finer_date(
    new: date | None, new_precision: str | None, old: date | None, old_precision: str | None
) -> bool:
    """Whether a date ``new`` is worth taking over ``old``: there is none, or it is finer."""
    return new is not None and (
        old is None
        or PRECISION_RANK.get(new_precision or "month", 3)
        < PRECISION_RANK.get(old_precision or "month", 3)
    )


# Weapons one attack may be told with: "an Israeli air strike in southern Lebanon", then "an
# Israeli drone struck a house in Kfar X" (a drone strike is an air strike); "mortar shells
# hit the base", then "the group said it carried out the shelling", "des obus de mortier",
# then "ce bombardement" (shelling is what mortars and guns both do).
_SAME_ATTACK_KINDS: Final = (frozenset({"airstrike", "drone"}), frozenset({"artillery", "mortar"}))


# "Other" (arson, knives, grenades) is a part of a ground assault told with another word ("fired
# on the barracks ... set fire to two armoured vehicles"), not of a strike from afar.
_ANY_ATTACKS_PART: Final = "other"
_STANDOFF_WEAPONS: Final = frozenset(
    {"airstrike", "drone", "missile", "rocket", "artillery", "mortar"}
)


def weapons_compatible(a: str | None, b: str | None) -> bool:
    """Whether two weapons may describe one attack: either unknown, equal, air and drone, or
    shelling and mortar."""
    return (
        not a
        or not b
        or a == b
        or any(a in kind and b in kind for kind in _SAME_ATTACK_KINDS)
        or (_ANY_ATTACKS_PART in (a, b) and not {a, b} & _STANDOFF_WEAPONS)
    )


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.group == b.group:
        return False
    if (a.another and b.sentence < a.sentence) or (b.another and a.sentence < b.sentence):
        return False  # "In a separate attack", "Hours later": not an attack told before
    if not dates_compatible(a.date, a.precision, b.date, b.precision) and not _same_night(a, b):
        return False
    if not weapons_compatible(a.weapon, b.weapon):
        return False
    return not (a.attacker and b.attacker and a.attacker != b.attacker)


def _same_night(a: Candidate, b: Candidate) -> bool:
    """An attack in the night of Thursday to Friday (dated Friday) and the same attack told on
    Thursday ("a frappé le port jeudi", the other side's clock): one night, two days."""
    for night, other in ((a, b), (b, a)):
        if (
            night.basis == NIGHT_BASIS
            and night.date is not None
            and other.date is not None
            and other.precision == "day"
            and (night.date - other.date).days == 1
        ):
            return True
    return False


def merge(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Merge candidates of one article into mentions, in sentence order (see the module
    docstring); the fragments are attached to them next, then ``inherit_actors`` runs."""
    mentions, deferred = same_place(candidates)
    coarse_into_finer(mentions)
    deferred_fill_gaps(mentions, deferred)
    mentions.sort(key=lambda m: (m.sentence, m.group, m.ordinal))
    return mentions


def same_place(candidates: Sequence[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """The same place with a compatible date, weapon and attacker is one mention; titles and
    country or province statements with nothing specific are set aside (deferred)."""
    mentions: list[Candidate] = []
    deferred: list[Candidate] = []
    for candidate in candidates:
        if candidate.title or candidate.dateline or (candidate.area and not candidate.specific):
            deferred.append(candidate)
            continue
        same = [
            m
            for m in mentions
            if m.place.location_id == candidate.place.location_id
            and _compatible(m, candidate)
            and not _an_earlier_attack_there(m, candidate)
        ]
        if same:
            absorb(_best(same, candidate), candidate)
        else:
            mentions.append(candidate)
    return mentions, deferred


def _an_earlier_attack_there(a: Candidate, b: Candidate) -> bool:
    """(0.26.0) Whether one of two candidates at one place is a passing reference to an attack
    on a day told, after the article's attack told with no day ("Two members were
    killed by a drone strike in X in the early afternoon. Last Wednesday, a strike in X had
    killed an official"): two attacks. (With a day, the dates decide: "the X attack" that a
    group denied on Saturday is the attack told on Tuesday.)"""
    if a.background == b.background:
        return False
    reference, told = (a, b) if a.background else (b, a)
    return (
        reference.sentence > told.sentence
        and reference.precision == "day"
        and reference.date is not None
        and told.precision != "day"
    )


def coarse_into_finer(mentions: list[Candidate]) -> None:
    """Coarse places (countries, provinces, towns) fold into a finer mention inside them."""
    for coarse in sorted(mentions, key=lambda m: -_coarseness(m.place)):
        if coarse.place.feature_type in SITE_FEATURES:
            continue
        finer = [
            m
            for m in mentions
            if m is not coarse
            and m.place.location_id != coarse.place.location_id
            and (contains(coarse.place, m.place) or _same_toll_unsituated(coarse, m))
            and _compatible(m, coarse)
            and not _told_apart_in_time(m, coarse)
        ]
        if not finer:
            finer = _the_one_place_of_its_province(coarse, mentions)
        if not finer and coarse.near:
            finer = _the_place_told_next(coarse, mentions)
        if not finer:
            continue
        if len(finer) > 1:
            # "Deux bases dans le nord-est de la Syrie ont été visées mercredi par des drones",
            # then one sentence per base: the shared facts (date, weapon, actors, source) are
            # each base's; the figures belong to none of them alone.
            coarse.count, coarse.killed, coarse.wounded = None, None, None
        target = _best(finer, coarse)
        for other in finer:
            if other is not target:
                absorb(other, coarse)
        absorb(target, coarse)
        if (
            target.place.feature_type == "other"
            and coarse.place.feature_type in SETTLEMENT_FEATURES
        ):
            # A street or a compound inside a town: the town is the place (ACLED precision 1).
            target.place, target.near = coarse.place, coarse.near
        mentions.remove(coarse)


_NOT_WRITTEN: Final = frozenset({PUBLISHED_BASIS, PUBLISHED_MONTH_BASIS, INHERITED_BASIS})


def _told_apart_in_time(a: Candidate, b: Candidate) -> bool:
    """(0.27.0) Whether one is the attack told and the other a passing reference to an earlier
    attack, each dated by its own sentence: two attacks, even one inside the other's town
    ("insurgents stormed X town on Friday ... Last week, they beheaded two fishermen near Y,
    in X district"). A sentence dated by none goes on with the one before it ("Iraq's
    government said 16 were killed in strikes around X" after the strikes of Feb. 2)."""
    return a.background != b.background and _dated_by_itself(a) and _dated_by_itself(b)


def _dated_by_itself(candidate: Candidate) -> bool:
    """Whether a candidate's date is written in its sentence for its attack (not the report's
    date, not the publication's, not one inherited from a sentence before)."""
    basis = candidate.basis
    return basis is not None and basis not in _NOT_WRITTEN and not basis.endswith(REPORT_SUFFIX)


_PROVINCE_SUFFIX: Final = re.compile(
    r"\s+(?:province|governorate|region|state|oblast|department|district)$|"
    r"^(?:province|gouvernorat|region|etat|oblast|departement) (?:de |d'|du )"
)


def _province_named_by_its_capital(coarse: Candidate, finer: Candidate) -> bool:
    """ "l'attaque du PKK à Hakkari" after "Cukurca, district de Hakkari": a town named like its
    province, told with no figure and no weapon, is the province of a finer place told there."""
    town, inner = coarse.place, finer.place
    if (
        town.feature_type not in SETTLEMENT_FEATURES
        or coarse.killed is not None
        or coarse.wounded is not None
        or coarse.weapon not in (None, "unknown")
        or not town.admin1
        or inner.admin1 != town.admin1
        or inner.country_iso2 != town.country_iso2
        or inner.location_id == town.location_id
    ):
        return False
    province = _PROVINCE_SUFFIX.sub("", fold_key(town.admin1))
    return province == fold_key(town.name)


def _the_one_place_of_its_province(
    coarse: Candidate, mentions: Sequence[Candidate]
) -> list[Candidate]:
    """The mentions of the one finer place in the province a town is named like, when they
    are all the article tells there (several: the town may be one more attack)."""
    inside = [
        m
        for m in mentions
        if m is not coarse and _province_named_by_its_capital(coarse, m) and _compatible(m, coarse)
    ]
    return inside if len({m.place.location_id for m in inside}) == 1 else []


_DETAIL_REACH: Final = 2  # sentences after a province's lead that may place its attack


def _the_place_told_next(coarse: Candidate, mentions: Sequence[Candidate]) -> list[Candidate]:
    """(0.27.0) A town given only as a landmark ("dans une zone montagneuse au nord de Bagdad",
    "in a mountainous area north of Baghdad") and the one place the next sentence names for a
    compatible attack ("une caserne dans le district d'Al-Azim, province de Diyala"): the
    attack is at that place, which need not lie inside the town."""
    told = [
        m
        for m in mentions
        if m is not coarse
        and m.sentence - coarse.sentence == 1
        and not m.near
        and m.background == coarse.background
        and m.place.country_iso2 == coarse.place.country_iso2
    ]
    if len({m.place.location_id for m in told}) != 1:
        return []
    return told if all(_compatible(m, coarse) for m in told) else []


def _same_toll_unsituated(coarse: Candidate, finer: Candidate) -> bool:
    """A province told with a toll, then a village the gazetteer lacks told with the same toll
    ("quatorze civils tués en Ituri ... dans le village de X, 14 corps") or in the next sentence
    with the same weapon: one attack, in the village, though nothing says the village lies in
    that province; or the province is told in the next sentence, which points back to it."""
    place = finer.place
    if place.listed or place.country_iso2 != coarse.place.country_iso2:
        return False
    if place.admin1 is not None and place.admin1 != coarse.place.admin1:
        return False  # (0.28.0: a village put in the coarse place's own province may lie in it)
    if coarse.place.feature_type in SETTLEMENT_FEATURES:
        # (0.21.0) "Two car bombs exploded in Mogadishu on Saturday. The blasts struck the X
        # junction", "Deux voitures piégées ont explosé à Mogadiscio. Les explosions ont visé
        # le carrefour de X": the next sentence points back to the town's attack and tells the
        # spot, one the gazetteer lacks (the caller checks that weapons and dates agree).
        return finer.refers and finer.sentence - coarse.sentence == 1
    if coarse.place.feature_type not in {"admin1", "admin2", "region"}:
        return False
    if coarse.refers and coarse.sentence - finer.sentence == 1:
        # (0.23.0) "Gunmen killed 38 worshippers in X. The governor of Ituri confirmed the
        # attack", "Des assaillants ont tué 38 fidèles à X. Le porte-parole de l'armée en
        # Ituri a confirmé l'attaque": the next sentence points back to the village's attack
        # and names its province (with a toll of its own or none).
        return True
    # "30 civilians were killed in drone strikes in the Amhara region. The drone attacks hit
    # two locations in X": the next sentence tells where, with the same weapon.
    if finer.sentence - coarse.sentence == 1 and coarse.weapon and coarse.weapon == finer.weapon:
        return True
    if (
        0 < finer.sentence - coarse.sentence <= _DETAIL_REACH
        and coarse.killed is not None
        and coarse.killed.best
        and finer.killed is None
    ):
        # (0.24.0) "Fifteen people were killed in an attack on a checkpoint in Yala province
        # on Tuesday. [...] The gunmen opened fire on the post, in the sub-district of X": the
        # lead tells the attack in its province with the toll, a sentence soon after places it
        # in a locality the gazetteer lacks, telling no dead of its own.
        return True
    return (
        coarse.killed is not None
        and finer.killed is not None
        and coarse.killed.best is not None
        and coarse.killed.best > 0
        and coarse.killed.best == finer.killed.best
    )


def deferred_fill_gaps(mentions: list[Candidate], deferred: Sequence[Candidate]) -> None:
    """Titles and vague country statements only fill gaps; a specific title is the mention of
    an article that tells none elsewhere."""
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
            absorb(_best(related, candidate), candidate)
        elif (candidate.title or candidate.dateline) and not mentions and candidate.specific:
            mentions.append(candidate)  # the attack of an article that places none elsewhere
        elif candidate.title and candidate.claimed_by is not None:
            # (0.22.0) A headline's claim of the one attack its article tells, at a place the
            # gazetteer does not put inside the headline's ("Pulwama attack: JeM claims
            # responsibility" over "... a bus at Lethpora, in Pulwama district")
            told = [m for m in mentions if not m.background]
            if (
                len(told) == 1
                and told[0].place.country_iso2 == candidate.place.country_iso2
                and _compatible(told[0], candidate)
            ):
                absorb(told[0], candidate)


def absorb(target: Candidate, source: Candidate) -> None:
    """Fill ``target`` from ``source`` (a less specific or later description of one attack)."""
    if finer_date(source.date, source.precision, target.date, target.precision):
        target.date, target.precision, target.basis = source.date, source.precision, source.basis
    if target.title and not source.title:
        target.sentence = source.sentence
        target.title = False
    target.sentences |= source.sentences
    target.weapon = target.weapon or source.weapon
    target.count = target.count if target.count is not None else source.count
    target.killed = kept_toll(target.killed, source.killed)
    target.wounded = kept_toll(target.wounded, source.wounded)
    if source.title:
        # A headline often joins two events: it never says who did what, unless it tells a
        # claim (0.22.0: "40 killed in Pulwama suicide attack; Jaish-e-Mohammed claims
        # responsibility", "Attentat de Kaboul : l'EI revendique l'attaque").
        if (
            source.claimed_by is not None
            and target.claimed_by is None
            and target.attacker in (None, source.claimed_by)
        ):
            target.claimed_by = source.claimed_by
            target.attacker, target.attribution = source.claimed_by, "claimed"
        return
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


def inherit_actors(mentions: Sequence[Candidate]) -> None:
    """A mention whose sentence points back ("les frappes ont touché...", "the strike hit...")
    and names no actor takes the attacker of the last compatible mention before it."""
    for index, mention in enumerate(mentions):
        if mention.attacker is not None or not mention.refers:
            continue
        for earlier in [*reversed(mentions[:index]), *mentions[index + 1 :]]:
            if earlier.sentence > mention.sentence or mention.sentence - earlier.sentence > 6:
                continue  # an earlier sentence, or a sibling of the same one
            if earlier.attacker is None or not dates_compatible(
                earlier.date, earlier.precision, mention.date, mention.precision
            ):
                continue
            if earlier.weapon and mention.weapon and earlier.weapon != mention.weapon:
                continue
            if not earlier.strike_word or not (
                mention.strike_word or mention.weapon in (None, earlier.weapon)
            ):
                continue  # "les frappes ont touché ..." continues a strike, not "l'attaque"
                # (0.21.0: "Missiles also hit X" continues a strike by missiles)
            mention.attacker, mention.attribution = earlier.attacker, earlier.attribution
            if mention.weapon in (None, "unknown") and earlier.weapon not in (None, "unknown"):
                mention.weapon = earlier.weapon  # (0.21.0) the wave's weapon, not a guess
            mention.claimed_by = mention.claimed_by or earlier.claimed_by
            mention.speakers |= earlier.speakers
            mention.strike_word = mention.strike_word or earlier.strike_word
            break


def _coarseness(place: Place) -> int:
    return _COARSENESS.get(
        place.feature_type, 1 if place.feature_type in SETTLEMENT_FEATURES else 0
    )


def _best(options: Sequence[Candidate], candidate: Candidate) -> Candidate:
    """Among compatible mentions, the one with the same weapon, then the nearest sentence."""
    return min(
        options,
        key=lambda m: (
            0 if candidate.weapon and m.weapon == candidate.weapon else 1,
            abs(m.sentence - candidate.sentence),
        ),
    )


def one_campaign_attacker(mentions: Sequence[Candidate], states: Mapping[str, str]) -> None:
    """(0.33.0) An article whose attacks by air told with their attacker are all one state's, a
    wave or campaign of strikes ("Des frappes russes ont visé Kiev ... Le 25 mai, une frappe sur
    un hypermarché de Kharkiv avait fait 19 morts"; "Israeli airstrikes hit Tyre ... On September
    27, a strike on a building in Nabatieh had killed seven people"): a strike or airstrike of the
    article told without its attacker is that state's (``states``: the country of each state
    force). Two states striking, a strike on that state's own forces, or another weapon (a
    rocket, a bomb, gunfire) leave it without one. When every attacker the article names is
    that state and none of its attacks is on that state's forces, a drone or missile attack in
    a country it struck ("Russian strikes on Odesa ... A drone hit Marhanets") is its too."""
    strikers = {m.attacker for m in mentions if m.attacker is not None and _a_strike(m)}
    if len(strikers) != 1:
        return
    (striker,) = strikers
    home = states.get(striker)
    if home is None:
        return
    attackers = {m.attacker for m in mentions if m.attacker is not None}
    alone = len(attackers) == 1 and all(m.target != striker for m in mentions)
    struck = {m.place.country_iso2 for m in mentions if m.attacker == striker} - {home, SEA_COUNTRY}
    for mention in mentions:
        if mention.attacker is not None or mention.target == striker:
            continue
        if mention.weapon not in _STATE_STRIKE_WEAPONS:
            continue
        if _a_strike(mention) or (alone and mention.place.country_iso2 in struck):
            mention.attacker, mention.attribution = striker, "attributed"


def _a_strike(mention: Candidate) -> bool:
    """Whether the mention tells a strike ("strikes", "frappes", "bombed") or an airstrike."""
    return mention.strike_word or mention.weapon == "airstrike"


# What a state's strike is told with; a rocket, a bomb planted or gunfire in an article of
# a state's strikes is most often the other side's ("Israeli strikes on Lebanon ... the rocket
# that hit a football pitch in Majdal Shams").
_STATE_STRIKE_WEAPONS: Final = frozenset({None, "unknown", "airstrike", "drone", "missile"})
