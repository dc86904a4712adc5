"""Interviews: the answers are the words of the person interviewed.

A question-and-answer article ("— Combien de postes sont vacants ?" then "— Nous avons 35
postes vacants sur 210.") names its interviewee once, before the first question, and no
answer says who speaks. `interview_answers()` finds the paragraphs that answer a question
when the article reads as an interview: at least two questions each followed by an
answer, and answers spoken in the first person or printed in quotes. An explainer that
asks its own questions ("Qu'est-ce que le chlorothalonil ? C'est un fongicide ...")
answers in the third person and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.extraction.lexicon import Lexicon
from bot.extraction.segmentation import OPEN_QUOTES, Paragraph

MIN_QUESTIONS = 2
MAX_QUESTION_WORDS = 60
MAX_ANSWER_PARAGRAPHS = 3  # an answer runs over a few paragraphs, not to the article's end
MIN_FIRST_PERSON_SHARE = 0.5
_CLOSING_MARKS = " \t»”\"'’)"
_DIALOGUE_DASHES = "—–"
_ANSWER_LABEL = re.compile(r"\s*[^\W\d_][.:]\s")


@dataclass
class Interview:
    """Where an interview's questions start and which paragraphs answer them."""

    first_question: int | None = None
    answers: set[int] = field(default_factory=set)


def is_question(text: str) -> bool:
    """Whether a paragraph is a question put to someone: short, ending on "?"."""
    stripped = text.rstrip(_CLOSING_MARKS)
    return stripped.endswith("?") and len(stripped.split()) <= MAX_QUESTION_WORDS


def interview_answers(paragraphs: Sequence[Paragraph], lexicon: Lexicon) -> Interview:
    """The answer paragraphs of an interview, or an empty `Interview` for any other article."""
    questions = [i for i, p in enumerate(paragraphs) if is_question(p.text)]
    answers: set[int] = set()
    answered = 0
    for index in questions:
        run = 0
        following = index + 1
        while (
            following < len(paragraphs)
            and run < MAX_ANSWER_PARAGRAPHS
            and not is_question(paragraphs[following].text)
        ):
            answers.add(following)
            run += 1
            following += 1
        answered += run > 0
    if answered < MIN_QUESTIONS or lexicon.first_person is None:
        return Interview()
    verbs = lexicon.first_person_verbs
    spoken = {
        i
        for i in answers
        if lexicon.first_person.search(paragraphs[i].text)
        or (verbs is not None and verbs.search(paragraphs[i].text))
        or _quoted(paragraphs[i].text)
    }
    if len(spoken) < MIN_FIRST_PERSON_SHARE * len(answers):
        if _addressed(paragraphs, questions, lexicon) < MIN_QUESTIONS:
            return Interview()
        # Questions put to someone ("comment arrivez-vous à ce chiffre ?"): an interview
        # whose answers need not say "I"; but past each answer's first paragraph, only
        # spoken ones go on answering (the article resumes its own reporting after them)
        answers = {i for i in answers if i - 1 in questions or i in spoken}
    return Interview(first_question=questions[0], answers=answers)


def _addressed(paragraphs: Sequence[Paragraph], questions: list[int], lexicon: Lexicon) -> int:
    """How many questions are put to someone in the second person ("comment arrivez-vous
    à ce chiffre ?"), as an interviewer asks and an explainer does not."""
    second = lexicon.second_person
    return 0 if second is None else sum(1 for i in questions if second.search(paragraphs[i].text))


def _quoted(text: str) -> bool:
    """Whether an answer is printed as speech: in quotes ("«No. L'aumento sarà del 4%.»"),
    after a dialogue dash ("— Суд не забороняв проводити фестиваль.") or after a one-letter
    answer label ("R. La sentencia anula la licencia", "A: No."); then it is spoken, even
    when it says no "I"."""
    return text.lstrip()[:1] in OPEN_QUOTES + '"' + _DIALOGUE_DASHES or bool(
        _ANSWER_LABEL.match(text)
    )
