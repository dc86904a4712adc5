"""German: attribution in both word orders, hedges, detection and sentence splitting.

The sentences are written for these tests in the manner of German news reporting (dpa
style): "sagte X", "laut X", "X zufolge", "wie X mitteilte", "teilte X mit", "so X".
"""

from __future__ import annotations

import pytest

from bot.extraction.language import detect_language
from bot.extraction.lexicon import get_lexicon
from bot.extraction.segmentation import Paragraph, split_sentences
from bot.models import Claim, DetailKind, SourceType
from tests.support import article_claims, claim_containing, claim_starting, claims_of, source_names

# A headline and a first paragraph, so that every sample reads as a German article.
LEAD = (
    "Streit um die Sanierung der Rheinbrücke geht weiter\n\n"
    "Der Stadtrat hat sich am Abend mit dem Haushalt für das kommende Jahr befasst, der "
    "auch mehr Geld für die Schulen und die Straßen der Stadt vorsieht.\n\n"
)


def _claims(body: str) -> list[Claim]:
    return article_claims(LEAD, body, "de")


def _claim(body: str, start: str) -> Claim:
    return claim_starting(_claims(body), start)


_names = source_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # inverted after the reported clause: ", sagte X"
        (
            "Die Lage an der Grenze sei angespannt, sagte Innenministerin Petra Albrecht "
            "am Montag in Berlin.",
            "Petra Albrecht",
        ),
        # subject first
        (
            "Bürgermeister Jonas Weber sagte am Dienstag, die Sanierung der Brücke koste "
            "rund zwölf Millionen Euro.",
            "Jonas Weber",
        ),
        # "laut X"
        ("Laut dpa wurden bei dem Unfall auf der A3 drei Menschen verletzt.", "dpa"),
        # "X zufolge"
        (
            "Dem Statistischen Bundesamt zufolge stiegen die Verbraucherpreise im März um "
            "2,4 Prozent.",
            "Statistischen Bundesamt",
        ),
        # "wie X mitteilte": verb-final subordinate clause
        (
            "Wie die Polizei mitteilte, wurden in der Nacht zwei Männer festgenommen.",
            "Polizei",
        ),
        # separable verb, inverted: "teilte X ... mit"
        (
            "Zwei Verdächtige seien festgenommen worden, teilte die Staatsanwaltschaft "
            "Hamburg am Freitag mit.",
            "Staatsanwaltschaft Hamburg",
        ),
        # separable verb, subject first: "X teilte mit"
        (
            "Die Deutsche Bahn teilte mit, dass der Verkehr auf der Strecke wieder rolle.",
            "Deutsche Bahn",
        ),
        # ", so X"
        (
            "Die Tarifverhandlungen seien vorerst gescheitert, so Gewerkschaftschef Martin Brandt.",
            "Martin Brandt",
        ),
        # present tense, inverted
        (
            "Die Messwerte seien alarmierend, erklärt die Klimaforscherin Anna Roth.",
            "Anna Roth",
        ),
        # "nach Angaben X"
        (
            "Nach Angaben der Feuerwehr brach das Feuer gegen drei Uhr im Dachstuhl aus.",
            "Feuerwehr",
        ),
        # a capital speaking for its government
        ("Moskau erklärte, die Manöver seien lange geplant gewesen.", "Moskau"),
        # "Das" as the article of an adjective and its noun, not the pronoun
        (
            "Das spanische Außenministerium erklärte, die Botschaft bleibe bis Freitag "
            "geschlossen.",
            "Das spanische Außenministerium",
        ),
        # an adverb between the subject and the verb closing "wie ..."
        (
            "Bei dem Unfall wurden drei Menschen verletzt, wie die Polizei weiter mitteilte.",
            "die Polizei",
        ),
        # the Plusquamperfekt: the participle closes the clause
        ("Die Staatsanwaltschaft hatte vier Jahre Haft gefordert.", "Die Staatsanwaltschaft"),
        # an indefinite subject before the auxiliary ("ein" is also a verb particle)
        (
            "Ein Sachverständiger hatte vor Gericht ausgesagt, die Bremsen seien defekt gewesen.",
            "Ein Sachverständiger",
        ),
    ],
)
def test_attribution_forms(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)
    assert claim.hedged is False


def test_outlet_named_as_source_is_typed() -> None:
    claim = _claim("Laut dpa wurden bei dem Unfall auf der A3 drei Menschen verletzt.", "Laut dpa")
    assert claim.sources[0].canonical == "dpa"
    assert claim.sources[0].role.value == "agency"


def test_pronoun_resolves_to_the_person_named_before() -> None:
    body = (
        "Die Haushaltslage sei ernst, sagte Finanzministerin Maria Keller am Mittwoch. "
        "Sie betonte zudem, dass keine neuen Schulden geplant seien."
    )
    claim = _claim(body, "Sie betonte")
    assert any("Keller" in name for name in _names(claim)), _names(claim)


