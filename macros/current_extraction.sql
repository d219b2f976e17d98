-- Unnest one nested column of the extraction log for the latest article versions, current extractor.
-- articles_where: a condition on stg_articles' columns keeping only some articles (incremental builds).
{% macro current_extraction(column, articles_where=none) %}
with extraction_log as (
    select * from {{ ref('stg_extraction_log') }}
),

articles as (
    select version_id from {{ ref('stg_articles') }} where is_latest
    {%- if articles_where %} and {{ articles_where }}{% endif %}
),

current_log as (
    select extraction_log.*
    from extraction_log
    inner join articles using (version_id)
    where extraction_log.extractor_version = '{{ var("extractor_version") }}'
),

unnested as (
    select unnest({{ column }}, recursive := true)
    from current_log
)

select * from unnested
{% endmacro %}
