import os

import pytest
from hypothesis import HealthCheck, settings

# "ci" is deterministic (derandomized, no example database) so that a CI run is reproducible;
# "dev" explores more widely on a developer's machine.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=100, deadline=None)
_default_profile = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or _default_profile)


@pytest.fixture(autouse=True)
def _private_build_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`iraq-events build` caches letters under $XDG_CACHE_HOME: never the user's, in tests."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))
