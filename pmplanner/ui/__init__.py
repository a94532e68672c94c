"""Qt widgets: the main window and its areas (plan editor, map, quiz)."""
