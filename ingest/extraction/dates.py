"""Date expressions in French and English, resolved against the publication date.

Rules (see README): a weekday equal to the publication weekday is the publication day, any
other weekday the most recent such day before it ("lundi dernier" / "last Monday" on a Monday is
a week earlier); "hier"/"yesterday" is the day before; "dans la nuit de dimanche à lundi" is the
later day (the night ends on it); "la semaine dernière"/"last week" is the Thursday of the
previous Monday-Sunday week with ``week`` precision ("last weekend", "le week-end dernier" its
Saturday); "fin octobre"/"late October" is the 25th
("début"/"early" the 5th, "mi-"/"mid-" the 15th) with ``week`` precision; a month alone is its
first day with ``month`` precision. A date without a year takes the publication year, or the year
before when that would put it more than a week after publication. Without a publication day
(none, or only a month) relative expressions resolve to nothing: a date is never invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from ingest.extraction.quickscan import first_characters
from ingest.extraction.wordregex import WordRegex, contains_any

_MONTHS: Final[dict[str, int]] = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2,
    "february": 2, "feb": 2, "mars": 3, "march": 3, "mar": 3, "avril": 4, "april": 4, "apr": 4,
    "avr": 4, "mai": 5, "may": 5, "juin": 6, "june": 6, "jun": 6, "juillet": 7, "juil": 7,
    "july": 7, "jul": 7, "aout": 8, "august": 8, "aug": 8, "septembre": 9, "september": 9,
    "sept": 9, "sep": 9, "octobre": 10, "october": 10, "oct": 10, "novembre": 11,
    "november": 11, "nov": 11, "decembre": 12, "december": 12, "dec": 12,
}  # fmt: skip
# Every month name and abbreviation, French and English, as written after folding.
MONTH_WORDS: Final[frozenset[str]] = frozenset(_MONTHS)
# The English month names and their abbreviations, as words: "June 7" and "Oct. 17" are days,
# not amounts; "in May" is no place.
ENGLISH_MONTH_WORDS: Final[frozenset[str]] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec"}
)  # fmt: skip
_WEEKDAYS: Final[dict[str, int]] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
# Every weekday name, French and English, as written after folding.
WEEKDAY_WORDS: Final[frozenset[str]] = frozenset(_WEEKDAYS)


def _one_of(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_M: Final = _one_of(_MONTHS)
# Month names written in full ("may" and "mars" are words too, but not after "last" or before
# "last year"); abbreviations are left out of the phrases that need no digit.
_M_FULL: Final = _one_of(
    name
    for name in _MONTHS
    if len(name) > 4 or name in {"mai", "may", "june", "july", "aout", "juin", "mars"}
)
_WD: Final = _one_of(_WEEKDAYS)
_DAY: Final = r"(?:[12][0-9]|3[01]|0?[1-9])"
_PART: Final = r"(?:matin|soir|apres midi|morning|night|evening|afternoon)"
_YEAR: Final = r"(?:19|20)\d\d"
# (0.18.0) Fixed-date feasts by the words that name them (the anchors the matcher finds),
# with the (month, day) each leading phrase gives: the eve of Christmas is the 24th, "la
# nuit de Noël" the 25th (a night ends on its later day), the Saint-Sylvestre the 31st and
# its night the 1st.
_FEAST_ANCHORS: Final[tuple[str, ...]] = (
    "christmas eve", "christmas day", "new year's eve", "new year's day", "noel", "nouvel an",
    "jour de l'an", "saint sylvestre",
)  # fmt: skip
# Two days of a month in a row, "6 7" (folded from "6-7"), the longer numbers first.
_DAYS_IN_A_ROW: Final = r"\b(?:" + "|".join(f"{day} {day + 1}" for day in range(30, 0, -1)) + r")\b"
_ALTERNATIVES: Final = (
    # night of Sunday to Monday
    rf"(?P<night>(?:dans |during |on |in )?(?:la|the) nuit de (?P<n1>{_WD}) (?:a|au) "
    rf"(?P<n2>{_WD})|"
    # (0.24.0) and "overnight Saturday into Sunday", "overnight from Saturday to Sunday"
    rf"(?:on |during )?(?:the night of|overnight(?: from)?) (?P<n3>{_WD})(?: night)? (?:to|into) "
    rf"(?P<n4>{_WD})|"
    # "started Tuesday night and continued into Wednesday", "stormed the town late on Friday
    # night and went on shooting until the early hours of Saturday": the night ends on the
    # later day (a few words may tell what went on)
    rf"(?:(?:late|early) (?:on )?)?(?P<n5>{_WD}) night(?: and)?(?: [a-z']+){{0,8}}? "
    rf"(?:into|until|till) (?:the )?"
    rf"(?:early (?:hours of |morning of )?|small hours of |morning of )?(?P<n6>{_WD})|"
    rf"(?:tard )?(?P<n7>{_WD}) soir (?:et )?(?:[a-z']+ ){{0,8}}?"
    rf"jusqu'(?:a|au) (?:l'aube (?:de |du )?|petit matin (?:de |du )?)?(?P<n8>{_WD})|"
    # "dans la nuit du vendredi 17 au samedi 18 janvier 2025", "the night of 17 to 18 January",
    # "the night of January 17 to 18", "la nuit de vendredi 4 à samedi 5 juin": the night ends
    # on the later date
    # (0.27.0: across two months, "la nuit du samedi 31 août au dimanche 1er septembre", "the
    # night of August 31 to September 1")
    rf"(?:dans |during |on |in )?(?:la nuit d[eu]|the night of) (?:{_WD},? )?(?:(?P<ndm1>{_M}) )?"
    rf"{_DAY}(?:er|st|nd|rd|th)?(?: {_M})? (?:au|a|to|into) (?:{_WD},? )?(?:(?P<ndm3>{_M}) )?"
    rf"(?P<ndd>{_DAY})(?:er|st|nd|rd|th)?"
    rf"(?: (?P<ndm2>{_M})\b)?(?:,? (?P<ndy>{_YEAR})\b)?|"
    # (0.29.0) two days in a row joined by a hyphen, folded to a space ("on the night of May
    # 6-7", "the night of 6-7 May", "dans la nuit du 6-7 mai"): the later one
    rf"(?:dans |during |on |in )?(?:la nuit du|the night of) (?:{_WD},? )?(?:(?P<nhm1>{_M}) )?"
    rf"(?P<nhd>{_DAYS_IN_A_ROW})(?: (?P<nhm2>{_M})\b)?(?:,? (?P<nhy>{_YEAR})\b)?)",
    # 29 octobre 2023 / dimanche 29 octobre / samedi matin, 12 aout / 3 February 2024 (a weekday
    # in apposition to the date is part of it: the date wins)
    rf"(?P<dm>(?:(?P<dmwd>{_WD})(?: {_PART})?,? )?(?:le |the )?(?P<dmd>{_DAY})(?:er|st|nd|rd|th)? "
    rf"(?:of )?(?P<dmm>{_M})\b\.?(?:,? (?P<dmy>{_YEAR})\b)?)",
    # October 17, 2023 / Oct. 17 / on January 28 / Thursday morning, March 9
    rf"(?P<md>(?:(?P<mdwd>{_WD})(?: {_PART})?,? (?:on )?)?"
    rf"(?P<mdm>{_M})\.? (?P<mdd>{_DAY})(?:st|nd|rd|th)?\b(?!:)(?:,? (?P<mdy>{_YEAR})\b)?)",
    # 2023-10-30 (hyphens are folded to spaces) and 30/10/2023
    rf"(?P<iso>\b(?P<isoy>{_YEAR}) (?P<isom>[01]\d) (?P<isod>[0-3]\d)\b)",
    rf"(?P<slash>\b(?P<dmyd>{_DAY})/(?P<dmym>[01]?\d)/(?P<dmyy>{_YEAR})\b)",
    # fin octobre / mi-octobre / late October / the end of October
    r"(?P<part>(?P<partw>debut|fin|mi|early|mid|late|end of|the end of|beginning of|"
    r"the beginning of|courant) ?(?:d'|de |du mois d'|du mois de )?"
    rf"(?P<partm>{_M})\b(?:,? (?P<party>{_YEAR})\b)?)",
    # octobre 2023 / en octobre / in October
    rf"(?P<month>(?:"
    # "in May last year", "en mai de l'année dernière", "en mai l'an dernier": the year before
    # publication's; "last July", "since last August": the latest July before publication
    rf"(?:en|in|durant|during|depuis|since) (?P<monthm4>{_M_FULL}) (?:of )?(?:last year|"
    r"the previous year|l'an dernier|l'an passe|de l'annee derniere|de l'annee passee)\b|"
    rf"last (?P<monthm5>{_M_FULL})\b(?! ?\d)|"
    rf"(?:en|in|durant|during|depuis) (?P<monthm1>{_M})\b(?! ?\d)|"
    rf"(?P<monthm2>{_M}) (?P<monthy>{_YEAR})\b|"
    # "the deadliest since December, when militants killed ...", "la plus meurtrière depuis
    # février 2019, lorsqu'un attentat ...": the month of what follows
    rf"(?:since|depuis) (?P<monthm3>{_M})(?: (?P<monthy3>{_YEAR}))?,? "
    r"(?:when|lorsque|lorsqu|quand)\b|"
    # (0.26.0) an attack named by its month ("the June massacre in X", "the March 2023
    # attack", "le massacre de juin", "l'attaque de mars 2023")
    rf"the (?P<monthm6>{_M_FULL})(?: (?P<monthy6>{_YEAR}))? (?=(?:attacks?|massacres?|strikes?|"
    r"bombings?|ambush|raids?|killings|assault|offensive|blasts?)\b)|"
    r"(?:l'attaque|les attaques|le massacre|les massacres|la frappe|les frappes|l'attentat|"
    r"les attentats|l'embuscade|la tuerie|les tueries|le raid|l'assaut|l'offensive) "
    rf"(?:de |d')(?P<monthm7>{_M_FULL})(?: (?P<monthy7>{_YEAR}))?\b(?! ?\d)))",
    # (0.18.0) the days of fixed-date feasts: "on Christmas Eve last year", "le jour de Noël
    # 2021", "la veille de Noël", "on New Year's Day", "le soir de la Saint-Sylvestre" (not
    # "a Christmas market": only the day's own names)
    r"(?P<feast>(?:(?:le |la |the )?(?:nuit |soir |soiree |veille |jour |reveillon )?"
    r"(?:de |du |de la )(?:la )?)?"
    r"(?P<feastname>" + "|".join(_FEAST_ANCHORS) + r")\b"
    rf"(?:,? (?P<feasty>{_YEAR})\b)?)",
    # the early hours of Tuesday
    rf"(?P<hours>(?:in )?the (?:early|small|late) hours of (?P<hourswd>{_WD}))",
    # tot ce mardi / early Tuesday / late Sunday / lundi dernier / last Monday / Tuesday's
    # (not a feast named after its weekday: "Palm Sunday", "Good Friday", "le dimanche des
    # Rameaux", "le lundi de Pâques", "le Vendredi saint")
    r"(?P<wd>(?<!palm )(?<!easter )(?<!good )(?<!holy )(?<!ash )(?<!bloody )"
    r"(?:(?P<wdmod>tot|tard|early|late|last|this|past|ce|cette|le) )?(?:(?:ce|le|on) )?"
    rf"(?P<wdw>{_WD})(?P<wdposs>'s)?(?: (?P<wdlast>dernier|derniere|passe|last))?"
    r"(?! des rameaux| de paques| saint\b| des cendres| de pentecote))",
    # hier / yesterday / aujourd'hui / today / ce matin / last night
    r"(?P<rel>\b(?:avant hier|the day before yesterday|la veille|l'avant veille|"
    r"the day before|the previous day|the night before|the previous night|la nuit precedente|"
    # (0.21.0) "a siege that began the previous evening"
    r"the previous evening|the previous morning|the previous afternoon|the evening before|"
    r"hier|yesterday|aujourd'hui|today|tonight|"
    r"cette nuit|ce matin|ce soir|cet apres midi|this morning|this evening|this afternoon|"
    # "overnight into Tuesday", "overnight on Tuesday": the weekday tells the day, not "overnight"
    rf"last night|overnight(?! (?:into |on |to |until |through |in )?(?:the )?{_WD}\b))\b)",
    # la semaine derniere / last week / cette semaine
    r"(?P<week>\b(?:la semaine (?:derniere|passee)|last week|the previous week|the past week|"
    r"earlier this week|cette semaine|this week|en debut de semaine|earlier in the week|"
    r"(?P<weekend>last weekend|over the weekend|this weekend|during the weekend|"
    r"(?:le |ce |du |pendant le |au cours du )week ?end(?: dernier)?))\b)",
    # le mois dernier / last month / earlier this month / ce mois-ci (hyphens fold to spaces)
    r"(?P<monthrel>\b(?:(?P<monthlast>le mois dernier|le mois passe|le mois precedent|"
    r"last month|the previous month|the month before)|"
    # (0.21.0) the month of the date told before ("Earlier that month", "plus tard dans le
    # même mois")
    r"(?P<monththat>(?:earlier|later) that (?:same )?month|that same month|"
    r"(?:plus tot|plus tard) (?:dans|au cours de) (?:ce|le) meme mois|le meme mois|"
    r"ce meme mois|au cours du meme mois)|"
    r"earlier this month|this month|"
    r"ce mois ci|plus tot ce mois|earlier in the month|en debut de mois|au debut du mois)\b)",
    # "it comes a day after", "intervient au lendemain de", "came two days after": what follows
    # happened that many days before the date told last
    r"(?P<after>(?:\b(?:comes|come|came|coming|intervient|survient|est intervenue?|arrive) |"
    # (0.32.0) or in apposition after the day the sentence told ("struck the port on Monday, a
    # day after a missile hit the airport", "a frappé lundi le port, deux jours après ...")
    r"(?P<aftercomma>(?<=, )))"
    r"(?:(?:just |only |juste )?(?P<aftern>a|one|two|three|four|five|six|un|deux|trois|quatre|"
    # (0.31.0) up to twelve days, or in digits ("came nine days after", "intervient 10 jours
    # après"), as "nine days earlier" reads
    r"cinq|six|seven|eight|nine|ten|eleven|twelve|sept|huit|neuf|dix|onze|douze|[2-9]|1[0-9]) "
    r"(?:days?|jours?) (?:after|apres)|au lendemain|"
    # "came nearly two weeks after", "survient près de deux semaines après": to the week
    r"(?:nearly |almost |about |some |barely |just |only |scarcely |pres de |presque |"
    r"environ |quelque |a peine |tout juste )?"
    r"(?P<afterw>a|one|two|three|une|deux|trois) (?:weeks?|semaines?) (?:after|apres)|"
    # "come six months after", "intervient six mois après": to the month
    r"(?P<afterm>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|deux|"
    r"trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze) (?:months?|mois) (?:after|apres))\b)",
    # "three days ago", "il y a trois jours" (from publication); "three days earlier", "trois
    # jours plus tot" (from the date told last)
    r"(?P<ago>\b(?:il y a (?P<agon1>un|deux|trois|quatre|cinq|six) jours?|"
    # "two weeks ago", "il y a deux semaines": to the week
    r"il y a (?P<agow1>une|deux|trois) semaines?|(?P<agow2>a|one|two|three) weeks? ago|"
    # "a year ago", "il y a un an": that month of the year before publication
    r"(?P<agoy>a year ago|one year ago|il y a un an)|"
    # "two weeks earlier", "deux semaines plus tôt": from the date told last, to the week
    r"(?P<earlierw>a|one|two|three|une|deux|trois) (?:weeks? (?:earlier|before)|"
    r"semaines? (?:plus tot|auparavant))|"
    r"(?P<agon2>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-9]) "
    r"days? ago|"
    # "nine days earlier", "neuf jours plus tôt": before the date told last
    r"(?P<earliern>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|deux|"
    r"trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|[2-9]|1[0-9]) "
    r"(?:days? (?:earlier|before)|jours? (?:plus tot|auparavant))|"
    # "eleven days later", "onze jours plus tard": after the date told last
    r"(?P<latern>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|onze|douze|[2-9]|1[0-9]) (?:days later|jours plus tard))\b)",
    # "le lendemain, ...", "the next day", "the following day": the day after the date told
    # last ("au lendemain de X", "the day after the attack" tell another date: left out)
    r"(?P<next>\b(?:le lendemain(?! de| d')|the next day|the following day|le jour suivant)\b)",
    # plus tot dans la journee / earlier in the day / le meme jour
    r"(?P<same>\b(?:plus tot dans la journee|plus tard dans la journee|earlier in the day|"
    r"later in the day|earlier that day|later that day|le meme jour|the same day|ce jour la|"
    r"that day|"
    # (0.26.0) the same night or evening ("in a separate incident the same night", "la même
    # nuit", "that same evening", "le même soir")
    r"(?:the|that) same (?:day|night|evening)|(?:la|cette) meme nuit|le meme soir|"
    # ("dans l'après-midi du même jour", "in the afternoon of the same day")
    r"du meme jour|of the same day|"
    # (0.31.0) "même" after the noun, "very" before it ("Israël avait riposté le jour même",
    # "le soir même", "struck back that very day")
    r"le jour meme|ce jour meme|le soir meme|la nuit meme|that very (?:day|night|evening)|"
    r"the very same day|the very same night|on the very day)\b)",
    # (0.26.0) the month told last ("... since August 2023. In the same month, a drone strike
    # killed", "le même mois", "au cours du même mois")
    r"(?P<samemonth>\b(?:(?:in )?(?:the|that) same month|(?:le|ce|au cours du|durant le) meme "
    r"mois)\b)",
)
# One regex per alternative, named after its outer group, run only around the anchor words
# that can start or end it: much cheaper than the whole alternation over every window.
_ALTERNATIVE_RES: Final[dict[str, re.Pattern[str]]] = {
    re.match(r"\(\?P<(\w+)>", alternative).group(1): re.compile(r"\b(?:" + alternative + ")")  # type: ignore[union-attr]
    for alternative in _ALTERNATIVES
}
# The characters a match of each alternative can start with (``quickscan.first_characters``;
# None where they cannot be told): a word that starts with none of them is not tried.
_ALTERNATIVE_FIRSTS: Final[dict[str, frozenset[str] | None]] = {
    name: first_characters(pattern.pattern) for name, pattern in _ALTERNATIVE_RES.items()
}
_FOR_MONTH: Final = ("dm", "md", "part", "month")
_FOR_WEEKDAY: Final = ("night", "hours", "wd")
_FOR_WORD: Final[dict[str, tuple[str, ...]]] = {
    **dict.fromkeys(_MONTHS, _FOR_MONTH),
    **dict.fromkeys(_WEEKDAYS, _FOR_WEEKDAY),
    **dict.fromkeys(("nuit", "night", "soir"), ("night", "rel", "same")),
    "evening": ("rel", "same"),
    **dict.fromkeys(("semaine", "week"), ("week", "after", "ago")),
    "weekend": ("week",),
    **dict.fromkeys(("semaines", "weeks"), ("after", "ago")),
    **dict.fromkeys(("mois", "month"), ("monthrel", "after", "samemonth")),
    "months": ("after",),
    **dict.fromkeys(("days", "jours"), ("after", "ago")),
    **dict.fromkeys(("year ago", "un an"), ("ago",)),
    "lendemain": ("after", "next"),
    **dict.fromkeys(_FEAST_ANCHORS, ("feast",)),
    **dict.fromkeys(("journee",), ("same", "rel")),
    **dict.fromkeys(("jour", "day"), ("same", "rel", "after", "ago", "next")),
}
_LIST_AFTER: Final = re.compile(
    rf"(?:,? (?:and |et )?(?:earlier |later |on |le )*)(?P<d>{_DAY})(?:st|nd|rd|th)?\b"
    # (0.24.0) not the hour of a time ("February 19, 2024, 16:05 GST")
    rf"(?! ?(?:{_M}|\d|%|h\b|[a-z])|[:.]\d)"
)
_LIST_BEFORE: Final = re.compile(rf"\b(?:les? )?(?P<d>{_DAY})(?:er)?(?:,| et| and) (?:le )?$")
# A span of days ("entre le 6 et le 11 décembre", "du 6 au 11 décembre", "between December 6
# and 11", "from Dec. 6 to 11"): one period, dated by its first day, not two dates.
_RANGE_BEFORE: Final = re.compile(
    rf"\b(?:entre (?:le )?(?P<d>{_DAY})(?:er)? et (?:le )?|du (?P<d2>{_DAY})(?:er)? au )$"
)
_RANGE_START: Final = re.compile(r"\b(?:between|from) (?:the )?$")
_RANGE_END: Final = re.compile(
    rf"(?: and | to | ?[-–] ?)(?:the )?(?P<d>{_DAY})(?:st|nd|rd|th)?\b(?! ?(?:{_M}|\d))"
)
RANGE_BASIS: Final = "span of days, dated by its first"


def _range_hit(start: int, end: int, first: date | None, last: date | None) -> DateHit:
    """One hit for a span of days: its first day, to the week when it lasts a week at most."""
    short = first is not None and last is not None and 0 <= (last - first).days <= 7
    return DateHit(start, end, first, "week" if short else "month", RANGE_BASIS, "explicit")


# News prose writes dates in words ("17 October", "Oct. 17"); "2023-10-17" is a page's stamp
# (a scraped "date 2023-10-17" line), which dates the report, not what it reports.
ISO_BASIS: Final = "ISO date (a page stamp)"


@dataclass(slots=True, init=False)
class DateHit:
    """A date expression found in the text and what it resolves to (``None`` if it cannot).
    Read-only by convention: not frozen, since a frozen dataclass is several times slower to
    build and the extractor builds many per article."""

    start: int
    end: int
    value: date | None
    precision: str  # "day" | "week" | "month"
    basis: str
    kind: str  # "explicit" | "weekday" | "relative" | "week" | "part" | "month" | "same_day"

    # Written out (init=False) so that mypyc compiles it; the dataclass one runs in the
    # interpreter, and the extractor builds many of these per article.
    def __init__(
        self,
        start: int,
        end: int,
        value: date | None,
        precision: str,
        basis: str,
        kind: str,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.precision = precision
        self.basis = basis
        self.kind = kind


def _month_before_publication(match: re.Match[str], published: date | None) -> DateHit | None:
    """ "in May last year" (May of the year before publication's) or "last July" (the latest
    July before the month of publication): a month-precision date, none without publication."""
    if published is None or match.string.endswith("at ", 0, match.start()):
        return None  # "at last May": not a month
    last_year = match.group("monthm4")
    month = _MONTHS[last_year or match.group("monthm5")]
    year = published.year - 1 if last_year or month >= published.month else published.year
    return DateHit(
        match.start(), match.end(), _safe_date(year, month, 1), "month", "month named", "month"
    )


# "last year, on June 9", "le 9 juin de l'année dernière", "l'an dernier, le 9 juin": a day
# and month of the year before publication's.
# (a WordRegex: it is searched over the whole text, from its first letters)
_LAST_YEAR: Final = WordRegex(
    r"(?:last year|the previous year|l'an dernier|l'an passe|l'annee derniere|"
    r"l'annee passee)\b"
)
_LAST_YEAR_REACH: Final = 30  # characters between the date and "last year" either side
_SENTENCE_END: Final = re.compile(r"[.!?]\s")  # (where "last year" stops telling a date's year)
_LAST_YEAR_WORDS: Final = ("year", "l'an ", "annee")  # one is in every _LAST_YEAR match


# "le 24 octobre de la même année", "on October 24 of the same year", "that same year": the
# year of the date told before it.
_SAME_YEAR: Final = re.compile(
    r",? (?:de la meme annee|of the same year|of that (?:same )?year|that same year)\b"
)


def _year_told(
    folded: str,
    match: re.Match[str],
    month: int,
    day: int,
    published: date | None,
    hits: Sequence[DateHit] = (),
) -> int | None:
    """The year of a day and month written without one: the year of the date told before it
    when "of the same year" follows, the year before publication's when "last year" is told
    right beside it, else ``_year_for``."""
    if _SAME_YEAR.match(folded, match.end()) is not None:
        told = _last_told(hits)
        return told.year if told is not None else None
    if published is not None:
        low = max(0, match.start() - _LAST_YEAR_REACH)
        high = match.end() + _LAST_YEAR_REACH
        # (0.30.0) in the date's own sentence: "... broke out last year. On September 1, a
        # drone ..." is this year's September
        for end in _SENTENCE_END.finditer(folded, low, match.start()):
            low = end.end()
        stop = _SENTENCE_END.search(folded, match.end(), high)
        high = high if stop is None else stop.start()
        if contains_any(folded[low:high], _LAST_YEAR_WORDS) and _LAST_YEAR.search(
            folded, low, high
        ):
            return published.year - 1
    return _year_for(month, day, published)


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """Year of a date written without one: the publication year, or the year before."""
    if published is None:
        return None
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return None
    return published.year - 1 if candidate > published + timedelta(days=7) else published.year


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_weekday(weekday: int, published: date, strictly_before: bool = False) -> date:
    """The publication day if it is that weekday (unless ``strictly_before``), else the last one."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


