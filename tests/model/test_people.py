"""Who is busy: names split, spellings joined, the example's people and a person filter."""

from __future__ import annotations

import datetime as dt

from jaarplanner.demo import demo_copy
from jaarplanner.model.due_now import due_list
from jaarplanner.model.people import People, busy_by_month, key, split_names
from jaarplanner.model.values import Field
from jaarplanner.services.documents import list_documents, load_document
from jaarplanner.storage.database import open_database


def test_names_are_split_where_people_write_them_apart() -> None:
    assert split_names("Directeur, adviseurs en secretaris / OPR & bestuur") == [
        "Directeur",
        "Adviseurs",
        "Secretaris",
        "OPR",
        "Bestuur",
    ]
    # One body, one name: a shortened compound, and words that finish the name before.
    assert split_names("Expertise- en consultatieteam") == ["Expertise- en consultatieteam"]
    assert split_names("Specialisten gedrag en lezen") == ["Specialisten gedrag en lezen"]
    assert split_names("Ouders groep 7 en 8, scholen") == ["Ouders groep 7 en 8", "Scholen"]
    assert split_names("Adviseur lezen i.s.m. hogeschool") == ["Adviseur lezen", "Hogeschool"]
    assert split_names("Schoolbesturen <i>Directeuren en intern begeleiders</i>") == [
        "Schoolbesturen",
        "Directeuren",
        "Intern begeleiders",
    ]
    assert split_names("p.m.") == [] and split_names("") == []


def test_spellings_are_joined_and_her_list_wins() -> None:
    texts = ["ECT, directeur", "Expertise- en consultatieteam", "Directeuren", "ib'ers, OPR"]
    people = People.build([*texts, "Ondersteuningsplanraad"])
    assert people.of("ECT & intern begeleiders") == [
        "Expertise- en consultatieteam",
        "Intern begeleiders",
    ]
    assert people.resolve("directeuren") == people.resolve("Directeur")
    assert len({"Directeur", "Directeuren"} & set(people.names)) == 1
    assert people.resolve("OPR") == people.resolve("Ondersteuningsplanraad")
    assert "ECT" in people.aliases["Expertise- en consultatieteam"]
    corrected = People.build(texts, {"Het ECT": ("ECT", "Expertise- en consultatieteam")})
    assert corrected.of("ECT, Expertise- en consultatieteam") == ["Het ECT"]
    assert "Het ECT" in corrected.names and "Expertise- en consultatieteam" not in corrected.names


def _example():
    db = open_database(demo_copy())
    try:
        return [load_document(db, s.id) for s in list_documents(db) if s.school_year == "2026-2027"]
    finally:
        db.close()


def test_the_example_people_and_a_person_filter() -> None:
    documents = _example()
    rows = [(p, r) for d in documents for p in d.parts for r in p.all_rows()]
    people = People.build(r.value(Field.WHO) for _p, r in rows)
    assert {"Directeur", "Adviseurs", "Scholen", "Raad van toezicht"} <= set(people.names)
    assert people.resolve("OPR") == "Ondersteuningsplanraad" and "OPR" not in people.names
    assert "Intern begeleiders" in people.names and "Gedragsspecialisten" in people.names
    assert people.aliases["Gedragsspecialisten"] == ("Gedragsspecialist",)
    # Every name written in the example is one of the people, once.
    for _part, row in rows:
        for name in split_names(row.value(Field.WHO)):
            assert people.resolve(name) in people.names
    assert len({key(n) for n in people.names}) == len(people.names)
    # The person filter: the lines of Deze maand whose row names the OPR.
    due = due_list(documents, dt.date(2026, 9, 14))
    with_opr = [i for i in due.items if "Ondersteuningsplanraad" in people.of(i.who)]
    expected = [i for i in due.items if "OPR" in split_names(i.who)]
    assert with_opr == expected and with_opr
    # "Nieuwe OPR-leden" are other people than the OPR.
    assert not any("Nieuwe OPR-leden" in i.who for i in with_opr)


def test_busy_per_month() -> None:
    people = People.build(["Adviseurs, directeur"])
    busy = busy_by_month(
        [
            ("Adviseurs, directeur", [(dt.date(2026, 9, 1), dt.date(2026, 11, 30))]),
            ("Directeur", [(dt.date(2026, 11, 1), dt.date(2026, 11, 1))]),
        ],
        people,
    )
    assert busy["Adviseurs"] == {(2026, 9): 1, (2026, 10): 1, (2026, 11): 1}
    assert busy["Directeur"][(2026, 11)] == 2 and busy["Directeur"][(2026, 9)] == 1
