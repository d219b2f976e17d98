-- One row per attack mention of any article version (current extractor), with when it was known.
with extraction_log as (
    select * from {{ ref('stg_extraction_log') }}
    where extractor_version = '{{ var("extractor_version") }}'
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
),

stories as (
    select * from {{ ref('int_article_stories') }}
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
