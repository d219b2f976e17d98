"""Pass 5, the places of an event frame: where the attack a sentence tells took place.

Reads a sentence's place matches and cue spans, the article's country hints and the last site
named before it. Adds the places that locate its attack (``sentence_places``: listed places
chosen among homonyms, places the gazetteer does not list, none inside a context clause),
"la base", "the air base" for the last site named (``with_site_anaphora``), without the places
that only situate a named site or the source (``without_landmarks_and_sources``), and the
finest of nested places (``finest``: "le champ de Conoco, dans la province de Deir ez-Zor" is
Conoco).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Final

from ingest.extraction.actors import NON_STATE_KINDS, STATE_KINDS
from ingest.extraction.candidates import ArticleContext
from ingest.extraction.clauses import clauses_with_relatives
from ingest.extraction.facts import SentenceFacts, Span, inside
from ingest.extraction.lexicons import (
    PROVINCE_FEATURES,
    SETTLEMENT_FEATURES,
    SITE_FEATURES,
    Place,
)
from ingest.extraction.matching import ACTOR, DEMONYM, PLACE, SOURCE, WEAPON, Match
from ingest.extraction.normalize import fold_key
from ingest.extraction.places import (
    CAPITAL_AFTER,
    DIVISION_AFTER_NAME,
    HEADING_WORDS,
    LANGUAGE_NAMES,
    PLURAL_TYPED,
    ROAD_WORDS,
    SEA_COUNTRY,
    PlaceHit,
    choose_entry,
    contains,
    heading_to,
    is_area,
    only_the_way,
    select_places,
    told_right_before,
    type_spans_of,
    unlisted_places,
)
from ingest.extraction.roles import BLAMING_VERBS, capitals_acting, states_acting
from ingest.extraction.sentence_dates import BURIAL_WORDS
from ingest.extraction.wordregex import ALL_WORDS, contains_any, word_set

_PROXIMITY_WORDS: Final = (
    "non loin d", "not far from", "close to", "a proximite d", "near", "pres d", "proche d",
    # (0.28.0) a site above the town it overlooks ("the X meadow, a site above the resort town
    # of Y", "la prairie de X, au-dessus de la station de Y")
    "above", "overlooking", "au dessus d", "surplombant", "en surplomb d",
)  # fmt: skip
_PROXIMITY: Final = re.compile(
    rf"(?:{'|'.join(_PROXIMITY_WORDS)})\w*'?\s*"
    r"(?:la |le |l'|the |des |du )?(?:\w+ ){0,2}(?:(?:de |d'|of |for )(?:\w+ ){0,2}){0,2}$"
)

# "Balliata, près de Gorom-Gorom", "X, near Y": the town after is where X lies, not a second place.
_NEAR_AFTER_COMMA: Final = re.compile(
    # (0.23.0: after the camp a name precedes, "the X camp, near the town of Y")
    r"(?: camp)?, (?:non loin d|not far from|close to|a proximite d|near|pres d|proche d)[a-z']*\s*"
    r"(?:la |le |l'|the |des |du )?(?:(?:town|city|village|ville|localite) (?:of |de |d')?)?"
)
# A broadcaster or paper named after a town ("the army's television channel, Myawaddy", "le
# quotidien Al-Watan", "Radio Kidal"): its name, not a place.
_MEDIUM_BEFORE: Final = re.compile(
    r"\b(?:chaine|channel|television|tv|radio|journal|newspaper|quotidien|daily|broadcaster)"
    r"(?: (?:de|d'|du|la|le|l'|television|tv|l'armee|armee|army|etat|d'etat|state|publique|"
    r"public|privee|private|militaire|military|officielle|official|locale?|local|national|"
    r"nationale|news|d'information|run))*,? ?$"
)
_SOURCE_LEAD: Final = re.compile(r"\b(?:selon|according to|d'apres(?! midi)|citing|citant)\b")
_SOURCE_LEAD_WORDS: Final = ("selon", "according to", "d'apres", "citing", "citant")
_CONJUNCTION: Final = re.compile(r"\b(?:and|et)\b")
# One of these is in every match of the regex after it (the cheap test before it).
_MEDIUM_WORDS: Final = (
    "chaine", "channel", "television", "tv", "radio", "journal", "newspaper", "quotidien",
    "daily", "broadcaster",
)  # fmt: skip
_SOURCE_PLACE_WORDS: Final = ("source", "correspond")
_SOURCE_PLACE: Final = re.compile(
    r"\b(?:sources?|correspondante?s?|correspondents?)(?: [a-z']+){0,2} (?:a|in|at|from|depuis)"
    r" (?:the )?$"
)
_CARRIED_WORDS: Final = (
    "ferried",
    "evacu",
    "transport",
    "transfer",
    "condui",
    "achemin",
    "taken",
    "rushed",
    "airlift",
    "brought",
    "carried",
    "flown",
    "flew",
    "shifted",
    "moved",
)  # one is in every _CARRIED_TO match
# One is in every _HOSPITAL_BEFORE match.
_HOSPITAL_WORDS: Final = ("hopita", "hospital", "clinic", "clinique", "morgue", "medical",
                          "health", "sante", "facilit", "structure", "chr", "chu")  # fmt: skip
_HOSPITAL_BEFORE: Final = re.compile(
    r"\b(?:hopital|hopitaux|hospital|hospitals|centre hospitalier|clinique|clinic|morgue|"
    # (0.25.0) a French hospital by its acronym ("évacués vers le CHR de Tillabéri", "le CHU
    # de Bouaké"): centre hospitalier régional, universitaire
    r"ch[ru]|"
    r"medical cent(?:er|re)s?|medical complex|centres? medica(?:l|ux)|complexe medical|"
    r"health cent(?:er|re)s?|centres? de sante|"
    # an aid group's own ("treated dozens of wounded in its facilities in Goma", "pris en
    # charge des blessés dans ses structures de Goma")
    r"(?:its|their|ses|leurs) (?:health |medical )?(?:facilities|facility|structures)"
    r"(?: de sante| sanitaires| medicales)?|"
    # (0.18.0) anyone's health facilities: "vers les structures de santé de Bankass",
    # "to health facilities in X", "les formations sanitaires de X"
    r"(?:health|medical) (?:facilities|facility)|"
    r"(?:structures?|formations?|etablissements?) (?:de sante|sanitaires?|medica(?:les?|ux)|"
    r"hospitalier(?:e|s|es)?))"
    r"(?: [a-z']+){0,2} (?:de |d'|du |des |in |at |of |a )(?:the )?$"
)
# "before withdrawing towards the Lake Chad islands", "avant de se replier vers la forêt de X",
# "loading passengers for the journey to X": where attackers went after it, or travellers were
# going, never where it happened.
_WENT_OFF_TO: Final = re.compile(
    r"\b(?:withdrawing|withdrew|withdrawn|retreating|retreated|pulling back|pulled back|"
    r"fell back|falling back|se repliant|se sont replies|s'est replie|se replier|repli|"
    r"(?:the|their|a|its|la|le|leur|un) (?:journey|trip|voyage|trajet))\s+"
    r"(?:to|towards|toward|into|for|vers|jusqu'a|en direction d[eu']|pour)\s*"
    r"(?:the |la |le |l'|les )?$"
)
_WENT_OFF_WORDS: Final = ("withdr", "retreat", "pull", "fell back", "falling back", "repli",
                          "journey", "trip", "voyage", "trajet")  # fmt: skip


def _where_they_went_off_to(folded: str, hit: PlaceHit, start: int) -> bool:
    """Where the attackers withdrew to, or a journey's end ("withdrawing towards X", "se
    repliant vers X", "the journey to X")."""
    return told_right_before(folded, hit, start, _WENT_OFF_WORDS, _WENT_OFF_TO)


# Characters back from a hospital's town to the verb of taking or treating (0.20.0: 130, from
# 90, so a second hospital after "puis", "then" still has its verb: "transportés à l'hôpital
# de district de X, puis pour certains vers l'hôpital régional de Y").
_TREATED_BEFORE: Final = 130
_TREATED: Final = re.compile(
    r"\b(?:evacue\w*|evacuation|transporte\w*|transfere\w*|transfert|transfer|admise?s?|"
    r"soigne\w*|"
    # (0.31.0) "des blessés ont été acheminés vers l'hôpital de X"
    r"achemine\w*|"
    r"hospitalise\w*|"
    r"pris en charge|prises en charge|evacuated|taken|rushed|admitted|treated|transferred|ferried|"
    r"shifted|moved|airlifted|flew|flown|"
    # (0.27.0) hospitals receiving the wounded ("health centres in X had received dozens of
    # wounded", "les centres de santé de X ont reçu des dizaines de blessés")
    r"received|receiving|recu|recus|recoivent|recoit|accueilli|accueillent)\b"
)
_HOSPITAL_AFTER: Final = re.compile(r"(?: [a-z]+)? (?:hospital|hospitals|hopital|clinic)\b")
# Where the wounded later died ("died on Monday in a Bogota clinic, two months after he was
# shot", "est mort lundi dans une clinique de Bogotá", "a succombé à ses blessures à l'hôpital
# de X"): the death verb first, then the hospital (a strike on a hospital that killed patients
# tells the attack first, and stays where it happened).
_DIED_IN_HOSPITAL_OF: Final = re.compile(
    r"\b(?:died|succumbed|est morte?|sont morte?s|decedee?s?|a succombe|ont succombe)\b"
    r"[^.;,]{0,40}?\b(?:hospital|clinic|hopital|clinique)(?: [a-z']+){0,2} "
    r"(?:in|of|de|d'|du|a) (?:the )?$"
)
_DIED_IN_A: Final = re.compile(r"\b(?:died|succumbed)\b[^.;,]{0,30}?\b(?:in|at) (?:a|an|the) $")
_DYING_WORDS: Final = ("died", "succomb", "mort", "decede")  # one is in every match above


def _where_the_wounded_died(folded: str, hit: PlaceHit, start: int) -> bool:
    """Where the wounded later died, a hospital's town ("died in a hospital in X", "est mort
    dans une clinique de X", "died in a X clinic")."""
    low = max(start, hit.start - 70)
    if not contains_any(folded[low : hit.start], _DYING_WORDS):
        return False
    return _DIED_IN_HOSPITAL_OF.search(folded, low, hit.start) is not None or (
        _DIED_IN_A.search(folded, low, hit.start) is not None
        and _HOSPITAL_AFTER.match(folded, hit.end) is not None
    )


# "transportés à l'hôpital Al-Ahli", "rushed to Nasser hospital": a hospital the wounded were
# taken to (the verb, then "to"/"à"/"vers" right before the hospital's name).
_TAKEN_TO: Final = re.compile(
    r"\b(?:evacue|transporte|transfere|admise?|conduit|achemine|hospitalise|evacuated|taken|"
    r"rushed|admitted|transferred|airlifted|brought|carried|moved)\w* (?:to|into|at|a|au|vers|"
    r"dans)"
    r"(?: the| l'| la| le)? ?(?:hopital |hospital )?$"
)
# A clock time given in another place's time ("avant 04h00 (02h00 en Belgique)", "at 2 a.m.
# in Paris", "3:00 heure de Paris", "05:30 Moscow time"): a time zone, not where it happened.
_CLOCK_IN_BEFORE: Final = re.compile(
    r"\b\d{1,2}(?:h\d{0,2}|:\d{2}| ?[ap]\.? ?m\b\.?)(?: \w+)? (?:en|in|au|aux|a)(?: l')? ?$"
)
_ZONE_BEFORE: Final = re.compile(r"\bheures? (?:locales? )?(?:de |d'|du |des |a )(?:l')?$")
_ZONE_AFTER: Final = re.compile(r" (?:time|standard time)\b")
# A digit: the cheap test before _CLOCK_IN_BEFORE (one search, cheaper compiled than a loop
# over the characters).
_DIGIT: Final = re.compile(r"\d")


# (0.18.0) People a nationality can describe ("a Somali man", "Somali troops"): a place named
# like a nationality, right before one of them, is the nationality ("Somali" is also Ethiopia's
# Somali region).
_PEOPLE_AFTER_NATIONALITY: Final[frozenset[str]] = frozenset(
    {"man", "men", "woman", "women", "national", "nationals", "citizen", "citizens", "refugee",
     "refugees", "migrant", "migrants", "soldier", "soldiers", "troops", "fighter", "fighters",
     "gunman", "gunmen", "attacker", "attackers", "suspect", "teenager", "boy", "girl", "youth",
     "student", "students", "worker", "workers", "driver", "journalist", "officer", "officers",
     "police", "militants", "families", "family", "asylum", "homme", "hommes", "femme", "femmes",
     "ressortissant", "ressortissants", "refugie", "refugies", "soldat", "soldats",
     "militaires", "troupes", "combattants"}
)  # fmt: skip
_NEXT_WORD: Final = re.compile(r"\s+([a-z]+)")


def without_nationalities(
    folded: str, hits: list[PlaceHit], demonyms: Sequence[Match]
) -> list[PlaceHit]:
    """The hits but those whose span is also a nationality's that describes the people after
    it ("a Somali man killed three women": no place)."""
    spans = {(m.start, m.end) for m in demonyms}
    kept = []
    for hit in hits:
        after = _NEXT_WORD.match(folded, hit.end)
        if (
            (hit.start, hit.end) in spans
            and after is not None
            and (after.group(1) in _PEOPLE_AFTER_NATIONALITY)
        ):
            continue
        kept.append(hit)
    return kept


