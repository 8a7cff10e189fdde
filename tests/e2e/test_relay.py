"""Talk to a peer through the emulator: an anonymous relay (neither side ever sees the other's
account, checked on every call the bot makes), nothing of the words kept, the member's chat id
gone at the end and the copies deleted from the peer's chat; no peer on duty; forged taps."""

import json
import logging

from bot.handlers.relay.buttons import AcceptTalk, EndTalk, HandOver
from bot.handlers.relay.ending import sweep
from bot.relay.model import HandTo
from tests.builders import make_lead, make_peer
from tests.safety.traces import bytes_holding, rows_holding

# Ids that need six bytes in SQLite, so that their bytes cannot turn up by chance in the files.
MEMBER_ID = 6_234_567_801
PEER_ID = 6_234_567_802
OTHER_PEER_ID = 6_234_567_803
MEMBER_NAME, MEMBER_USERNAME = "Mariam", "mariam_private"
PEER_NAME, PEER_USERNAME = "Pauline", "pauline_private"
WORDS = ("they stopped me near the blue kiosk", "are you somewhere safe right now")


async def peer_on_duty(harness, lead, user_id, alias, first_name, username):
    await make_peer(harness, lead, user_id, alias)
    peer = harness.person(user_id, first_name=first_name, username=username)
    t = harness.runtime.translator.for_locale("en")
    await peer.send("/duty")
    await peer.tap(t("relay-duty-switch-on"))
    return peer


def calls_into(harness, chat_id):
    """Every call the bot made that shows something in `chat_id`, without `from_chat_id` (where
    a copy is taken from, which Telegram never shows the recipient), with what it answered."""
    found = []
    for call in harness.emulator.calls:
        if call.params.get("chat_id") in (chat_id, str(chat_id)):
            params = {k: v for k, v in call.params.items() if k != "from_chat_id"}
            found.append(json.dumps([call.method, params, call.response], default=str))
    return found


def shows_nothing_of(harness, chat_id, secrets):
    seen = calls_into(harness, chat_id) + [repr(m) for m in harness.emulator.messages(chat_id)]
    return [secret for secret in secrets for text in seen if secret in text]


