"""Every name the package promises in ``__all__`` exists and is importable from the top level."""

import importlib

import pytest

import iraq_events


@pytest.mark.parametrize("name", iraq_events.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(iraq_events, name) is not None


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        iraq_events.no_such_thing  # noqa: B018


@pytest.mark.parametrize(
    "module",
    [
        "iraq_events.temporal",
        "iraq_events.documents",
        "iraq_events.events",
        "iraq_events.dataset",
        "iraq_events.timeline",
    ],
)
def test_subpackage_all_lists_only_real_names(module: str) -> None:
    imported = importlib.import_module(module)
    missing = [name for name in imported.__all__ if not hasattr(imported, name)]
    assert missing == []


def test_importing_the_package_does_not_import_the_heavy_layers() -> None:
    import subprocess
    import sys

    code = (
        "import sys, iraq_events; iraq_events.find_dates('op 6 februari 2024');"
        "heavy = ('pandas', 'pyarrow', 'matplotlib', 'dateparser');"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
