"""Searching the rows (Ctrl+F): the whole document by default, or the part or theme chosen;
the table shows the rows found under their theme bands, the navigator the hits per theme.
The search runs after a pause in typing. Mixed into ``MainWindow``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jaarplanner.i18n import ngettext
from jaarplanner.model.values import Field
from jaarplanner.ui.search_bar import SearchBar

if TYPE_CHECKING:  # the window the mixin is part of (see window_surface)
    from jaarplanner.ui.window_surface import WindowSurface as _Window
else:
    _Window = object


class SearchFlow(_Window):
    """(``self`` is the ``MainWindow``.)"""

    def _search_bar(self) -> None:
        self.search_bar = bar = SearchBar(self)
        self.search, self.kpi_filter, self.month_filter = bar.search, bar.kpi_filter, bar.month
        self.hits = bar.hits
        self._source_key: object = None
        bar.changed.connect(self.apply_search)
        self.addToolBar(bar)

    def _fill_kpi_filter(self) -> None:
        self.search_bar.fill_kpis(self.current_document())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _wanted_source(self) -> object:
        selected = self._selected_payload()
        scope = self.search_bar.scope() if self.search_bar.active() else None
        return (type(selected).__name__, getattr(selected, "id", None), scope)

    def apply_search(self, *_args: object, now: bool = False) -> None:
        """Show only the rows the search and filters allow; highlight the words found."""
        from jaarplanner.model.filtering import select

        self.search_bar.pause.stop()
        wanted = self._wanted_source()
        if wanted != self._source_key:
            self._source_key = wanted
            layout, roots = self.source_themes()
            if not self.rows_model.shows(layout, roots):
                self.rows_model.keep = None
                from jaarplanner.ui import column_chooser
                from jaarplanner.ui.rows_model import lines_of

                self.rows_model.show_lines(layout, lines_of(roots), roots)
                column_chooser.apply(self)
        rule = self.search_bar.row_filter()
        from jaarplanner.model.filtering import names_person  # issue 21: calendar follows

        keep = (lambda row: names_person(row, rule)) if rule.who.strip() else None
        self.calendar.set_person_filter(keep)
        year = str(self.current_school_year())
        layout = self.rows_model.layout
        deadline = layout is not None and layout.deadline_field == Field.PERIOD
        self.rows_model.highlight = rule.words()
        if rule.active:
            shown = select(self.rows_model.search_index(), rule, year, deadline)
            hits = self.rows_model.set_filter(shown)
            # the themes searched, each with its count (none found: 0); the navigator shows
            # no count on the themes of other parts and documents, which were not searched
            per_theme = {
                theme.id: 0
                for root in self.rows_model.roots
                for theme in root.walk()
                if theme.id is not None
            }
            for line in self.rows_model.lines:
                if line.row is not None and line.theme.id is not None:
                    per_theme[line.theme.id] = per_theme.get(line.theme.id, 0) + 1
            self.tree_model.show_hits(per_theme)
        else:
            hits = self.rows_model.set_filter(None) if self.rows_model.keep is not None else 0
            self.tree_model.show_hits(None)
        self.table.viewport().update()
        self.hits.setText(
            ngettext("{n} hit", "{n} hits", hits).format(n=hits) if rule.active else ""
        )
