"""Card titles at small zoom: wrapped into the lines that fit, the last one elided."""

from PySide6.QtGui import QFont, QFontMetricsF

from pmplanner.drawing.titles import wrap_lines


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


def test_a_word_wider_than_the_line_breaks_between_two_consonants(qapp):
    from pmplanner.drawing.titles import fits

    metrics = _metrics()
    width = metrics.horizontalAdvance("Distinguished") - 2
    lines = wrap_lines("Distinguished PM", metrics, width, 3, hyphenate=True)
    assert lines == ["Distin-", "guished PM"]
    assert fits(lines)
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    # a word with no break that keeps a vowel on each side stays whole (and elided)
    assert wrap_lines("Strategic", metrics, 20, 3, hyphenate=True)[0].endswith("…")


def test_short_forms_are_the_roles_own_abbreviations_of_its_title():
    from pmplanner.drawing.titles import short_forms

    assert short_forms("Associate Product Manager", ["APM", "Junior Product Manager"]) == ["APM"]
    assert short_forms(
        "Head of Product Management", ["Director of Product Management", "Head of PM"]
    ) == ["Head of PM"]
    # another title is not a short form, nor is a form no shorter than "Senior PM"
    assert short_forms("Director of Product", ["Head of Product", "Product Director"]) == []
    assert short_forms("Senior Product Manager", ["Senior PM", "SPM"]) == ["SPM"]


def test_a_small_card_fits_three_lines_closer_before_it_abbreviates(qapp):
    from pmplanner.drawing.titles import TIGHT_LEADING, TITLE_MIN_PX, fit_title
    from pmplanner.drawing.titles import _metrics as card_metrics

    metrics = card_metrics(TITLE_MIN_PX, True)
    width = metrics.horizontalAdvance("Product") + 2
    height = 3 * metrics.lineSpacing() * TIGHT_LEADING + 0.5  # three close lines, not three
    fitted = fit_title("Chief Product Officer", width, height, TITLE_MIN_PX, True, ["CPO"])
    assert fitted.lines == ["Chief", "Product", "Officer"]
    assert fitted.pitch < metrics.lineSpacing()
    # with room for one line only, the role's own short form
    one = fit_title(
        "Chief Product Officer", width, metrics.lineSpacing() + 1, TITLE_MIN_PX, True, ["CPO"]
    )
    assert one.lines == ["CPO"]
