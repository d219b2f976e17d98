-- One row per attack mention in the latest version of each article, by the current extractor.
{{ current_extraction('mentions') }}
