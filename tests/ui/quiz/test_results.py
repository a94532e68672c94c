"""The results page: the ranking chart, why, honest near ties, using and keeping the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from pmplanner.core import quiz as quiz_core
from pmplanner.core.plan import Goal, Plan
from pmplanner.core.quiz_types import AdviceKind, Change, ChangeKind, QuizOutcome, Verdict
from pmplanner.ui.quiz.commands import UseQuizResultCommand
from pmplanner.ui.quiz.results_text import esc
from tests.ui.quiz.conftest import (
    CLOSE_PERSON,
    FLAT_PERSON,
    TECH_PERSON,
    UX_PERSON,
    Back,
    Cancel,
    Finish,
    click,
    run_to_results,
)


def scored(document, person) -> QuizOutcome:
    answers = {k: v for k, v in person.items() if v != []}
    return quiz_core.score_answers(document.catalog.quiz, document.catalog, answers)


def test_the_chart_ranks_the_tracks_in_their_colours(qtbot, wizard, document):
    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    catalog = document.catalog
    outcome = page.outcome
    assert outcome.verdict is Verdict.CLEAR and outcome.top_track == "ux"
    chart = page.chart
    assert [b.label for b in chart.bars] == [catalog.track(s.target).name for s in outcome.ranking]
    assert [b.colour for b in chart.bars] == [
        QColor(catalog.track(s.target).colour) for s in outcome.ranking
    ]
    assert [b.value for b in chart.bars] == [s.share for s in outcome.ranking]
    ticks = chart.item.getAxis("left")._tickLevels[0]
    assert [name for _pos, name in ticks] == [b.label for b in chart.bars]
    scale = chart.item.getAxis("bottom")._tickLevels[0]
    assert [name for _pos, name in scale] == ["0", "20", "40", "60", "80", "100"]  # not 110
    widths = chart._bar_item.opts["width"]
    assert list(widths) == sorted(widths, reverse=True)  # best first, drawn at the top
    assert catalog.track("ux").name in page.headline.text()
    assert all(b.label in chart.accessibleDescription() for b in chart.bars)


def test_the_chart_keeps_no_picture_of_its_background(qtbot, wizard):
    """pyqtgraph keeps a plot's background in a pixmap as large as the plot; the
    chart's is one flat colour, painted each time instead."""
    from PySide6.QtWidgets import QGraphicsView

    run_to_results(qtbot, wizard, UX_PERSON)
    plot = wizard.results_page.chart.plot
    assert plot.cacheMode() == QGraphicsView.CacheModeFlag.CacheNone


def test_the_chart_follows_a_dark_palette(qtbot, wizard):
    run_to_results(qtbot, wizard, UX_PERSON)
    chart = wizard.results_page.chart
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    wizard.setPalette(dark)
    assert chart.plot.backgroundBrush().color() == QColor("#1e1e1e")
    assert chart.item.getAxis("left").textPen().color() == QColor("#e6e6e6")
    assert chart._texts[0].color == QColor("#e6e6e6")


def test_why_names_the_answers_that_counted(qtbot, wizard, document):
    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    outcome = page.outcome
    why, why_not = page.why.text(), page.why_not.text()
    for reason in outcome.reasons_for:
        assert reason.answer in why
    assert "UX design" in why  # the background counted most
    runner_up = document.catalog.track(outcome.runner_up).name
    assert runner_up in why_not
    for reason in outcome.reasons_against_runner_up:
        assert reason.answer in why_not
    assert page.why.isVisible() and page.why_not.isVisible()


def test_it_suggests_a_first_role_its_path_and_where_it_fits(qtbot, wizard, document):
    run_to_results(qtbot, wizard, TECH_PERSON)
    page = wizard.results_page
    catalog = document.catalog
    outcome = page.outcome
    assert outcome.top_track == "technical"
    assert catalog.role(outcome.first_role).title in page.path.text()
    for role_id in outcome.path:
        assert catalog.role(role_id).title in page.path.text()
    for industry_id in outcome.industries:
        assert catalog.industry(industry_id).name in page.industries.text()
    for environment_id in outcome.environments:
        assert catalog.environment(environment_id).name in page.workplaces.text()
    for step in outcome.first_steps:
        assert esc(step) in page.steps.text()
    assert page.map_button.isVisible()


