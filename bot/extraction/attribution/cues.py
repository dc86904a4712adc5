"""The cue file compiled once per language: the patterns and word sets the rules read."""

from __future__ import annotations

import re

from bot.extraction.attribution.shapes import (
    _LOWER,
    _NAME_WORD,
    _UPPER,
    _any_of,
    _lowered,
    _name_compound_pattern,
    _setting,
)
from bot.extraction.lexicon import (
    Lexicon,
    PhraseMatcher,
    clause_opener_regex,
    opening_phrases,
    phrase_regex,
    with_modifiers,
)
from bot.extraction.speakers import GenderCues


class CompiledCues:
    """The cue file compiled once per language: the patterns and word sets the rules read."""

    def _compile_patterns(self, lexicon: Lexicon) -> None:
        """The regular expressions built from the cue file, compiled once per language:
        here those for the clause around a cue, then those for names
        (`_compile_name_patterns`)."""
        inverted = "|".join(re.escape(p) for p in lexicon.inverted_pronouns)
        self._inverted_pronoun = (
            re.compile(rf"(?<![\w-])[^\W\d_]+(?:{inverted})(?![\w-])", re.IGNORECASE)
            if inverted
            else None
        )
        fillers = lexicon.leading_fillers
        self._filler = (
            PhraseMatcher(rf"^(?:(?:{fillers.pattern})(?:[\s,]+|$))+", whole_words=False)
            if fillers
            else None
        )
        that_words = [
            re.escape(w) + ("" if w.endswith(("'", "’")) else r"(?![\w])")
            for w in lexicon.words("attribution", "that")
        ]
        self._that = re.compile(
            r"\s*,?\s*(?:" + ("|".join(that_words) or "(?!)") + ")", re.IGNORECASE
        )
        self._that_words = _lowered(lexicon, "that")
        self._inversion_cue = re.compile(
            r"(?:^|\s)(?:"
            + (
                "|".join(re.escape(w) for w in lexicon.words("attribution", "inversion_cues"))
                or "(?!)"
            )
            + r")\s*$",
            re.IGNORECASE,
        )
        # "indique-t-on à la préfecture": the words before the body an impersonal "on"
        # speaks for; they open a sentence too: "Au ministère, on assure que ...".
        places = lexicon.words("attribution", "impersonal_places")
        self._place_words = frozenset(p.lower() for p in places)
        self._fronted_place = (
            re.compile(r"^\s*(?:" + _any_of(places) + r")\s+", re.IGNORECASE) if places else None
        )
        self._impersonal_places = re.compile(
            # "auprès d'une source": an elided place word runs into its noun
            r"\s+(?:" + (_any_of(places) or "(?!)") + r")(?:\s+|(?<=['’]))",
            re.IGNORECASE,
        )
        # Verbs that report only in a narrator's insert between dashes: "— начал Путин",
        # "— закончил он"; elsewhere they mean something else ("как закончил X").
        self._insert_verbs = phrase_regex(lexicon.words("attribution", "insert_verbs"))
        told = lexicon.words("attribution", "told_outlet")
        self._told = phrase_regex(told) if told else None
        self._told_prepositions = frozenset(w.lower() for w in told if " " not in w)
        self._bare_told = bool(_setting(lexicon, "bare_told_outlet"))
        # Kinds of outlet, before a name the list of outlets does not know ("al quotidiano X").
        self._outlet_kinds = _lowered(lexicon, "outlet_kinds")
        self._outlet_name_words = frozenset(lexicon.words("attribution", "outlet_name_words"))
        markers = lexicon.words("attribution", "infinitive_markers")
        # A reported intention or admission as an infinitive clause after a comma.
        self._infinitive_clause = (
            re.compile(rf",\s[^.;:!?]{{0,120}}?\b(?:{_any_of(markers)})\s+\w+\s*(?=[.;!?,]|$)")
            if markers
            else None
        )
        # ... or a clause in the subjunctive of reported speech: "hat auf die Frage
        # geantwortet, er wolle nichts ausschließen" (its verb among the first words).
        subjunctive = lexicon.words("attribution", "reported_speech")
        self._subjunctive_clause = (
            re.compile(
                rf",\s(?:[^\W\d_][\w-]*\s){{1,3}}(?:{_any_of(subjunctive)})\b", re.IGNORECASE
            )
            if subjunctive
            else None
        )
        self._passive_auxiliaries = _lowered(lexicon, "passive_auxiliaries")
        hearsay = lexicon.words("attribution", "hearsay_before_verb")
        self._hearsay_before = re.compile("|".join(hearsay)) if hearsay else None
        self._compile_name_patterns(lexicon)

    def _compile_name_patterns(self, lexicon: Lexicon) -> None:
        """The regular expressions for names, offices and outlets around a cue."""
        self._title_abbreviations: dict[str, str] = {
            k: v.lower() for k, v in _setting(lexicon, "title_abbreviations", {}).items()
        }
        self._abbreviated_titles = (
            re.compile(
                rf"(?<![\w.])(?P<title>{_any_of(list(self._title_abbreviations))})\s+"
                rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?![\w])"
            )
            if self._title_abbreviations
            else None
        )
        # Offices the press names by several words ("il sindaco", "il primo cittadino"):
        # the holder of one holds them all.
        self._title_synonyms: dict[str, tuple[str, ...]] = {
            word.lower(): tuple(w.lower() for w in group)
            for group in _setting(lexicon, "title_synonyms", [])
            for word in group
        }
        # "Aus dem Ministerium hieß es, ...": an impersonal report whose source is the
        # phrase after the preposition opening the sentence.
        fronted = lexicon.words("attribution", "fronted_report_cues")
        self._fronted_report = (
            re.compile(
                r"^(?P<prep>[\w'’]+)\s+(?P<source>[^,.;:!?]{2,80}?)\s+(?:"
                + _any_of(fronted)
                + r")(?![\w])",
                re.IGNORECASE,
            )
            if fronted
            else None
        )
        links = lexicon.words("attribution", "reporter_outlet")
        # "Jane Doe of the Washington Post", "Anne Martin, du Monde": a reporter's outlet.
        self._reporter_outlet = (
            re.compile(r",?\s*(?:" + _any_of(links) + r")\s+", re.IGNORECASE) if links else None
        )
        self._compile_phrase_patterns(lexicon)

    def _compile_phrase_patterns(self, lexicon: Lexicon) -> None:
        """The regular expressions for the words that open, split or stand for a phrase:
        weekdays, determiners, an adverb inside a compound verb, compounds, references."""
        self._weekdays = phrase_regex(lexicon.words("dates", "weekdays"))
        self._determiner = re.compile(
            r"^(?:"
            + "|".join(
                re.escape(d) + ("" if d.endswith("'") else r"\s+")
                for d in sorted(lexicon.determiners, key=len, reverse=True)
            )
            + r")",
            re.IGNORECASE,
        )
        # An adverb splitting a compound reporting verb: "X a également précisé que".
        auxiliaries = lexicon.words("attribution", "compound_auxiliaries")
        adverbs = lexicon.words("attribution", "verb_adverbs")
        self._verb_adverbs = frozenset(a.lower() for a in adverbs if " " not in a)
        self._split_verb = (
            re.compile(
                rf"(?<![\w-])((?:{_any_of(auxiliaries)})\s+)((?:{_any_of(adverbs)}))(?=\s+\w)",
                re.IGNORECASE,
            )
            if auxiliaries and adverbs
            else None
        )
        # "nach NDR-Recherchen": a cue, then the name as the first part of a compound.
        compound = _name_compound_pattern(lexicon)
        self._name_compound = (
            re.compile(rf"(?<![\w-]){compound}(?![\w-])", re.IGNORECASE) if compound else None
        )
        # Openings pointing back to the claim before: "lo ha", "c'est ce qu'a", "про це".
        self._back_reference = opening_phrases(lexicon.code, "back_reference")
        # Phrases pointing back to the source named last: "la même source", "esta fuente".
        self._same_source = frozenset(
            " ".join(w.lower().split()) for w in lexicon.words("attribution", "same_source")
        )
        # Phrases standing for the person named last: "der 42-Jährige" (German).
        references = lexicon.words("attribution", "person_references")
        self._person_reference = (
            re.compile("|".join(f"(?:{r})" for r in references)) if references else None
        )

    def _compile_cue_gate(self, lexicon: Lexicon) -> None:
        """The cues that need more than a word list (participles with their agent,
        separable verbs, asides), and one pattern for every cue, to skip the sentences
        that have none."""
        inverted = "|".join(re.escape(p) for p in lexicon.inverted_pronouns)
        cue_words = [
            w
            for key in (
                "verbs",
                "weak_verbs",
                "transitive_verbs",
                "according_to",
                "according_after",
                "own_view",
                "according_initial",
                "inverted_verbs",
                "insert_verbs",
                "passive_participles",
            )
            for w in lexicon.words("attribution", key)
        ]
        # "nach ersten Angaben der Polizei": the gate needs only the words that open such
        # a phrase; listing every phrase with every modifier would slow its compiling.
        plain = lexicon.words("attribution", "according_to")
        modifiers = lexicon.words("attribution", "according_modifiers")
        cue_words += {
            " ".join(p.split()[:2]) for p in with_modifiers(plain, modifiers)[len(plain) :]
        }
        # A participle that characterises, opening a clause, with its agent after it in
        # the same clause: 'Qualifié de « gourou » par un dirigeant, ...', 'The plan,
        # described as "reckless" by a former minister, ...'. The agent said it.
        participles = lexicon.words("attribution", "passive_participles")
        self._passive = clause_opener_regex(participles)
        # "Le plan, révélé par Les Echos, prévoit": such an aside is no subject in apposition
        self._participle_openers = frozenset(p.split()[0].lower() for p in participles)
        self._agents = frozenset(lexicon.words("attribution", "passive_agents"))
        self._relays = _lowered(lexicon, "according_relays")
        self._relay_participles = _lowered(lexicon, "relay_participles")
        self._passive_reports = phrase_regex(lexicon.words("attribution", "passive_reports"))
        self._agent = phrase_regex(list(self._agents))
        # Separable verbs whose particle closes the clause, far from the finite verb:
        # "Dagegen wirft die Opposition der Regierung Versagen vor" (German). The cue file
        # lists [finite verb, particle] pairs; the finite verb is the cue.
        self._particles: dict[str, frozenset[str]] = {}
        for pair in _setting(lexicon, "separable_verbs", []):
            stem, particle = str(pair[0]).lower(), str(pair[1]).lower()
            self._particles[stem] = self._particles.get(stem, frozenset()) | {particle}
        # The Perfekt is read the same way: "..., hat die Polizei mitgeteilt".
        participles = _lowered(lexicon, "reporting_participles")
        for auxiliary in _lowered(lexicon, "perfect_auxiliaries"):
            self._particles[auxiliary] = self._particles.get(auxiliary, frozenset()) | participles
        self._separable = phrase_regex(list(self._particles))
        cue_words += list(self._particles)
        cue_words += lexicon.words("attribution", "fronted_report_cues")
        cue_words += lexicon.words("attribution", "passive_reports")
        cue_words += self._compile_chain_cues(lexicon)
        cue_words += self._compile_enclosing_cues(lexicon)
        # A group and its foremost member, both speaking: "wirft die Opposition, allen voran
        # die CDU, ... vor".
        asides = "|".join(
            r"\s+".join(map(re.escape, w.split()))
            for w in lexicon.words("attribution", "subject_asides")
        )
        self._aside_after = (
            re.compile(rf"[^,;:.!?]{{1,80}}?,\s*(?:{asides})\s+([^,;:.!?_]{{1,60}}?)\s*,", re.I)
            if asides
            else None
        )
        # The same aside between a group and its verb: "Several unions, including the
        # NEU, said"; the group and the member both speak.
        self._aside_opening = re.compile(rf"(?:{asides})\s+", re.I) if asides else None
        any_cue = phrase_regex(cue_words)
        # One scan tells whether a sentence has any attribution cue at all; most sentences
        # have none, and they skip the per-cue scans. The gate looks for an inverted
        # pronoun's ending alone ("-t-il"): matching the verb before it too would try a
        # word at every letter.
        endings = rf"(?:{inverted})(?![\w-])" if inverted else None
        # The gate reads lowercased text: the compound's words in lowercase.
        compound = _name_compound_pattern(lexicon, lowercase=True)
        self._any_cue = PhraseMatcher(
            "|".join(p for p in (any_cue.pattern if any_cue else None, endings, compound) if p)
            or "(?!)",
            whole_words=False,
        )

    def _compile_chain_cues(self, lexicon: Lexicon) -> list[str]:
        """The forms that name a source through another: an outlet relaying a document or
        quoting someone, an agent before the ones it relays, a verb only an outlet reports
        with, an adverb pointing back to the source before. Returns their cue words."""
        # "Dans un message interne consulté par Les Echos": a relay participle and its agent,
        # wherever they stand.
        relays = lexicon.words("attribution", "relay_participles")
        agents = lexicon.words("attribution", "passive_agents")
        self._relay_by_agent = (
            re.compile(
                rf"(?<![\w-])(?:{_any_of(relays)})\s+(?:{_any_of(agents)})(?:\s+|(?<=['’]))",
                re.IGNORECASE,
            )
            if relays and agents
            else None
        )
        # "Reuters quoted the minister as saying": the verb, and the words that close the
        # one quoted after it.
        quoting = lexicon.words("attribution", "quoting_verbs")
        self._quoting = phrase_regex(quoting)
        self._quoting_closers = phrase_regex(lexicon.words("attribution", "quoting_closers"))
        cue_words = list(quoting)
        # "Von Bloomberg befragte Analysten": an agent, a participle of relaying, then the
        # ones it relays, before their noun (German).
        prenominal = lexicon.words("attribution", "prenominal_relay_participles")
        self._prenominal_relay = (
            re.compile(
                rf"(?<![\w-])(?i:{_any_of(agents)})\s+(?P<agent>(?:[\w„“\"'’-]+\s+){{1,4}}?)"
                rf"(?:{_any_of(prenominal)})\s+(?P<relayed>(?:[{_LOWER}]\w*\s+)?[{_UPPER}][\w-]+)"
            )
            if prenominal and agents
            else None
        )
        cue_words += prenominal
        # "..., Sky Sports News understands": verbs that report only with an outlet subject.
        outlet_verbs = lexicon.words("attribution", "outlet_verbs")
        self._outlet_verbs = phrase_regex(outlet_verbs)
        cue_words += outlet_verbs
        # "Demnach stiegen die Preise": an adverb that says "according to the source the
        # sentence before stated".
        adverbs = lexicon.words("attribution", "same_source_adverbs")
        self._same_source_adverbs = phrase_regex(adverbs)
        self._same_source_adverb_words = frozenset(a.lower() for a in adverbs)
        cue_words += adverbs
        return cue_words

    def _compile_enclosing_cues(self, lexicon: Lexicon) -> list[str]:
        """ "geht aus einem Bericht hervor": the source between the two parts of a cue.
        Returns the opening parts, for the cue gate."""
        enclosing = _setting(lexicon, "enclosing_cues", [])
        self._enclosing = (
            re.compile(
                "|".join(
                    rf"(?<![\w-]){_any_of([str(opening)])}\s+(?P<source{i}>[^,.;:!?]{{2,80}}?)"
                    rf"\s+{_any_of([str(closing)])}(?![\w-])"
                    for i, (opening, closing) in enumerate(enclosing)
                ),
                re.IGNORECASE,
            )
            if enclosing
            else None
        )
        return [str(opening) for opening, _ in enclosing]

    def _collect_word_sets(self, lexicon: Lexicon) -> None:
        """The cue file's word lists and switches that the rules look words up in: here
        those about the clause, then those about names (`_collect_name_sets`)."""
        self._possessives = frozenset(lexicon.words("attribution", "possessives"))
        self._genitive_determiners = _lowered(lexicon, "genitive_determiners")
        self._object_determiners = _lowered(lexicon, "object_determiners")
        self._according_after_determiners = _lowered(lexicon, "according_after_determiners")
        self._reason_cues = _lowered(lexicon, "reason_cues")
        self._verb_final_openers = _lowered(lexicon, "verb_final_openers")
        self._aside_adjective_endings = tuple(
            lexicon.words("attribution", "aside_adjective_endings")
        )
        self._gender = GenderCues(lexicon)
        drops = _setting(lexicon, "drops_subject")
        self._drops_subject = bool(drops)
        # "opening": only a verb that opens the sentence, agreeing with its speaker
        # ("Добавил, что ..."), drops its subject
        self._drops_only_opening = drops == "opening"
        # "topic": only right after a sentence about one person ("Il sindaco, Luca Ferri,
        # ha visitato i quartieri. «...», ha aggiunto."), who is its subject
        self._drops_only_after_topic = drops == "topic"
        self._drops_that = bool(_setting(lexicon, "drops_that"))
        self._impersonal = _lowered(lexicon, "impersonal_verbs")
        self._name_connectors = frozenset(lexicon.words("attribution", "name_connectors"))
        # Prepositions that take in the article opening an outlet's name ("au Monde").
        self._contractions = frozenset(lexicon.words("attribution", "article_contractions"))
        # A whole article before "secondo", "según": the ordinal or adjective, not the cue;
        # so is the cue file's `ordinal_markers` ("900 metros cúbicos por segundo").
        self._articles_and_contractions = (
            lexicon.determiners | self._contractions | _lowered(lexicon, "ordinal_markers")
        )
        self._negations = _lowered(lexicon, "negations")
        self._unsaid_when_negated = _lowered(lexicon, "unsaid_when_negated")
        self._reflexive_own = _lowered(lexicon, "reflexive_own")
        self._complement_openers = self._contractions | _lowered(lexicon, "complement_links")
        # ... as an aside between commas; not the words that are articles too (Portuguese
        # "a": "a ministra da Saúde, Cláudia Reis, afirmou")
        self._aside_complements = self._complement_openers - (
            lexicon.determiners - self._contractions
        )
        self._name_links = _lowered(lexicon, "name_links") | {"&"}
        # No linking words inside names: a bare genitive names a portfolio ("освіти і науки")
        self._names_by_genitive = not lexicon.words("attribution", "name_links")
        # Words that end a source phrase read after the verb: dates, relatives, prepositions.
        self._cut_words = frozenset(
            {w.lower() for w in lexicon.words("attribution", "phrase_end_words")}
            | {w.lower() for w in lexicon.words("dates", "weekdays")}
            | {"qui", "que", "who", "which", "that", "dont", "whose", "when", "while"}
        )
        # German puts the finite verb second, its subject pronoun right after it; in other
        # languages a pronoun after "said" starts the reported clause ("said he was").
        self._plural_pronouns = _lowered(lexicon, "plural_pronouns")
        self._body_pronouns = _lowered(lexicon, "body_pronouns")
        self._body_references = _lowered(lexicon, "body_references")
        self._institution_references = _lowered(lexicon, "institution_references")
        self._inverted_places = _lowered(lexicon, "inverted_places")
        self._capitalised_nouns = bool(_setting(lexicon, "capitalised_nouns"))
        self._verb_second = bool(_setting(lexicon, "verb_second"))
        self._not_name_words = frozenset(lexicon.words("attribution", "not_name_words"))
        self._bare_nouns = bool(_setting(lexicon, "bare_noun_subjects"))
        self._auxiliaries = frozenset(lexicon.words("attribution", "auxiliaries"))
        self._object_before_verb = bool(_setting(lexicon, "object_before_verb"))
        self._self_words = _lowered(lexicon, "self_words")
        self._articles = _lowered(lexicon, "articles")
        self._opening_articles = _lowered(lexicon, "opening_articles")
        # what opens a group named after its verb: "los comerciantes", "algunos viajeros"
        self._closing_openers = self._articles | lexicon.unnamed_determiners
        self._time_words = frozenset(
            w.lower()
            for key in ("weekdays", "months", "time_nouns")
            for w in lexicon.words("dates", key)
        )
        self._function_words = lexicon.stopwords - lexicon.honorifics
        self._complement_links = _lowered(lexicon, "complement_links")
        self._unnamed_relations = _lowered(lexicon, "unnamed_relations")
        self._according_relatives = _lowered(lexicon, "according_relatives")
        self._unnamed_complements = tuple(
            w.lower().split() for w in lexicon.words("attribution", "unnamed_complements")
        )
        # Compound offices (German): "Landesgesundheitsminister", "Konzernsprecherin", whose
        # last part is the title a later sentence uses alone.
        heads = lexicon.words("attribution", "compound_title_heads")
        self._compound_titles = (
            re.compile(
                rf"(?<![\w-])[{_UPPER}][{_LOWER}]+-?(?P<head>{'|'.join(map(re.escape, heads))})"
                rf"\s+(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?![\w])"
            )
            if heads
            else None
        )
        # Honorifics that name a trade: "Me Julien Ravel" is a lawyer, whom a later
        # "l'avocat" means.
        self._offices_of_honorific = {
            group[0]: tuple(group[1:]) for group in _setting(lexicon, "honorific_offices", [])
        }
        self._honoured_names = (
            re.compile(
                rf"(?<![\w-])(?P<honorific>{_any_of(list(self._offices_of_honorific))})\.?"
                rf"\s+(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?![\w])"
            )
            if self._offices_of_honorific
            else None
        )
        self._clause_verbs = frozenset(lexicon.words("attribution", "clause_verbs"))
        self._finite_auxiliaries = _lowered(lexicon, "finite_auxiliaries")
        self._conditionals = frozenset(lexicon.words("attribution", "conditionals"))
        self._subject_relatives = _lowered(lexicon, "subject_relatives")
        self._relative_openers = self._subject_relatives | _lowered(lexicon, "relative_openers")
        self._degree_words = _lowered(lexicon, "degree_words")
        self._adverb_endings = tuple(lexicon.words("attribution", "adverb_endings"))
        # "Mi cliente ha colaborado ..., dijo Vélez": a speaker's own words, not a name
        self._first_person = frozenset(w.lower() for w in lexicon.words("ranking", "first_person"))
        self._participle_endings = tuple(lexicon.words("attribution", "participle_endings"))
        self._infinitives = tuple(lexicon.words("attribution", "infinitive_endings"))
        self._infinitive_objects = _lowered(lexicon, "infinitive_objects")
        self._topic_prepositions = _lowered(lexicon, "topic_prepositions")
        self._impersonal_pronouns = _lowered(lexicon, "impersonal_pronouns")
        self._collect_name_sets(lexicon)

    def _collect_name_sets(self, lexicon: Lexicon) -> None:
        """The cue file's words about who speaks: links, people, trades and verbs."""
        self._origin_links = frozenset(lexicon.words("attribution", "origin_links"))
        self._issuing_participles = _lowered(lexicon, "issuing_participles")
        self._singular_indefinites = _lowered(lexicon, "singular_indefinites")
        # "an estimated 57 million": after an indefinite article a participle is an adjective
        self._indefinite_articles = self._singular_indefinites & self._articles
        # "Viele der beanstandeten Mängel", "the reported cases": after an article, a
        # verb's form is an adjective.
        self._attributive_articles = _lowered(lexicon, "attributive_articles")
        self._noun_determiners = _lowered(lexicon, "noun_determiners")
        self._prenominal_adjectives = _lowered(lexicon, "prenominal_adjectives")
        self._coordinators = _lowered(lexicon, "coordinators")
        self._subject_after_coordinator = _setting(lexicon, "subject_after_coordinator", True)
        self._joint_links = _lowered(lexicon, "joint_subject_links")
        self._joint_words = sorted(
            (w.lower() for w in lexicon.words("attribution", "joint_subject_words")),
            key=len,
            reverse=True,
        )
        self._person_descriptions = _lowered(lexicon, "person_descriptions")
        # Trades, not offices: whoever is named by one is a person, not an official.
        self._professions = _lowered(lexicon, "professions")
        # The broader words for a person the press uses instead of a name ("le
        # magistrat", "o sindicalista", "чиновник"): the other words of a synonym group,
        # as against the offices a group opens on ("ministro") and the trades ("il
        # professore" is most often someone else).
        self._role_words = {
            w.lower() for group in _setting(lexicon, "title_synonyms", []) for w in group[1:]
        }
        prefixes = _setting(lexicon, "title_prefixes")
        self._title_prefixes = frozenset(prefixes) if prefixes is not None else None
        subordinators = lexicon.words("attribution", "subordinators")
        self._subordinator = (
            re.compile(rf"(?i)\s*(?:{_any_of(subordinators)})\b") if subordinators else None
        )
        self._finite_verbs = (
            _lowered(lexicon, "finite_verbs") | self._clause_verbs | self._finite_auxiliaries
        )
        # The one-word reporting verbs: a phrase that holds one is a clause, not a name
        # ("Two aides said the governor", "said the governor"), but for the words that
        # are nouns as well ("informe", "report") as the cue file's nouns show.
        nouns = {
            w.lower()
            for key in ("titles", "institutions", "document_heads", "unnamed_heads")
            for w in lexicon.words("attribution", key)
        }
        self._reporting_words = frozenset(
            w.lower()
            for key in ("verbs", "weak_verbs", "transitive_verbs")
            for w in lexicon.words("attribution", key)
            if " " not in w and w.lower() not in nouns
        )
        self._cue_nouns = frozenset(nouns)
        # German sets the passive auxiliary after the participle: "bestätigt wurde".
        self._passive_after = _lowered(lexicon, "passive_auxiliaries_after")
        self._impersonal_clitics = tuple(lexicon.words("attribution", "impersonal_clitics"))
        self._impersonal_proclitics = _lowered(lexicon, "impersonal_proclitics")
        self._object_endings = tuple(lexicon.words("attribution", "object_endings"))
