-- Generic test: a combination of columns is unique (a returned row is a duplicated combination).
{% test unique_combination_of_columns(model, combination) %}
select {{ combination | join(', ') }}, count(*) as n
from {{ model }}
group by {{ combination | join(', ') }}
having count(*) > 1
{% endtest %}
