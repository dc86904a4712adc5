"""Reading a page: charsets as browsers read them, main text without furniture, metadata."""

from __future__ import annotations

import pytest

from bot.input.webpage import (
    charset_from_content_type,
    decode_html,
    extract_page,
    json_ld_metadata,
    site_name_from_host,
)
from tests.fakes.news_site import latin1_page, page

FRENCH = "Des résidus de pesticides ont été détectés"


def test_header_charset_wins() -> None:
    body = "<p>Qu’on se le dise : l’été à Besançon</p>".encode("cp1252")
    assert "l’été à Besançon" in decode_html(body, "text/html; charset=windows-1252")


def test_latin1_is_read_as_windows_1252() -> None:
    # Pages declared ISO-8859-1 routinely use cp1252's curly quotes and euro sign.
    body = "<p>L’euro : 12 € « net »</p>".encode("cp1252")
    assert "L’euro : 12 € « net »" in decode_html(body, "text/html; charset=ISO-8859-1")


def test_meta_charset_is_read_when_the_header_has_none() -> None:
    body = '<html><head><meta charset="iso-8859-1"></head><body>Réunion à Noël</body>'
    assert "Réunion à Noël" in decode_html(body.encode("latin-1"), "text/html")


def test_http_equiv_content_type_is_read() -> None:
    body = (
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"><p>Coût : 5 €</p>'
    ).encode("iso-8859-15")
    assert "Coût : 5 €" in decode_html(body)


def test_utf8_declared_as_latin1_is_read_as_utf8() -> None:
    body = "<p>Élection à Montréal</p>".encode()
    assert "Élection à Montréal" in decode_html(body, "text/html; charset=iso-8859-1")


def test_undeclared_latin1_falls_back_cleanly() -> None:
    body = ("<p>" + "Les élèves de l'école préférée ont été félicités. " * 20 + "</p>").encode(
        "latin-1"
    )
    text = decode_html(body, "text/html")
    assert "élèves" in text and "préférée" in text
    assert "\ufffd" not in text


def test_undeclared_cyrillic_is_detected() -> None:
    sentence = "Министерство обороны заявило, что удар был нанесён по складу топлива. "
    text = decode_html(("<p>" + sentence * 10 + "</p>").encode("cp1251"), "text/html")
    assert "Министерство обороны" in text


def test_byte_order_mark_wins() -> None:
    body = "\ufeff<p>Ça marche</p>".encode("utf-16")
    assert "Ça marche" in decode_html(body, "text/html; charset=iso-8859-1")


def test_unknown_charset_label_is_ignored() -> None:
    assert "é" in decode_html("<p>é</p>".encode(), "text/html; charset=x-made-up")


@pytest.mark.parametrize(
    ("header", "charset"),
    [
        ("text/html; charset=UTF-8", "utf-8"),
        ('text/html; charset="iso-8859-1"', "iso-8859-1"),
        ("text/html", None),
        (None, None),
    ],
)
def test_charset_from_content_type(header: str | None, charset: str | None) -> None:
    assert charset_from_content_type(header) == charset


def test_french_article_without_its_furniture() -> None:
    found = extract_page(decode_html(page("article-fr.html")), "https://x.example/a.html")
    assert found.text.startswith("Pesticides : des traces relevées")
    assert FRENCH in found.text
    assert "plan d’action" in found.text  # the last paragraph
    for furniture in ("cookies", "À lire aussi", "Nitrates", "Commentaires", "honteux",
                      "Mentions légales", "gtag", "S’abonner", "Je m’inscris"):  # fmt: skip
        assert furniture not in found.text
    assert (
        found.title
        == "Pesticides : des traces relevées dans l’eau de 38 communes du bassin de la Sèvre"
    )
    assert found.site_name == "Le Courrier de l’Estuaire"
    assert found.author == "Claire Morvan"
    assert found.published == "2024-03-12"
    assert found.page_type == "article"


def test_english_article_takes_outlet_and_author_from_json_ld() -> None:
    found = extract_page(decode_html(page("article-en.html")), "https://x.example/en.html")
    assert found.site_name == "Northshore Gazette"
    assert found.author == "Daniel Okafor"
    assert found.published == "2024-05-20"
    assert "£14 million over budget" in found.text
    for furniture in ("privacy", "Most read", "morning briefing", "Photo: Gazette"):
        assert furniture not in found.text


def test_latin1_page_reads_accents() -> None:
    found = extract_page(decode_html(latin1_page(True), "text/html; charset=ISO-8859-1"))
    assert FRENCH in found.text
    assert "Ã" not in found.text and "\ufffd" not in found.text


def test_broken_html_still_gives_its_text() -> None:
    found = extract_page(decode_html(page("broken.html")), "https://x.example/b.html")
    assert "raffinerie de Donges est totalement à l’arrêt" in found.text
    assert "11 millions de tonnes" in found.text


def test_site_name_falls_back_to_the_domain() -> None:
    html = "<html><body><article>" + "<p>Un paragraphe assez long. </p>" * 5 + "</article>"
    found = extract_page(html, "https://www.journal-du-port.example/2024/a.html")
    assert found.site_name == "journal-du-port.example"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.lemonde.fr/politique/article.html", "lemonde.fr"),
        ("http://m.bbc.co.uk/news", "bbc.co.uk"),
        ("https://edition.cnn.com/x", "cnn.com"),
        ("https://ici.radio-canada.ca/nouvelle/1", "ici.radio-canada.ca"),
    ],
)
def test_site_name_from_host(url: str, name: str) -> None:
    assert site_name_from_host(url) == name


def test_json_ld_graph_and_broken_blocks() -> None:
    html = """
    <script type="application/ld+json">{not json</script>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "name": "ignored"},
      {"@type": "ReportageNewsArticle", "headline": "Titre",
       "author": [{"name": "A. Martin"}, {"name": "B. Durand"}],
       "publisher": {"@type": "Organization", "name": "La Gazette"},
       "datePublished": "2023-11-02T10:00:00+01:00"}]}
    </script>"""
    assert json_ld_metadata(html) == {
        "publisher": "La Gazette",
        "author": "A. Martin, B. Durand",
        "published": "2023-11-02T10:00:00+01:00",
        "headline": "Titre",
    }
