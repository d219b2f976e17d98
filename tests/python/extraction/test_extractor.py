"""End-to-end hard cases on sentences written for these tests (none comes from a real article)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from ingest.extraction import ArticleInput, AttackMention, Extractor

MakeArticle = Callable[..., ArticleInput]


def mentions(
    extractor: Extractor, make_article: MakeArticle, body: str, **kwargs: object
) -> list[AttackMention]:
    article = make_article(body, **kwargs)
    result = extractor.extract(article)
    for mention in result.mentions:
        assert article.text[mention.evidence_start : mention.evidence_end] == mention.evidence_text
    return list(result.mentions)


def places(found: list[AttackMention]) -> list[str | None]:
    return [m.location_name or m.country_iso2 for m in found]


# ---------------------------------------------------------------- dates in context


@pytest.mark.parametrize(
    ("body", "expected", "precision"),
    [
        pytest.param(
            "Deux drones ont visé la base d'Aïn al-Assad lundi, selon une source sécuritaire.",
            date(2023, 10, 30),
            "day",
            id="lundi resolves to the previous Monday (fr)",
        ),
        pytest.param(
            "Two drones struck the Harir Air Base early Tuesday, officials said.",
            date(2023, 10, 31),
            "day",
            id="early Tuesday on a Tuesday is the publication day (en)",
        ),
        pytest.param(
            "Des roquettes sont tombées hier sur le champ gazier de Conoco.",
            date(2023, 10, 30),
            "day",
            id="hier is the day before publication (fr)",
        ),
        pytest.param(
            "Rockets were fired at the Conoco gas field, a monitor said.",
            date(2023, 10, 31),
            "week",
            id="no date in the text: publication day, week precision (en)",
        ),
        pytest.param(
            "Une roquette a touché la base d'Aïn al-Assad dimanche 29 octobre.",
            date(2023, 10, 29),
            "day",
            id="dimanche 29 octobre without year (fr)",
        ),
        pytest.param(
            "Une roquette a touché la base d'Aïn al-Assad dans la nuit du samedi 28 au dimanche "
            "29 octobre 2023.",
            date(2023, 10, 29),
            "day",
            id="la nuit du samedi 28 au dimanche 29 octobre is the later date (fr)",
        ),
        pytest.param(
            "A rocket struck the Ain al-Asad air base during the night of October 28 to 29.",
            date(2023, 10, 29),
            "day",
            id="the night of October 28 to 29 is the later date (en)",
        ),
        pytest.param(
            "Une roquette a touché la base d'Aïn al-Assad dans la nuit de samedi 28 à dimanche "
            "29 octobre.",
            date(2023, 10, 29),
            "day",
            id="la nuit de samedi 28 à dimanche 29 octobre is the later date (fr)",
        ),
        pytest.param(
            "A rocket struck the Ain al-Asad air base on the night of Saturday 28 to Sunday 29 "
            "October.",
            date(2023, 10, 29),
            "day",
            id="the night of Saturday 28 to Sunday 29 October (en, passed before)",
        ),
    ],
)
def test_event_dates(
    extractor: Extractor, make_article: MakeArticle, body: str, expected: date, precision: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert (found[0].event_date, found[0].date_precision) == (expected, precision)


def test_date_said_on_a_weekday_is_a_report_date(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor,
        make_article,
        "Drones targeted the Harir Air Base, U.S. officials said on Monday.",
    )
    assert found[0].event_date == date(2023, 10, 30)
    assert found[0].date_precision == "week"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Monday morning two soldiers were killed when their truck hit a roadside bomb "
            "near Ain al-Asad. One died on the spot, according to a report seen Tuesday by "
            "AFP. Later in the day rockets struck the Conoco gas field, killing a guard.",
            id="a report seen on a weekday dates no attack; 'later in the day' is Monday (en)",
        ),
        pytest.param(
            "Lundi matin, deux soldats ont été tués quand leur camion a sauté sur une bombe "
            "près d'Aïn al-Assad. L'un est mort sur le coup, selon un rapport consulté mardi "
            "par l'AFP. Plus tard dans la journée, des roquettes ont visé le champ gazier de "
            "Conoco, tuant un garde.",
            id="un rapport consulté mardi ne date aucune attaque ; plus tard dans la journée (fr)",
        ),
    ],
)
def test_same_day_follows_the_last_attack_day_not_a_document_read(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = {m.location_name: m for m in mentions(extractor, make_article, body)}
    conoco = next(m for name, m in found.items() if name and "Conoco" in name)
    assert (conoco.event_date, conoco.date_precision) == (date(2023, 10, 30), "day")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "BAGHDAD, Iraq, Oct 31 (Reuters) - Rockets struck the Ain al-Asad air base late on "
            "Monday, two security sources said.",
            id="a dateline with its country dates no attack (en)",
        ),
        pytest.param(
            "BAGDAD, Irak, 31 octobre (AFP) - Des roquettes ont visé la base d'Aïn al-Assad "
            "lundi soir, selon deux sources sécuritaires.",
            id="une date de dépêche après la ville et le pays ne date aucune attaque (fr)",
        ),
    ],
)
def test_dateline_town_and_country(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.event_date, m.date_precision) for m in found] == [(date(2023, 10, 30), "day")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The army said Monday it had carried out strikes on Sunday near the Conoco gas "
            "field, killing 12 militants.",
            id="said Monday ... on Sunday: the second date is the strike's (en)",
        ),
        pytest.param(
            "L'armée a annoncé lundi avoir mené dimanche des frappes près du champ gazier de "
            "Conoco, tuant 12 combattants.",
            id="a annoncé lundi avoir mené dimanche : la seconde date est la frappe (fr)",
        ),
    ],
)
def test_the_first_date_after_a_reporting_verb_dates_the_report(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.event_date, m.date_precision) for m in found] == [(date(2023, 10, 29), "day")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Funerals were held in Erbil on Monday for the 12 people killed in Sunday's attack.",
            id="Sunday's attack: the attack's day over the funeral's (en)",
        ),
        pytest.param(
            "The death toll from Sunday's attack on Erbil rose to 12 on Monday.",
            id="from Sunday's attack: a possessive starts no period (en)",
        ),
        pytest.param(
            "On Monday, the army said Sunday's rocket attack on Erbil had killed 12 people.",
            id="said Sunday's attack: a possessive after said dates no statement (en)",
        ),
        pytest.param(
            "Des obsèques ont eu lieu lundi à Erbil pour les 12 victimes de l'attaque de dimanche.",
            id="l'attaque de dimanche : le jour de l'attaque, pas des obsèques (fr)",
        ),
        pytest.param(
            "Le bilan de l'attaque du 29 octobre contre Erbil s'est alourdi lundi à 12 morts.",
            id="l'attaque du 29 octobre : la date de l'attaque (fr)",
        ),
    ],
)
def test_a_date_bound_to_the_attack_word_wins(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.event_date, m.date_precision) for m in found] == [(date(2023, 10, 29), "day")]


@pytest.mark.parametrize(
    ("body", "toll"),
    [
        pytest.param(
            "Militiamen stormed a village near Erbil on Sunday; the bodies of at least 12 "
            "people were found in a mosque the next morning.",
            (12, None),
            id="the bodies of at least 12 people were found: 12 dead (en)",
        ),
        pytest.param(
            "Des miliciens ont attaqué dimanche un village près d'Erbil ; les corps de douze "
            "personnes ont été découverts le lendemain dans une mosquée.",
            (12, None),
            id="les corps de douze personnes ont été découverts : 12 morts (fr)",
        ),
        pytest.param(
            "Des miliciens ont attaqué dimanche un poste près d'Erbil ; deux membres du corps "
            "de garde ont été blessés.",
            (None, 2),
            id="deux membres du corps de garde : no bodies counted (fr, already passed)",
        ),
    ],
)
def test_the_bodies_of_people_found_are_the_dead(
    extractor: Extractor, make_article: MakeArticle, body: str, toll: tuple[int | None, ...]
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.killed, m.wounded) for m in found] == [toll]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A soldier was killed near the Conoco gas field on Monday and another was wounded.",
            id="and another was wounded: one killed, one wounded (en)",
        ),
        pytest.param(
            "Un soldat a été tué lundi près du champ gazier de Conoco et un autre a été blessé.",
            id="et un autre a été blessé : un tué, un blessé (fr)",
        ),
        pytest.param(
            "A guard was killed when a drone struck the Conoco gas field on Monday. Another "
            "Syrian worker was injured in the strike.",
            id="another Syrian worker was injured: a noun and its nationality between (en)",
        ),
        pytest.param(
            "Un garde a été tué lundi quand un drone a frappé le champ gazier de Conoco. Un "
            "autre employé syrien a été blessé dans la frappe.",
            id="un autre employé syrien a été blessé : un nom et sa nationalité entre (fr)",
        ),
    ],
)
def test_another_with_its_own_verb(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.killed, m.wounded) for m in found] == [(1, 1)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Gunmen stormed the Conoco gas field on Thursday, and a young guard was shot dead, "
            "the ministry said.",
            id="a young guard was shot dead: 'was shot' taken as the attack word (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué jeudi le champ gazier de Conoco, et un jeune gardien "
            "a été abattu par balles, selon le ministère.",
            id="un jeune gardien a été abattu par balles (fr, already passed)",
        ),
    ],
)
def test_a_casualty_phrase_sharing_a_word_with_the_attack_word(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [m.killed for m in found] == [1]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "ERBIL, Oct 30 (Reuters) - The Houthis said on Monday they had targeted a container "
            "ship in the Gulf of Aden with missiles.",
            id="the dateline's town is where the dispatch was written (en)",
        ),
        pytest.param(
            "ERBIL, 30 octobre (AFP) - Les Houthis ont affirmé lundi avoir visé un porte-"
            "conteneurs dans le golfe d'Aden avec des missiles.",
            id="la ville de la date de dépêche est où elle fut écrite (fr)",
        ),
    ],
)
def test_a_dateline_town_is_no_attack_place(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    """A dateline's town has no locative before it, so it is no place of the attack."""
    assert places(mentions(extractor, make_article, body)) == ["Gulf of Aden"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Rockets struck the Ain al-Asad air base on Monday. The attack came nearly two weeks "
            "after a drone attack on the Harir Air Base that wounded two soldiers.",
            id="came nearly two weeks after X: X in the week two weeks before (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé lundi la base aérienne d'Aïn al-Assad. L'attaque survient "
            "près de deux semaines après une attaque de drone contre la base aérienne de Harir, "
            "qui avait blessé deux soldats.",
            id="survient près de deux semaines après X : X deux semaines avant (fr)",
        ),
    ],
)
def test_weeks_after_dates_the_passing_reference_to_the_week(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    harir = next(m for m in found if "Harir" in (m.location_name or ""))
    assert (harir.event_date, harir.date_precision, harir.is_background) == (
        date(2023, 10, 16),
        "week",
        True,
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A drone strike on a car near the Conoco gas field has killed three people, officials "
            "said, days after another drone hit the Harir Air Base. The strike took place on "
            "Monday on a desert road.",
            id="the strike took place on Monday: the attack told, not the passing reference (en)",
        ),
        pytest.param(
            "Une frappe de drone contre une voiture près du champ gazier de Conoco a tué trois "
            "personnes, quelques jours après qu'un autre drone a frappé la base aérienne de "
            "Harir. La frappe a eu lieu lundi sur une route du désert.",
            id="la frappe a eu lieu lundi : l'attaque racontée, pas la référence (fr)",
        ),
    ],
)
def test_a_placeless_date_goes_to_the_attack_told_not_the_reference(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    conoco = next(m for m in found if "Conoco" in (m.location_name or ""))
    assert (conoco.event_date, conoco.date_precision) == (date(2023, 10, 30), "day")


def test_no_publication_date_keeps_dates_null(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor,
        make_article,
        "Hier soir, des roquettes ont visé le champ gazier de Conoco.",
        published=None,
    )
    assert len(found) == 1 and found[0].event_date is None and found[0].date_basis is None


def test_photo_caption_date_is_not_an_event_date(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    body = (
        "Des soldats sur la base d'Aïn al-Assad, le 3 mars 2019. (Photo d'archives)\n\n"
        "Des roquettes ont visé la base d'Aïn al-Assad, selon une source sécuritaire."
    )
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert found[0].event_date == date(2023, 10, 31)


def test_same_day_phrase_takes_the_earlier_date(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    body = (
        "Deux drones ont visé la base d'Aïn al-Assad lundi. "
        "Plus tôt dans la journée, des roquettes avaient frappé le champ gazier de Conoco."
    )
    found = {m.location_name: m for m in mentions(extractor, make_article, body)}
    assert found["Conoco gas field"].event_date == date(2023, 10, 30)
    assert found["Conoco gas field"].date_precision == "day"


# ---------------------------------------------------------------- counts and casualties


@pytest.mark.parametrize(
    ("body", "count"),
    [
        pytest.param(
            "Quatre roquettes ont frappé la base d'Aïn al-Assad mardi.",
            4,
            id="quatre roquettes count four (fr)",
        ),
        pytest.param(
            "Two armed drones hit the Harir Air Base on Tuesday.",
            2,
            id="two armed drones count two (en)",
        ),
        pytest.param(
            "Une dizaine de roquettes ont visé la base d'Aïn al-Assad mardi.",
            None,
            id="une dizaine is no count (fr)",
        ),
        pytest.param(
            "Four explosions were heard at the Conoco gas field on Tuesday.",
            None,
            id="four explosions is no projectile count (en)",
        ),
        pytest.param(
            "An explosive-laden drone struck the Harir Air Base on Tuesday.",
            1,
            id="an explosive-laden drone counts one (en)",
        ),
    ],
)
def test_projectile_count(
    extractor: Extractor, make_article: MakeArticle, body: str, count: int | None
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert found[0].projectile_count == count


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        pytest.param(
            "Une frappe de drone sur Tower 22 a tué trois soldats mardi.",
            (3, 3, 3),
            None,
            id="a tué trois soldats (fr)",
        ),
        pytest.param(
            "A drone struck Tower 22 on Tuesday, killing at least five soldiers.",
            (5, 5, None),
            None,
            id="at least five: best 5 (en)",
        ),
        pytest.param(
            "A drone struck Tower 22 on Tuesday and dozens of soldiers were wounded.",
            None,
            (None, 24, None),
            id="dozens wounded: null best (en)",
        ),
        pytest.param(
            "Un drone a frappé mardi la base de Tower 22 : deux morts et une vingtaine de "
            "blessés, selon l'armée.",
            (2, 2, 2),
            (20, 16, 24),
            id="une vingtaine de blessés: about twenty (fr)",
        ),
        pytest.param(
            "A drone struck Tower 22 on Tuesday, killing two soldiers and wounding a dozen.",
            (2, 2, 2),
            (12, 10, 14),
            id="wounding a dozen: about twelve (en)",
        ),
        pytest.param(
            "Deux drones ont visé la base d'Aïn al-Assad mardi, sans faire de victimes.",
            (0, 0, 0),
            (0, 0, 0),
            id="sans faire de victimes gives zeros (fr)",
        ),
        pytest.param(
            "Two drones targeted the Harir Air Base on Tuesday, causing no casualties.",
            (0, 0, 0),
            (0, 0, 0),
            id="no casualties gives zeros (en)",
        ),
        pytest.param(
            "A drone struck the Harir Air Base on Tuesday, but the crew did not sustain any "
            "injuries.",
            (0, 0, 0),
            (0, 0, 0),
            id="did not sustain any injuries gives zeros (en)",
        ),
        pytest.param(
            "Un drone a frappé la base d'Aïn al-Assad mardi, la garnison est sortie indemne.",
            (0, 0, 0),
            (0, 0, 0),
            id="sortie indemne gives zeros (fr)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué mardi un marché de Hit. Dix personnes sont décédées et "
            "cinq autres ont été blessées.",
            (10, 10, 10),
            (5, 5, 5),
            id="dix personnes sont décédées et cinq autres blessées (fr)",
        ),
        pytest.param(
            "Gunmen attacked a market in Hit on Tuesday. Ten people died and five others were "
            "wounded.",
            (10, 10, 10),
            (5, 5, 5),
            id="ten people died and five others were wounded (en, already passed)",
        ),
        pytest.param(
            "Un drone a frappé mardi la base d'Aïn al-Assad. Il n'y a pas eu de victimes, a "
            "précisé l'armée.",
            (0, 0, 0),
            (0, 0, 0),
            id="il n'y a pas eu de victimes gives zeros (fr)",
        ),
        pytest.param(
            "A drone struck the Harir Air Base on Tuesday. There have been no reports of "
            "injuries so far.",
            (0, 0, 0),
            (0, 0, 0),
            id="no reports of injuries gives zeros (en)",
        ),
    ],
)
def test_casualties(
    extractor: Extractor,
    make_article: MakeArticle,
    body: str,
    killed: tuple[int | None, int | None, int | None] | None,
    wounded: tuple[int | None, int | None, int | None] | None,
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    mention = found[0]
    assert (mention.killed, mention.killed_low, mention.killed_high) == (
        killed or (None, None, None)
    )
    assert (mention.wounded, mention.wounded_low, mention.wounded_high) == (
        wounded or (None, None, None)
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Un employé civil est mort d'une crise cardiaque pendant une alerte sur la "
            "base d'Aïn al-Assad.",
            id="a heart attack during an alert is no attack (fr)",
        ),
        pytest.param(
            "A contractor died of a cardiac arrest while sheltering during a false alarm "
            "at the Harir Air Base.",
            id="a cardiac arrest during a false alarm is no attack (en)",
        ),
    ],
)
def test_heart_attack_is_no_casualty(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert mentions(extractor, make_article, body) == []


# ---------------------------------------------------------------- not events


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Les milices ont menacé de frapper la base d'Aïn al-Assad.",
            id="a threat is no event (fr)",
        ),
        pytest.param(
            "The group vowed to attack the Harir Air Base if Washington intervened.",
            id="a vow and a condition are no event (en)",
        ),
        pytest.param(
            "Parliament on Tuesday extended direct rule in the conflict-hit province of Anbar.",
            id="a conflict-hit province is no attack (en)",
        ),
        pytest.param(
            "Le Parlement a prolongé mardi l'administration directe de la province d'Anbar, en "
            "proie aux violences.",
            id="une province en proie aux violences n'est pas une attaque (fr, already passed)",
        ),
        pytest.param(
            "But the militias remain capable of striking hard, including near Erbil.",
            id="what a group is capable of is no event (en)",
        ),
        pytest.param(
            "Mais les milices restent capables de frapper durement, y compris près d'Erbil.",
            id="ce qu'un groupe est capable de faire n'est pas un événement (fr)",
        ),
        pytest.param(
            "Une éventuelle attaque contre le champ gazier de Conoco inquiète l'état-major.",
            id="a possible attack is no event (fr)",
        ),
        pytest.param(
            "The militia denied any attack on the Conoco gas field.", id="a denial is no event (en)"
        ),
        pytest.param(
            "Les forces américaines ont été la cible de 23 attaques en Irak et en Syrie "
            "depuis le 17 octobre.",
            id="a count of attacks is an aggregate (fr)",
        ),
        pytest.param(
            "US forces in Iraq and Syria were attacked at least 16 times this month.",
            id="N times is an aggregate (en)",
        ),
        pytest.param(
            "Qui a frappé la base d'Aïn al-Assad ?", id="a question heading is no event (fr)"
        ),
        pytest.param(
            "Lire aussi : des roquettes tirées sur le champ gazier de Conoco",
            id="a related-article link is no event (fr)",
        ),
        pytest.param(
            "Read more: drones hit the Harir Air Base", id="a read-more link is no event (en)"
        ),
    ],
)
def test_not_events(extractor: Extractor, make_article: MakeArticle, body: str) -> None:
    assert mentions(extractor, make_article, body) == []