def test_adverbials_between_auxiliary_and_participle() -> None:
    body = (
        "Der Verband hatte bereits am Freitag kritisiert, die Regeln seien zu streng "
        "und kaum umzusetzen."
    )
    claim = _claim(body, "Der Verband")
    assert _names(claim) == ["Der Verband"]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        (
            "Der angeblich gestohlene Wagen wurde in einem Waldstück bei Fulda gefunden.",
            "angeblich",
        ),
        ("Der mutmaßliche Täter wurde noch am Abend in Leipzig festgenommen.", "mutmaßliche"),
        ("Bis Ende des Jahres dürfte der Abschlussbericht des Ausschusses vorliegen.", "dürfte"),
        (
            "Gegen den Manager, der Millionen veruntreut haben soll, wird nun ermittelt.",
            "haben soll",
        ),
        ("Die Regierung wird das Gesetz wohl erst im Herbst verabschieden.", "wohl"),
        ("Die Kosten könnten auf über 40 Millionen Euro steigen.", "könnten"),
        (
            "Den beiden Beamten wird vorgeworfen, Ermittlungsakten weitergegeben zu haben.",
            "vorgeworfen",
        ),
        (
            "Experten schließen nicht aus, dass der Damm bei weiterem Regen bricht.",
            "schließen nicht aus",
        ),
        ("Der Kassenwart soll 700.000 Euro aus der Vereinskasse veruntreut haben.", "soll"),
        (
            "Der Zahnarzt soll über mehrere Jahre hinweg mehr als 1,2 Millionen Euro an "
            "Behandlungen bei der Kassenzahnärztlichen Vereinigung abgerechnet haben.",
            "soll",
        ),
        ("Ein Anwohner will in der Nacht zwei Männer am Tor gesehen haben.", "will"),
        # what an outlet found out, with "soll" of hearsay
        (
            "Nach Informationen von Radio Elbtal soll das Verkehrsministerium die Sperrung prüfen.",
            "Nach Informationen",
        ),
        ("Wie es heißt, war der Pachtvertrag schon im Frühjahr gekündigt.", "Wie es heißt"),
        (
            "Dem Vernehmen nach wurde der Geschäftsführer bereits im März abberufen.",
            "Dem Vernehmen nach",
        ),
    ],
)
def test_hedges(sentence: str, hedge: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.hedged is True
    assert any(h.lower().startswith(hedge.lower()) for h in claim.hedges)


@pytest.mark.parametrize(
    "sentence",
    [
        # indirect speech (Konjunktiv I) reports the speaker: not the article's doubt
        "Die Brücke sei sicher, sagte der Baudezernent am Donnerstag im Stadtrat.",
        # "wohl" before a superlative is not a hedge
        "Der wohl bekannteste Bahnhof der Stadt wird ab Montag komplett gesperrt.",
        # a plan announced with "soll ... werden" is not hearsay
        "Die neue Schule soll im Herbst 2026 eröffnet werden, teilte die Stadt mit.",
        # a hedge inside a direct quotation belongs to the speaker
        "„Das dürfte teuer werden“, sagte der Kämmerer der Stadt Jena.",
    ],
)
def test_not_hedged(sentence: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.hedged is False, claim.hedges


def test_main_clause_soll_haben_is_hedged() -> None:
    claim = _claim("Der Minister soll die Akten bereits im Januar gekannt haben.", "Der Minister")
    assert claim.hedged is True


def test_detection_on_a_paragraph() -> None:
    paragraph = (
        "Die Landesregierung hat am Dienstag einen Nachtragshaushalt vorgelegt, der vor "
        "allem zusätzliche Mittel für die Kommunen vorsieht. Nach Angaben des "
        "Finanzministeriums sollen die Städte und Gemeinden in diesem Jahr rund 300 "
        "Millionen Euro mehr erhalten als bisher geplant."
    )
    assert detect_language(paragraph) == "de"


def test_sentence_splitting_survives_abbreviations_and_ordinals() -> None:
    text = (
        "Prof. Dr. Klaus Meier leitet die Klinik seit dem 1. Oktober 2019. Er sprach "
        "u.a. über die Kosten, z.B. für Personal. Die Sitzung endete am 14. Juli."
    )
    sentences = split_sentences(Paragraph(text, 0, 0), get_lexicon("de"))
    assert [s.text for s in sentences] == [
        "Prof. Dr. Klaus Meier leitet die Klinik seit dem 1. Oktober 2019.",
        "Er sprach u.a. über die Kosten, z.B. für Personal.",
        "Die Sitzung endete am 14. Juli.",
    ]


def test_figures_and_vague_dates_are_details() -> None:
    claim = _claim(
        "Die Stadt investiert im nächsten Jahr 4,5 Millionen Euro in neue Radwege.",
        "Die Stadt",
    )
    found = {(d.kind, d.text) for d in claim.details}
    assert (DetailKind.MONEY, "4,5 Millionen Euro") in found
    assert (DetailKind.VAGUE_DATE, "im nächsten Jahr") in found


def test_pronoun_after_a_fronted_verb_is_the_subject() -> None:
    # Verb-second order: after "Darin beschwor" the subject pronoun comes first and the
    # object follows; the pronoun alone is the subject, resolved to the person named last.
    body = (
        "Die Stadtwerke schreiben wieder Gewinne, sagte Bürgermeisterin Anna Keller am "
        "Montag. Dabei beschwor sie die Einigkeit des Rates und warnte davor, die Werke zu "
        "verkaufen.\n\n"
    )
    claim = _claim(body, "Dabei beschwor sie")
    assert _names(claim) == ["Bürgermeisterin Anna Keller"]


def test_a_view_stated_with_sehen() -> None:
    claim = _claim(
        "Die Fraktionen der Opposition sehen die Verantwortung für die Verzögerung beim "
        "Bauamt des Kreises.\n\n",
        "Die Fraktionen",
    )
    assert _names(claim) == ["Die Fraktionen der Opposition"]


def test_so_after_a_comma_without_a_source_is_not_an_attribution() -> None:
    # ", so wie früher" compares; only ", so der Sprecher" attributes.
    claim = _claim(
        "Weil die Zuschüsse sinken, will der Verein das Fest, die Märkte und die Konzerte "
        "zusammenhalten, so wie früher, mit wenig Geld und vielen Freiwilligen.\n\n",
        "Weil die Zuschüsse",
    )
    assert claim.sources == []


def test_indirect_speech_goes_on_after_one_indicative_sentence() -> None:
    body = (
        "Die Stimmung in den Dörfern sei schlecht, sagte der Forscher Jan Brandt. Viele "
        "junge Leute ziehen in die Städte. Man habe das mit Förderprogrammen lösen wollen, "
        "aber das Geld sei nicht angekommen.\n\n"
    )
    assert _names(_claim(body, "Man habe das")) == ["der Forscher Jan Brandt"]
    # The indicative sentence itself is not given to the speaker.
    assert _claim(body, "Viele junge Leute").sources == []


def test_quotation_after_reported_words_is_the_same_speaker() -> None:
    body = (
        "Es sei enttäuschend, wie wenig die Verwaltung wusste, sagt der Verkehrsexperte "
        'Paul Winter. "Der Landrat will von den Staus nichts gewusst haben. Das ist zu '
        'wenig."\n\n'
    )
    assert _names(_claim(body, '"Der Landrat will')) == ["der Verkehrsexperte Paul Winter"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # inverted subject, particle at the end of the sentence
        (
            "Dagegen wirft die Gewerkschaft seit Wochen der Geschäftsführung Wortbruch vor.",
            ["die Gewerkschaft"],
        ),
        # an aside between commas before the particle
        (
            "Dagegen wirft der Elternbeirat, unterstützt von mehreren Lehrern, der Schulleitung "
            "mangelnde Transparenz vor.",
            ["der Elternbeirat"],
        ),
        # subject first, an adverb and a negation before the particle and a "dass" clause
        (
            "Verkehrsexperten schließen aber nicht aus, dass die Strecke noch länger gesperrt "
            "bleibt.",
            ["Verkehrsexperten"],
        ),
        # present tense, subject first
        (
            "Der Betreiber weist alle Vorwürfe der Anwohner entschieden zurück.",
            ["Der Betreiber"],
        ),
        # "machte ... deutlich" with adverbials between verb and particle
        (
            "Die Gewerkschaft machte am Mittwoch in Kassel deutlich, dass sie weitere Streiks "
            "plane.",
            ["Die Gewerkschaft"],
        ),
    ],
)
def test_separable_verb_with_its_particle_at_the_clause_end(
    sentence: str, expected: list[str]
) -> None:
    claim = _claim(sentence + "\n\n", sentence[:20])
    assert _names(claim) == expected


def test_separable_verb_without_its_particle_is_not_a_cue() -> None:
    # "wirft" without "vor" is a throw, "gibt" without "an" a give: no statement.
    claim = _claim(
        "Der Verein gibt in diesem Jahr mehr Geld für die Jugendarbeit aus.\n\n", "Der Verein"
    )
    assert claim.sources == []
    claim = _claim("Der Torwart wirft den Ball weit in die gegnerische Hälfte.\n\n", "Der Torwart")
    assert claim.sources == []


def test_age_reference_stands_for_the_person_mentioned_last() -> None:
    # "der 42-Jährige" refers to the person mentioned last, here as an object, not to the
    # speaker named before.
    body = (
        "Der Landesvorsitzende Peter Hansen sagte am Montag, die Partei stehe geschlossen "
        "hinter ihrem Kandidaten. Zuvor hatte die Staatsanwaltschaft Ermittlungen gegen den "
        "Bauunternehmer Frank Olsen aufgenommen. Ihm wird Bestechung vorgeworfen. Das weist "
        "der 42-Jährige entschieden zurück.\n\n"
    )
    names = _names(_claim(body, "Das weist"))
    assert len(names) == 1 and names[0].endswith("Frank Olsen"), names


def test_a_group_and_its_foremost_member_both_speak() -> None:
    # Inverted subject: the verb finds the group, the aside names its foremost member.
    sentence = (
        "Dagegen warfen die Verbände, allen voran der Bund der Steuerzahler, der Stadt "
        "Verschwendung vor.\n\n"
    )
    assert _names(_claim(sentence, "Dagegen warfen")) == [
        "die Verbände",
        "der Bund der Steuerzahler",
    ]


def test_an_aside_after_the_object_names_no_speaker() -> None:
    # Subject first: the aside details the object, not the speaker.
    sentence = (
        "Der Rechnungshof kritisierte die Ausgaben, vor allem die Beraterverträge, als "
        "überhöht.\n\n"
    )
    assert _names(_claim(sentence, "Der Rechnungshof")) == ["Der Rechnungshof"]


def test_after_laut_the_verb_ends_the_source() -> None:
    claim = _claim(
        "Laut Scheuer könnten Bahnfahrer um bis zu 400 Millionen Euro im Jahr entlastet werden.",
        "Laut Scheuer",
    )
    assert _names(claim) == ["Scheuer"]


def test_a_newspaper_in_the_genitive_is_the_outlet():
    claim = claims_of(
        "Nach Informationen der Süddeutschen Zeitung wollen private Anbieter gegen den "
        "neuen Takt klagen.",
        "de",
    )[0]
    assert [s.canonical for s in claim.sources] == ["Süddeutsche Zeitung"]


def test_a_noun_after_a_preposition_is_not_a_person_learned():
    claims = claims_of(
        "Gemeindepräsident Nicolas Weber sprach am Dienstag vor der Presse. "
        "Für Arbeiten am Dachstuhl brauche es keine Bewilligung, sagte Weber. "
        "Er wies zurück, dass Korruption im Spiel sein könne.",
        "de",
    )
    assert source_names(claims[-1]) != ["Für Änderungen"]


def test_a_canton_in_brackets_after_a_name_is_not_the_newspaper():
    claim = claims_of(
        "Der Wahlkampfleiter der Partei, Nationalrat Marcel Keller (SZ) sagte, die Linke "
        "habe die Lage falsch eingeschätzt.",
        "de",
    )[0]
    assert all(s.canonical != "Süddeutsche Zeitung" for s in claim.sources)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Präteritum plural of a separable verb, split: "räumten ... ein"
        (
            "Die Gewerkschaften räumten ein, dass die Tarifverhandlungen ins Stocken "
            "geraten seien.",
            "Die Gewerkschaften",
        ),
        # "kündigte ... an" split around its object, inverted after the reported clause
        (
            "Der Flughafen bleibt bis Mittwoch geschlossen, kündigte die "
            "Betreibergesellschaft am Abend an.",
            "Betreibergesellschaft",
        ),
        # plural of "kündigte ... an" with the subject first
        (
            "Die Lokführer kündigten für Montag einen landesweiten Warnstreik an.",
            "Die Lokführer",
        ),
        # Präsens plural
        (
            "Die Forscher betonen, dass die Ergebnisse der Studie noch vorläufig seien.",
            "Die Forscher",
        ),
        # Präteritum plural
        (
            "Die Ärzteverbände unterstrichen, die Versorgung auf dem Land sei gefährdet.",
            "Die Ärzteverbände",
        ),
        # Perfekt with a pronominal adverb before the participle
        (
            "Die Polizei hat am Freitag darauf hingewiesen, dass die Brücke gesperrt bleibt.",
            "Die Polizei",
        ),
    ],
)
def test_reporting_verbs_in_plural_perfect_and_split_forms(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)


