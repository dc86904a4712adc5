"""Russian: attribution in both word orders, hedges, inflected names, detection, splitting.

The sentences are written for these tests in the manner of Russian news-agency reporting:
"X заявил, что ...", "..., — заявил X", "по словам X", "как сообщает X", "X сообщил".
Russian inflects names ("по словам Соколова"): the source is kept as the article writes it.
"""

from __future__ import annotations

import pytest

from bot.checklist.ranking import WEIGHTS, assess, wording
from bot.extraction.language import detect_language
from bot.extraction.lexicon import get_lexicon
from bot.extraction.segmentation import Paragraph, split_sentences
from bot.models import Claim, SourceType
from tests.support import article_claims, claim_containing, claim_starting, claims_of, source_names

# A headline and a first paragraph, so that every sample reads as a Russian article.
LEAD = (
    "В Самарской области достроят газопровод к осени\n\n"
    "Власти региона обсудили на совещании ход строительства газопровода и ремонт дорог, "
    "который должен завершиться до начала отопительного сезона.\n\n"
)


def _claims(body: str) -> list[Claim]:
    return article_claims(LEAD, body, "ru")


def _claim(body: str, start: str) -> Claim:
    return claim_starting(_claims(body), start)


_names = source_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # subject first: "X заявил, что ..."
        (
            "Министр энергетики Павел Соколов заявил, что добыча газа в регионе выросла "
            "на 12% за пять месяцев.",
            "Павел Соколов",
        ),
        # subject first, feminine past: "X сообщила, что ..."
        (
            "Глава департамента Анна Белова сообщила, что подрядчики получили аванс "
            "в размере 3 млн рублей.",
            "Анна Белова",
        ),
        # inverted after a quotation: "«...», — заявил X"
        (
            "«Мы выполнили план поставок в срок и без перебоев», — заявил Павел Соколов "
            "журналистам.",
            "Павел Соколов",
        ),
        # inverted after a comma: "..., сообщил X"
        (
            "Работы на участке трассы возобновятся в понедельник, сообщил Игорь Малинин.",
            "Игорь Малинин",
        ),
        # inverted after a day, then a title and a name: ", заявил в среду X"
        (
            "Переговоры с подрядчиком зашли в тупик, заявил в среду вице-губернатор Денис Лавров.",
            "Денис Лавров",
        ),
        # inverted after "накануне": ", сообщил накануне X"
        ("Цены на бензин в регионе выросли на 4%, сообщил накануне Минэнерго.", "Минэнерго"),
        # "по словам X", with the name in the genitive
        (
            "По словам Малинина, ремонт моста оплатит областной бюджет.",
            "Малинина",
        ),
        # "как сообщает X"
        ("Как сообщает ТАСС, стоимость проекта превысила 40 млрд рублей.", "ТАСС"),
        # "как пояснил X" with a title and a name
        (
            "Как пояснил ранее губернатор области Игорь Малинин, дорогу откроют в августе.",
            "Игорь Малинин",
        ),
        # "по данным X": a body as the source
        (
            "По данным следственного комитета, проверка продлится до 20 июня.",
            "следственного комитета",
        ),
        # "следует из X": the document the facts come from
        ("Инфляция в регионе замедлилась до 7%, следует из данных Росстата.", "данных Росстата"),
        # a capital speaking for its government
        ("Москва заявила, что не получала официального запроса от соседей.", "Москва"),
    ],
)
def test_attribution_forms(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)
    assert not claim.hedged


def test_state_agency_is_typed_as_state_media() -> None:
    claim = _claim(
        "Как передает РИА Новости, колонна техники прошла через город ночью.", "Как передает"
    )
    assert [s.type for s in claim.sources] == [SourceType.STATE_MEDIA]


def test_pronoun_resolves_to_the_person_named_before() -> None:
    body = (
        "Павел Соколов заявил, что станцию запустят в сентябре.\n\n"
        "«Оборудование уже на месте», — добавил он."
    )
    claim = _claim(body, "«Оборудование")
    assert _names(claim) == ["Павел Соколов"]


