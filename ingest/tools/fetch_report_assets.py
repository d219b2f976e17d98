"""Fetches the report's map library and world basemap from the npm registry, checked by sha512.

Run by ``make setup`` (the files are generated, not in git). ``npm pack`` downloads each pinned
package tarball; its sha512 must equal the one pinned here (the registry's ``dist.integrity``)
before anything is taken from it. Only the files the report ships are kept, with their licences,
in ``ingest/report_assets/vendor/``:

- Leaflet 1.9.4 (BSD-2-Clause): ``leaflet.js``, ``leaflet.css``;
- world-atlas 2.0.2 (ISC; the data is Natural Earth's, public domain): ``countries-110m.json``,
  the world's countries at 1:110m as TopoJSON, which the report turns into GeoJSON.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "report_assets" / "vendor"

# package@version -> (sha512 integrity, {file in the tarball: name in vendor/})
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "leaflet@1.9.4": (
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        {
            "package/dist/leaflet.js": "leaflet.js",
            "package/dist/leaflet.css": "leaflet.css",
            "package/LICENSE": "LICENSE-leaflet.txt",
        },
    ),
    "world-atlas@2.0.2": (
        "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        {
            "package/countries-110m.json": "countries-110m.json",
            "package/LICENSE": "LICENSE-world-atlas.txt",
        },
    ),
}


def integrity(path: Path) -> str:
    digest = hashlib.sha512(path.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode("ascii")


def fetch(spec: str, expected: str, files: dict[str, str], work: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("report assets: npm is needed (apt-get install npm), see make setup")
    packed = subprocess.run(
        [npm, "pack", spec, "--silent", "--pack-destination", str(work)],
        capture_output=True,
        text=True,
        check=True,
        cwd=work,
    )
    tarball = work / packed.stdout.strip().splitlines()[-1]
    found = integrity(tarball)
    if found != expected:
        sys.exit(f"report assets: {spec} has checksum {found}, expected {expected}; not used")
    with tarfile.open(tarball) as archive:
        for member, name in files.items():
            source = archive.extractfile(member)
            if source is None:
                sys.exit(f"report assets: {member} missing from {spec}")
            (VENDOR / name).write_bytes(source.read())


def main() -> None:
    VENDOR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for spec, (expected, files) in PACKAGES.items():
            fetch(spec, expected, files, Path(tmp))
    names = sorted(p.name for p in VENDOR.iterdir())
    print(f"report assets: {', '.join(names)} -> {VENDOR}")


if __name__ == "__main__":
    main()
