"""The free-text detector's fast paths give the same findings as the plain ones: the recognizer prescreen
never drops a finding, forked workers find what one process finds, and the NER-only pipeline finds the
entities NER found with the shared tok2vec still loaded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pii_pipeline.detection.engine import build_analyzer, load_ner_pipeline
from pii_pipeline.detection.prescreen import Screen, recognizer_screen, regex_requirement, screen_text, screen_words
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


# --- the requirement analysis on small patterns --------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "flags", "matching", "not_screened_in"),
    [
        (r"\bms\b", re.IGNORECASE, "she has MS.", "list the items"),
        (r"(?<![\w\-])(?i:asthma|ms|tb)(?![\w\-])", 0, "tb, since 2019", "the tbsp is on the table"),
        (r"\bdiagnos(?:ed|is)\s+with\s+\w+", re.IGNORECASE, "Diagnosed with flu", "a diagnostic tool"),
        (r"(?:dob|d\.o\.b\.|date\s+of\s+birth)\b", re.IGNORECASE, "Date of  Birth: 1/2/2010", "a date on the door"),
        (r"(?i)kit\b", 0, "KİT", "a cat"),  # dotted capital I matches i case-insensitively
        (r"(?i)\bsafe\b", 0, "\u017fafe", "unsafe"),  # long s matches s
        (r"licen[cs]e", re.IGNORECASE, "LICENCE", "lice"),
    ],
)
def test_requirement_is_necessary_and_selective(pattern: str, flags: int, matching: str, not_screened_in: str) -> None:
    rx = re.compile(pattern, flags)
    required = regex_requirement(pattern, flags)
    assert required is not None
    screen = Screen(frozenset(t for t, whole in required if whole), tuple(t for t, whole in required if not whole))
    assert rx.search(matching)
    assert _passes(screen, matching)
    assert not rx.search(not_screened_in)
    assert not _passes(screen, not_screened_in)


def test_ascii_word_boundaries_are_not_trusted() -> None:
    # With re.ASCII, \b sits between "é" and "m": "éms" matches, so "ms" must not be a whole-word requirement.
    required = regex_requirement(r"\bms\b", re.ASCII)
    assert required is not None and all(not whole for _, whole in required)
    assert re.search(r"\bms\b", "éms", re.ASCII)


def test_unknown_shapes_have_no_requirement() -> None:
    assert regex_requirement(r"\d{3}-\d{2}-\d{4}") == frozenset({("-", False)})
    assert regex_requirement(r"[A-Z][a-z]+") is None
    assert regex_requirement(r"(a|)b?") is None


# --- on the real recognizers -------------------------------------------------------------------------------


def test_screen_passes_every_text_a_recognizer_regex_matches(detector: TextDetector, corpus_texts: list[str]) -> None:
    texts = corpus_texts + [t.upper() for t in corpus_texts[::4]] + [t.lower() for t in corpus_texts[1::4]]
    prepared = [(t, screen_text(t)) for t in texts]
    prepared = [(t, low, screen_words(low)) for t, low in prepared]
    screened = 0
    for recognizer in detector._recognizers:
        screen = recognizer_screen(recognizer)
        if screen is None:
            continue
        screened += 1
        for _name, rx, _score in recognizer._compiled or []:
            for text, low, words in prepared:
                if rx.search(text):
                    assert screen.passes(low, words), (recognizer.name, _name, text)
    assert screened > 0


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
