"""A length told in months against the same length told in weeks or days
(reader.analysis.month_lengths): a month holds 28 to 31 days. Every text here is made up
for the tests."""

from __future__ import annotations

from reader.analysis.figures import Figure
from reader.analysis.month_lengths import months_as_days
from tests.test_conflicts_support import conflicts_of

_LEAD = "A burst pipe flooded the Dunmere Museum's lower gallery on Sunday night.\n\n"


def test_two_months_and_six_weeks_of_one_closure_conflict() -> None:
    found = conflicts_of(_LEAD + "The museum will be closed for six weeks.",
                         _LEAD + "The museum will stay closed for two months after the flood, its director said.")
    assert found == [[42, 60]]


def test_one_month_and_four_weeks_agree() -> None:
    assert conflicts_of(_LEAD + "The museum will be closed for four weeks.",
                        _LEAD + "The museum will be closed for one month while it dries out.") == []
    assert conflicts_of(_LEAD + "The museum will be closed for 30 days.",
                        _LEAD + "The museum will be closed for one month while it dries out.") == []
    assert conflicts_of(_LEAD + "The museum will be closed for 12 weeks.",
                        _LEAD + "The museum will be closed for three months.") == []


def test_a_hedged_month_is_read_by_its_hedge() -> None:
    assert conflicts_of(_LEAD + "The museum will be closed for five weeks.",
                        _LEAD + "The museum will be closed for about a month.") == []
    assert conflicts_of(_LEAD + "The museum will be closed for five weeks.",
                        _LEAD + "The museum will be closed for more than two months.") == [[35, 60]]
    assert conflicts_of(_LEAD + "The museum will be closed for nine weeks.",
                        _LEAD + "The museum will be closed for more than two months.") == []


def test_a_length_then_its_cause_is_a_length() -> None:
    found = conflicts_of(_LEAD + "The museum will be closed for three weeks after the flood.",
                         _LEAD + "The museum will be closed for five weeks, the council said.")
    assert found == [[21, 35]]


def _fig(value: float, unit: str, qualifier: str | None = None) -> Figure:
    return Figure(0, 1, "x", 0, 1, value, qualifier, unit, unit + "s", False, None, 0, 1)


def test_months_as_days_only_beside_weeks_or_days() -> None:
    key = ("duration:outage", None)
    two, six = _fig(2, "month"), _fig(6, "week")
    out = months_as_days([two, six], [key, key])
    assert (out[0].value, out[0].high, out[0].unit) == (56, 62, "day") and (out[1].value, out[1].unit) == (42, "day")
    hours = _fig(36, "hour")
    assert months_as_days([two, hours], [key, key]) == [two, hours]
    assert months_as_days([two, six], [key, ("duration:strike", None)]) == [two, six]
    more = months_as_days([_fig(2, "month", "more than"), six], [key, key])[0]
    assert (more.value, more.high, more.qualifier) == (56, 93, "more than")


def test_a_months_conflict_value_stands_at_thirty_days_a_month() -> None:
    from reader.analysis.conflicts import find_conflicts
    from tests.test_conflicts_support import art
    [c] = find_conflicts([art("a", _LEAD + "The museum will be closed for six weeks."),
                          art("b", _LEAD + "The museum will be closed for two months.")])
    assert sorted(v.value for v in c.values) == [42, 60]
    assert sorted(v.stated for v in c.values) == ["six weeks", "two months"]


def test_a_conflict_of_weeks_gives_its_values_in_days() -> None:
    assert conflicts_of(_LEAD + "The museum will be closed for three weeks.",
                        _LEAD + "The museum will be closed for four to six weeks, its director said.") == [[21, 28]]
