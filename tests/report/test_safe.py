"""The person's text made safe for HTML, PDF and iCalendar without losing what shows."""

from __future__ import annotations

from pmplanner.report.safe import clean, esc, esc_lines


def test_markup_is_escaped_quotes_included():
    assert esc("<img src=\"x\" onerror='y'>&") == (
        "&lt;img src=&quot;x&quot; onerror=&#x27;y&#x27;&gt;&amp;"
    )


def test_lone_surrogates_and_controls_never_reach_an_encoder():
    text = "a\ud800b\x00c\x1bd\x7fe\tf\ng"
    assert clean(text) == "a\ufffdbcde\tf\ng"
    clean(text).encode("utf-8")  # would raise on a lone surrogate


def test_line_breaks_are_kept_as_br_and_windows_ends_unified():
    assert esc_lines("one\r\ntwo\rthree\n<four>") == "one<br>two<br>three<br>&lt;four&gt;"