def test_aggregate_statement_is_recorded(extractor: Extractor, make_article: MakeArticle) -> None:
    article = make_article(
        "Les forces américaines ont été la cible de vingt-trois attaques depuis le 17 octobre."
    )
    result = extractor.extract(article)
    assert result.mentions == ()
    assert [(a.quantity, a.unit, a.period_start) for a in result.aggregates] == [
        (23, "attacks", date(2023, 10, 17))
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Des drones ont frappé mardi la base de Harir au cours d'une série d'attaques qui a "
            "duré plusieurs heures.",
            [("Harir Air Base", date(2023, 10, 31))],
            id="a series of attacks on one stated day tells that day's attack (fr)",
        ),
        pytest.param(
            "Drones struck the Harir Air Base on Tuesday during a series of attacks lasting "
            "several hours.",
            [("Harir Air Base", date(2023, 10, 31))],
            id="a series of attacks on one stated day tells that day's attack (en)",
        ),
        pytest.param(
            "La base de Harir a subi une série d'attaques depuis le 17 octobre.",
            [],
            id="a series of attacks over a period is an aggregate (fr)",
        ),
        pytest.param(
            "The Harir Air Base has faced a series of attacks since October 17.",
            [],
            id="a series of attacks over a period is an aggregate (en)",
        ),
    ],
)
def test_series_of_attacks(
    extractor: Extractor,
    make_article: MakeArticle,
    body: str,
    expected: list[tuple[str, date]],
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.event_date) for m in found] == expected


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Congresswoman Rana Omar said on Tuesday that rockets struck the Harir Air Base.",
            ["Harir Air Base"],
            id="a person called Omar is not the al-Omar field (en)",
        ),
        pytest.param(
            "Rockets hit the Harir Air Base on Tuesday.",
            ["Harir Air Base"],
            id="the verb hit is not the town of Hit (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé la ville de Hit mardi.",
            ["Hit"],
            id="the town of Hit with a place word (fr)",
        ),
        pytest.param(
            "Drones hit Syria's Conoco gas field on Tuesday.",
            ["Conoco gas field"],
            id="a possessive country is a hint, not a second place (en)",
        ),
        pytest.param(
            "Les drones, lancés depuis l'Irak, ont visé le champ gazier de Conoco mardi.",
            ["Conoco gas field"],
            id="a launch point is not where the attack happened (fr)",
        ),
        pytest.param(
            "La chaîne, affiliée à l'Iran, a rapporté mardi qu'une roquette avait visé le "
            "champ gazier de Conoco.",
            ["Conoco gas field"],
            id="a country after 'affiliée à' is no place (fr)",
        ),
        pytest.param(
            "Une roquette a frappé le champ gazier de Conoco, dans la province de Deir "
            "ez-Zor, mardi.",
            ["Conoco gas field"],
            id="a province containing the site folds into it (fr)",
        ),
    ],
)
def test_places(
    extractor: Extractor, make_article: MakeArticle, body: str, expected: list[str]
) -> None:
    assert places(mentions(extractor, make_article, body)) == expected