_SMALL_NUMBERS: Final[dict[str, int]] = {
    "a": 1, "one": 1, "un": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4,
    "quatre": 4, "five": 5, "cinq": 5, "six": 6, "une": 1, "seven": 7, "sept": 7, "eight": 8,
    "huit": 8, "nine": 9, "neuf": 9, "ten": 10, "dix": 10, "eleven": 11, "onze": 11,
    "twelve": 12, "douze": 12,
}  # fmt: skip
_DAY_BEFORE: Final[frozenset[str]] = frozenset(
    {"la veille", "l'avant veille", "the day before", "the previous day", "the night before",
     "the previous night", "la nuit precedente", "the previous evening", "the previous morning",
     "the previous afternoon", "the evening before"}
)  # fmt: skip

# Words every date expression contains: the matcher finds them in its single automaton pass,
# and the date regex then only runs in small windows around them (it is slow over whole texts).
DATE_ANCHORS: Final[tuple[str, ...]] = (
    *_MONTHS,
    *_WEEKDAYS,
    "hier", "yesterday", "aujourd'hui", "today", "tonight", "overnight", "nuit", "night", "veille",
    "matin", "morning", "soir", "evening", "afternoon", "semaine", "week", "journee", "day",
    "jour", "mois", "month", "days", "jours", "lendemain", "weekend", "weeks", "semaines",
    "months", "year ago", "un an", *_FEAST_ANCHORS,
)  # fmt: skip
_ANCHOR_RE: Final = re.compile(
    r"(?<![a-z0-9'])(?:"
    + "|".join(sorted(map(re.escape, DATE_ANCHORS), key=len, reverse=True))
    + r")(?![a-z0-9])"
)
# (The lookahead first: every match opens with a digit, and a position that holds none fails on
# that one test instead of the boundary and both alternatives: half the cost over a text.)
_NUMERIC_DATE: Final = re.compile(
    r"(?=\d)\b(?:(?:19|20)\d\d [01]\d [0-3]\d|(?:[12][0-9]|3[01]|0?[1-9])/[01]?\d/(?:19|20)\d\d)\b"
)


