-- One row per (plausibility check, row it caught), with the evidence and what was done about it.
with issues as (
    select * from {{ ref('int_quality_issues') }}
),

articles as (
    select version_id, source_uri, url, publisher from {{ ref('stg_articles') }}
),

final as (
    select
        issues.issue_id,
        issues.check_name,
        issues.subject_type,
        issues.subject_id,
        issues.article_id,
        issues.version_id,
        articles.source_uri,
        articles.url,
        articles.publisher,
        issues.location_id,
        issues.evidence,
        issues.evidence_text,
        issues.action
    from issues
    left join articles using (version_id)
)

select * from final
