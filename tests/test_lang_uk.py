"""Ukrainian: attribution in both word orders, hedges, inflected names, detection, splitting.

The sentences are written for these tests in the manner of Ukrainian news reporting:
"X заявив, що ...", "..., — заявила X", "за словами X", "як повідомляє X", "X повідомив".
Ukrainian inflects names ("за словами Петровського"): the source is kept as written.
"""

from __future__ import annotations

import pytest

from bot.extraction.language import detect_language
from bot.extraction.lexicon import get_lexicon
from bot.extraction.segmentation import Paragraph, split_sentences
from bot.models import Claim, SourceType
from tests.support import article_claims, claim_containing, claim_starting, claims_of, source_names

# A headline and a first paragraph, so that every sample reads as a Ukrainian article.
LEAD = (
    "На Чернігівщині відновлять міст через Десну до зими\n\n"
    "Обласна влада обговорила на нараді хід відбудови мостів і ремонт доріг, який має "
    "завершитися до початку опалювального сезону.\n\n"
)


def _claims(body: str) -> list[Claim]:
    return article_claims(LEAD, body, "uk")


def _claim(body: str, start: str) -> Claim:
    return claim_starting(_claims(body), start)


_names = source_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # subject first, feminine past: "X заявила, що ..."
        (
            "Міністр інфраструктури Олена Ковальчук заявила, що відновлення мосту "
            "завершать до кінця жовтня.",
            "Олена Ковальчук",
        ),
        # subject first, masculine past: "X повідомив, що ..."
        (
            "Голова ОДА Андрій Мельник повідомив, що об'їзна дорога запрацює 15 вересня.",
            "Андрій Мельник",
        ),
        # inverted after a quotation: "«...», — заявила X"
        (
            "«Ми отримали всі матеріали і працюємо у дві зміни», — заявила Олена Ковальчук "
            "під час брифінгу.",
            "Олена Ковальчук",
        ),
        # inverted after a comma: "..., заявив X"
        (
            "Рух транспортом мостом відновлять у грудні, заявив Андрій Мельник.",
            "Андрій Мельник",
        ),
        # "за словами X", with the name in the genitive
        (
            "За словами Петровського, вартість робіт становить 320 млн гривень.",
            "Петровського",
        ),
        # "як повідомляє X"
        (
            "Як повідомляє Укрінформ, підрядник уже отримав перший транш у 50 млн гривень.",
            "Укрінформ",
        ),
        # "як зазначив X"
        (
            "Як зазначив Василь Гнатюк, ремонт школи оплатить громада.",
            "Василь Гнатюк",
        ),
        # a capital speaking for its government
        ("Київ заявив, що надасть місту додаткові 10 млн гривень.", "Київ"),
    ],
)
def test_attribution_forms(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)
    assert not claim.hedged


def test_national_agency_is_typed_as_state_media() -> None:
    claim = _claim("Як повідомляє Укрінформ, колона техніки пройшла містом уночі.", "Як повідомляє")
    assert [s.type for s in claim.sources] == [SourceType.STATE_MEDIA]


def test_pronoun_resolves_to_the_person_named_before() -> None:
    body = (
        "Олена Ковальчук заявила, що міст відкриють у листопаді.\n\n"
        "«Усе обладнання вже на місці», — додала вона."
    )
    claim = _claim(body, "«Усе")
    assert _names(claim) == ["Олена Ковальчук"]


def test_own_view_follows_the_speaker() -> None:
    body = (
        "Андрій Мельник розповів, що область отримає нові автобуси.\n\n"
        "За його словами, перші машини вийдуть на маршрути вже у травні."
    )
    claim = _claim(body, "За його словами")
    assert _names(claim) == ["Андрій Мельник"]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Постачальник нібито затримав поставку металоконструкцій на три тижні.", "нібито"),
        ("Збитки від повені, ймовірно, сягнуть 2 млрд гривень.", "ймовірно"),
        ("Відходи начебто скидали в річку вночі, щоб ніхто не бачив.", "начебто"),
        (
            "За неофіційними даними, у колоні було щонайменше 40 вантажівок.",
            "за неофіційними даними",
        ),
        ("Вибух міг статися через витік газу у підвалі будинку.", "міг статися"),
    ],
)
def test_hedges(sentence: str, hedge: str) -> None:
    claim = _claim(sentence, sentence[:20])
    assert claim.hedged
    assert hedge in [h.lower() for h in claim.hedges]


def test_hedge_inside_a_quotation_is_the_speakers() -> None:
    claim = _claim("«Терміни, ймовірно, зсунуться», — сказав Андрій Мельник на нараді.", "«Терміни")
    assert not claim.hedged
    assert _names(claim) == ["Андрій Мельник"]


def test_plain_fact_is_unsourced_and_firm() -> None:
    claim = _claim("Міст через річку закрили на ремонт 3 березня 2025 року.", "Міст")
    assert claim.sources == []
    assert not claim.hedged


def test_dates_and_amounts_are_details() -> None:
    claim = _claim("Андрій Мельник повідомив, що 50 млн гривень перерахували 25 травня.", "Андрій")
    texts = [d.text for d in claim.details]
    assert any("50 млн гривень" in t for t in texts), texts
    assert any("травня" in t for t in texts), texts


def test_detects_ukrainian_paragraph() -> None:
    paragraph = (
        "Уряд затвердив план ремонту доріг на наступний рік. Як повідомили в міністерстві, "
        "на ці цілі виділять більше коштів, ніж було заплановано раніше, а роботи почнуться "
        "вже навесні."
    )
    assert detect_language(paragraph) == "uk"


def test_ukrainian_text_about_russia_stays_ukrainian() -> None:
    paragraph = (
        "Московський суд заочно засудив українського журналіста. За даними прокуратури, "
        "його звинувачують у поширенні інформації, яку в Кремлі вважають неправдивою."
    )
    assert detect_language(paragraph) == "uk"


