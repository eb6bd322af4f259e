"""Span detection in free text.

spaCy runs in batches (`nlp.pipe`) with only the components NER needs; Presidio's recognizers run
once per distinct text on the precomputed artifacts; texts are normalised first and spans mapped
back; a name found once is found everywhere else in the same text; overlapping results resolve to
one answer. A recognizer runs on a text only if the text holds what the recognizer declares every text it
reports on holds (its `SCREEN`, see `prescreen.recognizer_screen`): most recognizers are skipped on most texts,
with the same findings. With `processes > 1`, forked workers each analyse a share of the texts, NLP and
recognizers both (the model, loaded once in the parent, is shared copy-on-write), and send back plain
tuples.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from pii_pipeline_recognizers._names import (
    CHAT_WORDS,
    COMMON_WORDS,
    FIRST_NAMES_ALL,
    FREQUENT_SURNAMES,
    LAST_NAMES_ALL,
    ORG_WORDS,
    WORD_FIRST_NAMES,
    WORD_SURNAMES,
    WORDS_NOT_NAMES,
    dictionary_word,
    inflected_english,
    is_noun,
)
from pii_pipeline_recognizers._orgs import FACILITIES, SURNAME_FACILITIES, not_a_person_here
from pii_pipeline_recognizers._places import countries, known_place_loose, small_towns
from pii_pipeline_recognizers._usps_suffixes import usps_suffix_words
from pii_pipeline_recognizers.age import ADULT, age_value, alternative_after, word_age_pattern
from spacy.lang.en.stop_words import STOP_WORDS

from pii_pipeline.config import DEFAULT_SPACY_MODEL
from pii_pipeline.entities import entity_names
from pii_pipeline.types import Span

from .address_parts import split_towns
from .condition_extent import widen_conditions
from .coordinate_tables import drop_coordinate_tables
from .engine import build_analyzer
from .form_ages import ages_on_form_lines
from .form_dates import birth_dates_on_form_lines
from .form_labels import drop_form_labels
from .handles import propagate_handles
from .impersonal import drop_guesses_about_nobody, is_guess
from .inverted_names import inverted_at_labels, widen_inverted
from .known_towns import known_towns
from .name_columns import names_down_columns
from .name_extent import NameWords, widen_names
from .name_pairs import names_joined
from .normalize import normalize
from .phone_columns import phones_down_columns
from .prescreen import recognizer_screen, screen_text, screen_words
from .resolve import resolve_overlaps
from .rows import read_rows
from .table_columns import TableColumns

# Not personal information on their own.
NOT_REPORTED = frozenset({"DATE_TIME", "ORGANIZATION", "NRP", "CRYPTO", "MEDICAL_LICENSE", "UK_NHS"})
PROPAGATED_SCORE = 0.8
_MIN_NAME_PART = 3
_NAME_SPLIT = re.compile(r"[\s,]+")
_WORKER: TextDetector | None = None
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|my|your|our|their|his|her|its|of|some|any)\s+$")
# Names that are also English words: their lower-case mentions are words ("will", "rose"), not the name again.
_WORD_NAMES = frozenset(
    """will mark rose hope faith grace bill may june april august summer autumn winter joy dawn iris lily daisy
    ruby jade amber pearl holly ivy sky river rock chase hunter brook cliff dean frank gene guy jack jay jean ken
    lane miles nick pat ray rich rob rod sandy sue ted victor wade ward young white black brown green gray grey
    king long price park hill wood day bell little major marshall mason carter baker cook turner walker hall fox
    love star storm rain cash sterling sage angel destiny harmony melody serenity trinity honey candy buck bob
    case john paul page art earl penny drew
    said says told asked called texted messaged""".split()
) | frozenset(STOP_WORDS)
# Words that make a name a street's, a building's or a firm's ("Gladstone Terrace", "Smith Hall", "Wells Bros").
_PLACE_AND_FIRM_WORDS = frozenset(w.casefold() for w in (*FACILITIES, *SURNAME_FACILITIES, *usps_suffix_words())) | {
    w.casefold() for w in ORG_WORDS
}
# A form's abbreviations beside a name ("FN JACINTO", "WÓJCIK/KRZYSZTOF MSTR", "MME CONSTANZA ARAYA").
_FORM_WORDS = frozenset({"fn", "ln", "mn", "mme", "mlle", "mstr", "chd", "inf", "pax", "dob", "nom", "name"})
# Given names of Vietnam and China that are English words too ("Lê Văn An"; "Long" of "Siu Tsz Long" is among
# WORD_SURNAMES).
_SHORT_GIVEN_NAMES = frozenset({"an", "anh", "hung", "tam", "mai", "hoa", "ming", "ping", "fang"})
# Parallel work is split into about this many chunks per process (load balance), none smaller than
# _MIN_CHUNK texts; below _MIN_PARALLEL texts per process, forking costs more than it saves.
_CHUNKS_PER_PROCESS = 4
_MIN_CHUNK = 16
_MIN_PARALLEL = 24


# Words that say "an identifier of some kind" and would read as a username's label ("gift id: G-1").
_GENERIC_HINT_WORDS = frozenset({"id", "code", "no", "num", "nr", "ref", "key", "number", "uid", "uuid"})


def _hint_prefix(column_hint: str | None) -> str:
    """The column's name, written before the text as a label ("emergency contact: …"): the words a
    recognizer looks for around a value are often in the column name, not in the cell."""
    if not column_hint:
        return ""
    words = [w for w in re.split(r"[^A-Za-z]+", column_hint.lower()) if w and w not in _GENERIC_HINT_WORDS]
    # On a line of its own: near enough for context words, but not a cue ("name: X") for the value.
    return " ".join(words) + "\n" if words else ""


def _occurrences(text: str, part: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of `part` (str.find: no regex compiled per text)."""
    found = []
    pos = text.find(part)
    while pos >= 0:
        end = pos + len(part)
        before = text[pos - 1] if pos > 0 else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            found.append((pos, end))
        pos = text.find(part, pos + 1)
    return found


