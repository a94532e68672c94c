"""Dates and numbers for the printed plan, in the reader's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def py_date(day: QDate) -> date:
    """A valid QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


class Formats:
    """Dates and numbers in the reader's locale (short dates keep a four-digit year)."""

    def __init__(self, locale: QLocale | None = None):
        self.locale = locale or QLocale()
        short = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if self.locale.language() == QLocale.Language.C:
            short = "yyyy-MM-dd"  # the C locale's "d MM yyyy" reads badly
        self._short = short if "yyyy" in short else short.replace("yy", "yyyy")

    def short_date(self, day: date | None) -> str:
        if day is None:
            return ""
        return self.locale.toString(qdate(day), self._short)

    def long_date(self, day: date) -> str:
        return self.locale.toString(qdate(day), QLocale.FormatType.LongFormat)

    def number(self, value: float) -> str:
        if float(value).is_integer():
            return self.locale.toString(int(value))
        return self.locale.toString(float(value), "f", 1)

    def percent(self, value: int) -> str:
        return self.locale.toString(int(value)) + "\u00a0" + self.locale.percent()