def test_own_view_follows_the_speaker() -> None:
    body = (
        "Игорь Малинин рассказал, что область получит новые автобусы.\n\n"
        "По его словам, первые машины выйдут на линии уже в мае."
    )
    claim = _claim(body, "По его словам")
    assert _names(claim) == ["Игорь Малинин"]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Подрядчик якобы нарушил сроки поставки оборудования на два месяца.", "якобы"),
        ("Ущерб от аварии на станции, вероятно, составит около 15 млн рублей.", "вероятно"),
        (
            "По некоторым данным, в колонне находились не менее 40 грузовиков.",
            "по некоторым данным",
        ),
        (
            "Предположительно, пожар начался из-за неисправной проводки на складе.",
            "предположительно",
        ),
    ],
)
def test_hedges(sentence: str, hedge: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.hedged
    assert hedge in [h.lower() for h in claim.hedges]


def test_hedge_inside_a_quotation_is_the_speakers() -> None:
    claim = _claim("«Сроки, вероятно, сдвинутся», — сказал Павел Соколов на совещании.", "«Сроки")
    assert not claim.hedged
    assert _names(claim) == ["Павел Соколов"]


def test_negated_modal_is_not_a_hedge() -> None:
    claim = _claim("Без решения суда компания не может продать участок.", "Без решения")
    assert not claim.hedged


def test_plain_fact_is_unsourced_and_firm() -> None:
    claim = _claim("Мост через реку закрыли на ремонт 3 марта 2025 года.", "Мост")
    assert claim.sources == []
    assert not claim.hedged


def test_dates_and_amounts_are_details() -> None:
    claim = _claim(
        "Глава департамента Анна Белова сообщила, что аванс в 3 млн рублей перевели 14 мая.",
        "Глава",
    )
    texts = [d.text for d in claim.details]
    assert any("3 млн рублей" in t for t in texts), texts
    assert any("мая" in t for t in texts), texts


def test_detects_russian_paragraph() -> None:
    paragraph = (
        "Правительство утвердило план ремонта дорог на следующий год. Как сообщили в "
        "министерстве, на эти цели выделят больше средств, чем было запланировано ранее, "
        "а работы начнутся уже весной."
    )
    assert detect_language(paragraph) == "ru"


def test_russian_text_about_ukraine_stays_russian() -> None:
    paragraph = (
        "Киевский суд продлил меру пресечения бывшему чиновнику. По данным прокуратуры, "
        "он обвиняется в растрате средств, которые были выделены на ремонт школ в Житомире."
    )
    assert detect_language(paragraph) == "ru"


def test_splits_sentences_around_abbreviations() -> None:
    text = (
        "Встреча прошла на ул. Садовой в доме проф. Иванова. Бюджет составил 5 млн. "
        "Следующее заседание назначено на июнь."
    )
    sentences = split_sentences(Paragraph(text, 0, 0), get_lexicon("ru"))
    assert [s.text for s in sentences] == [
        "Встреча прошла на ул. Садовой в доме проф. Иванова.",
        "Бюджет составил 5 млн.",
        "Следующее заседание назначено на июнь.",
    ]


# -- dialogue paragraphs and concessions --


def test_dialogue_paragraph_is_speech_of_the_narrator_insert() -> None:
    # Dialogue opens with a dash, without quote marks; the narrator's words sit between
    # dashes, and every sentence of the paragraph is the speaker's.
    body = (
        "— Мы рассчитываем завершить строительство моста до конца года,— пояснил "
        "губернатор Сергей Ковалёв.— Подрядчик уже получил все разрешения.\n"
    )
    first = _claim(body, "— Мы рассчитываем")
    second = _claim(body, "— Подрядчик")
    assert _names(first) == ["губернатор Сергей Ковалёв"]
    assert _names(second) == ["губернатор Сергей Ковалёв"]
    assert second.quoted


def test_concession_is_not_a_statement() -> None:
    body = (
        "Впрочем, что бы ни говорили чиновники, комиссия уже подготовила проект решения о "
        "санкциях против компании.\n"
    )
    assert _names(_claim(body, "Впрочем, что бы")) == []


def test_back_reference_gives_the_source_to_the_sentence_before_it() -> None:
    body = (
        "Город в этом году сократит расходы на ремонт дорог почти на треть. "
        "Об этом на брифинге сообщил вице-мэр Пётр Кравцов.\n"
    )
    assert _names(_claim(body, "Город в этом году")) == ["вице-мэр Пётр Кравцов"]


def test_a_paragraph_opening_on_a_back_reference_names_the_source_of_the_lede() -> None:
    body = (
        "Город в этом году сократит расходы на ремонт дорог почти на треть.\n\n"
        "Об этом на брифинге сообщил вице-мэр Пётр Кравцов. Он добавил, что работы "
        "начнутся в мае.\n"
    )
    assert _names(_claim(body, "Город в этом году")) == ["вице-мэр Пётр Кравцов"]


def test_feminine_pronoun_skips_the_man_named_after_the_woman() -> None:
    # "Алла" and "заявила" say she is a woman; "Виктор" is a man: "она" is Алла.
    body = (
        "Алла Смирнова заявила, что компания выплатит долги до конца года.\n\n"
        "Её заместитель Виктор Орлов сообщил, что банк уже одобрил кредит.\n\n"
        "«Мы рассчитаемся со всеми поставщиками», — пояснила она журналистам."
    )
    claim = _claim(body, "«Мы рассчитаемся")
    assert _names(claim) == ["Алла Смирнова"]


def test_feminine_verb_resolves_a_bare_title_to_the_woman() -> None:
    body = (
        "Ольга Зайцева сообщила, что завод закупит 20 новых станков.\n\n"
        "Директор завода Игорь Панов подтвердил, что закупка пройдёт весной.\n\n"
        "Супруга уверена, что новый цех откроют уже в мае."
    )
    claim = _claim(body, "Супруга уверена")
    assert _names(claim) == ["Ольга Зайцева"]


def test_masculine_pronoun_keeps_the_last_man() -> None:
    body = (
        "Алла Смирнова заявила, что компания выплатит долги до конца года.\n\n"
        "Виктор Орлов сообщил, что банк уже одобрил кредит на 40 млн рублей.\n\n"
        "«Деньги поступят в июне», — добавил он."
    )
    assert _names(_claim(body, "«Деньги")) == ["Виктор Орлов"]


def test_insert_verb_in_dialogue_names_the_speaker() -> None:
    # "начал" reports only in a narrator's insert between dashes.
    body = (
        "— У нас сложились хорошие деловые отношения с партнёрами,— начал Павел Соколов.— "
        "Поставки газа выросли на 12% за год.\n\n"
        "Совещание продолжалось после того, как закончил Павел Соколов свой доклад о ремонте."
    )
    claims = _claims(body)
    first = [c for c in claims if c.quote.startswith("— У нас")][0]
    assert _names(first) == ["Павел Соколов"]
    later = [c for c in claims if "Поставки газа" in c.quote][0]
    assert _names(later) == ["Павел Соколов"]
    narration = [c for c in claims if c.quote.startswith("Совещание")][0]
    assert narration.sources == []


def test_object_between_insert_verb_and_its_subject() -> None:
    body = (
        "Павел Соколов встретился с делегацией Казахстана в Самаре.\n\n"
        "— Мы ждём ваших инженеров на заводе уже в сентябре,— попросил гостей господин Соколов."
    )
    claim = _claim(body, "— Мы ждём")
    assert _names(claim) == ["господин Соколов"]


def test_inflected_surname_is_the_person_named_before() -> None:
    # "Мединского" is the genitive of "Мединский": the same person, kept as written.
    body = (
        "Глава делегации Андрей Мединский заявил, что переговоры продолжатся в пятницу.\n\n"
        "По словам Мединского, стороны обсудят обмен пленными.\n\n"
        "«Мы готовы к долгой работе», — добавил он."
    )
    claim = _claim(body, "По словам Мединского")
    assert _names(claim) == ["Мединского"]
    assert claim.sources[0].type == SourceType.PERSON


def _wording(body: str, start: str) -> dict[str, bool]:
    return wording(_claim(body, start), get_lexicon("ru"))


@pytest.mark.parametrize(
    "sentence",
    [
        "То есть строительство газопровода идёт с опережением графика.",
        "Следовательно, область сэкономит на ремонте дорог не меньше трети бюджета.",
        "Таким образом, к зиме газ получат ещё четыре района области.",
    ],
)
def test_a_conclusion_opener_marks_the_writers_reasoning(sentence: str) -> None:
    assert _wording(sentence, sentence[:12])["conclusion"]


def test_a_conclusion_word_inside_the_sentence_is_not_an_opener() -> None:
    sentence = "Подрядчик заявил, что работы, то есть укладка труб, завершатся в сентябре."
    assert not _wording(sentence, "Подрядчик")["conclusion"]


def test_if_opens_a_hypothesis_not_a_fact() -> None:
    sentence = "Если подрядчик сорвёт сроки, область расторгнет с ним контракт."
    assert _wording(sentence, "Если")["hypothesis"]


def test_the_writers_conclusion_ranks_below_the_same_words_stated_as_a_fact() -> None:
    lexicon = get_lexicon("ru")
    weights = {**WEIGHTS, **lexicon.raw.get("ranking", {}).get("weights", {})}

    def priority(sentence: str) -> float:
        claim = _claim(sentence, sentence[:8])
        return assess(claim, 0.5, wording(claim, lexicon), weights)[0]

    fact = "Строительство газопровода в северных районах области идёт с опережением графика."
    assert priority("То есть " + fact[0].lower() + fact[1:]) < priority(fact)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # imperfective past, feminine: "X подчёркивала, что ..."
        (
            "Министр финансов Ольга Кравцова подчеркивала, что дефицит бюджета "
            "в этом году не превысит 3% ВВП.",
            "Ольга Кравцова",
        ),
        # imperfective past, plural
        (
            "Представители профсоюза добавляли, что переговоры с руководством завода "
            "зашли в тупик.",
            "Представители профсоюза",
        ),
        # neuter past: a ministry or an agency speaks ("министерство опровергло")
        (
            "Министерство транспорта опровергло, что поставки топлива будут прекращены.",
            "Министерство транспорта",
        ),
        # perfective past, feminine, of a verb newly listed
        (
            "Глава комитета Марина Зуева предположила, что тарифы вырастут к осени.",
            "Марина Зуева",
        ),
        # present plural, after the reported clause
        (
            "Сроки сдачи объекта не изменятся, заверяют в администрации Самары.",
            "администрации Самары",
        ),
    ],
)
def test_attribution_in_every_gender_number_and_aspect(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)


