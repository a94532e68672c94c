"""Text no installed font can draw prints as a readable name, never as an empty box."""

from __future__ import annotations

import pytest

from pmplanner.core.plan import Contact, Goal, GoalKind, Plan, Profile
from pmplanner.report import glyphs
from pmplanner.report.options import options_for
from pmplanner.report.pdf import write_pdf

from .conftest import TODAY
from .pdf_text import glyph_census, shows, shows_words, squash, text_of

EMOJI_AND_RARE = "Launch 🚀 party 😀 coder 👩\u200d💻 runes ᚠᚢᚦ ภาษาไทย 한국어 𓀀𓁐"
AS_TYPED_WHERE_A_FONT_HAS_IT = "Zoë Ærøskøbing àéîõü مرحبا עברית 中文字符"

COMPLETE = options_for("complete")  # these tests read every section back


@pytest.fixture(autouse=True)
def fresh_answers():
    """Every test decides anew (a monkeypatched check must not stay in the cache)."""
    glyphs.forget()
    yield
    glyphs.forget()


def no_font_draws_anything(monkeypatch) -> list[str]:
    asked: list[str] = []

    def can_draw(char: str) -> bool:
        asked.append(char)
        return False

    monkeypatch.setattr(glyphs, "can_draw", can_draw)
    return asked


def one_goal_plan(name: str, title: str, notes: str = "") -> Plan:
    return Plan(
        profile=Profile(name=name),
        goals=[Goal(kind=GoalKind.BOOK, title=title, notes=notes)],
        contacts=[Contact(name="Ana")],
    )


def test_the_stand_in_is_the_short_name_or_the_code_point():
    assert glyphs.fallback_text("🚀") == "[rocket]"
    assert glyphs.fallback_text("😀") == "[grinning face]"
    assert glyphs.fallback_text("𓀀") == "[U+13000]"  # EGYPTIAN HIEROGLYPH A001: too long
    assert glyphs.fallback_text("\ue000") == "[U+E000]"  # private use: no name
    assert glyphs.fallback_text("é") == "[U+00E9]"


def test_only_what_no_font_can_draw_is_replaced(qapp, monkeypatch):
    asked = no_font_draws_anything(monkeypatch)
    text = "Plain <b>&amp; ASCII\u00a0é 🚀🚀 a\u200db\ufe0f ok"
    assert (
        glyphs.drawable(text)
        == "Plain <b>&amp; ASCII\u00a0[U+00E9] [rocket][rocket] a\u200db\ufe0f ok"
    )
    # ASCII, spaces, joiners and variation selectors are never asked about;
    # every other character once
    assert sorted(asked) == ["é", "🚀"]
    assert glyphs.drawable("é") == "[U+00E9]"
    assert len(asked) == 2


def test_characters_a_font_has_are_left_alone(qapp, monkeypatch):
    monkeypatch.setattr(glyphs, "can_draw", lambda char: True)
    assert glyphs.drawable(EMOJI_AND_RARE) == EMOJI_AND_RARE


def test_the_check_asks_the_fonts_qt_uses(qapp):
    assert glyphs.can_draw("A")
    assert glyphs.can_draw("é")  # every Qt setup has a font with Latin accents
    assert not glyphs.can_draw("\u0378")  # unassigned: no font has it


def test_where_no_font_draws_anything_the_pdf_names_each_character(
    qapp, catalog, monkeypatch, tmp_path
):
    no_font_draws_anything(monkeypatch)
    out = tmp_path / "plan.pdf"
    write_pdf(
        one_goal_plan("Zoë 🚀", "Café 中文 مرحبا", notes="note 😀"),
        catalog,
        out,
        today=TODAY,
        options=COMPLETE,
    )
    text = text_of(out)
    for printed in ("Zo[U+00EB] [rocket]", "Caf[U+00E9]", "[U+4E2D][U+6587]", "[grinning face]"):
        assert shows(text, printed), printed
    assert "Zoë" not in squash(text) and "中" not in text
    # the footer on every page carries the name the same way
    assert squash(text).count(squash("Zo[U+00EB] [rocket]")) >= 2
    assert glyph_census(out) == (0, 0)  # no empty box; every glyph reads back


def test_emoji_and_rare_scripts_print_as_typed_or_by_name(qapp, catalog, tmp_path):
    """Which of the two depends on the fonts installed here: the same check decides."""
    out = tmp_path / "plan.pdf"
    plan = one_goal_plan("Rare scripts", AS_TYPED_WHERE_A_FONT_HAS_IT, notes=EMOJI_AND_RARE)
    write_pdf(plan, catalog, out, today=TODAY, options=COMPLETE)
    text = text_of(out)
    for typed in (EMOJI_AND_RARE, AS_TYPED_WHERE_A_FONT_HAS_IT):
        assert shows_words(text, glyphs.drawable(typed)) == [], typed
    astral_drawn = 0
    for char in set(EMOJI_AND_RARE + AS_TYPED_WHERE_A_FONT_HAS_IT) - set(" \u200d"):
        if not glyphs.can_draw(char):
            assert shows(text, glyphs.fallback_text(char)), char
        elif char <= "\uffff":
            assert shows(text, char), char
        else:
            astral_drawn += EMOJI_AND_RARE.count(char)
    # Latin accents, Arabic and Hebrew have a font wherever Qt runs: as typed
    for word in ("Zoë", "Ærøskøbing", "مرحبا", "עברית"):
        assert glyphs.drawable(word) == word
    # no empty box anywhere; a character beyond the Basic Multilingual Plane
    # that a font has (an emoji, say) is drawn with its glyph, which Qt's PDF
    # cannot map back to text: exactly those glyphs do not read back
    assert glyph_census(out) == (0, astral_drawn)
