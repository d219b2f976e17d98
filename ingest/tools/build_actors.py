"""Regenerate the actor seeds from the curated country and actor tables.

Run ``.venv/bin/python -m ingest.tools.build_actors`` from the repository root. It writes
``seeds/actors.csv``, ``seeds/actor_aliases.csv`` and the report of the generated aliases it
left out, ``ingest/tools/skipped_actor_aliases.csv``. The output is deterministic (sorted rows,
ids derived from the inputs), so regenerating an unchanged tree gives a zero diff.

Inputs, both hand-curated and reviewable (nothing is downloaded):

* ``countries.csv``: one row per country code (names, French article, aliases, demonyms, the
  canonical name of the country's armed forces and their real names and acronyms).
* ``curated_actors.csv``: one row per actor that is not generated (armed groups, missions,
  coalitions, and the state forces whose names or aliases need more than the templates).

For every state it generates the armed forces (``<iso2>-armed-forces``, unless a curated actor
already carries the country's ``state_force_name``) and the police (``<iso2>-police``), with
aliases from English and French templates ("Malian army", "soldats maliens", "armée du Mali").
Curated aliases win over the country table's, which win over the templates; a generated alias
claimed by two actors, or that is a generic word, is left out and listed in the report. See
``ingest/tools/README.md`` ("Actor table") for the rules.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from ingest.extraction.normalize import match_key

TOOLS_DIR: Final = Path(__file__).resolve().parent
REPO_ROOT: Final = TOOLS_DIR.parent.parent
COUNTRIES_CSV: Final = TOOLS_DIR / "countries.csv"
CURATED_ACTORS_CSV: Final = TOOLS_DIR / "curated_actors.csv"
DEFAULT_OUT_DIR: Final = REPO_ROOT / "seeds"
DEFAULT_REPORT: Final = TOOLS_DIR / "skipped_actor_aliases.csv"
ACTORS_FILE: Final = "actors.csv"
ALIASES_FILE: Final = "actor_aliases.csv"

COUNTRY_COLUMNS: Final = (
    "iso2",
    "iso3",
    "status",
    "name_en",
    "name_fr",
    "name_fr_of",
    "aliases_en",
    "aliases_fr",
    "demonym_en",
    "demonyms_en_people",
    "demonyms_fr",
    "state_force_name",
    "state_force_aliases_en",
    "state_force_aliases_fr",
    "note",
)
CURATED_COLUMNS: Final = (
    "actor_id",
    "actor_name",
    "kind",
    "acled_actor_type",
    "parent_actor_id",
    "country_iso2",
    "aliases_en",
    "aliases_fr",
    "role_hint_aliases",
    "note",
)
ACTOR_COLUMNS: Final = (
    "actor_id",
    "actor_name",
    "kind",
    "acled_actor_type",
    "parent_actor_id",
    "country_iso2",
)
ALIAS_COLUMNS: Final = ("actor_id", "alias", "language", "role_hint")
REPORT_COLUMNS: Final = ("alias", "language", "actor_id", "reason")

# The ACLED inter code of each kind (ACLED codebook: 1 state forces, 2 rebel groups, 3 political
# militias, 4 identity militias, 7 civilians, 8 external/other forces).
KIND_CODES: Final[Mapping[str, int]] = {
    "state_force": 1,
    "government": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "militia": 3,
    "identity_militia": 4,
    "civilians": 7,
    "external_force": 8,
    "other": 8,
}
# A foreign state's forces acting abroad are ACLED's external forces (8): the existing
# United States, United Kingdom and Russian forces keep that kind.
STATE_KINDS: Final = frozenset({"state_force", "external_force", "government"})

# Country status: a state gets armed forces and police, a state without an army only police;
# dependent territories and withdrawn codes get no actor.
STATUSES: Final = ("state", "no_army", "territory", "withdrawn")
# The French "of" before a country's name, and the article it contains.
FRENCH_OF: Final[Mapping[str, str]] = {
    "du": "le",
    "de la": "la",
    "de l'": "l'",
    "des": "les",
    "de": "",
    "d'": "",
}
# "home": any role, but only in an article whose home country is the actor's ("Maoists" is
# India's CPI (Maoist) in a report from India, and no actor elsewhere: Nepal's, the NPA's).
ROLE_HINTS: Final = frozenset({"attacker", "target", "home"})
LANGUAGES: Final = ("en", "fr")

# Priority of an alias's source: a curated actor's own aliases, then the country table's
# names of its armed forces, then the templates.
CURATED, COUNTRY_TABLE, TEMPLATE = 0, 1, 2
SOURCE_NAMES: Final = {CURATED: "curated", COUNTRY_TABLE: "country table", TEMPLATE: "template"}

EN_FORCE_TEMPLATES: Final = (
    "{adj} army",
    "{adj} armed forces",
    "{adj} forces",
    "{adj} military",
    "{adj} troops",
    "{adj} soldiers",
    "{adj} soldier",
    "{adj} security forces",
    "{adj} air force",
    "{adj} navy",
    "{adj} marines",
    "{adj} general staff",
)
EN_COUNTRY_FORCE_TEMPLATES: Final = (
    "armed forces of {the}{country}",
    "{country} armed forces",
    "{country}{s} military",
    "{country}{s} army",
)
FR_FORCE_TEMPLATES: Final = (
    "armée {f_sg}",
    "l'armée {f_sg}",
    "forces armées {f_pl}",
    "forces {f_pl}",
    "soldats {m_pl}",
    "militaires {m_pl}",
    "troupes {f_pl}",
    "forces de sécurité {f_pl}",
    "aviation {f_sg}",
    "armée de l'air {f_sg}",
    "marine {f_sg}",
    "état-major {m_sg}",
)
FR_COUNTRY_FORCE_TEMPLATES: Final = ("armée {of}{country}",)
EN_POLICE_TEMPLATES: Final = ("{adj} police", "{adj} policemen", "{adj} police officers")
FR_POLICE_TEMPLATES: Final = (
    "police {f_sg}",
    "policiers {m_pl}",
    "gendarmerie {f_sg}",
    "gendarmes {m_pl}",
)
# Words of an English country name that take "the" ("the United Kingdom", "the Central African
# Republic"); a plural name does too ("the Philippines": French "des", English ending in -s).
ENGLISH_THE_WORDS: Final = frozenset(
    {"Republic", "Kingdom", "States", "Emirates", "Islands", "Federation", "Union"}
)

# Phrases that name no one actor: never an alias (a curated one is an error, a generated one is
# left out). Compared after folding, as the extractor matches them.
GENERIC_PHRASES: Final = (
    "army",
    "armies",
    "armed forces",
    "forces",
    "military",
    "troops",
    "soldiers",
    "soldier",
    "police",
    "policemen",
    "police officers",
    "security forces",
    "government forces",
    "regime forces",
    "gunmen",
    "gunman",
    "armed men",
    "bandits",
    "armed bandits",
    "terrorists",
    "terrorist",
    "militants",
    "militant",
    "rebels",
    "rebel",
    "insurgents",
    "insurgent",
    "jihadists",
    "jihadist",
    "islamists",
    "islamist",
    "extremists",
    "fighters",
    "militia",
    "militias",
    "militiamen",
    "attackers",
    "assailants",
    "separatists",
    "paramilitaries",
    "mercenaries",
    "gang",
    "gangs",
    "cartel",
    "cartels",
    "pirates",
    "junta",
    "armed group",
    "armed groups",
    "the group",
    "coalition",
    "armée",
    "l'armée",
    "armées",
    "forces armées",
    "militaires",
    "soldats",
    "soldat",
    "troupes",
    "policiers",
    "gendarmes",
    "gendarmerie",
    "forces de sécurité",
    "forces de l'ordre",
    "forces gouvernementales",
    "jihadistes",
    "jihadiste",
    "djihadistes",
    "djihadiste",
    "terroristes",
    "terroriste",
    "islamistes",
    "rebelles",
    "rebelle",
    "insurgés",
    "hommes armés",
    "individus armés",
    "assaillants",
    "bandits armés",
    "milice",
    "milices",
    "miliciens",
    "combattants",
    "mercenaires",
    "séparatistes",
    "paramilitaires",
    "groupe armé",
    "groupes armés",
    "le groupe",
    "junte",
)

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
GENERIC_KEYS: Final = frozenset(match_key(phrase) for phrase in GENERIC_PHRASES)


# ------------------------------------------------------------------ records


@dataclass(frozen=True)
class FrenchForms:
    """The four forms of a French adjective of nationality."""

    masc_sg: str
    fem_sg: str
    masc_pl: str
    fem_pl: str


@dataclass(frozen=True)
class Country:
    """One row of ``countries.csv``."""

    iso2: str
    iso3: str
    status: str
    name_en: str
    name_fr: str
    name_fr_of: str
    aliases_en: tuple[str, ...]
    aliases_fr: tuple[str, ...]
    demonyms_en: tuple[str, ...]
    demonyms_en_people: tuple[str, ...]
    demonyms_fr: tuple[str, ...]
    state_force_name: str
    state_force_aliases_en: tuple[str, ...]
    state_force_aliases_fr: tuple[str, ...]
    note: str

    @property
    def has_armed_forces(self) -> bool:
        """Whether the country gets a generated (or curated) armed forces actor."""
        return self.status == "state"

    @property
    def has_police(self) -> bool:
        """Whether the country gets a police actor (every state, with or without army)."""
        return self.status in {"state", "no_army"}

    @property
    def english_the(self) -> str:
        """ "the " where English puts it before the name ("the United States"), else ""."""
        plural = self.name_fr_of == "des" and self.name_en.endswith("s")
        takes_the = plural or bool(ENGLISH_THE_WORDS & set(self.name_en.split()))
        return "the " if takes_the else ""


@dataclass(frozen=True)
class CuratedActor:
    """One row of ``curated_actors.csv``."""

    actor_id: str
    actor_name: str
    kind: str
    acled_actor_type: int
    parent_actor_id: str
    country_iso2: str
    aliases: Mapping[str, tuple[str, ...]]  # language -> aliases as written
    role_hints: Mapping[str, str]  # alias -> attacker | target
    note: str


@dataclass(frozen=True)
class ActorRow:
    """One row of ``seeds/actors.csv``."""

    actor_id: str
    actor_name: str
    kind: str
    acled_actor_type: int
    parent_actor_id: str
    country_iso2: str


@dataclass(frozen=True)
class AliasRow:
    """One row of ``seeds/actor_aliases.csv``."""

    actor_id: str
    alias: str
    language: str
    role_hint: str


@dataclass(frozen=True)
class SkippedAlias:
    """A generated alias left out, and why (one row of the report)."""

    alias: str
    language: str
    actor_id: str
    reason: str


@dataclass(frozen=True)
class Candidate:
    """A proposed alias before collisions are resolved."""

    actor_id: str
    alias: str
    language: str
    role_hint: str
    priority: int


@dataclass(frozen=True)
class ActorTable:
    """What the build produces."""

    actors: tuple[ActorRow, ...]
    aliases: tuple[AliasRow, ...]
    skipped: tuple[SkippedAlias, ...]
    messages: tuple[str, ...] = field(default=())


# ------------------------------------------------------------------ reading


def split_list(value: str) -> tuple[str, ...]:
    """A ``|``-separated cell as a tuple of trimmed, non-empty values."""
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _read_rows(path: Path, columns: Sequence[str]) -> list[dict[str, str]]:
    """The rows of a CSV file whose header must be exactly ``columns``."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != tuple(columns):
            raise ValueError(f"{path.name}: columns must be {', '.join(columns)}")
        return [{key: (value or "").strip() for key, value in row.items()} for row in reader]


