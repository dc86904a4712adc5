"""Source typing from the curated outlet list."""

from bot.extraction.outlets import find_outlet, lookup_outlet, outlets_version
from bot.models import SourceRole, SourceType


def test_kcna_described_in_french_is_kcna_state_media():
    outlet = lookup_outlet("l'agence de presse nord-coréenne KCNA")
    assert outlet is not None
    assert (outlet.name, outlet.type, outlet.role) == (
        "KCNA",
        SourceType.STATE_MEDIA,
        SourceRole.AGENCY,
    )


def test_wire_agencies_state_media_and_tabloids():
    assert lookup_outlet("Reuters").type == SourceType.WIRE_AGENCY
    assert lookup_outlet("l'agence TASS").type == SourceType.STATE_MEDIA
    assert lookup_outlet("the Daily Mirror").type == SourceType.TABLOID
    assert lookup_outlet("Bild").type == SourceType.TABLOID
    assert lookup_outlet("la BBC").type == SourceType.PUBLIC_BROADCASTER


def test_acronyms_match_only_in_capitals():
    assert lookup_outlet("an AP photographer").name == "AP"
    assert lookup_outlet("a map of the area") is None
    assert find_outlet("the rap singer") is None


def test_the_list_is_versioned():
    assert outlets_version()
