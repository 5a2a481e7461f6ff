"""Testing helpers for users of iraq-events.

:mod:`iraq_events.testing.strategies` holds public Hypothesis strategies that generate Dutch
date expressions together with the interval they denote. It is not imported here, so that
``import iraq_events.testing`` works without Hypothesis (a development dependency)::

    from iraq_events.testing.strategies import dutch_dates, dutch_ranges, dutch_relative_dates
"""

__all__: list[str] = []
