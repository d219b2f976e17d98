-- One row per statement in an article that counts many attacks or casualties (not an event).
with statements as (
    select * from {{ ref('stg_aggregate_statements') }}
),

articles as (
    select article_id, title, publisher, language, published_at, url
    from {{ ref('dim_article') }}
),

final as (
    select
        statements.aggregate_id,
        statements.article_id,
        statements.version_id,
        articles.title,
        articles.publisher,
        articles.language,
        articles.published_at,
        articles.url,
        statements.quantity,
        statements.quantity_low,
        statements.quantity_high,
        statements.qualifier,
        statements.unit,
        statements.period_start,
        statements.period_end,
        statements.period_text,
        statements.sentence_index,
        statements.evidence_start,
        statements.evidence_end,
        statements.evidence_text
    from statements
    inner join articles using (article_id)
)

select * from final
