"""What the article teaches about who is who: full names, title holders, the words it describes
people with, and who opens a sentence, for later pronouns and surnames."""

from __future__ import annotations

import re

from bot.extraction.attribution.shapes import (
    _APPOSED_NAME,
    _APPOSED_NOUN,
    _CAPITALISED_WORD,
    _CLOSING_NAME,
    _COMPLEMENT_THEN_NAME,
    _ELIDED,
    _FIRST_WORD,
    _FULL_NAME,
    _GENITIVE_THEN_NAME,
    _NAME_BEFORE_TITLE,
    _NAME_RUN,
    _PATRONYMIC_ENDINGS,
    MAX_NAME_WORDS,
)
from bot.extraction.outlets import find_outlet
from bot.extraction.segmentation import Sentence, mask_quotes
from bot.extraction.speakers import SpeakerMemory, is_capitalised

# How far back the word before a name is read: an article or an outlet's kind is shorter.
MAX_WORD_BEFORE = 20


def _word_before(text: str, start: int) -> str:
    """The word right before `start` (a name's first letter), or ""."""
    before = text[max(0, start - MAX_WORD_BEFORE) : start].split()
    return before[-1] if before else ""


class NameLearning:
    """What the article teaches about who is who: full names, title holders, the words it
    describes people with, and who opens a sentence, for later pronouns and surnames."""

    def learn_names(self, text: str, memory: SpeakerMemory) -> None:
        """Learn the full names an article mentions, so that "Morrison" alone is known."""
        institutions = self.lexicon.institutions
        for found in _NAME_RUN.finditer(text):
            run: re.Match[str] | None = found
            first = found.group().split(maxsplit=1)[0]
            if first.lower() in self._function_words:
                # "Pour Anne Le Goff, ...": the capital of the sentence's first word
                run = _NAME_RUN.match(text, found.start() + len(first) + 1)
            for start, name in self._names_in_run(run) if run else ():
                tokens = name.split()
                if (
                    tokens[0].lower() in self.lexicon.determiners
                    or tokens[0].lower() in self._cut_words
                ):
                    continue  # "Für Änderungen", "Vor Tagen": German capitalises its nouns
                if any(t in self._not_name_words for t in tokens):
                    continue  # "South Sudan", "New York", "United States": places
                if any(t.endswith(("'s", "\u2019s")) for t in tokens[:-1]):
                    continue  # "Sudan's Darfur", "Ukraine's Kharkiv": a place of a place
                if self._office_without_name(name):
                    continue  # "Президент России": an office and its country
                if institutions is not None and institutions.fullmatch(tokens[0]):
                    continue  # "Instituto Andino", "Universidad Central": a body, no one
                if tokens[0].lower() in self._outlet_kinds or self._after_outlet_kind(text, start):
                    continue  # "Portal Agora", "a rádio Antena Norte": an outlet, no one
                if (
                    self._capitalised_nouns
                    and len(tokens) == 2
                    and self._adjective_after_article(text, start, tokens[0])
                ):
                    continue  # "auf der Internen Abteilung": German capitalises its nouns
                gender = self._gender.of_mention(text[max(0, start - 20) : start], name)
                memory.learn(name, gender)

    def _after_outlet_kind(self, text: str, start: int) -> bool:
        """Whether the word before a name is the cue file's word for a kind of outlet, in
        lowercase: "a rádio Antena Norte", "the newspaper Valley Post" name an outlet."""
        before = _word_before(text, start)
        return before.islower() and before in self._outlet_kinds

    def _adjective_after_article(self, text: str, start: int, word: str) -> bool:
        """Whether a capitalised word right after an article is an inflected adjective
        ("der Internen Abteilung", "die Freien Wähler"), no given name: a name follows no
        article."""
        return (
            _word_before(text, start).lower() in self.lexicon.determiners
            # after an article an adjective ends in -e or -en; "den Bauunternehmer Frank
            # Olsen" has a noun in -er
            and word.lower().endswith(("e", "en"))
            and self._gender.of_given_name(word) is None
        )

    def _names_in_run(self, run: re.Match[str]) -> list[tuple[int, str]]:
        """The full names in a run of capitalised words, with where they start: after the
        last title that leads the run ("Fisheries Minister Caroline Brandt" names Caroline
        Brandt), else every name of two or three words read from the run's start."""
        tokens = run.group().split()
        titles = self.lexicon.titles
        last_title = max(
            (i for i, t in enumerate(tokens[:-2]) if titles is not None and titles.fullmatch(t)),
            default=-1,
        )
        if last_title >= 0:
            rest = tokens[last_title + 1 :][:MAX_NAME_WORDS]
            if len(rest) == MAX_NAME_WORDS and not rest[1].lower().endswith(_PATRONYMIC_ENDINGS):
                rest = rest[1:]  # "Мер Донецька Олександр Лук'янченко": the city, then the name
            name = " ".join(rest)
            return [(run.start() + run.group().rfind(name), name)]
        before = run.string[max(0, run.start() - 40) : run.start()].split()[-1:]
        if (
            len(tokens) == MAX_NAME_WORDS
            and before
            and titles is not None
            and titles.fullmatch(before[0].lower())
            and not tokens[2].lower().endswith(_PATRONYMIC_ENDINGS)
            and self._object_before_verb
        ):
            # "президент России Владимир Путин": the office's country, then the name
            name = " ".join(tokens[1:])
            return [(run.start() + run.group().rfind(name), name)]
        found = [(run.start() + m.start(), m.group()) for m in _FULL_NAME.finditer(run.group())]
        if self._object_before_verb:
            # "глава МИД Арвении Лукан Вереш": three capitalised words with no patronymic
            # in the middle are a place in its case, then the given name and surname
            found = [
                (start + len(name.split()[0]) + 1, name.split(maxsplit=1)[1])
                if len(name.split()) == MAX_NAME_WORDS
                and not name.split()[1].lower().endswith(_PATRONYMIC_ENDINGS)
                else (start, name)
                for start, name in found
            ]
        return found

    def note_subject(self, sentence: Sentence, memory: SpeakerMemory, stated: bool = False) -> None:
        """Remember a person who opens a sentence ("Mr Obama lands in Kenya ..."), who
        holds which title, and the known person the sentence mentions last. The subject
        of a sentence that states no source (`stated` false) is what it is about: a bare
        verb next goes on with them ("Al mediodía, Sosa volvió al megáfono. Contó que")."""
        self._note_opener(sentence, memory)
        subject = self._note_clause_subject(sentence, memory)
        if stated:
            subject = None  # "Conforme a irmã, Luana estava grávida": the sister speaks on
        self._note_descriptions(sentence.text, memory)
        memory.topic = (
            self._note_titles(sentence.text, memory)
            or self._named_opener(sentence.text, memory)
            or self._closing_holder(sentence.text, memory)
            or subject
        )
        # The last known surname is the person mentioned last, whatever their role: "der
        # 42-Jährige" in a later sentence stands for them.
        tokens: list[str] = _CAPITALISED_WORD.findall(sentence.text)
        narrated = not (stated or sentence.inside_quote_at_start or sentence.opens_quote)
        unquoted = set(_CAPITALISED_WORD.findall(mask_quotes(sentence))) if narrated else set()
        for token in tokens:
            name = memory.surnames.get(token)
            if name:
                memory.mention(name, narrated=token in unquoted)

    def _note_descriptions(self, text: str, memory: SpeakerMemory) -> None:
        """Learn the common noun the article names a person with, right before the name
        or after it and a comma ("o empresário Otávio Leme", "Іван Коваль, фермер з
        Полтавщини"): the press calls them by it later ("O empresário negou"), a noun no
        list of titles can hold in full. Not where every noun is capitalised (German):
        there a noun and a name look alike."""
        if self._verb_second:
            return
        for match in _FULL_NAME.finditer(text):
            name = match.group()
            if name.split()[0].lower() in self._function_words:
                continue
            before = text[: match.start()].split()[-1:]
            # after the comma an article marks a noun where the language has them (",
            # recibe" is the verb); without articles, the noun stands bare (", фермер з")
            after = _APPOSED_NOUN.match(text, match.end())
            article = after.group(1) if after is not None else None
            if article is not None and not self._is_determiner(article.strip()):
                after = None  # ", de 52 anos", ", en Lyon"
            elif after is not None and self._articles and not article:
                after = None
            for word in before:
                if self._describes(word):
                    memory.describe(word, name)
            if after is None or not self._describes(after.group(2)):
                continue
            memory.describe(after.group(2), name)
            if article:
                # "sous l'impulsion de Maëlle Quéré, une ancienne cadre": a person, whom a
                # later "confie-t-elle" may mean though she was only mentioned
                gender = self._gender.of_name(name) or self._gender.of_article(article.strip())
                memory.learn(name)
                if gender:
                    memory.genders.setdefault(name, gender)
                memory.mention(name)

    def _describes(self, word: str) -> bool:
        """Whether a word next to a name may be a noun describing them: lowercase, not a
        function word, a preposition or a verb."""
        return (
            len(word) >= 4
            and word.isalpha()
            and word.islower()
            and word not in self._function_words
            and word not in self._cut_words
            and not self._is_verb(word)
            and not self._is_determiner(word)
        )

    def _synonyms_of(self, title: str) -> tuple[str, ...]:
        """The other words for an office, from the cue file's `title_synonyms`; "мэр
        города" is a "мэр" like any other."""
        return self._title_synonyms.get(title) or self._title_synonyms.get(title.split()[0], ())

    def _closing_holder(self, text: str, memory: SpeakerMemory) -> str | None:
        """The holder of a title named in apposition at the very end of the sentence:
        "Sul punto è intervenuto il presidente della Provincia, Renato Fabbri." introduces
        who speaks next ("«...», ha assicurato.")."""
        closing = [m for m in _CLOSING_NAME.finditer(text) if not text[m.end() :].strip(" .!")]
        name = closing[-1].group("name") if closing else None
        return name if name in memory.titled.values() else None

    def _named_opener(self, text: str, memory: SpeakerMemory) -> str | None:
        """The known person whose full name opens the sentence before a lowercase word
        (its verb): "Emiliano García-Page llegó a la zona por la tarde"."""
        opening = self._strip_fillers(text)
        name = _FULL_NAME.match(opening)
        if not name or name.group().split()[0].lower() in self._function_words:
            return None
        rest = opening[name.end() :].split()[:1]
        if not rest or not rest[0][:1].islower():
            return None
        surname = name.group().split()[-1]
        return memory.surnames.get(surname)

    def _note_titles(self, text: str, memory: SpeakerMemory) -> str | None:
        """Learn title holders from appositions: "La ministre de la justice, Christiane
        Taubira, ...", "Transport Minister Carlos Mendes said". Returns the holder of a
        title opening the sentence, its subject."""
        topic = None
        for abbreviated in (
            self._abbreviated_titles.finditer(text) if self._abbreviated_titles else ()
        ):
            # "Gov. Ellen Marquez": a later "the governor" is her. The first one so titled
            # keeps it: a second ("Kentucky Gov. Matt Bevin") is most often a comparison.
            title = self._title_abbreviations[" ".join(abbreviated.group("title").split())]
            memory.titled.setdefault(title, abbreviated.group("name"))
        for compound in self._compound_titles.finditer(text) if self._compound_titles else ():
            # "Landesgesundheitsminister Stefan Wirtz": a later "der Minister" is him
            memory.titled.setdefault(compound.group("head").lower(), compound.group("name"))
        for honoured in self._honoured_names.finditer(text) if self._honoured_names else ():
            for office in self._offices_of_honorific[honoured.group("honorific")]:
                memory.titled[office] = honoured.group("name")
        if self.lexicon.titles is None:
            return topic
        for match in self.lexicon.titles.finditer(text):
            holder = (
                _APPOSED_NAME.match(text, match.end())
                or _NAME_BEFORE_TITLE.search(text, 0, match.start())
                # "A vereadora da oposição Teresa Lopes": a complement, then the name;
                # "il consigliere comunale di opposizione Marco Caradonna": an adjective
                # first, where adjectives follow the noun (in Russian they come first, and
                # a genitive runs on: "министр иностранных дел Германии")
                or self._complement_then_name(text, match.end())
            )
            office = match.group().lower()
            if not holder and self._object_before_verb:
                # "Министр финансов Антон Силуанов": the broader nouns of the office stand
                # for him ("чиновник"), not the office itself, which names whichever
                # minister spoke last ("министр иностранных дел X ... глава МИД Y")
                genitive = _GENITIVE_THEN_NAME.match(text, match.end())
                for title in self._synonyms_of(office) if genitive else ():
                    if title != office and not office.startswith(title):
                        memory.titled[title] = genitive.group("name")  # type: ignore[union-attr]
            if holder:
                name = holder.group("name")
                for title in self._synonyms_of(office):
                    memory.titled[title] = name
                memory.titled[office] = name
                lead = text[: match.start()].split()
                if topic is None and (
                    not lead or (len(lead) == 1 and self._is_determiner(lead[0]))
                ):
                    topic = name
                # "Le directeur, Paul Martin": the title's gender is its holder's, so that
                # a later "elle" or "l'infirmière" does not stand for him.
                before = text[max(0, match.start() - 4) : match.start()].split()[-1:]
                gender = self._gender.of_name(" ".join([*before, match.group()]))
                if gender:
                    memory.genders.setdefault(name, gender)
        return topic

    def _complement_then_name(self, text: str, end: int) -> re.Match[str] | None:
        """The holder's name after an office's complement (`_COMPLEMENT_THEN_NAME`), an
        adjective before the complement only where adjectives follow their noun."""
        found = _COMPLEMENT_THEN_NAME.match(text, end)
        if found is None or (found.group("adjective") and self._object_before_verb):
            return None
        between = text[end : found.start("name")].split()
        if len(between) == 1 and between[0].rstrip("'’").islower():
            # "il nuovo sindaco di Porto Alcione", "the spokesman of Mario Rossi": a
            # place or a person the office belongs to, right after its preposition
            return None
        link = between[:1]
        if (
            find_outlet(found.group("name")) is not None
            or found.group("name").split()[0].lower() in self._outlet_kinds
            or (link and link[0].lower() in self._told_prepositions)
        ):
            return None  # "a déclaré le président à Radio Nova": the outlet he told
        following = _FIRST_WORD.match(text, found.end())
        link = following.group(1) if following is not None else ""
        if (
            link in self._complement_openers
            and not self._is_verb(link)
            and not self._gender.of_given_name(found.group("name").split()[0])
        ):
            # "El candidato del Partido Progresista Federal a la gobernación": the name
            # of a body the office belongs to, a preposition after it, not the holder;
            # a given name opening it is a person ("il sindaco di Lecco Mario Ferri al
            # termine del vertice")
            return None
        return found

    def _note_clause_subject(self, sentence: Sentence, memory: SpeakerMemory) -> str | None:
        """Remember a known person named in the main clause before its first finite verb:
        the subject, whom a "he" or "she" in the next sentence most likely means ("Lors
        d'un congrès, le juge Martin l'a encouragée. « ... », a-t-il dit"). Returns that
        person, whom a bare verb next goes on with ("Al mediodía, Sosa volvió al
        megáfono. Contó que ...")."""
        if self._verb_second:
            return None  # the subject may follow the verb, and every noun is capitalised
        tokens = self._main_clause(mask_quotes(sentence)).split()
        for i, token in enumerate(tokens):
            bare = token.strip(",.;:()«»\"“”'’")
            if _ELIDED.sub("", token.lower()) in self._finite_verbs and i > 0:
                return None
            if i == 0 or not is_capitalised(bare):
                continue
            # "L'avocate de M. Vandermeulen": a name after a preposition, its honorific
            # aside, is a complement, not the subject; so is a whole name in a case after
            # one ("панихиду по Ивану Смирнову"), where names are inflected.
            lead = i - 1
            while self.lexicon.case_suffixes and lead > 0 and tokens[lead].isalpha():
                if not is_capitalised(tokens[lead]):
                    break
                lead -= 1
            honorific = tokens[lead].lower().rstrip(".") in self.lexicon.honorifics
            if honorific and lead > 0:
                lead -= 1
            if tokens[lead].lower() in self._cut_words:
                continue
            if memory.knows_surname(bare):
                # The person as last remembered ("Mme Claire Vidal"), with their gender.
                known = next(
                    (n for n in reversed(memory.recent) if n.split()[-1] == bare),
                    memory.surnames.get(bare, bare),
                )
                if known == memory.last_person:
                    return known
                gender = memory.genders.get(known)
                if gender is None and honorific:
                    gender = self._gender.of_name(f"{tokens[i - 1]} {bare}")  # "M. Durand"
                memory.remember(known, gender)
                return known
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            gender = self._gender.of_given_name(bare)
            if gender and following[:1].islower():
                # "Installée depuis vingt ans, Martine vend des fromages": someone called
                # by a given name alone, after a fronted clause
                memory.remember(bare, gender)
                return bare
        return None

    def _main_clause(self, masked: str) -> str:
        """The sentence from its main clause on: "Поки Луценко чекає, Бондаренко вже діє",
        "Quand Martin attend, Dubois agit": the subordinate clause's subject is not the one
        a "he" or "she" next stands for (the cue file's `subordinators`; none in English,
        where the pronoun as often means the subordinate clause's subject)."""
        opening = self._subordinator.match(masked) if self._subordinator else None
        comma = masked.find(", ", opening.end()) if opening else -1
        return masked[comma + 2 :] if comma > 0 else masked

    def _note_opener(self, sentence: Sentence, memory: SpeakerMemory) -> None:
        """Remember a person who opens the sentence: an honorific, a known surname."""
        text = self._strip_fillers(sentence.text)
        tokens = text.split(maxsplit=4)[:4]
        if not tokens:
            return
        first = tokens[0].rstrip(",.").lower()
        if first in self.lexicon.honorifics and len(tokens) > 1 and is_capitalised(tokens[1]):
            # "Mrs Helen Carter said": the name runs on over a second capitalised word.
            names = [tokens[1]]
            if len(tokens) > 2 and not tokens[1].endswith(",") and is_capitalised(tokens[2]):
                names.append(tokens[2])
            name = " ".join([tokens[0], *names]).rstrip(",.")
            memory.remember(name, self._gender.of_name(name))
        elif (
            len(tokens) > 2
            and first not in self.lexicon.determiners
            and is_capitalised(tokens[0])
            and is_capitalised(tokens[1])
            and tokens[1].rstrip(",.") in memory.surnames
        ):
            memory.remember(memory.surnames[tokens[1].rstrip(",.")])
        elif tokens[0].rstrip(",.'’s") in memory.surnames:
            memory.remember(memory.surnames[tokens[0].rstrip(",.'’s")])
        elif self._titled_opener(tokens, memory):
            pass
        elif len(tokens) > 1 and not is_capitalised(tokens[1]):
            # "Sophie, 34 ans, élève seule ses enfants": someone the article calls by a
            # given name alone, whom a later "elle" stands for.
            given = tokens[0].rstrip(",.")
            gender = self._gender.of_given_name(given)
            known = {n for n in memory.surnames.values() if n.split()[0] == given}
            if gender:
                # "Marie-Pierre" after "Marie-Pierre Dausse": the one person so called
                memory.remember(known.pop() if len(known) == 1 else given, gender)

    def _titled_opener(self, tokens: list[str], memory: SpeakerMemory) -> bool:
        """Remember the known person a sentence opens on after their title, whatever the
        verb: "Gemeinderätin Ulrike Sommer sieht das anders", "Die Hebamme Katrin Albers
        arbeitet dort" (a later "sie" means her, not the speaker before her)."""
        titles = self.lexicon.titles
        for i in range(2, len(tokens)):
            surname = tokens[i].rstrip(",.")
            if surname not in memory.surnames:
                continue
            lead = " ".join(tokens[:i])
            if titles is None or not titles.search(lead):
                return False
            name = memory.surnames[surname]
            if (memory.last_person or "").split()[-1:] == [surname]:
                return True  # the speaker just remembered as the article wrote them
            gender = memory.genders.get(name) or self._gender.of_name(f"{lead} {surname}")
            memory.remember(name, gender)
            return True
        return False