def parse_country(row: Mapping[str, str]) -> Country:
    """One ``countries.csv`` row, validated."""
    iso2 = row["iso2"]
    if not re.fullmatch(r"[A-Z]{2}", iso2) or not re.fullmatch(r"[A-Z]{3}", row["iso3"]):
        raise ValueError(f"countries.csv: bad ISO codes {iso2!r}/{row['iso3']!r}")
    if row["status"] not in STATUSES:
        raise ValueError(f"countries.csv {iso2}: status must be one of {', '.join(STATUSES)}")
    if row["name_fr_of"] not in FRENCH_OF:
        raise ValueError(f"countries.csv {iso2}: name_fr_of must be one of {', '.join(FRENCH_OF)}")
    if not row["name_en"] or not row["name_fr"]:
        raise ValueError(f"countries.csv {iso2}: name_en and name_fr are required")
    country = Country(
        iso2=iso2,
        iso3=row["iso3"],
        status=row["status"],
        name_en=row["name_en"],
        name_fr=row["name_fr"],
        name_fr_of=row["name_fr_of"],
        aliases_en=split_list(row["aliases_en"]),
        aliases_fr=split_list(row["aliases_fr"]),
        demonyms_en=split_list(row["demonym_en"]),
        demonyms_en_people=split_list(row["demonyms_en_people"]),
        demonyms_fr=split_list(row["demonyms_fr"]),
        state_force_name=row["state_force_name"],
        state_force_aliases_en=split_list(row["state_force_aliases_en"]),
        state_force_aliases_fr=split_list(row["state_force_aliases_fr"]),
        note=row["note"],
    )
    has_force_cells = bool(
        country.state_force_name or country.state_force_aliases_en or country.state_force_aliases_fr
    )
    if country.has_armed_forces != bool(country.state_force_name):
        raise ValueError(f"countries.csv {iso2}: a state (and only a state) has state_force_name")
    if has_force_cells and not country.has_armed_forces:
        raise ValueError(f"countries.csv {iso2}: state force cells filled for a {country.status}")
    if country.demonyms_fr and french_forms(country.demonyms_fr) is None:
        raise ValueError(f"countries.csv {iso2}: cannot read demonyms_fr")
    return country


