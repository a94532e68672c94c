"""The self-discovery quiz wizard (Quiz > Take the Quiz…).

``launch.open_quiz(window)`` opens it; the pages are built from the quiz
content (``core.quiz.Quiz``), the scoring and the explanations come from
``core.quiz``; this package only asks, shows and records.
"""
