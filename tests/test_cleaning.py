"""Page furniture pasted along with an article is removed before extraction."""

import pytest

from bot.input.cleaning import clean_text, is_furniture
from tests.support import FIXTURES

PASTED = """Accueil » MONDE » Les exportations de blé russe atteignent un record

Les exportations de blé russe atteignent un record

par

Les exportations de blé russe ont atteint 48 millions de tonnes, selon le ministère.

Un cargo chargé de céréales

La récolte de cette année est estimée à 90 millions de tonnes.

Partager

Articles liés

Ce site utilise des cookies pour améliorer votre expérience. Accepter
"""


def test_breadcrumb_byline_caption_related_and_cookie_banner_are_removed():
    cleaned = clean_text(PASTED)
    assert cleaned.title == "Les exportations de blé russe atteignent un record"
    assert cleaned.text.split("\n\n") == [
        "Les exportations de blé russe ont atteint 48 millions de tonnes, selon le ministère.",
        "La récolte de cette année est estimée à 90 millions de tonnes.",
    ]
    for furniture in (
        "Accueil » MONDE »",
        "par",
        "Un cargo chargé de céréales",
        "Partager",
        "Articles liés",
    ):
        assert furniture in cleaned.removed


def test_a_title_with_a_full_stop_repeated_as_first_paragraph_is_kept_once():
    text = (
        "Le port a rouvert mardi.\n\nLe port a rouvert mardi.\n\n"
        "Les dockers ont repris le travail après trois semaines de grève."
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Le port a rouvert mardi."
    assert cleaned.text == "Les dockers ont repris le travail après trois semaines de grève."


def test_english_furniture_lines():
    for line in (
        "Home » World » Europe",
        "By Jane Smith, Brussels",
        "Related Articles",
        "Share this article",
        "Read the full transcript of the interview",
        "We use cookies to improve your experience. Accept all cookies",
        "This article was adapted from a report by our partner site.",
        "Additional reporting by Tom Jones; Editing by Ann Lee",
    ):
        assert is_furniture(line), line


def test_sentences_are_not_furniture():
    assert not is_furniture("By Tuesday, the strike had spread to four other ports.")
    assert not is_furniture("The company said it uses cookies only where the law allows it, " * 10)


def test_a_paragraph_ending_on_a_german_closing_quote_is_prose_not_a_caption():
    text = (
        "Minister will Mietrecht verschärfen\n\nDer Minister fügte hinzu: „Wir ändern das "
        "Gesetz.“\n\nDer Verband sprach von »einem ersten Schritt«\n\nFoto: Archiv"
    )
    kept = clean_text(text).text.split("\n\n")
    assert kept == [
        "Der Minister fügte hinzu: „Wir ändern das Gesetz.“",
        "Der Verband sprach von »einem ersten Schritt«",
    ]


def test_list_items_after_a_colon_are_kept():
    text = (
        "Trade deal at risk\n\nThe minister also said:\n\nThe border will stay open\n\n"
        "Tariffs will not rise this year\n\nTalks resume on Monday, officials said."
    )
    kept = clean_text(text).text.split("\n\n")
    assert "The border will stay open" in kept
    assert "Tariffs will not rise this year" in kept


def test_fixture_articles_lose_their_captions():
    english = clean_text((FIXTURES / "en-article.txt").read_text(encoding="utf-8"))
    assert "A container ship waits off the coast" in english.removed
    assert "Related Articles" in english.removed
    assert all("cookies" not in p for p in english.text.split("\n\n"))


def test_names_in_guillemets_opening_a_paragraph_are_not_a_breadcrumb():
    cleaned = clean_text(
        "Футбол. Первая лига\n\n"
        "Саратовский «Сокол» обыграл воронежский «Факел» со счётом 2:1 в матче 24-го тура."
    )
    assert cleaned.text.startswith("Саратовский «Сокол» обыграл")


def test_a_breadcrumb_with_guillemet_separators_is_still_removed():
    cleaned = clean_text(
        "Accueil » Monde » Europe\n\nLe Parlement européen a voté mardi le nouveau budget."
    )
    assert cleaned.text.startswith("Le Parlement européen")


def test_section_trails_mastheads_and_share_bars_are_removed_wherever_they_stand():
    for line in (
        "Sport › Football › Transfers",
        "Politica | Giustizia",
        "Nacional · Salud",
        "Регіон-Інфо / Транспорт / 12.02.2024",
        "Заречные ведомости → Политика → Выборы-2024",
        "THE HARBOUR GAZETTE | NEWS | LOCAL POLITICS",
        "Partager : Facebook | WhatsApp | E-mail",
        "Par Claire Dumas · Publié le 14/02/2024 à 18h42",
    ):
        assert is_furniture(line), line


def test_a_sentence_with_a_slash_or_a_quoted_name_is_not_a_section_trail():
    for line in (
        "The 24/7 helpline received 1,200 calls on Monday, the council said.",
        "Sales rose 4% / year, according to the company.",
        "Le PSG | « Nous voulons gagner », a dit le coach",
    ):
        assert not is_furniture(line), line


def test_a_section_name_above_the_headline_is_not_the_title():
    text = (
        "Sociedade\n\nCheias deixam quatro aldeias isoladas no interior\n\n"
        "Quatro aldeias estão isoladas desde a madrugada, disse a Proteção Civil."
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Cheias deixam quatro aldeias isoladas no interior"
    assert "Sociedade" in cleaned.removed


def test_a_short_headline_stays_the_title_above_its_first_paragraph():
    cleaned = clean_text("Strike ends\n\nDockers returned to work on Monday after 19 days.")
    assert cleaned.title == "Strike ends"


def test_a_byline_naming_the_outlet_in_quotation_marks_is_removed():
    text = (
        "В Белозерске оспаривают итоги выборов\n\nАнна Смирнова, «Вечерний курьер»\n\n"
        "Проигравший кандидат потребовал пересчета голосов на трех участках."
    )
    assert clean_text(text).text == (
        "Проигравший кандидат потребовал пересчета голосов на трех участках."
    )


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("PORTLAND, Maine (AP) — The city council voted 7-2 to ban", "PORTLAND, Maine (AP) —"),
        ("Hamburg (dpa) – Die Hafenarbeiter haben am Montag die Arbeit", "Hamburg (dpa) –"),
        (
            "Vila Real, 3 mar 2025 (Lusa) - Duas estradas continuam cortadas",
            "Vila Real, 3 mar 2025 (Lusa) -",
        ),
        ("САМАРА, 14 апреля. /ТАСС/. Уровень воды в реке поднялся", "САМАРА, 14 апреля. /ТАСС/."),
        (
            "ЯСЕНІВСЬК, 4 квітня — Укрновини. Хакери атакували мерію в понеділок.",
            "ЯСЕНІВСЬК, 4 квітня — Укрновини.",
        ),
    ],
)
def test_a_wire_dateline_leaves_the_first_paragraph(paragraph: str, dateline: str) -> None:
    text = f"Headline of the dispatch\n\n{paragraph} on Tuesday, officials said."
    cleaned = clean_text(text)
    assert dateline in cleaned.removed
    assert cleaned.text == paragraph[len(dateline) + 1 :] + " on Tuesday, officials said."


