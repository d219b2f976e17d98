"""Weapon words in a sentence: which are used in an attack, which weapon a place gets, counts.

A weapon word naming a stock or a facility ("installations de stockage de roquettes", "a drone
staging site", "drones de reconnaissance") is not a weapon used, nor is one inside a phrase that
is never an attack (a ``MASK`` cue: "shell company", "bombe à retardement", "tear gas grenade").
A number right before a projectile word is a projectile count ("quatre roquettes", "two armed
drones"), an indefinite article before a singular one counts 1 ("an explosive-laden drone");
"four explosions" is no count, nor is "two drone attacks" (the number counts attacks).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from ingest.extraction.matching import CUE, WEAPON, Match
from ingest.extraction.numbers import previous_word, quantity_after_word, quantity_ending_at

_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "un", "une", "one"})
_SKIPPABLE: Final[frozenset[str]] = frozenset(
    {"armed", "explosive", "laden", "suicide", "kamikaze", "small", "large", "heavy", "more",
     "additional", "other", "autres", "nouveaux", "nouvelles", "new", "katyusha", "grad",
     "iranian", "made", "hostile", "enemy", "attack", "way", "guided", "ballistic", "close",
     "range", "short", "medium", "long", "cruise", "precision", "anti", "ship", "unmanned",
     "second", "third", "lone", "single"}
)  # fmt: skip
# (0.23.0) A nationality or a model between a number and the weapon ("Two Russian Iskander-M
# missiles", "three Iranian-made Shahed drones"); not after an article ("an Israeli drone
# struck a house" states no count).
_NATIONAL_OR_MODEL: Final[frozenset[str]] = frozenset(
    {"russian", "russe", "russes", "ukrainian", "ukrainien", "ukrainiens", "israeli",
     "israelien", "israeliens", "iranien", "iraniens", "american", "americain", "americains",
     "us", "turkish", "turc", "turcs", "houthi", "houthis", "syrian", "syrien", "syriens",
     "north", "korean", "nord", "coreen", "coreens", "m", "iskander", "kinzhal", "kalibr",
     "shahed", "geran", "tochka", "himars", "atacms", "qassam", "fateh", "burkan",
     "quds", "samad", "uragan", "smerch", "tomahawk", "hellfire", "bayraktar", "lancet",
     "storm", "shadow", "scalp", "kh", "tb2", "mohajer", "ababil", "zelzal", "toufan"}
)  # fmt: skip


@dataclass(slots=True, init=False)
class WeaponHit:
    """A weapon used in the sentence, its position and the count stated with it. Read-only by
    convention: not frozen, since a frozen dataclass is several times slower to build and the
    extractor builds many per article."""

    start: int
    end: int
    weapon: str
    count: int | None
    approximate: bool  # (0.21.0) a number stated with it, approximately ("some 180 missiles")

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        start: int,
        end: int,
        weapon: str,
        count: int | None,
        approximate: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.weapon = weapon
        self.count = count
        self.approximate = approximate


# What may stand between a weapon word and the word after it that makes it a stock or a
# facility: a space or hyphen ("drone depot", "missile-defence"), a preposition ("drones de
# reconnaissance", "stocks of missiles"), an adjective of the weapon ("drones kamikazes stockés").
# A verb in between ("a drone hit a depot") makes the noun the target, not the weapon's use.
_NON_USE_GAP: Final = re.compile(r"[\s-]*(?:(?:de|d'|du|des|of|for)\s*)?")


def not_used(folded: str, match: Match, cue_spans: Mapping[str, Sequence[tuple[int, int]]]) -> bool:
    """Whether the weapon word names a stock, a facility, a fleet or a defence, not an arm
    used (the roles pass reads it too: a fleet's nationality attacks nobody)."""
    for start, _end in cue_spans.get("non_use_after", ()):
        if match.end <= start <= match.end + 14 and _NON_USE_GAP.fullmatch(
            folded, match.end, start
        ):
            return True
    for _start, end in cue_spans.get("non_use_before", ()):
        if match.start - 45 <= end <= match.start:
            return True
    return False


def _masked(match: Match, masks: Sequence[tuple[int, int]]) -> bool:
    """Whether the weapon word overlaps a phrase that is never an attack ("shell company")."""
    return any(start < match.end and match.start < end for start, end in masks)


def _count(folded: str, match: Match, floor: int) -> tuple[int | None, bool]:
    """The stated number of projectiles before a projectile word, if any, and whether a number
    was stated only approximately ("some 180 missiles": no count, but a figure)."""
    position = match.start
    national = False
    for _ in range(4):  # "a close-range ballistic missile"
        word, start = previous_word(folded, position, floor)
        if not word:
            return None, False
        quantity = quantity_after_word(folded, position, floor, word, start)
        if quantity is not None:
            if quantity.qualifier in {"exact", "at_least"}:
                return quantity.best, False
            return None, quantity.best is not None
        if word in _ARTICLES:
            head = folded[match.start : match.end]
            return (1 if not head.endswith("s") and not national else None), False
        if word in _NATIONAL_OR_MODEL:
            national = True
        elif word not in _SKIPPABLE:
            return None, False
        position = start
    return None, False


def weapon_hits(
    folded: str,
    matches: Sequence[Match],
    cue_spans: dict[str, list[tuple[int, int]]],
    floor: int,
    date_spans: Sequence[tuple[int, int]],
) -> list[WeaponHit]:
    """The weapons used in one sentence (``floor`` is its start), with their counts."""
    hits: list[WeaponHit] = []
    masks = cue_spans.get("mask", ())
    arms = [m for m in matches if m.entry.family == WEAPON]
    for number, match in enumerate(arms):
        if masks and _masked(match, masks):
            continue
        if not_used(folded, match, cue_spans):
            continue
        if match.entry.ref == "airstrike" and _shot_down(folded, match, arms[number + 1 :]):
            continue
        if match.entry.ref == "small_arms" and folded.startswith(" down", match.end):
            continue  # "was shot down": brought down, by whatever arm the text names
        if match.entry.ref == "small_arms" and _downed_aircraft(folded, match, arms):
            continue  # (0.28.0) "un drone a été abattu": shot down, not shot dead
        if match.entry.ref == "ied" and _dropped_from_the_air(folded, match, arms):
            continue  # "an aircraft dropped bombs on the market": the aircraft's payload
        count, approximate = _count(folded, match, floor) if match.entry.flag else (None, False)
        if count is not None and any(s <= match.start - 2 < e for s, e in date_spans):
            count = None
        weapon = match.entry.ref
        if weapon == "airstrike" and _a_person_bombing(folded, match):
            weapon = "ied"  # "the first bomber detonated his explosives": a person, no aircraft
        hits.append(WeaponHit(match.start, match.end, weapon, count, approximate))
    return hits


def _downed_aircraft(folded: str, match: Match, arms: Sequence[Match]) -> bool:
    """Whether a French "a été abattu" follows an aircraft, a drone or a missile within a few
    words ("un drone a été abattu", "deux missiles ont été abattus"): brought down, not a
    person shot dead ("le maire a été abattu" is small arms)."""
    if "abattu" not in folded[match.start : match.end]:
        return False
    return any(
        other.entry.ref in _AIRBORNE and 0 <= match.start - other.end <= _DOWNED_REACH
        for other in arms
    )


_AIRBORNE: Final = frozenset({"airstrike", "drone", "missile", "rocket"})
_DOWNED_REACH: Final = 40  # characters from the aircraft to "a été abattu"


# (0.19.0) A bomber who is a person ("the first bomber detonated his explosives beside a patrol
# car", "a second bomber blew himself up", "the bomber was identified as"): an explosive
# carried by a person, as "suicide bomber" is; French says "kamikaze", never "bombardier".
_PERSON_BOMBER_BEFORE: Final = re.compile(
    r"\b(?:first|second|third|fourth|another|lone|would be|would-be|female|male|teenage|"
    r"young)\s+$"
)
_PERSON_BOMBER_AFTER: Final = re.compile(
    r"\s+(?:\w+\s+)?(?:detonated|blew (?:himself|herself|themselves) up|set off|"
    r"was identified|has been identified|had been identified|was named|walked|approached|"
    r"struck again|who (?:blew|detonated|was|had))\b"
)


# (0.31.0) "The bomber" after the article told of a suicide bombing ("A suicide bombing killed
# 30 people at a mosque ... The bomber struck as worshippers lined up"): the person the article
# spoke of, as a pronoun would be. French names the person "le kamikaze", never "le
# bombardier", so only the English is read; "un bombardier russe" stays an aircraft.
_THE_BOMBER_BEFORE: Final = re.compile(r"\bthe\s+$")
_SUICIDE_BOMBING_TOLD: Final = re.compile(
    r"\bsuicide (?:bombing|bombings|bomber|bombers|attack|attacks|blast|car bomb)\b"
)


def _a_person_bombing(folded: str, match: Match) -> bool:
    """Whether a bare "bomber" is a person: an ordinal or a person's word before it, an act of
    a person after it, or "the bomber" of a suicide bombing the article told before."""
    if folded[match.start : match.end] not in {"bomber", "bombers"}:
        return False
    return (
        _PERSON_BOMBER_BEFORE.search(folded, max(0, match.start - 15), match.start) is not None
        or _PERSON_BOMBER_AFTER.match(folded, match.end) is not None
        or (
            folded[match.start : match.end] == "bomber"  # "the bombers" may be aircraft
            and _THE_BOMBER_BEFORE.search(folded, max(0, match.start - 5), match.start) is not None
            and _SUICIDE_BOMBING_TOLD.search(folded, 0, match.start) is not None
        )
    )


# Bombs dropped from the air ("an aircraft dropped bombs on the market", "un avion a largué
# des bombes", "bombs dropped by a drone"): the payload of the aircraft or drone named with
# them, which is the weapon, not an explosive device laid on the ground.
_DROPPED_BEFORE: Final = re.compile(
    r"\b(?:dropped|dropping|drops|drop|largue\w*|larguant)\s+(?:\S+\s+){0,4}$"
)
_DROPPED_AFTER: Final = re.compile(r"\s+(?:dropped|larguee?s?)\b")
_AERIAL: Final = frozenset({"airstrike", "drone"})


def _dropped_from_the_air(folded: str, match: Match, arms: Sequence[Match]) -> bool:
    """Whether a bomb word is dropped by an aircraft or a drone the sentence names."""
    if not any(other.entry.ref in _AERIAL for other in arms):
        return False
    # (0.29.0: 45 characters, "ont largué dimanche une douzaine de bombes")
    before = folded[max(0, match.start - 45) : match.start]
    return (
        _DROPPED_BEFORE.search(before) is not None
        or _DROPPED_AFTER.match(folded, match.end) is not None
    )


# "un hélicoptère de la police qui transportait des agents a été abattu par un drone", "a
# police helicopter was shot down": an aircraft brought down is the target, not the weapon.
_SHOT_DOWN: Final = re.compile(
    r"[^,.;:]{0,90}?\b(?P<verb>(?:was|were|has been|had been) (?:shot|brought) down|"
    r"(?:a|ont|avait|avaient) ete abattue?s?|s'est ecrase|"
    # (0.28.0) an aircraft destroyed or burnt on the ground ("where a military aircraft was set
    # on fire", "un avion de la flotte présidentielle a été incendié"): the target
    r"(?:was|were|has been|had been) (?:destroyed|damaged|set on fire|set ablaze|torched|"
    r"burned|burnt)|(?:a|ont|avait|avaient) ete (?:incendie|detruit|endommage)e?s?)\b"
)


def _shot_down(folded: str, match: Match, later: Sequence[Match]) -> bool:
    """Whether an aircraft is told as brought down before any other weapon is named, or
    (0.23.0) as the object of an attack or of a downing ("l'attaque contre un hélicoptère de la
    police", "un drone a abattu un hélicoptère", "the attack on a helicopter")."""
    if _AIRCRAFT_ATTACKED.search(folded, max(0, match.start - 40), match.start) is not None:
        return True
    found = _SHOT_DOWN.match(folded, match.end) or _CAME_UNDER_FIRE.match(folded, match.end)
    return found is not None and not any(m.start < found.start("verb") for m in later)


# (0.31.0) An aircraft that came under fire, past an apposition that may hold commas ("un
# hélicoptère de la Minuss venu évacuer des soldats de la garnison de X, dans l'État du
# Haut-Nil, a essuyé des tirs", "a UN helicopter came under fire"): the target, not the weapon.
_CAME_UNDER_FIRE: Final = re.compile(
    r"[^.;:]{0,160}?\b(?P<verb>came under (?:fire|attack|gunfire)|(?:was|were) (?:shot at|"
    r"fired (?:up)?on|hit by (?:gunfire|fire|bullets))|(?:a|ont|avait|avaient) essuye (?:des|de)"
    r" (?:tirs|coups de feu)|(?:a|ont|avait|avaient) ete (?:la |les )?cibles? de tirs)"
)


_AIRCRAFT_ATTACKED: Final = re.compile(
    r"\b(?:(?:contre|visant|ciblant|against|targeting|abattu|abattre|abattant|shot down|"
    r"downed|downing|destroyed|destroying|damaged|torched|detruit|detruisant|incendie|"
    r"endommage)\s+(?:un |une |l'|le |la |les |des |a |an |the |two |deux )?|"
    # ("the attack on a helicopter"; not "on Monday attack helicopters struck")
    r"\bon (?:a |an |the |two ))(?:[a-z]+ )?$"
)


_INSTRUMENTAL: Final = re.compile(
    r"\b(?:with|using|avec|au moyen d|a l'aide d|par)\w*\s+(?:[a-z0-9']+\s+){0,3}$"
)


def _instrumental(hit: WeaponHit, folded: str) -> bool:
    """Whether the weapon is introduced by "with"/"avec"/"using" (it completes a prior verb)."""
    return _INSTRUMENTAL.search(folded, max(0, hit.start - 40), hit.start) is not None


# The words between two weapons of one list: "missiles and rockets", "missiles balistiques et
# des roquettes", "drones, rockets", "21 drones explosifs et deux missiles".
_LIST_GAP: Final = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:,|and|et|or|ou)\s*(?:des\s+|de\s+|d'|of\s+)?(?:[a-z0-9]+\s+)?"
)


