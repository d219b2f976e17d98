-- One row per attack, fused across every article and language that reported it.
{#
    A build on new loads (ATTACK_LEDGER_INCREMENTAL_BUILD=true) recomputes only the attacks
    whose mentions changed: those the mentions of int_attack_fusion_delta were fused into, and
    those whose mention count is no longer the one they have (they lost mentions); it drops the
    attacks left with none. Any other build computes every attack. Both give the same rows.
#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='attack_id',
    on_schema_change='fail',
    meta={'rebuilt_unless_incremental_build': true},
    post_hook="delete from {{ this }} where attack_id not in
        (select attack_id from {{ ref('int_attack_mentions_fused') }})",
) }}
-- depends_on: {{ ref('int_attack_fusion_delta') }}
with assignments as (
    select * from {{ ref('int_attack_mentions_fused') }}
    {% if is_incremental() %}
    where attack_id in (
        select attack_id
        from {{ ref('int_attack_mentions_fused') }}
        semi join {{ ref('int_attack_fusion_delta') }} using (mention_id)
        union
        select f.attack_id
        from {{ this }} as f
        left join (
            select attack_id, count(*) as n
            from {{ ref('int_attack_mentions_fused') }}
            group by attack_id
        ) as now using (attack_id)
        where now.n is distinct from f.n_mentions
    )
    {% endif %}
),

{{ attack_facts_sql(
    places=ref('stg_gazetteer_places'),
    actors=ref('actors'),
    taxonomy=ref('event_taxonomy')
) }}

select * exclude (attack_key) from final
