from __future__ import annotations

import pytest

from qda_app.core.errors import InvalidArgument, InvalidColor, InvalidName
from qda_app.core.numbering import normalise_color, parse_quotation_id, split_code_path


def test_quotation_id_parses_paper_citations():
    assert parse_quotation_id("3:41") == (3, 41)
    assert parse_quotation_id(" 10 : 26 ") == (10, 26)
    with pytest.raises(InvalidArgument):
        parse_quotation_id("3-41")


def test_code_paths_split_on_double_colon_at_any_depth():
    assert split_code_path("A::B::C") == ["A", "B", "C"]
    assert split_code_path(" Centralismo :: Viajes a Lima ") == ["Centralismo", "Viajes a Lima"]
    for bad in ["", "A::", "::B", "A::::B", "A::\x00"]:
        with pytest.raises(InvalidName):
            split_code_path(bad)


def test_colours_accept_common_forms_and_refuse_others():
    assert normalise_color("#ABC") == "#aabbcc"
    assert normalise_color("#A1B2C3") == "#a1b2c3"
    assert normalise_color("#a1b2c3ff") == "#a1b2c3"
    for bad in ["red", "#12345", "123456", "#GGGGGG"]:
        with pytest.raises(InvalidColor):
            normalise_color(bad)
