"""The document as one accessible, self-contained web page (HTML with its CSS inside, no
scripts), to publish on the network's website: WCAG 2.1 AA, readable on a phone, printable
on A4 landscape."""

from __future__ import annotations

from pathlib import Path

from jaarplanner.model.document import DocumentData


def write_html(document: DocumentData, target: Path, part_key: str | None = None) -> None:
    """Write ``document`` (optionally one part) as a web page to ``target``."""
    from jaarplanner.exporters.html.page import page

    Path(target).write_text(page(document, part_key), encoding="utf-8")


__all__ = ["write_html"]
