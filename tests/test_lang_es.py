"""Spanish: attribution in both word orders, hedges, detection and sentence splitting.

The sentences are written for these tests in the manner of Spanish-language wire and
newspaper reporting: "según X", "afirmó X", "X dijo que", "de acuerdo con X", "así lo
explicó X", the conditional of reported facts ("habría pagado") and "supuestamente".
"""

from __future__ import annotations

import pytest

from bot.checklist.render import describe
from bot.extraction.language import detect_language
from bot.extraction.lexicon import get_lexicon
from bot.extraction.segmentation import Paragraph, split_sentences
from bot.models import Advice, Claim, DetailKind, SourceRole, SourceType
from tests.support import article_claims, claim_containing, claim_starting, claims_of, source_names

# A headline and a first paragraph, so that every sample reads as a Spanish article.
LEAD = (
    "El Ayuntamiento aprueba el presupuesto del próximo año\n\n"
    "El pleno municipal aprobó el jueves las cuentas para el próximo ejercicio, que "
    "incluyen más dinero para los colegios y para el mantenimiento de las calles.\n\n"
)


def _claims(body: str) -> list[Claim]:
    return article_claims(LEAD, body, "es")


def _claim(body: str, start: str) -> Claim:
    return claim_starting(_claims(body), start)


_names = source_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "según X"
        (
            "Según la Guardia Civil, el incendio arrasó unas 300 hectáreas de monte bajo.",
            "la Guardia Civil",
        ),
        # "de acuerdo con X"
        (
            "De acuerdo con el Instituto Nacional de Estadística, el paro bajó un 2% en "
            "el segundo trimestre.",
            "el Instituto Nacional de Estadística",
        ),
        # subject first: "X afirmó que"
        (
            "La ministra de Hacienda, Carmen Ruiz, afirmó que la recaudación creció un 8% "
            "en el primer semestre.",
            "Carmen Ruiz",
        ),
        # subject first, perfect tense: "X ha dicho que"
        (
            "El alcalde Tomás Herrera ha dicho que las obras del puente terminarán en septiembre.",
            "El alcalde Tomás Herrera",
        ),
        # inverted after a quotation: "”, dijo X"
        (
            "“No vamos a subir los impuestos este año”, dijo el consejero Andrés Molina "
            "en rueda de prensa.",
            "el consejero Andrés Molina",
        ),
        # inverted after a comma: ", señaló X, title"
        (
            "Las ayudas llegarán a unas 12.000 familias antes del verano, señaló Lucía "
            "Prieto, directora del programa.",
            "Lucía Prieto",
        ),
        # "así lo explicó X"
        (
            "Así lo explicó el portavoz de la Policía Nacional durante la presentación "
            "del balance anual de delitos.",
            "el portavoz de la Policía Nacional",
        ),
        # "tal y como informó X"
        (
            "La carretera permanecerá cortada hasta el lunes, tal y como informó la "
            "Dirección General de Tráfico.",
            "la Dirección General de Tráfico",
        ),
        # inverted after a day: ", informó este miércoles X"
        (
            "Las lluvias dejaron al menos 12 muertos en la región, informó este miércoles el "
            "Instituto Nacional de Defensa Civil.",
            "el Instituto Nacional de Defensa Civil",
        ),
        # a news agency
        (
            "El tribunal rechazó el recurso de la defensa, informó la agencia EFE.",
            "la agencia EFE",
        ),
        # a seat of power speaking for its government
        (
            "Moscú aseguró que sus tropas no atacaron objetivos civiles en la región.",
            "Moscú",
        ),
        # "según" and a perfect before a long institution name
        (
            "El temporal ha dejado sin luz a unas 2.300 viviendas, según ha informado el "
            "Centro de Coordinación Operativa de la Comunidad Valenciana.",
            "el Centro de Coordinación Operativa de la Comunidad Valenciana",
        ),
        (
            "Los dos heridos fueron trasladados al hospital comarcal, según han explicado "
            "fuentes de los bomberos.",
            "fuentes de los bomberos",
        ),
    ],
)
def test_attribution_forms(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


def test_unnamed_sources_are_marked_unnamed() -> None:
    claim = _claim(
        "Fuentes del Ministerio de Defensa aseguraron que el contrato se firmará en mayo.",
        "Fuentes del Ministerio",
    )
    assert claim.sources and claim.sources[0].role == SourceRole.UNNAMED


def test_agency_is_typed_as_a_news_agency() -> None:
    claim = _claim(
        "Según la agencia Europa Press, el Gobierno aprobará el decreto el martes.",
        "Según la agencia",
    )
    assert claim.sources[0].role == SourceRole.AGENCY
    assert claim.sources[0].canonical == "Europa Press"


def test_document_source() -> None:
    claim = _claim(
        "Según el informe de la Contraloría, 1.286 cuentas no correspondían a usuarios "
        "identificables.",
        "Según el informe",
    )
    assert claim.sources[0].type == SourceType.DOCUMENT


def test_pronoun_resolves_to_the_person_named_before() -> None:
    claims = _claims(
        "La fiscal Marta Ibáñez afirmó que la red movió 40 millones de euros en cinco años. "
        "Ella añadió que el acusado cobró comisiones durante diez años."
    )
    claim = next(c for c in claims if c.quote.startswith("Ella añadió"))
    assert len(claim.sources) == 1
    assert "Marta Ibáñez" in claim.sources[0].name


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        (
            "El exalcalde habría cobrado 2 millones de euros en comisiones entre 2010 y 2014.",
            "habría",
        ),
        (
            "Los detenidos supuestamente vendían los vehículos robados en Marruecos.",
            "supuestamente",
        ),
        (
            "El presunto autor del robo fue detenido el sábado en Valencia por la policía.",
            "presunto",
        ),
        ("Al parecer, el fuego se originó en la cocina del restaurante.", "al parecer"),
        (
            "Los ataques serían obra de un grupo organizado que opera desde el extranjero.",
            "serían",
        ),
        ("No se descarta que el incendio alcance el parque natural esta noche.", "no se descarta"),
        ("Es posible que el Gobierno apruebe una ecotasa turística en 2026.", "es posible que"),
        ("Todo apunta a que el fuego fue provocado en tres puntos distintos.", "todo apunta a que"),
        ("Se dice que la Alcaldía estudia cerrar el mercado central en verano.", "se dice que"),
    ],
)
def test_hedges(sentence: str, hedge: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.hedged
    assert hedge in [h.lower() for h in claim.hedges]


@pytest.mark.parametrize(
    "sentence",
    [
        "Por supuesto, el Gobierno cumplirá los plazos fijados en la ley de presupuestos.",
        "El Congreso aprobó la ley con 180 votos a favor y 150 en contra el martes.",
        # an obligation, not hearsay
        "Eso tendría que aclararlo el alcalde antes del pleno del jueves.",
    ],
)
def test_not_hedged(sentence: str) -> None:
    assert not _claim(sentence, sentence[:20]).hedged


def test_hedge_inside_a_quotation_is_the_speakers() -> None:
    claim = _claim(
        "“Sería un error cerrar la planta”, dijo el presidente del comité, Luis Gómez.",
        "“Sería un error",
    )
    assert not claim.hedged


def test_figures_money_and_vague_dates() -> None:
    claim = _claim(
        "La empresa invertirá 25 millones de euros en la planta de Burgos el año próximo, "
        "según su director, Pablo Sanz.",
        "La empresa invertirá",
    )
    kinds = {d.kind for d in claim.details}
    assert DetailKind.MONEY in kinds
    assert DetailKind.VAGUE_DATE in kinds


def test_month_without_year_is_vague() -> None:
    claim = _claim(
        "Las obras empezarán en marzo y durarán unos ocho meses, según el Ayuntamiento.",
        "Las obras",
    )
    vague = [d for d in claim.details if d.kind == DetailKind.VAGUE_DATE]
    assert any(d.text.lower() == "marzo" for d in vague)


def test_detects_spanish_paragraph() -> None:
    paragraph = (
        "El Gobierno aprobó este martes el proyecto de ley de vivienda, que limitará los "
        "precios del alquiler en las zonas tensionadas y obligará a los grandes propietarios "
        "a reservar una parte de sus pisos para el alquiler social, según explicó la ministra."
    )
    assert detect_language(paragraph) == "es"


def test_tells_spanish_from_portuguese_and_italian() -> None:
    portuguese = (
        "O governo aprovou nesta terça-feira o projeto de lei da habitação, que vai limitar "
        "os preços do aluguel nas áreas mais caras e obrigar os grandes proprietários a "
        "reservar parte dos seus imóveis para aluguel social, segundo a ministra."
    )
    italian = (
        "Il governo ha approvato martedì il disegno di legge sulla casa, che limiterà i "
        "prezzi degli affitti nelle zone più care e obbligherà i grandi proprietari a "
        "riservare una parte dei loro appartamenti all'affitto sociale, secondo la ministra."
    )
    assert detect_language(portuguese) == "pt"
    assert detect_language(italian) == "it"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("El Sr. López llegó a las 10. La Dra. Pérez lo recibió en la puerta.", 2),
        ("La reunión con EE.UU. terminó sin acuerdo. Habrá otra en mayo.", 2),
        ("El art. 14 de la Constitución lo prohíbe. Así lo recordó el juez.", 2),
    ],
)
def test_sentence_splitting_survives_abbreviations(text: str, count: int) -> None:
    sentences = split_sentences(Paragraph(text, 0, 0), get_lexicon("es"))
    assert len(sentences) == count, [s.text for s in sentences]