def _is_word(word: str) -> bool:
    """An English word in lower case (stop word, dictionary word, plural noun), not only a name."""
    return word in _WORD_NAMES or word in WORDS_NOT_NAMES or is_noun(word)


def _common_word(word: str) -> bool:
    """An English word that no name list holds ("note", "urgent"; not "rose", "barker")."""
    return (
        (word in COMMON_WORDS or word in WORDS_NOT_NAMES or is_noun(word))
        and word not in LAST_NAMES_ALL
        and word not in FIRST_NAMES_ALL
    )


def _capital_name_part(word: str) -> bool:
    """A capitalised word beside a name that is more of it: a frequent surname or a given name, or no English word
    at all; never a word capitalised at a sentence's or a line's start ("The", "Dear", "Monday"), a street's, a
    building's or a firm's word, or a form's abbreviation."""
    if word in COMMON_WORDS or word in _PLACE_AND_FIRM_WORDS or word in _FORM_WORDS:
        return False
    return _listed_part(word) or not (_is_word(word) or dictionary_word(word))


def _listed_part(word: str) -> bool:
    """A given name or a frequent surname, and no word capitalised at a sentence's start or a place's word."""
    return (
        (word in FREQUENT_SURNAMES or word in FIRST_NAMES_ALL)
        and word not in COMMON_WORDS
        and word not in _PLACE_AND_FIRM_WORDS
        and word not in _FORM_WORDS
    )


def _lower_name_part(word: str) -> bool:
    """A lower-case word beside a name typed in lower case that is more of it: in a name list, no chat word and no
    English word."""
    return (
        len(word) > 3
        and (word in FIRST_NAMES_ALL or word in LAST_NAMES_ALL)
        and word not in CHAT_WORDS
        and not (_is_word(word) or dictionary_word(word))
    )


_NAME_WORDS = NameWords(
    capital_part=_capital_name_part,
    listed=_listed_part,
    lower_part=_lower_name_part,
    word_name=lambda w: w in WORD_FIRST_NAMES or w in WORD_SURNAMES or w in _SHORT_GIVEN_NAMES,
)


def _listed_name(family: str, given: str) -> bool:
    """A family name or a given name that a name list holds, or letters English lacks ("ĐẶNG", "KAMIŃSKI")."""
    return (
        family.casefold() in LAST_NAMES_ALL
        or given.split()[0].casefold() in FIRST_NAMES_ALL
        or not (family + given).isascii()
    )


