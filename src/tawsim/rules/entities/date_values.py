"""Normalised values of dates and clock times (docs/annotation-guidelines.md, "Date and time values").

Values are ISO 8601 strings as precise as the text: `1946-11-27`, `2018-12`, `1948`, `1936/1939`
for a range, `2024-W10` for a week, `XXXX-03` and `XXXX-WXX-4` where the text leaves the year or
the week open (the TIMEX3 convention), `T15:30` for a clock time. A relative date keeps its offset
from the document's date in `relative` (`-P1D` yesterday, `+P1M` next month, `P0Y` this year) and
gets an absolute `value` only when that date is known. Hijri dates are converted with the
arithmetical (tabular) Islamic calendar, the one of `convertdate.islamic`.
"""

from __future__ import annotations

import datetime as dt
import re

HIJRI_EPOCH = 1948439  # the Julian day before 1 Muharram 1 AH (16 July 622 Julian), civil epoch
_JULIAN_ORDINAL = 1721425  # Julian day number of date.fromordinal(1) minus one
_OFFSET = re.compile(r"([+-]?)P(\d+)([DWMY])\Z")


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """`1946-11-27`, `1946-11`, `1946`, or `XXXX-11-27` without a year."""
    text = f"{year:04d}" if year is not None else "XXXX"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: a leap year, 29 February stands
    except ValueError:
        return False
    return True


def hijri_to_gregorian(year: int, month: int = 1, day: int = 1) -> dt.date:
    """The Gregorian date of a day of the tabular Islamic calendar (30-year cycle, leap years 2, 5,
    7, 10, 13, 16, 18, 21, 24, 26, 29). Real months begin with the moon and may differ by a day."""
    months_before = (295 * (month - 1) + 9) // 10  # ceil(29.5 * (month - 1))
    julian_day = day + months_before + (year - 1) * 354 + (3 + 11 * year) // 30 + HIJRI_EPOCH
    return dt.date.fromordinal(julian_day - _JULIAN_ORDINAL)


def hijri_value(year: int | None, month: int | None = None, day: int | None = None) -> dict:
    """`value` (Gregorian, of the period's first day, as precise as the text), `calendar` and
    `hijri` (the date as written, ISO-shaped): 1325 هـ → value 1907, hijri 1325."""
    attrs = {"calendar": "hijri", "hijri": iso(year, month, day)}
    if year is None:
        attrs["value"] = "XXXX"
        return attrs
    first = hijri_to_gregorian(year, month or 1, day or 1)
    attrs["value"] = iso(first.year, first.month if month else None, first.day if day else None)
    return attrs


def offset(direction: str, count: int, unit: str) -> str:
    """The signed ISO 8601 offset of a relative date: -P1D (yesterday), +P1M, P0Y."""
    if count == 0:
        return f"P0{unit}"
    return f"{direction}P{count}{unit}"


def resolve(relative: str, reference: dt.date) -> str | None:
    """The value of a relative date against the document's date: -P1D on 2024-03-12 → 2024-03-11,
    -P1W → 2024-W10, +P1M → 2024-04, P0Y → 2024."""
    found = _OFFSET.match(relative)
    if found is None:
        return None
    sign, count, unit = found.groups()
    count = -int(count) if sign == "-" else int(count)
    if unit == "D":
        return (reference + dt.timedelta(days=count)).isoformat()
    if unit == "W":
        year, week, _ = (reference + dt.timedelta(weeks=count)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        months = reference.year * 12 + reference.month - 1 + count
        return iso(months // 12, months % 12 + 1)
    return iso(reference.year + count)


def weekday_near(reference: dt.date, weekday: int, direction: str) -> str:
    """The date of the ISO weekday (1 Monday … 7 Sunday) before (`-`) or after (`+`) the reference."""
    step = -1 if direction == "-" else 1
    day = reference + dt.timedelta(days=step)
    while day.isoweekday() != weekday:
        day += dt.timedelta(days=step)
    return day.isoformat()


def parse_reference(text: str) -> dt.date:
    """A document date given by the user: YYYY-MM-DD (ValueError otherwise)."""
    return dt.date.fromisoformat(text.strip())


def clock(hour: int, minute: int = 0) -> str:
    return f"T{hour:02d}:{minute:02d}"