def _without_actor_acronyms(
    context: ArticleContext, hits: list[PlaceHit], actors: Sequence[Match]
) -> list[PlaceHit]:
    """(0.26.0) The hits but those an armed actor's acronym spells ("une patrouille des FAMa",
    "ADF rebels attacked"): a name written with two capitals or more that is also an actor's
    alias names the actor, not a town of that name abroad. (0.31.0) So does an armed group's
    name that is also a village's in a country the article does not name ("les Chabab avaient
    pris d'assaut", "Shabab fighters": the group, not a hamlet in Iran)."""
    text, kinds = context.text, context.lexicons.actors
    groups = {
        (m.start, m.end)
        for m in actors
        if m.entry.ref in kinds and kinds[m.entry.ref].kind in NON_STATE_KINDS
    }
    spans = {(m.start, m.end) for m in actors}
    return [
        hit
        for hit in hits
        if (hit.start, hit.end) not in spans
        or (
            sum(c.isupper() for c in text[hit.start : hit.end]) < 2
            and not (
                (hit.start, hit.end) in groups and hit.place.country_iso2 not in context.hinted
            )
        )
    ]


# (0.24.0) The kinds of reporting source that are media: a name one of them has exactly ("a
# witness told Xinhua", "a rapporté un témoin à Xinhua") is the medium, not a town of that name.
_MEDIA_KINDS: Final = frozenset(
    {"news_agency", "broadcaster", "newspaper", "media_group", "militia_media"}
)


_TOLD_REACH: Final = 30  # characters from a reporting word to the medium it speaks to


def _media_told(context: ArticleContext, fact: SentenceFacts) -> set[Span]:
    """The spans of the media's names (``_MEDIA_KINDS``) told to or cited right after a
    reporting word ("told Xinhua", "a rapporté un témoin à Xinhua"; not "à Abou Kamal, à
    Al-Mayadine", the town a broadcaster is named after): no place has them."""
    sources = context.lexicons.sources
    reporting = fact.cue_spans.get("reporting", ())
    return {
        (match.start, match.end)
        for match in fact.families.get(SOURCE, ())
        if match.entry.ref in sources
        and sources[match.entry.ref].kind in _MEDIA_KINDS
        and any(0 <= match.start - end <= _TOLD_REACH for _, end in reporting)
    }


def sentence_places(
    context: ArticleContext, fact: SentenceFacts, spans: Mapping[str, Sequence[Span]]
) -> list[PlaceHit]:
    """The places a sentence names outside its context clauses, in text order."""
    text, folded = context.text, context.folded
    start = fact.sentence.start
    place_matches = fact.families.get(PLACE, ())
    hits = select_places(
        place_matches,
        text,
        folded,
        start,
        context.hinted,
        context.located,
        fact.words,
        context.provinces,
    )
    demonyms = fact.families.get(DEMONYM, ())
    if hits and demonyms:
        hits = without_nationalities(folded, hits, demonyms)
    actors = fact.families.get(ACTOR, ())
    if hits and actors:
        hits = _without_actor_acronyms(context, hits, actors)
    media = _media_told(context, fact) if fact.families.get(SOURCE) else set()
    if hits and media:
        hits = [h for h in hits if (h.start, h.end) not in media]
    if hits and _ACCUSING_BIT & fact.words:
        hits = [h for h in hits if not _an_accused_capital(context, h)]
    if hits and _SEAT_SPEAKING_BIT & fact.words:
        hits = [h for h in hits if not _the_seat_of_a_speaking_government(context, h, start)]
    if hits and spans.get("agent"):  # (0.31.0) "Kyiv fired missiles at": the government
        agents = spans["agent"]
        acting = {
            (a.start, a.end)
            for a in (
                *capitals_acting(context, place_matches, agents),
                # (0.33.0) and a country acting ("In October 2024, Israel bombed sites in Iran"):
                # its forces, not where the attack was
                *states_acting(context, place_matches, agents),
            )
        }
        hits = [h for h in hits if (h.start, h.end) not in acting] if acting else hits
    unlisted = unlisted_places(
        place_matches,
        hits,
        text,
        folded,
        start,
        type_spans_of(spans, folded),
        context.home,
        fact.sentence.end,
        [*fact.families.get(DEMONYM, ()), *fact.families.get(ACTOR, ())],
        sites=context.lexicons.places.lookup,
        words=fact.words,
    )
    if unlisted and media:
        unlisted = [h for h in unlisted if (h.start, h.end) not in media]
    named = {h.place.location_id for h in hits}
    # "the Somali capital Mogadishu": the capital named as well is one place.
    unlisted += [
        h
        for h in territories(context, fact, start, fact.sentence.end)
        if h.place.location_id not in named
    ]
    if unlisted:
        # "près du village de Beit Jinn, au sud-ouest de Damas": the landmark only situates the
        # place the gazetteer lacks, and is no second place
        hits = [
            h for h in hits if not (h.landmark and any(0 < h.start - u.end <= 40 for u in unlisted))
        ]
        unlisted = _in_the_one_province_named(hits, unlisted)
        hits = _without_areas_describing(folded, hits, unlisted)
        unlisted = [u for u in unlisted if not a_site_at_a_named_town(folded, u, hits)]
        if any(h.near and not h.place.listed for h in unlisted):
            # "un car reliant Diabaly à Niono ... à une vingtaine de kilomètres de Diabaly": the
            # landmark the gazetteer lacks places it; the road's ends only tell the way
            hits = [
                h
                for number, h in enumerate(hits)
                if not only_the_way(folded, hits, number, start, fact.words)
            ]
        hits = sorted([*hits, *unlisted], key=lambda h: h.start)
    if fact.discounted:
        # A context clause with the relative clause that tells its attack ("since December,
        # when militants killed ... near Dibis"): its places are that attack's, not this one's.
        clauses = clauses_with_relatives(folded, fact)
        hits = [h for h in hits if not inside(h.start, clauses)]
    masks = spans.get("mask")
    if masks and hits:
        # ("the bombers it uses to fire missiles at Kyiv": a masked clause names no attack place)
        hits = [h for h in hits if not inside(h.start, masks)]
    if len(hits) > 1:
        hits = _without_peoples_homes(folded, hits, start)
    return hits


# (0.31.0) A national capital accused of an attack stands for its government ("accuse au
# contraire Kinshasa d'avoir commandité l'attaque", "accused Kinshasa of ordering the attack"):
# no place where the attack was.
_ACCUSING_BIT: Final = word_set(("accus", "blam"))
_ACCUSED_BEFORE: Final = re.compile(
    rf"\b(?:{BLAMING_VERBS}|accusait|accusaient)(?: (?:au contraire|pour sa part|de son cote|"
    r"aussi|egalement|also|again|de nouveau|a nouveau))? $"
)
_ACCUSED_OF_AFTER: Final = re.compile(r" (?:d'|de |of |for )")


# (0.31.0) A national capital opening the sentence, then its government speaking ("À
# Ouagadougou, le gouvernement s'est contenté d'un communiqué évoquant une attaque", "In
# Ouagadougou, the government condemned the attack"): where the government is, not the attack.
_SEAT_OPENING: Final = re.compile(r"(?:^|\n)\s*(?:a|in|au|at)\s+$")
_SEAT_SPEAKING: Final = re.compile(
    r",\s+(?:le |la |les |l'|the )?(?:gouvernement|autorites|junte|pouvoir|presidence|"
    r"ministere|government|authorities|junta|presidency|ministry|regime)\b"
)
_SEAT_SPEAKING_BIT: Final = word_set(("gouvernement", "autorites", "junte", "pouvoir",
                                      "presidence", "ministere", "government", "authorities",
                                      "junta", "presidency", "ministry", "regime"))  # fmt: skip


def _the_seat_of_a_speaking_government(context: ArticleContext, hit: PlaceHit, start: int) -> bool:
    """Whether the hit is a national capital opening its sentence before its government."""
    folded = context.folded
    if _SEAT_OPENING.search(folded[start : hit.start]) is None:
        return False
    if _SEAT_SPEAKING.match(folded, hit.end) is None:
        return False
    return _a_national_capital(context, hit)


def _a_national_capital(context: ArticleContext, hit: PlaceHit) -> bool:
    """Whether the hit is the capital the gazetteer marks for its country."""
    capital = context.lexicons.places.capital(hit.place.country_iso2 or "")
    return capital is not None and capital.location_id == hit.place.location_id


def _an_accused_capital(context: ArticleContext, hit: PlaceHit) -> bool:
    """Whether the hit is a national capital named as accused of an attack."""
    folded = context.folded
    if _ACCUSED_BEFORE.search(folded, max(0, hit.start - 40), hit.start) is None:
        return False
    if _ACCUSED_OF_AFTER.match(folded, hit.end) is None:
        return False
    return _a_national_capital(context, hit)


# (0.31.0) Where people come from or live, told right after them ("two brothers from the
# settlement of X were shot dead in Y", "Hillel, 21, and Yagel, 19, from X, were shot in Y",
# "un habitant de X a été tué à Y", "deux frères originaires de X", "des hommes armés venus de
# X"): their home, not where the attack was, when the sentence names another place.
_PEOPLES_HOME: Final = re.compile(
    r"(?:\b(?:man|woman|men|women|boy|girl|boys|girls|child|children|brothers?|sisters?|"
    r"family|couple|father|mother|sons?|daughters?|teenagers?|students?|farmers?|workers?|"
    r"people|residents?|natives?|villagers?|pilgrims?|tourists?)|\d{1,2}),? "
    r"(?:who (?:came|come|hailed|hails) )?(?:from|of) "
    r"|\b(?:originaires?|natifs?|natives?|habitants?|residents?|venue?s?) "
    r"(?:de la |du |des |de l'|d'|de )"
)
_HOME_UNIT: Final = re.compile(
    r"(?:the (?:nearby )?)?(?:village|town|settlement|city|camp|district|commune|colonie|ville|"
    r"localite|quartier|region) (?:of |de |d'|du )(?:the |la |l')?$"
)
_HOME_REACH: Final = 45  # characters from the people to their home's name


def _without_peoples_homes(folded: str, hits: list[PlaceHit], floor: int) -> list[PlaceHit]:
    """The hits but where people named right before them come from or live, when a place
    finer than a province is left."""
    homes = []
    for hit in hits:
        low = max(floor, hit.start - _HOME_REACH)
        unit = _HOME_UNIT.search(folded, low, hit.start)
        end = unit.start() if unit is not None else hit.start
        if any(m.end() == end for m in _PEOPLES_HOME.finditer(folded, low, end)):
            homes.append(hit)
    kept = [h for h in hits if h not in homes]
    if not homes or not any(not is_area(h.place) for h in kept):
        return hits  # ("villagers from X were killed in the Y region": X is the finest place)
    return kept


# (0.20.0) A military site told by the nationality of the forces that hold it ("a Somali
# military base", "an Iraqi army post", "une base militaire somalienne"): in a passing
# reference that names no place, the attack was in that country when it is the article's own.
_HOME_SITE_AFTER: Final = re.compile(
    r" (?:military |army |police |security )?(?:base|bases|post|posts|outpost|outposts|camp|"
    r"camps|barracks|checkpoint|checkpoints|garrison)\b"
)
_HOME_SITE_BEFORE: Final = re.compile(
    r"\b(?:base|bases|poste|postes|camp|camps|caserne|casernes|garnison|position|positions)"
    r"(?: militaires?| de l'armee| de police)? $"
)


def home_force_sites(
    context: ArticleContext, fact: SentenceFacts, start: int, end: int
) -> list[PlaceHit]:
    """The article's own country, where a military site of its forces is named by their
    nationality between ``start`` and ``end`` ("had attacked a Somali military base" in a
    report from Somalia)."""
    folded, places, actors = context.folded, context.lexicons.places, context.lexicons.actors
    home_id = (context.home or "").lower()  # (a country's id is its ISO code in lower case)
    if home_id not in places:
        return []
    home = places[home_id]
    if home.feature_type != "country":
        return []
    found: list[PlaceHit] = []
    for match in [*fact.families.get(DEMONYM, ()), *fact.families.get(ACTOR, ())]:
        if not start <= match.start < end:
            continue
        if match.entry.family == DEMONYM:
            ours = match.entry.ref == home.location_id
        else:  # "a Somali military base": the state force's name holds the nationality
            actor = actors.get(match.entry.ref)
            ours = (
                actor is not None
                and actor.kind in STATE_KINDS
                and actor.country_iso2 == context.home
            )
        if ours and (
            _HOME_SITE_AFTER.match(folded, match.end) is not None
            or _HOME_SITE_BEFORE.search(folded, max(0, match.start - 30), match.start) is not None
        ):
            found.append(PlaceHit(match.start, match.end, home, False, False, False))
    return found


# "on Israeli territory", "le territoire israélien", "Ukrainian soil", "l'espace aérien
# syrien": a nationality describing the ground names its country.
_TERRITORY_AFTER: Final = re.compile(r" (?:territory|soil|airspace)\b")
_TERRITORY_BEFORE: Final = re.compile(r"\b(?:territoire|sol|espace aerien) $")