def test_country_only_mention(extractor: Extractor, make_article: MakeArticle) -> None:
    found = mentions(
        extractor, make_article, "Une attaque de drone en Jordanie a tué trois soldats mardi."
    )
    assert len(found) == 1
    mention = found[0]
    assert (mention.location_name, mention.location_id, mention.country_iso2) == (None, None, "JO")
    assert mention.latitude is None and mention.geo_precision == 3


def test_site_has_exact_geo_precision(extractor: Extractor, make_article: MakeArticle) -> None:
    found = mentions(extractor, make_article, "Rockets struck the Harir Air Base on Tuesday.")
    assert (found[0].admin1, found[0].country_iso2, found[0].geo_precision) == ("Erbil", "IQ", 1)


# ---------------------------------------------------------------- one sentence, several attacks; se


def test_one_sentence_two_bases(extractor: Extractor, make_article: MakeArticle) -> None:
    found = mentions(
        extractor,
        make_article,
        "Drones targeted the Harir Air Base and the Ain al-Asad Air Base on Tuesday.",
    )
    assert sorted(places(found)) == ["Ain al-Asad Air Base", "Harir Air Base"]  # type: ignore[type-var]
    assert {m.weapon for m in found} == {"drone"}


def test_one_sentence_two_weapons_at_two_sites(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor,
        make_article,
        "La chaîne a rapporté mardi une attaque de drone sur la base d'al-Tanf et une "
        "attaque de missile sur le champ gazier de Conoco.",
    )
    assert {(m.location_name, m.weapon) for m in found} == {
        ("Al-Tanf Garrison", "drone"),
        ("Conoco gas field", "missile"),
    }


def test_two_separate_attacks_are_two_mentions(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor,
        make_article,
        "Les forces américaines en Irak ont été visées par deux attaques de drones "
        "distinctes lundi.",
    )
    assert len(found) == 2 and {m.country_iso2 for m in found} == {"IQ"}
    assert len({m.mention_id for m in found}) == 2


def test_several_sentences_one_attack(extractor: Extractor, make_article: MakeArticle) -> None:
    body = (
        "Une nouvelle attaque a visé la base d'Aïn al-Assad, dans la province d'Anbar. "
        "Selon Reuters, deux drones ont frappé la base tôt ce mardi, sans faire de blessés."
    )
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    mention = found[0]
    assert (mention.weapon, mention.projectile_count, mention.killed, mention.wounded) == (
        "drone",
        2,
        0,
        0,
    )
    assert mention.event_date == date(2023, 10, 31) and mention.date_precision == "day"
    assert mention.reported_by == "Reuters"


def test_small_count_of_attacks_on_one_day(extractor: Extractor, make_article: MakeArticle) -> None:
    found = mentions(
        extractor, make_article, "Two drone attacks targeted the Harir Air Base on Tuesday."
    )
    assert [(m.location_name, m.projectile_count) for m in found] == [("Harir Air Base", None)] * 2


def test_same_place_different_days_stay_apart(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    body = (
        "Two drones struck the Harir Air Base early Tuesday. "
        "On Monday, three rockets were fired at the Harir Air Base."
    )
    found = mentions(extractor, make_article, body)
    assert sorted((m.event_date, m.weapon) for m in found) == [  # type: ignore[type-var]
        (date(2023, 10, 30), "rocket"),
        (date(2023, 10, 31), "drone"),
    ]


def test_title_is_not_counted_twice(extractor: Extractor, make_article: MakeArticle) -> None:
    found = mentions(
        extractor,
        make_article,
        "Trois roquettes ont été tirées mardi contre la base d'Aïn al-Assad, selon l'armée "
        "irakienne.",
        title="Irak : trois roquettes tirées sur la base d'Aïn al-Assad",
    )
    assert len(found) == 1 and found[0].sentence_index > 0


@pytest.mark.parametrize(
    ("body", "title"),
    [
        pytest.param(
            "Deux drones ont visé mardi la base de Harir, selon les autorités kurdes.\n\n"
            "Lundi, des roquettes avaient été tirées contre la base d'Aïn al-Assad.",
            "Kurdistan : la base de Harir de nouveau prise pour cible",
            id="a record whose title is not in its text keeps its lead sentence (fr)",
        ),
        pytest.param(
            "Two drones targeted the Harir Air Base on Tuesday, Kurdish officials said.\n\n"
            "On Monday, rockets had been fired at the Ain al-Asad Air Base.",
            "Drones hit coalition base in Kurdistan",
            id="a record whose title is not in its text keeps its lead sentence (en)",
        ),
    ],
)
def test_body_only_record_keeps_its_lead(
    extractor: Extractor, make_article: MakeArticle, body: str, title: str
) -> None:
    article = make_article(body, title=title)
    # A JSONL or HTML record: the stored text is the body alone, the title is metadata.
    body_only = replace(article, text=article.text.split("\n\n", 1)[1])
    found = extractor.extract(body_only).mentions
    assert sorted((m.sentence_index, m.location_name, m.weapon) for m in found) == [
        (0, "Harir Air Base", "drone"),
        (1, "Ain al-Asad Air Base", "rocket"),
    ]


def test_title_with_the_site_name_around_the_headline_is_the_title_line(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    article = make_article(
        "Trois roquettes ont été tirées mardi contre la base d'Aïn al-Assad.",
        title="Irak : trois roquettes tirées sur la base d'Aïn al-Assad",
    )
    titled = replace(article, title=f"{article.title} | Le Quotidien de l'Est")
    found = extractor.extract(titled).mentions
    assert len(found) == 1 and found[0].sentence_index > 0


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des missiles balistiques et des roquettes ont été tirés mardi contre la base "
            "d'Aïn al-Assad.",
            id="missiles et des roquettes is the first weapon of the list (fr)",
        ),
        pytest.param(
            "Militants fired ballistic missiles and rockets at the Ain al-Asad Air Base on "
            "Tuesday.",
            id="missiles and rockets is the first weapon of the list (en)",
        ),
    ],
)
def test_a_list_of_weapons_gives_the_first(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.weapon) for m in found] == [("Ain al-Asad Air Base", "missile")]


