"""Yearly calendars as school offices keep them, built in the tests: title rows above the
header, month headings merged across, month cells merged down, real Excel dates, bare days
under a month, *Van/Tot en met*, a notes sheet, an empty first header, cp1252 and UTF-8 with
BOM CSV, Word tables with bold headers.

Each builder writes a file and returns what a person reading it sees: for every row its
activity, its first and last day, and a word from each other column. The shapes are
modelled on published school calendars (a primary school's jaaragenda, a secondary school's
jaarplanning by week, an SWV's activity calendar, a municipality's network calendar, a
Word jaarplanning); the names, places and dates are made up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl

D = dt.date


@dataclass
class Expected:
    what: str
    first: dt.date
    last: dt.date
    words: list[str] = field(default_factory=list)  # text from the other columns


@dataclass
class OfficeFile:
    path: Path
    school_year: str
    rows: list[Expected]
    themes: list[str] = field(default_factory=list)
    skipped_sheet: str | None = None


def _at(day: dt.date, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute)


# 1. A primary school's jaaragenda in Excel: two title lines, a blank line, the header,
# month headings merged across the table, real dates (some with a time), bare days and
# day ranges typed as text under a month, and a legend sheet.
def po_jaaragenda_xlsx(folder: Path) -> OfficeFile:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jaaragenda"
    sheet.append(["Jaaragenda schooljaar 2023-2024"])
    sheet.merge_cells("A1:E1")
    sheet.append(["OBS De Regenboog, Assen"])
    sheet.append([])
    sheet.append(["Datum", "Dag", "Activiteit", "Groep(en)", "Opmerking"])
    rows: list[Expected] = []

    def month(title: str) -> None:
        sheet.append([title])
        sheet.merge_cells(f"A{sheet.max_row}:E{sheet.max_row}")

    month("SEPTEMBER 2023")
    sheet.append([_at(D(2023, 9, 4)), "ma", "Eerste schooldag", "1 t/m 8", "inloop 8.15 uur"])
    rows.append(Expected("Eerste schooldag", D(2023, 9, 4), D(2023, 9, 4), ["1 t/m 8", "inloop"]))
    sheet.append(["6 en 7", "wo/do", "Schoolkamp", "groep 8", "Ameland"])
    rows.append(Expected("Schoolkamp", D(2023, 9, 6), D(2023, 9, 7), ["groep 8", "Ameland"]))
    sheet.append(["11-15", "", "Informatieavonden per groep", "alle", None])
    rows.append(Expected("Informatieavonden per groep", D(2023, 9, 11), D(2023, 9, 15), ["alle"]))
    month("Oktober")
    sheet.append([_at(D(2023, 10, 4), 13, 30), "wo", "Dierendag", "1-4", "middag"])
    rows.append(Expected("Dierendag", D(2023, 10, 4), D(2023, 10, 4), ["1-4", "middag"]))
    sheet.append(["16 t/m 20", "", "Herfstvakantie", "", ""])
    rows.append(Expected("Herfstvakantie", D(2023, 10, 16), D(2023, 10, 20)))
    month("DECEMBER 2023")
    sheet.append([_at(D(2023, 12, 5)), "di", "Sinterklaasviering", "1 t/m 8", "continurooster"])
    rows.append(Expected("Sinterklaasviering", D(2023, 12, 5), D(2023, 12, 5), ["continurooster"]))
    sheet.append(["25-5", "", "Kerstvakantie", "", "school dicht"])
    rows.append(Expected("Kerstvakantie", D(2023, 12, 25), D(2024, 1, 5), ["school dicht"]))
    month("JANUARI 2024")
    sheet.append([_at(D(2024, 1, 8)), "ma", "Nieuwjaarsborrel ouders", "", "'=> zie nieuwsbrief"])
    rows.append(Expected("Nieuwjaarsborrel ouders", D(2024, 1, 8), D(2024, 1, 8), ["=> zie"]))
    legend = book.create_sheet("Legenda")
    legend.append(["Legenda"])
    legend.append(["* = ouders welkom"])
    legend.append(["vrij = leerlingen vrij"])
    path = folder / "jaaragenda obs.xlsx"
    book.save(path)
    return OfficeFile(
        path,
        "2023-2024",
        rows,
        themes=["SEPTEMBER 2023", "Oktober", "DECEMBER 2023", "JANUARI 2024"],
        skipped_sheet="Legenda",
    )


# 2. A secondary school's jaarplanning by week: a title line, then Week | Maand | Datum |
# Activiteit | Leerjaar | Organisatie, the month cell merged down over its weeks, days as
# bare numbers, and no school year written anywhere: the dates decide.
def vo_jaarplanning_weeks_xlsx(folder: Path) -> OfficeFile:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Planning"
    sheet.append(["Jaarplanning Noordercollege – afdeling havo/vwo"])
    sheet.append(["Week", "Maand", "Datum", "Activiteit", "Leerjaar", "Organisatie"])
    rows: list[Expected] = []
    data = [
        (
            36,
            "SEPTEMBER 2021",
            "6",
            "Introductiedagen brugklas",
            "1",
            "mentoren",
            D(2021, 9, 6),
            D(2021, 9, 6),
        ),
        (37, None, "13-17", "Sportweek", "1-3", "LO-sectie", D(2021, 9, 13), D(2021, 9, 17)),
        (
            38,
            None,
            "21 en 22",
            "Ouderavonden",
            "alle",
            "teamleiders",
            D(2021, 9, 21),
            D(2021, 9, 22),
        ),
        (
            40,
            "OKTOBER 2021",
            "5",
            "Studiedag (leerlingen vrij)",
            "alle",
            "directie",
            D(2021, 10, 5),
            D(2021, 10, 5),
        ),
        (
            41,
            None,
            "11-15",
            "Toetsweek 1",
            "4-6",
            "examencommissie",
            D(2021, 10, 11),
            D(2021, 10, 15),
        ),
        (43, None, "25-29", "Herfstvakantie", "", "", D(2021, 10, 25), D(2021, 10, 29)),
        (2, "JANUARI 2022", "10", "Open dag", "", "PR-team", D(2022, 1, 10), D(2022, 1, 10)),
    ]
    start = None
    for week, month, day, what, year, who, first, last in data:
        sheet.append([week, month, day, what, year, who])
        row = sheet.max_row
        if month is not None:
            if start is not None and row - 1 > start:
                sheet.merge_cells(f"B{start}:B{row - 1}")
            start = row
        rows.append(Expected(what, first, last, [w for w in (year, who) if w]))
    if start is not None and sheet.max_row > start:
        sheet.merge_cells(f"B{start}:B{sheet.max_row}")
    path = folder / "jaarplanning vo.xlsx"
    book.save(path)
    return OfficeFile(path, "2021-2022", rows)


# 3. An SWV's activity calendar: Van | Tot en met as real dates, heading rows merged across
# (the kinds of activity), a Status column, a notes sheet before the table sheet.
def swv_van_tot_xlsx(folder: Path) -> OfficeFile:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Toelichting"
    notes.append(["Deze kalender wordt maandelijks bijgewerkt door het secretariaat."])
    sheet = book.create_sheet("Kalender")
    sheet.append(["Activiteitenkalender SWV Passend Onderwijs Zuid-Kennemerland"])
    sheet.append(["Schooljaar 2024-2025"])
    sheet.append(["Van", "Tot en met", "Activiteit", "Doelgroep", "Locatie", "Status"])
    rows: list[Expected] = []

    def heading(text: str) -> None:
        sheet.append([text])
        sheet.merge_cells(f"A{sheet.max_row}:F{sheet.max_row}")

    heading("Netwerkbijeenkomsten")
    for first, last, what, who, where, status in [
        (D(2024, 9, 26), None, "Netwerk intern begeleiders", "IB'ers PO", "Haarlem", "gepland"),
        (
            D(2024, 11, 14),
            D(2024, 11, 14),
            "Netwerk zorgcoördinatoren",
            "ZoCo VO",
            "online",
            "afgerond",
        ),
    ]:
        sheet.append([_at(first), _at(last) if last else None, what, who, where, status])
        rows.append(Expected(what, first, last or first, [who, where]))
    heading("Scholing")
    sheet.append(
        [
            _at(D(2024, 10, 7)),
            _at(D(2024, 10, 11)),
            "Scholingsweek gedrag",
            "leerkrachten",
            "De Schakel",
            "loopt",
        ]
    )
    rows.append(
        Expected(
            "Scholingsweek gedrag", D(2024, 10, 7), D(2024, 10, 11), ["leerkrachten", "De Schakel"]
        )
    )
    sheet.append(
        [
            _at(D(2025, 1, 27)),
            _at(D(2025, 2, 7)),
            "Training handelingsgericht werken",
            "ECT",
            "Heemstede",
            "uitgesteld",
        ]
    )
    rows.append(
        Expected(
            "Training handelingsgericht werken", D(2025, 1, 27), D(2025, 2, 7), ["ECT", "Heemstede"]
        )
    )
    path = folder / "activiteitenkalender swv.xlsx"
    book.save(path)
    return OfficeFile(
        path,
        "2024-2025",
        rows,
        themes=["Netwerkbijeenkomsten", "Scholing"],
        skipped_sheet="Toelichting",
    )


# 4. A network calendar saved from Excel as CSV (cp1252, ';'): a title line, an empty first
# header holding the month only on the month's first row, dates as d-m-yyyy text, no school
# year in the title.
def gemeente_csv_cp1252(folder: Path) -> OfficeFile:
    lines = [
        "Overzicht overleggen onderwijs-jeugdhulp;;;",
        ";Datum;Onderwerp;Voor wie",
        "September;12-9-2022;Start werkgroep thuiszitters;gemeente, SWV, leerplicht",
        ";26-9-2022;Overleg café ‘Samen’ – verslag;jeugdconsulenten",
        "Oktober;10-10-2022;Casusoverleg;schoolmaatschappelijk werk",
        "Maart;;Evaluatie € budget;bestuurders",
    ]
    path = folder / "overleggen.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    rows = [
        Expected("Start werkgroep thuiszitters", D(2022, 9, 12), D(2022, 9, 12), ["leerplicht"]),
        Expected(
            "Overleg café ‘Samen’ – verslag", D(2022, 9, 26), D(2022, 9, 26), ["jeugdconsulenten"]
        ),
        Expected("Casusoverleg", D(2022, 10, 10), D(2022, 10, 10), ["schoolmaatschappelijk"]),
        Expected("Evaluatie € budget", D(2023, 3, 1), D(2023, 3, 31), ["bestuurders"]),
    ]
    return OfficeFile(path, "2022-2023", rows)


# 5. The same kind of calendar as UTF-8 CSV with a BOM and ',' separators, Van/Tot en met as
# d-m-yyyy text, a repeated header (a second page), and an empty line.
def agenda_csv_bom(folder: Path) -> OfficeFile:
    lines = [
        "Jaaragenda 2025-2026,,,",
        "Van,Tot en met,Wat,Wie",
        "1-9-2025,5-9-2025,Startweek,alle teams",
        "22-9-2025,,Teamdag,directie",
        ",,,",
        "Van,Tot en met,Wat,Wie",
        '13-10-2025,17-10-2025,"Herfstvakantie, regio noord",',
    ]
    path = folder / "agenda.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))
    rows = [
        Expected("Startweek", D(2025, 9, 1), D(2025, 9, 5), ["alle teams"]),
        Expected("Teamdag", D(2025, 9, 22), D(2025, 9, 22), ["directie"]),
        Expected("Herfstvakantie, regio noord", D(2025, 10, 13), D(2025, 10, 17)),
    ]
    return OfficeFile(path, "2025-2026", rows)


# 6. A Word jaarplanning: a title paragraph, a table whose first row is the title merged
# across, a bold header, month cells merged down, a heading row merged across, a Status
# column.
def _merge_across(row) -> None:
    row.cells[0].merge(row.cells[-1])


def _bold(cell, text: str) -> None:
    cell.paragraphs[0].add_run(text).bold = True


def word_jaarplanning_docx(folder: Path) -> OfficeFile:
    document = docx.Document()
    document.add_paragraph("Jaarplanning IKC De Bron 2024-2025")
    table = document.add_table(rows=0, cols=5)
    title = table.add_row()
    _merge_across(title)
    title.cells[0].text = "Planning eerste helft"
    header = table.add_row()
    for cell, label in zip(
        header.cells, ["Maand", "Datum", "Activiteit", "Wie", "Status"], strict=True
    ):
        _bold(cell, label)
    rows: list[Expected] = []
    band = table.add_row()
    _merge_across(band)
    band.cells[0].text = "Ouders"
    data = [
        (
            "september",
            "9",
            "Kennismakingsgesprekken",
            "leerkrachten",
            "gerealiseerd",
            D(2024, 9, 9),
            D(2024, 9, 9),
        ),
        (
            None,
            "23-27",
            "Week van de opvoeding",
            "IKC-coördinator",
            "gerealiseerd",
            D(2024, 9, 23),
            D(2024, 9, 27),
        ),
        (
            "oktober",
            "2 en 3",
            "Oudergesprekken",
            "mentoren",
            "loopt",
            D(2024, 10, 2),
            D(2024, 10, 3),
        ),
        (
            None,
            "di 15",
            "Thema-avond mediawijsheid",
            "ouderraad",
            "gepland",
            D(2024, 10, 15),
            D(2024, 10, 15),
        ),
    ]
    start = None
    for month, day, what, who, status, first, last in data:
        row = table.add_row()
        for cell, text in zip(row.cells[1:], [day, what, who, status], strict=True):
            cell.text = text
        if month is not None:
            row.cells[0].text = month
            start = row
        elif start is not None:
            start.cells[0].merge(row.cells[0])
            for paragraph in start.cells[0].paragraphs[1:]:
                paragraph._p.getparent().remove(paragraph._p)
        rows.append(Expected(what, first, last, [who]))
    path = folder / "jaarplanning ikc.docx"
    document.save(path)
    return OfficeFile(path, "2024-2025", rows, themes=["Ouders"])


BUILDERS = {
    "po-jaaragenda-xlsx": po_jaaragenda_xlsx,
    "vo-weken-xlsx": vo_jaarplanning_weeks_xlsx,
    "swv-van-tot-xlsx": swv_van_tot_xlsx,
    "gemeente-csv-cp1252": gemeente_csv_cp1252,
    "agenda-csv-bom": agenda_csv_bom,
    "word-jaarplanning-docx": word_jaarplanning_docx,
}
