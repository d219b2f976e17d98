-- One row per statement counting many attacks or casualties, in the latest article versions.
with extraction_log as (
    select * from {{ ref('stg_extraction_log') }}
),

articles as (
    select version_id from {{ ref('stg_articles') }} where is_latest
),

current_log as (
    select extraction_log.*
    from extraction_log
    inner join articles using (version_id)
    where extraction_log.extractor_version = '{{ var("extractor_version") }}'
),

unnested as (
    select unnest(aggregates, recursive := true)
    from current_log
)

select * from unnested
