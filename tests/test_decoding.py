"""Bytes from a file or standard input become text, or a clear refusal."""

import pytest

from bot.errors import UnusableInput
from bot.input.decoding import decode_input


def test_utf8_with_and_without_a_byte_order_mark():
    assert decode_input("Le député a déclaré".encode()) == "Le député a déclaré"
    assert decode_input(b"\xef\xbb\xbf" + b"Kyiv") == "Kyiv"


def test_latin1_french_is_read_right():
    assert decode_input("Le député a été élu à Québec".encode("latin-1")) == (
        "Le député a été élu à Québec"
    )


def test_utf16_with_a_byte_order_mark():
    assert decode_input("Москва заявила".encode("utf-16")) == "Москва заявила"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 100],
    ids=["nul-bytes", "control-characters"],
)
def test_binary_is_refused(data: bytes):
    with pytest.raises(UnusableInput) as refused:
        decode_input(data)
    assert refused.value.code == "binary"
