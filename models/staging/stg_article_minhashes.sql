-- One row per article version with a MinHash signature (versions loaded before detection have none).
{%- set raw_minhashes = source('raw', 'article_minhashes') %}
{%- set loaded = adapter.get_relation(
    database=raw_minhashes.database,
    schema=raw_minhashes.schema,
    identifier=raw_minhashes.identifier
) %}
{%- if loaded is not none %}
with minhashes as (
    select * from {{ source('raw', 'article_minhashes') }}
),

final as (
    select version_id, signature, band_keys
    from minhashes
)

select * from final
{%- else %}
-- the warehouse was loaded before signatures existed: no row, every version its own story
select null::varchar as version_id, null::varchar as signature, null::varchar as band_keys
where false
{%- endif %}
