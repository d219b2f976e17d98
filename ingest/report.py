"""``attack-ledger report``: a static site to look at: a map, a timeline, a page per attack.

Everything the pages need is written into the output folder: Leaflet and a Natural Earth world
basemap (package data fetched at set-up from the npm registry, ``ingest/tools/fetch_report_
assets.py``), our own script and styles, and the data as JavaScript files (a page opened from
``file://`` cannot fetch JSON). Nothing comes from a CDN or the network; the site works offline.

Data from articles (titles, places, names, evidence sentences) reaches the pages only escaped:
``html.escape`` in the pages written here, ``textContent`` in the script.
"""

from __future__ import annotations

import html
import json
import shutil
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb

from ingest.errors import UserError
from ingest.export import ATTACKS_SQL
from ingest.settings import Settings
from ingest.warehouse import connect_readonly

ASSETS = Path(__file__).resolve().parent / "report_assets"
VENDOR = ASSETS / "vendor"

MENTIONS_SQL = """
select
    m.attack_id, m.mention_id, m.merge_rule, m.evidence_text, m.sentence_index, m.event_date,
    m.date_precision, m.location_name, m.weapon, m.killed, m.wounded, m.attacker, m.claimed_by,
    m.target, m.reported_by, m.is_background, m.certainty, m.known_from,
    d.title, d.url, d.source_uri, d.publisher, d.language, d.published_at
from {mentions} as m
left join marts.dim_article as d using (article_id)
order by m.attack_id, d.published_at nulls last, m.article_id, m.sentence_index, m.mention_id
"""


def e(value: object) -> str:
    """Text for HTML: escaped, quotes included; nothing for a null."""
    return "" if value is None else html.escape(str(value), quote=True)