def load_countries(path: Path = COUNTRIES_CSV) -> list[Country]:
    """Every row of ``countries.csv``, in ISO order; codes must be unique."""
    countries = [parse_country(row) for row in _read_rows(path, COUNTRY_COLUMNS)]
    codes = [country.iso2 for country in countries]
    if len(set(codes)) != len(codes):
        raise ValueError("countries.csv: duplicate iso2 codes")
    return sorted(countries, key=lambda country: country.iso2)


def parse_role_hints(
    value: str, aliases: Mapping[str, tuple[str, ...]], actor_id: str
) -> dict[str, str]:
    """``alias=role|alias=role``: each alias must be one of the row's own aliases."""
    hints: dict[str, str] = {}
    listed = {alias for values in aliases.values() for alias in values}
    for pair in split_list(value):
        alias, _, role = pair.rpartition("=")
        alias, role = alias.strip(), role.strip()
        if role not in ROLE_HINTS or alias not in listed:
            raise ValueError(
                f"curated_actors.csv {actor_id}: role hint {pair!r} must be alias=attacker, "
                "alias=target or alias=home for an alias of the row"
            )
        hints[alias] = role
    return hints


def parse_curated(row: Mapping[str, str]) -> CuratedActor:
    """One ``curated_actors.csv`` row, validated on its own (links are checked by ``build``)."""
    actor_id = row["actor_id"]
    if not _ID.fullmatch(actor_id) or not row["actor_name"]:
        raise ValueError(f"curated_actors.csv: bad id or empty name in row {actor_id!r}")
    kind = row["kind"]
    if kind not in KIND_CODES:
        raise ValueError(f"curated_actors.csv {actor_id}: unknown kind {kind!r}")
    code = int(row["acled_actor_type"])
    if code != KIND_CODES[kind]:
        raise ValueError(
            f"curated_actors.csv {actor_id}: ACLED code {code} does not fit kind {kind} "
            f"({KIND_CODES[kind]})"
        )
    aliases = {language: split_list(row[f"aliases_{language}"]) for language in LANGUAGES}
    return CuratedActor(
        actor_id=actor_id,
        actor_name=row["actor_name"],
        kind=kind,
        acled_actor_type=code,
        parent_actor_id=row["parent_actor_id"],
        country_iso2=row["country_iso2"],
        aliases=aliases,
        role_hints=parse_role_hints(row["role_hint_aliases"], aliases, actor_id),
        note=row["note"],
    )