# Digits (and any non-ASCII character, which may be a non-Latin digit) as "d", "/" and blanks
# kept, everything else "x": a numeric date needs "d/d" or "dddd dd dd" in this mask, which two
# substring tests find much faster than the date regex over the whole text.
_DIGIT_MASK: Final = bytes(
    ord("d") if (48 <= c <= 57 or c == ord("?")) else c if c in b"/ " else ord("x")
    for c in range(256)
)


def _digit_mask(folded: str) -> bytes:
    """``folded`` through ``_DIGIT_MASK``, one byte per character."""
    return folded.encode("ascii", "replace").translate(_DIGIT_MASK)


def _may_hold_numeric_date(folded: str) -> bool:
    """Whether ``_NUMERIC_DATE`` can match anywhere in ``folded`` (False means it cannot)."""
    mask = _digit_mask(folded)
    return b"d/d" in mask or b"dddd dd dd" in mask


def _four_digit_starts(folded: str) -> list[int]:
    """Where four digits in a row start in ``folded`` (overlapping runs included; any
    non-ASCII character counts as a digit): every place a year can begin."""
    mask = _digit_mask(folded)
    starts: list[int] = []
    position = mask.find(b"dddd")
    while position != -1:
        starts.append(position)
        position = mask.find(b"dddd", position + 1)
    return starts


