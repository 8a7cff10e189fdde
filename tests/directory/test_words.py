"""Folding text for keyword search, FTS5 queries, phone numbers."""

from bot.directory.words import fts_query, normalise_phone, readable_phone, search_words


def test_search_words_fold_case_accents_and_arabic_marks():
    assert search_words("Santé POUR tous") == "sante pour tous"
    assert search_words("مُسَاعَدَة") == search_words("مساعدة")
    assert search_words("أمان") == search_words("امان")
    assert search_words("قانونية") == search_words("قانونيه")
    assert search_words("Niño") == "nino"


def test_fts_query_quotes_every_word_and_drops_syntax():
    assert fts_query('clinic OR "x" NEAR(') == '"clinic"* "or"* "x"* "near"*'
    assert fts_query("   ...  ") is None
    assert fts_query("Santé") == '"sante"*'


def test_phone_numbers_are_normalised_or_refused():
    assert normalise_phone("+255 22 211 0001", None) == "+255222110001"
    assert normalise_phone("022 211 0001", "TZ") == "+255222110001"
    assert normalise_phone("0712 345 678", "KE") == "+254712345678"
    assert normalise_phone("12345", "KE") is None
    assert normalise_phone("call me", None) is None


def test_stored_phone_numbers_read_the_international_way():
    assert readable_phone("+255222110000") == "+255 22 211 0000"
    assert readable_phone("+254712345678") == "+254 712 345678"
    assert readable_phone("not a number") == "not a number"
