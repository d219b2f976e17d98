"""Grammar words the extractor reacts to (not reference data, hence not seeds), in both languages.

Each phrase is written as it appears after folding (lowercase, no accents, hyphens as spaces).
A trailing ``*`` matches any word that starts with the phrase ("attaqu*": attaque, attaquée...).
"""

from __future__ import annotations

from typing import Final

# (0.25.0) Something destroyed with explosives, "blew up" only before its object ("the row
# blew up in Paris", "blew up at reporters" are no attack), and a vehicle driven into its target
# ("rammed an explosives-laden vehicle into the gate"): attack words, and agent verbs.
_BLEW_UP: Final = tuple(
    f"blew up {what}"
    for what in ("a", "an", "the", "two", "three", "several", "their", "his", "its", "part of")
)
_RAMMED: Final = tuple(
    f"rammed {what}"
    for what in ("an explosives", "an explosive", "a car", "a truck", "a vehicle", "a bomb",
                 "a booby", "his car", "his vehicle", "his truck", "their vehicle", "their car")
)  # fmt: skip

# (0.26.0) Munitions dropped, told with their number or their kind between the verb and the
# noun ("Russian aircraft dropped two guided aerial bombs on X", "dropped several glide bombs",
# "l'aviation a largué deux bombes guidées sur X", "ont largué plusieurs bombes planantes").
_DROPPED_MUNITIONS: Final = (
    *(f"dropped {count}{kind}{noun}"
      for count in ("two ", "three ", "four ", "five ", "six ", "several ", "multiple ",
                    "dozens of ", "", "a dozen ", "seven ", "eight ", "nine ", "ten ", "twelve ",
                    "about a dozen ")
      for kind in ("guided ", "aerial ", "guided aerial ", "glide ", "guided glide ", "gliding ",
                   "cluster ", "heavy ", "powerful ", "air ", "kab ", "", "bunker buster ",
                   "bunker busting ")
      for noun in ("bombs", "bomb")
      if count or kind),
    *(f"{aux} largue {count} bombes"
      for aux in ("a", "ont", "avait", "avaient")
      for count in ("deux", "trois", "quatre", "cinq", "six", "plusieurs", "des dizaines de",
                    "sept", "huit", "neuf", "dix", "douze", "une douzaine de")),
    *(f"{aux} largue des bombes {kind}"
      for aux in ("a", "ont", "avait", "avaient")
      for kind in ("guidees", "planantes", "aeriennes", "guidees aeriennes", "a sous-munitions",
                   "anti bunker")),
)  # fmt: skip

# The adverbs a French compound past may hold between its auxiliary and its participle ("l'armée
# avait déjà bombardé", "ont de nouveau frappé"; 0.25.0: "des dissidents ont par ailleurs
# largué des explosifs", "les rebelles ont pour leur part attaqué", "ont de leur côté tiré").
# (0.31.0) French "conduire" with an attack for its object ("ont conduit des frappes
# aériennes", "a conduit une frappe", "conduit des raids"): an attack word and its agent's verb.
_CONDUCTED_STRIKES: Final = tuple(
    f"conduit {what}"
    for what in ("des frappes", "une frappe", "une serie de frappes", "des raids", "un raid",
                 "des bombardements", "une attaque", "des attaques")
)  # fmt: skip
# (0.32.0) A vehicle bomb driven into its target ("deux véhicules piégés ont percuté le mur
# du cantonnement", "deux véhicules bourrés d'explosifs ont été lancés contre l'enceinte"): the
# impact verb tells the attack only after such a vehicle ("un camion a percuté un bus" is none).
_VEHICLE_BOMBS: Final = (
    "vehicule piege", "vehicules pieges", "voiture piegee", "voitures piegees", "camion piege",
    "camions pieges", "vehicule bourre d'explosifs", "vehicules bourres d'explosifs",
    "voiture bourree d'explosifs", "voitures bourrees d'explosifs",
    "camion bourre d'explosifs", "camions bourres d'explosifs",
)  # fmt: skip
_VEHICLE_BOMBS_EN: Final = (
    "car bomb", "car bombs", "truck bomb", "truck bombs", "explosives-laden vehicle",
    "explosives-laden vehicles", "explosive-laden vehicle", "explosive-laden vehicles",
    "explosives-laden car", "explosives-laden cars", "explosives-laden truck",
    "explosives-laden trucks",
)  # fmt: skip
_RAMMED_FR: Final = tuple(
    f"{vehicle} {verb}"
    for vehicle in _VEHICLE_BOMBS
    for verb in ("a percute", "ont percute", "a ete lance", "a ete lancee", "ont ete lances",
                 "ont ete lancees", "a fonce sur", "ont fonce sur", "s'est encastre dans",
                 "s'est encastree dans", "se sont encastres dans")
)  # fmt: skip
_RAMMED_EN: Final = tuple(
    f"{car} {impact}"
    for car in _VEHICLE_BOMBS_EN
    for impact in ("was driven into", "were driven into", "was rammed into", "were rammed into",
                   "crashed into", "was launched at", "were launched at")
)  # fmt: skip
_AGENT_ADVERBS: Final = (
    "", "deja ", "aussi ", "egalement ", "encore ", "de nouveau ", "a nouveau ", "par ailleurs ",
    "pour leur part ", "pour sa part ", "de leur cote ", "de son cote ", "ensuite ",
)  # fmt: skip