def test_checklist_wording_in_spanish() -> None:
    assert describe(Advice(code="unsourced"), "es") == "no se cita ninguna fuente"
    assert "EFE" in describe(Advice(code="trace_agency", params={"name": "EFE"}), "es")


def test_dropped_subject_takes_the_speaker_named_before() -> None:
    claims = _claims(
        "La ministra Ana Torres afirmó que el plan costará 3 millones de euros. Además, "
        "explicó que las obras empezarán en junio en las cuatro provincias."
    )
    claim = next(c for c in claims if c.quote.startswith("Además, explicó"))
    assert "Ana Torres" in " ".join(_names(claim))


def test_para_and_a_full_name_attributes_without_a_comma():
    claims = claims_of(
        "Para Lucía Restrepo el problema está en la falta de médicos rurales. "
        "Para Colombia la prioridad sigue siendo la seguridad en las regiones.",
        "es",
    )
    assert source_names(claims[0]) == ["Lucía Restrepo"]
    assert source_names(claims[1]) == []


def test_a_verb_with_its_complement_keeps_the_speaker_in_apposition():
    claim = claims_of(
        "Pedro Luis Camacho, candidato del Partido Verde, insistió en la "
        "necesidad de reabrir los hospitales del sur.",
        "es",
    )[0]
    assert source_names(claim) == ["Pedro Luis Camacho"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # plural preterite of a verb newly listed
        (
            "Los investigadores resaltaron que la sequía redujo la cosecha de cereal un 30%.",
            "Los investigadores",
        ),
        # imperfect, plural
        (
            "Los bomberos advertían que el viento podía reavivar el fuego durante la noche.",
            "Los bomberos",
        ),
        # pluperfect, plural
        (
            "Los vecinos habían denunciado que el autobús nocturno dejó de pasar en enero.",
            "Los vecinos",
        ),
        # perfect, plural
        (
            "Los inspectores de Trabajo han recalcado que la empresa no tenía licencia.",
            "Los inspectores de Trabajo",
        ),
        # a verb newly listed, singular preterite
        (
            "El Ministerio de Sanidad comunicó que la campaña de vacunación empezará en octubre.",
            "El Ministerio de Sanidad",
        ),
        # inverted after a comma, imperfect
        (
            "El puerto seguirá cerrado al menos hasta el jueves, avisó la Capitanía Marítima.",
            "la Capitanía Marítima",
        ),
    ],
)
def test_reporting_verbs_in_every_news_tense(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


@pytest.mark.parametrize(
    "sentence",
    [
        "La empresa contaba con 300 empleados en su planta de Zaragoza hasta el cierre.",
        "La junta directiva rechazó el recurso presentado por los socios minoritarios.",
    ],
)
def test_verbs_with_a_common_other_sense_need_que(sentence: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == []


def test_a_verb_with_another_sense_reports_before_que() -> None:
    claim = _claim(
        "El alcalde defendió que la nueva ordenanza reducirá el ruido nocturno en el centro.",
        "El alcalde",
    )
    assert _names(claim) == ["El alcalde"]


def test_groups_speak_in_the_plural():
    claim = claims_of("Los sindicatos advirtieron que la huelga seguirá en marzo.", "es")[0]
    assert source_names(claim) == ["Los sindicatos"]


def test_outlet_after_al_and_passive_agent() -> None:
    """'al País' is "a El País"; 'calificado de ... por X, ...' names who said it."""
    told = claims_of(
        "La ministra de Hacienda dijo al País que el déficit bajará al 3 % este año.", "es"
    )[0]
    assert [s.canonical for s in told.sources][-1] == "El País"
    agent = claims_of(
        'El plan, calificado de "irresponsable" por la oposición, recorta 4.000 millones de '
        "euros en sanidad.",
        "es",
    )[0]
    assert source_names(agent) == ["la oposición"]


def test_interviewed_by_an_outlet_names_the_speaker_then_the_outlet() -> None:
    claim = claims_of(
        "Entrevistado por El País, el ministro reconoció que el déficit llegará al 4 %.", "es"
    )[0]
    assert source_names(claim) == ["el ministro", "El País"]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("La empresa cerraría dos de sus plantas en Asturias antes de fin de año.", "cerraría"),
        ("El nuevo hospital costaría unos 90 millones de euros a la comunidad.", "costaría"),
        ("Los dos detenidos ocultarían el dinero en cuentas de Andorra.", "ocultarían"),
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
        # nouns and imperfects that end like a conditional
        "La secretaría de Salud abrió el lunes dos nuevos centros de vacunación.",
        "El alcalde quería inaugurar la obra antes de las elecciones de mayo.",
        # a body's name, capitalised inside the clause
        "Los dos países reabrirán el paso fronterizo, informó la Cancillería paraguaya.",
        # an obligation and a wish
        "El Gobierno debería presentar los presupuestos en el mes de octubre.",
        # a relative clause
        "Los vecinos reclamaron las obras que el ayuntamiento haría en el barrio.",
        # an indirect question
        "El tribunal decidirá si el exministro declararía como testigo en marzo.",
        # the charge a trial is about
        "El juicio por la presunta malversación de fondos se reanudará el 12 de marzo.",
    ],
)
def test_what_looks_like_a_conditional_or_an_allegation_but_does_not_hedge(sentence: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert not claim.hedged, claim.hedges


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Se teme que la sequía reduzca a la mitad la cosecha de trigo.", "se teme que"),
        ("El incendio pudo haber empezado en la cocina del restaurante.", "pudo haber"),
    ],
)
def test_fears_and_what_may_have_happened_are_hedges(sentence: str, hedge: str) -> None:
    assert hedge in [h.lower() for h in _claim(sentence, sentence[:15]).hedges]