def test_separable_verb_without_its_particle_reports_nothing() -> None:
    # "kündigten den Vertrag" (terminated) is not "kündigten ... an" (announced).
    claim = _claim("Die Stadtwerke kündigten den Vertrag mit dem Versorger.", "Die Stadtwerke")
    assert claim.sources == []


def test_participle_after_its_object_is_no_subject() -> None:
    # Only before "dass" does "hat ... zurückgewiesen" take the words before it as speaker.
    claim = _claim("Die Opposition hat die Vorwürfe am Abend zurückgewiesen.", "Die Opposition")
    assert claim.sources == []


def test_das_before_a_noun_is_the_article_not_the_pronoun():
    claims = claims_of(
        "Das Ministerium erklärte am Freitag, dass die Schulen geöffnet bleiben. "
        "Das sei falsch, sagte der Landrat.",
        "de",
    )
    assert source_names(claims[0]) == ["Das Ministerium"]
    assert source_names(claims[1]) == ["der Landrat"]


def test_a_body_named_in_capitals_is_an_organisation():
    claim = claims_of(
        "Die Vereinten Nationen warnten, dass zwei Millionen Menschen hungern.", "de"
    )[0]
    assert claim.sources[0].type == SourceType.ORGANISATION


def test_the_auxiliary_ends_the_subject_of_a_participle_at_the_end():
    claims = claims_of(
        "Die Opposition hat die Vorwürfe am Freitag entschieden kritisiert. "
        "Der Verband der Ärzte hat die Pläne der Regierung scharf kritisiert.",
        "de",
    )
    assert source_names(claims[0]) == ["Die Opposition"]
    assert source_names(claims[1]) == ["Der Verband der Ärzte"]


def test_after_a_fronted_adverbial_the_subject_follows_the_auxiliary():
    claims = claims_of(
        "Am Freitag hat der Verband die Pläne der Regierung scharf kritisiert. "
        "Im Interview hat Scholz die Pläne der Opposition scharf kritisiert.",
        "de",
    )
    assert source_names(claims[0]) == ["der Verband"]
    assert source_names(claims[1]) == ["Scholz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Arbeitslosigkeit dürfte im Frühjahr leicht steigen, sagte der Präsident der Agentur.",
        "Laut Bundesbank dürfte die Wirtschaft im kommenden Jahr um 0,8 Prozent wachsen.",
    ],
)
def test_dürfte_with_a_named_forecaster_is_a_forecast_not_a_hedge(sentence: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.sources
    assert claim.hedged is False, claim.hedges


def test_dürfte_in_the_articles_own_voice_still_hedges() -> None:
    claim = _claim("Der Umbau des Bahnhofs dürfte deutlich teurer werden.", "Der Umbau")
    assert claim.hedges == ["dürfte"]


def test_a_fear_is_a_hedge() -> None:
    sentence = "Anwohner befürchten, dass der Damm dem nächsten Hochwasser nicht standhält."
    assert "befürchten" in _claim(sentence, "Anwohner").hedges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # appeals and demands with their particle at the end: "rief ... auf"
        (
            "Botschafter Miguel Torres rief die Mitgliedstaaten auf, die Sanktionen gegen "
            "sein Land aufzuheben.",
            "Miguel Torres",
        ),
        # justifying, condemning, describing: speech acts of their own
        (
            "Das Kanzleramt rechtfertigte die Entscheidung damit, dass die Mittel für den "
            "Straßenbau fehlten.",
            "Das Kanzleramt",
        ),
        (
            "Die Gewerkschaft verurteilte die geplanten Kündigungen in dem Werk scharf.",
            "Gewerkschaft",
        ),
        ("Der Bauernverband bezeichnete die neuen Auflagen als unbezahlbar.", "Bauernverband"),
        # a figure put out by an authority
        ("Die Polizei bezifferte den Schaden auf rund 40.000 Euro.", "Die Polizei"),
        ("Das Landesamt meldete am Freitag 120 neue Fälle.", "Das Landesamt"),
        ("Die Stiftung Warentest empfahl, die Geräte nicht mehr zu benutzen.", "Warentest"),
        # a court stating what it decided
        (
            "Das Verwaltungsgericht entschied, dass die Stadt den Markt nicht schließen durfte.",
            "Das Verwaltungsgericht",
        ),
        # an expectation before its "dass" clause
        (
            "Die Stadt Köln erwartet, dass die Brücke im Herbst wieder befahrbar ist.",
            "Die Stadt Köln",
        ),
    ],
)
def test_speech_acts_of_demanding_justifying_and_deciding(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert any(expected in name for name in _names(claim)), _names(claim)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nach Recherchen des WDR wurden in dem Lager mehr als 300 Fässer gefunden.", "WDR"),
        ("Nach Auffassung des Landgerichts fehlt der Klage jede Grundlage.", "Landgerichts"),
        (
            "Nach Informationen aus Sicherheitskreisen wurden zwei Verdächtige festgenommen.",
            "Sicherheitskreisen",
        ),
    ],
)
def test_nach_with_the_nouns_of_sourcing_names_the_source(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == [expected]


def test_a_sentence_adverb_before_the_verb_is_no_speaker():
    claims = _claims(
        "Umweltministerin Katrin Vogt sagte am Montag, der Ausbau der Windkraft komme "
        "voran. Zugleich forderte sie die Länder auf, mehr Flächen für Windräder "
        "auszuweisen."
    )
    assert _names(claim_starting(claims, "Zugleich")) == ["Umweltministerin Katrin Vogt"]


def test_nach_eigener_aussage_is_the_speaker_named_before():
    claims = _claims(
        "Der Händler Jan Berger sagte, das Geschäft laufe schlecht. Nach eigener Aussage "
        "verkaufte er im Mai nur zwölf Räder."
    )
    assert _names(claim_starting(claims, "Nach eigener")) == ["Der Händler Jan Berger"]


def test_a_capitalised_word_after_ob_is_no_name_a_pronoun_could_stand_for():
    claims = _claims(
        "Der Anwalt Peter Graf sagte, die Klage sei zulässig. Ob Österreich die Lieferung "
        "stoppen muss, ist offen. Er verneinte zudem eine Pflicht des Staates zum Eingreifen."
    )
    assert _names(claim_starting(claims, "Er verneinte")) == ["Der Anwalt Peter Graf"]


def test_a_participle_closing_an_infinitive_names_no_speaker():
    # "aufgerufen" counts only before "dass": here it closes "zu ... aufgerufen zu haben".
    claim = _claim(
        "Der Verein betonte, nicht zu den Protesten vor dem Rathaus aufgerufen zu haben.",
        "Der Verein",
    )
    assert _names(claim) == ["Der Verein"]


def test_an_object_after_the_verb_is_never_the_speaker() -> None:
    claims = claims_of(
        "Der Präsident des Landes, Carlos Ruiz, wirft den USA vor, die Verhandlungen "
        "seit Monaten zu blockieren.",
        "de",
    )
    assert "den USA" not in source_names(claims[0])


def test_an_article_after_a_noun_opens_the_next_phrase() -> None:
    claims = claims_of(
        "Dabei konnten die Angreifer nach Angaben des Versorgers eine Lücke im Netz nutzen.",
        "de",
    )
    assert source_names(claims[0]) == ["Versorgers"]


def test_fuehrte_aus_names_who_sets_out_the_findings() -> None:
    claims = claims_of(
        "In dem Bericht führte die Bankenaufsicht aus, dass die Prüfer zu spät reagiert hätten.",
        "de",
    )
    assert source_names(claims[0]) == ["die Bankenaufsicht"]


def test_a_source_named_in_a_compound_after_nach() -> None:
    claims = claims_of(
        "Der Versorger ist nach NDR-Recherchen seit Monaten Ziel von Angriffen gewesen.", "de"
    )
    assert source_names(claims[0]) == ["NDR"]


def test_two_sources_joined_after_laut_are_both_named() -> None:
    claim = _claim("Laut Polizei und Feuerwehr wurden zwölf Menschen verletzt.", "Laut")
    assert _names(claim) == ["Polizei", "Feuerwehr"]


def test_a_count_after_a_genitive_source_opens_the_clause_not_the_name() -> None:
    claim = _claim(
        "Bei den Angriffen sollen nach Angaben örtlicher Krankenhäuser 44 Menschen "
        "getötet worden sein.",
        "Bei den",
    )
    assert _names(claim) == ["örtlicher Krankenhäuser"]


def test_a_speaker_after_a_reversed_guillemet_quotation_is_found() -> None:
    claim = _claim(
        "»Der Zusammenbruch der Bank zeigt Mängel in der Aufsicht«, erklärte Vizechef "
        "Michael Brandt in einem Brief.",
        "»Der",
    )
    assert any("Michael Brandt" in name for name in _names(claim)), _names(claim)


def test_back_reference_gives_the_source_to_the_sentence_before_it() -> None:
    body = (
        "Der Zulieferer beschäftigt weltweit rund 9.000 Menschen. Er will bis 2026 rund "
        "2.000 Stellen abbauen. Das sagte Vorstandschef Jens Wendt am Donnerstag in Stuttgart.\n"
    )
    assert _names(_claim(body, "Er will bis 2026")) == ["Vorstandschef Jens Wendt"]
    assert _names(_claim(body, "Der Zulieferer beschäftigt")) == []


def test_an_adverb_between_the_inverted_verb_and_its_subject_is_skipped() -> None:
    body = (
        "Die Produktion in Ungarn soll ausgebaut werden. Das berichtete zuerst die "
        "„Stuttgarter Zeitung“.\n"
    )
    assert _names(_claim(body, "Das berichtete")) == ["Stuttgarter Zeitung"]


def test_the_outlet_told_after_an_inverted_speaker_is_cut_off_the_speaker() -> None:
    body = (
        "Die Mieten könnten im kommenden Jahr um bis zu 8 Prozent steigen, sagte "
        "Verbandspräsident Jürgen Kessler der Deutschen Presse-Agentur. Die Lage sei "
        "dramatisch.\n"
    )
    assert _names(_claim(body, "Die Mieten")) == [
        "Verbandspräsident Jürgen Kessler",
        "Deutschen Presse-Agentur",
    ]
    assert _names(_claim(body, "Die Lage sei")) == ["Verbandspräsident Jürgen Kessler"]


def test_a_quoted_outlet_in_the_dative_is_no_inverted_subject() -> None:
    body = (
        "Der Sprecher der FDP-Fraktion, Martin Haubold, sagte dem „Handelsblatt“, die "
        "Reform komme zu spät.\n"
    )
    assert _names(_claim(body, "Der Sprecher")) == ["Martin Haubold", "Handelsblatt"]


def test_indirect_speech_of_ordinary_verbs_continues_the_speaker() -> None:
    body = (
        "Die Reform komme zu spät, sagte Verbandschef Kurt Maier am Montag. Ohne sie drohe "
        "vielen Mietern die Kündigung. Auch das Land zahle zu wenig.\n"
    )
    assert _names(_claim(body, "Ohne sie drohe")) == ["Verbandschef Kurt Maier"]
    assert _names(_claim(body, "Auch das Land zahle")) == ["Verbandschef Kurt Maier"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nach Polizeiangaben wurden bei dem Unfall 12 Menschen verletzt.", "Polizei"),
        ("Laut Unternehmensangaben fielen im Sommer 300 Stellen weg.", "Unternehmen"),
        ("Nach Angaben der Polizei wurden bei dem Unfall 12 Menschen verletzt.", "Polizei"),
    ],
)
def test_a_source_closed_up_in_a_compound_after_nach_or_laut(sentence: str, expected: str) -> None:
    assert any(expected in n for n in _names(_claim(sentence + "\n", sentence[:15])))


