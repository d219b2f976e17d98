-- What a build on new loads fuses again: every mention whose attack can have changed since the
-- last build (int_attack_mentions_fused replaces their rows, fact_attacks their attacks).
{#
    Empty unless the build runs with ATTACK_LEDGER_INCREMENTAL_BUILD=true (ingest.build_state:
    builds on new loads only) and int_attack_mentions_fused holds the last build's fusion.

    Why these mentions are enough (the rules are in the attack_assignments_sql macro):

    - changed: the mentions whose row differs from the one the last fusion used (new, gone,
      corrected, now flagged, now in another story); their windows' days give the keys
      (place, day) and (country, day) they touch, with the countries of every mention at a
      touched (place, day) (an anchor attack takes its country from its anchors);
    - reached: every mention dated into a touched key, whose candidates may have changed
      (a mention outside them reaches only anchor attacks no changed mention is part of, and
      keeps its attack);
    - with the anchors at every (place, day) they can reach: all anchors of an anchor attack,
      so that fusing these mentions alone gives each the attack a full fusion gives it.

    An attack whose mentions changed is recomputed by fact_attacks (its new mentions are here,
    or it lost some: its mention count differs).
#}
{%- set old = adapter.get_relation(
    database=this.database, schema=this.schema, identifier='int_attack_mentions_fused'
) -%}
-- depends_on: {{ ref('int_mentions_known') }}
-- depends_on: {{ ref('int_quality_issues') }}
-- depends_on: {{ ref('stg_gazetteer_places') }}
-- depends_on: {{ ref('actors') }}
{% if incremental_build() and old is not none %}
{%- set columns = adapter.get_columns_in_relation(ref('int_mentions_known'))
    | map(attribute='name') | map('tojson') | join(', ') -%}
with current_mentions as (
    {{ current_fusion_mentions_sql(ref('int_mentions_known'), ref('int_quality_issues')) }}
),

last_mentions as (
    select {{ columns }} from {{ old }}
),

changed as (
    (select {{ columns }} from current_mentions except select {{ columns }} from last_mentions)
    union all
    (select {{ columns }} from last_mentions except select {{ columns }} from current_mentions)
),

changed_days as (
    select country_iso2, location_id, window_start + day_offset::integer as day
    from (
        select
            *,
            unnest(range(0, window_end - window_start + 1)) as day_offset
        from (
            select
                country_iso2,
                location_id,
                {{ fusion_window_start() }} as window_start,
                {{ fusion_window_end() }} as window_end
            from changed
            where event_date is not null
        )
    )
),

site_keys as (
    select distinct location_id, day from changed_days where location_id is not null
),

country_keys as (
    select distinct country_iso2, day from changed_days
    union
    select distinct r.country_iso2, r.event_date
    from (
        select location_id, event_date, country_iso2 from current_mentions
        union all
        select location_id, event_date, country_iso2 from last_mentions
    ) as r
    inner join site_keys as k on k.location_id = r.location_id and k.day = r.event_date
),

current_days as (
    select mention_id, country_iso2, location_id, window_start + day_offset::integer as day
    from (
        select
            *,
            unnest(range(0, window_end - window_start + 1)) as day_offset
        from (
            select
                mention_id,
                country_iso2,
                location_id,
                {{ fusion_window_start() }} as window_start,
                {{ fusion_window_end() }} as window_end
            from current_mentions
            where event_date is not null
        )
    )
),

reached as (
    select mention_id from changed
    union
    select d.mention_id
    from current_days as d
    inner join country_keys as k on k.country_iso2 = d.country_iso2 and k.day = d.day
    union
    select d.mention_id
    from current_days as d
    inner join site_keys as k on k.location_id = d.location_id and k.day = d.day
),

reached_days as (
    select d.* from current_days as d semi join reached using (mention_id)
),

anchor_candidates as (
    -- the mentions that can be anchors (the macro's rule): dated to a day at a site
    select m.mention_id, m.location_id, m.country_iso2, m.event_date as day
    from current_mentions as m
    left join {{ ref('stg_gazetteer_places') }} as p on p.location_id = m.location_id
    where not m.is_background
        and m.date_precision = 'day'
        and m.event_date is not null
        and m.location_id is not null
        and coalesce(p.feature_type, 'other') not in ('country', 'admin1', 'region')
),

anchor_keys_reached as (
    select a.location_id, a.day
    from anchor_candidates as a
    inner join (select distinct country_iso2, day from reached_days) as k
        on k.country_iso2 = a.country_iso2 and k.day = a.day
    union
    select a.location_id, a.day
    from anchor_candidates as a
    inner join (select distinct location_id, day from reached_days) as k
        on k.location_id = a.location_id and k.day = a.day
),

refused as (
    select mention_id from reached
    union
    select a.mention_id
    from anchor_candidates as a
    inner join anchor_keys_reached as k on k.location_id = a.location_id and k.day = a.day
),

final as (
    select distinct mention_id from refused
)

select * from final
{% else %}
select null::varchar as mention_id
where false
{% endif %}
