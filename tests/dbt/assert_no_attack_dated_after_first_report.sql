-- A returned row is an attack dated after the day (UTC) it was first reported. Fusion guarantees
-- none: mentions dated after their report are kept out (quality_issues), and a mention attaches
-- only to an attack dated up to the day it was known.
select attack_id, event_date, first_reported_at
from {{ ref('fact_attacks') }}
where event_date > timezone('UTC', first_reported_at)::date