# Words that make a sentence talk about an attack happening.
TRIGGER: Final = (
    *_RAMMED_FR,
    *_RAMMED_EN,
    "attaqu*", "attack", "attacks", "attacked", "attacking", "attackers", "assault", "assaut",
    "frappe", "frappes", "frappe*", "strike", "strikes", "struck", "airstrike", "airstrikes",
    "bombard*", "bombed",
    "bombing", "bombings", "tir", "tirs", "tire", "tiree", "tirees", "tires", "fired", "firing",
    "vise", "visee", "visees", "vises", "visait", "visaient", "visant", "cible", "ciblee",
    "ciblees", "cibles", "ciblant", "pris pour cible", "prises pour cible", "targeted",
    "targeting", "targetting", "hitting", "hit by", "touche", "touchee", "touchees", "touches",
    "ont touche", "explosion", "explosions", "exploded", "explose", "a explose", "detonat*",
    "abattu", "abattus", "shot down", "intercepte*", "intercepted", "raid", "raids",
    "stormed", "rained down", "came under", "barrage", "salve", "salvo", "ambush*",
    # (0.25.0) a unit or a convoy set upon by attackers, as army communiqués tell it ("une
    # unité en patrouille a été prise à partie par des terroristes"); "pris à partie" alone is
    # also heckled ("le ministre a été pris à partie par des manifestants"), so only by armed men
    *(f"a partie par {who}"
      for who in ("des terroristes", "des hommes armes", "des individus armes", "des assaillants",
                  "des jihadistes", "des djihadistes", "des groupes armes", "un groupe arme",
                  "des elements", "des rebelles", "des miliciens", "des bandits armes")),
    # "des hommes armés ont fait irruption dans le village": stormed into
    "fait irruption", "faisant irruption",
    # (0.26.0) a raid told as an incursion ("une incursion des combattants de Boko Haram a
    # endeuillé la localité de X", "an incursion by ADF rebels into the village of X")
    "incursion", "incursions",
    "embuscade*", "tue", "tues", "tuee", "tuees", "tuant", "killed", "killing", "blesse",
    "blesses", "blessee", "blessees", "blessant", "wounded", "injured", "injuring", "wounding",
    "injuries", "shelled", "shelling", "pilonn*", "procede a des frappes", "mene des frappes",
    # (0.31.0) "conducted strikes" in French ("les FAMa ont conduit des frappes aériennes"):
    # with its object only, as "conduit" alone also drives the wounded to hospital
    *_CONDUCTED_STRIKES,
    "striking", "deaths", "death toll", "bilan", "hit", "hits", "tombe", "tombee", "tombees",
    "tombes", "fell", "landed", "se sont abattus", "se sont abattues", "s'est abattu",
    "s'est abattue", "s'est ecrase",
    "crashed into", "slammed into",
    # (0.20.0) ramming a crowd with a vehicle ("a truck ploughed into the crowd", "un camion a
    # foncé sur la foule", "a fauché des passants")
    "ploughed into", "plowed into", "rammed into", "mowed down", "a fonce", "ont fonce",
    "avait fonce", "foncant sur", "a fauche", "fauchant",
    "visent", "ciblent", "frappent", "tirent", "tuent",
    "blessent", "touchent", "lance contre", "lances contre", "lancee contre", "lancees contre",
    "lance sur", "lances sur", "lancees sur", "launched at", "launched against", "fired at",
    "fired on", "targets", "kills", "hitting", "ecrase", "ecrasee", "ecrases", "crashed",
    "launched by", "lance par", "lances par", "lancee par", "lancees par",
    # drones sent or directed at a place, as officials under drone attack tell it ("the enemy
    # sent kamikaze drones to the X community", "l'ennemi a envoyé des drones sur X")
    "sent drones", "sent kamikaze drones", "sent attack drones", "sent strike drones",
    "directed drones", "directed kamikaze drones", "directed attack drones",
    "a envoye des drones", "ont envoye des drones", "avait envoye des drones",
    "a dirige des drones", "ont dirige des drones",
    # An assault launched on a place ("une offensive a été lancée sur X", "launched an
    # offensive on X"); a counter-offensive or an offensive alone is a campaign, not an attack.
    "offensive a ete lancee sur", "offensive a ete lancee contre", "lance une offensive sur",
    "lance une offensive contre", "lancent une offensive sur", "ont lance une offensive sur",
    "ont lance une offensive contre", "launched an offensive on", "launched an offensive against",
    "offensive was launched on", "offensive was launched against",
    # The passive of an attack told before ("Elle a été menée par X", "It was carried out by
    # X"); "menée par" alone is also "led by" (a delegation), so only the passive counts.
    "was carried out by", "were carried out by", "has been carried out by",
    "was perpetrated by", "were perpetrated by", "a ete menee par", "ont ete menees par",
    "a ete mene par", "ont ete menes par", "a ete perpetree par", "a ete perpetre par",
    "ont ete perpetrees par", "ont ete perpetres par", "a ete commise par", "ont ete commises par",
    # A toll told as deaths caused: "a provoqué la mort de", "a coûté la vie à".
    "provoque la mort", "coute la vie", "caused the deaths", "caused the death",
    "claimed the lives",
    # World attack reporting: bombings, shootings, massacres, arson, knives, clashes. Left
    # out: "pounded" (rain and storms pound too), "fighting" alone ("fighting corruption"),
    # "stabbed" alone ("stabbed in the back"), "incendie" (the noun, a fire), "neutralise"
    # (bombs and threats are neutralised), "went off" (alarms).
    "attentat", "attentats", "blast", "blasts", "ripped through", "blew himself up",
    "blew herself up", "blew themselves up", "s'est fait exploser", "se sont fait exploser",
    "se faisant exploser", "se fait exploser", "s'etait fait exploser", "deflagration*",
    "saute sur une mine", "sautee sur une mine", "saute sur des mines", "saute sur un engin",
    "sautee sur un engin",
    # "a sauté samedi sur un engin explosif", "le véhicule a sauté sur": a vehicle blown up,
    # with the day told between the verb and what it hit ("sauté le pas" is masked)
    "a saute", "ont saute", "avait saute", "avaient saute", "a fait sauter", "ont fait sauter",
    # (0.25.0) something destroyed with explosives ("a railway bridge was blown up", "militants
    # blew up a school", "ont dynamité le pont"); "blew up" only before its object or in the
    # passive ("the row blew up in Paris", "blew up at reporters" are no attack), and a vehicle
    # driven into its target ("rammed an explosives-laden vehicle into the gate")
    *_BLEW_UP,
    "was blown up", "were blown up", "been blown up", "being blown up", "got blown up",
    "blowing up a", "blowing up the", "dynamited", "dynamite", "dynamitee", "dynamites",
    "dynamitees", "ont dynamite", "a dynamite",
    *_RAMMED,
    "opened fire", "opening fire", "ouvert le feu", "ouvrant le feu",
    "shot dead", "gunned down", "coups de feu", "gunfight", "gunfights", "gun battle",
    "gun battles", "firefight", "firefights", "shootout", "shootouts", "shooting", "shootings",
    "exchange of fire", "exchanged fire", "fusillade", "fusillades", "clash", "clashes",
    "affrontements",
    "gunfire erupted", "gunfire broke out", "heavy gunfire", "des tirs ont eclate",
    "tirs nourris",
    "accrochage arme", "accrochages armes", "heavy fighting", "fierce fighting",
    "violents combats", "combats acharnes", "raided", "overran", "was overrun", "were overrun",
    # (0.32.0) a post overrun, in French ("le détachement a été submergé par des combattants
    # du JNIM", "des combattants ont submergé le poste")
    "a ete submerge", "a ete submergee", "ont ete submerges", "ont ete submergees",
    "ont submerge", "a submerge",
    "massacre*", "tuerie", "tueries", "killings", "slaughtered", "beheaded", "beheading",
    "beheadings",
    "egorge*", "decapite", "decapites", "decapitee", "decapitees", "hacked to death",
    "stabbed to death", "stabbing", "stabbings", "poignarde", "poignardes", "poignardee",
    "poignardees", "lynched", "lynching", "lynchings", "lynche", "lynches", "lynchee",
    "lynchees", "lynchage", "lynchages", "torched", "set ablaze", "set on fire", "set fire to",
    "burned alive", "burnt alive", "arson", "incendiee", "incendiees", "ont incendie",
    "a incendie", "ete incendie", "ete incendies", "incendiant", "incendie criminel",
    "incendies criminels", "ont mis le feu", "a mis le feu", "mettant le feu", "brule vif",
    "brules vifs", "brulee vive", "brulees vives",
    # A knife attack told by its victims ("stabbed two people", "stabbed a police officer"; not
    # "stabbed in the back"), a person shot ("was shot in the head", "blessé par balles"), and
    # the French armies' word for killing fighters, which bombs and threats also get, so only
    # with the fighters named ("ont neutralisé un groupe de terroristes", "vecteurs aériens").
    *(f"stabbed {whom}" for whom in ("a", "an", "one", "two", "three", "four", "five", "six",
                                      "several", "people", "passers-by")),
    "was shot", "were shot", "been shot", "shot in the head", "shot in the chest",
    "blesse par balle*", "blesses par balle*", "blessee par balle*", "blessees par balle*",
    "atteint par balle*", "atteints par balle*", "atteinte par balle*", "touche par balle*",
    "touches par balle*", "vecteurs aeriens", "vecteur aerien",
    *(f"{verb} {what} {who}" for verb in ("neutralise", "neutralises", "neutralisant")
      for what in ("des", "plusieurs", "un groupe de", "une dizaine de", "une vingtaine de",
                   "des dizaines de", "plusieurs dizaines de", "une centaine de")
      for who in ("terroristes", "jihadistes", "djihadistes", "assaillants", "combattants")),
    # Nobody hurt ("the crew was unharmed", "l'équipage est sain et sauf"): the toll is zero.
    "unharmed", "unhurt", "unscathed", "safe and sound", "indemne", "indemnes", "sain et sauf",
    "saine et sauve", "sains et saufs", "saines et sauves",
    # Where an attack told before took place: "Elle a eu lieu près de X", "It took place in X",
    # "The incident occurred in X" (with an attack noun, the noun is the trigger already).
    "it took place", "it happened", "it occurred", "incident took place", "incident occurred",
    "incident happened", "operation took place", "elle a eu lieu", "il a eu lieu",
    "elle s'est produite", "il s'est produit", "elle s'est deroulee", "il s'est deroule",
    "incident a eu lieu", "incident s'est produit", "operation a eu lieu",
    "operation s'est deroulee",
    # An assault told as it began ("before storming the base", "en prenant d'assaut") and a
    # munition dropped on a target ("drones dropped explosives on the trenches", "un drone a
    # largué des explosifs"); "dropped" alone also drops charges, aid and leaflets.
    "storming", "dropped explosives", "dropped bombs", "dropped a bomb", "dropped grenades",
    "dropped a grenade", "dropped munitions", "released munitions", "largue des explosifs",
    "largue des bombes", "largue une bombe", "largue des grenades", "largue une grenade",
    "largue des munitions", "larguant des explosifs", "larguant des bombes",
    "larguant des grenades",
    *_DROPPED_MUNITIONS,
    # An explosive that went off ("went off" alone is also an alarm's) and a grenade thrown.
    "bomb went off", "bombs went off", "device went off", "devices went off",
    "explosive went off", "explosives went off", "grenade went off", "mine went off",
    "threw a grenade", "threw grenades", "hurled a grenade", "lobbed a grenade",
    "grenade was thrown", "grenades were thrown", "grenade was hurled", "a lance une grenade",
    "ont lance une grenade", "ont lance des grenades", "a jete une grenade",
    "ont jete une grenade", "grenade a ete lancee", "grenade a ete jetee",
    # A killing told as a noun with its victims ("the murder of four farmers", "l'assassinat
    # de quatre soldats"): an attack; "52 assassinats de leaders" counts murders (plural).
    "murder of", "assassinat de", "meurtre de",
    # Abductions by armed men, told by the verb ("gunmen abducted 137 pupils", "were kidnapped",
    # "ont enlevé une vingtaine de fidèles") or as "the abduction of N" (ACLED's abduction
    # events); a tally of abductions since a month is no attack ("aggregates.py").
    "abducted", "were kidnapped", "was kidnapped", "kidnapped", "abduction of",
    "kidnapping of", "ont enleve", "a enleve", "avaient enleve", "avait enleve",
    "ont ete enleves", "ont ete enlevees", "a ete enleve", "a ete enlevee", "enlevement de",
    # (0.21.0) the French gerund and participle of firing and striking ("l'Iran a riposté en
    # tirant une douzaine de missiles sur X", "frappant un marché"); not "tirant les leçons"
    "tirant des", "tirant une", "tirant un", "tirant plusieurs", "tirant sur", "frappant",
    # (0.21.0) a killing told as an assassination ("the president was assassinated at his
    # residence", "a été assassiné à son domicile", "ont assassiné le maire")
    "assassinated", "assassine", "assassines", "assassinee", "assassinees",
    # (0.28.0) a target machine-gunned ("gunmen strafed a bus", "sprayed the crowd with
    # bullets", "ont mitraillé un autocar", "criblé de balles"); not "la mitrailleuse"
    "strafed", "strafing", "sprayed with bullets", "riddled with bullets", "mitraille",
    "mitrailles", "mitraillee", "mitraillees", "mitraillant", "crible de balles",
    "criblee de balles", "cribles de balles", "criblees de balles",
)  # fmt: skip

