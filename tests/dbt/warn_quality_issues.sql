{{ config(severity='warn') }}
-- A returned row is a row a plausibility check flagged (marts.quality_issues): the build warns and
-- goes on, the row kept out of the facts where it would mislead.
select check_name, subject_type, subject_id, evidence
from {{ ref('quality_issues') }}
