"""recognizers/_orgs.py, called directly: which capitalised words name a firm, a brand or a room after someone."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def not_a_person():  # noqa: ANN201
    from pii_pipeline_recognizers._orgs import not_a_person

    return not_a_person


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We met in the Lincoln Room.", "Lincoln Room"),
        ("We met in the Lincoln Room.", "Lincoln"),
        ("Paid by Wells Fargo Advisors today", "Wells Fargo Advisors"),
        ("Supplies from Johnson & Johnson", "Johnson"),
        ("Filed by Pryce & Whitmore LLP", "Whitmore"),
        # Trades named after the service (issue 12's business look-alikes).
        ("Invoice INV-009812 from Cloudline Hosting: 3 x VM", "Cloudline Hosting"),
        ("Banners from Marlowe Signage arrive Monday", "Marlowe"),
        ("Crates booked with Brinkley Movers for Saturday", "Brinkley Movers"),
    ],
)
def test_named_after_someone(not_a_person, text: str, words: str) -> None:  # noqa: ANN001
    start = text.index(words)
    assert not_a_person(text, start, start + len(words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mrs. Dana Okoro Suite 913 0547 Main Road", "Dana Okoro Suite"),  # a unit number: an address follows
        ("Mrs. Dana Okoro Suite 913 0547 Main Road", "Dana Okoro"),
        ("Donor Veronica Hall paid by card", "Veronica Hall"),
        ("Maria & Jose Ortega came in", "Maria"),
        ("Donor Veronica Hall paid by card; Cloudline Hosting sent the invoice", "Veronica Hall"),
    ],
)
def test_people(not_a_person, text: str, words: str) -> None:  # noqa: ANN001
    start = text.index(words)
    assert not not_a_person(text, start, start + len(words))


@pytest.mark.parametrize(
    ("category", "text", "words"),
    [
        ("legal form", "Filed by Morrison Foerster LLP today", "Morrison Foerster"),
        ("legal form after comma", "Paid to Hartley Sons, Inc. on Monday", "Hartley Sons"),
        ("org suffix", "Thanks to Bloomberg Philanthropies for the grant", "Bloomberg"),
        ("ensemble", "The Davis, Reynolds and Williamson Orchestra played", "Reynolds"),
        ("and Sons", "Thomas and Sons is an investment bank", "Sons"),
        ("facility", "Meet in the Eleanor Roosevelt Room", "Eleanor Roosevelt"),
        ("award", "She won the Marshall Prize last year", "Marshall"),
        ("surname facility after 'the'", "Meet at the Fletcher Wing", "Fletcher"),
        ("surname facility after 'in'", "Workshop in Franklin Hall at noon", "Franklin"),
        ("surname facility after 'venue:'", "venue: Carnegie Hall", "Carnegie"),
        ("product", "Version 2 of the Jenkins pipeline failed", "Jenkins"),
        ("employer", "I work for Flightstats now", "Flightstats"),
        ("surname-list firm after employer", "She spent a year at Jones, Mitchell and Williams", "Mitchell"),
        ("surname-list firm, singular verb", "Lopez, Santos and Coleman is a design agency", "Santos"),
        ("surname-list firm, possessive", "Owens, Duran and Oneal's partner called", "Duran"),
        ("listed brand", "Coffee and donuts from Krispy Kreme", "Krispy Kreme"),
    ],
)
def test_categories_of_things_named_after_people(not_a_person, category: str, text: str, words: str) -> None:  # noqa: ANN001
    start = text.index(words)
    assert not_a_person(text, start, start + len(words)), category


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She works for Maria Lopez as a nanny.", "Maria Lopez"),  # a person employs too
        ("Marrero, Smith and Jones were arrested.", "Smith"),  # people: a plural verb
        ("Beneficiary Hugo Biggen, IBAN to follow", "Hugo Biggen"),  # a first name that is also a brand
        ("The suspect is Yuki Suzuki.", "Yuki Suzuki"),
        ("Coach Veronica Hall called.", "Veronica Hall"),
    ],
)
def test_people_in_those_places(not_a_person, text: str, words: str) -> None:  # noqa: ANN001
    start = text.index(words)
    assert not not_a_person(text, start, start + len(words))
