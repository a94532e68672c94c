"""'Contacted today': the contact is logged and the next follow-up moves on."""

from __future__ import annotations

from datetime import date

from pmplanner.core.goal_rules import contacted, edited_contact, with_interactions
from pmplanner.core.plan import Contact, Interaction

TODAY = date(2026, 3, 10)


def test_with_an_interval_the_follow_up_moves_by_it_and_the_contact_is_logged():
    before = Contact(name="Lin", keep_in_touch_days=30, next_follow_up=date(2026, 3, 1))
    after = contacted(before, TODAY, "  Coffee; talked about the roadmap ")
    assert after.last_contact == TODAY
    assert after.next_follow_up == date(2026, 4, 9)
    assert after.interactions == [Interaction(day=TODAY, note="Coffee; talked about the roadmap")]
    assert before.interactions == [] and before.next_follow_up == date(2026, 3, 1)  # a copy


def test_without_an_interval_a_due_follow_up_is_done_and_a_later_one_stays():
    due = contacted(Contact(name="A", next_follow_up=TODAY), TODAY)
    assert due.next_follow_up is None and due.interactions[0].note == ""
    later = contacted(Contact(name="B", next_follow_up=date(2026, 5, 1)), TODAY)
    assert later.next_follow_up == date(2026, 5, 1)


def test_the_new_contact_fields_are_edited_and_checked():
    contact = Contact(name="Lin")
    assert edited_contact(contact, "company", " Acme ").company == "Acme"
    assert edited_contact(contact, "keep_in_touch_days", 14).keep_in_touch_days == 14
    assert edited_contact(contact, "keep_in_touch_days", 0).keep_in_touch_days is None
    assert edited_contact(contact, "keep_in_touch_days", 99_999) is None
    assert edited_contact(contact, "email", "x" * 400) is None


def test_goals_completed_per_month_fill_the_months_between():
    from datetime import UTC, datetime

    from pmplanner.core.plan import Goal, GoalStatus
    from pmplanner.core.progress import completed_per_month

    def done(month):
        return Goal(status=GoalStatus.DONE, completed=datetime(2025, month, 3, tzinfo=UTC))

    assert completed_per_month([Goal()]) == []
    found = completed_per_month([done(10), done(12), done(12)])
    assert found == [(date(2025, 10, 1), 1), (date(2025, 11, 1), 0), (date(2025, 12, 1), 2)]


def test_an_edited_log_is_kept_in_date_order_and_the_last_contact_follows_it():
    first, second = Interaction(day=date(2026, 1, 5)), Interaction(day=date(2026, 2, 9))
    contact = Contact(last_contact=date(2026, 2, 9), interactions=[first, second])
    moved = Interaction(day=date(2025, 12, 1), note="moved back")
    after = with_interactions(contact, [first, moved])
    assert after.interactions == [moved, first]
    assert after.last_contact == date(2026, 1, 5)
    assert with_interactions(contact, []).last_contact is None
    # a last contact set apart from the log stays as it was
    by_hand = contact.model_copy(update={"last_contact": date(2026, 3, 1)})
    assert with_interactions(by_hand, [first]).last_contact == date(2026, 3, 1)
    # related goals: ids, without repeats; a bare string is refused
    assert edited_contact(contact, "goals", ["a", "b", "a"]).goals == ["a", "b"]
    assert edited_contact(contact, "goals", "ab") is None