# How many words before its anchor an expression may start ("tot ce mardi": 2).
_LOOKBACK: Final[dict[str, int]] = {
    "wd": 3, "dm": 4, "md": 3, "part": 3, "month": 3, "night": 5, "hours": 5, "rel": 3,
    "week": 3, "same": 4, "monthrel": 3, "after": 5, "ago": 4, "next": 2, "feast": 4,
    "samemonth": 4,
}  # fmt: skip
_PART_WORDS: Final = (
    "debut",
    "fin",
    "mi ",
    "early",
    "mid",
    "late",
    "end of",
    "beginning",
    "courant",
)
_MONTH_LEAD: Final = (
    "en ", "in ", "durant ", "during ", "depuis ", "since ", "last ", "the ", " de ", " d'",
)  # fmt: skip


def _worth_trying(name: str, before: str, after: str, word: str) -> bool:
    """Cheap string tests that rule an alternative out before its regex runs (``before``: the
    22 characters before the anchor word, ``after``: the 8 after it)."""
    if name == "md":
        return _has_digit(after[:4])
    if name == "dm":
        return _has_digit(before[-6:])
    if name == "part":
        return contains_any(before, _PART_WORDS)
    if name == "month":
        return before.endswith(_MONTH_LEAD) or _has_digit(after[:6])
    if name == "night":
        return "nuit" in before or "night" in before or word in {"nuit", "night", "soir"}
    if name == "hours":
        return "hours of" in before
    return True


