"""Small documents built in code, for tests that need content but not a whole import."""

from __future__ import annotations

import datetime as dt

from jaarplanner.model.document import (
    DocumentData,
    KpiData,
    MeetingData,
    MeetingSeriesData,
    OrganisationData,
    PartData,
    RowData,
    SectionData,
    StepData,
    ThemeData,
)
from jaarplanner.model.layout import DocumentLayout
from jaarplanner.model.values import Field, Region, RowStatus, Sector, StepAction
from jaarplanner.resources import layouts_dir, read_json


def layout(name: str) -> DocumentLayout:
    return DocumentLayout.from_dict(read_json(layouts_dir() / f"{name}.json"))


def row(what: str, period: str = "sept-dec 2024", **more: object) -> RowData:
    fields = {Field.WHAT: what}
    if period:
        fields[Field.PERIOD] = period
    for key in ("who", "result", "staff", "finance", "remark", "title"):
        if key in more:
            fields[Field(key)] = str(more.pop(key))
    return RowData(fields=fields, **more)  # type: ignore[arg-type]


def sample_document(title: str = "Jaarplan Voorbeeld 2024-2025") -> DocumentData:
    themed = layout("themed-table")
    return DocumentData(
        organisation=OrganisationData("SWV Testregio", "SWV TR", Sector.PO, Region.MIDDLE),
        school_year="2024-2025",
        title=title,
        subtitle="Voortgang bestaande activiteiten",
        layout="themed-table",
        steps=[
            StepData("Deelnemersraad", StepAction.ADVISED, dt.date(2024, 5, 27)),
            StepData("Raad van toezicht", StepAction.APPROVED, dt.date(2024, 6, 3)),
        ],
        sections=[
            SectionData("Vooraf", "<p>Een <b>korte</b> inleiding.</p>"),
            SectionData("Inleiding", "<ul><li>een</li><li>twee</li></ul>"),
        ],
        kpis=[
            KpiData(1, "Minder thuiszitters", "2023-2027"),
            KpiData(2, "Meer leerlingen thuisnabij", "2023-2027"),
        ],
        parts=[
            PartData(
                "jaarkalender",
                "Jaarkalender",
                themed.part("jaarkalender"),
                themes=[
                    ThemeData(
                        "Onderwijs & ondersteuning",
                        rows=[
                            row(
                                "Evaluatie van het jaar",
                                "oktober 2024",
                                who="Directie",
                                kpis=[1, 2],
                            ),
                            row(
                                "Monitor tevredenheid",
                                "uiterlijk einde schooljaar",
                                finance="€ 5.000",
                                status=RowStatus.RUNNING,
                                priority=True,
                            ),
                            row("Vervolg op de monitor", "", continuation=True),
                        ],
                    ),
                    ThemeData(
                        "Kwaliteit",
                        goal="<p>Goed werk</p>",
                        themes=[
                            ThemeData("Onderzoek", rows=[row("Audit", "voorjaar 2025")]),
                        ],
                        rows=[row("Plaatsingswijzer bijwerken", "nov 2024-feb & mei 2025")],
                    ),
                ],
            ),
            PartData(
                "jaarplan",
                "Jaarplan",
                themed.part("jaarplan"),
                themes=[
                    ThemeData("Personeel", rows=[row("Scholing", "gehele schooljaar")]),
                ],
            ),
        ],
        meeting_series=[
            MeetingSeriesData(
                "ALV",
                "Algemene ledenvergadering",
                "voorzitter",
                "dinsdag 15.00-17.00",
                "Assen",
                [
                    MeetingData(dt.date(2024, 10, 8), "8 okt 2024", "15.00", "Assen", ""),
                    MeetingData(dt.date(2025, 3, 19), "19 mrt 2025", "", "Teams", "reserve"),
                ],
            )
        ],
    )
