-- One row per attack in UCDP GED's format (columns, types, codes), with the reason an export leaves it out.
{{ ucdp_rows_sql(ref('fact_attacks')) }}
