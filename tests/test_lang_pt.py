"""Portuguese: attribution in both word orders, hedges, detection and sentence splitting.

The sentences are written for these tests in the manner of Brazilian and Portuguese news
reporting: "segundo X", "afirmou X", "X disse que", "de acordo com X", "conforme X", the
future of the past for reported facts ("teria recebido") and "supostamente".
"""

from __future__ import annotations

import pytest

from bot.checklist.render import describe
from bot.extraction.language import detect_language
from bot.extraction.lexicon import get_lexicon
from bot.extraction.segmentation import Paragraph, split_sentences
from bot.models import Advice, Claim, DetailKind, SourceRole, SourceType
from tests.support import article_claims, claim_containing, claim_starting, claims_of, source_names

# A headline and a first paragraph, so that every sample reads as a Portuguese article.
LEAD = (
    "Câmara aprova orçamento da cidade para o próximo ano\n\n"
    "Os vereadores aprovaram na quinta-feira as contas do próximo exercício, que preveem "
    "mais dinheiro para as escolas e para a manutenção das ruas do centro.\n\n"
)


def _claims(body: str) -> list[Claim]:
    return article_claims(LEAD, body, "pt")


def _claim(body: str, start: str) -> Claim:
    return claim_starting(_claims(body), start)


_names = source_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "segundo X"
        (
            "Segundo a Polícia Federal, o grupo movimentou R$ 40 milhões em dois anos.",
            "a Polícia Federal",
        ),
        # "de acordo com X"
        (
            "De acordo com o IBGE, o desemprego caiu para 7,8% no segundo trimestre.",
            "o IBGE",
        ),
        # "conforme X"
        (
            "Conforme a Defesa Civil, 120 famílias deixaram suas casas por causa da chuva.",
            "a Defesa Civil",
        ),
        # subject first: "X afirmou que"
        (
            "O governador Paulo Mendes afirmou que as obras da ponte terminam em setembro.",
            "O governador Paulo Mendes",
        ),
        # subject first with apposition: "X, title, disse que"
        (
            "Ana Ribeiro, secretária de Saúde do estado, disse que 30 leitos serão abertos "
            "até sexta-feira.",
            "Ana Ribeiro",
        ),
        # inverted after a quotation: "”, declarou X"
        (
            "\u201cNão houve nenhuma irregularidade no contrato\u201d, declarou o delegado "
            "Rui Prates.",
            "o delegado Rui Prates",
        ),
        # inverted after a comma: ", afirmou X"
        (
            "As vacinas chegam aos postos na próxima semana, afirmou o Ministério da Saúde "
            "em nota.",
            "o Ministério da Saúde",
        ),
        # a news agency
        (
            "O tribunal rejeitou o recurso da defesa, informou a agência Lusa.",
            "a agência Lusa",
        ),
        # a seat of power speaking for its government
        (
            "Moscou afirmou que as tropas não atacaram alvos civis na região de Kharkiv.",
            "Moscou",
        ),
    ],
)
def test_attribution_forms(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


def test_agency_is_typed_as_a_news_agency() -> None:
    claim = _claim(
        "Segundo a Agência Brasil, o programa atende 2 milhões de famílias no Nordeste.",
        "Segundo a Agência",
    )
    assert claim.sources[0].canonical == "Agência Brasil"


def test_unnamed_sources_are_marked_unnamed() -> None:
    claim = _claim(
        "Fontes do Palácio do Planalto disseram que a reforma será votada em maio.",
        "Fontes do Palácio",
    )
    assert claim.sources and claim.sources[0].role == SourceRole.UNNAMED


def test_document_source() -> None:
    claim = _claim(
        "Segundo o relatório da auditoria, 1.286 contas não pertenciam a servidores ativos.",
        "Segundo o relatório",
    )
    assert claim.sources[0].type == SourceType.DOCUMENT


def test_pronoun_resolves_to_the_person_named_before() -> None:
    claims = _claims(
        "A promotora Beatriz Lopes afirmou que a quadrilha agia havia cinco anos. Ela "
        "disse ainda que outros três suspeitos estão foragidos."
    )
    claim = next(c for c in claims if c.quote.startswith("Ela disse"))
    assert len(claim.sources) == 1
    assert "Beatriz Lopes" in claim.sources[0].name


def test_outlet_spoken_to_is_named_with_the_speaker() -> None:
    claim = _claim(
        "O prefeito Carlos Nogueira disse à Folha que a tarifa de ônibus não vai subir.",
        "O prefeito Carlos",
    )
    names = _names(claim)
    assert "O prefeito Carlos Nogueira" in names
    assert any("Folha" in n for n in names)


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        (
            "O ex-prefeito teria recebido R$ 2 milhões em propina entre 2010 e 2014.",
            "teria",
        ),
        (
            "Os presos supostamente vendiam os carros roubados no Paraguai.",
            "supostamente",
        ),
        (
            "O suposto autor do assalto foi preso no sábado em Salvador pela polícia.",
            "suposto",
        ),
        ("Ao que tudo indica, o incêndio começou na cozinha do restaurante.", "ao que tudo indica"),
        (
            "Os ataques seriam obra de um grupo organizado que atua no exterior.",
            "seriam",
        ),
        (
            "Não se descarta que a barragem ceda se a chuva continuar até domingo.",
            "não se descarta",
        ),
    ],
)
def test_hedges(sentence: str, hedge: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.hedged
    assert hedge in [h.lower() for h in claim.hedges]


@pytest.mark.parametrize(
    "sentence",
    [
        "O Senado aprovou a proposta por 60 votos a 12 na noite de terça-feira.",
        "A empresa não seria capaz de pagar as dívidas sem o novo empréstimo do banco.",
    ],
)
def test_not_hedged(sentence: str) -> None:
    assert not _claim(sentence, sentence[:20]).hedged


def test_hedge_inside_a_quotation_is_the_speakers() -> None:
    claim = _claim(
        "\u201cSeria um erro fechar a fábrica\u201d, disse o presidente do sindicato, Luís Gomes.",
        "\u201cSeria um erro",
    )
    assert not claim.hedged


def test_figures_money_and_vague_dates() -> None:
    claim = _claim(
        "A empresa vai investir R$ 25 milhões na fábrica de Campinas no ano que vem, "
        "segundo o diretor Pedro Alves, nesta segunda-feira.",
        "A empresa vai",
    )
    kinds = {d.kind for d in claim.details}
    assert DetailKind.MONEY in kinds
    assert DetailKind.VAGUE_DATE in kinds


def test_detects_portuguese_paragraph() -> None:
    paragraph = (
        "O governo aprovou nesta terça-feira o projeto de lei da habitação, que vai limitar "
        "os preços do aluguel nas áreas mais caras e obrigar os grandes proprietários a "
        "reservar parte dos seus imóveis para aluguel social, segundo a ministra."
    )
    assert detect_language(paragraph) == "pt"


def test_tells_portuguese_from_spanish_and_french() -> None:
    spanish = (
        "El Gobierno aprobó este martes el proyecto de ley de vivienda, que limitará los "
        "precios del alquiler en las zonas tensionadas y obligará a los grandes propietarios "
        "a reservar una parte de sus pisos para el alquiler social, según la ministra."
    )
    french = (
        "Le gouvernement a adopté mardi le projet de loi sur le logement, qui limitera les "
        "loyers dans les zones tendues et obligera les grands propriétaires à réserver une "
        "partie de leurs appartements au logement social, selon la ministre."
    )
    assert detect_language(spanish) == "es"
    assert detect_language(french) == "fr"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("O Sr. Silva chegou às 10h. A Dra. Ana o recebeu na porta.", 2),
        ("O Gen. Alves deixou o cargo. Ele será substituído em maio.", 2),
        ("O art. 5 da Constituição garante o direito. Foi o que lembrou o juiz.", 2),
    ],
)
def test_sentence_splitting_survives_abbreviations(text: str, count: int) -> None:
    sentences = split_sentences(Paragraph(text, 0, 0), get_lexicon("pt"))
    assert len(sentences) == count, [s.text for s in sentences]


