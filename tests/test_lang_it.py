"""Italian: attribution in both word orders, hedges, detection and sentence splitting.

The sentences are written for these tests in the manner of Italian news reporting (ANSA
style): "ha detto X", "secondo X", "riferisce X", "come ha spiegato X", and the
"condizionale di dissociazione" ("avrebbe", "sarebbe stato") as a hedge.
"""

from __future__ import annotations

import pytest

from bot.extraction.language import detect_language
from bot.extraction.lexicon import get_lexicon
from bot.extraction.segmentation import Paragraph, split_sentences
from bot.models import Claim, DetailKind, SourceType
from tests.support import article_claims, claim_containing, claim_starting, claims_of, source_names

# A headline and a first paragraph, so that every sample reads as an Italian article.
LEAD = (
    "Maltempo e frane, la regione chiede lo stato di emergenza\n\n"
    "La giunta regionale si è riunita nella serata di ieri per fare il punto sui danni "
    "provocati dalle piogge degli ultimi giorni nelle province del nord.\n\n"
)


def _claims(body: str) -> list[Claim]:
    return article_claims(LEAD, body, "it")


def _claim(body: str, start: str) -> Claim:
    return claim_starting(_claims(body), start)


_names = source_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # inverted after the reported clause: ", ha detto X"
        (
            "La situazione è sotto controllo, ha detto il sindaco Marco Bianchi ai giornalisti.",
            "Marco Bianchi",
        ),
        # subject first, passato prossimo
        (
            "Il ministro dell'Economia Luca Ferri ha affermato che il deficit scenderà al "
            "3 per cento nel 2026.",
            "Luca Ferri",
        ),
        # "secondo X"
        ("Secondo l'Istat, la disoccupazione è scesa al 7,2 per cento a marzo.", "Istat"),
        # present tense, inverted: ", riferisce X"
        ("Nella notte sono sbarcati a Lampedusa 300 migranti, riferisce l'ANSA.", "ANSA"),
        # "come ha spiegato X"
        (
            "Come ha spiegato il prefetto Anna Russo, i controlli saranno rafforzati in "
            "tutta la provincia.",
            "Anna Russo",
        ),
        # "secondo quanto riferito da X"
        (
            "Secondo quanto riferito dai carabinieri, l'uomo è stato fermato alla stazione "
            "di Napoli.",
            "carabinieri",
        ),
        # present tense, subject first, with "che"
        (
            "La Protezione civile comunica che l'allerta resterà arancione fino a domenica.",
            "Protezione civile",
        ),
        # a capital speaking for its government
        ("Mosca ha affermato di non avere alcun ruolo nell'attacco.", "Mosca"),
        # an impersonal "si apprende" with its source
        (
            "Dalla Farnesina si apprende che i due connazionali sono rientrati in Italia.",
            "Farnesina",
        ),
    ],
)
def test_attribution_forms(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)
    assert claim.hedged is False


def test_agency_is_typed() -> None:
    claim = _claim(
        "Nella notte sono sbarcati a Lampedusa 300 migranti, riferisce l'ANSA.", "Nella notte"
    )
    assert claim.sources[0].canonical == "ANSA"
    assert claim.sources[0].type == SourceType.WIRE_AGENCY


