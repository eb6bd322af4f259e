"""Health data in a clinical record's own fields: what follows "PMHx:", "Dx:", "Rx:", "c/o", "Discharge meds:",
"Diagnose:", "Motif :", "ATCD :", "TTT :", "Diagnóstico:" and the like, whatever its words ("spiral fracture of
humerus", "Doliprane", "iron-deficiency anaemia"): the field says what the value is, so no list of conditions has
to know it. A field's list ("Ventolin 5 mg OD, Lamictal PRN") gives one finding per item; an empty answer ("nil",
"NKDA", "none known") gives none. HL7 v2 diagnosis and allergy segments (DG1, AL1) are fields as well.

Only in a record about someone: a patient, a child, a parent, a birth date or an age is named in the text, so a
lab protocol's "Treatment: 10 µM forskolin" or a course's "Assessment: essay" is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import HAS_LETTER, ContextRegexRecognizer

FIELD_SCORE = 0.8

# A clinical field's label, at a line's or a sentence's start, after a cell's bar, or inside a line ("… Rx: …").
_LABEL = (
    r"p\.?m\.?h\.?x?|past\s+medical\s+history|medical\s+history|h\.?x\.?\s+of|hx|d\.?x|ddx|rx|tx|h?pc|c/o|"
    r"complains?\s+of|presenting\s+(?:complaint|with)|(?:working\s+|primary\s+|secondary\s+|admission\s+|"
    r"discharge\s+)?diagnos[ie]s|impression|(?:discharge\s+|current\s+|regular\s+|repeat\s+)?(?:meds|medications?)|"
    r"prescribed|(?:known\s+)?allergies|child\s+health|health\s+(?:issues|concerns|needs)|medical(?:\s+info)?|"
    r"prophylaxis|secondary|"
    # German, French, Spanish, Portuguese, Italian, Dutch, Polish
    r"diagnosen?|therapie|medikation|medikamente|vorerkrankungen|allergien|anamnese|befund|"
    r"motif|diagnostic|atcd|ant[ée]c[ée]dents|ttt|traitement|"
    r"diagn[óo]stico|tratamiento|tratamento|medicaci[óo]n|medica[çc][ãa]o|antecedentes|alergias|"
    r"diagnosi|terapia|anamnesi|farmaci|allergie|medicatie|voorgeschiedenis|rozpoznanie|leki"
)
_FIELD = re.compile(
    r"(?:^|(?<=[\n|;.(])|(?<=\.\s)|(?<=;\s)|(?<=\s\s))[ \t]*(?i:" + _LABEL + r")[ \t]*"
    r"(?::|-(?=\s)|(?<=c/o)|(?<=of))[ \t]*",
    re.MULTILINE,
)
# One item of the field's value: up to a comma, a semicolon, a sentence's end, a bar or the line's end.
_ITEM = re.compile(r"[^,;|\n]+?(?=\s*(?:[,;|\n]|\.(?:\s|$)|$))")
# HL7 v2: DG1-3 and AL1-3 are coded elements, "code^text^system"; the text is the condition.
_HL7 = re.compile(r"^(?:DG1|AL1)\|[^|\n]*\|[^|\n]*\|[^^|\n]*\^(?P<v>[^^|\n]+)", re.MULTILINE)
# Empty answers.
_EMPTY = re.compile(
    r"(?i:nil|none|none\s+known|nkda|nka|nkfa|n/?a|no|not\s+known|unknown|-+|—|keine|aucun(?:e)?|ninguna|nenhuma|"
    r"nessuna|brak|nil\s+known|no\s+known\s+\w+(?:\s+\w+)?|see\s+\w+(?:\s+\w+)?)"
)
# Someone the record is about.
_SOMEONE = re.compile(
    r"(?i:\b(?:pt|patient|child|kid|son|daughter|boy|girl|mum|mom|mother|father|dad|parent|dob|d\.o\.b|y/?o|"
    r"yrs?|aged?|born|nhs|medicare|he|she|his|her|baby|infant|pupil|student|kind|enfant|bambino|bambina|niño|"
    r"niña|criança|mère|mutter|madre|mãe|père|vater|padre|pai|geb|née?|nato|nata|nacido|nacida|referred|admitted|"
    r"discharged|presented|seen\s+by)\b)"
)
_MAX_ITEM = 60
_MAX_LIST_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


def field_values(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each item of each clinical field's value."""
    for m in _FIELD.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        pos = m.end()
        while pos < line_end:
            item = _ITEM.match(text, pos, line_end)
            if item is None:
                break
            start = item.start() + (len(item.group()) - len(item.group().lstrip()))
            value = text[start : item.end()]
            # A list's later items are short ("…, Lamictal PRN"); a longer one is the note going on ("…, fall at
            # home per mum").
            listed = pos == m.end() or len(_WORD.findall(value)) <= _MAX_LIST_WORDS
            if value and len(value) <= _MAX_ITEM and HAS_LETTER.search(value) and not _EMPTY.fullmatch(value):
                if listed and _FIELD.match(text, start) is None:
                    yield start, item.end()
            nxt = item.end()
            if nxt < line_end and text[nxt] in ",":
                pos = nxt + 1
                continue
            break  # a semicolon, a full stop or a bar ends the field (another field may follow it)


class MedicalRecordRecognizer(ContextRegexRecognizer):
    ENTITY = "MEDICAL_CONDITION"
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    SCREEN = needs(
        words="pmh pmhx hx dx ddx rx tx pc hpc complains complain presenting diagnosis diagnoses impression meds "
        "medication medications prescribed allergies health medical prophylaxis secondary diagnose diagnosen "
        "therapie medikation medikamente vorerkrankungen allergien anamnese befund motif diagnostic atcd "
        "antécédents antecedents ttt traitement diagnóstico diagnostico tratamiento tratamento medicación "
        "medicacion medicação medicacao antecedentes alergias diagnosi terapia anamnesi farmaci allergie "
        "medicatie voorgeschiedenis rozpoznanie leki dg1 al1",
        substrings="c/o",
    )

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if _SOMEONE.search(text):
            for start, end in field_values(text):
                yield "clinical_field", start, end, FIELD_SCORE
        for m in _HL7.finditer(text):  # a message's segment is about its patient by itself
            yield "hl7_segment", m.start("v"), m.end("v"), FIELD_SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base