def test_background_reference(extractor: Extractor, make_article: MakeArticle) -> None:
    body = (
        "Deux drones ont visé la base d'Aïn al-Assad mardi. "
        "La semaine dernière, une attaque de drone avait déjà frappé la base aérienne de Harir."
    )
    found = {m.location_name: m for m in mentions(extractor, make_article, body)}
    assert found["Harir Air Base"].is_background
    assert not found["Ain al-Asad Air Base"].is_background


# ---------------------------------------------------------------- actors, claims, attribution, cert


def test_claim_in_the_next_sentence(extractor: Extractor, make_article: MakeArticle) -> None:
    body = (
        "Des roquettes ont visé le champ gazier de Conoco mardi. "
        "La Résistance islamique en Irak a revendiqué cette attaque dans un communiqué."
    )
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert (found[0].claimed_by, found[0].attacker, found[0].attribution) == (
        "Islamic Resistance in Iraq",
        "Islamic Resistance in Iraq",
        "claimed",
    )


def test_claim_attaches_to_the_attack_it_names(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    body = (
        "Two drones struck the Ain al-Asad Air Base on Monday. "
        "Separately, a drone hit the Harir Air Base on Tuesday. "
        "Kataib Hezbollah, an Iran-backed militia, claimed responsibility for the attack "
        "on the air base."
    )
    found = {m.location_name: m for m in mentions(extractor, make_article, body)}
    assert found["Harir Air Base"].claimed_by == "Kataib Hezbollah"
    assert found["Ain al-Asad Air Base"].claimed_by is None


def test_endorsed_is_a_claim(extractor: Extractor, make_article: MakeArticle) -> None:
    body = (
        "Two drones struck the Harir Air Base on Tuesday. The Islamic Resistance in Iraq "
        "endorsed Tuesday's attack."
    )
    found = mentions(extractor, make_article, body)
    assert found[0].claimed_by == "Islamic Resistance in Iraq"


def test_attribution_is_not_a_claim(extractor: Extractor, make_article: MakeArticle) -> None:
    found = mentions(
        extractor,
        make_article,
        "A drone attack on Tower 22 killed three soldiers on Sunday, an attack the "
        "Pentagon blamed on Iran-backed militias.",
    )
    assert (found[0].attacker, found[0].claimed_by, found[0].attribution) == (
        "Iran-backed militias",
        None,
        "attributed",
    )


def test_state_strike_is_claimed_by_the_state(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor,
        make_article,
        "Les forces américaines ont mené mardi des frappes dans l'est de la Syrie, selon "
        "le Pentagone.",
    )
    assert len(found) == 1
    mention = found[0]
    assert (mention.location_name, mention.weapon) == ("eastern Syria", "airstrike")
    assert mention.attacker == mention.claimed_by == "United States Armed Forces"
    assert mention.reported_by == "US Department of Defense"


@pytest.mark.parametrize(
    ("body", "certainty"),
    [
        pytest.param(
            "Des roquettes seraient tombées mardi près du champ gazier de Conoco.",
            "hedged",
            id="aurait/seraient hedge (fr)",
        ),
        pytest.param(
            "Six missiles reportedly struck the Conoco gas field on Tuesday.",
            "hedged",
            id="reportedly hedges (en)",
        ),
        pytest.param(
            "Six missiles struck the Conoco gas field on Tuesday, Reuters said.",
            "reported",
            id="a plain report (en)",
        ),
    ],
)
def test_certainty(
    extractor: Extractor, make_article: MakeArticle, body: str, certainty: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1 and found[0].certainty == certainty


def test_mention_ids_are_stable(extractor: Extractor, make_article: MakeArticle) -> None:
    body = "Rockets struck the Harir Air Base on Tuesday."
    first = mentions(extractor, make_article, body)
    second = mentions(extractor, make_article, body)
    assert [m.mention_id for m in first] == [m.mention_id for m in second]


# ---------------------------------------------------------------- rules from the sample corpus


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A drone struck the Harir Air Base on Tuesday, west of Erbil, officials said.",
            ["Harir Air Base"],
            id="west of a city is a reference point, not a second place (en)",
        ),
        pytest.param(
            "Des roquettes ont visé mardi le champ gazier de Conoco, selon un responsable de la "
            "province de Deir ez-Zor.",
            ["Conoco gas field"],
            id="a source's own place is not where it happened (fr)",
        ),
        pytest.param(
            "Rockets hit the Conoco gas field on Tuesday, not far from the al-Tanf garrison.",
            ["Conoco gas field"],
            id="a landmark near a named site is no second attack (en)",
        ),
        pytest.param(
            "Deux drones ont visé mardi la base d'Aïn al-Assad. Deux blessés ont été évacués "
            "vers Erbil.",
            ["Ain al-Asad Air Base"],
            id="where the wounded were taken is not an attack place (fr)",
        ),
        pytest.param(
            "A drone hit the Harir Air Base on Tuesday, officials in Erbil said.",
            ["Harir Air Base"],
            id="officials in a city are not an attack there (en)",
        ),
    ],
)
def test_places_that_are_not_attack_places(
    extractor: Extractor, make_article: MakeArticle, body: str, expected: list[str]
) -> None:
    assert places(mentions(extractor, make_article, body)) == expected


def test_nationality_before_an_aircraft_is_the_attacker(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor, make_article, "U.S. F-16 jets struck a depot near Abu Kamal on Tuesday."
    )
    assert (found[0].attacker, found[0].weapon) == ("United States Armed Forces", "airstrike")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Une frappe de drone américaine a tué mardi deux combattants près d'Abu Kamal.",
            id="une frappe de drone américaine is a drone (fr)",
        ),
        pytest.param(
            "A U.S. drone strike killed two fighters near Abu Kamal on Tuesday.",
            id="a U.S. drone strike is a drone (en)",
        ),
    ],
)
def test_a_state_drone_strike_is_a_drone(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert (found[0].weapon, found[0].killed) == ("drone", 2)


def test_a_state_strike_without_a_weapon_is_an_airstrike(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor, make_article, "U.S. forces struck a depot near Abu Kamal on Tuesday."
    )
    assert found[0].weapon == "airstrike"


def test_another_account_is_not_the_toll(extractor: Extractor, make_article: MakeArticle) -> None:
    found = mentions(
        extractor,
        make_article,
        "Une frappe a visé mardi Abu Kamal. Au moins deux personnes ont été tuées, tandis "
        "qu'une source locale évoque cinq morts et huit blessés.",
    )
    assert (found[0].killed, found[0].wounded) == (2, None)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Air defences downed the six drones launched at Erbil on Friday, but the falling "
            "debris killed two people and wounded 11 others.",
            id="downed, but the debris killed two and wounded 11: one account (en)",
        ),
        pytest.param(
            "La défense aérienne a abattu vendredi les six drones lancés sur Erbil, mais les "
            "débris ont tué deux personnes et blessé 11 autres.",
            id="abattu, mais les débris ont tué deux et blessé 11 : un seul bilan (fr)",
        ),
    ],
)
def test_a_toll_told_wholly_after_but_is_one_account(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.killed, m.wounded) for m in found] == [(2, 11)]