def test_unnamed_sources() -> None:
    claim = _claim(
        "Secondo fonti diplomatiche, l'incontro tra i due ministri è stato rinviato.",
        "Secondo fonti",
    )
    assert claim.sources[0].type == SourceType.UNNAMED


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Il giovane avrebbe colpito il rivale con un coltello dopo una lite.", "avrebbe"),
        (
            "L'uomo sarebbe stato arrestato mentre tentava di lasciare il Paese.",
            "sarebbe",
        ),
        ("Il furto è presumibilmente avvenuto durante la notte di sabato.", "presumibilmente"),
        # a negated conditional of hearsay doubts as much as the affirmative one
        ("Non sarebbero invece stati sottratti password o codici di accesso.", "sarebbero"),
        (
            "Secondo indiscrezioni, il consiglio di amministrazione si dimetterà in blocco.",
            "secondo indiscrezioni",
        ),
        ("L'incendio potrebbe aver avuto origine da un cortocircuito.", "potrebbe aver"),
        ("Il presunto autore dell'aggressione è stato identificato.", "presunto"),
        (
            "Secondo quanto si apprende, i vigili del fuoco hanno evacuato tre palazzine.",
            "secondo quanto si apprende",
        ),
    ],
)
def test_hedges(sentence: str, hedge: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.hedged is True
    assert hedge.lower() in [h.lower() for h in claim.hedges]


@pytest.mark.parametrize(
    "sentence",
    [
        # a conditional in a relative clause describes, it does not doubt
        "Il governo ha presentato una riforma che sarebbe costata 2 miliardi di euro.",
        # a negated possibility is not a hedge
        "Senza i fondi europei la regione non potrebbe completare l'ospedale.",
        # a possibility or a forecast is stated as such, as "could" is in English
        "I lavori potrebbero slittare di almeno sei mesi.",
        # a hedge inside a direct quotation belongs to the speaker
        "«Forse è stato un errore», ha detto l'assessore ai giornalisti.",
        # a named source after "secondo quanto riferito da" is an attribution
        "Secondo quanto riferito dalla polizia, i due sono stati fermati a Torino.",
    ],
)
def test_not_hedged(sentence: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.hedged is False, claim.hedges


# A plan narrated in the past, then what was to happen in the condizionale passato: the
# "futuro nel passato", not the condizionale di dissociazione.
PLANNED = (
    "Il comune aveva pianificato per settembre una festa di tre giorni nel centro storico. "
    "Nelle piazze si sarebbero alternati quaranta gruppi musicali.\n\n"
    "Durante la festa sarebbero stati allestiti dodici punti di ristoro lungo il corso.\n\n"
    "Il sindaco avrebbe poi ricevuto un avviso di garanzia per abuso d'ufficio."
)


def test_a_conditional_after_a_past_plan_tells_the_future_in_the_past() -> None:
    claims = _claims(PLANNED)
    assert claim_starting(claims, "Nelle piazze").hedged is False
    # the paragraph after the plan goes on narrating it
    assert claim_starting(claims, "Durante la festa").hedged is False


def test_the_plan_does_not_reach_beyond_the_next_paragraph() -> None:
    # two paragraphs on, a conditional keeps its distance from the claim again
    claim = claim_starting(_claims(PLANNED), "Il sindaco avrebbe")
    assert claim.hedged is True


def test_a_conditional_in_the_same_sentence_as_the_plan_is_the_future_in_the_past() -> None:
    claim = _claim(
        "L'apertura del nuovo reparto era prevista per dicembre: avrebbe ospitato quaranta "
        "letti di terapia intensiva.",
        "L'apertura",
    )
    assert claim.hedged is False, claim.hedges


def test_a_conditional_before_any_plan_is_still_a_hedge() -> None:
    claim = _claim(
        "Il sospettato si sarebbe allontanato a piedi dopo la rapina in banca.",
        "Il sospettato",
    )
    assert claim.hedged is True


def test_speaker_named_in_a_dash_aside_inside_a_quotation() -> None:
    claim = _claim(
        "“Il ponte – spiega l'ingegnere Paolo Neri – è stato chiuso per precauzione.”",
        "“Il ponte",
    )
    assert any("Paolo Neri" in name for name in _names(claim))


def test_detection_on_a_paragraph() -> None:
    paragraph = (
        "Il consiglio comunale ha approvato nella seduta di ieri il bilancio di "
        "previsione, che destina più risorse alla manutenzione delle scuole e delle "
        "strade. Secondo l'assessore, i lavori partiranno già nel mese di maggio e "
        "dovrebbero concludersi entro la fine dell'anno."
    )
    assert detect_language(paragraph) == "it"


def test_sentence_splitting_survives_abbreviations() -> None:
    text = (
        "Il dott. Verdi e il prof. Gallo hanno firmato l'appello. Hanno aderito sindaci, "
        "medici, insegnanti ecc. di tutta la regione. La raccolta firme si chiude il 3 "
        "marzo."
    )
    sentences = split_sentences(Paragraph(text, 0, 0), get_lexicon("it"))
    assert [s.text for s in sentences] == [
        "Il dott. Verdi e il prof. Gallo hanno firmato l'appello.",
        "Hanno aderito sindaci, medici, insegnanti ecc. di tutta la regione.",
        "La raccolta firme si chiude il 3 marzo.",
    ]


def test_figures_and_vague_dates_are_details() -> None:
    claim = _claim(
        "Il comune investirà 4,5 milioni di euro nelle piste ciclabili l'anno prossimo.",
        "Il comune",
    )
    found = {(d.kind, d.text) for d in claim.details}
    assert any(text.startswith("4,5 milioni") for _, text in found)
    assert (DetailKind.VAGUE_DATE, "l'anno prossimo") in found


def test_adverb_between_auxiliary_and_participle() -> None:
    # "hanno recentemente espresso", "ha poi dichiarato": the participle alone is the cue.
    claim = _claim(
        "Per questo motivo i sindacati hanno recentemente espresso forte preoccupazione "
        "per i tagli al trasporto pubblico.\n\n",
        "Per questo motivo",
    )
    assert _names(claim) == ["i sindacati"]


def test_an_analysis_names_its_author() -> None:
    claim = _claim(
        "In un'analisi della Banca d'Italia sul credito alle imprese emerge che i prestiti "
        "sono calati del 3 per cento nel primo trimestre.\n\n",
        "In un'analisi",
    )
    assert any("Banca d'Italia" in name for name in _names(claim))


def test_ranking_weights_are_italian() -> None:
    weights = get_lexicon("it").raw["ranking"]["weights"]
    assert weights["sourced"] > weights["unsourced"]


def test_age_reference_stands_for_the_person_mentioned_last() -> None:
    # "il 42enne" refers to the person mentioned last, here the object of an arrest.
    body = (
        "I carabinieri hanno arrestato nella notte Marco Rinaldi, accusato di aver rapinato "
        "una tabaccheria in via Roma.\n\n"
        "Il 42enne ha dichiarato di essere innocente e di trovarsi a casa quella sera.\n\n"
    )
    assert _names(_claim(body, "Il 42enne")) == ["Marco Rinaldi"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # trapassato, plural
        (
            "I carabinieri avevano confermato che tre persone erano state fermate nella notte.\n\n",
            "I carabinieri",
        ),
        # passato prossimo, plural, of a verb newly listed
        (
            "Gli inquirenti hanno ribattuto che la perizia non lascia spazio a dubbi.\n\n",
            "Gli inquirenti",
        ),
        # passato remoto, singular
        (
            "Il ministro riconobbe che i conti pubblici erano peggiorati nel corso dell'anno.\n\n",
            "Il ministro",
        ),
        # passato remoto, plural
        (
            "I sindacati confermarono che lo sciopero sarebbe durato otto ore.\n\n",
            "I sindacati",
        ),
        # imperfetto, plural
        (
            "Gli esperti sostenevano che la riforma avrebbe ridotto le liste d'attesa.\n\n",
            "Gli esperti",
        ),
        # present, plural, inverted after a comma
        (
            "Le scuole resteranno chiuse fino a lunedì, avvertono i vigili del fuoco.\n\n",
            "i vigili del fuoco",
        ),
    ],
)
def test_reporting_verbs_in_every_news_tense(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


def test_a_noun_that_is_also_a_verb_form_needs_che() -> None:
    claim = _claim(
        "La critica del sindacato riguarda soprattutto i turni di notte negli ospedali.\n\n",
        "La critica",
    )
    assert _names(claim) == []


def test_groups_speak_in_the_plural() -> None:
    claim = claims_of("I lavoratori hanno denunciato che i turni erano di dodici ore.", "it")[0]
    assert source_names(claim) == ["I lavoratori"]


def test_outlet_after_al_and_passive_agent() -> None:
    """'al Giornale' is "a Il Giornale"; 'definito ... dall'opposizione, ...' names who
    said it."""
    told = claims_of(
        "Il ministro dell'Economia ha detto al Giornale che il deficit scenderà al 3 per cento.",
        "it",
    )[0]
    assert [s.canonical for s in told.sources][-1] == "Il Giornale"
    # A title and its portfolio, whose only capital follows an elided article.
    assert told.sources[0].name == "Il ministro dell'Economia"
    assert told.sources[0].type == SourceType.OFFICIAL
    agent = claims_of(
        'Il piano, definito "irresponsabile" dall\'opposizione, taglia 4 miliardi di euro '
        "alla sanità.",
        "it",
    )[0]
    assert source_names(agent) == ["opposizione"]


def test_a_noun_after_an_article_is_not_a_reporting_verb() -> None:
    """ "denuncia", "stima", "replica" are verbs and nouns: after an article, nouns."""
    for sentence in (
        "La denuncia del sindacato riguarda 300 lavoratori licenziati a marzo.",
        "Una stima precisa dei danni parla di 40 milioni di euro.",
        "La replica del governo è arrivata dopo il voto di martedì.",
    ):
        assert claims_of(sentence, "it")[0].sources == [], sentence
    verb = claims_of("Il sindacato denuncia che 300 lavoratori sono stati licenziati.", "it")[0]
    assert source_names(verb) == ["Il sindacato"]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("L'ex assessore incasserebbe tangenti da almeno due anni.", "incasserebbe"),
        ("I due fratelli nasconderebbero il denaro in una banca di Lugano.", "nasconderebbero"),
    ],
)
def test_the_conditional_of_any_verb_reports_what_the_article_does_not_vouch_for(
    sentence: str, hedge: str
) -> None:
    claim = _claim(sentence, sentence[:20])
    assert hedge in [h.lower() for h in claim.hedges]


