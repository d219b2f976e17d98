"""``attack-ledger report`` in a real headless browser (Debian's Chromium), offline, from file://.

The map must draw a marker per located attack, a filter must change the count, an attack page
must show its evidence, and a screenshot must be a picture. Each load is ``chromium --headless
--dump-dom`` (the DOM after the scripts ran) or ``--screenshot``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from support import REPO, query, run_cli

from ingest.report import render_attack_page, safe_href
from ingest.settings import Settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOT = REPO / "docs" / "report.png"


def chromium(url: str, tmp_path: Path, *args: str) -> str:
    """Run headless Chromium on ``url`` (no network is needed: everything is a local file)."""
    assert CHROMIUM, "Chromium is installed by make browser (Debian package chromium)"
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=8000",
            *args,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def site(
    sample_warehouse: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    """The report of the sample warehouse, and the published copy it was made from."""
    db, _ = sample_warehouse
    out = tmp_path_factory.mktemp("report") / "site"
    result = run_cli("report", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"report: {out / 'index.html'}" in result.stdout
    return out, Settings(db).published_path


def test_the_map_draws_a_marker_per_located_attack(site: tuple[Path, Path], tmp_path: Path) -> None:
    out, db = site
    dom = chromium((out / "index.html").as_uri(), tmp_path, "--dump-dom")
    assert 'data-ready="true"' in dom, "the script ran to its end"
    located = query(
        db,
        "select count(*) from marts.fact_attacks join marts.dim_location using (location_id) "
        "where latitude is not null",
    )[0][0]
    attacks = query(db, "select count(*) from marts.fact_attacks")[0][0]
    assert dom.count("attack-marker") == located
    assert f'<strong id="shown">{attacks}</strong>' in dom
    assert f'<span id="on-map">{located}</span>' in dom
    assert dom.count("<path") > located + 100, "the basemap's countries are drawn"
    assert dom.count('class="bar"') > 5, "the timeline has bars"
    # Nothing is loaded from the network: no script, style or image from http(s).
    assert not re.search(r'(src|href)="https?://', dom.replace('href="https://leafletjs', ""))


def test_a_filter_in_the_url_changes_the_count(site: tuple[Path, Path], tmp_path: Path) -> None:
    out, db = site
    drones = query(
        db,
        "select count(*), count(latitude) from marts.fact_attacks "
        "join marts.dim_location using (location_id) where weapon = 'drone'",
    )[0]
    attacks = query(db, "select count(*) from marts.fact_attacks")[0][0]
    assert 0 < drones[0] < attacks
    dom = chromium((out / "index.html").as_uri() + "?weapon=drone", tmp_path, "--dump-dom")
    assert f'<strong id="shown">{drones[0]}</strong>' in dom
    assert dom.count("attack-marker") == drones[1]
    rows = re.findall(r'<tr data-id="[0-9a-f]+"( hidden="")?>', dom)
    assert sum(1 for hidden in rows if not hidden) == drones[0]
    killed = query(  # the figure the map shows: the best, else the lowest any source allows
        db,
        "select count(*) from marts.fact_attacks "
        "where coalesce(fatalities_best, fatalities_low) >= 3",
    )[0][0]
    dom = chromium((out / "index.html").as_uri() + "?min_killed=3", tmp_path, "--dump-dom")
    assert f'<strong id="shown">{killed}</strong>' in dom


def test_an_attack_page_shows_every_evidence_sentence(
    site: tuple[Path, Path], tmp_path: Path
) -> None:
    out, db = site
    attack_id, mentions = query(
        db,
        "select attack_id, count(*) from marts.bridge_attack_mentions "
        "group by 1 order by 2 desc, 1 limit 1",
    )[0]
    dom = chromium((out / "attacks" / f"{attack_id}.html").as_uri(), tmp_path, "--dump-dom")
    assert dom.count('<blockquote class="evidence">') == mentions
    for (sentence,) in query(
        db,
        f"select evidence_text from marts.bridge_attack_mentions where attack_id = '{attack_id}'",
    ):
        assert html.escape(str(sentence), quote=False) in dom.replace("&nbsp;", "\xa0")
    assert "Fused because: anchor" in dom or "Fused because: attached" in dom
    assert re.search(r'<a href="https?://[^"]+">', dom), "evidence links to its article"


def test_the_checks_page_lists_every_suite(site: tuple[Path, Path], tmp_path: Path) -> None:
    out, _ = site
    dom = chromium((out / "checks.html").as_uri(), tmp_path, "--dump-dom")
    for suite in ("fact_attacks", "dim_location", "dim_actor", "bridge_attack_mentions"):
        assert re.search(rf"<h2>{suite}: <span class=\"pass\">passed</span>", dom), suite


def png_pixels(data: bytes) -> tuple[int, int, set[bytes]]:
    """Width, height and the distinct colours of an 8-bit RGB(A) PNG (a small decoder)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = height = 0
    channels = 0
    idat = b""
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                guess = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + guess) & 0xFF
        if row % 8 == 0:
            for i in range(0, stride, channels * 8):
                colours.add(bytes(line[i : i + 3]))
        previous = line
    return width, height, colours