def test_a_claim_of_both_operations_covers_both(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    body = (
        "Des drones ont visé mardi la base d'Aïn al-Assad et celle de Harir. "
        "La Résistance islamique en Irak a revendiqué les deux opérations."
    )
    found = mentions(extractor, make_article, body)
    assert {m.claimed_by for m in found} == {"Islamic Resistance in Iraq"}
    assert len(found) == 2


def test_compound_modifier_is_not_the_actor(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    body = (
        "The al-Qaeda-linked group has fought the government for years. "
        "It was behind a truck bombing near the Harir Air Base on Tuesday."
    )
    found = mentions(extractor, make_article, body)
    assert found and found[0].attacker != "Al-Qaeda"


def test_no_civilian_casualties_is_not_a_zero_toll(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor,
        make_article,
        "Une frappe a tué mardi cinq combattants près d'Abu Kamal, sans faire de victime "
        "civile selon l'armée.",
    )
    assert found[0].killed == 5


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Une attaque de drone a visé mardi en début d'après-midi la base de Harir.",
            id="d'après-midi is no source lead d'après (fr)",
        ),
        pytest.param(
            "A drone attack targeted the Harir Air Base early on Tuesday afternoon.",
            id="an afternoon attack (en)",
        ),
    ],
)
def test_afternoon_is_not_a_source(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.event_date) for m in found] == [
        ("Harir Air Base", date(2023, 10, 31))
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Les forces kurdes ont déjoué mardi une tentative d'attaque contre le champ gazier "
            "de Conoco.",
            id="a foiled attempt is no attack (fr)",
        ),
        pytest.param(
            "Kurdish forces foiled an attack on the Conoco gas field on Tuesday.",
            id="a foiled attack is no attack (en)",
        ),
        pytest.param(
            "Kurdish forces said they had thwarted a drone attack on the Conoco gas field.",
            id="a thwarted attack is no attack (en)",
        ),
    ],
)
def test_foiled_attacks_are_not_events(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert mentions(extractor, make_article, body) == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Deux sites de l'est de la Syrie ont été visés mardi par des drones. La première "
            "attaque a touché le champ gazier de Conoco. Peu après, une explosion a été "
            "entendue au champ pétrolier d'al-Omar.",
            id="a region's attacks told site by site share the lead's facts (fr)",
        ),
        pytest.param(
            "Two sites in eastern Syria were targeted by drones on Tuesday. The first attack "
            "hit the Conoco gas field. Shortly afterwards, an explosion was heard at the "
            "Al-Omar oil field.",
            id="a region's attacks told site by site share the lead's facts (en)",
        ),
    ],
)
def test_a_region_lead_fills_each_site_told_after_it(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert sorted((m.location_name, m.weapon, m.event_date) for m in found) == [  # type: ignore[type-var]
        ("Al-Omar oil field", "drone", date(2023, 10, 31)),
        ("Conoco gas field", "drone", date(2023, 10, 31)),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des roquettes ont visé mardi le champ gazier de Conoco. Peu après, des drones ont "
            "frappé le champ pétrolier d'al-Omar. La Résistance islamique en Irak a revendiqué "
            "les deux attaques.",
            id="a claim of both attacks told in two sentences covers both (fr)",
        ),
        pytest.param(
            "Rockets targeted the Conoco gas field on Tuesday. Shortly afterwards, drones struck "
            "the Al-Omar oil field. The Islamic Resistance in Iraq claimed both attacks.",
            id="a claim of both attacks told in two sentences covers both (en)",
        ),
    ],
)
def test_a_claim_of_both_covers_two_sentences(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert sorted((m.location_name, m.weapon, m.claimed_by) for m in found) == [  # type: ignore[type-var]
        ("Al-Omar oil field", "drone", "Islamic Resistance in Iraq"),
        ("Conoco gas field", "rocket", "Islamic Resistance in Iraq"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Une personne a été tuée et dix-huit autres blessées mardi dans les frappes "
            "américaines contre un site près de Hit.",
            (1, 18),
            id="wounded in the American strikes are not the attacker's own side (fr)",
        ),
        pytest.param(
            "One person was killed and 18 others were wounded on Tuesday in the U.S. strikes "
            "on a site near Hit.",
            (1, 18),
            id="wounded in the U.S. strikes are not the attacker's own side (en)",
        ),
        pytest.param(
            "Une frappe de drone américaine a tué mardi un commandant près de Hit. Trois "
            "personnes ont été tuées dans la frappe, selon des responsables irakiens.",
            (3, None),
            id="a stated total replaces the one named victim (fr)",
        ),
        pytest.param(
            "A U.S. drone strike near Hit killed a senior commander on Tuesday. Three people "
            "were killed in the strike, Iraqi officials said.",
            (3, None),
            id="a stated total replaces the one named victim (en)",
        ),
    ],
)
def test_tolls_across_phrases(
    extractor: Extractor, make_article: MakeArticle, body: str, expected: tuple[int, int | None]
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.killed, m.wounded) for m in found] == [("Hit", *expected)]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "Un drone américain a frappé mardi des combattants près de Hit, peu après qu'ils "
            "ont tiré un missile sur la base d'Aïn al-Assad. Selon Washington, le missile a été "
            "lancé par les Kataëb Hezbollah.",
            "drone",
            id="the state's air strike and the missile it answered keep their own attackers (fr)",
        ),
        pytest.param(
            "A U.S. AC-130 gunship struck fighters near Hit on Tuesday, shortly after they fired "
            "a missile at the Ain al-Asad Air Base. U.S. officials said the missile had been "
            "launched by Kataib Hezbollah.",
            "airstrike",
            id="the state's air strike and the missile it answered keep their own attackers (en)",
        ),
    ],
)
def test_air_strike_and_the_attack_it_answered(
    extractor: Extractor, make_article: MakeArticle, body: str, weapon: str
) -> None:
    found = {m.location_name: m for m in mentions(extractor, make_article, body)}
    assert (found["Hit"].weapon, found["Hit"].attacker) == (
        weapon,
        "United States Armed Forces",
    )
    assert (found["Ain al-Asad Air Base"].weapon, found["Ain al-Asad Air Base"].attacker) == (
        "missile",
        "Kataib Hezbollah",
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A close-range ballistic missile struck the Ain al-Asad Air Base on Tuesday.",
            id="an indefinite article over compound adjectives counts one (en)",
        ),
        pytest.param(
            "Un missile balistique de courte portée a frappé mardi la base d'Aïn al-Assad.",
            id="an indefinite article before the weapon counts one (fr)",
        ),
    ],
)
def test_one_projectile_with_adjectives(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.weapon, m.projectile_count) for m in found] == [("missile", 1)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Un drone a frappé mardi la base de Harir. Les Kataëb Hezbollah, qui sont tenus pour "
            "responsables de la plupart des attaques, ont revendiqué cette attaque.",
            id="a tally inside a relative clause does not make the claim an aggregate (fr)",
        ),
        pytest.param(
            "A drone hit the Harir Air Base on Tuesday. Kataib Hezbollah, which Washington holds "
            "responsible for many of the attacks, claimed the drone strike on the base.",
            id="a tally inside a relative clause does not make the claim an aggregate (en)",
        ),
    ],
)
def test_relative_clause_tally_is_an_aside(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.claimed_by) for m in found] == [
        ("Harir Air Base", "Kataib Hezbollah")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Des roquettes ont frappé lundi la base de Harir. Aucun blessé n'a été signalé, a "
            "indiqué mardi un responsable kurde.",
            id="a later report day does not keep the toll from the attack (fr)",
        ),
        pytest.param(
            "Rockets struck the Harir Air Base on Monday. No injuries were reported, a Kurdish "
            "official said on Tuesday.",
            id="a later report day does not keep the toll from the attack (en)",
        ),
    ],
)
def test_toll_said_on_a_later_day(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.event_date, m.killed, m.wounded) for m in found] == [(date(2023, 10, 30), 0, 0)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Un missile a frappé mardi un pétrolier dans le golfe d'Aden. L'équipage a maîtrisé "
            "l'incendie avec l'aide de navires américains et irakiens, et aucun blessé n'a été "
            "signalé.",
            id="at sea, nationalities are ships' and do not move the toll elsewhere (fr)",
        ),
        pytest.param(
            "A missile struck a tanker in the Gulf of Aden on Tuesday. The crew fought the fire "
            "with help from American and Iraqi warships, and no injuries were reported.",
            id="at sea, nationalities are ships' and do not move the toll elsewhere (en)",
        ),
    ],
)
def test_toll_of_an_attack_at_sea(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.country_iso2, m.killed, m.wounded) for m in found] == [
        ("Gulf of Aden", "XZ", 0, 0)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Un drone a frappé dimanche la base de Tower 22, en Jordanie. Un porte-parole "
            "jordanien a d'abord affirmé que l'attaque avait eu lieu en Syrie.",
            id="the attack placed in another country is the one already told (fr)",
        ),
        pytest.param(
            "A drone hit Tower 22 in Jordan on Sunday. A Jordanian spokesperson initially said "
            "the attack had taken place across the border in Syria.",
            id="the attack placed in another country is the one already told (en)",
        ),
    ],
)
def test_a_definite_attack_placed_elsewhere_is_no_new_attack(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.country_iso2) for m in found] == [("Tower 22", "JO")]


