-- Whether this build is on new loads only, and dbt's should_full_refresh taught to rebuild the models marked for it otherwise.
{#
    The CLI says so with ATTACK_LEDGER_INCREMENTAL_BUILD=true (ingest.build_state). The variable
    is read only while the build runs (`execute`), never while dbt parses: dbt parses again the
    files whose parse read a variable that changed since, so a model reading it there would be
    parsed again at every switch between a full build and a build on new loads (about 1.5 s of
    a small build). For the same reason the choice to rebuild is made here, at run time, not in
    a model's `full_refresh` config, which dbt fixes at parse time.
#}
{% macro incremental_build() %}
    {{ return(execute and env_var('ATTACK_LEDGER_INCREMENTAL_BUILD', 'false') == 'true') }}
{% endmacro %}

{#
    dbt's own macro (the model's full_refresh config, else --full-refresh), and one more rule:
    a model whose meta sets rebuilt_unless_incremental_build is rebuilt in full unless the
    build is on new loads only (the incremental models the fusion and the marts keep; the
    extraction log has no such meta: it keeps its rows through every build but --full-refresh).
#}
{% macro should_full_refresh() %}
    {% set config_full_refresh = config.get('full_refresh') %}
    {% if config_full_refresh is none %}
        {% set config_full_refresh = flags.FULL_REFRESH %}
    {% endif %}
    {% if not config_full_refresh
        and (config.get('meta') or {}).get('rebuilt_unless_incremental_build') %}
        {% set config_full_refresh = not incremental_build() %}
    {% endif %}
    {% do return(config_full_refresh) %}
{% endmacro %}
