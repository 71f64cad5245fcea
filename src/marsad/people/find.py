"""``find_people``: the people stage — names, aliases, pseudonyms, references.

Order of work on one document (later references are resolved after each step, so
a reference is never read as a new person):

1. names after cue words (``cues.tsv``: «المدعو “X”», «الشاب X», «الزعيم العام للتنظيم
   (X)», «مدير المخيم، X،») and names given as pseudonyms («طلب الإشارة إليه باسم "X"»);
2. names no cue introduces: a quoted pseudonym («"سامر"، وهو اسم مستعار»), a quoted
   name that starts with a given name («قُتل "معاذ أحمد الدغيم"»), a kunya with a nisba
   («أبو محمد الجولاني»);
3. aliases and real names, attached to the person named just before in the sentence
   («X الملقب (Y)», «X، واسمه الحركي (Y)», «Y، واسمه الحقيقي X»);
4. a kunya in brackets that no alias cue claimed («زعيمه (أبو الحسين القرشي)»);
5. people only the name tagger finds, when it is confident enough.

An unnamed source («فضّل عدم ذكر اسمه») gives no person.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic.sentences import sentences
from marsad.model import Span
from marsad.people.constructions import (
    alias_cue,
    lead_cue,
    name_cue,
    pseudonym_cue,
    real_name_cue,
)
from marsad.people.cues import find_cues
from marsad.people.lexicon import given_names
from marsad.people.mention import PersonMention
from marsad.people.names import Word, starts_name, words_of
from marsad.people.reader import Reader
from marsad.people.tagger import load_tagger, tag_names
from marsad.people.uncued import (
    bracketed_kunyas,
    kunya_nisbas,
    quoted_names,
    quoted_pseudonyms,
    tagger_people,
)


def _worth_tagging(text: str, words: Sequence[Word]) -> list[Span]:
    """Sentences where the tagger can add something: those with a given name or kunya.

    The tagger's names are used only where a name starts with one (or inside a cue's
    name, which also starts with one or is quoted), so other sentences are skipped —
    about half of a news article.
    """
    chosen = []
    at = 0
    for sentence in sentences(text):
        while at < len(words) and words[at].span.start < sentence.start:
            at += 1
        end = at
        while end < len(words) and words[end].span.end <= sentence.end:
            end += 1
        if any(
            starts_name(words, i)
            or (words[i].folded[:1] == "و" and words[i].folded[1:] in given_names())
            for i in range(at, end)
        ):
            chosen.append(sentence)
        at = end
    return chosen


def find_people(text: str) -> tuple[PersonMention, ...]:
    """Named people of ``text`` with aliases, pseudonym flags and later references.

    >>> people = find_people("قتل المدعو “نادر خلف” الملقب باسم “أبو جزوان” في درعا")
    >>> [(p.surface, [a for _, a in p.aliases], p.latin) for p in people]
    [('نادر خلف', ['أبو جزوان'], 'Nadir Khalaf')]
    >>> [(p.surface, p.pseudonym) for p in find_people("قال الناشط “أحمد حسان” اسم مستعار")]
    [('أحمد حسان', True)]
    """
    tagger = load_tagger()
    words = words_of(text)
    names = tag_names(text, tagger, _worth_tagging(text, words))
    reader = Reader(text, tagger.lexicon, names, words)
    cues = find_cues(reader.words)
    for cue in cues:
        if cue.kind in ("strong", "title", "role"):
            name_cue(reader, cue)
        elif cue.kind == "pseudonym":
            pseudonym_cue(reader, cue)
    reader.references()
    quoted_pseudonyms(reader)
    quoted_names(reader, cues)
    kunya_nisbas(reader)
    reader.references()
    for cue in cues:
        if cue.kind == "alias":
            alias_cue(reader, cue, cue.after)
        elif cue.kind == "alias_lead":
            lead_cue(reader, cue)
        elif cue.kind == "real_name":
            real_name_cue(reader, cue)
    reader.references()
    bracketed_kunyas(reader)
    reader.references()
    tagger_people(reader, names)
    reader.references()
    people = sorted(reader.drafts, key=lambda d: d.span.start)
    return tuple(draft.finish() for draft in people)
