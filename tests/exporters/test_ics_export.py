"""The .ics export read back with icalendar: events where the periods and meetings say, and
identifiers that survive an edit, so Outlook updates instead of doubling."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from jaarplanner.exporters.ics_export import IcsChoice, write_ics
from jaarplanner.model.values import Field
from jaarplanner.services.documents import create_document, load_document
from jaarplanner.services.rows import edit_field
from jaarplanner.storage.database import Database
from tests.cli.test_export import run
from tests.factories import sample_document


def _events(path: Path) -> dict[str, tuple]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["uid"]): (
            str(e["summary"]),
            e.decoded("dtstart"),
            e.decoded("dtend"),
            str(e.get("location", "")),
        )
        for e in calendar.walk("VEVENT")
    }


def test_rows_deadlines_and_meetings_become_events(db: Database, tmp_path: Path) -> None:
    document = load_document(db, create_document(db, sample_document()).result)
    target = tmp_path / "plan.ics"
    write_ics(document, target)
    events = _events(target)
    by_summary = {summary: (start, end) for summary, start, end, _l in events.values()}
    assert by_summary["Evaluatie van het jaar"] == (dt.date(2024, 10, 1), dt.date(2024, 11, 1))
    two = sorted(v[1:3] for v in events.values() if v[0] == "Plaatsingswijzer bijwerken")
    assert two == [
        (dt.date(2024, 11, 1), dt.date(2025, 3, 1)),
        (dt.date(2025, 5, 1), dt.date(2025, 6, 1)),
    ]
    deadline = by_summary["Deadline: Monitor tevredenheid"]
    assert deadline[1] - deadline[0] == dt.timedelta(days=1)
    assert not any("Scholing" in v[0] for v in events.values()), "a whole year is no event"
    meetings = sorted(v for v in events.values() if v[0] == "Algemene ledenvergadering")
    assert [(m[1].isoformat(), m[2].isoformat(), m[3]) for m in meetings] == [
        ("2024-10-08T15:00:00+02:00", "2024-10-08T17:00:00+02:00", "Assen"),
        ("2025-03-19T15:00:00+01:00", "2025-03-19T17:00:00+01:00", "Teams"),
    ]
    assert len(events) == len(set(events)), "every identifier once"

    write_ics(document, target, choice=IcsChoice(rows=False, deadlines=True, meetings=False))
    assert [v[0] for v in _events(target).values()] == ["Deadline: Monitor tevredenheid"]


def test_a_second_export_keeps_the_identifiers(db: Database, tmp_path: Path) -> None:
    document_id = create_document(db, sample_document()).result
    first, second = tmp_path / "een.ics", tmp_path / "twee.ics"
    write_ics(load_document(db, document_id), first)
    row_id = next(
        r.id
        for r in load_document(db, document_id).parts[0].all_rows()
        if "Evaluatie" in r.value(Field.WHAT)
    )
    edit_field(db, row_id, Field.PERIOD, "november 2024")
    write_ics(load_document(db, document_id), second)
    before, after = _events(first), _events(second)
    assert set(before) == set(after)
    changed = [uid for uid in before if before[uid] != after[uid]]
    assert len(changed) == 1
    assert after[changed[0]][1:3] == (dt.date(2024, 11, 1), dt.date(2024, 12, 1))


def test_a_moved_meeting_stays_one_event(db: Database, tmp_path: Path) -> None:
    from jaarplanner.services import simple

    document_id = create_document(db, sample_document()).result
    first, second = tmp_path / "een.ics", tmp_path / "twee.ics"
    write_ics(load_document(db, document_id), first)
    meeting = next(
        m for s in load_document(db, document_id).meeting_series for m in s.meetings if m.date
    )
    simple.edit(db, "meeting", meeting.id, date=meeting.date + dt.timedelta(days=7))
    write_ics(load_document(db, document_id), second)
    before, after = _events(first), _events(second)
    assert set(before) == set(after)  # Outlook updates the event instead of adding one
    changed = [uid for uid in before if before[uid] != after[uid]]
    assert len(changed) == 1 and changed[0].startswith(f"meeting-{meeting.id}@")


def test_the_command_line_writes_an_ics(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    result = run(
        "--demo",
        "export",
        "--format",
        "ics",
        "--include",
        "meetings,deadlines",
        "--output",
        str(target),
    )
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(target.read_bytes())
    assert calendar.walk("VEVENT")
    result = run(
        "--demo", "export", "--format", "ics", "--include", "alles", "--output", str(target)
    )
    assert result.returncode == 2 and "alles" in result.stderr
