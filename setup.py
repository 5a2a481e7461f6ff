"""The build hook: the wheel carries the built dataset as real files.

``datasets/`` publishes its files as symbolic links into a versioned folder (see
``datasets/README.md``); a package must not depend on links, which some file systems and
archive formats lack. ``build_py`` therefore copies the current files, links followed, into
``iraq_events/bundled/`` of the build, where ``iraq_events.load_dataset`` finds them. The rest
of the configuration is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATASETS = Path(__file__).resolve().parent / "datasets"
BUNDLED = (
    "events.parquet",
    "temporal_expressions.parquet",
    "documents.parquet",
    "events.csv",
    "build_errors.csv",
    "README.md",
)


class BuildWithDataset(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads datasets/
            return
        target = Path(self.build_lib) / "iraq_events" / "bundled"
        target.mkdir(parents=True, exist_ok=True)
        for name in BUNDLED:
            source = DATASETS / name
            if not source.is_file():
                raise SystemExit(
                    f"cannot bundle the dataset: {source} is missing; run `iraq-events build`"
                )
            shutil.copyfile(source.resolve(), target / name)


setup(cmdclass={"build_py": BuildWithDataset})
