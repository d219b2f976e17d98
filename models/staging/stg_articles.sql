-- One row per article version, numbered in the order the versions appeared.
with articles as (
    select * from {{ source('raw', 'articles') }}
),

versioned as (
    select
        *,
        -- A version's time: when the input says it changed, else when it was published,
        -- else when we first saw it. Ties fall back to load order, then to the key.
        coalesce(updated_at, published_at, ingested_at) as version_time
    from articles
),

numbered as (
    select
        *,
        row_number() over (
            partition by article_id
            order by version_time, ingested_at, version_id
        ) as version_number,
        count(*) over (partition by article_id) as version_count
    from versioned
),

final as (
    select
        article_id,
        version_id,
        version_number,
        version_count,
        version_number = version_count as is_latest,
        version_time,
        source_uri,
        url,
        input_format,
        title,
        title_source,
        text,
        char_count,
        published_at,
        published_local_date,
        published_precision,
        published_at_source,
        updated_at,
        publisher,
        language,
        language_method,
        raw_sha256,
        ingested_at,
        -- When what this version says became knowable: its change time, else its publication
        -- time, else when we loaded it. A publication known only to the month is taken as known
        -- from the start of the next month: we cannot say it was out earlier.
        coalesce(
            updated_at,
            case
                when published_precision = 'month'
                    then (date_trunc('month', published_local_date) + interval 1 month)::timestamptz
                else published_at
            end,
            ingested_at
        ) as known_at,
        _dlt_load_id as load_id
    from numbered
)

select * from final