def test_show_on_the_map_asks_for_the_first_role_on_its_track(qtbot, wizard, shown_roles):
    run_to_results(qtbot, wizard, TECH_PERSON)
    page = wizard.results_page
    qtbot.mouseClick(page.map_button, Qt.MouseButton.LeftButton)
    assert shown_roles == [(page.outcome.first_role, "technical")]
    assert page.map_note.text()


def test_new_to_product_means_fundamentals_first(qtbot, wizard):
    run_to_results(qtbot, wizard, {**UX_PERSON, "background": "new-to-product"})
    page = wizard.results_page
    assert page.outcome.fundamentals_first
    assert "fundamentals first" in page.path.text()


def test_a_flat_answer_set_is_said_honestly(qtbot, wizard):
    run_to_results(qtbot, wizard, FLAT_PERSON)
    page = wizard.results_page
    outcome = page.outcome
    assert outcome.verdict is Verdict.FLAT
    assert "do not point to one track" in page.headline.text()
    assert not page.why.isVisible() and not page.why_not.isVisible()
    assert not page.map_button.isVisible()  # no role to show
    advice = page.advice.text()
    assert [a.kind for a in outcome.advice] == [
        AdviceKind.SAME_ANSWERS,  # every statement in the middle
        AdviceKind.NO_TRACK,
        AdviceKind.BACKGROUND,  # project management: its own advice, as the content has it
        AdviceKind.NO_LEANING,
    ]
    assert "You gave every statement the same answer" in advice
    assert "do not point to one track, so this is no recommendation" in advice
    assert "Explore the tracks on the career map" in advice
    assert esc(outcome.advice[2].content) in advice
    assert "Group Product Manager mixes both" in advice
    assert advice.count("<li>") == 4
    assert page.advice.isVisible()


def test_a_near_tie_names_both_and_what_tips_it(qtbot, wizard, document):
    run_to_results(qtbot, wizard, CLOSE_PERSON)
    page = wizard.results_page
    outcome = page.outcome
    assert outcome.verdict is Verdict.CLOSE
    first, second = (document.catalog.track(s.target).name for s in outcome.ranking[:2])
    assert first in page.headline.text() and second in page.headline.text()
    assert "too close to call" in page.verdict.text()
    assert f"{first} and {second} are nearly level. Look at both tracks" in page.advice.text()
    # nothing on the page presents one of them as the winner
    assert not page.why.isVisible()  # no "Why <track>"
    sides = page.why_not.text()
    assert "What speaks for each" in sides
    for reason in (*outcome.reasons_against_runner_up, *outcome.reasons_for_runner_up):
        assert esc(reason.answer) in sides
    assert outcome.reasons_for_runner_up  # the runner-up's strongest answers are named too
    assert f"For {first}" in sides and f"For {second}" in sides


def test_a_near_tie_since_last_time_does_not_name_a_winner(qtbot, wizard, document):
    answers = {k: v for k, v in TECH_PERSON.items() if v != []}
    document.plan.quiz_results.append(quiz_core.to_result(scored(document, TECH_PERSON), answers))
    run_to_results(qtbot, wizard, CLOSE_PERSON)
    page = wizard.results_page
    first, second = (document.catalog.track(s.target).name for s in page.outcome.ranking[:2])
    change = page.change.text()
    assert f"now {first} and {second} are nearly level" in change
    assert "changed from" not in change and "point to" not in change.split("now")[-1]


def test_a_clear_result_names_the_runner_up_s_strongest_answers_too(qtbot, wizard, document):
    run_to_results(qtbot, wizard, TECH_PERSON)
    page = wizard.results_page
    outcome = page.outcome
    other = document.catalog.track(outcome.runner_up).name
    assert outcome.reasons_for_runner_up
    text = page.why_not.text()
    assert f"Why not {other}" in text and f"What speaks for {other}" in text
    for reason in outcome.reasons_for_runner_up:
        assert esc(reason.answer) in text