def test_impersonal_form_reports_the_document_named_before_it() -> None:
    claim = _claim(
        "В докладе счетной палаты говорится, что расходы на ремонт дорог выросли вдвое.",
        "В докладе",
    )
    assert [s.type for s in claim.sources] == [SourceType.DOCUMENT]


def test_impersonal_form_alone_names_nobody() -> None:
    claim = _claim("Сообщается, что пострадавших при пожаре на складе нет.", "Сообщается")
    assert claim.sources == []


def test_a_word_with_a_common_other_sense_needs_a_that_clause() -> None:
    # "передал" is also "handed over": without "что" it reports nothing.
    claim = _claim("Губернатор Игорь Малинин передал ключи от квартир двадцати семьям.", "Губер")
    assert claim.sources == []


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Как сообщается, губернатор подал прошение об отставке ещё в пятницу.", "как сообщается"),
        ("Чиновник, мол, ничего не знал о проверке на заводе.", "мол"),
        ("В городе ходят слухи, что мэр продал свою долю в компании.", "ходят слухи"),
        ("Пожар на складе был, «вероятно», вызван поджогом.", "вероятно"),
        (
            "По непроверенной информации, склад подожгли двое подростков.",
            "по непроверенной информации",
        ),
        ("Причиной пожара могла стать неисправная проводка в подвале.", "могла стать"),
    ],
)
def test_hearsay_is_a_hedge(sentence: str, hedge: str) -> None:
    claim = _claim(sentence, sentence[:15])
    assert hedge in [h.lower() for h in claim.hedges]


def test_as_reported_on_a_site_names_where_it_comes_from() -> None:
    sentence = "Как сообщается на сайте министерства, выплаты начнутся в марте."
    assert not _claim(sentence, sentence[:15]).hedged


def test_a_fear_is_a_hedge() -> None:
    sentence = "Есть опасения, что дамба не выдержит следующего паводка."
    assert "есть опасения" in [h.lower() for h in _claim(sentence, sentence[:15]).hedges]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Ремонт моста, похоже, затянется до весны.", "похоже"),
        ("Совещание, наверно, перенесут на следующую неделю.", "наверно"),
    ],
)
def test_likelihood_is_a_hedge(sentence: str, hedge: str) -> None:
    assert hedge in [h.lower() for h in _claim(sentence, sentence[:10]).hedges]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # demanding, warning, condemning, disowning
        (
            "Профсоюз потребовал от руководства завода выплатить долги по зарплате до конца "
            "месяца.",
            "Профсоюз",
        ),
        (
            "Министр финансов Олег Петров предостерёг банки от повышения ставок по ипотеке.",
            "Олег Петров",
        ),
        ("Городская дума осудила решение о закрытии двух школ в центре города.", "дума"),
        ("Компания открестилась от заявлений своего бывшего директора.", "Компания"),
        # deciding and instructing: a court, an official
        ("Суд постановил взыскать с перевозчика 2 млн рублей.", "Суд"),
        ("Мэр Ольга Руденко поручила проверить все детские площадки города.", "Ольга Руденко"),
        # doubting, before "что"
        ("Профсоюз сомневается, что завод сможет погасить долги до осени.", "Профсоюз"),
        # an adverb of manner between the subject and its verb
        ("Власти категорически отрицают, что на складе хранились химикаты.", "Власти"),
        # a compound noun of an unnamed source
        ("О переносе выборов сообщают диписточники.", "диписточники"),
        # a group named by a plural noun, after the verb
        ("Пострадавших доставили в больницу, сообщили медики.", "медики"),
    ],
)
def test_speech_acts_of_demanding_condemning_and_deciding(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("По предварительным данным МЧС, при пожаре никто не пострадал.", "МЧС"),
        ("Со слов очевидцев, автобус выехал на встречную полосу.", "очевидцев"),
    ],
)
def test_according_to_with_an_adjective_or_in_someones_words(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where or to whom, between the inverted verb and its subject
        (
            "Ремонт дороги займёт два года, сообщил на брифинге вице-губернатор Павел Серов.",
            "вице-губернатор Павел Серов",
        ),
        (
            "Тарифы вырастут с июля, заявил журналистам министр энергетики Игорь Лебедев.",
            "министр энергетики Игорь Лебедев",
        ),
        # a profession names the speaker after the verb
        (
            "Зарплаты в отрасли отстают от средних по стране, сказал экономист Сергей Носов.",
            "экономист Сергей Носов",
        ),
    ],
)
def test_inverted_subject_after_a_briefing_or_with_a_profession(
    sentence: str, expected: str
) -> None:
    assert _names(_claim(sentence, sentence[:20])) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Вот как это прокомментировал адвокат Денис Крылов: «Мы подадим апелляцию».",
        "Сами жители жаловались, что автобусы ходят реже.",
    ],
)
def test_emphasis_words_are_no_part_of_the_speaker(sentence: str) -> None:
    names = _names(_claim(sentence, sentence[:15]))
    assert names and not any(n.split()[0].lower() in ("вот", "сами") for n in names), names


def test_requires_is_not_a_speech_act() -> None:
    # "требует" without "что"/"чтобы" is "requires": the study is no speaker.
    claim = _claim("Исследование требует больших затрат и нескольких лет работы.", "Исследование")
    assert claim.sources == []


@pytest.mark.parametrize("reference", ["говорит женщина", "говорит пенсионерка"])
def test_a_description_of_a_person_after_a_dash_is_the_person_named_before(
    reference: str,
) -> None:
    claims = _claims(
        "Пенсионерка Анна Лисина рассказала, что живёт на этой улице сорок лет. "
        f"— Вода в колодце пропала ещё в мае, — {reference}."
    )
    names = _names(claim_starting(claims, "— Вода"))
    assert len(names) == 1 and "Анна Лисина" in names[0], names


def test_the_subject_of_a_that_clause_after_napomnim_is_the_speaker() -> None:
    claim = _claim(
        "Напомним, что прежде Игорь Белых говорил, что власти не готовы к диалогу.", "Напомним"
    )
    assert _names(claim) == ["Игорь Белых"]


def test_a_body_named_by_a_neuter_noun_speaks_in_the_neuter_past() -> None:
    claim = _claim("Министерство уведомило жильцов, что отопление включат 1 октября.", "Мин")
    assert _names(claim) == ["Министерство"]


def test_the_accused_after_a_transitive_speech_act_is_no_speaker() -> None:
    claim = _claim("В оппозиции обвиняют губернатора в срыве сроков ремонта.", "В оппозиции")
    assert "губернатора" not in _names(claim)


def test_a_transitive_verb_after_a_quotation_and_a_dash_names_who_follows() -> None:
    claims = claims_of(
        "«Нужно работать быстрее и открыть новую линию к маю», — призвал губернатор Игорь Иванов.",
        "ru",
    )
    assert any("Игорь Иванов" in name for name in source_names(claims[0]))


