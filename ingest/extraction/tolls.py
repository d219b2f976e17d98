"""Pass 7b, tolls: the killed and wounded figures of each place, fragment and merged mention.

Reads the casualty figures ``casualties.find_casualties`` found in a sentence (or a clause),
the places of its frames and the actors it names. Adds the figures of one place
(``place_toll``: a figure goes to the place named nearest before it; a total over several sites
goes to none; the attacker's own losses belong to another event), of a place-less sentence
(``fragment_toll``: the first of each kind), and the figure kept when two descriptions of one
attack each give one (``kept_toll``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ingest.extraction.actors import ActorMention
from ingest.extraction.casualties import LOCATIVE, Casualty
from ingest.extraction.clauses import CLAUSE_JOINT
from ingest.extraction.numbers import Quantity
from ingest.extraction.places import LIST_NEXT, PLURAL_TYPED, PlaceHit, contains, is_area


def nobody() -> Quantity:
    """The figure of "no casualties", "aucune victime": exactly zero."""
    return Quantity(0, 0, 0, "exact", 0, 0)


def place_toll(
    casualties: Sequence[Casualty],
    hits: Sequence[PlaceHit],
    hit: PlaceHit,
    nothing: tuple[bool, bool],
    attacker: str | None,
    actor_mentions: Sequence[ActorMention],
    folded: str = "",
) -> tuple[Quantity | None, Quantity | None]:
    """The killed and wounded figures of one place of the sentence (``nothing``: the sentence
    says nobody was killed, nobody was wounded).

    A figure goes to the place its casualty verb is told at ("six VDP ont été tués à
    Kantchari", with ``folded``), else the place named nearest before it (else the first
    place); a figure whose
    victims are the attacker's own side ("45 blessés parmi les troupes américaines" in a
    sentence about American strikes) belongs to another event.
    """
    killed: Quantity | None = nobody() if nothing[0] else None
    wounded: Quantity | None = nobody() if nothing[1] else None
    owned: list[Casualty] = []
    for casualty in casualties:
        at = _told_at(folded, casualty, hits) if folded else None
        if at is not None:
            if at.place.location_id != hit.place.location_id and not _area_of_the_place(
                at, hit, hits, casualty
            ):
                continue
        elif not _owned_by(casualty, hits, hit, folded):
            continue
        if attacker is not None and attacker in _victims(casualty, actor_mentions, folded):
            continue
        owned.append(casualty)
    if folded and len(owned) > 1:
        owned = _own_clause_first(folded, owned, hit)
    for casualty in owned:
        if casualty.kind == "killed" and (killed is None or killed.best == 0):
            killed = casualty.quantity
        elif casualty.kind == "wounded" and (wounded is None or wounded.best == 0):
            wounded = casualty.quantity
    return killed, wounded


def _area_of_the_place(
    area: PlaceHit, hit: PlaceHit, hits: Sequence[PlaceHit], casualty: Casualty
) -> bool:
    """(0.30.0) Whether the area a figure is told at only situates the place named before the
    figure ("opened fire near X, killing 26 people in Indian-administered Kashmir", "tuant neuf
    personnes en Inde"): the area holds it and no other place of the sentence ("23 killed in
    Syria, where sites near X and Y were hit" is a total)."""
    return (
        is_area(area.place)
        and hit.end <= casualty.position
        and contains(area.place, hit.place)
        and not any(
            other.place.location_id not in {area.place.location_id, hit.place.location_id}
            and contains(area.place, other.place)
            for other in hits
        )
    )


def _own_clause_first(folded: str, owned: list[Casualty], hit: PlaceHit) -> list[Casualty]:
    """Of the figures of one kind, those told in the place's own clause when there are any
    ("Treize policiers ont été tués dans l'attaque d'un hélicoptère, et six civils ont péri à
    Cali": six at Cali): a figure across a clause joint (``CLAUSE_JOINT``) is another
    attack's."""

    def across(casualty: Casualty) -> bool:
        low, high = sorted((casualty.position, hit.start))
        return CLAUSE_JOINT.search(folded, low, high) is not None

    near = {c.kind for c in owned if not across(c)}
    return [c for c in owned if c.kind not in near or not across(c)]


# What may stand between a locative and the place's name: an article, a place noun ("in the
# village of", "dans la localité de").
_PLACE_NOUN: Final = (
    r"(?:the |la |le |l'|les )?(?:(?:town|village|city|ville|localite|camp|district|region|"
    r"province) (?:of |de |d')?)?"
)
# "tués à Kantchari", "killed in Y", "were wounded near Y": the place a casualty verb is told at.
_TOLD_AT: Final = re.compile(
    r"[a-z]+(?: (?:vifs?|dead|alive|balles|mort))?,? (?:a|au|aux|in|at|near|dans|en|pres de|"
    r"outside|inside) " + _PLACE_NOUN + "$"
)


# (0.18.0) "killing 70 people in X", "30 autres à Y": the place right after the victims.
_TOLD_AFTER_VICTIMS: Final = re.compile(r"(?: [a-z'-]+){0,2}? " + LOCATIVE + " " + _PLACE_NOUN)


def _told_at(folded: str, casualty: Casualty, hits: Sequence[PlaceHit]) -> PlaceHit | None:
    """The place named right after a figure's casualty verb, behind a locative, when the
    sentence names more than one; or (0.18.0) right after its victims when they follow the
    verb ("killing 70 people in X and 30 others in Y")."""
    if len(hits) < 2:
        return None
    figure = casualty.quantity
    for hit in hits:
        if 0 < hit.start - casualty.position <= 45 and _TOLD_AT.fullmatch(
            folded, casualty.position, hit.start
        ):
            return hit
        if (
            figure.start >= casualty.position
            and 0 < hit.start - figure.end <= 30
            and _TOLD_AFTER_VICTIMS.fullmatch(folded, figure.end, hit.start) is not None
        ):
            return hit
    return None


# "X a été frappée, tandis que sept civils ont péri à Y": a clause of its own, with its place.
_CONTRAST: Final = re.compile(r"\b(?:tandis qu|alors qu|pendant qu|while|whereas)")


def _owned_by(
    casualty: Casualty, hits: Sequence[PlaceHit], hit: PlaceHit, folded: str = ""
) -> bool:
    """Whether a figure is the toll of ``hit``: the place named nearest before it, or a place
    inside that one when it holds no other ("23 killed in Syria, where sites near X and Y were
    hit" is a total, no site's toll). After "tandis que", "while", "whereas" the figure is told
    in a clause of its own: its place is the first named after it ("drones struck X, while
    seven civilians were killed in shelling on Y")."""
    before = [h for h in hits if h.start < casualty.position]
    if (
        not before
        and folded
        and len(hits) > 1
        and PLURAL_TYPED.search(folded, casualty.position, hits[0].start)
    ):
        return False  # (0.18.0) "100 tués dans les villages de X et de Y": a joint toll
    owner = max(before, key=lambda h: h.start) if before else hits[0]
    if len(before) > 1 and folded and _listed_together(folded, before):
        return False  # (0.25.0) "attacked the villages of X and Y, killing 12": a joint toll
    if before and folded and _CONTRAST.search(folded, owner.end, casualty.position):
        after = [h for h in hits if h.start > casualty.position]
        if after:
            return after[0].place.location_id == hit.place.location_id
    if is_area(owner.place):
        owner = _situated(before, owner)
    if owner.place.location_id == hit.place.location_id:
        return True
    if not contains(owner.place, hit.place):
        return False
    inside = [
        h.place
        for h in hits
        if h.place.location_id != owner.place.location_id and contains(owner.place, h.place)
    ]
    # Nested places are one ("In Borno State, Nigeria, ... in the village of X": Borno holds X).
    leaves = {
        p.location_id
        for p in inside
        if not any(o.location_id != p.location_id and contains(p, o) for o in inside)
    }
    return len(leaves) <= 1


def _listed_together(folded: str, before: Sequence[PlaceHit]) -> bool:
    """Whether the place a figure follows (the last of ``before``, the places named before it)
    ends a list that a plural place noun opens ("the villages of X and Y", "les villages de X
    et de Y"): the figure after the list is theirs together, no one place's toll."""
    ordered = sorted(before, key=lambda h: h.start)
    last = first = len(ordered) - 1
    while first > 0 and LIST_NEXT.fullmatch(folded, ordered[first - 1].end, ordered[first].start):
        first -= 1
    if first == last:
        return False
    head = ordered[first].start
    return any(
        noun.end() == head for noun in PLURAL_TYPED.finditer(folded, max(0, head - 60), head)
    )


_APPOSED_AREA_GAP: Final = 45  # characters from a place to the area that situates it


def _situated(before: Sequence[PlaceHit], area: PlaceHit) -> PlaceHit:
    """The place an area situates when it is named right after it ("in Gao, in northern Mali,
    killing six", "à Kalo, dans le nord du Nigeria, tuant six"): the figure after the area is
    that place's."""
    for hit in reversed(before):
        if hit.end <= area.start and not is_area(hit.place):
            return hit if area.start - hit.end <= _APPOSED_AREA_GAP else area
    return area


_CLAUSE_END: Final = re.compile(r"[,;.:(]")
_AUXILIARY_BEFORE: Final = re.compile(r"\b(?:were|was|been|are|is|ete|sont|est|furent|fut) $")
_VICTIMS_GO_ON: Final = re.compile(
    r", (?:dont|including|among (?:them|whom)|parmi (?:eux|elles|lesquels|lesquelles))\b"
)
_NOUN_GAP: Final = (
    2  # characters between a figure and a casualty noun right after it ("45 blessés")
)


def _victims(casualty: Casualty, actor_mentions: Sequence[ActorMention], folded: str) -> list[str]:
    """The actors named with a figure, as its victims: a phrase that names the attack
    ("blessées dans les frappes américaines") is the attacker, not the victims. A figure whose
    subject runs up to a casualty verb names its victims before that verb ("30 Taliban fighters
    were killed"), not after it ("30 soldiers were killed when Taliban fighters attacked"); a
    figure right before a casualty noun names them after it ("45 blessés parmi les troupes");
    the object of a casualty verb names them up to the next comma ("a tué 14 personnes, un
    attentat attribué au groupe Maute": Maute is whom it is blamed on), and so does a casualty
    noun ("avait fait 14 morts, un attentat attribué au groupe Maute") unless the phrase goes
    on naming them ("45 blessés, dont trois soldats")."""
    figure = casualty.quantity
    verbal = (
        casualty.position - figure.end > _NOUN_GAP
        # (0.23.0) a subject summed up to its verb ("ten policemen and a driver were killed")
        or _AUXILIARY_BEFORE.search(folded, max(0, casualty.position - 16), casualty.position)
        is not None
    )
    last = casualty.position if verbal else figure.end + 40
    if casualty.position < figure.start:
        stop = _CLAUSE_END.search(folded, figure.end, last)
        if stop is not None:
            last = stop.start()
    elif not verbal:
        # (0.23.0) the victims after a noun end at the clause ("avait fait 14 morts, un
        # attentat attribué au groupe Maute", "left 14 dead, an attack blamed on X"), unless
        # the phrase goes on naming them ("45 blessés, dont trois soldats américains")
        stop = _CLAUSE_END.search(folded, casualty.position, last)
        if stop is not None and not _VICTIMS_GO_ON.match(folded, stop.start()):
            last = stop.start()
    return [
        m.actor_id
        for m in actor_mentions
        if figure.start - 3 <= m.start <= last and m.role_hint != "attacker"
    ]


def fragment_toll(
    casualties: Sequence[Casualty], nothing: tuple[bool, bool]
) -> tuple[Quantity | None, Quantity | None]:
    """The killed and wounded figures of a place-less sentence: the first of each kind, else
    zero when the sentence says nobody was."""
    killed = wounded = None
    for casualty in casualties:
        if casualty.kind == "killed" and killed is None:
            killed = casualty.quantity
        if casualty.kind == "wounded" and wounded is None:
            wounded = casualty.quantity
    if nothing[0] and killed is None:
        killed = nobody()
    if nothing[1] and wounded is None:
        wounded = nobody()
    return killed, wounded


def kept_toll(kept: Quantity | None, other: Quantity | None) -> Quantity | None:
    """The figure of one attack when two sentences give one: the first stated, except that one
    named victim ("killed a senior commander") gives way to a stated total that includes him
    ("three people were killed in the strike", "at least two people died"), and a figure told
    without a number ("several soldiers were wounded", "plusieurs blessés") to one told with it
    ("nine wounded")."""
    if kept is None or (kept.best is None and other is not None and other.best is not None):
        return other
    if (
        other is not None
        and kept.qualifier == "one"
        and other.qualifier in {"exact", "at_least", "approx"}
        and other.best is not None
        and other.best > 1
    ):
        return other
    return kept
