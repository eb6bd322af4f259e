"""Form labels as OCR misreads them ("Datc of blrth :", "Parcnt/Guardlan:", "M0bi1e:"), read as meant.

Scanned and faxed forms reach the hotline through OCR, which confuses letters of similar shape: e and c, i and l
and 1, o and 0, s and 5. Every recognizer finds a value by the label before it, so a misread label hides its value.
This pass restores a label's words before a colon, at the same length (offsets need no map), when the restored words
are a label the detector knows and the written ones are no word: "Dale:" stays a speaker's name; a label of one word
is restored only when it is long ("Guardlan:"), and a shorter one only inside a phrase ("Datc of blrth").
"""

from __future__ import annotations

import re

# Letters OCR confuses, each class written as its first member.
_CLASS = str.maketrans({"e": "c", "i": "l", "1": "l", "|": "l", "0": "o", "5": "s"})
# Label phrases (lower case, one blank between words), from the forms the hotline and its partners receive.
_PHRASES = frozenset(
    """date of birth|place of birth|birth date|first name|last name|given name|given names|family name|full name|
    middle name|maiden name|home address|postal address|street address|phone number|mobile number|home phone|
    telephone number|emergency contact|next of kin|parent/guardian|parent or guardian|mother's name|father's name|
    name of child|child's name|e-mail address|email address|national insurance|social security|passport number|
    country of birth|town of birth|city of birth|post code|zip code|relationship to child|school name|nhs number|
    gp name|doctor's name|allergies/medical|medical conditions|date de naissance|lieu de naissance|
    fecha de nacimiento|data di nascita|data de nascimento|data urodzenia|geburtsdatum|geburtsort""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
# Single words restored alone: long enough that no name or word shares their misread form.
_WORDS = frozenset(
    """surname forename forenames guardian address telephone mobile parent mother father signature nationality
    postcode relationship emergency occupation birthplace religion ethnicity disability allergies medication
    employer""".split()
)
_KNOWN = {phrase.translate(_CLASS): phrase for phrase in _PHRASES | _WORDS}
_LABEL = re.compile(r"(?<![\w/'’\-])(?P<label>[A-Za-z015|][A-Za-z015|'’]*(?:[ /\-][A-Za-z015|'’]+){0,3})[ \t]*:")
_WORD_START = re.compile(r"(?:^|(?<=[ /\-]))\S")


def repair_labels(text: str) -> str:
    """`text` with misread label words before a colon restored (same length); the text itself when none is."""
    if ":" not in text:
        return text
    pieces: list[str] = []
    pos = 0
    for m in _LABEL.finditer(text):
        label = m.group("label")
        restored = _restore(label)
        if restored is None:
            continue
        pieces.append(text[pos : m.start("label")])
        pieces.append(restored)
        pos = m.end("label")
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _restore(label: str) -> str | None:
    """The label as meant, in the written case, or None when it is no misread known label (or was written right)."""
    folded = label.lower()
    starts = [w.start() for w in _WORD_START.finditer(folded)]
    # The label may close a longer line ("Signature: ~~~ Datc of blrth"): try its last words, longest first.
    for n, cut in enumerate(starts[-4:]):
        tail = folded[cut:]
        words = len(starts[-4:]) - n
        if tail in _PHRASES or tail in _WORDS:
            return None  # written right
        meant = _KNOWN.get(tail.translate(_CLASS))
        if meant is None or (words == 1 and meant not in _WORDS):
            continue
        written = label[cut:]
        return label[:cut] + "".join(c.upper() if w.isupper() else c for c, w in zip(meant, written, strict=True))
    return None