def test_a_plural_verb_of_fearing_reports_before_dass() -> None:
    body = "Die Betreiber privater Bahnen fürchten, dass 300 Verbindungen wegfallen.\n"
    assert _names(_claim(body, "Die Betreiber")) == ["Die Betreiber privater Bahnen"]


def test_ihm_zufolge_is_the_speaker_named_before() -> None:
    body = (
        "Verbandschef Kurt Maier sagte am Montag, die Reform komme zu spät.\n\n"
        "Ihm zufolge fehlen in den Großstädten 300.000 Wohnungen.\n"
    )
    assert _names(_claim(body, "Ihm zufolge")) == ["Verbandschef Kurt Maier"]


def test_his_spokesman_after_a_person_speaks_as_written_not_as_that_person() -> None:
    body = (
        "Verbandschef Kurt Maier sagte am Montag, die Reform komme zu spät.\n\n"
        "Sein Sprecher ergänzte, der Verband prüfe eine Klage gegen 12 Städte.\n"
    )
    assert _names(_claim(body, "Sein Sprecher")) == ["Sein Sprecher"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Finanzministerin Anna Stolte hat am Montag angekündigt, die Zuschüsse um 12 "
            "Prozent zu kürzen.",
            ["Finanzministerin Anna Stolte"],
        ),
        ("Brunnhuber hatte eingeräumt, das Geld angenommen zu haben.", ["Brunnhuber"]),
        # the participle closing a clause on its object reports nothing
        ("Der angeklagte Neffe hat die Vorwürfe vor Gericht zurückgewiesen.", []),
    ],
)
def test_a_perfect_participle_reports_before_an_infinitive_clause(
    sentence: str, expected: list[str]
) -> None:
    assert _names(_claim(sentence + "\n", sentence[:15])) == expected


def test_a_trade_the_press_quotes_by_speaks_as_a_person() -> None:
    claim = _claim(
        "Die Virologin sagte, die Zahl der Fälle steige um 12 Prozent.\n", "Die Virologin"
    )
    assert _names(claim) == ["Die Virologin"]
    assert claim.sources[0].type == SourceType.PERSON


def test_a_name_in_apposition_to_the_opening_noun_phrase_is_the_subject_not_the_object() -> None:
    sentence = "Der Anwalt des Beschuldigten, Dr. Felix Ramelow, wies die Vorwürfe zurück."
    assert _names(_claim(sentence, "Der Anwalt")) == ["Dr. Felix Ramelow"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Aus dem Ministerium hieß es am Abend, die Zahlen seien vorläufig.", "dem Ministerium"),
        ("In der Mitteilung der Polizei hieß es, der Fahrer sei leicht verletzt.", "Polizei"),
    ],
)
def test_the_source_of_hieß_es_opens_the_sentence_after_a_preposition(
    sentence: str, source: str
) -> None:
    names = _names(_claim(sentence, sentence[:12]))
    assert len(names) == 1 and source in names[0], names


@pytest.mark.parametrize(
    "sentence",
    [
        "Offiziell bestätigt wurde das von der Stadt bisher nicht.",
        "Bislang wurde der Bericht vom Ministerium nicht bestätigt.",
    ],
)
def test_a_passive_names_no_speaker_in_the_word_before_it(sentence: str) -> None:
    assert _names(_claim(sentence, sentence[:10])) == []


def test_sie_with_a_singular_verb_is_the_woman_named_last_not_the_man_who_spoke() -> None:
    body = (
        "Bürgermeister Klaus Reinhardt verteidigte das Vorhaben. „Wir brauchen Wohnungen“, "
        "sagte der Bürgermeister.\n\nGemeinderätin Ulrike Sommer sieht das anders. Die Fläche "
        "sei wertvolles Ackerland, sagte sie.\n\n"
    )
    names = _names(_claim(body, "Die Fläche"))
    assert len(names) == 1 and names[0].endswith("Ulrike Sommer"), names


