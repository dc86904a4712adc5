"""Interviews: the answers are the words of the person interviewed, named once before the
first question; an explainer that asks and answers its own questions is nobody's words.
The articles are written for these tests in the manner of regional papers."""

from bot.extraction.interview import interview_answers, is_question
from bot.extraction.lexicon import get_lexicon
from bot.extraction.segmentation import split_paragraphs
from tests.support import claim_containing, claims_of, source_names

FRENCH_INTERVIEW = (
    "Marie Leroy dirige depuis 2019 l'hôpital de Vierzon, qui a perdu 40 lits en cinq ans. "
    "Elle a répondu à nos questions.\n\n"
    "— Combien de postes sont vacants aujourd'hui ?\n\n"
    "— Nous avons 35 postes d'infirmières vacants sur 210. Certains services tournent avec "
    "des intérimaires payés le double.\n\n"
    "— L'Agence régionale de santé vous a-t-elle aidée ?\n\n"
    "— Elle nous a accordé 2 millions d'euros l'an dernier. C'est loin de couvrir notre "
    "déficit, qui atteint 6 millions."
)

ENGLISH_INTERVIEW = (
    "Tom Baker has coached the Riverside under-12s for 15 years. We asked him about the "
    "club's future.\n\n"
    "Q: How many players have you lost this season?\n\n"
    "A: We lost 14 players to the new academy in the spring. I have never seen that "
    "before.\n\n"
    "Q: Will the council help?\n\n"
    "A: They promised us 20,000 pounds for the pitches, but we have not seen a penny."
)

FRENCH_EXPLAINER = (
    "Le chlorothalonil est interdit en Suisse depuis 2020.\n\n"
    "Qu'est-ce que le chlorothalonil ?\n\n"
    "C'est un fongicide utilisé depuis les années 1970 sur les céréales et les légumes.\n\n"
    "Pourquoi a-t-il été interdit ?\n\n"
    "Ses résidus ont été retrouvés dans l'eau potable de plus d'un million d'habitants."
)


def test_a_short_paragraph_ending_on_a_question_mark_is_a_question():
    assert is_question("— Combien de postes sont vacants aujourd'hui ?")
    assert not is_question("Nous avons 35 postes vacants sur 210.")


def test_the_answers_of_an_interview_are_the_paragraphs_after_its_questions():
    paragraphs = split_paragraphs(FRENCH_INTERVIEW)
    interview = interview_answers(paragraphs, get_lexicon("fr"))
    assert interview.first_question == 1
    assert interview.answers == {2, 4}


def test_french_answers_are_the_words_of_the_person_named_before_the_first_question():
    claims = claims_of(FRENCH_INTERVIEW, "fr")
    for words in ("35 postes", "intérimaires", "2 millions", "6 millions"):
        claim = claim_containing(claims, words)
        assert source_names(claim) == ["Marie Leroy"]
        assert claim.attributed


def test_english_answers_are_the_words_of_the_person_interviewed():
    claims = claims_of(ENGLISH_INTERVIEW, "en")
    assert source_names(claim_containing(claims, "14 players")) == ["Tom Baker"]
    assert source_names(claim_containing(claims, "20,000 pounds")) == ["Tom Baker"]


def test_an_explainer_answering_its_own_questions_is_nobodys_words():
    claims = claims_of(FRENCH_EXPLAINER, "fr")
    assert source_names(claim_containing(claims, "fongicide")) == []
    assert source_names(claim_containing(claims, "eau potable")) == []


def test_a_spanish_interview_answering_with_first_person_verbs_alone_is_read_as_one():
    claims = claims_of(
        "Ricardo Montaña dirige el acueducto de Bogotá desde 2022. Hablamos con él sobre la "
        "sequía.\n\n"
        "¿En qué estado están hoy los embalses?\n\n"
        "El sistema Chingaza está al 31 por ciento de su capacidad. Necesitaríamos dos meses "
        "de lluvias para recuperarlo.\n\n"
        "¿Habrá racionamiento en diciembre?\n\n"
        "Esperamos que no. Tenemos un plan para reducir el consumo un 10 por ciento.",
        "es",
    )
    for words in ("31 por ciento", "10 por ciento"):
        assert source_names(claim_containing(claims, words)) == ["Ricardo Montaña"]