def test_what_may_have_happened_to_those_a_relative_clause_describes_is_not_a_hedge() -> None:
    sentence = "Sanidad busca a los viajeros que pudieron haber estado en contacto con el enfermo."
    assert not _claim(sentence, sentence[:15]).hedged


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a prosecutor's request, preterite
        (
            "La Fiscalía pidió ocho años de prisión para el exalcalde por malversación.",
            "La Fiscalía",
        ),
        # a demand, plural preterite
        (
            "Los sindicatos exigieron una subida salarial del 5% para todo el sector.",
            "Los sindicatos",
        ),
        # a demand in the imperfect, by the employers' association
        (
            "La patronal reclamaba desde enero una rebaja de las cuotas a la Seguridad Social.",
            "La patronal",
        ),
        # a proposal, by a candidate named with his title
        (
            "El candidato Jorge Salas propuso bajar el IVA de los alimentos al 4% en 2025.",
            "El candidato Jorge Salas",
        ),
        # urging, present perfect, plural
        (
            "Las organizaciones humanitarias han instado a las partes a abrir un corredor "
            "para los civiles.",
            "Las organizaciones humanitarias",
        ),
        # casting doubt
        (
            "El ministro de Exteriores puso en duda las cifras de víctimas difundidas por "
            "la guerrilla.",
            "El ministro de Exteriores",
        ),
        # a court deciding
        (
            "La Audiencia Provincial absolvió a los dos acusados por falta de pruebas.",
            "La Audiencia Provincial",
        ),
        # a judge ordering, with no judge named before
        (
            "El juez dictó prisión provisional sin fianza para los tres detenidos.",
            "El juez",
        ),
        # a prosecutor filing a complaint
        (
            "La Fiscalía presentó una denuncia contra el exdirector del hospital por "
            "falsedad documental.",
            "La Fiscalía",
        ),
        # the opposition as a body that speaks
        (
            "La oposición criticaba desde hace meses el retraso de las obras del metro.",
            "La oposición",
        ),
        # conveying a message to someone
        (
            "El consejero de Educación transmitió a los directores que el curso empezará "
            "el 9 de septiembre.",
            "El consejero de Educación",
        ),
        # experts agreeing
        (
            "Los analistas consultados coinciden en que la inflación bajará del 3% en otoño.",
            "Los analistas consultados",
        ),
        # a relative adverb before the subject
        (
            "El proyecto llegó al Senado, donde los senadores del PNV denunciaron que "
            "faltaba la memoria económica.",
            "los senadores del PNV",
        ),
    ],
)
def test_requests_demands_and_decisions_name_who_made_them(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "El agua del embalse no es apta para el consumo, alerta la Confederación "
            "Hidrográfica del Duero.",
            "la Confederación Hidrográfica del Duero",
        ),
        (
            "“Los hechos no admiten otra lectura”, cita el auto del Tribunal Superior.",
            "el auto del Tribunal Superior",
        ),
        (
            "La plantilla lleva tres meses sin cobrar, denuncia el comité de empresa.",
            "el comité de empresa",
        ),
    ],
)
def test_a_present_form_that_is_also_a_noun_reports_after_a_comma(
    sentence: str, expected: str
) -> None:
    claim = _claim(sentence, sentence[:20])
    assert expected in _names(claim)


@pytest.mark.parametrize(
    "sentence",
    [
        "La denuncia de los vecinos llegó al juzgado de guardia a finales de marzo.",
        "Una pregunta sigue sin respuesta tras el incendio de la fábrica de Alcalá.",
        # "solicitar" something is a procedural step, not a statement
        "El diario solicitó los contratos al Ayuntamiento hace dos semanas.",
    ],
)
def test_nouns_and_requests_for_things_are_not_attributions(sentence: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De acuerdo al Ministerio de Salud, los contagios bajaron un 20% en la última semana.",
            "Ministerio de Salud",
        ),
        (
            "En palabras del director del hospital, la unidad de quemados está al límite.",
            "director del hospital",
        ),
        (
            "Tal como adelantó El Mundo, el contrato se firmó sin concurso público.",
            "El Mundo",
        ),
    ],
)
def test_according_to_forms_contracted_or_with_a_verb(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:15])
    assert _names(claim) == [expected]


def test_the_kind_of_outlet_before_its_name() -> None:
    claim = _claim(
        "El alcalde dijo a la agencia EFE que la obra costará 3 millones de euros.",
        "El alcalde",
    )
    assert [s.canonical for s in claim.sources if s.canonical] == ["EFE"]
    assert "El alcalde" in _names(claim)


def test_a_relative_pronoun_after_a_preposition_is_not_a_source() -> None:
    claim = _claim(
        "La comisión aprobó un protocolo según el cual los pacientes serán atendidos en 48 horas.",
        "La comisión",
    )
    assert "el cual" not in [n.lower() for n in _names(claim)]


def test_a_senior_official_in_river_plate_usage_is_the_person_named_before() -> None:
    claims = _claims(
        "El presidente de la Administración de Puertos, Raúl Costa, dijo que el paro es "
        "ilegal. El jerarca agregó que el puerto perdió 2 millones de dólares en una semana."
    )
    claim = next(c for c in claims if c.quote.startswith("El jerarca"))
    assert _names(claim) == ["Raúl Costa"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Los técnicos municipales habían precisado que el puente necesitaba refuerzos.",
            "Los técnicos municipales",
        ),
        ("La Guardia Civil aclaraba que no había heridos entre los pasajeros.", "La Guardia Civil"),
        (
            "Los transportistas reprochan que el Gobierno no haya rebajado el gasóleo.",
            "Los transportistas",
        ),
        (
            "La patronal había calificado de inasumible la subida del salario mínimo.",
            "La patronal",
        ),
    ],
)
def test_more_tenses_and_persons_of_listed_verbs(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La aerolínea informó que cancelará 40 vuelos el lunes por la huelga.", "La aerolínea"),
        (
            "La Diputación aseguró que la carretera reabrirá antes de Semana Santa.",
            "La Diputación",
        ),
        (
            "El concejo municipal advirtió que no aprobará el aumento de la tarifa del agua.",
            "El concejo municipal",
        ),
    ],
)
def test_companies_by_their_trade_and_local_bodies_speak(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "según" and a reporting verb before the subject: the subject alone is named
        (
            "Según informó el Ayuntamiento, la calle Mayor estará cortada dos semanas.",
            "el Ayuntamiento",
        ),
        # a participle of saying and its agent
        (
            "La muerte del cooperante fue confirmada por el Ministerio de Exteriores.",
            "el Ministerio de Exteriores",
        ),
        (
            "La cifra de 40 heridos fue facilitada por fuentes hospitalarias.",
            "fuentes hospitalarias",
        ),
        # between commas, the participle opens a clause with its agent
        (
            "Los datos, facilitados por el Ministerio de Sanidad, muestran un descenso del 4%.",
            "el Ministerio de Sanidad",
        ),
        # putting a figure on something
        (
            "La Delegación del Gobierno cifró en 12.000 los asistentes a la marcha.",
            "La Delegación del Gobierno",
        ),
    ],
)
def test_figures_and_confirmations_name_who_gave_them(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:15])) == [expected]


def test_a_participle_inside_the_subject_does_not_run_on_into_the_verb() -> None:
    """ "Los datos facilitados por X muestran ...": without commas the agent's phrase would
    run on into the verb, so the participle counts only after "fue" or between commas."""
    sentence = "Los datos facilitados por el Ministerio de Sanidad muestran un descenso del 4%."
    assert not any("muestran" in name for name in _names(_claim(sentence, sentence[:15])))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "La Comisión Nacional de los Mercados dejó claro que la multa no será recurrible.",
            "La Comisión Nacional de los Mercados",
        ),
        (
            "El Banco de España hizo hincapié en que el crédito a las pymes cayó un 6%.",
            "El Banco de España",
        ),
    ],
)
def test_idioms_of_saying(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:15])) == [expected]


def test_the_object_of_a_speech_act_is_not_its_speaker() -> None:
    """ "ha reclamado la dimisión del Gobierno ...": what follows is the object."""
    sentence = "Tras la reunión, ha reclamado la dimisión del Gobierno regional."
    assert not any("Gobierno" in name for name in _names(_claim(sentence, sentence[:15])))
    ordered = "El juez de guardia ha ordenado la detención del concejal de Urbanismo."
    assert _names(_claim(ordered, ordered[:15])) == ["El juez de guardia"]