def test_checklist_wording_in_portuguese() -> None:
    assert describe(Advice(code="unsourced"), "pt") == "nenhuma fonte é citada"
    assert "Lusa" in describe(Advice(code="trace_agency", params={"name": "Lusa"}), "pt")


def test_dropped_subject_takes_the_speaker_named_before() -> None:
    claims = _claims(
        "O delegado Odílio Santos disse que o grupo agia havia cinco anos na capital. "
        "Depois, afirmou que 12 pessoas foram presas durante a operação."
    )
    claim = next(c for c in claims if c.quote.startswith("Depois, afirmou"))
    assert "Odílio Santos" in " ".join(_names(claim))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # plural of a verb newly listed
        (
            "Os especialistas avisaram que o nível do rio deve subir nos próximos dias.",
            "Os especialistas",
        ),
        # a verb newly listed, singular
        (
            "O ministro insistiu que o orçamento será votado antes do fim do ano.",
            "O ministro",
        ),
        # pluperfect with "tinha"
        (
            "A polícia tinha confirmado que dois suspeitos foram presos durante a madrugada.",
            "A polícia",
        ),
        # pluperfect with "haviam", plural
        (
            "Os investigadores haviam negado que a perícia tivesse encontrado vestígios.",
            "Os investigadores",
        ),
        # imperfect, plural
        (
            "Os analistas alegavam que a inflação voltaria a subir no segundo semestre.",
            "Os analistas",
        ),
        # inverted after a comma
        (
            "A estrada continuará fechada até domingo, advertem os bombeiros.",
            "os bombeiros",
        ),
    ],
)
def test_reporting_verbs_in_every_news_tense(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


@pytest.mark.parametrize(
    "sentence",
    [
        "A empresa contava com 300 funcionários na fábrica de Campinas até o ano passado.",
        "O governo referiu-se ao acidente como uma tragédia para todo o estado.",
    ],
)
def test_verbs_with_a_common_other_sense_need_que(sentence: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == []


def test_groups_speak_in_the_plural() -> None:
    claim = claims_of(
        "Os moradores tinham denunciado que a água estava contaminada desde maio.", "pt"
    )[0]
    assert source_names(claim) == ["Os moradores"]


def test_interviewed_by_an_outlet_names_the_speaker_then_the_outlet() -> None:
    claim = claims_of(
        "Entrevistado pela Folha, o ministro disse que o déficit chegará a 4 %.", "pt"
    )[0]
    assert source_names(claim) == ["o ministro", "Folha"]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("A empresa fecharia duas fábricas no interior do estado até dezembro.", "fecharia"),
        ("A obra do novo viaduto custaria cerca de 90 milhões de reais.", "custaria"),
        ("Os dois suspeitos esconderiam o dinheiro em contas no exterior.", "esconderiam"),
    ],
)
def test_the_future_of_the_past_of_any_verb_reports_what_the_article_does_not_vouch_for(
    sentence: str, hedge: str
) -> None:
    claim = _claim(sentence, sentence[:20])
    assert hedge in [h.lower() for h in claim.hedges]


