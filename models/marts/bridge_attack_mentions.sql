-- One row per (attack, mention): the sentence behind the attack and the values it gave.
-- A view over int_attack_mentions_fused (the same rows, fewer columns): nothing to rebuild or
-- publish again when the fusion changes a few rows, and the mention data stored once less.
{{ config(materialized='view') }}

with assignments as (
    select * from {{ ref('int_attack_mentions_fused') }}
),

final as (
    select
        attack_id,
        mention_id,
        article_id,
        version_id,
        source_uri,
        publisher,
        language,
        known_from,
        merge_rule,
        sentence_index,
        evidence_start,
        evidence_end,
        evidence_text,
        event_date,
        date_precision,
        date_basis,
        location_name,
        location_id,
        admin1,
        country_iso2,
        geo_precision,
        attacker,
        target,
        claimed_by,
        attribution,
        weapon,
        projectile_count,
        killed,
        killed_low,
        killed_high,
        wounded,
        wounded_low,
        wounded_high,
        reported_by,
        is_background,
        certainty
    from assignments
)

select * from final