# Casualty words: where killed and wounded figures are looked for.
CASUALTY: Final = (
    "tue", "tues", "tuee", "tuees", "tuant", "tuer", "killed", "killing", "kills", "dead",
    "morts", "mort", "deaths", "death", "deces", "perished", "ont peri", "avaient peri",
    "avait peri", "a peri", "lost their lives",
    "ont perdu la vie", "avaient perdu la vie", "avait perdu la vie", "a perdu la vie",
    "ont trouve la mort", "avaient trouve la mort", "a trouve la mort", "avait trouve la mort",
    "died", "decede", "decedee", "decedes", "decedees", "blesse",
    "blesses", "blessee", "blessees", "blessant",
    "blessures", "wounded", "injured", "injuring", "injuries", "wounding", "hurt", "victime",
    "victimes", "casualties", "casualty", "coute la vie a", "coute la vie aux",
    "claimed the lives of", "cost the lives of",
    # World attack reporting (killed). French "massacre"/"massacres" are also nouns, so only
    # the passive and feminine forms count.
    "succumbed", "succombe", "slain", "massacred", "ete massacre", "ete massacres",
    "massacree", "massacrees", "shot dead", "gunned down", "beheaded", "hacked to death",
    # (0.21.0) a killing told as an assassination ("the president was assassinated", "le
    # président a été assassiné")
    "assassinated", "assassine", "assassines", "assassinee", "assassinees",
    "stabbed to death", "burned to death", "burnt to death", "burned alive", "burnt alive",
    "egorge", "egorges", "egorgee", "egorgees", "decapite", "decapites", "decapitee",
    "decapitees", "carbonise", "carbonises", "carbonisee", "carbonisees", "abattu par balles",
    "abattus par balles", "abattue par balles", "abattues par balles", "brule vif",
    # "ont abattu cinq ouvriers" (shot dead; "ont abattu 20 drones" counts no dead)
    "ont abattu", "a abattu", "avaient abattu", "avait abattu", "ayant abattu",
    # the passive, for people only ("deux policiers ont été abattus"; drones are shot down)
    "ete abattu", "ete abattus", "ete abattue", "ete abattues",
    # (0.27.0) "quatre soldats tombés" (casualties.py checks that people are counted); the
    # bodies counted ("counted 45 bodies", "45 corps ont été retrouvés", "45 corps sans vie")
    "tombes", "tombees", "bodies", "corps sans vie", "corps ont ete", "corps avaient ete",
    # the lives an attack claimed ("claimed 12 lives": casualties.py wants the figure and verb)
    "lives",
    # "six policemen were martyred", "embraced martyrdom", "tombés en martyrs" (South Asian
    # and Middle Eastern reporting of the dead of one's own side).
    "martyred", "martyring", "embraced martyrdom", "tombes en martyrs", "tombe en martyr",
    # (0.25.0) an army communiqué's own dead ("4 militaires tombés sur le champ d'honneur",
    # "morts au champ d'honneur")
    *(f"{verb} {where} champ d'honneur"
      for verb in ("tombe", "tombes", "tombee", "tombees", "morts", "mort")
      for where in ("sur le", "au")),
    # "l'assassinat de quatre soldats", "the murder of two farmers"
    "assassinat de", "meurtre de", "murder of",
    # "the bodies of 22 people were found", "les corps de 70 personnes ont été découverts": the
    # dead of a massacre found after it (people only, counted after the noun)
    "bodies of", "corps de",
    "brules vifs", "brulee vive", "brulees vives",
    # Where an attack told before took place: "Elle a eu lieu près de X", "It took place in X",
    # "The incident occurred in X" (with an attack noun, the noun is the trigger already).
    "it took place", "it happened", "it occurred", "incident took place", "incident occurred",
    "incident happened", "operation took place", "elle a eu lieu", "il a eu lieu",
    "elle s'est produite", "il s'est produit", "elle s'est deroulee", "il s'est deroule",
    "incident a eu lieu", "incident s'est produit", "operation a eu lieu",
    "operation s'est deroulee",
)  # fmt: skip