def test_the_company_named_by_its_kind_is_the_company_that_spoke_before() -> None:
    claims = _claims(
        "Die Kessler Maschinenbau GmbH bestätigte am Montag einen Cyberangriff auf sein Werk in "
        "Ulm. Die Produktion laufe inzwischen wieder, teilte das Unternehmen mit. Nach "
        "Angaben des Konzerns wurden keine Kundendaten gestohlen."
    )
    assert _names(claim_containing(claims, "Produktion laufe")) == ["Kessler Maschinenbau GmbH"]
    assert _names(claim_containing(claims, "Kundendaten")) == ["Kessler Maschinenbau GmbH"]


def test_a_report_the_findings_come_from_and_demnach_after_it() -> None:
    claims = _claims(
        "Im Lager der Bundeswehr in Kassel fehlen Bestände im Wert von 2,3 Millionen Euro. "
        "Das geht aus einem Bericht des Bundesrechnungshofs hervor. Demnach wurden die "
        "Verluste seit 2021 nicht gemeldet."
    )
    for start in ("Im Lager", "Das geht", "Demnach"):
        names = _names(claim_containing(claims, start))
        assert names == ["einem Bericht des Bundesrechnungshofs"], (start, names)


def test_aus_x_geht_hervor_names_the_document() -> None:
    claims = _claims(
        "Aus einem internen Papier des Ministeriums geht hervor, dass die Zahlen seit 2021 "
        "bekannt waren."
    )
    assert _names(claims[-1]) == ["einem internen Papier des Ministeriums"]


def test_a_forecaster_after_the_forecast_and_a_hint_name_their_source() -> None:
    claims = _claims(
        "Die Inflation dürfte im kommenden Jahr auf 2,1 Prozent sinken, erwartet die "
        "Bundesbank. Die Richterin deutete an, dass ein Vergleich noch möglich sei."
    )
    forecast = claim_containing(claims, "Inflation")
    assert _names(forecast) == ["die Bundesbank"]
    assert not forecast.hedged  # a forecast with its forecaster named
    assert _names(claim_containing(claims, "Vergleich")) == ["Die Richterin"]


def test_konjunktiv_ii_stand_ins_go_on_with_the_speakers_account() -> None:
    claims = _claims(
        "Die Lage in den Praxen sei angespannt, erklärte die Ärztin Ute Brinkmann. Viele "
        "Praxen nähmen keine neuen Patienten mehr auf. Zudem müssten Schulen mit weniger "
        "Kinderärzten auskommen."
    )
    for start in ("Viele Praxen", "Zudem"):
        names = _names(claim_containing(claims, start))
        assert len(names) == 1 and names[0].endswith("Ute Brinkmann"), (start, names)


def test_a_union_is_no_company_a_later_the_company_could_stand_for() -> None:
    claims = _claims(
        "Die Gewerkschaft kündigte am Montag Warnstreiks an. Nach Angaben des Unternehmens "
        "ist eine Entscheidung über das Werk noch nicht gefallen."
    )
    assert "Die Gewerkschaft" not in _names(claim_containing(claims, "Entscheidung"))


def test_swiss_spelling_without_eszett_reads_like_german_spelling() -> None:
    claims = _claims(
        "Die Studie arbeite mit einer kleinen Stichprobe, heisst es in einer Stellungnahme "
        "des Kunststoffverbands. Die Autoren schreiben, die Daten seien vorläufig."
    )
    assert _names(claim_containing(claims, "Stichprobe")) == [
        "einer Stellungnahme des Kunststoffverbands"
    ]
    assert _names(claim_containing(claims, "vorläufig")) == ["Die Autoren"]


def test_an_outlet_with_a_plural_name_in_the_dative_is_a_source() -> None:
    claims = _claims(
        "Eine Mehrheit für die Koalition gebe es nicht, sagte der Politologe Peter Hofer den "
        "Salzburger Nachrichten."
    )
    names = _names(claim_containing(claims, "Mehrheit"))
    assert names[-1] == "Salzburger Nachrichten" and names[0].endswith("Peter Hofer"), names


def test_verriet_names_who_gave_it_away() -> None:
    claims = _claims(
        "Der Umbau des Stadions koste mindestens 40 Millionen Euro, verriet Vereinschef Jan "
        "Berger am Montag."
    )
    names = _names(claim_containing(claims, "Stadions"))
    assert len(names) == 1 and names[0].endswith("Jan Berger"), names


def test_the_last_part_of_a_compound_office_stands_for_its_holder() -> None:
    claims = _claims(
        "Landesgesundheitsminister Stefan Wirtz sprach von einem wichtigen Schritt für die "
        "Kliniken. Die Zahl der Betten sei zu niedrig, sagte der Minister. "
        "Konzernsprecherin Andrea Kessler wies die Vorwürfe zurück. Die Dokumente seien "
        "veraltet, sagte die Sprecherin."
    )
    assert _names(claim_containing(claims, "Betten")) == ["Stefan Wirtz"]
    assert _names(claim_containing(claims, "Dokumente")) == ["Andrea Kessler"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Den Sachschaden schätzte die Polizei auf mehrere Millionen Euro.", "die Polizei"),
        (
            "Ein ehemaliger Mitarbeiter des Büros, der als Zeuge geladen war, sagte aus, dass "
            "die Akten fehlten.",
            "Ein ehemaliger Mitarbeiter des Büros",
        ),
        (
            "„Für mich ist das nie im Leben ein Elfmeter“, schimpfte Trainer Noah Scheller.",
            "Trainer Noah Scheller",
        ),
        (
            "Der Beschuldigte räumte vor Gericht ein, das Geld genommen zu haben.",
            "Der Beschuldigte",
        ),
    ],
)
def test_fronted_objects_relative_clauses_and_more_speech_verbs(sentence: str, speaker: str):
    claims = _claims(sentence)
    assert _names(claim_starting(claims, sentence[:15])) == [speaker]


def test_a_broader_role_noun_stands_for_the_office_holder_named_before() -> None:
    claims = _claims(
        "Finanzminister Hans Meier sagte am Montag, der Haushalt wachse um sechs Prozent. Der "
        "Ressortchef betonte, es werde keine Kürzungen bei der Bildung geben."
    )
    assert _names(claim_starting(claims, "Der Ressortchef")) == ["Hans Meier"]


def test_an_extended_attribute_between_the_article_and_the_office_is_part_of_the_subject():
    claims = _claims(
        "„Wir haben die Nachfrage nach Plätzen lange unterschätzt“, sagte der für Bildung "
        "zuständige Stadtrat Jonas Weber am Dienstag."
    )
    assert _names(claim_containing(claims, "unterschätzt")) == ["der Stadtrat Jonas Weber"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Nach Zahlen des Statistischen Bundesamts stiegen die Preise im März um 2,4 Prozent.",
            "Statistischen Bundesamts",
        ),
        (
            "Bis zu 1.500 Stellen könnten in den beiden Werken wegfallen, befürchtet die "
            "Gewerkschaft.",
            "die Gewerkschaft",
        ),
        (
            "Für die Eurozone rechnet der IWF mit einem Plus von 1,0 Prozent.",
            "der IWF",
        ),
    ],
)
def test_figures_fears_and_expectations_name_who_holds_them(sentence: str, speaker: str):
    assert _names(claim_starting(_claims(sentence), sentence[:12])) == [speaker]


def test_soll_es_sich_um_reports_hearsay():
    claim = _claim(
        "Bei dem zweiten Opfer soll es sich um einen 23 Jahre alten Mann aus Köln handeln.",
        "Bei dem zweiten",
    )
    assert claim.hedged


def test_an_outlet_in_quotes_after_the_speaker_is_a_source_of_its_own():
    claims = _claims(
        "„Wir werden das Gesetz nicht mittragen“, sagte der FDP-Politiker Frank Schäffler "
        "der „Bild“."
    )
    assert _names(claim_containing(claims, "mittragen")) == [
        "der FDP-Politiker Frank Schäffler",
        "Bild",
    ]


def test_a_participle_before_indirect_speech_names_who_answered():
    claims = _claims(
        "Zuletzt hatte die Ministerin im Gespräch mit Journalisten auf die Frage nach neuen "
        "Schulden geantwortet, sie wolle keine Zusage machen."
    )
    assert _names(claim_starting(claims, "Zuletzt")) == ["die Ministerin"]


