-- One row per gazetteer place, copied into the warehouse from the generated Parquet file, so
-- that the marts and the as-of macro never depend on a file outside the warehouse.
{{ config(materialized='table') }}

with places as (
    select * from {{ source('gazetteer', 'places') }}
)

select
    location_id,
    location_name,
    name_fr,
    feature_type,
    admin1,
    admin2,
    country_iso2,
    country_iso3,
    latitude,
    longitude,
    population,
    parent_location_id,
    geonames_id,
    source
from places