@pytest.mark.parametrize(
    "sentence",
    [
        # nouns and imperfects that end like a conditional
        "A secretaria de Saúde abriu na segunda-feira dois novos postos de vacinação.",
        "Em parceria com a universidade, a prefeitura abriu 200 vagas em cursos técnicos.",
        "O prefeito queria inaugurar a obra antes das eleições de outubro.",
        # an obligation
        "O governo deveria enviar o orçamento à Assembleia no mês de agosto.",
        # a relative clause
        "Os moradores cobraram as obras que a prefeitura faria no bairro.",
        # an indirect question
        "A comissão decidirá se o ex-ministro falaria como testemunha em março.",
    ],
)
def test_what_looks_like_a_conditional_but_does_not_hedge(sentence: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert not claim.hedged, claim.hedges


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Teme-se que a seca reduza à metade a colheita de milho.", "teme-se"),
        ("O incêndio pode ter começado na cozinha do restaurante.", "pode ter"),
    ],
)
def test_fears_and_what_may_have_happened_are_hedges(sentence: str, hedge: str) -> None:
    assert hedge in [h.lower() for h in _claim(sentence, sentence[:15]).hedges]


def test_what_may_have_happened_to_those_a_relative_clause_describes_is_not_a_hedge() -> None:
    sentence = "A prefeitura procura os passageiros que podem ter tido contato com o doente."
    assert not _claim(sentence, sentence[:15]).hedged


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a demand, preterite
        (
            "O sindicato exigiu reajuste de 8% para todos os servidores da rede estadual.",
            "O sindicato",
        ),
        # a proposal, by a rapporteur not named before
        (
            "A relatora propôs ampliar o prazo de carência do financiamento para 24 meses.",
            "A relatora",
        ),
        # ruling something out
        (
            "O presidente da Câmara afastou a possibilidade de votar a reforma antes das eleições.",
            "O presidente da Câmara",
        ),
        # casting doubt
        (
            "O governador colocou em dúvida os números de desmatamento divulgados pelo instituto.",
            "O governador",
        ),
        # a court deciding
        (
            "A Justiça Federal condenou o ex-prefeito a oito anos de prisão por desvio de "
            "verbas da merenda.",
            "A Justiça Federal",
        ),
        # prosecutors filing charges
        (
            "O Ministério Público ofereceu denúncia contra os quatro empresários por fraude "
            "em licitação.",
            "O Ministério Público",
        ),
        # the opposition as a body that speaks, imperfect
        (
            "A oposição acusava o governo de atrasar os repasses para os hospitais.",
            "A oposição",
        ),
        # experts agreeing, before "que"
        (
            "Os especialistas concordam que a estiagem deve durar pelo menos até novembro.",
            "Os especialistas",
        ),
        # a relative adverb before the subject
        (
            "O projeto seguiu para o Senado, onde a bancada do PT afirmou que vai obstruir "
            "a votação.",
            "a bancada do PT",
        ),
    ],
)
def test_demands_doubts_and_decisions_name_who_made_them(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A ponte não tem condições de receber veículos pesados, alerta a Defesa Civil.",
            "a Defesa Civil",
        ),
        (
            "A obra está parada há dois anos, critica o presidente da associação de moradores.",
            "o presidente da associação de moradores",
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
        "A crítica da oposição se concentrou nos cortes do orçamento da saúde.",
        "A pergunta ficou sem resposta durante toda a entrevista coletiva.",
        # asking for money or papers is a deed, not a statement
        "A empresária pediu R$ 500 mil ao deputado em troca de apoio na eleição.",
        "A comissão solicitou os documentos ao tribunal na semana passada.",
    ],
)
def test_nouns_and_requests_for_things_are_not_attributions(sentence: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == []


def test_a_request_before_que_is_an_attribution() -> None:
    claim = _claim(
        "O Ministério Público pediu que o inquérito seja enviado ao Supremo.",
        "O Ministério Público",
    )
    assert _names(claim) == ["O Ministério Público"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Na avaliação do economista Paulo Nunes, a inflação deve fechar o ano acima da meta.",
            "economista Paulo Nunes",
        ),
        ("Segundo apurou a Folha, o acordo foi fechado na noite de domingo.", "a Folha"),
    ],
)
def test_according_to_forms_contracted_or_with_a_verb(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:15])
    assert _names(claim) == [expected]


def test_the_kind_of_outlet_before_its_name() -> None:
    claim = _claim(
        "O senador disse à agência Reuters que votará contra o projeto na terça.",
        "O senador",
    )
    assert [s.canonical for s in claim.sources if s.canonical] == ["Reuters"]


