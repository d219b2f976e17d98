-- ACLED- and UCDP GED-shaped rows of the attacks, for the views and the export table macros.
{#
    Each macro takes ``facts``, a relation with the columns of fact_attacks (the mart itself, or
    marts.attacks_as_of(ts) inside a table macro), and gives one row per attack: the columns,
    types and codes of the dataset (tests/fixtures/codebooks/ lists them with their sources),
    then ``attack_id`` and ``left_out``, the reason an export leaves the row out (null when it
    is written). Relations are named without the database, so the same SQL works in the
    working file, in the published copy and inside table macros.
#}

{% macro _export_relations() %}
locations as (
    select * from {{ ref('dim_location').include(database=false) }}
),

actors as (
    select * from {{ ref('dim_actor').include(database=false) }}
),

countries as (
    select * from {{ ref('country_codes').include(database=false) }}
),

cited as (
    select * from {{ ref('reporting_sources').include(database=false) }}
),

articles as (
    select * from {{ ref('dim_article').include(database=false) }}
)
{% endmacro %}


{#
    Whether an actor is a state's forces, the government side of UCDP's state-based violence:
    state forces and governments, and a state's armed forces acting abroad (external forces
    whose id is the actor table's `<country>-armed-forces`), not private or allied groups
    (Wagner Group, the Quds Force's militias) nor multinational missions.
#}
{% macro _is_state(alias) -%}
    coalesce({{ alias }}.kind in ('state_force', 'government')
        or ({{ alias }}.kind = 'external_force' and {{ alias }}.actor_id like '%armed-forces'
            and {{ alias }}.country_iso2 is not null), false)
{%- endmacro %}


{% macro acled_rows_sql(facts) %}
with facts as (
    select * from {{ facts }}
),

{{ _export_relations() }},

international as (
    -- ACLED's source_scale: 'International' when an international news agency is cited; the
    -- scale of the other sources is not known, so it is left empty.
    select distinct f.attack_id
    from facts as f, unnest(string_split(f.source_cited, '; ')) as s(name)
    inner join cited as c on c.source_name = s.name and c.kind = 'news_agency'
),

coded as (
    select
        f.*,
        l.location_name,
        l.feature_type,
        l.admin1 as place_admin1,
        l.admin2 as place_admin2,
        l.latitude,
        l.longitude,
        l.country_name,
        c.country_iso3,
        c.iso_numeric,
        c.acled_region,
        a1.actor_name as attacker_name,
        a1.acled_actor_type as attacker_type,
        a2.actor_name as target_name,
        a2.kind as target_kind,
        a2.acled_actor_type as target_type,
        a3.actor_name as claimant_name,
        -- ACLED names an attacker nobody identified "Unidentified Armed Group (Country)", inter 3.
        case when f.attacker_actor_id <> 'unknown' then a1.acled_actor_type else 3 end as inter1,
        case when f.target_actor_id <> 'unknown' then a2.acled_actor_type end as inter2
    from facts as f
    left join locations as l using (location_id)
    left join countries as c on c.country_iso2 = l.country_iso2
    left join actors as a1 on a1.actor_id = f.attacker_actor_id
    left join actors as a2 on a2.actor_id = f.target_actor_id
    left join actors as a3 on a3.actor_id = f.claimed_by_actor_id
),

final as (
    select
        -- ACLED's id: the country's alpha-3 code and a number (nine digits from the attack id,
        -- led by 9 so that they stay apart from ACLED's own numbers).
        c.country_iso3 || '9' || lpad(
            ((('0x' || left(c.attack_id, 8))::bigint % 100000000)::varchar), 8, '0'
        ) as event_id_cnty,
        c.event_date,
        year(c.event_date)::integer as year,
        c.time_precision,
        c.disorder_type,
        c.event_type,
        c.sub_event_type,
        case
            when c.attacker_actor_id <> 'unknown' then c.attacker_name
            else 'Unidentified Armed Group (' || c.country_name || ')'
        end as actor1,
        case
            when c.claimed_by_actor_id not in ('unknown', c.attacker_actor_id) then c.claimant_name
        end as assoc_actor_1,
        c.inter1::integer as inter1,
        case when c.target_actor_id <> 'unknown' then c.target_name end as actor2,
        null::varchar as assoc_actor_2,
        c.inter2::integer as inter2,
        -- two actors: their codes, lower first (13); one actor: its code and 0 (30)
        case
            when c.inter2 is null then c.inter1 * 10
            else least(c.inter1, c.inter2) * 10 + greatest(c.inter1, c.inter2)
        end::integer as interaction,
        case when c.target_kind = 'civilians' then 'Civilian targeting' end as civilian_targeting,
        c.iso_numeric::integer as iso,
        c.acled_region as region,
        c.country_name as country,
        case when c.feature_type not in ('country', 'unknown') then c.place_admin1 end as admin1,
        case when c.feature_type not in ('country', 'admin1', 'unknown') then c.place_admin2 end
            as admin2,
        null::varchar as admin3,
        case when c.feature_type = 'country' then c.country_name else c.location_name end
            as location,
        c.latitude::double as latitude,
        c.longitude::double as longitude,
        c.geo_precision::integer as geo_precision,
        c.source_publishers as source,
        case when i.attack_id is not null then 'International' end as source_scale,
        c.notes,
        -- ACLED records the most conservative figure, and 0 where none is reported.
        coalesce(c.fatalities_best, c.fatalities_low, 0)::integer as fatalities,
        null::varchar as tags,
        epoch(c.last_reported_at)::bigint as "timestamp",
        c.attack_id,
        case
            when c.event_date is null then 'no date'
            when c.is_background_only then 'only passing mentions of an earlier attack'
            when c.country_iso3 is null then 'no country (at sea or unknown)'
        end as left_out
    from coded as c
    left join international as i using (attack_id)
)

select * from final
{% endmacro %}


{% macro ucdp_rows_sql(facts) %}
with facts as (
    select * from {{ facts }}
),

{{ _export_relations() }},

-- each attack's articles in article id order: one list per attack sorted afterwards (three
-- aggregates with an order by inside held every row of every attack in memory, and ran out of
-- DuckDB's 1GB at a million articles)
source_rows as (
    select
        f.attack_id,
        list_sort(list({
            'article_id': d.article_id,
            'source_article': coalesce(d.url, d.source_uri),
            'source_date': coalesce(strftime(d.published_at, '%Y-%m-%d'), 'date unknown'),
            'source_headline': coalesce(d.title, '')
        })) as article_rows
    from facts as f, unnest(f.source_article_ids) as u(article_id)
    inner join articles as d on d.article_id = u.article_id
    group by f.attack_id
),

sources as (
    select
        attack_id,
        array_to_string(list_transform(article_rows, a -> a.source_article), '; ')
            as source_article,
        array_to_string(list_transform(article_rows, a -> a.source_date), '; ')
            as source_date,
        array_to_string(list_transform(article_rows, a -> a.source_headline), '; ')
            as source_headline
    from source_rows
),

coded as (
    select
        f.*,
        l.location_name,
        l.feature_type,
        l.admin1 as place_admin1,
        l.admin2 as place_admin2,
        l.latitude,
        l.longitude,
        l.country_iso2 as place_country_iso2,
        l.country_name,
        c.gw_code,
        c.ucdp_region,
        c.country_iso3,
        a1.actor_name as side_a,
        a1.kind as kind_a,
        {{ _is_state('a1') }} as state_a,
        ca.gw_code as gw_a,
        a2.actor_name as side_b,
        a2.kind as kind_b,
        {{ _is_state('a2') }} as state_b,
        cb.gw_code as gw_b,
        coalesce(f.fatalities_best, f.fatalities_low) as best_deaths,
        s.source_article,
        s.source_date,
        s.source_headline
    from facts as f
    left join locations as l using (location_id)
    left join countries as c on c.country_iso2 = l.country_iso2
    left join actors as a1 on a1.actor_id = f.attacker_actor_id and a1.actor_id <> 'unknown'
    left join actors as a2 on a2.actor_id = f.target_actor_id and a2.actor_id <> 'unknown'
    left join countries as ca on ca.country_iso2 = a1.country_iso2 and {{ _is_state('a1') }}
    left join countries as cb on cb.country_iso2 = a2.country_iso2 and {{ _is_state('a2') }}
    left join sources as s using (attack_id)
),

typed as (
    select
        *,
        -- 3 one-sided (an organised actor against civilians), 1 state-based (a government's
        -- forces on either side), 2 non-state (two organised non-state actors)
        case
            when side_a is null or side_b is null then null
            when kind_b = 'civilians' and kind_a <> 'civilians' then 3
            when kind_a = 'civilians' then null
            when state_a or state_b then 1
            else 2
        end as violence_type
    from coded
),

final as (
    select
        -- UCDP's id is a number: 13 hexadecimal digits of the attack id (above 10^12, apart
        -- from UCDP's own ids); relid keeps the attack id itself.
        ('0x' || left(attack_id, 13))::bigint as id,
        attack_id as relid,
        year(event_date)::integer as year,
        null::boolean as active_year,
        'Clear' as code_status,
        violence_type::integer as type_of_violence,
        null::integer as conflict_dset_id,
        null::integer as conflict_new_id,
        null::varchar as conflict_name,
        null::integer as dyad_dset_id,
        null::integer as dyad_new_id,
        side_a || ' - ' || side_b as dyad_name,
        null::integer as side_a_dset_id,
        null::integer as side_a_new_id,
        side_a,
        null::integer as side_b_dset_id,
        null::integer as side_b_new_id,
        side_b,
        n_articles::integer as number_of_sources,
        source_article,
        source_publishers as source_office,
        source_date,
        source_headline,
        source_cited as source_original,
        -- 1 the place, 2 near it, 3 second-level division, 4 province, 5 larger region,
        -- 6 country, 7 international waters
        case
            when place_country_iso2 = 'XZ' then 7
            when feature_type = 'country' then 6
            when feature_type = 'region' then 5
            when feature_type = 'admin1' then 4
            when feature_type = 'admin2' then 3
            when geo_precision = 2 then 2
            else 1
        end::integer as where_prec,
        location_name as where_coordinates,
        concat_ws(', ', location_name, place_admin1, country_name) as where_description,
        place_admin1 as adm_1,
        place_admin2 as adm_2,
        latitude::double as latitude,
        longitude::double as longitude,
        case when latitude is not null
            then 'POINT (' || longitude || ' ' || latitude || ')' end as geom_wkt,
        -- PRIO-GRID cell of the point: half-degree rows from the south, columns from the west
        case when latitude is not null
            then ((least(floor((latitude + 90) / 0.5), 359)) * 720
                + least(floor((longitude + 180) / 0.5), 719) + 1)::integer
        end as priogrid_gid,
        case when place_country_iso2 <> 'XZ' then country_name end as country,
        gw_code::integer as country_id,
        case when place_country_iso2 <> 'XZ' then ucdp_region end as region,
        case when certainty = 'hedged' then 2 else 1 end::integer as event_clarity,
        date_prec::integer as date_prec,
        event_date as date_start,
        event_date_end as date_end,
        0::integer as deaths_a,
        0::integer as deaths_b,
        case when kind_b = 'civilians' then best_deaths else 0 end::integer as deaths_civilians,
        case when kind_b = 'civilians' then 0 else best_deaths end::integer as deaths_unknown,
        best_deaths::integer as best,
        greatest(coalesce(fatalities_high, best_deaths), best_deaths)::integer as high,
        least(coalesce(fatalities_low, best_deaths), best_deaths)::integer as low,
        gw_a::integer as gwnoa,
        gw_b::integer as gwnob,
        attack_id,
        case
            when event_date is null then 'no date'
            when is_background_only then 'only passing mentions of an earlier attack'
            when coalesce(best_deaths, 0) = 0 then 'no death reported (GED holds fatal events only)'
            when violence_type is null then 'a side unknown (no UCDP type of violence)'
            when place_country_iso2 is null then 'no place'
        end as left_out
    from typed
)

select * from final
{% endmacro %}


{#
    Table macros marts.attacks_acled_as_of(ts) and marts.attacks_ucdp_as_of(ts): the export rows
    of marts.attacks_as_of(ts). Created after the views, by their post-hooks.
#}
{% macro create_export_as_of_macro(name, rows_macro) %}
create or replace macro {{ this.schema }}.{{ name }}(as_of_ts) as table
{{ rows_macro(this.schema ~ '.attacks_as_of(as_of_ts)') }}
{% endmacro %}