def test_a_date_between_an_inverted_verb_and_its_subject_keeps_the_closing_name() -> None:
    claim = _claim(
        "«Никаких работ на трассе подрядчик пока не ведет», — заявил 30 августа "
        "заместитель губернатора области Олег Сомов.",
        "«Никаких",
    )
    assert any("Олег Сомов" in name for name in _names(claim)), _names(claim)


def test_a_complement_after_an_inverted_verb_without_a_name_is_no_speaker() -> None:
    claim = _claim(
        "Подрядчик обещал закончить работы к осени, сообщили 30 августа в пресс-службе "
        "администрации.",
        "Подрядчик",
    )
    assert not any("августа" in name for name in _names(claim)), _names(claim)


def test_the_subject_before_kak_soobshchaetsya_is_reported_on_not_a_source() -> None:
    claims = _claims(
        "Глава района, как сообщается, подал в отставку. Подрядчик, как сообщается в "
        "отчете прокуратуры, завысил смету на 12 миллионов рублей."
    )
    assert _names(claim_starting(claims, "Глава района")) == []
    assert _names(claim_starting(claims, "Подрядчик")) == ["в отчете прокуратуры"]


def test_kak_soobshchaetsya_after_a_named_speaker_reports_no_one() -> None:
    claims = _claims(
        "Директор завода Олег Панин заявил, что цех закроют к весне. В конце месяца, как "
        "сообщается, в цехе прошла забастовка."
    )
    assert _names(claim_starting(claims, "Директор")) == ["Директор завода Олег Панин"]
    assert _names(claim_starting(claims, "В конце месяца")) == []


def test_a_title_opening_a_sentence_is_the_same_title_in_lower_case_later() -> None:
    body = (
        "Министр Игорь Белозеров заявил, что бюджет области вырастет на 8%.\n\n"
        "Депутаты областной думы обсудили поправки во вторник.\n\n"
        "«Мы не будем повышать налоги», — подчеркнул министр."
    )
    assert _names(_claim(body, "«Мы не будем")) == ["Игорь Белозеров"]


def test_an_outlet_in_the_dative_before_the_body_that_spoke_relays_it() -> None:
    body = (
        "Цены на дизельное топливо выросли на 6%, сообщили ТАСС в пресс-службе "
        "министерства энергетики.\n"
    )
    assert _names(_claim(body, "Цены на дизельное")) == [
        "в пресс-службе министерства энергетики",
        "ТАСС",
    ]


def test_one_person_with_two_trades_joined_by_i_is_one_source() -> None:
    body = "Эта версия ошибочна, заявил писатель и журналист Виктор Орлов.\n"
    assert _names(_claim(body, "Эта версия")) == ["писатель и журналист Виктор Орлов"]


def test_a_man_named_in_the_genitive_after_po_slovam_is_who_on_means_next() -> None:
    body = (
        "Переговоры с подрядчиком зашли в тупик, заявил вице-губернатор Денис Лавров.\n\n"
        "По словам Алексея Кравцова, завод закроют в мае. Он уточнил, что 300 рабочих "
        "уволят до конца года.\n"
    )
    assert _names(_claim(body, "Он уточнил")) == ["Алексея Кравцова"]


def test_the_outlet_something_became_known_to_is_the_source() -> None:
    sentence = "Как стало известно «Северному курьеру», мэр подал в отставку ещё в пятницу."
    assert source_names(_claim(sentence, sentence[:15])) == ["Северному курьеру"]


def test_a_narrators_insert_closing_an_open_quotation_names_the_speaker() -> None:
    claims = claims_of(
        "Жена осуждённого Алла Бут пришла в суд. «Мы не виделись с ноября и планируем "
        "прийти на заседание вместе, — сказала она.",
        "ru",
    )
    assert source_names(claims[1]) == ["Алла Бут"]


def test_a_quotation_after_a_colon_is_the_words_of_the_person_named_before_it() -> None:
    claims = claims_of(
        "Директор завода Игорь Соколов был краток: «Цех закроют до весны».",
        "ru",
    )
    assert source_names(claims[0]) == ["Директор завода Игорь Соколов"]


def test_a_dash_resuming_the_quotation_after_the_narrators_insert_keeps_its_speaker() -> None:
    claims = claims_of(
        "Уровень воды поднялся на два метра. — Вода продолжает прибывать, — сообщила "
        "пресс-секретарь ведомства Анна Кравец. — Мы просим жителей не возвращаться в дома.",
        "ru",
    )
    names = source_names(claim_containing(claims, "Мы просим"))
    assert len(names) == 1 and names[0].endswith("Анна Кравец"), names


def test_the_outlet_after_an_inverted_pronoun_is_no_part_of_the_speaker() -> None:
    claims = claims_of(
        "Эксперт Олег Кушнир оценил ущерб. — Ремонт займёт год, — сказал он «Интерфаксу».",
        "ru",
    )
    assert "он" not in " ".join(source_names(claims[1])).split()
    assert any("Кушнир" in name for name in source_names(claims[1]))


def test_the_outlet_in_the_dative_after_the_verb_and_the_speaker_after_it_are_both_sources():
    claims = _claims(
        "«Без маркировки покупатель не отличит подделку», — сказала «Медузе» адвокат "
        "Ирина Самсонова. Штрафы для магазинов вырастут втрое, сообщил РИА Новости один из "
        "авторов инициативы Павел Гурьев."
    )
    lawyer = _names(claim_containing(claims, "отличит подделку"))
    assert any(name.endswith("Ирина Самсонова") for name in lawyer), lawyer
    assert "Медузе" in lawyer
    author = _names(claim_containing(claims, "Штрафы для магазинов"))
    assert author == ["Павел Гурьев", "РИА Новости"]


def test_an_office_in_another_case_or_by_another_word_is_its_holder_named_before():
    claims = _claims(
        "Депутат Госдумы Павел Гурьев внёс в парламент законопроект о маркировке молока. "
        "«Покупатель должен знать, что он покупает», — заявил парламентарий в среду. "
        "По словам депутата, штрафы для магазинов вырастут втрое."
    )
    for start in ("«Покупатель", "По словам"):
        names = _names(claim_containing(claims, start))
        assert len(names) == 1 and names[0].endswith("Павел Гурьев"), (start, names)


def test_kak_pisal_names_the_outlet() -> None:
    claims = _claims("Как писал «Коммерсантъ», дефицит областного бюджета достигнет 2 млрд рублей.")
    assert _names(claim_containing(claims, "дефицит")) == ["Коммерсантъ"]


def test_a_verb_opening_the_sentence_without_subject_is_the_last_speakers() -> None:
    claims = _claims(
        "Губернатор Павел Ермаков сообщил, что дороги откроют к пятнице. Добавил, что на "
        "ремонт выделено 40 млн рублей. Добавила, что мост закроют."
    )
    assert _names(claim_containing(claims, "на ремонт")) == ["Губернатор Павел Ермаков"]
    assert _names(claim_containing(claims, "мост")) == []  # not his gender: not him


def test_unofficial_information_and_what_sources_claim_are_hedges() -> None:
    claims = _claims(
        "По неофициальной информации, губернатор подаст в отставку до конца месяца. Как "
        "утверждают источники в правительстве, преемник уже выбран."
    )
    assert claim_containing(claims, "отставку").hedged
    assert claim_containing(claims, "преемник").hedged


