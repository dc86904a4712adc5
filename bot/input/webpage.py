"""From the bytes of a web page to its article: text, title, outlet, author and date.

Decoding follows what browsers do, in order: the charset of the HTTP header, a byte-order
mark, the page's own `<meta charset>`, then a detector; a page declared Latin-1 that is in
fact valid UTF-8 is read as UTF-8 (a common server misconfiguration), and Latin-1 is read
as Windows-1252, as browsers do, so that French quotes and accents come out right.

The main text comes from trafilatura, the open extractor that measures best on news pages;
it drops navigation, cookie banners, related links and comments. The metadata comes from
trafilatura too (Open Graph, `<meta>`, JSON-LD), with JSON-LD and the domain name as
fallbacks for the outlet's name.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# Labels that browsers read as Windows-1252 (WHATWG Encoding Standard): a page declared
# ISO-8859-1 that uses curly quotes or the euro sign means cp1252.
CP1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
SNIFF_BYTES = 4096
LIST_MARKER = re.compile(r"^- ", re.MULTILINE)
# Codecs a detector's guess is trusted for (see `_detect_and_decode`).
DETECTOR_TRUSTED = {
    "cp1251", "koi8-r", "koi8-u", "iso8859-5", "mac-cyrillic", "utf-16", "utf-32",
    "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5",
    "cp950", "euc_kr", "cp949",
}  # fmt: skip
# Subdomains that say nothing about who publishes the site.
HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "edition.")


@dataclass
class WebPage:
    """What a page holds for Sift: its main text and who published it when."""

    text: str
    title: str = ""
    site_name: str | None = None
    author: str | None = None
    published: str | None = None
    page_type: str | None = None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The `charset=` parameter of a Content-Type header, lower-cased, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1).lower() if match else None


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, mapping Latin-1 to cp1252; None if unknown."""
    if not label:
        return None
    label = label.strip().lower()
    if label in CP1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode a page's bytes to text with the charset a browser would use."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    declared = _codec(charset_from_content_type(content_type))
    if declared is None:
        match = META_CHARSET.search(body[:SNIFF_BYTES])
        declared = _codec(match.group(1).decode("ascii", "ignore")) if match else None
    if declared == "cp1252" and not body.isascii() and _is_utf8(body):
        # Valid multi-byte UTF-8 practically never occurs by chance in Latin-1 text.
        declared = "utf-8"
    if declared is not None:
        return body.decode(declared, errors="replace")
    if _is_utf8(body):
        return body.decode("utf-8")
    return _detect_and_decode(body)


def _detect_and_decode(body: bytes) -> str:
    """No declared charset and not UTF-8: ask a detector, else assume Windows-1252.

    Detectors confuse the single-byte Latin charsets with each other (French 'è' read as
    Czech 'č'), so their answer is taken only for scripts Latin-1 cannot be: Cyrillic and
    the multi-byte East Asian charsets. Anything else is read as Windows-1252, which is
    right for the French, English, German, Spanish, Italian and Portuguese web.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return body.decode("cp1252", errors="replace")
    best = from_bytes(body[:200_000]).best()
    codec = _codec(best.encoding) if best is not None else None
    if codec not in DETECTOR_TRUSTED:
        codec = "cp1252"
    return body.decode(codec, errors="replace")


def site_name_from_host(url: str) -> str | None:
    """An outlet's name from its domain when the page names none: 'lemonde.fr'."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
            break
    return host or None


def _json_ld_objects(html: str) -> list[dict]:
    """Every JSON object in the page's JSON-LD scripts, flattened from lists and @graph."""
    found: list[dict] = []
    pattern = r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>"
    for block in re.findall(pattern, html, re.IGNORECASE | re.DOTALL):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue  # broken JSON-LD is common; the other metadata still count
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def _name_of(value: object) -> str | None:
    """The name in a JSON-LD person or organisation, a list of them, or a plain string."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name_of(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def json_ld_metadata(html: str) -> dict[str, str]:
    """Publisher, author, date and headline from the page's JSON-LD article, if any."""
    result: dict[str, str] = {}
    for item in _json_ld_objects(html):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and k.endswith("Article") for k in kinds):
            continue
        for key, value in (
            ("publisher", _name_of(item.get("publisher"))),
            ("author", _name_of(item.get("author"))),
            ("published", item.get("datePublished")),
            ("headline", item.get("headline")),
        ):
            if isinstance(value, str) and value.strip() and key not in result:
                result[key] = value.strip()
    return result


def extract_page(html: str, url: str | None = None) -> WebPage:
    """The main text and metadata of a decoded page; the text is '' when none is found."""
    import trafilatura  # heavy (lxml, justext): imported only when a page is read

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,  # its cache is global: a page read twice would lose its text
    )
    ld = json_ld_metadata(html)
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    # trafilatura marks list items with "- "; a pasted article has none, and quotes must
    # read the same whichever way the article came in.
    text = LIST_MARKER.sub("", text)
    title = (getattr(document, "title", None) or ld.get("headline") or "").strip()
    site_name = ld.get("publisher") or None
    if document is not None and document.sitename:
        site_name = document.sitename.strip()
    author = (document.author if document is not None else None) or ld.get("author")
    published = (document.date if document is not None else None) or ld.get("published")
    if text and title and not text.startswith(title):
        # Text input carries the headline as its first line; URL input reads the same.
        text = f"{title}\n{text}"
    return WebPage(
        text=text,
        title=title,
        site_name=site_name or (site_name_from_host(url) if url else None),
        author=author or None,
        published=published or None,
        page_type=getattr(document, "pagetype", None) if document is not None else None,
    )