async def test_a_conversation_is_anonymous_keeps_no_words_and_leaves_no_trace(
    harness, caplog, tmp_path
):
    caplog.set_level(logging.DEBUG)
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await peer_on_duty(harness, lead, PEER_ID, "Star 42", PEER_NAME, PEER_USERNAME)
    member = harness.person(MEMBER_ID, first_name=MEMBER_NAME, username=MEMBER_USERNAME)
    await member.send("/start")
    await member.tap(t("menu-talk"))
    assert member.texts() == [t("relay-intro")]
    await member.tap(t("relay-topic", topic="police"))
    assert member.texts() == [t("relay-asked")]
    offer = harness.emulator.bot_messages(PEER_ID)[-1]
    assert offer.text.startswith("💬 Someone would like to talk")

    await peer.tap(t("relay-accept"))
    (talking,) = peer.replies()
    assert "Police or arrest" in talking.text and "Star 42" in talking.text
    started = harness.emulator.bot_messages(MEMBER_ID)[-1]
    assert started.text.splitlines()[0] == "💬 A peer is here."
    assert "Star 42" in started.text

    await member.send(WORDS[0])
    await peer.send(WORDS[1])
    await member.send_voice()
    peer_copies = [m for m in harness.emulator.bot_messages(PEER_ID) if m.kind in ("text", "voice")]
    copies_to_peer = [m for m in peer_copies if m.text == WORDS[0] or m.kind == "voice"]
    assert [m.kind for m in copies_to_peer] == ["text", "voice"]
    (copy_to_member,) = [m for m in harness.emulator.bot_messages(MEMBER_ID) if m.text == WORDS[1]]
    for copy in [*copies_to_peer, copy_to_member]:
        assert copy.protect_content and "forward" not in repr(copy)
    assert harness.emulator.calls_to("copyMessage")

    # Neither side ever sees the other's id, name or username: every call into each chat.
    assert shows_nothing_of(harness, MEMBER_ID, [str(PEER_ID), PEER_NAME, PEER_USERNAME]) == []
    assert shows_nothing_of(harness, PEER_ID, [str(MEMBER_ID), MEMBER_NAME, MEMBER_USERNAME]) == []
    # No call at all (answers to taps included) names anyone.
    for call in harness.emulator.calls:
        if call.method != "getUpdates":
            made = json.dumps(call.params, default=str)
            for name in (MEMBER_NAME, MEMBER_USERNAME, PEER_NAME, PEER_USERNAME):
                assert name not in made, (call.method, name)

    await member.tap(t("relay-end"))
    assert member.texts() == [t("relay-ended")]
    assert t("relay-ended-peer", conversation=1) in [m.text for m in peer.conversation()]
    # The copies are gone from the peer's chat, and the member's own messages from no chat but
    # their own (which the member clears with a quick exit if they like).
    for copy in copies_to_peer:
        assert harness.emulator.messages(PEER_ID)[copy.message_id - 1].deleted
    # The member is offered the anonymous form, its topic already chosen.
    await member.tap(t("relay-give-feedback"))
    await member.tap(t("feedback-begin"))
    assert t("feedback-topic") not in member.texts()

    runtime = harness.runtime
    await runtime.relay.erase_traces()
    await runtime.database.checkpoint()
    database_path = tmp_path / "bot.db"
    assert await rows_holding(runtime, MEMBER_ID, with_hashes=False) == []
    assert bytes_holding(runtime, database_path, MEMBER_ID, with_hashes=False) == []
    stored = b"".join(
        p.read_bytes() for p in (database_path, database_path.with_name("bot.db-wal")) if p.exists()
    )
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for words in WORDS:
        assert words.encode() not in stored
        assert words not in logged
    for secret in (str(MEMBER_ID), MEMBER_NAME, MEMBER_USERNAME, str(PEER_ID), PEER_NAME):
        assert secret not in logged


async def test_nobody_on_duty_is_said_at_once_and_a_left_message_waits_a_day(harness, clock):
    t = harness.runtime.translator.for_locale("fr")
    en = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    await make_peer(harness, lead, PEER_ID, "Star 42")
    peer = harness.person(PEER_ID)
    member = harness.person(MEMBER_ID, language_code="fr")
    await member.send("/talk")
    await member.tap(t("relay-topic", topic="health"))
    (no_peer,) = member.replies()
    assert no_peer.text == t("relay-no-peer")
    assert [label for label, _ in no_peer.buttons()] == [
        t("relay-emergency"),
        t("safety-button-arrest"),
        t("relay-leave"),
        t("menu-back"),
    ]
    await member.tap(t("relay-emergency"))
    assert member.texts()[0].startswith(t("relay-emergency-title"))
    await member.tap(t("relay-leave"))
    assert member.texts() == [t("relay-leave-message")]
    await member.send("je voudrais parler demain")
    assert member.texts() == [t("relay-held")]

    # A peer who comes on duty later sees it waiting and gets the message on accepting.
    await peer.send("/duty")
    await peer.tap(en("relay-duty-switch-on"))
    assert en("relay-waiting-count", count=1) in peer.texts()[0]
    await peer.tap(en("relay-accept-number", conversation=1))
    assert "je voudrais parler demain" in [m.text for m in harness.emulator.bot_messages(PEER_ID)]
    await peer.tap(en("relay-end"))

    # A message nobody takes is dropped after a day, and the member is told.
    await member.send("/talk")
    await member.tap(t("relay-topic", topic="talk"))  # the peer is still on duty: asked
    await peer.send("/duty")
    await peer.tap(en("relay-duty-switch-off"))
    clock.advance(hours=25)
    await run_sweep(harness)
    assert harness.emulator.bot_messages(MEMBER_ID)[-1].text == t("relay-dropped")
    assert await harness.runtime.relay.of_member(MEMBER_ID) is None