# Words that are never attacks (or sources: "d'après-midi" is no "d'après") though they contain one.
MASK: Final = (
    "heart attack", "heart attacks", "crise cardiaque", "arret cardiaque", "cardiac arrest",
    "attaque cardiaque", "panic attack", "crise de panique", "saute le pas", "sauter le pas",
    "a saute le pas", "ont saute le pas", "avait saute le pas", "avaient saute le pas",
    "cyberattaqu*", "cyber attack*",
    "cyberattack*", "strike price", "hunger strike", "greve", "attaquant", "attaquants",
    # warnings of raids, not raids: "stay in shelters during air raid alerts"
    "air raid alert", "air raid alerts", "air raid siren", "air raid sirens",
    "air raid warning", "air raid warnings", "air raid shelter", "air raid shelters",
    "air-raid alert", "air-raid alerts", "air-raid sirens", "air-raid shelters",
    # a protest against attacks told before ("called a shutdown to protest the killings", "ont
    # manifesté pour protester contre l'attaque"): the attack is what is protested, no new one
    "to protest the killings", "to protest the killing", "to protest the attack",
    "to protest the attacks", "to protest against the killings", "to protest against the attack",
    "in protest at the killings", "in protest at the attack", "in protest against the killings",
    "in protest against the attack", "protesting the killings", "protesting the attack",
    "pour protester contre l'attaque", "pour protester contre les attaques",
    "pour protester contre les tueries", "pour protester contre la tuerie",
    "pour protester contre le massacre", "pour protester contre l'attentat",
    "pour protester contre les meurtres",
    # (0.31.0) tensions that "exploded into" fighting, "ont explosé en combats": a figure of
    # speech for a war's outbreak, no blast
    "exploded into", "explode into", "explodes into", "exploding into", "a explose en",
    "ont explose en", "avait explose en", "avaient explose en",
    # (0.32.0) a place flooded ("le village a été submergé par les eaux"): no post overrun
    *(f"{verb} par {water}" for verb in ("a ete submerge", "a ete submergee",
                                         "ont ete submerges", "ont ete submergees")
      for water in ("les eaux", "la crue", "les crues", "les flots", "les inondations")),
    # (0.28.0) a tall building ("a drone hit a high-rise in Kyiv"): no "rise in" attacks
    "high rise", "high rises", "high rise in", "high rises in",
    # (0.28.0) a visit to the wounded of an attack told before ("the governor visited the
    # wounded at a hospital in X", "a rendu visite aux blessés"): no new attack, no toll
    "visited the wounded", "visiting the wounded", "visit the wounded", "visits the wounded",
    "rendu visite aux blesses", "rendre visite aux blesses", "rend visite aux blesses",
    "au chevet des blesses",
    # a fall of no munition: "l'avion est tombé en panne", "the talks fell apart"
    "tombe en panne", "tombee en panne", "tombes en panne", "tombees en panne", "fell ill",
    "fell silent", "fell short", "fell apart", "fell asleep", "tombee de la nuit",
    "tombee du jour",
    "d'apres midi",
    # a court's sentence: "sentenced three men to death", "condamnés à mort", "death penalty"
    "to death for", "a mort pour", "death penalty", "death sentence", "death sentences",
    "peine de mort", "peine capitale",
    # Phrases with an attack or weapon word that are no attack (a weapon word inside one is no
    # weapon either): crimes, idioms, sport, companies, ships, riot control.
    "attentat a la pudeur", "attentats a la pudeur", "attentat aux moeurs",
    "attentats aux moeurs", "attentat aux mours", "attentats aux mours",  # "mœurs" -> "mours"
    "sexual assault", "sexual assaults", "indecent assault", "stormed out", "stormed off",
    "storming out", "storming off",
    "shelled out", "shell compan*", "shell corporation*", "shell firm*", "royal dutch shell",
    "shell plc", "time bomb", "time bombs", "bombe a retardement", "bombes a retardement",
    "l'effet d'une bombe", "guided missile destroyer*", "guided missile cruiser*",
    "guided missile frigate*", "lance missiles", "tear gas grenade*", "stun grenade*",
    "grenade lacrymogene", "grenades lacrymogenes", "grenade assourdissante",
    "grenades assourdissantes", "bombe lacrymogene", "bombes lacrymogenes", "knife edge",
    "tir au but", "tirs au but", "seance de tirs", "tir a l'arc", "rectifier le tir",
    "rectifie le tir", "rectifient le tir", "ajuster le tir", "corriger le tir",
    "penalty shootout", "penalty shootouts", "penalty shoot out", "shooting star",
    "shooting stars", "shooting guard", "clashes of opinion", "verbal clashes",
    "culture clashes", "scheduling clashes", "affrontements verbaux", "a mis le feu aux poudres",
    "ont mis le feu aux poudres", "poignarde dans le dos", "poignardes dans le dos",
    "lynchage mediatique", "lynchages mediatiques", "media lynching", "blast furnace*",
    # economic and legal measures aimed at someone: "sanctions targeting Russian banks",
    # "des sanctions visant des banques", "proposals targeting gas imports", "une loi visant"
    "sanctions targeting", "sanction targeting", "measures targeting", "measure targeting",
    "proposals targeting", "proposal targeting", "tariffs targeting", "tariff targeting",
    "restrictions targeting", "legislation targeting", "law targeting", "laws targeting",
    "bill targeting", "policies targeting", "policy targeting", "investigation targeting",
    "sanctions visant", "sanction visant", "sanctions ciblant", "mesures visant",
    "mesure visant", "mesures ciblant", "propositions visant", "proposition visant",
    "droits de douane visant", "taxes visant", "restrictions visant", "loi visant",
    "lois visant", "projet de loi visant", "enquete visant", "enquetes visant",
    # (0.29.0) a place named after the military aviation ("près d'une école d'aviation
    # militaire", "la base de l'aviation militaire"): where an attack was, not an air strike
    "ecole d'aviation militaire", "ecoles d'aviation militaire", "ecole de l'aviation militaire",
    "base de l'aviation militaire", "bases de l'aviation militaire",
    "musee de l'aviation militaire",
    # a region described by its troubles ("the violence-hit state", "conflict-hit areas"): no
    # attack hit it that day
    "violence hit", "conflict hit", "war hit", "unrest hit", "strife hit", "insurgency hit",
    "militancy hit",
)  # fmt: skip

# A group or a state telling what it did.
CLAIM: Final = (
    "revendiqu*", "claimed responsibility", "claims responsibility", "claiming responsibility",
    "claimed the attack", "claimed the strike", "claimed an attack", "claimed a", "claimed",
    "endorsed", "took responsibility", "assumed responsibility", "a affirme avoir",
    "assume la responsabilite", "assume la frappe", "assume les frappes", "assume l'attaque",
    "assume l'operation",
    "affirmant avoir", "affirme avoir", "affirmait avoir", "dit avoir", "a dit avoir",
    "a declare avoir", "ont declare avoir", "declarant avoir", "a reconnu avoir",
    "ont reconnu avoir", "reconnait avoir", "said it had carried out", "said it carried out",
    "said it had conducted", "said it conducted", "acknowledged carrying out",
    "admitted carrying out",
    "said it targeted", "said it had targeted", "said it struck", "said it had struck",
    "said it launched", "said it attacked", "announced it targeted", "a annonce avoir",
    # (0.27.0) a group telling how it took a post ("JNIM said it had overrun an army post")
    "said it had overrun", "said it overran", "said it had stormed", "said it stormed",
    "said it had ambushed", "said it ambushed", "said it had raided", "said it raided",
    "said they had overrun", "said they overran", "said they had stormed", "said they stormed",
    "said they had ambushed", "said they ambushed",
    # (0.24.0) a side saying it fired, or saying so in the present of a headline ("Hezbollah
    # said it fired rockets at an army base", "Hezbollah says it fired rockets")
    "said it fired", "said it had fired", "said it had launched", "said it shelled",
    "said it had shelled", "says it fired", "says it launched", "says it targeted",
    "says it struck", "says it attacked", "say they fired", "say they targeted",
    "say they launched", "say they attacked",
    # a group as "they" ("the Houthis said they fired a ballistic missile at the ship")
    "said they fired", "said they had fired", "said they targeted", "said they had targeted",
    "said they struck", "said they had struck", "said they launched", "said they attacked",
    "said they had attacked",
    "annonce avoir", "declared new strikes", "announced new strikes", "the group had targeted",
    "the group targeted", "the group had attacked", "the group attacked", "le groupe a vise",
    "le groupe avait vise", "le groupe a cible", "le groupe avait cible", "le groupe a attaque",
    "le groupe avait attaque", "that it had targeted", "that it targeted", "that it had attacked",
    "that it attacked", "that it had struck", "that it struck", "that they had targeted",
    # (0.22.0) "the military regime confirmed that it had carried out an air attack"
    "that it had carried out", "that it carried out", "that it had conducted",
    "that it conducted", "that they had carried out", "that they carried out",
    "confirmed carrying out",
    "qu'elle avait vise", "qu'elle a vise", "qu'elle avait cible", "qu'elle a cible",
    "qu'elle avait attaque", "qu'ils avaient vise", "qu'il avait vise", "qu'il a vise",
    # a group saying its own fighters did what only fighters do: "said its fighters had
    # stormed", "ses combattants ont tué"
    "its fighters had stormed", "its fighters stormed", "its fighters had killed",
    "its fighters killed", "its militants had carried out", "its men had carried out",
    "ses combattants avaient tue", "ses combattants ont tue",
    # a side speaking of any arm as its own, a group of its fighters, a state's command of its
    # forces: "said its fighters had carried out", "said its forces had struck", "its drones
    # had struck", "a affirmé que ses combattants avaient mené", "ses unités avaient bombardé"
    *(f"its {arm} {verb}"
      for arm in ("forces", "fighters", "drones", "troops", "units", "aircraft", "jets",
                  "artillery", "missiles", "navy", "air force")
      for verb in ("had struck", "struck", "had hit", "hit", "had shelled", "shelled",
                   "had targeted", "targeted", "had attacked", "attacked", "had bombed",
                   "bombed", "had carried out", "carried out", "had downed")),
    *(f"{whose} {arm} {verb}"
      for whose in ("ses", "leurs")
      for arm in ("forces", "combattants", "drones", "troupes", "unites", "avions",
                  "hommes", "missiles")
      for verb in ("avaient frappe", "ont frappe", "avaient vise", "ont vise",
                   "avaient bombarde", "ont bombarde", "avaient pilonne", "ont pilonne",
                   "avaient attaque", "ont attaque", "avaient mene", "ont mene")),
)  # fmt: skip