def safe_href(url: str | None, path: str | None) -> str | None:
    """A link to an article: its http(s) URL, else its file; never another scheme."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    if path and path.startswith("/"):
        return Path(path).as_uri()
    return None


def _figure(low: object, best: object, high: object) -> str:
    if best is None and low is None and high is None:
        return "not reported"
    shown = "?" if best is None else str(best)
    if low == best == high:
        return shown
    return f"{shown} (from {'?' if low is None else low} to {'?' if high is None else high})"


def _json_default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _page(title: str, body: str, *, depth: int = 0, scripts: tuple[str, ...] = ()) -> str:
    up = "../" * depth
    tags = "".join(f'<script src="{up}assets/{name}"></script>' for name in scripts)
    css = "".join(
        f'<link rel="stylesheet" href="{up}assets/{name}">'
        for name in (("leaflet.css", "report.css") if scripts else ("report.css",))
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(title)}</title>{css}</head><body>{body}{tags}</body></html>\n"
    )


def write_report(
    settings: Settings, out: Path, as_of: datetime | None, checks: Path | None
) -> dict[str, int]:
    """Write the site into ``out`` (created, or emptied of a previous report); return counts."""
    if not (VENDOR / "leaflet.js").is_file():
        raise UserError(
            f"the report's map library is missing from {VENDOR}: run make setup "
            "(python -m ingest.tools.fetch_report_assets)"
        )
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file; give report a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / "index.html").is_file():
        raise UserError(f"{out} is a folder that holds something else than a report")
    with connect_readonly(settings) as con:
        attacks, mentions = _read(con, settings, as_of)
    staging = out.with_name(f".{out.name}.writing")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "attacks").mkdir(parents=True)
    (staging / "assets").mkdir()
    _write_assets(staging / "assets", attacks, as_of)
    by_attack: dict[str, list[dict[str, Any]]] = {}
    for mention in mentions:
        by_attack.setdefault(mention["attack_id"], []).append(mention)
    for attack in attacks:
        page = render_attack_page(attack, by_attack.get(attack["attack_id"], []))
        (staging / "attacks" / f"{attack['attack_id']}.html").write_text(page, encoding="utf-8")
    (staging / "index.html").write_text(render_index(attacks, as_of), encoding="utf-8")
    results = (
        json.loads(checks.read_text(encoding="utf-8")) if checks and checks.is_file() else None
    )
    (staging / "checks.html").write_text(
        render_checks_page(results, css_href="assets/report.css"), encoding="utf-8"
    )
    if out.exists():
        shutil.rmtree(out)
    staging.rename(out)
    located = sum(1 for a in attacks if a["latitude"] is not None)
    return {"attacks": len(attacks), "located": located, "mentions": len(mentions)}


def _read(
    con: duckdb.DuckDBPyConnection, settings: Settings, as_of: datetime | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    found = con.execute(
        "select count(*) from duckdb_functions() "
        "where schema_name = 'marts' and function_name = 'attack_mentions_as_of'"
    ).fetchone()
    if not found or not found[0]:
        raise UserError(f"no marts in {settings.db_path} yet: run attack-ledger build")
    if as_of is None:
        facts, mentions, params = "marts.fact_attacks", "marts.bridge_attack_mentions", []
    else:
        facts = "marts.attacks_as_of(?::timestamptz)"
        mentions = "marts.attack_mentions_as_of(?::timestamptz)"
        params = [as_of]
    return (
        _rows(con, ATTACKS_SQL.format(facts=facts), params),
        _rows(con, MENTIONS_SQL.format(mentions=mentions), params),
    )


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _write_assets(folder: Path, attacks: list[dict[str, Any]], as_of: datetime | None) -> None:
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy(VENDOR / name, folder / name)
    for name in ("report.js", "report.css"):
        shutil.copy(ASSETS / name, folder / name)
    world = json.loads((VENDOR / "countries-110m.json").read_text(encoding="utf-8"))
    basemap = topojson_to_geojson(world, "countries")
    _write_js(folder / "basemap.js", "LEDGER_BASEMAP", basemap)
    records = [
        {
            "id": a["attack_id"],
            "date": a["event_date"],
            "date_end": a["event_date_end"],
            "precision": a["date_precision"],
            "place": a["place"],
            "country": a["country"],
            "iso2": a["country_iso2"],
            "lat": a["latitude"],
            "lon": a["longitude"],
            "weapon": a["weapon"],
            "by": a["claimed_by"] or a["attacker"],
            "target": a["target"],
            "killed": a["fatalities_best"]
            if a["fatalities_best"] is not None
            else a["fatalities_low"],
            "wounded": a["injured_best"] if a["injured_best"] is not None else a["injured_low"],
            "articles": a["n_articles"],
            "background": a["is_background_only"],
        }
        for a in attacks
    ]
    meta = {"as_of": as_of, "generated_at": datetime.now().astimezone()}
    _write_js(folder / "data.js", "LEDGER_DATA", {"meta": meta, "attacks": records})


def _write_js(path: Path, name: str, value: object) -> None:
    """``window.NAME = <JSON>;``: JSON is valid JavaScript; ``<`` is escaped all the same."""
    text = json.dumps(value, default=_json_default, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    path.write_text(f"window.{name} = {text};\n", encoding="utf-8")


def topojson_to_geojson(topology: dict[str, Any], name: str) -> dict[str, Any]:
    """A TopoJSON object as a GeoJSON FeatureCollection (delta-encoded, quantized arcs)."""
    scale = topology.get("transform", {}).get("scale", [1, 1])
    shift = topology.get("transform", {}).get("translate", [0, 0])
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * scale[0] + shift[0], 4), round(y * scale[1] + shift[1], 4)])
        arcs.append(points)

    def ring(indexes: list[int]) -> list[list[float]]:
        points: list[list[float]] = []
        for index in indexes:
            part = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(part if not points else part[1:])
        return points

    features = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates: Any = [ring(r) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": geometry.get("properties", {}).get("name")},
                "geometry": {"type": kind, "coordinates": coordinates},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def render_index(attacks: list[dict[str, Any]], as_of: datetime | None) -> str:
    """The map, the timeline, the filters and the list; the script fills the map and timeline."""
    known = f"as the reports known at {as_of.isoformat()} supported them" if as_of else "now"
    weapons = Counter(a["weapon"] for a in attacks)
    countries = Counter(a["country"] for a in attacks if a["country"])
    actors = Counter(
        (a["claimed_by"] or a["attacker"]) for a in attacks if a["claimed_by"] or a["attacker"]
    )

    def options(counts: Counter[str], label: str) -> str:
        items = "".join(
            f'<option value="{e(v)}">{e(v)} ({n})</option>'
            for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        return f'<option value="">{e(label)}</option>{items}'

    rows = "".join(
        f'<tr data-id="{e(a["attack_id"])}"><td>{e(a["event_date"] or "undated")}</td>'
        f'<td><a href="attacks/{e(a["attack_id"])}.html">'
        f"{e(a['place'] or 'unknown place')}</a></td>"
        f"<td>{e(a['country'] or '')}</td><td>{e(a['weapon'])}</td>"
        f"<td>{e(a['claimed_by'] or a['attacker'] or '')}</td>"
        f'<td class="n">{e(_short(a["fatalities_low"], a["fatalities_best"]))}</td>'
        f'<td class="n">{e(_short(a["injured_low"], a["injured_best"]))}</td>'
        f'<td class="n">{e(a["n_articles"])}</td></tr>'
        for a in attacks
    )
    body = f"""
