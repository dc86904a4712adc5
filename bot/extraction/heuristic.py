"""The heuristic extractor: the offline default, rules plus per-language cue data.

Every sentence that asserts something becomes a claim, with the sources the article states
for it (`attribution`), the words that hedge it (`hedging`) and its checkable details
(`details`). Two things need more than one sentence: a quotation that runs over several
sentences gives each of them its speaker, and a line ending in a colon ("President Obama
also said:") gives its speaker to the list items under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.extraction import Extraction, cycle_collection_paused
from bot.extraction.attribution import AttributionFinder
from bot.extraction.details import find_details
from bot.extraction.hedging import find_hedges, future_in_past
from bot.extraction.interview import Interview, interview_answers, is_question
from bot.extraction.lexicon import Lexicon, get_lexicon, opening_phrases
from bot.extraction.segmentation import (
    Paragraph,
    Sentence,
    mask_quotes,
    quoted_share,
    split_paragraphs,
    split_sentences,
)
from bot.extraction.speakers import SpeakerMemory
from bot.input.cleaning import ends_like_prose
from bot.models import Article, Claim, Source, SourceRole, SourceType

MIN_CLAIM_WORDS = 4
MIN_INTRODUCER_CLAIM_WORDS = 12
SUMMARY_CHARS = 140
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SPEAKER_ROLES = (SourceRole.SPEAKER, SourceRole.UNNAMED)

# Above this share of a sentence in quotation marks, the sentence is someone's words.
QUOTED_SHARE = 0.6
# A quotation this long inside a sentence is a statement, not a term in scare quotes.
MIN_QUOTATION_WORDS = 5


@cache
def _finder(code: str) -> AttributionFinder:
    return AttributionFinder(get_lexicon(code))


class HeuristicExtractor:
    """Rule-based claim, source and hedge extraction; no network, no model."""

    name = "heuristic"

    def extract_sync(self, article: Article) -> Extraction:
        """Extract the claims of a prepared article."""
        return self.extract_part(article, split_paragraphs(article.text))

    def extract_part(
        self,
        article: Article,
        paragraphs: Sequence[Paragraph],
        *,
        context: int = 0,
        headline: bool = True,
    ) -> Extraction:
        """Extract the claims of some of an article's paragraphs, in order.

        The first `context` paragraphs are read for who is speaking but give no claims:
        a part that starts mid-article then knows the speakers and quotations that run
        into it, as when the whole article is read (`bot.parallel` splits long texts so).
        `headline` adds the title's claim after the paragraphs' own.
        """
        with cycle_collection_paused():
            return self._extract_part(article, paragraphs, context, headline)

    def _extract_part(
        self, article: Article, paragraphs: Sequence[Paragraph], context: int, headline: bool
    ) -> Extraction:
        lexicon = get_lexicon(article.language)
        finder = _finder(lexicon.code)
        memory = SpeakerMemory()
        claims: list[Claim] = []
        carried: list[Source] | None = None  # the speaker of a list introduced by a colon
        previous_speakers: list[Source] = []  # who spoke in the last quotation
        previous_reported: list[Source] = []  # who spoke in the last indirect speech
        introduced: list[Source] = []  # who introduced a quotation with a colon
        presented: list[Source] = []  # the person the last paragraph was about
        portrayed: list[Source] = []  # the person the last paragraph named last
        planned = False  # the previous paragraph set up a plan in a past tense
        finder.learn_names(article.text, memory)
        interview = interview_answers(paragraphs, lexicon)
        answer_labels = _answer_labels(paragraphs)
        interviewee: list[Source] = []
        unclaimed: list[int] = []  # the quotation ending the last paragraph, no speaker named
        unsourced: int | None = None  # the claim ending the last paragraph, if no one's

        for number, paragraph in enumerate(paragraphs):
            if number == interview.first_question:
                interviewee = _interviewee(memory)
            sentences = split_sentences(paragraph, lexicon)
            if not sentences:
                continue
            futures, planned = future_in_past(sentences, lexicon, planned)
            sources, attributed, portraits = _attribute(sentences, finder, memory)
            own = [bool(stated) for stated in sources]
            _name_ending_before(sentences[0], sources[0], lexicon, claims, unclaimed, unsourced)
            label = _labelled_speaker(paragraph.text, memory, answer_labels)
            if label and number in interview.answers:
                # "Nadia Fenwick: It's the worst I've seen ...": the name printed on an
                # answer says who the interview questions, whoever was named before
                interviewee = list(label)
            # "Huber: Die Baukosten sind ...", and an interview's answers: their words
            speaker = label or (interviewee if number in interview.answers else [])
            if speaker:
                sources = [stated or list(speaker) for stated in sources]
                attributed = [True] * len(attributed)
            if not previous_speakers and paragraph.text.lstrip()[:1] in _QUOTE_OPENERS:
                # 'Elle raconte :' then '« ... »'
                previous_speakers = introduced or presented
                if not previous_speakers and _runs_on(paragraph.text):
                    # '« ...' with no closing mark: a long quotation over several
                    # paragraphs (French typography) from the person the paragraph
                    # before was about
                    previous_speakers = portrayed
            # "« ... » C'est ce qu'a expliqué X": the speaker named after the quotation
            # owns it, before a quotation's speaker is carried on from before.
            _refer_back(sentences, sources, lexicon)
            _share_within_quotations(sentences, sources, previous_speakers, portraits)
            previous_reported = _continue_reported_speech(
                sentences, sources, lexicon, previous_reported
            )
            _point_back(sentences, sources, lexicon)
            previous_speakers = _quotation_speakers(sentences[-1], sources[-1])
            introduced = _introducer_speakers(sentences[-1], sources[-1])
            presented = _presenter(paragraph.text, memory)
            portrayed = _portrayed(paragraph.text, memory)

            body, carried = _claim_body(paragraph, sentences, sources, carried)
            if number < context:
                continue
            if _asks(interview, number, paragraph):
                body, attributed, futures, own = _without_questions(body, attributed, futures, own)
            added = len(claims)
            unclaimed = _add_claims(claims, body, attributed, futures, own, lexicon)
            unsourced = _unsourced_ending(claims, added, sentences[-1])
            if label:
                # An answer printed after its speaker's name is their words verbatim: a
                # quotation without quotation marks.
                claims[added:] = [c.model_copy(update={"quoted": True}) for c in claims[added:]]

        if headline and article.title:
            claims.append(_headline_claim(article.title, lexicon))
        return Extraction(claims=claims, extractor=self.name)

    async def extract(self, article: Article) -> Extraction:
        return self.extract_sync(article)


def _attribute(
    sentences: list[Sentence], finder: AttributionFinder, memory: SpeakerMemory
) -> tuple[list[list[Source]], list[bool], list[list[Source]]]:
    """The sources each sentence states, whether it is someone's words at all (a
    reporting cue, or a direct quotation), and the person each sentence is about (named
    in it and remembered as its subject), remembering who is who as the article goes."""
    sources: list[list[Source]] = []
    attributed: list[bool] = []
    portraits: list[list[Source]] = []
    for sentence in sentences:
        stated, cued = finder.attribute(sentence, memory)
        sources.append(stated)
        attributed.append(cued or _quotes_someone(sentence))
        finder.note_subject(sentence, memory, stated=bool(stated))
        portraits.append(_opening_portrait(sentence, memory))
    return sources, attributed, portraits


def _claim_body(
    paragraph: Paragraph,
    sentences: list[Sentence],
    sources: list[list[Source]],
    carried: list[Source] | None,
) -> tuple[list[tuple[Sentence, list[Source]]], list[Source] | None]:
    """The sentences that make claims, with their sources, and the speaker a paragraph
    ending on a colon passes on to the list items under it ("President Obama also said:")."""
    if paragraph.text.endswith(":"):
        carried = sources[-1] or carried
        # "President Obama also said:" only introduces; a long sentence ending in a colon
        # also states something itself.
        keep = len(sentences[-1].text.split()) >= MIN_INTRODUCER_CLAIM_WORDS
        return list(zip(sentences, sources, strict=True))[: None if keep else -1], carried
    if ends_like_prose(paragraph.text) or carried is None:
        return list(zip(sentences, sources, strict=True)), None
    inherited = [stated or list(carried) for stated in sources]
    return list(zip(sentences, inherited, strict=True)), carried


def _add_claims(
    claims: list[Claim],
    body: list[tuple[Sentence, list[Source]]],
    attributed: list[bool],
    futures: list[int | None],
    own: list[bool],
    lexicon: Lexicon,
) -> list[int]:
    """Append a paragraph's claims; return the indexes of the quotation that ends it with
    no speaker named in its own sentences (a next paragraph may name them)."""
    unclaimed: list[int] = []
    for (sentence, stated), cued, future_from, named in zip(
        body, attributed, futures, own, strict=False
    ):
        claim = _make_claim(sentence, stated, lexicon, future_from, attributed=cued)
        if claim is not None:
            claims.append(claim)
            quoted_alone = claim.quoted and not named
            unclaimed = [*unclaimed, len(claims) - 1] if quoted_alone else []
    return unclaimed


def _refer_back(sentences: list[Sentence], sources: list[list[Source]], lexicon: Lexicon) -> None:
    """Give the source of a sentence that points back ("Об этом сообщил X", "Así lo ha
    asegurado X", "Das sagte X", "C'est ce qu'a affirmé X") to the unattributed sentence
    right before it in the paragraph: reports often state first and name who said it
    after. Only that one: the sentences before it are most often the journalist's own."""
    marks = opening_phrases(lexicon.code, "back_reference")
    if marks is None:
        return
    for i, sentence in enumerate(sentences):
        # "Das berichtete die Zeitung", "A informação é do jornal O Globo": an outlet too;
        # "Про це пише агенція Reuters з посиланням на три джерела": the whole chain.
        if not sources[i] or not marks.match(sentence.text):
            continue
        if i > 0 and not sources[i - 1]:
            sources[i - 1] = list(sources[i])


def _unsourced_ending(claims: list[Claim], added: int, last: Sentence) -> int | None:
    """The index of the claim a paragraph ends on when it attributes nothing: a next
    paragraph opening on "Así lo informó X" may name its source."""
    if len(claims) <= added:
        return None
    claim = claims[-1]
    if claim.start != last.start or claim.attributed or claim.quoted:
        return None
    return len(claims) - 1


def _name_ending_before(
    sentence: Sentence,
    stated: list[Source],
    lexicon: Lexicon,
    claims: list[Claim],
    unclaimed: list[int],
    unsourced: int | None,
) -> None:
    """A paragraph opening on a back reference ("C'est ce qu'a expliqué X", "Así lo informó
    la Policía, que precisó ...", "Об этом сообщил X") names the source of how the
    paragraph before ended, as `_refer_back` does within a paragraph: the quotation with
    no speaker named is X's, not the speaker carried on to it; a statement attributing
    nothing takes X's whole chain."""
    marks = opening_phrases(lexicon.code, "back_reference")
    if not stated or marks is None or not marks.match(sentence.text):
        return
    speakers = _first_speaker(stated) or stated[:1]
    for index in unclaimed:
        claims[index] = claims[index].model_copy(
            update={"sources": list(speakers), "attributed": True}
        )
    if unsourced is not None:
        claims[unsourced] = claims[unsourced].model_copy(
            update={"sources": list(stated), "attributed": True}
        )


def _continue_reported_speech(
    sentences: list[Sentence],
    sources: list[list[Source]],
    lexicon: Lexicon,
    previous: list[Source],
) -> list[Source]:
    """Give the speaker of indirect speech to the unattributed sentences that continue it.

    German reports a speaker's words in the Konjunktiv I ("sei", "habe"), sentence after
    sentence, naming the speaker once: '..., sagte Lucke. Ein Gespräch sei nicht sinnvoll.'
    Returns the speaker still talking at the end of the paragraph.
    """
    marks = lexicon.reported_speech
    if marks is None:
        return []
    speaker = previous
    paused = False  # one indicative sentence came after the speaker's indirect speech
    for i, sentence in enumerate(sentences):
        if sources[i]:
            speaker = _first_speaker(sources[i])
            paused = False
        elif speaker and marks.search(mask_quotes(sentence)):
            sources[i] = list(speaker)
            paused = False
        elif speaker and not paused:
            # A single indicative sentence may interrupt the indirect speech of the same
            # speaker within a paragraph ('..., so Berger. Die Halle bleibt zu. Man werde
            # sie im Herbst prüfen lassen.'); it stays unattributed itself.
            paused = True
        else:
            speaker = []
    return [] if paused else speaker


def _point_back(sentences: list[Sentence], sources: list[list[Source]], lexicon: Lexicon) -> None:
    """Give a sentence opening on a word that points back ("Demnach fehlen ...", the cue
    file's `points_back`) the source of the sentence before it, a document included."""
    marks = opening_phrases(lexicon.code, "points_back")
    if marks is None:
        return
    for i in range(1, len(sentences)):
        if not sources[i] and sources[i - 1] and marks.match(sentences[i].text):
            sources[i] = sources[i - 1][:1]


# The marks that open a quotation paragraph (dash dialogue is read as speech already).
_QUOTE_OPENERS = '«“"„»'


def _introducer_speakers(sentence: Sentence, sources: list[Source]) -> list[Source]:
    """Who a quotation opening the next paragraph with no attribution of its own is
    likely from: the speaker of a sentence ending on a colon ("Elle raconte :"), or a
    person whose reported words end the paragraph ('Selon Marie Leroy, le coût
    dépassera...' then '« C'est un plan électoral. »'). Not a body or an outlet: after
    "the ministry said", a quotation is more often from a person named next."""
    if sentence.inside_quote_at_start:
        return []
    if sentence.text.rstrip().endswith(":"):
        return _first_speaker(sources)
    return [s for s in _first_speaker(sources) if s.type == SourceType.PERSON]


def _asks(interview: Interview, number: int, paragraph: Paragraph) -> bool:
    """Whether a paragraph is one of an interview's questions: the interviewer asks, and a
    question asserts nothing to check ("— Рішення вже набрало чинності?")."""
    return (
        interview.first_question is not None
        and number >= interview.first_question
        and number not in interview.answers
        and is_question(paragraph.text)
    )


def _without_questions(
    body: list[tuple[Sentence, list[Source]]],
    attributed: list[bool],
    futures: list[int | None],
    own: list[bool],
) -> tuple[list[tuple[Sentence, list[Source]]], list[bool], list[int | None], list[bool]]:
    """An interviewer's paragraph without its questions, which assert nothing; a statement
    before one stays ("Sunwave says the ruling puts 150 jobs at risk. Is that fair?")."""
    kept = [i for i, (sentence, _) in enumerate(body) if not is_question(sentence.text)]
    return (
        [body[i] for i in kept],
        [attributed[i] for i in kept],
        [futures[i] for i in kept],
        [own[i] for i in kept],
    )


def _interviewee(memory: SpeakerMemory) -> list[Source]:
    """Who an interview questions: the person the article named last before its first
    question ("Marie Leroy dirige l'hôpital. Elle a répondu à nos questions."), though
    only mentioned there ("The residents were represented by solicitor Eleanor Whitlow.
    We asked her about the case.") after someone else spoke."""
    # named in the same sentence, the one mentioned after the subject: "корреспондент Денис
    # Орлов поговорил с министром Риммой Гайнуллиной"
    named = [name for name in (memory.last_mentioned, memory.last_person) if name]
    if not named:
        return []
    return _person(max(named, key=lambda name: memory.named_in.get(name, -1)))


def _runs_on(text: str) -> bool:
    """Whether a paragraph opens a quotation it does not close ("« ..." and no "»"): in
    French typography a long quotation opens every paragraph and closes on the last."""
    opened = text.lstrip()[:1]
    closing = {"«": "»", "“": "”", "„": "“", '"': '"'}.get(opened)
    if closing is None:
        return False
    if opened == closing:
        return text.count(opened) % 2 == 1  # '"' both opens and closes
    return text.count(closing) < text.count(opened)


_LABEL = re.compile(r"\s*(?P<label>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}) ?: ")


def _labelled_speaker(text: str, memory: SpeakerMemory, answers: frozenset[str]) -> list[Source]:
    """The person a paragraph is labelled with ("Huber: ...", "Martina Huber : ..."), when
    the article named them before, or when the label opens several answers (`answers`,
    see `_answer_labels`); a label that names nobody known ("STANDARD:", "Frage:") is the
    interviewer's or a heading's."""
    label = _LABEL.match(text)
    if label is None:
        return []
    words = label.group("label").split()
    if not all(w[:1].isupper() for w in words):
        return []
    person = memory.surnames.get(words[-1])
    # "Nadia Fenwick:" labels the "Dr Nadia Fenwick" named before
    if person is None or (len(words) > 1 and not person.endswith(" ".join(words))):
        return _person(label.group("label")) if label.group("label") in answers else []
    return _person(person)


# An interview printed with name labels gives its interviewee's label to two answers at
# least; a one-letter label ("A:") names no one.
MIN_LABELLED_ANSWERS = 2


def _answer_labels(paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """The labels that open several paragraphs that answer rather than ask ("Tieber: Wir
    brauchen ...", where "Rundschau: Wird es weitere Streiks geben?" asks): the
    interviewee's name as the article prints it, though it named them only in a heading."""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        label = _LABEL.match(paragraph.text)
        if label is None or is_question(paragraph.text) or len(label.group("label")) < 2:
            continue
        counts[label.group("label")] = counts.get(label.group("label"), 0) + 1
    return frozenset(label for label, count in counts.items() if count >= MIN_LABELLED_ANSWERS)


def _opening_portrait(sentence: Sentence, memory: SpeakerMemory) -> list[Source]:
    """The person a sentence without quotations opens on ("Françoise Martin, 66 ans,
    fait partie des fidèles.", "El capitán, Ceballos, fue más autocrítico."), if the
    article remembers them as a person."""
    person = memory.last_person
    if sentence.quoted_spans or not person:
        return []
    opening = sentence.text.split()[:4]
    surname = person.split()[-1]
    return _person(person) if any(w.strip(",.;:") == surname for w in opening) else []


def _portrayed(text: str, memory: SpeakerMemory) -> list[Source]:
    """The person named last, when the paragraph `text` names them: whom a quotation
    opening the next paragraph with no speaker of its own most likely comes from."""
    person = memory.last_person
    if not person or (person not in text and person.split()[-1] not in text):
        return []
    return _person(person)


def _presenter(text: str, memory: SpeakerMemory) -> list[Source]:
    """The person a paragraph ending on a colon with no speaker of its own presents:
    'Paul Martin a prononcé un discours. En voici les extraits :' then '« ... »'. The
    last person named, if the paragraph names them."""
    return _portrayed(text, memory) if text.rstrip().endswith(":") else []


def _person(name: str) -> list[Source]:
    """A person the rules infer speaks, as a source list."""
    return [Source(name=name, role=SourceRole.SPEAKER, type=SourceType.PERSON)]


def _quotation_speakers(sentence: Sentence, sources: list[Source]) -> list[Source]:
    """The speaker of a sentence that quotes someone, for a quotation that follows it."""
    if not sentence.quoted_spans:
        return []
    return _first_speaker(sources)


def _first_speaker(sources: list[Source]) -> list[Source]:
    """The first source that speaks (a person, a body, someone unnamed), as a list of
    none or one: outlets and documents relay, they do not go on talking."""
    return [s for s in sources if s.role in _SPEAKER_ROLES][:1]


def _share_within_quotations(
    sentences: list[Sentence],
    sources: list[list[Source]],
    previous: list[Source],
    portraits: list[list[Source]],
) -> None:
    """Give every sentence of a multi-sentence quotation the quotation's speaker.

    A quotation with no attribution of its own that follows a quoted sentence
    ('"...," Volker said. "As you know, ...') continues the same speaker's words, within
    a paragraph or across the next one.
    """
    _continue_dash_quotations(sentences, sources)
    i = 0
    while i < len(sentences):
        starts_quote = sentences[i].opens_quote or (i == 0 and sentences[i].inside_quote_at_start)
        if not starts_quote and not (
            sentences[i].quoted_spans and sentences[i].text.lstrip()[:1] in '"“«„'
        ):
            i += 1
            continue
        j = i + 1
        while j < len(sentences) and sentences[j].inside_quote_at_start:
            j += 1
        group = range(i, j)
        speakers = [s for k in reversed(group) for s in sources[k] if s.role in _SPEAKER_ROLES]
        if not speakers:
            speakers = [s for k in reversed(group) for s in sources[k]]
        if not speakers:
            before = i - 1
            if before >= 0 and sentences[before].quoted_spans:
                speakers = _quotation_speakers(sentences[before], sources[before])
            elif before >= 0:
                # A quotation right after a speaker's reported words goes on in their own
                # words: 'Es sei erschreckend, sagt Zahn. "Dreyer will nichts gewusst haben.'
                # Or after a sentence about a person: 'Françoise, 66 ans, fait partie des
                # fidèles. « On vieillit tous. »'
                speakers = (
                    _first_speaker(sources[before]) or sources[before][:1] or portraits[before]
                )
            elif before < 0:
                speakers = previous
        if speakers:
            for k in group:
                if not sources[k]:
                    sources[k] = [speakers[0]]
        i = j


def _continue_dash_quotations(sentences: list[Sentence], sources: list[list[Source]]) -> None:
    """ "— Вода прибывает, — сообщила Анна Кравец. — Мы просим жителей ...": a dash that
    opens the sentence after a quotation with its speaker resumes the same quotation."""
    for i in range(1, len(sentences)):
        resumes = sentences[i].text.lstrip()[:1] in _DASHES
        after_quote = sentences[i - 1].text.lstrip()[:1] in _DASHES + _QUOTE_OPENERS
        speakers = _first_speaker(sources[i - 1])
        if resumes and after_quote and speakers and not sources[i]:
            sources[i] = list(speakers)


_DASHES = "—–"


def _make_claim(
    sentence: Sentence,
    sources: list[Source],
    lexicon: Lexicon,
    future_from: int | None = None,
    attributed: bool = False,
) -> Claim | None:
    text = sentence.text.strip()
    if not _has_min_words(text):
        return None
    if text.rstrip("»”\"'’) ").endswith("?") and not sentence.inside_quote_at_start:
        return None
    hedges = find_hedges(sentence, lexicon, future_from, attributed=bool(sources))
    return Claim(
        quote=text,
        start=sentence.start,
        summary=summarise(text),
        sources=sources,
        attributed=attributed or sentence.inside_quote_at_start,
        hedged=bool(hedges),
        hedges=hedges,
        details=find_details(text, lexicon),
        quoted=sentence.inside_quote_at_start or quoted_share(sentence) > QUOTED_SHARE,
        headline=False,
    )


def _quotes_someone(sentence: Sentence) -> bool:
    """Whether the sentence is mostly a quotation, or holds one of a clause's length:
    someone's words, not a scare-quoted term ("the so-called "reform"")."""
    if quoted_share(sentence) > QUOTED_SHARE:
        return True
    return any(
        len(_WORD.findall(sentence.text[a:b])) >= MIN_QUOTATION_WORDS
        for a, b in sentence.quoted_spans
    )


def _has_min_words(text: str) -> bool:
    """Whether `text` has at least MIN_CLAIM_WORDS words (runs of letters or digits)."""
    # Every blank-separated token holding a letter or digit holds at least one word: most
    # sentences are settled by their first tokens, without a regex over all of them.
    count = 0
    for token in text.split(maxsplit=MIN_CLAIM_WORDS):
        if any(ch.isalnum() for ch in token):
            count += 1
            if count == MIN_CLAIM_WORDS:
                return True
    return len(_WORD.findall(text)) >= MIN_CLAIM_WORDS


def _headline_claim(title: str, lexicon: Lexicon) -> Claim:
    paragraph = Paragraph(title, -1, -1)
    sentence = Sentence(text=title, start=-1, end=-1, paragraph=-1)
    sentences = split_sentences(paragraph, lexicon) or [sentence]
    hedges = [h for s in sentences for h in find_hedges(s, lexicon)]
    return Claim(
        quote=title,
        start=-1,
        summary=summarise(title),
        sources=[],
        hedged=bool(hedges),
        hedges=hedges,
        details=find_details(title, lexicon),
        quoted=False,
        headline=True,
    )


def summarise(text: str) -> str:
    """A claim's short restatement: its text on one line, cut on a word near 140 chars."""
    text = " ".join(text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    cut = text.rfind(" ", 0, SUMMARY_CHARS)
    return text[: cut if cut > 0 else SUMMARY_CHARS].rstrip(",;:") + "…"
