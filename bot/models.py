"""The domain of Sift: articles, the claims in them, who the article says stated each,
and the checklist of what to verify.

These models are the contract between the parts: extractors produce `Claim`s, the
checklist ranks them into `ChecklistItem`s, and every renderer (text, Markdown, JSON,
Telegram HTML) reads a `Checklist`. Nothing here knows about Telegram or HTTP.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class SourceRole(StrEnum):
    """How a source stands in the sentence: who speaks, or what carries the words."""

    SPEAKER = "speaker"  # a person or body making the statement: "Kiev a affirmé"
    OUTLET = "outlet"  # a newspaper, broadcaster or site: "selon le Mirror"
    AGENCY = "agency"  # a news agency: "a déclaré l'agence KCNA"
    DOCUMENT = "document"  # a report, study, statement, court filing
    UNNAMED = "unnamed"  # "a senior official", "sources close to the ministry"


class SourceType(StrEnum):
    """What kind of source it is, where the outlet data or the wording tells."""

    STATE_MEDIA = "state media"
    WIRE_AGENCY = "news agency"
    TABLOID = "tabloid"
    PUBLIC_BROADCASTER = "public broadcaster"
    NEWSPAPER = "newspaper"
    BROADCASTER = "broadcaster"
    MAGAZINE = "magazine"
    ONLINE = "online outlet"
    GOVERNMENT = "government"
    OFFICIAL = "official"
    PERSON = "person"
    ORGANISATION = "organisation"
    DOCUMENT = "document"
    UNNAMED = "unnamed"
    UNKNOWN = "unknown"


class Source(BaseModel):
    """A source the article itself states for a claim, as the article writes it."""

    name: str = Field(description="The name as written in the article, e.g. 'KCNA'.")
    role: SourceRole = SourceRole.SPEAKER
    type: SourceType = SourceType.UNKNOWN
    cue: str = Field("", description="The attribution words: 'a déclaré', 'according to'.")
    canonical: str | None = Field(None, description="The known outlet this name refers to.")
    country: str | None = Field(None, description="ISO country code of a known outlet.")
    interested: bool = Field(
        False, description="A party to the events it speaks about (a government at war...)."
    )


class DetailKind(StrEnum):
    FIGURE = "figure"
    PERCENTAGE = "percentage"
    MONEY = "money"
    DATE = "date"
    VAGUE_DATE = "vague date"
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    NAME = "name"  # a capitalised name whose kind the rules cannot tell


class Detail(BaseModel):
    """A checkable detail inside a claim: a figure, an amount, a date, a name."""

    kind: DetailKind
    text: str
    note: str | None = Field(
        None, description="Why it is worth a look, as a code: 'which_year', 'relative_date'."
    )


class Claim(BaseModel):
    """One factual statement of the article, with how and by whom it is asserted."""

    quote: str = Field(description="Verbatim text from the article: a sentence or a clause.")
    start: int = Field(-1, description="Offset of the quote in the article text; -1 if unknown.")
    summary: str = Field("", description="A short restatement of the claim.")
    sources: list[Source] = Field(default_factory=list)
    attributed: bool = Field(
        False,
        description="The sentence attributes what it says (a reporting verb, 'selon', a "
        "quotation), whether or not the speaker could be named: with no `sources`, the "
        "speaker was not identified, which is not the same as no source stated.",
    )
    hedged: bool = False
    hedges: list[str] = Field(default_factory=list, description="The words that hedge it.")
    details: list[Detail] = Field(default_factory=list)
    quoted: bool = Field(False, description="Inside a direct quotation.")
    headline: bool = Field(False, description="The article's title or a subheading.")

    @model_validator(mode="after")
    def _stated_sources_attribute(self) -> Claim:
        # A claim with a stated source is attributed, whichever extractor made it.
        if self.sources:
            self.attributed = True
        return self


class Article(BaseModel):
    """An article as Sift received it, after cleaning."""

    text: str
    title: str = ""
    language: str = "und"
    origin: str = Field("", description="Where it came from: a file path, a URL, 'telegram'.")
    url: str | None = None
    outlet: Source | None = Field(None, description="The publisher, when known (URL input).")
    published: str | None = None
    author: str | None = None


class Advice(BaseModel):
    """A localisable sentence: a code the renderers translate, with its parameters.

    Reasons ("a specific figure") and checks ("trace the KCNA dispatch") are stored as
    codes so that the same checklist can be shown in the article's or the user's language.
    Frozen, so that one instance of a parameterless advice can serve every item.
    """

    model_config = ConfigDict(frozen=True)

    code: str
    params: dict[str, str] = Field(default_factory=dict)


class ChecklistItem(BaseModel):
    """A claim to verify, with why it needs checking and what to check first."""

    rank: int
    priority: float = Field(description="Higher means more in need of checking.")
    claim: Claim
    reasons: list[Advice] = Field(default_factory=list)
    checks: list[Advice] = Field(default_factory=list)
    search_links: dict[str, str] = Field(default_factory=dict)


class Checklist(BaseModel):
    """The ranked checklist for one article: what Sift answers with."""

    article: Article
    items: list[ChecklistItem] = Field(default_factory=list)
    extractor: str = "heuristic"
    prompt_version: str | None = None
    notes: list[Advice] = Field(default_factory=list, description="E.g. the LLM was unavailable.")
