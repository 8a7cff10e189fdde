"""The people feature's screens, as a person reads them (pure: no Telegram, no database)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.handlers.menu import Entry, Go
from bot.handlers.people import screens
from bot.handlers.people.buttons import (
    ChooseLanguage,
    Deactivate,
    ForgetLanguage,
    OpenMember,
    TeamPage,
)
from bot.people import Role, TeamMember, Viewer
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator

TRANSLATOR = shared_translator()
EN = TRANSLATOR.for_locale("en")
MEMBER = Viewer(1, Role.MEMBER, "en")
PEER = Viewer(2, Role.PEER, "en", alias="Star 42", person_id=5)


def test_the_language_buttons_cover_every_shipped_locale():
    screen = screens.languages(EN)
    assert [ChooseLanguage(code) for code in SUPPORTED_LOCALES] == screen.taps()[:-1]
    assert screen.labels()[:5] == ["English", "Français", "العربية", "Kiswahili", "Español"]


def test_a_language_added_by_the_deployment_gets_a_button_named_in_itself():
    screen = screens.languages(EN, (*SUPPORTED_LOCALES, "ti", "so"))
    assert screen.labels()[5:7] == ["ትግርኛ", "Soomaali"]
    assert screen.taps()[5:7] == [ChooseLanguage("ti"), ChooseLanguage("so")]


def test_a_member_is_welcomed_without_a_role_line_and_gets_no_team_button():
    screen = screens.welcome(MEMBER, EN)
    assert screen.text == "\n\n".join(
        [EN("people-welcome"), EN("people-welcome-does"), EN("people-welcome-keeps")]
    )
    assert Go(Entry.TEAM) not in screen.taps()
    assert Go(Entry.FIND) == screen.taps()[0]


def test_a_peer_is_welcomed_with_their_role_and_alias_and_gets_the_team_button():
    screen = screens.welcome(PEER, EN)
    assert screen.text.endswith("Your role: peer educator. Your name in the team: Star 42.")
    assert Go(Entry.TEAM) in screen.taps()


def test_privacy_offers_to_erase_a_saved_language_only_when_there_is_one():
    assert ForgetLanguage() not in screens.privacy(MEMBER, EN).taps()
    saved = Viewer(1, Role.MEMBER, "en", has_saved_locale=True)
    assert ForgetLanguage() in screens.privacy(saved, EN).taps()
    assert EN("privacy-team") in screens.privacy(PEER, EN).text


def test_the_team_list_pages_and_opens_members():
    members = [TeamMember(i, f"Peer {i}", Role.PEER, "2026-03-01") for i in range(1, 9)]
    first = screens.team(members, 0, True, EN)
    assert first.text == EN("people-team-title")
    assert first.labels()[0] == "Peer 1 · peer educator"
    assert OpenMember(8) in first.taps() and TeamPage(1) in first.taps()
    assert TeamPage(-1 + 1) not in first.taps()
    empty = screens.team([], 0, False, EN)
    assert empty.text == EN("people-team-empty")


def test_a_member_card_shows_the_area_and_offers_deactivation():
    card = screens.member(TeamMember(3, "Star", Role.PEER, "2026-03-01"), "Harbour", EN)
    assert card.text == "Star\nRole: peer educator\nJoined: 2026-03-01\nArea: Harbour"
    assert Deactivate(3) in card.taps()


def test_an_invite_says_until_when_in_the_deployments_time_zone():
    screen = screens.invite_created(
        Role.PEER,
        "ABCDEFGHJK",
        datetime(2026, 3, 8, 22, 30, tzinfo=UTC),
        "https://t.me/bot?start=join_ABCDEFGHJK",
        ZoneInfo("Africa/Nairobi"),
        EN,
    )
    assert "Mar 9, 2026" in screen.text
    assert "/join ABCDEFGHJK" in screen.text