def test_a_time_and_place_between_an_inverted_verb_and_its_subject_keep_the_closing_name() -> None:
    claim = _claim(
        "“Vamos a reparar las 40 calles antes de verano”, aseguró este martes en el pleno "
        "la concejala de Urbanismo Marta Salcedo.",
        "“Vamos",
    )
    assert any("Marta Salcedo" in name for name in _names(claim)), _names(claim)


def test_a_name_inside_the_complement_of_an_inverted_verb_is_no_speaker() -> None:
    claim = _claim(
        "“Las obras se retrasarán”, dijo refiriéndose a los contratos de Obras Públicas.",
        "“Las obras",
    )
    assert "Obras Públicas" not in _names(claim), _names(claim)


def test_the_person_after_al_is_the_object_and_the_subject_comes_before_the_aside() -> None:
    claim = _claim(
        "Por la tarde, los directivos de Portuaria, en un giro que sorprendió a todos, "
        "plantearon al ministro Falero que retirarían los 150 despidos.",
        "Por la tarde",
    )
    assert _names(claim) == ["los directivos de Portuaria"]


def test_a_second_verb_after_pero_shares_the_subject_named_before_the_commas() -> None:
    claim = _claim(
        "Ese mismo viernes, el ministro de Obras, Pablo Medina, visitó el puerto pero "
        "puntualizó que las obras no empezarán antes de marzo.",
        "Ese mismo",
    )
    assert _names(claim) == ["Pablo Medina"]


def test_an_office_and_its_holder_before_a_closing_dash_are_both_kept() -> None:
    claim = _claim(
        "—No vamos a ceder ante las presiones —afirmó el ministro de Vivienda, Luis Ortega—.",
        "—No vamos",
    )
    assert any("Luis Ortega" in name for name in _names(claim)), _names(claim)


def test_dash_dialogue_names_the_speaker_of_the_insert_and_of_what_follows() -> None:
    claims = _claims(
        "—No vamos a ceder ante las presiones —afirmó el ministro de Vivienda, Luis "
        "Ortega—. Construiremos 20.000 pisos antes de 2027.\n\n"
        "—Es una reforma necesaria —añadió la portavoz Ana Gil—, y la aprobaremos en junio."
    )
    for start in ("—No vamos", "Construiremos"):
        names = _names(claim_starting(claims, start))
        assert any("Luis Ortega" in name for name in names), (start, names)
    assert _names(claim_starting(claims, "—Es una")) == ["la portavoz Ana Gil"]


def test_back_reference_gives_the_source_to_the_sentence_before_it() -> None:
    body = (
        "La medida llega tras dos años de congelación. El salario mínimo subirá un 4 % el "
        "próximo año. Así lo ha asegurado este lunes la ministra de Trabajo, Elena Díaz.\n"
    )
    assert _names(_claim(body, "El salario mínimo")) == ["la ministra de Trabajo, Elena Díaz"]
    assert _names(_claim(body, "La medida llega")) == []


def test_a_paragraph_opening_on_a_back_reference_names_the_source_of_the_lede() -> None:
    body = (
        "Tres personas murieron y otras doce resultaron heridas en el choque de un autobús "
        "en la autopista del sur la madrugada del domingo.\n\n"
        "Así lo informó la Guardia Civil, que abrió una investigación sobre el accidente.\n\n"
        "El conductor del autobús dio negativo en la prueba de alcohol.\n\n"
        "El tráfico se restableció a media mañana.\n"
    )
    assert _names(_claim(body, "Tres personas")) == ["la Guardia Civil"]
    # only the statement right before the back reference, not the paragraphs after it
    assert _names(_claim(body, "El tráfico")) == []


def test_the_outlet_spoken_to_between_the_verb_and_its_subject_is_skipped() -> None:
    body = "La inflación bajará del 3 % en 2025, dijo a EFE el portavoz del Banco Central.\n"
    names = _names(_claim(body, "La inflación"))
    assert names[0] == "el portavoz del Banco Central" and "EFE" in names


def test_a_full_name_after_the_outlet_spoken_to_is_the_speaker() -> None:
    body = (
        "El agua llegó al metro de altura en pocos minutos, relató a EFE Rosa Huamán, "
        "vecina del barrio.\n"
    )
    assert _names(_claim(body, "El agua llegó")) == ["Rosa Huamán", "EFE"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a description opening on an article, then the name closing the clause
        (
            '"Fue un partido muy duro", señaló el capitán del equipo, Franco Benítez.',
            ["el capitán del equipo, Franco Benítez"],
        ),
        # someone unnamed, described by a relative clause, before the verb
        (
            "Una enfermera que labora en urgencias relató que 14 heridos llegaron esa noche.",
            ["Una enfermera"],
        ),
        # "que" after a verb is "that", never a relative: nobody speaks
        ("Cabe mencionar que la defensa presentó 40 testigos ante el tribunal.", []),
        # "desde X" and a plural verb: the body speaks
        ("Desde el PSOE aseguran que la ley se aprobará en junio.", ["el PSOE"]),
        (
            "La reforma costará 300 millones, apuntan desde el Ministerio de Hacienda.",
            ["el Ministerio de Hacienda"],
        ),
        # a forecast names its forecaster
        (
            "El Banco de España, en su último boletín, prevé un crecimiento del 2,1 % este año.",
            ["El Banco de España"],
        ),
        # "descartó" reports before "que" only
        ("El ministro descartó que haya recortes en 2025 para las pensiones.", ["El ministro"]),
        # a judge's ruling ("auto") states what it finds
        ("El auto señala que el acusado cobró 3 millones en comisiones.", ["El auto"]),
    ],
)
def test_more_attribution_forms(sentence: str, expected: list[str]) -> None:
    assert _names(_claim(sentence + "\n", sentence[:20])) == expected


def test_a_long_dash_insert_closing_the_sentence_names_its_speaker() -> None:
    body = (
        "—Es un anuncio más, sin calendario ni financiación real —dijo a EFE el portavoz "
        "popular en el Congreso, Andrés Villalba—. Llevan cinco años prometiendo lo mismo.\n"
    )
    speaker = "el portavoz popular en el Congreso, Andrés Villalba"
    assert _names(_claim(body, "—Es un anuncio"))[0] == speaker
    assert _names(_claim(body, "Llevan cinco años")) == [speaker]


def test_a_trade_the_press_quotes_by_speaks_as_a_person() -> None:
    claim = _claim(
        "El economista explicó que la inflación bajará al 3 % en 2025.\n", "El economista"
    )
    assert _names(claim) == ["El economista"]
    assert claim.sources[0].type == SourceType.PERSON


def test_a_bare_dijo_before_anyone_has_spoken_is_the_person_the_sentence_before_was_about() -> None:
    claims = claims_of(
        "El alcalde Tomás Herrera visitó la zona inundada. «Somos un destino seguro», dijo.",
        "es",
    )
    assert source_names(claims[1]) == ["Tomás Herrera"]


def test_an_office_with_two_complements_after_the_verb_is_the_speaker() -> None:
    claims = claims_of(
        "Según fuentes de la Guardia Civil, el fuego se habría originado por una chispa. "
        "«La situación es muy complicada por el viento», afirmó el director de Emergencias "
        "de la Junta, Ramón Ortega.",
        "es",
    )
    names = source_names(claims[1])
    assert len(names) == 1 and names[0].endswith("Ramón Ortega"), names


def test_a_participle_opening_the_sentence_is_a_circumstance_not_the_speaker() -> None:
    claims = claims_of(
        "La ministra Ana Ruiz visitó la zona. Preguntada por las críticas, admitió que hubo "
        "retrasos en la ayuda.",
        "es",
    )
    assert "Preguntada" not in " ".join(source_names(claims[1]))


