"""The owner's name in a device's name, as routers' lease tables, MDM exports and smart-home apps list them:
"Zainab-Galaxy-S23", "Harishs-laptop", "LaToya's tablet", "Yelena-Pixel-7". Phones and laptops name themselves
after their owner by default ("<Name>'s iPhone"), so the name is the person's, whatever its origin. Not a brand, a
room or a role ("Samsung Galaxy", "Office PC", "Kitchen Echo", "Guest tablet"): the word must be a given name or no
English word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._names import ENGLISH_WORDS, FIRST_NAMES_ALL, dictionary_word
from ._recognizer_helpers import FoundSpansRecognizer

_DEVICE = (
    r"(?:iPhone|iPad|Galaxy|Pixel|MacBook(?:-(?:Pro|Air))?|laptop|Laptop|LAPTOP|tablet|Tablet|phone|Phone|PC|"
    r"Kindle|Xbox|PS[345]|Echo|Watch|watch|TV|desktop|Desktop|Chromebook|ThinkPad)"
)
_OWNED = re.compile(
    r"(?<![\w'’\-])(?P<n>(?:Mc|Mac|La|De|Da|Le)?[A-Z][a-z]{2,14}(?:-[A-Z]?[a-z]{2,10})?)(?:['’]s)?[-' ]"
    + _DEVICE
    # (not a form's label, "Carer phone: …", nor a compound, "Refactor phone-number normaliser")
    + r"(?![A-Za-z]|-[a-z]|[ \t]*(?:no\.?|number|#)?[ \t]*:)"
)
# A router's German, French or Dutch device names: "Kindle-von-Cătălin", "PC-de-Amélie", "iPad-van-Daan".
_OWNED_AFTER = re.compile(
    r"(?<![\w'’\-])" + _DEVICE + r"-(?:von|de|di|van|od)-(?P<n>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{2,14})(?![\w\-])"
)
# Brands, rooms, roles and kinds that stand before a device's word as often as a name does.
_NOT_OWNER = frozenset(
    """samsung google apple amazon microsoft sony nintendo lenovo dell acer asus huawei xiaomi oneplus motorola nokia
    kitchen office guest work family living bedroom lounge garage school spare old new main home kids shared loan
    test demo backup android ipad iphone galaxy pixel carer parent mother father mum mom dad mobile""".split()
)


def owner_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each owner's name in a device's name."""
    for m in _OWNED_AFTER.finditer(text):
        if m.group("n").casefold() not in _NOT_OWNER:
            yield m.span("n")
    for m in _OWNED.finditer(text):
        start, end = m.span("n")
        folded = m.group("n").casefold()
        if folded.endswith("s") and folded not in FIRST_NAMES_ALL and text.startswith("-", end):
            end -= 1  # "Harishs-laptop": the possessive "s" glued on
            folded = folded[:-1]
        if folded in _NOT_OWNER:
            continue
        if folded in FIRST_NAMES_ALL or not (folded in ENGLISH_WORDS or dictionary_word(folded)):
            yield start, end


class PersonDeviceNameRecognizer(FoundSpansRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.8
    SCREEN = needs(
        words="iphone ipad galaxy pixel macbook laptop tablet phone pc kindle xbox ps3 ps4 ps5 echo watch tv desktop "
        "chromebook thinkpad",
        substrings="-laptop -phone -pc -tablet -desktop -von- -de- -van-",
    )

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        for start, end in owner_names(text):
            yield self.ENTITY, start, end
