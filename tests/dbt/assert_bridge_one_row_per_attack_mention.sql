-- A returned row is an (attack, mention) pair that appears more than once, or a mention fused
-- into more than one attack: the bridge's grain is one row per mention.
select mention_id, count(*) as n, count(distinct attack_id) as attacks
from {{ ref('bridge_attack_mentions') }}
group by mention_id
having count(*) > 1
