"""Genetic data: test results, mutations, carrier status, DNA and ancestry test results."""

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import PHRASE_TAIL, ContextRegexRecognizer


class GeneticDataRecognizer(ContextRegexRecognizer):
    ENTITY = "GENETIC_DATA"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(
        words="ancestry chromosomal dna factor fragile genetic genomic genotype huntington huntingtons karyotype "
        "myheritage paternity prenatal sickle trisomy",
        substrings="23andme ancestrydna apoe brca carrier deletion duplication huntington' mthfr mutation syndrome "
        "variant xx xy",
    )
    PATTERNS = [
        (
            "brca",
            r"\bBRCA[12]?(?:\s*/\s*[12])?(?:\s+(?:gene\s+)?(?:mutation|variant|positive|negative|carrier|result)s?)?",
            0.9,
        ),
        (
            "genetic_test",
            r"\b(?:genetic|DNA|genomic|chromosomal|carrier|prenatal\s+genetic)\s+(?:(?:test(?:ing)?|screening)(?:\s+results?)?|results?|"
            r"profile|screening|sequencing|data|markers?|panel|analysis|report)(?:\s+(?:showed|shows|revealed|came\s+back)"
            r"\s+" + PHRASE_TAIL + r")?",
            0.9,
        ),
        ("carrier", r"\b(?:is\s+a\s+|a\s+)?carrier\s+(?:of|for)\s+(?:the\s+)?" + PHRASE_TAIL, 0.75),
        (
            "named",
            r"\b(?:sickle\s+cell\s+trait(?:\s+\(Hb[A-Z]{1,2}\))?|Factor\s+V\s+Leiden(?:\s+\(?(?:homo|hetero)zygous\)?)?|"
            r"APOE[\s\-]?(?:(?:e|ε)?[234](?:/(?:e|ε)?[234])?)|MTHFR(?:\s+\w+)?|"
            r"Huntington'?s?\s+(?:gene|mutation|CAG\s+repeat(?:\s+\d{2,3})?)|trisomy\s+\d{1,2}|22q11(?:\.2)?\s+deletion|fragile\s+X(?:\s+(?:syndrome|premutation|carrier))?|"
            r"Lynch\s+syndrome|karyotype\s+[\w,]+|[0-9]{2},\s*X[XY]{1,2}|genotype[ \t]+[\w/]+)",
            0.9,
        ),
        (
            "dna_kit",
            # A test's brand alone is no one's result ("found 3 half-siblings on AncestryDNA"): its results are.
            r"\b(?:(?:23andMe|AncestryDNA|Ancestry\s+DNA|MyHeritage\s+DNA)(?:\s+test)?\s+(?:results?|report)|"
            r"paternity\s+test(?:\s+(?:results?|report))?)",
            0.75,
        ),
        ("mutation", r"\b[A-Z][A-Z0-9]{2,7}\s+(?:gene\s+)?(?:mutation|variant|deletion|duplication)\b", 0.7),
    ]
    FLAGS = 0
    REFERENCE_NEGATIVE = False
