"""How firmly a claim is asserted: the article's own hedges, not the speaker's words."""

import pytest

from tests.support import claim_containing, claims_of


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Le dirigeant aurait offert 100 000 soldats au Kremlin.", "aurait"),
        ("Les deux hommes auraient signé un accord secret en juin.", "auraient"),
        (
            "Selon des informations de presse, le contrat porte sur 2 milliards.",
            "selon des informations",
        ),
        ("On craint que le pays ne procède à un nouvel essai prochainement.", "On craint que"),
        ("La sécheresse pourrait réduire la récolte de moitié cette année.", "pourrait"),
        ("Un départ du directeur de l'usine n'est pas exclu d'ici l'été.", "n'est pas exclu"),
        ("Tout porte à croire que l'incendie a été allumé volontairement.", "Tout porte à croire"),
        ("Il s'agirait du troisième incident de ce type sur le site depuis janvier.", "s'agirait"),
        ("Le suspect se trouverait actuellement en Espagne, près de Valence.", "se trouverait"),
        (
            "Le feu a selon toute vraisemblance pris dans la cuisine du restaurant.",
            "selon toute vraisemblance",
        ),
    ],
)
def test_french_hedges(sentence: str, hedge: str):
    claim = claims_of(sentence, "fr")[0]
    assert claim.hedged
    assert hedge.lower() in [h.lower() for h in claim.hedges]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("The general was reportedly dismissed after the failed offensive.", "reportedly"),
        ("The company allegedly paid bribes to three officials.", "allegedly"),
        ("The leader is said to be in poor health since the spring.", "is said to"),
        ("The striker is also said to have turned down a new contract.", "is also said to"),
        ("The investor bought the club for a reported £18m in 2021.", "a reported £"),
        ("The virus may have spread through contaminated water.", "may have"),
        ("Sources say the minister will resign before the summit.", "Sources say"),
        (
            "Some 300 people died in the strike, a figure that could not be independently "
            "verified.",
            "be independently verified",
        ),
        (
            "It is understood that the club has rejected a second bid for the striker.",
            "It is understood that",
        ),
        ("The convoy appeared to be heading back towards the border.", "appeared to"),
        ("The gunman, believed to be in his forties, fled on foot.", "believed to be"),
        ("The fire was presumably started by a faulty heater.", "presumably"),
        ("There were reports that some councils ignored heat warnings.", "there were reports"),
    ],
)
def test_english_hedges(sentence: str, hedge: str):
    claim = claims_of(sentence, "en")[0]
    assert claim.hedged
    assert hedge.lower() in [h.lower() for h in claim.hedges]


def test_a_plain_statement_is_not_hedged():
    assert not claims_of("The port handled 180 million tonnes of cargo in 2023.", "en")[0].hedged
    assert not claims_of("Le pays compte environ 2,5 millions d'habitants.", "fr")[0].hedged


def test_hedging_words_inside_a_quotation_are_the_speakers_not_the_articles():
    text = "Le maire a écrit que « de nouvelles pistes cyclables seraient utiles à tous »."
    assert not claims_of(text, "fr")[0].hedged


def test_a_conditional_in_a_relative_clause_describes_a_case_not_a_doubt():
    text = "La loi protège les agents qui seraient témoins d'actes illégaux."
    assert not claims_of(text, "fr")[0].hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "Adults who slept under six hours a night were 30% more likely to develop dementia.",
        "Women were twice as likely as men to report the side effects, the survey found.",
    ],
)
def test_a_comparison_of_chances_is_a_finding_not_a_hedge(sentence: str):
    assert not claims_of(sentence, "en")[0].hedged


def test_could_not_is_not_a_hedge():
    assert not claims_of("The police could not confirm the number of victims.", "en")[0].hedged


def test_a_conditional_after_a_past_plan_tells_the_future_in_the_past():
    text = (
        "Il était prévu que le sommet se tiendrait à Genève au printemps. Les chefs "
        "d'État y auraient signé un traité sur la pêche.\n\n"
        "La rencontre a finalement été annulée en raison de la grève des contrôleurs.\n\n"
        "Le président aurait caché des fonds publics dans une banque suisse."
    )
    claims = claims_of(text, "fr")
    assert not claim_containing(claims, "auraient signé").hedged
    # two paragraphs on, the conditional keeps its distance from the claim again
    assert claim_containing(claims, "aurait caché").hedged