@pytest.mark.parametrize(
    "sentence",
    [
        # a forecast
        "Il PIL dovrebbe crescere dello 0,7 per cento nel corso del prossimo anno.",
        # a wish
        "Il comune vorrebbe aprire il nuovo asilo nido già a settembre.",
        # a relative clause
        "Il progetto del nuovo ponte, che costerebbe 30 milioni, è stato rinviato.",
    ],
)
def test_what_is_conditional_but_does_not_hedge(sentence: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert not claim.hedged, claim.hedges


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Gli agricoltori temono che la siccità dimezzi il raccolto di grano.", "temono che"),
        ("L'incendio può aver avuto origine nella cucina del ristorante.", "può aver"),
    ],
)
def test_fears_and_what_may_have_happened_are_hedges(sentence: str, hedge: str) -> None:
    assert hedge in [h.lower() for h in _claim(sentence, sentence[:15]).hedges]


def test_what_may_have_happened_to_those_a_relative_clause_describes_is_not_a_hedge() -> None:
    sentence = "L'Asl cerca i passeggeri che possono aver avuto contatti con il malato."
    assert not _claim(sentence, sentence[:15]).hedged


def test_after_a_past_plan_the_conditional_of_any_verb_tells_the_future_in_the_past() -> None:
    claims = _claims(
        "Il comune aveva pianificato per maggio la riapertura del teatro. Il cartellone "
        "ospiterebbe dodici spettacoli in un mese.\n\n"
        "I lavori di restauro sono però stati sospesi ad aprile per mancanza di fondi.\n\n"
        "L'ex direttore incasserebbe compensi non dichiarati da anni."
    )
    assert claim_starting(claims, "Il cartellone").hedged is False
    # two paragraphs on, the conditional keeps its distance from the claim again
    assert claim_starting(claims, "L'ex direttore").hedged is True


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a request, present plural
        (
            "I sindacati chiedono un aumento del 6 per cento per tutti i dipendenti pubblici.\n\n",
            "I sindacati",
        ),
        # an adverb between the auxiliary and the participle
        (
            "La Commissione europea ha ripetutamente chiesto a Roma di ridurre il debito.\n\n",
            "La Commissione europea",
        ),
        (
            "L'opposizione ha duramente criticato il decreto sulle concessioni balneari.\n\n",
            "L'opposizione",
        ),
        (
            "Il sindaco ha poi detto che i lavori termineranno entro l'estate.\n\n",
            "Il sindaco",
        ),
        # casting doubt
        (
            "Il ministro dell'Economia ha messo in dubbio le stime di crescita della "
            "Commissione.\n\n",
            "Il ministro dell'Economia",
        ),
        # rejecting accusations
        (
            "L'azienda ha respinto le accuse e ha annunciato un ricorso al Tar del Lazio.\n\n",
            "L'azienda",
        ),
        # a court deciding
        (
            "Il tribunale di Napoli ha condannato l'ex assessore a quattro anni di reclusione.\n\n",
            "Il tribunale di Napoli",
        ),
        (
            "La Cassazione ha disposto un nuovo processo per i due imputati.\n\n",
            "La Cassazione",
        ),
        # someone informed, unnamed
        (
            "Una persona informata sui fatti ha riferito che l'accordo è ormai vicino.\n\n",
            "Una persona informata sui fatti",
        ),
        # experts agreeing
        (
            "Gli esperti concordano sul fatto che il ghiacciaio si ritirerà ancora.\n\n",
            "Gli esperti",
        ),
    ],
)
def test_requests_doubts_and_decisions_name_who_made_them(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


def test_a_present_form_that_is_also_a_noun_reports_after_a_comma() -> None:
    claim = _claim(
        "I turni di notte superano le dodici ore, accusa il sindacato dei medici.\n\n",
        "I turni di notte",
    )
    assert _names(claim) == ["il sindacato dei medici"]
    for sentence in (
        "L'accusa della procura riguarda tre appalti della sanità regionale.\n\n",
        "La condanna è arrivata dopo sei ore di camera di consiglio.\n\n",
    ):
        assert _names(_claim(sentence, sentence[:15])) == [], sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Stando a quanto riferito dai carabinieri, il furgone era stato rubato a Bari.\n\n",
            "carabinieri",
        ),
        (
            "A detta dell'avvocato della famiglia, la perizia contiene diversi errori.\n\n",
            "avvocato della famiglia",
        ),
        (
            "Come ha anticipato la Stampa, il vertice si terrà a Bruxelles a fine mese.\n\n",
            "la Stampa",
        ),
    ],
)
def test_according_to_forms_contracted_or_with_a_verb(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:15])
    assert _names(claim) == [expected]


def test_the_kind_of_outlet_before_its_name() -> None:
    claim = _claim(
        "Il ministro ha detto all'agenzia Ansa che il decreto arriverà in settimana.\n\n",
        "Il ministro",
    )
    assert [s.canonical for s in claim.sources if s.canonical] == ["ANSA"]


