"""The one formatter for dates and numbers, shared by the window and the printed plan.

Everything the person reads as a date or a number goes through here, so the
screen and the PDF write the same value the same way. The locale is the
application's (``QLocale()``) unless one is given.

Dates have one form everywhere: the locale's short date with the whole year
(``3/5/2026``, ``05.03.2026``, ``2026/03/05``), in tables and headings alike.
The C locale (no language set, as in tests and some servers) gets
``5 Mar 2026``: its own short form (``d MM yyyy``) reads badly, and ISO dates
are easily taken for an error by a reader; a month's name is unambiguous.

Phrases with a count in them ("3 moves") are in ``wording.counts``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

C_DATE = "d MMM yyyy"


def qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def py_date(day: QDate) -> date:
    """A valid QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


class Formats:
    """Dates and numbers in one locale (default: the application's, read when made)."""

    def __init__(self, locale: QLocale | None = None):
        self.locale = locale or QLocale()

    def date_pattern(self) -> str:
        """The short date pattern with a four-digit year, for QDateEdit and for ``date``."""
        if self.locale.language() == QLocale.Language.C:
            return C_DATE
        pattern = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        return pattern

    def short_date(self, day: date | None) -> str:
        """The short date with the whole year; "" for no date."""
        if day is None:
            return ""
        return self.locale.toString(QDate(day.year, day.month, day.day), self.date_pattern())

    def parse_date(self, text: str) -> date | None:
        """A date typed by a person: the locale's pattern (with a short or whole year,
        month names in any case), the locale's long form, or ISO (2027-01-31); None
        when it is none of these or no real day.
        """
        text = " ".join(text.split())
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        pattern = self.date_pattern()
        patterns = [
            pattern,
            pattern.replace("yyyy", "yy"),
            pattern.replace("MMM", "MMMM"),
            self.locale.dateFormat(QLocale.FormatType.ShortFormat),
            self.locale.dateFormat(QLocale.FormatType.LongFormat),
        ]
        for candidate in (text, text.title()):
            for each in patterns:
                parsed = self.locale.toDate(candidate, each, 1950)
                if parsed.isValid():
                    return py_date(parsed)
        return None

    def date_time(self, stamp: datetime) -> str:
        """A moment in local time: the date as ``date`` writes it, then the short time."""
        local = stamp.astimezone() if stamp.tzinfo else stamp
        time = QTime(local.hour, local.minute)
        clock = self.locale.toString(time, QLocale.FormatType.ShortFormat)
        return f"{self.short_date(local.date())} {clock}"

    def number(self, value: float, decimals: int = 1) -> str:
        """``value`` rounded to ``decimals``, whole numbers without a fraction (2, 2.5, 2,5)."""
        rounded = round(float(value), decimals)
        if rounded.is_integer():
            return self.locale.toString(int(rounded))
        return self.locale.toString(rounded, "f", decimals)

    def signed(self, value: float, decimals: int = 1) -> str:
        """``number`` with "+" or a real minus sign ("−"); zero without a sign."""
        text = self.number(abs(value), decimals)
        if text == self.number(0):
            return text
        return ("+" if value > 0 else "\u2212") + text

    def percent(self, value: float) -> str:
        """A share out of 100 ("40 %"); translators place the sign as their language does."""
        return QCoreApplication.translate("Labels", "{0} %").format(self.number(value, 0))


# The application's locale, read at each call (tests and the settings may change it).


def date_pattern() -> str:
    return Formats().date_pattern()


def format_date(day: date | None) -> str:
    return Formats().short_date(day)


def parse_date(text: str) -> date | None:
    return Formats().parse_date(text)


def date_time(stamp: datetime) -> str:
    return Formats().date_time(stamp)


def number(value: float, decimals: int = 1) -> str:
    return Formats().number(value, decimals)


def signed(value: float, decimals: int = 1) -> str:
    return Formats().signed(value, decimals)


def percent(value: float) -> str:
    return Formats().percent(value)
