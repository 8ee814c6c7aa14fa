from qda_app.services.reports.word_count import count_words_fast, count_words_many


def test_count_words_many_matches_text_by_text():
    texts = ["", "   ", "Ab ab AB x'y ’ don’t Don't", "é" + "a" * 300 + " b", "Straße STRASSE ǅ",
             "日本語 テキスト", "x\ud800y", "Œuvre œuvre Š’a 1st", "the end.\nThe start"] * 3
    many = count_words_many(texts)
    for text, counted in zip(texts, many):
        fast = count_words_fast(text)
        assert (counted is None) == (fast is None)
        if fast is not None:
            assert list(counted.items()) == list(fast.items())
