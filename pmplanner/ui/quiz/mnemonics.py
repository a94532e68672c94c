"""Alt+letter shortcuts for labels that come from content.

Qt does not pick mnemonics by itself. Each label gets the first letter of one
of its words (else any letter) that is still free on the page; letters the
wizard's own buttons use are never taken. A label with no free letter gets none.
"""

from __future__ import annotations

# &Back, &Next, &Finish, &Cancel are the wizard's own
RESERVED = frozenset("bnfc")


def escape(text: str) -> str:
    """``text`` with ``&`` shown as itself instead of marking a mnemonic."""
    return text.replace("&", "&&")


def _candidates(text: str) -> list[int]:
    starts = [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or text[i - 1] == " ")]
    rest = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    return starts + rest


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` escaped, with ``&`` before its first free letter (added to ``taken``)."""
    for i in _candidates(text):
        key = text[i].lower()
        if key not in taken and key not in RESERVED and key.isascii():
            taken.add(key)
            return escape(text[:i]) + "&" + escape(text[i:])
    return escape(text)