def test_a_dropped_subject_in_the_plural_is_not_the_one_person_who_spoke_last() -> None:
    claims = claims_of(
        "El portavoz Mateo Grau defendió la reforma ante la prensa. Los sindicatos celebraron "
        "el acuerdo en un comunicado. En él, recordaron que la negociación duró dos años.",
        "es",
    )
    assert "Mateo Grau" not in " ".join(source_names(claims[2]))


def test_segun_and_a_verb_with_its_subject_dropped_is_the_speakers_own_account() -> None:
    claims = claims_of(
        "El director Ramón Ortega dijo que el fuego avanza. Según explicó, el incendio no está "
        "estabilizado.",
        "es",
    )
    names = source_names(claims[1])
    assert len(names) == 1 and names[0].endswith("Ramón Ortega"), names


def test_a_day_between_the_verb_and_que_leaves_the_subject_before_the_verb() -> None:
    claims = _claims(
        "El alcalde de Sevilla, José Luis Sanz, ha explicado este lunes que la ordenanza no "
        "contempla excepciones para los hosteleros."
    )
    assert _names(claim_containing(claims, "ordenanza")) == ["José Luis Sanz"]


def test_para_with_an_infinitive_states_a_purpose_not_a_view() -> None:
    claims = _claims(
        "Para frenar los contagios, el ayuntamiento intensificó los controles en 40 bares. "
        "Para el epidemiólogo Pedro Cahn, la situación es grave."
    )
    assert _names(claim_containing(claims, "frenar")) == []
    assert _names(claim_containing(claims, "epidemiólogo")) == ["el epidemiólogo Pedro Cahn"]


def test_a_wire_dateline_is_no_part_of_the_source() -> None:
    claims = _claims(
        "CÓRDOBA.- El Ministerio de Salud informó que se registraron 30 nuevos casos de "
        "dengue en la provincia durante la última semana."
    )
    assert _names(claim_containing(claims, "dengue")) == ["El Ministerio de Salud"]


def test_segun_el_is_the_person_who_spoke_last_even_unnamed() -> None:
    claims = _claims(
        "El Gobierno anunció un plan de inspecciones. Un inspector del ministerio, que pidió "
        "no ser identificado, dijo a este diario que faltan técnicos. Según él, hay barrios "
        "sin control desde 2019."
    )
    assert _names(claim_containing(claims, "barrios")) == ["Un inspector del ministerio"]


def test_a_coach_named_again_by_his_trade_and_nationality_is_the_coach() -> None:
    claims = _claims(
        "El entrenador Manuel Pellegrini evitó entrar en detalles sobre los fichajes. "
        '"Isco es fundamental para nosotros", zanjó el técnico chileno.'
    )
    assert _names(claim_containing(claims, "fundamental")) == ["Manuel Pellegrini"]


def test_como_before_a_bare_verb_is_the_speaker_who_spoke_last() -> None:
    claims = _claims(
        "El consejero de Hacienda, Luis Gil, dijo que las cuentas crecerán un 6 %. Como "
        "explicó ayer en el Parlamento, el plan incluye 300 plazas de enfermería."
    )
    assert _names(claim_starting(claims, "Como")) == ["Luis Gil"]


def test_segun_la_misma_fuente_points_back_to_the_source_named_last() -> None:
    claims = _claims(
        "Una fuente de la investigación aseguró a este diario que el contrato se amañó en "
        "2021. Según la misma fuente, el alcalde conocía los pagos."
    )
    assert _names(claim_starting(claims, "Según la misma")) == ["Una fuente de la investigación"]


def test_a_broader_role_noun_stands_for_the_holder_introduced_under_a_narrower_title() -> None:
    claims = _claims(
        "La directora general de Presupuestos, Ana Ruiz, presentó el martes las cuentas del "
        "próximo año. «No habrá recortes en educación», advirtió la funcionaria. El concejal "
        "de Urbanismo, Luis Gil, defendió el plan. El edil aseguró que la deuda bajará."
    )
    assert _names(claim_starting(claims, "«No habrá")) == ["Ana Ruiz"]
    assert _names(claim_starting(claims, "El edil")) == ["Luis Gil"]


def test_a_role_noun_with_nobody_introduced_under_its_family_stays_as_written() -> None:
    claims = _claims("«No habrá recortes en educación», advirtió la funcionaria.")
    assert _names(claim_starting(claims, "«No habrá")) == ["la funcionaria"]


def test_an_outlet_the_list_does_not_know_is_named_after_its_kind() -> None:
    claims = _claims(
        "El ministro del Interior, Luis Gil, dijo a la cadena Cooperativa que no renunciará "
        "pese a las críticas de la oposición."
    )
    assert _names(claim_starting(claims, "El ministro")) == ["Luis Gil", "Cooperativa"]


def test_a_verb_that_reports_only_before_que_also_reports_right_after_a_quotation() -> None:
    claims = _claims(
        "«La trama se financió con dinero público de tres consejerías», recoge el informe de "
        "la Guardia Civil."
    )
    assert _names(claim_starting(claims, "«La trama")) == ["el informe de la Guardia Civil"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "La Asociación Española de Pediatría recomienda que los menores no usen pantallas "
            "antes de los dos años.",
            "La Asociación Española de Pediatría",
        ),
        (
            "Los investigadores sospechan que el incendio fue provocado por una colilla.",
            "Los investigadores",
        ),
        (
            "«Cinco hojas a máquina y un recorte de periódico», se limita a subrayar la sentencia.",
            "la sentencia",
        ),
    ],
)
def test_recommending_suspecting_and_limiting_oneself_report_a_view(sentence: str, speaker: str):
    assert source_names(claim_starting(_claims(sentence), sentence[:10])) == [speaker]


def test_nouns_ending_like_a_conditional_do_not_hedge():
    claims = _claims(
        "La refinería de Cartagena paró su producción durante tres días. La comisaría del "
        "barrio recibió 40 denuncias en una semana."
    )
    assert not claim_starting(claims, "La refinería").hedged
    assert not claim_starting(claims, "La comisaría").hedged


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "«Lo perdimos todo», contó a la agencia Noticias Argentinas un vecino del barrio.",
            ["un vecino del barrio", "Noticias Argentinas"],
        ),
        (
            "«No vamos a cerrar ninguna puerta», aseguró a este diario el portavoz del club.",
            ["el portavoz del club"],
        ),
    ],
)
def test_the_speaker_after_an_outlet_the_list_does_not_know(
    sentence: str, expected: list[str]
) -> None:
    assert source_names(claim_starting(_claims(sentence), sentence[:10])) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La Fiscalía atribuyó el incendio a un cortocircuito en la nave.", ["La Fiscalía"]),
        ("El alcalde responsabilizó al Gobierno regional de la falta de medios.", ["El alcalde"]),
    ],
)
def test_blaming_names_who_blames(sentence: str, expected: list[str]) -> None:
    assert source_names(claim_starting(_claims(sentence), sentence[:10])) == expected


def test_a_preposition_opening_the_reported_clause_is_no_speaker() -> None:
    claims = claims_of(
        "La directora del hospital, Marta Gil, dijo que faltan 40 enfermeras. Hasta un "
        "tercio de los pacientes espera más de seis horas en urgencias, calculan.",
        "es",
    )
    assert "Hasta" not in source_names(claim_starting(claims, "Hasta un tercio"))


def test_unquoted_words_before_dijo_are_the_speakers_not_a_name() -> None:
    # Wire copy often drops the quotation marks: "Mi cliente ..., dijo X".
    body = (
        "Mi cliente ha colaborado desde el primer día y no piensa salir del país, dijo "
        "Vélez a los periodistas a la salida del juzgado.\n"
    )
    assert _names(_claim(body, "Mi cliente")) == ["Vélez"]


def test_unnamed_media_are_a_source_as_worded() -> None:
    body = "Según medios locales, las armas fueron usadas en al menos tres asaltos.\n"
    assert _names(_claim(body, "Según medios locales")) == ["medios locales"]