def test_a_relative_pronoun_after_a_preposition_is_not_a_source() -> None:
    claim = _claim(
        "Os técnicos entregaram laudos segundo os quais a barragem não corre risco.",
        "Os técnicos",
    )
    assert "os quais" not in [n.lower() for n in _names(claim)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A prefeitura tinha esclarecido que a obra seria entregue em março.",
            "A prefeitura",
        ),
        (
            "Os caminhoneiros ponderam que o frete não cobre o preço do diesel.",
            "Os caminhoneiros",
        ),
        (
            "O sindicato havia reiterado que a greve só termina com o reajuste.",
            "O sindicato",
        ),
    ],
)
def test_more_tenses_and_persons_of_listed_verbs(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert expected in _names(claim)


def test_a_verb_with_another_sense_in_the_imperfect_is_not_listed() -> None:
    """ "respondia a três inquéritos": being under investigation, not an answer."""
    sentence = "O ex-vereador respondia a três inquéritos por corrupção na cidade."
    assert _names(_claim(sentence, sentence[:20])) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A montadora anunciou que vai demitir 500 funcionários na fábrica do ABC.",
            "A montadora",
        ),
        (
            "A Controladoria informou que o contrato tinha sobrepreço de 20%.",
            "A Controladoria",
        ),
    ],
)
def test_companies_by_their_trade_and_oversight_bodies_speak(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Segundo informou a prefeitura, a avenida ficará interditada por duas semanas.",
            "a prefeitura",
        ),
        (
            "A morte do turista foi confirmada pela Polícia Militar na manhã de sábado.",
            "Polícia Militar",
        ),
    ],
)
def test_confirmations_name_who_gave_them(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:15])) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("O Banco Central deixou claro que os juros não vão cair em 2025.", "O Banco Central"),
        (
            "A Petrobras fez questão de ressaltar que o preço do gás não vai subir.",
            "A Petrobras",
        ),
    ],
)
def test_idioms_of_saying(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:15])) == [expected]


def test_a_reporting_verb_after_e_shares_the_subject_of_its_clause():
    claims = _claims(
        "Na saída da reunião, Rodrigo Pacheco conversou com os jornalistas e reiterou que o "
        "Congresso respeita as decisões do Supremo."
    )
    assert source_names(claims[0]) == ["Rodrigo Pacheco"]


def test_the_person_after_ao_is_the_object_and_the_subject_comes_before_the_aside() -> None:
    claim = _claim(
        "À tarde, os diretores da empresa, numa reviravolta que surpreendeu a todos, "
        "disseram ao ministro Lopes que retirariam as 150 demissões.",
        "À tarde",
    )
    assert _names(claim) == ["os diretores da empresa"]


def test_dash_dialogue_names_the_speaker_of_the_insert() -> None:
    claim = _claim(
        "—Não vamos ceder às pressões —disse o ministro da Habitação, Luís Ortega—, e "
        "vamos construir 20 mil casas.",
        "—Não vamos",
    )
    assert any("Luís Ortega" in name for name in _names(claim)), _names(claim)


def test_back_reference_gives_the_source_to_the_sentence_before_it() -> None:
    body = (
        "O programa existe desde 2019. A verba vai dobrar no próximo ano. Foi o que afirmou "
        "o ministro da Educação, Paulo Siqueira, nesta terça-feira.\n"
    )
    assert any("Paulo Siqueira" in n for n in _names(_claim(body, "A verba vai dobrar")))
    assert _names(_claim(body, "O programa existe")) == []


def test_a_spaced_dash_insert_closing_a_dialogue_paragraph_names_its_speaker() -> None:
    body = (
        "— A greve terminou, e os caminhões voltam às estradas amanhã — disse o delegado "
        "Paulo Matos.\n"
    )
    assert _names(_claim(body, "— A greve terminou")) == ["o delegado Paulo Matos"]


def test_the_outlet_spoken_to_between_the_verb_and_its_subject_is_skipped() -> None:
    body = (
        "As universidades perderam 20% do orçamento desde 2015, disse à agência Lusa a "
        "presidente da associação, Inês Cardoso.\n"
    )
    names = _names(_claim(body, "As universidades"))
    assert names[0] == "a presidente da associação, Inês Cardoso" and "Lusa" in names


def test_a_body_named_by_its_kind_speaks() -> None:
    body = "A estatal informou que o preço do diesel vai subir 8% na sexta-feira.\n"
    assert _names(_claim(body, "A estatal")) == ["A estatal"]


def test_the_source_given_in_the_sentence_after_the_facts_is_theirs() -> None:
    body = (
        "O programa existe desde 2019. O governo vai cortar 20% das verbas das "
        "universidades em 2025. A informação é do jornal O Globo.\n"
    )
    assert _names(_claim(body, "O governo vai cortar")) == ["jornal O Globo"]
    assert _names(_claim(body, "O programa existe")) == []


def test_a_trade_the_press_quotes_by_speaks_as_a_person() -> None:
    body = "A infectologista alertou que os casos de dengue podem dobrar até março.\n"
    claim = _claim(body, "A infectologista")
    assert _names(claim) == ["A infectologista"]
    assert claim.sources[0].type == SourceType.PERSON


def test_a_rank_and_a_name_in_apposition_name_the_speaker() -> None:
    sentence = (
        "O coordenador do órgão, capitão Eduardo Silveira, disse que 40 famílias foram "
        "retiradas das casas."
    )
    assert source_names(_claim(sentence, "O coordenador")) == ["capitão Eduardo Silveira"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("O jornal Record refere que o contrato foi assinado em março.", "O jornal Record"),
        ("A Proteção Civil prevê que a chuva continue até domingo.", "A Proteção Civil"),
    ],
)
def test_the_present_of_referir_and_prever_reports_before_que(sentence: str, source: str) -> None:
    assert source_names(_claim(sentence, sentence[:10])) == [source]


