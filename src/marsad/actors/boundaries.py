"""Word boundaries and context checks for actor names in normalized text.

Arabic writes prepositions and conjunctions onto the next word: «وقسد» is و + قسد,
«بالأمن العسكري» is ب + الأمن العسكري, «لـتنظيم داعش» is ل + تنظيم داعش (tatweel is
dropped by normalization), and «للنظام» is ل + النظام with the article's alef dropped.
A name matches when it ends a word and whatever stands before it in its word is an
allowed proclitic string; the mention's span starts after the proclitics.

All functions here take the folded text of :func:`marsad.arabic.normalize`.
"""

from __future__ import annotations

from marsad.arabic import NormalizedText

ARTICLE = "ال"
# What may stand before a name inside its word: a conjunction, then a preposition.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
# Before a name that starts with the article, ل cannot stand (ل + ال is written لل).
PROCLITICS_BEFORE_ARTICLE = frozenset({"", "و", "ف", "ب", "ك", "وب", "وك", "فب", "فك"})
# «للنظام»: the key «لنظام» (the article's lam kept, alef dropped) after ل, ول or فل.
PROCLITICS_BEFORE_LAM_FORM = frozenset({"ل", "ول", "فل"})

# Definite words that may follow a generic noun or a guarded name without making it
# another body: «التنظيم الإرهابي», «الفصيل المسلح», «الجيش الوطني المدعوم من تركيا».
# Collected from the seed article and SY24/Enab Baladi phrasing.
NEUTRAL_MODIFIERS = frozenset(
    {
        "الارهابي",
        "الارهابيه",
        "المتطرف",
        "المتطرفه",
        "المتشدد",
        "المتشدده",
        "الجهادي",
        "الجهاديه",
        "المسلح",
        "المسلحه",
        "المذكور",
        "المذكوره",
        "المدعوم",
        "المدعومه",
        "الموالي",
        "المواليه",
        "التابع",
        "التابعه",
        # particles and relatives that merely start with the letters «ال»
        "الذي",
        "التي",
        "الذين",
        "الا",
        "الي",
        "الان",
        "اللذين",
        "اللتين",
        "اللواتي",
        "اللاتي",
    }
)
# Endings of definite words that cannot agree with a singular noun (plurals), so they
# start a new phrase rather than modify it: «استهدف التنظيم المدنيين».
PLURAL_ENDINGS = ("ين", "ون", "ات")
# Broken plurals that end like a nisba adjective: objects, not modifiers.
BROKEN_PLURALS = frozenset({"الاهالي", "الاراضي", "المباني", "الضواحي", "النواحي"})
FEMININE_ENDING = "ه"  # folded ة
# Nisba adjectives («العسكرية», «الأمريكي», «السياسي») are what turns a generic noun
# into another body; other adjectives that do are listed. A definite word that is
# neither is taken for the object of the verb («أعلن الأمن العام القبض على …»).
MASCULINE_NISBA = "ي"
FEMININE_NISBA = "يه"
MASCULINE_ADJECTIVES = frozenset({"العام", "الجديد", "الحر", "الخاص", "الموحد", "الاعلي"})
FEMININE_ADJECTIVES = frozenset({"العامه", "الجديده", "الحره", "الخاصه", "الموحده", "العليا"})

# What may follow «اللواء» used as an anaphor: a particle or preposition. Anything else
# is most likely a person's name after the rank («اللواء علي مملوك»). «على» is checked
# on the original text because it folds to «علي» (the name Ali).
TITLE_SAFE_FOLLOWERS = frozenset(
    {
        "في",
        "من",
        "عن",
        "الي",
        "مع",
        "ان",
        "انه",
        "قد",
        "لم",
        "لن",
        "لا",
        "ما",
        "او",
        "ثم",
        "منذ",
        "بعد",
        "قبل",
        "خلال",
        "ضد",
        "حيث",
        "كما",
        "ايضا",
        "بين",
        "عبر",
        "نحو",
        "عند",
        "حين",
        "امس",
        "اليوم",
        "وقد",
        "فقد",
        "كان",
        "وكان",
    }
)
TITLE_SAFE_ORIGINAL = frozenset({"على", "إلى", "حتى", "لدى"})
# Prepositional phrases and conjoined definite nouns: «اللواء بالكامل», «اللواء والفصائل».
TITLE_SAFE_PREFIXES = ("بال", "لل", "وال", "فال", "كال")


