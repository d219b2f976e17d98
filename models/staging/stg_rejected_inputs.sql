-- One row per input that could not become an article.
with rejected as (
    select * from {{ source('raw', 'rejected_inputs') }}
),

final as (
    select
        reject_id,
        source_uri,
        input_path,
        line_number,
        reason,
        message,
        byte_size,
        raw_sha256,
        rejected_at,
        _dlt_load_id as load_id
    from rejected
)

select * from final