def test_splits_sentences_around_abbreviations() -> None:
    text = (
        "Зустріч відбулася на вул. Хрещатик у кабінеті проф. Коваля. Бюджет становив "
        "5 млн грн. Наступне засідання призначили на червень."
    )
    sentences = split_sentences(Paragraph(text, 0, 0), get_lexicon("uk"))
    assert [s.text for s in sentences] == [
        "Зустріч відбулася на вул. Хрещатик у кабінеті проф. Коваля.",
        "Бюджет становив 5 млн грн.",
        "Наступне засідання призначили на червень.",
    ]


# -- speech set with spaced hyphens, asides, quoted names, back-references, concessions --


def test_narrator_insert_with_spaced_hyphens_names_the_speaker() -> None:
    # Many sites type the dash as " - ": the narrator's words are not part of the quotation.
    body = (
        '"Ми викликали аварійну бригаду і перекрили воду на всій вулиці, - розповідає '
        "Олег Савчук, начальник районної служби. - Ремонт триватиме до п'ятниці\".\n"
    )
    first = _claim(body, '"Ми викликали')
    second = _claim(body, "- Ремонт")
    assert "Олег Савчук" in _names(first)[0]
    assert "Олег Савчук" in _names(second)[0]


def test_inverted_subject_after_a_participle_aside() -> None:
    body = (
        "«Ми не бачимо підстав переглядати угоду цього року», заявив, відповідаючи на "
        "запитання журналістів, міністр економіки Тарас Гнатюк.\n"
    )
    claim = _claim(body, "«Ми не бачимо")
    assert _names(claim) == ["міністр економіки Тарас Гнатюк"]


def test_quoted_company_name_inside_the_subject() -> None:
    body = 'Проте представник "Облводоканалу" звинувачення у забрудненні річки відкидає.\n'
    claim = _claim(body, "Проте представник")
    assert _names(claim) and _names(claim)[0].startswith('представник "Облводоканалу"')


def test_back_reference_gives_the_source_to_the_sentence_before_it() -> None:
    body = (
        "Місто цього року скоротить витрати на ремонт доріг майже на третину. "
        "Про це вчора на брифінгу повідомив заступник міського голови Петро Кравець.\n"
    )
    claim = _claim(body, "Місто цього року")
    assert _names(claim) == ["заступник міського голови Петро Кравець"]


def test_concession_is_not_a_statement() -> None:
    body = (
        "Втім, що б не говорили посадовці, комісія вже підготувала проєкт рішення про "
        "санкції проти компанії.\n"
    )
    assert _names(_claim(body, "Втім, що б")) == []


def test_feminine_pronoun_skips_the_man_named_after_the_woman() -> None:
    # "Леся" and "заявила" say she is a woman; "Віталій" is a man: "вона" is Леся.
    body = (
        "Леся Коваленко заявила, що бюджет на ремонт шкіл зріс на 15%.\n\n"
        "Віталій Гнатюк повідомив, що торги оголосять у березні.\n\n"
        "«Ми перевіримо кожну гривню», — наголосила вона."
    )
    claim = _claim(body, "«Ми перевіримо")
    assert _names(claim) == ["Леся Коваленко"]


def test_masculine_pronoun_keeps_the_last_man() -> None:
    body = (
        "Леся Коваленко заявила, що бюджет на ремонт шкіл зріс на 15%.\n\n"
        "Віталій Гнатюк повідомив, що торги оголосять у березні.\n\n"
        "«Підрядника оберуть до квітня», — додав він."
    )
    assert _names(_claim(body, "«Підрядника")) == ["Віталій Гнатюк"]


def test_inflected_surname_is_the_person_named_before() -> None:
    # "Зеленського" is the genitive of "Зеленський": the same person, kept as written.
    body = (
        "Президент Володимир Зеленський заявив, що уряд виділить кошти на відбудову мостів.\n\n"
        "За словами Зеленського, перші роботи почнуться вже навесні.\n\n"
        "«Ми не чекатимемо на осінь», — додав він."
    )
    claim = _claim(body, "За словами Зеленського")
    assert _names(claim) == ["Зеленського"]
    assert claim.sources[0].type == SourceType.PERSON


def test_insert_verb_in_dialogue_names_the_speaker() -> None:
    # "почав" reports only in a narrator's insert between dashes.
    body = (
        "— Ми готові до опалювального сезону в усіх районах,— почав Віталій Гнатюк.— "
        "Запаси вугілля зросли на 20% за рік.\n\n"
        "Нарада тривала ще годину після того, як закінчив Віталій Гнатюк свою доповідь."
    )
    claims = _claims(body)
    first = [c for c in claims if c.quote.startswith("— Ми готові")][0]
    assert _names(first) == ["Віталій Гнатюк"]
    narration = [c for c in claims if c.quote.startswith("Нарада")][0]
    assert narration.sources == []


def test_a_lone_noun_next_to_the_verb_is_its_subject() -> None:
    # No articles in Ukrainian: residents named by a bare plural noun are the source.
    first = _claim(
        "У тому, що сталося з річкою, мешканці звинувачують місцевий цукровий завод.",
        "У тому, що сталося",
    )
    assert _names(first) == ["мешканці"]
    second = _claim(
        "Після ремонту труб, кажуть мешканці, запах на якийсь час зник.", "Після ремонту"
    )
    assert _names(second) == ["мешканці"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # imperfective past, feminine: "X наголошувала, що ..."
        (
            "Міністерка фінансів Оксана Литвин наголошувала, що дефіцит бюджету цього "
            "року не перевищить 4% ВВП.",
            "Оксана Литвин",
        ),
        # imperfective past, plural
        (
            "Представники профспілки підкреслювали, що переговори з керівництвом заводу "
            "зайшли в глухий кут.",
            "Представники профспілки",
        ),
        # neuter past: a ministry speaks ("міністерство спростувало")
        (
            "Міністерство енергетики спростувало, що постачання газу буде припинено.",
            "Міністерство енергетики",
        ),
        # a verb newly listed, feminine past
        (
            "Речниця облради Ірина Бондар зауважила, що тендер оголосять у березні.",
            "Ірина Бондар",
        ),
        # reflexive past in "-сь", plural
        (
            "Мешканці Прилук скаржились, що воду в будинках не постачають третій тиждень.",
            "Мешканці Прилук",
        ),
    ],
)
def test_attribution_in_every_gender_number_and_aspect(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)


