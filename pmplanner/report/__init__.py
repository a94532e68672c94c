"""Output: the plan and the career map rendered to files (images, PDF, calendar)."""