def test_an_interview_the_outlet_ran_names_the_outlet():
    claims = _claims(
        "Die Ministerin sagte im Interview des Senders Phoenix, die Zahlen seien zu hoch gewesen."
    )
    assert _names(claim_starting(claims, "Die Ministerin")) == ["Die Ministerin", "Phoenix"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Nach ersten Erkenntnissen der Polizei war der Fahrer ungebremst auf das Stauende "
            "aufgefahren.",
            "Polizei",
        ),
        ("Nach vorläufigen Angaben des Landratsamts gab es drei Verletzte.", "Landratsamts"),
        ("Der Stürmer steht nach übereinstimmenden Medienberichten vor einem Wechsel.", "Medien"),
        ("Die Angeklagte will sich nach Auskunft ihrer Anwälte erst später äußern.", "Anwälte"),
        ("Der Mann soll nach Zeugenaussagen auf sein Handy geschaut haben.", "Zeugen"),
    ],
)
def test_according_to_with_an_adjective_before_the_noun(sentence: str, source: str) -> None:
    names = source_names(_claim(sentence, sentence[:20]))
    assert any(source in name for name in names), names


def test_a_bare_according_to_with_an_adjective_names_no_one() -> None:
    claim = _claim("Nach ersten Erkenntnissen war der Fahrer übermüdet.", "Nach ersten")
    assert source_names(claim) == []


def test_nach_eigenen_angaben_is_the_clauses_own_subject_not_the_last_speaker() -> None:
    body = (
        "Die Stadtwerke wurden am Montag Ziel eines Angriffs, sagte Geschäftsführer "
        "Lars Hollmann.\n\n"
        "Auch der Kreis Lippe prüft nach eigenen Angaben noch, ob Daten abgeflossen sind. "
        "Der Versorger hat nach eigenen Angaben keine Hinweise auf weitere Angriffe.\n"
    )
    assert _names(_claim(body, "Auch der Kreis")) == ["der Kreis Lippe"]
    assert _names(_claim(body, "Der Versorger")) == ["Der Versorger"]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        (
            "Ein Sprecher der Stadtwerke bestätigte den Ausfall auf Anfrage der "
            "Nachrichtenagentur Reuters.",
            "Reuters",
        ),
        ("Die Gemeindepräsidentin sagte gegenüber Radio Pilatus, man prüfe die Kosten.", "Pilatus"),
    ],
)
def test_an_outlet_that_asked_or_was_told_is_a_source_after_the_speaker(
    sentence: str, outlet: str
) -> None:
    names = source_names(claims_of(sentence, "de")[0])
    assert len(names) == 2
    assert outlet in names[1]


def test_the_agency_told_after_the_speaker_is_cut_off_the_speakers_name() -> None:
    # "der Nachrichtenagentur epd": the kind of outlet, then a short name in lowercase.
    body = (
        "Die Löhne in der Pflege seien seit Jahren zu niedrig, sagte Verbandssprecher "
        "Jakob Neumann der Nachrichtenagentur epd.\n\n"
        "Die Gespräche mit den Kliniken seien am Dienstag gescheitert, sagte eine mit den "
        "Verhandlungen vertraute Person der Nachrichtenagentur Reuters.\n"
    )
    assert _names(_claim(body, "Die Löhne")) == ["Verbandssprecher Jakob Neumann", "epd"]
    assert _names(_claim(body, "Die Gespräche")) == ["eine Person", "Reuters"]


def test_bekannt_gab_written_apart_reports_in_a_clause_opened_by_wie() -> None:
    body = "Die Auslastung lag bei 96 Prozent, wie die Festspielleitung am Montag bekannt gab.\n"
    assert _names(_claim(body, "Die Auslastung")) == ["die Festspielleitung"]


def test_a_decimal_comma_does_not_cut_a_clause_into_a_source() -> None:
    body = (
        "Der Vermieter hatte die Miete im Januar fast verdoppelt. Ein Gutachter habe "
        "festgestellt, dass die Kosten höchstens eine Erhöhung von 1,20 Euro pro Quadratmeter "
        "rechtfertigten, erklärte Richterin Sabine Pfaffenrath.\n"
    )
    assert _names(_claim(body, "Ein Gutachter")) == ["Richterin Sabine Pfaffenrath"]


def test_a_plural_back_reference_gives_the_sentence_before_its_speakers() -> None:
    body = (
        "Ein 34-jähriger Mann ist am Montag in Oberlahnau festgenommen worden. Er soll drei "
        "Geschäfte überfallen haben. Das teilten die Behörden am Dienstag mit.\n"
    )
    assert _names(_claim(body, "Er soll")) == ["die Behörden"]


def test_a_verb_alone_between_commas_closes_a_subject_in_apposition() -> None:
    body = (
        "Im Prozess um den Brand hat die Verteidigung Freispruch gefordert. Sein "
        "Verteidiger, Rechtsanwalt Henning Baumgart, erklärte, die Beweislage sei dünn.\n"
    )
    assert _names(_claim(body, "Sein Verteidiger")) == ["Rechtsanwalt Henning Baumgart"]


def test_her_statements_name_the_speaker_before_not_a_source_called_so():
    body = (
        "Die Rentnerin Erika Braun sagte vor Gericht aus, sie sei betrogen worden. Ihren "
        "Angaben zufolge zahlte sie 19.000 Euro an.\n"
    )
    assert _names(_claim(body, "Ihren")) == ["Die Rentnerin Erika Braun"]


def test_an_outlet_citing_a_source_before_its_verb_is_a_source_too() -> None:
    body = (
        "Wie das „Handelsblatt“ unter Berufung auf Konzernkreise berichtete, sollen in "
        "Wolfsburg 2000 Stellen wegfallen.\n"
    )
    assert sorted(_names(_claim(body, "Wie das"))) == ["Konzernkreise", "das „Handelsblatt“"]


def test_a_passive_speech_act_names_its_agent_before_the_closing_participle() -> None:
    body = (
        "Der Fall wurde am Montag vom Gesundheitsamt des Kreises bestätigt. Die Pläne waren "
        "von der Opposition scharf kritisiert worden. Die Zahl der Toten wurde von der Stadt "
        "nicht bestätigt. Das Werk wurde 1990 von Siemens gebaut.\n"
    )
    assert _names(_claim(body, "Der Fall")) == ["Gesundheitsamt des Kreises"]
    assert _names(_claim(body, "Die Pläne")) == ["der Opposition"]
    assert _names(_claim(body, "Die Zahl")) == []
    assert _names(_claim(body, "Das Werk")) == []


def test_an_adverb_opening_the_sentence_leaves_the_subject_after_the_verb() -> None:
    body = (
        "Kritisch äußerte sich der Ernährungsmediziner Ralf Eberth. Etwas optimistischer "
        "äußerte sich die Ratingagentur Corvell. Fröhlich sagte, der Plan sei gut.\n"
    )
    assert _names(_claim(body, "Kritisch")) == ["der Ernährungsmediziner Ralf Eberth"]
    assert _names(_claim(body, "Etwas")) == ["die Ratingagentur Corvell"]
    assert _names(_claim(body, "Fröhlich")) == ["Fröhlich"]


def test_demnach_points_back_to_the_source_of_the_sentence_before() -> None:
    body = (
        "Die Mieten in Leipzig sind erneut gestiegen. Das berichtet die „Leipziger "
        "Volkszeitung“ unter Berufung auf den Mieterverein. Demnach zahlen Neumieter im "
        "Schnitt 9,40 Euro pro Quadratmeter. Ein Sprecher der Stadt bestätigte die Zahlen. "
        "Bis 2030 sollen demnach 4000 neue Wohnungen entstehen.\n"
    )
    assert "Leipziger Volkszeitung" in source_names(_claim(body, "Demnach zahlen"))
    assert source_names(_claim(body, "Bis 2030")) == ["Ein Sprecher der Stadt"]


def test_demnach_after_a_sentence_that_states_no_source_names_nobody() -> None:
    body = (
        "Das Statistische Landesamt hat am Dienstag neue Zahlen veröffentlicht. Die Stadt "
        "wächst seit Jahren. Demnach leben in Leipzig inzwischen 620.000 Menschen.\n"
    )
    assert source_names(_claim(body, "Demnach leben")) == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Die Preise lagen einer neuen Erhebung zufolge um 3,1 Prozent über dem Vorjahr.",
            "einer neuen Erhebung",
        ),
        ("Die Zahl der Verletzten stieg Behördenangaben zufolge auf 14.", "Behördenangaben"),
        (
            "Die Mieten sind einer Auswertung des Mietervereins zufolge deutlich gestiegen.",
            "einer Auswertung des Mietervereins",
        ),
        (
            "Dem Bericht der Landesregierung zufolge fehlen 800 Lehrkräfte.",
            "Dem Bericht der Landesregierung",
        ),
    ],
)
def test_zufolge_in_the_middle_of_a_clause_names_the_noun_phrase_before_it(
    sentence: str, source: str
) -> None:
    body = f"In Sachsen wird über den Haushalt gestritten. {sentence}\n"
    assert source_names(_claim(body, sentence[:14])) == [source]


