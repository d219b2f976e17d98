-- One row per calendar day from the earliest event or publication to the latest.
-- Only plausible days count: from 1900 to a day after the latest ingestion (the readers refuse
-- other publication dates, but an extracted event date or an older log row could still hold
-- year 1 or 9999, and one such value would make millions of rows).
with articles as (
    select * from {{ ref('stg_articles') }}
),

facts as (
    select * from {{ ref('fact_attacks') }}
),

plausible as (
    select
        date '1900-01-01' as earliest,
        coalesce((select max(ingested_at) from articles)::date, current_date) + 1 as latest
),

bounds as (
    select
        least(
            (select min(event_date) from facts where event_date between earliest and latest),
            (
                select min(published_at)::date from articles
                where published_at::date between earliest and latest
            )
        ) as first_day,
        greatest(
            (
                select max(event_date_end) from facts
                where event_date_end between earliest and latest
            ),
            (
                select max(published_at)::date from articles
                where published_at::date between earliest and latest
            )
        ) as last_day
    from plausible
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
