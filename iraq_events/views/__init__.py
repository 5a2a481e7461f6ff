"""Views of a timeline: terminal records, a matplotlib chart, and TimelineJS JSON.

The submodules are imported on demand (the chart pulls in matplotlib), e.g.
``from iraq_events.views.chart import save_chart``.
"""

__all__: list[str] = []
