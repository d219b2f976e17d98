"""Pass 7d, fragments: sentences about an attack that name no place fill a mention next to them.

Reads what the frames pass found in a place-less sentence ("the attack did not cause
casualties", "X claimed responsibility", "no injuries were reported, the operator said on
Saturday"): its date, first weapon, figures, roles and source. ``fragment`` makes the
``Fragment``; after the merge, ``attach`` fills the mention it refers to, the nearest
compatible one before it within four sentences, else the one right after it (never after a
claim: a claim points back). A toll given after strikes on several sites of one sentence is a
total (dropped); a claim of "les deux opérations", "both attacks", "ces attaques" covers
several mentions (``claimed_together``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from ingest.extraction.actors import STATE_KINDS, Roles
from ingest.extraction.candidates import Candidate, Fragment
from ingest.extraction.casualties import Casualty
from ingest.extraction.dates import DateHit
from ingest.extraction.facts import SentenceFacts, inside
from ingest.extraction.lexicons import Actor, Lexicons
from ingest.extraction.matching import DEMONYM, Match
from ingest.extraction.merge import dates_compatible, finer_date, weapons_compatible
from ingest.extraction.places import SEA_COUNTRY
from ingest.extraction.sentence_dates import INHERITED_BASIS, basis_of, precision_of
from ingest.extraction.tolls import fragment_toll, kept_toll
from ingest.extraction.weapons import WeaponHit
from ingest.extraction.wordregex import WordRegex, word_set

# ", qui ...", ", which ...": a relative clause that describes what it follows.
_DESCRIBING_CLAUSE: Final = re.compile(r", (?:qui|which|who|dont|whose)\b")
# What a claimant says it did, after its claim ("..., saying it had targeted", "en affirmant
# avoir visé").
_CLAIM_CONTENT: Final = re.compile(
    r"(?:,? (?:saying|claiming|adding|stating)|,? en (?:affirmant|assurant|precisant|disant)|, "
    r"(?:affirmant|assurant|precisant|disant))\b"
)
_PLURAL_CLAIM: Final = WordRegex(r"(?:les deux|both|the two|ces|these|those|les trois|the three)\b")
_PLURAL_CLAIM_COUNTS: Final = {
    "les deux": 2,
    "both": 2,
    "the two": 2,
    "les trois": 3,
    "the three": 3,
}
# "a revendiqué l'ensemble de ces attaques", "claimed all of the attacks": every attack told
# in the sentences before it.
_EVERY_CLAIMED: Final = -2
# (0.25.0) So does a claim of "the attacks" after attacks told one by one ("The BLA claimed
# responsibility for the attacks", "le JNIM a revendiqué les attaques"; not "claimed the
# attack", nor "ces attaques", which cover the sentence the claim points back to).
_EVERY_CLAIM: Final = WordRegex(
    r"(?:(?:l'ensemble (?:de ces|des)|(?:toutes|tous) (?:ces|les)|all (?:of )?(?:these|the)|"
    r"each of (?:these|the)|chacune de ces) (?:[a-z]+ )?(?:attaques|attacks|attentats|assauts|"
    r"assaults|operations|frappes|strikes|raids|incidents|bombings)"
    r"|(?:responsibility for|claimed) the (?:(?!two |three |four )[a-z]+ )?(?:attacks|bombings|"
    r"assaults|raids|strikes|operations)"
    r"|revendique\w* (?:la responsabilite )?(?:des|les) (?:(?!deux |trois |quatre )[a-z]+ )?"
    r"(?:attaques|attentats|"
    r"assauts|operations|frappes|raids))\b"
)


# The defenders' response to an attack ("en riposte à" is a context clause of its own).
_RIPOSTE: Final = WordRegex(
    r"(?:lors de la riposte|pendant la riposte|au cours de la riposte|dans la riposte|"
    r"a riposte|ont riposte|avoir riposte|ripostant|returned fire|returning fire|"
    r"fought back|in the counter attack|in the counterattack|in the ensuing firefight|"
    r"in the ensuing gunfight|in the ensuing exchange of fire|"
    # "the army said it had repelled the attack", "l'armée a repoussé l'assaut"
    r"repelled the attack|repelled an attack|repelled the assault|repulsed the attack|"
    r"repousse l'attaque|repousse une attaque|repousse l'assaut|repousse les assaillants)\b"
)
# Every _RIPOSTE match holds one of these: the cheap test before it.
_RIPOSTE_WORDS: Final = word_set(("ripost", "returned fire", "returning fire", "fought back",
                                  "counter attack", "counterattack", "ensuing", "repelled",
                                  "repulsed", "repousse"))  # fmt: skip


def plural_claim(folded_sentence: str) -> int:
    """How many attacks a claim covers: N for "les deux"/"both"/"the three", -1 for "ces"/"these"
    (the attacks of one earlier sentence), -2 for "l'ensemble de ces", "all of the" (every
    attack told before), 0 for one."""
    if _EVERY_CLAIM.search(folded_sentence) is not None:
        return _EVERY_CLAIMED
    match = _PLURAL_CLAIM.search(folded_sentence)
    if match is None:
        return 0
    return _PLURAL_CLAIM_COUNTS.get(match.group(0), -1)


def spoken_for(sources: Sequence[Match], lexicons: Lexicons) -> set[str]:
    """Actors whose own statements the sentence cites (CENTCOM speaks for the US forces)."""
    spoken: set[str] = set()
    for match in sources:
        source = lexicons.sources.get(match.entry.ref)
        if source is not None and source.speaks_for:
            spoken.add(source.speaks_for)
    return spoken


def fragment(
    index: int,
    fact: SentenceFacts,
    folded_sentence: str,
    date_hit: DateHit | None,
    weapons: Sequence[WeaponHit],
    casualties: tuple[Sequence[Casualty], tuple[bool, bool]],
    roles: Roles,
    told: tuple[str | None, bool, Sequence[Match], bool],
    lexicons: Lexicons,
    branches: Mapping[str, frozenset[str]],
) -> Fragment:
    """The fragment of a place-less sentence (``casualties``: the figures and whether nobody
    was killed, wounded; ``told``: its source, hedged, the source matches, whether it claims;
    ``branches``: each group's branches, ``branches_by_group``).
    A sentence about plural attacks that neither claims nor says "the attack" gives nothing."""
    source, hedged, sources, claim = told
    figures = casualties[0]
    if figures and claim:
        # (0.25.0) the figures a claimant gives in its claim ("..., affirmant avoir tué une
        # vingtaine de soldats", "saying it had killed 20 soldiers") are its boast, not a toll
        said = _CLAIM_CONTENT.search(folded_sentence)
        if said is not None:
            boast = fact.sentence.start + said.start()
            figures = [c for c in figures if c.position < boast]
    killed, wounded = fragment_toll(figures, casualties[1])
    spans = fact.cue_spans
    blamed = _blames(roles, fact)
    usable = bool(spans.get("singular")) or claim or not spans.get("plural")
    if not usable and blamed:
        # "Those attacks, also blamed on X, killed 32 people": who did them, not a joint toll
        usable, killed, wounded = True, None, None
    riposte = _RIPOSTE.search(folded_sentence) if usable and fact.words & _RIPOSTE_WORDS else None
    if riposte is not None:
        # "les FAMa ont annoncé avoir tué sept terroristes lors de la riposte", "troops returned
        # fire, killing five attackers": the defenders' response, whose figures and actor are
        # not the attack's; but the attack may be blamed before it
        attacker, attribution = _blamed_before(riposte.start(), fact, roles)
        return Fragment(
            index, None, None, None, None, attacker, attribution, None, None, set(), False, set(),
            False,
        )  # fmt: skip
    countries = _fragment_countries(
        fact, folded_sentence, sources, lexicons, claim or roles.claimant is not None
    )
    countries = _without_the_attackers_country(countries, roles, fact, lexicons)
    if not usable:
        return Fragment(
            index, None, None, None, None, None, "unknown", None, None, set(), False, set(), False
        )
    if date_hit is not None and precision_of(date_hit, fact) != date_hit.precision:
        # "no injuries were reported, the operator said on Saturday": the day of the report
        # is no event day, so it only bounds the attack to the week, as for a mention.
        date_hit = DateHit(
            date_hit.start,
            date_hit.end,
            date_hit.value,
            "week",
            basis_of(date_hit, fact) or date_hit.basis,
            date_hit.kind,
        )
    return Fragment(
        sentence=index,
        date=date_hit,
        weapon=weapons[0] if weapons else None,
        killed=killed,
        wounded=wounded,
        attacker=roles.attacker,
        attribution=roles.attribution,
        claimed_by=roles.claimant,
        reported_by=source,
        speakers=set(roles.speakers) | spoken_for(sources, lexicons),
        hedged=hedged,
        countries=countries,
        claim=claim or roles.claimant is not None,
        claimant_branches=(
            branches.get(roles.claimant, frozenset()) if roles.claimant is not None else frozenset()
        ),
        # Only read for a claim with a claimant ("a revendiqué les deux opérations").
        plural=(
            plural_claim(folded_sentence)
            if roles.claimant is not None
            else plural_blame(folded_sentence)
            if blamed
            else 0
        ),
    )


_BLAMED: Final = frozenset({"attributed", "alleged"})
# "L'armée a imputé ces attaques aux FSR", "blamed both attacks on the group": the attacks
# blamed are named in the plural after a determiner that points back.
_PLURAL_BLAME: Final = WordRegex(
    r"(les deux|both|the two|ces|these|those|les trois|the three) (?:[a-z]+ )?(?:attaques|attacks|"
    r"attentats|frappes|strikes|raids|assauts|assaults|bombings|incidents|explosions|blasts|"
    r"embuscades|ambushes)\b"
)


def _blames(roles: Roles, fact: SentenceFacts) -> bool:
    """Whether an official's blame names the sentence's attacker ("imputé à", "blamed on")."""
    return (
        roles.attacker is not None
        and roles.attribution in _BLAMED
        and bool(fact.cue_spans.get("attribution"))
    )


def plural_blame(folded_sentence: str) -> int:
    """How many attacks a blame covers: N for "both attacks", "les trois attaques", -1 for
    "these attacks", "ces attaques" (every attack told in the sentences before), 0 for one."""
    match = _PLURAL_BLAME.search(folded_sentence)
    if match is None:
        return 0
    return _PLURAL_CLAIM_COUNTS.get(match.group(1), -1)


def _blamed_before(riposte: int, fact: SentenceFacts, roles: Roles) -> tuple[str | None, str]:
    """The attacker and attribution of a sentence that tells the defenders' response, when
    the attack is blamed before the response is told ("Le ministère attribue l'attaque à
    l'EIGS et affirme qu'une vingtaine d'entre eux ont été neutralisés lors de la riposte",
    "The army blamed the attack on JNIM and said troops returned fire"): an official's blame
    names the attacker whatever follows; anything else read there is the defenders'."""
    start = fact.sentence.start
    if _blames(roles, fact) and any(
        cue - start < riposte for cue, _ in fact.cue_spans.get("attribution", ())
    ):
        return roles.attacker, roles.attribution
    return None, "unknown"


def _without_the_attackers_country(
    countries: set[str], roles: Roles, fact: SentenceFacts, lexicons: Lexicons
) -> set[str]:
    """(0.32.0) ``countries`` without the country of the sentence's attacker, a state's forces
    whose nationality its main clause names ("U.S. airstrikes on a fuel port held by Yemen's
    Houthis killed 74, ... the American campaign"): it names who struck, not where."""
    acting = lexicons.actors.get(roles.attacker or "")
    if acting is None or acting.kind not in STATE_KINDS or acting.country_iso2 not in countries:
        return countries
    if any(
        m.entry.hint == acting.country_iso2 and not inside(m.start, fact.discounted)
        for m in fact.families.get(DEMONYM, ())
    ):
        return countries - {acting.country_iso2}
    return countries


def _fragment_countries(
    fact: SentenceFacts,
    folded_sentence: str,
    sources: Sequence[Match],
    lexicons: Lexicons,
    claim: bool,
) -> set[str]:
    """The countries a place-less sentence speaks of: its demonyms' ("irakienne": IQ), not one
    in a clause that describes an actor ("revendiqué par l'EI, qui recule face aux forces
    soutenues par les Américains", "claimed by IS, which has lost ground to US-backed forces")
    nor, in a claim, one in what the claimant says it did (0.22.0: "X claimed the attack,
    saying it had inflicted losses on the army and its Russian allies", "X a revendiqué
    l'opération en affirmant avoir visé des soldats russes"); else the country of a local
    authority it cites ("selon le gouvernement irakien"); a foreign command or an agency
    reports from anywhere."""
    describing = _DESCRIBING_CLAUSE.search(folded_sentence)
    cutoff = fact.sentence.start + describing.start() if describing else fact.sentence.end
    said = _CLAIM_CONTENT.search(folded_sentence) if claim else None
    if said is not None:
        cutoff = min(cutoff, fact.sentence.start + said.start())
    countries = {
        m.entry.hint for m in fact.families.get(DEMONYM, ()) if m.entry.hint and m.start < cutoff
    }
    for match in sources:
        source_row = lexicons.sources.get(match.entry.ref)
        if source_row is None or not source_row.country_iso2 or countries:
            continue
        speaker = lexicons.actors.get(source_row.speaks_for or "")
        if speaker is not None and speaker.kind in {"government", "state_force"}:
            countries.add(source_row.country_iso2)
    return countries


def attach(fragment: Fragment, mentions: list[Candidate]) -> None:
    """Fill the mention a place-less sentence refers to (the nearest compatible one)."""
    if not _tells_something(fragment):
        return
    previous = [m for m in mentions if any(0 < fragment.sentence - s <= 4 for s in m.sentences)]
    following = [
        m
        for m in mentions
        if not fragment.claim  # a claim points back ("claimed the strike on the base")
        and not m.background  # a passing reference told next is another attack
        and 0 < m.sentence - fragment.sentence <= 1
        and m not in previous  # last: a field-by-field comparison of candidates
    ]
    ordered = _latest_first(previous, fragment.sentence) + sorted(
        following, key=lambda m: (m.sentence, m.group)
    )
    if not fragment.background:
        # "The strike took place on Tuesday" after "a drone strike ..., days after another drone
        # set an oil field ablaze": the attack told, not the passing reference beside it in its
        # sentence (a passing reference told in a sentence of its own is the one meant next).
        told = {m.sentence for m in mentions if not m.background}
        aside = [m for m in ordered if m.background and m.sentence in told]
        ordered = [m for m in ordered if m not in aside] + aside
    target = next((m for m in ordered if fits(fragment, m)), None)
    if target is None and fragment.lead:
        target = _placed_further_on(fragment, mentions)
    if target is None and fragment.claim:
        target = _the_one_attack_told(fragment, mentions)
    if target is None and fragment.attribution in _BLAMED and fragment.attacker is not None:
        # (0.22.0) A blame told further on ("a local commander blamed Boko Haram", "les
        # autorités imputent l'attaque à Boko Haram") names who did the one attack told: only
        # who (its figures and date may be the group's record: "blamed X, which has killed 300")
        fragment.date = fragment.weapon = fragment.killed = fragment.wounded = None
        target = _the_one_attack_told(fragment, mentions)
    if target is None:
        return
    last_told = max((s for s in target.sentences if s < fragment.sentence), default=target.sentence)
    if (fragment.killed is not None or fragment.wounded is not None) and any(
        other is not target and other.sentence == last_told and fits(fragment, other)
        for other in ordered
    ):
        # "16 morts et 25 blessés" after strikes on two sites: a total, not one site's toll
        # (but a site told again alone right before has its own: "... the barracks in Dikwa.
        # Six soldiers were killed there").
        fragment.killed = fragment.wounded = None
    if fragment.claim and fragment.plural and fragment.claimed_by is not None:
        for other in claimed_together(fragment, target, previous, ordered):
            if other is not target:
                other.claimed_by = other.claimed_by or fragment.claimed_by
                if other.attacker in (None, fragment.claimed_by):
                    other.attacker, other.attribution = fragment.claimed_by, "claimed"
    if fragment.plural and not fragment.claim and fragment.attribution in _BLAMED:
        for other in _blamed_together(fragment, previous):
            if other is not target and other.attacker is None:
                other.attacker, other.attribution = fragment.attacker, fragment.attribution
    elif not fragment.claim and fragment.attribution in _BLAMED and fragment.attacker:
        for other in _same_town_and_day(target, previous):
            if other is not target and other.attacker is None and fits(fragment, other):
                other.attacker, other.attribution = fragment.attacker, fragment.attribution
    if not _same_day(fragment, target):
        fragment.date = None  # the day of the claim, not of the attack
    if fragment.background and not target.background:
        # "It comes six days after a truck bomb ...": the earlier attack's date and figures are
        # not the attack told before; who did it may still be ("imputée à des groupes ...").
        fragment.date = fragment.weapon = fragment.killed = fragment.wounded = None
    _fill(target, fragment)


def _placed_further_on(fragment: Fragment, mentions: Sequence[Candidate]) -> Candidate | None:
    """A lead that names no place ("six soldiers died in a drone attack on an army base", "six
    soldats ont été tués dans une attaque de drone contre une base") tells the attack whose
    place the article gives further down: the only later one that fits."""
    later = [
        m
        for m in mentions
        if m.sentence > fragment.sentence and not m.background and fits(fragment, m)
    ]
    return later[0] if len(later) == 1 else None


def _the_one_attack_told(fragment: Fragment, mentions: Sequence[Candidate]) -> Candidate | None:
    """A claim told further on than four sentences ("the group claimed the attack in a
    statement", "le JNIM a revendiqué l'attaque") claims the article's one attack told before
    it, when it fits (passing references aside)."""
    told = [m for m in mentions if m.sentence < fragment.sentence and not m.background]
    return told[0] if len(told) == 1 and fits(fragment, told[0]) else None


def _tells_something(fragment: Fragment) -> bool:
    """Whether a fragment has anything to give: a date, weapon, figure, attacker or source."""
    return not (
        fragment.date is None
        and fragment.weapon is None
        and fragment.killed is None
        and fragment.wounded is None
        and fragment.attacker is None
        and fragment.reported_by is None
    )


def _latest_first(mentions: Sequence[Candidate], sentence: int) -> list[Candidate]:
    """Mentions told before ``sentence``, the one told last first."""
    return sorted(mentions, key=lambda m: (-max(s for s in m.sentences if s < sentence), -m.group))


def fits(fragment: Fragment, mention: Candidate) -> bool:
    """Whether a fragment can be about a mention: no other day, weapon, country or attacker
    (a claim may be dated after the attack it claims)."""
    if not (_same_day(fragment, mention) or _claimed_later(fragment, mention)):
        return False
    weapon = fragment.weapon.weapon if fragment.weapon is not None else None
    if not weapons_compatible(weapon, mention.weapon):
        return False
    if (
        fragment.countries
        and mention.place.country_iso2 not in fragment.countries
        and mention.place.country_iso2 != SEA_COUNTRY  # at sea, nationalities are ships'
    ):
        return False
    return not (
        fragment.attacker
        and mention.attacker
        and fragment.attacker != mention.attacker
        and mention.attacker not in fragment.claimant_branches
    )


def branches_by_group(actors: Mapping[str, Actor]) -> dict[str, frozenset[str]]:
    """(0.26.0) Each group's branches: the actors whose line of parents reaches it, whose
    attacks it claims ("Islamic State claimed" an attack by the ADF, a branch of its Central
    Africa Province). Read once per extractor (one walk up from each actor), not per claim."""
    found: dict[str, set[str]] = {}
    for actor in actors.values():
        parent, depth = actor.parent_id, 0
        while parent is not None and depth < 8:
            found.setdefault(parent, set()).add(actor.actor_id)
            ancestor = actors.get(parent)
            parent, depth = (ancestor.parent_id if ancestor is not None else None), depth + 1
    return {group: frozenset(branches) for group, branches in found.items()}


def _same_day(fragment: Fragment, mention: Candidate) -> bool:
    """Whether the fragment's date agrees with the mention's (equal days when both are days,
    and when the mention took its date from the day told before it: "... camp at Bamba. The
    boat had been struck on Sept. 1" tells another day than the attack of Sept. 7)."""
    value = fragment.date.value if fragment.date is not None else None
    precision = fragment.date.precision if fragment.date is not None else None
    if not dates_compatible(mention.date, mention.precision, value, precision):
        return False
    return not (
        value is not None
        and mention.date is not None
        and precision == "day"
        and (mention.precision == "day" or mention.basis == INHERITED_BASIS)
        and value != mention.date
    )


_CLAIM_DELAY_DAYS: Final = 7  # how long after an attack its claim may come


def _claimed_later(fragment: Fragment, mention: Candidate) -> bool:
    """ "L'EI a revendiqué l'attaque mercredi", "claimed the attack on Wednesday" after an
    attack told on Monday: a claim with no figure of its own, dated up to a week after the
    attack, is dated by its claim. Its weapon may only name the attack claimed, of the
    mention's own kind ("claimed the ambush on Tuesday" after a Monday ambush, "a revendiqué
    mardi l'embuscade")."""
    if (
        not fragment.claim
        or fragment.date is None
        or fragment.date.value is None
        or mention.date is None
        or fragment.killed is not None
        or fragment.wounded is not None
    ):
        return False
    if fragment.weapon is not None and fragment.weapon.weapon != mention.weapon:
        return False
    return 0 <= (fragment.date.value - mention.date).days <= _CLAIM_DELAY_DAYS


def claimed_together(
    fragment: Fragment,
    target: Candidate,
    previous: Sequence[Candidate],
    ordered: Sequence[Candidate],
) -> list[Candidate]:
    """The mentions a plural claim covers: "a revendiqué les deux opérations", "both attacks":
    the two attacks told last, told in one sentence or in two; when fewer fit, and for "ces
    attaques", "these attacks" (``plural`` -1), every attack of the sentence the claim's target
    was told in."""
    if fragment.plural == _EVERY_CLAIMED:
        return [m for m in previous if not m.background and fits(fragment, m)]
    covered = [m for m in previous if fits(fragment, m)] if fragment.plural > 1 else []
    if fragment.plural > 1 and len(covered) >= fragment.plural:
        return _latest_first(covered, fragment.sentence)[: fragment.plural]
    return [o for o in ordered if o.sentence == target.sentence and fits(fragment, o)]


def _blamed_together(fragment: Fragment, previous: Sequence[Candidate]) -> list[Candidate]:
    """The mentions a plural blame covers: "blamed both attacks on X" the two told last that
    fit, "a imputé ces attaques aux FSR" every attack told in the four sentences before that
    fits (passing references aside)."""
    told = [m for m in previous if not m.background and fits(fragment, m)]
    if fragment.plural > 1:
        return _latest_first(told, fragment.sentence)[: fragment.plural]
    return told


def _same_town_and_day(target: Candidate, previous: Sequence[Candidate]) -> list[Candidate]:
    """(0.28.0) The attacks told in the target's town on its day ("The first explosion ripped
    through a wedding in X. Minutes later, a second bomber blew herself up near the hospital in
    X ... suspicion fell on Boko Haram"): one series, which a blame told after them covers."""
    if target.background or target.place is None or target.date is None:
        return []
    return [
        m
        for m in previous
        if not m.background
        and m.place is not None
        and m.place.location_id == target.place.location_id
        and m.date == target.date
    ]


def _fill(target: Candidate, fragment: Fragment) -> None:
    """Fill the gaps of ``target`` from ``fragment`` (a finer date, a weapon, figures, roles)."""
    value = fragment.date.value if fragment.date is not None else None
    precision = fragment.date.precision if fragment.date is not None else None
    if finer_date(value, precision, target.date, target.precision):
        target.date, target.precision = value, precision
        target.basis = fragment.date.basis if fragment.date is not None else target.basis
    weapon = fragment.weapon.weapon if fragment.weapon is not None else None
    target.weapon = target.weapon or weapon
    if target.count is None and fragment.weapon is not None:
        target.count = fragment.weapon.count
    target.killed = kept_toll(target.killed, fragment.killed)
    target.wounded = kept_toll(target.wounded, fragment.wounded)
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
