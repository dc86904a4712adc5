"""Who the article says stated a sentence: `find_sources()`.

Attribution takes a few shapes in every language, and the rules below are the same for
all of them; the words come from the language's cue file:

- subject first: "Kiev a affirmé que ...", "Volker said ...", "X told lawmakers ...";
- inverted, after a comma or a closing quote: "..., a déclaré l'agence KCNA",
  "..., said Avi Bell", "..., a-t-il ajouté";
- a preposition: "selon le Mirror", "according to a senior official", "citing X";
- apposition: "Le ministre malien des Mines, Amadou Keïta, a déclaré ...".

Pronouns and bare titles ("he said", "le Premier ministre a fait savoir") are resolved to
the person named last, which `SpeakerMemory` keeps across the article.

Read `AttributionFinder.attribute()` in `finder.py` top to bottom: one small finder per
form proposes candidate phrases (`_by_according_to` in `cue_phrases.py`,
`_by_reporting_verb` in `verb_forms.py`, `_by_told_outlet` in `outlet_forms.py`...); the
phrase is cut out of the words around the cue (`phrases.py`; a verb's subject before it in
`subjects.py`, after it in `inverted.py`); each candidate is validated (`_well_formed` in
`validation.py`: a noun phrase that can speak or be cited, never a clause, a place after a
preposition or a lone letter) and typed (`_to_source` in `sources.py`: a pronoun, an
outlet, a description, a title, a name); `_choose` keeps each source once in reading
order; and `_remember` keeps the speakers for later sentences, with what the article
teaches about who is who (`learned_names.py`). `cues.py` compiles the language's cue file
once; `shapes.py` holds the patterns every module shares.

Each module holds one mixin of `AttributionFinder`: the rules share the compiled cue file
and call one another, so they stay methods of one object, filed by what a reader looks for.
"""

from bot.extraction.attribution.finder import AttributionFinder

__all__ = ["AttributionFinder"]