# (0.29.0) One item that is no weapon of the lexicon between two weapons of a list ("with
# firearms, explosives and grenades", "à l'arme à feu, à l'explosif et à la grenade").
_LIST_GAP_WITH_AN_ITEM: Final = re.compile(
    r"\s*,\s*(?:a l'|a la |au |aux |with |des |de |d'|l'|la |le |les )?[a-z'-]+\s+"
    r"(?:and|et|or|ou)\s+(?:a l'|a la |au |aux |a |des |de |d'|l'|la |le |les |with )?"
)


def _in_one_list(folded: str, start: int, end: int) -> bool:
    """Whether the words between two weapons join them in one list: a connector, then at most
    an article, a figure and the next weapon's modifiers ("three kamikaze drones and an
    anti-ship ballistic missile"), or one item that is no weapon before the connector."""
    if end - start <= 24 and _LIST_GAP.fullmatch(folded, start, end) is not None:
        return True
    if end - start <= 30 and _LIST_GAP_WITH_AN_ITEM.fullmatch(folded, start, end) is not None:
        return True
    joint = _LIST_JOINT.match(folded, start, end)
    if joint is None:
        return False
    words = folded[joint.end() : end].split()
    return len(words) <= 4 and all(w in _LIST_WORDS or w.isdigit() for w in words)