def test_an_office_with_its_complement_then_a_name_makes_the_bare_office_that_person() -> None:
    body = (
        "A vereadora da oposição Teresa Lopes votou contra a proposta. Na opinião da "
        "vereadora, o plano ignora a falta de estacionamento no centro."
    )
    assert source_names(_claim(body, "Na opinião")) == ["Teresa Lopes"]


def test_the_outlet_before_apurou_is_the_source() -> None:
    sentence = "Ao que o jornal Record apurou, o clube rejeitou a proposta do Benfica."
    assert source_names(_claim(sentence, "Ao que")) == ["jornal Record"]


def test_the_head_of_the_council_is_the_autarca_named_before() -> None:
    body = (
        "O investimento será financiado por fundos europeus, disse o presidente da "
        "autarquia, Joaquim Ferreira. O autarca explicou que as obras começam em setembro."
    )
    assert source_names(_claim(body, "O autarca")) == ["Joaquim Ferreira"]


def test_a_name_that_goes_on_after_e_and_a_contraction_is_one_source() -> None:
    sentence = "Segundo o Instituto Português do Mar e da Atmosfera, a chuva continua até domingo."
    assert source_names(_claim(sentence, "Segundo")) == [
        "o Instituto Português do Mar e da Atmosfera"
    ]


def test_an_adverb_opening_the_sentence_is_no_source_and_the_outlet_is() -> None:
    claims = claims_of(
        "O barco naufragou ao largo da Figueira da Foz. Alegadamente, a embarcação terá "
        "tentado entrar na barra, disse ao PÚBLICO fonte ligada ao setor.",
        "pt",
    )
    names = source_names(claim_containing(claims, "embarcação"))
    assert "Alegadamente" not in names
    assert "PÚBLICO" in names and any(n.startswith("fonte") for n in names), names


def test_segundo_or_conforme_before_a_bare_verb_is_the_speaker_who_spoke_last() -> None:
    claims = _claims(
        "O secretário da Fazenda, Luís Gil, disse que as contas vão crescer 6 %. A verba da "
        "saúde sobe 11 %, segundo explicou. Conforme detalhou, a dívida cairá dois pontos."
    )
    assert _names(claim_starting(claims, "A verba")) == ["Luís Gil"]
    assert _names(claim_starting(claims, "Conforme")) == ["Luís Gil"]


def test_a_broader_role_noun_stands_for_the_holder_introduced_under_a_narrower_title() -> None:
    claims = _claims(
        "A juíza Marta Lopes, da 3.ª Vara Criminal, condenou o réu a oito anos de prisão. "
        "Segundo a magistrada, as provas de fraude são abundantes."
    )
    assert _names(claim_starting(claims, "Segundo a magistrada")) == ["Marta Lopes"]


def test_a_repeated_statement_before_que_is_reported_and_a_repeated_act_is_not() -> None:
    body = (
        "A prefeita Marta Ibáñez repetiu que as obras terminarão antes de outubro. "
        "A construtora repetiu o recorde do ano passado e asfaltou 40 ruas num mês.\n"
    )
    assert _names(_claim(body, "A prefeita")) == ["A prefeita Marta Ibáñez"]
    assert _names(_claim(body, "A construtora")) == []


def test_a_common_noun_the_article_named_someone_with_stands_for_them_later() -> None:
    # "empresário" is on no list of offices: the article's own words tie it to the man.
    body = (
        "A polícia prendeu nesta terça-feira o empresário Otávio Brandão Leme, suspeito "
        "de fraudar licitações da merenda escolar.\n\n"
        "O empresário negou, em depoimento, ter pago qualquer vantagem a servidores.\n"
    )
    assert _names(_claim(body, "O empresário negou")) == ["Otávio Brandão Leme"]


def test_a_group_named_after_the_verb_closing_the_sentence_is_its_speaker() -> None:
    body = (
        "O prefeito Renato Aguiar visitou na segunda-feira as ruas alagadas do bairro.\n\n"
        "A água chegou ao primeiro andar das casas, contaram os desabrigados. "
        "As bombas levaram seis horas para chegar, lembraram os comerciantes.\n"
    )
    assert _names(_claim(body, "A água chegou")) == ["os desabrigados"]
    assert _names(_claim(body, "As bombas")) == ["os comerciantes"]


def test_a_forecast_has_its_forecaster_for_source() -> None:
    body = "O Banco Central projeta que a inflação fechará o ano em 4 %, acima da meta.\n"
    assert _names(_claim(body, "O Banco Central")) == ["O Banco Central"]


def test_a_description_after_a_quotation_stands_for_the_person_named_before() -> None:
    body = (
        'Maria Souza, 78 anos, mora no bairro há cinquenta anos. "Ninguém veio aqui desde '
        'a enchente de março", conta a idosa.\n'
    )
    assert _names(_claim(body, '"Ninguém veio')) == ["Maria Souza"]


def test_refusing_to_do_something_reports_nothing() -> None:
    # "negar-se a" + infinitive is "to refuse to", not "to deny": no one is quoted
    body = (
        "A enfermeira Joana Prates estava no plantão naquela noite. A jovem se negava a "
        "devolver o celular da paciente ao hospital.\n"
    )
    assert _names(_claim(body, "A jovem se negava")) == []