def test_impersonal_form_reports_the_document_named_before_it() -> None:
    claim = _claim(
        "У звіті рахункової палати йдеться, що витрати на ремонт доріг зросли вдвічі.",
        "У звіті",
    )
    assert [s.type for s in claim.sources] == [SourceType.DOCUMENT]


def test_impersonal_form_alone_names_nobody() -> None:
    claim = _claim("Йдеться про 12 млн гривень, виділених на ремонт мосту.", "Йдеться")
    assert claim.sources == []


def test_a_word_with_a_common_other_sense_needs_a_that_clause() -> None:
    # "передав" is also "handed over": without "що" it reports nothing.
    claim = _claim(
        "Голова громади Петро Мороз передав ключі від квартир двадцяти родинам.", "Голова"
    )
    assert claim.sources == []


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Як повідомляється, голова району подав у відставку ще в п'ятницю.", "як повідомляється"),
        ("Посадовець, мовляв, нічого не знав про перевірку на заводі.", "мовляв"),
        ("Ремонт мосту, скоріш за все, затягнеться до весни.", "скоріш за все"),
        ("У місті ходять чутки, що мер продав свою частку в компанії.", "ходять чутки"),
        ("За неофіційною інформацією, один із дронів упав на склад.", "за неофіційною інформацією"),
        ("Причиною пожежі могла стати несправна проводка в підвалі.", "могла стати"),
    ],
)
def test_hearsay_is_a_hedge(sentence: str, hedge: str) -> None:
    claim = _claim(sentence, sentence[:15])
    assert hedge in [h.lower() for h in claim.hedges]


def test_as_reported_on_a_site_names_where_it_comes_from() -> None:
    sentence = "Як повідомляється на сайті міністерства, виплати почнуться в березні."
    assert not _claim(sentence, sentence[:15]).hedged


def test_a_fear_is_a_hedge() -> None:
    sentence = "Є побоювання, що дамба не витримає наступної повені."
    assert "є побоювання" in [h.lower() for h in _claim(sentence, sentence[:15]).hedges]


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Нараду, напевно, перенесуть на наступний тиждень.", "напевно"),
        ("За інформацією джерел, мер продав свою частку в компанії.", "за інформацією джерел"),
        ("Непідтверджені дані свідчать про десятки поранених.", "непідтверджені"),
    ],
)
def test_likelihood_and_unconfirmed_reports_are_hedges(sentence: str, hedge: str) -> None:
    assert hedge in [h.lower() for h in _claim(sentence, sentence[:10]).hedges]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # demanding, warning, condemning
        (
            "Профспілка зажадала від керівництва заводу виплатити борги із зарплати до кінця "
            "місяця.",
            "Профспілка",
        ),
        (
            "Міністр фінансів Олег Петренко застеріг банки від підвищення ставок за іпотекою.",
            "Олег Петренко",
        ),
        ("Міська рада засудила рішення про закриття двох шкіл у центрі міста.", "Міська рада"),
        # deciding and instructing: a court, an official
        ("Суд постановив стягнути з перевізника 2 млн гривень.", "Суд"),
        ("Мер Ольга Руденко доручила перевірити всі дитячі майданчики міста.", "Ольга Руденко"),
        # doubting, before "що"
        ("Профспілка сумнівається, що завод зможе погасити борги до осені.", "Профспілка"),
        # an adverb of manner between the subject and its verb
        ("Влада категорично заперечує, що на складі зберігалися хімікати.", "Влада"),
        # assessing; a group named by a plural noun, after the verb
        ("Медики оцінюють стан потерпілих як середньої важкості.", "Медики"),
        ("Постраждалих доставили до лікарні, повідомили медики.", "медики"),
    ],
)
def test_speech_acts_of_demanding_condemning_and_deciding(sentence: str, expected: str) -> None:
    claim = _claim(sentence, sentence[:25])
    assert any(expected in name for name in _names(claim)), _names(claim)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("За попередніми даними ДСНС, під час пожежі ніхто не постраждав.", "ДСНС"),
        ("Зі слів очевидців, автобус виїхав на зустрічну смугу.", "очевидців"),
    ],
)
def test_according_to_with_an_adjective_or_in_someones_words(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence, sentence[:20])) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where or to whom, between the inverted verb and its subject
        (
            "Ремонт дороги триватиме два роки, повідомив на брифінгу заступник міського "
            "голови Павло Сірко.",
            "заступник міського голови Павло Сірко",
        ),
        (
            "Тарифи зростуть з липня, заявив журналістам міністр енергетики Ігор Лебідь.",
            "міністр енергетики Ігор Лебідь",
        ),
        # a profession names the speaker after the verb
        (
            "Зарплати в галузі відстають від середніх по країні, сказав економіст Сергій Носенко.",
            "економіст Сергій Носенко",
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
        "Ось як це прокоментував адвокат Денис Коваль: «Ми подамо апеляцію».",
        "Саме з цього складу, стверджують мешканці, щоночі виїжджали вантажівки.",
    ],
)
def test_emphasis_words_are_no_part_of_the_speaker(sentence: str) -> None:
    names = _names(_claim(sentence, sentence[:15]))
    assert names and not any(n.split()[0].lower() in ("ось", "саме") for n in names), names


@pytest.mark.parametrize("reference", ["згадує жінка", "каже пенсіонерка"])
def test_a_description_of_a_person_after_a_dash_is_the_person_named_before(
    reference: str,
) -> None:
    claims = _claims(
        "Пенсіонерка Ганна Лисенко розповіла, що живе на цій вулиці сорок років. "
        f"– Вода у криниці зникла ще в травні, – {reference}."
    )
    names = _names(claim_starting(claims, "– Вода"))
    assert len(names) == 1 and "Ганна Лисенко" in names[0], names