def _propagate_names(text: str, spans: list[Span]) -> list[Span]:
    """Every other mention of a name found in this text (the full name, and its capitalised parts)."""
    names = {text[s.start : s.end] for s in spans if s.entity_type == "PERSON"}
    if not names:
        return spans
    parts = set()
    for name in names:
        parts.add(name)
        # (the parts of a name typed in lower case too, when no part is a word: "tariq smith" then "tariq has …")
        lower = name.islower() and not any(_is_word(p) for p in _NAME_SPLIT.split(name) if p)
        parts.update(p for p in _NAME_SPLIT.split(name) if len(p) >= _MIN_NAME_PART and (p[:1].isupper() or lower))
    extra: list[Span] = []
    covered = [(s.start, s.end) for s in spans]
    exact = set(covered)  # most occurrences are a span itself: no scan of every span for those
    # The same name typed later in lower case ("Jake … then jake said"), unless that is also a word ("Will", "Rose",
    # and any dictionary word that is no Census name: "Files" found once must not make every "files" a name).
    lowered = text.lower()
    lower_parts = (
        {p.lower() for p in parts if p.lower() != p and p.lower() in lowered and not _is_word(p.lower())}
        if len(lowered) == len(text)
        else set()
    )
    for part in sorted(parts, key=len, reverse=True) + sorted(lower_parts, key=len, reverse=True):
        for start, end in _occurrences(text, part):
            if part.islower() and _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
                continue  # "a professional orchestra": a word after a determiner, not the name again
            if (start, end) not in exact and not any(a <= start and end <= b for a, b in covered):
                if not_a_person_here(text, start, end):
                    continue  # the caller Jane Lincoln, but "the Lincoln Room" (issue 12)
                extra.append(Span("PERSON", start, end, PROPAGATED_SCORE, "NamePropagation"))
                covered.append((start, end))
                exact.add((start, end))
    return spans + extra


# A bare number between commas or in brackets right after a name, or after "is" ("jake, 14, said", "tyler (15)",
# "maddie is only 14."): that person's age, in any case of the name (the age recognizer reads capitalised names
# itself; this reads every name found, by any recognizer).
# "Tina, 15, said", "Ana (34)", "ffion is thirteen no sorry twelve" (a dictated note: its fillers and corrections).
_AGE_AFTER_NAME = re.compile(
    r"[\"”']?(?:\s*,\s*|\s*\(\s*|\s+(?:is|was|aged|about)\s+)(?:(?:only|just|now|barely|basically|about|around|"
    # "Mikkel Solberg, approx. 20", '("Jonas", says 17)', "Lee Su-a is 17;"
    r"like|maybe|aged|um|uh|erm|hmm|right|approx\.?|approximately|roughly|circa|ca\.|est\.|prob\.|probably|"
    r"says|said|claims|claimed)\s+)*"
    r"(?P<n>\d{1,2}|(?-i:" + word_age_pattern(2) + r"))(?=\s*\)|\s*[,;](?!\d)|"
    r"\s+(?:and|who|is|was|has|had|said|says|told|lives|from|or|no|sorry|date|attends|goes|but)\b|"
    r"[.!](?:\s|$)|[ \t]*(?:$|\n)|[ \t]+[—–\-][ \t])"
)
# A sign-up list's "Fahad 8yrs —", "Jamal Begum 12y,", "Do-yoon 11 — lichess: …": the age with its unit, or before a
# dash (normalised to "-").
_AGE_LISTED_AFTER_NAME = re.compile(r"[ \t]+(?P<n>\d{1,2})(?=[ \t]*(?:yrs?|y/?o|yo|years?)\b|y\b|[ \t]+[—–\-][ \t])")
# "Bonaria (10 annos)", "Pipaluk (ukiut 13)", "Гүзәл (13 йәш)": a number and one word in brackets after a name,
# the word another language's "years" (an English word there is a count of something else: "(3 kids)").
_AGE_UNIT_AFTER_NAME = re.compile(
    r"[ \t]*\([ \t]*(?:(?P<w1>[^\W\d_]{1,12})[ \t]+)?(?P<n>\d{1,2})[ \t]*(?P<w2>[^\W\d_]{1,12})?\.?[ \t]*\)"
)
# "years" as written after an age, where it is also an English word or abbreviation ("(6 yrs)", "(16 jr)")
_YEAR_WORDS = frozenset({"y", "yr", "yrs", "year", "years", "yo", "jr", "j", "ans", "anos", "años", "jahre", "jaar"})
AGE_AFTER_NAME_SCORE = 0.6


