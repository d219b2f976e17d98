-- One row per attack, fused across every article and language that reported it.
with assignments as (
    select * from {{ ref('int_attack_mentions_fused') }}
),

{{ attack_facts_sql(
    places=ref('stg_gazetteer_places'),
    actors=ref('actors'),
    taxonomy=ref('event_taxonomy')
) }}

select * exclude (attack_key) from final
