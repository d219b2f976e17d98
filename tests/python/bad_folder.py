"""The folder of issue 10, rebuilt at test time: 71 bad inputs mixed among 61 good ones.

FIFOs, sockets, links to devices and sparse files cannot be committed, so the folder is written
into a temporary directory by :func:`build`. It returns what each input must become:

- a *good* input loads as an article (it has a row in ``raw.article_sightings``);
- a *bad* input has a row in ``raw.rejected_inputs`` with its reason; a few bad inputs (a bad
  sidecar, a bad date, repaired bytes) still load their article, without the bad part.

The good inputs are the bundled sample corpus (38: 30 files and 8 JSONL lines) and 23 written
here: short neutral texts in English and French, written by the team for this fixture, in every
encoding and shape the readers accept.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path

from support import SAMPLE

from ingest.files import display_path

MAX_BYTES = 1_000_000  # the --max-bytes the fixture is ingested with

# Team-written, neutral (no attack is reported, so the marts stay those of the sample corpus).
EN = [
    "Council approves new library hours\n\nThe city council voted on Tuesday to keep the "
    "central library open until nine in the evening on weekdays, after a petition signed by "
    "students and retired teachers.",
    "Rail line reopens after repairs\n\nTrains returned to the coastal line on Friday morning "
    "after three weeks of track repairs, the operator said, with a reduced timetable until the "
    "end of the month.",
    "Harvest festival draws record crowd\n\nOrganisers counted more than twelve thousand "
    "visitors at the weekend harvest festival, where local farmers sold apples, honey and bread.",
    "Museum lends paintings abroad\n\nThe regional museum will lend six landscapes to a gallery "
    "overseas for a summer exhibition, its director announced, the first such loan in a decade.",
]
FR = [
    "La médiathèque élargit ses horaires\n\nLe conseil municipal a voté mardi l’ouverture de "
    "la médiathèque jusqu’à vingt et une heures en semaine, à la demande d’étudiants et de "
    "retraités.",
    "Réouverture de la ligne côtière\n\nLes trains ont repris vendredi matin sur la ligne "
    "côtière après trois semaines de travaux, a indiqué l’exploitant, avec des horaires allégés.",
    "Affluence record à la fête des vendanges\n\nPlus de douze mille visiteurs se sont pressés "
    "ce week-end à la fête des vendanges, où les producteurs vendaient raisin, miel et pain.",
    "Le musée prête ses paysages\n\nLe musée régional prêtera six paysages à une galerie "
    "étrangère pour une exposition estivale, a annoncé sa directrice, une première depuis dix ans.",
]


@dataclass(frozen=True)
class Expected:
    """What one input must become: its path (and JSONL line), its reason, whether it loads."""

    path: str  # as stored: the display form of the absolute path
    line: int | None
    reason: str | None  # None for a good input
    loads: bool

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.path, self.line)


class Folder:
    """The folder being built, and what every input in it must become."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.expected: list[Expected] = []
        root.mkdir(parents=True)

    def path(self, name: str | bytes) -> Path:
        return self.root / (os.fsdecode(name) if isinstance(name, bytes) else name)

    def expect(
        self, path: Path, reason: str | None, *, loads: bool, line: int | None = None
    ) -> None:
        self.expected.append(Expected(display_path(path.absolute()), line, reason, loads))

    def good(self, name: str | bytes, data: bytes, **sidecar: object) -> Path:
        path = self.write(name, data, **sidecar)
        self.expect(path, None, loads=True)
        return path

    def bad(self, name: str | bytes, data: bytes, reason: str, *, loads: bool = False) -> Path:
        path = self.write(name, data)
        self.expect(path, reason, loads=loads)
        return path

    def write(self, name: str | bytes, data: bytes, **sidecar: object) -> Path:
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if sidecar:
            path.with_suffix(".json").write_text(json.dumps(sidecar), encoding="utf-8")
        return path

    def jsonl(self, name: str, lines: list[tuple[str, str | None, bool]]) -> None:
        """A JSONL batch: each line with its expected reason (None: good) and whether it loads."""
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(text for text, _r, _l in lines) + "\n", encoding="utf-8")
        for number, (_text, reason, loads) in enumerate(lines, start=1):
            self.expect(path, reason, loads=loads, line=number)

    @property
    def good_inputs(self) -> list[Expected]:
        return [e for e in self.expected if e.reason is None]

    @property
    def bad_inputs(self) -> list[Expected]:
        return [e for e in self.expected if e.reason is not None]


