-- One row per place of the gazetteer, plus the explicit unknown member.
with places as (
    select * from {{ ref('stg_gazetteer_places') }}
),

flagged_points as (
    -- places whose point lies outside their country (int_quality_issues): no point rather than a wrong one
    select subject_id as location_id
    from {{ ref('int_quality_issues') }}
    where check_name = 'coordinates_outside_country'
),

countries as (
    select country_iso2, country_iso3, location_name as country_name
    from places
    where feature_type = 'country'
),

known_places as (
    select
        places.location_id,
        places.location_name,
        places.name_fr,
        places.feature_type,
        places.admin1,
        places.admin2,
        places.country_iso2,
        places.country_iso3,
        countries.country_name,
        case when flagged_points.location_id is null then places.latitude end as latitude,
        case when flagged_points.location_id is null then places.longitude end as longitude,
        places.population,
        places.parent_location_id,
        places.geonames_id,
        places.source
    from places
    left join countries using (country_iso2)
    left join flagged_points using (location_id)
),

unknown_member as (
    select
        'unknown' as location_id,
        'Unknown' as location_name,
        null::varchar as name_fr,
        'unknown' as feature_type,
        null::varchar as admin1,
        null::varchar as admin2,
        null::varchar as country_iso2,
        null::varchar as country_iso3,
        null::varchar as country_name,
        null::double as latitude,
        null::double as longitude,
        null::bigint as population,
        null::varchar as parent_location_id,
        null::bigint as geonames_id,
        'none' as source
)

select * from known_places
union all
select * from unknown_member
