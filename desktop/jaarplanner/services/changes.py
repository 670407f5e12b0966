"""What a service call returns: a label for the Edit menu, its result, and the way back.

``change.revert(db)`` performs the opposite service call and returns *its* ``Change``, so
undo and redo are the same operation: ``change = change.revert(db)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jaarplanner.storage.database import Database


@dataclass(frozen=True)
class Change:
    label: str
    revert_with: Callable[[Database], Change]
    result: Any = None

    def revert(self, db: Database) -> Change:
        return self.revert_with(db)
