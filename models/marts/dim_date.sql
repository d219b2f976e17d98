-- One row per calendar day from the earliest event or publication to the latest.
with bounds as (
    select
        least(
            (select min(event_date) from {{ ref('fact_attacks') }}),
            (select min(published_at)::date from {{ ref('stg_articles') }})
        ) as first_day,
        greatest(
            (select max(event_date_end) from {{ ref('fact_attacks') }}),
            (select max(published_at)::date from {{ ref('stg_articles') }})
        ) as last_day
),

days as (
    select unnest(generate_series(
        coalesce(first_day, current_date), coalesce(last_day, current_date), interval 1 day
    ))::date as date_day
    from bounds
),

final as (
    select
        date_day,
        year(date_day) as year,
        quarter(date_day) as quarter,
        month(date_day) as month,
        monthname(date_day) as month_name,
        isoyear(date_day) as iso_year,
        weekofyear(date_day) as iso_week,
        date_trunc('week', date_day)::date as week_start,
        isodow(date_day) as iso_day_of_week,
        dayname(date_day) as day_name,
        date_trunc('month', date_day)::date as month_start
    from days
)

select * from final