def test_a_plan_in_a_language_without_plan_cues_changes_nothing():
    text = "The summit was planned for May. Leaders are said to be divided on the agenda."
    assert claims_of(text, "en")[1].hedged


def test_a_forecast_with_devrait_is_not_a_hedge():
    text = "La croissance devrait atteindre 1,1 % l'an prochain, porté par la consommation."
    assert not claims_of(text, "fr")[0].hedged


def test_a_conditional_with_a_si_hypothesis_supposes_it_does_not_report():
    before = "Le bilan aurait été plus lourd si les secours étaient arrivés une heure plus tard."
    after = "Si la digue avait cédé, trois villages auraient été inondés dans la nuit."
    assert not claims_of(before, "fr")[0].hedged
    assert not claims_of(after, "fr")[0].hedged
    # without the hypothesis, the same conditional keeps its distance from the claim
    assert claims_of("Le bilan aurait été plus lourd que prévu.", "fr")[0].hedged


@pytest.mark.parametrize(
    ("lang", "hypothesis", "hearsay"),
    [
        (
            "fr",
            "Si la réforme était adoptée en l'état, 40 000 infirmiers bénéficieraient d'une "
            "retraite anticipée dès 2027.",
            "Environ 40 000 infirmiers bénéficieraient d'une retraite anticipée dès 2027.",
        ),
        (
            "es",
            "Si la Junta adjudicara las obras en marzo, los trabajos comenzarían en otoño "
            "según el calendario previsto.",
            "Los trabajos del nuevo puente comenzarían en otoño, tras meses de retraso.",
        ),
        (
            "es",
            "Si la jueza hubiera apreciado riesgo de fuga, habría decretado prisión "
            "provisional para los dos detenidos.",
            "La jueza habría decretado prisión provisional para los dos detenidos.",
        ),
        (
            "it",
            "Se la Regione non approvasse il bilancio entro dicembre, scatterebbe "
            "l'esercizio provvisorio per tre mesi.",
            "Il sindaco incasserebbe da anni una quota degli appalti per la manutenzione.",
        ),
        (
            "pt",
            "Se a tendência se mantiver até julho, o estado poderia superar o recorde de "
            "casos registrado em 2024.",
            "O estado poderia ter escondido parte dos casos registrados em 2024.",
        ),
    ],
)
def test_a_conditional_with_an_if_clause_in_the_subjunctive_supposes(
    lang: str, hypothesis: str, hearsay: str
):
    assert not claims_of(hypothesis, lang)[0].hedged
    assert claims_of(hearsay, lang)[0].hedged


def test_a_concession_with_meme_si_supposes_nothing():
    text = (
        "Même si la direction dément, le groupe aurait déjà signé la vente de trois usines "
        "en Lorraine."
    )
    assert claims_of(text, "fr")[0].hedged


def test_the_subjunctive_of_a_purpose_is_not_a_hedge():
    text = "La mairie a ouvert un gymnase pour que les sinistrés puissent dormir au sec."
    assert not claims_of(text, "fr")[0].hedged


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Talks between the two unions seem stalled after a week of haggling.", "seem"),
        ("The old bridge seems unsafe to the engineers who inspected it on Monday.", "seems"),
        (
            "The collapse raised fears that other bridges of the same design are unsafe.",
            "fears that",
        ),
        ("Farmers worry that the drought will cut the wheat harvest by half.", "worry that"),
        ("Dozens of miners are feared trapped after the tunnel flooded on Tuesday.", "are feared"),
    ],
)
def test_appearances_and_fears_are_hedges(sentence: str, hedge: str):
    claim = claims_of(sentence, "en")[0]
    assert claim.hedged
    assert hedge in [h.lower() for h in claim.hedges]


def test_a_hedging_word_the_article_takes_up_in_quotes_is_the_articles():
    text = 'The fire was "probably" started on purpose, according to the fire brigade report.'
    claim = claims_of(text, "en")[0]
    assert claim.hedged and claim.hedges == ["probably"]


