"""Technical and business prose through the whole detector: verb forms, abbreviations, API and product names are
no people and no places, and the names beside them still are.

The negatives are kinds found by running the detector over PII-free prose written by others (library docstrings and
cloud API documentation installed on the machine), not over any labelled corpus: a verb form after "I'm"/"this is"
("I'm attaching"), an abbreviation after a role word ("the group is NA"), a title's letters inside a word
("FROM" read as "Fr" + "OM", "BYOIP" as "BY" + "OIP"), a vendor's product ("Amazon Redshift uses"), an identifier
("DataFrame.attrs", "DescribeClusterVersions"), an inflected word after a place cue ("from examples").
"""

from __future__ import annotations

import pytest

from pii_pipeline.detection.text import TextDetector

_NAMES = ("PERSON", "LOCATION")

NEGATIVES = [
    # Verb forms where a chat's "i'm keiko" gives a name
    "I'm reviewing the draft. I'm attaching the deck.",
    "This is escalated to legal.",
    "This is achieved by reading the file in chunks of bytes.",
    # The possessive "its", not "it's" and a name
    "Its rollout is planned for Q3; this is tracked on the board.",
    "See its docstring for the definition of the arguments.",
    "The registry keeps a link to the type and its resolver function.",
    # Inflected words after a place cue
    "Each of the returned indexes corresponds to the position where the substring is found.",
    "This method removes a parameter from documentation and from examples.",
    # Abbreviations after a role word
    "If an entire group is NA, the result will be NA.",
    "The owner is QA until the release; the invoice was sent to AWS.",
    "Assign NaN rank to NaN values.",
    # A title's letters inside a word
    "Return a construct which will correlate the given FROM clauses to that of an enclosing OM class.",
    "The state of the BYOIP CIDR. Possible values: advertised, deprovisioned.",
    # Vendors' products
    "If true, Amazon Redshift uses Secrets Manager to manage the password.",
    "You must sign requests when you call Amazon Kendra APIs directly.",
    "Metric names reserved for AWS WAF cannot be used.",
    # Identifiers
    "Metadata should be stored in DataFrame.attrs.",
    "Must be one of the versions returned from DescribeClusterVersions.",
    "For more information, see Managing access to the console.",
    # Compounds, comparatives, a sentence's opening word, glued product names, a cue inside a compound
    "In addition, if this is well-designed, then more can be added.",
    "The idea is to call synchronous code from async code, so it's easier to move between styles.",
    "We need fast access, and a list isn't performing well enough. So, we want a C array.",
    "Selecting AnyASCII does not remove the other backend.",
    "The server avoids Callback Hell. - Provides Web-server with middleware and routing.",
    "This allows an even distribution of differently-named jobs without spreading them by hand.",
    # Types in annotations and a parameter's description after its type
    "Arguments: errback (Signature): errback that is stamped. headers (Dict): Partial headers. Returns: Dict: new.",
    "patterns (Iterable[List[Dict]]): A list of patterns.",
    "Arguments: num (int): Max number of objects to graph.",
    # A word that the text's code names, or a single unknown word in a text with code in it
    'If `markup_mode` is `"rich"`, the text is parsed for Rich markup strings.',
    "Pass ``delay_seconds`` to match Kombu's own ``Producer.publish`` style.",
    "Xtorch, get_dX = convert_inputs(X) Ytorch, torch_backprop = model.shims[0](Xtorch, is_train)",
    # German nouns in English prose, acronyms beside a word, a Title Case guide's name
    "The German Personalausweis has been issued since 2010 (see Personalausweisverordnung).",
    "The regional Kassenärztliche Vereinigung assigns the number; Pos 3-9: Laufende Nummer.",
    "Specify how SPS and PPS NAL units are written in your output MP4 container.",
    "Retrieves the firewall configurations. DNS Firewall uses the configurations to manage behavior.",
    "Test that serialization of an NER works fine when new labels were added.",
    "See Optimizing Your Cost with Rightsizing Recommendations in the Billing and Cost Management User Guide.",
    "Apache Arrow is a cross-language platform; see the Apache Arrow C Data Interface format.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_prose_has_no_names(detector: TextDetector, text: str) -> None:
    found = [(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0] if s.entity_type in _NAMES]
    assert found == []


# Names beside those rules: the rules must not take them.
POSITIVES = [
    ("hey its tavita", "PERSON", "tavita"),
    ("Thanks. its tavita btw", "PERSON", "tavita"),
    ("spoke with KIM about the forms", "PERSON", "KIM"),
    ("talked to LEE yesterday", "PERSON", "LEE"),
    ("Fr. Okonkwo visited the shelter", "PERSON", "Okonkwo"),
    ("Mr Adeyemi called twice", "PERSON", "Adeyemi"),
    ("Is there a better pop song on this list? Torpy and Salinas were precision engineers.", "PERSON", "Salinas"),
    ("DeShawn McDonald called the hotline", "PERSON", "DeShawn McDonald"),
    ("JoAnn Whitfield called the hotline", "PERSON", "JoAnn Whitfield"),
    ("Anna, can you call me back?", "PERSON", "Anna"),
    ("my daughter is named Keiko", "PERSON", "Keiko"),
    ("she moved to Harrow last year", "LOCATION", "Harrow"),
    ("hi im keiko from tulsa", "LOCATION", "tulsa"),
    ("the coach, Larry Wilson DDS, is a registered sex offender", "PERSON", "Larry Wilson"),
    ("Emergency contact (Ngozi): 0803 555 0192", "PERSON", "Ngozi"),
    ('{"first_name": "Ngozi", "last_name": "Okafor", "note": "see `README`"}', "PERSON", "Ngozi"),
    ("Surname | Forename | DOB\nNakashima | Ren | 03/02/2011", "PERSON", "Ren"),
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVES)
def test_names_beside_the_rules_stay(detector: TextDetector, text: str, entity: str, value: str) -> None:
    start = text.index(value)
    spans = detector.detect([text])[0]
    assert any(s.entity_type == entity and s.start <= start and start + len(value) <= s.end for s in spans), spans
