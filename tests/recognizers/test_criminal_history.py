"""CriminalHistoryRecognizer, called directly: convictions, arrests, charges and custody said of someone; not
charges that are money."""

from __future__ import annotations

import pytest

RECOGNIZER = "criminal_history"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he has prior charges for assault", "prior charges for assault"),
        # A caution, a sentence of some length, a fraud conviction; "was cautioned for" any offence
        ("Police records show he has a caution for sexual communication with a child.", "a caution for sexual"),
        ("Mother: Róisín Fitzgerald; an 18-month sentence for burglary.", "an 18-month sentence for burglary"),
        ("Father was deported after a fraud conviction.", "a fraud conviction"),
        ("closed after the holder was cautioned for exposure.", "was cautioned for exposure"),
        ("charges for theft were dropped last year", "charges for theft"),
        ("her stepfather was convicted of child abuse in 2015", "convicted of child abuse"),
        ("he was arrested for DUI twice", "arrested for DUI"),
        ("he faced a charge for robbery", "charge for robbery"),
        ("he was charged with running a drug operation", "charged with running a drug operation"),
        ("he was charged with stealing a car", "charged with stealing a car"),
        ("he is wanted on charges for breaking and entering", "charges for breaking"),
        ("the neighbour is a registered sex offender", "registered sex offender"),
        # Court orders, cautions, bail and a trial to come; a British prison.
        ("He's on probation and has a restraining order against him.", "restraining order against him"),
        ("The suspect was cautioned by police in 2021.", "was cautioned by police in 2021"),
        ("He is wanted by police for a stabbing.", "wanted by police for a stabbing"),
        ("he has a record for dealing drugs", "has a record for dealing drugs"),
        ("Subject was released from HMP Wandsworth in May.", "released from HMP Wandsworth"),
        ("He is on the sex offenders register.", "on the sex offenders register"),
        ("he is out on bail and awaiting trial", "awaiting trial"),
        # Orders said of someone, a caution or a record for an offence, a sentence served, a release on licence
        ("he is under a restraining order.", "under a restraining order"),
        ("Alexandra is subject to a SHPO because", "subject to a SHPO"),
        ("Known history: a caution for possession", "a caution for possession"),
        ("he served a sentence for arson", "served a sentence for arson"),
        ("he was released on licence in 2008", "released on licence in 2008"),
        ("he was jailed in 2009 for online grooming", "jailed in 2009 for online grooming"),
        ("her uncle served 2 years for grooming then", "served 2 years for grooming"),
        # As people say it in chats and bulletins
        ("hes been in prison for dealing before. my mum told me", "been in prison for dealing"),
        ("my dad was inside for 3 years for robbery so", "inside for 3 years for robbery"),
        ("he was locked up for GBH last year", "locked up for GBH"),
        ("Choi is wanted on an outstanding warrant for domestic battery.", "wanted on an outstanding warrant"),
        ("He was given a restraining order last year", "given a restraining order"),
        ("he's done time for robbery and got previous for assault", "got previous for assault"),
        ("On licence from prison since May.", "On licence from prison"),
        ("Declared: an unspent conviction for dangerous driving", "unspent conviction for dangerous driving"),
        ("disqualified for drink driving (DR10) in 2017", "disqualified for drink driving"),
        ("the man is known to police in Leeds", "known to police"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert any(value in v for _, v, _ in find(text))


@pytest.mark.parametrize(
    "text",
    [
        "The order for the parts was placed. A sentence for the essay is due. Two orders for pizza.",
        # Charges that are money, not offences
        "Once created, you'll incur billing charges for that probe.",
        "Late charges for unpaid invoices are added on the 5th.",
        "Roaming data charges for the trip came to $40.",
        "The bank charges for transfers went up in March.",
        # A duty or a price
        "Our team lead is in charge of the billing migration and took charge of the release.",
        "Pricing: there is no charge for the first 10 GB; we charge for storing snapshots at $0.05 per GB.",
        "There is a charge for retrieving recovery points.",
        "The committee is charged with reviewing the budget; the new manager was charged with improving onboarding.",
        "The museum is free of charge for members.",
        "the battery was charged with a 65 W adapter.",
        # Inside, previous, licence and orders that are no one's record
        "The building was inside the prison grounds. Previous owners: none. Licence from the council.",
        "Please stay inside for 10 minutes while the alarm is tested.",
        "Spent conviction rules are explained in the leaflet's section 4.",
        "the sample is charged with 5 ml buffer and centrifuged",
        "the company was charged with a record fine by the regulator",
        # A firm's record, a clinical trial, a book drive
        "The company has a record of growth; we are awaiting trial results from the lab.",
        "Wanted: volunteers for the community order book drive.",
        # Orders and records of business
        "Sales record for March; the power is on a timer order; shipments subject to a purchase order.",
        "The press release was released on Monday. We keep a record for dealing with complaints.",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # The offence, the year and the prison after a record's words are part of the finding: none left readable.
        ("She was sentenced to 18 months for fraud.", "was sentenced to 18 months for fraud"),
        ("Mum said he did time for burglary back in 2015.", "did time for burglary back in 2015"),
        ("Father currently incarcerated at Rikers.", "incarcerated at Rikers"),
        # What leads the record in its phrase: a verb, an article, a year.
        ("and he got a suspended sentence for assault", "got a suspended sentence for assault"),
        ("born 24 February 1992, declared a 2017 conviction for burglary.", "declared a 2017 conviction for burglary"),
        # The copula of the predicate said of someone.
        ("Bùi is a registered sex offender.", "is a registered sex offender"),
        ("Anderson is currently on bail for drug supply offences.", "is currently on bail for drug supply offences"),
        # A transcript with no punctuation: the offence's own words end the phrase; "jailed".
        ("he was jailed for grooming a minor", "was jailed for grooming a minor"),
    ],
)
def test_takes_in_what_the_record_was_for(find, text: str, whole: str) -> None:  # noqa: ANN001
    assert whole in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # The record's phrase ends where its words end: at a bar, an emoji, a long offence's last word.
        ("stepdad was charged with child neglect | see also", "was charged with child neglect"),
        (
            "did u hear her stepdad served a custodial sentence for robbery 😬",
            "served a custodial sentence for robbery",
        ),
        (
            "row 3 holder was convicted of making indecent images of children per partner.",
            "was convicted of making indecent images of children",
        ),
        # "and" goes on with an offence, ends at a new clause.
        (
            "no contact with him (has previous convictions for theft and criminal damage).",
            "has previous convictions for theft and criminal damage",
        ),
        ("He got probation for assault and now he's back", "got probation for assault"),
        (
            "Rohan was convicted of ABH against a former partner and given a suspended sentence for affray in 2021.",
            "was convicted of ABH against a former partner",
        ),
        # Other ways to say it: custody, suspicion, licence, registers, a broken order, a count of convictions.
        ("my step dad jef he got tagged for robbery", "got tagged for robbery"),
        ("He went to prison for hitting his ex and now", "went to prison for hitting his ex"),
        ("owen was bailed on suspicion of child neglect.", "was bailed on suspicion of child neglect"),
        ("Her partner is on licence after a sentence for ABH. His ITIN", "is on licence after a sentence for ABH"),
        (
            "he has an indefinite sex offender notification requirement.",
            "has an indefinite sex offender notification requirement",
        ),
        ("the father was listed on the sex offender registry.", "was listed on the sex offender registry"),
        ("I breached a restraining order, that's all.", "breached a restraining order"),
        ("Father: Lachie Coombe (34), four convictions for shoplifting.", "four convictions for shoplifting"),
        ("Disclosed unspent conviction for ABH, which affects offers", "Disclosed unspent conviction for ABH"),
        ("the man who is out on parole.", "is out on parole"),
        # Two records in one clause are one finding.
        (
            "Lewis was released from prison in March after serving a sentence for robbery.",
            "was released from prison in March after serving a sentence for robbery",
        ),
        # A field that names the record, with an answer.
        (
            '"offending_history": "fine for driving without insurance in 2022",',
            "fine for driving without insurance in 2022",
        ),
        (
            "Endorsements / convictions: disqualified for drink driving (DR10) in 2017",
            "disqualified for drink driving (DR10) in 2017",
        ),
    ],
)
def test_takes_in_the_whole_record(find, text: str, whole: str) -> None:  # noqa: ANN001
    assert whole in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A guideline's offence names, an empty or negative answer, a licence that is software's.
        ("Breach of a restraining order | 2 | Community order", "Breach"),
        ('"criminal_history": "none",', "none"),
        ("Criminal record: no records found", "no records found"),  # (the label itself is reported, not its answer)
        ("Previous convictions: N/A", "N/A"),
        ("The software is on licence after a trial period for ABH Ltd.", "licence"),
    ],
)
def test_ignores_references_and_empty_answers(find, text: str, answer: str) -> None:  # noqa: ANN001
    assert not any(answer in value for _, value, _ in find(text))