# A connector between two weapons of a list, and the words that may then precede the second.
_LIST_JOINT: Final = re.compile(r"\s*(?:,|and|et|or|ou)\s+")
_LIST_WORDS: Final[frozenset[str]] = _SKIPPABLE | _ARTICLES | frozenset(
    {"des", "de", "d'", "two", "three", "four", "deux", "trois", "quatre", "cinq", "five",
     "ship", "navire", "navires", "antinavire", "anti", "balistique", "balistiques",
     "explosifs", "explosif", "kamikazes", "suicide", "armes", "arme"}
)  # fmt: skip


def _head_of_list(hit: WeaponHit, hits: Sequence[WeaponHit], folded: str) -> WeaponHit:
    """The first weapon of the list ``hit`` ends ("ballistic missiles and rockets" is missiles:
    reports name the heavier weapon first)."""
    if not folded:
        return hit
    changed = True
    while changed:
        changed = False
        for other in hits:
            if (
                other.end <= hit.start
                and hit.start - other.end <= 40
                and _in_one_list(folded, other.end, hit.start)
            ):
                hit, changed = other, True
                break
    return hit


# (0.29.0) Fire opened by an aircraft ("a helicopter gunship opened fire on a convoy", "un
# hélicoptère de l'armée avait ouvert le feu sur une école"): the act of shooting is the
# aircraft's, an air attack.
_FIRING_ACTS: Final[frozenset[str]] = frozenset(
    {"opened fire", "opening fire", "ouvert le feu", "ouvrant le feu"}
)
_AIRCRAFT_FIRING_REACH: Final = 50  # characters between the aircraft and its fire
_AIRCRAFT_FIRING_GAP: Final = re.compile(r"[^.;:,()]*")
_AIRCRAFT_BEFORE: Final = re.compile(
    r"\b(?:helicopters?|aircraft|warplanes?|planes?|jets?)\b[^.;:,()]*$"
)


