"""Jaarplanner: jaarkalender en jaarplan for Dutch samenwerkingsverbanden passend onderwijs."""

from jaarplanner.version import __version__

__all__ = ["__version__"]
