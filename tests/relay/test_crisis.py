"""Crisis words: matched in every language at once, ignoring case, accents, Arabic letter
variants and glued articles; a stem with `*` matches its endings (or beginnings); a phrase
matches its words in a row; everyday words do not match."""

import pytest

from bot.i18n import Translator
from bot.relay.crisis import CrisisWords, normalise
from bot.runtime import Runtime
from bot.settings import SUPPORTED_LOCALES, Secret, Settings
from tests.conftest import shared_translator


@pytest.fixture(scope="module")
def words() -> CrisisWords:
    translator = shared_translator()
    return CrisisWords.from_lists(
        translator.format(locale, "relay-crisis-words") for locale in SUPPORTED_LOCALES
    )


@pytest.mark.parametrize(
    "text",
    [
        "My friend was ARRESTED last night",
        "please help",
        "the cops took her",
        "he raped me",
        "they want to deport us",
        "la police nous a arrêtées",
        "Au secours",
        "elle est blessée",
        "me golpearon y me robaron",
        "necesito ayuda",
        "la policía está aquí",
        "nimekamatwa na askari",
        "amepigwa sana",
        "tunahitaji msaada",
        "nisaidie tafadhali",
        "اعتقلوا صديقتي",
        "الشرطة هنا",
        "ساعدوني",
        "وبالشرطة",  # glued "and with the"
        "أنقذوني",  # a hamza variant of the stem
    ],
)
def test_crisis_words_match_in_every_language(words, text):
    assert words.matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "where is the clinic",
        "hello, how are you",
        "bonjour, je cherche un médecin",
        "hola, buenos días",
        "habari za asubuhi",
        "مرحبا، كيف حالك",
        "",
        "🙂🙂🙂",
        "helpful people at the shelter",  # "help" is a whole word, not a stem
    ],
)
def test_everyday_words_do_not(words, text):
    assert not words.matches(text)


def test_phrases_and_stems_of_a_list():
    words = CrisisWords.from_lists(["garde à vue, *kamatwa, beat me"])
    assert len(words) == 3
    assert words.matches("Il est en GARDE A VUE")
    assert not words.matches("garde ta vue")
    assert words.matches("wamekamatwa")
    assert words.matches("they beat me") and not words.matches("beat it")


def test_normalise_folds_case_accents_and_arabic_variants():
    assert normalise("Arrêtée") == "arretee"
    assert normalise("إعتقال") == normalise("اعتقال")
    assert normalise("مساعدة") == "مساعده"


def test_a_language_added_by_a_content_pack_brings_its_own_crisis_words(tmp_path):
    """A deployment that adds Somali (LOCALES, a folder in its pack) gets its crisis words
    matched too: the bot reads the lists of the languages it serves, not only the built-in ones."""
    (tmp_path / "so").mkdir()
    (tmp_path / "so" / "relay.ftl").write_text("relay-crisis-words = boolis*, xarig\n", "utf-8")
    translator = Translator.load(extra_folder=tmp_path, locales=(*SUPPORTED_LOCALES, "so"))
    settings = Settings(
        bot_token=None, id_hash_key=Secret("k" * 40), locales=(*SUPPORTED_LOCALES, "so")
    )

    runtime = Runtime(settings, translator)

    assert runtime.crisis_words.matches("booliska ayaa qabtay")
    assert runtime.crisis_words.matches("My friend was arrested")