def test_requires_is_not_a_speech_act() -> None:
    # "вимагає" without "що"/"щоб" is "requires": the project is no speaker.
    claim = _claim("Проєкт вимагає великих витрат і кількох років роботи.", "Проєкт")
    assert claim.sources == []


def test_a_body_named_by_a_neuter_noun_speaks_in_the_neuter_past() -> None:
    claim = _claim("Відомство роз'яснило, що тарифи не зміняться до кінця року.", "Від")
    assert _names(claim) == ["Відомство"]


def test_the_accused_after_a_transitive_speech_act_is_no_speaker() -> None:
    claim = _claim("В опозиції звинувачують губернатора у зриві строків ремонту.", "В опозиції")
    assert "губернатора" not in _names(claim)


def test_a_closing_narrator_insert_may_hold_a_quoted_name_and_a_long_description():
    body = (
        "— Ми бачили, що вогонь пішов із підвалу, — каже Оксана Мельник, директорка "
        "радіостанції «Поділля», яка працює в цьому будинку вже десять років."
    )
    assert _names(_claim(body, "— Ми бачили")) == ["Оксана Мельник"]


def test_a_conjunction_and_a_verb_after_an_inverted_subject_start_the_next_verb():
    body = (
        "Мешканка будинку Галина Коваль розповіла, що чекала рятувальників годину.\n\n"
        "— Ви можете собі таке уявити? Нас ніхто не попередив, — обурюється жінка і "
        "додає, що скаргу до міськради вже подала."
    )
    names = _names(_claim(body, "Нас ніхто"))
    assert len(names) == 1 and names[0].endswith("Галина Коваль")


def test_the_subject_before_yak_povidomliaietsia_is_reported_on_not_a_source() -> None:
    claim = _claim("Голова району, як повідомляється, подав у відставку.", "Голова району")
    assert _names(claim) == []
    assert claim.attributed and claim.hedged


def test_an_outlet_in_the_dative_before_the_body_that_spoke_is_not_the_only_source() -> None:
    body = "Понад 4 тисячі шкіл мають укриття, повідомили Укрінформу в пресслужбі МОН.\n"
    assert "в пресслужбі МОН" in _names(_claim(body, "Понад 4 тисячі"))


def test_a_woman_named_in_the_genitive_after_za_slovamy_is_who_vona_means_next() -> None:
    body = (
        "Ремонт мосту завершать у серпні, повідомив заступник міського голови Петро Кравець.\n\n"
        "За словами Марії Коваленко, 200 родин отримають компенсацію. Вона уточнила, що "
        "виплати почнуться у травні.\n"
    )
    assert _names(_claim(body, "Вона уточнила")) == ["Марії Коваленко"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Міністр освіти Оксен Лісовий під час брифінгу в Києві заявив, що 300 шкіл "
            "отримають укриття.",
            "Міністр освіти Оксен Лісовий",
        ),
        (
            "Катаріна Маєр у коментарі агентству зазначила, що ЄС виділить 50 мільйонів євро.",
            "Катаріна Маєр",
        ),
    ],
)
def test_a_circumstance_between_the_name_and_the_verb_is_not_part_of_the_name(
    sentence: str, expected: str
) -> None:
    assert _names(_claim(sentence + "\n", sentence[:20])) == [expected]


def test_a_bare_plural_noun_closing_the_clause_after_the_verb_speaks() -> None:
    body = (
        "Труби поремонтували, і після того, кажуть мешканці, стоків у струмку не було два тижні.\n"
    )
    assert _names(_claim(body, "Труби поремонтували")) == ["мешканці"]


def test_the_outlet_something_became_known_to_is_the_source() -> None:
    sentence = "Як стало відомо «Північному кур'єру», мер подав у відставку ще в п'ятницю."
    assert source_names(_claim(sentence, sentence[:15])) == ["Північному кур'єру"]


def test_the_outlet_in_the_dative_after_the_verb_is_a_source_beside_the_speaker():
    claims = _claims(
        "Начальник обласної служби доріг Петро Костюк розповів Суспільному, що ремонт мосту "
        "триватиме щонайменше місяць."
    )
    names = _names(claim_containing(claims, "ремонт мосту"))
    assert len(names) == 2 and names[0].endswith("Петро Костюк") and names[1] == "Суспільному"


def test_a_member_of_parliament_named_by_another_word_is_the_one_named_before():
    claims = _claims(
        "Народний депутат Олег Ляшенко зареєстрував законопроєкт про штрафи для перевізників. "
        "«Пасажири не повинні платити за чужі помилки», — заявив нардеп журналістам."
    )
    names = _names(claim_containing(claims, "Пасажири"))
    assert len(names) == 1 and names[0].endswith("Олег Ляшенко"), names


def test_yak_pysala_names_the_outlet() -> None:
    claims = _claims(
        "Як писала «Економічна правда», дефіцит обласного бюджету сягне 2 млрд гривень."
    )
    assert _names(claim_containing(claims, "дефіцит")) == ["Економічна правда"]


def test_a_verb_opening_the_sentence_after_a_filler_is_the_last_speakers() -> None:
    claims = _claims(
        "Голова громади Олена Ткаченко повідомила, що школи відкриють у понеділок. Також "
        "додала, що ремонт коштуватиме 2 млн гривень."
    )
    names = _names(claim_containing(claims, "2 млн"))
    assert len(names) == 1 and names[0].endswith("Олена Ткаченко"), names


def test_z_takoyu_zayavoyu_vystupyv_names_who_made_the_statement_before() -> None:
    claims = _claims(
        "Завод із випуску труб закриють до кінця року через нестачу замовлень. З такою "
        "заявою виступив голова області Андрій Білий. Робітники дізналися про це з новин."
    )
    assert _names(claim_starting(claims, "Завод")) == ["голова області Андрій Білий"]
    assert _names(claim_starting(claims, "З такою")) == ["голова області Андрій Білий"]
    assert _names(claim_starting(claims, "Робітники")) == []


