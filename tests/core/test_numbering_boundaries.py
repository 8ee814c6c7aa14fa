"""Boundaries of quotation IDs, code paths, names and colours: the error fields, not their wording."""

from __future__ import annotations

import pytest

from qda_app.core.errors import InvalidArgument, InvalidColor, InvalidName
from qda_app.core.numbering import (
    MAX_NAME_LENGTH,
    check_name,
    format_quotation_id,
    join_code_path,
    normalise_color,
    parse_quotation_id,
    split_code_path,
)


def test_quotation_ids_round_trip_with_spaces_around_the_colon():
    assert format_quotation_id(3, 41) == "3:41"
    assert parse_quotation_id(" 3 : 41 ") == (3, 41)
    assert parse_quotation_id("12:7") == (12, 7)


@pytest.mark.parametrize("text", ["3:", ":41", "3-41", "3:41:2", "a:b", ""])
def test_malformed_quotation_id_names_the_argument_and_value(text):
    with pytest.raises(InvalidArgument) as caught:
        parse_quotation_id(text)
    assert caught.value.fields == {"name": "quotation", "value": text, "reason": "not_quotation_id"}


def test_code_path_levels_are_stripped_and_joined_back():
    assert split_code_path(" Centralismo ::  Viajes a Lima ") == ["Centralismo", "Viajes a Lima"]
    assert split_code_path("A::B::C") == ["A", "B", "C"]
    assert join_code_path(["A", "B"]) == "A::B" and join_code_path(("A",)) == "A"


@pytest.mark.parametrize("path", ["", "   ", "::", "A::", "::B", "A::::B", "A:: ::B"])
def test_empty_level_is_refused_with_its_fields(path):
    with pytest.raises(InvalidName) as caught:
        split_code_path(path)
    assert caught.value.fields["kind"] == "code"
    assert caught.value.fields["name"] == path
    assert caught.value.fields["reason"] == "empty level in code path"


def test_a_bad_level_of_a_code_path_is_refused_as_a_code_name():
    with pytest.raises(InvalidName) as caught:
        split_code_path("A::b\x01")
    assert caught.value.fields == {"kind": "code", "name": "b\x01", "reason": "control characters"}


def test_name_of_exactly_the_maximum_length_is_accepted():
    assert MAX_NAME_LENGTH == 500
    name = "n" * 500
    assert check_name(f"  {name}  ", kind="code") == name


def test_name_one_over_the_maximum_is_refused_and_shortened_in_the_error():
    name = "n" * 501
    with pytest.raises(InvalidName) as caught:
        check_name(name, kind="document")
    assert caught.value.fields == {"kind": "document", "name": "n" * 40 + "…", "reason": "too long"}


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_name_is_refused(name):
    with pytest.raises(InvalidName) as caught:
        check_name(name, kind="coder")
    assert caught.value.fields == {"kind": "coder", "name": name, "reason": "empty"}


def test_control_characters_are_refused_but_delete_and_tab_inside_text_count_as_written():
    with pytest.raises(InvalidName) as caught:
        check_name("a\x1fb", kind="code")
    assert caught.value.fields == {"kind": "code", "name": "a\x1fb", "reason": "control characters"}
    with pytest.raises(InvalidName):
        check_name("a\tb", kind="code")
    assert check_name("a\x7fb", kind="code") == "a\x7fb"
    assert check_name("a b", kind="code") == "a b"


def test_double_colon_is_refused_in_a_code_level_only():
    with pytest.raises(InvalidName) as caught:
        check_name("A::B", kind="code")
    assert caught.value.fields == {"kind": "code", "name": "A::B", "reason": "'::' separates levels"}
    assert check_name("A::B", kind="document") == "A::B"
    assert check_name("A:B", kind="code") == "A:B"


@pytest.mark.parametrize("value,expected", [
    ("#abc", "#aabbcc"), ("#ABC", "#aabbcc"), ("#A1B2C3", "#a1b2c3"), (" #a1b2c3 ", "#a1b2c3"),
    ("#A1B2C3FF", "#a1b2c3"), ("#a1b2c300", "#a1b2c3"),
])
def test_colours_normalise_to_six_lowercase_digits(value, expected):
    assert normalise_color(value) == expected


@pytest.mark.parametrize("value", ["abc", "#ab", "#abcd", "#abcde", "#abcdefa", "#abcdefabc", "#ggg", "", "#"])
def test_other_colour_forms_are_refused_with_the_value(value):
    with pytest.raises(InvalidColor) as caught:
        normalise_color(value)
    assert caught.value.fields == {"value": value}