def test_a_short_quotation_that_is_a_speakers_opening_words_stays_the_speakers():
    text = "“Probably not,” the mayor said when asked whether the pool would reopen in June."
    assert not claims_of(text, "en")[0].hedged


def test_what_an_announcement_said_would_happen_is_the_future_in_the_past_not_hearsay():
    claim = claims_of("Le ministre a annoncé que le nouveau pont serait achevé en 2026.", "fr")[0]
    assert not claim.hedged, claim.hedges
    hearsay = claims_of("Selon les secours, le bilan serait de 14 morts.", "fr")[0]
    assert hearsay.hedged


def test_it_is_thought_is_a_hedge():
    claims = claims_of(
        "The club rejected a first offer on Monday. It is thought that a second bid will be "
        "rejected as well.",
        "en",
    )
    assert claim_containing(claims, "second bid").hedged


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Selon la préfecture, le bilan avoisinerait désormais 40 morts.", "avoisinerait"),
        ("Le principal suspect figurerait parmi les personnes interpellées mardi.", "figurerait"),
        ("Plusieurs élus s'apprêteraient à quitter le groupe avant l'été.", "apprêteraient"),
        ("L'usine emploierait encore près de 300 intérimaires à Roubaix.", "emploierait"),
        ("Le joueur souffrirait d'une déchirure à la cuisse gauche.", "souffrirait"),
        ("La société détiendrait des comptes dans trois paradis fiscaux.", "détiendrait"),
    ],
)
def test_the_conditional_of_any_french_verb_is_hearsay(sentence: str, hedge: str):
    claim = claims_of(sentence, "fr")[0]
    assert claim.hedged
    assert hedge in claim.hedges


@pytest.mark.parametrize(
    "sentence",
    [
        "Le maire a annoncé qu'il transmettrait le dossier au préfet et demanderait un audit.",
        "La ministre avait annoncé par avance qu'elle saisirait le Conseil constitutionnel.",
        "Il expliquait alors que l'entreprise fermerait son site de Lens en 2027.",
        "La direction voudrait réduire les coûts de transport de 15 % d'ici 2027.",
        "Il faudrait plus de 200 millions d'euros pour rénover les écoles de la ville.",
        "En 2019, il retirait déjà sa candidature à la mairie de Lille.",
    ],
)
def test_a_french_conditional_of_an_announcement_or_a_wish_and_an_imperfect_are_no_hedges(
    sentence: str,
):
    claim = claims_of(sentence, "fr")[0]
    assert not claim.hedged, claim.hedges


def test_is_expected_to_with_a_named_forecaster_is_a_forecast_not_a_hedge():
    forecast = claims_of(
        "The central bank is expected to cut its main rate to 3.25 percent in March, "
        "according to a survey of 40 economists published on Monday.",
        "en",
    )[0]
    assert not forecast.hedged
    own_voice = claims_of(
        "The new bridge is expected to open to traffic in the autumn of next year.", "en"
    )[0]
    assert own_voice.hedged


def test_pourrait_with_a_named_forecaster_is_a_forecast_not_a_hedge():
    forecast = claims_of(
        "La rénovation de la piscine pourrait coûter jusqu'à 25 millions d'euros, selon "
        "les prévisions du cabinet chargé de l'étude.",
        "fr",
    )[0]
    assert not forecast.hedged, forecast.hedges
    may_have = claims_of(
        "Selon le syndicat, les pesticides pourraient avoir contaminé trois captages.", "fr"
    )[0]
    assert may_have.hedged