def test_an_office_with_a_quoted_company_then_the_name_closing_the_clause() -> None:
    claims = _claims(
        "«Рынок угля стабилизировался», — отметил директор по исследованиям ИК «Финам» Павел Орлов."
    )
    names = _names(claim_containing(claims, "Рынок угля"))
    assert len(names) == 1 and names[0].endswith("Павел Орлов"), names


def test_s_takim_zayavleniem_vystupil_names_who_made_the_statement_before() -> None:
    claims = _claims(
        "Завод по выпуску труб закроют до конца года из-за нехватки заказов. С таким "
        "заявлением выступил губернатор области Андрей Белов. Рабочие узнали об этом из "
        "новостей."
    )
    assert _names(claim_starting(claims, "Завод")) == ["губернатор области Андрей Белов"]
    assert _names(claim_starting(claims, "С таким")) == ["губернатор области Андрей Белов"]
    assert _names(claim_starting(claims, "Рабочие")) == []


def test_an_object_between_the_subject_and_its_verb_is_no_part_of_the_subject() -> None:
    claims = _claims(
        "Министр финансов Антон Силуанов представил бюджет во вторник. Сам Силуанов "
        "какую-либо связь с компанией отрицает. Представитель МИД Ирана Мохсен Карими "
        "позднее опроверг эту информацию."
    )
    assert _names(claim_starting(claims, "Сам Силуанов")) == ["Силуанов"]
    assert _names(claim_starting(claims, "Представитель")) == [
        "Представитель МИД Ирана Мохсен Карими"
    ]


def test_an_office_joining_two_portfolios_with_i_is_one_person() -> None:
    claims = _claims(
        "Министр промышленности и науки Свердловской области Алексей Гаврилюк заявил, что "
        "завод откроют к маю."
    )
    assert _names(claim_starting(claims, "Министр")) == [
        "Министр промышленности и науки Свердловской области Алексей Гаврилюк"
    ]


def test_the_country_of_an_office_is_no_part_of_its_holder_s_name() -> None:
    claims = _claims(
        "Губернатор встретился с президентом России Владимиром Путиным в Кремле. «Мы "
        "поддержим регион», — сказал президент России Владимир Путин. Он добавил, что "
        "регион получит 10 млрд рублей."
    )
    names = _names(claim_containing(claims, "10 млрд"))
    assert len(names) == 1 and names[0].endswith("Владимир Путин")
    assert not names[0].startswith("России")


def test_an_adverb_opening_the_sentence_is_no_source() -> None:
    claims = _claims("Официально о переносе выборов власти не заявляли. Выборы пройдут в мае.")
    assert _names(claim_starting(claims, "Официально")) == []


def test_a_present_tense_verb_opening_the_sentence_goes_on_with_the_last_speaker() -> None:
    claims = _claims(
        "Директор завода Ирина Белова сообщила, что цех закроют в марте. Рассказывает, что "
        "рабочим предложат места на соседнем предприятии."
    )
    assert _names(claim_starting(claims, "Рассказывает")) == ["Директор завода Ирина Белова"]


def test_a_demonstrative_subject_is_the_person_mentioned_last_not_the_last_speaker() -> None:
    claims = _claims(
        "Мать ученика Марина Коваль рассказала, что сына выписали в понедельник. Ей "
        "позвонил директор школы Андрей Морозов. Тот рассказал, что проверка длилась две "
        "недели."
    )
    assert _names(claim_starting(claims, "Тот")) == ["Андрей Морозов"]


def test_a_broader_role_noun_stands_for_the_office_holder_named_with_a_genitive() -> None:
    claims = _claims(
        "Министр финансов Антон Силуанов заявил, что бюджет вырастет на 6 %. «Мы не будем "
        "сокращать расходы», — подчеркнул чиновник."
    )
    assert _names(claim_containing(claims, "сокращать расходы")) == ["Антон Силуанов"]


def test_an_office_with_its_country_teaches_no_surname() -> None:
    claims = _claims(
        "Президент России подчеркнул, что переговоры продолжатся. Санкции не изменят "
        "поведения России, сказал политолог Иван Жаров. «Зачем это надо России?» — считает он."
    )
    assert _names(claim_starting(claims, "«Зачем")) == ["политолог Иван Жаров"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("В Кремле эти обвинения категорически отрицают.", "В Кремле"),
        ("В Минобороны эти данные категорически отрицают.", "В Минобороны"),
        ("А в Кремле их отрицают.", "в Кремле"),
    ],
)
def test_the_body_a_sentence_opens_in_stops_before_the_object(sentence: str, body: str) -> None:
    claims = _claims("Переговоры в Стамбуле зашли в тупик. " + sentence)
    assert _names(claim_containing(claims, "отрицают")) == [body]


def test_such_figures_name_their_publisher_after_the_verb_and_source_the_sentence_before():
    claims = _claims(
        "Цены на хлеб за год выросли на 12 процентов. Такие данные опубликовал Росстат.\n"
    )
    assert _names(claim_starting(claims, "Цены на хлеб")) == ["Росстат"]
    assert _names(claim_starting(claims, "Такие данные")) == ["Росстат"]


def test_a_ministry_by_its_short_name_after_the_verb_is_the_source() -> None:
    claims = _claims("Число детей в больнице выросло до 27, сообщили в региональном минздраве.\n")
    assert _names(claim_starting(claims, "Число детей")) == ["в региональном минздраве"]


def test_the_clause_before_an_impersonal_verb_is_what_is_said_not_who_says_it() -> None:
    claims = _claims("Возбуждено уголовное дело о мошенничестве, говорится на сайте ведомства.\n")
    names = _names(claim_starting(claims, "Возбуждено"))
    assert not any("Возбуждено" in name for name in names), names


def test_a_name_after_a_preposition_is_not_whom_he_stands_for() -> None:
    # "по Ивану Смирнову" is a complement; the subject follows the verb.
    body = (
        "«Мы будем добиваться пересмотра дела», — сказал адвокат Олег Юдин.\n\n"
        "Вечером митинг памяти по Ивану Смирнову возглавил депутат Всеволод Чернов. "
        "На митинге он призвал власти ускорить расследование.\n"
    )
    assert _names(_claim(body, "На митинге он призвал")) == ["Всеволод Чернов"]


def test_an_outlet_named_in_guillemets_is_kept_whole_before_its_verb() -> None:
    body = "Издание «Северная газета» пишет, что заместитель мэра уехал за границу.\n"
    assert _names(_claim(body, "Издание")) == ["Издание «Северная газета»"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Согласно отчету правозащитников, людей чаще всего задерживают на блокпостах.",
            "отчету правозащитников",
        ),
        (
            "По предварительной информации полицейских, водитель не пропустил пешехода.",
            "полицейских",
        ),
    ],
)
def test_according_to_a_report_or_preliminary_information(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence + "\n", sentence[:12])) == [expected]


def test_a_repeated_statement_before_that_is_reported_and_a_repeated_act_is_not() -> None:
    body = (
        "Губернатор Игорь Лапин повторил, что газопровод будет построен к октябрю. "
        "Подрядчик повторил рекорд прошлого года и уложил 40 км труб за месяц.\n"
    )
    assert _names(_claim(body, "Губернатор")) == ["Губернатор Игорь Лапин"]
    assert _names(_claim(body, "Подрядчик")) == []


