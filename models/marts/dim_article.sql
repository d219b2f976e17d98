-- One row per article, described by its latest version, with every version it has had.
{#
    A build on new loads (ATTACK_LEDGER_INCREMENTAL_BUILD=true) replaces only the rows of the
    articles in int_changed_articles (a new version or sighting); any other build makes every
    row. Both give the same rows.
#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_id',
    on_schema_change='fail',
    meta={'rebuilt_unless_incremental_build': true},
) }}
-- depends_on: {{ ref('int_changed_articles') }}
with versions as (
    select * from {{ ref('stg_articles') }}
    {% if is_incremental() %}
    where article_id in (select article_id from {{ ref('int_changed_articles') }})
    {% endif %}
),

version_lists as (
    select
        article_id,
        -- sorted after (a list ordered inside the aggregate holds every group's rows apart)
        list_transform(
            list_sort(list({'version_number': version_number, 'version_id': version_id})),
            v -> v.version_id
        ) as version_ids,
        count(*) as n_versions,
        min(ingested_at) as first_ingested_at
    from versions
    group by article_id
),

sightings as (
    select article_id, count(*) as n_sightings
    from {{ ref('stg_article_sightings') }}
    {% if is_incremental() %}
    where article_id in (select article_id from {{ ref('int_changed_articles') }})
    {% endif %}
    group by article_id
),

latest as (
    select * from versions where is_latest
),

final as (
    select
        latest.article_id,
        latest.version_id as latest_version_id,
        latest.title,
        latest.url,
        latest.source_uri,
        latest.publisher,
        latest.language,
        latest.language_method,
        latest.published_at,
        latest.published_precision,
        latest.published_at_source,
        latest.updated_at,
        latest.input_format,
        latest.char_count,
        version_lists.n_versions,
        version_lists.version_ids,
        coalesce(sightings.n_sightings, 0) as n_sightings,
        version_lists.first_ingested_at
    from latest
    inner join version_lists using (article_id)
    left join sightings using (article_id)
)

select * from final