def test_an_outlet_quoting_someone_mit_den_worten_gives_both_sources() -> None:
    body = (
        "Die Brücke über die Saale bleibt bis Mai gesperrt. Die „Mitteldeutsche Zeitung“ "
        "zitierte einen Sprecher der Stadt mit den Worten, die Reparatur koste vier "
        "Millionen Euro.\n"
    )
    assert source_names(_claim(body, "Die „Mitteldeutsche")) == [
        "Die „Mitteldeutsche Zeitung“",
        "einen Sprecher der Stadt",
    ]


def test_das_unternehmen_is_the_company_described_and_named_before_though_it_had_not_spoken() -> (
    None
):
    body = (
        "Der Kasseler Maschinenbaukonzern Hovental streicht 600 Stellen in Nordhessen. Das "
        "kündigte das Unternehmen am Dienstag in einer Mitteilung an.\n"
    )
    assert source_names(_claim(body, "Der Kasseler")) == ["Hovental"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Von Reuters befragte Volkswirte hatten mit einem Plus von 0,3 Prozent gerechnet.",
            ["Reuters", "Volkswirte"],
        ),
        (
            "Die vom „Handelsblatt“ befragten Ökonomen rechnen mit einem Abschwung.",
            ["Handelsblatt", "Ökonomen"],
        ),
    ],
)
def test_an_agent_and_the_ones_it_relays_before_their_noun_are_both_sources(
    sentence: str, expected: list[str]
) -> None:
    body = f"Die Industrieproduktion ist im April gesunken. {sentence}\n"
    assert source_names(_claim(body, sentence[:10])) == expected


def test_a_circumstance_between_the_subject_of_a_wie_clause_and_its_verb() -> None:
    body = (
        "Die Verbraucherpreise sind im Mai gestiegen. Die Teuerung lag bei 2,1 Prozent, wie "
        "das Statistische Landesamt am Mittwoch nach einer ersten Schätzung mitteilte.\n"
    )
    assert source_names(_claim(body, "Die Teuerung")) == ["das Statistische Landesamt"]


def test_an_outlet_in_quotation_marks_after_its_article_is_a_name() -> None:
    body = (
        "Der Wechsel des Stürmers ist offenbar perfekt. Wie der „Kicker“ berichtet, zahlt "
        "der Klub eine Ablöse von 30 Millionen Euro.\n"
    )
    assert source_names(_claim(body, "Wie der")) == ["der „Kicker“"]


def test_das_berichtet_in_the_present_gives_its_source_to_the_sentence_before() -> None:
    body = (
        "Die Stadtwerke sollen die Prüffristen für die Leitungen mehrfach überschritten "
        "haben. Das berichtet der „Lindauer Anzeiger“ unter Berufung auf einen internen "
        "Prüfbericht.\n"
    )
    assert "Lindauer Anzeiger" in _names(_claim(body, "Die Stadtwerke"))


def test_she_is_the_woman_the_article_named_after_the_last_woman_who_spoke() -> None:
    body = (
        "Staatsanwältin Petra Kühn sagte, der Verdächtige sei geständig. Den Hinweis gab "
        "eine Nachbarin, Martina Lorenz. „Mir ist der Lieferwagen jede Nacht aufgefallen“, "
        "erzählt sie.\n"
    )
    assert _names(_claim(body, "„Mir ist")) == ["Martina Lorenz"]


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "Der Stausee ist seit Mai halb leer. Seitdem beklagt Nordland sinkende Pegel am "
            "Unterlauf.\n",
            "Seitdem",
            ["Nordland"],
        ),
        (
            "Die Aktie stieg um vier Prozent. Skeptischer äußerte sich Jana Voss, Analystin "
            "bei der Bank Hellmann.\n",
            "Skeptischer",
            ["Jana Voss"],
        ),
    ],
)
def test_an_adverb_before_the_verb_is_no_source_its_subject_follows(
    body: str, start: str, expected: list[str]
) -> None:
    assert _names(_claim(body, start))[:1] == expected


def test_wie_aus_closing_on_its_verb_names_the_document() -> None:
    body = (
        "Haushalte zahlen im Schnitt 39,8 Cent je Kilowattstunde, wie aus einer Auswertung "
        "des Portals Stromvergleich hervorgeht.\n"
    )
    names = _names(_claim(body, "Haushalte"))
    assert names == ["einer Auswertung des Portals Stromvergleich"]


def test_a_noun_in_the_object_is_no_body_the_subject_describes() -> None:
    body = "Die Tarifrunde beginnt am Montag. Die Gewerkschaft fordert acht Prozent mehr Lohn.\n"
    assert "Prozent" not in _names(_claim(body, "Die Gewerkschaft"))


def test_the_subject_stands_before_a_relative_clause_closing_on_its_verb() -> None:
    body = (
        "Die Hafengesellschaft steht unter Druck. Ein früherer Mitarbeiter, der anonym "
        "bleiben möchte, schildert ein „System der Gefälligkeiten“.\n"
    )
    assert _names(_claim(body, "Ein früherer")) == ["Ein früherer Mitarbeiter"]


def test_an_assessment_with_its_particle_closing_the_clause_is_a_statement() -> None:
    body = (
        "In Lindau sind 14 Menschen erkrankt. Das Robert-Koch-Institut stuft das Risiko für "
        "die Bevölkerung als gering ein.\n"
    )
    assert _names(_claim(body, "Das Robert-Koch-Institut")) == ["Das Robert-Koch-Institut"]


def test_a_report_of_an_outlet_in_the_genitive_keeps_the_outlet() -> None:
    body = (
        "Der Streit geht weiter. Laut einem Bericht des „Spiegel“ soll der Plan gestoppt werden.\n"
    )
    assert _names(_claim(body, "Laut")) == ["einem Bericht des „Spiegel“"]


def test_an_adverb_opening_the_sentence_is_no_source() -> None:
    body = (
        "Die Polizei ermittelt wegen Brandstiftung. Offiziell bestätigt ist das nicht. "
        "„Es roch plötzlich verbrannt“, sagte ein Anwohner.\n"
    )
    assert _names(_claim(body, "Offiziell")) == []
    assert "Offiziell" not in _names(_claim(body, "„Es roch"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aus Ermittlerkreisen verlautete, einer der Männer habe gestanden.", "Ermittlerkreisen"),
        (
            "Aus dem Aufsichtsrat ist zu hören, der Vorstand habe sich verkalkuliert.",
            "dem Aufsichtsrat",
        ),
    ],
)
def test_verlautete_names_the_body_after_aus(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence + "\n", sentence[:12])) == [expected]


def test_a_report_by_an_outlet_after_nach_einem_bericht() -> None:
    body = "Nach einem Bericht der „Märkischen Allgemeinen“ brannte das Lager seit Stunden.\n"
    assert _names(_claim(body, "Nach einem")) == ["Märkischen Allgemeinen"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nach den Plänen der Bahn soll die Strecke 2028 fertig sein.", "Bahn"),
        (
            "Nach dem Willen der Landesregierung soll das Gesetz im Herbst gelten.",
            "Landesregierung",
        ),
    ],
)
def test_plans_and_intentions_name_their_maker(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence + "\n", "Nach ")) == [expected]


def test_schaetzen_in_the_plural_before_dass_names_the_estimators() -> None:
    body = "Branchenkenner schätzen, dass jährlich mehrere Hundert Eingriffe betroffen sind.\n"
    assert _names(_claim(body, "Branchenkenner")) == ["Branchenkenner"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a negation in the reported clause denies that clause, not the report
        (
            "Eine Operation sei nicht nötig, heißt es aus dem Umfeld des Trainers.",
            "Umfeld des Trainers",
        ),
        ("Der Spielplan werde nicht geändert, hieß es beim Verband.", "Verband"),
        ("Die Halle bleibe geschlossen, hieß es im Rathaus.", "Rathaus"),
    ],
)
def test_heisst_es_names_the_place_the_words_come_from(sentence: str, expected: str) -> None:
    assert expected in " ".join(_names(_claim(sentence + "\n", sentence[:12])))


def test_wie_aus_kreisen_verlautete_names_the_circles() -> None:
    body = "Wie aus Gewerkschaftskreisen verlautete, soll der Warnstreik am Montag beginnen.\n"
    assert _names(_claim(body, "Wie aus")) == ["Gewerkschaftskreisen"]