def test_a_lone_clause_before_the_verb_is_what_the_speaker_after_it_said() -> None:
    body = (
        "Водитель автобуса не справился с управлением на скользкой дороге, рассказал ТАСС "
        "источник в правоохранительных органах.\n"
    )
    claim = _claim(body, "Водитель")
    assert "Водитель" not in _names(claim)
    assert "источник в правоохранительных органах" in _names(claim)


def test_a_court_ruling_or_an_expert_finding_is_the_source_of_what_it_states() -> None:
    body = (
        "Содержание алкоголя в крови водителя составило 2,1 промилле, говорится в заключении "
        "экспертов. Суд назначил водителю пять лет заключения, говорится в определении суда.\n"
    )
    assert _names(_claim(body, "Содержание")) == ["в заключении экспертов"]
    assert _names(_claim(body, "Суд")) == ["в определении суда"]


def test_an_outlet_of_a_named_kind_in_the_dative_then_the_speaker() -> None:
    body = (
        "Пострадали 12 человек, сообщил агентству «Береговье-Информ» источник в экстренных "
        "службах региона.\n"
    )
    names = _names(_claim(body, "Пострадали"))
    assert "источник в экстренных службах региона" in names
    assert "Береговье-Информ" in names


def test_the_agency_right_after_the_verb_is_cut_off_the_speaker_after_it() -> None:
    body = (
        "Как сообщил ТАСС пресс-секретарь управления Роспотребнадзора Алексей Гончар, "
        "вспышка кори в районе локализована.\n"
    )
    names = _names(_claim(body, "Как сообщил"))
    assert names == ["пресс-секретарь управления Роспотребнадзора Алексей Гончар", "ТАСС"]


def test_a_wire_dateline_with_the_agency_between_slashes_is_no_speaker() -> None:
    claims = claims_of(
        "Пожар на складе в Нижнеозерске потушен\n\n"
        "НИЖНЕОЗЕРСК, 3 марта. /Интерфакс/ – Пожар на складе торгового центра ликвидирован, "
        "площадь возгорания составила 2,4 тыс. кв. м, сообщили в региональном управлении "
        "МЧС. Торговый центр будет закрыт до конца недели.\n",
        "ru",
    )
    assert "НИЖНЕОЗЕРСК" not in _names(claim_containing(claims, "Пожар на складе торгового"))


def test_a_demonstrative_object_before_the_verb_is_no_part_of_the_subject() -> None:
    body = "Взрыв прогремел в поселке ночью. Глава поселка этого не подтвердил.\n"
    assert _names(_claim(body, "Глава поселка")) == ["Глава поселка"]


def test_an_office_with_a_preposition_inside_keeps_the_holder_named_after_it() -> None:
    body = (
        "Бюджет примут в декабре. Заместитель председателя комитета Госдумы по бюджету "
        "Ирина Шаповалова рассказала, что дефицит составит 2 трлн рублей.\n"
    )
    assert _names(_claim(body, "Заместитель")) == [
        "Заместитель председателя комитета Госдумы по бюджету Ирина Шаповалова"
    ]


def test_a_known_surname_after_a_fronted_object_is_the_subject_of_both_verbs() -> None:
    body = (
        "Глава района Сергей Ивлев представил план реконструкции моста. Подробности "
        "плана Ивлев не раскрыл, однако отметил, что работы начнутся в мае.\n"
    )
    assert _names(_claim(body, "Подробности плана")) == ["Ивлев"]


def test_an_opinion_verb_after_the_clause_names_the_body_that_holds_it() -> None:
    body = "Цены на бензин выросли за месяц. Рост продолжится и в декабре, считают в Минфине.\n"
    assert _names(_claim(body, "Рост продолжится")) == ["в Минфине"]


def test_what_is_expected_is_a_forecast_once_its_forecaster_is_named() -> None:
    body = (
        "Завод закрыли на ремонт. Ожидается, что завод откроется в мае, сообщили в "
        "администрации района. Ожидается, что ремонт обойдется в 40 млн рублей.\n"
    )
    assert _claim(body, "Ожидается, что завод").hedged is False
    assert _claim(body, "Ожидается, что ремонт").hedged is True


def test_whom_a_report_was_told_is_not_its_source() -> None:
    body = (
        "В школе сменилось расписание. Родителям учеников сообщили об изменениях в "
        "расписании. Учителя заявили, что узнали о них накануне.\n"
    )
    assert _names(_claim(body, "Родителям")) == []
    assert _names(_claim(body, "Учителя заявили")) == ["Учителя"]


def test_a_fronted_citation_without_a_comma_leaves_the_agency_to_the_verb() -> None:
    body = (
        "Со ссылкой на источники в компании агентство «Волга-Информ» сообщило, что "
        "подрядчик покупает три асфальтных завода.\n"
    )
    claim = _claim(body, "Со ссылкой")
    assert _names(claim) == ["источники в компании", "агентство «Волга-Информ»"]


def test_counting_reports_and_his_counts_point_to_the_speaker_before():
    body = (
        "Экономист Андрей Лебедев заявил, что туристов стало больше. По его подсчетам, "
        "ущерб превысил 3 млн рублей.\n"
    )
    assert _names(_claim(body, "По его")) == ["Экономист Андрей Лебедев"]
    body = "Турпоток вырос на 12%, подсчитали в ассоциации туроператоров «Север-Тур».\n"
    assert _claim(body, "Турпоток").sources


def test_an_unanswered_request_names_no_source():
    body = "На запрос редакции в мэрии не ответили.\n"
    claim = _claim(body, "На запрос")
    assert claim.sources == []
    assert not claim.attributed


def test_a_quoted_outlet_in_the_dative_between_the_verb_and_its_speaker_is_a_second_source():
    body = (
        "«Переговоры идут, но решения пока нет», — подтвердил «Северному вестнику» "
        "генеральный директор клуба Максим Юдин.\n"
    )
    assert _names(_claim(body, "«Переговоры")) == [
        "генеральный директор клуба Максим Юдин",
        "Северному вестнику",
    ]


def test_an_outlet_citing_sources_before_its_verb_is_a_source_too() -> None:
    body = (
        "Газета «Ведомости» со ссылкой на два источника в правительстве сообщила, что сделка "
        "по продаже завода сорвалась.\n"
    )
    assert sorted(_names(_claim(body, "Газета"))) == [
        "Газета «Ведомости»",
        "два источника в правительстве",
    ]


def test_a_where_clause_between_commas_describes_the_speakers_before_it() -> None:
    body = (
        "Жители СНТ «Рассвет», где в субботу было совершено нападение, говорят, что полиция "
        "приехала только через час.\n"
    )
    assert _names(_claim(body, "Жители")) == ["Жители СНТ «Рассвет»"]


def test_such_words_name_the_speaker_of_the_quotation_before() -> None:
    body = (
        "«Денис провел в клубе 87 матчей и забил 30 голов». Такими словами прокомментировал "
        "переход капитан «Буревестника» Артем Ляшко.\n"
    )
    for start in ("«Денис", "Такими"):
        names = _names(_claim(body, start))
        assert len(names) == 1 and names[0].endswith("Артем Ляшко")


