"""The root of the library's own errors, so that callers and the CLI can catch them in one place."""

__all__ = ["IraqEventsError"]


class IraqEventsError(Exception):
    """Base class of every error the library raises on purpose about its input."""
