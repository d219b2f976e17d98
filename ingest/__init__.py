"""Attack Ledger: an event-sourced warehouse of attacks extracted from news articles."""

__version__ = "0.1.0"