def _has_digit(piece: str) -> bool:
    """Whether a few characters hold a digit (``str.isdigit``)."""
    for char in piece:  # noqa: SIM110 - a loop is cheaper than any() over a generator
        if char.isdigit():
            return True
    return False


def _alternatives_for(word: str, before: str, after: str) -> Sequence[str]:
    """The alternatives worth trying around an anchor word: ``_FOR_WORD`` filtered by
    ``_worth_trying``, in that order (the tests that always pass are not run)."""
    names = _FOR_WORD.get(word)
    if names is None:
        return ("rel",)
    # equality, not identity: the compiled build does not keep the tuples' identity
    if names == _FOR_WEEKDAY:
        if "nuit" in before or "night" in before or "hours of" in before:
            return [name for name in names if _worth_trying(name, before, after, word)]
        return ("wd",)
    if names == _FOR_MONTH:
        return [name for name in names if _worth_trying(name, before, after, word)]
    return names  # night, week and day words: every test passes


def _anchored_matches(
    folded: str, anchors: Sequence[tuple[int, int]]
) -> list[tuple[str, re.Match[str]]]:
    """Date matches found by the alternatives an anchor word can belong to (longest first),
    each with the name of its alternative."""
    found: dict[tuple[int, int], tuple[str, re.Match[str]]] = {}
    length = len(folded)
    for start, end in anchors:
        word = folded[start:end]
        before = folded[max(0, start - 22) : start]
        after = folded[end : end + 8]
        names = _alternatives_for(word, before, after)
        if not names:
            continue
        # A date expression starts at the anchor or at one of the few words before it.
        starts = _word_starts(folded, max(0, start - 32), start)
        starts.append(start)
        stop = min(length, end + 26)
        for name in names:
            pattern = _ALTERNATIVE_RES[name]
            firsts = _ALTERNATIVE_FIRSTS[name]
            # "Tuesday night and continued into Wednesday", "Friday night and went on shooting
            # until the early hours of Saturday": the later day is further on
            reach = min(length, end + 120) if name == "night" else stop
            for position in starts[-1 - _LOOKBACK[name] :]:
                if firsts is not None and folded[position] not in firsts:
                    continue  # (every match of the alternative starts with one of firsts)
                match = pattern.match(folded, position, reach)
                if match is not None and match.end() >= end:
                    found.setdefault((match.start(), match.end()), (name, match))
    if _may_hold_numeric_date(folded):
        for numeric in _NUMERIC_DATE.finditer(folded):
            for name in ("iso", "slash"):
                match = _ALTERNATIVE_RES[name].match(folded, numeric.start(), numeric.end())
                if match is not None:
                    found.setdefault((match.start(), match.end()), (name, match))
    # Longest first (then leftmost), each kept unless it overlaps one kept before.
    chosen: list[tuple[int, int]] = []
    for key in sorted(found, key=_longest_first):
        low, high = key
        for start, end in chosen:
            if low < end and start < high:
                break
        else:
            chosen.append(key)
    return [found[key] for key in sorted(chosen)]


def _word_starts(folded: str, low: int, high: int) -> list[int]:
    """Where the words of ``folded[low:high]`` begin (a word character, ``[a-z0-9']``, after
    none; the character before ``low`` counts): a plain loop over a few dozen characters costs
    a tenth of a regex search per word."""
    starts: list[int] = []
    previous = low > 0 and _word_character(ord(folded[low - 1]))
    for position in range(low, high):
        inside = _word_character(ord(folded[position]))
        if inside and not previous:
            starts.append(position)
        previous = inside
    return starts


def _word_character(code: int) -> bool:
    """Whether a character (its code) belongs to a word where a date expression may start,
    ``[a-z0-9']``: compared as a number, a third of the cost of a set lookup compiled."""
    return 97 <= code <= 122 or 48 <= code <= 57 or code == 39


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    return span[0] - span[1], span[0]


def _told(hit: DateHit) -> bool:
    """Whether ``hit`` is a date later counts start from: resolved, and not an earlier attack's
    day counted back in apposition (", a day after ...": the story goes on from the day before
    it, "the previous day" after it is the day before that day)."""
    return hit.value is not None and hit.basis not in _APPOSED_BASES


def _last_told_hit(hits: Sequence[DateHit]) -> DateHit | None:
    """The last date found before that later counts start from (``_told``)."""
    return next((h for h in reversed(hits) if _told(h)), None)


def _last_told(hits: Sequence[DateHit]) -> date | None:
    """The last resolved date found before ("la veille", "a day after" count back from it)."""
    last = _last_told_hit(hits)
    return last.value if last is not None else None


def _last_day_told(hits: Sequence[DateHit]) -> date | None:
    """(0.31.0) The last resolved date found before when it is a day: "came nine days after"
    counts back from a day, not from a month or a week told last ("in March": no day)."""
    last = _last_told_hit(hits)
    return last.value if last is not None and last.precision == "day" else None


def _day_told_in_sentence(
    hits: Sequence[DateHit], folded: str, match: re.Match[str]
) -> date | None:
    """(0.32.0) The last date found before ``match`` when it is a resolved day of the same
    sentence (no sentence end between them), the day an apposition counts from."""
    last = _last_told_hit(hits)
    if last is None or last.precision != "day" or match.start() - last.end > 200:
        return None
    return None if _SENTENCE_END.search(folded, last.end, match.start()) else last.value