# Official blame, kept apart from claims.
ATTRIBUTION: Final = (
    "impute", "imputee", "imputees", "imputes", "imputant", "attribue", "attribuee",
    # (0.30.0) the plural participles ("des attaques attribuées à l'EIGS")
    "attribues", "attribuees",
    "attributed to", "attributed", "attributes", "attributing", "blamed", "blames", "blaming",
    "accuse", "accused", "accuses", "accusant", "accusee", "accusees", "accusent", "imputent",
    "attribuent",
    "held responsible", "holds responsible", "tient pour responsable", "tenu pour responsable",
    "was behind", "were behind", "is behind", "are behind", "est derriere", "etait derriere",
    "sont derriere", "bore the hallmarks of", "porte la marque",
    # (0.23.0) the culprit named ("Kataib Hezbollah was the most likely culprit", "X serait le
    # principal suspect")
    *(f"{verb} the {how}{who}" for verb in ("was", "is", "were", "are")
      for how in ("", "most likely ", "likely ", "probable ", "prime ", "main ", "chief ")
      for who in ("culprit", "culprits", "suspect", "suspects")),
    *(f"{verb} le {how}{who}" for verb in ("est", "serait", "etait", "sont", "seraient")
      for how in ("", "principal ")
      for who in ("coupable", "suspect")),
    *(f"{verb} les {how}{who}" for verb in ("sont", "seraient", "etaient")
      for how in ("", "principaux ")
      for who in ("coupables", "suspects")),
    # (0.22.0) suspicion ("suspicion quickly fell on Boko Haram", "les soupçons se portent sur
    # X"; not "les autorités soupçonnent des groupes liés à X ou à Y", which names no one)
    "suspicion fell on", "suspicion quickly fell on", "suspicion immediately fell on",
    "suspicion has fallen on", "suspicion falls on", "suspicion fell upon",
    "soupcons se portent sur", "soupcons se sont portes sur", "soupcons se portaient sur",
    # (0.25.0) one group suspected by name ("Security sources suspect JNIM", "des sources
    # sécuritaires soupçonnent le JNIM"; "soupçonnent des groupes liés à X ou à Y" still names
    # no one)
    *(f"{who} {verb}" for who in ("sources", "officials", "police", "authorities",
                                  "investigators", "residents", "the army", "the military")
      for verb in ("suspect", "suspected")),
    *(f"{verb} {det}" for verb in ("soupconnent", "soupconne", "soupconnaient", "soupconnait")
      for det in ("le", "la", "l'")),
    # the attackers identified as a group's ("les assaillants étaient des combattants du JNIM",
    # "the gunmen were suspected members of X"; "attackers were killed" is no identification)
    *(f"{who} {verb}" for who in ("les assaillants", "les attaquants", "les hommes armes")
      for verb in ("etaient", "sont", "seraient", "appartenaient", "appartiendraient")),
    *(f"{who} were {what}" for who in ("attackers", "assailants", "gunmen")
      for what in ("members", "suspected", "believed", "thought", "fighters", "militants",
                   "identified")),
    # (0.28.0) the attackers identified as a group's members ("the two attackers had been
    # identified as members of the PKK", "identifiés comme membres de l'organisation X")
    "identified as members of", "identified as a member of", "identified as belonging to",
    "identified as fighters of", "identifies comme membres", "identifies comme des membres",
    "identifie comme membre", "identifie comme un membre", "identifiee comme membre",
    "identifies comme appartenant", "identifie comme appartenant",
)  # fmt: skip

# Attribution that is only suspected.
ALLEGED: Final = (
    "suspected", "suspect", "soupconne*", "presume", "presumes", "presumee", "presumees",
    "believed to be",
    "suspicion", "soupcons",
    "likely", "probablement", "vraisemblablement", "thought to be",
)  # fmt: skip

# Reports the text itself doubts.
HEDGE: Final = (
    "peut etre", "reportedly", "allegedly", "apparently", "possibly", "probably",
    "may have", "might have", "aurait", "auraient", "serait", "seraient", "non confirme*",
    "unconfirmed", "could not be confirmed", "n'a pas pu etre confirme*", "it was not clear",
    "pas clair", "presumably", "semble", "semblent", "selon des informations",
)  # fmt: skip

# Denials and non-events.
DENIAL: Final = (
    "dementi*", "dement", "dementent", "denied", "denies", "denying", "a nie", "ont nie",
    "fausse alerte", "false alarm", "no attack", "aucune attaque", "n'a pas eu lieu",
    "did not happen", "did not take place",
)  # fmt: skip

# A trial of an attack, not the attack: "sentenced three men to death for their role in the
# attack on X", "condamnés pour l'attaque de X": an attack word after one tells no new attack.
JUDICIAL: Final = (
    "sentenced", "convicted", "acquitted", "indicted", "on trial", "stand trial", "trial of",
    "condamne a", "condamnes a", "condamnee a", "condamnees a", "condamne pour",
    "condamnes pour", "acquitte", "acquittes", "inculpe*", "mis en examen", "juges pour",
    "juge pour", "proces de", "proces des",
)  # fmt: skip

# Arrests: "six people were detained in raids", "interpellés lors de perquisitions": a raid or
# sweep that detains people, with no casualty told, is a police operation, not an attack.
ARREST: Final = (
    "detained", "arrested", "apprehended", "taken into custody", "arrests", "rounded up",
    "interpelle*", "arrete", "arretes", "arretee", "arretees", "arrestation*", "garde a vue",
    "coup de filet",
)  # fmt: skip

# Military exercises: "a maritime strike exercise", "live-fire drills", "un exercice de tir":
# an attack word they name is rehearsed, not carried out.
EXERCISE: Final = (
    "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargame*",
    "exercice", "exercices", "simulat*", "simule*",
)  # fmt: skip

# Threats, plans, warnings, hypotheticals, foiled attempts: what has not happened.
IRREALIS: Final = (
    "menac*", "threat*", "vow", "vows", "vowed", "warn", "warns", "warned", "warning",
    "promet*", "promis", "plan", "plans", "planned", "planning", "planifi*", "prevoi*",
    "projette", "intend*", "intention de", "intention d'", "intention to", "would", "could",
    "pourrai*", "pourrions", "possible", "possibles",
    "eventuel*", "potential*", "potentiel*", "risque de", "risk of", "crain*", "fear*",
    # exposure, not an attack: "exposes returnees to renewed attacks", "within range of drones"
    "exposes", "exposed to", "vulnerable to", "at risk of", "within range of", "expose aux",

    "exposes aux", "exposee aux", "vulnerables aux", "a portee de", "a portee des",
    "en cas d", "in case of", "if", "s'il", "s'ils", "si les", "si le", "si la", "si washington",
    "unless", "a moins que", "prepar*", "alerte", "alert", "va ", "will", "vont",
    "allait", "going to", "dejou*", "foil", "foiled", "thwart", "thwarted",
    # what a group can do, not what it did: "remain capable of striking the capital", "restent
    # capables de frapper durement"
    "capable de frapper", "capables de frapper", "capable d'attaquer", "capables d'attaquer",
    "capable de mener", "capables de mener", "en mesure de frapper", "en mesure de mener",
    "capacite de frapper", "capacite a frapper", "capable of striking", "capable of hitting",
    "capable of attacking", "capable of carrying out", "able to strike", "able to hit",
    "able to carry out", "capacity to strike",
)  # fmt: skip