def load_curated(path: Path = CURATED_ACTORS_CSV) -> list[CuratedActor]:
    """Every row of ``curated_actors.csv``."""
    return [parse_curated(row) for row in _read_rows(path, CURATED_COLUMNS)]


# ------------------------------------------------------------------ templates


def _is_plural(word: str) -> bool:
    return word.endswith(("s", "x"))


def french_forms(forms: Sequence[str]) -> FrenchForms | None:
    """The four forms of a French adjective written as the ``demonyms_fr`` cell writes them:
    masculine singular first, then feminine singular, masculine plural, feminine plural, a form
    equal to one already written left out, spelling variants last.

    ``malien|malienne|maliens|maliennes``; ``russe|russes`` (the feminine is the masculine);
    ``libanais|libanaise|libanaises`` (the masculine plural is the singular);
    ``burkinabè|burkinabé|burkinabés`` (one plural for both genders).
    """
    if not forms:
        return None
    masc_sg = forms[0]
    rest = forms[1:]
    singulars = [form for form in rest if not _is_plural(form)]
    plurals = [form for form in rest if _is_plural(form)]
    fem_sg = singulars[0] if singulars and not masc_sg.endswith("e") else masc_sg
    if _is_plural(masc_sg):
        masc_pl = masc_sg
        fem_pl = plurals[0] if plurals else fem_sg
    elif plurals:
        masc_pl = plurals[0]
        fem_pl = plurals[1] if len(plurals) > 1 else masc_pl
    else:
        return None
    return FrenchForms(masc_sg, fem_sg, masc_pl, fem_pl)


