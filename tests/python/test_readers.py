"""Readers: every kind of input becomes an article candidate or a rejection with a reason."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import yaml
from support import REPO

from ingest.files import InputProblem, read_capped
from ingest.readers import ReaderConfig, decode_bytes, html_main_text, iter_inputs
from ingest.records import ArticleCandidate, Rejection, RejectReason

BODY_FR = (
    "Attaque près de la base\n\n"
    "Deux roquettes sont tombées lundi près de la base, a indiqué un responsable de la sécurité "
    "qui a requis l'anonymat. Aucune victime n'a été signalée."
)
BODY_EN = (
    "Drone attack near the base\n\n"
    "Two drones were shot down near the base early on Tuesday, an official said, adding that "
    "nobody was hurt in the attack."
)
PAGE = """<!doctype html><html lang="fr"><head><title>Une base visée | Le Courrier</title>
<meta property="article:published_time" content="2023-10-24T09:10:00+03:00">
<meta property="og:title" content="Une base visée par des drones"></head><body>
<nav><ul><li>Accueil</li><li>Monde</li><li>Moyen-Orient</li></ul></nav>
<article><h1>Une base visée par des drones</h1>
<p>Deux drones ont visé mardi une base abritant des troupes étrangères dans l'ouest du pays,
selon un responsable militaire qui a demandé à ne pas être nommé.</p>
<p>L'un des appareils a été abattu avant d'atteindre sa cible, tandis que le second s'est écrasé
dans une zone désertique sans faire de victimes, a-t-il ajouté.</p>
<p>Aucun groupe n'avait revendiqué l'attaque mardi soir, mais des factions armées proches de
l'Iran ont multiplié ces dernières semaines les menaces contre ces installations.</p></article>
<footer>Tous droits réservés 2026. Partager cet article.</footer></body></html>"""


def read_all(path: Path, **limits: int) -> list[ArticleCandidate | Rejection]:
    return list(iter_inputs([path], ReaderConfig(**limits)))


def only(results: list[ArticleCandidate | Rejection]) -> ArticleCandidate | Rejection:
    assert len(results) == 1, results
    return results[0]


def test_text_file_with_sidecar_takes_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY_FR, encoding="utf-8")
    sidecar = {
        "url": "https://news.example.org/a?utm_source=feed",
        "title": "Titre du site",
        "published_at": "2023-10-30",
        "publisher": "Le Courrier",
        "language": "fr",
    }
    (tmp_path / "a.json").write_text(json.dumps(sidecar), encoding="utf-8")
    article = only(read_all(tmp_path))
    assert isinstance(article, ArticleCandidate)
    assert article.url == "https://news.example.org/a"
    assert article.title == "Titre du site"
    assert article.title_source == "sidecar"
    assert article.published is not None
    assert article.published.source == "sidecar"
    assert article.publisher == "Le Courrier"
    assert (article.language, article.language_method) == ("fr", "sidecar")
    assert article.input_format == "txt"


def test_a_file_given_alone_brings_its_sidecar(tmp_path: Path) -> None:
    """`ingest a.txt` reads `a.json` beside it, as `ingest folder/` does."""
    (tmp_path / "a.txt").write_text(BODY_FR, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published_at": "2023-10-30"}), encoding="utf-8")
    article = only(read_all(tmp_path / "a.txt"))
    assert isinstance(article, ArticleCandidate)
    assert article.published is not None and article.published.source == "sidecar"


def test_a_sidecar_linking_elsewhere_is_not_brought_by_its_file(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text(json.dumps({"title": "Secret"}), encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY_FR, encoding="utf-8")
    (folder / "a.json").symlink_to(outside / "secret.json")
    results = read_all(folder / "a.txt")
    articles = [r for r in results if isinstance(r, ArticleCandidate)]
    assert len(articles) == 1 and articles[0].title != "Secret"


def test_text_file_without_sidecar_detects_language_and_leaves_date_null(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(BODY_EN, encoding="utf-8")
    article = only(read_all(tmp_path))
    assert isinstance(article, ArticleCandidate)
    assert article.published is None
    assert (article.language, article.language_method) == ("en", "py3langid")
    assert (article.title, article.title_source) == ("Drone attack near the base", "first_line")
    assert article.input_format == "md"


def test_html_main_text_and_page_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    article = only(read_all(tmp_path))
    assert isinstance(article, ArticleCandidate)
    assert "Deux drones ont visé mardi" in article.text
    assert "Moyen-Orient" not in article.text, "navigation menu must be removed"
    assert "Tous droits réservés" not in article.text, "footer must be removed"
    assert article.published is not None
    assert article.published.source == "html"
    assert str(article.published.local_date) == "2023-10-24"
    assert article.title is not None and "Une base visée" in article.title
    assert article.title_source == "html"
    assert (article.language, article.language_method) == ("fr", "html")


def test_html_sidecar_wins_over_page_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.json").write_text('{"published_at": "2023-10-25"}', encoding="utf-8")
    article = only(read_all(tmp_path))
    assert isinstance(article, ArticleCandidate)
    assert article.published is not None
    assert (str(article.published.local_date), article.published.source) == (
        "2023-10-25",
        "sidecar",
    )
    assert article.title_source == "html", (
        "fields the sidecar does not give still come from the page"
    )


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    menu = "<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav></body></html>"
    (tmp_path / "menu.html").write_text(menu, encoding="utf-8")
    rejection = only(read_all(tmp_path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason is RejectReason.NO_MAIN_TEXT


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", RejectReason.EMPTY, id="empty file"),
        pytest.param(b"  \n\n\t \n", RejectReason.EMPTY, id="whitespace only"),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            RejectReason.BINARY,
            id="binary with NUL bytes",
        ),
        pytest.param(
            "Caf\u00e9 ".encode("cp1252") + b"\x81\x9d\x8f" + b" sans sens",
            RejectReason.UNDECODABLE,
            id="bytes undefined in cp1252 are undecodable",
        ),
    ],
)
def test_bad_text_files_are_rejected(tmp_path: Path, content: bytes, reason: RejectReason) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    rejection = only(read_all(tmp_path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason is reason
    assert rejection.message


def test_cp1252_text_is_decoded_not_rejected(tmp_path: Path) -> None:
    text = "L’armée a confirmé « deux blessés » à l’hôpital ; œuvre de milices près de la base."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    article = only(read_all(tmp_path))
    assert isinstance(article, ArticleCandidate)
    assert article.text == text


def test_decode_prefers_utf8_and_strips_bom() -> None:
    assert decode_bytes("\ufeffdéjà".encode()) == "déjà"
    assert decode_bytes("déjà".encode("cp1252")) == "déjà"


def test_oversized_file_is_rejected_before_reading(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("x" * 5000, encoding="utf-8")
    rejection = only(read_all(tmp_path, max_bytes=1000))
    assert isinstance(rejection, Rejection)
    assert rejection.reason is RejectReason.OVERSIZED
    assert rejection.byte_size == 5000


def test_broken_link_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    rejection = only(read_all(tmp_path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason is RejectReason.UNREADABLE


def test_bad_sidecar_is_reported_and_article_still_loads(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY_EN, encoding="utf-8")
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    results = read_all(tmp_path)
    reasons = [r.reason for r in results if isinstance(r, Rejection)]
    articles = [r for r in results if isinstance(r, ArticleCandidate)]
    assert reasons == [RejectReason.BAD_SIDECAR]
    assert len(articles) == 1 and articles[0].published is None


def test_unsupported_file_type_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    rejection = only(read_all(tmp_path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason is RejectReason.UNSUPPORTED_TYPE


def test_jsonl_lines_each_become_an_article_or_a_rejection(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": BODY_EN, "url": "https://a.example/1", "published_at": "2023-10-31"}),
        json.dumps(
            {
                "maintext": BODY_FR,
                "url": "https://b.example/2",
                "date_publish": "2023-11-02 08:15:00",
                "source_domain": "b.example",
                "title": "Titre",
                "language": "fr",
            }
        ),
        "",
        "{broken",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"html": PAGE, "url": "https://c.example/3"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_all(tmp_path)
    articles = [r for r in results if isinstance(r, ArticleCandidate)]
    rejections = [r for r in results if isinstance(r, Rejection)]
    assert [a.url for a in articles] == [
        "https://a.example/1",
        "https://b.example/2",
        "https://c.example/3",
    ]
    scraped = articles[1]
    assert scraped.publisher == "b.example"
    assert scraped.published is not None and scraped.published.source == "jsonl"
    assert articles[2].input_format == "html" and "Deux drones" in articles[2].text
    assert [(r.line_number, r.reason) for r in rejections] == [
        (4, RejectReason.MALFORMED_JSON),
        (5, RejectReason.NOT_AN_OBJECT),
        (6, RejectReason.MISSING_TEXT),
    ]
    assert all("line" in r.message for r in rejections)


def test_folder_order_is_stable_and_sidecars_are_not_articles(tmp_path: Path) -> None:
    for name in ("c", "a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"{BODY_EN} {name}", encoding="utf-8")
        (tmp_path / f"{name}.json").write_text("{}", encoding="utf-8")
    sources = [Path(r.source_uri).name for r in read_all(tmp_path)]
    assert sources == ["a.txt", "b.txt", "c.txt"]


def reasons_of(results: list[ArticleCandidate | Rejection]) -> list[str]:
    return [r.reason.value for r in results if isinstance(r, Rejection)]


def articles_of(results: list[ArticleCandidate | Rejection]) -> list[ArticleCandidate]:
    return [r for r in results if isinstance(r, ArticleCandidate)]


def timed_read(*paths: Path) -> tuple[list[ArticleCandidate | Rejection], float]:
    started = time.monotonic()
    results = list(iter_inputs(list(paths), ReaderConfig()))
    return results, time.monotonic() - started


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("pipe.txt", id="FIFO named .txt"),
        pytest.param("pipe.jsonl", id="FIFO named .jsonl"),
        pytest.param("pipe.html", id="FIFO named .html"),
    ],
)
def test_fifo_is_rejected_without_being_opened(tmp_path: Path, name: str) -> None:
    os.mkfifo(tmp_path / name)
    results, seconds = timed_read(tmp_path)
    assert reasons_of(results) == ["not_a_regular_file"]
    assert "FIFO" in only(results).message  # type: ignore[union-attr]
    assert seconds < 1


def test_fifo_sidecar_is_a_bad_sidecar_and_the_article_loads(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY_EN, encoding="utf-8")
    os.mkfifo(tmp_path / "a.json")
    results, seconds = timed_read(tmp_path)
    assert reasons_of(results) == ["bad_sidecar"]
    assert len(articles_of(results)) == 1
    assert seconds < 1


def test_link_to_dev_zero_in_a_folder_is_outside_the_root(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    results, seconds = timed_read(tmp_path)
    assert reasons_of(results) == ["outside_root"]
    assert seconds < 1


def test_dev_zero_named_directly_is_not_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    results, seconds = timed_read(tmp_path / "zero.txt")
    assert reasons_of(results) == ["not_a_regular_file"]
    assert seconds < 1


def test_links_are_followed_inside_the_paths_given_only(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(BODY_EN, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "real.txt").write_text(BODY_FR, encoding="utf-8")
    (folder / "inside-link.txt").symlink_to(folder / "real.txt")
    (folder / "outside-link.txt").symlink_to(outside)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "linked-folder").symlink_to(tmp_path)
    results = read_all(folder)
    by_name = {Path(r.source_uri).name: r for r in results}
    assert isinstance(by_name["inside-link.txt"], ArticleCandidate)
    assert isinstance(by_name["real.txt"], ArticleCandidate)
    for name in ("outside-link.txt", "passwd.txt", "linked-folder"):
        rejected = by_name[name]
        assert isinstance(rejected, Rejection) and rejected.reason is RejectReason.OUTSIDE_ROOT


def test_missing_path_is_unreadable_whatever_its_suffix(tmp_path: Path) -> None:
    for name in ("gone.txt", "gone.pdf", "gone"):
        rejection = only(read_all(tmp_path / name))
        assert isinstance(rejection, Rejection)
        assert rejection.reason is RejectReason.UNREADABLE
        assert "no such file" in rejection.message


def test_undecodable_file_name_loads_with_its_bytes_written_out(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9-\xff.txt")  # latin-1 bytes: not UTF-8
    (tmp_path / name).write_text(BODY_EN, encoding="utf-8")
    article = only(read_all(tmp_path))
    assert isinstance(article, ArticleCandidate)
    assert article.source_uri.endswith("caf\\xe9-\\xff.txt")
    article.source_uri.encode("utf-8")  # storable: no lone surrogates


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("[" * 100_000 + "]" * 100_000, "too_deep", id="array nested 100,000 deep"),
        pytest.param('{"text": "x", "a": ' + "[" * 100_000, "too_deep", id="unclosed nesting"),
        pytest.param(
            '{"text": "x", "n": ' + "7" * 5000 + "}", "number_too_long", id="5,000 digits"
        ),
        pytest.param('{"text": "x", "n": 1.' + "5" * 500 + "}", "number_too_long", id="long float"),
    ],
)
def test_jsonl_lines_over_the_json_limits_are_rejected(
    tmp_path: Path, line: str, reason: str
) -> None:
    good = json.dumps({"text": BODY_EN})
    (tmp_path / "b.jsonl").write_text(f"{line}\n{good}\n", encoding="utf-8")
    results = read_all(tmp_path)
    assert reasons_of(results) == [reason]
    assert len(articles_of(results)) == 1, "the next line still loads"


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    record = {"text": BODY_EN + " [[[[" * 100, "title": "{" * 200}
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert isinstance(only(read_all(tmp_path)), ArticleCandidate)


def test_deep_sidecar_is_a_bad_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY_EN, encoding="utf-8")
    (tmp_path / "a.json").write_text("[" * 100_000, encoding="utf-8")
    results = read_all(tmp_path)
    assert reasons_of(results) == ["bad_sidecar"]
    assert len(articles_of(results)) == 1


def test_lone_surrogates_are_replaced_and_counted(tmp_path: Path) -> None:
    line = '{"text": "' + BODY_EN.replace("\n", " ") + ' \\ud800", "title": "Drones \\udfff"}'
    (tmp_path / "b.jsonl").write_text(line + "\n", encoding="utf-8")
    results = read_all(tmp_path)
    (article,) = articles_of(results)
    assert article.text.endswith("\ufffd") and article.title == "Drones \ufffd"
    (note,) = [r for r in results if isinstance(r, Rejection)]
    assert note.reason is RejectReason.REPAIRED_TEXT and "2 lone surrogate" in note.message


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("0000-01", id="year 0"),
        pytest.param("9999-12-31T23:00-14:00", id="year 9999 at -14:00"),
        pytest.param("0001-01-01T00:00+14:00", id="year 1 at +14:00"),
    ],
)
def test_out_of_range_dates_load_the_article_without_a_date(tmp_path: Path, value: str) -> None:
    record = {"text": BODY_EN, "published_at": value, "updated_at": value}
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    results = read_all(tmp_path)
    (article,) = articles_of(results)
    assert article.published is None and article.updated_at is None
    assert reasons_of(results) == ["bad_date"]


def test_utf8_with_one_bad_byte_stays_utf8_with_a_replacement(tmp_path: Path) -> None:
    text = BODY_FR.encode("utf-8")
    cut = text.index(b"lundi")
    (tmp_path / "a.txt").write_bytes(text[:cut] + b"\x92" + text[cut:])
    results = read_all(tmp_path)
    (article,) = articles_of(results)
    assert "tombées" in article.text and "sécurité" in article.text, "accents are not mojibake"
    assert article.text.count("\ufffd") == 1
    (note,) = [r for r in results if isinstance(r, Rejection)]
    assert note.reason is RejectReason.REPAIRED_TEXT and "1 invalid utf-8" in note.message


@pytest.mark.parametrize(
    "encoding",
    [
        pytest.param("utf-16", id="UTF-16 with its BOM (little-endian)"),
        pytest.param("utf-16-be", id="UTF-16 big-endian with a BOM"),
        pytest.param("utf-32", id="UTF-32 with its BOM"),
        pytest.param("utf-8-sig", id="UTF-8 with a BOM"),
    ],
)
def test_text_with_a_byte_order_mark_is_decoded(tmp_path: Path, encoding: str) -> None:
    data = ("\ufeff" if encoding == "utf-16-be" else "") + BODY_FR
    (tmp_path / "a.txt").write_bytes(data.encode(encoding))
    article = only(read_all(tmp_path))
    assert isinstance(article, ArticleCandidate)
    assert article.text == BODY_FR


def test_capped_read_refuses_a_file_that_holds_more_than_it_reports() -> None:
    proc_file = Path("/proc/self/maps")  # a regular file whose stat size is 0
    status = os.stat(proc_file)
    assert status.st_size == 0
    with pytest.raises(InputProblem) as raised:
        read_capped(str(proc_file), status, 10)
    assert raised.value.reason is RejectReason.OVERSIZED


def test_an_overlong_jsonl_line_is_skipped_and_the_next_one_read(tmp_path: Path) -> None:
    good = json.dumps({"text": BODY_EN})
    long_line = json.dumps({"text": "x" * 3_000_000})
    (tmp_path / "b.jsonl").write_text(f"{long_line}\n{good}\n", encoding="utf-8")
    results = read_all(tmp_path, max_bytes=10_000)
    assert [(r.line_number, r.reason.value) for r in results if isinstance(r, Rejection)] == [
        (1, "oversized")
    ]
    assert results[0].byte_size == len(long_line) + 1  # type: ignore[union-attr]
    assert len(articles_of(results)) == 1


def test_html_extraction_is_the_same_however_often_a_page_is_seen() -> None:
    lengths = {len(html_main_text(PAGE) or "") for _ in range(5)}
    assert len(lengths) == 1 and lengths != {0}


def test_every_reject_reason_is_accepted_by_the_dbt_source_test() -> None:
    sources = yaml.safe_load(
        (REPO / "models" / "staging" / "_staging__sources.yml").read_text(encoding="utf-8")
    )
    (raw,) = [s for s in sources["sources"] if s["name"] == "raw"]
    (table,) = [t for t in raw["tables"] if t["name"] == "rejected_inputs"]
    (column,) = [c for c in table["columns"] if c["name"] == "reason"]
    (test,) = [t for t in column["data_tests"] if "accepted_values" in t]
    assert test["accepted_values"]["arguments"]["values"] == [r.value for r in RejectReason]