def test_answers_printed_in_quotes_are_spoken_even_without_a_first_person():
    claims = claims_of(
        "Giulia Ferri è direttrice del porto di Ancona dal 2021. L'abbiamo incontrata nel "
        "suo ufficio.\n\n"
        "Direttrice, il traffico merci è calato del 9%. Perché?\n\n"
        "«Il calo è reale, ma riguarda solo i container. Le rinfuse crescono del 3%.»\n\n"
        "Si parla di un aumento dei diritti portuali del 15%. È così?\n\n"
        "«No. L'aumento sarà del 5%, e solo per le navi da crociera.»\n\n"
        "E i lavori sulla diga foranea?\n\n"
        "«I lavori partiranno a marzo e costeranno 120 milioni di euro.»",
        "it",
    )
    for words in ("solo i container", "del 5%", "120 milioni"):
        assert source_names(claim_containing(claims, words)) == ["Giulia Ferri"]


def test_an_italian_interview_answering_with_first_person_verbs_alone_is_read_as_one():
    claims = claims_of(
        "Marco Bellini guida la cooperativa dei pescatori di Chioggia. Gli abbiamo chiesto "
        "della crisi delle vongole.\n\n"
        "Quanto avete perso quest'anno?\n\n"
        "Stiamo pescando un terzo delle vongole del 2022. Ho dovuto fermare sei barche.\n\n"
        "Cosa chiedete alla Regione?\n\n"
        "Vogliamo un fondo di 4 milioni per i ristori. Speriamo arrivi entro l'estate.",
        "it",
    )
    for words in ("un terzo delle vongole", "4 milioni"):
        assert source_names(claim_containing(claims, words)) == ["Marco Bellini"]


def test_the_interviewee_is_the_person_introduced_last_though_someone_else_spoke_before():
    text = (
        "The festival's organiser, Jordan Pryce, said the ruling would cost 150 jobs. "
        '"We will appeal," Pryce said.\n\n'
        "The residents were represented by solicitor Eleanor Whitlow. We asked her about "
        "the case.\n\n"
        "Q: What did the residents actually want?\n\n"
        "A: They never asked for the festival to be banned. We asked for music to stop at "
        "11pm, which is what the court ordered.\n\n"
        "Q: Will the festival go ahead this summer?\n\n"
        "A: I expect so. The judge set conditions; she did not stop it."
    )
    claims = claims_of(text, "en")
    assert source_names(claim_containing(claims, "never asked")) == ["Eleanor Whitlow"]
    assert source_names(claim_containing(claims, "I expect so")) == ["Eleanor Whitlow"]


def test_answers_after_a_one_letter_label_are_spoken_though_they_say_no_i():
    text = (
        "La abogada de los vecinos, Inés Calatayud, explica el alcance del fallo.\n\n"
        "P. ¿Qué significa la sentencia para el festival?\n\n"
        "R. La sentencia anula la licencia de 2023. El festival deberá bajar el volumen a "
        "55 decibelios desde la medianoche.\n\n"
        "P. ¿Cómo demostraron el ruido?\n\n"
        "R. Con mediciones de un laboratorio acreditado en seis viviendas."
    )
    claims = claims_of(text, "es")
    assert source_names(claim_containing(claims, "anula la licencia")) == ["Inés Calatayud"]
    assert source_names(claim_containing(claims, "laboratorio acreditado")) == ["Inés Calatayud"]


def test_answers_after_a_dialogue_dash_are_spoken_though_they_say_no_i():
    text = (
        "Адвокатка мешканців Олена Карпенко розповіла про рішення суду.\n\n"
        "— Фестиваль тепер заборонено?\n\n"
        "— Суд не забороняв проводити фестиваль. Він зобов'язав організаторів знизити "
        "гучність до 55 децибелів після опівночі.\n\n"
        "— Скільки людей скаржилися на шум?\n\n"
        "— Колективну скаргу підписали понад 300 мешканців."
    )
    claims = claims_of(text, "uk")
    assert source_names(claim_containing(claims, "понад 300")) == [
        "Адвокатка мешканців Олена Карпенко"
    ]


