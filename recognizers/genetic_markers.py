"""A person's genetic results written in the notations DNA tests and clinics use, where no word like "genetic"
stands next to them:
- a genotype call on a SNP: "rs4680 AG", "MCM6: rs4988235 (T;T)", a raw-data line "rs4988235 2 136608646 CT";
- a variant with its zygosity: "HFE C282Y homozygous", "TPMT heterozygous", "HLA-B*57:01 positive";
- a haplogroup said of someone: "my Y haplogroup is R1b-M269", "we're both mtDNA H1a" (and, once a text says one
  of someone, a full Y-SNP name after "is": "whereas 'uncle' is G2a-P15");
- DNA shared with a match, in centimorgans, in a text about matches: "we share 443 cM", "Half sibling,1481 cM";
- an ancestry report's count: "312 Neanderthal variants".
A reference table of haplogroups or a variant catalogue holds no call and says no one's result: it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import FoundSpansRecognizer

_ALLELE = r"[ACGTDI-]"
# Two alleles after a SNP's id ("rs4680 AG", "rs4988235 (T;T)"), or a raw-data line's chromosome, position and call
# (one allele on X, Y or MT: "rs2032597 Y 14847792 A").
_GENOTYPE_CALL = re.compile(
    r"\brs\d{2,10}(?:[ \t]+(?:"
    + _ALLELE
    + r"{2}|\("
    + _ALLELE
    + r";"
    + _ALLELE
    + r"\))|[ \t]+(?:\d{1,2}|X|Y|MT)[ \t]+\d{1,9}[ \t]+"
    + _ALLELE
    + r"{1,2})(?![\w(;])"
)
_VARIANT = (
    r"(?:[A-Z]\d{1,5}(?:[A-Z]|del|dup|ins)|c\.\d+[ACGT]>[ACGT]|p\.[A-Z][a-z]{2}\d+[A-Z][a-z]{2}|(?:ε|e)\d/(?:ε|e)\d)"
)
_ZYGOSITY = re.compile(
    r"\b[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,3})?(?:\s+" + _VARIANT + r")?\s+\(?(?:homo|hetero|hemi)zygous\)?"
    r"|\b[A-Z][A-Z0-9]{1,7}\s+" + _VARIANT + r"\s+carrier\b"
    # A pharmacogene's star-allele diplotype: "CYP2C19 *2/*2 genotype".
    r"|\b[A-Z]{2,5}\d[A-Z0-9]{0,4}\s+\*\d{1,3}[A-Z]?/\*\d{1,3}[A-Z]?(?:\s+(?:genotype|diplotype))?"
    r"|\bHLA-[A-Z]{1,4}\d?\*\d{2}(?::\d{2}){0,3}(?:\s+(?:positive|negative|carrier))?"
)
_HAPLOGROUP = r"[A-Z]\d{1,2}[a-z]{0,2}\d{0,2}[a-z]?\d?(?:-[A-Z]{1,3}\d{1,6})?(?![\w-])"
_SNP_NAMED_HAPLOGROUP = r"[A-Z]\d{1,2}[a-z]{0,2}\d{0,2}[a-z]?\d?-[A-Z]{1,3}\d{1,6}(?![\w-])"
_LINEAGE = r"(?:(?:paternal|maternal|Y-?DNA|mtDNA|mt|Y)\s+){0,2}"
# A haplogroup said of someone: after a possessive ("my Y haplogroup is", "his Y result:"), a person's copula ("we're
# both mtDNA"), or a result's verb ("results also show a mtDNA haplogroup").
_PERSONAL_HAPLOGROUP = re.compile(
    r"(?i:\b(?:my|his|her|your|their|our)\s+" + _LINEAGE + r"(?:haplogroup|result|line|lineage)"
    r"|'s\s+" + _LINEAGE + r"(?:haplogroup|result)"
    r"|\b(?:paternal|maternal)\s+haplogroup\s*:"
    r"|\b(?:we're|we\s+are|I'm|I\s+am|he's|she's|he\s+is|she\s+is|they're)\s+(?:both\s+)?(?=mtDNA|Y-?DNA)"
    r"|\b(?:shows?|showed|came\s+back(?:\s+as)?|tested\s+as|belong(?:s)?\s+to)\s+(?:an?\s+)?(?=(?:mtDNA\s+|Y-?DNA\s+|Y\s+)?haplogroup))"
    r"\s*(?i:is|was|:|=)?\s*['\"]?(?P<value>(?:(?:mtDNA|Y-?DNA|Y)\s+)?(?:haplogroup\s+)?" + _HAPLOGROUP + r")",
)
_OTHER_HAPLOGROUP = re.compile(
    r"\b(?i:is|was)\s+['\"]?(?P<value>" + _SNP_NAMED_HAPLOGROUP + r")"
    r"|\b(?:and|,)\s+(?P<more>(?:mtDNA|Y-?DNA)\s+(?:haplogroup\s+)?" + _HAPLOGROUP + r")"
)
_SHARED_CM = re.compile(
    r"(?<![\d.–-])(?<![\d,.]\s[–-]\s)\b(?:\d{1,2},\d{3}|(?<!\d,)\d{3}|\d{1,2}|\d{4})(?:\.\d)?\s?cM\b(?!\s?[–-]\s?\d)"
    r"(?:\s+shared(?:\s+across\s+\d{1,3}\s+segments)?)?"
)
# What makes a text about a person's DNA matches, not a genetic map's lengths.
_MATCH_TEXT = re.compile(
    r"\b(?:cousins?|siblings?|match(?:es)?|share[ds]?|segments?|parent/child|half|relatives?)\b", re.I
)
_NEANDERTHAL = re.compile(r"\b\d[\d,]*\s+Neanderthal\s+variants\b")


def marker_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each genetic result in the notations above."""
    for rx in (_GENOTYPE_CALL, _ZYGOSITY, _NEANDERTHAL):
        for m in rx.finditer(text):
            yield m.span()
    personal = [m.span("value") for m in _PERSONAL_HAPLOGROUP.finditer(text)]
    yield from personal
    if personal:
        for m in _OTHER_HAPLOGROUP.finditer(text):
            yield m.span("value") if m.group("value") else m.span("more")
    if "cM" in text and _MATCH_TEXT.search(text):
        for m in _SHARED_CM.finditer(text):
            yield m.span()


class GeneticMarkersRecognizer(FoundSpansRecognizer):
    ENTITY = "GENETIC_DATA"
    SCREEN = needs(words="cm mtdna haplogroup", substrings="rs zygous hla- neanderthal carrier /* result line")

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        for start, end in marker_spans(text):
            yield self.ENTITY, start, end