def test_a_name_and_a_party_in_brackets_later_in_the_text_keep_their_sentence():
    text = (
        "Budget vote delayed\n\nThe vote was postponed to Friday.\n\n"
        "The council met twice.\n\nMaria Lopez (Greens) — who chairs the committee — "
        "said the delay would cost 2 million euros."
    )
    assert clean_text(text).text.endswith(
        "Maria Lopez (Greens) — who chairs the committee — "
        "said the delay would cost 2 million euros."
    )


def test_newsletter_paywall_comment_and_credit_prompts_are_furniture():
    for line in (
        "Sign up to our morning newsletter for the latest news from the valley.",
        "Iscriviti alla newsletter del giornale: ogni mattina le notizie nella tua casella.",
        "Subscreva a newsletter Economia e receba as notícias da semana.",
        "Únete a nuestro canal de WhatsApp y recibe las noticias del día.",
        "Abbonati per continuare a leggere.",
        "Hai già letto 5 articoli questo mese.",
        "Jetzt 4 Wochen für 1 € testen.",
        "Comments are closed for this article.",
        "Copyright 2025 The Associated Press. All rights reserved.",
        "Jane Doe in Lagos contributed to this report.",
        "Gostou deste artigo? Partilhe-o com os seus amigos.",
        "Понравился материал? Подпишитесь на нашу рассылку «Утро»",
        "Are you affected by the closures? Get in touch by emailing news@example.org.",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Мы используем файлы cookie.",
        "Протестующие у здания суда. Фото: Иван Петров / «Вечерний курьер»",
        "Flooded fields near the river. Photograph: Sam Reed/The Courier",
    ):
        assert is_furniture(line), line