def test_zu_diesem_ergebnis_kommt_names_the_source_of_the_finding_before() -> None:
    body = (
        "Kinder an Hauptstraßen haben eine um zehn Prozent geringere Lungenfunktion. Zu "
        "diesem Ergebnis kommt eine Studie der Universität Kiel.\n"
    )
    assert _names(_claim(body, "Kinder")) == ["eine Studie der Universität Kiel"]


def test_hundreds_of_people_are_no_name_a_later_title_stands_for() -> None:
    body = (
        "In drei Dörfern sind die Straßen überflutet, Hunderte Menschen sitzen fest. "
        "Kreisbrandmeister Uwe Stoll berichtete von einer schwierigen Nacht. Seine Leute "
        "hätten mehr als 80 Menschen aus den Häusern geholt. „Die Strömung ist tückisch“, "
        "warnte der 52-Jährige.\n"
    )
    assert _names(_claim(body, "„Die Strömung")) == ["Kreisbrandmeister Uwe Stoll"]


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "Frank Ortlepp, der heute im Landtag sitzt, hat stets bestritten, von den "
            "Zahlungen gewusst zu haben.\n",
            "Frank Ortlepp",
            "Frank Ortlepp",
        ),
        (
            "Der Vorsitzende Richter Martin Gehrke ließ am ersten Verhandlungstag "
            "durchblicken, dass eine Bewährungsstrafe möglich sei.\n",
            "Der Vorsitzende",
            "Der Vorsitzende Richter Martin Gehrke",
        ),
        (
            "Kritiker wie die Wirtschaftskammer bemängeln, die Studie habe Lücken.\n",
            "Kritiker",
            "Wirtschaftskammer",
        ),
    ],
)
def test_perfect_after_an_aside_letting_it_be_known_and_faulting(
    body: str, start: str, expected: str
) -> None:
    assert expected in " ".join(_names(_claim(body, start)))


def test_rejecting_a_proposal_is_a_stance_the_body_states() -> None:
    body = "Das Gesundheitsministerium lehnt eine Zuckersteuer bislang ab.\n"
    assert _names(_claim(body, "Das Gesundheitsministerium")) == ["Das Gesundheitsministerium"]


def test_an_adjective_after_an_article_opens_no_name_a_quote_could_go_to() -> None:
    body = (
        "Sabine Url arbeitet seit 22 Jahren auf der Internen Abteilung. „Früher waren wir zu "
        "dritt für 30 Betten“, erzählt die 48-Jährige.\n"
    )
    assert _names(_claim(body, "„Früher")) == ["Sabine Url"]


def test_a_football_position_stands_for_the_player_named_before() -> None:
    body = (
        "Jonas Brehm stand gegen Dornbach 90 Minuten auf dem Platz. „Es gab keine Revolte“, "
        "sagte der Innenverteidiger.\n"
    )
    assert _names(_claim(body, "„Es gab")) == ["Jonas Brehm"]


def test_a_reporting_verbs_form_after_an_article_is_an_adjective():
    claim = _claim(
        "Viele der beanstandeten Mängel seien bereits behoben, erklärte ein "
        "Ministeriumssprecher am Dienstag.",
        "Viele der",
    )
    assert _names(claim) == ["ein Ministeriumssprecher"]


def test_a_demonstrative_opening_the_clause_leaves_the_verb_a_verb():
    assert _names(_claim("Das bestätigte die Polizei am Dienstag.", "Das bestätigte")) == [
        "die Polizei"
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Die Studie kommt zu dem Schluss, dass 40 Prozent der Kliniken überlastet sind.",
            "Die Studie",
        ),
        ("Der Landkreis beziffert die Kosten auf 4,5 Millionen Euro.", "Der Landkreis"),
    ],
)
def test_a_body_that_concludes_or_puts_a_figure_on_something_is_its_source(
    sentence: str, source: str
) -> None:
    assert _names(_claim(sentence, sentence[:12])) == [source]


def test_a_number_opening_a_sentence_makes_no_persons_name():
    body = (
        "Zwei Boote seien im Hafenbecken gesunken, teilte Hafenmeister Knut Harms mit. "
        "„So etwas habe ich in 25 Dienstjahren nicht gesehen“, sagte er."
    )
    assert _names(_claim(body, "„So etwas")) == ["Hafenmeister Knut Harms"]


@pytest.mark.parametrize(
    ("body", "start", "source"),
    [
        (
            "Die Brücke sei marode, hat die Polizei am Freitag mitgeteilt.",
            "Die Brücke",
            "die Polizei",
        ),
        (
            "Die Wippertalbrücke wird ab Montag für drei Monate gesperrt. Das hat das Landesamt "
            "für Straßenbau am Freitag mitgeteilt.",
            "Die Wippertalbrücke",
            "das Landesamt",
        ),
    ],
)
def test_the_perfekt_of_a_reporting_verb_names_the_subject_between_its_parts(
    body: str, start: str, source: str
) -> None:
    assert _names(_claim(body, start)) == [source]


def test_the_perfekt_of_an_announcement_reports_an_act_not_a_statement():
    claim = _claim(
        "Die Stadt hat 200 neue Stellen angekündigt, sagte der Bürgermeister.", "Die Stadt"
    )
    assert _names(claim) == ["der Bürgermeister"]


def test_the_company_is_the_body_described_as_one_though_a_ministry_spoke_since():
    body = (
        "Der Rüstungskonzern Rheinmetall ist von einem Datenleck betroffen. Das "
        "Bundesverteidigungsministerium erklärte, man schätze das Leck als unkritisch ein. "
        "Nach Angaben des Konzerns wurde die Produktion in Mexiko eingestellt."
    )
    assert _names(_claim(body, "Nach Angaben")) == ["Rheinmetall"]


def test_a_newspaper_the_list_does_not_know_is_told_by_a_word_of_its_title():
    claim = _claim(
        "Die Bank habe die Daten sofort gesichert, sagte Vorstand Jens Wellbrock dem "
        "„Bremer Tageblatt“.",
        "Die Bank",
    )
    assert _names(claim) == ["Vorstand Jens Wellbrock", "Bremer Tageblatt"]


def test_a_pronoun_then_where_it_spoke_is_the_pronouns_speaker():
    body = (
        "Gesundheitsministerin Ute Kranich hat am Montag die neuen Zahlen vorgelegt. Die "
        "Zahl der Fälle sei gestiegen, wie sie in einer Aussendung mitteilte."
    )
    assert _names(_claim(body, "Die Zahl")) == ["Gesundheitsministerin Ute Kranich"]


def test_she_is_the_woman_named_last_though_her_party_follows_her_name():
    body = (
        "„Die Zahlen sind alarmierend“, sagte die Epidemiologin Carola Weidenbach. "
        "Bundesgesundheitsministerin Ute Kranich (Grüne) verwies auf den Hitzeschutzplan. "
        "„Wir müssen Pflegeheime besser vorbereiten“, sagte sie."
    )
    assert _names(_claim(body, "„Wir müssen")) == [
        "Bundesgesundheitsministerin Ute Kranich (Grüne)"
    ]


def test_a_legal_form_closes_the_name_of_the_company_the_institute_stands_for():
    body = (
        "Die Bremer Weserbank AG hat einen schweren Datenabfluss eingeräumt. Unbekannte "
        "hätten sich Zugang zu einer Datenbank verschafft, teilte das Institut mit."
    )
    assert _names(_claim(body, "Unbekannte")) == ["Bremer Weserbank AG"]


def test_declining_to_comment_makes_the_speaker_a_later_er_stands_for():
    body = (
        "Nach Recherchen der Finanz-Rundschau war der Angriff bereits Ende August erfolgt. "
        "Ein Sprecher der Bank wollte den Zeitpunkt nicht kommentieren. Er verwies auf "
        "laufende Ermittlungen."
    )
    assert _names(_claim(body, "Ein Sprecher")) == ["Ein Sprecher der Bank"]
    assert _names(_claim(body, "Er verwies")) == ["Ein Sprecher der Bank"]


def test_the_pronoun_of_a_relative_clause_closing_on_the_verb_stands_for_the_name_before():
    claim = _claim(
        "Der Anwalt verwies auf die Staatsanwaltschaft Bremen, die den Eingang einer "
        "Strafanzeige bestätigte.",
        "Der Anwalt",
    )
    assert "Staatsanwaltschaft Bremen" in _names(claim)


def test_a_second_verb_after_aber_shares_the_subject_and_takes_an_object():
    claim = _claim(
        "Kultusministerin Dagmar Ehlting äußerte Verständnis für die Anliegen, kritisierte "
        "aber den Zeitpunkt.",
        "Kultusministerin",
    )
    assert _names(claim) == ["Kultusministerin Dagmar Ehlting"]