def test_finish_keeps_and_uses_the_result_as_one_step(qtbot, wizard, document):
    before = document.plan.model_dump()
    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    offer = page.goals_offer
    assert offer.count() >= 2
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    assert page.use_button.isChecked()
    offer.item(1).setCheckState(Qt.CheckState.Unchecked)  # the person unticks one
    ticked = offer.ticked()
    assert document.undo_stack.count() == 0  # nothing changes before Finish
    assert "sets your target role to" in page.use_status.text()

    wizard.button(Finish).click()

    plan = document.plan
    assert plan.quiz_results == [page.result]
    assert plan.profile.target_role == page.outcome.first_role
    assert plan.profile.background == "ux-design"
    assert [g.title for g in plan.goals] == [g.title for g in ticked]
    assert document.undo_stack.count() == 1
    assert isinstance(document.undo_stack.command(0), UseQuizResultCommand)
    document.undo_stack.undo()  # one Undo takes all of it back
    assert document.plan.model_dump() == before
    document.undo_stack.redo()
    assert [g.title for g in document.plan.goals] == [g.title for g in ticked]


def test_a_chosen_target_is_never_replaced_silently(qtbot, wizard, document):
    document.plan.profile.target_role = "senior-pm"
    run_to_results(qtbot, wizard, TECH_PERSON)
    page = wizard.results_page
    proposed = document.catalog.role(page.outcome.first_role).title
    assert "Senior Product Manager" in page.keep_target.text()
    assert proposed in page.new_target.text()
    assert page.keep_target.isVisible() and page.keep_target.isChecked()
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    assert "keeps your target role" in page.use_status.text()
    wizard.button(Finish).click()
    assert document.plan.profile.target_role == "senior-pm"  # kept: the default
    assert len(document.plan.quiz_results) == 1


def test_the_proposed_target_replaces_the_chosen_one_when_the_person_says_so(
    qtbot, wizard, document
):
    document.plan.profile.target_role = "senior-pm"
    run_to_results(qtbot, wizard, TECH_PERSON)
    page = wizard.results_page
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.new_target, Qt.MouseButton.LeftButton)
    assert page.new_target.isChecked()
    wizard.button(Finish).click()
    assert document.plan.profile.target_role == page.outcome.first_role


def test_a_goal_already_in_the_plan_is_offered_unticked(qtbot, wizard, document):
    suggestions = quiz_core.suggested_goals(scored(document, UX_PERSON), document.catalog)
    document.plan.goals.append(Goal(title=suggestions[0].title.upper()))
    run_to_results(qtbot, wizard, UX_PERSON)
    offer = wizard.results_page.goals_offer
    assert offer.item(0).checkState() == Qt.CheckState.Unchecked
    assert "already in your plan" in offer.item(0).text()
    assert offer.item(1).checkState() == Qt.CheckState.Checked


def test_finishing_keeps_the_result_as_an_undo_step(qtbot, wizard, document):
    run_to_results(qtbot, wizard, UX_PERSON)
    expected = wizard.results_page.result
    wizard.button(Finish).click()
    assert not wizard.isVisible()
    results = document.plan.quiz_results
    assert results == [expected]
    assert results[0].track == "ux"
    assert results[0].answers["background"] == "ux-design"
    assert [s.track for s in results[0].ranking] == ["ux", "technical", "strategic"]
    assert document.plan.goals == [] and document.plan.profile.target_role is None
    document.undo_stack.undo()
    assert document.plan.quiz_results == []
    document.undo_stack.redo()
    assert document.plan.quiz_results == [expected]


def test_cancel_on_the_results_keeps_nothing(qtbot, wizard, document, asked):
    run_to_results(qtbot, wizard, UX_PERSON)
    qtbot.mouseClick(wizard.results_page.use_button, Qt.MouseButton.LeftButton)
    asked.reply = True
    wizard.button(Cancel).click()
    assert asked.times == 1
    assert not wizard.isVisible()
    assert document.plan == Plan()
    assert document.undo_stack.count() == 0


def test_going_back_from_the_results_then_stopping_keeps_nothing(qtbot, wizard, document, asked):
    run_to_results(qtbot, wizard, UX_PERSON)
    click(qtbot, wizard, Back)
    asked.reply = True
    wizard.button(Cancel).click()
    assert asked.times == 1
    assert document.plan.quiz_results == []


