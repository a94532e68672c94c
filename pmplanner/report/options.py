"""What a printed plan includes: its sections and how much of each, by preset.

Two presets: "share" (the default, a plan to hand a manager: no contacts, no
dropped goals, no quiz answers, no check-in reflections, done goals summarised) and "complete"
(everything, each goal on its own row). A chosen list of sections overrides
the preset's; the preset still decides how much detail the lists carry.
The sections' names here are the keys the command line, the dialogs and
window.ini use; ``report.sections`` holds what each one prints.
"""

from __future__ import annotations

from dataclasses import dataclass

# in print order
SECTION_KEYS: tuple[str, ...] = (
    "summary",
    "route",
    "map",
    "skills",
    "goals",
    "progress",
    "evidence",
    "quiz",
    "contacts",
    "deadlines",
)
SHARE, COMPLETE = "share", "complete"
PRESETS: dict[str, tuple[str, ...]] = {
    # progress without the check-ins' reflections (the person's private notes)
    SHARE: ("summary", "route", "skills", "goals", "progress", "evidence", "deadlines"),
    COMPLETE: SECTION_KEYS,
}
DEFAULT_PRESET = SHARE


class UnknownSection(ValueError):
    """A section name that is not one of SECTION_KEYS (the message names it)."""


@dataclass(frozen=True)
class ReportOptions:
    sections: tuple[str, ...] = PRESETS[DEFAULT_PRESET]
    # every goal on its own row, dropped ones too, the quiz's answers, the check-ins' reflections
    complete: bool = False

    @property
    def follow_ups(self) -> bool:
        """Contacts' follow-ups appear among the deadlines only when contacts are printed."""
        return "contacts" in self.sections

    def has(self, key: str) -> bool:
        return key in self.sections


def ordered(keys: list[str] | tuple[str, ...] | set[str]) -> tuple[str, ...]:
    """``keys`` in print order, each once."""
    chosen = set(keys)
    return tuple(key for key in SECTION_KEYS if key in chosen)


def parse_sections(text: str) -> tuple[str, ...]:
    """``"summary,goals"`` as section keys in print order; UnknownSection names a wrong one."""
    keys = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [key for key in keys if key not in SECTION_KEYS]
    if unknown:
        raise UnknownSection(
            f"There is no section called {unknown[0]!r}; the sections are "
            f"{', '.join(SECTION_KEYS)}."
        )
    if not keys:
        raise UnknownSection(f"Name at least one section: {', '.join(SECTION_KEYS)}.")
    return ordered(keys)


def options_for(
    preset: str = DEFAULT_PRESET, sections: tuple[str, ...] | None = None
) -> ReportOptions:
    """The preset's options, with its sections replaced by ``sections`` when given."""
    chosen = ordered(sections) if sections is not None else PRESETS[preset]
    return ReportOptions(sections=chosen, complete=preset == COMPLETE)
