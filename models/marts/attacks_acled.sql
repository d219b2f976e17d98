-- One row per attack, with ACLED's column names and conventions, to append to an ACLED export.
with facts as (
    select * from {{ ref('fact_attacks') }}
),

locations as (
    select * from {{ ref('dim_location') }}
),

actors as (
    select * from {{ ref('dim_actor') }}
),

final as (
    select
        coalesce(l.country_iso3, 'UNK') || 'AL' || upper(left(f.attack_id, 10)) as event_id_cnty,
        f.event_date,
        year(f.event_date) as year,
        f.time_precision,
        f.disorder_type,
        f.event_type,
        f.sub_event_type,
        -- ACLED names an attacker nobody identified "Unidentified Armed Group (Country)".
        case
            when f.attacker_actor_id != 'unknown' then a1.actor_name
            else 'Unidentified Armed Group (' || coalesce(l.country_name, 'Unknown') || ')'
        end as actor1,
        case
            when f.claimed_by_actor_id not in ('unknown', f.attacker_actor_id) then a3.actor_name
        end as assoc_actor_1,
        case when f.attacker_actor_id != 'unknown' then a1.acled_actor_type else 3 end as inter1,
        case when f.target_actor_id != 'unknown' then a2.actor_name end as actor2,
        null::varchar as assoc_actor_2,
        a2.acled_actor_type as inter2,
        case
            when a2.acled_actor_type is null then null
            else least(coalesce(a1.acled_actor_type, 3), a2.acled_actor_type) * 10
                + greatest(coalesce(a1.acled_actor_type, 3), a2.acled_actor_type)
        end as interaction,
        case when a2.kind = 'civilians' then 'Civilian targeting' end as civilian_targeting,
        l.country_iso3 as iso,
        l.country_name as country,
        case when l.feature_type not in ('country', 'unknown') then l.admin1 end as admin1,
        null::varchar as admin2,
        null::varchar as admin3,
        case when l.feature_type not in ('country', 'unknown') then l.location_name
            else l.country_name end as location,
        l.latitude,
        l.longitude,
        f.geo_precision,
        f.notes,
        -- ACLED records the most conservative figure, and 0 where none is reported.
        coalesce(f.fatalities_best, f.fatalities_low, 0) as fatalities,
        case when f.certainty = 'hedged' then 'unconfirmed report' end as tags,
        epoch(f.last_reported_at)::bigint as "timestamp",
        f.attack_id
    from facts as f
    inner join locations as l using (location_id)
    left join actors as a1 on a1.actor_id = f.attacker_actor_id
    left join actors as a2 on a2.actor_id = f.target_actor_id
    left join actors as a3 on a3.actor_id = f.claimed_by_actor_id
)

select * from final
