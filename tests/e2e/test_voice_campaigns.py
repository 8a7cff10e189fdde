"""Campaigns through the emulator (issue 12.3): a lead makes one and gets its deep links and
posters (A4 and wallet card, PNG and PDF, the QR code decoding to the link, pages of the right
size, words from the content pack); a start through a link is counted per campaign and week and
nothing else is kept (the database scanned for the person's id); an opt-in that followed is
counted too; the talk-to-a-peer link opens the relay as its own `start=talk` does; /figures
shows the reach per campaign once the month is over, suppressed."""

import functools
import io
import re
from pathlib import Path

import pytest
import segno
import zxingcpp
from PIL import Image

from bot.handlers.voice.campaigns import poster_words
from bot.i18n import Translator
from bot.settings import SUPPORTED_LOCALES
from bot.voice.model import Target
from bot.voice.posters import qr_matrix
from tests.builders import make_peer
from tests.conftest import shared_translator
from tests.e2e.voice_helpers import t_of, voice_city
from tests.safety.traces import bytes_holding, rows_holding

VISITOR_ID = 6_234_567_897  # six bytes in SQLite: its bytes cannot turn up by chance
SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"
POINTS_PER_MM = 72 / 25.4


@pytest.fixture
async def city(emulator, clock, tmp_path):
    async with voice_city(emulator, clock, tmp_path, CONTENT_DIR=str(SAMPLE)) as bot:
        yield bot


async def open_hub(bot):
    t = t_of(bot)
    await bot.lead.send("/start")
    await bot.lead.tap(t("menu-team-tools"))
    await bot.lead.tap(t("menu-voice-team"))


async def new_campaign(bot, name="Harbour week"):
    """Eastside, from today (2 March) to the end of March: its screen, and its links."""
    t = t_of(bot)
    await open_hub(bot)
    await bot.lead.tap(t("voice-campaigns"))
    await bot.lead.tap(t("voice-new-campaign"))
    await bot.lead.send(name)
    await bot.lead.tap("Eastside")
    await bot.lead.tap("2")
    (screen,) = await bot.lead.tap("31")
    links = dict(re.findall(r"^(.+): (https://t\.me/\S+)$", screen.text, re.MULTILINE))
    return screen, links


async def reach_rows(bot) -> list[tuple]:
    rows = await bot.runtime.database.fetch_all(
        "SELECT campaign_id, week, what, count FROM campaign_reach ORDER BY what"
    )
    return [tuple(r) for r in rows]


async def test_a_campaign_gives_its_links_with_a_short_code(city):
    t = t_of(city)
    screen, links = await new_campaign(city)
    (campaign,) = await city.runtime.voice.campaigns.latest(
        await city.runtime.people.identify(7001, "en")
    )
    assert f"Code: {campaign.code}" in screen.text and len(campaign.code) == 6
    username = city.app.bot.username
    assert links[t("voice-target", target="menu")] == (
        f"https://t.me/{username}?start=c_{campaign.code}"
    )
    assert links[t("voice-target", target="fb")].endswith(f"start=c_{campaign.code}_fb")
    assert links[t("voice-target", target="optin")].endswith(f"start=c_{campaign.code}_optin")
    for link in links.values():  # Telegram's limits on a start parameter
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", link.split("start=")[1])


async def test_a_start_through_a_link_counts_a_start_and_keeps_nothing_else(city):
    t = t_of(city)
    await new_campaign(city)
    (campaign,) = await city.runtime.voice.campaigns.latest(
        await city.runtime.people.identify(7001, "en")
    )
    visitor = city.person(VISITOR_ID)
    replies = await visitor.send(f"/start c_{campaign.code}")
    assert t("menu-find") in [label for label, _ in replies[-1].buttons()]  # the menu
    await visitor.send(f"/start c_{campaign.code}")  # the same person, the same day
    assert await reach_rows(city) == [(campaign.id, "2026-W10", "start", 1)]
    await visitor.send("/start c_ZZZZZZ")  # not a campaign: the menu, nothing counted
    assert await reach_rows(city) == [(campaign.id, "2026-W10", "start", 1)]
    await city.runtime.database.checkpoint()
    assert await rows_holding(city.runtime, VISITOR_ID, with_hashes=False) == []
    assert bytes_holding(city.runtime, city.path, VISITOR_ID, with_hashes=False) == []


async def test_an_opt_in_through_a_campaign_is_counted_and_figures_show_reach(city, clock):
    t = t_of(city)
    await new_campaign(city)
    (campaign,) = await city.runtime.voice.campaigns.latest(
        await city.runtime.people.identify(7001, "en")
    )
    for n in range(6):
        person = city.person(65000 + n)
        (shown,) = await person.send(f"/start c_{campaign.code}_optin")
        assert shown.text.startswith(t("voice-settings-intro"))
        if n < 2:  # two of the six opt in: under K, hidden in /figures
            await person.tap("☐ " + t("voice-updates"))
    assert await reach_rows(city) == [
        (campaign.id, "2026-W10", "optin", 2),
        (campaign.id, "2026-W10", "start", 6),
    ]
    await city.lead.send("/figures")
    clock.advance(days=40)  # March is over, and its last week
    await city.lead.send("/figures")
    await city.lead.tap("2026-03")
    (reach,) = [
        m for m in city.emulator.bot_messages(7001) if (m.text or "").startswith("Campaigns, ")
    ]
    assert f"Harbour week: 6 · 0 · {t('voice-hidden')}" in reach.text
    assert reach.protect_content


