-- One row per statement in an article that counts many attacks or casualties (not an event).
{#
    A build on new loads (ATTACK_LEDGER_INCREMENTAL_BUILD=true) makes only the rows of the
    articles in int_changed_articles, replaces theirs (delete+insert on the article), and drops
    the rows of a changed article whose latest version no longer makes any; any other build
    makes every row. Both give the same rows.
#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_id',
    on_schema_change='fail',
    meta={'rebuilt_unless_incremental_build': true},
    post_hook="delete from {{ this }} where article_id in
        (select article_id from {{ ref('int_changed_articles') }})
        and version_id not in (select latest_version_id from {{ ref('dim_article') }})",
) }}
-- depends_on: {{ ref('int_changed_articles') }}
-- depends_on: {{ ref('stg_extraction_log') }}
-- depends_on: {{ ref('stg_articles') }}
with statements as (
    {% if is_incremental() %}
    {{ current_extraction(
        'aggregates',
        articles_where="article_id in (select article_id from " ~ ref('int_changed_articles') ~ ")"
    ) }}
    {% else %}
    select * from {{ ref('stg_aggregate_statements') }}
    {% endif %}
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