@pytest.mark.parametrize(
    "sentence",
    [
        "Информацию о задержании подтвердили в пресс-службе полиции.",
        "Эту информацию подтвердили в пресс-службе полиции.",
        "Официальную позицию подтвердили в пресс-службе полиции.",
    ],
)
def test_what_was_reported_opening_the_sentence_leaves_the_body_after_the_verb(
    sentence: str,
) -> None:
    body = f"В Самаре задержали подозреваемого в поджоге склада. {sentence}\n"
    assert _names(_claim(body, sentence[:12])) == ["в пресс-службе полиции"]


@pytest.mark.parametrize(
    "sentence",
    [
        "«Склад сгорел за час», — написал 47-летний предприниматель.",
        "По словам 47-летнего бизнесмена, склад сгорел за час.",
    ],
)
def test_someone_called_by_their_age_is_the_person_named_before(sentence: str) -> None:
    body = f"Предприниматель Олег Сурков владеет складом в Твери. {sentence}\n"
    names = _names(_claim(body, sentence[:10]))
    assert len(names) == 1 and names[0].endswith("Олег Сурков")


def test_a_preliminary_version_of_the_investigation_is_its_source_and_a_hedge() -> None:
    body = (
        "В Ярославле сгорел склад мебельной фабрики. По предварительной версии следствия, "
        "пожар начался из-за неисправной проводки.\n"
    )
    claim = _claim(body, "По предварительной")
    assert _names(claim) == ["следствия"]
    assert claim.hedged


def test_her_own_forecast_is_hers() -> None:
    body = (
        "Экономист Алла Зорина заявила, что ставку сохранят. По ее прогнозу, инфляция "
        "замедлится до 5% к декабрю.\n"
    )
    assert _names(_claim(body, "По ее прогнозу")) == ["Экономист Алла Зорина"]


def test_an_adjective_aside_between_commas_qualifies_the_subject_before_it() -> None:
    body = (
        "Банк «Заречье» готовит допэмиссию. Источник, близкий к руководству банка, "
        "рассказал «Ведомостям», что объем размещения составит 4 млрд рублей.\n"
    )
    assert _names(_claim(body, "Источник")) == ["Источник", "Ведомостям"]


def test_a_long_office_and_name_closing_the_insert_before_the_outlet_told() -> None:
    body = (
        "ЦБ сохранил ключевую ставку. «Ставку повысят в марте», — отметила главный "
        "экономист инвестиционной компании «Северный Капитал» Елена Белова в интервью РБК.\n"
    )
    names = _names(_claim(body, "«Ставку"))
    assert names[-1] == "РБК"
    assert names[0].endswith("Елена Белова")


def test_the_paper_a_finding_is_noted_in_is_its_source() -> None:
    body = (
        "Биологи изучили 300 проб воды из Волги. Как отмечается в статье, содержание "
        "микропластика выросло втрое за пять лет.\n"
    )
    assert _names(_claim(body, "Как отмечается")) == ["в статье"]


def test_tam_points_back_to_the_body_that_spoke_last() -> None:
    body = (
        "В Твери сгорел склад стройматериалов. В пресс-службе МЧС сообщили, что "
        "пострадавших нет. Там добавили, что причины пожара устанавливаются.\n"
    )
    assert _names(_claim(body, "Там добавили")) == ["В пресс-службе МЧС"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Перейра в беседе с бразильским изданием Lance Diário подтвердил, что сделка закрыта.",
        "«Сделка закрыта», — сказал Перейра в беседе с изданием Lance Diário.",
    ],
)
def test_the_outlet_told_beside_the_subject_is_a_second_source(sentence: str) -> None:
    body = f"Бразильский клуб продал защитника за 12 млн евро. {sentence}\n"
    assert _names(_claim(body, sentence[:6])) == ["Перейра", "Lance Diário"]


@pytest.mark.parametrize(
    "attribution",
    [
        "Такие данные приводит Центр мониторинга «Пульс».",
        "Такие данные в понедельник привел Центр мониторинга «Пульс».",
    ],
)
def test_figures_given_by_a_body_named_in_the_next_sentence(attribution: str) -> None:
    body = f"В Ольховске за неделю выявлено 64 случая гриппа. {attribution}\n"
    assert _names(_claim(body, "В Ольховске")) == ["Центр мониторинга «Пульс»"]


def test_led_to_is_no_report() -> None:
    body = "Кризис привел к росту цен на 12%, следует из отчета.\n"
    assert "Кризис" not in _names(_claim(body, "Кризис"))


def test_a_bare_verb_goes_on_with_the_person_named_by_a_surname_in_its_case() -> None:
    body = (
        "«Мы сблизили позиции», — заявил журналистам глава МИД Кестрии Ондрей Вересов. По "
        "словам Вересова, комиссия начнет работу в январе. Подчеркнул, что страна не выйдет "
        "из переговоров.\n"
    )
    assert _names(_claim(body, "Подчеркнул")) == ["Ондрей Вересов"]


def test_his_words_are_those_of_the_man_named_after_the_last_speaker() -> None:
    body = (
        "Губернатор края Игорь Шубин заявил, что выборы пройдут честно. Секретарь партии "
        "Николай Грачёв приехал в город в понедельник. По его прогнозу, губернатор получит "
        "не менее 55% голосов.\n"
    )
    names = _names(_claim(body, "По его прогнозу"))
    assert names and names[0].endswith("Николай Грачёв")


def test_a_verb_after_and_shares_the_subject_of_a_clause_closing_on_a_quotation() -> None:
    body = (
        "Переговоры завершились в пятницу. Спецпредставитель ЕС по водной дипломатии Мартин "
        "Гейер назвал встречу «полезной» и сообщил, что Брюссель готов к диалогу.\n"
    )
    names = _names(_claim(body, "Спецпредставитель"))
    assert names == ["Спецпредставитель ЕС по водной дипломатии Мартин Гейер"]


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "Компания «Восток» получила 2,1 млрд рублей прибыли. Такие данные содержатся в "
            "финансовой отчетности компании.\n",
            "Компания",
            ["финансовой отчетности компании"],
        ),
        ("Суд продлил арест. Сейчас он содержится в следственном изоляторе.\n", "Сейчас", []),
    ],
)
def test_the_document_that_holds_the_figures_not_the_cell_that_holds_a_suspect(
    body: str, start: str, expected: list[str]
) -> None:
    assert _names(_claim(body, start)) == expected


def test_po_slovam_kotorogo_names_the_person_before_the_comma() -> None:
    body = "Об этом рассказал экономист Сергей Лаптев, по словам которого цены вырастут на 12%.\n"
    assert _names(_claim(body, "Об этом")) == ["экономист Сергей Лаптев"]


def test_po_ego_ubezhdeniyu_names_the_speaker() -> None:
    body = (
        "Профессор Илья Гордеев выступил на заседании комиссии. По его убеждению, реформа "
        "не даст результата раньше 2030 года.\n"
    )
    assert _names(_claim(body, "По его убеждению")) == ["Илья Гордеев"]