# "across the country", "à travers le pays", "dans tout le pays", "nationwide": the country
# the sentence speaks of.
_ACROSS_THE_COUNTRY: Final = re.compile(
    r"\b(?:across the country|throughout the country|across the whole country|nationwide|"
    r"a travers (?:tout )?le pays|dans tout le pays|sur tout le territoire|partout dans le pays)\b"
)


_ACROSS_WORDS: Final = word_set(
    ("country", "pays", "nationwide", "territoire")
)  # one is in every match


def territories(
    context: ArticleContext, fact: SentenceFacts, start: int, end: int
) -> list[PlaceHit]:
    """The countries a nationality names as ground ("Israeli territory", "le sol ukrainien")
    between ``start`` and ``end``, and the one the sentence's nationality names when it
    speaks of attacks "across the country" ("l'armée de l'air ukrainienne ... à travers le
    pays")."""
    folded, places = context.folded, context.lexicons.places
    found = _across_the_country(context, fact, start, end)
    for match in fact.families.get(DEMONYM, ()):
        if not start <= match.start < end or match.entry.ref not in places:
            continue
        if (
            _TERRITORY_AFTER.match(folded, match.end) is None
            and _TERRITORY_BEFORE.search(folded, max(0, match.start - 20), match.start) is None
        ):
            continue
        country = places[match.entry.ref]
        if country.feature_type == "country":
            found.append(PlaceHit(match.start, match.end, country, False, False, False))
    found += _capitals(context, fact, start, end)
    found += _the_countrys_part(context, fact, start, end)
    return found


# "in the country's north", "in the northern part of the country", "dans le nord du pays": a
# part of the article's own country, its loose region when the gazetteer has one ("northern
# Syria"), else the country.
_COUNTRYS_PART: Final = re.compile(
    r"\b(?:in|across|throughout) the country'?s (?P<en>north|south|east|west|north ?east|"
    r"north ?west|south ?east|south ?west|centre|center)\b"
    r"|\bin the (?P<en2>north|south|east|west|north ?east|north ?west|south ?east|south ?west|"
    r"centr)(?:ern|al)? part of the country\b"
    r"|\b(?:dans|au) (?:le |l')(?P<fr>nord|sud|est|ouest|nord ?est|nord ?ouest|sud ?est|"
    r"sud ?ouest|centre) du pays\b"
)
_COUNTRYS_PART_WORDS: Final = word_set(("country's", "countrys", "of the country", "du pays"))
_PART_ADJECTIVES: Final = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "northeast": "northeastern", "northwest": "northwestern", "southeast": "southeastern",
    "southwest": "southwestern", "centre": "central", "center": "central", "centr": "central",
    "nord": "northern", "sud": "southern", "est": "eastern", "ouest": "western",
    "nordest": "northeastern", "nordouest": "northwestern", "sudest": "southeastern",
    "sudouest": "southwestern",
}  # fmt: skip


def _the_countrys_part(
    context: ArticleContext, fact: SentenceFacts, start: int, end: int
) -> list[PlaceHit]:
    """The part of the article's own country the sentence names ("in the country's north",
    "dans le nord du pays"): its loose region, else the country (nothing when the article's
    country is unknown, or when the sentence names a place the part only describes: "à
    Bamiyan, dans le centre du pays")."""
    if context.home is None or not fact.words & _COUNTRYS_PART_WORDS:
        return []
    part = _COUNTRYS_PART.search(context.folded, start, end)
    if part is None:
        return []
    for match in fact.families.get(PLACE, ()):
        key = match.entry.key
        if start <= match.start < part.start() and (
            key is None or any(p.feature_type != "country" for p in key.places)
        ):
            return []
    country = context.lexicons.places.countries_by_code().get(context.home)
    if country is None:
        return []
    word = (part.group("en") or part.group("en2") or part.group("fr")).replace(" ", "")
    name = f"{_PART_ADJECTIVES[word]} {country.name}"
    region = next(
        (
            p
            for p in context.lexicons.places.lookup(name)
            if p.feature_type == "region" and p.country_iso2 == country.country_iso2
        ),
        country,
    )
    return [PlaceHit(part.start(), part.end(), region, False, False, False)]


# "in the Somali capital", "la capitale malienne": a nationality with "capital" names the
# country's capital (a name in apposition, "the Somali capital Mogadishu", is the same place).
_CAPITAL_BEFORE: Final = re.compile(r"\bcapitale $")
_LOCATIVE_BEFORE: Final = re.compile(
    r"\b(?:in|at|near|on|into|inside|across|outside|around|dans|a|pres de|aux abords de|"
    r"autour de|sur|vers)(?: (?:the|la|le|l'))? ?$"
)


def _capitals(context: ArticleContext, fact: SentenceFacts, start: int, end: int) -> list[PlaceHit]:
    """The capitals a nationality names after a locative ("in the Somali capital", "dans la
    capitale malienne")."""
    folded, places = context.folded, context.lexicons.places
    if "capital" not in folded[start:end]:
        return []
    found = []
    for match in fact.families.get(DEMONYM, ()):
        if not start <= match.start < end or match.entry.ref not in places:
            continue
        after = CAPITAL_AFTER.match(folded, match.end)
        before = _CAPITAL_BEFORE.search(folded, max(start, match.start - 9), match.start)
        if after is not None:  # "in the Somali capital"
            head, tail = match.start, after.end()
        elif before is not None:  # "dans la capitale malienne"
            head, tail = before.start(), match.end
        else:
            continue
        if _LOCATIVE_BEFORE.search(folded, max(start, head - 20), head) is None:
            continue
        capital = places.capital(places[match.entry.ref].country_iso2 or "")
        if capital is not None:
            found.append(PlaceHit(head, tail, capital, False, False, False))
    found += _capitals_of_countries(context, fact, start, end)
    if not found:
        found += _the_home_capital(context, fact, start, end)
    return found


# (0.31.0) "in the capital", "dans la capitale" with no nationality nor country named with it
# ("Russia's barrage killed 33 people in the capital", "Dans la capitale, au moins 22
# personnes ont été tuées"): the capital of the one country the article places things in. A
# regional capital is no national one ("the provincial capital" never reads as "the capital";
# "la capitale régionale" is kept out by the lookahead).
_BARE_CAPITAL: Final = re.compile(
    r"\b(?:in|at|near|into|inside|across|outside|around|dans|a|pres de|aux abords de|sur|vers) "
    r"(?:the|la) (?P<capital>capitale?)\b(?! (?:of|de|du|des|d'|city of|city,)\b)"
    r"(?! (?:regionale|provinciale|departementale|regional|provincial|state)\b)"
)


def _the_home_capital(
    context: ArticleContext, fact: SentenceFacts, start: int, end: int
) -> list[PlaceHit]:
    """The capital of the one country the article places things in, named as "the capital"
    alone after a locative (none when it places things in several, or in none: the country it
    names most may be the attacker's)."""
    if len(context.located) != 1:
        return []
    folded, places = context.folded, context.lexicons.places
    capital = places.capital(next(iter(context.located)))
    if capital is None:
        return []
    named = [*fact.families.get(DEMONYM, ()), *fact.families.get(PLACE, ())]
    found = []
    for match in _BARE_CAPITAL.finditer(folded, start, end):
        head, tail = match.span("capital")
        if any(head - 12 <= m.end <= head or tail <= m.start <= tail + 3 for m in named):
            continue  # ("the Somali capital", "la capitale malienne", "the capital Kyiv")
        found.append(PlaceHit(head, tail, capital, False, False, False))
    return found


# (0.21.0) "in Somalia's capital", "in the capital of Somalia", "dans la capitale du Mali", "à
# la capitale de la Somalie": a country's name with "capital" names its capital, as a
# nationality does above.
_POSSESSIVE_CAPITAL_AFTER: Final = re.compile(r"'s capital\b")
_CAPITAL_OF_BEFORE: Final = re.compile(
    r"\b(?:the )?capital(?: city)? of (?:the )?$|\bcapitale (?:du |des |de la |de l'|d'|de )$"
)


def _capitals_of_countries(
    context: ArticleContext, fact: SentenceFacts, start: int, end: int
) -> list[PlaceHit]:
    """The capitals a country's name names after a locative ("in Somalia's capital", "dans la
    capitale du Mali")."""
    folded, places = context.folded, context.lexicons.places
    found = []
    for match in fact.families.get(PLACE, ()):
        key = match.entry.key
        if not start <= match.start < end or key is None:
            continue
        country = next((p for p in key.places if p.feature_type == "country"), None)
        if country is None:
            continue
        after = _POSSESSIVE_CAPITAL_AFTER.match(folded, match.end)
        before = _CAPITAL_OF_BEFORE.search(folded, max(start, match.start - 20), match.start)
        if after is not None:  # "in Somalia's capital"
            head, tail = match.start, after.end()
        elif before is not None and not folded.startswith("'s", match.end):
            # "dans la capitale du Mali" ("the capital of Iraq's Kurdistan Region" is not
            # Iraq's)
            head, tail = before.start(), match.end
        else:
            continue
        if _LOCATIVE_BEFORE.search(folded, max(start, head - 20), head) is None:
            continue
        capital = places.capital(country.country_iso2 or "")
        if capital is not None:
            found.append(PlaceHit(head, tail, capital, False, False, False))
    return found


def _across_the_country(
    context: ArticleContext, fact: SentenceFacts, start: int, end: int
) -> list[PlaceHit]:
    # Every sentence with a place comes here: the words first (in the sentence, which holds
    # the span), the regex only when one is in.
    if not fact.words & _ACROSS_WORDS:
        return []
    across = _ACROSS_THE_COUNTRY.search(context.folded, start, end)
    if across is None:
        return []
    places, actors = context.lexicons.places, context.lexicons.actors
    folded = context.folded
    weapons = [(w.start, w.end) for w in fact.families.get(WEAPON, ())]
    codes = {
        places[m.entry.ref].country_iso2
        for m in fact.families.get(DEMONYM, ())
        if m.entry.ref in places
        # "62 Russian drones launched across the country", "des drones russes": the attacker's
        # nationality, not the country attacked
        and not any(
            0 <= w_start - m.end <= 15 or 0 <= m.start - w_end <= 2 for w_start, w_end in weapons
        )
    }
    for match in fact.families.get(PLACE, ()):  # "Ukraine's air force said ... across the country"
        key = match.entry.key
        if (
            key is not None
            and match.entry.hint
            and folded.startswith("'s", match.end)
            and any(p.feature_type == "country" for p in key.places)
        ):
            codes.add(match.entry.hint)
    for match in fact.families.get(ACTOR, ()):  # "l'armée de l'air ukrainienne"
        actor = actors.get(match.entry.ref)
        if actor is not None and actor.kind == "state_force":
            codes.add(actor.country_iso2)
    country = places.countries_by_code().get(codes.pop() or "") if len(codes) == 1 else None
    if country is None:
        return []
    return [PlaceHit(across.start(), across.end(), country, False, False, False)]


def last_site(hits: Sequence[PlaceHit]) -> Place | None:
    """The last site (or town) a sentence names, for a later "la base", "the air base"."""
    for hit in reversed(hits):
        if not hit.anaphor and (hit.place.feature_type in SITE_FEATURES or not is_area(hit.place)):
            return hit.place
    return None


# (0.25.0) A name the text gives as a division ("dans le secteur de Beni-Mbau", "in the X
# sector"): no town "la localité" may point back to, though a place the gazetteer lacks is
# kept as a town.
_NAMED_AS_DIVISION_BEFORE: Final = re.compile(
    r"\b(?:secteur|sector|territoire|territory|district|cercle|departement|department|"
    r"prefecture|county|province|region|zone|groupement|chefferie|commune|tehsil|woreda|lga|"
    r"township|canton)"
    r" (?:de la |de l'|du |des |de |d'|of (?:the )?)$"
)
_NAMED_AS_DIVISION_AFTER: Final = re.compile(
    r" (?:sector|territory|district|county|province|region|zone|tehsil|woreda|lga|township)\b"
)


# (0.33.0) Where a traveller was going ("on his way to Rawalpindi for a job interview", "en
# route pour Peshawar"): no town a later "the town", "the same station" points back to.
_DESTINATION: Final = re.compile(
    r"\b(?:way to|bound for|headed to|heading to|en route to|en route for|travelling to|"
    r"traveling to|en route pour|en route vers|a destination de|a destination d'|"
    r"en partance pour)\s*$"
)


def a_destination(folded: str, start: int) -> bool:
    """Whether the name at ``start`` is where someone was going (``_DESTINATION``)."""
    return _DESTINATION.search(folded, max(0, start - 24), start) is not None


def last_town(hits: Sequence[PlaceHit], folded: str = "") -> Place | None:
    """The last town a sentence names, for a later "la ville", "the town" (``folded``: the
    article's folded text, to pass over a name given as a division or a destination)."""
    for hit in reversed(hits):
        if hit.place.feature_type not in SETTLEMENT_FEATURES:
            continue
        if folded and (
            a_destination(folded, hit.start)
            or _NAMED_AS_DIVISION_BEFORE.search(folded, max(0, hit.start - 20), hit.start)
            or _NAMED_AS_DIVISION_AFTER.match(folded, hit.end)
            or _CITY_PART_END.search(folded, hit.start, hit.end)  # "Dniprovskyi district"
        ):
            continue
        return hit.place
    return None


