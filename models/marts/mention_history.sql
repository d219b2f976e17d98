-- One row per attack mention of every article version ever logged, with the time it was current.
-- A view over int_mentions_known (the same rows, fewer columns): nothing to rebuild or publish
-- again when a build adds a few versions, and the mention data stored once less.
{{ config(materialized='view') }}

with mentions as (
    select * from {{ ref('int_mentions_known') }}
),

final as (
    select
        mention_id,
        article_id,
        version_id,
        version_number,
        is_latest,
        known_from,
        known_until,
        not is_latest as is_superseded,
        publisher,
        language,
        evidence_start,
        evidence_end,
        evidence_text,
        event_date,
        date_precision,
        location_name,
        location_id,
        country_iso2,
        attacker,
        target,
        claimed_by,
        weapon,
        projectile_count,
        killed,
        wounded,
        reported_by,
        is_background,
        certainty,
        extractor_version
    from mentions
)

select * from final
