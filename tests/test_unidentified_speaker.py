"""Honest output when the speaker is not identified.

A sentence that carries an attribution (a reporting verb, "selon", a direct quotation)
whose speaker the extractor cannot name is "attributed, but the speaker was not
identified", never "no source stated": that would be wrong about the article. The JSON
marks it with `"attributed": true` and empty `sources`. The articles are written for these
tests in the manner of wire copy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.analysis import check_text
from bot.checklist.render import describe_checks, describe_reasons, source_line
from bot.extraction.lexicon import available_languages
from bot.models import ChecklistItem, Claim
from tests.support import claims_of

ROOT = Path(__file__).resolve().parent.parent

FRENCH = (
    "Réforme des retraites : le calendrier se précise\n\n"
    "Le gouvernement prépare une réforme des retraites pour le printemps 2027.\n\n"
    "« Nous ne reculerons pas sur le calendrier fixé en juillet, quoi qu'il arrive "
    "dans la rue. »\n\n"
    "Selon le ministère du Travail, le déficit atteindrait 13 milliards d'euros en 2030.\n"
)


def check_json(text: str, tmp_path: Path) -> dict:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIFT_", "TELEGRAM_"))}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--format", "json", str(path)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def claim_of(data: dict, words: str) -> dict:
    found = [c for c in data["claims"] if words in c["quote"]]
    assert len(found) == 1, [c["quote"] for c in data["claims"]]
    return found[0]


def test_json_marks_a_quotation_whose_speaker_is_unknown(tmp_path: Path):
    data = check_json(FRENCH, tmp_path)
    quoted = claim_of(data, "Nous ne reculerons pas")
    assert quoted["attributed"] is True
    assert quoted["sources"] == []


def test_json_keeps_no_source_for_the_journalists_own_words(tmp_path: Path):
    data = check_json(FRENCH, tmp_path)
    plain = claim_of(data, "Le gouvernement prépare")
    assert plain["attributed"] is False
    assert plain["sources"] == []


def test_a_named_source_is_attributed(tmp_path: Path):
    data = check_json(FRENCH, tmp_path)
    sourced = claim_of(data, "le déficit atteindrait")
    assert sourced["attributed"] is True
    assert [s["name"] for s in sourced["sources"]] == ["le ministère du Travail"]


def test_the_text_checklist_says_read_who_is_speaking():
    checklist = check_text(FRENCH.encode())
    item = next(i for i in checklist.items if "Nous ne reculerons" in i.claim.quote)
    assert source_line(item, "fr") == "attribué, auteur non identifié"
    assert any("auteur n'a pas été identifié" in r for r in describe_reasons(item, "fr"))
    assert any("qui parle" in c for c in describe_checks(item, "fr"))
    plain = next(i for i in checklist.items if "Le gouvernement prépare" in i.claim.quote)
    assert source_line(plain, "fr") == "aucune source citée"


def test_an_english_reporting_verb_without_a_speaker_is_attributed():
    text = (
        "Port strike enters its second week\n\n"
        "Dockworkers at the port of Santos stayed off the job for an eighth day on Monday.\n\n"
        "Losses from the stoppage reached $40 million last week, it was said on Sunday "
        "after a meeting in the capital.\n"
    )
    checklist = check_text(text.encode())
    item = next(i for i in checklist.items if "Losses from the stoppage" in i.claim.quote)
    assert item.claim.sources == []
    assert item.claim.attributed
    assert source_line(item, "en") == "attributed, speaker not identified"


@pytest.mark.parametrize("language", sorted(available_languages()))
def test_every_language_words_an_unidentified_speaker(language: str):
    item = ChecklistItem(rank=1, priority=1.0, claim=Claim(quote="« ... »", attributed=True))
    english = source_line(item, "en")
    worded = source_line(item, language)
    assert worded and worded != "unidentified_speaker"
    assert language == "en" or worded != english


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("pt", "Procurada pela reportagem, a construtora não comentou a decisão do tribunal."),
        ("es", "La constructora no ha comentado la sentencia del tribunal de Sevilla."),
        ("it", "L'azienda non ha commentato la sentenza del tribunale di Bari."),
        ("ru", "Компания не прокомментировала решение арбитражного суда Самары."),
        ("uk", "Компанія не прокоментувала рішення господарського суду Львова."),
    ],
)
def test_a_negated_comment_says_nothing_was_said_so_it_names_no_source(lang, sentence):
    claim = claims_of(sentence, lang)[0]
    assert claim.sources == []
    assert not claim.attributed
