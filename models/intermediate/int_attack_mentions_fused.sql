-- One row per attack mention in the current marts, with the attack it was fused into and why.
with
{{ attack_assignments_sql(
    mentions=ref('int_mentions_known'),
    places=ref('stg_gazetteer_places'),
    issues=ref('int_quality_issues'),
    as_of="'infinity'::timestamptz"
) }}

select * from assignments
