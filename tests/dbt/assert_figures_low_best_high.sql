-- A returned row is an attack whose casualty figures are out of order (low <= best <= high).
select attack_id, fatalities_low, fatalities_best, fatalities_high,
       injured_low, injured_best, injured_high
from {{ ref('fact_attacks') }}
where fatalities_low > fatalities_best
   or fatalities_best > fatalities_high
   or fatalities_low > fatalities_high
   or injured_low > injured_best
   or injured_best > injured_high
   or injured_low > injured_high