def with_site_anaphora(
    text: str,
    fact: SentenceFacts,
    hits: list[PlaceHit],
    site: tuple[int, Place] | None,
    index: int,
    town: bool = False,
) -> list[PlaceHit]:
    """Add "la base" / "the air base" as a hit on the last named site (within 3 sentences), or
    with ``town``, "la ville" / "the town" on the last named town (within 8 sentences: the town
    an article is about is named again further down)."""
    anaphora = fact.cue_spans.get("town_anaphora" if town else "site_anaphora", [])
    if not anaphora or site is None or index - site[0] > (_TOWN_REACH if town else 3):
        return hits
    added = list(hits)
    for start, end in anaphora:
        if inside(start, fact.discounted):
            continue
        if any(start < h.end and h.start <= end + 60 and not is_area(h.place) for h in hits):
            continue  # a name follows (or overlaps): "sur la base d'Aïn al-Assad"
        if _NAMED_AFTER.match(text, end) is not None:
            continue  # "the village of Duma", a name the gazetteer lacks: not the last village
        if any(h.end <= start and not is_area(h.place) for h in hits):
            continue  # "striking al-Harir ... to destroy the target": refers to the named site
        if any(h.end <= start <= h.end + 3 for h in hits):
            continue
        added.append(PlaceHit(start, end, site[1], anaphor=True, near=False, landmark=False))
        break
    added.sort(key=lambda h: h.start)
    return added


_TOWN_REACH: Final = 8  # sentences between a town named and "la ville", "the town"
# A name right after the place noun: "the village of Duma", "la localité de Tessit".
_NAMED_AFTER: Final = re.compile(r"\s+(?:of|de|d'|du)\s*(?:the\s+)?[A-ZÀ-ÖØ-Þ]")


def without_landmarks_and_sources(
    texts: tuple[str, str],
    hits: list[PlaceHit],
    spans: Mapping[str, Sequence[Span]],
    start: int,
    words: int = ALL_WORDS,
    sea_named: bool = False,
) -> list[PlaceHit]:
    """Drop places that only situate a named site ("Tower 22 ... non loin de la garnison
    d'Al-Tanf", up to the next comma) or the source ("selon un responsable du diocèse de Dori"),
    where the source speaks from, where the wounded were taken and where a group is based
    (``texts``: the text and its folding; ``words``: the sentence's word mask, which rules out
    the tests whose words it lacks; ``sea_named``: the article names a sea, so a town a distance
    at sea is measured from only situates a place on it)."""
    folded = texts[1]
    kept: list[PlaceHit] = []
    if not hits:
        return kept
    triggers = spans.get("trigger", [])
    landmark_until = -1
    # A source lead ("selon") can only be found before a place if one of its words is there.
    leads = contains_any(folded[start : max(h.start for h in hits)], _SOURCE_LEAD_WORDS)
    taken_to = -1  # where the last town the wounded were taken to ends
    # (0.18.0) where drones were shot down, in a sentence that tells no casualty or damage
    intercepted = (
        bool(words & _INTERCEPT_BIT)
        and not spans.get("casualty")
        and _MANY_PROJECTILES.search(folded, start, max(h.end for h in hits)) is not None
    )
    over_end = -1  # where the last place drones were shot down over ends
    visited = -1  # where the last place a visitor speaks from ends
    for hit in hits:
        if hit.start < landmark_until:
            continue
        if _a_language_spoken(folded, hit, start):
            continue  # "a man speaking in Hausa and Arabic", "un message en somali"
        if intercepted and (
            told_right_before(folded, hit, start, _OVER_WORDS, _OVER, 70)
            or (over_end != -1 and _LIST_SEPARATOR.fullmatch(folded, over_end, hit.start))
        ):
            over_end = hit.end  # "abattu 58 drones au-dessus des régions de X, Y et Z"
            continue
        if words & _VISIT_BIT and (
            _where_the_visitor_is(folded, hit, start)
            or (visited != -1 and folded.startswith(", ", visited) and hit.start == visited + 2)
        ):
            visited = hit.end  # (and its country after it: "in Kazan, Russia")
            continue
        if words & BURIAL_WORDS and _where_the_dead_are_mourned(folded, hits, hit, triggers, start):
            continue  # (0.23.0) "joined mourners in X for the funeral of 43 killed at Y"
        if _part_of_a_named_city(texts[0], folded, hits, hit):
            continue  # (0.28.0) "Kherson's Dniprovskyi district": a part of Kherson
        if _country_part_apposed(folded, kept, hit):
            continue  # (0.28.0) "dans la région de Gao, dans le nord du Mali": Gao's situation
        if hit.place.country_iso2 == SEA_COUNTRY and _shore_of_a_town(folded, hits, hit):
            continue  # "In Derbent, an ancient city on the Caspian Sea, gunmen attacked"
        if sea_named and _MILES_AT_SEA.search(folded, max(start, hit.start - 95), hit.start):
            continue  # "50 nautical miles southwest of the port of Aden": at sea, off the town
            # (in an article naming no sea, the attack is near the port: see the README)
        if (
            len(hits) > 1
            and words & _VICTIMS_HOME_BIT
            and _VICTIMS_HOME.search(folded, max(start, hit.start - 70), hit.start)
        ):
            continue  # "Deux frères, habitants de la colonie de X, ont été tués ... à Y"
        if words & _PROXIMITY_BIT and _landmark(folded, hits, hit, start):
            comma = folded.find(",", hit.end)
            landmark_until = comma if comma != -1 else len(folded)
            continue
        if leads and _told_by_source(folded, hit, triggers, start):
            continue
        if (
            _where_the_wounded_were_taken(folded, hit, start, words)
            or _where_the_wounded_died(folded, hit, start)
            or (taken_to != -1 and _LIST_SEPARATOR.fullmatch(folded, taken_to, hit.start))
        ):
            taken_to = hit.end  # "to hospitals in X, Y and Z": the list goes on
            continue  # (a strike on a hospital is still where it happened)
        if not _situated_elsewhere(texts, hits, hit, (spans, start), words):
            kept.append(hit)
    return kept


# (0.23.0) Where the dead are mourned or buried, when the sentence tells where they were
# killed after it ("Governor Zulum joined mourners in Zabarmari for the funeral of 43 farm
# workers killed at nearby Koshobe", "des obsèques ont eu lieu à X pour les 12 soldats tués à
# Y"); a funeral an attack struck ("a suicide bomber struck mourners at a funeral in X") has
# its attack word before the place, and stays the place. (Every match holds one of
# ``sentence_dates.BURIAL_WORDS``, the cheap test.)
_FUNERAL_AT: Final = re.compile(
    r"\b(?:mourners|funeral|funerals|burial|burials|buried|obseques|funerailles|inhumee?s?|"
    r"enterree?s?|inhumation|enterrement)\b[^.;:]{0,40}?\b(?:in|at|a|au|aux|dans)"
    r"(?: the| la| le| l')? ?$"
)


def _where_the_dead_are_mourned(
    folded: str, hits: Sequence[PlaceHit], hit: PlaceHit, triggers: Sequence[Span], start: int
) -> bool:
    """Whether the place is where a funeral or burial is held, the attack told later in the
    sentence at another place, and no attack word before the place."""
    if _FUNERAL_AT.search(folded, max(start, hit.start - 60), hit.start) is None:
        return False
    if any(start <= t < hit.start for t, _ in triggers):
        return False
    return any(other.start > hit.end and other.place.location_id != hit.place.location_id
               for other in hits)  # fmt: skip


# (0.18.0) The places over which an air defence shot down many drones or missiles ("a affirmé
# avoir détruit 58 drones ukrainiens au-dessus de huit régions, dont celles de X, Y et Z",
# "shot down 32 drones over the X and Y regions"): a tally of interceptions, no attack place,
# unless the sentence tells a casualty there. (One rocket intercepted over a town is still
# an event there, and so is one aircraft shot down over a province.)
_MANY_PROJECTILES: Final = re.compile(
    r"\b(?:\d+|dozens|dizaines|several|plusieurs|hundreds|centaines)(?: [a-z]+)? "
    r"(?:drones|missiles|roquettes|rockets|uavs)\b"
)
_INTERCEPT_WORDS: Final = ("abattu", "detruit", "intercept", "neutralis", "shot down", "downed",
                           "destroyed")  # fmt: skip
_INTERCEPT_BIT: Final = word_set(_INTERCEPT_WORDS)
_OVER_WORDS: Final = ("au dessus", "over")
_OVER: Final = re.compile(
    r"\b(?:" + "|".join(_OVER_WORDS) + r")\b[^.;:]{0,50}?"
    r"(?:\b(?:de la|de l'|du|des|de|the)\s|\bd'|\bover\s)$"
)


# (0.18.0) A language (``places.LANGUAGE_NAMES``) after "in"/"en" with a verb of speech or a
# message before, or another language beside it, says how someone spoke.
_LANGUAGE_IN: Final = re.compile(r"\b(?:in|en) $")
_SPEECH_BEFORE: Final = re.compile(
    r"\b(?:speak|spoke|spoken|talk|said|say|saying|wrote|written|writing|chant|shout|broadcast|"
    r"record|translat|message|statement|video|audio|recording|posted|parl|s'exprim|ecri|redig|"
    r"diffus|enregistr|communique|declar|enregistrement|traduit)"
)
_LANGUAGE_AFTER: Final = re.compile(r" (?:language|langue|(?:and|et|or|ou) ([a-z]+))\b")


def _a_language_spoken(folded: str, hit: PlaceHit, start: int) -> bool:
    """Whether a place's name is a language someone spoke or wrote in (``LANGUAGE_NAMES``):
    "speaking in Hausa and Arabic", "a statement in Somali", "s'exprimant en somali"."""
    if folded[hit.start : hit.end] not in LANGUAGE_NAMES:
        return False
    if _LANGUAGE_IN.search(folded, max(start, hit.start - 3), hit.start) is None:
        return False
    after = _LANGUAGE_AFTER.match(folded, hit.end)
    if after is not None and (after.group(1) is None or after.group(1) in LANGUAGE_NAMES):
        return True
    return _SPEECH_BEFORE.search(folded, max(start, hit.start - 80), hit.start) is not None


# A distance at sea from a town ("about 50 nautical miles southwest of the port of Aden", "à 70
# milles nautiques au sud-est d'Aden"): the town only situates a place at sea.
_MILES_AT_SEA: Final = re.compile(
    # (0.18.0: with the distance also told in kilometres, "68 nautical miles (125 kilometers)
    # southwest of", "68 milles nautiques (125 kilomètres) au sud-ouest de")
    r"\b(?:nautical miles?|milles? nautiques?)\b(?: \([^()]{0,30}\))?[^,.;:()]{0,45}$"
)
# Where the victims live, in apposition to them ("Deux frères, habitants de la colonie de X,
# ont été tués ... à Y", "two brothers, residents of the settlement of X, were shot dead in
# Y"): their home, not a place of the attack, when the sentence names another.
_VICTIMS_HOME: Final = re.compile(
    r", (?:[a-z'-]+ ){0,2}(?:habitants?|residents?|residentes?|originaires?|natifs?|natives?)"
    r"(?: [a-z'-]+){0,2} (?:de la |de l'|du |des |de |d'|of the |of |from the |from )"
    r"(?:(?:colonie|village|ville|localite|settlement|town|city|kibboutz|kibbutz|camp) "
    r"(?:de |d'|of )?)?$"
)
_VICTIMS_HOME_BIT: Final = word_set(("habitant", "resident", "originaire", "natif", "native"))
# What describes a town by the sea it lies on, between the two names ("Derbent, an ancient city
# on the Caspian Sea", "Hodeidah, a port on the Red Sea", "Sotchi, station balnéaire au bord de
# la mer Noire", "Tartous, ville portuaire sur la Méditerranée").
_SHORE_AFTER_TOWN: Final = re.compile(
    r",? (?:an? |une? |the |la |le |l')?(?:[\w'-]+ ){0,3}"
    r"(?:city|town|port|village|resort|ville|cite|localite|station balneaire)(?: [\w'-]+)?,? "
    r"(?:on|along|by|on the shores? of|on the coast of|au bord d[eu]|sur|en bordure d[eu]|"
    r"sur les rives d[eu]|sur la cote d[eu])(?: the| la| le| l')? ?"
)


def _shore_of_a_town(folded: str, hits: Sequence[PlaceHit], hit: PlaceHit) -> bool:
    """Whether the sea only tells where the town named right before it lies (see
    ``_SHORE_AFTER_TOWN``): no second place of the attack."""
    return any(
        other.end <= hit.start
        and other.place.feature_type in SETTLEMENT_FEATURES
        and _SHORE_AFTER_TOWN.fullmatch(folded, other.end, hit.start) is not None
        for other in hits
    )