def test_a_preposition_or_a_relative_pronoun_is_not_a_source() -> None:
    for sentence in (
        "Secondo quanto riferito, il consiglio comunale si riunirà lunedì.\n\n",
        # the relative pronoun stands for the report named before it, in the same clause
        "I tecnici hanno firmato una relazione secondo la quale, anche in caso di piena, "
        "il ponte è sicuro.\n\n",
    ):
        assert _names(_claim(sentence, sentence[:15])) == [], sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # trapassato with an adverb before the bare participle
        (
            "I medici di base avevano più volte segnalato che mancavano i vaccini.\n\n",
            "I medici di base",
        ),
        (
            "La prefettura aveva poi fatto sapere che la strada sarebbe rimasta chiusa.\n\n",
            "La prefettura",
        ),
    ],
)
def test_more_tenses_of_listed_verbs(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


def test_a_company_named_by_its_trade_speaks() -> None:
    sentence = "La compagnia aerea ha fatto sapere che i voli riprenderanno domani.\n\n"
    assert _names(_claim(sentence, sentence[:20])) == ["La compagnia aerea"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "La morte del turista è stata confermata dalla questura di Rimini.\n\n",
            "questura di Rimini",
        ),
        # between commas, the participle opens a clause with its agent
        ("I dati, forniti dal ministero, indicano un calo del 4 per cento.\n\n", "ministero"),
    ],
)
def test_confirmations_name_who_gave_them(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:15])) == [expected]


def test_idioms_of_saying() -> None:
    sentence = "La Banca d'Italia ha fatto presente che i prestiti alle imprese sono calati.\n\n"
    assert _names(_claim(sentence, sentence[:15])) == ["La Banca d'Italia"]


def test_detto_giving_a_nickname_is_not_a_reporting_verb() -> None:
    sentence = "Il boss Salvatore Greco, detto «Totò», è stato arrestato ieri sera a Palermo.\n\n"
    assert _names(_claim(sentence, sentence[:15])) == []
    said = _claim("Il prefetto ha poi detto che la strada riaprirà lunedì.\n\n", "Il prefetto")
    assert _names(said) == ["Il prefetto"]


def test_the_subject_of_a_passive_did_not_speak() -> None:
    for sentence in (
        "Il ministro è stato criticato per i ritardi nei cantieri della metro.\n\n",
        "Il consigliere regionale viene denunciato per aver falsificato i rimborsi.\n\n",
    ):
        assert _names(_claim(sentence, sentence[:15])) == [], sentence


def test_the_object_of_a_speech_act_is_not_its_speaker() -> None:
    """ "ha criticato la decisione della Regione": what follows is the object, but after a
    quotation the speaker follows the verb."""
    sentence = "In serata ha criticato la decisione della Regione Lombardia.\n\n"
    assert _names(_claim(sentence, sentence[:15])) == []
    quoted = "«Vogliamo risposte», ha chiesto il presidente del comitato.\n\n"
    assert _names(_claim(quoted, quoted[:15])) == ["il presidente del comitato"]


def test_an_adverb_may_split_a_compound_reporting_verb() -> None:
    claims = claims_of(
        "Il sindaco Marco Bianchi ha poi aggiunto che i lavori dureranno tre mesi.", "it"
    )
    assert source_names(claims[0]) == ["Il sindaco Marco Bianchi"]


def test_a_name_opening_the_sentence_speaks_after_a_long_relative_clause():
    claims = _claims(
        "L'avvocato Marco Bellini, che segue la famiglia dal 2019, quando fu aperta la "
        "prima indagine, racconta di aver ricevuto le carte solo ieri."
    )
    assert source_names(claims[0]) == ["L'avvocato Marco Bellini"]


def test_the_person_after_al_is_the_object_and_the_subject_comes_before_the_aside() -> None:
    claim = _claim(
        "Nel pomeriggio, i dirigenti del porto, con una svolta che ha sorpreso tutti, "
        "hanno detto al ministro Rossi che avrebbero ritirato i 150 licenziamenti.",
        "Nel pomeriggio",
    )
    assert _names(claim) == ["i dirigenti del porto"]


def test_the_subject_before_secondo_quanto_riferito_is_reported_on_not_a_source() -> None:
    claims = _claims(
        "Il governatore, secondo quanto riferito, si è dimesso martedì. Il sindaco, a "
        "quanto si apprende, è partito per Parigi."
    )
    assert _names(claim_starting(claims, "Il governatore")) == []
    assert _names(claim_starting(claims, "Il sindaco")) == []


def test_back_reference_gives_the_source_to_the_sentence_before_it() -> None:
    body = (
        "Le scuole italiane hanno in media 50 anni. Il governo stanzierà 500 milioni di euro "
        "per ristrutturarle entro il 2026. Lo ha detto il ministro dell'Istruzione Carlo "
        "Bellandi.\n"
    )
    assert _names(_claim(body, "Il governo stanzierà")) == [
        "il ministro dell'Istruzione Carlo Bellandi"
    ]
    assert _names(_claim(body, "Le scuole italiane")) == []


def test_lo_riporta_names_the_source_of_the_sentence_before_it() -> None:
    body = (
        "La gara è stata rinviata. Il comune ha speso 2 milioni di euro per lo stadio. "
        "Lo riporta il Corriere della Sera.\n"
    )
    assert any("Corriere" in n for n in _names(_claim(body, "Il comune ha speso")))
    assert _names(_claim(body, "La gara")) == []


def test_a_dash_aside_inside_a_quotation_running_over_two_sentences() -> None:
    body = (
        "«La riforma – spiega Enrico Fabbri – rischia di aumentare i divari. E nessuno sa "
        "ancora quanto costerà».\n"
    )
    assert _names(_claim(body, "«La riforma")) == ["Enrico Fabbri"]
    assert _names(_claim(body, "E nessuno sa")) == ["Enrico Fabbri"]


def test_sport_and_local_titles_and_trades_speak() -> None:
    body = (
        "Il ct Roberto Guidi ha convocato 26 giocatori. Il ct ha confermato che la squadra "
        "partirà lunedì.\n\nIl professore ha aggiunto che servono 40 milioni di euro.\n"
    )
    assert _names(_claim(body, "Il ct ha confermato")) == ["Roberto Guidi"]
    assert _names(_claim(body, "Il professore")) == ["Il professore"]


def test_an_office_with_its_portfolio_then_its_holder_names_the_holder() -> None:
    sentence = (
        "Lo ha annunciato l'assessore alla Sanità Lucia Marconi durante il consiglio "
        "comunale di ieri sera."
    )
    names = source_names(_claim(sentence, "Lo ha annunciato"))
    assert len(names) == 1 and names[0].endswith("Lucia Marconi"), names


def test_what_emerges_from_a_report_is_the_reports_and_so_is_the_sentence_before() -> None:
    claims = claims_of(
        "Le esportazioni sono cresciute del 3,2 per cento nel primo semestre. È quanto emerge "
        "dal rapporto annuale della Camera di commercio, presentato ieri.",
        "it",
    )
    assert [source_names(c) for c in claims] == [
        ["rapporto annuale della Camera di commercio"],
        ["rapporto annuale della Camera di commercio"],
    ]