def test_a_place_after_a_closing_plural_verb_leaves_the_opening_word_alone() -> None:
    body = "Прошлым летом результаты 140 участников были аннулированы, уточнили в центре.\n"
    assert "Прошлым" not in " ".join(_names(_claim(body, "Прошлым")))


def test_she_is_the_woman_the_verb_showed_though_her_title_is_masculine() -> None:
    body = (
        "Посольство Дании в Москве назвало обвинения беспочвенными. «Мы ждём разъяснений», "
        "— заявила пресс-атташе посольства Ингрид Ольсен. Она добавила, что Копенгаген "
        "оставляет за собой право на ответные меры.\n"
    )
    assert _names(_claim(body, "Она добавила")) == ["пресс-атташе посольства Ингрид Ольсен"]


def test_po_ego_dannym_goes_on_with_one_unnamed_source() -> None:
    body = (
        "Источник в экстренных службах сообщил ТАСС, что на борту было 160 человек. По его "
        "данным, самолет садился с превышением массы.\n"
    )
    assert _names(_claim(body, "По его данным")) == ["Источник в экстренных службах"]


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "В центре занятости сообщили, что для уволенных готовят 400 мест.\n",
            "В центре занятости",
            "центре занятости",
        ),
        (
            "В городской больнице опасаются, что коек не хватит уже к пятнице.\n",
            "В городской больнице",
            "городской больнице",
        ),
        (
            "Окончательные итоги подведут в четверг, сообщили в горизбиркоме.\n",
            "Окончательные итоги",
            "горизбиркоме",
        ),
    ],
)
def test_a_body_in_the_locative_speaks_through_a_verb_with_no_subject(
    body: str, start: str, expected: str
) -> None:
    assert expected in " ".join(_names(_claim(body, start)))


def test_a_place_in_the_city_centre_is_no_body() -> None:
    body = "В центре Самары в субботу прошла акция в поддержку врачей.\n"
    assert _names(_claim(body, "В центре Самары")) == []


def test_a_doctor_named_with_his_speciality_after_a_quote() -> None:
    body = "«Восстановление займет шесть недель», — сказал клубный врач Олег Сомов.\n"
    assert "Олег Сомов" in " ".join(_names(_claim(body, "«Восстановление")))


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "В областном управлении дорог эту версию опровергли.\n",
            "В областном управлении",
            "В областном управлении дорог",
        ),
        (
            "Компания «Северсталь-Транс» эту информацию опровергла.\n",
            "Компания",
            "Компания «Северсталь-Транс»",
        ),
    ],
)
def test_an_object_between_the_subject_and_the_verb_is_no_part_of_the_source(
    body: str, start: str, expected: str
) -> None:
    assert _names(_claim(body, start)) == [expected]


def test_k_takomu_vyvodu_prishli_names_the_source_of_the_finding_before() -> None:
    body = (
        "Дети, которые живут у трасс, болеют астмой вдвое чаще. К такому выводу пришли "
        "ученые Томского университета.\n"
    )
    assert _names(_claim(body, "Дети")) == ["ученые Томского университета"]


def test_according_to_the_case_files_between_commas_names_the_files() -> None:
    body = "Всего, согласно материалам дела, таких встреч было не менее одиннадцати.\n"
    assert _names(_claim(body, "Всего")) == ["материалам дела"]


def test_disagreeing_is_a_stance_the_body_states() -> None:
    body = "В мэрии Самары с решением суда не согласились.\n"
    assert _names(_claim(body, "В мэрии")) == ["В мэрии Самары"]


def test_the_document_named_in_the_sentence_after_the_figures_it_holds():
    body = (
        "Средняя ставка аренды достигла 41 300 рублей. Такие данные приводятся в обзоре "
        "компании «Индекс-Дом»."
    )
    assert _names(_claim(body, "Средняя")) == ["обзоре компании «Индекс-Дом»"]


def test_a_chamber_in_the_locative_forecasts():
    sentence = "В торгово-промышленной палате прогнозируют рост цен на 12%."
    assert _names(_claim(sentence, "В торгово")) == ["В торгово-промышленной палате"]


def test_a_plural_object_between_a_body_in_the_locative_and_its_verb_is_no_part_of_it():
    assert _names(_claim("В клубе любые обвинения отвергают.", "В клубе")) == ["В клубе"]


@pytest.mark.parametrize(
    ("quote", "outlet"),
    [
        ("«Все средства подтверждены декларациями», — сказала она ТАСС.", "ТАСС"),
        (
            "«Все средства подтверждены декларациями», — сказала она «Экспресс-Новостям».",
            "Экспресс-Новостям",
        ),
    ],
)
def test_the_pronoun_after_the_verb_speaks_to_the_outlet_after_it(quote: str, outlet: str):
    body = "Директор фонда Анна Мирская рассказала о проверке. " + quote
    assert _names(_claim(body, "«Все средства")) == ["Директор фонда Анна Мирская", outlet]


def test_this_was_confirmed_at_a_place_names_the_source_of_the_claim_before():
    body = "Киберполиция уже возбудила уголовное дело. Это подтвердили в пресс-службе ведомства."
    assert _names(_claim(body, "Киберполиция")) == ["в пресс-службе ведомства"]
    assert _names(_claim(body, "Это подтвердили")) == ["в пресс-службе ведомства"]


def test_a_company_named_in_guillemets_alone_before_its_verb_speaks():
    claim = _claim("«Газпром» сообщил, что поставки возобновятся в понедельник.", "«Газ")
    assert _names(claim) == ["«Газпром»"]


def test_a_body_after_a_contrast_speaks_for_its_own_clause():
    claim = _claim(
        "Забастовка затронула 90 % школ, в то время как министерство образования сообщило, "
        "что бастуют лишь 43 % учителей.",
        "Забастовка",
    )
    assert _names(claim) == ["министерство образования"]


@pytest.mark.parametrize("outlet", ["ТАСС", "«Деловому курьеру»"])
def test_an_outlet_before_the_verb_is_told_when_an_office_and_a_name_follow_it(outlet: str):
    body = (
        "Забастовка продолжается третий день. Об этом " + outlet + " сообщил председатель "
        "профсоюза Дмитрий Ягодин."
    )
    assert _names(_claim(body, "Забастовка")) == [
        "председатель профсоюза Дмитрий Ягодин",
        outlet.strip("«»"),
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Пресс-служба банка в ответ на запрос «Финмаркера» сообщила, что утечки не было.",
            ["Пресс-служба банка", "Финмаркера"],
        ),
        (
            "В ответ на запрос РБК пресс-служба банка сообщила, что утечки не было.",
            ["пресс-служба банка", "РБК"],
        ),
    ],
)
def test_a_body_answering_an_outlets_request_speaks_to_it(sentence: str, names: list[str]):
    assert _names(_claim(sentence, sentence[:12])) == names


def test_her_words_are_those_of_the_woman_the_sentence_names_before_them():
    body = (
        "Пациенты, с которыми удалось поговорить корреспонденту, рассказывают, что часть из "
        "них уже обратилась в платные клиники. Пенсионерка из Ольховки Валентина Ершова, по "
        "её словам, ждёт операции с февраля."
    )
    assert _names(_claim(body, "Пенсионерка")) == ["Пенсионерка из Ольховки Валентина Ершова"]