# Where sirens sounded or an alert was raised ("intercepted over central Israel, triggering
# sirens in Tel Aviv and Jerusalem", "provoquant l'alerte à Tel-Aviv et à Jérusalem", "les
# sirènes ont retenti à X"): where people took cover, not where anything was hit.
_ALERT_WORDS: Final = ("siren", "alert", "sirene")
_ALERT_IN: Final = re.compile(
    r"\b(?:sirens?|air raid alerts?|alerts?|sirenes?|alertes?)(?: [a-z'-]+){0,3}? "
    r"(?:in|across|over|a|au|aux|dans|sur|en)(?: (?:the|la|le|l'|les))? ?"
    r"(?:[a-z'-]+(?: [a-z'-]+)? (?:and|et) (?:in |a |au )?)?$"
)
_ALERT_BIT: Final = word_set(_ALERT_WORDS)


def _situated_elsewhere(
    texts: tuple[str, str],
    hits: Sequence[PlaceHit],
    hit: PlaceHit,
    read: tuple[Mapping[str, Sequence[Span]], int],
    words: int,
) -> bool:
    """Whether the place is where the source or the speaker is, where people come from, fled or
    went, where help came from or a source was reached, where travellers were heading, where a
    war is fought, a broadcaster's name, a time zone or a group's home (``read``: the sentence's
    cue spans and start; each test runs only when its words are in ``words``; where the wounded
    were taken the caller reads, following a list of such towns)."""
    text, folded = texts
    spans, start = read
    if words & _SOURCE_PLACE_BIT and _where_the_source_speaks(folded, hit, start):
        return True
    if words & _SPEAKER_BIT and _in_the_speakers_title(
        folded, hit, spans.get("trigger", []), start
    ):
        return True
    if (
        (words & _SPEECH_BIT and _where_the_speaker_speaks(folded, hit, spans, start))
        or (words & _ORIGIN_BIT and _where_people_come_from(folded, hit, start))
        or (
            words & _ACTIVE_BIT
            and told_right_before(folded, hit, start, _ACTIVE_WORDS, _ACTIVE_IN, 30)
        )
        or _ADMINISTRATION_AFTER.match(folded, hit.end) is not None
    ) and any(other is not hit and other.place is not hit.place for other in hits):
        return True
    if (words & (_FLED_BIT | _SURVIVOR_BIT) and _where_people_fled(folded, hit, start)) or (
        words & _WENT_OFF_BIT and _where_they_went_off_to(folded, hit, start)
    ):
        return True
    if words & _FAR_BIT and told_right_before(folded, hit, start, _FAR_WORDS, _FAR_FROM, 20):
        return True  # (0.20.0) "loin du Sinaï", "far from the front line in X": not there
    if words & _NEWS_BIT and told_right_before(folded, hit, start, _NEWS_WORDS, _NEWS_REACHED, 70):
        return True  # (0.20.0) "news of the killings took two weeks to reach Maputo"
    if words & _ETHNIC_BIT and told_right_before(folded, hit, start, _ETHNIC, _ETHNIC_GROUP, 20):
        return True  # "ethnic Amhara civilians", "des civils d'ethnie Amhara": a people
    if words & _CAME_BIT and told_right_before(
        folded, hit, start, _CAME_WORDS, _ATTACKERS_CAME_BY, 110
    ):
        return True  # (0.26.0) "les assaillants, arrivés à moto par l'axe de X": their way in
    if (
        words & _ALERT_BIT
        and told_right_before(folded, hit, start, _ALERT_WORDS, _ALERT_IN, 45)
        and any(other.place is not hit.place and other.start < hit.start for other in hits)
    ):
        # "intercepted over central Israel, triggering sirens in Tel Aviv": where people took
        # cover; alone ("Sirens sounded in X ... one projectile fell in an open area") it is
        # all the text says of where
        return True
    if words & _WAR_BIT and told_right_before(folded, hit, start, _WAR_WORDS, _WAR_IN, 50):
        return True  # "a response to Israel's war in Gaza", "la guerre menée par X à Gaza"
    if (
        words & _REINFORCEMENT_BIT
        and told_right_before(folded, hit, start, _REINFORCEMENT_WORDS, _REINFORCEMENTS_FROM, 45)
    ) or (
        words & _REACHED_BIT and told_right_before(folded, hit, start, _REACHED_WORDS, _REACHED_AT)
    ):
        # "repoussés par des renforts venus de Port-au-Prince": where help came from; "le
        # chercheur Ibrahima Koné, joint à Bamako": where a source was reached
        return True
    if (
        (words & _HEADING_BIT and heading_to(folded, hit, start))
        or (words & _BORDER_BIT and _across_a_border(folded, hit, start))
        or (
            words & _ARRESTED_BIT
            and told_right_before(folded, hit, start, _ARRESTED_WORDS, _ARRESTED_IN, 70)
        )
    ) and any(other is not hit and other.place is not hit.place for other in hits):
        return True
    if words & _MEDIUM_BIT and _broadcaster(folded, hit, start):
        return True  # "la chaîne de télévision de l'armée, Myawaddy": a broadcaster's name
    return _time_zone(folded, hit, start) or _home_of_a_group(text, folded, hit, start)


_DESCRIBING_AREAS: Final[frozenset[str]] = PROVINCE_FEATURES | {"admin2"}

# (0.20.0) "far from X", "loin du X": where the attack was not.
_FAR_FROM: Final = re.compile(
    # (0.27.0: not after "not", "non": "not far from X", "non loin de X" put it near X)
    r"(?<!\bnot )(?<!\bnon )"
    r"\b(?:far from|far away from|well away from|loin de|loin du|loin des|loin d')\s*"
    r"(?:the |la |le |l'|les )?$"
)
_FAR_WORDS: Final = ("far from", "far away from", "well away from", "loin d")
# (0.20.0) Where news of an attack arrived ("news of the killings took two weeks to reach X",
# "la nouvelle n'est parvenue à X que mardi"): not where it happened.
_NEWS_REACHED: Final = re.compile(
    r"\b(?:news|word|reports|nouvelles?|informations)\b[^.;:]{0,50}?\b(?:to reach|reached|"
    r"reaching|parvenir a|parvenue?s? a|arrivee?s? a|arrivees? jusqu'a)(?: the| la| le| l')? ?$"
)
_NEWS_WORDS: Final = ("news", "word", "reports", "nouvelle", "informations")

# (0.20.0) The neighbour across a border from where it happened: "in the Eshkol region near the
# Gaza border", "south of Erbil, near the boundary with Nineveh province", "près de la frontière
# avec le Chihuahua", "une localité frontalière du Niger". Beside another place it only situates
# that one; named alone it stays the place (the attack was near it).
_BORDER_WITH: Final = re.compile(
    r"\b(?:border|borders|boundary|frontier|frontiere|frontieres|limite) (?:with|avec) "
    r"(?:the |la |le |l'|les )?$|\bfrontaliere?s? (?:de la |de l'|du |des |de |d')"
    # (0.23.0) its territory ("frontalière du territoire ukrainien", "bordering Ukrainian
    # territory")
    r"(?:territoire |sol )?$|\bbordering (?:the )?$"
)
_BORDER_AFTER: Final = re.compile(r" (?:state |province |region )?(?:border|boundary|frontier)\b")
# (one is in every _BORDER_WITH match: "border" is in "bordering")
_BORDER_WORDS: Final = ("border", "boundary", "frontier", "frontiere", "frontalier", "limite")


def _across_a_border(folded: str, hit: PlaceHit, start: int) -> bool:
    """Whether the place is named as the other side of a border ("near the border with X",
    "near the X border", "près de la frontière avec X")."""
    if _BORDER_AFTER.match(folded, hit.end) is not None:
        return True
    if not told_right_before(folded, hit, start, _BORDER_WORDS, _BORDER_WITH, 30):
        return False
    # (0.26.0) not the places a plural noun lists as border ones ("les localités frontalières
    # d'X et de Y"): those are the places struck
    listed = PLURAL_TYPED.search(folded, max(start, hit.start - 60), hit.start)
    return listed is None or listed.end() != hit.start


# A city district after its city's possessive ("Kherson's Dniprovskyi district", "the X
# neighbourhood"): the noun after the name.
_CITY_PART_NOUN: Final = r" (?:district|raion|neighbou?rhood|quarter)"
_CITY_PART_AFTER: Final = re.compile(_CITY_PART_NOUN + r"\b")
_CITY_PART_END: Final = re.compile(_CITY_PART_NOUN + "$")


# A part of a country in apposition right after a place: ", in northern Mali", ", dans le nord
# du Mali", ", in the north of the country".
_APPOSED_PART: Final = re.compile(r",\s(?:in|dans)\s(?:the\s|le\s|la\s|l')?$")


def _country_part_apposed(folded: str, kept: Sequence[PlaceHit], hit: PlaceHit) -> bool:
    """Whether a loose region of a country ("northern Mali", "le nord du Mali") stands in
    apposition right after a place of that country kept before it: it situates that place,
    it is no second place ("in the Gao region, in northern Mali")."""
    if (
        hit.place.feature_type != "region"
        or hit.place.parent_id != (hit.place.country_iso2 or "").lower()
    ):
        return False
    return any(
        other.place.country_iso2 == hit.place.country_iso2
        and other.place.feature_type != "country"
        and other.end < hit.start
        and _APPOSED_PART.search(folded, other.end, hit.start) is not None
        and hit.start - other.end <= 16
        for other in kept
    )


def _part_of_a_named_city(text: str, folded: str, hits: Sequence[PlaceHit], hit: PlaceHit) -> bool:
    """Whether the place is a district of the town named in the possessive right before it
    ("Kherson's Dniprovskyi district") that the gazetteer puts in another province (it knows
    the name as another town's district): a part of that town, not a place of its own. A
    district the gazetteer puts in the town's province is the finer place."""
    if (
        _CITY_PART_AFTER.match(folded, hit.end) is None
        and _CITY_PART_END.search(folded, hit.start, hit.end) is None
    ):
        return False
    return any(
        other.end < hit.start
        and other.place.feature_type in SETTLEMENT_FEATURES
        and text[other.end : hit.start] in {"'s ", "’s "}
        and other.place.admin1 != hit.place.admin1  # (the city's own district is finer)
        for other in hits
    )


def _landmark(folded: str, hits: Sequence[PlaceHit], hit: PlaceHit, start: int) -> bool:
    """A landmark: no area, after "non loin de"/"near" (within 40 characters), with a site
    named before it and no "and"/"et" in between."""
    before = folded[max(start, hit.start - 50) : hit.start]
    if is_area(hit.place) or not contains_any(before, _PROXIMITY_WORDS):
        return False
    site = next(
        (
            other
            for other in reversed(hits)
            if other.end <= hit.start
            and (
                other.place.feature_type in SITE_FEATURES
                or (
                    # (an area is no site to situate: "la réserve du Niassa, près de Mecula"
                    # is at Mecula, in Niassa province)
                    other.place.feature_type not in PROVINCE_FEATURES
                    and _NEAR_AFTER_COMMA.fullmatch(folded, other.end, hit.start) is not None
                )
            )
        ),
        None,
    )
    return (
        site is not None
        and _PROXIMITY.search(before) is not None
        and _CONJUNCTION.search(folded[site.end : hit.start]) is None
    )


def _told_by_source(folded: str, hit: PlaceHit, triggers: Sequence[Span], start: int) -> bool:
    """A place (no site) in the source's description: after "selon", "according to" (within 45
    characters) with no attack word in between."""
    lead = None
    for match in _SOURCE_LEAD.finditer(folded, max(start, hit.start - 45), hit.start):
        lead = match
    unsupported = lead is not None and not any(lead.end() <= t < hit.start for t, _ in triggers)
    return unsupported and hit.place.feature_type not in SITE_FEATURES


def _broadcaster(folded: str, hit: PlaceHit, start: int) -> bool:
    """ "la chaîne de télévision de l'armée, Myawaddy": the name of a broadcaster."""
    low = max(start, hit.start - 50)
    if not contains_any(folded[low : hit.start], _MEDIUM_WORDS):
        return False
    return _MEDIUM_BEFORE.search(folded, low, hit.start) is not None


def _where_the_source_speaks(folded: str, hit: PlaceHit, start: int) -> bool:
    """ "ont indiqué des sources concordantes à Niamey", "a security source in Mogadishu said":
    where the source speaks from, not where it happened."""
    low = max(start, hit.start - 40)
    if not contains_any(folded[low : hit.start], _SOURCE_PLACE_WORDS):
        return False
    return _SOURCE_PLACE.search(folded, low, hit.start) is not None


