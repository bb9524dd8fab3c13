import pytest

from evaleditor.model.numbers import NumberFormatError, format_number, is_number, parse_number


@pytest.mark.parametrize(("text", "expected"), [
    ("2,449", 2449), ("２，４４９", 2449), ("２４４９", 2449), ("95.43", 95.43), ("９５．４３", 95.43),
    (" 12 ", 12), ("-3", -3), ("△5", -5), ("▲1,000", -1000), ("0", 0), ("1,234.5", 1234.5),
    ("－", None), ("-", None), ("", None), ("  ", None), ("―", None),
])
def test_parse_number_reads_what_people_type(text, expected):
    value = parse_number(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("text", ["abc", "1,23", "12,3456", "1.2.3", "inf", "nan", "1e5", "12件"])
def test_parse_number_refuses_non_numbers_with_a_reason(text):
    with pytest.raises(NumberFormatError, match="数値ではありません"):
        parse_number(text)


@pytest.mark.parametrize(("value", "text"), [
    (2449, "2,449"), (95.43, "95.43"), (1234567.5, "1,234,567.5"), (None, ""), (-1200, "-1,200"), (0.1, "0.1"),
])
def test_format_number_shows_values_as_entered(value, text):
    assert format_number(value) == text


def test_is_number_excludes_bool_and_nan():
    assert is_number(3) and is_number(2.5)
    assert not is_number(True) and not is_number(float("nan")) and not is_number("3")
