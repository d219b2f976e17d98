-- One row per actor, with its aliases in every language, plus the explicit unknown member.
with actors as (
    select * from {{ ref('actors') }}
),

aliases as (
    select
        actor_id,
        list(distinct alias order by alias) as aliases
    from {{ ref('actor_aliases') }}
    group by actor_id
),

known_actors as (
    select
        actors.actor_id,
        actors.actor_name,
        coalesce(aliases.aliases, []::varchar[]) as aliases,
        actors.kind,
        actors.acled_actor_type::integer as acled_actor_type,
        actors.parent_actor_id,
        parents.actor_name as parent_actor_name,
        actors.country_iso2
    from actors
    left join aliases using (actor_id)
    left join actors as parents on parents.actor_id = actors.parent_actor_id
),

unknown_member as (
    select
        'unknown' as actor_id,
        'Unknown' as actor_name,
        []::varchar[] as aliases,
        'unknown' as kind,
        null::integer as acled_actor_type,
        null::varchar as parent_actor_id,
        null::varchar as parent_actor_name,
        null::varchar as country_iso2
)

select * from known_actors
union all
select * from unknown_member