def test_an_indefinite_attack_in_a_country_is_a_new_one(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    found = mentions(
        extractor,
        make_article,
        "A drone hit Tower 22 in Jordan on Sunday. Officials said the group had also claimed "
        "an attack in Syria.",
    )
    assert {m.country_iso2 for m in found} == {"JO", "SY"}


def test_a_headline_worded_a_little_differently_from_the_title_is_the_title_line(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    article = make_article(
        "Lundi, des roquettes ont été tirées contre la base d'Aïn al-Assad.",
        title="Irak : des drones visent la base de Harir mardi",
    )
    # The scraper's title says "frappent" where the page's headline line says "visent".
    retitled = replace(article, title="Irak : des drones frappent la base de Harir mardi")
    found = extractor.extract(retitled).mentions
    assert [m.location_name for m in found] == ["Ain al-Asad Air Base"]


def test_a_lead_sentence_is_never_a_headline(
    extractor: Extractor, make_article: MakeArticle
) -> None:
    article = make_article(
        "Lundi, des roquettes ont été tirées contre la base d'Aïn al-Assad.",
        title="Des drones ont visé mardi la base de Harir.",
    )
    retitled = replace(article, title="Des drones ont visé la base de Harir")
    found = extractor.extract(retitled).mentions
    assert sorted(m.location_name for m in found) == ["Ain al-Asad Air Base", "Harir Air Base"]  # type: ignore[type-var]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Un missile a frappé mardi un pétrolier dans le golfe d'Aden. Un porte-parole "
            "militaire des Houthis a affirmé que le groupe avait visé un pétrolier britannique.",
            id="a group's spokesman saying the group had targeted it is a claim (fr)",
        ),
        pytest.param(
            "A missile struck a tanker in the Gulf of Aden on Tuesday. A Houthi military "
            "spokesman said the group had targeted a British oil tanker.",
            id="a group's spokesman saying the group had targeted it is a claim (en)",
        ),
    ],
)
def test_claim_voiced_by_a_spokesman(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.claimed_by, m.attribution) for m in found] == [
        ("Gulf of Aden", "Houthis", "claimed")
    ]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        pytest.param(
            "Des roquettes ont été tirées mardi en direction de l'ambassade des États-Unis à "
            "Erbil.",
            ["Erbil"],
            id="an embassy aimed at is where the attack was (fr)",
        ),
        pytest.param(
            "Three rockets landed near the U.S. embassy in Erbil on Tuesday.",
            ["Erbil"],
            id="an embassy aimed at is where the attack was (en)",
        ),
        pytest.param(
            "L'ambassade américaine à Erbil a condamné mardi l'attaque de drone contre la base "
            "de Harir.",
            ["Harir Air Base"],
            id="an embassy speaking is where its people are (fr)",
        ),
        pytest.param(
            "The U.S. embassy in Erbil condemned the drone attack on the Harir Air Base on "
            "Tuesday.",
            ["Harir Air Base"],
            id="an embassy speaking is where its people are (en)",
        ),
    ],
)
def test_embassies(
    extractor: Extractor, make_article: MakeArticle, body: str, places: list[str]
) -> None:
    found = mentions(extractor, make_article, body)
    assert [m.location_name for m in found] == places


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Une attaque au mortier a visé mardi la base de Harir, blessant légèrement deux "
            "soldats.",
            id="an adverb between the verb and the toll (fr)",
        ),
        pytest.param(
            "A mortar attack hit the Harir Air Base on Tuesday, slightly wounding two soldiers.",
            id="an adverb before the casualty verb (en)",
        ),
    ],
)
def test_toll_after_an_adverb(extractor: Extractor, make_article: MakeArticle, body: str) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.weapon, m.wounded) for m in found] == [("mortar", 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "La Résistance islamique en Irak a affirmé sur Telegram qu'elle avait visé mardi "
            "la base de Harir avec un drone.",
            id="a group saying on Telegram that it had targeted a base claims it (fr)",
        ),
        pytest.param(
            "The Islamic Resistance in Iraq said on Telegram that it had targeted the Harir Air "
            "Base with a drone on Tuesday.",
            id="a group saying on Telegram that it had targeted a base claims it (en)",
        ),
    ],
)
def test_said_that_it_had_targeted_is_a_claim(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.claimed_by) for m in found] == [
        ("Harir Air Base", "Islamic Resistance in Iraq")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Rockets struck the Ain al-Asad air base on Monday. The attack comes barely a week "
            "after militants attacked a checkpoint in Hit, about 40 kilometres away, where two "
            "soldiers and a guard were killed.",
            id="barely a week after; a distance aside, then where + two groups of victims (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé lundi la base aérienne d'Aïn al-Assad. L'attaque survient "
            "à peine une semaine après l'attaque d'un poste de contrôle à Hit, à une quarantaine "
            "de kilomètres, où deux soldats et un garde ont été tués.",
            id="à peine une semaine après ; une distance en incise, puis où + deux groupes (fr)",
        ),
    ],
)
def test_a_passing_reference_a_week_before_with_its_toll_after_a_distance(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    hit = next(m for m in found if m.location_name == "Hit")
    assert (hit.event_date, hit.date_precision, hit.is_background, hit.killed) == (
        date(2023, 10, 23),
        "week",
        True,
        3,
    )


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "A local commander was shot dead in Erbil on Monday along with his bodyguard.",
            2,
            id="was shot dead along with his bodyguard: two (en)",
        ),
        pytest.param(
            "Un commandant local a été tué par balles lundi à Erbil avec deux de ses gardes.",
            3,
            id="a été tué avec deux de ses gardes : trois (fr)",
        ),
        pytest.param(
            "En mars, un élu local avait été tué à Erbil avec un adolescent.",
            2,
            id="avait été tué avec un adolescent : deux (fr)",
        ),
        pytest.param(
            "In March, a local councillor was killed in Erbil together with a teenager.",
            2,
            id="killed together with a teenager: two (en)",
        ),
        pytest.param(
            "A soldier was killed in Erbil on Monday along with three others.",
            4,
            id="killed along with three others: four (en)",
        ),
        pytest.param(
            "Un soldat a été tué lundi à Erbil avec une arme automatique.",
            1,
            id="tué avec une arme : no companion (fr, already passed)",
        ),
    ],
)
def test_victims_who_died_along_with_the_one_told(
    extractor: Extractor, make_article: MakeArticle, body: str, killed: int
) -> None:
    assert [m.killed for m in mentions(extractor, make_article, body)] == [killed]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A rocket killed six soldiers in Erbil on Tuesday. It was the deadliest attack in the "
            "region since February 2019, when a car bomb killed 40 policemen in Hit.",
            id="the deadliest since February 2019, when a car bomb killed 40 (en, already passed)",
        ),
        pytest.param(
            "Une roquette a tué mardi six soldats à Erbil. Il s'agit de l'attaque la plus "
            "meurtrière dans la région depuis février 2019, lorsqu'une voiture piégée avait tué "
            "40 policiers à Hit.",
            id="la plus meurtrière depuis février 2019, lorsqu'une voiture piégée (fr)",
        ),
    ],
)
def test_the_attack_told_after_since_a_month_when(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [
        (m.location_name, m.event_date, m.date_precision, m.is_background, m.weapon, m.killed)
        for m in found
    ] == [
        ("Erbil", date(2023, 10, 31), "day", False, "rocket", 6),
        ("Hit", date(2019, 2, 1), "month", True, "ied", 40),
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants killed six soldiers in Erbil on Tuesday. It was the deadliest attack in the "
            "region since February, when a car bomb killed 40 policemen there.",
            id="the car bomb of February is not Tuesday's weapon (en)",
        ),
        pytest.param(
            "Des combattants ont tué mardi six soldats à Erbil. Il s'agit de l'attaque la plus "
            "meurtrière depuis février, lorsqu'une voiture piégée avait tué 40 policiers.",
            id="la voiture piégée de février n'est pas l'arme de mardi (fr, already passed)",
        ),
    ],
)
def test_a_weapon_told_after_since_a_month_when_is_not_the_attacks(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.weapon) for m in found if not m.is_background] == [
        ("Erbil", "unknown")
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A rocket killed two guards at the Hit checkpoint on Monday. The militia hailed "
            "the attack as a reply to the government's war in Abu Kamal.",
            id="the war in Abu Kamal is where a war is fought, not the attack (en)",
        ),
        pytest.param(
            "Une roquette a tué lundi deux gardes au poste de contrôle de Hit. La milice a salué "
            "l'attaque, une réponse selon elle à la guerre menée par le régime à Abou Kamal.",
            id="la guerre menée à Abou Kamal n'est pas le lieu de l'attaque (fr, already passed)",
        ),
    ],
)
def test_where_a_war_is_fought_is_no_attack_place(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert [m.location_name for m in mentions(extractor, make_article, body)] == ["Hit"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants attacked an army post in Hit on Monday, killing five soldiers. The Iraqi "
            "army said its troops returned fire, killing seven of the attackers.",
            id="returned fire, killing seven attackers: the response (en, already passed)",
        ),
        pytest.param(
            "Des combattants ont attaqué lundi un poste de l'armée à Hit, tuant cinq soldats. "
            "L'armée irakienne a annoncé avoir tué sept assaillants lors de la riposte.",
            id="avoir tué sept assaillants lors de la riposte : la riposte, pas l'attaque (fr)",
        ),
    ],
)
def test_the_defenders_response_gives_the_attack_no_actor(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.attacker, m.claimed_by, m.killed) for m in found] == [
        ("Hit", None, None, 5)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants attacked an army post in Hit on Monday, killing five soldiers. The attack "
            "was carried out by gunmen identified as members of Kataib Hezbollah.",
            id="carried out by gunmen identified as members of X: X (en, already passed)",
        ),
        pytest.param(
            "Des combattants ont attaqué lundi un poste de l'armée à Hit, tuant cinq soldats. "
            "L'attaque a été menée par des hommes armés, identifiés comme des membres des "
            "Kataëb Hezbollah.",
            id="menée par des hommes armés, identifiés comme des membres de X : X (fr)",
        ),
    ],
)
def test_an_agent_identified_after_unknown_men(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.attacker) for m in found] == [("Hit", "Kataib Hezbollah")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "At least six volunteers for the defence of the homeland (VDP), civilian auxiliaries "
            "of the army, were killed in an attack near Hit on Monday.",
            id="volunteers for the defence of the homeland (VDP), an apposition, were killed (en)",
        ),
        pytest.param(
            "Au moins six combattants volontaires pour la défense de la patrie (VDP), des "
            "supplétifs civils de l'armée, ont été tués lundi dans une attaque près de Hit.",
            id="combattants volontaires pour la défense de la patrie (VDP), ..., ont été tués (fr)",
        ),
    ],
)
def test_victims_named_with_a_units_name_before_the_verb(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert [m.killed for m in mentions(extractor, make_article, body)] == [6]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Near Erbil on Monday, an army attack helicopter carrying troops was shot down by an "
            "explosive-laden drone, killing 12 soldiers.",
            id="a helicopter shot down by a drone: the drone is the weapon (en)",
        ),
        pytest.param(
            "Lundi près d'Erbil, un avion de combat qui transportait des munitions a été abattu "
            "par un drone chargé d'explosifs, tuant ses deux pilotes.",
            id="un avion abattu par un drone : l'arme est le drone (fr)",
        ),
    ],
)
def test_an_aircraft_brought_down_is_the_target_not_the_weapon(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert [m.weapon for m in mentions(extractor, make_article, body)] == ["drone"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "On Tuesday a drone attack on Tower 22 killed three American soldiers, an attack "
            "claimed by the Islamic Resistance in Iraq.",
            id="an attack claimed by X after its American victims: X (en)",
        ),
        pytest.param(
            "Mardi, une attaque de drone contre Tower 22 a tué trois soldats américains, une "
            "attaque revendiquée par la Résistance islamique en Irak.",
            id="une attaque revendiquée par X après ses victimes américaines : X (fr)",
        ),
    ],
)
def test_a_passive_claim_names_its_agent_not_the_victims(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.attacker, m.claimed_by, m.killed) for m in found] == [
        ("Islamic Resistance in Iraq", "Islamic Resistance in Iraq", 3)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "American jets struck Abu Kamal on Tuesday, two days after drone fire claimed by the "
            "Islamic Resistance in Iraq against the Harir Air Base.",
            id="a claim inside a context clause is the earlier attack's (en)",
        ),
        pytest.param(
            "Des avions américains ont frappé mardi Abu Kamal, deux jours après des tirs de drones "
            "revendiqués par la Résistance islamique en Irak contre la base aérienne de Harir.",
            id="une revendication dans une proposition de contexte (fr)",
        ),
    ],
)
def test_a_claim_in_a_context_clause_is_not_the_attacks(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.claimed_by) for m in found if not m.is_background] == [
        ("Abu Kamal", None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A bombing hit a church in Erbil on Sunday. It was claimed by Saraya Kataib "
            "Hezbollah, a little-known splinter group.",
            id="a name headed by Saraya is another group, not the alias inside it (en)",
        ),
        pytest.param(
            "Un attentat a frappé dimanche une église d'Erbil. Il a été revendiqué par Saraya "
            "Kataëb Hezbollah, un groupuscule peu connu.",
            id="un nom ouvert par Saraya est un autre groupe (fr)",
        ),
    ],
)
def test_a_group_named_around_an_alias_is_another_group(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [m.claimed_by for m in found] == [None]


@pytest.mark.parametrize(
    ("body", "tolls"),
    [
        pytest.param(
            "Militants attacked a checkpoint in Hit on Monday, killing three soldiers and two "
            "civilians.",
            [(5, None)],
            id="killing three soldiers and two civilians: five killed (en)",
        ),
        pytest.param(
            "Des combattants ont attaqué lundi un poste de contrôle à Hit, tuant trois soldats et "
            "deux civils.",
            [(5, None)],
            id="tuant trois soldats et deux civils : cinq tués (fr)",
        ),
        pytest.param(
            "Militants killed three soldiers and two civilians were wounded in Hit on Monday.",
            [(3, 2)],
            id="the second group with its own verb is not summed (en)",
        ),
        pytest.param(
            "Des combattants ont tué trois soldats et deux civils ont été blessés lundi à Hit.",
            [(3, 2)],
            id="le second groupe avec son propre verbe n'est pas additionné (fr)",
        ),
        pytest.param(
            "Militants attacked a checkpoint in Hit on Monday, killing three soldiers and a boy.",
            [(4, None)],
            id="killing three soldiers and a boy: one person after a group (en)",
        ),
        pytest.param(
            "Des combattants ont attaqué lundi un poste de contrôle à Hit, tuant trois soldats "
            "et un enfant.",
            [(4, None)],
            id="tuant trois soldats et un enfant : une personne après un groupe (fr)",
        ),
    ],
)
def test_two_groups_of_victims_joined_by_and(
    extractor: Extractor, make_article: MakeArticle, body: str, tolls: list[tuple[int, int]]
) -> None:
    assert [(m.killed, m.wounded) for m in mentions(extractor, make_article, body)] == tolls


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants attacked a checkpoint in Erbil on Monday, officials said. The conflict, "
            "which began in 2009, has killed more than 40,000 people.",
            id="the conflict has killed 40,000: a tally, not this attack's toll (en)",
        ),
        pytest.param(
            "Des combattants ont attaqué lundi un poste de contrôle à Erbil, selon des "
            "responsables. Le conflit, qui a commencé en 2009, a fait plus de 40 000 morts.",
            id="le conflit a fait 40 000 morts : un bilan de guerre (fr)",
        ),
    ],
)
def test_the_toll_of_a_war_told_with_the_war_as_subject(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert [m.killed for m in mentions(extractor, make_article, body)] == [None]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Militants dropped explosives from drones before storming a checkpoint in Erbil on "
            "Monday.",
            id="dropped explosives, storming: attack words (en)",
        ),
        pytest.param(
            "Des combattants ont largué des explosifs depuis des drones sur un poste de contrôle "
            "à Erbil lundi.",
            id="largué des explosifs : une attaque (fr)",
        ),
    ],
)
def test_an_assault_told_as_it_began_and_munitions_dropped(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert places(mentions(extractor, make_article, body)) == ["Erbil"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Rockets struck Hit on Monday, wounding two soldiers, who were taken to a medical "
            "center in Erbil.",
            id="a medical center the wounded were taken to (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé Hit lundi, blessant deux soldats, transportés dans un "
            "centre médical à Erbil.",
            id="un centre médical où les blessés ont été transportés (fr)",
        ),
        pytest.param(
            "Rockets struck Hit on Monday, wounding two soldiers, who were evacuated by "
            "helicopter to Erbil.",
            id="evacuated by helicopter to a town (en)",
        ),
        pytest.param(
            "Rockets struck Hit on Monday, wounding two soldiers, and a helicopter flew the "
            "wounded to a hospital in Erbil.",
            id="a helicopter flew the wounded to a hospital in a town (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé Hit lundi, blessant deux soldats, évacués par hélicoptère "
            "vers Erbil.",
            id="évacués par hélicoptère vers une ville (fr)",
        ),
    ],
)
def test_the_medical_center_the_wounded_went_to_is_no_attack_place(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert places(mentions(extractor, make_article, body)) == ["Hit"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gunmen killed five soldiers in Hit on Sunday, the minister said in Erbil on Monday.",
            ["Hit"],
            id="said in a town: where the statement was made (en)",
        ),
        pytest.param(
            "Five soldiers were killed in an ambush near Hit on Sunday, the police chief said, "
            "speaking at a ceremony in Erbil.",
            ["Hit"],
            id="speaking at a ceremony in a town (en)",
        ),
        pytest.param(
            "Des hommes armés ont tué cinq soldats à Hit dimanche, a déclaré lundi le ministre "
            "à Erbil.",
            ["Hit"],
            id="a déclaré le ministre à une ville : le lieu de la déclaration (fr)",
        ),
        pytest.param(
            "Cinq soldats ont été tués dimanche à Hit, a déclaré le gouverneur lors d'une "
            "conférence de presse à Erbil.",
            ["Hit"],
            id="lors d'une conférence de presse à une ville (fr)",
        ),
        pytest.param(
            "Gunmen killed five soldiers on Sunday, the governor told reporters in Erbil.",
            ["Erbil"],
            id="the only place named stays (en)",
        ),
        pytest.param(
            "Police said in Erbil on Sunday that gunmen had attacked a checkpoint in Hit.",
            ["Hit"],
            id="the attack told after the statement's place (en)",
        ),
    ],
)
def test_where_a_statement_was_made_is_no_attack_place(
    extractor: Extractor, make_article: MakeArticle, body: str, expected: list[str]
) -> None:
    assert places(mentions(extractor, make_article, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Militias have carried out frequent drone strikes on the Erbil air base in recent "
            "years.",
            [],
            id="frequent drone strikes: a habit, no attack (en)",
        ),
        pytest.param(
            "Depuis janvier, la base aérienne d'Erbil est régulièrement prise pour cible par "
            "les milices.",
            [],
            id="régulièrement prise pour cible : une habitude, pas une attaque (fr)",
        ),
        pytest.param(
            "Militants attacked a checkpoint in Hit on Monday, killing two soldiers, in an area "
            "regularly targeted by militias.",
            ["Hit"],
            id="an attack on one day in an area regularly targeted: the attack (en)",
        ),
        pytest.param(
            "Des miliciens ont attaqué lundi un poste de contrôle à Hit, tuant deux soldats, "
            "dans une zone régulièrement prise pour cible.",
            ["Hit"],
            id="une attaque un jour dans une zone régulièrement visée : l'attaque (fr)",
        ),
        pytest.param(
            "The militias have stepped up rocket attacks on the Erbil air base.",
            [],
            id="stepped up attacks: a campaign (en)",
        ),
        pytest.param(
            "Les milices multiplient les attaques contre la base aérienne d'Erbil.",
            [],
            id="multiplient les attaques : une campagne (fr)",
        ),
        pytest.param(
            "Militia attacks on soldiers and civilians have continued across Hit and Erbil.",
            [],
            id="attacks have continued: a state of affairs (en)",
        ),
        pytest.param(
            "Les attaques des milices contre les soldats ont continué à Hit et à Erbil.",
            [],
            id="les attaques ont continué : un état de fait (fr)",
        ),
        pytest.param(
            "Farmers near Hit have suffered repeated attacks by the militia.",
            [],
            id="repeated attacks: a habit (en)",
        ),
        pytest.param(
            "Les paysans de Hit subissent des attaques répétées de la milice.",
            [],
            id="des attaques répétées : une habitude (fr)",
        ),
        pytest.param(
            "The Erbil police lost more than 90 officers to militia attacks in 2023.",
            [],
            id="officers lost to attacks in a year: a tally (en)",
        ),
        pytest.param(
            "La police d'Erbil a perdu plus de 90 agents dans des attaques de milices en 2023.",
            [],
            id="des agents perdus dans des attaques en un an : un décompte (fr)",
        ),
        pytest.param(
            "Militias fired 34 drones overnight at targets in six provinces, including Erbil.",
            [],
            id="attacks spread over six provinces: a total (en)",
        ),
        pytest.param(
            "Les milices ont tiré 34 drones pendant la nuit dans six provinces, dont celle "
            "d'Erbil.",
            [],
            id="des attaques dans six provinces : un total (fr)",
        ),
        pytest.param(
            "The monitor has documented more than 300 civilian deaths around Erbil in June alone.",
            [],
            id="deaths a monitor documented: a tally (en)",
        ),
        pytest.param(
            "L'ONG a recensé plus de 300 morts civils autour d'Erbil en juin.",
            [],
            id="des morts qu'une ONG a recensés : un décompte (fr)",
        ),
        pytest.param(
            "Militants continue to mount hit-and-run attacks on soldiers near Erbil.",
            [],
            id="continue to mount attacks: a habit (en)",
        ),
        pytest.param(
            "Les jihadistes continuent de mener des attaques contre les soldats près d'Erbil.",
            [],
            id="continuent de mener des attaques : une habitude (fr)",
        ),
        pytest.param(
            "The coalition has carried out strikes on militia targets near Erbil since January.",
            [],
            id="strikes since a month: a campaign (en)",
        ),
        pytest.param(
            "La coalition mène depuis janvier des frappes contre des cibles de la milice près "
            "d'Erbil.",
            [],
            id="des frappes depuis janvier : une campagne (fr)",
        ),
        pytest.param(
            "The army responded with several rounds of strikes on militia positions near Erbil.",
            [],
            id="several rounds of strikes: a count (en)",
        ),
        pytest.param(
            "L'armée a répondu par plusieurs vagues de frappes contre des positions de la milice "
            "près d'Erbil.",
            [],
            id="plusieurs vagues de frappes : un décompte (fr)",
        ),
        pytest.param(
            "The policy exposes returnees near Erbil to renewed militia attacks.",
            [],
            id="exposed to attacks: no attack (en)",
        ),
        pytest.param(
            "Les rapatriés d'Erbil restent exposés aux attaques des milices.",
            [],
            id="exposés aux attaques : pas d'attaque (fr)",
        ),
        pytest.param(
            "The militia began firing rockets at the Erbil air base after the start of the war.",
            [],
            id="began firing: a campaign (en)",
        ),
        pytest.param(
            "La milice a commencé à tirer des roquettes sur la base aérienne d'Erbil, blessant "
            "des soldats, après le début de la guerre.",
            [],
            id="a commencé à tirer : une campagne (fr)",
        ),
        pytest.param(
            "The militia is blamed for the deaths of thousands of civilians around Erbil.",
            [],
            id="deaths in thousands: a tally (en)",
        ),
        pytest.param(
            "Les frappes de la milice ont tué des milliers de civils autour d'Erbil.",
            [],
            id="des milliers de tués : un décompte (fr)",
        ),
        pytest.param(
            "In August, coordinated militia attacks across Erbil province killed more than 50 "
            "people.",
            [],
            id="attacks across a province: a total (en)",
        ),
        pytest.param(
            "En août, des attaques coordonnées de la milice à travers la province d'Erbil ont "
            "fait plus de 50 morts.",
            [],
            id="des attaques à travers une province : un total (fr)",
        ),
        pytest.param(
            "Militia cells still carry out hit-and-run attacks on convoys near Erbil.",
            [],
            id="still carry out attacks: a habit (en)",
        ),
        pytest.param(
            "Les cellules de la milice mènent encore des attaques contre les convois près d'Erbil.",
            [],
            id="mènent encore des attaques : une habitude (fr)",
        ),
        pytest.param(
            "Les milices multiplient aussi depuis un an les attaques contre la base d'Erbil.",
            [],
            id="multiplient depuis un an les attaques : une campagne (fr)",
        ),
        pytest.param(
            "Caption: Soldiers cordon off the area after the rocket attack on Erbil. - Photo by "
            "the author",
            [],
            id="a caption line is page furniture (en)",
        ),
        pytest.param(
            "Légende : des soldats bouclent le quartier après l'attaque à la roquette contre "
            "Erbil.",
            [],
            id="une légende est du mobilier de page (fr)",
        ),
        pytest.param(
            "Gunmen attacked a checkpoint in Hit on Monday, killing two soldiers; farmers there "
            "have suffered repeated attacks.",
            ["Hit"],
            id="an attack on one day where repeated attacks happen: the attack (en)",
        ),
        pytest.param(
            "Les attaques se sont poursuivies lundi à Hit, où des miliciens ont tué deux soldats.",
            ["Hit"],
            id="les attaques se sont poursuivies lundi : l'attaque du jour (fr)",
        ),
    ],
)
def test_habits_and_campaigns_are_no_attack(
    extractor: Extractor, make_article: MakeArticle, body: str, expected: list[str]
) -> None:
    assert places(mentions(extractor, make_article, body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Rockets struck Hit on Monday. Violence has surged since the militia attack on the "
            "Erbil air base on October 7, officials said.",
            id="since the attack on a date: a reference date, no passing reference (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé Hit lundi. Les violences ont augmenté depuis l'attaque de "
            "la milice contre la base aérienne d'Erbil le 7 octobre, selon des responsables.",
            id="depuis l'attaque du 7 octobre : une date de référence (fr)",
        ),
    ],
)
def test_since_the_attack_is_a_reference_date(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert places(mentions(extractor, make_article, body)) == ["Hit"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A bomb exploded near a police post in Erbil on Friday, wounding three officers. The "
            "region has been tense since the fighting in March, during which more than 1,500 "
            "civilians were killed.",
            id="the toll of the fighting a since-clause names is not the bomb's (en)",
        ),
        pytest.param(
            "Une bombe a explosé vendredi près d'un poste de police à Erbil, blessant trois "
            "agents. La région reste tendue depuis les violences de mars, au cours desquelles "
            "plus de 1 500 civils avaient été tués.",
            id="le bilan des violences de mars n'est pas celui de la bombe (fr)",
        ),
    ],
)
def test_a_toll_inside_a_period_clause_is_not_the_attacks(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert [(m.killed, m.wounded) for m in mentions(extractor, make_article, body)] == [(None, 3)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The authorities in Erbil on Tuesday accused the militia of firing rockets at Hit "
            "on Sunday, killing two soldiers.",
            id="accused on Tuesday of firing on Sunday: the accusation's day is no attack day (en)",
        ),
        pytest.param(
            "Les autorités d'Erbil ont accusé mardi la milice d'avoir tiré dimanche des "
            "roquettes sur Hit, tuant deux soldats.",
            id="accusé mardi d'avoir tiré dimanche : le jour de l'accusation (fr)",
        ),
    ],
)
def test_the_day_of_an_accusation_dates_the_statement(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = [m for m in mentions(extractor, make_article, body) if m.location_name == "Hit"]
    assert [(m.event_date, m.killed) for m in found] == [(date(2023, 10, 29), 2)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Rockets struck Hit on Monday. The attack was claimed by a new militia, an offshoot "
            "of an Erbil-based group.",
            id="an X-based group: X is its home, no attack place (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé Hit lundi. L'attaque a été revendiquée par une nouvelle "
            "milice, une émanation d'un groupe basé à Erbil.",
            id="un groupe basé à X : son siège, pas un lieu d'attaque (fr)",
        ),
        pytest.param(
            "Rockets struck Hit on Monday. Erbil says the militia is behind the attack.",
            id="a town that says: the government seated there (en)",
        ),
        pytest.param(
            "Des roquettes ont frappé Hit lundi. Erbil accuse la milice d'être derrière l'attaque.",
            id="une ville qui accuse : le gouvernement qui y siège (fr)",
        ),
    ],
)
def test_a_groups_home_and_a_speaking_town_are_no_attack_places(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert places(mentions(extractor, make_article, body)) == ["Hit"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "AFRICOM said it conducted an airstrike on Sunday against militants near Hit.",
            ("United States Armed Forces", date(2023, 10, 29)),
            id="AFRICOM said it conducted a strike against X: the US side, X attacked (en)",
        ),
        pytest.param(
            "L'armée a annoncé mardi avoir mené dimanche une frappe aérienne contre des "
            "combattants près de Hit.",
            (None, date(2023, 10, 29)),
            id="a annoncé mardi avoir mené dimanche : la frappe est de dimanche (fr)",
        ),
        pytest.param(
            "L'armée a indiqué avoir mené dimanche une frappe aérienne contre des combattants "
            "près de Hit.",
            (None, date(2023, 10, 29)),
            id="a indiqué avoir mené dimanche : l'infinitif ouvre l'acte raconté (fr)",
        ),
    ],
)
def test_a_command_claiming_a_strike_against_a_group(
    extractor: Extractor, make_article: MakeArticle, body: str, expected: tuple[object, date]
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.claimed_by, m.event_date) for m in found] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Drones struck the Erbil air base on Tuesday, while at least seven civilians were "
            "killed in shelling on Hit.",
            id="while seven were killed in shelling on Y: Y's toll, not X's (en)",
        ),
        pytest.param(
            "Des drones ont frappé mardi la base aérienne d'Erbil, tandis qu'au moins sept civils "
            "ont péri dans des bombardements sur Hit.",
            id="tandis que sept civils ont péri à Y : le bilan de Y (fr)",
        ),
    ],
)
def test_a_toll_after_while_goes_to_the_place_of_its_clause(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = {m.location_name: m.killed for m in mentions(extractor, make_article, body)}
    assert found.get("Hit") == 7 and all(k is None for n, k in found.items() if n != "Hit")


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "Gunmen attacked a border post in Hit on Monday, killing an agent.",
            1,
            id="killing an agent: one victim (en)",
        ),
        pytest.param(
            "Des hommes armés ont attaqué lundi un poste frontalier à Hit, tuant un agent.",
            1,
            id="tuant un agent : une victime (fr)",
        ),
        pytest.param(
            "Five soldiers had perished on Monday in an attack on a border post in Hit.",
            5,
            id="had perished: the dead (en)",
        ),
        pytest.param(
            "Cinq militaires avaient péri lundi dans une attaque contre un poste frontalier à Hit.",
            5,
            id="avaient péri : les morts (fr)",
        ),
    ],
)
def test_an_agent_is_a_victim_and_the_pluperfect_of_perish_counts_the_dead(
    extractor: Extractor, make_article: MakeArticle, body: str, killed: int
) -> None:
    assert [m.killed for m in mentions(extractor, make_article, body)] == [killed]