def test_an_object_between_the_subject_and_its_verb_is_no_part_of_the_subject() -> None:
    claims = _claims(
        "Міністр фінансів Сергій Марченко представив бюджет у вівторок. Сам Марченко "
        "будь-який зв'язок із компанією заперечує. Карпенко на брифінгу звинувачення спростував."
    )
    assert _names(claim_starting(claims, "Сам Марченко")) == ["Марченко"]
    assert _names(claim_starting(claims, "Карпенко")) == ["Карпенко"]


def test_an_adverb_of_manner_before_the_verb_of_an_incise_is_no_source() -> None:
    claims = _claims(
        "«Затримані заперечують, що били людей, — спокійно пояснив заступник начальника "
        "поліції Артем Гнатюк. — Але всі вони відповідатимуть»."
    )
    names = _names(claim_containing(claims, "заперечують"))
    assert names == ["заступник начальника поліції Артем Гнатюк"], names


def test_a_present_tense_verb_opening_the_sentence_goes_on_with_the_last_speaker() -> None:
    claims = _claims(
        "Мати учня Марина Коваль розповіла, що сина виписали з лікарні в понеділок. Каже, "
        "що вчителі чекали на швидку понад годину. Їй зателефонувала директорка Алла Мороз."
    )
    assert _names(claim_starting(claims, "Каже")) == ["Мати учня Марина Коваль"]
    assert _names(claim_starting(claims, "Їй")) == []


def test_a_present_tense_verb_in_the_plural_is_not_the_last_speakers() -> None:
    claims = _claims(
        "Мати учня Марина Коваль розповіла, що сина виписали з лікарні в понеділок. Кажуть, "
        "що вчителі чекали на швидку понад годину."
    )
    assert _names(claim_starting(claims, "Кажуть")) == []


def test_a_demonstrative_subject_is_the_person_mentioned_last_not_the_last_speaker() -> None:
    claims = _claims(
        "Мати учня Марина Коваль розповіла, що сина виписали в понеділок. Їй зателефонував "
        "директор школи Андрій Мороз. Той розповів, що перевірка тривала два тижні."
    )
    assert _names(claim_starting(claims, "Той")) == ["Андрій Мороз"]


def test_pro_tse_with_a_name_alone_after_the_verb_names_its_speaker() -> None:
    claims = _claims(
        "Уночі дрони атакували Запоріжжя, пошкоджено дванадцять будинків. Про це повідомив "
        "Петро Іваненко у Telegram. За його словами, рятувальники працюють на місці."
    )
    assert _names(claim_starting(claims, "Уночі")) == ["Петро Іваненко"]
    assert _names(claim_starting(claims, "За його")) == ["Петро Іваненко"]


def test_a_broader_role_noun_without_an_article_stands_for_the_office_holder() -> None:
    claims = _claims(
        "Голова ОДА Іван Мельник повідомив, що бюджет області зросте на 6 %. «Ми не "
        "скорочуватимемо видатки на освіту», — наголосив посадовець."
    )
    assert _names(claim_containing(claims, "видатки на освіту")) == ["Іван Мельник"]


def test_the_suspect_named_by_a_court_ruling_is_no_hedge() -> None:
    claim = _claim(
        "Підозрюваний придбав квитки за тиждень до втечі, свідчить ухвала суду.", "Підозрюваний"
    )
    assert not claim.hedged


def test_pro_tse_pyshe_an_agency_citing_sources_gives_the_claim_before_the_whole_chain() -> None:
    claims = _claims(
        "Кремль готує нову хвилю мобілізації у західних регіонах Росії. Про це пише агенція "
        "Reuters з посиланням на три джерела."
    )
    assert _names(claim_starting(claims, "Кремль")) == ["агенція Reuters", "три джерела"]


def test_a_body_after_the_preposition_opening_the_sentence_keeps_its_whole_name():
    claims = _claims(
        "У Запорізькій обласній військовій адміністрації повідомили, що загинули двоє людей."
    )
    assert source_names(claim_starting(claims, "У Запорізькій")) == [
        "У Запорізькій обласній військовій адміністрації"
    ]


def test_such_figures_name_their_publisher_after_the_verb_and_source_the_sentence_before():
    claims = _claims(
        "Минулого року українці витратили на ліки 80 мільярдів гривень. Такі дані "
        "оприлюднила Державна служба статистики.\n"
    )
    assert source_names(claim_starting(claims, "Минулого року")) == ["Державна служба статистики"]
    assert source_names(claim_starting(claims, "Такі дані")) == ["Державна служба статистики"]


def test_a_line_of_dialogue_before_an_inverted_verb_is_not_its_speaker() -> None:
    claims = claims_of(
        "Ліки зберігали в незамкненій шафі. Я ж не провидиця! – заявляє мама ученицi.", "uk"
    )
    names = source_names(claim_containing(claims, "провидиця"))
    assert not any("провидиця" in name for name in names), names


def test_a_quotation_over_several_sentences_belongs_to_the_speaker_named_in_it() -> None:
    body = (
        "«Це мешканці сусідніх сіл, усі вони раніше працювали на заводі «Десна». Усіх "
        "затриманих допитали й увечері відпустили. Провину в пошкодженні огорожі вони не "
        "визнають, — спокійно пояснив речник обласної поліції Тарас Гнатюк.\n"
    )
    for start in ("«Це мешканці", "Усіх затриманих", "Провину"):
        assert _names(_claim(body, start)) == ["речник обласної поліції Тарас Гнатюк"], start