def test_an_outlet_whose_name_holds_a_number_is_named_whole() -> None:
    claims = claims_of(
        "La notizia, riportata dal Sole 24 Ore, non è stata confermata dall'azienda.", "it"
    )
    assert "Sole 24 Ore" in source_names(claims[0])


def test_an_office_with_a_long_complement_after_the_verb_is_the_new_speaker() -> None:
    claims = claims_of(
        "«Il piano è valido», ha detto l'assessora Francesca Moretti. «Senza assunzioni non "
        "reggiamo», commenta il presidente dell'Ordine dei medici di Cagliari, Luigi Caruso.",
        "it",
    )
    names = source_names(claims[1])
    assert len(names) == 1 and names[0].endswith("Luigi Caruso"), names


def test_a_phrase_opening_on_a_topic_preposition_is_no_source() -> None:
    claims = _claims(
        "Sulle conseguenze per le falde insiste anche Legambiente, che chiede un piano. "
        "Sul versante svizzero del Cervino, riportano i media elvetici, una frana avrebbe "
        "bloccato la strada."
    )
    assert _names(claim_containing(claims, "falde")) == ["Legambiente"]
    assert "Sul versante svizzero del Cervino" not in _names(claim_containing(claims, "frana"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Il ministro dei Trasporti Giulio Ferrante ha escluso qualsiasi rinvio dei lavori.",
        "Il governatore Luca Bertin contesta i numeri diffusi dal ministero.",
        "L'amministratore delegato, Stefano Colombo, ha parlato di «scelte dolorose» per 300 "
        "dipendenti.",
        "La procura di Brescia ha smentito la notizia del fermo di un secondo indagato.",
    ],
)
def test_denials_defences_and_ha_parlato_di_name_their_subject(sentence: str) -> None:
    claim = claim_containing(_claims(sentence), sentence[:30])
    assert claim.sources, sentence


def test_an_office_named_again_by_another_word_is_its_holder() -> None:
    claims = _claims(
        "L'avvocato Marco Bellandi ha chiesto l'assoluzione del suo assistito. Secondo il "
        "legale, le prove sono state raccolte male. L'allenatore Paolo Rinaldi ha parlato "
        "alla vigilia della partita. «Siamo pronti a soffrire», ha ammesso il tecnico."
    )
    assert _names(claim_containing(claims, "prove")) == ["Marco Bellandi"]
    assert _names(claim_containing(claims, "soffrire")) == ["Paolo Rinaldi"]


def test_outlets_after_ad_and_outlets_opening_on_al() -> None:
    claims = _claims(
        "«Siamo stanchi di aspettare», ha detto ad Avvenire il vescovo Mario Rossi. Secondo "
        "Al Jazeera, i morti nel bombardamento sono almeno 40. «Non ci sono soldi», ha detto "
        "al Corriere del Veneto il sindaco Luca Bertin."
    )
    assert _names(claim_containing(claims, "stanchi")) == ["il vescovo Mario Rossi", "Avvenire"]
    assert _names(claim_containing(claims, "bombardamento")) == ["Al Jazeera"]
    assert _names(claim_containing(claims, "soldi")) == [
        "il sindaco Luca Bertin",
        "Corriere del Veneto",
    ]


def test_the_media_set_off_by_commas_are_the_source() -> None:
    claims = _claims(
        "Sul versante svizzero del Cervino, riportano i media elvetici, una frana avrebbe "
        "bloccato la strada per Zermatt."
    )
    assert _names(claim_containing(claims, "frana")) == ["i media elvetici"]


def test_si_dice_with_an_adjective_is_a_stance_and_si_dice_che_a_rumour() -> None:
    claims = _claims(
        "Il sindaco di Faenza si dice preoccupato per la tenuta degli argini del Lamone. Si "
        "dice che il ponte di via Renaccio sia a rischio di crollo."
    )
    stance = claim_containing(claims, "argini")
    assert _names(stance) == ["Il sindaco di Faenza"]
    assert not stance.hedged
    assert claim_containing(claims, "ponte").hedged


def test_a_report_or_a_poll_and_what_it_finds() -> None:
    claims = _claims(
        "Il rapporto dell'Istat certifica un calo del 3 per cento delle nascite. Una "
        "rilevazione di YouTrend per Sky TG24 fotografa un sostanziale pareggio."
    )
    assert _names(claim_containing(claims, "nascite")) == ["Il rapporto dell'Istat"]
    assert _names(claim_containing(claims, "pareggio"))[0] == "Una rilevazione di YouTrend"


def test_come_before_a_bare_verb_is_the_speaker_who_spoke_last() -> None:
    claims = _claims(
        "L'assessore al Bilancio, Luigi Neri, ha detto che i conti cresceranno del 6 %. La "
        "spesa sanitaria sale dell'11 %, come ha spiegato. Secondo quanto ha spiegato, il "
        "debito scenderà di due punti."
    )
    assert _names(claim_starting(claims, "La spesa")) == ["Luigi Neri"]
    assert _names(claim_starting(claims, "Secondo quanto")) == ["Luigi Neri"]


def test_come_before_a_bare_verb_names_no_one_before_anyone_has_spoken() -> None:
    claims = _claims("La spesa sanitaria sale dell'11 %, come ha spiegato ieri in aula.")
    assert _names(claim_starting(claims, "La spesa")) == []


def test_an_office_and_a_name_closing_a_fronted_predicate_speak_the_quotation_after_the_colon() -> (
    None
):
    claims = _claims(
        "La giunta regionale ha approvato il piano dei rifiuti. Durissima anche la consigliera "
        "regionale Anna Verdi: «È una vergogna per tutta la Toscana». Intervista al ministro "
        "Marco Neri: «Il piano va ritirato subito»."
    )
    assert _names(claim_starting(claims, "Durissima")) == ["la consigliera regionale Anna Verdi"]
    assert _names(claim_starting(claims, "Intervista")) == []


def test_lo_ha_stabilito_names_the_court_behind_the_ruling_stated_before() -> None:
    claims = _claims(
        "È legittimo il licenziamento comunicato al dipendente con un messaggio WhatsApp. Lo "
        "ha stabilito la Corte di Cassazione con una sentenza depositata ieri."
    )
    assert _names(claim_starting(claims, "È legittimo")) == ["la Corte di Cassazione"]
    assert _names(claim_starting(claims, "Lo ha stabilito")) == ["la Corte di Cassazione"]


