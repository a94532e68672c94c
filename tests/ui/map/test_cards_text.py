"""Card titles at small zoom: wrapped into the lines that fit, the last one elided."""

from PySide6.QtGui import QFont, QFontMetricsF

from pmplanner.drawing.cards import wrap_lines


def _metrics() -> QFontMetricsF:
    font = QFont()
    font.setPixelSize(10)
    return QFontMetricsF(font)


def test_a_title_that_fits_stays_on_one_line(qapp):
    metrics = _metrics()
    width = metrics.horizontalAdvance("Product Manager") + 2
    assert wrap_lines("Product Manager", metrics, width, 2) == ["Product Manager"]


def test_a_long_title_wraps_onto_two_lines_and_elides_the_rest(qapp):
    metrics = _metrics()
    width = metrics.horizontalAdvance("Associate Technical") + 1
    lines = wrap_lines("Associate Technical Product Manager of Platforms", metrics, width, 2)
    assert lines[0] == "Associate Technical"
    assert len(lines) == 2
    assert lines[1].startswith("Product") and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)


def test_one_line_only_elides(qapp):
    metrics = _metrics()
    width = metrics.horizontalAdvance("Director") + 1
    (line,) = wrap_lines("Director of Product Strategy", metrics, width, 1)
    assert line.endswith("…")
    assert metrics.horizontalAdvance(line) <= width