def test_a_screenshot_of_the_report_is_a_picture(site: tuple[Path, Path], tmp_path: Path) -> None:
    out, _ = site
    shot = tmp_path / "report.png"
    chromium(
        (out / "index.html").as_uri(), tmp_path, "--window-size=1400,1100", f"--screenshot={shot}"
    )
    width, height, colours = png_pixels(shot.read_bytes())
    assert (width, height) == (1400, 1100)
    assert len(colours) > 100, "a map, markers and bars, not a blank page"
    assert SCREENSHOT.is_file(), "the README shows docs/report.png"


def test_article_text_is_escaped_on_attack_pages() -> None:
    hostile = '<img src=x onerror="alert(1)"></blockquote><script>alert(2)</script>'
    attack = {
        "attack_id": "a1",
        "event_date": None,
        "event_date_end": None,
        "place": "<b>Kidal</b>",
        "admin1": None,
        "country": "Mali",
        "latitude": None,
        "longitude": None,
        "weapon": "drone",
        "projectile_count": None,
        "attacker": "\"' onmouseover=x",
        "claimed_by": None,
        "target": None,
        "attribution": "unknown",
        "certainty": "reported",
        "fatalities_low": None,
        "fatalities_best": None,
        "fatalities_high": None,
        "injured_low": None,
        "injured_best": None,
        "injured_high": None,
        "event_type": "x",
        "sub_event_type": "y",
        "n_mentions": 1,
        "n_articles": 1,
        "first_reported_at": None,
        "notes": hostile,
    }
    mention = {
        "url": "javascript:alert(3)",
        "source_uri": "/data/a.txt",
        "title": hostile,
        "publisher": hostile,
        "published_at": None,
        "language": "en",
        "evidence_text": hostile,
        "event_date": None,
        "location_name": hostile,
        "weapon": "drone",
        "killed": None,
        "wounded": None,
        "claimed_by": None,
        "attacker": None,
        "reported_by": None,
        "is_background": False,
        "certainty": "reported",
        "merge_rule": hostile,
    }
    page = render_attack_page(attack, [mention])
    assert "<script>alert" not in page and "<img" not in page and "<b>Kidal" not in page
    assert "onmouseover=x" not in page.replace("&quot;&#x27; onmouseover=x", "")
    assert "javascript:" not in page
    assert 'href="file:///data/a.txt"' in page
    assert safe_href("https://news.example/a?b=1", None) == "https://news.example/a?b=1"
    assert safe_href("data:text/html,x", "relative/path") is None


def test_data_for_the_scripts_holds_no_markup(site: tuple[Path, Path]) -> None:
    out, _ = site
    text = (out / "assets" / "data.js").read_text(encoding="utf-8")
    assert "<" not in text
    data = json.loads(text.removeprefix("window.LEDGER_DATA = ").removesuffix(";\n"))
    assert data["attacks"]


def test_a_report_as_of_a_time_shows_the_attacks_known_then(
    sample_warehouse: tuple[Path, str], tmp_path: Path
) -> None:
    db = sample_warehouse[0]
    out = tmp_path / "october"
    result = run_cli("report", "--as-of", "2023-10-30", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    known = query(
        Settings(db).published_path,
        "select attack_id from marts.attacks_as_of(timestamptz '2023-10-30 23:59:59.999999+00')",
    )
    assert sorted(p.stem for p in (out / "attacks").glob("*.html")) == sorted(a for (a,) in known)
    assert "as the reports known at 2023-10-30T23:59:59.999999+00:00" in (
        out / "index.html"
    ).read_text(encoding="utf-8")
    refused = run_cli("report", str(REPO / "README.md"), "--db", str(db))
    assert refused.returncode == 2 and "is a file" in refused.stderr