def _counted_back(
    match: re.Match[str], hits: Sequence[DateHit], folded: str, anchor: date | None
) -> DateHit:
    """ "It comes a day after X", "came two weeks after", "intervient six mois après": X's day,
    week or month, that many before the date told last (a month: else publication; a count of
    days: from a day only). (0.32.0) In apposition (", a day after X"), before the day of the
    sentence, else unresolved."""
    group = match.group
    apposed = group("aftercomma") is not None
    day = _day_told_in_sentence(hits, folded, match) if apposed else None
    if group("afterm"):
        base = day if apposed else (_last_told(hits) or anchor)
        basis = _APPOSED_MONTHS if apposed else "months before the date told before it"
        return _months_before(match, group("afterm"), base, basis)
    if group("afterw"):
        weeks = _SMALL_NUMBERS.get(group("afterw"), 1)
        base = day if apposed else _last_told(hits)
        value = base - timedelta(days=7 * weeks) if base else None
        basis = _APPOSED_WEEKS if apposed else "weeks before the date told before it"
        return DateHit(match.start(), match.end(), value, "week", basis, "relative")
    number = group("aftern") or "un"
    days = int(number) if number.isdigit() else _SMALL_NUMBERS.get(number, 1)
    base = day if apposed else _last_day_told(hits)
    basis = _APPOSED_DAYS if apposed else "days before the date told before it"
    return _from_told(match, base, -days, basis)


_APPOSED_DAYS: Final = "days before the day told before it in its sentence"
_APPOSED_WEEKS: Final = "weeks before the day told before it in its sentence"
_APPOSED_MONTHS: Final = "months before the day told before it in its sentence"
_APPOSED_BASES: Final = frozenset({_APPOSED_DAYS, _APPOSED_WEEKS, _APPOSED_MONTHS})


# The date of a statement ("a communiqué read on Wednesday evening", "the ministry said on
# Tuesday", "a annoncé mercredi"): a count of days that goes on with the story ("the next
# day", "le lendemain", "three days later") follows the attack told, not the telling.
_STATEMENT_BEFORE: Final = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|statement|communique|declare|annonce|"
    r"indique|precise|affirme|rapporte|lu|publie|released|claimed|revendiquee?s?)\b"
    r"(?: [a-z']+){0,2} (?:on |le )?$"
)
_OPENS_A_SENTENCE: Final = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _last_event_told(hits: Sequence[DateHit], folded: str) -> date | None:
    """The last resolved date found before that is not the date of a statement."""
    for hit in reversed(hits):
        if not _told(hit):
            continue
        if _STATEMENT_BEFORE.search(folded, max(0, hit.start - 30), hit.start) is None:
            return hit.value
    return None


def _days_back(
    match: re.Match[str],
    group: Callable[[str], str | None],
    anchor: date | None,
    told: date | None,
) -> DateHit:
    """ "il y a trois jours", "three days ago": that many days before publication; "three days
    earlier", "trois jours plus tôt": before the date told last (else publication)."""
    weeks = group("agow1") or group("agow2")
    if weeks is not None:  # "two weeks ago": that many weeks before publication, to the week
        value = anchor - timedelta(days=7 * _SMALL_NUMBERS.get(weeks, 1)) if anchor else None
        return DateHit(
            match.start(), match.end(), value, "week", "weeks before published_at", "relative"
        )
    if group("agoy") is not None:  # "a year ago": publication's month a year before
        value = _safe_date(anchor.year - 1, anchor.month, 1) if anchor else None
        return DateHit(
            match.start(), match.end(), value, "month", "a year before published_at", "relative"
        )
    earlier = group("earlierw")
    if earlier is not None:  # "two weeks earlier": before the date told last, else publication
        base = told if told is not None else anchor
        value = base - timedelta(days=7 * _SMALL_NUMBERS.get(earlier, 1)) if base else None
        basis = "weeks before the date told before it" if told else "weeks before published_at"
        return DateHit(match.start(), match.end(), value, "week", basis, "relative")
    later = group("latern")
    if later is not None:  # "onze jours plus tard": after the date told last, none without it
        count = int(later) if later.isdigit() else _SMALL_NUMBERS.get(later, 1)
        value = told + timedelta(days=count) if told else None
        return DateHit(
            match.start(), match.end(), value, "day", "days after the date told before it",
            "relative",
        )  # fmt: skip
    ago = group("agon1") or group("agon2")
    number = ago or group("earliern") or "un"
    days = int(number) if number.isdigit() else _SMALL_NUMBERS.get(number, 1)
    from_told = ago is None and told is not None
    base = told if from_told else anchor
    value = base - timedelta(days=days) if base else None
    basis = "days before the date told before it" if from_told else "days before published_at"
    return DateHit(match.start(), match.end(), value, "day", basis, "relative")


