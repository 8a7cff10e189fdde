"""Issue 11 §5: text typed outside a form that says someone is in danger, in any of the five
languages, gets a way to a person (talk to a peer, emergency contacts, the arrest card) instead
of "please use the buttons"; what was typed is neither stored nor logged."""

import logging

import pytest

from bot.settings import SUPPORTED_LOCALES

CRISIS = {
    "en": "my friend was arrested by police, help",
    "fr": "mon amie a été arrêtée par la police",
    "es": "a mi amiga la detuvieron, ayúdame",
    "sw": "rafiki yangu amekamatwa na polisi",
    "ar": "صديقتي اعتقلتها الشرطة",
}
EVERYDAY = {
    "en": "where can I buy bread",
    "fr": "où acheter du pain",
    "es": "dónde compro pan",
    "sw": "nitanunua mkate wapi",
    "ar": "أين أشتري الخبز",
}


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_crisis_words_get_a_way_to_a_person_in_every_language(
    harness, caplog, tmp_path, locale
):
    caplog.set_level(logging.DEBUG)
    t = harness.runtime.translator.for_locale(locale)
    person = harness.person(6_234_567_810, language_code=locale)
    await person.send("/start")
    (answer,) = await person.send(CRISIS[locale])
    assert answer.text.startswith(t("relay-crisis"))
    assert t("safety-emergency-numbers") in answer.text
    assert answer.protect_content
    labels = [label for label, _ in answer.buttons()]
    assert labels[:2] == [t("menu-talk"), t("safety-button-arrest")]
    await person.tap(t("menu-talk"))
    assert person.texts() == [t("relay-intro")]

    (other,) = await person.send(EVERYDAY[locale])
    assert other.text.startswith(t("common-use-buttons"))

    await harness.runtime.database.checkpoint()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("bot.db*"))
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for text in (CRISIS[locale], EVERYDAY[locale]):
        assert text.encode() not in stored
        assert text not in logged
