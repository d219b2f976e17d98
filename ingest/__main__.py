"""``python -m ingest`` runs the attack-ledger command line."""

from ingest.cli import app

app(prog_name="attack-ledger")
