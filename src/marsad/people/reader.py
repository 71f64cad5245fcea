"""The state of reading one document for people, and what every rule needs from it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.arabic.normalize import fold
from marsad.people.coref import resolve_references
from marsad.people.cues import Cue
from marsad.people.draft import Draft
from marsad.people.features import FeatureLexicon
from marsad.people.lexicon import word_set
from marsad.people.names import KUNYA_HEADS, OPENING, NameRun, Word, read_name
from marsad.people.tagger import NameSpan

# An alias cue belongs to the last person named when it follows within this many
# characters in the same sentence: «"الكفري" البالغ من العمر 31 عاماً، والملقب (أبو عمر)»
# puts 35 characters between them in the sample corpus.
MAX_ALIAS_DISTANCE = 80
# «اسم مستعار» must follow the name within this many characters: «“أحمد حسان” اسم
# مستعار», «"سامر" وهو اسم مستعار», «(اسم مستعار)».
PSEUDONYM_WINDOW = 30
# After a cue word a name is already likely; the tagger's opinion then only has to
# clear this bar to accept an unquoted first word that no lexicon knows.
CUE_TAGGER_MIN_CONFIDENCE = 0.5
# Longest place or organisation name checked around a name (عين عيسى، تل أبيض).
MAX_PHRASE_WORDS = 4
# Word classes of the tagger's lexicon that make a phrase a place or an organisation.
NOT_PERSON_CLASSES = frozenset({"place", "actor", "country", "city", "region", "wp_LOC", "wp_ORG"})
PSEUDONYM = re.compile(r"^[\s،,(\-–]*(?:وهو\s+|وهي\s+)?(?:اسم\s+مستعار|اسم\s+وهمي)")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_ARTICLE = "ال"
# Nouns after which a name names a place or a group: «ساحة سعد الله الجابري».
_NAMED_AFTER = word_set("not_names.tsv", "place_noun") | word_set("not_names.tsv", "org_noun")


def _classes(lexicon: FeatureLexicon, phrase: str) -> set[str]:
    parts = fold(phrase).split()
    if not parts:
        return set()
    if len(parts) == 1:
        return set(lexicon.words.get(parts[0], ()))
    return {kind for rest, kind in lexicon.runs.get(parts[0], ()) if rest == tuple(parts[1:])}


class Reader:
    """One document's words, the people found so far and the words their names take."""

    def __init__(
        self,
        text: str,
        lexicon: FeatureLexicon,
        names: Sequence[NameSpan],
        words: Sequence[Word],
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        self.words = words
        self.drafts: list[Draft] = []
        self.taken: set[int] = set()
        self.tagged = frozenset(
            w.index
            for name in names
            if name.label == "PER" and name.confidence >= CUE_TAGGER_MIN_CONFIDENCE
            for w in self.words
            if name.span.start <= w.span.start and w.span.end <= name.span.end
        )

    def surface(self, run: NameRun) -> str:
        """The text of a name run."""
        return run.span.of(self.text)

    def free(self, run: NameRun) -> bool:
        """Whether no word of ``run`` belongs to a name already read."""
        return not any(i in self.taken for i in range(run.first, run.last + 1))

    def is_place_or_group(self, run: NameRun) -> bool:
        """Whether the whole run is a known place or organisation name."""
        return bool(_classes(self.lexicon, self.surface(run)) & NOT_PERSON_CLASSES)

    def after_name(self, run: NameRun) -> int:
        """Character offset just after the name and its closing quote."""
        end = run.span.end
        if self.words and run.quoted and run.last + 1 < len(self.words):
            end = self.words[run.last + 1].span.end
        return end

    def add(self, run: NameRun, cue: str, rule: str, confidence: float = 1.0) -> Draft:
        """Record a new person; «اسم مستعار» after the name marks it a pseudonym."""
        draft = Draft(run.span, self.surface(run), run.first, run.last, cue, rule)
        draft.confidence = confidence
        tail = self.text[self.after_name(run) : self.after_name(run) + PSEUDONYM_WINDOW]
        draft.pseudonym = bool(PSEUDONYM.match(tail))
        self.drafts.append(draft)
        self.taken.update(range(run.first, run.last + 1))
        self.bracketed_alias(draft, run)
        return draft

    def bracketed_alias(self, draft: Draft, run: NameRun) -> None:
        """«أسامة عزيزية (أبو الليث)»: a bracketed kunya right after a name is an alias."""
        at = run.last + (2 if run.quoted else 1)
        if at >= len(self.words) or self.words[at].surface not in OPENING:
            return
        alias = read_name(self.words, at, "alias")
        if alias is None or not alias.quoted:
            return
        if self.words[alias.first].folded not in KUNYA_HEADS:
            return
        if self.words[at].span.start - self.after_name(run) > 2:
            return
        if not self.free(alias):
            # «حسين عبيد المطر «أبو علي»» when only the tagger finds the name: the kunya
            # was read as a person of its own before the name was known
            alone = [d for d in self.drafts if d.span == alias.span and not d.aliases]
            if not alone or alone[0].rule != "kunya":
                return
            self.drafts.remove(alone[0])
            draft.mentions.extend(alone[0].mentions)
        draft.add_alias(alias.span, self.surface(alias), "kunya")
        self.taken.update(range(alias.first, alias.last + 1))

    def near_person(self, cue: Cue) -> Draft | None:
        """The person an alias cue describes: the one named last before it, same sentence."""
        start = self.words[cue.first].span.start
        best: tuple[int, Draft] | None = None
        for draft in self.drafts:
            spans = [draft.span, *draft.mentions, *(s for s, _, _ in draft.aliases)]
            ends = [s.end for s in spans if s.end <= start]
            if ends and (best is None or max(ends) > best[0]):
                best = (max(ends), draft)
        if best is None:
            return None
        gap = self.text[best[0] : start]
        if len(gap) <= MAX_ALIAS_DISTANCE and not _SENTENCE_END.search(gap):
            return best[1]
        return None

    def inside_known_phrase(self, first: int, last: int) -> bool:
        """Whether words ``[first, last]`` lie inside a place or organisation name (عين عيسى)."""
        for start in range(max(0, first - MAX_PHRASE_WORDS + 1), first + 1):
            for form in self.words[start].stems:
                for rest, kind in self.lexicon.runs.get(form, ()):
                    end = start + len(rest)
                    if kind not in NOT_PERSON_CLASSES or end < last or end >= len(self.words):
                        continue
                    if all(self.words[start + k].folded == w for k, w in enumerate(rest, 1)):
                        return True
        return False

    def after_place_noun(self, first: int) -> bool:
        """«ساحة سعد الله الجابري», «مدرسة "خالد العلي"»: a name of a place or a group."""
        at = first - 1
        if at >= 0 and self.words[at].surface in OPENING:
            at -= 1
        if at < 0 or self.words[at].kind != "word":
            return False
        before = self.words[at].stems
        return any(form in _NAMED_AFTER or _ARTICLE + form in _NAMED_AFTER for form in before)

    def references(self) -> None:
        """Attach later references to the people found so far (see ``coref``)."""
        self.taken |= resolve_references(self.text, self.words, self.drafts, self.taken)
