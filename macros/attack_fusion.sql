-- Fusion of attack mentions into attacks, as of a knowledge time: one rule set for the marts and for as-of queries.
{#
    The rules (documented in the README, "Fusion"):

    1. Anchors. A mention that is not a background reference, is dated to the day and is placed
       at a site or town (not a region, province or country) is an anchor. Anchors with the same
       place, day and weapon group (air strikes vs. ground-launched weapons) are one attack. An
       anchor whose weapon is unknown joins the only weapon group present at that place and day,
       else the ground group.
    2. Attachments. Any other mention joins an anchor attack when exactly one is compatible:
       place (same site; or its province, region or country contains the site), date (inside the
       mention's precision window: the day, the seven days up to a week-precision date, the
       month), weapon group (same, or unknown), and actors (no conflicting attacker or claimant).
    3. Otherwise the mention makes (or shares) an attack of its own, keyed by its place, date,
       precision and weapon group; an undated mention merges only with the undated mentions of
       the same place and weapon group in copies of its own story (int_article_stories), so that
       syndicated copies of one dispatch make one attack, not one per copy.

    A report cannot tell of an attack after the day it was known: a mention attaches only to an
    attack dated up to that day, and a mention whose own date is later is one of the rows the
    plausibility checks keep out of the facts (``issues``, int_quality_issues), with implausible
    tolls and projectile counts.

    Everything is a function of the set of mentions known at ``as_of``: the same set gives the same
    attacks and the same attack ids, whatever order the articles were loaded in.

    ``mentions`` is a relation with the columns of int_mentions_known; ``places`` the gazetteer;
    ``issues`` the relation of int_quality_issues; ``as_of`` a SQL expression of type timestamptz.
#}
{# The first and last day a mention's date can stand for (its precision window). #}
{% macro fusion_window_start() -%}
    case date_precision
        when 'day' then event_date
        when 'week' then event_date - interval 6 day
        when 'month' then date_trunc('month', event_date)
    end::date
{%- endmacro %}

{% macro fusion_window_end() -%}
    case date_precision
        when 'day' then event_date
        when 'week' then event_date
        when 'month' then last_day(event_date)
    end::date
{%- endmacro %}


{# The mentions the current marts fuse: known now (no later version), not flagged. #}
{% macro current_fusion_mentions_sql(mentions, issues) -%}
    select m.*
    from {{ mentions }} as m
    anti join {{ issues }} as q on q.subject_type = 'mention' and q.subject_id = m.mention_id
    where m.known_from <= 'infinity'::timestamptz
      and (m.known_until is null or m.known_until > 'infinity'::timestamptz)
{%- endmacro %}


{% macro attack_assignments_sql(mentions, places, issues, as_of) %}
known as (
    select m.*, p.feature_type as place_feature_type
    from {{ mentions }} as m
    left join {{ places }} as p on p.location_id = m.location_id
    anti join {{ issues }} as q on q.subject_type = 'mention' and q.subject_id = m.mention_id
    where m.known_from <= {{ as_of }}
      and (m.known_until is null or m.known_until > {{ as_of }})
),

classified as (
    select
        *,
        -- A state force's drone strike is flown like an air strike: it never fuses with the
        -- militia drone or rocket attacks it may answer.
        case
            when weapon = 'airstrike' then 'air'
            when weapon = 'drone' and attacker in (
                select actor_name from {{ ref('actors').include(database=false) }}
                where kind in ('state_force', 'external_force', 'government')
            ) then 'air'
            when weapon = 'unknown' then null
            else 'ground'
        end as weapon_group,
        location_id is not null
            and coalesce(place_feature_type, 'other') not in ('country', 'admin1', 'region')
            as is_site,
        {{ fusion_window_start() }} as window_start,
        {{ fusion_window_end() }} as window_end,
        timezone('UTC', known_from)::date as known_day
    from known
),

anchors as (
    select *
    from classified
    where not is_background and date_precision = 'day' and is_site and event_date is not null
),

anchor_groups_present as (
    select location_id, event_date, list(distinct weapon_group order by weapon_group) as groups
    from anchors
    where weapon_group is not null
    group by location_id, event_date
),

anchor_keys as (
    select
        a.*,
        coalesce(
            a.weapon_group,
            case when len(g.groups) = 1 then g.groups[1] end,
            'ground'
        ) as resolved_group
    from anchors as a
    left join anchor_groups_present as g using (location_id, event_date)
),

anchor_attacks as (
    select
        'site|' || location_id || '|' || event_date::varchar || '|' || resolved_group
            as attack_key,
        min(location_id) as location_id,
        min(admin1) as admin1,
        min(country_iso2) as country_iso2,
        min(event_date) as event_date,
        min(resolved_group) as weapon_group,
        list_sort(list_distinct(
            coalesce(list(attacker) filter (where attacker is not null), [])
            || coalesce(list(claimed_by) filter (where claimed_by is not null), [])
        )) as actors
    from anchor_keys
    group by 1
),

others as (
    select c.*
    from classified as c
    where c.mention_id not in (select mention_id from anchors)
),

anchor_places as (
    -- each anchor attack under the three keys a mention can reach it by: its site, its
    -- province, its country (a null part leaves the key null: nothing joins it)
    select attack_key, event_date, weapon_group, actors, 'site' as place_rule,
        location_id as place_key
    from anchor_attacks
    union all
    select attack_key, event_date, weapon_group, actors, 'admin1', country_iso2 || '|' || admin1
    from anchor_attacks
    union all
    select attack_key, event_date, weapon_group, actors, 'country', country_iso2
    from anchor_attacks
),

mention_days as (
    -- each dated mention that is no anchor, once per day of its window up to the day it was
    -- known, under the one place rule that applies to it (site, province, or country)
    select
        mention_id,
        weapon_group,
        attacker,
        claimed_by,
        place_rule,
        case place_rule
            when 'site' then location_id
            when 'admin1' then country_iso2 || '|' || admin1
            else country_iso2
        end as place_key,
        window_start + day_offset::integer as day
    from (
        select
            *,
            case
                when is_site then 'site'
                when place_feature_type = 'admin1' then 'admin1'
                when location_id is null or place_feature_type in ('region', 'country')
                    then 'country'
            end as place_rule,
            unnest(range(0, least(window_end, known_day) - window_start + 1)) as day_offset
        from others
        where event_date is not null
    )
),

candidates as (
    -- equi-joins on (place rule, place key, day): linear in the mentions' days
    select d.mention_id, a.attack_key
    from mention_days as d
    inner join anchor_places as a
        on a.place_rule = d.place_rule
        and a.place_key = d.place_key
        and a.event_date = d.day
    where (d.weapon_group is null or d.weapon_group = a.weapon_group)
        and (
            len(a.actors) = 0
            or (d.attacker is null and d.claimed_by is null)
            or list_contains(a.actors, d.attacker)
            or list_contains(a.actors, d.claimed_by)
        )
),

candidate_counts as (
    select mention_id, count(*) as n, min(attack_key) as attack_key
    from candidates
    group by mention_id
),

assigned as (
    select
        mention_id,
        'site|' || location_id || '|' || event_date::varchar || '|' || resolved_group
            as attack_key,
        'anchor: reported at this site on this day' as merge_rule
    from anchor_keys

    union all

    select
        o.mention_id,
        case
            when cc.n = 1 then cc.attack_key
            when o.event_date is null then 'undated|' || coalesce(o.story_id, o.mention_id)
                || '|' || coalesce(o.location_id, lower(o.country_iso2), 'unknown')
                || '|' || coalesce(o.weapon_group, 'any')
            else 'own|' || coalesce(o.location_id, lower(o.country_iso2), 'unknown')
                || '|' || o.event_date::varchar || '|' || o.date_precision
                || '|' || coalesce(o.weapon_group, 'any')
        end as attack_key,
        case
            when cc.n = 1 then 'attached: the only compatible attack (place, date window, weapon, actors)'
            when cc.n > 1 then 'own attack: ' || cc.n || ' compatible attacks, too ambiguous to merge'
            when o.event_date is null then 'own attack: undated, merged only with copies of its story'
            else 'own attack: no compatible attack'
        end as merge_rule
    from others as o
    left join candidate_counts as cc using (mention_id)
),

assignments as (
    select
        k.*,
        case when k.weapon = 'unknown' then null else k.weapon end as weapon_known,
        k.projectile_count::varchar as projectile_text,
        a.attack_key,
        md5(a.attack_key) as attack_id,
        a.merge_rule
    from classified as k
    inner join assigned as a using (mention_id)
)
{% endmacro %}


{#
    One row per attack from the assignments CTE above: dates, place, actors, weapon, figures
    across sources (low / best / high), provenance counts and a plain-language note.
    Conflicting figures are kept: low is the lowest figure any source gives, high the highest,
    best the most conservative precise figure (ACLED's rule: the lowest stated number).
#}
{% macro attack_facts_sql(places, actors, taxonomy) %}
value_counts as (
    select attack_id, field, value, count(*) as n
    from assignments
    unpivot (
        value for field in (
            attacker,
            target,
            claimed_by,
            weapon_known,
            projectile_text
        )
    )
    where value is not null
    group by all
),

modes as (
    -- the most frequent value across the attack's mentions; ties go to the first in sort order
    -- (arg_min over (-n, value), a plain aggregate: an aggregate with order by holds every row
    -- of its groups in memory, which DuckDB cannot spill)
    select
        attack_id,
        arg_min(value, (-n, value)) filter (where field = 'attacker') as attacker_name,
        arg_min(value, (-n, value)) filter (where field = 'target') as target_name,
        arg_min(value, (-n, value)) filter (where field = 'claimed_by') as claimed_by_name,
        arg_min(value, (-n, value)) filter (where field = 'weapon_known') as known_weapon,
        first(try_cast(value as integer) order by n desc, try_cast(value as integer))
            filter (where field = 'projectile_text') as projectile_count
    from value_counts
    group by attack_id
),

per_attack as (
    select
        attack_id,
        min(attack_key) as attack_key,
        max(window_start) as event_date,
        min(window_end) as event_date_end,
        bool_or(attack_key like 'site|%') as is_anchored,
        min(geo_precision) as geo_precision,
        case
            when bool_or(claimed_by is not null) then 'claimed'
            when bool_or(attribution = 'attributed') then 'attributed'
            when bool_or(attribution = 'alleged') then 'alleged'
            else 'unknown'
        end as attribution,
        min(coalesce(killed_low, killed)) as fatalities_low,
        min(killed) as fatalities_best,
        max(coalesce(killed_high, killed, killed_low)) as fatalities_high,
        min(coalesce(wounded_low, wounded)) as injured_low,
        min(wounded) as injured_best,
        max(coalesce(wounded_high, wounded, wounded_low)) as injured_high,
        case
            when bool_or(certainty = 'reported') then 'reported'
            when bool_or(certainty = 'claimed') then 'claimed'
            else 'hedged'
        end as certainty,
        bool_and(is_background) as is_background_only,
        count(*) as n_mentions,
        -- copies of one story (syndication, light rewrites) count once as articles and
        -- publishers: the story's first publisher; n_copies counts every article
        count(distinct coalesce(story_id, article_id)) as n_articles,
        count(distinct coalesce(story_publisher, publisher, story_id, article_id))
            as n_publishers,
        count(distinct article_id) as n_copies,
        count(distinct language) as n_languages,
        min(known_from) as first_reported_at,
        max(known_from) as last_reported_at,
        -- the place: the anchor's site, else the most precise place any mention gives
        arg_min(location_id, (coalesce(geo_precision, 9), location_id))
            filter (where location_id is not null) as mention_location_id,
        min(country_iso2) as country_iso2
    from assignments
    group by attack_id
),

-- the attack's publishers, cited sources and articles, each once and sorted: lists of the
-- distinct pairs (rather than aggregates with distinct and order by, which hold every row of
-- their groups in memory)
publisher_lists as (
    select attack_id, array_to_string(list_sort(list(publisher)), '; ') as publishers
    from (
        select distinct
            attack_id, coalesce(story_publisher, publisher, 'an unnamed source') as publisher
        from assignments
    )
    group by attack_id
),

cited_lists as (
    select attack_id, array_to_string(list_sort(list(reported_by)), '; ') as cited_sources
    from (
        select distinct attack_id, reported_by
        from assignments
        where reported_by is not null
    )
    group by attack_id
),

article_lists as (
    select attack_id, list_sort(list(article_id)) as source_article_ids
    from (select distinct attack_id, article_id from assignments)
    group by attack_id
),

joined as (
    select
        p.*,
        publisher_lists.publishers,
        cited_lists.cited_sources,
        article_lists.source_article_ids,
        m.attacker_name,
        m.target_name,
        m.claimed_by_name,
        coalesce(m.known_weapon, 'unknown') as weapon,
        m.projectile_count,
        coalesce(p.mention_location_id, lower(p.country_iso2), 'unknown') as resolved_location_id
    from per_attack as p
    left join modes as m using (attack_id)
    left join publisher_lists using (attack_id)
    left join cited_lists using (attack_id)
    left join article_lists using (attack_id)
),

final as (
    select
        j.attack_id,
        j.event_date,
        j.event_date_end,
        case
            when j.event_date is null then null
            when j.event_date = j.event_date_end then 'day'
            when j.event_date_end - j.event_date <= 6 then 'week'
            else 'month'
        end as date_precision,
        case
            when j.event_date is null then null
            when j.event_date = j.event_date_end then 1
            when j.event_date_end - j.event_date <= 6 then 2
            else 3
        end as time_precision,
        case
            when j.event_date is null then null
            when j.event_date = j.event_date_end then 1
            when j.event_date_end - j.event_date <= 6 then 3
            else 4
        end as date_prec,
        case when l.location_id is null then 'unknown' else j.resolved_location_id end
            as location_id,
        coalesce(j.geo_precision, case when l.feature_type = 'country' then 3 end)
            as geo_precision,
        coalesce(a_att.actor_id, 'unknown') as attacker_actor_id,
        coalesce(a_tgt.actor_id, 'unknown') as target_actor_id,
        j.attribution,
        coalesce(a_clm.actor_id, 'unknown') as claimed_by_actor_id,
        j.weapon,
        j.projectile_count,
        t.acled_event_type as event_type,
        t.acled_sub_event_type as sub_event_type,
        t.acled_disorder_type as disorder_type,
        case
            when a_att.acled_actor_type is null or a_tgt.acled_actor_type is null then null
            else least(a_att.acled_actor_type, a_tgt.acled_actor_type)::integer * 10
                + greatest(a_att.acled_actor_type, a_tgt.acled_actor_type)::integer
        end as interaction,
        t.cameo_code::varchar as cameo_code,
        t.plover_event_type,
        t.plover_mode,
        j.fatalities_low,
        j.fatalities_best,
        j.fatalities_high,
        j.injured_low,
        j.injured_best,
        j.injured_high,
        j.certainty,
        j.is_background_only,
        j.n_mentions,
        j.n_articles,
        j.n_publishers,
        j.n_copies,
        j.n_languages,
        j.first_reported_at,
        j.last_reported_at,
        j.publishers as source_publishers,
        j.cited_sources as source_cited,
        j.source_article_ids,
        concat_ws(
            ' ',
            case j.weapon
                when 'drone' then 'Drone attack'
                when 'rocket' then 'Rocket attack'
                when 'missile' then 'Missile attack'
                when 'mortar' then 'Mortar attack'
                when 'artillery' then 'Artillery shelling'
                when 'airstrike' then 'Air strike'
                when 'ied' then 'IED attack'
                when 'small_arms' then 'Armed attack'
                else 'Attack'
            end
                || coalesce(' on ' || j.target_name, '')
                || case when l.feature_type in ('country', 'admin1', 'region') then ' in '
                    else ' at ' end
                || coalesce(l.location_name, 'an unknown place')
                || coalesce(' (' || nullif(concat_ws(', ', l.admin1, l.country_iso2), '') || ')', '')
                || coalesce(', ' || case
                    when j.event_date is null then null
                    when j.event_date = j.event_date_end then 'on ' || strftime(j.event_date, '%Y-%m-%d')
                    else 'between ' || strftime(j.event_date, '%Y-%m-%d')
                        || ' and ' || strftime(j.event_date_end, '%Y-%m-%d')
                end, ', date unknown') || '.',
            case
                when j.claimed_by_name is not null then 'Claimed by ' || j.claimed_by_name || '.'
                when j.attacker_name is not null then 'Attributed to ' || j.attacker_name || '.'
            end,
            case
                when j.fatalities_best is not null or j.injured_best is not null then
                    coalesce(j.fatalities_best::varchar, 'an unknown number of') || ' killed, '
                    || coalesce(j.injured_best::varchar, 'an unknown number of') || ' wounded.'
            end,
            'Sources: ' || j.n_articles || ' article' || case when j.n_articles > 1 then 's' else '' end
                || ' (' || j.publishers || ')'
                || case when j.n_copies > j.n_articles then ', ' || j.n_copies || ' copies' else '' end
                || coalesce(', citing ' || j.cited_sources, '') || '.'
        ) as notes,
        j.attack_key
    from joined as j
    left join {{ places }} as l on l.location_id = j.resolved_location_id
    left join {{ actors }} as a_att on a_att.actor_name = j.attacker_name
    left join {{ actors }} as a_tgt on a_tgt.actor_name = j.target_name
    left join {{ actors }} as a_clm on a_clm.actor_name = j.claimed_by_name
    left join {{ taxonomy }} as t on t.weapon = j.weapon
)
{% endmacro %}


{#
    The DuckDB table macro marts.attacks_as_of(ts): the attacks, with their figures, that the
    article versions known at ts supported. Created after fact_attacks is built, from the same
    rules, over schema-qualified relations so it works on a renamed copy of the file too.
#}
{% macro create_attacks_as_of_macro() %}
{%- set mentions = ref('int_mentions_known').include(database=false) -%}
{%- set places = ref('stg_gazetteer_places').include(database=false) -%}
{%- set issues = ref('int_quality_issues').include(database=false) -%}
create or replace macro {{ this.schema }}.attacks_as_of(as_of_ts) as table
with
{{ attack_assignments_sql(
    mentions=mentions, places=places, issues=issues, as_of='as_of_ts::timestamptz'
) }},
{{ attack_facts_sql(
    places=places,
    actors=ref('actors').include(database=false),
    taxonomy=ref('event_taxonomy').include(database=false)
) }}
select * exclude (attack_key) from final
{% endmacro %}


{#
    The DuckDB table macro marts.attack_mentions_as_of(ts): which attack each mention known at
    ts was fused into, and why (the bridge as of ts; the report's attack pages use it).
#}
{% macro create_attack_mentions_as_of_macro() %}
{%- set mentions = ref('int_mentions_known').include(database=false) -%}
{%- set places = ref('stg_gazetteer_places').include(database=false) -%}
{%- set issues = ref('int_quality_issues').include(database=false) -%}
create or replace macro {{ this.schema }}.attack_mentions_as_of(as_of_ts) as table
with
{{ attack_assignments_sql(
    mentions=mentions, places=places, issues=issues, as_of='as_of_ts::timestamptz'
) }}
select
    attack_id, mention_id, article_id, version_id, source_uri, publisher, language, known_from,
    merge_rule, sentence_index, evidence_start, evidence_end, evidence_text, event_date,
    date_precision, location_name, country_iso2, attacker, target, claimed_by, weapon,
    projectile_count, killed, killed_low, killed_high, wounded, wounded_low, wounded_high,
    reported_by, is_background, certainty
from assignments
{% endmacro %}