def word_prefix(text: str, start: int) -> str:
    """The letters of the word before ``start`` (the proclitics, if it is a name)."""
    i = start
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return text[i:start]


def ends_word(text: str, end: int) -> bool:
    """True when no letter or digit follows ``end``: names take no suffixes here."""
    return end >= len(text) or not text[end].isalnum()


def allowed_prefix(key: str, prefix: str, lam_form: bool) -> bool:
    """Whether ``prefix`` may stand before ``key`` in one word."""
    if lam_form:
        return prefix in PROCLITICS_BEFORE_LAM_FORM
    if key.startswith(ARTICLE):
        return prefix in PROCLITICS_BEFORE_ARTICLE
    return prefix in PROCLITICS


def lam_form(key: str) -> str | None:
    """The key as written after ل: «النظام» → «لنظام», «اللواء» → «لواء».

    ل + الـ drops the alef (للنظام); when the word itself starts with ل the article's
    lam merges too (ل + اللواء → للواء). None for keys without the article.
    """
    if not key.startswith(ARTICLE) or len(key) <= len(ARTICLE) or not key[2].isalpha():
        return None
    rest = key[len(ARTICLE) :]
    return rest if rest.startswith("ل") else "ل" + rest


def next_word(text: str, end: int) -> tuple[int, int] | None:
    """Span of the word after ``end`` when only spaces separate them, else None."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text) or not text[i].isalnum():
        return None
    j = i
    while j < len(text) and text[j].isalnum():
        j += 1
    return i, j


def modified_away(text: str, end: int, feminine: bool) -> bool:
    """True when the next word is a definite adjective that makes this another body.

    «الهيئة العامة للإحصاء», «الحرس الوطني الأمريكي», «الشرطة العسكرية»: an agreeing
    definite adjective turns a generic noun into a different name. A word of the other
    gender modifies something else («أجهزة التنظيم الأمنية»), and plurals and verbal
    nouns start a new phrase («أعلن الأمن العام القبض»), so they do not block.
    """
    span = next_word(text, end)
    if span is None:
        return False
    word = text[span[0] : span[1]]
    if not word.startswith(ARTICLE) or word in NEUTRAL_MODIFIERS or word in BROKEN_PLURALS:
        return False
    if word.endswith(PLURAL_ENDINGS):
        return False
    if feminine:
        return word.endswith(FEMININE_NISBA) or word in FEMININE_ADJECTIVES
    return (
        word.endswith(MASCULINE_NISBA) and not word.endswith(FEMININE_NISBA)
    ) or word in MASCULINE_ADJECTIVES


def title_reading_excluded(norm: NormalizedText, end: int) -> bool:
    """True unless what follows «اللواء» shows it is the brigade, not the rank."""
    span = next_word(norm.text, end)
    if span is None:
        return False
    word = norm.text[span[0] : span[1]]
    if word in TITLE_SAFE_FOLLOWERS or word.startswith(TITLE_SAFE_PREFIXES):
        return False
    if word.startswith(ARTICLE):
        return False  # definite words go through modified_away()
    original = norm.span_to_original(*span).of(norm.original)
    return original not in TITLE_SAFE_ORIGINAL


def is_feminine(key: str) -> bool:
    """Whether an adjective after this name would be feminine.

    The head noun decides («الشرطه», «المخابرات» as a plural of things); a name ending
    in a feminine adjective has a feminine head too («اللجان الشعبيه»).
    """
    words = key.split(" ")
    return words[0].endswith((FEMININE_ENDING, "ات")) or words[-1].endswith(FEMININE_ENDING)
