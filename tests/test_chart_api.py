"""The public face of ``iraq_events.views.chart``, kept when its layout moved to
``iraq_events.views.chart_layout``: the list is written out so that a lost name fails here."""

from __future__ import annotations

import pytest

from iraq_events.views import chart, chart_layout

_ALL_BEFORE_THE_SPLIT = [
    "LANE_MODES",
    "ChartItem",
    "LaneBy",
    "TimeScale",
    "default_title",
    "draw_timeline",
    "plan_lanes",
    "save_chart",
]


def test_the_public_names_are_those_before_the_split() -> None:
    assert chart.__all__ == _ALL_BEFORE_THE_SPLIT


@pytest.mark.parametrize("name", chart_layout.__all__)
def test_the_layout_names_are_the_charts_own(name: str) -> None:
    assert name in chart.__all__
    assert getattr(chart, name) is getattr(chart_layout, name)