@pytest.mark.parametrize(
    ("lang", "sentence", "hedge"),
    [
        ("fr", "Il se murmure que le préfet quitterait son poste avant l'été.", "se murmure"),
        (
            "fr",
            "Dans les couloirs du conseil, on prête à la vice-présidente l'intention de "
            "briguer la tête de liste.",
            "on prête à",
        ),
        (
            "pt",
            "Nos corredores do clube, comenta-se que o treinador já teria assinado com um rival.",
            "comenta-se",
        ),
        ("pt", "Fala-se ainda de uma proposta de 20 milhões de euros pelo avançado.", "fala-se"),
        ("uk", "Подейкують, що мер готує заяву про відставку.", "подейкують"),
        ("uk", "Кажуть, що завод уже знайшов нового покупця.", "кажуть, що"),
        ("ru", "Считается, что завод уже нашел нового покупателя.", "считается, что"),
    ],
)
def test_what_is_said_with_no_one_saying_it_is_a_rumour(lang: str, sentence: str, hedge: str):
    claim = claims_of(sentence, lang)[0]
    assert claim.hedged
    assert hedge in [h.lower() for h in claim.hedges]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Мешканці кажуть, що вода у струмку досі брудна."),
        ("ru", "Жители говорят, что вода в ручье до сих пор грязная."),
    ],
)
def test_hearsay_verbs_with_their_subject_name_who_says_it(lang: str, sentence: str):
    assert not claims_of(sentence, lang)[0].hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kaufpreis soll bei rund 60 Millionen Euro liegen.",
        "Der Konzern soll nach Informationen aus Branchenkreisen bereits einen Verkauf erwägen.",
        "Die Sanierung soll inzwischen sogar 35 Millionen Euro kosten.",
    ],
)
def test_german_soll_with_a_present_state_is_hearsay(sentence: str):
    assert claims_of(sentence, "de")[0].hedged


def test_german_soll_announcing_an_event_is_a_plan():
    assert not claims_of("Die neue Halle soll im Herbst 2027 eröffnet werden.", "de")[0].hedged


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Тело рыбака могло унести течением на несколько километров."),
        ("ru", "Подрядчик также мог завышать стоимость работ в сметах."),
        ("uk", "Тіло рибалки могло віднести течією на кілька кілометрів."),
    ],
)
def test_a_past_could_have_is_the_article_s_own_doubt(lang: str, sentence: str):
    assert claims_of(sentence, lang)[0].hedged


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Эти средства могли бы потратить на ремонт двенадцати школ в области."),
        ("ru", "Аварии могло не произойти, если бы диспетчер закрыл движение вовремя."),
        ("ru", "Жители не могли выехать из поселка три дня."),
        ("uk", "Ці кошти могли б витратити на ремонт дванадцяти шкіл в області."),
    ],
)
def test_a_counterfactual_or_negated_could_is_no_hedge(lang: str, sentence: str):
    assert not claims_of(sentence, lang)[0].hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "A knife was recovered from a bin near the station, it is understood.",
        "Ellery has joined the club, with the 24-year-old understood to have agreed terms.",
    ],
)
def test_english_it_is_understood_closing_or_as_a_participle_is_hearsay(sentence: str):
    assert claims_of(sentence, "en")[0].hedged


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Si es declarado culpable, el exalcalde enfrentaría hasta 12 años de cárcel.", "es"),
        ("En caso de aprobarse, sería la mayor reforma fiscal en dos décadas.", "es"),
        ("De confirmarse, sería el tercer brote de gripe aviar este año.", "es"),
        ("Caso seja aprovado, o projeto custaria 3 bilhões de reais.", "pt"),
        ("Se condannato, l'ex sindaco rischierebbe fino a 12 anni di carcere.", "it"),
        ("In caso di via libera, sarebbe la più grande riforma del decennio.", "it"),
        ("S'il est reconnu coupable, l'ancien maire encourrait dix ans de prison.", "fr"),
        ("En cas de victoire, ce serait le premier titre du club depuis 1998.", "fr"),
    ],
)
def test_a_conditional_after_a_condition_stated_first_is_a_hypothesis_not_a_hedge(
    sentence: str, language: str
) -> None:
    assert not claims_of(sentence, language)[0].hedged


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Según la fiscalía, el exalcalde habría cobrado 2 millones en sobornos.", "es"),
        ("L'ex sindaco avrebbe incassato 2 milioni di tangenti, secondo la procura.", "it"),
    ],
)
def test_a_conditional_of_hearsay_without_a_condition_still_hedges(
    sentence: str, language: str
) -> None:
    assert claims_of(sentence, language)[0].hedged