def test_the_prosecution_of_a_trial_is_a_source() -> None:
    claims = _claims(
        "Secondo l'accusa, l'imprenditore avrebbe versato 40 mila euro al funzionario del "
        "Comune per ottenere l'appalto."
    )
    assert _names(claim_starting(claims, "Secondo l'accusa")) == ["l'accusa"]


def test_what_is_learned_or_leaks_from_someone_names_them() -> None:
    claims = _claims(
        "Stando a quanto si apprende da fonti sanitarie, i ricoverati sono dodici. A quanto "
        "trapela dal Quirinale, il presidente firmerà il decreto entro venerdì."
    )
    assert _names(claim_starting(claims, "Stando")) == ["fonti sanitarie"]
    assert _names(claim_starting(claims, "A quanto trapela")) == ["Quirinale"]


def test_a_time_of_day_between_the_verb_and_its_subject_is_skipped() -> None:
    claims = _claims(
        "«Non accetteremo tagli alla sanità pubblica», ha dichiarato in serata il leader dei "
        "Verdi, Paolo Ferraresi."
    )
    names = _names(claim_starting(claims, "«Non accetteremo"))
    assert names == ["il leader dei Verdi, Paolo Ferraresi"], names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Secondo quanto appreso dall'ANSA, l'autista non aveva superato i limiti di velocità.",
            ["ANSA"],
        ),
        (
            "Secondo quanto ricostruito dai carabinieri del nucleo radiomobile, i rapinatori "
            "erano tre.",
            ["carabinieri del nucleo radiomobile"],
        ),
        (
            "Secondo alcuni giuslavoristi, la sentenza potrebbe cambiare migliaia di contratti.",
            ["alcuni giuslavoristi"],
        ),
        (
            "Secondo una prima ricostruzione della polizia stradale, il mezzo avrebbe sbandato "
            "sull'asfalto bagnato.",
            ["una prima ricostruzione della polizia stradale"],
        ),
        (
            "Tre studenti, ha riferito in tarda mattinata la Asl di Pescara, sono ricoverati "
            "in prognosi riservata.",
            ["la Asl di Pescara"],
        ),
    ],
)
def test_secondo_with_a_participle_and_its_agent_a_quantifier_or_an_adjective(
    sentence: str, expected: list[str]
) -> None:
    assert source_names(claim_starting(_claims(sentence), sentence[:14])) == expected


def test_a_bare_title_stands_for_its_holder_named_with_an_adjective_and_a_complement():
    claims = _claims(
        "Il consigliere comunale di opposizione Marco Caradonna ha criticato il piano. Secondo "
        "il consigliere, i parcheggi di scambio «esistono solo sulla carta»."
    )
    assert source_names(claim_starting(claims, "Secondo il consigliere")) == ["Marco Caradonna"]


def test_a_verb_alone_between_commas_goes_on_with_the_speaker_before():
    claims = _claims(
        "«Non ci saranno eccezioni per i residenti», ha detto l'assessore alla Mobilità Paolo "
        "Lorusso. I varchi elettronici, ha spiegato, saranno attivi in via sperimentale per sei "
        "mesi."
    )
    assert source_names(claim_starting(claims, "I varchi")) == [
        "assessore alla Mobilità Paolo Lorusso"
    ]


def test_the_cleft_a_dirlo_e_names_the_source_of_its_sentence_and_the_one_before() -> None:
    claims = _claims(
        "La disoccupazione è scesa al 6,1 per cento a ottobre. A certificarlo è l'Istat "
        "nella stima diffusa stamattina.\n"
    )
    assert _names(claim_starting(claims, "La disoccupazione")) == ["l'Istat"]
    assert _names(claim_starting(claims, "A certificarlo")) == ["l'Istat"]


@pytest.mark.parametrize(
    ("cleft", "expected"),
    [
        # the copula in the past, then a title with its holder in apposition
        (
            "A confermarlo è stato il comandante della compagnia, il capitano Marco Bellini.",
            "Marco Bellini",
        ),
        # in the plural
        ("A denunciarlo sono stati i sindacati della scuola.", "i sindacati della scuola"),
        # a kinship word, then the name
        ("A raccontarlo è il figlio, Stefano Ruggeri.", "Stefano Ruggeri"),
    ],
)
def test_a_cleft_in_any_tense_names_its_source_for_the_sentence_before(
    cleft: str, expected: str
) -> None:
    claims = _claims(f"Il furgone è stato ritrovato nelle campagne di Oleggio. {cleft}\n")
    assert _names(claim_starting(claims, "Il furgone")) == [expected]
    assert _names(claim_starting(claims, "A ")) == [expected]


def test_a_description_after_a_quotation_stands_for_the_person_named_before() -> None:
    body = (
        "Giulia Ferri, 34 anni, abita al terzo piano del palazzo di via Verdi. «Ho sentito "
        "un boato alle tre di notte e sono corsa in strada», racconta la donna.\n"
    )
    assert _names(_claim(body, "«Ho sentito")) == ["Giulia Ferri"]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("A quanto apprende l'ANSA, gli investigatori seguono la pista dolosa.", "l'ANSA"),
        (
            "A quanto risulta al Corriere della Sera, il contratto è stato firmato a marzo.",
            "Corriere della Sera",
        ),
        ("Stando ad alcuni testimoni, l'auto viaggiava a forte velocità.", "alcuni testimoni"),
    ],
)
def test_what_an_outlet_learned_names_the_outlet(sentence: str, outlet: str) -> None:
    assert _names(_claim(sentence + "\n", sentence[:12])) == [outlet]


def test_a_transitive_verb_after_lo_has_its_subject_after_it_for_the_sentence_before() -> None:
    claims = _claims(
        "La fabbrica di Pontevico chiuderà a marzo e 240 operai perderanno il lavoro. Lo "
        "hanno denunciato ieri i sindacati metalmeccanici al termine di un incontro.\n"
    )
    assert _names(claim_starting(claims, "La fabbrica")) == ["i sindacati metalmeccanici"]


def test_a_bare_verb_goes_on_with_the_speaker_named_after_the_verb_just_before():
    claims = _claims(
        "«I lavori finiranno entro giugno», ha detto l'assessore Paolo Neri. Ha aggiunto "
        "che il cantiere costerà 4 milioni di euro.\n"
    )
    assert source_names(claim_starting(claims, "Ha aggiunto")) == ["assessore Paolo Neri"]


