-- A returned row is an attack with no evidence sentence behind it in the bridge.
select f.attack_id
from {{ ref('fact_attacks') }} as f
left join {{ ref('bridge_attack_mentions') }} as b
    on b.attack_id = f.attack_id and b.evidence_text is not null and length(b.evidence_text) > 0
group by f.attack_id
having count(b.mention_id) = 0