def _possessive(name: str) -> str:
    """The English possessive ending of a name ("Mali's", "the Philippines'")."""
    return "'" if name.endswith("s") else "'s"


def _french_of(country: Country) -> str:
    """ "du Mali", "de la France", "de l'Irak", "des États-Unis", "d'Israël", "de Cuba"."""
    of = country.name_fr_of
    return f"{of}{country.name_fr}" if of.endswith("'") else f"{of} {country.name_fr}"


def force_template_aliases(country: Country) -> list[tuple[str, str]]:
    """(alias, language) for the country's armed forces, from the templates."""
    found: list[tuple[str, str]] = []
    for adjective in country.demonyms_en:
        found += [(template.format(adj=adjective), "en") for template in EN_FORCE_TEMPLATES]
    name = country.name_en
    found += [
        (template.format(the=country.english_the, country=name, s=_possessive(name)), "en")
        for template in EN_COUNTRY_FORCE_TEMPLATES
    ]
    forms = french_forms(country.demonyms_fr)
    if forms is not None:
        found += [
            (
                template.format(
                    f_sg=forms.fem_sg, f_pl=forms.fem_pl, m_pl=forms.masc_pl, m_sg=forms.masc_sg
                ),
                "fr",
            )
            for template in FR_FORCE_TEMPLATES
        ]
    found += [("armée " + _french_of(country), "fr")]
    return found


def police_template_aliases(country: Country) -> list[tuple[str, str]]:
    """(alias, language) for the country's police, from the templates."""
    found = [
        (template.format(adj=adjective), "en")
        for adjective in country.demonyms_en
        for template in EN_POLICE_TEMPLATES
    ]
    forms = french_forms(country.demonyms_fr)
    if forms is not None:
        found += [
            (template.format(f_sg=forms.fem_sg, m_pl=forms.masc_pl), "fr")
            for template in FR_POLICE_TEMPLATES
        ]
    return found


def police_name(country: Country) -> str:
    """ACLED's naming of a country's police ("Police Forces of Mali")."""
    return f"Police Forces of {country.english_the}{country.name_en}"


# ------------------------------------------------------------------ build


def _curated_candidates(actor: CuratedActor) -> Iterator[Candidate]:
    for language in LANGUAGES:
        for alias in actor.aliases[language]:
            hint = actor.role_hints.get(alias, "any")
            yield Candidate(actor.actor_id, alias, language, hint, CURATED)


