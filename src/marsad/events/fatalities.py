"""Death tolls, read conservatively (ACLED): the number the text gives, never more.

A number counts when it belongs to a death word ("مقتل ثلاثة عناصر", "قُتل 13
عنصراً … وتسعة من المهاجمين", "قتيلان", "أكثر من عشر جثث"); numbers that belong
to the wounded ("وأصيب خمسة آخرون"), ages ("(52 عاماً)") and dates ("في 23
حزيران") do not. With no number: a named victim counts one, a singular person
noun counts one ("قُتل شاب"), "سيدة وطفلها" two, "سيدة وطفلاها" three, "بمقتله" one, an
assassination one; a plural "قتلى" with no number counts nothing (ACLED codes
unknown tolls as 0).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.arabic.numbers import parse_number
from marsad.model import Span

_DEATH = (
    r"قتلي|قتيل\w*|جثث|جث[ته]\w*|ضحايا|ضحيه|مقتل\w*|قتل\w*|مصرع\w*|حتف\w*|اغتيال\w*|اغتال\w*|"
    r"استشهاد\w*|استشهد\w*|شهيد\w*|شهداء|قضي|قضيا|قضوا|قضت|توفي\w*|وفاه|اعدام\w*|اعدم\w*|"
    r"تصفيه\w*|فارق\w* الحياه|فقد\w* حيات\w*|ارتقي|ارتقت|ارتقوا|ارتقيا|ارتقاء"
)
_DEATH_WORDS = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:" + _DEATH + r")(?!\w)")
_THE_VICTIM = re.compile(r"^[وفبل]?الضحيه$")
_WOUND_WORDS = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:جريح\w*|جرحي|اصاب\w*|اصيب\w*|يصاب|مصاب\w*|جروح)(?!\w)"
)
_AGE = re.compile(r"^\s*(?:عام|عاما|اعوام|سنه|سنوات|سنين|من العمر)")
# A number belongs to the death word it stands within this many characters of
# ("مقتل ثلاثة من عناصر قسد": 3 words between them at most).
DEATH_WORD_WINDOW = 28
# A second number joined by و to the first adds to the toll ("13 عنصراً … وتسعة").
COORDINATED_WINDOW = 40
# "… من الأمن العام وأحد المهاجمين": a و opening the number itself joins it ("عائلة
# واحدة" is one family: «واحد» is no و and أحد)
_AND_OPENS = re.compile(r"^و(?:[أإ]|(?!احد))")
_AND_DEATH_VERB = re.compile(r"و(?:قتل|استشهد|قضي|قضت|قضوا|توفي|اغتيل|قتلوا)\w*")
# Tolls told with a pronoun ("انتهى بمقتله", "أسفرت عن مقتلها"): one person.
_ONE_BY_PRONOUN = re.compile(r"(?<!\w)[وفبل]?(?:مقتل|قتل|مصرع|اغتيال|اعدام|وفا[ته])(?:ه|ها)(?!\w)")
# Acts that kill one person unless a number says otherwise.
# ("لعمليات الاغتيال" names a kind of crime, not a death)
_ASSASSINATION = re.compile(
    r"(?<!عمليات\s)(?<!\w)[وفبل]?(?:ال)?(?:اغتيال|اغتال\w*|اعدام|اعدم\w*|تصفيه)(?!\w)"
)


def _spans(pattern: re.Pattern[str], annotations: Annotations, within: Span) -> list[Span]:
    norm = annotations.norm
    found = []
    for match in pattern.finditer(norm.text):
        span = norm.span_to_original(match.start(), match.end())
        if within.contains(span):
            found.append(span)
    return found


def death_word_spans(annotations: Annotations, within: Span) -> list[Span]:
    # "أقارب الضحية", "عائلة الضحية": «the victim» points back to a death already told
    text = annotations.norm.original
    return [
        s
        for s in _spans(_DEATH_WORDS, annotations, within)
        if not _THE_VICTIM.match(fold(text[s.start : s.end]))
    ]


def _distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _counts(annotations: Annotations, clause: Span) -> list[tuple[Span, int]]:
    """Numbers in the clause that can be counts: not ages, not dates, not years."""
    text = annotations.norm.original
    dates = [d.span for d in annotations.dates if clause.contains(d.span)]
    counts = []
    for number in annotations.numbers:
        if not clause.contains(number.span) or number.value > MAX_TOLL:
            continue
        if any(d.start <= number.span.start < d.end for d in dates):
            continue  # "في 23 حزيران"
        if any(o.span.contains(number.span) for o in annotations.outlets):
            continue  # "مراسل السويداء 24"
        if _AGE.match(fold(text[number.span.end : number.span.end + 12])):
            continue  # "(52 عاماً)"
        counts.append((number.span, number.value))
    return counts


# How far after a death word its victims are listed, in characters and in nouns.
PERSON_NOUN_REACH = 60
MAX_LISTED_PEOPLE = 4
# A toll above this is a year or a statistic, not one incident's dead.
MAX_TOLL = 1900


def count_fatalities(annotations: Annotations, clause: Span, victims: int, attempt: bool) -> int:
    """The toll a clause states; ``victims`` named people were killed if it names no number."""
    if attempt:
        return 0
    risen = _dead_risen_to(annotations, clause)
    if risen:
        return risen
    deaths = death_word_spans(annotations, clause)
    lost = _lives_lost(annotations, clause)
    if not deaths:
        return lost
    text = annotations.norm.original
    for death in deaths[1:]:
        # "استشهد عنصر من الأمن، وقُتل أحد المهاجمين": a second death verb opening a
        # conjunct tells other dead; each part is counted on its own
        if _AND_DEATH_VERB.fullmatch(fold(text[death.start : death.end])):
            before = Span(clause.start, death.start)
            after = Span(death.start, clause.end)
            earlier = count_fatalities(annotations, before, victims, attempt)
            later = count_fatalities(annotations, after, 0, attempt)
            if earlier and later:
                return earlier + later
    wounds = _spans(_WOUND_WORDS, annotations, clause)
    counts = _counts(annotations, clause)

    def to_wound(number: Span) -> int:
        # "استشهاد مواطنَين اثنين وإصابة 4 آخرين": a wound told after the number in a
        # new conjunct («وإصابة») does not take it
        return min(
            (
                _distance(number, w)
                for w in wounds
                if not (w.start >= number.end and text[w.start] == "و")
            ),
            default=10**6,
        )

    best = max((_risen_to(text, span, value, deaths) for span, value in counts), default=0)
    for death in deaths:
        attached = [
            (span, value)
            for span, value in counts
            if _distance(span, death) <= DEATH_WORD_WINDOW
            and _distance(span, death) <= to_wound(span)
        ]
        if not attached:
            continue
        attached.sort(key=lambda item: item[0].start)
        first = min(attached, key=lambda item: _distance(item[0], death))
        total = first[1]
        last_end = first[0].end
        for span, value in counts:
            # "قُتل 13 عنصراً من الأمن العام وتسعة من المهاجمين"
            gap = text[last_end : span.start]
            conjunction = " و" in " " + gap or bool(_AND_OPENS.match(text[span.start : span.end]))
            joined = span.start > last_end and len(gap) <= COORDINATED_WINDOW and conjunction
            nearer_wound = min((_distance(span, w) for w in wounds), default=10**6)
            if joined and nearer_wound > _distance(span, death):
                total += value
                last_end = span.end
        best = max(best, total)
    # "مقتل عنصرين من الخلية، أحدهما المدعو …": the nouns may count more than the names;
    # "قُتل عنصر من الأمن العام وأحد المطلوبين": more than the one number («أحد»)
    people = max(_person_nouns(annotations, clause, deaths), _leading_nouns(annotations, clause))
    best = max(best, lost)
    if best:
        return max(best, people)
    if victims or people:
        return max(victims, people)
    if _spans(_ONE_BY_PRONOUN, annotations, clause):
        return 1
    return 1 if _spans(_ASSASSINATION, annotations, clause) else 0


# "فقد مدنيان حياتهما", "لقي مزارع حتفه", "لقي ثلاثة عناصر مصرعهم": the dead stand
# between the verb and the pronoun that takes them back
# ("فارق الطفل حسين الخلف (11 عاماً) الحياة": one, unless a number says more)
_LIVES_LOST = re.compile(
    r"(?<!\w)(?:فقد|لقي|فارق)\w*\s+((?:\S+\s+){0,10}?)"
    r"(?:(?:حيات|حتف|مصرع)(هما|هم|ه|ها)|(الحياه))(?!\w)"
)
_PRONOUN_PEOPLE = {"ه": 1, "ها": 1, "هما": 2, "هم": 0, None: 1}


def _lives_lost(annotations: Annotations, clause: Span) -> int:
    norm = annotations.norm
    best = 0
    for match in _LIVES_LOST.finditer(norm.text):
        whole = norm.span_to_original(match.start(), match.end())
        if not clause.contains(whole):
            continue
        subject = norm.span_to_original(match.start(1), match.end(1))
        numbered = sum(v for span, v in _counts(annotations, subject))
        people = _listed_people(fold(norm.original[subject.start : subject.end]).split())
        best = max(best, numbered or people, _PRONOUN_PEOPLE[match.group(2)])
    return best


# "توفي شاب متأثراً بجروحه … ليرتفع عدد ضحايا الهجوم إلى اثنين": the new whole toll,
# not one more on top of it
_DEAD_RISEN = re.compile(
    r"(?<!\w)(?:[لو]?[يت]رتفع|ارتفع)\w*\s+عدد\s+(?:ال)?(?:ضحايا|قتلي|شهداء)"
    r"(?:\s+\S+){0,3}?\s+الي\s*$"
)


def _dead_risen_to(annotations: Annotations, clause: Span) -> int:
    text = annotations.norm.original
    return max(
        (
            value
            for span, value in _counts(annotations, clause)
            if _DEAD_RISEN.search(fold(text[max(clause.start, span.start - 60) : span.start]))
        ),
        default=0,
    )


# "ارتفع إلى 3 عدد عناصر قوى الأمن الداخلي الذين قتلوا": the number a toll rose to
# stands before the count it names, further from the death word than a plain count
_RISEN = re.compile(r"(?<!\w)ارتفع\w*\s+(?:\S+\s+)?الي\s*$")
_COUNT_NOUN = re.compile(r"^\s*(?:\S+\s+)?(?:عدد|حصيله|تعداد)(?!\w)")
RISEN_DEATH_REACH = 90


def _risen_to(text: str, number: Span, value: int, deaths: list[Span]) -> int:
    if not _RISEN.search(fold(text[max(0, number.start - 24) : number.start])):
        return 0
    if not _COUNT_NOUN.match(fold(text[number.end : number.end + 20])):
        return 0
    reached = any(0 <= d.start - number.end <= RISEN_DEATH_REACH for d in deaths)
    return value if reached else 0


def _person_noun_list() -> list[str]:
    text = resources.files("marsad.data").joinpath("events/person_nouns.tsv").read_text("utf-8")
    return [w for w in text.splitlines()[1:] if w and not w.startswith("#") and w != "noun"]


@cache
def _person_noun_pattern() -> re.Pattern[str]:
    nouns = _person_noun_list()
    # "رجل وزوجته": a feminine noun takes ت before a pronoun
    possessed = [n[:-1] + "ت" for n in nouns if n.endswith("ه")]
    return re.compile(
        r"(?<!\w)(?:ال)?(?:"
        + "|".join(nouns)
        + r")(?:ها|ه)?(?!\w)|(?<!\w)(?:"
        + "|".join(possessed)
        + r")(?:ها|ه|هما|هم)(?!\w)"
    )


_BROKEN_PLURAL = frozenset({"شاب", "رجل", "طفل", "عنصر", "شخص", "قائد"})


@cache
def _dual_noun_pattern() -> re.Pattern[str]:
    """ "طفلاها", "شابان", "سيدتين": two people in one word."""
    nouns = [n for n in _person_noun_list() if not n.endswith("ا")]  # "شابا" is no stem
    feminine = {n[:-1] + "ت" for n in nouns if n.endswith("ه")}
    # "-ين" is also the sound plural ("مدنيين", "مقاتلين"): dual only where the
    # plural is broken (شبان، رجال، أطفال، عناصر، أشخاص) or the noun feminine
    oblique = feminine | (_BROKEN_PLURAL & set(nouns))
    either = (set(nouns) - {n for n in nouns if n.endswith("ه")}) | feminine
    return re.compile(
        r"(?<!\w)(?:ال)?(?:"
        + "|".join(sorted(either))
        + r")(?:ان|اه|اها|اهم)(?!\w)|(?<!\w)(?:ال)?(?:"
        + "|".join(sorted(oblique))
        + r")(?:ين|يه|يها|يهم)(?!\w)"
    )


_BULLET = re.compile(r"^[\s\-–•●▪️*]*")
# "- رجلان، قُتلا خلال اشتباك …": a list item that names its dead before the verb
LEADING_DEATH_REACH = 80
_WAS = re.compile(r"[وف]?كان(?:ت)?")


def _leading_nouns(annotations: Annotations, clause: Span) -> int:
    """ "طفلان شقيقان …، قضيا بانفجار", "سيدة، قضت برصاص قناص": the person noun an
    item opens with, when a death word follows it closely."""
    text = annotations.norm.original[clause.start : clause.end]
    opening = _BULLET.sub("", text, count=1)
    words = fold(opening).split()
    if words and _WAS.fullmatch(words[0]):
        words = words[1:]  # "وكان عنصر من قوى الأمن الداخلي قد قُتل": a background death
    if not words:
        return 0
    first = words[0].strip("،,.")
    count = (
        2
        if _dual_noun_pattern().fullmatch(first)
        else int(bool(_person_noun_pattern().fullmatch(first)))
    )
    if not count:
        return 0
    head = Span(clause.start, min(clause.end, clause.start + LEADING_DEATH_REACH))
    return count if death_word_spans(annotations, head) else 0


def _person_nouns(annotations: Annotations, clause: Span, deaths: list[Span]) -> int:
    """ "قُتل شاب" → 1, "قُتلت سيدة وطفلها" → 2, "قُتل عنصر من الأمن العام وأحد
    المطلوبين" → 2: the victims listed right after a death word, each a person noun
    (its modifiers skipped) joined to the one before by و."""
    text = annotations.norm.original
    best = 0
    for death in deaths:
        words = fold(text[death.end : min(clause.end, death.end + PERSON_NOUN_REACH)]).split()
        best = max(best, _listed_people(words))
    return best


# words that may stand between one listed victim and the next ("عنصر من الأمن العام
# وأحد المهاجمين", "قائد في مجلس كوباني العسكري ومقاتل آخر")
MODIFIER_WORDS = 6


# "اشتباكات قُتل فيها عنصر …", "هجوم قضى على إثره شاب": the verb's pronoun that
# takes the incident back stands between it and the dead
_BACK_TO_INCIDENT = frozenset(
    {"فيها", "فيه", "خلالها", "خلاله", "جراءها", "جراءه", "بها", "به", "علي", "اثرها", "اثره"}
)


def _joined_count(bare: str) -> int:
    """ "واثنان من عناصر الخلية": a count joined to the victims listed before it."""
    return min(parse_number(bare) or 0, MAX_TOLL)


def _listed_people(words: list[str]) -> int:
    count = 0
    modifiers = 0
    bridge = 0
    for word in words[: MAX_LISTED_PEOPLE + MODIFIER_WORDS + 2]:
        if not count and bridge < 2 and word in _BACK_TO_INCIDENT:
            bridge += 1
            continue
        joined = count > 0 and word.startswith("و")
        bare = (word[1:] if joined else word).strip("،,.")
        if (joined or not count) and _person_noun_pattern().fullmatch(bare):
            count += 1
        elif (joined or not count) and _dual_noun_pattern().fullmatch(bare):
            count += 2
        elif joined and (joined_count := _joined_count(bare)):
            count += joined_count
        elif not count or joined or modifiers >= MODIFIER_WORDS:
            break  # "قُتل شاب وأصيب آخر": the list has ended
        else:
            modifiers += 1
        if word.endswith(("،", ",", ".")):
            break  # "قُتل عنصر، وأصيب طفل": a comma closes the list of the dead
        if count >= MAX_LISTED_PEOPLE:
            break
    return count
