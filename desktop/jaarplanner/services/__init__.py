"""Use cases: every change a user can make is one function here, one transaction, returning a
``Change`` that knows how to undo it. The interface and the importers change data only here.
"""

from jaarplanner.services.changes import Change

__all__ = ["Change"]