# Witnesses named by where they live or trade ("un commerçant de Téra", "a resident of X").
_WITNESS_NOUNS: Final = (
    r"resident|witness|trader|shopkeeper|farmer|villager|habitant|temoin|commercant|"
    r"agriculteur|villageois|eleveur"
)
# "a précisé le commandant de la police de Cali", "said the governor of Borno": a place in the
# title of the person a reporting verb quotes.
_SPEAKER_OF: Final = re.compile(
    r"\b(?:said|says|told|added|explained|confirmed|stated|recounted|a precise|a indique|"
    r"a declare|a affirme|a annonce|a ajoute|a explique|a confirme|a raconte|a temoigne|"
    r"ont indique|ont precise|ont declare|ont affirme|ont annonce|ont raconte|"
    r"attribuee? (?:aux? [a-z' ]+ )?par|blamed (?:on [a-z' ]+ )?by)\b"
    r"[^,.;:]{0,50}?\b(?:mayor|governor|commander|chief|head|"
    r"spokesman|spokesperson|spokeswoman|commissioner|prefect|maire|gouverneur|commandant|chef|"
    r"porte parole|prefet|directeur|director|administrateur|administrator|"
    # (0.30.0) an official or an officer ("a déclaré un haut responsable de la police de la
    # région de X", "said a senior police officer of the X region")
    r"official|officer|responsable|officier|police|" + _WITNESS_NOUNS + r")\b(?: [a-z']+){0,6} "
    # (0.17.0) a witness named by where they live or trade ("a raconté un commerçant de Téra
    # dont deux cousins figurent parmi les victimes", "said a resident of X")
    r"(?:of|de|du|des|d'|in|a|from)"
    r"(?: the| la| le| l')? ?$"
)
_SPEAKER_WORDS: Final = ("mayor", "governor", "command", "chief", "head", "spokes", "commissioner",
                         "prefe", "maire", "gouverneur", "chef", "porte parole", "direct",
                         "administr", "resident", "witness", "trader", "shopkeeper", "farmer",
                         "villager", "habitant", "temoin", "commercant", "agricult", "villageois",
                         "eleveur", "official", "officer", "responsable", "officier",
                         "police")  # fmt: skip


def _in_the_one_province_named(
    hits: Sequence[PlaceHit], unlisted: list[PlaceHit]
) -> list[PlaceHit]:
    """Places the gazetteer lacks put in no province, put in the one province of their country
    the sentence names ("near the town of Gashena in Ethiopia's Amhara region"), which then
    only situates them."""
    provinces = [h.place for h in hits if h.place.feature_type == "admin1"]
    if not provinces:
        return unlisted
    placed: list[PlaceHit] = []
    for hit in unlisted:
        place = hit.place
        same = [p for p in provinces if p.country_iso2 == place.country_iso2]
        if place.admin1 is None and len(same) == 1:
            inside = dataclasses.replace(place, admin1=same[0].admin1)
            placed.append(PlaceHit(hit.start, hit.end, inside, hit.anaphor, hit.near, hit.landmark))
        else:
            placed.append(hit)
    return placed


# A military site before its name ("notre base de Zer Tepe", "le poste de X", "the X camp").
_SITE_NOUN_BEFORE: Final = re.compile(
    r"\b(?:base|poste|camp|garnison|garrison|outpost|position|detachement|detachment)"
    r"(?: militaire| avancee?| military| army)? (?:de |d'|du |of )?$"
)
# (a few words may come between: "the Zobe junction truck bombing in Mogadishu")
_AT_THE_TOWN: Final = re.compile(
    r"(?: [a-z]+){0,3},? (?:a|in|at) ?$"
)  # (not "près de": only near it)
_SITE_NOUN_AFTER: Final = re.compile(
    r" (?:police station|junction|camp|base|checkpoint|army post|outpost|oilfield|oil field|"
    r"gas field)\b"
)


def a_site_at_a_named_town(folded: str, unlisted: PlaceHit, hits: Sequence[PlaceHit]) -> bool:
    """Whether a site the gazetteer lacks is told at a town it has ("notre base de Zer Tepe à
    Cukurca", "the Saddar police station in Lakki Marwat", "the Ramot junction in Jerusalem"):
    the town is where it happened, the one place with a point."""
    if unlisted.place.listed:
        return False
    anchor = unlisted.end
    after = _SITE_NOUN_AFTER.match(folded, anchor)
    if after is not None:  # "the Saddar police station in Lakki Marwat", "the X junction in Y"
        anchor = after.end()
    elif _SITE_NOUN_BEFORE.search(folded, max(0, unlisted.start - 30), unlisted.start) is None:
        return False
    return any(
        h.place.listed
        and h.place.feature_type in SETTLEMENT_FEATURES
        and 0 < h.start - anchor <= 30
        and _AT_THE_TOWN.fullmatch(folded, anchor, h.start) is not None
        for h in hits
    )


def _without_areas_describing(
    folded: str, hits: list[PlaceHit], unlisted: Sequence[PlaceHit]
) -> list[PlaceHit]:
    """The hits, less the provinces of its country named after the one place the gazetteer
    lacks when the sentence names only areas: they describe where it lies ("près de Mutaibija,
    une zone désertique à la lisière des provinces de Salaheddine et de Diyala"), they are no
    second place; (0.29.0) nor is a lake, a sea or another area across borders named after it
    ("à Barkaram, sur une île du lac Tchad")."""
    if len(unlisted) != 1 or unlisted[0].place.listed or not hits:
        return hits
    place = unlisted[0]
    if not all(
        (
            h.place.feature_type == "country"  # "Au Tchad, ... à X, sur une île du lac Tchad"
            and h.place.country_iso2 == place.place.country_iso2
        )
        or (
            h.start > place.end
            and (
                h.place.country_iso2 == SEA_COUNTRY
                or (
                    (
                        h.place.feature_type in _DESCRIBING_AREAS
                        or DIVISION_AFTER_NAME.match(folded, h.end)
                        is not None  # "of Niono district"
                    )
                    and h.place.country_iso2 == place.place.country_iso2
                )
            )
        )
        for h in hits
    ):
        return hits
    return []


# Where reinforcements came from ("des renforts venus de X", "reinforcements sent from X",
# "troops dispatched from X"): not where the attack was, even named alone.
_REINFORCEMENTS_FROM: Final = re.compile(
    r"\b(?:renforts?|reinforcements?|troops|soldiers|troupes|soldats|helicopters?|"
    r"helicopteres?)(?: [a-z']+){0,2} (?:venus?|envoyes?|depeches?|arrives?|sent|dispatched|"
    r"flown in|deployed|deployes?|achemines?) (?:de|d'|du|depuis|from)(?: la| le| l'| the)? ?$"
)
_REINFORCEMENT_WORDS: Final = ("renfort", "reinforcement", "troop", "troupe", "soldier", "soldat",
                               "helicopter")  # fmt: skip

# (0.26.0) The way the attackers came ("les assaillants, arrivés à moto par l'axe de Yalgo",
# "the gunmen, who came on motorbikes from the direction of X", "des hommes armés venus du
# Niger"): where they came from or through, not where they struck, even named alone.
_ATTACKERS_CAME_BY: Final = re.compile(
    r"\b(?:assaillants?|attaquants?|terroristes?|(?:d?j|dj)ihadistes?|insurges?|hommes armes|"
    r"assailants?|attackers?|gunmen|militants|fighters|insurgents|raiders|bandits)"
    r"(?:,? (?:qui|who)(?: (?:etaient|sont|avaient|had|were))?|,)? "
    r"(?:arrivee?s?|arrivant|venue?s?|venant|descendus|surgis|came|arrived|arriving|coming|"
    r"rode in|had come)"
    r"(?: (?!under\b|sous\b)[a-z'-]+){0,6}? "
    r"(?:de|d'|du|des|depuis|par|from|via|through)(?: la| le| l'| les| the)?"
    r"(?: ?(?:axe|route|piste|direction|road|side|cote)(?: de| d'| du| des| of(?: the)?)?)? ?$"
)
_CAME_WORDS: Final = ("arriv", "venu", "venant", "descendus", "surgis", "came", "coming",
                      "rode in", "had come")  # fmt: skip


# Where a source was reached ("joint à Bamako", "contacted in Nairobi", "interrogé par
# téléphone à Goma", "speaking from Kabul", "jointe par RFI à N'Djamena"): no attack place,
# even named alone.
_REACHED_AT: Final = re.compile(
    r"\b(?:joint|jointe|joints|contacte|contactee|interroge|interrogee|reached|contacted|"
    r"interviewed|speaking by phone|speaking by telephone)"
    # (0.23.0) by whom and how: "jointe par RFI à N'Djamena", "joint par téléphone par l'AFP
    # à Bamako", "reached by Reuters in Maiduguri", "contacted by phone by AFP in Goma"
    r"(?: (?:par|by) (?:[a-z'.-]+ ){0,2}?[a-z'.-]+){0,2} "
    r"(?:a|au|in|at|from|depuis)(?: la| le| l')? ?$"
)
_REACHED_WORDS: Final = ("joint", "contacte", "interroge", "reached", "contacted", "interviewed",
                         "speaking by")  # fmt: skip


# (0.20.0) Where a suspect was arrested ("was arrested in the Brussels district of X", "was
# detained on Monday in X", "a été arrêté lundi à X", "interpellé à X"): where the police
# caught him, not where the attack was, when the sentence names another place. French needs
# the passive ("ont arrêté des bus à X" is gunmen stopping buses).
_ARRESTED_IN: Final = re.compile(
    r"\b(?:arrested|detained|apprehended|nabbed|taken into custody|"
    r"(?:a|ont|avait|avaient) ete (?:arretee?s?|apprehendee?s?)|interpellee?s?)"
    r"(?: (?:on |le |ce )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|yesterday|hier|later|plus tard)"
    r"(?: soir| matin| night| morning)?)? "
    r"(?:in|at|near|a|au|en|dans|pres de)(?: the| la| le| l'| les)? ?"
    r"(?:[a-z]+ (?:district|quarter|neighbourhood|neighborhood|suburb|city|town|village) of )?$"
)
_ARRESTED_WORDS: Final = (
    "arrest",
    "arrete",
    "detain",
    "apprehend",
    "nabbed",
    "custody",
    "interpell",
)


# An administration named after its area ("the Kyiv regional administration said", "the
# Odesa city council", "l'administration régionale de X" is a title the rules read): the
# area it speaks for, not where the attack was, when the sentence names another place.
_ADMINISTRATION_AFTER: Final = re.compile(
    r"(?: (?:regional|city|oblast|provincial|district|military|state|county|municipal))+ "
    r"(?:administration|council|authorities|government|governor|police)\b"
    # Ukraine's regional and city military administrations by their acronyms ("the head of the
    # Dnipropetrovsk RMA", "Kharkiv OVA", "la MVA de Kherson" is read by the noun before it)
    r"| (?:rma|ova|mva|cma)\b"
    # (0.30.0) a town's or a district's police speaking ("Bastar police said", "Kabul police
    # spokesman")
    r"| police (?:said|says|told|chief|spokes(?:man|person|woman)|officials?|officers?|"
    r"commissioner)\b"
)


def _in_the_speakers_title(
    folded: str, hit: PlaceHit, triggers: Sequence[Span], start: int
) -> bool:
    """ "a précisé le commandant de la police de Cali": where the speaker holds office (no
    attack word between the reporting verb and the place)."""
    window_start = max(start, hit.start - 90)
    if not contains_any(folded[window_start : hit.start], _SPEAKER_WORDS):
        return False
    if (
        _WITNESS_OF.search(folded, max(start, hit.start - 30), hit.start) is not None
        and _SPOKE_AFTER.match(folded, hit.end) is not None
    ):
        return True  # "a resident of Tera told AFP", "un habitant de Téra a raconté"
    if (
        _OFFICIAL_OF.search(folded, max(start, hit.start - 50), hit.start) is not None
        and _SPOKE_AFTER.match(folded, _past_an_area_noun(folded, hit.end)) is not None
    ):
        return True  # (0.30.0) "a police officer in X said", "un officier de la région de X a dit"
    match = _SPEAKER_OF.search(folded, window_start, hit.start)
    return match is not None and not any(match.start() <= t < hit.start for t, _ in triggers)


# A witness named by where they live or trade, then what they told ("a resident of X told AFP",
# "un habitant de X a raconté").
_WITNESS_OF: Final = re.compile(
    r"\b(?:" + _WITNESS_NOUNS + r")s? (?:of|from|in|de|du|d')(?: the| la| le| l')? ?$"
)
# (0.30.0) An official or an officer named by where they serve, then what they told ("a senior
# police officer of the X region said", "a police official in X told AFP", "un responsable de
# la police de X a déclaré").
_OFFICIAL_OF: Final = re.compile(
    r"\b(?:officials?|officers?|chief|commander|spokes(?:man|person|woman)|responsables?|"
    r"officiers?|commandant|chef|porte parole)(?: [a-z']+){0,3} (?:of|from|in|de|du|d'|a)"
    r"(?: the| la| le| l')? ?$"
)
_AREA_NOUN_AFTER: Final = re.compile(r" (?:region|district|province|state|county|division|area)\b")


def _past_an_area_noun(folded: str, end: int) -> int:
    """Where the text goes on after a place name, past an area noun that follows it ("the X
    region said": after "region")."""
    noun = _AREA_NOUN_AFTER.match(folded, end)
    return end if noun is None else noun.end()


_SPOKE_AFTER: Final = re.compile(
    r"(?:,[^,.;:]{0,40},)? (?:told|said|says|recounted|a raconte|a declare|a dit|a confie|"
    r"a temoigne|raconte|temoigne|a explique)\b"
)


