-- One row per article version, with its story: the syndicated copies and light rewrites of one text.
{#
    Versions sharing a MinHash band key (ingest/neardup.py) are candidates; each is compared with
    the smallest version id of each of its bands (its band heads), never with every other member,
    so the cost stays linear however many copies a dispatch has. A head whose signature agrees
    on at least var story_similarity of the 64 values confirms the copy; the story is the
    smallest confirmed head's own story (else that head), else the version itself. Ids, not load
    order, decide: the same versions give the same stories.
#}
with articles as (
    select version_id, article_id, publisher from {{ ref('stg_articles') }}
),

minhashes as (
    select * from {{ ref('stg_article_minhashes') }}
),

bands as (
    select version_id, unnest(string_split(band_keys, ' ')) as band_key
    from minhashes
),

band_heads as (
    select band_key, min(version_id) as head_id
    from bands
    group by band_key
),

candidates as (
    select distinct b.version_id, h.head_id
    from bands as b
    inner join band_heads as h using (band_key)
    where h.head_id < b.version_id
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

stories as (
    select
        a.version_id,
        coalesce(head.head_id, c.head_id, a.version_id) as story_id
    from articles as a
    left join confirmed as c using (version_id)
    left join confirmed as head on head.version_id = c.head_id
),

final as (
    select
        s.version_id,
        s.story_id,
        s.story_id != s.version_id as is_copy,
        origin.publisher as story_publisher
    from stories as s
    left join articles as origin on origin.version_id = s.story_id
)

select * from final