<header><h1>Attack Ledger</h1>
<p>{len(attacks)} attacks, {e(known)}. Points are sized by people killed and coloured by weapon;
click one for its page. <a href="checks.html">Checks</a></p></header>
<form id="filters" aria-label="filters">
<label>Weapon <select name="weapon">{options(weapons, "any weapon")}</select></label>
<label>Country <select name="country">{options(countries, "any country")}</select></label>
<label>By <select name="by">{options(actors, "anyone")}</select></label>
<label>From <input type="date" name="from"></label>
<label>To <input type="date" name="to"></label>
<label>Killed at least <input type="number" name="min_killed" min="0" step="1"></label>
<button type="reset">Clear</button>
</form>
<p id="count" aria-live="polite"><strong id="shown">{len(attacks)}</strong> of {len(attacks)}
attacks shown (<span id="on-map">0</span> on the map)</p>
<main>
<section id="map-panel"><div id="map" role="img" aria-label="map of the attacks"></div>
<div id="legend"></div></section>
<section id="timeline-panel"><h2>Attacks per <span id="bin">week</span> and country</h2>
<div id="timeline"></div></section>
</main>
<section><h2>Attacks</h2>
<table id="attacks"><thead><tr><th>date</th><th>place</th><th>country</th><th>weapon</th>
<th>by</th><th>killed</th><th>wounded</th><th>articles</th></tr></thead>
<tbody>{rows}</tbody></table></section>
<noscript><p>The map, the timeline and the filters need JavaScript; the list above and the
attack pages do not.</p></noscript>
"""
    return _page(
        "Attack Ledger", body, scripts=("leaflet.js", "basemap.js", "data.js", "report.js")
    )


def _short(low: object, best: object) -> str:
    if best is not None:
        return str(best)
    if low is not None:
        return f"{low}+"
    return "?"


def render_attack_page(attack: dict[str, Any], mentions: list[dict[str, Any]]) -> str:
    """One attack: its figures, its note, and every evidence sentence with its article."""
    a = attack
    facts = [
        ("date", _dates(a)),
        ("place", ", ".join(str(v) for v in (a["place"], a["admin1"], a["country"]) if v)),
        (
            "coordinates",
            f"{a['latitude']}, {a['longitude']}" if a["latitude"] is not None else "unknown",
        ),
        ("weapon", a["weapon"] + (f" ({a['projectile_count']})" if a["projectile_count"] else "")),
        ("attacker", a["attacker"] or "unknown"),
        ("claimed by", a["claimed_by"] or "nobody"),
        ("target", a["target"] or "unknown"),
        ("attribution", a["attribution"]),
        ("certainty", a["certainty"]),
        ("killed", _figure(a["fatalities_low"], a["fatalities_best"], a["fatalities_high"])),
        ("wounded", _figure(a["injured_low"], a["injured_best"], a["injured_high"])),
        ("ACLED type", f"{a['event_type']} / {a['sub_event_type']}"),
        ("reports", f"{a['n_mentions']} mentions in {a['n_articles']} articles"),
        ("first reported", a["first_reported_at"]),
    ]
    table = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    items = []
    for m in mentions:
        href = safe_href(m["url"], m["source_uri"])
        name = m["title"] or m["url"] or m["source_uri"] or "article"
        link = f'<a href="{e(href)}">{e(name)}</a>' if href else e(name)
        said = ", ".join(
            f"{label} {value}"
            for label, value in (
                ("date", m["event_date"]),
                ("place", m["location_name"]),
                ("weapon", m["weapon"]),
                ("killed", m["killed"]),
                ("wounded", m["wounded"]),
                ("by", m["claimed_by"] or m["attacker"]),
                ("citing", m["reported_by"]),
            )
            if value is not None
        )
        background = " (a passing mention of an earlier attack)" if m["is_background"] else ""
        items.append(
            f'<li class="mention"><p class="source">{link} &middot; {e(m["publisher"] or "")} '
            f"&middot; {e(m['published_at'] or 'no date')} &middot; {e(m['language'] or '')}</p>"
            f'<blockquote class="evidence">{e(m["evidence_text"])}</blockquote>'
            f'<p class="said">It says: {e(said or "no details")}{e(background)}; '
            f"{e(m['certainty'])}.</p>"
            f'<p class="rule">Fused because: {e(m["merge_rule"])}</p></li>'
        )
    body = f"""