def test_german_soll_with_an_amount_in_the_present_is_hearsay() -> None:
    claim = claims_of("Der Kaufpreis soll sich auf bis zu 400 Millionen Euro belaufen.", "de")[0]
    assert claim.hedged


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("A janela da cozinha terá sido forçada durante a madrugada de domingo.", True),
        ("Segundo o jornal, a inspeção estará a preparar uma auditoria às contas.", True),
        ("O clube terá de pagar 20 milhões de euros ao antigo treinador.", False),
        ("O novo estádio terá 42 mil lugares e abrirá em 2027.", False),
    ],
)
def test_the_epistemic_future_of_portugal_is_a_hedge(sentence: str, hedged: bool) -> None:
    assert claims_of(sentence, "pt")[0].hedged is hedged


def test_likely_voters_are_a_poll_sample_not_a_doubt() -> None:
    claim = claims_of(
        "The poll of 640 likely voters gave the mayor 46% against 41% for her rival.", "en"
    )[0]
    assert not claim.hedged


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The union said 35 beds had closed, a figure the hospital has not confirmed."),
        ("en", "The club denied the talks, despite reports that a £40m bid had been tabled."),
        ("es", "Según el sindicato, cerraron 35 camas, una cifra que nadie ha confirmado."),
        ("es", "Se habla incluso de una reunión secreta con el director deportivo."),
        ("pt", "Segundo o sindicato, fecharam 35 camas, um número que o hospital nunca confirmou."),
        ("fr", "Selon le syndicat, 35 lits ont fermé, un chiffre que l'hôpital n'a pas confirmé."),
        ("fr", "Depuis des semaines, des rumeurs évoquent le départ du directeur."),
        ("it", "Secondo il sindacato, hanno chiuso 35 letti, un dato che nessuno ha confermato."),
        ("de", "Laut Gewerkschaft fehlen 35 Betten, eine Zahl, die die Klinik nicht bestätigt."),
        ("de", "Im Netz kursierten am Abend Gerüchte über einen Rücktritt des Trainers."),
        ("ru", "По словам профсоюза, закрыто 35 коек, однако в больнице эту цифру не подтвердили."),
        ("ru", "В кулуарах думы обсуждают возможную отставку вице-губернатора."),
        ("uk", "За словами профспілки, закрито 35 ліжок, однак у лікарні цю цифру не підтвердили."),
    ],
)
def test_a_figure_tagged_as_unconfirmed_or_a_rumour_is_hedged(lang: str, sentence: str) -> None:
    assert claims_of(sentence, lang)[0].hedged


def test_a_sentence_saying_alone_that_nobody_confirmed_states_a_fact() -> None:
    assert not claims_of("В полиции эти данные не подтвердили.", "ru")[0].hedged


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "If convicted, the former treasurer would face up to 15 years in prison."),
        ("es", "De ser declarado culpable, el exalcalde enfrentaría una pena de 12 años."),
        ("pt", "Caso o tribunal dê razão ao partido, a votação poderá ter de ser repetida."),
        ("fr", "Si le tribunal annulait le scrutin, les électeurs seraient rappelés aux urnes."),
        ("it", "Se il ricorso venisse accolto, il Comune dovrebbe rifare lo spoglio."),
        ("ru", "Если суд признает его виновным, ему может грозить до десяти лет колонии."),
    ],
)
def test_the_conditional_of_a_hypothesis_the_sentence_opens_on_is_no_hedge(
    lang: str, sentence: str
) -> None:
    assert not claims_of(sentence, lang)[0].hedged


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Вважається, що шум від траси щороку погіршує сон тисяч мешканців."),
        ("uk", "Як вважається, шум від траси щороку погіршує сон тисяч мешканців."),
        ("es", "Se presume que la proclamación de resultados podría retrasarse una semana."),
        ("fr", "On estime que 40 % des lits de l'hôpital sont fermés faute de personnel."),
        ("en", "It is learnt that the regulator first flagged the lapses in 2022."),
    ],
)
def test_it_is_believed_and_it_is_presumed_are_hedges(lang: str, sentence: str) -> None:
    assert claims_of(sentence, lang)[0].hedged


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Кажуть, у сусідній громаді лікарю навіть пропонували будинок.", "uk"),
        ("Говорят, в соседнем районе врачу даже предлагали дом.", "ru"),
    ],
)
def test_they_say_opening_a_sentence_with_a_comma_alone_is_hearsay(
    sentence: str, language: str
) -> None:
    (claim,) = claims_of(sentence, language)
    assert claim.hedged