def test_agency_copy_closes_on_its_unnamed_source_after_adiantou_or_referiu() -> None:
    claims = _claims(
        "O incêndio já consumiu cerca de 800 hectares de mato desde domingo. Nenhum dos "
        "feridos precisou de assistência hospitalar, adiantou fonte da Proteção Civil. A "
        "Polícia Judiciária está a investigar as causas do fogo, referiu fonte policial.\n"
    )
    assert _names(claim_starting(claims, "Nenhum dos")) == ["fonte da Proteção Civil"]
    assert _names(claim_starting(claims, "A Polícia")) == ["fonte policial"]


def test_the_impersonal_estima_se_is_no_one_s_statement() -> None:
    body = (
        "O comandante dos bombeiros, Rui Matos, disse que as chamas começaram às 3h. "
        "Estima-se que os prejuízos ultrapassem os dois milhões de euros.\n"
    )
    assert _names(_claim(body, "Estima-se")) == []


def test_what_may_have_happened_is_hedged() -> None:
    body = "A polícia procura dois homens. Os suspeitos poderão ter fugido pela estrada nacional.\n"
    assert _claim(body, "Os suspeitos").hedged is True


def test_sources_relayed_through_a_participle_and_their_relay_are_both_named():
    body = (
        "Segundo fontes locais citadas pela agência Lusa, o incêndio destruiu 40 casas. "
        "A inflação deve fechar o ano em 4,5%, avaliam analistas ouvidos pelo Valor "
        "Econômico.\n"
    )
    claims = _claims(body)
    assert _names(_claim(body, "Segundo fontes")) == ["fontes locais", "agência Lusa"]
    assert _names(claim_starting(claims, "A inflação")) == ["analistas", "Valor Econômico"]


def test_a_negated_confirmation_in_the_passive_or_answer_names_no_source():
    body = (
        "O incêndio começou junto a uma linha de média tensão, mas a informação ainda não "
        "foi confirmada pelo Corpo de Bombeiros. O Ministério do Ambiente não respondeu "
        "aos contactos do jornal.\n"
    )
    for start in ("O incêndio", "O Ministério"):
        claim = _claim(body, start)
        assert claim.sources == []
        assert not claim.attributed


def test_a_possessive_after_de_acordo_com_points_to_the_speaker_before():
    body = (
        "O empresário Joaquim Mendes afirmou ao tribunal que não conhecia o esquema. De "
        "acordo com o seu depoimento, o dinheiro foi levantado em 2019.\n"
    )
    assert _names(_claim(body, "De acordo")) == ["O empresário Joaquim Mendes"]


def test_a_document_read_with_le_se_is_the_source():
    body = "A pena pode chegar a oito anos de prisão, lê-se no despacho de acusação.\n"
    assert _names(_claim(body, "A pena")) == ["despacho de acusação"]


def test_a_document_s_complement_may_run_past_a_subject_s_length():
    body = (
        "A obra no hospital custará 12 milhões de euros e ficará pronta em 2027. É o que "
        "revela um estudo do Instituto Nacional de Estatística.\n"
    )
    study = ["um estudo do Instituto Nacional de Estatística"]
    assert _names(_claim(body, "É o que")) == study
    assert _names(_claim(body, "A obra")) == study


def test_consta_do_names_the_document_that_records_it():
    body = (
        "Consta do despacho de acusação que o valor foi pago em numerário. Conforme consta "
        "no relatório da PJ, o dinheiro foi depositado em três contas.\n"
    )
    assert _names(_claim(body, "Consta do")) == ["despacho de acusação"]
    assert _names(_claim(body, "Conforme")) == ["relatório da PJ"]


def test_the_announcement_made_by_names_the_source_of_the_sentence_before():
    body = (
        "A fábrica de Ovar fechará em março e 240 trabalhadores serão transferidos. O anúncio "
        "foi feito pela administração da empresa.\n"
    )
    assert _names(_claim(body, "A fábrica")) == ["administração da empresa"]


def test_lusa_verbs_precisou_que_and_limitou_se_a_confirmar_report() -> None:
    body = (
        "A presidente do INGD, Albertina Chaúque, precisou que 3 mil casas foram destruídas. "
        "A Sulista limitou-se a confirmar que negocia a venda da fábrica. O hospital precisou "
        "de mais 200 camas.\n"
    )
    assert _names(_claim(body, "A presidente")) == ["Albertina Chaúque"]
    assert _names(_claim(body, "A Sulista")) == ["A Sulista"]
    assert _names(_claim(body, "O hospital")) == []


def test_que_cita_names_the_outlet_s_own_source() -> None:
    body = "Segundo o diário, que cita três pessoas envolvidas, o acordo foi assinado ontem.\n"
    assert _names(_claim(body, "Segundo")) == ["o diário", "três pessoas envolvidas"]


def test_a_body_described_before_its_name_is_what_a_later_a_empresa_means() -> None:
    body = (
        "A fintech gaúcha Pampapay anunciou nesta terça-feira o fechamento de 120 vagas. "
        "Em nota, a empresa informou que as demissões atingem as áreas de vendas.\n"
    )
    assert _names(_claim(body, "Em nota")) == ["A fintech gaúcha Pampapay"]


def test_someone_called_by_their_age_is_the_person_named_before() -> None:
    body = (
        'O empresário Vasco Leal fundou a transportadora em 2009. "Vamos pagar todos os '
        'salários em atraso", disse o executivo de 52 anos.\n'
    )
    assert _names(_claim(body, '"Vamos pagar')) == ["Vasco Leal"]