# Openers of a clause that only gives context (cause, period): its attack words and places do
# not make an event. The clause runs to the next comma.
CONTEXT: Final = (
    "en reaction a", "en reaction aux", "en reponse a", "en reponse aux", "in response to",
    # "depuis les violences de mars", "since the fighting in March": a period, not an attack.
    "depuis les violences", "depuis les combats", "depuis les affrontements",
    "depuis les massacres", "depuis les evenements", "depuis la guerre", "depuis l'offensive",
    "in retaliation for", "en represailles a", "en represailles aux", "en riposte a",
    "en riposte aux", "depuis le debut", "depuis le declenchement", "depuis que", "since",
    "amid", "sur fond de", "sur fond d'", "in connection with", "en lien avec", "dans le cadre de",
    "in the wake of", "as part of", "following the", "after the start", "une reponse a",
    "une reponse au", "une reponse aux", "a response to", "as a response to", "days after",
    "hours after", "weeks after", "jours apres", "heures apres", "semaines apres",
    "a month after", "months after", "mois apres", "mois a peine apres",
    "a week after", "semaine apres", "au lendemain de", "au lendemain d'", "au lendemain du",
    "au lendemain des",
    # (0.32.0) "struck the port on Monday, a day after a missile hit the airport" (in
    # apposition only: ``clauses.context_clauses``)
    "a day after", "one day after",
    # (0.19.0) an attack years before, or the one a superlative is measured from ("the
    # deadliest since the X attack" has "since"; "la plus meurtrière depuis l'attentat de X")
    "years after", "a year after", "ans apres", "un an apres",
    "depuis l'attentat", "depuis les attentats", "depuis l'attaque", "depuis les attaques",
    "depuis le massacre", "depuis la tuerie", "depuis l'embuscade", "depuis le double attentat",
    # (0.33.0) and the attack a superlative is measured from, told by its pronoun ("l'une des
    # plus meurtrières depuis celle de Bohoma, en mars 2020")
    "depuis celle de", "depuis celle d'", "depuis celui de", "depuis celui d'",
    "in support of", "en soutien a", "en solidarite avec", "in solidarity with",
    # "marked the 10th anniversary of the Jan. 25, 2015 clash in X", "l'anniversaire de
    # l'attentat du 13 novembre": the attack remembered, not the remembrance.
    "anniversary of", "anniversaire de", "anniversaire du", "anniversaire des",
    "commemorating the", "commemorate the", "commemoration of", "commemoration de",
    "commemoration du", "commemoration des",
    # "..., as fighting for the city intensifies", "alors que les combats s'intensifient": the
    # war around the attack told, not another attack nor a tally.
    "as fighting", "as the fighting", "as clashes", "as violence", "as the war",
    "alors que les combats", "alors que les affrontements", "alors que la guerre",
    "tandis que les combats",
    # "dans un contexte de fortes tensions liées à la guerre à Gaza", "against the backdrop of
    # the war in Gaza": the setting of the attack told, not another attack
    "dans un contexte de", "dans un contexte d'", "in a context of", "against a backdrop of",
    "against the backdrop of", "sur un fond de",
    # (0.18.0) an earlier attack the one told brings to mind ("cette tuerie ravive le souvenir de
    # celle de X", "the killings revived memories of the massacre in X", "reminiscent of"): a
    # comparison, not an attack told with the article's date
    "ravive le souvenir", "ravivent le souvenir", "rappelle le souvenir", "evoque le souvenir",
    "rappelle celle", "rappelle celui", "revived memories", "revives memories",
    "brought back memories", "brings back memories", "reminiscent of",
)  # fmt: skip

# Sentence openers that make what follows a response to earlier attacks (background).
RESPONSE: Final = (
    "en reponse a ces", "en reponse aux", "in response to the", "in response to these",
    "in retaliation for the", "en represailles aux", "en riposte aux", "en riposte a ces",
)  # fmt: skip


def _english_spans() -> tuple[str, ...]:
    """Lengths of time as English counts them before "after": "a day", "five years", "less than
    two weeks", "months"."""
    units = ("day", "week", "month", "year")
    counts = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a few",
              "several", "some")  # fmt: skip
    hedges = ("", "just ", "barely ", "only ", "less than ", "more than ", "nearly ", "almost ",
              "about ", "some ")  # fmt: skip
    spans = [f"{unit}s" for unit in units] + [f"just {unit}s" for unit in units]
    for hedge in hedges:
        for unit in units:
            if hedge != "some ":
                spans += [f"{hedge}a {unit}", f"{hedge}one {unit}"]
            spans += [f"{hedge}{count} {unit}s" for count in counts]
    return tuple(dict.fromkeys(spans))


def _french_spans() -> tuple[str, ...]:
    """Lengths of time as French counts them before "après": "deux jours", "moins d'une
    semaine", "cinq ans"."""
    counts = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
              "quelques", "plusieurs")  # fmt: skip
    units = (("un", "jour", "jours"), ("une", "semaine", "semaines"), ("un", "mois", "mois"),
             ("un", "an", "ans"), ("une", "annee", "annees"))  # fmt: skip
    spans: list[str] = []
    for hedge in ("", "a peine ", "tout juste ", "moins de ", "plus de ", "pres de "):
        for one, unit, units_word in units:
            single = f"{hedge}{one} {unit}"
            spans.append(single.replace("de un", "d'un"))
            spans += [f"{hedge}{count} {units_word}" for count in counts]
    return tuple(dict.fromkeys(spans))


_ENGLISH_SPANS: Final = _english_spans()
_FRENCH_SPANS: Final = _french_spans()

# Passing references to earlier attacks.
BACKGROUND: Final = (
    "la semaine derniere", "last week", "la semaine passee", "in recent weeks",
    "ces dernieres semaines", "au cours des dernieres semaines", "earlier attack",
    "similar attacks", "attaques similaires", "previously claimed", "an earlier",
    "une precedente", "precedente attaque",
    # "It comes a day after ...", "Cette attaque intervient au lendemain de ...": what follows
    # is an earlier attack
    # (0.19.0: any number of days, weeks, months or years: "came five years after the X
    # attack", "survient deux mois après l'attentat de X")
    *(f"{verb} {amount} after" for verb in ("comes", "came", "coming")
      for amount in _ENGLISH_SPANS),
    *(f"{verb} {amount} apres" for verb in ("intervient", "survient", "est intervenue",
                                            "est intervenu")
      for amount in _FRENCH_SPANS),
    "intervient au lendemain", "survient au lendemain", "est intervenue au lendemain",
    # "It follows the killing of 11 soldiers near X on Thursday", "Cette attaque fait suite à
    # l'assassinat de ...": what follows is an earlier attack
    "it follows the", "this follows the", "it followed the", "fait suite a", "fait suite au",
    "fait suite aux", "faisait suite a", "faisait suite au", "faisait suite aux",
)  # fmt: skip

# Verbs of saying: a date right after them dates the statement, not the attack.
REPORTING: Final = (
    "a rapporte", "ont rapporte", "rapporte", "a annonce", "ont annonce", "annonce", "a indique",
    "ont indique", "indique", "a declare", "ont declare", "declare", "a affirme", "ont affirme",
    "a confirme", "ont confirme", "a precise", "selon", "d'apres", "citant", "said", "says",
    "told", "reported", "announced", "stated", "confirmed", "according to", "citing",
    "statement", "communique", "press release", "news", "mentioned", "indicated",
    "a fait savoir", "a assure", "declared",
    # (0.23.0) a call for an inquiry or a condemnation is a statement, with its own day ("l'ONU
    # a réclamé vendredi une enquête après la frappe qui a touché jeudi un bus", "called on
    # Friday for an investigation into Thursday's strike")
    "a reclame", "ont reclame", "a demande", "ont demande", "a exige", "ont exige",
    "called for", "called on", "demanded", "urged",
)  # fmt: skip

# Aggregate cues that can tell one burst of attacks ("a series of attacks lasting several
# hours"), unlike totals and trends ("in total", "have surged").
BURST: Final = (
    "plusieurs attaques", "several attacks", "multiple attacks", "series of attacks",
    "serie d'attaques", "wave of attacks", "wave of strikes", "wave of airstrikes",
    "wave of bombings", "wave of violence", "wave of raids", "wave of killings",
    "vague d'attaques", "spate of", "string of",
)  # fmt: skip

# Aggregate cues of a habit ("régulièrement prise pour cible", "has carried out frequent drone
# strikes", "have suffered repeated attacks", "des attaques répétées": the French adjective
# alone, since "des attaques" is a cue of its own that the phrase would overlap). In a sentence
# that dates its attack to one day they describe the place, and the day's attack is told.
HABIT: Final = (
    "regularly", "regulierement", "frequently", "frequemment", "routinely", "frequent attacks",
    "frequent strikes", "frequent drone strikes", "frequent raids", "has increasingly",
    "have increasingly", "de plus en plus", "repeated attacks", "repeated strikes",
    "repeated raids", "repeated clashes", "repeated shelling", "repeated bombardments",
    "repeated assaults", "repeated airstrikes", "repeated drone strikes", "recurrent attacks",
    "repetees", "repetes", "a repetition", "recurrentes",
    # a trend ("airstrikes have become increasingly frequent in X", "les frappes se sont
    # multipliées dans la région"): attacks in general, not one ("les attaques se multiplient,
    # avec un raid à X" goes on to tell them)
    "increasingly frequent", "more and more frequent", "se sont multipliees",
    "se sont multiplies",
    "recurrents",
    # "ce n'est pas la première fois que X est prise pour cible": the place's history
    "pas la premiere fois", "not the first time",
    # (0.18.0) "le Nord-Kivu n'en est pas à sa première attaque", "it was not the first attack
    # in X": the place's history too
    "pas a sa premiere", "pas a son premier", "not the first attack",
    # Attacks told as daily ("des frappes quasi quotidiennes", "est bombardée quotidiennement",
    # "shelled almost daily"): a habit, not one attack
    "quotidiennement", "quasi quotidiennes", "quasi quotidiens", "quasi quotidienne",
    "quasi quotidien", "frappes quotidiennes", "attaques quotidiennes", "bombardements quotidiens",
    "tirs quotidiens", "chaque jour", "tous les jours", "almost daily", "nearly daily",
    "near daily", "almost every day", "nearly every day", "every day", "on a daily basis",
    "daily strikes", "daily attacks", "daily shelling", "daily bombardment", "daily bombardments",
    # a span of time full of attacks ("weakened by years of US drone strikes", "après des mois de
    # bombardements"): a campaign
    "years of", "months of", "decades of", "des annees de", "des mois de", "des decennies de",
)  # fmt: skip

