-- One row per (article version, place it was seen).
with sightings as (
    select * from {{ source('raw', 'article_sightings') }}
),

final as (
    select
        sighting_id,
        version_id,
        article_id,
        source_uri,
        input_path,
        line_number,
        input_format,
        seen_at,
        _dlt_load_id as load_id
    from sightings
)

select * from final
