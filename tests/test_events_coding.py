"""ACLED coding rules as a table of real-style sentences (issue: events).

Each case is one or two sentences as a Syrian outlet would write them; the
expected coding follows ACLED's codebook: who could not fight back is a
civilian target, the most specific act codes a combined incident, arrests
are strategic developments, and so on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import pytest

import marsad
from marsad.events.location import within_town
from marsad.model import Event, Place

# These cases test how the rules code a sentence; whether the vetting model keeps
# each event is tested in test_vetting.py.
extract = partial(marsad.extract, keep_doubtful=True)

PUBLISHED = "2024-03-12"  # a Tuesday


@dataclass(frozen=True)
class Case:
    text: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None  # expected actor1 category
    actor2: str | None = None  # expected actor2 category
    fatalities: int | None = None
    place: str | None = None  # expected location name (as written)
    published: str = PUBLISHED


VAC, ATTACK = "Violence against civilians", "Attack"
ABDUCTION = "Abduction/forced disappearance"
BATTLES, CLASH = "Battles", "Armed clash"
REMOTE = "Explosions/Remote violence"
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SD = "Strategic developments"

CASES = [
    # unidentified gunmen killing someone who could not fight back → civilians targeted
    Case(
        "قُتل الشاب خالد محمد الحريري برصاص مسلحين مجهولين في بلدة اليادودة بريف درعا الغربي، مساء أمس.",
        VAC,
        ATTACK,
        "militia",
        "civilians",
        1,
        "اليادودة",
    ),
    Case(
        "اغتال مسلحون مجهولون عنصراً سابقاً في فصائل المعارضة أمام منزله في مدينة طفس، صباح اليوم.",
        VAC,
        ATTACK,
        "militia",
        "civilians",
        1,
        "طفس",
    ),
    Case(
        "قُتل عنصر في الأمن العام برصاص مجهولين أثناء وجوده في منزله ببلدة المسيفرة، مساء أمس الاثنين.",
        VAC,
        ATTACK,
        "militia",
        "civilians",
        1,
        "المسيفرة",
    ),
    Case(
        "عُثر صباح اليوم على جثة شاب مقتولاً بطلق ناري في الرأس قرب بلدة نوى غربي درعا.",
        VAC,
        ATTACK,
        None,
        "civilians",
        1,
        "نوى",
    ),
    Case(
        "أقدم مسلحون مجهولون على إطلاق النار على مختار قرية الجيزة، ما أدى إلى مقتله على الفور.",
        VAC,
        ATTACK,
        "militia",
        "civilians",
        1,
    ),
    Case(
        "نجا القيادي السابق في المعارضة من محاولة اغتيال بعبوة ناسفة زرعت في سيارته بمدينة جاسم.",
        REMOTE,
        IED,
        None,
        None,
        0,
        "جاسم",
    ),
    Case(
        "قُتلت سيدة وطفلها برصاص مجهولين اقتحموا منزلهما في بلدة الكرك الشرقي، فجر اليوم.",
        VAC,
        ATTACK,
        "militia",
        "civilians",
        2,
    ),
    # abductions
    Case(
        "اختطف مسلحون مجهولون الشاب نزار أبو فخر على طريق دمشق – السويداء، وطالبوا ذويه بفدية مالية.",
        VAC,
        ABDUCTION,
        "militia",
        "civilians",
        0,
    ),
    Case(
        "خطفت عصابة مسلحة سائق سيارة أجرة قرب بلدة الصورة الكبيرة بريف السويداء الغربي، مساء السبت.",
        VAC,
        ABDUCTION,
        "militia",
        "civilians",
        0,
        "الصورة الكبيرة",
    ),
    # armed clashes
    Case(
        "اندلعت اشتباكات عنيفة بين اللواء الثامن ومجموعة تابعة للأمن العسكري في بلدة غصم، ما أسفر عن مقتل عنصرين.",
        BATTLES,
        CLASH,
        "militia",
        None,
        2,
        "غصم",
    ),
    Case(
        "اشتبكت مجموعات محلية مع خلية لتنظيم داعش في مدينة جاسم، فجر اليوم، وقُتل ثلاثة من عناصر الخلية.",
        BATTLES,
        CLASH,
        "militia",
        "rebel",
        3,
        "جاسم",
    ),
    Case(
        "هاجم مسلحون حاجزاً لقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور الشرقي، وقُتل عنصران من الحاجز.",
        BATTLES,
        CLASH,
        None,
        "rebel",
        2,
        "الشحيل",
    ),
    Case(
        "تجددت المعارك بين قوات النظام وفصائل المعارضة على محور كفرنبل جنوبي إدلب، صباح اليوم.",
        BATTLES,
        CLASH,
        "state",
        "rebel",
        None,
    ),
    Case(
        "نصبت خلية تابعة لتنظيم الدولة الإسلامية كميناً لحافلة عسكرية قرب مدينة السخنة، ما أدى إلى مقتل سبعة عناصر من قوات النظام.",
        BATTLES,
        CLASH,
        "rebel",
        "state",
        7,
        "السخنة",
    ),
    Case(
        "تبادلت قوات الأمن العام إطلاق النار مع خلية لداعش في مدينة الميادين، وقُتل أحد أفرادها.",
        BATTLES,
        CLASH,
        "state",
        "rebel",
        1,
        "الميادين",
        published="2025-02-18",
    ),
    Case(
        "دارت اشتباكات بين مقاتلين من أبناء العشائر وقوات سوريا الديمقراطية في بلدة ذيبان، فجر اليوم.",
        BATTLES,
        CLASH,
        None,
        None,
        None,
        "ذيبان",
    ),
    # territory
    Case(
        "سيطرت فصائل المعارضة على مدينة سراقب بعد اشتباكات مع قوات النظام استمرت ساعات.",
        BATTLES,
        "Non-state actor overtakes territory",
        "rebel",
        None,
        None,
        "سراقب",
    ),
    Case(
        "استعادت قوات النظام السيطرة على بلدة معردس في ريف حماة الشمالي، عصر اليوم.",
        BATTLES,
        "Government regains territory",
        "state",
        None,
        None,
        "معردس",
    ),
    # air and drone strikes
    Case(
        "قُتل مدنيان جراء غارات شنتها طائرات حربية روسية على قرية الحمامة غربي إدلب، مساء أمس.",
        REMOTE,
        AIR,
        "external",
        "civilians",
        2,
        "الحمامة",
    ),
    Case(
        "استهدفت طائرة مسيّرة تركية سيارة لقوات سوريا الديمقراطية قرب قرية هيمو غربي القامشلي، ما أدى إلى مقتل عنصرين.",
        REMOTE,
        AIR,
        "external",
        "rebel",
        2,
        "هيمو",
    ),
    Case(
        "شن الطيران الإسرائيلي غارات على مواقع عسكرية في محيط مدينة الكسوة جنوبي دمشق، فجر اليوم.",
        REMOTE,
        AIR,
        "external",
        None,
        0,
    ),
    Case(
        "قُتل قيادي في تنظيم حراس الدين بضربة من طائرة مسيّرة تابعة للتحالف الدولي قرب مدينة سرمدا.",
        REMOTE,
        AIR,
        "external",
        "rebel",
        1,
        "سرمدا",
    ),
    # shelling
    Case(
        "قصفت قوات النظام بالمدفعية الثقيلة بلدة البارة في جبل الزاوية، ما أدى إلى إصابة ثلاثة مدنيين.",
        REMOTE,
        SHELLING,
        "state",
        "civilians",
        0,
        "البارة",
    ),
    Case(
        "سقطت قذائف هاون على أحياء درعا البلد، ما أسفر عن مقتل سيدة وإصابة طفلين.",
        REMOTE,
        SHELLING,
        None,
        "civilians",
        1,
    ),
    Case(
        "قصفت القوات التركية بالمدفعية قرية حربل في ريف حلب الشمالي، دون وقوع إصابات.",
        REMOTE,
        SHELLING,
        "external",
        None,
        0,
        "حربل",
    ),
    # remote explosives
    Case(
        "قُتل ثلاثة عناصر من قوات النظام بانفجار عبوة ناسفة استهدفت سيارتهم قرب بلدة صيدا شرقي درعا.",
        REMOTE,
        IED,
        None,
        "state",
        3,
        "صيدا",
    ),
    Case(
        "توفي طفل متأثراً بجروحه جراء انفجار لغم أرضي من مخلفات الحرب في بلدة الشيخ سعد غربي درعا.",
        REMOTE,
        IED,
        None,
        "civilians",
        1,
        "الشيخ سعد",
    ),
    Case(
        "انفجرت سيارة مفخخة قرب السوق الشعبي في مدينة الباب، ما أسفر عن مقتل ستة مدنيين.",
        REMOTE,
        IED,
        None,
        "civilians",
        6,
        "الباب",
    ),
    Case(
        "فجّر انتحاري نفسه بحزام ناسف عند حاجز للشرطة العسكرية على مدخل مدينة عفرين.",
        REMOTE,
        "Suicide bomb",
        None,
        None,
        None,
        "عفرين",
    ),
    Case(
        "ألقى مجهولون قنبلة يدوية على منزل أحد وجهاء بلدة المزيريب، ما أدى إلى أضرار مادية.",
        REMOTE,
        "Grenade",
        None,
        None,
        0,
        "المزيريب",
    ),
    # arrests (state detentions are strategic developments)
    Case(
        "اعتقلت دورية من الأمن العسكري أربعة شبان من منازلهم في مدينة الصنمين، فجر اليوم.",
        SD,
        "Arrests",
        "state",
        "civilians",
        0,
        "الصنمين",
    ),
    Case(
        "شنت قوى الأمن الداخلي (الأسايش) حملة دهم في حي غويران بمدينة الحسكة واعتقلت خمسة شبان.",
        SD,
        "Arrests",
        "rebel",
        "civilians",
        0,
    ),
    Case(
        "اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام الناشط الإعلامي عبد الرحمن قباني من منزله في مدينة سرمدا.",
        SD,
        "Arrests",
        "rebel",
        "civilians",
        0,
        "سرمدا",
    ),
    Case(
        "ألقت قوات الأمن العام القبض على خلية تتبع لتنظيم داعش في مدينة الميادين، أمس الاثنين.",
        SD,
        "Arrests",
        "state",
        None,
        0,
        "الميادين",
        published="2025-02-18",
    ),
    # protests
    Case(
        "تظاهر مئات المحتجين في ساحة الكرامة وسط مدينة السويداء، اليوم الجمعة، مطالبين بإسقاط النظام.",
        "Protests",
        "Peaceful protest",
        "protesters",
        None,
        0,
    ),
    Case(
        "نظم العشرات من أهالي مدينة جرابلس وقفة احتجاجية أمام مبنى المجلس المحلي.",
        "Protests",
        "Peaceful protest",
        "protesters",
        None,
        0,
        "جرابلس",
    ),
    Case(
        "خرجت مظاهرة في مدينة أعزاز ضد القوات التركية، وأطلق عناصر من الشرطة الرصاص في الهواء لتفريق المتظاهرين.",
        "Protests",
        "Protest with intervention",
        "protesters",
        None,
        0,
        "أعزاز",
    ),
    # weapons seized, agreements, movements
    Case(
        "ضبطت قوات الأمن العام مستودعاً للأسلحة يضم عبوات ناسفة وذخائر في مزرعة قرب بلدة القورية.",
        SD,
        "Disrupted weapons use",
        "state",
        None,
        0,
        "القورية",
        published="2025-02-18",
    ),
    Case(
        "فككت فرق الهندسة عبوة ناسفة مزروعة على الطريق الواصل بين مدينتي درعا وطفس.",
        SD,
        "Disrupted weapons use",
        None,
        None,
        0,
    ),
    Case(
        "توصل الطرفان إلى اتفاق يقضي بوقف إطلاق النار في قرية كفرجنة وانسحاب المجموعات المسلحة منها، برعاية الجيش الوطني.",
        SD,
        "Agreement",
        None,
        None,
        0,
        "كفرجنة",
    ),
    Case(
        "أفادت مصادر خاصة بأن الفترة الأخيرة شهدت نقل مجموعات من تنظيم داعش إلى ريف درعا الشمالي الشرقي.",
        SD,
        "Change to group/activity",
        "rebel",
        None,
        0,
        "ريف درعا الشمالي الشرقي",
    ),
    Case(
        "عقد قادة من تنظيم داعش اجتماعاً أمنياً في مدينة إنخل بتسهيل من المخابرات الجوية.",
        SD,
        "Other",
        "rebel",
        None,
        0,
        "إنخل",
    ),
    # more of each kind, in other outlets' phrasing
    Case(
        "أفاد مراسل نورث برس بأن مسيّرة تركية استهدفت دراجة نارية لقيادي في وحدات حماية الشعب قرب مدينة القامشلي، ما أدى إلى مقتله.",
        REMOTE,
        AIR,
        "external",
        "rebel",
        1,
    ),
    Case(
        "وثّق المرصد السوري مقتل أربعة عناصر من قوات النظام وإصابة آخرين في هجوم لخلايا تنظيم الدولة على نقطة عسكرية في بادية السخنة.",
        BATTLES,
        CLASH,
        "rebel",
        "state",
        4,
    ),
    Case(
        "قُتل ثلاثة مدنيين من عائلة واحدة بانفجار لغم أرضي بسيارتهم قرب بلدة القريتين بريف حمص الشرقي، مساء أمس.",
        REMOTE,
        IED,
        None,
        "civilians",
        3,
        "القريتين",
    ),
    Case(
        "داهمت قوات سوريا الديمقراطية منازل في بلدة الشحيل واعتقلت ستة أشخاص بتهمة التعامل مع خلايا التنظيم.",
        SD,
        "Arrests",
        "rebel",
        "civilians",
        0,
        "الشحيل",
    ),
    Case(
        "اختطف مسلحون ملثمون طفلاً من أمام مدرسته في مدينة شهبا، واقتادوه إلى جهة مجهولة.",
        VAC,
        ABDUCTION,
        "militia",
        "civilians",
        0,
        "شهبا",
    ),
    Case(
        "قصفت المدفعية التركية قرى الشيخ عيسى وحربل في ريف حلب الشمالي، صباح اليوم، دون ورود أنباء عن إصابات.",
        REMOTE,
        SHELLING,
        "external",
        None,
        0,
    ),
    Case(
        "قُتل شاب وأصيب اثنان آخران جراء إطلاق نار من قبل مجهولين على سيارتهم في بلدة الجيزة بريف درعا الشرقي.",
        VAC,
        ATTACK,
        "militia",
        "civilians",
        1,
        "الجيزة",
    ),
    Case(
        "اعتقلت دورية للشرطة العسكرية التابعة للجيش الوطني شابين في مدينة عفرين، مساء أمس، دون توجيه تهمة.",
        SD,
        "Arrests",
        "rebel",
        "civilians",
        0,
        "عفرين",
    ),
    # the act told by a verb with its subject between ("أطلق مسلحون … النار", "لقي شاب مصرعه")
    Case(
        "لقي مدني مصرعه فجر اليوم بعد أن أطلق مسلحون مجهولو الهوية النار عليه في بلدة الغارية الشرقية بريف درعا الشرقي.",
        VAC,
        ATTACK,
        "militia",
        "civilians",
        1,
        "الغارية الشرقية",
    ),
    # a ceasefire written around its words ("وقف شامل لإطلاق النار") is an agreement, not a shooting
    Case(
        "توصلت وزارة الدفاع وقوات سوريا الديمقراطية أمس إلى اتفاق يقضي بوقف شامل لإطلاق النار في محيط دير حافر.",
        SD,
        "Agreement",
        "state",
        "rebel",
        0,
        "دير حافر",
    ),
    # a fighter killed at his post by the other side → Battles, not civilians targeted
    Case(
        "قُتل عنصر من قوات النظام، ظهر اليوم، برصاص قناص من الفصائل على محور قرية الحويز في سهل الغاب.",
        BATTLES,
        CLASH,
        "rebel",
        "state",
        1,
        "الحويز",
    ),
    # a sniper shoots across a front line: a soldier he kills was on duty
    Case(
        "قُتل جندي في الجيش السوري، مساء أمس، برصاص قناص من قوات سوريا الديمقراطية على أطراف "
        "بلدة عين عيسى شمالي الرقة.",
        BATTLES,
        CLASH,
        "rebel",
        "state",
        1,
        "عين عيسى",
    ),
    # "دوريتهم", "حاجزهم", "نقطة أمنية": the post is theirs, so they were on duty
    Case(
        "استشهد عنصر من الأمن العام وأصيب اثنان آخران، إثر استهداف دوريتهم بالرصاص من قبل "
        "مسلحين مجهولين قرب بلدة الحصن، مساء أمس.",
        BATTLES,
        CLASH,
        "militia",
        "state",
        1,
        "الحصن",
        "2025-10-20",
    ),
    Case(
        "قُتل عنصر من الأمن العام برصاص مسلحين مجهولين استهدفوا نقطة أمنية في محيط مدينة "
        "القرداحة، أمس.",
        BATTLES,
        CLASH,
        "militia",
        "state",
        1,
        "القرداحة",
        "2025-10-20",
    ),
    # a sniper's child victim could not fight back
    Case(
        "قُتل طفل برصاص قناص من قوات سوريا الديمقراطية في حي الشيخ مقصود بمدينة حلب، أمس.",
        VAC,
        ATTACK,
        "rebel",
        "civilians",
        1,
        "الشيخ مقصود",
    ),
    # the fire came from the bases named after "مصدره"; it fell on the village subject of تعرضت
    Case(
        "تعرضت قرية أم الكيف في ريف ناحية تل تمر، صباح اليوم، لقصف مدفعي مصدره القواعد التركية "
        "في محيط مدينة رأس العين (سري كانيه).",
        REMOTE,
        SHELLING,
        "external",
        None,
        0,
        "أم الكيف",
    ),
    # what protesters denounce is not an act: the protest is the event
    Case(
        "خرج العشرات من أهالي مدينة طفس بوقفة احتجاجية أمام الجامع الكبير، ورفعوا لافتات تندد "
        "بالاعتقالات التعسفية.",
        "Protests",
        "Peaceful protest",
        "protesters",
        None,
        0,
        "طفس",
    ),
    # after the fall, «قوى الأمن الداخلي» outside the SDF's areas is the state's police
    Case(
        "ضبطت قوى الأمن الداخلي مستودعاً للأسلحة والذخائر في قرية بستان الباشا بريف القرداحة، أمس.",
        SD,
        "Disrupted weapons use",
        "state",
        None,
        0,
        "بستان الباشا",
        published="2025-04-16",
    ),
    Case(
        "اعتقلت قوى الأمن الداخلي (الأسايش) أربعة أشخاص في حي الرميلة بمدينة الرقة، فجر اليوم.",
        SD,
        "Arrests",
        "rebel",
        None,
        0,
        published="2025-11-24",
    ),
    # SANA's "aggression" is an air strike; the launch direction is no scene
    Case(
        "نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً برشقات من الصواريخ من اتجاه البحر المتوسط "
        "غرب اللاذقية مستهدفاً مطار حلب الدولي.",
        REMOTE,
        AIR,
        "external",
        None,
        0,
        "مطار حلب الدولي",
    ),
    Case(
        "أعلن الجيش الإسرائيلي أن طائراته أغارت مساء الأحد على مواقع عسكرية في منطقة الكسوة جنوبي دمشق.",
        REMOTE,
        AIR,
        "external",
        None,
        0,
        "الكسوة",
    ),
    # a soldier wounded at a checkpoint by gunmen: a battle, with no dead
    Case(
        "أصيب عنصر من الفرقة الرابعة بجروح، مساء أمس، إثر استهدافه بالرصاص من قبل مجهولين أثناء "
        "وجوده على حاجز عسكري قرب بلدة المزيريب.",
        BATTLES,
        CLASH,
        "militia",
        "state",
        0,
        "المزيريب",
    ),
    # the patrol that arrests is the first side, not a target
    Case(
        "اعتقلت دورية تابعة لفرع الأمن العسكري، ظهر أمس، الشاب محمد خالد الحمصي على حاجز الصنمين.",
        SD,
        "Arrests",
        "state",
    ),
    # a gathering with demands is a protest; "a similar stand" too
    Case(
        "وعقب التفجير بساعات، تجمع العشرات من أهالي مدينة أعزاز أمام مقر الشرطة العسكرية، "
        "مطالبين بمحاسبة المسؤولين عن الحواجز الأمنية.",
        "Protests",
        "Peaceful protest",
        "protesters",
        None,
        0,
        "أعزاز",
    ),
    Case(
        "وفي الوقت ذاته، شهدت مدينة صلخد جنوبي المحافظة وقفة مماثلة شارك فيها العشرات.",
        "Protests",
        "Peaceful protest",
        "protesters",
        None,
        0,
        "صلخد",
    ),
    # a sweep that seized weapons: the sweep is no generality
    Case(
        "وخلال عمليات التمشيط، ضبطت قوات الأمن العام مستودعاً يحوي أسلحة متوسطة وذخائر وقذائف هاون "
        "في إحدى المزارع على أطراف مدينة القرداحة.",
        SD,
        "Disrupted weapons use",
        "state",
        published="2025-03-08",
    ),
    # the charge an arrest is made on is no second act
    Case(
        "وفجر اليوم، داهمت الشرطة العسكرية مخيم سجو قرب الحدود التركية، واعتقلت ثلاثة شبان بشبهة "
        "التورط في تفجير الدراجة النارية المفخخة.",
        SD,
        "Arrests",
        None,
        None,
        0,
        "مخيم سجو",
    ),
    # «للخطف»: lam and the article without its alef
    Case(
        "تعرّض شاب من محافظة درعا للخطف مساء الأحد الماضي، قرب قرية الصورة الكبيرة شمال محافظة السويداء.",
        VAC,
        ABDUCTION,
        None,
        "civilians",
        0,
        "الصورة الكبيرة",
    ),
    # an interception is ACLED's disrupted weapons use, not a battle
    Case(
        "وفي ريف اللاذقية، تصدت وسائط الدفاع الجوي في قاعدة حميميم مساء أمس لثلاث طائرات مسيّرة.",
        SD,
        "Disrupted weapons use",
    ),
    # gunmen taking a man "to an unknown destination" abduct him
    Case(
        "وقال المراسل إن مسلحين ملثمين اعترضوا طريق المدرّس مساء الثلاثاء، أثناء عودته من المدرسة "
        "في بلدة الشحيل، واقتادوه إلى جهة مجهولة.",
        VAC,
        ABDUCTION,
        "militia",
        "civilians",
        0,
        "الشحيل",
    ),
    # a woman and her two children (a dual noun) are three dead
    Case(
        "استشهدت سيدة وطفلاها، اليوم، جراء قصف مدفعي لقوات النظام على بلدة البارة في جبل الزاوية.",
        REMOTE,
        SHELLING,
        "state",
        "civilians",
        3,
        "البارة",
    ),
    # a targeting verb's subject is its agent, the target comes after it
    Case(
        "استهدف الجيش التركي، صباح اليوم، أطراف بلدة عين عيسى شمالي الرقة بقذائف المدفعية الثقيلة.",
        REMOTE,
        SHELLING,
        "external",
    ),
    Case(
        "ارتفعت حصيلة الاستهداف الجوي لشاحنات الميليشيات الإيرانية قرب مدينة الميادين إلى خمسة قتلى.",
        REMOTE,
        AIR,
    ),
    Case(
        "أسقطت وسائط الدفاع الجوي في قاعدة حميميم، فجر اليوم، طائرتين مسيّرتين أُطلقتا من ريف إدلب.",
        SD,
        "Disrupted weapons use",
    ),
    Case(
        "أقدم عناصر من فصيل مسلح على قطع عشرات من أشجار الزيتون في قرية ميدانكي بريف عفرين، أمس.",
        SD,
        "Looting/property destruction",
    ),
    Case(
        "تجمّع عشرات من أهالي مدينة جاسم أمام مبنى المنطقة، ظهر اليوم، مطالبين بكشف مصير المعتقلين.",
        "Protests",
        "Peaceful protest",
    ),
    Case(
        "أوقفت دورية للأمن العام ثلاثة أشخاص عند حاجز على مدخل مدينة الصنمين، مساء أمس.",
        SD,
        "Arrests",
        "state",  # the state's General Security after December 2024
        published="2025-06-10",
    ),
    # arrests told in the passive
    Case(
        "وانتقلت الحملة بعد الظهر إلى قرية فريكة المجاورة، حيث أُوقف ثلاثة أشخاص آخرين.",
        SD,
        "Arrests",
        place="فريكة",
        published="2025-10-21",
    ),
    # a gunfight between two families is a clash between identity militias
    Case(
        "🔴 #الباب | مقتل شاب وإصابة ٤ آخرين بمشاجرة مسلحة بين أبناء عائلتين في سوق الهال "
        "وسط المدينة ظهر اليوم.",
        BATTLES,
        CLASH,
        fatalities=1,
        place="الباب",
        published="2025-08-12",
    ),
    # two suicide drones (a dual) are an air/drone strike
    Case(
        "استهدفت مسيّرتان انتحاريتان تابعتان للقوات الحكومية نقطة عسكرية لقسد قرب قرية "
        "رسم الإمام شمال شرقي دير حافر، ما أدى لمقتل عنصر من قسد.",
        REMOTE,
        AIR,
        "state",
        "rebel",
        1,
        "رسم الإمام",
        published="2025-11-18",
    ),
    # protesters arrested while a protest is broken up: the intervention, not Arrests
    Case(
        "فرّقت عناصر من الأسايش، أمس، وقفة احتجاجية نظمها أهالي بلدة الكرامة شرقي الرقة، "
        "بإطلاق الرصاص في الهواء، واعتقلت خمسة من المشاركين فيها.",
        "Protests",
        "Protest with intervention",
        "protesters",
        place="الكرامة",
        published="2025-05-06",
    ),
    # bombs seized "ready to go off" did not go off
    Case(
        "ألقت وحدات الأمن الداخلي القبض على خلية في قرية الهيشرية بريف منبج، وضبطت "
        "عبوتين ناسفتين معدّتين للتفجير وكمية من المواد المتفجرة.",
        SD,
        "Arrests",
        "state",
        place="الهيشرية",
        published="2025-06-10",
    ),
]


def _main_event(case: Case) -> Event:
    result = extract(case.text, published=case.published)
    assert result.events, f"no event found in: {case.text}"
    for event in result.events:
        assert 0 <= event.evidence.start < event.evidence.end <= len(case.text)
        assert case.text[event.trigger_span.start : event.trigger_span.end] == event.trigger
    return result.events[0]


@pytest.mark.parametrize("case", CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_event_coding_follows_acled(case: Case) -> None:
    event = _main_event(case)
    assert (event.event_type, event.sub_event_type) == (case.event_type, case.sub_event_type)
    if case.actor1 is not None:
        assert event.actor1 is not None and event.actor1.category == case.actor1
    if case.actor2 is not None:
        assert event.actor2 is not None and event.actor2.category == case.actor2
    if case.fatalities is not None:
        assert event.fatalities == case.fatalities
    if case.place is not None:
        assert event.location is not None and event.location.name == case.place


@pytest.mark.parametrize("case", CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_a_canonical_case_survives_vetting(case: Case) -> None:
    # Each case is a plain, clean report; the vetting model must not take it for a
    # false alarm (the other tests keep doubtful events to test the rules alone).
    vetted = marsad.extract(case.text, published=case.published).events
    assert case.sub_event_type in {e.sub_event_type for e in vetted}, case.text


NOT_EVENTS = [
    # no one claimed the attack told before; «التواصل الاجتماعي» is no meeting
    "ولم تتبنَّ أي جهة الهجوم على حاجز بداما حتى لحظة تحرير هذا الخبر، بينما اتهمت حسابات "
    "محلية على وسائل التواصل الاجتماعي فلول النظام السابق بالوقوف وراءه.",
    # the dead counted since an agreement months ago: a tally, not an incident
    "وبذلك، يرتفع إلى 23 عدد العسكريين الذين قُتلوا على محاور دير حافر وسد تشرين منذ توقيع "
    "اتفاق العاشر من آذار بين الحكومة السورية وقسد، وفقاً لتوثيقات المرصد السوري.",
    "تشهد محافظة درعا فلتاناً أمنياً وعمليات اغتيال شبه يومية منذ سيطرة النظام عليها عام 2018.",
    "يستغل التنظيم اتساع البادية السورية لشن هجمات خاطفة على مواقع قوات النظام.",
    "حذّر ناشطون من تصاعد عمليات الخطف مقابل الفدية على طريق دمشق – السويداء.",
    "نقلت سيارات الإسعاف المصابين إلى المستشفى الوطني في مدينة درعا.",
    "يعمل وجهاء البلدة على احتواء التوتر ومنع تجدد الاشتباكات بين العائلتين.",
    "طالب الأهالي بالإفراج عن المعتقلين في سجون النظام.",
    "هدد القائد العام لقسد بأن قواته سترد بقوة على أي هجوم بري على منبج.",
    "ورصدت الشبكة ما لا يقل عن ١٢ حالة خطف في السويداء منذ مطلع تشرين الثاني الماضي.",
    "وأغلقت الدوريات مداخل البلدة، بالتزامن مع تحليق لطيران «التحالف الدولي» في أجواء المنطقة.",
    "وسط تحليق مكثف للطائرات المسيرة التركية في أجواء ريف القامشلي.",
    "وقال قائد الأمن الداخلي في درعا إن الحملة «مستمرة حتى توقيف جميع المتورطين».",
    "وشهدت الأشهر السبعة الأولى من العام نحو ٦٠ هجوماً نُسب إلى التنظيم في بادية حمص.",
    "وقال أحد سكان ذيبان لنورث برس: «الناس صارت تخاف تطلع عالأراضي، كل كم يوم في ضرب أو تفجير».",
    "وداهمت قوة أمنية منزلين في مدينة نوى، دون تسجيل أي اشتباك.",
    "وفاة طفل متأثراً بإصابته برصاصة طائشة خلال إطلاق نار احتفالي في حفل زفاف ببلدة قلعة المضيق.",
    "أصيب رجل بجروح جراء انفجار قنبلة يدوية في منزله بقرية الكفر نتيجة خطأ في التعامل معها.",
    "وبدأ الجيش عملية تمشيط في البادية قرب السخنة، بمؤازرة من الطيران المروحي.",
    "ووثّق المكتب مقتل 27 شخصاً في محافظة درعا خلال كانون الأول الماضي، بينهم 11 باغتيالات.",
    "في حين توعّد معلمون في إدلب بالتصعيد والإضراب إن لم تُرفع الرواتب.",
    "وتأتي هذه الاحتجاجات في إدلب بعد أشهر من قرار رفع الرواتب في حزيران 2025.",
    'وقال مدرس لحرية برس: "درّسنا أولادنا تحت القصف بلا رواتب تقريباً".',
    "وأحصت الإدارة الذاتية، في بيان الأسبوع الماضي، مقتل 24 مدنياً في القصف التركي على محيط السد.",
    "وكانت شائعات قد انتشرت عن استهداف المدينة بطائرة مسيّرة، ونفتها مصادر محلية.",
    "ويقول الناشط، الذي طلب عدم ذكر اسمه، إن “المعركة كانت حاسمة ومصيرية، تم القضاء فيها على قياديين بارزين”.",
    "وأوضح مدير المنطقة أن الشبان الثلاثة تعرضوا لحادث سير على الطريق، ولم يجر اعتقال أي منهم.",
    "وقالت وزارة الدفاع التركية إن قواتها حيّدت ستة من مقاتلي الوحدات رداً على هجمات استهدفت قواعدها.",
    "وأدانت رابطة الصحفيين السوريين في بيان اختطاف الزميل، وحمّلت سلطات الأمر الواقع مسؤولية سلامته.",
    "وتدور منذ أسابيع معارك عنيفة بين قسد والفصائل المدعومة من أنقرة على محوري سد تشرين وجسر قره قوزاق.",
    "ونفذت فرق الهندسة تفجيرات مخطط لها لذخائر غير منفجرة جُمعت من الأراضي الزراعية بريف إدلب.",
    "وقُتل ٢٢ شخصاً بانفجار ألغام ومخلفات حرب في ريف حماة الشرقي خلال العام الماضي.",
    "وقال مدير الناحية إن الشرطة تتابع القضية وستلاحق الفاعلين، دون أن يشير إلى أي اعتقالات.",
    "وأشار إلى أن فرقه استجابت منذ الخامس من الشهر لأكثر من 200 هجوم، قُتل فيها 46 مدنياً.",
    "وأصدرت وزارة الداخلية بياناً اليوم قالت فيه إن مجموعات مسلحة خرقت اتفاق وقف إطلاق النار في ريف السويداء الغربي.",
    "وقال قائد فصيل محلي إن الهدوء يسود المنطقة منذ إعلان وقف إطلاق النار بين الفصائل والعشائر في تموز الماضي.",
    "وأضاف المصدر أن الموقوف مطلوب بقضايا خطف وسلب في ريف حمص.",
    "وعثر مزارعون في بلدة الغارية الشرقية، اليوم، على قذيفة هاون لم تنفجر من مخلفات المعارك "
    "التي شهدتها المنطقة في صيف 2018.",
    "توفي عامل وأصيب آخر، اليوم، جراء انفجار خزان وقود داخل مصفاة بدائية في بلدة الكرامة، "
    "نتيجة خطأ في أثناء العمل.",
    "وشهدت محافظة حماة خلال السنوات الماضية موجات من الخطف مقابل الفدية.",
    "وهرعت فرق الإطفاء من القحطانية والقامشلي إلى المكان، وتمكنت من السيطرة على الحريق بعد "
    "نحو أربع ساعات.",
    "ودعت صفحات محلية في بانياس إلى وقفة أمام مبنى المنطقة يوم الجمعة المقبل، للمطالبة "
    "بمحاكمة علنية للمتهمين.",
    "وأوضحت مديرية المنطقة أن الانفجارات التي سمعت صباح اليوم في محيط مدينة الحفة ناجمة عن "
    "تفجير فرق الهندسة لذخائر غير منفجرة جمعت من الأراضي الزراعية.",
    "وسادت حالة من الهلع دفعت كثيرين إلى تداول أنباء عن غارة جوية على حي المزة بدمشق.",
    "قُتل مزارع وأصيب أربعة آخرون، خلال الأيام الثلاثة الماضية، بانفجار مخلفات حرب في "
    "أرياف إدلب وحلب.",
    "نفذت قوى الأمن الداخلي خلال الشهر (١٨) عملية دهم في مناطق متفرقة من محافظة درعا.",
    # the abduction behind a release, told as its background
    "وأطلق الخاطفون سراح المهندس مساء أمس قرب بلدة الصنمين، بعد خمسة أيام على اختطافه.",
    # what the gang did, said of it in a relative clause
    "وأحيل أفراد العصابة التي اختطفته إلى القضاء المختص في مدينة حمص.",
    # what did not happen, and what a spokesman denies his side did
    "ودفع الطرفان بتعزيزات إلى محيط بلدة المزرعة، من دون أن تُسجَّل اشتباكات حتى مساء اليوم.",
    "وقال المتحدث إن الهدوء يسود المدينة، نافياً أن تكون قواته قد شنت أي هجوم على الحي.",
    # a subject on a ministry's desk, not an incident
    "وأكد قائد الشرطة أن ملف الخطف في المحافظة يحظى بأولوية لدى الوزارة.",
    # a bulletin correcting a rumour
    "تنويه: الأخبار المتداولة عن اعتقال منفذي عملية الاغتيال في بلدة طفس غير صحيحة.",
]


@pytest.mark.parametrize("text", NOT_EVENTS, ids=[f"text{i}" for i in range(len(NOT_EVENTS))])
def test_generalities_threats_and_non_acts_are_not_events(text: str) -> None:
    assert extract(text, published=PUBLISHED).events == ()


@pytest.mark.parametrize(
    ("text", "sub_event_type", "place"),
    [
        # the family's report says when and where he was taken
        (
            "وتلقت الشرطة بلاغاً من ذوي الشاب يفيد باختطافه يوم الأحد الماضي على طريق "
            "حمص – مصياف أثناء توجهه إلى عمله.",
            ABDUCTION,
            "طريق حمص – مصياف",
        ),
        # a relative clause that dates its own incident tells it
        (
            "واعترف الموقوفون بزرع العبوة التي انفجرت صباح الأربعاء الماضي بسيارة ضابط في "
            "حي المزة بدمشق.",
            IED,
            "المزة",
        ),
    ],
    ids=["reported-abduction", "dated-relative-clause"],
)
def test_an_incident_told_inside_another_sentence_is_coded(
    text: str, sub_event_type: str, place: str
) -> None:
    events = extract(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.location and e.location.name) for e in events] == [
        (sub_event_type, place)
    ]


@pytest.mark.parametrize(
    ("text", "sub_event_type", "place"),
    [
        # an abduction tried and foiled: the shots are an attack on civilians
        (
            "أطلق مسلحون النار على سيارة تقل ثلاثة شبان في بلدة تلكلخ مساء أمس، ما أدى إلى "
            "إصابة اثنين منهم، بعد محاولة فاشلة لخطفهم.",
            ATTACK,
            "تلكلخ",
        ),
        # rockets in a depot were seized, not fired
        (
            "وأسفرت الحملة عن ضبط مستودع يضم قذائف «آر بي جي» وألغاماً مضادة للدروع في "
            "مدينة الصنمين.",
            "Disrupted weapons use",
            "الصنمين",
        ),
        # a roundabout's and a square's names keep their noun
        (
            "خطف مسلحون مجهولون شاباً عند دوار الفاخورة في مدينة حمص، مساء أمس.",
            ABDUCTION,
            "دوار الفاخورة",
        ),
        # the newer quarter of a name, told after the headline named it short
        (
            "حمص: مقتل شاب برصاص مجهولين داخل حي عكرمة\n"
            "قُتل شاب برصاص مسلحين مجهولين في حي عكرمة الجديدة بمدينة حمص، مساء أمس.",
            ATTACK,
            "عكرمة الجديدة",
        ),
        # an attack on a patrol is a fight with armed men, whoever fired first
        (
            "قُتل عنصران من قوى الأمن الداخلي، مساء أمس، إثر تعرض دورية لهجوم مسلح في مدينة جبلة.",
            CLASH,
            "جبلة",
        ),
        # where the mortars fell, not the town they were fired from
        (
            "وسقطت قذائف هاون أُطلقت مساء أمس الأحد من بلدة المنصورة على الأطراف الشرقية لبلدة "
            "عتيل، ما أدى إلى إصابة طفل.",
            SHELLING,
            "عتيل",
        ),
        # a quarter of Kobani the gazetteer lacks under its own name
        (
            "وفي سياق منفصل، اعتقلت دورية للأسايش، صباح اليوم، سبعة شبان من حي مشتى نور في مدينة "
            "كوباني، بهدف سوقهم لأداء واجب الدفاع الذاتي.",
            "Arrests",
            "مشتى نور",
        ),
        # where the victim works is no scene when his home is named
        (
            "انفجرت عبوة ناسفة بسيارة مدرّس يعمل في جامعة اللاذقية أمام منزله في بلدة دمسرخو، "
            "فجر اليوم، دون إصابات.",
            IED,
            "دمسرخو",
        ),
        # the village a road leads to is nearer than the region east of a city
        (
            "قُتل عنصر من قسد بضربة طائرة مسيّرة تركية استهدفت دراجته على الطريق المؤدي إلى قرية "
            "قره قوزاق شرقي منبج.",
            AIR,
            "قره قوزاق",
        ),
        # the road he was taken on, not his home town
        (
            "اختُطف سائق شاحنة من أبناء بلدة قباسين على طريق الباب – منبج مساء أمس.",
            ABDUCTION,
            "طريق الباب – منبج",
        ),
        # a smuggling run foiled at sea off a beach
        (
            "أحبطت قوى الأمن الداخلي محاولة تهريب شحنة أسلحة على متن قارب قبالة شاطئ رأس "
            "البسيط فجر اليوم.",
            "Disrupted weapons use",
            "رأس البسيط",
        ),
        # a crowd counted with «نحو»
        (
            "وفي مدينة حماة، تجمع نحو خمسين من المعلمين المفصولين أمام مديرية التربية، مطالبين "
            "بإعادتهم إلى العمل.",
            "Peaceful protest",
            "حماة",
        ),
        # a fight going on since dawn today is today's fight, not a pattern
        (
            "وتتواصل الاشتباكات منذ ساعات الفجر بين الفصائل وقسد على محور سد تشرين جنوب شرقي منبج.",
            CLASH,
            "سد تشرين",
        ),
        # shots into the air to break up a protest: the intervention
        (
            "وفي بلدة سرمدا، أطلق عناصر الشرطة الرصاص في الهواء لتفريق المحتجين أمام مبنى "
            "المجلس المحلي.",
            "Protest with intervention",
            "سرمدا",
        ),
    ],
    ids=[
        "tried-abduction",
        "seized-rockets",
        "roundabout",
        "newer-quarter",
        "patrol-attacked",
        "fired-from-fell-on",
        "quarter-of-kobani",
        "workplace",
        "road-to-a-village",
        "road-over-home",
        "smuggling-at-sea",
        "crowd-of-about",
        "since-dawn-today",
        "dispersal-shots",
    ],
)
def test_what_the_act_was_and_where(text: str, sub_event_type: str, place: str) -> None:
    events = extract(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.location and e.location.name) for e in events] == [
        (sub_event_type, place)
    ]


def test_the_towns_reinforcements_came_from_are_not_the_scene() -> None:
    text = (
        "واستقدمت قوى الأمن الداخلي تعزيزات من مدينتي درعا وإزرع، ونفذت حملة دهم في الحي "
        "الشرقي، اعتقلت خلالها ستة أشخاص."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Arrests"
    assert event.location is None or event.location.precision != "town"


def test_a_retelling_that_names_the_dead_joins_the_telling_that_named_the_leader() -> None:
    text = (
        "اندلع اشتباك بين دورية للأمن الداخلي ومجموعة يتزعمها المدعو «الكابتن» في مدينة "
        "الصنمين، مساء أمس.\nوأسفر الاشتباك عن مقتل عنصر من الأمن الداخلي يدعى ماهر سليم الزعبي."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert (event.sub_event_type, event.fatalities) == (CLASH, 1)
    assert "ماهر سليم الزعبي" in event.persons


def test_one_event_per_listed_village() -> None:
    text = "قصفت قوات النظام بالمدفعية قرى كنصفرة والبارة والفطيرة في جبل الزاوية جنوبي إدلب، صباح اليوم."
    events = extract(text, published=PUBLISHED).events
    assert [e.location.name for e in events if e.location] == ["كنصفرة", "البارة", "الفطيرة"]
    assert {e.sub_event_type for e in events} == {SHELLING}


def test_the_outskirts_of_the_first_listed_village_are_one_of_the_list() -> None:
    text = "وأضاف مراسلنا أن القصف طال أيضاً أطراف قريتي فركيا وبزابور المجاورتين جنوبي إدلب."
    events = extract(text, published=PUBLISHED).events
    assert sorted(e.location.name for e in events if e.location) == ["بزابور", "فركيا"]
    text = "قُتل مدنيان باستهداف مسيّرة تركية سيارتهما قرب بلدة صرين جنوبي مدينة كوباني."
    [event] = extract(text, published=PUBLISHED).events
    assert event.location and event.location.name == "صرين"
    text = "انفجرت عبوة ناسفة بسيارة مدنية في قرية الدادات قرب مدينة منبج شرقي حلب."
    [event] = extract(text, published=PUBLISHED).events
    assert event.location and event.location.name == "الدادات"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "انفجرت عبوة ناسفة بسيارة عسكرية على الطريق الواصل بين مدينتي الميادين والبوكمال، "
            "قرب بلدة العشارة، ما أدى إلى مقتل عنصرين.",
            "العشارة",
        ),
        (
            "انفجرت عبوة ناسفة بسيارة للأمن الداخلي على الطريق الواصل بين نوى والشيخ مسكين، "
            "قرب المدخل الغربي لمدينة الشيخ مسكين، فجر اليوم.",
            "الشيخ مسكين",
        ),
        (
            "انفجرت عبوة ناسفة بسيارة للأمن الداخلي على الطريق الواصل بين الشياح والمسمية.",
            "الشياح",
        ),
        (
            # the countryside the road runs through is no spot beside one end
            "استهدفت مسيّرة تركية سيارة على الطريق الواصل بين قريتي الطويلة وتل اللبن "
            "في ريف ناحية تل تمر، مساء أمس.",
            "الطويلة",
        ),
        (
            # where the road leads is not where the bomb went off
            "انفجرت عبوة ناسفة بسيارة عسكرية على الطريق الواصل إلى حقل العمر النفطي قرب "
            "بلدة الطيانة، ما أدى إلى إصابة عنصرين.",
            "الطيانة",
        ),
        (
            "عثر رعاة على جثة شاب قرب مفرق قرية رساس جنوب مدينة السويداء، صباح اليوم.",
            "رساس",
        ),
        (
            "قصفت القوات التركية قريتي صيدا والمعلق التابعتين لناحية عين عيسى شمالي الرقة.",
            "صيدا",
        ),
        (
            "احتشد المئات في ساحة الكرامة وسط مدينة السويداء، اليوم، في مظاهرة جديدة.",
            "السويداء",
        ),
        (
            "اعتقلت قوى الأمن الداخلي في محافظة درعا، أمس الاثنين، أربعة أشخاص في مدينة نوى.",
            "نوى",
        ),
        (
            "وأطلقت القوات الإسرائيلية النار، مساء أمس، باتجاه رعاة أغنام قرب قرية الأصبح في "
            "ريف القنيطرة الجنوبي.",
            "الأصبح",
        ),
        (
            "وشهدت منبج عدة تفجيرات، كان آخرها انفجار دراجة نارية مفخخة في حي الحزوانة أمس.",
            "الحزوانة",
        ),
        (
            "اعتقلت دورية أربعة شبان من بلدة كفرلاها في منطقة الحولة، خلال حملة دهم.",
            "كفرلاها",
        ),
        (
            "استهدفت وحدات الجيش العاملة في ريف حلب الغربي بضربات مدفعية تجمعات في محيط "
            "بلدة كفرناها.",
            "كفرناها",
        ),
        (
            "تصدت وحدات الجيش العاملة في بادية الميادين، مساء أمس، لهجوم شنه عناصر داعش.",
            "بادية الميادين",
        ),
        (
            "شنت دوريات حملة دهم في حي برزة البلد شمال شرقي دمشق، اعتقلت خلالها سبعة شبان.",
            "برزة البلد",
        ),
        (
            "دخلت قوة إسرائيلية، فجر اليوم، إلى بلدة كويا بمنطقة حوض اليرموك غربي درعا، "
            "ونفذت حملة دهم اعتقلت خلالها شابين.",
            "كويا",
        ),
        (
            "خطف مسلحون مجهولون سائقاً من أبناء بلدة القريا قرب قرية الثعلة غربي السويداء، مساء أمس.",
            "الثعلة",
        ),
        (
            "هاجم مسلحون فجر اليوم نقاط حراسة في حقل التنك النفطي بريف دير الزور الشرقي.",
            "حقل التنك",
        ),
        (
            "أصيبت سيدة جراء سقوط قذيفة أطلقها مسلحون من مواقعهم في محيط حقل كونيكو على منزل "
            "في بلدة خشام، أمس.",
            "خشام",
        ),
    ],
    ids=[
        "road-near-town",
        "road-entrance",
        "road-first-end",
        "road-through-a-countryside",
        "road-leads-to",
        "junction",
        "district-locator",
        "square",
        "governorate-then-town",
        "fired-at",
        "quarter-after-the-act",
        "first-telling-word",
        "force-works-there",
        "force-works-only-there",
        "old-town",
        "chain-of-locators",
        "near-after-home-town",
        "oil-field",
        "fired-from-a-field",
    ],
)
def test_a_spot_on_a_road_or_beside_a_town_is_coded_at_the_village(text: str, place: str) -> None:
    events = extract(text, published=PUBLISHED).events
    assert events and all(e.location for e in events)
    assert place in {e.location.name for e in events if e.location}
    assert "عين عيسى" not in {e.location.name for e in events if e.location}


def test_the_region_of_the_victims_home_town_is_not_the_scene() -> None:
    text = (
        "اختطف مسلحون مجهولون، مساء أمس، شابين من أبناء بلدة عريقة في ريف السويداء الغربي، "
        "أثناء عودتهما من دمشق، قرب بلدة المسمية على أوتوستراد دمشق – السويداء."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.location and event.location.name == "المسمية"


@pytest.mark.parametrize(
    "text",
    [
        "ألقت دورية من الأمن العام في مدينة مصياف، اليوم، القبض على ثلاثة أشخاص متورطين "
        "بالهجوم على حاجز أمني في بلدة وادي العيون الشهر الماضي.",
        # where his old cases were («بعدة» is not «بعد», the arrest's own adjunct)
        "ألقت دورية من الأمن العام في مدينة مصياف، اليوم، القبض على شاب مطلوب بعدة قضايا "
        "سلب في بلدة وادي العيون.",
    ],
    ids=["accused", "wanted"],
)
def test_the_arrest_is_not_placed_where_the_crime_it_is_for_happened(text: str) -> None:
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Arrests"
    assert event.location and event.location.name == "مصياف"


def test_a_separate_matter_is_never_folded_into_the_incident_before() -> None:
    text = (
        "قُتل عنصران من الجيش، ليل أمس، إثر هجوم شنته خلايا داعش على نقطة عسكرية في "
        "بادية الميادين شرقي دير الزور.\n"
        "في سياق منفصل، قُتل شاب، مساء أمس، جراء اشتباك بين عائلتين في بلدة البوليل."
    )
    events = extract(text, published="2025-08-19").events
    assert [e.location.name for e in events if e.location] == ["بادية الميادين", "البوليل"]
    assert [e.fatalities for e in events] == [2, 1]


def test_the_clash_its_participants_are_arrested_for_is_no_new_clash() -> None:
    text = "واعتقلت قوى الأمن الداخلي صباح اليوم ثلاثة من المشاركين في الاشتباك ببلدة البوليل."
    [event] = extract(text, published="2025-08-19").events
    assert event.sub_event_type == "Arrests"


def test_a_demand_undoes_the_act_it_names_up_to_the_next_comma_only() -> None:
    text = (
        "تجمع العشرات أمام مقر الأسايش في الرقة، اليوم. وقال أحد المشاركين إن المحتجين "
        "طالبوا بالإفراج عن خمسة شبان من أبناء قرية الحمرات، اعتقلتهم دورية تابعة للشرطة "
        "العسكرية أمس."
    )
    kinds = sorted(e.sub_event_type for e in extract(text, published=PUBLISHED).events)
    assert kinds == ["Arrests", "Peaceful protest"]


def test_reinforcements_after_an_incident_are_no_event() -> None:
    text = (
        "انفجرت عبوة ناسفة بدورية للأمن العام قرب بلدة تسيل غربي درعا، صباح اليوم، "
        "فيما استقدمت قوات الأمن العام تعزيزات عسكرية إلى المنطقة ونصبت حاجزاً عند مدخل البلدة."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_toll_counted_since_the_month_began_does_not_date_the_death() -> None:
    text = (
        "قصفت قوات النظام قرية السرمانية في سهل الغاب بريف حماة، صباح اليوم الثلاثاء.\n"
        "وفي تطور لاحق، فارقت سيدة الحياة متأثرة بجراحها جراء القصف على السرمانية، لترتفع "
        "بذلك حصيلة القتلى المدنيين منذ مطلع الشهر الجاري إلى 9.\n"
        "وفي ريف إدلب الجنوبي، استهدفت قوات النظام بقذائف المدفعية بلدة بينين في جبل الزاوية."
    )
    events = extract(text, published="2021-10-12").events
    assert {
        (e.location.name, e.date.value, e.date.precision) for e in events if e.location and e.date
    } == {
        ("السرمانية", "2021-10-12", "day"),
        ("بينين", "2021-10-12", "day"),
    }


def test_quarters_of_one_town_are_one_event() -> None:
    text = "سيطرت الفصائل المحلية على قطاع طريق السد، والحمادين، والمهندسين، ومخيم درعا."
    events = extract(text, published=PUBLISHED).events
    assert len(events) == 1 and events[0].location and events[0].location.name == "طريق السد"


def test_headline_lead_and_details_are_one_incident() -> None:
    text = (
        "مقتل ثلاثة عناصر من قوات النظام بانفجار عبوة ناسفة شرقي درعا\n"
        "قُتل ثلاثة عناصر من قوات النظام، مساء أمس الاثنين، جراء انفجار عبوة ناسفة استهدفت "
        "سيارتهم قرب بلدة صيدا بريف درعا الشرقي.\n"
        "وأفاد مراسلنا بأن العبوة انفجرت بسيارة عسكرية، ما أدى إلى مقتل ثلاثة منهم على الفور."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.location and event.location.name == "صيدا"
    assert event.date and event.date.value == "2024-03-11"
    assert event.fatalities == 3
    assert event.reported_by == "مراسلنا"


def test_background_incident_keeps_its_own_date() -> None:
    text = (
        "قُتل شاب برصاص مجهولين في بلدة اليادودة، مساء أمس.\n"
        "وكان مسلحون مجهولون قد اغتالوا عنصراً سابقاً في المعارضة في البلدة ذاتها، مطلع الشهر الجاري."
    )
    events = extract(text, published=PUBLISHED).events
    assert [(e.date.value, e.date.precision) for e in events if e.date] == [
        ("2024-03-11", "day"),
        ("2024-03-01", "week"),  # early in the month: ACLED's "part of a month"
    ]


def test_conflicting_tolls_take_the_lower() -> None:
    text = (
        "قُتل أحد عشر عنصراً من قوات النظام في كمين نصبه تنظيم داعش قرب مدينة السخنة، مساء أمس.\n"
        "في المقابل، تحدثت وكالة سانا عن مقتل سبعة عسكريين في الكمين قرب مدينة السخنة."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.fatalities == 7


def test_the_victims_relatives_add_no_death_to_a_protest() -> None:
    text = "وقطع العشرات من أهالي القرية وأقارب الضحية الطريق العام في بلدة تسيل، اليوم."
    [event] = extract(text, published=PUBLISHED).events
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)


def test_wounded_ages_and_dates_are_not_deaths() -> None:
    text = (
        "قُتل الرجل عبد الله العمر (52 عاماً) وأصيب خمسة آخرون بجروح، في 9 آذار، "
        "جراء قصف مدفعي على قرية كنصفرة."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.fatalities == 1


def test_a_toll_risen_since_this_mornings_fighting_is_one_battle() -> None:
    text = (
        "ارتفع إلى 6 عدد القتلى الذين سقطوا خلال الاشتباكات العنيفة المستمرة منذ فجر اليوم "
        "بين فصائل الجيش الوطني وقوات سوريا الديمقراطية على محور سد تشرين بريف منبج."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == CLASH
    assert event.fatalities == 6


def test_a_background_death_told_subject_first_counts() -> None:
    text = (
        "وكان عنصر من قوى الأمن الداخلي قد قُتل في الـ28 من شباط الماضي، بانفجار عبوة "
        "ناسفة زُرعت أسفل سيارته في حي المحطة بمدينة رأس العين."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.fatalities == 1
    assert event.location is not None and event.location.name == "المحطة"


def test_a_strike_on_a_region_is_coded_where_its_munitions_fell() -> None:
    text = (
        "استهدفت طائرة حربية روسية، صباح اليوم، بأربعة صواريخ منطقة جبل الزاوية في ريف إدلب الجنوبي، "
        "حيث سقط صاروخان على منازل عند الأطراف الغربية لبلدة إحسم، فيما سقط الصاروخان الآخران "
        "في أرض زراعية قرب قرية مشون المجاورة."
    )
    events = extract(text, published=PUBLISHED).events
    assert [e.location.name for e in events if e.location] == ["إحسم", "مشون"]
    assert {e.sub_event_type for e in events} == {AIR}


def test_the_same_shelling_reaching_the_next_village_is_a_second_event() -> None:
    text = (
        "قُتل مدني جراء قصف مدفعي لقوات النظام على بلدة البارة في جبل الزاوية، اليوم.\n"
        "وطال القصف المدفعي ذاته أطراف قرية بليون المجاورة، ما خلّف أضراراً مادية."
    )
    events = extract(text, published=PUBLISHED).events
    assert [e.location.name for e in events if e.location] == ["البارة", "بليون"]
    assert [e.fatalities for e in events] == [1, 0]


def test_a_retelling_adds_its_toll_to_the_clash_told_before() -> None:
    text = (
        "اندلعت فجر اليوم اشتباكات عنيفة بين مجموعات محلية وخلية لتنظيم داعش في مدينة جاسم.\n"
        'وأسفرت الاشتباكات عن مقتل عنصرين من الخلية، أحدهما المدعو "رامي سليمان الحلقي"، '
        "الذي يتهمه الأهالي بعمليات اغتيال خلال العام الماضي. وفي المقابل قُتل مقاتل من المجموعات المحلية."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.fatalities == 3
    assert event.date is not None and event.date.value == PUBLISHED
    assert event.actor2 is not None and event.actor2.category == "rebel"


def test_the_leads_dead_told_again_in_the_next_paragraph_are_not_added() -> None:
    text = (
        "أحبطت وحدات من حرس الحدود فجر أمس محاولة تهريب عبر جرود بلدة قارة في القلمون الغربي، "
        "بعد اشتباك مع المهربين انتهى بمقتل أحدهم وفرار الباقين.\n"
        "وذكر مصدر أن دورية طلبت من سائقي سيارتين التوقف، إلا أن المهربين بادروا إلى إطلاق "
        "النار، فردّ العناصر بالمثل، ما أسفر عن مقتل أحد المهربين وإصابة عنصر بجروح طفيفة."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 1


def test_a_wound_from_the_attack_told_in_the_same_sentence_is_no_second_attack() -> None:
    text = (
        "ارتفع إلى أربعة عدد عناصر الأمن العام الذين قتلوا جراء الهجوم الذي نفذه مسلحون على "
        "حاجز قرب بلدة الصنمين مساء الجمعة، وذلك بعد وفاة عنصر رابع صباح اليوم متأثراً بجراح أصيب بها خلال الهجوم."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Armed clash"
    assert event.location is not None and event.location.name == "الصنمين"


def test_the_attackers_dead_told_after_the_victims_add_to_the_toll() -> None:
    text = (
        "قُتل عنصران من القوات الحكومية وأصيب ثالث، جراء هجوم نفذه مسلحون من خلايا داعش على "
        "نقطة عسكرية في بادية العشارة، فجر اليوم.\n"
        "ودارت اشتباكات بين الطرفين استمرت نحو ساعة، قُتل خلالها أحد المهاجمين."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 3


def test_the_attackers_dead_told_again_are_part_of_a_toll_of_both_sides() -> None:
    text = (
        "استشهد عنصر من قوى الأمن الداخلي، وقُتل أحد المهاجمين، في هجوم شنّه مسلحون على حاجز "
        "عند مدخل مدينة القدموس فجر أمس.\n"
        "وذكر مصدر أن المسلحين أطلقوا النار على عناصر الحاجز، فردّ العناصر على مصدر النيران، "
        "ما أدى إلى مقتل أحد المهاجمين."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.fatalities == 2


def test_the_attack_naming_a_checkpoints_dead_joins_the_clash_told_before() -> None:
    text = (
        "استشهد عنصران من قوى الأمن الداخلي وأصيب آخر، جراء اعتداء نفذته مجموعة خارجة عن "
        "القانون على حاجز أمني في منطقة سهل الغاب بريف حماة، مساء أمس.\n"
        "وفي التفاصيل، أوضح المصدر أن مسلحين أطلقوا النار بشكل مباشر على عناصر الحاجز الواقع "
        "عند مدخل بلدة قلعة المضيق، مساء الأحد، ما أدى إلى استشهاد العنصرين محمد ياسين الحسن "
        "وعبد الله فواز العمر."
    )
    [event] = extract(text, published="2025-10-27").events
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 2
    assert event.location is not None and event.location.name == "قلعة المضيق"


def test_a_groups_boast_of_the_attack_it_claimed_is_no_second_event() -> None:
    text = (
        "قُتل عنصران من قوات سوريا الديمقراطية بهجوم لخلايا داعش على حاجز في بلدة ذيبان، مساء أمس.\n"
        "وتبنى تنظيم داعش الهجوم، صباح اليوم، عبر وكالة أعماق، زاعماً أن عناصره قتلوا وجرحوا "
        "خمسة من قسد."
    )
    [event] = extract(text, published="2025-09-15").events
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 2


def test_an_attack_on_a_checkpoint_is_told_by_its_target() -> None:
    text = (
        "استهداف حاجز لقوى الأمن الداخلي عند دوار الصنمين على الأوتوستراد الدولي بالرصاص من قبل "
        "مجهولين يستقلون سيارة بيضاء، قبل قليل، ما أدى لإصابة عنصرين بجروح."
    )
    [event] = extract(text, published="2026-04-02").events
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 is not None and event.actor2.category == "state"


def test_a_toll_counted_for_todays_fight_is_todays_clash_at_the_dam_named_before() -> None:
    text = (
        "وعلى محور سد تشرين جنوب شرقي منبج، تتواصل المعارك بين فصائل الجيش الوطني وقسد.\n"
        "وأحصى المرصد السوري مقتل 5 عناصر من الفصائل و3 من قسد في اشتباكات اندلعت منذ فجر "
        "اليوم في محيط السد."
    )
    events = extract(text, published="2025-01-22").events
    [clash] = [e for e in events if e.fatalities]
    assert clash.sub_event_type == "Armed clash"
    assert clash.fatalities == 8
    assert clash.location is not None and clash.location.name == "سد تشرين"
    assert clash.date is not None and clash.date.value == "2025-01-22"


def test_the_village_told_after_a_direction_is_the_scene() -> None:
    text = (
        "قُتل مزارع من أهالي ناحية جنديرس بريف عفرين شمال غربي حلب، مساء أمس الاثنين، برصاص مسلح "
        "إثر خلاف على قطاف الزيتون في أرضه الواقعة على أطراف قرية تل سلور.\n"
        "وقال المراسل إن مسلحاً يقيم في القرية منذ سنوات ادّعى ملكية الأشجار، لتتطور المشادة إلى "
        "إطلاق نار أصاب المزارع في صدره."
    )
    [event] = extract(text, published="2025-11-04").events
    assert event.location is not None and event.location.name == "تل سلور"
    assert event.date is not None and event.date.value == "2025-11-03"


def test_a_protest_against_kidnappings_is_a_protest_and_its_dispersal_no_shooting() -> None:
    strike = (
        "وفي سرمدا، أغلق عشرات الصرّافين وتجار الذهب محالهم، أمس الثلاثاء، في إضراب احتجاجي على "
        "تكرار عمليات الخطف التي تطال العاملين في المهنة."
    )
    [event] = extract(strike, published="2025-09-10").events
    assert event.sub_event_type == "Peaceful protest"
    dispersed = (
        "فرّقت قوى الأمن الداخلي بإطلاق النار في الهواء وقفة احتجاجية لأصحاب البسطات في مدينة "
        "سرمدا، ظهر اليوم.\n"
        "وقال أحد المحتجين إن العناصر دفعوا الناس، مشيراً إلى أن المحتجين تفرّقوا بعد إطلاق "
        "النار دون تسجيل إصابات."
    )
    [event] = extract(dispersed, published="2025-08-19").events
    assert event.sub_event_type == "Protest with intervention"


def test_a_destination_ends_at_the_comma_after_it() -> None:
    text = (
        "أعلنت قيادة الأمن الداخلي في منطقة منبج القبض، فجر اليوم، على شخص يُشتبه بتورطه في نقل "
        "السيارة المفخخة إلى المدينة، خلال مداهمة في قرية قزجلي غربي منبج."
    )
    [event] = extract(text, published="2025-12-09").events
    assert event.sub_event_type == "Arrests"
    assert event.location is not None and event.location.name == "قزجلي"


def test_a_retelling_that_leaves_the_victims_unnamed_joins_the_clash() -> None:
    text = (
        "قتل عنصران من الأمن الداخلي بهجوم شنه مسلحون على دورية لهم في بلدة الحراك، مساء أمس.\n"
        "وقال مصدر محلي إن مسلحين أطلقوا النار في بلدة الحراك مساء أمس، ثم لاذوا بالفرار."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 2


def test_a_direction_from_a_city_after_a_village_locates_it() -> None:
    text = "قُتل شاب برصاص مجهولين في بلدة المزرعة، غربي مدينة السويداء، مساء أمس."
    [event] = extract(text, published=PUBLISHED).events
    assert event.location is not None and event.location.name == "المزرعة"
    assert event.fatalities == 1


def test_an_undated_lead_takes_the_day_its_details_give() -> None:
    text = (
        "قُتل رجلان في اشتباك مسلح بين عائلتين في بلدة الحراك بريف درعا الشرقي.\n"
        "وقال مراسلنا إن اشتباكاً اندلع مساء السبت بين العائلتين في بلدة الحراك على "
        "خلفية خلاف قديم."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.date is not None and event.date.value == "2024-03-09"
    assert event.fatalities == 2


def test_the_blast_of_an_unexploded_object_is_an_event() -> None:
    text = (
        "وأصيب عامل بجروح، صباح أمس، جراء انفجار جسم غير منفجر أثناء إزالة الركام في حي "
        "جوبر شرقي العاصمة دمشق."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_grenade_listed_among_the_assaults_guns_is_no_second_event() -> None:
    text = (
        "وقال مصدر أمني إن المهاجمين هاجموا الحاجز بالأسلحة الرشاشة وقنبلة يدوية قبل أن "
        "يلوذوا بالفرار، فجر اليوم، قرب بلدة الصنمين."
    )
    assert [e.sub_event_type for e in extract(text, published=PUBLISHED).events] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "على صعيد آخر، نفّذ العشرات من ذوي المعتقلين منذ أحداث آذار وقفة احتجاجية، صباح "
            "اليوم، أمام مبنى المحافظة في مدينة درعا.",
            [PUBLISHED],
        ),
        (
            "قُتل شاب برصاص مجهولين في مدينة جاسم، صباح اليوم. ويأتي ذلك بعد نحو أسبوعين من "
            "مقتل الشاب سامر خليل العيسى برصاص مسلحين مجهولين في بلدة داعل.",
            [PUBLISHED, "2024-02-27"],
        ),
    ],
    ids=["today-beats-since", "two-weeks-before-with-a-long-name"],
)
def test_the_day_an_act_is_told_on(text: str, dates: list[str]) -> None:
    events = extract(text, published=PUBLISHED).events
    assert [e.date.value if e.date else None for e in events] == dates


def test_the_town_of_detainees_a_crowd_stands_with_is_not_where_it_gathered() -> None:
    text = "تظاهر العشرات من أهالي بلدة الطيبة، مساء أمس، تضامناً مع معتقلي بلدة صيدا."
    [event] = extract(text, published=PUBLISHED).events
    assert event.location is not None and event.location.name == "الطيبة"


def test_a_subheading_sums_up_and_adds_no_death() -> None:
    text = (
        "مسيّرة تركية تستهدف سيارة لقسد\n"
        "استهدفت طائرة مسيّرة تركية ظهر اليوم سيارة عسكرية لقوات سوريا الديمقراطية قرب قرية هيمو.\n"
        "مقتل عنصرين من قسد\n"
        "وأضاف مراسلنا أن الاستهداف أسفر عن مقتل عنصرين كانا على متن السيارة."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == AIR
    assert event.fatalities == 2


def test_a_daily_toll_list_dates_and_counts_each_item() -> None:
    text = (
        "حصيلة الثلاثاء: 5 قتلى في مناطق متفرقة\n"
        "وثّق المرصد السوري مقتل 5 أشخاص يوم أمس الثلاثاء 11 آذار، وجاءت الحصيلة على النحو التالي:\n"
        "- طفلان شقيقان، قضيا بانفجار لغم من مخلفات الحرب قرب منزلهما في بلدة مورك بريف حماة.\n"
        "- رجلان، قُتلا خلال اشتباك بين مجموعتين محليتين مسلحتين في مدينة شهبا بريف السويداء.\n"
        "- سيدة، قضت برصاص قناص من قوات النظام على أطراف بلدة آفس بريف إدلب."
    )
    events = extract(text, published=PUBLISHED).events
    assert [(e.location.name if e.location else None, e.fatalities) for e in events] == [
        ("مورك", 2),
        ("شهبا", 2),
        ("آفس", 1),
    ]
    assert {e.date.value for e in events if e.date} == {"2024-03-11"}


def test_weekday_headers_date_the_items_below_them() -> None:
    text = (
        "رصد مكتب التوثيق خلال الأسبوع الماضي مقتل شخصين واعتقال أربعة شبان، وفيما يلي أبرز الأحداث:\n"
        "السبت 9 آذار:\n"
        "قُتل الشاب عمار فايز الحلقي برصاص مسلحين مجهولين أمام منزله في مدينة جاسم.\n"
        "الأحد 10 آذار:\n"
        "داهمت دورية من فرع الأمن العسكري منازل في بلدة صيدا، واعتقلت أربعة شبان بينهم طالب جامعي."
    )
    events = extract(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.date.value if e.date else None) for e in events] == [
        (ATTACK, "2024-03-09"),
        ("Arrests", "2024-03-10"),
    ]


def test_history_told_in_passing_is_no_event() -> None:
    text = (
        "اعتقلت دورية للأمن العسكري شابين في بلدة صيدا، صباح اليوم.\n"
        "ويسيطر النظام على المحافظة منذ تموز 2018، بعد اتفاق تسوية برعاية روسية."
    )
    events = extract(text, published=PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_badia_and_a_camp_keep_their_names() -> None:
    text = (
        "شنّت طائرات حربية روسية، فجر اليوم، غارات على مواقع لخلايا التنظيم في بادية الشولا.\n"
        "واعتقلت قسد، أمس، ثلاثة أشخاص في مخيم الهول بريف الحسكة."
    )
    events = extract(text, published=PUBLISHED).events
    assert [e.location.name for e in events if e.location] == ["بادية الشولا", "مخيم الهول"]


def test_a_name_of_several_places_takes_the_article_governorate() -> None:
    text = (
        "قُتل شخصان في اشتباكات بين الحرس الوطني ومسلحي العشائر على محور بلدة المجدل، فجر اليوم.\n"
        "وسقطت قذيفة على بلدة ريمة حازم في ريف السويداء، وأكدت مصادر في مدينة السويداء "
        "أن التوتر يسود ريف السويداء الغربي، بينما لم يصدر تعليق من وزارة الداخلية."
    )
    clash = extract(text, published="2025-09-20").events[0]
    assert clash.location is not None
    assert (clash.location.name, clash.location.admin1) == ("المجدل", "السويداء")


def test_the_day_after_and_days_before_follow_the_story() -> None:
    text = (
        "قُتل ثلاثة مزارعين من أبناء قرية عين الكروم بريف حماة الغربي برصاص مسلحين مجهولين، "
        "مساء الأحد 10 آذار.\n"
        "وفي اليوم التالي، نظم أهالي القرية وقفة احتجاجية في ساحة القرية.\n"
        "ويأتي ذلك بعد يومين من استشهاد شاب بقصف صاروخي لقوات النظام على قرية الفطيرة."
    )
    events = extract(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.date.value if e.date else None) for e in events] == [
        (ATTACK, "2024-03-10"),
        ("Peaceful protest", "2024-03-11"),
        (SHELLING, "2024-03-08"),
    ]
    # the village the victims came from is the scene when the text names no other town
    assert events[0].location is not None and events[0].location.name == "عين الكروم"


def test_a_dateline_places_the_city_a_story_does_not_name() -> None:
    text = (
        "جبلة-سانا\n"
        "استشهد عنصران من إدارة الأمن العام جراء هجوم شنته مجموعة من فلول النظام البائد على حاجز "
        "أمني عند المدخل الجنوبي للمدينة فجر اليوم."
    )
    [event] = extract(text, published="2025-02-20").events
    assert event.location is not None and event.location.name == "جبلة"


def test_a_settlement_one_man_made_is_no_agreement_even_beside_the_regime() -> None:
    text = (
        "وهو من الذين أجروا التسوية التي طرحها النظام في المنطقة خريف 2021، "
        "ولا يُعرف سبب اعتقاله حتى الآن."
    )
    assert extract(text, published="2022-10-14").events == ()


def test_arrests_shared_out_between_villages_are_one_event_each() -> None:
    text = (
        "داهمت دوريات قسد منازل في قرية الحريجي واعتقلت تسعة شبان، كما اعتقلت ثمانية آخرين "
        "من قرية الصور، وستة من قرية الكبر، وسط إطلاق نار في الهواء لترهيب الأهالي."
    )
    events = extract(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events] == [
        ("Arrests", "الحريجي"),
        ("Arrests", "الصور"),
        ("Arrests", "الكبر"),
    ]


def test_the_head_above_the_first_sentence_sums_up() -> None:
    text = (
        "دير الزور 24 – خاص\n"
        "اغتيال عضو في المجلس المحلي لبلدة الجرذي الشرقي برصاص مجهولين شرقي دير الزور\n"
        "قُتل مساء أمس الثلاثاء، عضو المجلس المحلي في بلدة الجرذي الشرقي خليل عواد الحمدان، بعد أن "
        "أطلق مسلحون مجهولون النار عليه أمام منزله في البلدة الواقعة بريف دير الزور الشرقي."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.location is not None and event.location.name == "الجرذي الشرقي"
    assert event.date is not None and event.date.value == "2024-03-11"


def test_a_sentence_date_wins_over_a_span_counted_from_another_incident() -> None:
    text = (
        "عثر أهالي بلدة الحوايج، صباح اليوم الخميس، على جثة المدرّس فراس الجاسم وعليها آثار "
        "طلقات نارية، بعد يومين من اختطافه على يد مسلحين مجهولين."
    )
    events = extract(text, published="2021-11-18").events
    assert events and events[0].date is not None and events[0].date.value == "2021-11-18"


def test_an_outlet_number_is_no_toll_and_a_firing_position_no_scene() -> None:
    text = (
        "قُتلت سيدة جراء سقوط قذيفة هاون على منزلها في بلدة ريمة حازم، صباح اليوم.\n"
        "وأفاد مراسل السويداء 24 أن الضحية هي سهام نايف أبو حسون (42 عاماً)، وأن القذيفة أُطلقت من "
        "مواقع ينتشر فيها مسلحون من العشائر في محيط بلدة المزرعة."
    )
    events = extract(text, published="2025-09-20").events
    assert [(e.location.name if e.location else None, e.fatalities) for e in events] == [
        ("ريمة حازم", 1)
    ]


def test_a_negation_governs_what_follows_it_only() -> None:
    text = (
        "وفي اليوم التالي، داهمت دورية من الشرطة العسكرية منزلاً في حي الأشرفية بمدينة عفرين، ما أدى "
        "إلى اندلاع اشتباكات بين الدورية ومجموعة من عناصر فصيل تدخلت لمنع الاعتقال."
    )
    events = extract(text, published=PUBLISHED).events
    assert [e.sub_event_type for e in events] == [CLASH]


def test_a_quarter_named_before_its_town_is_the_scene() -> None:
    text = "قُتل صاحب محل للمواد الغذائية برصاص مسلحين مجهولين في سوق حي الزيدية بمدينة عفرين، مساء أمس."
    [event] = extract(text, published=PUBLISHED).events
    assert event.location is not None and event.location.name == "الزيدية"


def test_a_road_named_by_its_ends_gives_way_to_the_town_it_is_near() -> None:
    text = (
        "انفجرت عبوة ناسفة بسيارة تابعة للأمن العسكري على الطريق الدولي حمص – حماة قرب مدينة "
        "الرستن، صباح اليوم، ما أدى إلى مقتل عنصرين."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.location is not None and event.location.name == "الرستن"
    assert event.fatalities == 2


def test_a_gathering_before_an_office_is_at_the_office() -> None:
    text = (
        "تجمّع العشرات من أقارب المختطف أمام مبنى قيادة الشرطة في مدينة اعزاز ظهر أمس، "
        "مطالبين بالكشف عن مصيره."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.location is not None and event.location.admin1 == "حلب"
    assert event.location.name in ("اعزاز", "أعزاز")


def test_a_roundabout_is_coded_at_its_town_and_a_border_wall_is_no_village() -> None:
    text = (
        "استهدفت طائرة مسيّرة انتحارية حاجزاً لقوى الأمن الداخلي عند دوار الشيحان في مدينة حلب، "
        "مساء أمس.\n"
        "وأصيب طفلان برصاص الجندرما أثناء رعيهما الأغنام قرب الجدار الحدودي في محيط بلدة عزمارين."
    )
    events = extract(text, published="2025-08-12").events
    # a roundabout is a spot in its town: coded at the town (ACLED)
    assert [e.location.name for e in events if e.location] == ["حلب", "عزمارين"]


# Where the incident happened, when the sentence also names where someone was taken
# or where a village lies (the words after a town place it in its governorate).
SCENES = [
    (
        "اندلعت اشتباكات متقطعة بالأسلحة الرشاشة فجر اليوم على محور جبل عبد العزيز غربي "
        "الحسكة بين الجيش وعناصر من قسد.",
        "جبل عبد العزيز",
        "الحسكة",
    ),
    (
        "اعتقلت دورية تابعة لفرع الأمن العسكري في حمص، صباح الثلاثاء، ثلاثة شبان من أبناء مدينة "
        "الرستن في ريف حمص الشمالي.",
        "الرستن",
        "حمص",
    ),
    (
        "اعتقلت قوة من الأمن العام شابين في بلدة إبطع، واقتادتهما إلى مقر الأمن العام في مدينة درعا.",
        "إبطع",
        "درعا",
    ),
    (
        "أصيب عنصران بهجوم مسلح على حاجز في بلدة ذيبان، وجرى إسعافهما إلى مشفى في مدينة البصيرة.",
        "ذيبان",
        "دير الزور",
    ),
    (
        "قُتل شاب برصاص مجهولين في بلدة الشيخ سعد بريف درعا الغربي، مساء أمس.",
        "الشيخ سعد",
        "درعا",
    ),
    (
        "قُتل سائقان بهجوم لتنظيم داعش على صهريج قرب بلدة الرصافة جنوبي الرقة، مساء أمس.",
        "الرصافة",
        "الرقة",
    ),
    (
        "اعتقل عناصر حاجز للأمن العسكري شاباً عند مدخل بلدة الكرك الشرقي بريف درعا، أمس.",
        "الكرك الشرقي",
        "درعا",
    ),
    (
        "شنّت قوى الأمن الداخلي حملة دهم واعتقالات في حي المشلب شرقي مدينة الرقة، فجر اليوم.",
        "المشلب",
        "الرقة",
    ),
    (
        "نجا شاب من محاولة اغتيال بعبوة ناسفة زُرعت قرب منزله في بلدة المسيفرة شرقي درعا، أمس.",
        "المسيفرة",
        "درعا",
    ),
    (
        "⭕️ مقتل عنصر من الأسايش بهجوم مسلح على حاجز عند المدخل الجنوبي لبلدة #تل_براك شمال شرقي الحسكة.",
        "تل براك",
        "الحسكة",
    ),
    (
        (
            "اندلعت اشتباكات، فجر اليوم، بين وحدات من الجيش السوري ومسلحين يعملون في التهريب، قرب "
            "قرية مطربا الحدودية في ريف القصير جنوب غربي حمص."
        ),
        "مطربا",
        "حمص",
    ),
    (
        "قُتل شاب من قرية بيت ياشوط في ريف جبلة، مساء أمس، برصاص عنصر في ميليشيا الدفاع الوطني.",
        "بيت ياشوط",
        "اللاذقية",
    ),
    (
        "وانتشرت دوريات قسد بين أحياء العائلتين في بلدة الشعفة، واعتقلت تسعة شبان من الطرفين، اليوم.",
        "الشعفة",
        "دير الزور",
    ),
]


@pytest.mark.parametrize(
    ("text", "place", "admin1"), SCENES, ids=[f"scene{i}" for i in range(len(SCENES))]
)
def test_the_scene_is_where_it_happened_in_its_governorate(
    text: str, place: str, admin1: str
) -> None:
    events = extract(text, published=PUBLISHED).events
    assert events, text
    location = events[0].location
    assert location is not None and (location.name, location.admin1) == (place, admin1)


def test_a_town_named_by_its_noun_alone_is_the_one_named_before() -> None:
    text = (
        "قُتل شاب برصاص مسلحين مجهولين في مدينة الصنمين بريف درعا الشمالي، مساء أمس.\n"
        "وكان رجل آخر قد قُتل طعناً بسكين في سوق المدينة منتصف الشهر الماضي."
    )
    events = extract(text, published=PUBLISHED).events
    assert [e.location.name if e.location else None for e in events] == ["الصنمين", "الصنمين"]
    assert [e.date.precision if e.date else None for e in events] == ["day", "week"]


def test_a_camp_named_by_its_noun_alone_is_the_camp_named_before() -> None:
    text = (
        "عُثر صباح اليوم على جثة امرأة مقتولة بطلق ناري داخل مخيم الهول شرقي الحسكة.\n"
        "وفي وقت لاحق، اعتقلت الأسايش ثلاثة أشخاص في القطاع الرابع من المخيم للاشتباه بصلتهم بالجريمة."
    )
    events = extract(text, published=PUBLISHED).events
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [e.location.name if e.location else None for e in arrests] == ["مخيم الهول"]


def test_desert_beside_a_village_is_coded_near_the_village() -> None:
    text = (
        "قتل عناصر من تنظيم داعش راعياً، مساء أمس، في البادية الواقعة شرق قرية الشيخ هلال بريف حماة."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert event.location is not None and event.location.name == "الشيخ هلال"
    assert event.location.precision == "district"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "وأفاد مراسل سانا بأن قذيفة صاروخية سقطت على حي سكني في مدينة السقيلبية، صباح اليوم.",
            "مراسل سانا",
        ),
        (
            "وقال مصدر في قيادة الأمن الداخلي بحمص إن دورية اعتقلت شابين في مدينة تلكلخ، أمس.",
            "مصدر في قيادة الأمن",
        ),
        (
            "وبحسب مصادر المرصد السوري لحقوق الإنسان، قُتل عنصران بانفجار لغم قرب مدينة السخنة، أمس.",
            "مصادر المرصد السوري لحقوق الإنسان",
        ),
        (
            "وقال مراسل الخابور ومصادر أهلية إن قسد اعتقلت سبعة شبان في بلدة ذيبان، صباح اليوم.",
            "مراسل الخابور",
        ),
    ],
)
def test_the_source_is_named_in_full_and_no_conjunction(text: str, source: str) -> None:
    [event] = extract(text, published=PUBLISHED).events
    assert event.reported_by == source


def test_a_feud_between_families_is_fought_by_communal_sides() -> None:
    text = "قُتل شاب وأصيب ثلاثة آخرون، مساء أمس، في اشتباك مسلح بين عائلتين في بلدة الكرك الشرقي بريف درعا."
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == CLASH
    assert event.actor1 is not None and event.actor1.category == "identity"
    assert event.actor2 is not None and event.actor2.category == "identity"


def test_sides_of_strikes_and_protests() -> None:
    strike = (
        "قُتل أربعة عناصر على الأقل من الميليشيات الموالية لإيران، فجر اليوم، جراء غارات نفذتها "
        "طائرات مجهولة على مواقعهم في مدينة الميادين."
    )
    [event] = extract(strike, published=PUBLISHED).events
    assert event.actor2 is not None and event.actor2.category == "militia"
    shelling = (
        "قصفت القوات التركية والفصائل الموالية لها بالمدفعية الثقيلة قرية الدردارة في ريف تل تمر، "
        "صباح اليوم، ما ألحق أضراراً مادية بممتلكات المدنيين."
    )
    [event] = extract(shelling, published=PUBLISHED).events
    assert event.actor1 is not None and event.actor1.category == "external"
    assert event.actor2 is None  # the allied factions shelled too; property is no victim
    protest = (
        "نظّم العشرات من أهالي بلدة نوى وقفة احتجاجية أمام مبنى البلدية، طالبوا خلالها بالإفراج "
        "عن المعتقلين في سجون النظام."
    )
    [event] = extract(protest, published=PUBLISHED).events
    assert event.sub_event_type == "Peaceful protest" and event.actor2 is None


def test_details_naming_the_quarter_place_the_incident_in_it() -> None:
    text = (
        "قُتل شابان برصاص مسلحين مجهولين، مساء اليوم، في مدينة حمص.\n"
        "وأفادت مصادر أهلية بأن المسلحين أطلقوا النار على الشابين أمام محل للخضار في حي عكرمة."
    )
    events = extract(text, published="2025-01-21").events
    assert [e.location.name if e.location else None for e in events] == ["عكرمة"]


def test_a_truce_sponsored_by_the_governorate_is_at_the_town_it_ends_fighting_in() -> None:
    text = (
        "اندلعت اشتباكات بين عائلتين في بلدة درنج بريف دير الزور الشرقي، يوم السبت.\n"
        "ومساء الأحد، أعلن وجهاء من المنطقة التوصل إلى هدنة بين العائلتين لمدة شهر، "
        "برعاية محافظة دير الزور وقيادة الأمن الداخلي."
    )
    events = extract(text, published="2026-04-13").events
    assert [(e.sub_event_type, e.location and e.location.name) for e in events] == [
        ("Armed clash", "درنج"),
        ("Agreement", "درنج"),
    ]


def test_an_incident_abroad_is_context_and_a_foreign_town_no_scene() -> None:
    text = (
        "وجاءت الضربات بعد مقتل جنود أتراك في هجمات شمالي العراق.\n"
        "وسُمع دوي الانفجارات في مدينة القائم العراقية المقابلة لمدينة البوكمال."
    )
    assert extract(text, published=PUBLISHED).events == ()


def test_the_village_named_by_its_noun_is_the_last_village_named() -> None:
    text = (
        "قُتل عنصران من الأمن العام بهجوم على حاجز في قرية عين الشرقية بريف جبلة، مساء أمس.\n"
        "وتمكنت الوحدات الأمنية اليوم من إلقاء القبض على اثنين من المهاجمين في أحراش قريبة من القرية."
    )
    events = extract(text, published="2025-08-24").events
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [e.location.name if e.location else None for e in arrests] == ["عين الشرقية"]


def test_the_settlement_office_is_no_agreement() -> None:
    text = "وكان أحد الشابين قد راجع مركز التسوية في المدينة الشهر الماضي بعد انتهاء خدمته."
    assert extract(text, published="2025-01-21").events == ()


def test_state_media_name_the_side_that_launched_the_drones() -> None:
    text = (
        "أسقطت وسائط الدفاع الجوي الروسية في قاعدة حميميم، فجر اليوم، ثلاث طائرات مسيّرة أطلقتها "
        "التنظيمات الإرهابية من ريف إدلب الجنوبي باتجاه القاعدة."
    )
    [event] = extract(text, published="2019-07-23").events
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1 is not None and event.actor1.category == "external"
    assert event.actor2 is not None and event.actor2.category == "rebel"


def test_a_definite_retelling_at_a_spot_of_the_same_town_adds_no_event() -> None:
    text = (
        "قُتل ستة عناصر من الميليشيات الموالية لإيران، فجر اليوم، بغارات جوية مجهولة على مدينة "
        "البوكمال شرقي دير الزور.\n"
        "وأوضح مصدر محلي أن الغارات طالت مستودعاً للذخيرة في حي الهجانة، ومقراً للميليشيات قرب "
        "مدينة البوكمال."
    )
    events = extract(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(AIR, 6)]


@pytest.mark.parametrize(
    ("spot", "inside"),
    [
        (Place("البوكمال", "town", "دير الزور", lat=34.58, lon=40.58), True),
        (Place("الهجانة", "town", "دير الزور", lat=34.60, lon=40.59), True),  # ~2 km
        (Place("الهري", "town", "دير الزور", lat=34.41, lon=40.95), False),  # ~40 km
        (Place("موقع مجهول", "town", "دير الزور"), False),  # no point to compare
    ],
)
def test_a_spot_within_the_town_of_an_incident(spot: Place, inside: bool) -> None:
    town = Place("البوكمال", "town", "دير الزور", lat=34.58122, lon=40.57571)
    assert within_town(town, spot) is inside


def test_a_truce_between_families_is_an_agreement_and_one_event_wherever_it_applies() -> None:
    truce = (
        "وتوصل وجهاء من عشائر المنطقة، ظهر اليوم، إلى هدنة بين العائلتين في بلدة الصور لمدة شهر، "
        "يتعهد بموجبها الطرفان بوقف الاقتتال."
    )
    events = extract(truce, published=PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Agreement"]
    ceasefire = (
        "توصلت وزارة الدفاع وقوات سوريا الديمقراطية مساء أمس إلى اتفاق يقضي بوقف شامل لإطلاق "
        "النار على محوري دير حافر وسد تشرين في ريف حلب الشرقي."
    )
    events = extract(ceasefire, published="2025-11-27").events
    assert [e.sub_event_type for e in events] == ["Agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "كشفت مديرية الدفاع المدني في إحصائية نشرتها اليوم عن مقتل تسعة أشخاص بانفجار مخلفات الحرب في ريف إدلب.",
        "وفي حادثة منفصلة، قُتل شاب بانفجار أسطوانة غاز داخل مطعم في مدينة سرمدا، أمس.",
        "وأضاف الباحث أن التنظيم لا يسعى حالياً إلى السيطرة على أي منطقة في ريف دير الزور.",
        # a road accident, a safe detonation, blame exchanged, an arrest not announced
        "إذ لقي سائق شاحنة عسكرية حتفه، السبت الماضي، إثر انقلاب الشاحنة على طريق اعزاز – مارع.",
        "ونفذت فرق الدفاع المدني عملية تفجير آمن لـ ٣٤ ذخيرة غير منفجرة جمعتها من محيط بلدة النعيمة.",
        "ويأتي ذلك وسط تبادل الطرفين الاتهامات بخرق وقف إطلاق النار في ريف السويداء الغربي.",
        "وقالت قيادة الأمن الداخلي في درعا إنها كثفت انتشارها على الطريق، دون أن تعلن عن توقيف أي "
        "مشتبه به في بلدة المسمية.",
        # a channel's tags name a topic, not a blast
        "#منبج #مخلفات_الحرب",
    ],
)
def test_tallies_accidents_and_aims_are_no_events(text: str) -> None:
    assert extract(text, published="2025-08-02").events == ()


def test_the_desert_beside_a_town_named_by_its_noun_is_coded_at_the_town() -> None:
    text = (
        "قُتل مسلحان بهجوم على حاجز في بلدة صبيخان بريف دير الزور الشرقي، أمس.\n"
        "وعُثر صباح اليوم على جثة راعٍ وعليها آثار طلقات نارية على أطراف البادية جنوبي البلدة."
    )
    events = extract(text, published="2025-05-28").events
    assert [e.location.name if e.location else None for e in events] == ["صبيخان", "صبيخان"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "رصد المرصد صباح اليوم استشهاد مواطنَين اثنين وإصابة 4 آخرين جراء غارات على بلدة معرشورين.",
            2,
        ),
        ("قُتل ثلاثة عناصر من الأمن العام وأحد المهاجمين، إثر هجوم على حاجز في بلدة سلحب.", 4),
        ("رصد المرصد مقتل رجل وزوجته جراء قصف مدفعي على أطراف بلدة حيش، أمس.", 2),
        ("قُتل شخصان وأصيب أربعة آخرون باشتباك في بلدة سلحب، أمس.", 2),
        (
            "ارتفع إلى 5 عدد عناصر الجيش الذين قتلوا جراء الهجوم على نقطة عسكرية قرب بلدة "
            "السخنة، فجر أمس.",
            5,
        ),
        (
            "ارتفعت إلى سبعة حصيلة القتلى المدنيين جراء انفجار سيارة مفخخة في مدينة منبج، أمس.",
            7,
        ),
        # victims listed with their modifiers between them
        ("قُتل عنصر من قوى الأمن الداخلي وأحد المطلوبين، وأصيب اثنان، باشتباك في مدينة جاسم.", 2),
        ("قُتل قيادي في فرقة الحمزة ومرافقه بانفجار عبوة ناسفة في مدينة عفرين، مساء أمس.", 2),
        ("قُتل شاب من أبناء بلدة الجيزة وأصيب آخر برصاص مجهولين في بلدة الجيزة، أمس.", 1),
        # a second death verb tells other dead
        ("استشهد عنصر من الأمن العام، وقُتل اثنان من المهاجمين، بهجوم على حاجز في بلدة تلكلخ.", 3),
        # the dead between the verb and the pronoun that takes them back
        ("فقد مدنيان حياتهما، أمس، إثر استهداف طائرة مسيّرة تركية سيارتهما قرب بلدة عين عيسى.", 2),
        (
            "فقد ثلاثة مقاتلين من قوات سوريا الديمقراطية حياتهم بقصف تركي على قرية الدردارة.",
            3,
        ),
        ("لقي راعٍ حتفه جراء انفجار لغم أرضي في بادية بلدة السخنة، صباح اليوم.", 1),
        ("قال مراسلنا إن المزارع عبد الله الشيخ لقي حتفه بانفجار لغم في بلدة كفرنبل، أمس.", 1),
        ("فارق الطفل يوسف الحمد (9 أعوام) الحياة بانفجار قنبلة عنقودية في بلدة كفرنبل.", 1),
        ("ارتقى عنصران من الجيش السوري بهجوم لخلية تابعة لداعش قرب مدينة السخنة، فجر اليوم.", 2),
        # an attempt at something else than a killing leaves its dead counted
        (
            "قُتل عنصران من الأمن العام خلال محاولة دورية مداهمة منزل أحد المطلوبين في بلدة "
            "اليادودة، أمس.",
            2,
        ),
        ("نجا قيادي محلي من محاولة اغتيال بعبوة ناسفة في مدينة داعل، أمس.", 0),
        # the pronoun that takes the incident back stands before the dead
        (
            "شنت قوى الأمن الداخلي حملة في مدينة طفس أمس، وتخللتها اشتباكات قُتل فيها عنصر من "
            "الأمن الداخلي وأحد المطلوبين.",
            2,
        ),
        # a joined count, and a wanted man as a listed victim
        (
            "قُتل عنصر من قوى الأمن الداخلي واثنان من عناصر خلية لداعش خلال مداهمة في بلدة "
            "كفرلاها، أمس.",
            3,
        ),
        ("قُتل ضابط في الجيش ومطلوب خلال اشتباك اندلع في مدينة تلبيسة، صباح اليوم.", 2),
    ],
)
def test_tolls_joined_by_and_and_wounded_told_after(text: str, toll: int) -> None:
    [event] = extract(text, published=PUBLISHED).events
    assert event.fatalities == toll


def test_a_span_after_the_incident_told_before_counts_forward_from_it() -> None:
    text = (
        "قُتل ثلاثة عناصر من الميليشيات الإيرانية بغارة جوية على مدينة البوكمال، فجر الأحد.\n"
        "وبعد ساعات من الضربة، أطلقت الميليشيات أربع قذائف صاروخية على قاعدة التحالف في حقل العمر.\n"
        "وبعد يومين من الضربة، اعتقلت الميليشيات ثلاثة شبان في مدينة الميادين."
    )
    events = extract(text, published=PUBLISHED).events
    assert [e.date.value if e.date else None for e in events] == [
        "2024-03-10",
        "2024-03-10",
        "2024-03-12",
    ]


def test_an_arrest_hours_after_the_blast_is_an_arrest_and_militias_abduct() -> None:
    text = (
        "انفجرت سيارة مفخخة في مدينة الباب، صباح اليوم، ما أدى إلى مقتل مدنيين.\n"
        "وبعد ساعات من التفجير، اعتقلت الشرطة العسكرية ثلاثة أشخاص عند حاجز على مدخل بلدة بزاعة.\n"
        "وفي البوكمال، اعتقلت الميليشيات التابعة لإيران شابين واقتادتهما إلى جهة مجهولة."
    )
    events = extract(text, published="2023-05-10").events
    assert [e.sub_event_type for e in events] == [IED, "Arrests", ABDUCTION]


def test_a_corrected_count_adds_no_dead() -> None:
    text = (
        "قُتل أربعة مدنيين، صباح اليوم، جراء غارة جوية روسية على مخيم عند أطراف بلدة حربنوش.\n"
        "وكانت مصادر محلية قد تحدثت في الساعات الأولى عن مقتل ستة أشخاص، قبل أن يصحح الدفاع المدني "
        "الحصيلة إلى أربعة."
    )
    events = extract(text, published="2021-11-10").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(AIR, 4)]


# One act per sentence, by the words that name it: a weapon, a deed, a short or
# present-tense verb, a seizure, a clan's detention.
ONE_ACT = [
    (
        "أضرم مجهولون، فجر اليوم، النار في حقول قمح تعود لمزارعين من بلدة ذيبان بريف دير الزور.",
        PUBLISHED,
        "Looting/property destruction",
    ),
    (
        "ارتفع إلى ثلاثة عدد القتلى جراء الضربة الإسرائيلية على موقع عسكري قرب بلدة سعسع، فجر اليوم.",
        PUBLISHED,
        AIR,
    ),
    (
        "قصفت طائرات حربية إسرائيلية بعدة صواريخ مستودعاً للذخيرة قرب بلدة سعسع، فجر اليوم.",
        PUBLISHED,
        AIR,
    ),
    (
        "أصيب طفلان بجروح، مساء أمس، جراء انفجار قنبلة عنقودية من مخلفات القصف قرب بلدة معرة مصرين.",
        PUBLISHED,
        IED,
    ),
    (
        "أصيب ثلاثة عمال، أمس، بانفجار قذيفة غير منفجرة أثناء إزالتهم أنقاض منزل في مدينة معرة النعمان.",
        PUBLISHED,
        IED,
    ),
    (
        "🔴 مسلحون ملثمون يختطفون الشاب رامي نزار يوسف من أرضه في قرية الشريعة ظهر أمس.",
        PUBLISHED,
        ABDUCTION,
    ),
    (
        "مقتل ثلاثة أشخاص وإصابة خمسة آخرين باقتتال بين عائلتين في بلدة الخريطة غربي دير الزور.",
        PUBLISHED,
        CLASH,
    ),
    (
        "وصباح اليوم، قطع العشرات من أقارب المخطوفين الطريق العام عند مدخل مدينة شهبا.",
        PUBLISHED,
        "Peaceful protest",
    ),
    (
        "احتج عشرات المزارعين، اليوم، أمام مبنى مديرية الزراعة في مدينة الطبقة غربي الرقة.",
        "2023-06-04",
        "Peaceful protest",
    ),
    (
        "الساعة 6:30 صباحاً: قسد تعتقل سبعة شبان في بلدة ذيبان خلال حملة دهم.",
        "2023-06-04",
        "Arrests",
    ),
    (
        "الساعة 7:40 مساءً: مسلحان ملثمان يطلقان النار على شاب أمام منزله في بلدة الطيانة.",
        "2023-06-04",
        ATTACK,
    ),
    (
        "وضبطت الوحدات في المنزل ست عبوات ناسفة جاهزة للتفجير وحزاماً ناسفاً في مدينة جرمانا.",
        "2025-05-20",
        "Disrupted weapons use",
    ),
    (
        "وعثرت القوات خلال المداهمات على مستودع يحتوي على قذائف هاون قرب بلدة رنكوس، أمس.",
        "2025-05-20",
        "Disrupted weapons use",
    ),
    (
        "واحتجز شبان من عائلة المقداد في بصر الحرير، أمس، ثلاثة أشخاص من أبناء ريف السويداء.",
        "2025-05-20",
        ABDUCTION,
    ),
    (
        "ألقت وحدات الأمن الداخلي اليوم القبض في مدينة سرمدا على ثلاثة أشخاص متورطين بعمليات سلب.",
        "2025-04-08",
        "Arrests",
    ),
    (
        "وتجمّع العشرات أمام مقر الأسايش في مدينة الرقة، مطالبين بمحاسبة عصابات الخطف في المدينة.",
        "2020-11-19",
        "Peaceful protest",
    ),
    (
        "نظم العشرات من أهالي مدينة جبلة، ظهر اليوم، وقفة أمام مبنى المنطقة للمطالبة بالإفراج عن موقوفين.",
        "2025-08-19",
        "Peaceful protest",
    ),
    (
        "استهدف مسلحون حاجزاً للأمن العام قرب بلدة عين الشرقية بالرشاشات وقذيفة «آر بي جي»، مساء أمس.",
        "2025-08-19",
        CLASH,
    ),
]


@pytest.mark.parametrize(("text", "published", "sub_event_type"), ONE_ACT)
def test_one_act_named_by_its_words(text: str, published: str, sub_event_type: str) -> None:
    [event] = extract(text, published=published).events
    assert event.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # counted back from the incident told before
        (
            "عُثر صباح اليوم على جثة شاب في أرض زراعية قرب بلدة الصنمين.\n"
            "وكان الشاب قد خُطف قبل نحو خمسة أيام من العثور على جثته، من أمام منزله في بلدة "
            "الصنمين.",
            ["2024-03-12", "2024-03-07"],
        ),
        # hours after the incident told before, with no «من»
        (
            "قُتل عنصر من الأمن العام باشتباك مع مطلوبين في مدينة جاسم، مساء أمس.\n"
            "وسقطت قذائف هاون بعد نحو ساعة على أطراف بلدة نمر المجاورة.",
            ["2024-03-11", "2024-03-11"],
        ),
        # an undated span after the trigger leaves the date written before it
        (
            "وكان مسلحون قد خطفوا الطبيب مساء الأحد الماضي من عيادته في مدينة السويداء، قبل أن "
            "يطالبوا عائلته بفدية في اليوم التالي.",
            ["2024-03-10"],
        ),
    ],
)
def test_spans_count_from_the_incident_they_name(text: str, dates: list[str]) -> None:
    events = extract(text, published=PUBLISHED).events
    assert [e.date.value if e.date else None for e in events] == dates


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "تجمّع العشرات من أهالي ناحية راجو، صباح اليوم، أمام مبنى إدارة منطقة عفرين، "
            "مطالبين بإعادة منازلهم.",
            "عفرين",
        ),
        (
            "نظّم العشرات من أهالي حي الخالدية وقفة احتجاجية أمام مبنى محافظة حمص، صباح اليوم، "
            "للمطالبة بالإفراج عن المعتقلين.",
            "حمص",
        ),
        ("تظاهر العشرات من أبناء بلدة قباسين أمام المجلس المحلي في مدينة الباب، اليوم.", "الباب"),
    ],
)
def test_a_crowd_stands_in_the_town_of_the_building_it_faces(text: str, place: str) -> None:
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == "Peaceful protest"
    assert event.location is not None and event.location.name == place
    assert event.location.precision == "town"


def test_a_beating_by_gunmen_is_an_attack_in_an_unlisted_village() -> None:
    text = (
        "تعرّض مزارع للضرب المبرح على يد مسلحين من فصيل سابق، يوم الأحد الماضي، في قرية "
        "حج حسنلي بناحية جنديرس، بعد مطالبته بإخلاء أرضه."
    )
    [event] = extract(text, published="2026-03-04").events
    assert (event.sub_event_type, event.fatalities) == (ATTACK, 0)
    assert event.location is not None and event.location.name == "حج حسنلي"
    assert event.date is not None and event.date.value == "2026-03-01"


def test_a_toll_risen_since_weeks_ago_is_a_tally_not_an_event() -> None:
    text = (
        "وبذلك، يرتفع إلى 418 تعداد الذين قُتلوا في المعارك الدائرة على محاور ريف منبج "
        "وسد تشرين منذ الـ 12 من كانون الأول الفائت، بينهم 41 مدنياً."
    )
    assert extract(text, published="2025-01-22").events == ()


def test_a_digest_of_bullets_above_the_story_adds_no_events() -> None:
    text = (
        "ملخص:\n"
        "- مقتل عنصر في الأمن العام برصاص مجهولين في قرية بداما بريف جسر الشغور.\n"
        "- خطف تاجر مواشٍ في بلدة دركوش.\n"
        "قُتل عنصر في جهاز الأمن العام، مساء أمس الإثنين، برصاص مسلحين مجهولين أمام منزله في "
        "قرية بداما بريف جسر الشغور.\n"
        "وقال مصدر محلي إن مسلحَين أطلقا النار على الشاب أثناء خروجه من منزله، مشيراً إلى أنه "
        "كان في إجازة من عمله منذ ثلاثة أيام.\n"
        "وفي اليوم ذاته، خطف مسلحون مجهولون تاجر مواشٍ من أمام محله في بلدة دركوش."
    )
    events = extract(text, published="2026-01-27").events
    assert [(e.sub_event_type, e.date.value if e.date else None) for e in events] == [
        (ATTACK, "2026-01-26"),
        (ABDUCTION, "2026-01-26"),
    ]


def test_a_claim_for_an_attack_told_before_is_no_second_attack() -> None:
    text = (
        "قُتل عنصران من قسد بهجوم شنّه مسلحون على حاجز في بلدة درنج بريف دير الزور، ليلة أمس.\n"
        "وتبنّى تنظيم داعش الهجوم عبر معرّفاته صباح اليوم، زاعماً مقتل وإصابة خمسة عناصر."
    )
    [event] = extract(text, published="2025-07-15").events
    assert (event.sub_event_type, event.fatalities) == (CLASH, 2)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "نفّذ عشرات من أهالي بلدة عين الفيجة في وادي بردى، أمس الأحد، اعتصاماً في ساحة "
            "البلدة للمطالبة بالعودة إلى منازلهم.",
            "Peaceful protest",
        ),
        (
            "الأمن الداخلي يعتقل ٤ أشخاص من الطرفين شاركوا في إطلاق النار في مدينة الكسوة، "
            "ويصادر ٣ بنادق آلية.",
            "Arrests",
        ),
    ],
)
def test_the_act_told_is_coded_not_the_charge_or_its_form(text: str, kind: str) -> None:
    [event] = extract(text, published=PUBLISHED).events
    assert event.sub_event_type == kind


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a raid that arrested people and seized explosives: two acts at one place
        (
            "أعلنت وزارة الداخلية أمس تفكيك خلية تابعة لتنظيم «داعش» في مدينة الكسوة بريف "
            "دمشق، والقبض على أربعة من أفرادها بينهم متزعمها، وضبط أحزمة ناسفة وعبوات معدة "
            "للتفجير كانت بحوزتهم.",
            [("Disrupted weapons use", "الكسوة"), ("Arrests", "الكسوة")],
        ),
        # the guns the arrested men carried are part of the arrest
        (
            "اعتقلت قوى الأمن الداخلي ثلاثة أشخاص في مدينة أريحا بتهمة التخطيط لاستهداف "
            "حواجز أمنية، وضبطت بحوزتهم أسلحة خفيفة وقنابل يدوية.",
            [("Arrests", "أريحا")],
        ),
        (
            "نفذت وحدات الأمن الداخلي عملية أمنية فجر اليوم في قرية العمقية، أسفرت عن القبض "
            "على المشتبه بهم وضبط السيارة والأسلحة المستخدمة في الجريمة.",
            [("Arrests", "العمقية")],
        ),
        # a gang's trade is no abduction told
        (
            "ألقت قيادة الأمن الداخلي القبض على عصابة متخصصة بالخطف في حي الشعار بمدينة حلب.",
            [("Arrests", "الشعار")],
        ),
        # "، ثم": the arrests after the clash are an act of their own
        (
            "اشتبكت دورية من الأمن العام مع مسلحين في مدينة منبج مساء أمس، ثم داهمت منازل "
            "في المدينة واعتقلت خمسة أشخاص.",
            [(CLASH, "منبج"), ("Arrests", "منبج")],
        ),
        # the grenade thrown in the attack on the checkpoint told before
        (
            "قُتل عنصران من الأمن الداخلي بهجوم مسلح على حاجز في مدينة موحسن فجر اليوم. وقال "
            "مراسلنا إن أربعة مسلحين اقتربوا من الحاجز، وفتحوا النار من أسلحة رشاشة وألقوا "
            "قنبلة يدوية باتجاه غرفة الحرس.",
            [(CLASH, "موحسن")],
        ),
        # where infiltrators came from is a direction, not the scene
        (
            "في بلدة مركدة بريف الحسكة، اندلع اشتباك قصير فجر اليوم مع مجموعة مسلحة تسللت "
            "من جهة البادية.",
            [(CLASH, "مركدة")],
        ),
        # a quarter of Deir ez-Zor's name in the middle of Manbij is Manbij's
        (
            "قُتل شخصان جراء اقتتال بين عائلتين مساء أمس في حي الجورة وسط مدينة منبج.",
            [(CLASH, "الجورة")],
        ),
        (
            "قصفت القوات التركية بالمدفعية قريتي الدردارة وأم الكيف في ريف تل تمر، اليوم.",
            [(SHELLING, "الدردارة"), (SHELLING, "أم الكيف")],
        ),
    ],
    ids=[
        "arrests-and-explosives",
        "guns-on-them",
        "weapons-used",
        "gang-trade",
        "then-raided",
        "grenade-in-attack",
        "from-the-desert",
        "quarter-elsewhere",
        "dual-with-um",
    ],
)
def test_the_acts_a_sentence_tells_and_their_places(
    text: str, coded: list[tuple[str, str]]
) -> None:
    events = extract(text, published=PUBLISHED).events
    assert [(e.sub_event_type, e.location and e.location.name) for e in events] == coded


def test_a_manbij_quarter_is_placed_in_aleppo_governorate() -> None:
    text = "قُتل شخصان جراء اقتتال بين عائلتين مساء أمس في حي الجورة وسط مدينة منبج."
    [event] = extract(text, published=PUBLISHED).events
    assert event.location is not None and event.location.admin1 == "حلب"


def test_a_bulletin_line_is_coded_at_its_hashtag_town() -> None:
    text = (
        "🔴 #الشعفة: إصابة امرأة بجروح إثر إلقاء مجهولين قنبلة يدوية على منزل في البلدة.\n"
        "🔴 #هجين: وفاة المزارع حسين عبيد المطر «أبو علي» بانفجار لغم من مخلفات الحرب "
        "بجراره أثناء حراثة أرضه على أطراف البلدة من جهة البادية."
    )
    events = extract(text, published="2026-03-08").events
    mine = [e for e in events if e.sub_event_type == IED]
    assert [(e.location and e.location.name, e.fatalities) for e in mine] == [("هجين", 1)]


def test_a_civilian_shot_by_the_men_of_a_checkpoint_is_an_attack() -> None:
    text = (
        'قُتل الشاب مصطفى حمود العلاوي برصاص عناصر حاجز لـ"قسد" عند دوار الدلة في مدينة '
        "الرقة، مساء أمس."
    )
    [event] = extract(text, published=PUBLISHED).events
    assert (event.event_type, event.sub_event_type) == (VAC, ATTACK)


def test_a_death_from_wounds_dates_the_attack_and_raises_its_toll() -> None:
    text = (
        "توفي، اليوم، شاب متأثراً بجروح أصيب بها في هجوم مسلح استهدف سيارته قرب بلدة المزرعة "
        "بريف السويداء الغربي، مساء الأحد الماضي، ليرتفع عدد ضحايا الهجوم إلى ثلاثة."
    )
    events = extract(text, published=PUBLISHED).events
    assert [(e.date and e.date.value, e.fatalities) for e in events] == [("2024-03-10", 3)]


def test_guns_and_a_grenade_seized_are_no_grenade_attack() -> None:
    text = (
        "وبيّن المصدر أن المقبوض عليهم مطلوبون بقضايا سلب، مشيراً إلى ضبط بندقيتين حربيتين "
        "ومسدس وقنبلة يدوية في المنزل."
    )
    events = extract(text, published=PUBLISHED).events
    assert "Grenade" not in {e.sub_event_type for e in events}


def test_a_day_of_the_month_just_named_dates_the_item() -> None:
    text = (
        "وثقت المنظمة في تقريرها انتهاكات شهر شباط في ناحية راجو. "
        "في ٣ شباط، اعتقلت دورية شاباً في قرية بعدينا. "
        "وفي ١٩ منه، قُتل مزارع برصاص مسلحين مجهولين في بلدة معبطلي."
    )
    events = extract(text, published=PUBLISHED).events
    assert [e.date and e.date.value for e in events] == ["2024-02-03", "2024-02-19"]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the dead named in a retelling of the ambush are its dead, not a second attack
        (
            "قُتل عنصران من قوى الأمن الداخلي، مساء أمس، إثر تعرض دوريتهم لكمين نصبه مسلحون "
            "مجهولون قرب قرية بيت ياشوط في ريف جبلة.\n"
            "وكان العنصران «سامر علي حمود» و«رامي يوسف ديب» قد قُتلا على الفور في الهجوم، "
            "بينما نُقل مصاب ثالث إلى المشفى.",
            CLASH,
        ),
        # the grenade a drone dropped is the strike told before
        (
            "أصيب عنصران من الأمن العام بجروح، ليل أمس، جراء استهداف طائرة مسيّرة حاجزاً عند "
            "مدخل بلدة قلعة المضيق.\n"
            "وقال مراسلنا إن المسيّرة ألقت قنبلة يدوية معدّلة على غرفة الحاجز قرابة منتصف الليل.",
            AIR,
        ),
    ],
    ids=["retold-ambush-names-the-dead", "drone-drops-a-grenade"],
)
def test_a_retelling_of_one_incident_stays_one_event(text: str, sub_event_type: str) -> None:
    events = extract(text, published=PUBLISHED).events
    assert [e.sub_event_type for e in events] == [sub_event_type]