def test_he_stands_for_the_subject_of_the_main_clause_not_of_the_clause_before_it() -> None:
    body = (
        "«Чекаю на відповідь від партнерів», — додав Юрій Петренко у Фейсбуці.\n\n"
        "Поки Петренко чекає на реакцію партнерів, Василь Коваль вже діє. "
        "Він заявив, що готовий очолити спільний список на виборах.\n"
    )
    assert _names(_claim(body, "Він заявив")) == ["Василь Коваль"]


def test_an_outlet_named_in_guillemets_is_kept_whole_before_its_verb() -> None:
    body = "Видання «Полтавський вісник» пише, що заступник мера виїхав за кордон.\n"
    assert _names(_claim(body, "Видання")) == ["Видання «Полтавський вісник»"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Згідно зі звітом правозахисників, людей найчастіше затримують на блокпостах.",
            "звітом правозахисників",
        ),
        (
            "За попередньою інформацією поліцейських, водій не надав переваги пішоходу.",
            "поліцейських",
        ),
    ],
)
def test_according_to_a_report_or_preliminary_information(sentence: str, expected: str) -> None:
    assert _names(_claim(sentence + "\n", sentence[:12])) == [expected]


def test_yak_povidomlyayetsya_after_a_named_speaker_reports_no_one() -> None:
    claims = claims_of(
        "Голова громади Ігор Ткачук заявив, що міст відкриють до зими. Як повідомляється, "
        "підрядник уже отримав аванс у 3 мільйони гривень.",
        "uk",
    )
    assert source_names(claim_starting(claims, "Голова")) == ["Голова громади Ігор Ткачук"]
    assert source_names(claim_starting(claims, "Як повідомляється")) == []


def test_a_repeated_statement_before_that_is_reported_and_a_repeated_act_is_not() -> None:
    body = (
        "Голова ОДА Ігор Лапін повторив, що міст відкриють для руху до жовтня. "
        "Підрядник повторив торішній рекорд і збудував 40 метрів прольоту за місяць.\n"
    )
    assert _names(_claim(body, "Голова")) == ["Голова ОДА Ігор Лапін"]
    assert _names(_claim(body, "Підрядник")) == []


def test_a_common_noun_opening_the_sentence_stands_for_the_person_it_described() -> None:
    # "фермер" is capitalised only because it opens the sentence; it is not a name.
    body = (
        "Посуха забрала третину врожаю кукурудзи, розповів фермер Іван Демченко з "
        "Миргородщини.\n\n"
        "Фермер додав, що торік подав заявку на компенсацію, але гроші досі не отримав.\n"
    )
    assert _names(_claim(body, "Фермер додав")) == ["Іван Демченко"]


def test_a_court_ruling_or_an_expert_finding_is_the_source_of_what_it_states() -> None:
    body = (
        "Вміст алкоголю в крові водія становив 2,1 проміле, йдеться у висновку експертизи. "
        "Суд призначив водієві п'ять років позбавлення волі, йдеться в ухвалі суду.\n"
    )
    assert _names(_claim(body, "Вміст")) == ["у висновку експертизи"]
    assert _names(_claim(body, "Суд")) == ["в ухвалі суду"]


def test_the_channel_before_a_singular_verb_is_where_its_subject_after_it_spoke() -> None:
    body = (
        "Російські війська вдень обстріляли з реактивних систем околиці Зарічного. Про це в "
        "Telegram повідомив начальник обласної військової адміністрації Олександр Тарасенко.\n"
    )
    expected = ["начальник обласної військової адміністрації Олександр Тарасенко"]
    assert _names(_claim(body, "Про це")) == expected
    assert _names(_claim(body, "Російські війська")) == expected


@pytest.mark.parametrize(
    ("sentence", "start", "expected"),
    [
        (
            "Як вважають правоохоронці, в актах виконаних робіт вказали завищені обсяги.",
            "Як вважають",
            "правоохоронці",
        ),
        (
            "Організатором схеми, як вважає слідство, є 34-річний мешканець Києва.",
            "Організатором схеми",
            "слідство",
        ),
    ],
)
def test_a_view_in_an_as_aside_is_its_holders(sentence: str, start: str, expected: str) -> None:
    assert _names(_claim(sentence + "\n", start)) == [expected]


def test_a_demonstrative_object_before_the_verb_is_no_part_of_the_subject() -> None:
    body = (
        "Вибух пролунав у селищі вночі. Рятувальники цього не підтвердили, але кажуть, що "
        "пожежу загасили за дві години.\n"
    )
    assert _names(_claim(body, "Рятувальники")) == ["Рятувальники"]


def test_a_hedge_word_opening_the_sentence_is_not_its_source() -> None:
    body = (
        "Можливо, у справі з'являться й інші фігуранти, кажуть джерела Суспільного в "
        "правоохоронних органах.\n"
    )
    assert _names(_claim(body, "Можливо")) == ["джерела Суспільного"]


def test_an_opinion_verb_after_the_clause_names_the_body_that_holds_it() -> None:
    body = "Крадіжку виявили вранці. Зловмисник діяв не сам, вважають у поліції.\n"
    assert _names(_claim(body, "Зловмисник")) == ["у поліції"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Фігурантам повідомили про підозру у вчиненні злочину.",
        "Батьків учнів поінформували про зміни в розкладі.",
    ],
)
def test_whom_a_report_was_told_is_not_its_source(sentence: str) -> None:
    body = f"У Львові затримали двох чоловіків, які підпалили автомобіль. {sentence}\n"
    assert _names(_claim(body, sentence[:12])) == []


@pytest.mark.parametrize("cue", ["з посиланням на", "із посиланням на", "зі посиланням на"])
def test_the_outlet_and_the_sources_it_cites_are_both_stated(cue: str) -> None:
    body = (
        "Підрядник веде переговори про купівлю трьох асфальтних заводів на Чернігівщині. "
        f"Про це повідомило видання «Сіверська правда» {cue} двох співрозмовників у "
        "мерії.\n"
    )
    claim = _claim(body, "Підрядник")
    assert _names(claim) == ["видання «Сіверська правда»", "двох співрозмовників у мерії"]


