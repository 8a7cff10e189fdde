"""/training and the standards library through the emulator: a peer finishes a lesson by
buttons in every language, a lead sees counts only, members cannot train (nothing is stored
about them) but reach the standards from /rights, and console mode runs a lesson offline."""

from __future__ import annotations

import io

import pytest

from bot.console import chat_in_terminal
from bot.handlers.training.buttons import AnswerQuestion, OpenLesson, TeamTraining
from bot.people import Role
from bot.settings import SUPPORTED_LOCALES
from bot.standards import cards
from bot.training import lesson, lesson_keys
from storage import training as store
from tests.conftest import settings_for
from tests.safety.traces import bytes_holding, rows_holding

PEER, OTHER_PEER, LEAD, MEMBER = 8101, 8102, 8103, 8104


async def grant(harness, telegram_id: int, role: Role, name: str) -> None:
    await harness.runtime.people.grant_role_directly(
        telegram_id, role, name, harness.runtime.today()
    )


async def finish_lesson(person, t, key: str, right: bool = True) -> list[str]:
    """Open a lesson from /training and answer each question by its letter button."""
    found = lesson(t, key)
    assert found is not None
    await person.send("/training")
    await person.tap(found.title)
    await person.tap(t("training-start"))
    texts = []
    for number, question in enumerate(found.questions, 1):
        choice = question.right if right else (question.right + 1) % len(question.answers)
        replies = await person.tap(t("training-answer-letter", choice=choice))
        texts.append(replies[-1].text)
        if number < len(found.questions):
            await person.tap(t("training-next"))
    return texts


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_a_peer_finishes_a_lesson_by_buttons_in_each_language(harness, locale):
    t = harness.runtime.translator.for_locale(locale)
    telegram_id = PEER + 10 * SUPPORTED_LOCALES.index(locale)
    await grant(harness, telegram_id, Role.PEER, "Peer")
    peer = harness.person(telegram_id, locale)
    found = lesson(t, "consent")
    assert found is not None and len(found.questions) >= 2
    replies = await peer.send("/training")
    assert replies[-1].text == t("training-intro")
    assert replies[-1].buttons()[0][0] == lesson(t, "stigma").title
    await peer.tap(found.title)
    question = await peer.tap(t("training-start"))
    assert found.questions[0].text in question[-1].text
    assert all(answer in question[-1].text for answer in found.questions[0].answers)
    texts = await finish_lesson(peer, t, "consent")
    assert texts[0].startswith(t("training-right"))
    assert found.questions[0].why in texts[0]
    assert texts[-1].endswith(t("training-done"))
    again = await peer.send("/training")
    labels = [label for label, _ in again[-1].buttons()]
    assert "✅ " + found.title in labels
    assert found.title not in labels


async def test_a_wrong_answer_shows_the_right_one_and_why(harness):
    t = harness.runtime.translator.for_locale("en")
    await grant(harness, PEER, Role.PEER, "Peer")
    peer = harness.person(PEER)
    texts = await finish_lesson(peer, t, "stigma", right=False)
    found = lesson(t, "stigma")
    assert found is not None
    first = found.questions[0]
    shown = f"{t('training-answer-letter', choice=first.right)}. {first.answers[first.right]}"
    assert texts[0].startswith(t("training-wrong", answer=shown))
    assert first.why in texts[0]


async def test_a_lead_sees_how_many_finished_each_lesson_never_who(harness):
    t = harness.runtime.translator.for_locale("en")
    for telegram_id, role, name in (
        (PEER, Role.PEER, "Zawadi"),
        (OTHER_PEER, Role.PEER, "Imani"),
        (LEAD, Role.LEAD, "Neema"),
    ):
        await grant(harness, telegram_id, role, name)
    await finish_lesson(harness.person(PEER), t, "stigma")
    await finish_lesson(harness.person(OTHER_PEER), t, "stigma")
    await finish_lesson(harness.person(OTHER_PEER), t, "consent")
    lead = harness.person(LEAD)
    await lead.send("/training")
    replies = await lead.tap(t("training-team-button"))
    text = replies[-1].text
    titles = {key: lesson(t, key).title for key in lesson_keys(harness.runtime.translator)}
    assert t("training-team-title", count=3) in text
    assert t("training-team-line", lesson=titles["stigma"], count=2, total=3) in text
    assert t("training-team-line", lesson=titles["consent"], count=1, total=3) in text
    assert t("training-team-line", lesson=titles["safety"], count=0, total=3) in text
    assert not {"Zawadi", "Imani", "Neema"} & set(text.split())
    # A peer has no such button, and a forged tap is refused.
    peer = harness.person(PEER)
    listed = await peer.send("/training")
    assert t("training-team-button") not in [label for label, _ in listed[-1].buttons()]
    assert await peer.tap_data(TeamTraining().pack()) == []
    assert peer.answer()["text"] == t("common-no-longer-available")