async def test_forged_accept_hand_over_and_end_change_nothing(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await peer_on_duty(harness, lead, PEER_ID, "Star 42", PEER_NAME, PEER_USERNAME)
    other = await peer_on_duty(harness, lead, OTHER_PEER_ID, "Moon 7", "Olga", "olga_x")
    member = harness.person(MEMBER_ID)
    await member.send("/talk")
    await member.tap(t("relay-topic", topic="talk"))
    await peer.tap(t("relay-accept"))
    runtime = harness.runtime
    before = await runtime.relay.get(1)
    assert before is not None and before.open

    # The other peer's stale offer: taken.
    await other.tap(t("relay-accept"))
    assert other.texts() == [t("relay-taken")]
    stranger = harness.person(6_234_567_899)
    await stranger.send("/start")
    for who in (other, stranger, member):
        await who.tap_data(HandOver(1, HandTo.LEAD).pack())
        await who.tap_data(AcceptTalk(1).pack())
    for who in (other, stranger):
        await who.tap_data(EndTalk(1).pack())
    assert await runtime.relay.get(1) == before
    for who in (other, stranger):
        assert t("relay-handed") not in [m.text for m in harness.emulator.bot_messages(MEMBER_ID)]
        assert who.answer() is not None  # refused with a short notice, nothing more
    # Leads see who is available, and who is talking.
    (duty,) = await lead.send("/duty")
    assert t("relay-on-duty-line", alias="Star 42", until="13:00", busy="yes") in duty.text
    assert "Moon 7" in duty.text
    # The conversation still works both ways.
    await member.send("still there?")
    assert "still there?" in [m.text for m in harness.emulator.bot_messages(PEER_ID)]


async def open_conversation(harness, peer, member, t):
    await member.send("/talk")
    await member.tap(t("relay-topic", topic="talk"))
    await peer.tap(t("relay-accept"))


def copies_in(harness, chat_id, text):
    return [m for m in harness.emulator.messages(chat_id) if m.from_bot and m.text == text]


async def test_a_peer_hands_over_to_another_peer_and_their_copies_leave_their_chat(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await peer_on_duty(harness, lead, PEER_ID, "Star 42", PEER_NAME, PEER_USERNAME)
    member = harness.person(MEMBER_ID)
    await open_conversation(harness, peer, member, t)
    other = await peer_on_duty(harness, lead, OTHER_PEER_ID, "Moon 7", "Olga", "olga_x")
    await member.send("first words")
    await peer.tap(t("relay-hand-over"))
    await peer.tap(t("relay-hand-to", to="peer"))
    assert peer.texts() == [t("relay-handed-over")]
    assert all(m.deleted for m in copies_in(harness, PEER_ID, "first words"))
    assert harness.emulator.bot_messages(MEMBER_ID)[-1].text == t("relay-handed")
    # What the member writes while handed over waits for the next peer.
    await member.send("second words")
    await other.tap(t("relay-accept"))
    assert [m.text for m in harness.emulator.bot_messages(MEMBER_ID)][-1].endswith(
        "You are talking with Moon 7. Write here; they see only what you write."
    )
    assert copies_in(harness, OTHER_PEER_ID, "second words")
    assert not copies_in(harness, OTHER_PEER_ID, "first words")  # gone with the first peer
    # The first peer cannot take it back.
    await peer.tap_data(AcceptTalk(1).pack())
    assert (await harness.runtime.relay.get(1)).peer_alias == "Moon 7"


async def test_a_blocked_person_cannot_ask_for_30_days(harness, clock):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await peer_on_duty(harness, lead, PEER_ID, "Star 42", PEER_NAME, PEER_USERNAME)
    member = harness.person(MEMBER_ID)
    await open_conversation(harness, peer, member, t)
    await member.send("abusive words")
    await peer.tap(t("relay-block"))
    await peer.tap(t("relay-block"))
    assert peer.texts() == [t("relay-blocked-done")]
    assert all(m.deleted for m in copies_in(harness, PEER_ID, "abusive words"))
    assert harness.emulator.bot_messages(MEMBER_ID)[-1].text == t("relay-ended")
    runtime = harness.runtime
    rows = await runtime.database.fetch_all("SELECT member_key FROM relay_blocks")
    assert [r[0] for r in rows] == [runtime.keys.relay_block_key(MEMBER_ID)]
    await member.send("/talk")
    assert member.texts() == [t("relay-blocked")]
    clock.advance(days=31)
    await member.send("/talk")
    assert member.texts() == [t("relay-intro")]


async def test_a_quick_exit_on_either_side_ends_it_and_deletes_its_messages_on_both_sides(
    harness,
):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await peer_on_duty(harness, lead, PEER_ID, "Star 42", PEER_NAME, PEER_USERNAME)
    member = harness.person(MEMBER_ID)
    await open_conversation(harness, peer, member, t)
    await member.send("from the member")
    await peer.send("from the peer")
    await member.send("/exit")
    # Everything of the conversation is gone from the peer's chat: the copies and what the peer
    # wrote (the member's own chat is emptied by their exit).
    peer_side = [
        m
        for m in harness.emulator.messages(PEER_ID)
        if m.text in ("from the member", "from the peer")
    ]
    assert len(peer_side) == 2 and all(m.deleted for m in peer_side)
    member_side = [
        m
        for m in harness.emulator.messages(MEMBER_ID)
        if m.text in ("from the member", "from the peer")
    ]
    assert len(member_side) == 2 and all(m.deleted for m in member_side)
    assert t("relay-ended-peer", conversation=1) in [m.text for m in peer.conversation()]
    assert await harness.runtime.relay.of_member(MEMBER_ID) is None

    # The peer's quick exit, too.
    member = harness.person(MEMBER_ID + 10)
    await peer.send("/duty")
    await open_conversation(harness, peer, member, t)
    await member.send("second member words")
    await peer.send("from the second peer")
    # The peer's exit asks whether to keep their role, but the conversation does not wait.
    await peer.send("/exit")
    for chat in (PEER_ID, MEMBER_ID + 10):
        said = [
            m
            for m in harness.emulator.messages(chat)
            if m.text in ("second member words", "from the second peer")
        ]
        assert len(said) == 2 and all(m.deleted for m in said), chat
    assert harness.emulator.bot_messages(MEMBER_ID + 10)[-1].text == t("relay-ended")


async def run_sweep(harness):
    """The minute's sweep, as its job runs it, then the letters it queued."""

    class Context:
        bot = harness.app.bot
        runtime = harness.runtime

    await sweep(Context())
    await harness.drain_outbox()


async def test_an_idle_conversation_ends_and_forgets_the_member(harness, clock, tmp_path):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await peer_on_duty(harness, lead, PEER_ID, "Star 42", PEER_NAME, PEER_USERNAME)
    member = harness.person(MEMBER_ID)
    await open_conversation(harness, peer, member, t)
    await member.send("hello")
    clock.advance(hours=23)
    await run_sweep(harness)
    assert await harness.runtime.relay.of_member(MEMBER_ID) is not None
    clock.advance(hours=2)
    await run_sweep(harness)
    assert all(m.deleted for m in copies_in(harness, PEER_ID, "hello"))
    assert harness.emulator.bot_messages(MEMBER_ID)[-1].text == t("relay-ended")
    assert t("relay-ended-peer", conversation=1) in [m.text for m in peer.conversation()]
    await run_sweep(harness)  # folds the WAL once the letters are out
    assert await rows_holding(harness.runtime, MEMBER_ID, with_hashes=False) == []
    assert bytes_holding(harness.runtime, tmp_path / "bot.db", MEMBER_ID, with_hashes=False) == []


async def test_a_conversation_survives_a_restart(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await peer_on_duty(harness, lead, PEER_ID, "Star 42", PEER_NAME, PEER_USERNAME)
    member = harness.person(MEMBER_ID)
    await open_conversation(harness, peer, member, t)
    await harness.restart()
    await member.send("after the restart")
    assert copies_in(harness, PEER_ID, "after the restart")
    await peer.send("still here")
    assert copies_in(harness, MEMBER_ID, "still here")
