-- A returned row is an attack dated after the day it was first reported.
select attack_id, event_date, first_reported_at
from {{ ref('fact_attacks') }}
where event_date > first_reported_at::date