def _generated_actors(
    countries: Sequence[Country], curated: Mapping[str, CuratedActor]
) -> tuple[list[ActorRow], dict[str, str], list[Candidate], list[str]]:
    """Armed forces and police of every country: the actor rows not already curated, the
    national force of each country (iso2 -> actor id), their candidate aliases and messages."""
    by_name = {actor.actor_name: actor for actor in curated.values()}
    rows: list[ActorRow] = []
    national: dict[str, str] = {}
    candidates: list[Candidate] = []
    messages: list[str] = []
    for country in countries:
        if not country.demonyms_en and country.has_police:
            messages.append(
                f"{country.iso2}: no English demonym, English adjective templates skipped"
            )
        if not country.demonyms_fr and country.has_police:
            messages.append(
                f"{country.iso2}: no French demonym, French adjective templates skipped"
            )
        if country.has_armed_forces:
            existing = by_name.get(country.state_force_name)
            if existing is not None:
                if existing.country_iso2 != country.iso2:
                    raise ValueError(
                        f"{country.state_force_name}: curated in {existing.country_iso2!r}, "
                        f"named by countries.csv {country.iso2}"
                    )
                force_id = existing.actor_id
            else:
                force_id = f"{country.iso2.lower()}-armed-forces"
                rows.append(
                    ActorRow(force_id, country.state_force_name, "state_force", 1, "", country.iso2)
                )
            national[country.iso2] = force_id
            for language, aliases in (
                ("en", country.state_force_aliases_en),
                ("fr", country.state_force_aliases_fr),
            ):
                candidates += [
                    Candidate(force_id, alias, language, "any", COUNTRY_TABLE) for alias in aliases
                ]
            candidates += [
                Candidate(force_id, alias, language, "any", TEMPLATE)
                for alias, language in force_template_aliases(country)
            ]
        if country.has_police:
            police_id = f"{country.iso2.lower()}-police"
            name = police_name(country)
            if police_id in curated:
                if curated[police_id].actor_name != name:
                    raise ValueError(f"curated_actors.csv {police_id}: must be named {name!r}")
            else:
                rows.append(ActorRow(police_id, name, "state_force", 1, "", country.iso2))
            candidates += [
                Candidate(police_id, alias, language, "any", TEMPLATE)
                for alias, language in police_template_aliases(country)
            ]
    return rows, national, candidates, messages


def _resolve(
    candidates: Iterable[Candidate], names: Mapping[str, str]
) -> tuple[list[AliasRow], list[SkippedAlias]]:
    """Give every match key one owner. ``names``: actor id -> canonical name (the extractor
    matches names too, so a name owns its key like a curated alias)."""
    by_key: dict[str, list[Candidate]] = defaultdict(list)
    skipped: list[SkippedAlias] = []
    for candidate in candidates:
        key = match_key(candidate.alias)
        if key in GENERIC_KEYS or len(key) < 2:
            if candidate.priority == CURATED:
                raise ValueError(f"{candidate.actor_id}: {candidate.alias!r} is a generic word")
            skipped.append(
                SkippedAlias(candidate.alias, candidate.language, candidate.actor_id, "generic")
            )
            continue
        by_key[key].append(candidate)
    for actor_id, name in names.items():
        by_key[match_key(name)].append(Candidate(actor_id, name, "", "any", CURATED))
    kept: list[AliasRow] = []
    for key in sorted(by_key):
        group = by_key[key]
        top = min(candidate.priority for candidate in group)
        owners = sorted({c.actor_id for c in group if c.priority == top})
        if len(owners) > 1:
            if top == CURATED:
                raise ValueError(f"{key!r} names several actors: {', '.join(owners)}")
            reason = f"shared by {' and '.join(owners)} ({SOURCE_NAMES[top]})"
            skipped += [
                SkippedAlias(c.alias, c.language, c.actor_id, reason) for c in group if c.language
            ]
            continue
        owner = owners[0]
        reason = f"{owner} keeps it ({SOURCE_NAMES[top]})"
        skipped += [
            SkippedAlias(c.alias, c.language, c.actor_id, reason)
            for c in group
            if c.actor_id != owner and c.language
        ]
        kept += _one_per_language([c for c in group if c.actor_id == owner and c.language])
    return kept, skipped


def _one_per_language(group: Sequence[Candidate]) -> list[AliasRow]:
    """The alias rows of one key of one actor, per language: every curated spelling as written
    ("Al-Qaeda" and "al Qaeda" match alike but both stay), else the best generated one."""
    rows: dict[tuple[str, str], AliasRow] = {}
    for language in LANGUAGES:
        spelled = sorted(
            (c for c in group if c.language == language),
            key=lambda c: (c.priority, c.alias.casefold(), c.alias),
        )
        if not spelled:
            continue
        top = spelled[0].priority
        kept = [c for c in spelled if c.priority == CURATED] if top == CURATED else spelled[:1]
        for c in kept:
            rows.setdefault(
                (c.alias, language), AliasRow(c.actor_id, c.alias, language, c.role_hint)
            )
    return list(rows.values())