def test_the_name_printed_on_an_answer_is_the_interviewee_of_the_answers_after_it():
    text = (
        "We spoke to Dr Nadia Fenwick, who chairs the Rural Practitioners' Network.\n\n"
        "According to the regional health board, 46 of the 210 family doctor posts in Upper "
        "Dale are vacant, said its director, Mark Hollins.\n\n"
        "Dalesman Post: How bad is the situation?\n\n"
        "Nadia Fenwick: It's the worst I've seen in 25 years of practice. Patients wait 19 "
        "days for a routine appointment.\n\n"
        "Why don't young doctors want to work in the countryside?\n\n"
        "Partly it's the workload. A rural GP covers an area of 300 square kilometres."
    )
    claims = claims_of(text, "en")
    assert source_names(claim_containing(claims, "19 days")) == ["Dr Nadia Fenwick"]
    assert source_names(claim_containing(claims, "300 square")) == ["Dr Nadia Fenwick"]


def test_the_interviewee_is_whom_the_reporter_spoke_with_in_the_same_sentence():
    text = (
        "Корреспондент «Вестника» Денис Орлов поговорил с министром здравоохранения области "
        "Риммой Гайнуллиной.\n\n"
        "— Насколько острая ситуация с врачами в районах?\n\n"
        "— На 1 января у нас было 412 вакансий. Половина из них в сельских больницах.\n\n"
        "— Почему не помогает программа «Сельский доктор»?\n\n"
        "— Помогает, но медленно. По нашим расчетам, к 2027 году дефицит сократится вдвое."
    )
    claims = claims_of(text, "ru")
    assert source_names(claim_containing(claims, "412 вакансий")) == ["Риммой Гайнуллиной"]


def test_an_interviews_questions_are_no_claims_but_a_statement_before_one_is():
    text = (
        "Адвокатка мешканців Олена Карпенко розповіла про рішення суду.\n\n"
        "— Фестиваль тепер заборонено?\n\n"
        "— Суд не забороняв проводити фестиваль. Він зобов'язав організаторів знизити "
        "гучність.\n\n"
        "— Організатори кажуть, що втратять 2 мільйони гривень. Скільки людей скаржилися "
        "на шум?\n\n"
        "— Колективну скаргу підписали понад 300 мешканців."
    )
    quotes = [claim.quote for claim in claims_of(text, "uk")]
    assert not any(quote.endswith("?") for quote in quotes)
    assert any("2 мільйони" in quote for quote in quotes)


RADIO_INTERVIEW = (
    "La santé publique attribue 63 décès à la vague de chaleur. Nous avons joint la Dre "
    "Isabelle Gagnon, médecin-conseil, qui a piloté l'analyse.\n\n"
    "Dre Gagnon, comment arrivez-vous à ce chiffre de 63 décès?\n\n"
    "Cette année, on a enregistré 63 décès de plus que la moyenne des cinq dernières "
    "années.\n\n"
    "Qui sont les victimes?\n\n"
    "Ce sont surtout des personnes âgées et isolées, à 70 % de plus de 65 ans.\n\n"
    "Que demandez-vous aux autorités?\n\n"
    "Il faut ouvrir plus de lieux climatisés, et plus longtemps.\n\n"
    "De son côté, le ministre de la Santé a qualifié le bilan de « tragique » jeudi."
)


def test_questions_put_to_someone_make_an_interview_though_its_answers_say_no_i():
    interview = interview_answers(split_paragraphs(RADIO_INTERVIEW), get_lexicon("fr"))
    # the reporting that resumes after the last answer is no answer
    assert interview.answers == {2, 4, 6}
    claims = claims_of(RADIO_INTERVIEW, "fr")
    assert source_names(claim_containing(claims, "63 décès de plus")) == ["Dre Isabelle Gagnon"]
    assert source_names(claim_containing(claims, "personnes âgées")) == ["Dre Isabelle Gagnon"]


def test_an_explainer_asks_no_one_and_stays_nobodys_words():
    interview = interview_answers(split_paragraphs(FRENCH_EXPLAINER), get_lexicon("fr"))
    assert interview.answers == set()
