"""The check-in: a guided review, saved as a dated snapshot (one undo step)."""