def test_an_outlet_named_after_its_kind_keeps_its_article() -> None:
    body = "Según un reporte del diario El Observador, la planta operaba sin licencia.\n"
    assert _names(_claim(body, "Según un reporte")) == ["un reporte del diario El Observador"]


def test_a_complement_set_off_by_commas_does_not_replace_the_subject() -> None:
    body = (
        "Fuentes del equipo de gobierno municipal, del PSOE, señalaron que el contrato "
        "se revisará en enero.\n"
    )
    assert _names(_claim(body, "Fuentes del equipo")) == [
        "Fuentes del equipo de gobierno municipal"
    ]


def test_la_autoridad_and_el_dirigente_stand_for_the_person_named_before() -> None:
    body = (
        "La contralora general, Verónica Salas, presentó el informe en el Congreso.\n\n"
        "La autoridad explicó que once municipios pagaron horas extra sin respaldo. "
        "Añadió que en uno de ellos un funcionario cobró 620 horas en un mes.\n\n"
        "El presidente del club, Horacio Benítez, habló ante los socios.\n\n"
        "El dirigente aseguró que la deuda supera los tres millones de dólares.\n"
    )
    assert _names(_claim(body, "La autoridad")) == ["Verónica Salas"]
    assert _names(_claim(body, "Añadió")) == ["Verónica Salas"]
    assert _names(_claim(body, "El dirigente")) == ["Horacio Benítez"]


def test_a_repeated_statement_before_que_is_reported_and_a_repeated_act_is_not() -> None:
    body = (
        "La alcaldesa Marta Ibáñez repitió que las obras terminarán antes de octubre. "
        "La constructora repitió el récord del año pasado y asfaltó 40 calles en un mes.\n"
    )
    assert _names(_claim(body, "La alcaldesa")) == ["La alcaldesa Marta Ibáñez"]
    assert _names(_claim(body, "La constructora")) == []


def test_the_party_after_an_office_is_not_its_holder() -> None:
    # "Progresista Federal" ends the party's name, a preposition after it: not a holder.
    body = (
        "El candidato del Partido Progresista Federal a la gobernación, Ramiro "
        "Echegaray, prometió este jueves reducir los impuestos locales.\n\n"
        "El candidato aseguró ante 3.000 personas que bajará la tasa un 20 %.\n"
    )
    claim = _claim(body, "El candidato aseguró")
    assert claim.attributed
    assert not any("Progresista" in name for name in _names(claim))


def test_a_verb_after_a_name_and_its_comma_describes_nobody() -> None:
    body = (
        "La secretaria general del sindicato minero, Marisa Gallardo, recibe a este diario "
        "en la sede de Peñaroja.\n\n"
        "La dirigente sostiene que las empresas han incumplido el convenio de 2022.\n"
    )
    assert _names(_claim(body, "La dirigente")) == ["Marisa Gallardo"]


def test_a_group_named_after_the_verb_closing_the_sentence_is_its_speaker() -> None:
    # No list holds "los afectados": after the verb, closing the sentence, it speaks.
    body = (
        "El alcalde Tomás Barrera visitó el lunes las calles inundadas del barrio.\n\n"
        "El agua llegó hasta el primer piso de las casas, contaron los afectados. "
        "Las bombas tardaron seis horas en llegar, relataron algunos vecinos.\n"
    )
    assert _names(_claim(body, "El agua llegó")) == ["los afectados"]
    assert _names(_claim(body, "Las bombas")) == ["algunos vecinos"]


def test_a_time_after_the_verb_is_no_speaker_and_a_group_never_says_dijo() -> None:
    body = (
        "Las obras del puente costarán 3 millones de euros, explicaron los técnicos "
        "municipales.\n\n"
        "El puente estará cerrado hasta el verano, dijo el lunes.\n"
    )
    claim = _claim(body, "El puente estará")
    assert claim.attributed
    assert _names(claim) == []


def test_forecasts_and_figures_that_show_have_their_subject_for_source() -> None:
    body = (
        "El economista Martín Gorostiaga proyectó que el índice de abril se ubicará en "
        "torno al 2,7 %.\n\n"
        "Los datos del Servicio de Salud reflejan que las urgencias atendieron 11.340 "
        "pacientes en enero.\n"
    )
    assert _names(_claim(body, "El economista")) == ["El economista Martín Gorostiaga"]
    assert _names(_claim(body, "Los datos")) == ["Los datos del Servicio de Salud"]


def test_refusing_to_do_something_reports_nothing() -> None:
    # "negarse a" + infinitive is "to refuse to", not "to deny": no one is quoted
    body = (
        "El detenido, Mario Gil, fue trasladado a la comisaría de Vigo. Tras el registro, el "
        "joven se negó a firmar el acta de la detención.\n"
    )
    assert _names(_claim(body, "Tras el registro")) == []


@pytest.mark.parametrize(
    "narrative",
    [
        # a full name with its apposition, then a verb of doing
        "Miguel Ángel Sosa, delegado del sindicato en la fábrica, repartía café y cifras.",
        # a fronted time, then the surname the article introduced
        "Al mediodía, Sosa volvió a tomar el megáfono frente al portón.",
    ],
)
def test_a_bare_verb_goes_on_with_the_subject_of_the_sentence_before(narrative: str) -> None:
    body = (
        "Miguel Ángel Sosa llegó a la fábrica a las siete. La abogada del sindicato, Carolina "
        "Benítez, dijo que la empresa no respondió a las cartas. "
        f"{narrative} Contó que el ministerio había convocado a una reunión para el lunes.\n"
    )
    assert _names(_claim(body, "Contó que")) == ["Miguel Ángel Sosa"]


def test_a_sentence_with_its_own_source_passes_on_its_speaker_not_its_subject() -> None:
    body = (
        "La hermana de la víctima, Rosa Ibarra, habló con este diario el martes. Según "
        "Ibarra, Lucía Gómez estaba embarazada de tres meses. «Yo era la única que lo sabía», "
        "dijo.\n"
    )
    assert _names(_claim(body, "«Yo era")) == ["Rosa Ibarra"]


def test_como_or_segun_before_a_bare_verb_is_the_person_the_sentence_before_was_about() -> None:
    body = (
        "La delegada de la Junta, Beatriz Llamas, dijo que el fuego está controlado. El "
        "alcalde, Tomás Carballo, pasó la noche en la carretera de acceso al pueblo. Según "
        "relata, a las nueve de la noche el fuego estaba ya a medio kilómetro de las casas.\n"
    )
    assert _names(_claim(body, "Según relata")) == ["Tomás Carballo"]


def test_an_interview_is_the_persons_whose_institute_the_standfirst_names() -> None:
    claims = claims_of(
        "Inés Valcárcel, glacióloga: «La cordillera ha perdido la mitad de su hielo»\n\n"
        "Inés Valcárcel lleva dos décadas midiendo glaciares. Dirige el área de glaciología "
        "del Instituto Andino de Montaña, un centro público con sede en Huaraz.\n\n"
        "P. ¿Qué dice su estudio?\n\n"
        "R. Que entre 1975 y 2024 la cordillera perdió el 51 % de su superficie glaciar. "
        "Hemos comparado fotografías aéreas antiguas con imágenes de satélite.\n\n"
        "P. ¿Es un ritmo constante?\n\n"
        "R. No, se ha acelerado. En la última década el retroceso medio fue de unos 25 metros "
        "al año en los glaciares que medimos.\n",
        "es",
    )
    assert _names(claim_containing(claims, "el retroceso medio")) == ["Inés Valcárcel"]


def test_segun_before_a_compound_verb_names_the_subject_after_it() -> None:
    body = (
        "La conservera cerrará su planta de Vigo en marzo y despedirá a 240 trabajadores, "
        "según ha comunicado la empresa a los sindicatos.\n"
    )
    assert _names(_claim(body, "La conservera")) == ["la empresa"]


