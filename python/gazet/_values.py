"""Values as users hand them in, read one way everywhere: missing values and reference
(publication) dates."""

from __future__ import annotations

import datetime as dt

from . import _core
from .errors import ArgumentTypeError, DateError


def is_missing(value: object) -> bool:
    """Whether `value` stands for a missing value: None, NaN (float or numpy), pandas.NA,
    NaT (pandas or numpy)."""
    if value is None:
        return True
    if type(value) is str:
        return False
    try:
        unequal = value != value  # NaN and NaT are unequal to themselves
        return not hasattr(unequal, "__len__") and bool(unequal)  # an array compares items
    except TypeError:  # pandas.NA, whose truth is undefined
        return type(value).__name__ == "NAType"


def text_or_none(value: object) -> str | None:
    """A cell as str, or None for a missing value."""
    return None if is_missing(value) else str(value)


def iso_date(value: object, where: str = "", what: str = "reference date") -> str | None:
    """A reference date as YYYY-MM-DD: from a date, a datetime or pandas Timestamp (its
    own calendar date, in its own time zone), or a str holding an existing day as
    YYYY-MM-DD or an ISO datetime ("2025-02-11T10:00:00Z": the date as written). Missing
    values give None. Otherwise ArgumentTypeError (a TypeError) for other types and
    DateError (a ValueError) for other strings, naming `where` (a row, a file and line)
    and `what` the date is."""
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):  # before date: a datetime is a date
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    at = f"{where}: " if where else ""
    if not isinstance(value, str):
        raise ArgumentTypeError(
            f"{at}{what} must be a str 'YYYY-MM-DD', a date or a datetime, got {type(value).__name__}"
        )
    if len(value) == 10:
        # An existing day by the core's calendar (which has a year 0000, as the core's
        # reference dates do): the TIMEX value of a day is the day itself.
        if _core.timex_period(value) == ("day", value, value):
            return value
    elif len(value) > 10:
        try:
            return dt.datetime.fromisoformat(value).date().isoformat()
        except ValueError:
            pass
    raise DateError(f"{at}invalid {what} {value!r} (expected YYYY-MM-DD or an ISO datetime)")