def test_a_fronted_citation_without_a_comma_leaves_the_agency_to_the_verb() -> None:
    body = (
        "Із посиланням на джерела в компанії агентство «Полісся-Інфо» повідомило, що "
        "підрядник купує три асфальтні заводи.\n"
    )
    claim = _claim(body, "Із посиланням")
    assert _names(claim) == ["джерела в компанії", "агентство «Полісся-Інфо»"]


def test_his_counts_point_to_the_speaker_before():
    body = (
        "Міський голова Андрій Коваль заявив, що міст закриють на ремонт. Зокрема, за його "
        "підрахунками, ремонт коштуватиме 40 мільйонів гривень.\n"
    )
    assert _names(_claim(body, "Зокрема")) == ["Міський голова Андрій Коваль"]


def test_a_quoted_outlet_in_the_dative_between_the_verb_and_its_speaker_is_a_second_source():
    body = (
        "«Ремонт завершимо до осені», — розповів «Волинським новинам» директор водоканалу "
        "Петро Мороз.\n"
    )
    assert _names(_claim(body, "«Ремонт")) == [
        "директор водоканалу Петро Мороз",
        "Волинським новинам",
    ]


def test_an_outlet_citing_sources_before_its_verb_is_a_source_too() -> None:
    body = (
        "«Економічна правда» з посиланням на джерела в уряді повідомила, що угода про продаж "
        "заводу зірвалася.\n"
    )
    assert sorted(_names(_claim(body, "«Економічна"))) == ["«Економічна правда»", "джерела в уряді"]


def test_a_relative_clause_between_commas_describes_the_speaker_before_it() -> None:
    body = (
        "Співрозмовник в обласній військовій адміністрації, який погодився говорити на умовах "
        "анонімності, розповів, що обстріл тривав дві години.\n"
    )
    assert _names(_claim(body, "Співрозмовник")) == [
        "Співрозмовник в обласній військовій адміністрації"
    ]


def test_such_words_name_the_speaker_of_the_quotation_before() -> None:
    body = (
        "«Денис провів у клубі 87 матчів і забив 30 голів». Такими словами прокоментував "
        "перехід капітан «Буревію» Артем Ляшко.\n"
    )
    for start in ("«Денис", "Такими"):
        names = _names(_claim(body, start))
        assert len(names) == 1 and names[0].endswith("Артем Ляшко")


@pytest.mark.parametrize(
    "sentence",
    [
        "Інформацію про затримання підтвердили в пресслужбі поліції.",
        "Позицію відомства підтвердили в пресслужбі поліції.",
        "Цю інформацію підтвердили в пресслужбі поліції.",
    ],
)
def test_what_was_reported_opening_the_sentence_leaves_the_body_after_the_verb(
    sentence: str,
) -> None:
    body = f"У Полтаві затримали підозрюваного в підпалі складу. {sentence}\n"
    assert _names(_claim(body, sentence[:12])) == ["в пресслужбі поліції"]


@pytest.mark.parametrize(
    "sentence",
    [
        "«Склад згорів за годину», – розповідає 47-річний підприємець.",
        "За словами 47-річного бізнесмена, склад згорів за годину.",
    ],
)
def test_someone_called_by_their_age_is_the_person_named_before(sentence: str) -> None:
    body = f"Підприємець Олег Сурков володіє складом у Житомирі. {sentence}\n"
    names = _names(_claim(body, sentence[:10]))
    assert len(names) == 1 and names[0].endswith("Олег Сурков")


def test_a_preliminary_version_of_the_investigation_is_its_source_and_a_hedge() -> None:
    body = (
        "У Ярославі згорів склад меблевої фабрики. За попередньою версією слідства, пожежа "
        "сталася через несправну проводку.\n"
    )
    claim = _claim(body, "За попередньою")
    assert _names(claim) == ["слідства"]
    assert claim.hedged


def test_an_adjective_aside_between_commas_qualifies_the_subject_before_it() -> None:
    body = (
        "Компанія «Ладога» скорочує штат. Водночас співрозмовник DOU, близький до "
        "керівництва компанії, стверджує, що звільнять 200 людей. Джерело, знайоме з "
        "ситуацією, підтвердило продаж заводу.\n"
    )
    assert _names(_claim(body, "Водночас")) == ["співрозмовник DOU"]
    assert _names(_claim(body, "Джерело")) == ["Джерело"]


def test_a_long_office_and_name_closing_the_insert_before_the_outlet_told() -> None:
    body = (
        "НБУ зберіг облікову ставку. «Ставку підвищать у березні», – зазначила "
        "економістка інвестиційної компанії Dragon Capital Олена Білан у коментарі "
        "агентству «Інтерфакс-Україна».\n"
    )
    names = _names(_claim(body, "«Ставку"))
    assert names[-1] == "Інтерфакс-Україна"
    assert names[0].endswith("Олена Білан")


def test_the_paper_a_finding_is_noted_in_is_its_source() -> None:
    body = (
        "Біологи дослідили 300 проб води з Дніпра. Як ідеться в статті, вміст мікропластику "
        "зріс утричі за п'ять років.\n"
    )
    assert _names(_claim(body, "Як ідеться")) == ["в статті"]


def test_tam_points_back_to_the_body_that_spoke_last() -> None:
    body = (
        "У Житомирі згорів склад будматеріалів. У пресслужбі ДСНС повідомили, що "
        "постраждалих немає. Там також повідомили, що причини пожежі встановлюють.\n"
    )
    assert _names(_claim(body, "Там також")) == ["У пресслужбі ДСНС"]


def test_the_outlet_told_between_the_subject_and_its_verb_is_a_second_source() -> None:
    body = (
        "Вчені знайшли новий вид бактерій у Чорному морі. Професор Ян де Вріс у коментарі "
        "Укрінформу зазначив, що відкриття важливе для медицини.\n"
    )
    assert _names(_claim(body, "Професор")) == ["Професор Ян де Вріс", "Укрінформу"]