def test_an_acronym_written_with_dots_does_not_cut_the_speaker_off() -> None:
    body = (
        "«Es un golpe durísimo para la comarca», lamentó la secretaria comarcal de CC.OO., "
        "Noemí Pazos. La plantilla convocará paros parciales desde el lunes, añadió.\n"
    )
    assert "Noemí Pazos" in _names(_claim(body, "«Es un golpe"))[0]


def test_a_second_description_joined_to_the_office_still_reaches_the_name() -> None:
    body = (
        "«El cuerpo no descansa cuando la noche es tropical», explicó a Europa Press la "
        "cardióloga y autora principal del trabajo, Beatriz Olmedo.\n"
    )
    assert "Beatriz Olmedo" in " ".join(_names(_claim(body, "«El cuerpo")))


def test_a_speech_act_in_the_passive_keeps_its_agent_past_a_time() -> None:
    body = (
        "El brote afecta ya a siete pacientes de la tercera planta, según fue confirmado "
        "ayer por la Consejería de Salud.\n"
    )
    assert _names(_claim(body, "El brote")) == ["la Consejería de Salud"]


def test_these_same_sources_are_the_sources_named_before() -> None:
    body = (
        "La dirección estudia vender la planta, según fuentes de la compañía. Según estas "
        "mismas fuentes, la dirección habría rechazado ya una oferta de compra.\n"
    )
    assert _names(_claim(body, "Según estas")) == ["fuentes de la compañía"]


def test_a_known_surname_before_an_aside_is_the_subject_of_coordinated_verbs() -> None:
    body = (
        "La portavoz socialista, Marta Cuesta, criticó el reparto de las inversiones. "
        "Cuesta, en declaraciones a la radio, rechazó el plan de vivienda y sostuvo que "
        "faltan 400 pisos públicos.\n"
    )
    assert _names(_claim(body, "Cuesta, en")) == ["Cuesta"]


def test_a_spokeswoman_who_justifies_a_decision_is_its_source() -> None:
    body = (
        "El pleno aprobó el recorte del presupuesto de cultura. La portavoz del PSV, Nerea "
        "Gallardo, justificó la decisión por la caída de los ingresos.\n"
    )
    assert _names(_claim(body, "La portavoz")) == ["Nerea Gallardo"]


def test_a_long_office_then_its_holder_keeps_the_name_within_a_source_s_length() -> None:
    body = (
        'La Policía Nacional ha desarticulado una red de estafas en Málaga. "Captaban a '
        'personas mayores con llamadas diarias", explicó a este periódico el inspector jefe '
        "de la Brigada de Delincuencia Económica de Málaga, Raúl Escámez.\n"
    )
    assert _names(_claim(body, '"Captaban')) == [
        "el inspector jefe de la Brigada de Delincuencia Económica, Raúl Escámez"
    ]


def test_para_a_long_office_closed_by_its_holder_s_full_name_is_their_view() -> None:
    body = (
        "La gripe llega antes este año a la provincia. Para el epidemiólogo del Hospital "
        "General de Alicante Jorge Alcaraz, el repunte era previsible.\n"
    )
    assert _names(_claim(body, "Para el")) == [
        "el epidemiólogo del Hospital General de Alicante Jorge Alcaraz"
    ]


def test_a_negated_answer_names_no_source():
    body = "La constructora Harborline no respondió a las preguntas de este diario.\n"
    claim = _claim(body, "La constructora")
    assert claim.sources == []
    assert not claim.attributed


def test_asi_consta_en_names_the_document_for_the_sentence_before():
    body = (
        "La planta de Linares cerrará en marzo y 240 empleados serán reubicados. Así consta en "
        "el expediente de regulación de empleo.\n"
    )
    assert _names(_claim(body, "La planta")) == ["el expediente de regulación de empleo"]


def test_segun_consta_en_names_the_document():
    body = "Según consta en el auto del juez, el acusado pagó 40.000 euros en efectivo.\n"
    assert _names(_claim(body, "Según")) == ["el auto del juez"]


def test_citando_after_an_inverted_outlet_names_both_and_ends_the_outlet_s_name():
    body = (
        "Como informó la agencia Reuters citando a dos fuentes, la junta directiva se reunió "
        "en secreto. El diario El País, citando fuentes del Gobierno, informó de que el "
        "acuerdo está cerrado.\n"
    )
    assert sorted(_names(_claim(body, "Como"))) == ["dos fuentes", "la agencia Reuters"]
    assert sorted(_names(_claim(body, "El diario"))) == [
        "El diario El País",
        "fuentes del Gobierno",
    ]


def test_avanzan_que_reports_and_que_cita_a_names_the_outlet_s_own_source():
    body = (
        "Fuentes de la patronal avanzan que recurrirán la sanción ante el Supremo. Según el "
        "diario Kurier Nord, que cita a tres miembros del gabinete, el primer ministro "
        "dimitirá. El ejército avanza hacia la capital.\n"
    )
    assert _names(_claim(body, "Fuentes")) == ["Fuentes de la patronal"]
    assert _names(_claim(body, "Según")) == ["el diario Kurier Nord", "tres miembros del gabinete"]
    assert _names(_claim(body, "El ejército")) == []


def test_a_subject_relative_holding_the_verb_is_said_by_the_noun_before_it():
    body = (
        "El fiscal del caso, que este lunes afirmó que la investigación seguirá abierta, lleva "
        "dos años en el cargo.\n"
    )
    assert _names(_claim(body, "El fiscal")) == ["El fiscal del caso"]


def test_a_degree_adjective_opening_the_sentence_is_how_the_speaker_spoke():
    body = (
        "Más cauta se mostró Irene Saldaña, analista de Bankia Research, quien advirtió de que "
        "las ventas caerán un 5%.\n"
    )
    names = _names(_claim(body, "Más cauta"))
    assert "Irene Saldaña" in names
    assert "Más cauta" not in names


def test_a_su_juicio_after_someone_named_with_their_office_is_their_view() -> None:
    body = (
        'El Banco Central mantuvo la tasa en 5%. "No hay margen para recortes", afirmó el '
        "consejero Tomás Ibarra. La economista jefa de Banco Austral, Paula Zamora, "
        "compartió ese diagnóstico. A su juicio, el primer recorte no llegará antes de "
        "octubre.\n"
    )
    assert _names(_claim(body, "A su juicio")) == ["Paula Zamora"]


def test_a_capitalised_kind_of_outlet_is_the_first_word_of_its_name() -> None:
    body = (
        'El Banco Central mantuvo la tasa en 5%. "El mercado se adelantó demasiado", dijo '
        "el economista Pablo Soto a Diario Financiero.\n"
    )
    assert _names(_claim(body, '"El mercado')) == ["el economista Pablo Soto", "Diario Financiero"]


def test_a_bare_verb_after_a_document_spoke_goes_on_with_the_document() -> None:
    body = (
        "El juicio contra el exalcalde comenzó el lunes. El fiscal Pedro Ruiz pidió 20 años "
        "de cárcel. El escrito de acusación señala que el exalcalde cobró dos millones. Más "
        "adelante agrega que el dinero llegó en efectivo.\n"
    )
    assert _names(_claim(body, "Más adelante")) == ["El escrito de acusación"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Esto es una persecución política", dijo a la salida de la audiencia.',
        '"Esto es una persecución política", dijo mientras aparca frente al juzgado.',
    ],
)
def test_a_place_or_a_clause_after_a_bare_verb_is_no_speaker(sentence: str) -> None:
    body = f"El exalcalde Germán Paternina negó los cargos ante el juez. {sentence}\n"
    assert _names(_claim(body, '"Esto es')) == ["El exalcalde Germán Paternina"]


def test_what_researchers_observed_before_que_is_their_finding() -> None:
    body = (
        "Un equipo del hospital La Fe estudió 300 tumores. Los investigadores observaron que "
        "las células resistentes usan una proteína llamada PX-9.\n"
    )
    assert _names(_claim(body, "Los investigadores")) == ["Los investigadores"]