<header><p><a href="../index.html">&larr; all attacks</a></p>
<h1>{e(a["weapon"])} &middot; {e(a["place"] or "unknown place")} &middot; {e(_dates(a))}</h1>
<p class="notes">{e(a["notes"])}</p></header>
<section><h2>Figures</h2><table class="facts">{table}</table></section>
<section><h2>Evidence ({len(mentions)} sentences)</h2><ol class="mentions">{"".join(items)}</ol>
</section>
<footer><p>Attack {e(a["attack_id"])}</p></footer>
"""
    return _page(f"{a['weapon']} at {a['place'] or 'unknown place'}", body, depth=1)


def _dates(attack: dict[str, Any]) -> str:
    start, end = attack["event_date"], attack["event_date_end"]
    if start is None:
        return "undated"
    if end is None or end == start:
        return str(start)
    return f"between {start} and {end}"


def render_checks_page(results: dict[str, Any] | None, css_href: str | None) -> str:
    """The Great Expectations results as a page of its own: no CDN, readable offline."""
    if not results:
        body = (
            "<header><h1>Checks</h1><p>No checks have been run on this warehouse yet: "
            "attack-ledger check.</p></header>"
        )
    else:
        suites = []
        for suite in results["suites"]:
            ok = suite["evaluated"] == suite["passed"]
            rows = "".join(
                f'<tr class="{"pass" if x["success"] else "fail"}">'
                f"<td>{'passed' if x['success'] else 'FAILED'}</td><td>{e(x['expectation'])}</td>"
                f"<td>{e(x['column'])}</td><td>{e(x['unexpected_count'])}</td>"
                f"<td>{e(', '.join(x['unexpected_examples']))}</td></tr>"
                for x in suite["expectations"]
            )
            suites.append(
                f'<section><h2>{e(suite["name"])}: <span class="{"pass" if ok else "fail"}">'
                f"{'passed' if ok else 'FAILED'}</span>, {suite['passed']}/{suite['evaluated']}"
                f" expectations on {suite['rows']} rows</h2>"
                "<table><thead><tr><th>status</th><th>expectation</th><th>column</th>"
                f"<th>unexpected</th><th>examples</th></tr></thead><tbody>{rows}</tbody>"
                "</table></section>"
            )
        body = (
            f"<header><h1>Checks</h1><p>Great Expectations suites on the marts, run at "
            f"{e(results.get('checked_at'))}.</p></header>{''.join(suites)}"
        )
    style = (
        f'<link rel="stylesheet" href="{e(css_href)}">' if css_href else f"<style>{_CSS}</style>"
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Checks</title>'
        f"{style}</head><body>{body}</body></html>\n"
    )


_CSS = (
    "body{font:14px/1.4 system-ui,sans-serif;margin:1em 2em;color:#222}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
    ".pass{color:#1a7f37}.fail{color:#c62828;font-weight:bold}"
)