def _months_before(match: re.Match[str], count: str, base: date | None, basis: str) -> DateHit:
    """ "come six months after X": X's month, that many months before ``base``, to the month."""
    value = None
    if base is not None:
        months = base.year * 12 + base.month - 1 - _SMALL_NUMBERS.get(count, 1)
        value = date(months // 12, months % 12 + 1, 1)
    return DateHit(match.start(), match.end(), value, "month", basis, "relative")


def _from_told(match: re.Match[str], told: date | None, days: int, basis: str) -> DateHit:
    """A day counted from the date told last ("came two days after": -2, "le lendemain": +1),
    unresolved when none was told."""
    value = told + timedelta(days=days) if told else None
    return DateHit(match.start(), match.end(), value, "day", basis, "relative")


NIGHT_BASIS: Final = "night of X to Y"


def _night_of_dates(match: re.Match[str], published: date | None) -> DateHit:
    """ "la nuit du 17 au 18 janvier 2025": the later date (no month named: no date)."""
    month_word = match.group("ndm2") or match.group("ndm3") or match.group("ndm1")
    return _night_ending(match, published, month_word, match.group("ndd"), match.group("ndy"))


def _night_ending(
    match: re.Match[str],
    published: date | None,
    month_word: str | None,
    day: str,
    year: str | None,
) -> DateHit:
    """The day a night of two dates ends on, from the words the match gives: no month named,
    no date; no year, the year of ``published`` that puts it on or before it."""
    if month_word is None:
        return DateHit(match.start(), match.end(), None, "day", NIGHT_BASIS, "explicit")
    month = _MONTHS[month_word]
    value = _safe_date(
        int(year) if year else _year_for(month, int(day), published), month, int(day)
    )
    return DateHit(match.start(), match.end(), value, "day", NIGHT_BASIS, "explicit")


def _night_of_days_in_a_row(match: re.Match[str], published: date | None) -> DateHit:
    """ "the night of May 6-7": the later day (no month named: no date)."""
    month_word = match.group("nhm2") or match.group("nhm1")
    day = match.group("nhd").split(" ")[1]
    return _night_ending(match, published, month_word, day, match.group("nhy"))


# A French feast name alone is a day only after a phrase that makes it one ("le jour de Noël",
# "à Noël", "la veille de Noël"): "Noël" is also a first name ("Noël Mamère").
_FEAST_FRENCH_LEAD: Final = re.compile(
    r"(?:(?:nuit|soir|soiree|veille|jour|reveillon) (?:de |du |de la )(?:la )?|\b(?:a|pour) )$"
)


def _feast_day(
    folded: str, match: re.Match[str], published: date | None, hits: Sequence[DateHit]
) -> DateHit | None:
    """The day of a fixed-date feast (``_FEAST_ANCHORS``), its year written, "last year", or
    the latest before publication; None for a French name without its leading phrase."""
    name = match.group("feastname")
    name_start = match.start("feastname")
    lead = folded[match.start() : name_start]
    french_lead = _FEAST_FRENCH_LEAD.search(folded, max(0, name_start - 25), name_start)
    if name in {"noel", "nouvel an", "saint sylvestre"} and french_lead is None:
        return None
    if name in {"christmas eve", "new year's eve", "saint sylvestre"} or "veille" in lead:
        month, day = (12, 24) if "noel" in name or "christmas" in name else (12, 31)
    elif name in {"noel", "christmas day"}:
        month, day = 12, 25
    else:
        month, day = 1, 1
    if "reveillon" in lead and name == "nouvel an":
        month, day = 12, 31
    year = (
        int(match.group("feasty"))
        if match.group("feasty")
        else _year_told(folded, match, month, day, published, hits)
    )
    value = _safe_date(year, month, day)
    if value is not None and name == "saint sylvestre" and "nuit" in lead:
        value += timedelta(days=1)  # the night of the 31st ends on New Year's Day
    basis = "feast day" if match.group("feasty") else "feast day, year from published_at"
    return DateHit(match.start(), match.end(), value, "day", basis, "explicit")


def find_dates(
    folded: str,
    published: date | None,
    month_only: bool = False,
    anchors: Sequence[tuple[int, int]] | None = None,
) -> list[DateHit]:
    """Every date expression in ``folded`` (the folded article), resolved when possible.

    ``published`` is the publication day; ``month_only`` says it is only known to the month, in
    which case weekdays and relative days resolve to ``None``. ``anchors`` are the spans of
    ``DATE_ANCHORS`` words when the caller already has them (else the whole text is searched).
    """
    anchor = None if month_only else published
    if month_only and published is not None:
        # Only the month is known: a date without year may be any day of it.
        published = (published.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(
            days=1
        )
    hits: list[DateHit] = []
    if anchors is None:  # the extractor's matcher finds these words in its automaton pass
        anchors = [(word.start(), word.end()) for word in _ANCHOR_RE.finditer(folded)]
    named = _anchored_matches(folded, anchors)
    for name, match in named:
        group = match.group
        if name == "feast":
            hit = _feast_day(folded, match, published, hits)
            if hit is not None:
                hits.append(hit)
        elif name == "night" and group("ndd") is not None:
            hits.append(_night_of_dates(match, published))
        elif name == "night" and group("nhd") is not None:
            hits.append(_night_of_days_in_a_row(match, published))
        elif name == "night":
            second = group("n2") or group("n4") or group("n6") or group("n8")
            value = resolve_weekday(_WEEKDAYS[second], anchor) if anchor else None
            hits.append(DateHit(match.start(), match.end(), value, "day", NIGHT_BASIS, "weekday"))
        elif name == "dm":
            month = _MONTHS[group("dmm")]
            day = int(group("dmd"))
            year = (
                int(group("dmy"))
                if group("dmy")
                else _year_told(folded, match, month, day, published, hits)
            )
            basis = (
                "explicit date"
                if group("dmy")
                else "explicit date without year, year from published_at"
            )
            start = match.start("dmd") if group("dmwd") is None else match.start()
            span = _RANGE_BEFORE.search(folded, max(0, start - 24), start)
            if span is not None:
                first = _safe_date(year, month, int(span.group("d") or span.group("d2")))
                last = _safe_date(year, month, day)
                hits.append(_range_hit(span.start(), match.end(), first, last))
                continue
            before = _LIST_BEFORE.search(folded, max(0, start - 20), start)
            if before is not None:
                other = int(before.group("d"))
                hits.append(
                    DateHit(
                        before.start(),
                        before.end(),
                        _safe_date(year, month, other),
                        "day",
                        basis,
                        "explicit",
                    )
                )
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    _safe_date(year, month, day),
                    "day",
                    basis,
                    "explicit",
                )
            )
        elif name == "md":
            month = _MONTHS[group("mdm")]
            day = int(group("mdd"))
            if (
                group("mdm") == "may"
                and not group("mdy")
                and folded[match.start("mdm") - 4 : match.start("mdm")] in {"may ", " we "}
            ):
                continue
            year = (
                int(group("mdy"))
                if group("mdy")
                else _year_told(folded, match, month, day, published, hits)
            )
            basis = (
                "explicit date"
                if group("mdy")
                else "explicit date without year, year from published_at"
            )
            lead = _RANGE_START.search(folded, max(0, match.start() - 12), match.start())
            ending = _RANGE_END.match(folded, match.end()) if lead is not None else None
            if lead is not None and ending is not None:  # (the hit holds "between": no period)
                last = _safe_date(year, month, int(ending.group("d")))
                hits.append(
                    _range_hit(lead.start(), ending.end(), _safe_date(year, month, day), last)
                )
                continue
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    _safe_date(year, month, day),
                    "day",
                    basis,
                    "explicit",
                )
            )
            position = match.end()
            while True:
                more = _LIST_AFTER.match(folded, position)
                if more is None:
                    break
                other = int(more.group("d"))
                hits.append(
                    DateHit(
                        more.start("d"),
                        more.end(),
                        _safe_date(year, month, other),
                        "day",
                        basis,
                        "explicit",
                    )
                )
                position = more.end()
        elif name == "iso":
            value = _safe_date(int(group("isoy")), int(group("isom")), int(group("isod")))
            hits.append(DateHit(match.start(), match.end(), value, "day", ISO_BASIS, "explicit"))
        elif name == "slash":
            value = _safe_date(int(group("dmyy")), int(group("dmym")), int(group("dmyd")))
            hits.append(
                DateHit(match.start(), match.end(), value, "day", "explicit date", "explicit")
            )
        elif name == "part":
            month = _MONTHS[group("partm")]
            word = group("partw")
            day = (
                5
                if word in {"debut", "early", "beginning of", "the beginning of"}
                else 15
                if word in {"mi", "mid", "courant"}
                else 25
            )
            year = int(group("party")) if group("party") else _year_for(month, day, published)
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    _safe_date(year, month, day),
                    "week",
                    "part of month",
                    "part",
                )
            )
        elif name == "month" and (group("monthm4") or group("monthm5")):
            hit = _month_before_publication(match, published)
            if hit is not None:
                hits.append(hit)
        elif name == "month":
            month = _MONTHS[
                group("monthm1")
                or group("monthm2")
                or group("monthm3")
                or group("monthm6")
                or group("monthm7")
            ]
            if (group("monthm1") or "") in {
                # ("in May" is the month: after "in" the modal cannot stand)
                "mar",
                "dec",
                "jan",
                "sep",
                "oct",
                "nov",
                "jun",
                "jul",
                "aug",
                "apr",
                "feb",
            }:
                continue
            stated = group("monthy") or group("monthy3") or group("monthy6") or group("monthy7")
            year = int(stated) if stated else _year_for(month, 1, published)
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    _safe_date(year, month, 1),
                    "month",
                    "month named",
                    "month",
                )
            )
        elif name == "hours":
            value = resolve_weekday(_WEEKDAYS[group("hourswd")], anchor) if anchor else None
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    value,
                    "day",
                    "weekday relative to published_at",
                    "weekday",
                )
            )
        elif name == "wd":
            modifier = group("wdmod") or ""
            if modifier == "le" and group("wdposs") is None:
                modifier = ""
            strictly = bool(group("wdlast")) or modifier in {"last", "past"}
            value = resolve_weekday(_WEEKDAYS[group("wdw")], anchor, strictly) if anchor else None
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    value,
                    "day",
                    "weekday relative to published_at",
                    "weekday",
                )
            )
        elif name == "rel" and group("rel") in _DAY_BEFORE:
            # "la veille", "the day before": the day before the date told last (the claim's
            # "mardi" in "a revendiqué mardi l'attentat de la veille"), else publication; opening
            # a sentence, the story goes on from the attack told, not from a statement's date
            # ("... a annoncé lundi le gouvernement. La veille, deux civils ...")
            opening = _OPENS_A_SENTENCE.search(folded, max(0, match.start() - 3), match.start())
            told = _last_event_told(hits, folded) if opening else _last_told(hits)
            base = told or anchor
            days = 2 if group("rel") == "l'avant veille" else 1
            value = base - timedelta(days=days) if base else None
            basis = (
                "the day before the date told before it"
                if told
                else "relative day (la veille/the day before) to published_at"
            )
            hits.append(DateHit(match.start(), match.end(), value, "day", basis, "relative"))
        elif name == "rel":
            word = group("rel")
            offset = (
                2
                if word in {"avant hier", "the day before yesterday"}
                else 1
                if word in {"hier", "yesterday", "last night"}
                else 0
            )
            value = anchor - timedelta(days=offset) if anchor else None
            basis = (
                "relative day (hier/yesterday) to published_at"
                if offset
                else "relative day (today) to published_at"
            )
            hits.append(DateHit(match.start(), match.end(), value, "day", basis, "relative"))
        elif name == "week":
            word = group("week")
            value = None
            if anchor is not None and group("weekend"):
                # "last weekend", "le week-end dernier": the Saturday of the weekend before
                # publication (of this one, when published on it)
                weekday = anchor.weekday()
                value = anchor - timedelta(days=weekday - 5 if weekday >= 5 else weekday + 2)
            elif anchor is not None:
                if word in {
                    "cette semaine",
                    "this week",
                    "earlier this week",
                    "en debut de semaine",
                    "earlier in the week",
                }:
                    value = anchor - timedelta(days=anchor.weekday() // 2)
                else:
                    monday = anchor - timedelta(days=anchor.weekday() + 7)
                    value = monday + timedelta(days=3)
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    value,
                    "week",
                    "the weekend before published_at"
                    if group("weekend")
                    else "last week relative to published_at",
                    "week",
                )
            )
        elif name == "after":
            hits.append(_counted_back(match, hits, folded, anchor))
        elif name == "ago":
            # (0.27.0) opening a sentence, "A day earlier", "Deux jours plus tôt" go on from the
            # attack told, not from a statement's date, as "La veille" does
            opening = _OPENS_A_SENTENCE.search(folded, max(0, match.start() - 3), match.start())
            told = (
                _last_event_told(hits, folded) if group("latern") or opening else _last_told(hits)
            )
            hits.append(_days_back(match, group, anchor, told))
        elif name == "next":
            told = _last_event_told(hits, folded)
            hits.append(_from_told(match, told, 1, "the day after the date told before it"))
        elif name == "monthrel" and group("monththat"):
            told = _last_told(hits)
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    told.replace(day=1) if told is not None else None,
                    "month",
                    "the month of the date told before it",
                    "month",
                )
            )
        elif name == "monthrel":
            value = None
            if published is not None:
                first = published.replace(day=1)
                value = (first - timedelta(days=1)).replace(day=1) if group("monthlast") else first
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    value,
                    "month",
                    "month relative to published_at",
                    "month",
                )
            )
        elif name == "same":
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    None,
                    "day",
                    "same day as the previous date",
                    "same_day",
                )
            )
        elif name == "samemonth":
            hits.append(
                DateHit(
                    match.start(),
                    match.end(),
                    None,
                    "month",
                    "same month as the previous date",
                    "same_month",
                )
            )
    if published is not None:
        hits += _past_years(folded, hits, published)
    return hits


