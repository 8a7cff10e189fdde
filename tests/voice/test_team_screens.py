"""A lead writes polls and updates in the deployment's languages, those a content pack adds too,
named in themselves (babel), not only the five built in."""

from zoneinfo import ZoneInfo

from bot.handlers.voice import team_screens
from bot.handlers.voice.buttons import AskLanguage, PosterLanguage, UpdateLanguage
from bot.voice.model import Target, Wording
from tests.conftest import shared_translator

UTC = ZoneInfo("UTC")
SERVED = ("en", "fr", "so")  # LOCALES=en,fr,so: Somali from a content pack


def test_the_language_choice_offers_every_served_language_not_yet_written():
    t = shared_translator().for_locale("en")
    screen = team_screens.languages(["en"], t, AskLanguage, SERVED)
    assert [label for label in screen.labels() if label.startswith(("Fr", "So"))] == [
        "Français",
        "Soomaali",
    ]
    assert AskLanguage("so") in screen.taps() and AskLanguage("en") not in screen.taps()
    assert UpdateLanguage("so") in team_screens.languages([], t, UpdateLanguage, SERVED).taps()
    posters = team_screens.poster_languages(1, next(iter(Target)), t, SERVED)
    assert PosterLanguage(1, next(iter(Target)), "so") in posters.taps()


def test_another_language_is_offered_until_every_served_one_is_written():
    t = shared_translator().for_locale("en")
    written = [Wording(code, "Q?", ("Yes", "No")) for code in ("en", "fr")]
    more = t("voice-another-language")
    review = team_screens.ask_review(written, "Harbour", False, None, 7, UTC, t, SERVED)
    assert more in review.labels()
    everything = [*written, Wording("so", "S?", ("Haa", "Maya"))]
    review = team_screens.ask_review(everything, "Harbour", False, None, 7, UTC, t, SERVED)
    assert more not in review.labels() and "[Soomaali] S?" in review.text
