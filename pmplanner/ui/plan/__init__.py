"""The plan editor: profile, goals, skills and contacts, edited through undo commands.

``PlanDocument`` (document.py) owns the plan, its Qt item models and the undo
stack; ``PlanEditor`` (editor.py) is the widget the main window shows.
"""