def _free_after_names(
    text: str, spans: list[Span], pattern: re.Pattern[str], group: str, entity: str = "PERSON"
) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each match of `pattern` right after a found `entity` span (a PERSON: any recognizer, any case) whose `group`
    overlaps no span: what the text says next about that person."""
    for s in spans:
        if s.entity_type != entity:
            continue
        m = pattern.match(text, s.end)
        if m is None:
            continue
        start, end = m.span(group)
        if not any(o.start < end and start < o.end for o in spans):
            yield m, start, end


# A date in brackets right after a name: "Child placed: Jack Atkinson (12/06/2015)", "Maja Lindqvist (2016-02-01)".
# Records write a person's birth date so; a date two years back or more (not a meeting's or a visit's date).
_BIRTH_AFTER_NAME = re.compile(
    r"[ \t]*\([ \t]*(?P<d>\d{1,2}[/.\-]\d{1,2}[/.\-](?P<y>(?:19|20)\d\d)|(?P<iy>(?:19|20)\d\d)-\d{2}-\d{2})[ \t]*\)"
)
BIRTH_AFTER_NAME_SCORE = 0.6
BIRTH_AFTER_NAME_REASON = "a date in brackets after a person's name"


_THIS_YEAR = date.today().year  # (once per process: a threshold two years back needs no day)


def _births_after_names(text: str, spans: list[Span]) -> list[Span]:
    if "(" not in text:
        return spans
    extra: list[Span] = []
    for m, start, end in _free_after_names(text, spans, _BIRTH_AFTER_NAME, "d"):
        if int(m.group("y") or m.group("iy")) <= _THIS_YEAR - 2:
            extra.append(
                Span("DATE_OF_BIRTH", start, end, BIRTH_AFTER_NAME_SCORE, "BirthAfterName", BIRTH_AFTER_NAME_REASON)
            )
    return spans + extra


def _foreign_unit(m: re.Match[str]) -> bool:
    """One word beside the number, and no English one: another language's "years"."""
    words = [w.casefold() for w in (m.group("w1"), m.group("w2")) if w]
    if len(words) != 1:
        return False
    return words[0] in _YEAR_WORDS or not (
        words[0] in WORDS_NOT_NAMES or inflected_english(words[0]) or is_noun(words[0])
    )


def _ages_after_names(text: str, spans: list[Span], entities: frozenset[str] | None = None) -> list[Span]:
    """An age right after a found name that no recognizer reported, if its type is among `entities` (all when
    None)."""
    extra: list[Span] = []
    after = itertools.chain(
        _free_after_names(text, spans, _AGE_AFTER_NAME, "n"),
        _free_after_names(text, spans, _AGE_LISTED_AFTER_NAME, "n"),
        (hit for hit in _free_after_names(text, spans, _AGE_UNIT_AFTER_NAME, "n") if _foreign_unit(hit[0])),
    )
    for m, start, end in after:
        age = age_value(m.group("n")) or 0
        kind = "MINOR_AGE" if age < ADULT else "AGE"
        if age and (entities is None or kind in entities):
            extra.append(Span(kind, start, end, AGE_AFTER_NAME_SCORE, "AgeAfterName"))
            other = alternative_after(text, end)  # "thirteen no sorry twelve": the corrected age too
            if other is not None:
                kind = "MINOR_AGE" if other[2] < ADULT else "AGE"
                if entities is None or kind in entities:
                    extra.append(Span(kind, other[0], other[1], AGE_AFTER_NAME_SCORE, "AgeAfterName"))
    return spans + extra