def build(countries: Sequence[Country], curated_rows: Sequence[CuratedActor]) -> ActorTable:
    """The actor and alias tables from the two curated inputs."""
    curated: dict[str, CuratedActor] = {}
    for actor in curated_rows:
        if actor.actor_id in curated:
            raise ValueError(f"curated_actors.csv: duplicate id {actor.actor_id}")
        curated[actor.actor_id] = actor
    codes = {country.iso2 for country in countries}
    generated, national, candidates, messages = _generated_actors(countries, curated)
    actors = [
        ActorRow(
            a.actor_id,
            a.actor_name,
            a.kind,
            a.acled_actor_type,
            a.parent_actor_id,
            a.country_iso2,
        )
        for a in curated.values()
    ] + generated
    _check_actors(actors, codes)
    for actor in curated.values():
        candidates += list(_curated_candidates(actor))
    aliases, skipped = _resolve(candidates, {a.actor_id: a.actor_name for a in actors})
    national_ids = set(national.values())
    actors.sort(key=lambda a: (a.country_iso2, a.actor_id not in national_ids, a.actor_id))
    aliases.sort(key=lambda a: (a.actor_id, a.language, a.alias.casefold(), a.alias))
    skipped.sort(key=lambda s: (s.actor_id, s.language, s.alias.casefold(), s.alias, s.reason))
    return ActorTable(tuple(actors), tuple(aliases), tuple(skipped), tuple(messages))


def _check_actors(actors: Sequence[ActorRow], codes: set[str]) -> None:
    """Ids and names unique, parents known, countries known."""
    ids = [actor.actor_id for actor in actors]
    names = [actor.actor_name for actor in actors]
    for label, values in (("id", ids), ("name", names)):
        duplicates = sorted({value for value in values if values.count(value) > 1})
        if duplicates:
            raise ValueError(f"duplicate actor {label}s: {', '.join(duplicates)}")
    known = set(ids)
    for actor in actors:
        if actor.parent_actor_id and actor.parent_actor_id not in known:
            raise ValueError(f"{actor.actor_id}: unknown parent {actor.parent_actor_id}")
        if actor.country_iso2 and actor.country_iso2 not in codes:
            raise ValueError(f"{actor.actor_id}: unknown country {actor.country_iso2}")


# ------------------------------------------------------------------ writing


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


def write_outputs(table: ActorTable, out_dir: Path, report_path: Path) -> None:
    """Write the two seeds into ``out_dir`` and the skipped-alias report."""
    _write_csv(
        out_dir / ACTORS_FILE,
        ACTOR_COLUMNS,
        (
            (
                a.actor_id,
                a.actor_name,
                a.kind,
                a.acled_actor_type,
                a.parent_actor_id,
                a.country_iso2,
            )
            for a in table.actors
        ),
    )
    _write_csv(
        out_dir / ALIASES_FILE,
        ALIAS_COLUMNS,
        ((a.actor_id, a.alias, a.language, a.role_hint) for a in table.aliases),
    )
    _write_csv(
        report_path,
        REPORT_COLUMNS,
        ((s.alias, s.language, s.actor_id, s.reason) for s in table.skipped),
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command line: output directory for the seeds and path of the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT_DIR,
        help=f"directory for {ACTORS_FILE} and {ALIASES_FILE} (default: seeds/)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        default=None,
        help="path of the skipped-alias report (default: ingest/tools/skipped_actor_aliases.csv "
        "when --out is the default, else <out>/skipped_actor_aliases.csv)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the actor table and write it; print counts and what was skipped."""
    args = parse_args(argv)
    out_dir: Path = args.out
    report: Path
    if args.report is not None:
        report = args.report
    elif out_dir.resolve() == DEFAULT_OUT_DIR.resolve():
        report = DEFAULT_REPORT
    else:
        report = out_dir / DEFAULT_REPORT.name
    table = build(load_countries(), load_curated())
    write_outputs(table, out_dir, report)
    for message in table.messages:
        print(message, file=sys.stderr)
    per_language = {
        language: sum(1 for a in table.aliases if a.language == language) for language in LANGUAGES
    }
    print(
        f"{len(table.actors)} actors, {len(table.aliases)} aliases "
        f"({per_language['en']} en, {per_language['fr']} fr), "
        f"{len(table.skipped)} generated aliases skipped (see {report.name}) -> {out_dir}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
