"""GENETIC_DATA in the notations of DNA tests and clinics, called directly (Presidio style): genotype calls on SNPs,
variants with their zygosity, haplogroups said of someone, DNA shared with a match. Reference tables that hold no
one's result stay clean. All people and results are invented."""

from __future__ import annotations

import pytest

RECOGNIZER = "genetic_markers"

POSITIVES = [
    # (text, the value found)
    ("Genetic health risk:\n  COMT: rs4680 AG\n", "rs4680 AG"),
    ("  MCM6: rs4988235 (T;T)\n", "rs4988235 (T;T)"),
    ("# rsid\tchromosome\tposition\tgenotype\nrs4477212\t1\t82154\tAA\n", "rs4477212\t1\t82154\tAA"),
    ("Carrier status:\n  • HFE C282Y homozygous\n", "HFE C282Y homozygous"),
    ("Genetics note: TPMT heterozygous, dose halved.", "TPMT heterozygous"),
    ("the donor line carries GBA N370S carrier status", "GBA N370S carrier"),
    ("Pharmacist: CYP2C19 *2/*2 genotype, switched to prasugrel", "CYP2C19 *2/*2 genotype"),
    ("HLA-B*57:01 positive, abacavir avoided", "HLA-B*57:01 positive"),
    ("My paternal haplogroup is T1a-M70. Any search angels?", "T1a-M70"),
    ("Maternal haplogroup: B4c1\n", "B4c1"),
    ("We share 174 cM on the match list, and we're both mtDNA U5b1.", "mtDNA U5b1"),
    ("My clinic results also show a mtDNA haplogroup H1b which", "mtDNA haplogroup H1b"),
    ("We share 443 cM on the match list", "443 cM"),
    ("Kwame Wilson,Half sibling,1,438 cM,59,33 cM,maternal", "1,438 cM"),
    ("Kwame Wilson,Half sibling,1,438 cM,59,33 cM,maternal", "33 cM"),
    ("his 'brother' came back at 2170 cM, half sibling range", "2170 cM"),
    ("Neanderthal ancestry: 284 Neanderthal variants", "284 Neanderthal variants"),
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_finds_a_persons_result(find, text: str, value: str) -> None:
    found = find(text)
    assert ("GENETIC_DATA", value) in [(e, v) for e, v, _ in found]
    assert all(0.8 <= s <= 0.9 for _, _, s in found)


def test_a_second_haplogroup_once_one_is_someones(find) -> None:  # noqa: ANN001
    text = "His Y result is C2-M217 whereas 'uncle' is R1b-M269, and mtDNA H1a."
    assert [v for _, v, _ in find(text)] == ["C2-M217", "R1b-M269", "mtDNA H1a"]


@pytest.mark.parametrize(
    "text",
    [
        # A haplogroup reference: lineages, no one's result
        "R1b-M269   defining SNP M269   TMRCA ~6,400 ybp   Western Europe",
        "| mtDNA | Notes |\n|---|---|\n| U5 | old European hunter-gatherer lineage |\n| H1 | Iberia |",
        "Path example: R > R1 (M173) > R1b (M343) > M269 > L23. R1b-M269 is the commonest Y lineage in Ireland.",
        # A variant catalogue names a SNP but calls no genotype
        "rs4680 (COMT Val158Met) G>A, minor allele frequency 0.49",
        # Ranges of shared DNA in a reference chart, and a genetic map's lengths
        "Shared cM ranges: half sibling 1317–2312 cM; first cousin 553 - 1225 cM",
        "Chromosome 1 spans about 284 cM on the sex-averaged genetic map.",
        # A SNP id with a strand, a figure's panel
        "see rs12913832 in Figure 2 A",
        "is rs1234 I think the one?",  # one letter after a SNP's id outside a raw-data line
    ],
)
def test_nothing_in_reference_text(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