def _aircraft_firing(hit: WeaponHit, hits: Sequence[WeaponHit], folded: str) -> WeaponHit:
    """The aircraft that opened the fire ``hit`` names, told right before it in its clause,
    else ``hit``."""
    if folded[hit.start : hit.end] not in _FIRING_ACTS:
        return hit
    for other in hits:
        if (
            other.weapon in {"airstrike", "drone"}
            and other.end <= hit.start
            and hit.start - other.end <= _AIRCRAFT_FIRING_REACH
            and _AIRCRAFT_FIRING_GAP.fullmatch(folded, other.end, hit.start) is not None
        ):
            return other
    # an aircraft the lexicon leaves out, being no weapon on its own ("an army helicopter")
    aircraft = _AIRCRAFT_BEFORE.search(
        folded, max(0, hit.start - _AIRCRAFT_FIRING_REACH), hit.start
    )
    if aircraft is not None:
        return WeaponHit(aircraft.start(), aircraft.end(), "airstrike", None, False)
    return hit


# "a drone dropped a grenade on", "un drone a largué une grenade sur": the munition a drone drops.
_DROPPED: Final = re.compile(
    r"\b(?:dropped|dropping|drops|largue|larguee|largues|larguees|larguant|lache|lachant)\b"
)


def _dropped_by_a_drone(hit: WeaponHit, hits: Sequence[WeaponHit], folded: str) -> WeaponHit:
    """The drone that dropped the munition ``hit`` ("un drone russe a largué une grenade sur un
    véhicule" is a drone attack), else ``hit``."""
    for other in hits:
        if (
            other.weapon == "drone"
            and other.end <= hit.start
            and hit.start - other.end <= 50
            and _DROPPED.search(folded, other.end, hit.start) is not None
        ):
            return other
    return hit


