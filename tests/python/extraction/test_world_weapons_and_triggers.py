"""The weapons and attack words of world attack reporting, each group in English and in French.

Every sentence here was written for these tests; none comes from a real article. The places are
the fixture gazetteer's (Hit, Abu Kamal/Boukamal, Erbil, al-Shaddadi, Ain al-Asad, the Gulf of
Aden): the vocabulary is under test, not the gazetteer. Publication is Tuesday 31 October 2023.

False hits, and what was done about them (see also ingest/extraction/README.md):

- "mine"/"mines" alone are a French pronoun and a mining site: only qualified mines are terms
  ("mine artisanale", "landmine", "hit a mine", "a sauté sur une mine"); "explosion d'une mine"
  is left out (a coal-mine explosion).
- "shell" is also a shell company and the oil major; "missile" is also part of a ship's type
  ("guided-missile destroyer", "destroyer lance-missiles"); "grenade" also a tear gas grenade;
  "bombe" also "bombe à retardement" and "l'effet d'une bombe". These phrases are ``MASK`` cues:
  a weapon word inside one is no weapon, an attack word inside one no attack.
- "tir" is also sport ("tir au but", "tir à l'arc") and idiom ("rectifier le tir"); "attentat"
  also a crime ("attentat à la pudeur"); "stormed" also "stormed out"; "shelled" also "shelled
  out"; "assault" also "sexual assault"; "clashes" also "clashes of opinion": masked too.
- Left out: "fire" and "pounded" (weather), "Grad" alone (a graduate), "Qassam" alone (the
  al-Qassam Brigades), "guided missile" (the destroyer), "armed attack" (also the UN Charter's
  term, and missiles are armed attacks too), model numbers without their noun ("Shahed-136
  drones" is one term, else 136 would read as a count), and launchers ("multiple rocket
  launchers" name a target as often as a weapon used; "rocket launcher" is already non-use).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.extraction import ArticleInput, AttackMention, Extractor
from ingest.extraction.normalize import fold_key

MakeArticle = Callable[..., ArticleInput]
SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def mentions(extractor: Extractor, make_article: MakeArticle, body: str) -> list[AttackMention]:
    article = make_article(body)
    result = extractor.extract(article)
    for mention in result.mentions:
        assert article.text[mention.evidence_start : mention.evidence_end] == mention.evidence_text
    return list(result.mentions)


@pytest.mark.parametrize(
    ("body", "weapon", "count"),
    [
        pytest.param(
            "A suicide bomber blew himself up at a checkpoint in Hit on Tuesday, killing six "
            "people.",
            "ied", None, id="suicide bomber blew himself up is an ied (en)",
        ),
        pytest.param(
            "Un kamikaze s'est fait exploser mardi à un poste de contrôle à Boukamal, tuant six "
            "personnes.",
            "ied", None, id="kamikaze s'est fait exploser is an ied (fr)",
        ),
        pytest.param(
            "Two suicide bombers wearing explosive vests attacked a police station in Hit on "
            "Tuesday.",
            "ied", None, id="explosive vests are an ied (en)",
        ),
        pytest.param(
            "Deux kamikazes portant des ceintures d'explosifs ont attaqué mardi un commissariat "
            "à Hit.",
            "ied", None, id="ceintures d'explosifs are an ied (fr)",
        ),
        pytest.param(
            "A car bomb exploded near a market in Abu Kamal on Monday.",
            "ied", None, id="car bomb is an ied (en)",
        ),
        pytest.param(
            "Une voiture piégée a explosé lundi près d'un marché de Boukamal.",
            "ied", None, id="voiture piégée is an ied (fr)",
        ),
        pytest.param(
            "A VBIED exploded at the gate of the Ain al-Asad air base on Tuesday.",
            "ied", None, id="VBIED is an ied (en)",
        ),
        pytest.param(
            "Un camion-bombe a explosé mardi devant la base d'Aïn al-Assad.",
            "ied", None, id="camion-bombe is an ied (fr)",
        ),
        pytest.param(
            "A roadside bomb struck an army patrol near Hit on Tuesday.",
            "ied", None, id="roadside bomb is an ied (en)",
        ),
        pytest.param(
            "Un engin explosif improvisé a visé mardi une patrouille de l'armée près de Hit.",
            "ied", None, id="engin explosif improvisé is an ied (fr)",
        ),
        pytest.param(
            "An army vehicle hit a mine near al-Shaddadi on Tuesday, killing three soldiers.",
            "ied", None, id="hit a mine is an ied (en)",
        ),
        pytest.param(
            "Un véhicule de l'armée a sauté sur une mine artisanale mardi près d'al-Shaddadi.",
            "ied", None, id="sauté sur une mine artisanale is an ied (fr)",
        ),
        pytest.param(
            "Gunmen opened fire on worshippers at a mosque in Hit on Tuesday, killing 12 people.",
            "small_arms", None, id="gunmen opened fire is small arms (en)",
        ),
        pytest.param(
            "Des hommes armés ont ouvert le feu mardi sur des fidèles dans une mosquée de Hit, "
            "tuant 12 personnes.",
            "small_arms", None, id="hommes armés ont ouvert le feu is small arms (fr)",
        ),
        pytest.param(
            "Naval drones struck a patrol boat near Hit on Tuesday, the navy said.",
            "drone", None, id="naval drones are drones (en)",
        ),
        pytest.param(
            "Des embarcations télécommandées ont frappé mardi un navire au large de Hit.",
            "drone", None, id="des embarcations télécommandées sont des drones (fr)",
        ),
        pytest.param(
            "Armed men killed five villagers in an attack on Hit on Tuesday.",
            "unknown", None, id="armed men name no weapon (en)",
        ),
        pytest.param(
            "Des individus armés ont tué mardi cinq villageois dans une attaque contre Hit.",
            "unknown", None, id="des individus armés ne nomment aucune arme (fr)",
        ),
        pytest.param(
            "Militants ambushed an army convoy near Abu Kamal on Monday, killing nine soldiers.",
            "small_arms", None, id="ambushed is small arms (en)",
        ),
        pytest.param(
            "Des jihadistes ont tendu lundi une embuscade à un convoi de l'armée près de "
            "Boukamal, tuant neuf soldats.",
            "small_arms", None, id="embuscade is small arms (fr)",
        ),
        pytest.param(
            "Jihadists launched a ground assault on an army post in Hit on Tuesday.",
            "small_arms", None, id="ground assault is small arms (en)",
        ),
        pytest.param(
            "Des jihadistes ont lancé mardi un assaut terrestre contre un poste de l'armée à Hit.",
            "small_arms", None, id="assaut terrestre is small arms (fr)",
        ),
        pytest.param(
            "A gunfight broke out between police and smugglers in Abu Kamal on Monday.",
            "small_arms", None, id="gunfight is small arms (en)",
        ),
        pytest.param(
            "Une fusillade a éclaté lundi entre policiers et contrebandiers à Boukamal.",
            "small_arms", None, id="fusillade is small arms (fr)",
        ),
        pytest.param(
            "Five police officers were gunned down at a checkpoint in Hit on Tuesday.",
            "small_arms", None, id="gunned down is small arms (en)",
        ),
        pytest.param(
            "Cinq policiers ont été abattus par balles mardi à un poste de contrôle à Hit.",
            "small_arms", None, id="abattus par balles is small arms (fr)",
        ),
        pytest.param(
            "Russian forces shelled Hit on Tuesday, firing 20 tank shells at homes.",
            "artillery", 20, id="tank shells are artillery, counted (en)",
        ),
        pytest.param(
            "Les forces russes ont tiré mardi 30 obus sur Hit.",
            "artillery", 30, id="obus are artillery, counted (fr)",
        ),
        pytest.param(
            "Heavy shelling hit Hit on Tuesday.",
            "artillery", None, id="shelling is artillery (en)",
        ),
        pytest.param(
            "Des tirs d'obus ont frappé mardi des habitations à Hit.",
            "artillery", None, id="tirs d'obus are artillery (fr)",
        ),
        pytest.param(
            "Russian aircraft dropped glide bombs on Hit on Tuesday.",
            "airstrike", None, id="glide bombs are an airstrike (en)",
        ),
        pytest.param(
            "L'aviation russe a largué mardi des bombes planantes sur Hit.",
            "airstrike", None, id="bombes planantes are an airstrike (fr)",
        ),
        pytest.param(
            "Government helicopters dropped barrel bombs on Hit on Tuesday.",
            "airstrike", None, id="barrel bombs are an airstrike (en)",
        ),
        pytest.param(
            "Des barils d'explosifs ont été largués mardi sur Hit.",
            "airstrike", None, id="barils d'explosifs are an airstrike (fr)",
        ),
        pytest.param(
            "Helicopter gunships and attack helicopters struck positions near Abu Kamal on "
            "Monday.",
            "airstrike", None, id="attack helicopters are an airstrike (en)",
        ),
        pytest.param(
            "Des hélicoptères d'attaque ont frappé lundi des positions près de Boukamal.",
            "airstrike", None, id="hélicoptères d'attaque are an airstrike (fr)",
        ),
        pytest.param(
            "Overnight, 15 Shahed drones struck targets in Erbil.",
            "drone", 15, id="Shahed drones are drones, counted (en)",
        ),
        pytest.param(
            "Dans la nuit, 15 drones Shahed-136 ont frappé des cibles à Erbil.",
            "drone", 15, id="the 136 of drones Shahed-136 is no count (fr)",
        ),
        pytest.param(
            "Three Shahed-136 drones hit Erbil overnight.",
            "drone", 3, id="the 136 of Shahed-136 drones is no count (en)",
        ),
        pytest.param(
            "Un drone kamikaze a frappé mardi un poste de l'armée près de Hit.",
            "drone", 1, id="drone kamikaze is a drone, not a suicide bomber (fr)",
        ),
        pytest.param(
            "Loitering munitions struck an army post near Hit on Tuesday.",
            "drone", None, id="loitering munitions are drones (en)",
        ),
        pytest.param(
            "Des munitions rôdeuses ont frappé mardi un poste de l'armée près de Hit.",
            "drone", None, id="munitions rôdeuses are drones (fr)",
        ),
        pytest.param(
            "Russia fired two Iskander missiles at Erbil on Tuesday.",
            "missile", 2, id="Iskander missiles are missiles, counted (en)",
        ),
        pytest.param(
            "La Russie a tiré mardi deux missiles Kinjal sur Erbil.",
            "missile", 2, id="missiles Kinjal are missiles, counted (fr)",
        ),
        pytest.param(
            "Four Kh-101 cruise missiles hit Erbil on Tuesday.",
            "missile", 4, id="the 101 of Kh-101 cruise missiles is no count (en)",
        ),
        pytest.param(
            "Trois missiles de croisière Kalibr se sont abattus mardi sur Erbil.",
            "missile", 3, id="missiles de croisière Kalibr are missiles, counted (fr)",
        ),
        pytest.param(
            "Ukrainian forces fired 12 BM-21 Grad rockets at Hit on Tuesday.",
            "rocket", 12, id="the 21 of BM-21 Grad rockets is no count (en)",
        ),
        pytest.param(
            "Une frappe de HIMARS a touché lundi un dépôt près de Boukamal.",
            "rocket", None, id="HIMARS is a rocket weapon (fr)",
        ),
        pytest.param(
            "Insurgents fired mortar rounds at the Ain al-Asad air base on Tuesday.",
            "mortar", None, id="mortar rounds are mortars (en)",
        ),
        pytest.param(
            "Des tirs au mortier ont visé mardi la base d'Aïn al-Assad.",
            "mortar", None, id="tirs au mortier are mortars (fr)",
        ),
        pytest.param(
            "Militants threw a grenade at a police station in Hit on Tuesday, wounding four "
            "officers.",
            "other", None, id="grenade is other (en)",
        ),
        pytest.param(
            "Des assaillants ont lancé mardi une grenade contre un commissariat à Hit, blessant "
            "quatre policiers.",
            "other", None, id="grenade is other (fr)",
        ),
        pytest.param(
            "A man armed with a knife attacked passers-by in Erbil on Tuesday, killing two.",
            "other", None, id="armed with a knife is other (en)",
        ),
        pytest.param(
            "Un homme armé d'un couteau a poignardé mardi deux passants à Erbil.",
            "other", None, id="homme armé d'un couteau is other, not small arms (fr)",
        ),
        pytest.param(
            "Gunmen hacked to death seven farmers near Hit on Tuesday.",
            "other", None, id="hacked to death is other (en)",
        ),
        pytest.param(
            "Sept paysans ont été égorgés mardi près de Hit.",
            "other", None, id="égorgés is other (fr)",
        ),
        pytest.param(
            "Militants torched dozens of homes in a village near Hit on Tuesday.",
            "other", None, id="torched is arson, other (en)",
        ),
        pytest.param(
            "Des assaillants ont incendié mardi des dizaines de maisons dans un village près de "
            "Hit.",
            "other", None, id="ont incendié is arson, other (fr)",
        ),
        pytest.param(
            "A mob lynched two men accused of theft in Erbil on Tuesday.",
            "other", None, id="lynched is other (en)",
        ),
        pytest.param(
            "Deux hommes accusés de vol ont été lynchés mardi à Erbil.",
            "other", None, id="lynchés is other (fr)",
        ),
        pytest.param(
            "A drone dropped a grenade on a checkpoint near Hit on Tuesday, wounding two "
            "soldiers.",
            "drone", 1, id="a drone dropping a grenade is a drone attack (en)",
        ),
        pytest.param(
            "Un drone a largué mardi une grenade sur un poste de contrôle près de Hit, blessant "
            "deux soldats.",
            "drone", 1, id="un drone qui largue une grenade est une attaque de drone (fr)",
        ),
        pytest.param(
            "A soldier was killed on Tuesday in a mine blast near Hit.",
            "ied", None, id="a mine blast is an ied (en)",
        ),
        pytest.param(
            "Un soldat a été tué mardi par l'explosion d'une mine près de Hit.",
            "ied", None, id="l'explosion d'une mine is an ied (fr)",
        ),
        pytest.param(
            "A car bomb went off outside a hotel in Erbil on Tuesday.",
            "ied", None, id="a grenade or bomb: a bomb that went off (en)",
        ),
        pytest.param(
            "A grenade was thrown into a crowded bar in Erbil on Tuesday.",
            "other", None, id="a grenade thrown is an attack (en)",
        ),
        pytest.param(
            "Gunfire erupted in Erbil late on Tuesday, leaving four dead.",
            "small_arms", None, id="gunfire erupted is an attack (en)",
        ),
        pytest.param(
            "Des tirs nourris ont éclaté mardi soir à Erbil, faisant quatre morts.",
            "small_arms", None, id="des tirs nourris are an attack (fr)",
        ),
        pytest.param(
            "Un homme a lancé une grenade dans un bar d'Erbil mardi.",
            "other", None, id="a grenade thrown: a lance une grenade (fr)",
        ),
        pytest.param(
            "Gunmen fired rocket-propelled grenades at a police post in Hit on Tuesday, killing "
            "two officers.",
            "small_arms", None, id="rocket-propelled grenades are a ground assault's (en)",
        ),
        pytest.param(
            "Des assaillants ont attaqué mardi un poste de police à Erbil au lance-roquettes, "
            "tuant deux policiers.",
            "small_arms", None, id="un lance-roquettes is a ground assault's (fr)",
        ),
    ],
)  # fmt: skip
def test_world_weapons(
    extractor: Extractor, make_article: MakeArticle, body: str, weapon: str, count: int | None
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert (found[0].weapon, found[0].projectile_count) == (weapon, count)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A blast ripped through a market in Hit on Tuesday.",
            id="a blast ripped through is an attack (en)",
        ),
        pytest.param(
            "Un attentat a visé mardi un marché de Hit.", id="un attentat is an attack (fr)"
        ),
        pytest.param(
            "Militants massacred 40 villagers near Hit on Tuesday.",
            id="massacred is an attack (en)",
        ),
        pytest.param(
            "Une tuerie a fait douze morts mardi dans un village près de Hit.",
            id="une tuerie is an attack (fr)",
        ),
        pytest.param(
            "Heavy clashes between the army and militants erupted near Abu Kamal on Monday.",
            id="clashes are an event, as ACLED's armed clashes (en)",
        ),
        pytest.param(
            "De violents affrontements ont opposé lundi l'armée et des jihadistes près de "
            "Boukamal.",
            id="affrontements are an event, as ACLED's armed clashes (fr)",
        ),
        pytest.param(
            "Fierce fighting broke out between the army and rebels near Hit on Tuesday.",
            id="fierce fighting is an event (en)",
        ),
        pytest.param(
            "Des combats acharnés ont opposé mardi l'armée aux rebelles près de Hit.",
            id="combats acharnés are an event (fr)",
        ),
    ],
)
def test_attack_words_without_a_weapon(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert found[0].weapon == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The army carried out an airstrike on militants near Erbil on Tuesday.",
            id="'carried out an airstrike' is an attack (en)",
        ),
        pytest.param(
            "Warplanes conducted airstrikes on the outskirts of Erbil on Tuesday.",
            id="'conducted airstrikes' is an attack (en)",
        ),
        pytest.param(
            "L'armée a mené mardi une frappe aérienne contre des militants près d'Erbil.",
            id="'a mené une frappe aérienne' est une attaque (fr)",
        ),
    ],
)
def test_an_airstrike_written_as_one_word(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.location_name, m.weapon) for m in found] == [("Erbil", "airstrike")]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        pytest.param(
            "A roadside bomb struck an army patrol near Hit on Tuesday. Three soldiers later "
            "succumbed to their wounds.",
            3, id="succumbed to their wounds counts the dead (en)",
        ),
        pytest.param(
            "Un engin explosif a visé mardi une patrouille près de Hit. Trois soldats ont "
            "succombé à leurs blessures.",
            3, id="ont succombé counts the dead (fr)",
        ),
        pytest.param(
            "Militants massacred 40 villagers near Hit on Tuesday.",
            40, id="massacred counts the dead (en)",
        ),
        pytest.param(
            "Quarante villageois ont été massacrés mardi près de Hit.",
            40, id="ont été massacrés counts the dead (fr)",
        ),
        pytest.param(
            "Five police officers were gunned down at a checkpoint in Hit on Tuesday.",
            5, id="were gunned down counts the dead (en)",
        ),
        pytest.param(
            "Cinq policiers ont été abattus par balles mardi à un poste de contrôle à Hit.",
            5, id="abattus par balles counts the dead (fr)",
        ),
        pytest.param(
            "Gunmen attacked a village near Hit on Tuesday, and the bodies of 12 slain villagers "
            "were found.",
            12, id="slain counts the dead (en)",
        ),
        pytest.param(
            "Douze corps carbonisés ont été retrouvés mardi après l'attaque de Hit.",
            12, id="carbonisés counts the dead (fr)",
        ),
        pytest.param(
            "Gunmen hacked to death seven farmers near Hit on Tuesday.",
            7, id="hacked to death counts the dead (en)",
        ),
        pytest.param(
            "Sept paysans ont été égorgés mardi près de Hit.",
            7, id="égorgés counts the dead (fr)",
        ),
        pytest.param(
            "Attackers set fire to homes in Hit on Tuesday, and seven villagers were burned "
            "alive.",
            7, id="burned alive counts the dead (en)",
        ),
        pytest.param(
            "Des assaillants ont incendié mardi des maisons à Hit, et sept villageois ont été "
            "brûlés vifs.",
            7, id="brûlés vifs counts the dead (fr)",
        ),
        pytest.param(
            "Shelling on a camp near Hit has killed at least 40 people, as fighting for the "
            "province intensifies.",
            40, id="as fighting intensifies: context, no tally (en)",
        ),
        pytest.param(
            "Des obus tombés sur un camp près de Hit ont tué au moins 40 personnes, alors que "
            "les combats s'intensifient dans la province.",
            40, id="alors que les combats s'intensifient : contexte, pas un décompte (fr)",
        ),
        pytest.param(
            "Six policemen were martyred when militants attacked a checkpoint in Hit on Tuesday.",
            6, id="were martyred counts the dead (en)",
        ),
        pytest.param(
            "Six policiers sont tombés en martyrs mardi lors d'une attaque contre un poste de "
            "contrôle à Hit.",
            6, id="tombés en martyrs counts the dead (fr)",
        ),
        pytest.param(
            "Rockets struck a checkpoint in Hit on Tuesday; no officers were hurt.",
            0, id="no officers were hurt is nobody (en)",
        ),
        pytest.param(
            "Des roquettes ont visé mardi un poste de contrôle à Hit ; aucun policier n'a été "
            "blessé.",
            0, id="aucun policier n'a été blessé is nobody (fr)",
        ),
        pytest.param(
            "Militants attacked a checkpoint near Hit on Tuesday, martyring three policemen.",
            3, id="martyring counts the dead (en)",
        ),
        pytest.param(
            "Gunmen shot dead a farmer near Hit on Tuesday.",
            1, id="a farmer is one victim (en)",
        ),
        pytest.param(
            "Des hommes armés ont abattu par balles un agriculteur mardi près de Hit.",
            1, id="un agriculteur est une victime (fr)",
        ),
    ],
)  # fmt: skip
def test_world_casualty_words(
    extractor: Extractor, make_article: MakeArticle, body: str, killed: int
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert found[0].killed == killed


@pytest.mark.parametrize(
    ("body", "attacker"),
    [
        pytest.param(
            "Islamic State militants ambushed an army convoy near Hit on Tuesday.",
            "Islamic State", id="the subject of ambushed is the attacker (en)",
        ),
        pytest.param(
            "Des combattants de l'État islamique ont tendu une embuscade mardi à un convoi près "
            "de Hit.",
            "Islamic State", id="the subject of ont tendu une embuscade is the attacker (fr)",
        ),
    ],
)  # fmt: skip
def test_attack_verbs_name_the_attacker(
    extractor: Extractor, make_article: MakeArticle, body: str, attacker: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert (found[0].attacker, found[0].weapon) == (attacker, "small_arms")


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "A rocket hit the offices of a shell company in Erbil on Tuesday.",
            "rocket", id="a shell company is no artillery shell (en)",
        ),
        pytest.param(
            "The guided-missile destroyer USS Carney came under fire in the Gulf of Aden on "
            "Tuesday.",
            "unknown", id="a guided-missile destroyer is no missile (en)",
        ),
        pytest.param(
            "Un destroyer lance-missiles a essuyé mardi des tirs dans le golfe d'Aden.",
            "unknown", id="un destroyer lance-missiles is no missile (fr)",
        ),
        pytest.param(
            "Police fired tear gas grenades at protesters in Erbil on Tuesday.",
            "unknown", id="tear gas grenades are no grenade attack (en)",
        ),
        pytest.param(
            "La police a tiré mardi des grenades lacrymogènes sur des manifestants à Erbil.",
            "unknown", id="grenades lacrymogènes are no grenade attack (fr)",
        ),
        pytest.param(
            "An attack killed three miners at a gold mine near Erbil on Tuesday.",
            "unknown", id="a gold mine is no landmine (en)",
        ),
        pytest.param(
            "Une attaque a tué mardi trois ouvriers dans une mine d'or près d'Erbil.",
            "unknown", id="une mine d'or is no landmine (fr)",
        ),
        pytest.param(
            "Soldiers came under fire from fighters of the al-Qassam Brigades near Hit on "
            "Tuesday.",
            "unknown", id="the al-Qassam Brigades are no Qassam rocket (en)",
        ),
    ],
)  # fmt: skip
def test_weapon_words_that_are_no_weapon(
    extractor: Extractor, make_article: MakeArticle, body: str, weapon: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert len(found) == 1
    assert found[0].weapon == weapon


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("La mine de charbon d'Erbil a fermé mardi.", id="a coal mine (fr)"),
        pytest.param(
            "The ministry shelled out $2 million for a new hospital in Erbil on Tuesday.",
            id="shelled out is paying (en)",
        ),
        pytest.param(
            "Debt is a time bomb for Erbil, the minister warned on Tuesday.",
            id="a time bomb metaphor (en)",
        ),
        pytest.param(
            "Les députés de l'opposition ont dénoncé mardi à Erbil une réforme qui est une bombe "
            "à retardement.",
            id="une bombe à retardement metaphor (fr)",
        ),
        pytest.param(
            "L'annonce a fait l'effet d'une bombe mardi à Erbil.",
            id="l'effet d'une bombe is news (fr)",
        ),
        pytest.param(
            "Erbil won the penalty shootout on Tuesday after a goalless draw.",
            id="a penalty shootout is sport (en)",
        ),
        pytest.param(
            "Erbil a remporté mardi la séance de tirs au but.", id="tirs au but are sport (fr)"
        ),
        pytest.param("Le ministre a rectifié le tir mardi à Erbil.", id="rectifier le tir (fr)"),
        pytest.param(
            "A man was charged with sexual assault in Erbil on Tuesday.",
            id="sexual assault is no armed assault (en)",
        ),
        pytest.param(
            "Un homme a été condamné mardi à Erbil pour attentat à la pudeur.",
            id="attentat à la pudeur is no attentat (fr)",
        ),
        pytest.param(
            "Opposition MPs stormed out of the regional parliament in Erbil on Tuesday.",
            id="stormed out is leaving (en)",
        ),
        pytest.param(
            "La réforme a mis le feu aux poudres mardi à Erbil.",
            id="mettre le feu aux poudres is an idiom (fr)",
        ),
        pytest.param(
            "Clashes of opinion marked the debate in Erbil on Tuesday.",
            id="clashes of opinion (en)",
        ),
        pytest.param(
            "Les affrontements verbaux ont marqué mardi le débat à Erbil.",
            id="affrontements verbaux (fr)",
        ),
        pytest.param(
            "Le lynchage médiatique du ministre à Erbil a choqué mardi.",
            id="lynchage médiatique (fr)",
        ),
        pytest.param(
            "The insurgency has killed more than 6,000 people in Erbil since 2017.",
            id="a toll since a year is a tally (en)",
        ),
        pytest.param(
            "Les violences ont tué plus de 300 personnes à Erbil depuis janvier.",
            id="un bilan depuis un mois est un décompte (fr)",
        ),
        pytest.param(
            "More than 6,000 people have been killed in the fighting around Erbil, a research "
            "group estimates.",
            id="the toll of the fighting is a tally (en)",
        ),
        pytest.param(
            "Plus de 6 000 personnes ont été tuées dans les combats autour d'Erbil, selon un "
            "centre de recherche.",
            id="le bilan des combats est un décompte (fr)",
        ),
        pytest.param(
            "Officials reported about a hundred bombardments on Erbil province over the past day.",
            id="a hundred bombardments is a count of attacks (en)",
        ),
        pytest.param(
            "Les autorités ont signalé une centaine de bombardements en 24 heures sur la région "
            "d'Erbil, sans faire de victimes.",
            id="une centaine de bombardements est un décompte (fr)",
        ),
    ],
)
def test_no_attack(extractor: Extractor, make_article: MakeArticle, body: str) -> None:
    assert mentions(extractor, make_article, body) == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "A helicopter gunship opened fire on a convoy near Hit on Tuesday.",
            id="a gunship opening fire is an airstrike (en)",
        ),
        pytest.param(
            "Un hélicoptère de combat a ouvert le feu mardi sur un convoi près de Hit.",
            id="un hélicoptère de combat ouvrant le feu is an airstrike (fr)",
        ),
    ],
)
def test_aircraft_opening_fire(extractor: Extractor, make_article: MakeArticle, body: str) -> None:
    found = mentions(extractor, make_article, body)
    assert [m.weapon for m in found] == ["airstrike"]


def test_a_term_names_one_weapon_in_every_language() -> None:
    """Terms are matched without regard to language, so a term written in two languages must
    name the same weapon (and count the same way) in both."""
    with (SEEDS / "weapons.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    owners: dict[str, set[tuple[str, str]]] = {}
    for row in rows:
        owners.setdefault(fold_key(row["term"]), set()).add((row["weapon"], row["is_projectile"]))
    assert {term: found for term, found in owners.items() if len(found) > 1} == {}


def test_a_term_is_listed_once_per_language() -> None:
    """The seed's key is (term, language), which the dbt test `unique_weapons_term_language`
    checks on every build: a term added twice fails the whole run, so it is checked here too,
    before any build."""
    with (SEEDS / "weapons.csv").open(encoding="utf-8", newline="") as handle:
        keys = [(row["term"], row["language"]) for row in csv.DictReader(handle)]
    assert sorted({key for key in keys if keys.count(key) > 1}) == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Islamic State fighters reportedly killed four villagers near Hit on Tuesday.",
            id="the subject of a hedged killing is the attacker (en)",
        ),
        pytest.param(
            "Des combattants de l'État islamique auraient tué mardi quatre villageois près de Hit.",
            id="the subject of auraient tué is the attacker (fr)",
        ),
    ],
)
def test_the_subject_of_a_hedged_killing(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [(m.attacker, m.killed) for m in found] == [("Islamic State", 4)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Un convoi militaire a sauté mardi sur un engin explosif près d'Erbil.",
            id="'a sauté mardi sur un engin explosif': the day between verb and device (fr)",
        ),
        pytest.param(
            "Des jihadistes ont fait sauter mardi un pont près d'Erbil.",
            id="'ont fait sauter un pont' est une attaque (fr)",
        ),
        pytest.param(
            "A military convoy hit an explosive device near Erbil on Tuesday.",
            id="'hit an explosive device' is an attack (en)",
        ),
    ],
)
def test_a_vehicle_blown_up_with_the_day_told_between(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert [m.location_name for m in mentions(extractor, make_article, body)] == ["Erbil"]


def test_taking_the_plunge_is_no_attack(extractor: Extractor, make_article: MakeArticle) -> None:
    body = "Le gouverneur d'Erbil a sauté le pas mardi et annoncé sa candidature."
    assert mentions(extractor, make_article, body) == []


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "Des hommes armés ont attaqué mardi le poste d'Erbil à l'arme automatique.",
            "small_arms",
            id="'à l'arme automatique' is small arms (fr)",
        ),
        pytest.param(
            "Gunmen armed with automatic rifles attacked the Erbil post on Tuesday.",
            "small_arms",
            id="'automatic rifles' are small arms (en, already passed)",
        ),
        pytest.param(
            "Des hommes armés ont fait exploser mardi des charges de dynamite à Erbil, tuant "
            "quatre mineurs.",
            "ied",
            id="'dynamite' is an explosive device (fr)",
        ),
        pytest.param(
            "Gunmen set off dynamite at a mine entrance in Erbil on Tuesday, killing four miners.",
            "ied",
            id="'dynamite' is an explosive device (en)",
        ),
        pytest.param(
            "Des avions de combat ont frappé mardi des lanceurs de missiles près d'Erbil, tuant "
            "cinq combattants.",
            "airstrike",
            id="missile launchers struck are a target, not the weapon (fr)",
        ),
        pytest.param(
            "Aircraft struck missile launchers near Erbil on Tuesday, killing five fighters.",
            "airstrike",
            id="missile launchers struck are a target, not the weapon (en, already passed)",
        ),
    ],
)
def test_automatic_weapons_dynamite_and_launchers(
    extractor: Extractor, make_article: MakeArticle, body: str, weapon: str
) -> None:
    assert [m.weapon for m in mentions(extractor, make_article, body)] == [weapon]


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        pytest.param(
            "At least 12 civilians were killed on Tuesday when an aircraft dropped bombs on the "
            "market in Hit.",
            "airstrike", id="an aircraft dropped bombs: an airstrike, not an IED (en)",
        ),
        pytest.param(
            "Un avion militaire a largué des bombes mardi sur le marché de Hit, tuant douze "
            "civils.",
            "airstrike", id="un avion a largué des bombes : une frappe aérienne (fr)",
        ),
        pytest.param(
            "Two people were killed on Tuesday in Hit when bombs dropped by drones hit a market.",
            "drone", id="bombs dropped by drones: the drones (en)",
        ),
        pytest.param(
            "Deux personnes ont été tuées mardi à Hit lorsque des bombes larguées par des drones "
            "ont frappé un marché.",
            "drone", id="des bombes larguées par des drones (fr)",
        ),
        pytest.param(
            "A roadside bomb killed two soldiers in Hit on Tuesday.",
            "ied", id="a roadside bomb is still an IED (en, already passed)",
        ),
        pytest.param(
            "A military jet dropped bombs on a crowd in Hit on Tuesday, killing 30 people.",
            "airstrike", id="a military jet is an aircraft (en)",
        ),
        pytest.param(
            "Un avion de chasse a largué des bombes mardi sur une foule à Hit, tuant 30 personnes.",
            "airstrike", id="un avion de chasse (fr, already passed)",
        ),
    ],
)  # fmt: skip
def test_bombs_dropped_from_the_air_are_the_aircrafts(
    extractor: Extractor, make_article: MakeArticle, body: str, weapon: str
) -> None:
    found = mentions(extractor, make_article, body)
    assert [m.weapon for m in found] == [weapon]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Ministers meeting in Erbil on Tuesday discussed new sanctions targeting Iranian "
            "banks and tankers.",
            id="sanctions targeting banks: no attack (en)",
        ),
        pytest.param(
            "Réunis mardi à Erbil, les ministres ont discuté de nouvelles sanctions visant des "
            "banques iraniennes.",
            id="des sanctions visant des banques : pas d'attaque (fr)",
        ),
        pytest.param(
            "The ministers in Erbil also backed proposals targeting gas imports on Tuesday.",
            id="proposals targeting imports: no attack (en)",
        ),
    ],
)
def test_measures_targeting_someone_are_no_attack(
    extractor: Extractor, make_article: MakeArticle, body: str
) -> None:
    assert mentions(extractor, make_article, body) == []