def test_a_bare_verb_after_a_document_spoke_goes_on_with_the_document() -> None:
    body = (
        "O julgamento começou na segunda-feira. O procurador Pedro Ruiz pediu 20 anos de "
        "prisão. O relatório da acusação afirma que o ex-prefeito recebeu dois milhões. Mais "
        "adiante, acrescenta que o dinheiro chegou em espécie.\n"
    )
    assert _names(_claim(body, "Mais adiante")) == ["O relatório da acusação"]


def test_a_participle_describing_a_named_subject_is_no_part_of_it() -> None:
    body = (
        "Os aquíferos do sul estão em risco. Um estudo da Universidade de Évora publicado em "
        "março na revista Water Research concluiu que os níveis caíram 30%.\n"
    )
    assert _names(_claim(body, "Um estudo")) == ["Um estudo da Universidade de Évora"]


def test_what_an_unnamed_source_is_close_to_is_part_of_its_name() -> None:
    body = "Segundo uma fonte ligada à investigação, o autocarro seguia a 110 km/h.\n"
    assert _names(_claim(body, "Segundo uma")) == ["uma fonte ligada à investigação"]


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "A imprensa espanhola garante que o médio já assinou pelo clube de Madrid.\n",
            "A imprensa",
            ["A imprensa espanhola"],
        ),
        (
            "A rádio pública do país afirmou que o ministro vai ser ouvido no parlamento.\n",
            "A rádio",
            ["A rádio pública do país"],
        ),
    ],
)
def test_a_described_body_opening_the_sentence_speaks(
    body: str, start: str, expected: list[str]
) -> None:
    assert _names(_claim(body, start)) == expected


def test_an_outlet_told_by_its_initials_before_an_office_speaks() -> None:
    body = (
        "O empresário Rui Matos Pinto, de 61 anos, foi encontrado morto. O alerta foi dado "
        "às 6h por um funcionário, confirmou ao JN o comandante do posto da GNR, sargento "
        "Paulo Vaz Cunha.\n"
    )
    names = _names(_claim(body, "O alerta"))
    assert names and names[0].endswith("Paulo Vaz Cunha")


def test_a_verb_after_se_is_impersonal_not_said() -> None:
    body = (
        "A sondagem foi divulgada ontem. Para o diretor do instituto, o estatístico Rui "
        "Vidal Matos, o crescimento de Tavares se explica pela campanha na televisão.\n"
    )
    assert _names(_claim(body, "Para o diretor")) == ["Rui Vidal Matos"]


def test_atirou_after_a_quotation_is_a_retort_and_before_an_object_a_shot() -> None:
    body = (
        'O clube venceu por 2-0. "Se sair, será pela cláusula", atirou o técnico Rui Sousa. '
        "O agente atirou contra o suspeito.\n"
    )
    assert _names(_claim(body, '"Se sair')) == ["o técnico Rui Sousa"]
    assert _names(_claim(body, "O agente")) == []


def test_a_verb_closing_a_clause_joined_by_mas_goes_on_with_the_speaker() -> None:
    body = (
        "O comandante dos bombeiros, Carlos Teixeira, disse que o fogo foi dominado às 18:00. "
        "Três moradores foram assistidos no local, mas não precisaram de ir ao hospital, "
        "acrescentou.\n"
    )
    assert _names(_claim(body, "Três moradores")) == ["Carlos Teixeira"]


def test_the_body_a_sentence_opens_on_is_what_o_organismo_stands_for() -> None:
    body = (
        "A companhia aérea Lusoazul confirmou o atraso do voo. O Instituto Nacional de "
        "Aviação Civil (INAC) abriu um inquérito ao incidente, confirmou o organismo à Lusa.\n"
    )
    names = _names(_claim(body, "O Instituto"))
    assert names[0] == "Instituto Nacional de Aviação Civil (INAC)"
    assert "Lusoazul" not in " ".join(names)


def test_segundo_o_qual_names_the_person_before_the_comma() -> None:
    body = (
        "Mais cauteloso está o economista Rui Valente, docente na Universidade do Minho, "
        "segundo o qual os juros só descerão no verão.\n"
    )
    assert _names(_claim(body, "Mais cauteloso")) == ["Rui Valente"]


def test_na_sua_opiniao_goes_on_with_the_speaker() -> None:
    body = (
        "O constitucionalista Miguel Andrade Reis considera que a decisão era previsível. "
        "Na sua opinião, o tribunal limitou-se a repetir a jurisprudência de 2013.\n"
    )
    assert _names(_claim(body, "Na sua opinião")) == ["O constitucionalista Miguel Andrade Reis"]


def test_a_former_holder_with_a_hyphenated_ex_is_a_title() -> None:
    body = "O ex-superintendente afirmou que nunca recebeu dinheiro das construtoras.\n"
    assert _names(_claim(body, "O ex-superintendente")) == ["O ex-superintendente"]


def test_rejecting_the_accusations_is_the_defendants_statement() -> None:
    body = "O antigo presidente da câmara rejeitou as acusações.\n"
    assert _names(_claim(body, "O antigo")) == ["O antigo presidente da câmara"]


def test_an_outlet_told_is_no_person_she_can_stand_for() -> None:
    body = (
        '"Encontrámos uma diferença clara", explicou ao Portal Sul a pneumologista Renata '
        "Okamoto. Segundo ela, as crianças mais expostas tiveram 1,8 crises por ano.\n"
    )
    assert _names(_claim(body, "Segundo ela")) == ["a pneumologista Renata Okamoto"]


