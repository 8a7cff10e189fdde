"""Crisis words: matched in every language at once, ignoring case, accents, Arabic letter
variants and glued articles; a stem with `*` matches its endings (or beginnings); a phrase
matches its words in a row; everyday words do not match."""

import pytest

from bot.relay.crisis import CrisisWords, normalise
from bot.settings import SUPPORTED_LOCALES
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