# "the minister said in Erbil", "told reporters in Erbil", "speaking at a ceremony in Erbil",
# "addressing a conference in Kyiv", "s'adressant à la presse à Kyiv",
# "a déclaré lundi le ministre à Erbil", "lors d'une conférence de presse à Erbil": where a
# statement was made.
_SPEECH_PLACE: Final = re.compile(
    r"\b(?:said|says|told (?:reporters|journalists|the press|a news conference|a press "
    r"conference)|speaking|addressing|s'adressant|a declare|ont declare|declare|"
    r"a indique|ont indique|a affirme|ont affirme|a annonce|ont annonce|a precise|ont precise|"
    r"s'exprimant|"
    # (0.20.0) presenting a toll ("le Premier ministre a présenté hier à Alger le bilan",
    # "presented the toll in X")
    r"a presente|ont presente|presented|a dresse|briefed)"
    r"\b[^,.;:]{0,60}?\b(?:in|at|a|depuis)(?: the| la| le| l')? ?$"
)
_SPEECH_WORDS: Final = ("said", "says", "told", "speaking", "addressing", "adressant", "declare",
                        "indique", "affirme", "annonce", "precise", "exprimant", "presente",
                        "presented", "dresse", "briefed")  # fmt: skip


def _where_the_speaker_speaks(
    folded: str, hit: PlaceHit, spans: Mapping[str, Sequence[Span]], start: int
) -> bool:
    """ "Gunmen killed five soldiers in Hit, the minister said in Erbil": the place a reporting
    verb situates (no attack or casualty word between them) is where the statement was made.
    The caller drops it only when the sentence names another place."""
    window_start = max(start, hit.start - 90)
    if not contains_any(folded[window_start : hit.start], _SPEECH_WORDS):
        return False
    match = _SPEECH_PLACE.search(folded, window_start, hit.start)
    if match is None:
        return False
    return not any(
        match.start() <= cue < hit.start
        for kind in ("trigger", "casualty")
        for cue, _ in spans.get(kind, ())
    )


# "En visite à Paris, le président a dénoncé", "speaking on the sidelines of the BRICS summit
# in Kazan", "during a visit to Ankara", "en marge du sommet de l'Otan à Vilnius": where a
# visitor speaks, away from the attack (whatever other place the sentence names).
_VISIT_PLACE: Final = re.compile(
    r"\b(?:en visite(?: officielle)? (?:a|au|aux|en)|en deplacement (?:a|au|aux|en)|"
    r"lors d'une visite(?: officielle)? (?:a|au|aux|en)|"
    r"(?:during|on) (?:a|an|his|her|their) (?:official |state |working )?visit to|"
    # (0.30.0) any visit told with its determiner ("coincided with a visit to Kabul by the
    # envoy", "avec la visite à Kaboul de l'envoyé spécial")
    r"\b(?:a|an|the|his|her|their) (?:official |state |working |surprise )?visit to|"
    r"\b(?:la|une|sa|leur) visite(?: officielle| surprise)? (?:a|au|aux|en)|"
    r"on the sidelines of\b[^,.;:]{0,50}?\b(?:in|at)|"
    r"en marge d(?:u|e la|e l'|es)\b[^,.;:]{0,50}?\b(?:a|au|en)|"
    # (0.18.0) a summit or a conference the speaker attends ("qui participait au sommet des
    # Brics à Kazan", "who was attending a summit in X", "at a news conference in X"; not a
    # meeting or a rally, where attacks happen)
    r"(?:sommet|summit|conference|forum)\b[^,.;:]{0,40}?\b(?:in|at|a|au|en)|"
    # (0.19.0) where a speaker speaks from ("Erdogan, speaking in the Russian city of Kazan,
    # condemned the attack", "s'exprimant depuis Kazan"): never the attack's place
    r"\bspeaking (?:from|in|at)|\bs'exprimant (?:depuis|a|au|en)|"
    # where a reporter met or reached a witness ("un déplacé rencontré à Bule", "a survivor
    # interviewed in X", "joint par téléphone à X")
    r"\b(?:rencontree?s?|interrogee?s?|jointe?s?(?: par telephone)?|met|interviewed|"
    r"reached(?: by (?:tele)?phone)?) (?:a|au|en|in|at)|"
    # where delegations meet or talk, and where a government sits ("hours before delegations
    # were due to meet in Saudi Arabia", "avant des pourparlers ... en Arabie saoudite", "le
    # ministère de la Santé du gouvernement installé à Tripoli", "the government based in X")
    r"\b(?:due|set|scheduled|expected|were|was) to meet\b[^,.;:]{0,30}?\b(?:in|at)|"
    r"\b(?:talks|peace talks|negotiations|pourparlers|negociations)\b[^,.;:]{0,50}?"
    r"\b(?:in|at|a|au|en)|"
    r"\b(?:gouvernement|government|executif|executive)s? (?:installe|etabli|base|siegeant|"
    r"based|seated|sitting) (?:a|au|en|in))"
    r"(?: the| la| le| l')? ?(?:(?:[a-z]+ )?(?:city|town|capital) of |"
    r"(?:ville|capitale|cite)(?: [a-z]+)? (?:de |d'))?$"
)
_VISIT_WORDS: Final = ("visit", "deplacement", "sidelines", "en marge", "sommet", "summit",
                       "conference", "forum", "speaking", "exprimant", "rencontr", "interroge",
                       "joint", "met ", "interviewed", "reached", "meet", "talks",
                       "negotiations", "pourparlers", "negociations", "gouvernement",
                       "government", "executi")  # fmt: skip


def _where_the_visitor_is(folded: str, hit: PlaceHit, start: int) -> bool:
    """Whether the place is where a visitor speaks from (``_VISIT_PLACE``), not the attack's."""
    return told_right_before(folded, hit, start, _VISIT_WORDS, _VISIT_PLACE, 80)


# "un ouvrier originaire du Bihar", "natifs de la région de X", "a labourer hailing from X",
# "natives of X": where the people come from.
_ORIGIN: Final = re.compile(
    r"\b(?:originaires?|natifs?|natives?|hailing|native|natives)\s+(?:de |du |des |d'|of |from )"
    r"(?:la |le |l'|the )?(?:(?:region|province|state|etat|district|ville|town|city|zone|area|"
    r"village|localite|commune|quartier|neighbou?rhood|camp) "
    r"(?:de |du |d'|of )?)?$"
)
_ORIGIN_WORDS: Final = ("originaire", "natif", "native", "hailing")


def _where_people_come_from(folded: str, hit: PlaceHit, start: int) -> bool:
    """ "Un ouvrier originaire du Bihar a été abattu à Shopian": where the victims come from.
    The caller drops it only when the sentence names another place."""
    return told_right_before(folded, hit, start, _ORIGIN_WORDS, _ORIGIN)


# "a resident who fled to Ouagadougou", "des habitants ont fui vers Macomia", "réfugiés à
# Djibo": where people fled to, not where the attack was.
_FLED_TO: Final = re.compile(
    r"\b(?:fled|fleeing|flee|flees|escaped|took refuge|sought refuge|fui|fuyant|fuient|fuir|"
    r"refugies?|refugiees?|trouve refuge)\s+(?:(?:with|avec)\s+[^,.;]{0,50}?\s+)?"
    r"(?:to|towards|toward|into|in|vers|a|au|en|"
    r"jusqu'a|dans)\s+(?:the |la |le |l'|la ville de |the town of |the city of )?$"
)
_FLED_WORDS: Final = ("fle", "escaped", "refuge", "refugi", "fui", "fuy", "fuir")
# A people named after its land: "ethnic Amhara civilians", "des civils d'ethnie Amhara".
_ETHNIC_GROUP: Final = re.compile(r"\b(?:ethnic|ethnie|d'ethnie|l'ethnie)\s+$")
# "a response to Israel's war in Gaza", "la guerre menée par Israël à Gaza", "the conflict in
# Sudan": where a war is fought, not where the attack told happened.
_WAR_IN: Final = re.compile(
    r"\b(?:war|wars|guerre|guerres|conflict|conflit)(?: [a-z'-]+){0,3}? "
    r"(?:in|on|a|au|aux|en|dans)(?: the| la| le| l'| les)? ?$"
)
_WAR_WORDS: Final = ("war", "guerre", "conflict", "conflit")


def _where_people_fled(folded: str, hit: PlaceHit, start: int) -> bool:
    """Where people fled to ("a resident who fled to Ouagadougou", "ont fui vers Macomia",
    "took refuge with hundreds of villagers in X"), or where survivors arrived (0.19.0: "des
    rescapés arrivés à Dori", "survivors who reached X")."""
    return told_right_before(folded, hit, start, _FLED_WORDS, _FLED_TO, 100) or (
        told_right_before(folded, hit, start, _SURVIVOR_WORDS, _SURVIVORS_ARRIVED, 90)
    )


# (0.19.0) Survivors or displaced people arriving somewhere: where they went, not the attack's
# place ("selon des rescapés arrivés à Dori", "survivors who reached Dori told").
_SURVIVORS_ARRIVED: Final = re.compile(
    r"\b(?:rescapes?|rescapees?|survivants?|survivantes?|deplaces|deplacees|survivors?|"
    r"displaced (?:people|persons|residents|families|villagers)|fleeing (?:residents|villagers|"
    r"families))\b[^,.;:]{0,40}?\b(?:arrives?|arrivees?|arrived|arriving|reached|"
    r"ont rejoint|ayant rejoint|ont gagne|ayant gagne)\s+(?:(?:a|au|en|in|at|dans)\s+)?"
    r"(?:the |la |le |l')?$"
)
_SURVIVOR_WORDS: Final = ("rescape", "survivant", "deplace", "survivor", "displaced", "fleeing")


# "ont été acheminés vers Nouna puis Dédougou", "were taken to Kaya and then to Ouagadougou":
# a town the wounded were carried to, the verb right before it (or before a town of the chain).
_CARRIED_TO: Final = re.compile(
    r"\b(?:(?:evacue|evacuation|transporte|transfere|transfert|conduit|achemine|evacuated|taken|"
    r"rushed|transferred|ferried|"
    # (0.19.0) "the injured were shifted to X", as South Asian reports say it
    r"shifted|"
    # (0.23.0) "dozens of wounded soldiers were moved to the hospital in X"
    r"moved|"
    r"airlifted|brought|carried|flown)\w*(?: (?:by|par) (?:helicopter|helicoptere|air|avion|"
    r"road|la route|ambulance|voie aerienne|boat|bateau))?|flew (?:the )?(?:wounded|injured|"
    r"victims|casualties|survivors)) (?:to|towards|vers|a|au|sur)(?: the| l'| la| le)? ?"
    r"(?:[a-z'-]+(?: [a-z'-]+)? (?:puis|then|and then|et|and|avant d'etre \w+ (?:a|vers)) "
    r"(?:to |a |vers )?"
    # (0.31.0) or the town's title before its name ("were taken to the state capital,
    # Maiduguri", "transportés vers la capitale régionale, X")
    r"|(?:(?:state|regional|provincial|district) )?(?:capital|capitale|chef lieu|city|ville)"
    r"(?: (?:regionale|provinciale|de l'etat|of the state))?, )?$"
)


_HOSPITALISED_IN: Final = re.compile(
    r"\b(?:hospitali[sz]\w*|soigne\w*(?: depuis)?|(?:being |were |was )treated) "
    r"(?:a|au|in|at|dans)(?: the| l'| la| le)? ?$"
)
_HOSPITALISED_WORDS: Final = ("hospitali", "soigne", "treated")
# Between two names of one list: "X, Y and Z", "X, Y et Z", "de X et de Y", "in X and nearby Y".
_LIST_SEPARATOR: Final = re.compile(
    r",? (?:(?:and|et) )?(?:(?:nearby|neighbouring|neighboring|voisine?) )?(?:(?:de|du|in|at) |d')?"
)


# A relative clause after the place that says the wounded were taken or treated there ("à
# Kaya, le chef-lieu de la région du Centre-Nord, où ont été évacués la plupart des blessés",
# "in Kaya, where most of the wounded were taken").
_WOUNDED_TAKEN_THERE: Final = re.compile(
    r"(?:,[^,.;:]{0,60})?,? (?:ou|where)\b[^,.;:]{0,40}?\b(?:evacue|transporte|achemine|soigne|"
    r"hospitalise|admis|taken|evacuated|treated|hospitali[sz]ed|admitted|rushed|airlifted)"
)
_TAKEN_THERE_BIT: Final = word_set(("evacue", "transporte", "achemine", "soigne", "hospitali",
                                    "admis", "taken", "evacuated", "treated", "admitted",
                                    "rushed", "airlifted"))  # fmt: skip


