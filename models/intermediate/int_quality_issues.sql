-- One row per (plausibility check, row it caught): mentions and places that would mislead the facts.
{#
    These checks flag data; they never stop a build (structural checks, in the YAML and
    tests/dbt, still do). A flagged mention is kept out of the fusion (current marts and
    attacks_as_of alike) and stays in mention_history; a flagged place keeps its row in
    dim_location without its point. marts.quality_issues shows every row with its evidence.
#}
with mentions as (
    select * from {{ ref('int_mentions_known') }}
),

places as (
    select * from {{ ref('stg_gazetteer_places') }}
),

bounds as (
    select * from {{ source('gazetteer', 'country_bounds') }}
),

mention_days as (
    select
        *,
        case date_precision
            when 'day' then event_date
            when 'week' then event_date - interval 6 day
            when 'month' then date_trunc('month', event_date)
        end::date as window_start,
        timezone('UTC', known_from)::date as known_day
    from mentions
),

dated_after_report as (
    -- the earliest day the event could have happened is after the day its report was known
    select
        'event_dated_after_report' as check_name,
        'mention' as subject_type,
        mention_id as subject_id,
        article_id,
        version_id,
        location_id,
        'event dated ' || strftime(event_date, '%Y-%m-%d') || ' (' || date_precision
            || ') but the article version was known on ' || strftime(known_day, '%Y-%m-%d')
            as evidence,
        evidence_text
    from mention_days
    where window_start > known_day
),

toll_too_large as (
    select
        'implausible_toll' as check_name,
        'mention' as subject_type,
        mention_id as subject_id,
        article_id,
        version_id,
        location_id,
        'a single attack with '
            || concat_ws(
                ', ',
                case when greatest(killed, killed_low, killed_high) > {{ var('max_plausible_toll') }}
                    then greatest(killed, killed_low, killed_high) || ' killed' end,
                case when greatest(wounded, wounded_low, wounded_high) > {{ var('max_plausible_toll') }}
                    then greatest(wounded, wounded_low, wounded_high) || ' wounded' end
            )
            || ' (more than {{ var("max_plausible_toll") }}): likely a cumulative figure' as evidence,
        evidence_text
    from mentions
    where greatest(killed, killed_low, killed_high) > {{ var('max_plausible_toll') }}
        or greatest(wounded, wounded_low, wounded_high) > {{ var('max_plausible_toll') }}
),

toll_out_of_order as (
    select
        'toll_out_of_order' as check_name,
        'mention' as subject_type,
        mention_id as subject_id,
        article_id,
        version_id,
        location_id,
        'killed ' || coalesce(killed_low::varchar, '?') || ' <= ' || coalesce(killed::varchar, '?')
            || ' <= ' || coalesce(killed_high::varchar, '?') || ', wounded '
            || coalesce(wounded_low::varchar, '?') || ' <= ' || coalesce(wounded::varchar, '?')
            || ' <= ' || coalesce(wounded_high::varchar, '?') || ' does not hold' as evidence,
        evidence_text
    from mentions
    where killed_low > killed or killed > killed_high or killed_low > killed_high
        or wounded_low > wounded or wounded > wounded_high or wounded_low > wounded_high
),

projectiles_too_many as (
    select
        'implausible_projectile_count' as check_name,
        'mention' as subject_type,
        mention_id as subject_id,
        article_id,
        version_id,
        location_id,
        projectile_count || ' projectiles in one attack (more than '
            || {{ var('max_plausible_projectiles') }} || ')' as evidence,
        evidence_text
    from mentions
    where projectile_count > {{ var('max_plausible_projectiles') }}
),

place_outside_country as (
    -- the box of the country's populated places, with a 0.3 degree margin
    select
        'coordinates_outside_country' as check_name,
        'place' as subject_type,
        p.location_id as subject_id,
        null::varchar as article_id,
        null::varchar as version_id,
        p.location_id,
        p.location_name || ' at (' || p.latitude || ', ' || p.longitude || ') lies outside the box of '
            || p.country_iso2 || ' (' || b.min_latitude || ' to ' || b.max_latitude || ', '
            || b.min_longitude || ' to ' || b.max_longitude || ')' as evidence,
        null::varchar as evidence_text
    from places as p
    inner join bounds as b using (country_iso2)
    where p.latitude is not null
        and (
            p.latitude not between b.min_latitude - 0.3 and b.max_latitude + 0.3
            or p.longitude not between b.min_longitude - 0.3 and b.max_longitude + 0.3
        )
),

flagged as (
    select * from dated_after_report
    union all
    select * from toll_too_large
    union all
    select * from toll_out_of_order
    union all
    select * from projectiles_too_many
    union all
    select * from place_outside_country
),

final as (
    select
        md5(check_name || '|' || subject_type || '|' || subject_id) as issue_id,
        check_name,
        subject_type,
        subject_id,
        article_id,
        version_id,
        location_id,
        evidence,
        evidence_text,
        case subject_type
            when 'mention' then 'mention kept out of the facts (still in mention_history)'
            else 'point left out of dim_location and the exports'
        end as action
    from flagged
)

select * from final