def test_a_group_named_after_the_verb_closing_the_sentence_is_its_speaker() -> None:
    # Not the mayor who was named before: the inverted subject after the verb speaks.
    body = (
        "Il sindaco Carlo Ferretti ha visitato lunedì le strade allagate del quartiere.\n\n"
        "L'acqua è arrivata fino al primo piano delle case, raccontano gli sfollati. "
        "Le pompe sono arrivate dopo sei ore, ha raccontato una residente.\n"
    )
    assert _names(_claim(body, "L'acqua è arrivata")) == ["gli sfollati"]
    assert _names(_claim(body, "Le pompe")) == ["una residente"]


def test_a_holder_named_at_the_end_of_a_sentence_speaks_in_the_next_bare_verb() -> None:
    body = (
        "Sul punto è intervenuto il presidente della Provincia, Renato Fabbri.\n\n"
        "«Il progetto è già finanziato con 800 mila euro e i lavori partiranno in "
        "primavera», ha assicurato.\n"
    )
    assert _names(_claim(body, "«Il progetto")) == ["Renato Fabbri"]


def test_an_office_with_its_portfolio_then_the_name_is_who_the_office_means_later() -> None:
    # "dell'Economia" between the office and the name, and the name followed by a
    # preposition ("al termine"): still the holder of "la ministra".
    body = (
        "Il taglio dell'Irpef costerà 4,2 miliardi. Lo ha dichiarato la ministra "
        "dell'Economia Giulia Ferraresi al termine del vertice di maggioranza. La ministra "
        "ha aggiunto che la copertura arriverà dalla revisione delle detrazioni fiscali.\n"
    )
    assert _names(_claim(body, "La ministra ha aggiunto")) == ["Giulia Ferraresi"]


def test_stando_a_names_its_source_with_any_article() -> None:
    body = "Il piano costerà 40 milioni. Stando ai sindacati, il dato è gonfiato.\n"
    assert _names(_claim(body, "Stando ai")) == ["sindacati"]


def test_a_participle_after_a_document_is_no_part_of_its_name() -> None:
    body = (
        "Il rapporto annuale dell'Istat pubblicato ieri indica che la disoccupazione è "
        "scesa al 6,1 per cento.\n"
    )
    assert _names(_claim(body, "Il rapporto")) == ["Il rapporto annuale dell'Istat"]


def test_sources_relayed_through_a_participle_and_their_relay_are_both_named():
    body = (
        "Il governo valuta un rinvio di sei mesi, secondo fonti diplomatiche europee citate "
        "dall'agenzia Reuters.\n"
    )
    assert _names(_claim(body, "Il governo")) == ["fonti diplomatiche europee", "agenzia Reuters"]


def test_secondo_and_a_possessive_point_to_the_speaker_before():
    body = (
        "La ricercatrice Chiara Benvenuti ha spiegato che lo studio è durato tre anni. "
        "Secondo i suoi calcoli, il farmaco evita 300 ricoveri l'anno.\n"
    )
    assert _names(_claim(body, "Secondo")) == ["La ricercatrice Chiara Benvenuti"]


@pytest.mark.parametrize(
    "sentence",
    [
        "L'avvocato del sindaco non ha risposto alle nostre richieste di commento.",
        "Il registro tumori dell'Asl non ha ancora pubblicato i dati del 2023.",
    ],
)
def test_a_negated_answer_or_publication_names_no_source(sentence: str):
    claim = _claim(sentence + "\n", sentence[:12])
    assert claim.sources == []
    assert not claim.attributed


def test_lo_sostiene_names_the_source_of_the_sentence_before_it() -> None:
    body = (
        "Il numero delle denunce per truffa è raddoppiato in cinque anni. Lo sostiene il "
        "comandante provinciale dei carabinieri Marco Ferri.\n"
    )
    assert _names(_claim(body, "Il numero")) == [
        "il comandante provinciale dei carabinieri Marco Ferri"
    ]


def test_the_euphonic_ad_cleft_and_a_split_fanno_sapere_name_their_source() -> None:
    body = (
        "Il consiglio comunale ha approvato la mozione con 18 voti. Ad annunciarlo è stato il "
        "capogruppo della Lega, Piero Lusso. Fonti della maggioranza fanno però sapere che il "
        "decreto slitterà a gennaio.\n"
    )
    assert _names(_claim(body, "Il consiglio")) == ["Piero Lusso"]
    assert _names(_claim(body, "Fonti")) == ["Fonti della maggioranza"]


def test_che_cita_names_the_outlet_s_own_source() -> None:
    body = "Il governo taglierà 300 milioni, scrive il Corriere, che cita fonti del Tesoro.\n"
    assert sorted(_names(_claim(body, "Il governo"))) == ["fonti del Tesoro", "il Corriere"]


def test_a_long_institution_whose_article_runs_into_its_noun_is_one_source() -> None:
    body = (
        "Il lago di Garda è sceso di 40 centimetri in un mese. Lo comunica l'Autorità di "
        "bacino distrettuale delle Alpi orientali.\n"
    )
    assert _names(_claim(body, "Il lago")) == [
        "l'Autorità di bacino distrettuale delle Alpi orientali"
    ]


def test_la_fonte_after_a_source_is_introduced_points_back_to_it() -> None:
    body = (
        "I droni sono stati consegnati a gennaio, secondo una fonte diplomatica a Kinshasa. "
        "Provengono da un Paese del Golfo, ha aggiunto la fonte.\n"
    )
    assert _names(_claim(body, "Provengono")) == ["una fonte diplomatica"]


@pytest.mark.parametrize(
    "sentence",
    [
        "«Il ragazzo è pronto», ha detto il tecnico in un'intervista a Sky Sport.",
        "«Il ragazzo è pronto», ha detto il tecnico a Sky Sport.",
    ],
)
def test_the_outlet_a_title_holder_told_is_neither_his_name_nor_part_of_it(sentence: str) -> None:
    body = f"Il Napoli ha chiuso per il difensore brasiliano. {sentence}\n"
    assert _names(_claim(body, "«Il ragazzo")) == ["il tecnico", "Sky Sport"]


def test_a_figure_worked_out_before_che_is_its_source() -> None:
    body = (
        "Lo spopolamento colpisce i borghi dell'Appennino. La demografa Carla Benedetti ha "
        "calcolato che un comune su tre perderà metà degli abitanti.\n"
    )
    assert _names(_claim(body, "La demografa")) == ["La demografa Carla Benedetti"]