async def test_members_cannot_train_and_nothing_is_stored_about_them(harness):
    t = harness.runtime.translator.for_locale("en")
    member = harness.person(MEMBER)
    await member.send("/start")
    replies = await member.send("/training")
    assert t("training-intro") not in [reply.text for reply in replies]
    for forged in (OpenLesson("stigma"), AnswerQuestion("stigma", 2, 1), TeamTraining()):
        await member.tap_data(forged.pack())
        assert member.answer()["text"] == t("common-no-longer-available")
    # A lesson that is not listed, or a question it does not have, is refused to peers too.
    await grant(harness, PEER, Role.PEER, "Peer")
    peer = harness.person(PEER)
    await peer.send("/training")
    for forged in (OpenLesson("nosuch"), AnswerQuestion("stigma", 3, 0)):
        await peer.tap_data(forged.pack())
        assert peer.answer()["text"] == t("common-no-longer-available")
    rows = await harness.runtime.database.fetch_all("SELECT COUNT(*) FROM training_progress")
    assert rows[0][0] == 0


async def test_progress_is_erased_when_the_role_ends(harness):
    t = harness.runtime.translator.for_locale("en")
    await grant(harness, PEER, Role.PEER, "Peer")
    await finish_lesson(harness.person(PEER), t, "referral")
    identity = await harness.runtime.people.identify(PEER, "en")
    assert identity.person_id is not None
    database = harness.runtime.database
    assert await store.finished_lessons(database, identity.person_id) == {"referral"}
    await harness.runtime.people.leave_role(identity, harness.runtime.today())
    assert await store.finished_lessons(database, identity.person_id) == set()
    rows = await database.fetch_all("SELECT COUNT(*) FROM training_progress")
    assert rows[0][0] == 0


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_members_reach_the_standards_from_their_rights(harness, locale):
    t = harness.runtime.translator.for_locale(locale)
    member = harness.person(MEMBER + 10 * SUPPORTED_LOCALES.index(locale), locale)
    await member.send("/rights")
    library = await member.tap(t("standards-button"))
    shown = cards(t)
    assert len(shown) >= 4
    assert [label for label, _ in library[-1].buttons()][: len(shown)] == [c.short for c in shown]
    for card in shown:
        replies = await member.tap(card.short)
        text = replies[-1].text
        for part in (card.title, card.year, card.publisher, card.summary, card.where):
            assert part in text, f"{locale} {card.key}"
        await member.tap(t("standards-button"))
    labels = [label for label, _ in library[-1].buttons()]
    assert t("menu-training") not in labels  # members came from their rights


async def test_peers_reach_the_standards_from_training(harness):
    t = harness.runtime.translator.for_locale("en")
    await grant(harness, PEER, Role.PEER, "Peer")
    peer = harness.person(PEER)
    await peer.send("/training")
    library = await peer.tap(t("standards-button"))
    assert library[-1].text == t("standards-title")
    assert t("menu-training") in [label for label, _ in library[-1].buttons()]


async def test_a_training_lesson_finished_by_buttons_in_console_mode(emulator, tmp_path):
    """A workshop runs offline: `python -m bot console`, a peer, /training, answers by number."""
    settings = settings_for(emulator, tmp_path / "console.db")
    script = [
        ":as amina peer",
        "/training",
        "1",  # the first lesson: speaking without stigma
        "1",  # Questions
        "2",  # B, the right answer to question 1
        "1",  # Next question
        "2",  # B, the right answer to question 2
        "/training",
        ":quit",
    ]
    output = io.StringIO()
    await chat_in_terminal(settings, io.StringIO("\n".join(script) + "\n"), output)
    out = output.getvalue()
    assert "You are now amina (role: peer)." in out
    assert "[1] 🗣 Speaking without stigma" in out
    assert "Question 1 of 2" in out and "Question 2 of 2" in out
    assert out.count("✅ Right.") == 2
    assert "🎉 You finished this lesson." in out
    assert "[1] ✅ 🗣 Speaking without stigma" in out  # /training again shows it finished


async def test_a_member_who_reads_the_standards_and_tries_training_leaves_no_trace(harness):
    """Members browse the library and are refused training: not a row, not a byte of their id
    in the database or its WAL (a six-byte id cannot turn up by chance)."""
    t = harness.runtime.translator.for_locale("en")
    member_id = 6_234_567_801
    member = harness.person(member_id)
    await member.send("/rights")
    await member.tap(t("standards-button"))
    await member.tap(cards(t)[0].short)
    await member.send("/training")
    await member.tap_data(AnswerQuestion("stigma", 2, 1).pack())
    await harness.runtime.database.checkpoint()
    path = harness.settings.database_path
    assert await rows_holding(harness.runtime, member_id, with_hashes=False) == []
    assert bytes_holding(harness.runtime, path, member_id, with_hashes=False) == []


async def test_a_finished_lesson_keeps_which_lesson_only(harness):
    t = harness.runtime.translator.for_locale("en")
    await grant(harness, PEER, Role.PEER, "Peer")
    await finish_lesson(harness.person(PEER), t, "safety", right=False)
    rows = await harness.runtime.database.fetch_all("SELECT * FROM training_progress")
    assert [tuple(row) for row in rows] == [(rows[0][0], "safety")]
    assert list(dict(rows[0])) == ["person_id", "lesson"]  # no answers, no score, no date
