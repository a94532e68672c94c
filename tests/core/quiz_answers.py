"""Whole quiz answer sets, every question answered the way such a person might."""

from __future__ import annotations

from pmplanner.core.quiz_types import QuestionKind


def scale_ids(quiz):
    return [q.id for q in quiz.questions() if q.kind is QuestionKind.SCALE]


ENGINEER = {
    "background": "engineering",
    "complex-problems": 5,
    "stakeholder-needs": 3,
    "big-picture": 3,
    "data-decisions": 4,
    "influence": 3,
    "ambiguity": 2,
    "cross-functional": 4,
    "user-needs": 3,
    "activities": [
        "guide-technical-development",
        "work-with-engineers",
        "manage-technical-requirements",
        "plan-feature-roadmaps",
    ],
    "industries": ["b2b-products", "tech-companies"],
    "workplace": ["tech-companies"],
    "mentoring": 3,
    "team-culture": 3,
    "people-duties": 2,
    "vision": 4,
    "strategy": 3,
    "bold-ideas": 4,
    "direction-choice": "unsure",
}

DESIGNER = {
    "background": "ux-design",
    "complex-problems": 3,
    "stakeholder-needs": 4,
    "big-picture": 3,
    "data-decisions": 3,
    "influence": 4,
    "ambiguity": 4,
    "cross-functional": 3,
    "user-needs": 5,
    "activities": [
        "conduct-user-research",
        "define-user-journeys",
        "drive-ux-improvements",
        "create-product-specs",
    ],
    "industries": ["consumer-products", "digital-services"],
    "workplace": ["agencies", "startups"],
    "mentoring": 5,
    "team-culture": 5,
    "people-duties": 4,
    "vision": 3,
    "strategy": 2,
    "bold-ideas": 2,
    "direction-choice": "people",
}

BUSINESS = {
    "background": "business",
    "complex-problems": 4,
    "stakeholder-needs": 5,
    "big-picture": 5,
    "data-decisions": 4,
    "influence": 5,
    "ambiguity": 4,
    "cross-functional": 3,
    "user-needs": 3,
    "activities": [
        "develop-product-strategy",
        "analyse-market-opportunities",
        "define-business-models",
        "drive-growth-initiatives",
    ],
    "industries": ["startups", "enterprise-products"],
    "workplace": ["enterprise"],
    "mentoring": 2,
    "team-culture": 3,
    "people-duties": 1,
    "vision": 5,
    "strategy": 5,
    "bold-ideas": 5,
    "direction-choice": "product",
}

NEWCOMER = {
    "background": "new-to-product",
    "complex-problems": 4,
    "stakeholder-needs": 3,
    "big-picture": 3,
    "data-decisions": 2,
    "influence": 3,
    "ambiguity": 2,
    "cross-functional": 4,
    "user-needs": 5,
    "activities": ["conduct-user-research", "define-user-journeys", "create-product-specs"],
    "industries": ["consumer-products"],
    "mentoring": 3,
    "team-culture": 3,
    "people-duties": 3,
    "vision": 3,
    "strategy": 4,
    "bold-ideas": 3,
    "direction-choice": "both",
}


def same_everywhere(quiz, value, *, pick_all, background="project-management"):
    """Every statement answered ``value``; every multiple choice all or nothing."""
    answers = {qid: value for qid in scale_ids(quiz)}
    for question in quiz.questions():
        if question.kind is QuestionKind.MULTI:
            answers[question.id] = [o.id for o in question.options] if pick_all else []
    answers["background"] = background
    answers["direction-choice"] = "unsure"
    return answers
