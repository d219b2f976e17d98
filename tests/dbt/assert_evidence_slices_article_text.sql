-- A returned row is a mention or aggregate statement whose offsets do not slice its article
-- version's text to its evidence sentence (offsets are 0-based, in characters, end exclusive).
with evidence as (
    select 'mention' as kind, mention_id as id, version_id, evidence_start, evidence_end,
           evidence_text
    from {{ ref('mention_history') }}
    union all
    select 'aggregate', aggregate_id, version_id, evidence_start, evidence_end, evidence_text
    from {{ ref('aggregate_statements') }}
)

select e.kind, e.id, e.version_id, e.evidence_start, e.evidence_end
from evidence as e
inner join {{ ref('stg_articles') }} as a using (version_id)
where substring(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start)
      is distinct from e.evidence_text