def _where_the_wounded_were_taken(
    folded: str, hit: PlaceHit, start: int, words: int = ALL_WORDS
) -> bool:
    """ "évacués vers l'hôpital régional de Kaya", "treated at Baidoa regional hospital",
    "acheminés vers Nouna puis Dédougou": where the wounded were taken, not where they were
    hit (``words``: the sentence's word mask)."""
    low = max(start, hit.start - 45)
    if (
        words & _CARRIED_BIT
        and contains_any(folded[low : hit.start], _CARRIED_WORDS)
        and _CARRIED_TO.search(folded, low, hit.start) is not None
    ):
        return True
    if words & _TAKEN_THERE_BIT and _WOUNDED_TAKEN_THERE.match(folded, hit.end) is not None:
        return True  # "à Kaya, le chef-lieu de la région, où ont été évacués les blessés"
    if contains_any(folded[low : hit.start], _HOSPITALISED_WORDS) and _HOSPITALISED_IN.search(
        folded, low, hit.start
    ):
        return True  # "a été hospitalisée à Beyrouth", "soigné depuis à Kaya", "treated in X"
    if hit.place.feature_type in SITE_FEATURES and contains_any(
        fold_key(hit.place.name), _HOSPITAL_WORDS
    ):
        return _TAKEN_TO.search(folded, low, hit.start) is not None
    return (
        (
            bool(words & _HOSPITAL_BIT)
            and contains_any(folded[low : hit.start], _HOSPITAL_WORDS)
            and _HOSPITAL_BEFORE.search(folded, low, hit.start) is not None
        )
        or _HOSPITAL_AFTER.match(folded, hit.end) is not None
    ) and _TREATED.search(
        folded, max(start, hit.start - _TREATED_BEFORE), hit.end + 120
    ) is not None


# "une émanation du Jaish-e-Mohammed basé au Pakistan", "a group based in Syria", "the
# Pakistan-based group": where a group lives, not where it attacked.
_BASED_BEFORE: Final = re.compile(
    r"\b(?:basé|basée|basés|basées|based|headquartered|installée?s?|implantée?s?) "
    r"(?:au|aux|à|a|en|dans|in|at)(?: the| le| la| les| l'| l’)? ?$",
    re.IGNORECASE,
)
_BASED_AFTER: Final = re.compile(r" based\b")
# (0.26.0) Where a group is active ("a Fano militia group active in North Wollo said its
# fighters attacked government forces stationed in Lalibela", "un groupe actif dans la région
# de X"): where it operates, not where it struck, when the sentence names another place.
_ACTIVE_IN: Final = re.compile(
    r"\b(?:active|operating|actifs?|actives?|operant|opere|operent) "
    r"(?:mainly |mostly |surtout |principalement )?(?:in|across|dans|au|aux|en|a|sur)"
    r"(?: the| le| la| les| l')? ?$"
)
_ACTIVE_WORDS: Final = ("activ", "actif", "operat", "operant", "opere")
# (0.20.0) A group's branch or affiliate in a country ("the IS branch in Afghanistan", "its
# affiliate in Somalia", "sa branche au Sahel"): where the group is, not where it attacked.
_BRANCH_IN: Final = re.compile(
    r"\b(?:branch|branches|affiliate|affiliates|franchise|chapter|branche|filiale)"
    # (the French names the group between; "a branch of Kabul Bank in Kunduz" is a bank's)
    r"(?: (?:de|du|d')[a-z' -]{1,30})? (?:in|en|au|aux|for|pour)(?: the| la| le| l')? ?$"
)
_BRANCH_WORDS: Final = ("branch", "affiliate", "franchise", "chapter", "filiale")


def _home_of_a_group(text: str, folded: str, hit: PlaceHit, start: int) -> bool:
    """ "basé au Pakistan", "based in Syria", "Pakistan-based": a group's home, no attack place
    ("une base au Niger" is a base: the accent tells the participle, so the text is read)."""
    if _BASED_AFTER.match(folded, hit.end) is not None:
        return True
    if contains_any(folded[max(start, hit.start - 40) : hit.start], _BRANCH_WORDS) and (
        _BRANCH_IN.search(folded, max(start, hit.start - 40), hit.start) is not None
    ):
        return True  # (0.20.0) "the IS branch in Afghanistan": where the group is
    low = max(start, hit.start - 25)
    if "base" not in folded[low : hit.start] and "headquartered" not in folded[low : hit.start]:
        return False
    return _BASED_BEFORE.search(text, low, hit.start) is not None


def _time_zone(folded: str, hit: PlaceHit, start: int) -> bool:
    """ "(02h00 en Belgique)", "2 a.m. in Paris", "heure de Moscou", "Kyiv time": the place
    whose clock tells the time, not where it happened."""
    low = max(start, hit.start - 25)
    before = folded[low : hit.start]
    return (
        (
            _DIGIT.search(folded, low, hit.start) is not None
            and _CLOCK_IN_BEFORE.search(folded, low, hit.start) is not None
        )
        or ("heure" in before and _ZONE_BEFORE.search(folded, low, hit.start) is not None)
        or _ZONE_AFTER.match(folded, hit.end) is not None
    )


# A road named by its ends: the road word and what leads to its first end ("sur l'axe",
# "on the road between", "la route reliant", "the highway from"), or the road word after the
# pair ("the Gao-Ansongo road"); what joins the two ends.
_ROAD_LEAD: Final = re.compile(
    r"\b(?:between|entre) ?$|"
    rf"\b{ROAD_WORDS}s?(?: (?:principale?|main|national|nationale|strategique|strategic))?"
    r"(?: (?:n ?)?\d{1,3})?"  # "la route nationale 16", "highway N1"
    r"(?: (?:reliant|qui relie|linking|connecting|joining|between|entre|from|allant de|de|du|"
    r"d'))?(?: the| la| le| l'| les)?(?: (?:villes|localites|towns|cities|villages) (?:de|d'|of))?"
    r" ?$|"
    # (0.25.0) any link named by its ends ("a railway bridge linking Quetta with the rest of the
    # country", "le gazoduc reliant X à Y", "the power line connecting X to Y")
    r"\b(?:bridge|railway|railroad|rail line|line|pipeline|pont|voie ferree|ligne|gazoduc|"
    r"oleoduc)s?(?: [a-z]+)? (?:reliant|qui relie|linking|connecting|joining)"
    r"(?: the| la| le| l'| les)? ?$"
)
# One of these is in every match of _ROAD_LEAD ("autoroute" holds "route").
_ROAD_LEAD_WORDS: Final = (
    "between", "entre", "axe", "route", "road", "troncon", "tronçon", "highway", "corridor",
    "piste", "reliant", "relie", "linking", "connecting", "joining",
)  # fmt: skip
_ROAD_JOINT: Final = re.compile(r"\s*(?:-|et|and|a|to|,)?\s*")  # (a folded hyphen is a space)
_ROAD_AFTER: Final = re.compile(rf" {ROAD_WORDS}\b")
_ROAD_TAIL: Final = re.compile(
    rf"(?: [\w']+)? {ROAD_WORDS}\b"
)  # "the Kidal-Gao road", "the Kidal road"


def without_far_road_ends(folded: str, hits: Sequence[PlaceHit]) -> list[PlaceHit]:
    """A road named by its ends is one place, near its first end: "an ambush on the road
    between X and Y", "sur l'axe X-Y", "the X-Y road", "la route reliant X à Y" keep X, near
    (the attack was somewhere on the road), and drop Y; both go when the sentence names
    another place that is no area ("près de Surab, sur la route reliant Quetta à Karachi")."""
    kept: list[PlaceHit] = []
    road: list[PlaceHit] = []  # the kept first ends
    skipped: set[int] = set()  # the second ends
    for number, hit in enumerate(hits):
        if number in skipped:
            continue
        after = hits[number + 1] if number + 1 < len(hits) else None
        joined = (
            after is not None and _ROAD_JOINT.fullmatch(folded, hit.end, after.start) is not None
        )
        low = max(0, hit.start - 40)
        led = (
            contains_any(folded[low : hit.start], _ROAD_LEAD_WORDS)
            and _ROAD_LEAD.search(folded, low, hit.start) is not None
        ) or _ROAD_TAIL.match(folded, hit.end) is not None
        if joined and after is not None and (led or _ROAD_AFTER.match(folded, after.end)):
            skipped.add(number + 1)
            led = True
        if led:
            hit = PlaceHit(hit.start, hit.end, hit.place, hit.anaphor, True, hit.landmark)
            road.append(hit)
        kept.append(hit)
    if road and any(hit not in road and not is_area(hit.place) for hit in kept):
        # "près de Boni, sur la route qui relie Sévaré à Gao": the road only situates the
        # place named besides it.
        return [hit for hit in kept if hit not in road]
    return kept


# After the town of a dateline: an agency in brackets, then a comma (a date follows) or a dash
# ("Bukavu, 27 février 2025 -", "KIDAL (Reuters) -", "Goma - ").
_DATELINE_AFTER: Final = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:,|[-\u2013\u2014])")


def dateline_place(context: ArticleContext, fact: SentenceFacts) -> PlaceHit | None:
    """The town of a dispatch's dateline, at the head of its first line ("Bukavu, 27 février
    2025 - Le bilan de l'attentat ... s'est alourdi"): where the dispatch was written, so the
    place of an attack its sentence tells without naming any other place."""
    if not fact.sentence.line_start:
        return None
    start = fact.sentence.start
    for match in fact.families.get(PLACE, ()):
        key = match.entry.key
        if match.start != start or key is None:
            continue
        if _DATELINE_AFTER.match(context.text, match.end) is None:
            return None
        towns = [p for p in key.places if p.feature_type in SETTLEMENT_FEATURES]
        if not towns or not context.text[start : start + 1].isupper():
            return None
        place = choose_entry(towns, context.folded, start, match.end, context.hinted, key.named)
        if _another_country_told(context, fact, match.end, place.country_iso2):
            return None  # (0.32.0) a correspondent's hub abroad ("DUBAI (AP) - U.S. airstrikes
            # on a fuel port held by Yemen's Houthis killed 74"): written there, not struck
        return PlaceHit(start, match.end, place, False, False, False)
    return None


_DATELINE_DASH: Final = re.compile(r"[-\u2013\u2014]")


def _another_country_told(
    context: ArticleContext, fact: SentenceFacts, town_end: int, country: str | None
) -> bool:
    """(0.32.0) Whether the sentence past its dateline ("DUBAI, United Arab Emirates (AP) -")
    names countries, by name or nationality, none of them the dateline town's."""
    dash = _DATELINE_DASH.search(context.text, town_end, min(fact.sentence.end, town_end + 80))
    head_end = dash.end() if dash is not None else town_end
    told = {
        m.entry.hint
        for family in (PLACE, DEMONYM)
        for m in fact.families.get(family, ())
        if m.start >= head_end and m.entry.hint
    }
    actors = context.lexicons.actors
    for match in fact.families.get(ACTOR, ()):  # "douze soldats maliens", "Somali soldiers"
        actor = actors.get(match.entry.ref)
        if match.start >= head_end and actor is not None and actor.kind in STATE_KINDS:
            told.add(actor.country_iso2 or "")
    told.discard("")
    return bool(told) and country not in told


def finest(hits: Sequence[PlaceHit]) -> list[PlaceHit]:
    """Drop places that contain another place of the sentence, and repeats of one place.

    Two areas of one province that each hold the other as far as the gazetteer can tell (it
    knows their province, not their outline: "al-Mawasi, in southern Gaza", "à Al-Mawasi, dans
    le sud de Gaza") keep the one named first: a report names the finer place, then the
    area around it."""
    kept: list[PlaceHit] = []
    for hit in hits:
        if any(
            other is not hit
            and other.place.location_id != hit.place.location_id
            and contains(hit.place, other.place)
            and not (other.start > hit.start and contains(other.place, hit.place))
            for other in hits
        ):
            continue
        if any(k.place.location_id == hit.place.location_id for k in kept):
            continue
        kept.append(hit)
    return kept


# The sentence word sets of the tests of without_landmarks_and_sources and _situated_elsewhere
# (each test needs one of its words before the place, inside the sentence).
_ETHNIC: Final = ("ethni",)
_PROXIMITY_BIT: Final = word_set(_PROXIMITY_WORDS)
_SOURCE_PLACE_BIT: Final = word_set(_SOURCE_PLACE_WORDS)
_SPEAKER_BIT: Final = word_set(_SPEAKER_WORDS)
_SPEECH_BIT: Final = word_set(_SPEECH_WORDS)
_VISIT_BIT: Final = word_set(_VISIT_WORDS)
_ORIGIN_BIT: Final = word_set(_ORIGIN_WORDS)
_FLED_BIT: Final = word_set(_FLED_WORDS)
_SURVIVOR_BIT: Final = word_set(_SURVIVOR_WORDS)
_WENT_OFF_BIT: Final = word_set(_WENT_OFF_WORDS)
_ETHNIC_BIT: Final = word_set(_ETHNIC)
_WAR_BIT: Final = word_set(_WAR_WORDS)
_REINFORCEMENT_BIT: Final = word_set(_REINFORCEMENT_WORDS)
_CAME_BIT: Final = word_set(_CAME_WORDS)
_ACTIVE_BIT: Final = word_set(_ACTIVE_WORDS)
_REACHED_BIT: Final = word_set(_REACHED_WORDS)
_HEADING_BIT: Final = word_set(HEADING_WORDS)
_BORDER_BIT: Final = word_set(_BORDER_WORDS)
_FAR_BIT: Final = word_set(_FAR_WORDS)
_NEWS_BIT: Final = word_set(_NEWS_WORDS)
_ARRESTED_BIT: Final = word_set(_ARRESTED_WORDS)
_MEDIUM_BIT: Final = word_set(_MEDIUM_WORDS)
_CARRIED_BIT: Final = word_set(_CARRIED_WORDS)
_HOSPITAL_BIT: Final = word_set(_HOSPITAL_WORDS)