# A year told alone ("in 2019", "en 2015", "the 2022 attack on", "l'attentat de 2017"): an
# earlier year than publication's dates a passing reference that no day or month resolves.
# Found from the year (a pattern opening with digits, which ``re`` scans for quickly; one
# opening with the word before it tries every position), then the word before it checked: the
# years of r"\b(?:in|en|...|mi)\s((?:19|20)\d\d)\b(?!...)" (``\Z``: the year's start).
_YEAR_OF_YEAR_ALONE: Final = re.compile(
    r"(?:19|20)\d\d\b(?!\s?(?:\d|%|-|to\b|a\b|au\b|and\b|et\b))"
)
_BEFORE_YEAR_ALONE: Final = re.compile(
    r"\b(?:in|en|of|de|du|d'|the|l'|late|early|fin|debut|mid|mi)\s\Z"
)
_BEFORE_YEAR_REACH: Final = 6  # the longest word before the year ("early", "debut") and the blank
YEAR_BASIS: Final = "year only (unresolved)"


def _past_years(folded: str, hits: Sequence[DateHit], published: date) -> list[DateHit]:
    """Unresolved hits (``kind`` "year") for the years before publication's told alone, outside
    the spans of the dates already found ("5 janvier 2023" is a day)."""
    found: list[DateHit] = []
    if contains_any(folded, _LAST_YEAR_WORDS):
        # "Last year, an ambush near X killed 20 soldiers": the year before, no month told
        for match in _LAST_YEAR.finditer(folded):
            start, end = match.start(), match.end()
            if any(
                hit.start - _LAST_YEAR_REACH <= start <= hit.end + _LAST_YEAR_REACH for hit in hits
            ):
                continue  # ("last year, on June 9" is a day of that year)
            found.append(DateHit(start, end, None, "month", YEAR_BASIS, "year"))
    # (what _YEAR_OF_YEAR_ALONE.finditer(folded) gives, tried only where four digits start)
    after = 0
    for position in _four_digit_starts(folded):
        told = _YEAR_OF_YEAR_ALONE.match(folded, position) if position >= after else None
        if told is None:
            continue
        start, end = told.start(), told.end()
        after = end
        if _BEFORE_YEAR_ALONE.search(folded, max(0, start - _BEFORE_YEAR_REACH), start) is None:
            continue  # (what _YEAR_ALONE.finditer(folded) gives, year by year)
        year = int(told.group())
        if year >= published.year or year < 1950:
            continue
        if any(hit.start <= start < hit.end or start <= hit.start < end for hit in hits):
            continue
        found.append(DateHit(start, end, None, "month", YEAR_BASIS, "year"))
    return found
