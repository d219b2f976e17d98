-- One row per attack in ACLED's export format (columns, types, codes), with the reason an export leaves it out.
{{ acled_rows_sql(ref('fact_attacks')) }}
