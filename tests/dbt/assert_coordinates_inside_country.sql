-- A returned row is a place whose coordinates fall outside its country's bounding box (the box
-- of the country's populated places, see the gazetteer source), with a 0.3 degree margin.
select l.location_id, l.location_name, l.country_iso2, l.latitude, l.longitude
from {{ ref('dim_location') }} as l
inner join {{ source('gazetteer', 'country_bounds') }} as b using (country_iso2)
where l.latitude is not null
  and (
    l.latitude not between b.min_latitude - 0.3 and b.max_latitude + 0.3
    or l.longitude not between b.min_longitude - 0.3 and b.max_longitude + 0.3
  )