def test_the_document_a_fact_follows_from_is_its_source() -> None:
    body = (
        "El ayuntamiento habría troceado 22 contratos de obra. Así se desprende de un "
        "informe de la Intervención municipal. Según se desprende del mismo informe de "
        "la Intervención, el gasto creció un 12%.\n"
    )
    assert _names(_claim(body, "El ayuntamiento")) == ["un informe de la Intervención municipal"]
    assert _names(_claim(body, "Según se desprende")) == ["mismo informe de la Intervención"]


def test_what_an_unnamed_source_is_close_to_is_part_of_its_name() -> None:
    body = "Según fuentes próximas a la investigación, el conductor no frenó a tiempo.\n"
    assert _names(_claim(body, "Según fuentes")) == ["fuentes próximas a la investigación"]


def test_whom_a_speaker_turned_against_is_no_source() -> None:
    body = (
        "Desde el sindicato, su secretario general, Omar Peralta, apuntó contra la empresa. "
        '"Hace dos años que avisamos de que las señales fallan", afirmó.\n'
    )
    assert _names(_claim(body, '"Hace dos años')) == ["Omar Peralta"]


def test_a_verb_after_se_is_impersonal_not_said() -> None:
    body = "El paro bajó en marzo. El empleo en Valencia se explica por la Semana Santa.\n"
    claim = _claim(body, "El empleo")
    assert _names(claim) == [] and not claim.attributed


def test_the_hypothesis_investigators_weigh_is_theirs() -> None:
    body = "El cuerpo fue hallado el lunes. Los investigadores barajan como hipótesis una deuda.\n"
    assert _names(_claim(body, "Los investigadores")) == ["Los investigadores"]


def test_segun_el_cual_names_the_person_before_the_comma() -> None:
    body = (
        "Otra es la lectura del economista Jorge Paredes, según el cual la inflación bajará "
        "del 3 % en primavera.\n"
    )
    assert _names(_claim(body, "Otra es")) == ["Jorge Paredes"]


def test_declining_to_comment_is_the_subject_s_answer() -> None:
    body = "La constructora declinó hacer comentarios sobre el informe de los peritos.\n"
    assert _names(_claim(body, "La constructora")) == ["La constructora"]


def test_a_participle_before_sobre_leaves_the_speaker_dropped() -> None:
    body = (
        "El ministro del Interior, Enrique Galeano, compareció ante la prensa. Consultado sobre "
        "si esas pruebas se harían públicas, respondió que se han remitido a la Fiscalía.\n"
    )
    assert _names(_claim(body, "Consultado")) == ["Enrique Galeano"]


def test_el_jefe_comunal_is_the_mayor_named_before() -> None:
    body = (
        "El alcalde de Quilleco, Jorge Cifuentes, dijo que evacuaron 300 familias. El seremi "
        "Mauricio Sandoval aseguró que hay 40 brigadistas en la zona. El jefe comunal reconoció "
        "que varios vecinos se resistieron a salir.\n"
    )
    assert _names(_claim(body, "El jefe comunal")) == ["Jorge Cifuentes"]


def test_rejecting_the_accusations_is_the_defences_statement() -> None:
    body = "La defensa del exalcalde rechazó las acusaciones.\n"
    assert _names(_claim(body, "La defensa")) == ["La defensa del exalcalde"]


def test_a_name_closing_the_objects_complement_is_no_inverted_subject() -> None:
    body = (
        "La autopartista Frenos Sur, controlada por el grupo Kessler, comunicó este martes a "
        "sus empleados el cierre de su planta de Villa Rivadavia.\n"
    )
    assert _names(_claim(body, "La autopartista")) == ["La autopartista Frenos Sur"]


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "La bióloga Marta Ríos, especialista en calidad del aire, presentó el informe. "
            "Según la especialista, la contaminación se duplicó en diez años.\n",
            "Según la especialista",
            "Marta Ríos",
        ),
        (
            "Según su personero legal, Iván Quispe, los miembros de mesa actuaron bien.\n",
            "Según su personero",
            "Iván Quispe",
        ),
        (
            'El concejal Andrés Molano presentó la propuesta el lunes. "Hay niños que crecen '
            'con pulmones enfermos", señaló el cabildante.\n',
            '"Hay niños',
            "Andrés Molano",
        ),
    ],
)
def test_a_specialist_a_party_agent_and_a_councillor_are_the_person_named(
    body: str, start: str, expected: str
) -> None:
    assert expected in " ".join(_names(_claim(body, start)))


def test_those_same_sources_are_the_unnamed_sources_named_before() -> None:
    body = (
        "Fuentes de la Consejería de Sanidad consultadas por esta agencia indicaron que "
        "faltan 90 enfermeras. La ratio es la peor de la región, según esta agencia. Esas "
        "mismas fuentes precisaron que la mitad de la plantilla se jubilará en 2027.\n"
    )
    assert _names(_claim(body, "Esas mismas")) == ["Fuentes de la Consejería de Sanidad"]


def test_a_bare_verb_closing_the_sentence_reports_the_verbs_before_it() -> None:
    body = (
        "La enfermera Marta Olmedo encabeza la protesta del hospital. La plantilla no pide "
        "privilegios, sino la contratación de 90 profesionales, subrayó.\n"
    )
    assert _names(_claim(body, "La plantilla")) == ["Marta Olmedo"]


def test_the_speaker_named_in_the_sentence_after_their_words():
    body = "«No hay camas para todos». Quien lo dice es Marta Gil, enfermera del hospital."
    assert _names(_claim(body, "«No hay")) == ["Marta Gil"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("El sindicato cifra en 300 los despidos previstos en la planta.", "El sindicato"),
        ("El consorcio da por hecho que el proyecto se retrasará dos años.", "El consorcio"),
    ],
)
def test_a_body_that_puts_a_figure_on_something_or_takes_it_for_granted_is_its_source(
    sentence: str, source: str
) -> None:
    assert _names(_claim(sentence, sentence[:12])) == [source]


def test_a_possessive_document_is_the_speakers_own_when_they_speak_in_the_same_sentence():
    sentence = (
        "La consejera Ana Ruiz recordó que, según sus datos, el hospital atendió a 4.000 pacientes."
    )
    assert _names(_claim(sentence, "La consejera")) == ["La consejera Ana Ruiz"]


def test_lo_dice_names_the_speaker_of_the_words_before():
    body = "«Llevamos tres generaciones criando gallinas.» Lo dice Mercedes Albarrán, avicultora."
    assert _names(_claim(body, "«Llevamos")) == ["Mercedes Albarrán"]


def test_a_day_between_a_verb_and_its_que_keeps_the_report():
    sentence = (
        "El presidente del club, Fermín Olazábal, defendió el martes en una rueda de prensa "
        "que las cuentas están saneadas."
    )
    assert _names(_claim(sentence, "El presidente")) == ["Fermín Olazábal"]


def test_the_company_is_the_one_described_as_such_not_the_agency_that_spoke_since():
    body = (
        "La empresa Hidrovalle suministra agua a la comuna. La Dirección General de "
        "Aguas informó que el caudal bajó un 40 %. La empresa aseguró en su cuenta de X que "
        "el audio es falso."
    )
    assert _names(_claim(body, "La empresa aseguró")) == ["Hidrovalle"]


def test_a_second_source_after_mientras_que_speaks_for_its_own_clause():
    claim = _claim(
        "Según el gremio, la medida alcanzó al 90 % de las escuelas, mientras que el "
        "Ministerio de Educación provincial informó que solo un 43 % de los docentes paró.",
        "Según el gremio",
    )
    assert _names(claim) == ["el gremio", "el Ministerio de Educación provincial"]


def test_the_radio_spoken_to_at_its_microphones_is_told():
    claim = _claim(
        "El director deportivo Jon Arrieta ha dicho esta noche a los micrófonos de Onda Cero "
        "que un aval no es un pago.",
        "El director",
    )
    assert _names(claim) == ["El director deportivo Jon Arrieta", "Onda Cero"]
