"""The directory through the emulator: near me, areas, filters, keyword search, visibility,
vetting, problem reports, ageing, and what a shared location leaves behind (nothing)."""

import logging
import re
import struct

import pytest

from bot.directory.core import (
    Category,
    EditableField,
    ProblemKind,
    ServiceRecord,
    State,
    Visibility,
)
from bot.handlers.directory.buttons import (
    Approve,
    ChooseField,
    EditField,
    MapPin,
    NearArea,
    ProblemIs,
    ProposeCategoriesDone,
    ProposeCategory,
    ProposeCost,
    ProposeSend,
    ReferralNote,
    Reject,
    ReportProblem,
    ReviewItem,
    SetValue,
    ShowService,
    StillRight,
)
from bot.handlers.menu import Entry, Go
from bot.settings import SUPPORTED_LOCALES
from storage import directory as directory_store
from tests.builders import code_in, make_lead, make_peer
from tests.conftest import BotHarness, settings_for

CENTRE = (-6.8000, 39.2800)
KM_PER_DEGREE = 111.2


def north_of_centre(km: float) -> tuple[float, float]:
    return CENTRE[0] + km / KM_PER_DEGREE, CENTRE[1]


SERVICES = {
    "Harbour Clinic": dict(km=0.5, categories=(Category.HEALTH,), hours="24/7", is_free=True),
    "Legal Aid Desk": dict(km=2.5, categories=(Category.LEGAL_AID,), hours="Mo-Fr 09:00-17:00"),
    "مُسَاعَدَة قانونية": dict(km=1.5, categories=(Category.LEGAL_AID,), hours="Mo-Fr 13:00-17:00"),
    "Santé Pour Tous": dict(
        km=5, categories=(Category.HEALTH,), is_free=True, no_papers_needed=True
    ),
    "Peers Drop-in": dict(km=7, categories=(Category.DROP_IN,), visibility=Visibility.PEERS),
    "Far Clinic": dict(km=15, categories=(Category.HEALTH,), hours="Su 22:00-02:00"),
    "Farther Clinic": dict(km=20, categories=(Category.HEALTH,), sex_worker_led=True),
    "Safe House": dict(
        km=0.2, categories=(Category.SHELTER,), confidential=True, visibility=Visibility.PEERS
    ),
}


@pytest.fixture
async def town(emulator, clock, tmp_path):
    """The bot in a deployment on East African time, with a small directory around CENTRE."""
    settings = settings_for(emulator, tmp_path / "bot.db", TIMEZONE="Africa/Dar_es_Salaam")
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    directory = bot.runtime.directory
    db = bot.runtime.database
    harbour = await directory_store.upsert_area(db, "harbour", "Harbour", *CENTRE)
    await directory_store.upsert_area(db, "hill", "Hill", -6.85, 39.20)
    records = []
    for name, fields in SERVICES.items():
        fields = dict(fields)
        latitude, longitude = north_of_centre(fields.pop("km"))
        records.append(
            ServiceRecord(
                name=name,
                latitude=latitude,
                longitude=longitude,
                area_id=harbour,
                phone="+255222110000",
                languages=("sw", "en"),
                **fields,
            )
        )
    ids = await directory.add(records, state=State.PUBLISHED, by=None)
    bot.ids = dict(zip(SERVICES, ids, strict=True))
    try:
        yield bot
    finally:
        await bot.stop()


async def read_the_answer(person, t) -> str:
    """What a lead decided, as the proposer reads it: the letter names nothing (issue 10.5), the
    outcome comes after a tap on Read, protected."""
    letter = person.emulator.bot_messages(person.chat_id)[-1]
    assert letter.text == t("directory-decision-letter")
    replies = await person.tap(t("directory-decision-read"))
    assert replies[-1].protect_content
    return replies[-1].text


async def proposal_under_review(town, name: str, category: Category = Category.HEALTH):
    """A peer proposes `name` and a lead opens /review: (the lead, the peer)."""
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    viewer = await town.runtime.people.identify(peer.user.id, "en")
    await town.runtime.directory.propose(viewer, ServiceRecord(name, (category,)))
    await lead.send("/review")
    return lead, peer


def is_service(data: str) -> bool:
    return data.startswith(ShowService.prefix + ":")


def result_names(message) -> list[str]:
    return [label.split(" · ")[0] for label, data in message.buttons() if is_service(data)]