def test_changed_answers_give_a_new_result_after_going_back(qtbot, wizard, document):
    run_to_results(qtbot, wizard, UX_PERSON)
    assert wizard.results_page.outcome.top_track == "ux"
    for _ in wizard.question_pages:
        click(qtbot, wizard, Back)
    run_to_results(qtbot, wizard, TECH_PERSON)
    assert wizard.results_page.outcome.top_track == "technical"
    wizard.button(Finish).click()
    assert [r.track for r in document.plan.quiz_results] == ["technical"]


def test_a_retake_shows_what_changed_since_last_time(qtbot, document, wizard):
    answers = {k: v for k, v in TECH_PERSON.items() if v != []}
    document.plan.quiz_results.append(quiz_core.to_result(scored(document, TECH_PERSON), answers))
    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    assert page.previous is document.plan.quiz_results[-1]
    assert page.changes[0] == Change(ChangeKind.TOP_TRACK, before="technical", after="ux")
    assert page.change.isVisible()
    text = page.change.text()
    assert text.count("<li>") == len(page.changes)
    assert (
        "Your top track changed from Technical Product Manager to "
        "User Experience Product Manager." in text
    )
    rose = next(c for c in page.changes if c.kind is ChangeKind.SCORE_ROSE)
    assert (
        f"Your score for User Experience Product Manager rose from {rose.before:.0f} "
        f"to {rose.after:.0f}." in text
    )


def test_a_retake_with_the_same_answers_says_so(qtbot, document, wizard):
    answers = {k: v for k, v in UX_PERSON.items() if v != []}
    document.plan.quiz_results.append(quiz_core.to_result(scored(document, UX_PERSON), answers))
    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    assert page.changes == []
    assert "same result as last time" in page.change.text()


def test_a_first_quiz_has_nothing_to_compare(qtbot, wizard, document):
    assert document.plan == Plan()
    run_to_results(qtbot, wizard, UX_PERSON)
    assert not wizard.results_page.change.isVisible()


def test_how_scoring_works_from_the_results_page(qtbot, wizard, document):
    from pmplanner.ui.quiz.scoring_help import ScoringHelp

    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    qtbot.mouseClick(page.scoring_button, Qt.MouseButton.LeftButton)
    (help_,) = [d for d in page.findChildren(ScoringHelp) if d.isVisible()]
    assert document.catalog.quiz.question("user-needs").text in help_.text.toPlainText()
    help_.close()


def test_an_experienced_engineer_is_offered_a_role_at_their_level(qtbot, wizard, document):
    senior = {**TECH_PERSON, "years-in-total": "over-8", "seniority": "senior"}
    run_to_results(qtbot, wizard, senior)
    page = wizard.results_page
    title = document.catalog.role("senior-tpm").title
    assert page.outcome.first_role == "senior-tpm"
    assert f"A first role to aim for: <b>{esc(title)}</b>" in page.path.text()
    assert page.result.answers["seniority"] == "senior"  # kept with the answers


def test_a_near_tie_picks_no_target_but_offers_both_first_roles(qtbot, wizard, document):
    run_to_results(qtbot, wizard, CLOSE_PERSON)
    page = wizard.results_page
    outcome = page.outcome
    assert outcome.verdict is Verdict.CLOSE and outcome.other_first_role
    catalog = document.catalog
    first, other = (catalog.role(r).title for r in (outcome.first_role, outcome.other_first_role))
    assert "First roles to look at" in page.path.text()
    assert esc(first) in page.path.text() and esc(other) in page.path.text()
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    assert page.keep_target.isVisible() and page.keep_target.isChecked()
    assert page.keep_target.text() == "Do not set a target role yet"
    assert first in page.new_target.text() and other in page.other_target.text()
    assert "sets no target role yet" in page.use_status.text()
    qtbot.mouseClick(page.other_target, Qt.MouseButton.LeftButton)
    wizard.button(Finish).click()
    assert document.plan.profile.target_role == outcome.other_first_role
