"""Places in Arabic conflict reporting: gazetteer data, matcher, region phrases, homonyms.

One public function, ``find_places(text)``, returns ``PlaceMention`` records whose
spans point into the original text:

>>> [m.place.name_en for m in find_places("اشتباكات في مدينة جاسم بريف درعا")]
['Jāsim', 'Countryside of Dara']
"""

from marsad.gazetteer.mention import PlaceMention
from marsad.gazetteer.places import find_places

__all__ = ["PlaceMention", "find_places"]
