-- A returned row is an attack field whose value no mention of the attack gave: every value of a
-- fact must be traceable to at least one evidence sentence.
with facts as (
    select f.*, l.location_name, l.feature_type,
           att.actor_name as attacker_name, tgt.actor_name as target_name,
           clm.actor_name as claimed_by_name
    from {{ ref('fact_attacks') }} as f
    inner join {{ ref('dim_location') }} as l using (location_id)
    inner join {{ ref('dim_actor') }} as att on att.actor_id = f.attacker_actor_id
    inner join {{ ref('dim_actor') }} as tgt on tgt.actor_id = f.target_actor_id
    inner join {{ ref('dim_actor') }} as clm on clm.actor_id = f.claimed_by_actor_id
),

traced as (
    select
        f.attack_id,
        bool_or(b.location_id = f.location_id
                or (f.feature_type = 'country' and b.country_iso2 = f.location_id)
                or (f.feature_type = 'country' and lower(b.country_iso2) = f.location_id)
                or f.location_id = 'unknown') as place_ok,
        bool_or(b.weapon = f.weapon or f.weapon = 'unknown') as weapon_ok,
        bool_or(b.attacker = f.attacker_name or b.claimed_by = f.attacker_name
                or f.attacker_actor_id = 'unknown') as attacker_ok,
        bool_or(b.target = f.target_name or f.target_actor_id = 'unknown') as target_ok,
        bool_or(b.claimed_by = f.claimed_by_name or f.claimed_by_actor_id = 'unknown')
            as claimed_ok,
        bool_or(b.killed = f.fatalities_best or f.fatalities_best is null) as killed_ok,
        bool_or(b.wounded = f.injured_best or f.injured_best is null) as wounded_ok,
        bool_or(b.projectile_count = f.projectile_count or f.projectile_count is null)
            as count_ok
    from facts as f
    inner join {{ ref('bridge_attack_mentions') }} as b using (attack_id)
    group by f.attack_id
)

select *
from traced
where not (place_ok and weapon_ok and attacker_ok and target_ok and claimed_ok
           and killed_ok and wounded_ok and count_ok)