async def test_near_me_returns_the_nearest_five_in_order_with_bands_and_open_status(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(30001)
    replies = await person.share_location(*CENTRE)
    assert replies[0].text == t("directory-location-used")
    results = replies[-1]
    assert results.text == t("directory-near-results")
    assert result_names(results) == [
        "Harbour Clinic",
        "مُسَاعَدَة قانونية",
        "Legal Aid Desk",
        "Santé Pour Tous",
        "Far Clinic",
    ]
    labels = [label for label, data in results.buttons() if is_service(data)]
    # Monday 12:00 in Dar es Salaam (09:00 UTC).
    assert labels[0] == "Harbour Clinic · under 1 km · Open now"
    assert labels[1].endswith("1–3 km · Closed. Opens Mon 13:00")
    assert labels[2] == "Legal Aid Desk · 1–3 km · Open now, until 17:00"
    assert labels[3].startswith("Santé Pour Tous · 3–10 km")
    assert labels[4].startswith("Far Clinic · more than 10 km · Closed. Opens Sun 22:00")


async def test_open_now_across_midnight(town, clock):
    clock.advance(days=-1, hours=13)  # Sunday 22:00 UTC = Monday 01:00 in Dar es Salaam
    person = town.person(30002)
    await person.send("/find")
    await person.tap("☐ Open now")
    replies = await person.share_location(*CENTRE)
    assert result_names(replies[-1]) == ["Harbour Clinic", "Far Clinic"]


async def test_a_peer_sees_peers_only_services_and_nobody_sees_a_confidential_one_near_them(town):
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    replies = await peer.share_location(*CENTRE)
    names = result_names(replies[-1])
    assert "Peers Drop-in" in names and "Safe House" not in names
    replies = await town.admin().share_location(*CENTRE)
    assert "Safe House" not in result_names(replies[-1])


async def test_area_picker_and_filters(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(30003)
    await person.send("/find")
    await person.tap("☐ Free")
    await person.tap(t("directory-near-me"))
    replies = await person.tap(t("directory-near-any"))  # issue 10.14: near me asks the type
    assert any(m.text == t("directory-near-ask") for m in replies)
    replies = await person.tap("Harbour")
    assert replies[-1].text == t("directory-area-results", area="Harbour")
    assert result_names(replies[-1]) == ["Harbour Clinic", "Santé Pour Tous"]
    await person.send("/find")
    await person.tap("☑ Free")
    await person.tap("☐ No papers needed")
    replies = await person.tap(t("directory-by-category"))
    replies = await person.tap(t("directory-category-button", category="health"))
    assert result_names(replies[-1]) == ["Santé Pour Tous"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("sante", "Santé Pour Tous"),
        ("SANTÉ", "Santé Pour Tous"),
        ("santé pour", "Santé Pour Tous"),
        ("مساعدة", "مُسَاعَدَة قانونية"),
        ("قانونيه", "مُسَاعَدَة قانونية"),
        ("legal", "Legal Aid Desk"),
        ("clin", "Harbour Clinic"),
        ("afya", "Harbour Clinic"),  # the Swahili name of the health category
    ],
)
async def test_keyword_search_ignores_case_and_accents_in_any_language(town, words, expected):
    t = town.runtime.translator.for_locale("en")
    person = town.person(30004)
    await person.send("/find")
    await person.tap(t("directory-by-word"))
    replies = await person.send(words)
    assert expected in result_names(replies[-1])
    assert "Peers Drop-in" not in result_names(replies[-1])


async def test_a_member_never_sees_a_peers_only_service_by_any_path(town):
    t = town.runtime.translator.for_locale("en")
    hidden = [town.ids["Peers Drop-in"], town.ids["Safe House"]]
    member = town.person(30005)
    replies = await member.send("/search drop")
    assert "Peers Drop-in" not in result_names(replies[-1])
    await member.send("/find")
    await member.tap(t("directory-by-category"))
    replies = await member.tap(t("directory-category-button", category="drop-in"))
    assert result_names(replies[-1]) == []
    for service_id in hidden:
        for button in (ShowService, MapPin, ReferralNote, StillRight, ReportProblem):
            replies = await member.tap_data(button(service_id).pack())
            assert member.answer()["text"] == t("common-no-longer-available")
            assert all("Peers Drop-in" not in (m.text or "") for m in replies)
    venues = town.emulator.calls_to("sendVenue")
    assert venues == []


async def test_a_card_shows_everything_and_fits_every_language(town):
    service_id = town.ids["Santé Pour Tous"]
    for locale in SUPPORTED_LOCALES:
        t = town.runtime.translator.for_locale(locale)
        person = town.person(30100 + len(locale) * 7 + ord(locale[0]), language_code=locale)
        await person.send("/start")
        replies = await person.tap_data(ShowService(service_id).pack())
        card = replies[-1].text
        assert "Santé Pour Tous" in card and len(card) <= 4096
        assert t("directory-card-free") in card
        assert "+255 22 211 0000" in card  # issue 10.14: read the international way
        assert t("directory-card-checked", days=0) in card
    replies = await person.tap(town.runtime.translator.format("es", "directory-button-map"))
    assert replies[-1].kind == "venue"


async def test_a_referral_note_is_bilingual_counted_and_anonymous(town):
    person = town.person(30006, language_code="fr", first_name="Imani")
    await person.send("/start")
    await person.tap_data(ShowService(town.ids["Harbour Clinic"]).pack())
    replies = await person.tap(town.runtime.translator.format("fr", "directory-button-referral"))
    note = replies[-1]
    assert note.protect_content
    assert "Harbour Clinic" in note.text
    assert "Imani" not in note.text and "30006" not in note.text
    code = re.search(r"[A-Z0-9]{6}", note.text.split("\n")[2]).group(0)
    assert note.text.count(code) == 2  # French, then Swahili (the service's first language)
    count = await directory_store.referrals(
        town.runtime.database, town.ids["Harbour Clinic"], "2026-03"
    )
    assert count == 1


async def test_a_peer_proposes_and_a_lead_publishes(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    await peer.tap(t("menu-propose"))
    await peer.send("Night Clinic")
    await peer.tap("☐ " + t("directory-category-button", category="hiv-sti"))
    await peer.tap(t("directory-done"))
    await peer.send("Amani Health Trust")
    await peer.tap(t("directory-skip"))  # description
    replies = await peer.send("not a phone")
    assert replies[-1].text == t("directory-propose-phone-invalid")
    await peer.send("+255 22 211 0001")
    await peer.share_location(*north_of_centre(0.8))
    await peer.tap("Harbour")
    await peer.tap(t("directory-hours-custom"))
    await peer.send("Mo-Sa 18:00-02:00")
    await peer.tap(t("directory-answer-yes"))  # free
    await peer.tap(t("directory-answer-yes"))  # no papers needed
    await peer.tap("☐ " + t("directory-flag", flag="trans_friendly"))
    await peer.tap(t("directory-done"))
    replies = await peer.tap(t("directory-visibility-public"))
    assert "Night Clinic" in replies[-1].text and "+255 22 211 0001" in replies[-1].text
    replies = await peer.tap(t("directory-send"))
    assert replies[-1].text == t("directory-propose-sent")
    assert any(m.text == t("directory-review-waiting") for m in lead.conversation())

    member = town.person(30007)
    assert "Night Clinic" not in result_names((await member.send("/search night"))[-1])

    await lead.send("/review")
    replies = await lead.tap(t("directory-approve"))
    assert replies[-1].text == t("directory-approved", name="Night Clinic")
    told = await read_the_answer(peer, t)
    assert told == t("directory-proposal-published", name="Night Clinic")
    assert "Night Clinic" in result_names((await member.send("/search night"))[-1])

    service_id = (await member.send("/search night"))[-1].buttons()[0][1].split(":")[-1]
    history = await directory_store.history(town.runtime.database, int(service_id))
    assert [(h["field"], h["old_value"], h["new_value"]) for h in history][:1] == [
        ("state", "proposed", "published")
    ]


async def test_a_peer_types_opening_hours_with_the_day_names_of_their_language(town):
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await peer.send("/language")
    await peer.tap("Español")
    t = town.runtime.translator.for_locale("es")
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    await peer.tap(t("menu-propose"))
    await peer.send("Clínica de Noche")
    await peer.tap("☐ " + t("directory-category-button", category="hiv-sti"))
    await peer.tap(t("directory-done"))
    await peer.tap(t("directory-skip"))  # organisation
    await peer.tap(t("directory-skip"))  # description
    await peer.tap(t("directory-skip"))  # phone
    await peer.share_location(*north_of_centre(0.8))
    await peer.tap("Harbour")
    replies = await peer.tap(t("directory-hours-custom"))
    assert "lun-vie 09:00-17:00; sáb 10:00-14:00" in replies[-1].text
    replies = await peer.send("lunes-sábado 18:00-02:00")
    assert replies[-1].text == t("directory-propose-cost")
    assert town.runtime  # the draft keeps the codes every language reads:
    await peer.tap(t("directory-answer-yes"))
    await peer.tap(t("directory-answer-yes"))
    await peer.tap(t("directory-done"))
    replies = await peer.tap(t("directory-visibility-public"))
    assert "lun–sáb" in replies[-1].text, replies[-1].text


async def test_a_lead_rejects_with_a_reason_the_proposer_sees(town):
    t = town.runtime.translator.for_locale("en")
    lead, peer = await proposal_under_review(town, "Dubious Place")
    await lead.tap(t("directory-reject"))
    replies = await lead.send("They ask for a fee to register")
    assert replies[-1].text == t("directory-rejected", name="Dubious Place")
    told = await read_the_answer(peer, t)
    assert told == t(
        "directory-proposal-rejected", name="Dubious Place", reason="They ask for a fee to register"
    )


async def test_a_forged_approve_from_a_peer_changes_nothing(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    viewer = await town.runtime.people.identify(peer.user.id, "en")
    service_id = await town.runtime.directory.propose(
        viewer, ServiceRecord("Mine", (Category.HEALTH,))
    )
    for data in (Approve(service_id).pack(), Reject(service_id).pack(), ReviewItem(0).pack()):
        await peer.tap_data(data)
        assert peer.answer()["text"] == t("common-no-longer-available")
    row = await directory_store.get_service(town.runtime.database, service_id)
    assert row["state"] == "proposed"


async def test_two_peers_reports_or_one_leads_send_a_service_back_to_review(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    first = await make_peer(town, lead, 7111, "One")
    second = await make_peer(town, lead, 7112, "Two")
    clinic = town.ids["Harbour Clinic"]
    await first.tap_data(ProblemIs(clinic, ProblemKind.CALLED_POLICE).pack())
    assert first.replies()[-1].text == t("directory-report-thanks")
    await first.tap_data(
        ProblemIs(clinic, ProblemKind.CALLED_POLICE).pack()
    )  # the same peer again: still one
    assert (await directory_store.get_service(town.runtime.database, clinic))[
        "state"
    ] == "published"
    await second.tap_data(ProblemIs(clinic, ProblemKind.ASKED_FOR_PAPERS).pack())
    assert second.replies()[-1].text == t("directory-report-review")
    assert (await directory_store.get_service(town.runtime.database, clinic))["state"] == "review"
    member = town.person(30008)
    assert "Harbour Clinic" not in result_names((await member.share_location(*CENTRE))[-1])

    desk = town.ids["Legal Aid Desk"]
    await lead.tap_data(ProblemIs(desk, ProblemKind.CLOSED).pack())
    assert (await directory_store.get_service(town.runtime.database, desk))["state"] == "review"


async def test_ageing_due_then_not_recent_then_hidden(town, clock):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    member = town.person(30009)
    await member.send("/start")
    clinic = town.ids["Harbour Clinic"]

    clock.advance(days=89)
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    assert (await peer.tap(t("menu-recheck")))[-1].text == t("directory-recheck-none")
    clock.advance(days=1)  # 90 days: offered to peers
    replies = await peer.tap_data(Go(Entry.RECHECK).pack())
    assert "Harbour Clinic" in [label for label, _ in replies[-1].buttons()]
    clock.advance(days=30)  # 120 days: "not checked recently"
    card = (await member.tap_data(ShowService(clinic).pack()))[-1].text
    assert t("directory-card-not-recent", days=120) in card
    clock.advance(days=60)  # 180 days: hidden
    await member.tap_data(ShowService(clinic).pack())
    assert member.answer()["text"] == t("common-no-longer-available")
    assert "Harbour Clinic" not in result_names((await member.share_location(*CENTRE))[-1])
    await lead.send("/review")
    summary = lead.replies()[-1].text
    assert "Hidden: 8" in summary

    await peer.tap_data(StillRight(clinic).pack())  # a peer checks it: back at once
    assert peer.answer()["text"] == t("directory-confirmed")
    card = (await member.tap_data(ShowService(clinic).pack()))[-1].text
    assert t("directory-card-checked", days=0) in card


async def test_a_shared_location_leaves_no_trace(town, caplog):
    caplog.set_level(logging.DEBUG)
    latitude, longitude = -6.80123, 39.28456
    person = town.person(30010)
    replies = await person.share_location(latitude, longitude)
    # Issue 10.6: the location message leaves the phone at once, by itself, and one short line
    # says so; no button to find.
    shared = next(m for m in town.emulator.messages(person.chat_id) if m.kind == "location")
    assert shared.deleted
    assert replies[0].text == town.runtime.translator.format("en", "directory-location-used")
    assert "deleted" in replies[0].text
    assert not [data for m in replies for _, data in m.buttons() if data.startswith("dforget")]
    await person.share_location(latitude, longitude, live_period=600)
    assert person.replies()[-1].text == town.runtime.translator.format(
        "en", "directory-live-location"
    )
    await town.runtime.database.checkpoint()
    path = town.settings.database_path
    stored = b"".join(
        p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
    )
    for value in (latitude, longitude):
        assert str(value).encode() not in stored
        assert struct.pack(">d", value) not in stored
        assert str(value)[:6] not in caplog.text


async def test_a_peers_change_waits_beside_the_live_record_until_a_lead_publishes_it(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    desk = town.ids["Legal Aid Desk"]
    await peer.tap_data(ShowService(desk).pack())
    await peer.tap(t("directory-button-change"))
    await peer.tap(t("directory-field", field="phone"))
    assert (await peer.send("not a number"))[-1].text == t("directory-change-invalid")
    replies = await peer.send("+255 22 211 0099")
    assert replies[-1].text == t("directory-change-drafted")

    member = town.person(30011)
    await member.send("/start")
    card = (await member.tap_data(ShowService(desk).pack()))[-1].text
    assert "+255 22 211 0000" in card and "+255 22 211 0099" not in card

    await lead.send("/review")
    queue = lead.replies()[-1].text
    assert "+255 22 211 0000 → +255 22 211 0099" in queue
    replies = await lead.tap(t("directory-change-publish"))
    assert replies[-1].text == t("directory-change-published", name="Legal Aid Desk")
    card = (await member.tap_data(ShowService(desk).pack()))[-1].text
    assert "+255 22 211 0099" in card
    told = await read_the_answer(peer, t)
    assert told == t("directory-your-change-published", name="Legal Aid Desk")
    history = await directory_store.history(town.runtime.database, desk)
    assert ("phone", "+255222110000", "+255222110099") in [
        (h["field"], h["old_value"], h["new_value"]) for h in history
    ]


async def test_a_rejected_change_leaves_the_record_as_it_was(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    clinic = town.ids["Harbour Clinic"]
    await peer.tap_data(ChooseField(clinic).pack())
    await peer.tap(t("directory-field", field="status"))
    replies = await peer.tap(t("directory-status", status="temporarily_closed"))
    assert replies[-1].text == t("directory-change-drafted")
    await lead.send("/review")
    await lead.tap(t("directory-reject"))
    await lead.send("It is open, I called them")
    told = await read_the_answer(peer, t)
    assert told == t(
        "directory-your-change-rejected", name="Harbour Clinic", reason="It is open, I called them"
    )
    row = await directory_store.get_service(town.runtime.database, clinic)
    assert row["status"] == "active"


async def test_a_lead_edits_a_proposal_then_publishes_it(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    viewer = await town.runtime.people.identify(peer.user.id, "en")
    service_id = await town.runtime.directory.propose(
        viewer, ServiceRecord("Clinik typo", (Category.HEALTH,))
    )
    await lead.send("/review")
    await lead.tap(t("directory-button-edit"))  # issue 10.14: a lead edits, not suggests
    await lead.tap(t("directory-field", field="name"))
    assert (await lead.send("Clinic Without Typo"))[-1].text == t("directory-change-applied")
    await lead.send("/review")
    await lead.tap(t("directory-approve"))
    row = await directory_store.get_service(town.runtime.database, service_id)
    assert (row["name"], row["state"]) == ("Clinic Without Typo", "published")
    fields = [h["field"] for h in await directory_store.history(town.runtime.database, service_id)]
    assert fields[:2] == ["name", "state"]


async def test_a_member_cannot_suggest_a_change(town):
    t = town.runtime.translator.for_locale("en")
    member = town.person(30012)
    await member.send("/start")
    clinic = town.ids["Harbour Clinic"]
    for data in (
        ChooseField(clinic).pack(),
        EditField(clinic, EditableField.PHONE).pack(),
        SetValue(clinic, EditableField.STATUS, "closed").pack(),
    ):
        await member.tap_data(data)
        assert member.answer()["text"] == t("common-no-longer-available")
    row = await directory_store.get_service(town.runtime.database, clinic)
    assert row["status"] == "active"
    assert await directory_store.pending_changes(town.runtime.database, 10) == []


async def test_the_longest_possible_card_fits_one_message_in_every_language(town):
    long_record = ServiceRecord(
        name="N" * 120,
        organisation="O" * 120,
        description="D " * 500,
        categories=tuple(Category),
        phone="+255222110000",
        email="e" * 60 + "@clinic.example",
        url="https://" + "u" * 200 + ".example",
        fees="F" * 300,
        eligibility="E" * 300,
        documents_required="P" * 300,
        languages=("sw", "en", "fr", "ar", "es", "pt", "so"),
        notice="!" * 300,
        location_name="L" * 300,
        address="A" * 300,
        directions="W" * 300,
        accessibility="Y" * 300,
        interpretation=True,
        latitude=CENTRE[0],
        longitude=CENTRE[1],
        hours="Mo 08:00-09:00,10:00-11:00; Tu 08:00-09:00;"
        " We 10:00-11:00; Th 08:00-09:00; Fr 10:00-11:00; Sa 08:00-09:00; Su 10:00-11:00",
        sex_worker_led=True,
        rights_based=True,
        no_police_reporting=True,
        trans_friendly=True,
        walk_in=True,
    )
    (service_id,) = await town.runtime.directory.add([long_record], state=State.PUBLISHED, by=None)
    for number, locale in enumerate(SUPPORTED_LOCALES):
        t = town.runtime.translator.for_locale(locale)
        person = town.person(31000 + number, language_code=locale)
        await person.send("/start")
        card = (await person.tap_data(ShowService(service_id).pack()))[-1].text
        assert len(card) <= 4096
        assert "+255 22 211 0000" in card  # nothing important was cut off the end
        assert t("directory-card-checked", days=0) in card


async def test_peers_are_offered_the_due_checks_of_their_area_each_week(town, clock):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    placed = await make_peer(town, lead, 7121, "Placed")
    unplaced = await make_peer(town, lead, 7122, "Anywhere")
    await lead.send("/team")
    await lead.tap("Placed · peer educator")
    await lead.tap(t("people-set-area"))
    replies = await lead.tap("Hill")
    assert t("people-member-area", area="Hill") in replies[-1].text

    jobs = town.app.job_queue.get_jobs_by_name("weekly re-check offers")
    assert len(jobs) == 1
    sends_before = len(town.emulator.calls_to("sendMessage"))
    await jobs[0].run(town.app)  # nothing is due yet: nobody is disturbed
    await town.drain_outbox()
    assert len(town.emulator.calls_to("sendMessage")) == sends_before
    clock.advance(days=95)
    await jobs[0].run(town.app)
    await town.drain_outbox()
    await town.emulator.wait_idle()
    # Nothing is due in Hill; everything (8 services) is due for a peer without an area.
    assert all("need" not in (m.text or "") for m in town.emulator.bot_messages(placed.user.id))
    offer = town.emulator.bot_messages(unplaced.user.id)[-1]
    assert offer.text == t("directory-recheck-offer", count=8)
    replies = await unplaced.tap(t("menu-recheck"))
    assert "Harbour Clinic" in [label for label, _ in replies[-1].buttons()]


# --- defects of issue 9 -------------------------------------------------------------------------


async def test_a_peer_who_quick_exits_mid_proposal_is_not_carried_back_into_it(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await peer.send("/propose")
    await peer.send("Night Clinic")  # the name: the categories come next
    await peer.send("/exit")
    await peer.tap(t("exit-keep-role"))
    replies = await peer.send("hello")
    assert t("directory-propose-categories") not in [m.text for m in replies]
    assert replies[-1].text == t("common-use-buttons")
    # A button of the abandoned proposal: the form closed (issue 10.10), it offers to start again.
    replies = await peer.tap_data(ProposeCategoriesDone().pack())
    assert replies[-1].text == t("directory-propose-closed")
    assert (t("directory-propose-again"), Go(Entry.PROPOSE).pack()) in replies[-1].buttons()
    assert await directory_store.count_services(town.runtime.database, unpublished_only=True) == 0


async def test_stale_and_forged_directory_buttons_get_one_neutral_answer_and_no_error(town, caplog):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await peer.send("/propose")
    await peer.send("Night Clinic")
    await peer.tap("☐ " + t("directory-category-button", category="health"))
    await peer.send("/cancel")
    clinic = town.ids["Harbour Clinic"]
    answers_before = len(town.emulator.calls_to("answerCallbackQuery"))
    for data in (ProposeCategoriesDone().pack(), ProposeCost("yes").pack()):
        # Buttons of the cancelled proposal: the form closed (issue 10.10), answered once.
        await peer.tap_data(data)
        assert town.emulator.bot_messages(peer.chat_id)[-1].text == t("directory-propose-closed")
    assert len(town.emulator.calls_to("answerCallbackQuery")) - answers_before == 2
    answers_before = len(town.emulator.calls_to("answerCallbackQuery"))
    await peer.send("/propose")
    await peer.send("Night Clinic")
    stale_or_forged = [
        ProposeCost("yes").pack(),  # a step this proposal has not reached
        "dcat:zzz:0",
        "dcat:health:-1",
        "dsvc:abc",
        "dsvc:007",
        "dpk:1:nope",
        "dqueue:99999",
        f"dval:{clinic}:phone:closed",
        f"dsvc:{clinic}:1",
        "dsq:0",  # no search to page through
        ShowService(999_999).pack(),
        NearArea(999_999).pack(),
        ReviewItem(0).pack(),
    ]
    for data in stale_or_forged:
        await peer.tap_data(data)
        assert peer.answer()["text"] == t("common-no-longer-available"), data
    answers = len(town.emulator.calls_to("answerCallbackQuery")) - answers_before
    assert answers == len(stale_or_forged)  # each tap answered exactly once
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert await directory_store.pending_changes(town.runtime.database, 10) == []


async def test_a_rejection_reason_reaches_the_proposer_scrubbed(town):
    t = town.runtime.translator.for_locale("en")
    lead, peer = await proposal_under_review(town, "Dubious")
    await lead.tap(t("directory-reject"))
    await lead.send("Call the owner on +255 22 211 0001 or write to boss@example.org")
    told = await read_the_answer(peer, t)
    assert told.startswith(t("directory-proposal-rejected", name="Dubious", reason="Call"))
    assert "211 0001" not in told and "2110001" not in told and "boss@example.org" not in told


async def test_leads_hear_of_new_work_with_a_button_that_opens_the_review_queue(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await peer.tap_data(ShowService(town.ids["Legal Aid Desk"]).pack())
    await peer.tap(t("directory-button-change"))
    await peer.tap(t("directory-field", field="phone"))
    await peer.send("+255 22 211 0099")
    note = town.emulator.bot_messages(lead.user.id)[-1]
    assert note.text == t("directory-review-waiting")
    replies = await lead.tap(t("menu-queue"))
    assert "+255 22 211 0000 → +255 22 211 0099" in replies[-1].text


async def test_weekly_offers_are_one_job_after_a_restart_and_go_through_the_outbox(town, clock):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await town.restart()  # the job is registered again at start, under the same name
    (job,) = town.app.job_queue.get_jobs_by_name("weekly re-check offers")
    clock.advance(days=95)
    await job.run(town.app)
    await town.drain_outbox()
    offers = [
        m
        for m in town.emulator.bot_messages(peer.user.id)
        if m.text == t("directory-recheck-offer", count=8)
    ]
    assert len(offers) == 1
    assert offers[0].buttons() == [(t("menu-recheck"), Go(Entry.RECHECK).pack())]
    assert await town.runtime.outbox.waiting() == 0


async def test_a_change_typed_after_the_service_went_is_refused_and_ends_the_form(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    desk = town.ids["Legal Aid Desk"]
    await peer.tap_data(ShowService(desk).pack())
    await peer.tap(t("directory-button-change"))
    await peer.tap(t("directory-field", field="phone"))
    await lead.tap_data(ProblemIs(desk, ProblemKind.CLOSED).pack())  # back to review meanwhile
    replies = await peer.send("+255 22 211 0099")
    assert replies[-1].text == t("common-not-available")
    assert (await peer.send("+255 22 211 0098"))[-1].text == t("common-use-buttons")
    assert await directory_store.pending_changes(town.runtime.database, 10) == []


# --- issue 10: keep every promise ---------------------------------------------------------------


def buttons_of(messages) -> list[tuple[str, str]]:
    return [button for message in messages for button in message.buttons()]


async def propose_until_review(peer, t, name: str = "Night Clinic") -> None:
    """A proposal through every step, up to the review screen with its Send button."""
    await peer.send("/propose")
    await peer.send(name)
    await peer.tap("☐ " + t("directory-category-button", category="health"))
    await peer.tap(t("directory-done"))
    await peer.tap(t("directory-skip"))  # organisation
    await peer.tap(t("directory-skip"))  # description
    await peer.tap(t("directory-skip"))  # phone
    await peer.tap(t("directory-skip"))  # place
    await peer.tap("Harbour")
    await peer.tap(t("directory-hours-always"))
    await peer.tap(t("directory-answer-yes"))
    await peer.tap(t("directory-answer-yes"))
    await peer.tap(t("directory-done"))
    replies = await peer.tap(t("directory-visibility-public"))
    assert (t("directory-send"), ProposeSend().pack()) in replies[-1].buttons()


async def test_a_24_hour_service_reads_open_24_hours(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(32001)
    await person.send("/start")
    card = (await person.tap_data(ShowService(town.ids["Harbour Clinic"]).pack()))[-1].text
    assert t("directory-card-open-24-hours") in card
    assert "00:00" not in card


async def test_an_empty_keyword_search_says_nothing_was_found_for_that_word(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(32002)
    replies = await person.send("/search zebra")
    assert replies[-1].text == t("directory-search-none", words="zebra")
    assert t("directory-no-results") != replies[-1].text
    assert "type of service" not in replies[-1].text
    # The way to try another word is one tap away.
    await person.tap(t("directory-search-again"))
    assert "Legal Aid Desk" in result_names((await person.send("legal"))[-1])


async def test_phones_read_the_international_way_on_cards_and_on_the_rights_card(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(32003)
    await person.send("/start")
    card = (await person.tap_data(ShowService(town.ids["Legal Aid Desk"]).pack()))[-1].text
    assert t("directory-card-phone", phone="+255 22 211 0000") in card
    assert "+255222110000" not in card
    await person.send("/rights")
    replies = await person.tap(t("safety-button-arrest"))
    rights = "\n".join(m.text for m in replies)
    assert "Legal Aid Desk: +255 22 211 0000" in rights


async def test_the_nearest_clinic_of_one_type_is_four_taps_from_the_menu(town):
    t = town.runtime.translator.for_locale("en")
    await town.runtime.directory.add(
        [
            ServiceRecord(
                "Corner Legal Kiosk",
                (Category.LEGAL_AID,),
                latitude=north_of_centre(0.1)[0],
                longitude=CENTRE[1],
                is_free=True,
            )
        ],
        state=State.PUBLISHED,
        by=None,
    )
    person = town.person(32004)
    await person.send("/start")
    taps = 0
    await person.tap(t("menu-find"))
    taps += 1
    await person.tap(t("directory-near-me"))
    taps += 1
    replies = await person.tap(t("directory-category-button", category="health"))
    taps += 1
    # Telegram's own "share my location" button is offered, for one use.
    keyboards = [(m.reply_markup or {}).get("keyboard") or [] for m in replies]
    assert any(b.get("request_location") for rows in keyboards for row in rows for b in row)
    replies = await person.share_location(*CENTRE)
    taps += 1
    assert taps <= 4
    names = result_names(replies[-1])
    assert names[0] == "Harbour Clinic"  # the nearest free clinic, not the nearer legal kiosk
    assert names == ["Harbour Clinic", "Santé Pour Tous", "Far Clinic", "Farther Clinic"]
    assert replies[-1].text == t(
        "directory-near-type-results", category=t("directory-category", category="health")
    )
    # The type was for that one search: the next shared location looks for every type again.
    replies = await person.share_location(*CENTRE)
    assert result_names(replies[-1])[0] == "Corner Legal Kiosk"
    # Near an area, narrowed the same way.
    await person.send("/find")
    await person.tap(t("directory-near-me"))
    await person.tap(t("directory-category-button", category="legal-aid"))
    replies = await person.tap("Harbour")
    assert result_names(replies[-1]) == ["Corner Legal Kiosk", "مُسَاعَدَة قانونية", "Legal Aid Desk"]
    # And every type, as before, in one more tap.
    await person.send("/find")
    await person.tap(t("directory-near-me"))
    await person.tap(t("directory-near-any"))
    replies = await person.tap("Harbour")
    assert result_names(replies[-1])[:2] == ["Corner Legal Kiosk", "Harbour Clinic"]


async def test_accessibility_and_interpretation_appear_on_the_card(town):
    t = town.runtime.translator.for_locale("en")
    (service_id,) = await town.runtime.directory.add(
        [
            ServiceRecord(
                "Step-free Clinic",
                (Category.HEALTH,),
                accessibility="Ramp at the side door",
                interpretation=True,
            )
        ],
        state=State.PUBLISHED,
        by=None,
    )
    person = town.person(32005)
    await person.send("/start")
    card = (await person.tap_data(ShowService(service_id).pack()))[-1].text
    assert t("directory-card-accessibility", accessibility="Ramp at the side door") in card
    assert t("directory-card-interpretation", available="yes") in card


async def test_peers_recheck_a_hidden_service_from_the_check_list_and_it_comes_back(town, clock):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    member = town.person(32006)
    await member.send("/start")
    clinic = town.ids["Harbour Clinic"]
    clock.advance(days=181)  # hidden from everyone
    await member.tap_data(ShowService(clinic).pack())
    assert member.answer()["text"] == t("common-no-longer-available")

    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    replies = await peer.tap(t("menu-recheck"))
    assert "Harbour Clinic" in [label for label, _ in replies[-1].buttons()]
    replies = await peer.tap("Harbour Clinic")
    card = replies[-1].text
    assert card.startswith("Harbour Clinic")
    assert t("directory-card-not-recent", days=181) in card
    await peer.tap(t("directory-button-confirm"))
    assert peer.answer()["text"] == t("directory-confirmed")
    card = (await member.tap_data(ShowService(clinic).pack()))[-1].text
    assert t("directory-card-checked", days=0) in card


async def test_a_peer_checking_a_hidden_service_can_report_that_it_closed(town, clock):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    clock.advance(days=181)
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    await peer.tap(t("menu-recheck"))
    await peer.tap("Legal Aid Desk")
    await peer.tap(t("directory-button-report"))
    replies = await peer.tap(t("directory-problem", kind="closed"))
    assert replies[-1].text == t("directory-report-thanks")


async def test_a_peer_sees_their_own_proposals_waiting_for_review(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    other = await make_peer(town, lead, 7102, "Moon 7")
    await propose_until_review(peer, t, "Night Clinic")
    await peer.tap(t("directory-send"))
    await propose_until_review(other, t, "Someone Else's Clinic")
    await other.tap(t("directory-send"))
    await peer.tap_data(ChooseField(town.ids["Legal Aid Desk"]).pack())
    await peer.tap(t("directory-field", field="status"))
    await peer.tap(t("directory-status", status="temporarily_closed"))

    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    replies = await peer.tap(t("menu-propose"))
    assert "Night Clinic" in replies[-1].text
    field = t("directory-field", field="status")
    assert t("directory-your-change", name="Legal Aid Desk", field=field) in replies[-1].text
    assert "Someone Else's Clinic" not in replies[-1].text
    assert t("directory-propose-name") in replies[-1].text
    await peer.send("/cancel")
    await lead.send("/review")
    await lead.tap(t("directory-approve"))
    replies = await peer.send("/propose")
    assert "Night Clinic" not in replies[-1].text


async def test_a_repeated_problem_report_says_it_was_already_received(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    clinic = town.ids["Harbour Clinic"]
    await peer.tap_data(ShowService(clinic).pack())
    await peer.tap(t("directory-button-report"))
    replies = await peer.tap(t("directory-problem", kind="wrong-hours"))
    assert replies[-1].text == t("directory-report-thanks")
    await peer.tap_data(ShowService(clinic).pack())
    await peer.tap(t("directory-button-report"))
    replies = await peer.tap(t("directory-problem", kind="wrong-hours"))
    assert replies[-1].text == t("directory-report-already")
    assert await directory_store.open_reports(town.runtime.database, clinic) == ["wrong-hours"]


async def test_a_leads_change_is_an_edit_not_a_suggestion(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    desk = town.ids["Legal Aid Desk"]
    replies = await lead.tap_data(ShowService(desk).pack())
    labels = [label for label, _ in replies[-1].buttons()]
    assert t("directory-button-edit") in labels and t("directory-button-change") not in labels
    replies = await lead.tap(t("directory-button-edit"))
    assert replies[-1].text == t("directory-edit-choose")
    await lead.tap(t("directory-field", field="name"))
    replies = await lead.send("Haki Desk")
    assert replies[-1].text == t("directory-change-applied")
    assert (await directory_store.get_service(town.runtime.database, desk))["name"] == "Haki Desk"
    assert await directory_store.pending_changes(town.runtime.database, 10) == []


async def test_a_lead_invited_by_an_admin_is_not_offered_a_peer_alias(town):
    admin = town.admin()
    code = code_in(await admin.send("/invite lead"))
    lead = town.person(7009)
    replies = await lead.send(f"/start join_{code}")
    labels = [label for label, _ in buttons_of(replies)]
    assert labels and not any("Peer-" in label for label in labels)
    identity = await town.runtime.people.identify(lead.user.id, "en")
    assert not identity.alias.startswith("Peer-")
    t = town.runtime.translator.for_locale("en")
    assert t("people-alias-keep", alias=identity.alias) in labels
    assert identity.alias.startswith("Lead-")


async def test_a_proposal_sent_after_a_restart_says_the_form_closed_not_sent(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await propose_until_review(peer, t)
    await town.restart()  # the draft lived in memory
    replies = await peer.tap(t("directory-send"))
    texts = [m.text for m in replies]
    assert t("directory-propose-sent") not in texts
    assert replies[-1].text == t("directory-propose-closed")
    assert peer.answer()["text"] == t("common-no-longer-available")  # one neutral answer
    assert await directory_store.count_services(town.runtime.database, unpublished_only=True) == 0
    # ...and offers to start again.
    replies = await peer.tap(t("directory-propose-again"))
    assert t("directory-propose-name") in replies[-1].text


async def test_a_proposal_sent_after_cancel_or_a_quick_exit_says_the_form_closed(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await propose_until_review(peer, t)
    await peer.send("/cancel")
    replies = await peer.tap(t("directory-send"))
    assert replies[-1].text == t("directory-propose-closed")
    await propose_until_review(peer, t)
    await peer.send("/exit")
    await peer.tap(t("exit-keep-role"))
    replies = await peer.tap_data(ProposeSend().pack())
    assert [m.text for m in replies][-1] == t("directory-propose-closed")
    assert t("directory-propose-sent") not in [m.text for m in peer.conversation()][-3:]
    assert await directory_store.count_services(town.runtime.database, unpublished_only=True) == 0


async def test_cancel_ends_the_proposal_so_the_next_text_is_not_its_name(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    replies = await peer.send("/propose")
    assert t("directory-propose-name") in replies[-1].text
    replies = await peer.send("/cancel")
    assert replies[-1].text == t("common-cancelled")
    replies = await peer.send("Night Clinic")
    assert t("directory-propose-categories") not in [m.text for m in replies]
    assert replies[-1].text == t("common-use-buttons")
    await peer.tap_data(ProposeCategory(Category.HEALTH).pack())
    assert await directory_store.count_services(town.runtime.database, unpublished_only=True) == 0


async def test_every_note_to_leads_carries_the_button_that_opens_the_review(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    first = await make_peer(town, lead)
    second = await make_peer(town, lead, 7102, "Moon 7")
    review_button = (t("menu-queue"), Go(Entry.REVIEW).pack())

    def last_note():
        return town.emulator.bot_messages(lead.user.id)[-1]

    await propose_until_review(first, t)
    await first.tap(t("directory-send"))  # a proposal
    assert last_note().buttons() == [review_button]
    await first.tap_data(ChooseField(town.ids["Legal Aid Desk"]).pack())  # a change
    await first.tap(t("directory-field", field="status"))
    await first.tap(t("directory-status", status="temporarily_closed"))
    assert last_note().buttons() == [review_button]
    clinic = town.ids["Harbour Clinic"]
    await first.tap_data(ProblemIs(clinic, ProblemKind.CLOSED).pack())
    await second.tap_data(ProblemIs(clinic, ProblemKind.CLOSED).pack())  # back to review
    assert last_note().buttons() == [review_button]
    for note in town.emulator.bot_messages(lead.user.id):
        if note.text == t("directory-review-waiting"):
            assert note.buttons() == [review_button]


async def test_the_proposer_hears_the_decision_in_neutral_words_and_reads_it_after_a_tap(town):
    t = town.runtime.translator.for_locale("en")
    lead, peer = await proposal_under_review(town, "Night Clinic", Category.HIV_STI)
    await lead.tap(t("directory-approve"))
    letter = town.emulator.bot_messages(peer.user.id)[-1]
    assert letter.text == t("directory-decision-letter")
    assert "Night Clinic" not in letter.text
    replies = await peer.tap(t("directory-decision-read"))
    assert replies[-1].text == t("directory-proposal-published", name="Night Clinic")
    assert replies[-1].protect_content
    # Nobody else can read it, whatever button they forge.
    other = await make_peer(town, lead, 7102, "Moon 7")
    await other.tap_data(next(data for label, data in letter.buttons()))
    assert other.answer()["text"] == t("common-no-longer-available")


async def test_a_change_typed_after_a_restart_is_never_said_to_be_saved(town):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    peer = await make_peer(town, lead)
    await peer.tap_data(ChooseField(town.ids["Legal Aid Desk"]).pack())
    await peer.tap(t("directory-field", field="phone"))
    await town.restart()  # the form lived in memory
    replies = await peer.send("+255 22 211 0099")
    texts = [m.text for m in replies]
    assert t("directory-change-drafted") not in texts and t("directory-change-applied") not in texts
    assert await directory_store.pending_changes(town.runtime.database, 10) == []
