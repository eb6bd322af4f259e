"""Health data after a form's or a record's health label, on the label's line: "Diagnosis: iron-deficiency anaemia;
type 2 diabetes", "Verletzungen: Rippenprellung", "Santé : commotion cérébrale", "health_notes": "asthma".

The condition recognizer knows conditions by name and wants them said of someone; a label says it instead, and the
value is what the record holds about that person's health, in whatever words or language. Each item of a list ("; ",
", ") is one finding; a value that says there is nothing ("none", "keine", "n/a") or that all is well ("good",
"stable") is none, and a long sentence after the label (a leaflet's "Allergies: tell your doctor if …") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._form_labels import NO_VALUE
from ._recognizer_helpers import ContextRegexRecognizer

SCORE = 0.8
MAX_ITEM = 60
MAX_WORDS = 7
# Health labels in the languages of the hotline's partners (English, German, French, Spanish, Portuguese, Italian,
# Dutch, the Nordic languages, Polish), with their plurals; a key's underscores read as blanks.
_LABELS = (
    r"diagnos(?:is|es|e|en|tic|tico|i|a)|diagnóstico|diagnostique|rozpoznanie|"
    r"(?:medical|health|clinical)[ _](?:conditions?|history|notes?|issues?|needs|priority|problems?|summary|info)|"
    r"(?:pre-?existing|known|underlying)[ _]conditions?|health[ _]?(?:status)?|injur(?:y|ies)|illness(?:es)?|"
    r"disabilit(?:y|ies)|allerg(?:y|ies)|medications?|"
    r"verletzung(?:en)?|vorerkrankung(?:en)?|erkrankung(?:en)?|gesundheit(?:szustand)?|krankheit(?:en)?|befund|"
    r"allergien|medikation|medikamente|"
    r"sant[ée]|blessures?|maladies?|ant[ée]c[ée]dents(?:[ _]m[ée]dicaux)?|pathologies?|traitement|"
    r"salud|sa[úu]de|lesion(?:es)?|les[õo]es|enfermedad(?:es)?|doen[çc]as?|alergias|medicaci[óo]n|medica[çc][ãa]o|"
    r"condici[óo]n[ _]m[ée]dica|condi[çc][ãa]o[ _]m[ée]dica|"
    r"diagnosi|lesioni|salute|malattie?|patologie|allergie|farmaci|"
    r"letsel|gezondheid|ziekte|aandoening(?:en)?|allergie[ëe]n|medicatie|"
    r"helse|h[äa]lsa|sundhed|terveys|skad(?:er|or)|vammat|sykdom|sjukdom|"
    r"obra[żz]enia|zdrowie|choroby|uczulenia|leki"
)
_LABELLED = re.compile(
    r"(?im)(?:^|(?<=[\s\"'{,;|]))(?P<label>" + _LABELS + r")(?:\s*\((?:n|s|en|e)\))?[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>[^\n\"]{2,200})"
)
_ITEM_SPLIT = re.compile(r"[ \t]*[;,][ \t]*")
# Where a value ends before the line does: a sentence's end, a bracketed aside, a record's next field.
_VALUE_END = re.compile(r"\.(?:\s|$)|\s\(|\s[|]\s|[\"}\]]|\s{3,}")
_NOTHING = NO_VALUE | frozenset(
    """no nothing nkda nka nkfa see attached see notes good fine well ok okay stable normal healthy unremarkable
    satisfactory yes keine keiner nein gut unbekannt aucun aucune rien néant bon bien ninguna ninguno nada bueno buena
    nenhuma nenhum boa nessuna nessuno buona buono geen goed ingen god bra ei hyvä brak dobry dobre""".split()
)
# An empty form's slots: boxes to tick, lines to fill, placeholders.
_TEMPLATE = re.compile(r"[☐☑☒□■]|__|\{\{|\[\s*\]|<[a-z_]+>")
# A value that says there is nothing, or a notice's words ("Allergies: may contain nuts", "Medication: see leaflet").
_NOTHING_START = re.compile(
    r"(?i)(?:none|no|nil|not|keine|kein|aucun|aucune|pas\s+de|sin|sem|nessun|geen|ingen|ei|brak|nie|may|contains?|"
    r"free|suitable|see|please|ask|check|refer|consult|tell|talk)\b"
)


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for piece in _ITEM_SPLIT.split(text[start:end]):
        at = text.index(piece, pos) if piece else pos
        pos = at + len(piece)
        lead = len(piece) - len(piece.lstrip(" \t-*•"))
        value = piece.strip(" \t-*•.")
        if value:
            a = at + lead
            yield a, a + len(value)


def labelled_conditions(text: str) -> Iterator[tuple[int, int]]:
    for m in _LABELLED.finditer(text):
        start = m.start("value")
        stop = _VALUE_END.search(text, start, m.end("value"))
        end = stop.start() if stop else m.end("value")
        value = text[start:end].strip()
        if not value or len(value.split()) > MAX_WORDS * 2 or _TEMPLATE.search(value) or _NOTHING_START.match(value):
            continue  # a sentence after the label ("Allergies: tell your doctor if …"), an empty form's boxes
        for a, b in _items(text, start, end):
            item = text[a:b]
            if (
                len(item) > MAX_ITEM
                or len(item.split()) > MAX_WORDS
                or item.casefold() in _NOTHING
                or _NOTHING_START.match(item)
                or sum(c.isalpha() for c in item) < 3
                or any(c.isdigit() for c in item.replace("type 1", "").replace("type 2", ""))
            ):
                continue
            yield a, b


class MedicalLabelledRecognizer(ContextRegexRecognizer):
    ENTITY = "MEDICAL_CONDITION"
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    SCREEN = needs(substrings=[":", "="])

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for start, end in labelled_conditions(text):
            yield "labelled", start, end, SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base
