-- One row per statement counting many attacks or casualties, in the latest article versions.
{{ current_extraction('aggregates') }}