def test_a_long_office_with_no_article_closes_the_attribution_of_the_sentence_before() -> None:
    body = (
        "Понад 400 гірників шахти «Східна» третій день не піднімаються на поверхню. Про це "
        "повідомив голова первинної профспілкової організації шахти Петро Гнатюк.\n"
    )
    office = "голова первинної профспілкової організації шахти Петро Гнатюк"
    assert _names(_claim(body, "Про це")) == [office]
    assert _names(_claim(body, "Понад 400")) == [office]


def test_a_verb_after_and_shares_the_subject_of_a_clause_closing_on_a_quotation() -> None:
    body = (
        "Переговори завершилися у п'ятницю. Міністр закордонних справ Олег Бойко назвав "
        "зустріч „корисною“ і повідомив, що Київ готовий до діалогу.\n"
    )
    assert _names(_claim(body, "Міністр")) == ["Міністр закордонних справ Олег Бойко"]


def test_the_document_that_holds_the_figures_is_the_source_of_the_sentence_before() -> None:
    body = (
        "Компанія «Полтаваенерго» отримала 2,1 млрд грн чистого прибутку. Такі дані "
        "містяться у фінансовій звітності компанії.\n"
    )
    assert _names(_claim(body, "Компанія")) == ["фінансовій звітності компанії"]


def test_za_slovamy_yakoho_names_the_person_before_the_comma() -> None:
    body = "Про це розповів економіст Андрій Мельник, за словами якого ціни зростуть на 12%.\n"
    assert _names(_claim(body, "Про це")) == ["економіст Андрій Мельник"]


def test_her_conviction_names_the_woman_named_with_her_office() -> None:
    body = (
        "Суддя Ганна Литвин висловила окрему думку. На її переконання, суд не врахував "
        "навантаження на бюджет.\n"
    )
    assert _names(_claim(body, "На її переконання")) == ["Ганна Литвин"]


def test_a_place_after_a_closing_plural_verb_leaves_the_opening_word_alone() -> None:
    body = "Торік результати 142 учасників було анульовано, уточнили в центрі.\n"
    assert "Торік" not in _names(_claim(body, "Торік"))


def test_za_yoho_slovamy_goes_on_with_one_unnamed_source() -> None:
    body = (
        "Співрозмовник в уряді повідомив, що рішення ухвалять у п'ятницю. За його словами, "
        "мова йде про 4 мільярди гривень.\n"
    )
    assert _names(_claim(body, "За його словами")) == ["Співрозмовник в уряді"]


def test_an_embassy_named_like_a_person_is_no_one_she_stands_for() -> None:
    body = (
        "Посольство Данії в Києві відмовилося від коментарів. «Ми чекаємо пояснень», — "
        "заявила пресаташе посольства Інгрід Ольсен. Вона додала, що Копенгаген залишає за "
        "собою право на відповідь.\n"
    )
    assert _names(_claim(body, "Вона додала")) == ["пресаташе посольства Інгрід Ольсен"]


def test_a_board_in_the_locative_speaks_through_a_verb_with_no_subject() -> None:
    body = (
        "Машиністи приміських поїздів страйкують третій день. У керівництві залізниці "
        "заявили, що збитки вже перевищили 12 мільйонів гривень.\n"
    )
    assert "керівництві залізниці" in " ".join(_names(_claim(body, "У керівництві")))


def test_an_object_between_the_place_and_the_verb_is_no_part_of_the_source() -> None:
    body = "В обласному управлінні доріг цю версію спростували.\n"
    assert _names(_claim(body, "В обласному")) == ["В обласному управлінні доріг"]


def test_takoho_vysnovku_diishly_names_the_source_of_the_finding_before() -> None:
    body = (
        "Діти, які живуть біля трас, хворіють на астму вдвічі частіше. Такого висновку "
        "дійшли науковці Львівського університету.\n"
    )
    assert _names(_claim(body, "Діти")) == ["науковці Львівського університету"]


def test_a_quoted_company_name_before_a_relative_clause_is_the_subject() -> None:
    body = (
        "Енергокомпанія «Теплоград», якій належать дві з трьох ТЕЦ міста, заявила, що "
        "викиди не перевищують норм.\n"
    )
    assert _names(_claim(body, "Енергокомпанія")) == ["Енергокомпанія «Теплоград»"]


def test_the_document_named_in_the_sentence_after_the_figures_it_holds():
    body = (
        "Пацієнти в середньому чекають 3 години. Такі дані містить звіт обласної "
        "аудиторської палати."
    )
    assert _names(_claim(body, "Пацієнти")) == ["звіт обласної аудиторської палати"]


def test_a_union_in_the_locative_that_counted():
    sentence = "У профспілці підрахували, що зарплати впали на 8%."
    assert _names(_claim(sentence, "У профспілці")) == ["У профспілці"]


def test_a_plural_object_between_a_body_in_the_locative_and_its_verb_is_no_part_of_it():
    assert _names(_claim("У клубі ці звинувачення відкидають.", "У клубі")) == ["У клубі"]


def test_this_was_confirmed_at_a_place_names_the_source_of_the_claim_before():
    body = (
        "Кіберполіція вже відкрила кримінальне провадження. Це підтвердили в пресслужбі "
        "департаменту."
    )
    assert _names(_claim(body, "Кіберполіція")) == ["в пресслужбі департаменту"]


def test_a_club_named_in_guillemets_alone_before_its_verb_speaks():
    claim = _claim("«Металург» наполягає, що контракт гравця діє до червня 2026 року.", "«Мет")
    assert _names(claim) == ["«Металург»"]


def test_an_outlet_before_the_verb_is_told_when_an_office_and_a_name_follow_it():
    body = (
        "Страйк триває третій день. Про це «Діловому кур'єру» повідомив голова профспілки "
        "Дмитро Ягодин."
    )
    assert _names(_claim(body, "Страйк")) == ["голова профспілки Дмитро Ягодин", "Діловому кур'єру"]