# "deux roquettes sur X, six autres sur Y", "two rockets at X and six others at Y": a number
# with "autres"/"others"/"more" counts the weapon told before it, for the place after it.
_OTHERS: Final = re.compile(r"\b([a-z0-9]+) (?:autres|others|more)\b")


def _others_counted(chosen: WeaponHit, place_start: int, folded: str) -> WeaponHit:
    """The weapon before a place, counted by an "N autres" / "N others" between them."""
    last = None
    for match in _OTHERS.finditer(folded, chosen.end, place_start):
        last = match
    if last is None:
        return chosen
    quantity = quantity_ending_at(folded, last.end(1), chosen.end)
    if quantity is None or quantity.qualifier != "exact" or quantity.best is None:
        return chosen
    return WeaponHit(chosen.start, chosen.end, chosen.weapon, quantity.best)


# A place named in a list right before the next one: its name (up to four words), then only a
# comma or a conjunction.
_LISTED_BEFORE_THE_NEXT: Final = re.compile(r"[\w'-]+(?: [\w'-]+){0,3}(?:,| and| et|, and|, et) ?")


def weapon_for(
    hits: Sequence[WeaponHit],
    place_start: int,
    low: int,
    high: int,
    first_place: int,
    folded: str = "",
    after_place: bool = False,
) -> WeaponHit | None:
    """The weapon of the place at ``place_start`` whose segment is ``[low, high)``.

    The nearest weapon before the place inside its segment, else the nearest after it; a weapon
    written before every place of the sentence (the shared subject) applies to all of them.
    """
    # "at al-Shaddadi with two drones and ... near Rumalan": a weapon introduced by "with"
    # after a place belongs to that place, not to the next one.
    before = [
        hit
        for hit in hits
        if low <= hit.start < place_start and not (after_place and _instrumental(hit, folded))
    ]
    after = [hit for hit in hits if place_start <= hit.start < high]
    chosen: WeaponHit | None = None
    earlier = [hit for hit in hits if hit.start < low]
    if before:
        chosen = _head_of_list(max(before, key=lambda hit: hit.start), before, folded)
    elif earlier and folded and _OTHERS.search(folded, low, place_start) is not None:
        # "deux roquettes sur X, six autres sur Y": Y's weapon is X's, six of them
        chosen = _others_counted(max(earlier, key=lambda hit: hit.start), place_start, folded)
    elif after:
        chosen = min(after, key=lambda hit: hit.start)
    else:
        shared = [hit for hit in hits if hit.start < first_place]
        if shared:
            chosen = max(shared, key=lambda hit: hit.start)
        elif folded and _LISTED_BEFORE_THE_NEXT.fullmatch(folded, place_start, high):
            # (0.26.0) "the communities of X and Y came under mortar fire", "X et Y ont été
            # bombardées au mortier": a place listed right before the next shares its weapon
            later = [hit for hit in hits if hit.start >= high]
            if later:
                chosen = min(later, key=lambda hit: hit.start)
    if chosen is not None and before and folded:
        chosen = _others_counted(chosen, place_start, folded)  # "two rockets and six others at"
    if chosen is not None and folded and chosen.weapon != "drone":
        chosen = _dropped_by_a_drone(chosen, hits, folded)
    if chosen is not None and folded and chosen.weapon == "small_arms":
        chosen = _aircraft_firing(chosen, hits, folded)
    if chosen is not None and chosen.count is None:
        # "quatre roquettes « Katyusha »": the count sits on a twin word of the same weapon.
        twins = [h for h in (*before, *after) if h.weapon == chosen.weapon and h.count]
        if twins:
            return WeaponHit(chosen.start, chosen.end, chosen.weapon, twins[0].count)
    return chosen


__all__ = ["CUE", "WeaponHit", "not_used", "weapon_for", "weapon_hits"]