_STORY = (
    "Ambulance waits reach a record in the county\n\n"
    "Patients waited on average 41 minutes for an ambulance in March, the county's health "
    "board said on Tuesday, up from 29 minutes a year earlier.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Oliver Grange is the Ledger's health editor.",
        "Priya Natarajan is a senior data reporter at Nowline. She previously worked at a bank.",
        "Claire Vasseur est journaliste au service Santé du Quotidien depuis 2017.",
        "Manon Teyssier - Journaliste à la rédaction, elle suit l'actualité judiciaire.",
        "Katrin Wehmeyer ist Redakteurin im Ressort Region und berichtet über Gesundheit.",
        "Sara Montañés. Periodista de economía. Antes trabajó en la radio.",
        "Chiara Velluti è giornalista specializzata in sanità. Scrive per noi dal 2019.",
        "Miguel Sá Pereira é editor de Economia. Escreve sobre habitação.",
        "Ирина Солодова — корреспондент отдела социальной политики.",
        "Максим Ковтун — економічний журналіст. Пише про нерухомість.",
    ],
)
def test_the_authors_note_closing_an_article_is_furniture(note: str) -> None:
    cleaned = clean_text(_STORY + note)
    assert note in cleaned.removed
    assert "41 minutes" in cleaned.text


def test_a_journalist_in_the_news_is_no_authors_note():
    text = (
        "Reporter detained at the border\n\n"
        "Anna Berg is a reporter at the Northern Courier who was held for six hours at the "
        "border crossing on Monday, her editor said.\n\n"
        "Border officials said her papers were being checked. The paper said it would "
        "complain to the ministry. Berg was released without charge late on Monday. "
        "She said she had been questioned about her sources.\n\n"
        "The ministry has not commented.\n\nNo date has been set for a hearing.\n\n"
        "Her lawyer said she would appeal.\n\nThe Courier said it stood by her reporting."
    )
    assert "Anna Berg is a reporter" in clean_text(text).text


@pytest.mark.parametrize(
    "prompt",
    [
        "Receba as notícias do Portal Sul no seu WhatsApp.",
        "Jetzt die App herunterladen und keine Eilmeldung verpassen.",
        "Download our app for breaking news alerts.",
        "Clique aqui e participe do canal.",
        "Следите за событиями вместе с нами. Обновите страницу, чтобы увидеть новые записи.",
        "Refresh the page for the latest updates.",
        "14.03.2024, 06:30 Uhr | Lesezeit: 4 Min.",
        "5 min read",
        "Фото на главной: Денис Маркелов / «Город-24»",
    ],
)
def test_app_channel_live_blog_and_reading_time_prompts_are_furniture(prompt: str) -> None:
    cleaned = clean_text(_STORY + prompt + "\n\nThe board said the figures would be published.")
    assert prompt in cleaned.removed
    assert "41 minutes" in cleaned.text


@pytest.mark.parametrize(
    "note",
    [
        "Daniel Okoro is the Daily Ledger's chief sports reporter. He has covered football "
        "finance for 15 years.",
        "Priya Lennox covers Brennford City Council and local politics for the Courier.",
        "Subscribe for £1 a week - unlimited access to local news.",
        "This interview has been edited for length and clarity.",
    ],
)
def test_a_reporters_beat_and_an_editing_note_close_an_article_as_furniture(note: str) -> None:
    cleaned = clean_text(_STORY + note)
    assert note in cleaned.removed


def test_a_date_then_a_dash_opening_a_sentence_is_no_dateline_with_its_agency():
    text = "Hausse des prix\n\nPARIS, 4 avril — Le gouvernement a annoncé lundi une hausse de 3 %."
    assert clean_text(text).text.startswith("PARIS, 4 avril — Le gouvernement")


def test_a_trail_of_sections_alone_on_its_line_is_no_title():
    text = (
        "BLITZ › Sport › Fußball › Bundesliga\n\n"
        "Transfer-Zoff um Kovačević! Der Klub-Boss tobt: „Das ist Vertragsbruch!“\n\n"
        "Der Stürmer soll für 40 Millionen Euro nach München wechseln, sagte sein Berater."
    )
    cleaned = clean_text(text)
    assert "Bundesliga" not in cleaned.title
    assert "BLITZ › Sport › Fußball › Bundesliga" in cleaned.removed