def test_per_second_is_a_unit_not_according_to() -> None:
    body = (
        "A barragem vai aumentar as descargas para 900 metros cúbicos por segundo a partir "
        "das 14:00.\n"
    )
    claim = _claim(body, "A barragem")
    assert _names(claim) == []
    assert not claim.attributed


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "O Banco Central aplicou multa de 312 milhões de reais ao Banco Vértice, informou "
            "a autoridade monetária nesta quarta-feira.\n",
            "O Banco Central",
            "Banco Central",
        ),
        (
            "O Ministério da Saúde abriu 400 vagas para médicos. A pasta informou que as "
            "inscrições terminam em junho.\n",
            "A pasta",
            "Ministério da Saúde",
        ),
    ],
)
def test_a_public_body_by_its_kind_with_an_adjective_or_its_portfolio(
    body: str, start: str, expected: str
) -> None:
    assert _names(_claim(body, start)) == [expected]


def test_the_unionist_is_the_union_leader_named_with_her_full_office() -> None:
    body = (
        "Em declarações à agência Lusa, a dirigente sindical Marta Cerqueira afirmou que "
        "apenas os serviços mínimos estavam assegurados. De acordo com a sindicalista, o "
        "hospital funciona há meses com falta de 90 enfermeiros.\n"
    )
    assert "Marta Cerqueira" in " ".join(_names(_claim(body, "De acordo")))


def test_a_football_position_stands_for_the_player_named_before() -> None:
    body = (
        "Rui Calado jogou os 90 minutos frente ao Valdoria. “Fomos nós que falhámos dentro "
        "do campo”, diz o médio.\n"
    )
    assert _names(_claim(body, "“Fomos")) == ["Rui Calado"]


def test_an_office_opening_on_the_article_a_is_an_apposition_not_a_complement() -> None:
    body = (
        "Na apresentação dos dados, em Brasília, a ministra da Saúde, Cláudia Reis, afirmou "
        "que o governo vai ampliar a vacinação.\n"
    )
    assert _names(_claim(body, "Na apresentação")) == ["Cláudia Reis"]


def test_an_outlet_named_with_a_linking_word_then_the_speaker_after_the_verb():
    claim = _claim(
        "«Não há equipa que aguente», afirmou ao Diário da Manhã a diretora clínica do "
        "hospital, Clara Meireles.",
        "«Não há",
    )
    assert _names(claim) == ["a diretora clínica do hospital, Clara Meireles", "Diário da Manhã"]


def test_a_name_after_the_word_for_an_outlet_is_no_person_mentioned_earlier():
    claims = _claims(
        "O relatório analisou sete hospitais do Norte entre 2021 e 2023. «As urgências "
        "funcionam como depósito de doentes», escrevem.\n\n"
        "A Ordem dos Médicos pediu uma reunião à tutela, segundo avançou a rádio Antena Norte."
    )
    assert "Antena Norte" not in _names(claim_starting(claims, "«As urgências"))
    assert _names(claim_starting(claims, "A Ordem dos Médicos")) == ["a rádio Antena Norte"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "«Pagam-nos o leite a 38 cêntimos.» Quem o diz é Ana Luísa Correia, produtora "
            "em Barcelos.",
            "Ana Luísa Correia",
        ),
        (
            "«Conferimos urna por urna.» A declaração é do prefeito eleito, Marcos Toledo.",
            "Marcos Toledo",
        ),
        (
            "Os doentes esperaram nove horas em média. A conclusão consta de uma auditoria do "
            "Tribunal de Contas.",
            "uma auditoria do Tribunal de Contas",
        ),
    ],
)
def test_the_speaker_named_in_the_sentence_after_their_words(body: str, speaker: str) -> None:
    assert _names(claim_starting(_claims(body), body[:12])) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("A GNR contabilizou 45 acidentes na autoestrada durante o fim de semana.", "A GNR"),
        ("Os inquilinos denunciam aumentos de 30% nas rendas.", "Os inquilinos"),
    ],
)
def test_a_body_or_group_that_counts_or_denounces_is_its_source(sentence: str, source: str) -> None:
    assert _names(_claim(sentence, sentence[:12])) == [source]


def test_the_speaker_named_in_the_passive_after_the_words():
    body = (
        "«Foram detetados dois casos em aves selvagens.» A informação foi avançada pelo "
        "delegado regional, Luís Pinheiro."
    )
    assert _names(_claim(body, "«Foram")) == ["Luís Pinheiro"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Em comunicado, a DGAV precisa que os focos foram detetados em perus.", "a DGAV"),
        (
            "Os autores do estudo, no entanto, ressalvam que o cálculo não inclui as obras.",
            "Os autores do estudo",
        ),
    ],
)
def test_specifying_and_qualifying_before_que_report(sentence: str, source: str) -> None:
    assert _names(_claim(sentence, sentence[:10])) == [source]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "A ponte será totalmente fechada por seis meses, anunciou nesta terça-feira (3) o "
            "Departamento de Estradas de Rodagem.",
            "o Departamento de Estradas de Rodagem",
        ),
        (
            "A captação no rio será suspensa, anunciou esta sexta-feira a empresa Águas do "
            "Baixo Guadiana.",
            "a empresa Águas do Baixo Guadiana",
        ),
    ],
)
def test_a_weekday_and_its_date_between_the_verb_and_its_subject(
    sentence: str, source: str
) -> None:
    assert _names(_claim(sentence, sentence[:12])) == [source]