# An age right after a found birth date: "Maëlle Desrosiers, born 07/09/2013, 12 — in foster care", "DOB 26.04.2018,
# 7 yrs": the same person's, when it fits the date's year (within two years of it: the text may be older).
_AGE_AFTER_BIRTH = re.compile(
    # "…, 11", "…, aged 11", "…, so 11", "… (11)": the age its date makes
    r"(?:[ \t]*,[ \t]*(?:(?:so|now|making\s+(?:him|her|them))[ \t]+)?(?:aged?[ \t]+)?|[ \t]*\([ \t]*(?:aged?[ \t]+)?)"
    r"(?P<n>\d{1,3}|(?i:" + word_age_pattern(2) + r"))"
    r"(?=[ \t]*(?:yrs?\b|years?\b|y/?o\b|[—–\-][ \t]|[,;.)]|$))",
    re.MULTILINE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# How far an age may sit from what its birth year makes today: a record is read years after it was written.
_AGE_SLACK = 5
AGE_AFTER_BIRTH_SCORE = 0.6


def _ages_after_births(text: str, spans: list[Span], entities: frozenset[str] | None = None) -> list[Span]:
    """An age right after a found birth date that no recognizer reported, if it fits the date's year."""
    extra: list[Span] = []
    birth_start = {s.end: s.start for s in spans if s.entity_type == "DATE_OF_BIRTH"}  # each match opens at one's end
    for m, start, end in _free_after_names(text, spans, _AGE_AFTER_BIRTH, "n", "DATE_OF_BIRTH"):
        year = _YEAR.search(text, birth_start[m.start()], m.start())
        age = age_value(m.group("n")) or 0
        if not age or year is None or abs(_THIS_YEAR - int(year.group()) - age) > _AGE_SLACK:
            continue
        kind = "MINOR_AGE" if age < ADULT else "AGE"
        if entities is None or kind in entities:
            extra.append(Span(kind, start, end, AGE_AFTER_BIRTH_SCORE, "AgeAfterBirth"))
    return spans + extra


# A town right after a found name: "Margaret Okafor of Dayton pledged", "a gift from Ana Ruiz (Tulsa)", "(Leeds, 34)".
_TOWN_AFTER_NAME = re.compile(
    r"(?:[ \t]+of[ \t]+|[ \t]*\([ \t]*)(?P<t>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){0,2})"
    r"(?=[ \t]*[),;.:—\n]|[ \t]+(?:pledged|gave|donated|says|said|is|was|who|and|has|had|called|wrote|sent|"
    # what a notice or a court report says next of that person ("Ama Ofori of Stockport passed away")
    r"passed|died|appeared|pleaded|admitted|denied|lives|lived|will|went|won|married|were|are|received|faces|"
    r"faced|must|celebrates|celebrated|joins|joined)\b)"
)
TOWN_AFTER_NAME_SCORE = 0.7
TOWN_AFTER_NAME_REASON = "a town after a person's name"


def _towns_after_names(text: str, spans: list[Span]) -> list[Span]:
    """A town the gazetteer or the small-town list knows, right after a found name ("of Dayton", "(Tulsa)"), that no
    recognizer reported: where that person lives or comes from."""
    extra: list[Span] = []
    for m, start, end in _free_after_names(text, spans, _TOWN_AFTER_NAME, "t"):
        town = m.group("t")
        if town.casefold() not in countries() and (known_place_loose(town) or town.casefold() in small_towns()):
            extra.append(Span("LOCATION", start, end, TOWN_AFTER_NAME_SCORE, "TownAfterName", TOWN_AFTER_NAME_REASON))
    return spans + extra


_CELL_BREAK = re.compile(r"[ ]*[\t|][ \t|]*")


def _split_at_cells(text: str, spans: list[Span]) -> list[Span]:
    """A name never crosses a table's cell: a PERSON span over a tab or a bar ("Alexander\tKuznetsov", the model's
    reading of a first-name and a last-name column) is its cells' names, each on its own."""
    out = []
    for s in spans:
        if s.entity_type != "PERSON" or not _CELL_BREAK.search(text, s.start, s.end):
            out.append(s)
            continue
        pos = s.start
        for m in _CELL_BREAK.finditer(text, s.start, s.end):
            if m.start() > pos:
                out.append(Span(s.entity_type, pos, m.start(), s.score, s.recognizer, s.reason))
            pos = m.end()
        if s.end > pos:
            out.append(Span(s.entity_type, pos, s.end, s.score, s.recognizer, s.reason))
    return out


def _is_guess(r) -> bool:  # noqa: ANN001
    explanation = r.analysis_explanation
    pattern = explanation.pattern_name if explanation is not None else None
    return is_guess(r.entity_type, (r.recognition_metadata or {}).get("recognizer_name", ""), pattern)


def _span(r) -> Span:  # noqa: ANN001
    metadata = r.recognition_metadata or {}
    return Span(
        r.entity_type, r.start, r.end, float(r.score), metadata.get("recognizer_name", ""), metadata.get("reason", "")
    )


class TextDetector:
    def __init__(
        self,
        model_name: str = DEFAULT_SPACY_MODEL,
        recognizers_dir: Path | None = None,
        score_threshold: float = 0.5,
        entities: Sequence[str] | None = None,
        processes: int = 1,
        batch_size: int = 128,
    ) -> None:
        self.analyzer = build_analyzer(model_name, recognizers_dir)
        self.score_threshold = score_threshold
        # Every registered type, custom ones the analyzer's recognizers declared included.
        self.entities = frozenset(entities) if entities else frozenset(entity_names())
        self.processes = processes
        self.batch_size = batch_size
        # Each recognizer is called directly on the shared NLP artifacts: ours score their own context,
        # so AnalyzerEngine.analyze's per-result lemma enhancement would only cost time (and double-boost).
        self._recognizers = [
            r
            for r in self.analyzer.registry.get_recognizers(language="en", all_fields=True)
            if set(r.supported_entities) & self.entities
        ]
        # Per recognizer: what a text needs for it to report anything (None: it always runs).
        self._screens = [recognizer_screen(r) for r in self._recognizers]
        self.prescreen = True
        self._warmed = False

    def detect(self, texts: Sequence[str | None], column_hint: str | None = None) -> list[list[Span]]:
        # A text repeated across rows is analysed once.
        unique = list(dict.fromkeys(t for t in texts if isinstance(t, str) and t.strip()))
        if self.processes > 1 and len(unique) >= _MIN_PARALLEL * self.processes:
            found = self._detect_parallel(unique, column_hint)
        else:
            found = dict(zip(unique, self._detect_unique(unique, column_hint), strict=True))
        return [found.get(t, []) if isinstance(t, str) else [] for t in texts]

    def _recognize(self, text: str, artifacts) -> tuple[list, list]:  # noqa: ANN001
        """Every recognizer's results at or above the threshold, in registry order; and the national IDs scored
        below it (check-valid, no word naming them), which a table's row may still show to be a person's."""
        threshold = self.score_threshold
        screened = self.prescreen
        if screened:
            lowered = screen_text(text)
            words = screen_words(lowered)
        found, weak = [], []
        for recognizer, screen in zip(self._recognizers, self._screens, strict=True):
            if screened and screen is not None and not screen.passes(lowered, words):
                continue
            for r in recognizer.analyze(text=text, entities=recognizer.supported_entities, nlp_artifacts=artifacts):
                if r.score >= threshold:
                    found.append(r)
                elif r.score > 0 and r.entity_type == "NATIONAL_ID":
                    weak.append(r)
        return found, weak

    def _detect_unique(self, texts: list[str], column_hint: str | None) -> list[list[Span]]:
        normalized = [normalize(t) for t in texts]
        prefix = _hint_prefix(column_hint)
        shift = len(prefix)
        engine = self.analyzer.nlp_engine
        results: list[list[Span]] = []
        batch_size = max(1, min(self.batch_size, len(texts)))
        prefixed = [prefix + n.text for n in normalized]
        artifacts_iter = engine.artifacts_batch(prefixed, "en", batch_size=batch_size)
        for norm, text, artifacts in zip(normalized, prefixed, artifacts_iter, strict=True):
            found, weak = self._recognize(text, artifacts)
            guesses = {(r.entity_type, r.start, r.end) for r in found if _is_guess(r)}
            spans = _split_at_cells(
                text, [_span(r) for r in found if r.entity_type in self.entities and r.entity_type not in NOT_REPORTED]
            )
            if weak or spans:
                spans = read_rows(text, spans, [_span(r) for r in weak] if weak else [], self.entities)
            if "PERSON" in self.entities:
                if "," in text:
                    spans = widen_inverted(text, spans, _common_word)
                    spans = inverted_at_labels(text, spans, _common_word, _listed_name)
                spans = _propagate_names(text, spans)
                spans = _ages_after_names(text, spans, self.entities)
                spans = ages_on_form_lines(text, spans, dictionary_word, self.entities)
                if "DATE_OF_BIRTH" in self.entities:
                    spans = _births_after_names(text, spans)
                    spans = birth_dates_on_form_lines(text, spans)
                    spans = _ages_after_births(text, spans, self.entities)
                if "LOCATION" in self.entities:
                    spans = _towns_after_names(text, spans)
            if "USERNAME" in self.entities:
                spans = propagate_handles(text, spans)
            columns = TableColumns(text)  # split once if phones or names are read down them
            if "PHONE_NUMBER" in self.entities:
                spans = phones_down_columns(text, spans, columns)
            spans = resolve_overlaps(spans, text)
            spans = drop_guesses_about_nobody(text, spans, guesses)
            spans = drop_form_labels(text, spans, dictionary_word)  # "Sími: +354 680 0219": a label is no name
            # Once the guesses are judged (by their own offsets): the names and conditions that remain, whole.
            widened = spans
            if "PERSON" in self.entities:
                widened = widen_names(text, spans, _NAME_WORDS)
                widened = names_joined(text, widened, _NAME_WORDS)  # "Love from Harish & [Walid]"
            widened = widen_conditions(text, widened, dictionary_word)
            if widened is not spans:
                spans = resolve_overlaps(widened, text)
            # After the guesses about nobody are gone: a column is a roster only by what survives.
            spans = names_down_columns(text, spans, self.entities, columns)
            spans = drop_coordinate_tables(spans)  # a list of lights' positions is no one's
            if "LOCATION" in self.entities:
                spans = known_towns(text, spans)
            if "LOCATION" in self.entities and any(s.entity_type == "STREET_ADDRESS" for s in spans):
                spans = split_towns(text, spans)
            # Back to the cell's own offsets: drop the label, then undo normalisation (if either was done).
            if shift or norm.offsets is not None:
                to_original = norm.to_original
                spans = [
                    Span(
                        s.entity_type,
                        *to_original(max(s.start - shift, 0), s.end - shift),
                        s.score,
                        s.recognizer,
                        s.reason,
                    )
                    for s in spans
                    if s.end > shift
                ]
            else:
                spans = [s for s in spans if s.end > 0]
            results.append(spans)
        return results

    def _detect_parallel(self, texts: list[str], column_hint: str | None) -> dict[str, list[Span]]:
        global _WORKER
        _WORKER = self  # inherited by the forked workers: no second model load
        if not self._warmed:
            # Tables a recognizer reads lazily (gazetteers) are read once here, not by every worker of every call.
            for recognizer in self._recognizers:
                warm_up = getattr(recognizer, "warm_up", None)
                if callable(warm_up):
                    warm_up()
            self._warmed = True
        size = max(_MIN_CHUNK, -(-len(texts) // (self.processes * _CHUNKS_PER_PROCESS)))
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        ctx = multiprocessing.get_context("fork")
        # Objects that exist before the fork are left out of the workers' garbage collections, which
        # would otherwise touch (and so copy) every page of the parent's heap.
        gc.freeze()
        try:
            with ctx.Pool(min(self.processes, len(chunks))) as pool:
                parts = pool.map(_worker_detect, [(chunk, column_hint) for chunk in chunks], chunksize=1)
        finally:
            gc.unfreeze()
        found: dict[str, list[Span]] = {}
        for chunk, rows in zip(chunks, parts, strict=True):
            found.update(zip(chunk, ([Span(*s) for s in spans] for spans in rows), strict=True))
        return found


def _worker_detect(args: tuple[list[str], str | None]) -> list[list[tuple]]:
    assert _WORKER is not None
    texts, column_hint = args
    # Plain tuples pickle several times faster than dataclass instances.
    return [
        [(s.entity_type, s.start, s.end, s.score, s.recognizer, s.reason) for s in spans]
        for spans in _WORKER._detect_unique(texts, column_hint)
    ]