# "Several attacks", "a wave of attacks": counts of many attacks, not one.
AGGREGATE: Final = (
    *BURST, "nombre d'attaques",
    "number of attacks", "increase in attacks", "hausse des attaques", "recrudescence",
    "dozens of attacks", "des dizaines d'attaques", "other recent", "de nouvelles attaques",
    "harassment attacks", "attaques de harcelement", "so far this", "jusqu'a present",
    "au total", "in total", "a total of", "soit un total", "plusieurs frappes", "toutes ces",
    "all of these", "each of", "chacune de", "surged", "have surged", "has surged", "surge in",
    "increase in", "rise in", "a augmente", "ont augmente", "a bondi", "ont bondi",
    # (0.20.0) a sharp trend ("attacks on police have risen sharply in X since")
    "risen sharply", "rose sharply", "increased sharply", "fortement augmente",
    "se sont multipliees", "intensifie*", "escalation of attacks", "en hausse",
    *HABIT,
    # Campaigns, not one attack: "multiplient les attaques", "stepped up air raids", "since the
    # group began attacking shipping", "several rounds of strikes".
    "multiplient les attaques", "multiplie les attaques", "multiplient les frappes",
    "multiplie les frappes", "multiplient les attentats", "multiplie les attentats",
    "stepped up", "began attacking", "started attacking",
    "began targeting", "commence a attaquer", "commence a cibler", "began firing",
    "started firing", "began launching", "commence a tirer", "rounds of strikes",
    "rounds of airstrikes", "rounds of attacks", "several rounds", "plusieurs series de frappes",
    "plusieurs vagues de frappes",
    # (0.19.0) a toll over years: "more than 1,000 militants have been killed in X over the past
    # decade", "plus de 1 000 jihadistes y ont été tués au cours de la dernière décennie"
    *(f"{over} {span}" for over in ("over the past", "over the last")
      for span in ("decade", "decades", "few years", "years", "two years", "three years",
                   "five years", "ten years", "several years")),
    "in the past decade", "au cours de la derniere decennie", "au cours des dernieres annees",
    "ces dix dernieres annees", "au cours des dix dernieres annees", "depuis une decennie",
    # (0.28.0) a toll counted since a day ("plus de 740 civils ont été tués depuis jeudi dans
    # les provinces de X et de Y"; English "have been killed since Thursday" was one already)
    *(f"{toll} depuis {day}" for toll in ("tues", "tuees", "morts", "blesses", "blessees")
      for day in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
)  # fmt: skip

# Plural references back to attacks already told ("ces attaques", "the strikes").
PLURAL_REFERENCE: Final = (
    "ces attaques", "these attacks", "the attacks", "les attaques", "ces frappes",
    "these strikes", "the strikes", "les frappes", "those strikes", "those attacks",
    "des attaques", "d'attaques", "attacks on", "des frappes",
    # (0.21.0) the blasts of an attack told before ("The blasts struck the X junction")
    "the blasts", "the explosions", "les explosions", "ces explosions", "these blasts",
)  # fmt: skip

# Verbs an attacker is the subject of ("les forces américaines ont mené des frappes").
AGENT: Final = tuple(dict.fromkeys((  # (the generated forms repeat a few listed ones)
    "a procede a", "ont procede a", "a mene", "ont mene", "a lance", "ont lance", "launched",
    "conducted", "carried out", "struck", "attacked", "targeted", "fired", "killed", "bombed",
    "shelled", "stormed", "a attaque", "ont attaque", "attaquent", "a frappe", "ont frappe",
    "frappent", "a vise", "ont vise", "a cible", "ont cible", "a tire", "ont tire", "a bombarde",
    "ont bombarde", "bombardent", "a tue", "ont tue", "a pilonne", "ont pilonne",
    "declared new strikes", "detonated", "a fait exploser", "hit", "menent", "lancent",
    "revendique", "claimed", "visent", "ciblent", "tirent", "mene des frappes",
    "procede a des frappes", *_CONDUCTED_STRIKES,
    "opened fire", "ont ouvert le feu", "a ouvert le feu", "ambushed", "raided", "overran",
    "ont submerge", "a submerge",  # (0.32.0) "des combattants ont submergé le poste"
    # (0.33.0) who stormed in, in French ("des membres présumés de Boko Haram ont fait
    # irruption dans le village"), as "stormed" is in English
    *(f"{aux} fait irruption" for aux in ("a", "ont", "avait", "avaient", "aurait", "auraient")),
    "faisant irruption",
    "torched", "set fire to", "massacred", "ont massacre", "a massacre", "ont incendie",
    "a incendie", "ont tendu une embuscade", "a tendu une embuscade", "ont pris d'assaut",
    "a pris d'assaut", "shot dead", "beheaded", "ont egorge", "a egorge", "strafed",
    # (0.30.0) the longer attack words that hide "fired" ("NPA rebels fired at an army
    # detachment", "gunmen fired on a bus")
    "fired at", "fired on",
    # (0.23.0) who set off a bomb ("when Maoists blew up their vehicle", "set off a powerful
    # improvised explosive device", "des maoïstes ont fait sauter leur véhicule")
    "blew up", "set off",
    # (0.28.0) and who triggered one ("when Maoists triggered an IED under their vehicle",
    # "des maoïstes ont déclenché un engin explosif"; not "the attack triggered protests")
    *(f"{verb} {what}" for verb in ("triggered", "ont declenche", "a declenche")
      for what in ("a", "an", "un", "une")),
    # (0.25.0) the attack word's longer forms, so that the longer match keeps both
    *_BLEW_UP,
    "ont dynamite", "a dynamite",
    *_RAMMED,
    # a munition dropped ("Russian forces dropped guided bombs on X", "ont largué des bombes"):
    # the whole phrase where it is an attack word too, so that the longer match keeps both
    "dropped", "dropped bombs", "dropped a bomb", "dropped explosives", "dropped grenades",
    "dropped a grenade", "dropped munitions",
    *_DROPPED_MUNITIONS,
    *(f"{aux} {adverb}largue {what}" for aux in ("a", "ont", "avait", "avaient")
      for adverb in _AGENT_ADVERBS
      for what in ("des explosifs", "des bombes", "une bombe", "des grenades", "une grenade",
                   "des munitions")),
    # the pluperfect of a report ("l'armée a annoncé que les FSR avaient attaqué X", "des
    # soldats avaient ouvert le feu"), the hedged conditional ("des combattants de Lakurawa
    # auraient tué quatre personnes"), the infinitive of a statement ("l'armée a déclaré
    # mercredi avoir mené une frappe"), each also with an adverb between ("l'armée avait déjà
    # bombardé", "ont de nouveau frappé")
    *(f"{aux} {adverb}{verb}"
      for aux in ("a", "ont", "avait", "avaient", "avoir", "aurait", "auraient")
      for adverb in _AGENT_ADVERBS
      for verb in ("attaque", "lance", "tire", "vise", "cible", "frappe", "bombarde", "mene",
                   "pilonne", "tue", "ouvert le feu", "incendie", "massacre", "egorge",
                   "tendu une embuscade", "pris d'assaut", "pris pour cible", "fait exploser",
                   "fait sauter", "mitraille",
                   # (0.33.0) a leader killed, as armies tell it ("Israël a affirmé avoir
                   # éliminé X dans la frappe")
                   "elimine")
      ),
    "eliminated",
    "a pris pour cible", "ont pris pour cible", "avait pris pour cible", "avaient pris pour cible",
    "prend pour cible", "prennent pour cible",
    # the agent at work ("Russian forces have been shelling X", "les forces russes pilonnent")
    "shelling", "attacking", "bombing", "striking", "targeting", "pounding", "pilonnent",
    "launching", "firing", "pilonne", "de bombarder", "de pilonner", "de frapper",
    "d'attaquer", "de cibler", "to shell", "to strike", "to attack", "to bomb", "to target",
    # abductions ("Boko Haram abducted 276 schoolgirls", "des hommes armés ont enlevé")
    "abducted", "kidnapped", "ont enleve", "a enleve", "avaient enleve", "avait enleve",
)))  # fmt: skip

# Singular references back to one attack ("cette attaque", "the strike").
SINGULAR_REFERENCE: Final = (
    "cette attaque", "l'attaque", "this attack", "the attack", "that attack", "cette frappe",
    "la frappe", "the strike", "this strike", "the airstrike", "the drone", "le drone",
    "cet assaut", "the assault", "l'assaut", "cette operation", "the operation",
    "the previous one", "the latest one", "the last one", "la precedente", "la derniere",
    # (0.21.0) the blast of an attack told before ("The blast ripped through the market")
    "the blast", "the explosion", "l'explosion", "cette explosion", "this blast",
)  # fmt: skip

# Nouns after which a weapon word names a facility or stock, not a weapon used.
NON_USE_AFTER: Final = (
    "staging", "storage", "stockage", "site", "sites", "factory", "factories", "usine",
    "depot", "depots", "warehouse", "warehouses", "entrepot", "entrepots", "launch site",
    "production", "program", "programme", "operators", "operateurs", "unit", "unite",
    "de reconnaissance", "de surveillance", "reconnaissance", "surveillance", "defense",
    "defenses", "defence", "interceptor", "interceptors", "launcher", "launchers", "lanceur",
    "lanceurs",
)  # fmt: skip
NON_USE_BEFORE: Final = (
    # a launcher struck ("ont frappé des lanceurs de missiles"): a target, not the weapon
    "lanceurs de", "lanceur de", "rampes de lancement de", "rampe de lancement de",
    "stockage de", "storage of", "warehouses for", "depots de", "depot de", "stocks de",
    "stock de", "production de", "fabrication de", "usines de", "manufacture of", "stockpile of",
    "stockpiles of", "for missiles", "reconnaissance", "surveillance", "installations de",
    # aircraft kept, not flown in the attack ("la flotte de F-16", "a fleet of drones")
    "flotte de", "flotte d'", "fleet of", "escadrille de", "squadron of", "maintenance des",
    "maintenance of", "entretien des",
    # an aircraft that carries the wounded ("évacués par hélicoptère", "airlifted by helicopter")
    "evacue par", "evacues par", "evacuee par", "evacuees par", "evacuated by", "evacuated on",
    "evacuated aboard", "airlifted", "transportes par", "transported by", "evacuation medicale",
    "evacuation sanitaire", "medical evacuation", "medevac",
)  # fmt: skip

# Anaphoric site nouns ("la base", "the air base") that point back to the last named site.
SITE_ANAPHORA: Final = (
    "la base", "cette base", "la meme base", "the base", "the same base", "this base",
    "the air base", "the airbase", "the military base", "la base aerienne", "la base militaire",
    "le champ gazier", "le champ petrolier", "du champ gazier", "du champ petrolier",
    "the gas field", "the oil field", "l'aeroport", "the airport", "the garrison",
    "la garnison", "the outpost", "l'avant poste", "la base americaine", "the us base",
    "the u.s. base", "the american base", "l'installation", "the facility",
    "de la base", "contre la base", "sur la base", "the same site", "le meme site",
    # (0.19.0) the demonstrative with "même"/"same" ("sur cette même base", "at that same base")
    "cette meme base", "ce meme site", "this same base", "that same base", "that base",
    "this same site", "that same site",
    # (0.33.0) the same military post told again ("JNIM fighters overran the same post in
    # January", "le même poste avait été attaqué en janvier")
    "the same post", "the same outpost", "the same position", "the same army post",
    "le meme poste", "au meme poste", "la meme position", "le meme camp", "au meme camp",
)  # fmt: skip

# The town told before ("ISWAP fighters overran the town", "une attaque contre la ville").
TOWN_ANAPHORA: Final = (
    "the town", "the same town", "the city", "the same city", "the village", "the same village",
    "the same area", "la ville", "la meme ville", "la localite", "la meme localite",
    "le village", "le meme village", "la meme zone",
    # (0.19.0) "dans cette même ville", "in that same town"
    "cette meme ville", "cette meme localite", "ce meme village", "this same town",
    "that same town", "this same city", "that same city", "this same village",
    "that same village",
    # (0.33.0) a part of the town told again ("In November, a bomber killed 26 people at the
    # same station", "au même carrefour"); not "the same location", which may be the attack's
    # site as well as its town
    "the same station", "the same railway station", "the same market", "the same junction",
    "the same crossroads", "the same intersection", "la meme gare", "le meme marche",
    "au meme marche", "le meme carrefour", "au meme carrefour",
)  # fmt: skip

# Nouns of a kind of place: around them, a capitalised name is a place ("le village de X",
# "X village", "X, a mining village", "à X, dans la région de Y", "X, Borno State").
PLACE_TYPE: Final = (
    "village", "localite", "commune", "ville", "bourgade", "hameau", "camp", "quartier",
    "colonie", "cite",
    "secteur", "zone", "departement", "town", "settlement", "locality", "city", "district",
    "area", "neighbourhood", "neighborhood", "suburb", "community", "hamlet", "region",
    # (0.25.0) a front's or a border's sector named after its place ("in the Machil sector of
    # Kupwara district", "the Uri sector"), as "le secteur de X" was
    "sector",
    "border post", "border crossing", "checkpoint", "county", "state", "province", "oblast",
    "governorate", "gouvernorat", "prefecture", "wilaya", "cercle", "township", "tehsil",
    # (0.21.0) Ethiopia's districts and wards ("in Gimbi woreda", "Tole kebele")
    "woreda", "kebele",
    # (0.28.0) French for a township or canton ("un village du canton de X", "the canton of X")
    "canton",
    # the DRC's territories ("à Rubaya, dans le territoire de Masisi")
    "territoire", "territory",
    # valleys and mountains named as places ("dans la vallée de Wadi Horan")
    "vallee", "valley",
    # forests named as places ("in the forests of X", "dans la forêt de X", "the X forest")
    "foret", "forets", "forest", "forests",
    # a market named after its village ("le marché hebdomadaire de X", "the X market")
    "marche", "market",
    # an army post or base named after its place ("l'attaque du poste de Point Triple", "the
    # army base of X"); a detachment or garrison after the town it holds ("le détachement
    # militaire de X", "the X army detachment", "the X garrison", "the X outpost")
    "poste", "avant poste", "base", "detachement", "detachment", "garnison", "garrison",
    "outpost", "army post", "military post", "army detachment", "military detachment",
    # sites named after their place ("the Khurmala oilfield", "the Domel police station", "the
    # Gush Etzion junction")
    "oilfield", "oil field", "gas field", "police station", "junction",
    # (0.26.0) a checkpost or police post named after its village ("the Tajori checkpost", "the
    # X police post", "le poste de contrôle de X")
    "checkpost", "check post", "police post", "poste de controle",
    # a village's health centre, school, church or mosque ("le centre de santé d'Eringeti",
    # "une église pentecôtiste de Kasindi")
    "centre de sante", "hopital", "ecole", "eglise", "mosquee", "dispensaire",
    # military sites named by their type ("la base aérienne Osman Digna", "X air base")
    "air base", "airbase", "base aerienne", "military base", "base militaire", "naval base",
    "base navale",
    # a dam named after its place ("near the Tishreen Dam", "près du barrage de Tichrine")
    "dam", "barrage",
    # (0.19.0) a site for displaced people named after its place ("le site de déplacés de X",
    # "the X displacement site"), as a camp is
    "site de deplaces", "site des deplaces", "site de personnes deplacees", "displacement site",
    "idp site",
    # (0.23.0) islands and peninsulas of a lake or a coast ("on the Boma peninsula", "the
    # island of Barkaram", "sur l'île de Barkaram", "la presqu'île de Bohoma")
    "island", "peninsula", "ile", "presqu'ile",
    # (0.29.0) a mine or mining site named after its place ("the Chimbolo mining site", "the X
    # gold mine", "le site minier de X", "la mine d'or de X", "le site d'orpaillage de X")
    "gold mine", "gold mines", "mining site", "mining sites", "mining camp", "gold mining site",
    "site minier", "sites miniers", "mine d'or", "mines d'or", "site d'orpaillage",
    "sites d'orpaillage", "site aurifere",
)  # fmt: skip