def build(root: Path, outside: Path) -> Folder:
    """Write the folder at ``root`` (``outside`` is a folder beside it for links that leave)."""
    folder = Folder(root)
    _sample_corpus(folder)
    _good_texts(folder)
    _bad_files(folder, outside)
    _special_files(folder, outside)
    _bad_sidecars(folder)
    _jsonl_batches(folder)
    return folder


def _sample_corpus(folder: Folder) -> None:
    """The bundled sample corpus: 26 articles, 3 pages, 1 correction, 8 JSONL lines (38 good)."""
    for sub in ("articles", "html", "corrections"):
        shutil.copytree(SAMPLE / sub, folder.root / "sample" / sub)
        for path in sorted((folder.root / "sample" / sub).iterdir()):
            if path.suffix in (".txt", ".md", ".html"):
                folder.expect(path, None, loads=True)
    batch = folder.root / "sample" / "batches" / "wire.jsonl"
    batch.parent.mkdir()
    shutil.copy(SAMPLE / "batches" / "wire_batch_2023_2024.jsonl", batch)
    lines = batch.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if line.strip():
            folder.expect(batch, None, loads=True, line=number)


def _good_texts(folder: Folder) -> None:
    """16 good inputs written here (12 files, 4 JSONL lines), in every shape the readers accept."""
    g = "good"
    folder.good(f"{g}/a/b/c/cp1252.txt", FR[0].encode("cp1252"), language="fr")
    folder.good(f"{g}/utf8-bom.txt", "\ufeff".encode() + FR[1].encode())
    folder.good(f"{g}/utf16-le.txt", FR[2].encode("utf-16"))
    folder.good(f"{g}/utf16-be.txt", ("\ufeff" + EN[0]).encode("utf-16-be"))
    folder.good(f"{g}/utf32.txt", EN[1].encode("utf-32"))
    folder.good(f"{g}/crlf.md", EN[2].replace("\n", "\r\n").encode())
    folder.good(f"{g}/".encode() + b"nom-\xe9t\xe9.txt", EN[3].encode())  # name not UTF-8
    link = folder.path(f"{g}/link-to-sample.txt")
    link.symlink_to(folder.root / "sample" / "articles" / "a01-asad-harir-drones.txt")
    folder.expect(link, None, loads=True)  # a link inside the folder: followed
    folder.good(
        f"{g}/Été [/] :bomb:.txt",
        ("Markup [/] and :bomb: stay text\n\n" + FR[3]).encode(),
        title="[bold]Title[/] [/]",
        url="https://news.example/[/]markup",
    )
    folder.good(
        f"{g}/dated-1900.txt",
        EN[0].replace("Tuesday", "Monday").encode(),
        published_at="1900-01-01",  # the first plausible day
    )
    folder.good(
        f"{g}/page.html",
        _page(FR[0].replace("mardi", "jeudi")).encode(),
        publisher="Le Courrier du Littoral",
        published_at="2024-01-15T09:00:00+01:00",
    )
    sentence = "The committee reviewed the budget for parks and schools. "
    at_cap = (sentence * (MAX_BYTES // len(sentence) + 1)).encode()[:MAX_BYTES]
    folder.good(f"{g}/exactly-at-the-cap.txt", at_cap)  # --max-bytes is inclusive
    lines = [
        json.dumps({"text": EN[3], "url": "https://news.example/[/]x", "title": "[red]x[/red]"})[
            :-1
        ]
        + ', "subtitle": "Fin \\ud83d\\udca5"}',  # an escaped surrogate pair, not a lone one
        '{"text": ' + json.dumps(FR[2].replace("miel", "cidre")) + ', "score": NaN, '
        '"text": ' + json.dumps(FR[1].replace("vendredi", "samedi")) + "}",  # NaN, a key twice
        json.dumps({"text": EN[2].replace("apples", "pears"), "extra": _nested(63), "n": 10**99}),
        json.dumps({"maintext": FR[3], "date_publish": "2024-01-02 08:00:00", "lang": "fr"}),
    ]
    folder.jsonl(f"{g}/batch.jsonl", [(line, None, True) for line in lines])


def _page(text: str) -> str:
    title, _, body = text.partition("\n\n")
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(3))
    return (
        f"<!doctype html><html lang='fr'><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/region'>Région</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Tous droits réservés.</footer></body></html>"
    )


def _nested(depth: int) -> object:
    value: object = 0
    for _ in range(depth - 1):  # the record itself is one level
        value = [value]
    return value


def _bad_files(folder: Folder, outside: Path) -> None:
    """Files that are not articles: empty, binary, undecodable, too big, unsupported."""
    b = "bad"
    folder.bad(f"{b}/empty.txt", b"", "empty")
    folder.bad(f"{b}/blank.md", b"  \r\n\t\n  ", "empty")
    folder.bad(f"{b}/bom-only.txt", "\ufeff".encode("utf-16"), "empty")
    folder.bad(f"{b}/png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary")
    folder.bad(f"{b}/nul.md", EN[0].encode() + b"\x00\x00" + EN[1].encode(), "binary")
    folder.bad(f"{b}/binary.html", bytes(range(256)) * 4, "binary")
    folder.bad(f"{b}/cp1252-undefined.txt", b"caf\xe9 \x81\x8d\x8f\x90\x9d fin", "undecodable")
    folder.bad(f"{b}/utf16-garbage.txt", b"\xff\xfe" + b"\x00\xd8" * 200, "undecodable")
    folder.bad(f"{b}/utf16-binary.txt", b"\xff\xfe" + b"\x01\x00\x02\x00" * 200, "binary")
    folder.bad(f"{b}/oversized.txt", b"too long " * (MAX_BYTES // 9 + 100), "oversized")
    sparse = folder.bad(f"{b}/sparse-10GB.txt", b"", "oversized")
    os.truncate(sparse, 10 * 1024**3)  # never read: its size alone is over the cap
    folder.bad(f"{b}/menu.html", _menu().encode(), "no_main_text")
    deep_page = "<html><body>" + "<div>" * 50_000 + "</div>" * 50_000 + "</body></html>"
    folder.bad(f"{b}/deep.html", deep_page.encode(), "no_main_text")
    folder.bad(f"{b}/scan.pdf", b"%PDF-1.7\n", "unsupported_type")
    folder.bad(f"{b}/photo.png", b"\x89PNG\r\n", "unsupported_type")
    folder.bad(f"{b}/notes", EN[0].encode(), "unsupported_type")
    folder.bad(f"{b}/orphan.json", b'{"title": "a sidecar with no article"}', "unsupported_type")
    folder.bad(f"{b}/".encode() + b"vide-\xff.txt", b"", "empty")  # name not UTF-8
    utf16_batch = folder.path(f"{b}/utf16.jsonl")
    utf16_batch.write_bytes(json.dumps({"text": EN[1]}).encode("utf-16"))
    folder.expect(utf16_batch, "undecodable", loads=False)


def _menu() -> str:
    links = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
    return (
        f"<html><body><nav><ul>{links}</ul></nav>"
        "<div class='cookie'>We use cookies. Accept?</div>"
        "<footer>© News Example. All rights reserved.</footer></body></html>"
    )


def _special_files(folder: Folder, outside: Path) -> None:
    """FIFOs, a socket, devices and links that lead out of the folder or nowhere."""
    s = folder.root / "special"
    s.mkdir()
    for name in ("fifo.txt", "fifo.html", "fifo.md", "fifo.jsonl"):
        os.mkfifo(s / name)
        folder.expect(s / name, "not_a_regular_file", loads=False)
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(s / "socket.txt"))
    folder.expect(s / "socket.txt", "not_a_regular_file", loads=False)
    for name, target in (
        ("zero.txt", "/dev/zero"),
        ("urandom.txt", "/dev/urandom"),
        ("null.jsonl", "/dev/null"),
        ("passwd.txt", "/etc/passwd"),
        ("outside.txt", str(outside / "outside.txt")),
        ("outside-folder", str(outside)),
    ):
        (s / name).symlink_to(target)
        folder.expect(s / name, "outside_root", loads=False)
    (s / "inside-folder").symlink_to(folder.root / "good")
    folder.expect(s / "inside-folder", "not_a_regular_file", loads=False)
    (s / "broken.txt").symlink_to(s / "nowhere.txt")
    folder.expect(s / "broken.txt", "unreadable", loads=False)


def _bad_sidecars(folder: Folder) -> None:
    """Articles whose sidecar is unusable (the article loads without it) or holds a bad date."""
    sc = folder.root / "sidecars"
    cases: list[tuple[str, bytes | None]] = [
        ("truncated", b'{"title": "cut'),
        ("list", b"[1, 2, 3]"),
        ("deep", b"[" * 100_000),
        ("bignum", b'{"n": ' + b"7" * 5000 + b"}"),
        ("latin1", '{"title": "Été"}'.encode("latin-1")),
        ("fifo", None),
    ]
    for i, (name, data) in enumerate(cases):
        article = folder.write(
            f"sidecars/{name}.txt", EN[i % 4].replace("the", f"the {name}").encode()
        )
        folder.expect(article, None, loads=True)
        sidecar = sc / f"{name}.json"
        if data is None:
            os.mkfifo(sidecar)
        else:
            sidecar.write_bytes(data)
        folder.expect(sidecar, "bad_sidecar", loads=False)
    article = folder.write("sidecars/passwd.txt", FR[0].replace("mardi", "lundi").encode())
    folder.expect(article, None, loads=True)
    (sc / "passwd.json").symlink_to("/etc/passwd")
    folder.expect(sc / "passwd.json", "bad_sidecar", loads=False)
    dates = [
        {"published_at": "0000-01"},
        {"published_at": "9999-12-31T23:00-14:00"},
        {"published_at": "0001-01-01T00:00+14:00"},
        {"updated_at": "9999-12-31T23:00-14:00"},
    ]
    for i, meta in enumerate(dates):
        text = FR[i % 4].replace("a ", f"a ({i}) ", 1).encode()
        path = folder.write(f"sidecars/date-{i}.txt", text, **meta)
        folder.expect(path, "bad_date", loads=True)
    repaired = FR[1].encode()
    cut = repaired.index(b"trains") if b"trains" in repaired else len(repaired) // 2
    folder.bad(
        "sidecars/stray-byte.txt",
        repaired[:cut] + b"\x92" + repaired[cut:],
        "repaired_text",
        loads=True,
    )


def _jsonl_batches(folder: Folder) -> None:
    """JSONL lines that are bad in every way a line can be, among good lines."""
    body = EN[0].replace("\n", " ")

    def rec(**fields: object) -> str:
        return json.dumps(fields)

    lines: list[tuple[str, str | None, bool]] = [
        ("[" * 100_000 + "]" * 100_000, "too_deep", False),
        ('{"text": "x", "a": ' + "{" * 100_000, "too_deep", False),
        ('{"text": "x", "meta": ' + json.dumps(_nested(70)) + "}", "too_deep", False),
        ('{"text": "x", "n": ' + "1" * 5000 + "}", "number_too_long", False),
        ('{"text": "x", "n": 0.' + "3" * 500 + "}", "number_too_long", False),
        ('{"text": "' + body + ' \\ud800"}', "repaired_text", True),
        (
            '{"text": "' + body.replace("Tuesday", "Sunday") + '", "title": "\\udfff"}',
            "repaired_text",
            True,
        ),
        (rec(text=FR[0].replace("\n", " "), published_at="0000-01"), "bad_date", True),
        (
            rec(text=FR[1].replace("\n", " "), published_at="9999-12-31T23:00-14:00"),
            "bad_date",
            True,
        ),
        (
            rec(text=FR[2].replace("\n", " "), published_at="0001-01-01T00:00+14:00"),
            "bad_date",
            True,
        ),
        (rec(text=FR[3].replace("\n", " "), updated_at="9999-12-31T23:00-14:00"), "bad_date", True),
        (rec(text=EN[1].replace("\n", " "), published_at="last Tuesday"), "bad_date", True),
        ('{"text": "unterminated', "malformed_json", False),
        ("{'text': 'single quotes'}", "malformed_json", False),
        ('{"text": "x"} trailing', "malformed_json", False),
        ('{"text": "a\ttab"}', "malformed_json", False),
        ("[1, 2, 3]", "not_an_object", False),
        ('"just a string"', "not_an_object", False),
        ("42", "not_an_object", False),
        ("null", "not_an_object", False),
        (rec(title="no text here", url="https://news.example/[/]gone"), "missing_text", False),
        (rec(text=12345), "missing_text", False),
        (rec(text="   "), "missing_text", False),
        (rec(text="\ufeff"), "empty", False),
        (rec(html=_menu()), "no_main_text", False),
        (rec(text="x" * (MAX_BYTES + 10)), "oversized", False),
    ]
    folder.jsonl("jsonl/hostile.jsonl", lines)
    undecodable = folder.path("jsonl/bytes.jsonl")
    undecodable.write_bytes(b'{"text": "\x81\x8d\x9d"}\n')
    folder.expect(undecodable, "undecodable", loads=False, line=1)
