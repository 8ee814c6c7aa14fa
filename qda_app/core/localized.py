"""A name stored in the program's three languages, carried as its English text.

Built-in relation types are named in English, Spanish and Portuguese in the project file.
Where such a name travels inside a message's fields (an undo name, a refusal), it goes as a
``LocalizedName``: a ``str`` that is the English name for the CLI, logs and tests, and that
a front end can ask for the reader's language. A name a user wrote without translations
stays as written in every language.
"""

from __future__ import annotations


class LocalizedName(str):
    es: str
    pt: str

    def __new__(cls, english: str, *, es: str = "", pt: str = "") -> LocalizedName:
        name = super().__new__(cls, english)
        name.es = es
        name.pt = pt
        return name

    def in_language(self, language: str) -> str:
        """The name in "en", "es" or "pt"; English when that language has none."""
        translated = {"es": self.es, "pt": self.pt}.get(language[:2], "")
        return translated or str(self)

    def __reduce__(self):  # copies and pickles keep the translations
        return (_rebuild, (str(self), self.es, self.pt))


def _rebuild(english: str, es: str, pt: str) -> LocalizedName:
    return LocalizedName(english, es=es, pt=pt)


def in_language(value: object, language: str) -> object:
    """``value`` in ``language`` when it is a LocalizedName; any other value unchanged."""
    return value.in_language(language) if isinstance(value, LocalizedName) else value
