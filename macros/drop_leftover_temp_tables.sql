-- The SQL dropping the tables dbt-duckdb leaves behind (run at the end of every dbt run).
{#
    The incremental Python model (stg_extraction_log) writes its new rows into a table of the
    main schema, `stg_extraction_log__dbt_tmp<timestamp>`, which dbt-duckdb does not drop (SQL
    models use temporary tables, which go with the connection): each build would leave one.
#}
{% macro drop_leftover_temp_tables() %}
    {%- set drops = [] -%}
    {%- if execute -%}
        {%- set found = run_query(
            "select schema_name, table_name from duckdb_tables() "
            ~ "where database_name = current_database() and schema_name = 'main' "
            ~ "and not temporary and table_name like '%\\_\\_dbt\\_tmp%' escape '\\'"
        ) -%}
        {%- for row in found.rows -%}
            {%- do drops.append('drop table if exists "' ~ row[0] ~ '"."' ~ row[1] ~ '"') -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return((drops | join(';\n')) if drops else 'select 1') }}
{% endmacro %}