@pytest.mark.parametrize(
    "prompt",
    [
        "Sie wollen keine Nachricht aus Rothenbach verpassen? Abonnieren Sie unseren "
        "kostenlosen Newsletter „Rothenbach kompakt“.",
        "Dieser Artikel ist nur für Abonnenten vollständig verfügbar. "
        "Jetzt 4 Wochen für 1 € testen.",
        "Jetzt die Rundschau-App herunterladen und keine Eilmeldung mehr verpassen!",
        "Hier gibt's die Bundesliga live – jetzt BLITZplus abonnieren!",
        "Mehr Transfer-News: Alle Gerüchte, alle Deals – im BLITZ-Transferticker!",
        "Suscríbase a nuestro boletín de Finanzas y reciba las claves del día en su correo.",
        "Newsletter | Clima y salud: cada jueves, lo que necesitas saber. Apúntate aquí.",
        "Recibe las noticias más importantes en tu correo. Suscríbete a nuestro newsletter.",
        "Cet article vous a intéressé ? Abonnez-vous à L'Écho de la Vallée pour 1 € "
        "le premier mois.",
        "Le pont de la Garenne, le 1er octobre. Des fissures sont visibles sur plusieurs piles. "
        "(Photo L'Écho de la Vallée / Julien Ferrand)",
        "Pour recevoir nos alertes, téléchargez l'application Radio Boréal.",
        "Download the River 96.3 app to listen live and get local news alerts.",
        "Got a news tip? Text the River newsroom on 0400 963 963.",
        "Ouça a Rádio Nordeste Vivo em 97.4 FM ou em direto no nosso site.",
        "Ti potrebbe interessare anche:",
        "Трансляция завершена. Спасибо, что были с нами!",
        "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
        "Підписуйтеся на наш YouTube-канал «Спорт-Арена TV»",
        "Слухайте «Степову хвилю» наживо: 102,7 FM у Зеленодольську та онлайн на нашому сайті.",
        "Ми оновлюватимемо цей матеріал, щойно з'являться нові подробиці.",
        "Стрічка новин за 8 серпня 2024 року. Оновлюємо.",
        "This story will be updated.",
        "Thanks for following our coverage, and good night.",
    ],
)
def test_offers_station_plugs_and_live_blog_notes_are_furniture(prompt: str) -> None:
    assert is_furniture(prompt)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mehr Geld: Die Stadt erhöht die Zuschüsse für Vereine um 20 Prozent.",
        "The minister said the live broadcast would resume on FM next week.",
        "Les riverains ont reçu un courrier dans leur boîte aux lettres, selon la mairie.",
        "We will update the figures when the ministry publishes them, the agency said.",
    ],
)
def test_news_about_money_broadcasts_and_mail_is_no_furniture(sentence: str) -> None:
    assert not is_furniture(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Utilizziamo i cookie per personalizzare contenuti e annunci. Per maggiori "
        "informazioni consulta la nostra Cookie Policy.",
        "Сайт использует файлы cookie для улучшения работы.",
        "In una precedente versione di questo articolo si indicava erroneamente l'età "
        "della vittima. Ce ne scusiamo con i lettori.",
        "Correção: uma versão anterior deste texto informava incorretamente o nome do secretário.",
        "У попередній версії матеріалу була помилка в прізвищі міністра. Редакція перепрошує.",
        "Este texto foi atualizado às 16h20 para incluir o posicionamento da prefeitura.",
        "Материал дополнен в 16:20 комментарием пресс-службы мэрии.",
        "Todos os direitos reservados. É proibida a reprodução total ou parcial sem autorização.",
        "При полном или частичном использовании материалов ссылка на РИА Новости обязательна.",
        "При використанні матеріалів посилання на УНІАН обов'язкове.",
        "Artigo exclusivo para assinantes. Assine o PÚBLICO e tenha acesso ilimitado.",
        "Você atingiu o limite de reportagens gratuitas do mês.",
        "Apoie o jornalismo independente. Faça uma contribuição ao Intercept Brasil.",
        "Подписывайтесь на «Фонтанку» в «Дзене» и «ВКонтакте»",
        "Завантажуйте застосунок «Суспільне Новини»",
    ],
)
def test_cookie_correction_update_reuse_paywall_and_support_notes_are_furniture(line: str):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Il sito del Comune usa un sistema di prenotazione online, ha spiegato l'assessore.",
        "La redazione del giornale ha ricevuto 300 segnalazioni, secondo il direttore.",
        "Polícia divulgou uma versão atualizada do relatório nesta terça-feira.",
    ],
)
def test_news_about_sites_newsrooms_and_reports_is_no_furniture(sentence: str):
    assert not is_furniture(sentence)
