-- One row per article version, with its story: the syndicated copies and light rewrites of one text.
{#
    Versions sharing a MinHash band key (ingest/neardup.py) are candidates; each is compared with
    the smallest version id of each of its bands (its band heads), never with every other member,
    so the cost stays linear however many copies a dispatch has. A head whose signature agrees
    on at least var story_similarity of the 64 values confirms the copy (head_id: the smallest
    confirmed head); the story is that head's own story head (else that head), else the version
    itself. Ids, not load order, decide: the same versions give the same stories.

    A build on new loads (ATTACK_LEDGER_INCREMENTAL_BUILD=true) compares again only the versions
    that share a band with a new version (a new version can become a band's head: only that
    band's members see other heads), and rewrites their rows and the rows of the versions whose
    head is one of them (their story is their head's head); every other version keeps its head,
    so its row. Any other build makes every row. Both give the same rows.
#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='version_id',
    meta={'rebuilt_unless_incremental_build': true},
) }}
with articles as (
    select version_id, article_id, publisher from {{ ref('stg_articles') }}
),

minhashes as (
    select * from {{ ref('stg_article_minhashes') }}
),

-- a build on new loads reads the band rows several times; a full build once, as a stream
bands as {% if is_incremental() %}materialized{% else %}not materialized{% endif %} (
    select version_id, unnest(string_split(band_keys, ' ')) as band_key
    from minhashes
),

{% if is_incremental() %}
new_versions as (
    select version_id from articles
    anti join {{ this }} using (version_id)
),

-- the versions sharing a band with a new version (the new ones among them): compared again
refreshed as materialized (
    select distinct version_id
    from bands
    semi join (
        select distinct band_key from bands semi join new_versions using (version_id)
    ) as touched using (band_key)
),

scope_bands as (
    select distinct band_key from bands semi join refreshed using (version_id)
),
{% endif %}

-- each version with the smallest version id of each of its bands (its band head): a window over
-- the band rows partitioned by band, which DuckDB sorts and spills beyond its memory limit (a join
-- with a table of every band's head held more in memory: README "Memory")
candidates as (
    select distinct version_id, head_id
    from (
        select version_id, min(version_id) over (partition by band_key) as head_id
        from bands
        {% if is_incremental() %}
        semi join scope_bands using (band_key)
        {% endif %}
    ) as band_heads
    where head_id < version_id
    {% if is_incremental() %}
        and version_id in (select version_id from refreshed)
    {% endif %}
),

confirmed as (
    select c.version_id, min(c.head_id) as head_id
    from candidates as c
    inner join minhashes as m on m.version_id = c.version_id
    inner join minhashes as hm on hm.version_id = c.head_id
    where len(list_filter(
        range(64),
        i -> substr(m.signature, i * 8 + 1, 8) = substr(hm.signature, i * 8 + 1, 8)
    )) >= 64 * {{ var('story_similarity') }}
    group by c.version_id
),

{% if is_incremental() %}
-- each version's confirmed head: compared again for the refreshed ones, as it was for the others
heads as (
    select version_id, head_id from confirmed
    union all
    select version_id, head_id
    from {{ this }}
    where head_id is not null
        and version_id not in (select version_id from refreshed)
),

rewritten as (
    select version_id from refreshed
    union
    select version_id from new_versions
    union
    select version_id from {{ this }} where head_id in (select version_id from refreshed)
),

stories as (
    select
        a.version_id,
        c.head_id,
        coalesce(head.head_id, c.head_id, a.version_id) as story_id
    from articles as a
    semi join rewritten using (version_id)
    left join heads as c using (version_id)
    left join heads as head on head.version_id = c.head_id
),
{% else %}
stories as (
    select
        a.version_id,
        c.head_id,
        coalesce(head.head_id, c.head_id, a.version_id) as story_id
    from articles as a
    left join confirmed as c using (version_id)
    left join confirmed as head on head.version_id = c.head_id
),
{% endif %}

final as (
    select
        s.version_id,
        s.story_id,
        s.story_id != s.version_id as is_copy,
        origin.publisher as story_publisher,
        s.head_id
    from stories as s
    left join articles as origin on origin.version_id = s.story_id
)

select * from final
