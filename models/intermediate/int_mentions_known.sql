-- One row per attack mention of any article version (current extractor), with when it was known.
{#
    A build on new loads (ATTACK_LEDGER_INCREMENTAL_BUILD=true) makes only the rows of the
    versions whose rows can have changed, and replaces theirs (delete+insert on the version):
    every version of the articles in int_changed_articles (a new version ends the previous one's
    knowledge window and makes it no longer the latest), and the versions whose story
    (int_article_stories) differs from the one their rows hold. A version's mentions never
    change in such a build (same extractor), so a version without rows keeps none. Any other
    build makes every row. Both give the same rows.
#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='version_id',
    meta={'rebuilt_unless_incremental_build': true},
) }}
-- depends_on: {{ ref('int_changed_articles') }}
with stories as (
    select * from {{ ref('int_article_stories') }}
),

{% if is_incremental() %}
changed_versions as (
    select version_id
    from {{ ref('stg_articles') }}
    where article_id in (select article_id from {{ ref('int_changed_articles') }})
    union
    select t.version_id
    from (select distinct version_id, story_id, story_publisher from {{ this }}) as t
    inner join stories as s using (version_id)
    where t.story_id is distinct from s.story_id
        or t.story_publisher is distinct from s.story_publisher
),

changed_articles as (
    select distinct article_id
    from {{ ref('stg_articles') }}
    where version_id in (select version_id from changed_versions)
),
{% endif %}

extraction_log as (
    select * from {{ ref('stg_extraction_log') }}
    where extractor_version = '{{ var("extractor_version") }}'
    {% if is_incremental() %}
        and version_id in (select version_id from changed_versions)
    {% endif %}
),

versions as (
    select
        version_id,
        article_id,
        version_number,
        is_latest,
        publisher,
        language,
        url,
        title,
        published_at,
        known_at as known_from,
        lead(known_at) over (partition by article_id order by version_number) as known_until
    from {{ ref('stg_articles') }}
    {% if is_incremental() %}
    where article_id in (select article_id from changed_articles)
    {% endif %}
),

mentions as (
    select unnest(mentions, recursive := true)
    from extraction_log
),

final as (
    select
        mentions.*,
        versions.version_number,
        versions.is_latest,
        versions.publisher,
        versions.language,
        versions.url,
        versions.title,
        versions.published_at,
        versions.known_from,
        versions.known_until,
        stories.story_id,
        stories.story_publisher
    from mentions
    inner join versions using (version_id)
    left join stories using (version_id)
)

select * from final
