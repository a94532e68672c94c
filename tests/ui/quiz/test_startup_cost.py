"""The quiz costs nothing until it is opened, and pyqtgraph waits for the results."""

from __future__ import annotations

import subprocess
import sys


def test_opening_the_quiz_module_does_not_import_pyqtgraph():
    code = (
        "import sys, pmplanner.ui.quiz.launch, pmplanner.ui.quiz.wizard; "
        "print('pyqtgraph' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_the_chart_is_made_when_the_results_are_first_shown(qtbot, wizard):
    from tests.ui.quiz.conftest import UX_PERSON, run_to_results

    assert wizard.results_page.chart is None
    run_to_results(qtbot, wizard, UX_PERSON)
    assert wizard.results_page.chart is not None
