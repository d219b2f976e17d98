"""Pure, typed extraction of attack mentions from article text (no I/O, lexicons passed in)."""
