-- One row per attack mention in the current marts, with the attack it was fused into and why.
{#
    A build on new loads (ATTACK_LEDGER_INCREMENTAL_BUILD=true) fuses again only the mentions of
    int_attack_fusion_delta, replaces their rows, and drops those no longer fused (gone,
    replaced by a later version, flagged); any other build fuses everything. Both give the same
    rows.
#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='mention_id',
    meta={'rebuilt_unless_incremental_build': true},
    post_hook="delete from {{ this }} where mention_id not in (select mention_id from ({{
        current_fusion_mentions_sql(ref('int_mentions_known'), ref('int_quality_issues')) }}))",
) }}
-- depends_on: {{ ref('int_attack_fusion_delta') }}
{% if is_incremental() %}
with refused_mentions as (
    select m.*
    from {{ ref('int_mentions_known') }} as m
    semi join {{ ref('int_attack_fusion_delta') }} as d using (mention_id)
),

{{ attack_assignments_sql(
    mentions='refused_mentions',
    places=ref('stg_gazetteer_places'),
    issues=ref('int_quality_issues'),
    as_of="'infinity'::timestamptz"
) }}

select * from assignments
{% else %}
with
{{ attack_assignments_sql(
    mentions=ref('int_mentions_known'),
    places=ref('stg_gazetteer_places'),
    issues=ref('int_quality_issues'),
    as_of="'infinity'::timestamptz"
) }}

select * from assignments
{% endif %}
