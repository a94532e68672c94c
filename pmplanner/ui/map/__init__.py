"""The career map: a zoomable map of roles and paths, tied to the plan."""