def test_what_an_unnamed_source_is_close_to_is_part_of_its_name() -> None:
    body = "Secondo fonti vicine alla procura, l'autista non ha frenato in tempo.\n"
    assert _names(_claim(body, "Secondo fonti")) == ["fonti vicine alla procura"]


def test_the_place_an_office_belongs_to_is_not_its_holder() -> None:
    body = (
        "A tre settimane dal voto per il nuovo sindaco di Porto Verde, la sfida si fa "
        "serrata. «I sondaggi sbagliano sempre», ha detto il sindaco uscente Paolo Rinaldi. "
        "Il primo cittadino ha poi rivendicato i 14 milioni ottenuti per le scuole.\n"
    )
    assert _names(_claim(body, "Il primo cittadino"))[0].endswith("Paolo Rinaldi")


def test_the_company_is_not_a_person_quoted_by_her_given_name() -> None:
    body = (
        "«Il treno ha iniziato a tremare», racconta Giulia, 17 anni, che viaggiava nella "
        "seconda carrozza. La linea resterà chiusa fino a domenica, ha fatto sapere "
        "l'azienda.\n"
    )
    assert "Giulia" not in _names(_claim(body, "La linea"))


def test_definisce_in_the_present_names_its_subject() -> None:
    body = (
        "La giunta ha approvato l'appalto. Anche Ecoserv, in una nota, definisce «regolare» "
        "l'affidamento.\n"
    )
    assert _names(_claim(body, "Anche Ecoserv")) == ["Ecoserv"]


def test_secondo_cui_names_the_person_before_the_comma() -> None:
    body = (
        "Di tutt'altro avviso il presidente dell'associazione, Franco Deri, secondo cui «i "
        "fondi arriveranno troppo tardi».\n"
    )
    assert _names(_claim(body, "Di tutt'altro")) == ["Franco Deri"]


def test_secondo_il_quale_skips_the_description_of_the_speaker() -> None:
    body = (
        "Più prudente Carlo Mereu, docente di idraulica all'Università di Cagliari, secondo "
        "il quale gli argini reggeranno fino a domenica.\n"
    )
    assert _names(_claim(body, "Più prudente")) == ["Carlo Mereu"]


def test_a_company_that_did_not_confirm_a_figure_is_not_its_source() -> None:
    body = (
        "Il guasto avrebbe ridotto i flussi del 15 per cento, un dato che l'operatore non ha "
        "confermato.\n"
    )
    assert _names(_claim(body, "Il guasto")) == []


def test_declining_to_comment_is_the_subject_s_answer() -> None:
    body = "La società di gestione non ha voluto commentare la decisione della procura.\n"
    assert _names(_claim(body, "La società")) == ["La società di gestione"]


def test_l_ateneo_stands_for_the_university_opening_the_sentence_before() -> None:
    body = (
        "L'Università di Valdiserra ha annullato la prova di ammissione. Il dipendente "
        "coinvolto, fa sapere l'ateneo, è stato sospeso.\n"
    )
    assert _names(_claim(body, "Il dipendente")) == ["Università di Valdiserra"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Per la Fiom la vertenza è tutt'altro che chiusa.", "Fiom"),
        ("Per il Codacons i rincari costeranno 300 euro a famiglia.", "Codacons"),
        (
            "Per gli analisti di Banca Orsini la Bce taglierà i tassi a dicembre.",
            "analisti di Banca Orsini",
        ),
    ],
)
def test_per_and_an_article_before_a_name_without_comma(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence + "\n", "Per ")) == [expected]


def test_per_and_a_feast_is_no_source() -> None:
    assert _names(_claim("Per Natale la città accenderà 300 luci.\n", "Per Natale")) == []


def test_a_trade_with_a_name_and_its_workplace_is_one_inverted_subject() -> None:
    body = (
        "La tossina, ha ricordato il pediatra Luca Bassi dell'ospedale di Lecco, in dosi "
        "elevate può causare disturbi intestinali.\n"
    )
    assert "Luca Bassi" in " ".join(_names(_claim(body, "La tossina")))


def test_a_notice_is_a_document_that_can_be_cited() -> None:
    body = "Secondo l'avviso pubblicato ieri sera, i lotti ritirati sono sei.\n"
    assert "avviso" in " ".join(_names(_claim(body, "Secondo l'avviso")))


def test_in_second_place_is_an_ordinal_not_according_to() -> None:
    claim = _claim("In secondo luogo, i lotti ritirati sono sei.\n", "In secondo")
    assert _names(claim) == []
    assert not claim.attributed


def test_an_emergency_call_centre_is_a_body_that_names_the_source_before() -> None:
    body = (
        "Un escursionista di 67 anni è stato soccorso sul sentiero per una caduta. Lo "
        "riferisce la centrale operativa del 118.\n"
    )
    assert _names(_claim(body, "Un escursionista")) == ["la centrale operativa del 118"]


def test_the_speaker_named_in_the_sentence_after_their_words():
    body = "«La decisione è grave». Sono le parole del sindaco, Enrico Bassani."
    assert _names(_claim(body, "«La decisione")) == ["Enrico Bassani"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("L'azienda quantifica in 200 gli esuberi nello stabilimento di Terni.", "L'azienda"),
        ("I proprietari denunciano un calo degli affitti del 12 per cento.", "I proprietari"),
    ],
)
def test_a_body_or_group_that_puts_a_figure_on_something_is_its_source(
    sentence: str, source: str
) -> None:
    assert _names(_claim(sentence, sentence[:12])) == [source]


def test_a_parlare_e_names_the_speaker_of_the_words_before():
    body = "«Se i conti sono truccati, a pagare saremo noi». A parlare è Ruggero Bassi, tifoso."
    assert _names(_claim(body, "«Se i conti")) == ["Ruggero Bassi"]


def test_an_agency_the_list_does_not_know_after_an_elided_preposition_is_told():
    claim = _claim(
        "«Il bando era regolare», ha dichiarato all'agenzia Finpress il componente del "
        "collegio Riccardo Santamaria.",
        "«Il bando",
    )
    assert _names(claim) == ["il componente del collegio Riccardo Santamaria", "Finpress"]


def test_a_club_that_issued_a_statement_is_the_source_of_its_quotation():
    claim = _claim(
        "Ma poche ore dopo il Real Sannio ha diffuso una nota durissima: «Il calciatore ha "
        "sottoscritto un accordo con noi».",
        "Ma poche",
    )
    assert _names(claim) == ["il Real Sannio"]
