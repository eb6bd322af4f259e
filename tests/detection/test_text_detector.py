"""The free-text detector's fast paths give the same findings as the plain ones: the recognizer prescreen
never drops a finding, forked workers find what one process finds, and the NER-only pipeline finds the
entities NER found with the shared tok2vec still loaded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pii_pipeline.detection.engine import build_analyzer, load_ner_pipeline
from pii_pipeline.detection.prescreen import needs, recognizer_screen, screen_text, screen_words
from pii_pipeline.detection.text import TextDetector

CORPORA = Path(__file__).resolve().parents[1] / "data" / "corpora"


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for name in ("tips_v1", "heldout_v1", "hard_negatives_v1"):
        with (CORPORA / f"{name}.jsonl").open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    return _corpus_texts()


def _passes(screen, text: str) -> bool:  # noqa: ANN001
    lowered = screen_text(text)
    return screen.passes(lowered, screen_words(lowered))


def _as_tuples(results) -> list[list[tuple]]:  # noqa: ANN001
    return [[(s.entity_type, s.start, s.end, round(s.score, 6), s.recognizer) for s in spans] for spans in results]


# --- declared screens ----------------------------------------------------------------------------------------


def test_needs_matches_whole_words_and_substrings() -> None:
    screen = needs(words="ms tb", substrings="diagnos")
    assert _passes(screen, "she has MS.") and _passes(screen, "TB, since 2019") and _passes(screen, "Diagnosed")
    assert not _passes(screen, "list the items") and not _passes(screen, "the tbsp")
    assert _passes(needs(words="kit"), "KİT")  # dotted capital I is an i in the screened form
    assert _passes(needs(words="safe"), "\u017fafe")  # long s is an s


@pytest.mark.parametrize(
    ("words", "substrings"),
    [("", ""), ("Date", ""), ("", "Born"), ("d.o.b", ""), ("crohn's", "")],
    ids=["empty", "capital word", "capital substring", "word with a dot", "word with an apostrophe"],
)
def test_needs_refuses_a_declaration_that_cannot_be_met(words: str, substrings: str) -> None:
    with pytest.raises(ValueError):
        needs(words=words, substrings=substrings)


def test_only_a_class_own_declaration_counts() -> None:
    from pii_pipeline_recognizers._recognizer_helpers import ContextRegexRecognizer

    class Declared(ContextRegexRecognizer):
        ENTITY = "ZZ_TEST"
        SCREEN = needs(words="zz")
        PATTERNS = [("zz", r"\bzz-\d+", 0.9)]

    class MorePatterns(Declared):
        PATTERNS = [("zz", r"\bzz-\d+", 0.9), ("qq", r"\bqq-\d+", 0.9)]

    assert recognizer_screen(Declared()) == needs(words="zz")
    assert recognizer_screen(MorePatterns()) is None  # runs on every text until it declares its own


# --- every declaration against the texts its recognizer reports on --------------------------------------------

_TEST_DIRS = ("recognizers", "detection")


def _example_texts() -> list[str]:
    """Every string in the recognizer and detection tests (their positives and negatives, among others)."""
    import ast

    root = Path(__file__).resolve().parents[1]
    found: set[str] = set()
    for folder in _TEST_DIRS:
        for path in sorted((root / folder).glob("test_*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and 6 <= len(node.value) <= 2000:
                    found.add(node.value)
    return sorted(found)


@pytest.fixture(scope="module")
def screen_texts(corpus_texts: list[str]) -> list[str]:
    texts = corpus_texts + _example_texts()
    return texts + [t.upper() for t in texts[::3]] + [t.lower() for t in texts[1::3]]


def _declared_checks(recognizers: list) -> list[tuple]:
    """(what, screen, regex or None, recognizer): each declared screen with the regex it speaks for (None: the
    whole recognizer, whose every regex and every reported result it must pass)."""
    import pii_pipeline_recognizers.street_address as street
    import pii_pipeline_recognizers.username as username

    checks = []
    for recognizer in recognizers:
        recognizer.load()
        name = type(recognizer).__name__
        screen = recognizer_screen(recognizer)
        if screen is not None:
            checks.append((name, screen, None, recognizer))
        declared = getattr(type(recognizer), "PATTERN_SCREENS", {})
        for pattern, rx, _ in getattr(recognizer, "_compiled", None) or []:
            if pattern in declared:
                checks.append((f"{name}.{pattern}", declared[pattern], rx, recognizer))
        if name == "StreetAddressRecognizer":  # declared for its case-insensitive forms
            for pattern, rx, _ in recognizer._lower:
                if pattern in street._PATTERN_SCREENS:
                    checks.append((f"{name}.{pattern} (lower)", street._PATTERN_SCREENS[pattern], rx, recognizer))
    apps = re.compile(r"\b(?-i:" + username._APPS + r")(?!\w)", re.IGNORECASE)
    checks.append(("UsernameRecognizer apps", username._APP_SCREEN, apps, None))
    return checks


def screen_misses(checks: list[tuple], texts: list[str]) -> list[tuple[str, str]]:
    """(what, text) for each text a declared screen turns away although its pattern matches it or, for a whole
    recognizer, although the recognizer reports something on it."""
    misses = []
    for text in texts:
        low = screen_text(text)
        words = screen_words(low)
        for what, screen, rx, recognizer in checks:
            if screen.passes(low, words):
                continue
            if rx is not None:  # a pattern's screen: the pattern is not run where it fails
                hit = rx.search(text) is not None
            else:  # a recognizer's screen: it is not called where it fails
                hit = bool(recognizer.analyze(text, recognizer.supported_entities, None))
            if hit:
                misses.append((what, text))
    return misses


def test_every_declared_screen_passes_what_it_screens(detector: TextDetector, screen_texts: list[str]) -> None:
    checks = _declared_checks(detector._recognizers)
    assert sum(rx is None for _, _, rx, _ in checks) >= 10 and len(checks) >= 40  # the declarations are checked
    misses = screen_misses(checks, screen_texts)
    assert not misses, misses[:20]


def test_a_wrong_declaration_is_caught(detector: TextDetector, screen_texts: list[str]) -> None:
    """The check above bites: a date-of-birth screen without "birth" and "born" turns away texts the recognizer
    reports on."""
    (dob,) = [r for r in detector._recognizers if type(r).__name__ == "DateOfBirthRecognizer"]
    right = recognizer_screen(dob)
    wrong = needs(words=right.words, substrings=[s for s in right.substrings if s not in ("birth", "born")])
    assert not screen_misses([("dob", right, None, dob)], screen_texts)
    assert screen_misses([("dob", wrong, None, dob)], screen_texts)


def test_prescreen_changes_no_finding(detector: TextDetector, corpus_texts: list[str]) -> None:
    hinted = corpus_texts[:200]
    try:
        detector.prescreen = True
        fast = _as_tuples(detector.detect(corpus_texts)) + _as_tuples(detector.detect(hinted, column_hint="notes"))
        detector.prescreen = False
        full = _as_tuples(detector.detect(corpus_texts)) + _as_tuples(detector.detect(hinted, column_hint="notes"))
    finally:
        detector.prescreen = True
    assert fast == full
    assert sum(map(len, fast)) > 1000


def test_prescreen_skips_most_screened_recognizers(detector: TextDetector, corpus_texts: list[str]) -> None:
    screens = [s for s in detector._screens if s is not None]
    prepared = [screen_text(t) for t in corpus_texts]
    runs = sum(s.passes(low, screen_words(low)) for low in prepared for s in screens)
    assert runs < 0.6 * len(screens) * len(prepared)


def test_two_processes_find_what_one_finds(detector: TextDetector, corpus_texts: list[str]) -> None:
    texts = corpus_texts[:300] + [None, "", corpus_texts[0]]
    parallel = TextDetector(processes=2)  # the same analyzer (one per model and folder per process)
    assert parallel.analyzer is detector.analyzer
    assert _as_tuples(parallel.detect(texts, column_hint="narrative")) == _as_tuples(
        detector.detect(texts, column_hint="narrative")
    )


def test_gazetteers_are_read_before_the_workers_fork(corpus_texts: list[str]) -> None:
    """A parallel call reads the lazily loaded gazetteers in the parent first: otherwise every worker of every call
    reads them again (about a second each; the free-text bench lost a fifth of its speed to it)."""
    from pii_pipeline_recognizers import _places, _script_words

    _places.native_towns.cache_clear()
    _script_words._lexicon.cache_clear()  # the Chinese dictionary of person_script, too
    parallel = TextDetector(processes=2)
    texts = [t for t in corpus_texts if t.isascii()][:100]  # no text the parent itself would need them for
    parallel.detect(texts)
    assert _places.native_towns.cache_info().currsize == 1
    assert _script_words._lexicon.cache_info().currsize == 1


def test_ner_pipeline_finds_what_ner_with_its_tok2vec_finds(corpus_texts: list[str]) -> None:
    """Dropping the shared tok2vec (only the tagger and parser listen to it) changes no entity. (The parser
    is left out either way: its sentence boundaries would constrain NER.)"""
    import spacy

    from pii_pipeline.config import DEFAULT_SPACY_MODEL

    trimmed = load_ner_pipeline(DEFAULT_SPACY_MODEL)
    assert trimmed.pipe_names == ["ner"]
    with_tok2vec = spacy.load(
        DEFAULT_SPACY_MODEL, exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer"]
    )
    assert "tok2vec" in with_tok2vec.pipe_names
    texts = corpus_texts[:300]
    ents = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in trimmed.pipe(texts)]
    assert ents == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in with_tok2vec.pipe(texts)]


def test_artifacts_are_lazy_but_complete() -> None:
    engine = build_analyzer().nlp_engine
    artifacts = engine.process_text("Maria Lopez called: her Son is 12.", "en")
    assert [e.label_ for e in artifacts.entities] == ["PERSON"]
    assert artifacts.lemmas[:2] == ["maria", "lopez"]
    assert artifacts.tokens_indices[:3] == [0, 6, 12]
    assert "son" in artifacts.keywords


def test_a_spacing_accent_inside_a_word_keeps_the_word_whole() -> None:
    from pii_pipeline.detection.normalize import normalize

    text = "Reference: N˜zamett˜n Öcalan ˜ ok"
    normalized = normalize(text)
    name = text.index("N˜")
    words = normalized.text.split()
    assert words[1].isalpha() and len(words[1]) == len("N˜zamett˜n")  # one word, as long as the original
    assert normalized.to_original(name, name + len("N˜zamett˜n Öcalan")) == (name, name + len("N˜zamett˜n Öcalan"))
    assert "˜ ok" not in normalized.text and " ok" in normalized.text  # a lone accent is left to NFKC


@pytest.mark.parametrize(
    ("text", "name", "lower_mentions"),
    [
        ("Jake Millbrook called again. then jake said he would come", "Jake Millbrook", 1),
        ("Kayla Osei texted me. i think kayla is 14 and kayla's mom knows", "Kayla Osei", 2),
        # A name found once that is also a dictionary word does not make the word a name everywhere.
        ("Files Arrow wrote back. Delete the files and the arrow keys.", "Files Arrow", 0),
        ("Schema Whitlock signed. The schema is in the repo.", "Schema Whitlock", 0),
        # A name typed in lower case gives its parts too, when none is a word ("tariq smith": "smith" is one)
        # (the found name itself is one of the lower-case spans)
        ("tariq osei | child | 13\nmother reports asthma. tariq has bipolar disorder.", "tariq osei", 2),
        ("mark smith | child | 13\nwe mark the smith's work.", "mark smith", 1),
    ],
)
def test_a_name_is_propagated_to_lower_case_only_when_no_word(text: str, name: str, lower_mentions: int) -> None:
    from pii_pipeline.detection.text import _propagate_names
    from pii_pipeline.types import Span

    start = text.index(name)
    found = _propagate_names(text, [Span("PERSON", start, start + len(name), 0.9)])
    lower = [s for s in found if text[s.start : s.end].islower()]
    assert len(lower) == lower_mentions, [text[s.start : s.end] for s in lower]


@pytest.mark.parametrize(
    ("text", "name", "age", "entity"),
    [
        ("omg so dylan, 13, keeps messaging", "dylan", "13", "MINOR_AGE"),
        ("the donor margit feher (71) rang", "margit feher", "71", "AGE"),
        ("we spoke to sunny, only 12. she", "sunny", "12", "MINOR_AGE"),
        # A dictated note's age in words, after its fillers
        ("the child tavita is basically ten and attends the academy", "tavita", "ten", "MINOR_AGE"),
        ("tavita is one of the volunteers", "tavita", None, None),  # a count, no age
        # Not an age: a count glued to a list, a number of thousands, nothing after a name.
        ("thanks to oriel, 3,400 raised", "oriel", None, None),
        ("ask rowan, 12.5 is the figure", "rowan", None, None),
        ("rowan said 14 of them came", "rowan", None, None),
        # Before a dash (a report's list of the others involved), in any script's digits
        ("(+ Maria Eduarda, 16 — her friend, also talks to him)", "Maria Eduarda", "16", "MINOR_AGE"),
        ("(+ ਸਿਮਰਨ, ੧੪ — same school)", "ਸਿਮਰਨ", "੧੪", "MINOR_AGE"),
        # A number and one word of another language in brackets: that language's "years"; not an English count
        ("a sa pitzinna Bonaria (10 annos) dae su nùmeru", "Bonaria", "10", "MINOR_AGE"),
        ("Niviarsiaraq Pipaluk (ukiut 13) oqarasuaammit", "Pipaluk", "13", "MINOR_AGE"),
        ("booked for Nelson Mandela (30 seats) at noon", "Nelson Mandela", None, None),
        ("1st Oakmere Silver Echo (33 months)", "Oakmere Silver Echo", None, None),
        # An estimate, what someone says of their own age, a list's "12y" (the twenty-sixth session)
        ("Alleged perpetrator: Mikkel Solberg, approx. 20\nPerp. vehicle: red", "Mikkel Solberg", "20", "AGE"),
        ('Reported user: @night_ninja ("Bartosz", says 16)', "Bartosz", "16", "MINOR_AGE"),
        ("reporter Lee Su-a is 17; subject is an adult.", "Lee Su-a", "17", "MINOR_AGE"),
        ("  - #5190 Jamal Begum 12y, Luton: online grooming", "Jamal Begum", "12", "MINOR_AGE"),
        ("Balsamic vinegar of Modena (aged 25 years) .... £64", "Modena", None, None),  # a thing's age
    ],
)
def test_a_bare_number_after_any_found_name_is_its_age(
    text: str, name: str, age: str | None, entity: str | None
) -> None:
    from pii_pipeline.detection.text import _ages_after_names
    from pii_pipeline.types import Span

    start = text.index(name)
    found = _ages_after_names(text, [Span("PERSON", start, start + len(name), 0.9)])
    ages = [(text[s.start : s.end], s.entity_type) for s in found if s.entity_type != "PERSON"]
    assert ages == ([(age, entity)] if age else [])


def test_a_corrected_age_after_a_name_is_an_age_too() -> None:
    from pii_pipeline.detection.text import _ages_after_names
    from pii_pipeline.types import Span

    text = "the child losana is thirteen no sorry twelve date of birth is second april"
    start = text.index("losana")
    found = _ages_after_names(text, [Span("PERSON", start, start + 6, 0.9)])
    assert [text[s.start : s.end] for s in found if s.entity_type == "MINOR_AGE"] == ["thirteen", "twelve"]


def test_an_age_after_a_name_only_when_its_type_is_asked_for() -> None:
    from pii_pipeline.detection.text import _ages_after_names
    from pii_pipeline.types import Span

    text = "omg so dylan, 13, keeps messaging"
    name = Span("PERSON", text.index("dylan"), text.index("dylan") + 5, 0.9)
    assert [s.entity_type for s in _ages_after_names(text, [name], frozenset({"PERSON"}))] == ["PERSON"]
    assert [s.entity_type for s in _ages_after_names(text, [name], frozenset({"PERSON", "MINOR_AGE"}))] == [
        "PERSON",
        "MINOR_AGE",
    ]


# A town right after a found name: where that person lives or comes from (LOCATION, with its reason).
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Donor Margaret Okafor of Dayton pledged $5,000.", "Dayton"),
        ("Gift from Margaret Okafor (Bexley, 54) by card.", "Bexley"),
        ("Thanks to Ana Ruiz (Tulsa), our volunteer.", "Tulsa"),
        # what a death notice or a court report says next ("passed away", "appeared")
        ("Ama Ofori of Stockport passed away peacefully on 28 February 2023", "Stockport"),
        ("Wiktor Nowak of Wolverhampton appeared before magistrates on Monday", "Wolverhampton"),
    ],
)
def test_town_after_a_name(detector, text: str, town: str) -> None:  # noqa: ANN001
    spans = detector.detect([text])[0]
    assert any(text[s.start : s.end] == town and s.entity_type == "LOCATION" for s in spans), spans


@pytest.mark.parametrize(
    "text",
    ["Letter from Margaret Okafor of Acme Holdings.", "Joan of Arc was discussed in class."],
)
def test_no_town_after_a_name_that_no_list_knows(detector, text: str) -> None:  # noqa: ANN001
    assert not any(s.entity_type == "LOCATION" for s in detector.detect([text])[0])


def test_a_name_never_crosses_a_cell(detector) -> None:  # noqa: ANN001
    # The model reads a first-name and a last-name column as one name across the tab: each cell is its own.
    text = "Vorname\tNachname\tAlter\tEltern\nAlexander\tKuznetsov\t63\t\nPolina\tSmirnova\t59\t"
    (spans,) = detector.detect([text])
    names = [text[s.start : s.end] for s in spans if s.entity_type == "PERSON"]
    assert "Alexander" in names and "Kuznetsov" in names
    assert not any("\t" in n for n in names)


@pytest.mark.parametrize(
    ("years_ago", "after", "age"),
    [
        (12, ", 12 — in foster care", "12"),
        (6, ", six — lives with mother", "six"),
        (7, ", 7 yrs", "7"),
        # "so 11" and "(11)"; a record read a few years after it was written
        (14, ", so 11.", "11"),
        (9, " (9) lives with gran", "9"),
    ],
)
def test_an_age_after_a_birth_date_that_fits_its_year(years_ago: int, after: str, age: str) -> None:
    from datetime import date

    from pii_pipeline.detection.text import _ages_after_births
    from pii_pipeline.types import Span

    birth = f"07/09/{date.today().year - years_ago}"
    text = f"- Maelle Desrosiers, born {birth}{after}"
    start = text.index(birth)
    found = _ages_after_births(text, [Span("DATE_OF_BIRTH", start, start + len(birth), 0.9)])
    assert [(s.entity_type, text[s.start : s.end]) for s in found[1:]] == [("MINOR_AGE", age)]


@pytest.mark.parametrize("after", [", 3 children", ", 40 — wrong", ", 12:30 seen"])
def test_no_age_after_a_birth_date_that_it_does_not_fit(after: str) -> None:
    from pii_pipeline.detection.text import _ages_after_births
    from pii_pipeline.types import Span

    birth = "12/03/1980"
    text = f"DOB {birth}{after}"
    found = _ages_after_births(text, [Span("DATE_OF_BIRTH", 4, 4 + len(birth), 0.9)])
    assert found[1:] == []
