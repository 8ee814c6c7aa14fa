"""A name stored in three languages travels as its English text and answers in each."""

from __future__ import annotations

import copy
import pickle

from qda_app.core.localized import LocalizedName, in_language
from qda_app.core.model import RelationType
from qda_app.services.command_names import command_name


def _part_of(**names: str) -> RelationType:
    return RelationType(id=1, guid="g", scope="code", name="is part of", name_es=names.get("es", ""),
                        name_pt=names.get("pt", ""), label="[]", behaviour="transitive", line_style="solid",
                        color="#000000", is_default=True)


def test_a_localized_name_is_its_english_text_for_logs_and_the_cli():
    name = _part_of(es="es parte de", pt="é parte de").localized_name()
    assert name == "is part of" and str(name) == "is part of"
    assert str(command_name("relate_codes", source="A", relation=name, target="B")) == "Relate 'A' is part of 'B'"


def test_each_language_gets_its_own_name_and_english_when_none_is_stored():
    name = _part_of(es="es parte de", pt="é parte de").localized_name()
    assert [name.in_language(code) for code in ("en", "es", "pt", "pt_BR", "fr")] == [
        "is part of", "es parte de", "é parte de", "é parte de", "is part of"]
    own = _part_of().localized_name()  # a user's type without translations stays as written
    assert own.in_language("es") == "is part of"
    assert in_language("plain", "es") == "plain"


def test_copies_keep_the_translations():
    name = LocalizedName("is a", es="es un", pt="é um")
    for copied in (copy.copy(name), copy.deepcopy(name), pickle.loads(pickle.dumps(name))):
        assert (copied, copied.in_language("es"), copied.in_language("pt")) == ("is a", "es un", "é um")
