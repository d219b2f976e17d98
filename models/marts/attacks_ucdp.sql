-- One row per attack, with UCDP GED's deaths and precision columns and names.
with facts as (
    select * from {{ ref('fact_attacks') }}
),

locations as (
    select * from {{ ref('dim_location') }}
),

actors as (
    select * from {{ ref('dim_actor') }}
),

articles as (
    select
        b.attack_id,
        -- ordered: without an order the string differs from one read of the view to the next
        string_agg(
            distinct coalesce(d.title, d.url, d.source_uri), '; '
            order by coalesce(d.title, d.url, d.source_uri)
        ) as source_headline,
        string_agg(distinct b.reported_by, '; ' order by b.reported_by) as source_original
    from {{ ref('bridge_attack_mentions') }} as b
    inner join {{ ref('dim_article') }} as d using (article_id)
    group by b.attack_id
),

final as (
    select
        f.attack_id as id,
        year(f.event_date) as year,
        -- 1 state-based, 2 non-state, 3 one-sided violence against civilians
        case
            when a2.kind = 'civilians' then 3
            when a1.kind is null or a2.kind is null then null
            when a1.kind in ('state_force', 'external_force', 'government')
                or a2.kind in ('state_force', 'external_force', 'government') then 1
            else 2
        end as type_of_violence,
        a1.actor_name as side_a,
        a2.actor_name as side_b,
        coalesce(a1.actor_name, 'Unknown') || ' - ' || coalesce(a2.actor_name, 'Unknown')
            as dyad_name,
        f.n_articles as number_of_sources,
        articles.source_headline,
        articles.source_original,
        -- 1 exact place, 4 province, 5 larger region, 6 country
        case l.feature_type
            when 'unknown' then null
            when 'country' then 6
            when 'region' then 5
            when 'admin1' then 4
            else 1
        end as where_prec,
        l.location_name as where_coordinates,
        l.admin1 as adm_1,
        null::varchar as adm_2,
        l.latitude,
        l.longitude,
        case when l.latitude is not null
            then 'POINT (' || l.longitude || ' ' || l.latitude || ')' end as geom_wkt,
        l.country_name as country,
        case when f.certainty = 'hedged' then 2 else 1 end as event_clarity,
        f.date_prec,
        f.event_date as date_start,
        f.event_date_end as date_end,
        null::integer as deaths_a,
        null::integer as deaths_b,
        null::integer as deaths_civilians,
        coalesce(f.fatalities_best, f.fatalities_low) as deaths_unknown,
        coalesce(f.fatalities_best, f.fatalities_low) as best,
        f.fatalities_high as high,
        f.fatalities_low as low
    from facts as f
    inner join locations as l using (location_id)
    left join actors as a1 on a1.actor_id = f.attacker_actor_id
    left join actors as a2 on a2.actor_id = f.target_actor_id
    left join articles on articles.attack_id = f.attack_id
)

select * from final