async def test_posters_decode_to_the_link_fit_their_page_and_say_the_packs_words(city):
    t = t_of(city)
    await new_campaign(city)
    await city.lead.tap(t("voice-poster-for", target="fb"))
    await city.lead.tap("العربية")
    files = [m for m in city.emulator.bot_messages(7001) if m.kind == "document"]
    assert len(files) == 4
    (campaign,) = await city.runtime.voice.campaigns.latest(
        await city.runtime.people.identify(7001, "en")
    )
    link = f"https://t.me/{city.app.bot.username}?start=c_{campaign.code}_fb"
    pages = {"a4": (210.0, 297.0), "card": (85.6, 54.0)}
    for message in files:
        data = message.extra["document"]
        assert not message.protect_content  # made to be printed and shared
        if data.startswith(b"%PDF"):
            (box,) = re.findall(rb"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+) ?\]", data)
            size = (float(box[0]) / POINTS_PER_MM, float(box[1]) / POINTS_PER_MM)
            assert any(abs(size[0] - w) < 0.5 and abs(size[1] - h) < 0.5 for w, h in pages.values())
        else:
            image = Image.open(io.BytesIO(data))
            assert [code.text for code in zxingcpp.read_barcodes(image)] == [link]
    # segno's own matrix is the one a re-encode of the link gives.
    assert qr_matrix(link) == tuple(
        tuple(bool(m) for m in row) for row in segno.make_qr(link, error="m").matrix
    )


@functools.cache
def sample_pack() -> Translator:
    return Translator.load(extra_folder=SAMPLE)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_poster_words_come_from_the_content_pack_in_each_language(locale):
    t = sample_pack().for_locale(locale)
    words = poster_words(t, "K7Q2MX", Target.FEEDBACK)
    built_in = shared_translator().for_locale(locale)
    assert words.title == t("voice-poster-title") != built_in("voice-poster-title")
    assert words.body == built_in("voice-poster-body", target="fb")  # not in the pack: built in
    assert words.code.endswith("K7Q2MX") and words.right_to_left == (locale == "ar")
    # Fluent's bidi isolation marks have no glyph in a font: none is drawn on a poster.
    drawn = "".join([words.title, words.body, words.scan, words.code, words.footer])
    assert not set(drawn) & {"\u2068", "\u2069"}


async def test_feedback_through_a_campaign_link_is_counted_once_and_keeps_no_id(city):
    t = t_of(city)
    await new_campaign(city)
    (campaign,) = await city.runtime.voice.campaigns.latest(
        await city.runtime.people.identify(7001, "en")
    )
    visitor = city.person(VISITOR_ID)
    opened = await visitor.send(f"/start c_{campaign.code}_fb")
    assert t("feedback-begin") in [label for label, _ in opened[-1].buttons()]  # the form
    for _ in range(2):  # two answers in one visit: one feedback counted for the campaign
        await visitor.tap(t("feedback-begin"))
        await visitor.tap(t("feedback-topic-name", topic="needs"))
        await visitor.tap("☐ " + t("feedback-barrier", barrier="papers"))
        await visitor.tap(t("directory-done"))
        await visitor.tap("☐ " + t("directory-category-button", category="legal-aid"))
        await visitor.tap(t("directory-done"))
        await visitor.tap(t("directory-skip"))
        await visitor.tap(t("feedback-send"))
        await visitor.send("/feedback")
    (stored,) = await city.runtime.database.fetch_one("SELECT count(*) FROM feedback")
    assert stored == 2
    assert await reach_rows(city) == [
        (campaign.id, "2026-W10", "feedback", 1),
        (campaign.id, "2026-W10", "start", 1),
    ]
    await city.runtime.database.checkpoint()
    assert await rows_holding(city.runtime, VISITOR_ID, with_hashes=False) == []
    assert bytes_holding(city.runtime, city.path, VISITOR_ID, with_hashes=False) == []


async def test_a_campaigns_talk_link_opens_talk_to_a_peer_and_counts_a_start(city):
    """The relay's own `start=talk` link exists, so a campaign offers one too (with its poster):
    a member who follows it is where /start talk takes her, and a peer on duty gets her request."""
    t = t_of(city)
    await make_peer(city, city.lead, 7101, "Star 42")
    peer = city.person(7101)
    await peer.send("/duty")
    await peer.tap(t("relay-duty-switch-on"))
    screen, links = await new_campaign(city)
    (campaign,) = await city.runtime.voice.campaigns.latest(
        await city.runtime.people.identify(7001, "en")
    )
    assert links[t("voice-target", target="talk")] == (
        f"https://t.me/{city.app.bot.username}?start=c_{campaign.code}_talk"
    )
    assert t("voice-poster-for", target="talk") in [label for label, _ in screen.buttons()]
    visitor = city.person(VISITOR_ID)
    (opened,) = await visitor.send(f"/start c_{campaign.code}_talk")
    (direct,) = await city.person(VISITOR_ID + 1).send("/start talk")
    assert opened.text == direct.text == t("relay-intro")
    assert opened.buttons() == direct.buttons()
    await visitor.tap(t("relay-topic", topic="health"))
    await city.drain_outbox()
    offers = [
        m
        for m in city.emulator.bot_messages(7101)
        if t("relay-accept") in [label for label, _ in m.buttons()]
    ]
    assert len(offers) == 1
    assert await reach_rows(city) == [(campaign.id, "2026-W10", "start", 1)]
