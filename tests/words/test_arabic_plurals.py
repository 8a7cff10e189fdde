"""Arabic counts: every count goes through a plural selector with all six forms (zero, one,
two, few, many, other), so 3 reads "3 ساعات" and never "3 ساعة" (issue 14, section 1)."""

from __future__ import annotations

import pytest
from babel import Locale
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from tests.conftest import shared_translator
from tests.words.locale_text import entries

CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
COUNTS = (0, 1, 2, 3, 11, 100)
ARABIC = shared_translator().for_locale("ar")
# Counted words people read in Arabic: messages whose English has no selector ("{ $hours } h")
# but whose Arabic noun changes with the number.
COUNTED_WITHOUT_ENGLISH_SELECTOR = {"outreach-minutes": "hours", "console-sample-loaded": "count"}


class _Selectors(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, set[str]] = {}

    def visit_SelectExpression(self, node: fluent_ast.SelectExpression) -> None:
        if isinstance(node.selector, fluent_ast.VariableReference):
            keys = {
                v.key.name if isinstance(v.key, fluent_ast.Identifier) else v.key.value
                for v in node.variants
            }
            self.found.setdefault(node.selector.id.name, set()).update(keys)
        self.generic_visit(node)


def selectors(locale: str, message_id: str) -> dict[str, set[str]]:
    found = _Selectors()
    found.visit(entries(locale)[message_id][1])
    return found.found


def plural_messages() -> list[tuple[str, str]]:
    """(message id, variable) for every count in English (a selector with one/other)."""
    found = []
    for message_id in entries("en"):
        for variable, keys in selectors("en", message_id).items():
            if {"one", "other"} <= keys:
                found.append((message_id, variable))
    return sorted({*found, *COUNTED_WITHOUT_ENGLISH_SELECTOR.items()})


def test_the_arabic_plural_rules_are_the_six_categories_at_these_counts():
    rule = Locale.parse("ar").plural_form
    assert [rule(n) for n in COUNTS] == ["zero", "one", "two", "few", "many", "other"]


@pytest.mark.parametrize(("message_id", "variable"), plural_messages())
def test_every_arabic_count_has_all_six_plural_forms(message_id, variable):
    keys = selectors("ar", message_id).get(variable, set())
    assert keys >= CATEGORIES, f"{message_id}: {sorted(CATEGORIES - keys)} missing"
    shown = {n: ARABIC(message_id, **{variable: n}) for n in COUNTS}
    assert len(set(shown.values())) >= 4, shown  # the forms really differ


@pytest.mark.parametrize(
    ("message_id", "variable", "expected"),
    [
        (
            "outreach-minutes",
            "hours",
            ["0 ساعة", "ساعة واحدة", "ساعتان", "3 ساعات", "11 ساعةً", "100 ساعة"],
        ),
        (
            "training-team-title",
            "count",
            ["لا أحد", "شخص واحد", "شخصان", "3 أشخاص", "11 شخصًا", "100 شخص"],
        ),
        (
            "alerts-published",
            "count",
            ["لا أحد", "شخص واحد", "شخصين", "3 أشخاص", "11 شخصًا", "100 شخص"],
        ),
        (
            "outreach-plan-saved",
            "count",
            ["لا جلسات", "جلسة واحدة", "جلستان", "3 جلسات", "11 جلسةً", "100 جلسة"],
        ),
    ],
)
def test_arabic_counts_render_right_for_0_1_2_3_11_and_100(message_id, variable, expected):
    for count, words in zip(COUNTS, expected, strict=True):
        shown = ARABIC(message_id, **{variable: count}).replace("\u2068", "").replace("\u2069", "")
        assert words in shown, f"{message_id} {count}: {shown}"


def test_no_arabic_message_puts_a_digit_before_a_singular_noun_it_does_not_agree_with():
    for count in (3, 5, 10):
        for message_id, variable in plural_messages():
            shown = (
                ARABIC(message_id, **{variable: count}).replace("\u2068", "").replace("\u2069", "")
            )
            for wrong in (f"{count} ساعة", f"{count} شخص ", f"{count} شخص.", f"{count} مرة"):
                assert wrong not in shown, f"{message_id}: {shown}"
