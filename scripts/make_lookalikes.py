"""Generate `tests/data/corpora/lookalike_negatives_v1.jsonl`: business text with no personal data at all.

    .venv/bin/python scripts/make_lookalikes.py [--out tests/data/corpora/lookalike_negatives_v1.jsonl]

Deterministic (one fixed seed, no Faker). Every document is PII-free by construction: the templates below hold no
person's name, age, contact or identifier, and the fills are firms, brands, venues, rooms, awards, ships, storms,
works, software and scientific terms that are *named after* someone, beside codes of every kind (tickets, SKUs,
ISBNs, DOIs, grant, PO, invoice and tracking numbers, hashes, versions, internal account codes, dates, prices,
percentages and room numbers). Genres: minutes and board papers, newsletters, press releases, helpdesk tickets and
changelogs, invoices and purchase orders, catalogue and menu entries, programmes and venue bookings, HR policy,
grant reports, facilities notices, sports fixtures, museum and library text, legal boilerplate and academic prose.
No towns or street addresses either (a town is a location, not a look-alike). Written for issue 12's second pass;
independent of `eponym_negatives_v1.jsonl` and `business_negatives_v1.jsonl` (other genres and sentence frames).
"""

# ruff: noqa: E501  (templates are sentences; a line each reads better than a split one)
from __future__ import annotations

import argparse
import hashlib
import json
import random
import string
from collections.abc import Callable
from pathlib import Path

SEED = 20260417
TARGET = 300

# Consumer brands and firms named after a founder or family (general knowledge).
BRANDS = [
    "Ford",
    "Dell",
    "Hilton",
    "Marriott",
    "Disney",
    "Ralph Lauren",
    "Calvin Klein",
    "Estée Lauder",
    "Hugo Boss",
    "Louis Vuitton",
    "Porsche",
    "Ferrari",
    "Boeing",
    "Heinz",
    "Kellogg's",
    "Hershey's",
    "Cadbury",
    "Nestlé",
    "Gillette",
    "Colgate",
    "Dyson",
    "Philips",
    "Siemens",
    "Bosch",
    "Michelin",
    "Goodyear",
    "Tesla",
    "Ben & Jerry's",
    "Tim Hortons",
    "Wendy's",
    "Marks & Spencer",
    "Sainsbury's",
    "John Lewis",
    "Barnes & Noble",
    "Saks Fifth Avenue",
    "Baskin-Robbins",
    "Adidas",
    "Levi's",
    "Mercedes-Benz",
    "Rolls-Royce",
    "Dr Pepper",
    "Black & Decker",
]
FIRMS = [
    "Goldman Sachs",
    "JP Morgan",
    "Merrill Lynch",
    "Deloitte",
    "Ernst & Young",
    "Procter & Gamble",
    "Morgan Stanley",
    "Wells Fargo",
    "Charles Schwab",
    "Johnson & Johnson",
    "Harley-Davidson",
    "Boeing",
    "Siemens",
    "Philips",
    "Ritz-Carlton",
    "Hilton",
    "Marriott",
    "Bosch",
    "Michelin",
    "Goodyear",
    "Dyson",
    "Heinz",
    "Cadbury",
]
HOTELS = ["the Hilton", "the Marriott", "the Ritz-Carlton", "the Four Seasons", "the Radisson Blu"]
SOFTWARE = ["Jenkins", "Ansible", "Hudson", "Django", "Jarvis", "Kafka", "Cassandra", "Julia", "Grafana", "Watson"]
ROOMS = [
    "the Lincoln Room",
    "the Curie Suite",
    "the Turing Room",
    "the Nightingale Room",
    "the Darwin Lecture Theatre",
    "the Faraday Lab",
    "the Brontë Reading Room",
    "the Churchill Boardroom",
    "the Mandela Hall",
    "the Einstein Room",
    "the Austen Room",
    "the Lovelace Studio",
    "the Shakespeare Suite",
    "the Kepler Room",
    "the Franklin Auditorium",
]
VENUES = [
    "the Martin Luther King Jr. Center",
    "the John F. Kennedy Center for the Performing Arts",
    "the Walt Disney Concert Hall",
    "Carnegie Hall",
    "the Royal Albert Hall",
    "the Getty Center",
    "the Guggenheim Museum",
    "the Frick Collection",
    "the Victoria and Albert Museum",
    "the Folger Shakespeare Library",
    "the Huntington Library",
    "the Morgan Library",
    "the Bodleian Library",
    "the Ashmolean Museum",
]
AWARDS = [
    "the Nobel Prize",
    "the Pulitzer Prize",
    "the Booker Prize",
    "the Turing Award",
    "the Fields Medal",
    "the Lasker Award",
    "the Stirling Prize",
    "the Carnegie Medal",
    "a Fulbright award",
    "a Rhodes Scholarship",
    "a Marshall Scholarship",
    "the Wolf Prize",
]
CHAIRS = [
    "the Smith Professor of Economics",
    "the Lucasian Professor of Mathematics",
    "the Whitehead Chair in Ethics",
    "the Nuffield Professor of Sociology",
    "the Wykeham Professor of Logic",
    "the Kellogg Chair of Marketing",
]
EPONYM_TERMS = [
    "Bayes' theorem",
    "Parkinson's disease",
    "Murphy's law",
    "the Doppler effect",
    "the Higgs boson",
    "Alzheimer's disease",
    "a Gaussian distribution",
    "Boolean logic",
    "Ohm's law",
    "Hooke's law",
    "Moore's law",
    "a Fourier transform",
    "a Markov chain",
    "Poisson regression",
    "the Pareto principle",
    "Occam's razor",
    "Crohn's disease",
    "Hodgkin lymphoma",
    "Tourette syndrome",
    "Down syndrome",
    "the Heimlich manoeuvre",
    "the Richter scale",
    "a Geiger counter",
    "a Bunsen burner",
    "the Fibonacci sequence",
    "Euclidean distance",
    "Newton's third law",
    "the Pythagorean theorem",
    "Braille",
    "Morse code",
    "the Kelvin scale",
]
UNITS = ["newton metres", "kelvin", "watts", "joules", "pascals", "hertz", "amperes", "volts", "degrees Fahrenheit"]
SHIPS = [
    "the RMS Queen Mary",
    "HMS Nelson",
    "the USS Gerald R. Ford",
    "the Cutty Sark",
    "the Mary Rose",
    "the RRS Sir David Attenborough",
    "HMS Victory",
    "the USS Ronald Reagan",
]
STORMS = [
    "Hurricane Katrina",
    "Hurricane Sandy",
    "Hurricane Harvey",
    "Storm Eunice",
    "Typhoon Haiyan",
    "Cyclone Idai",
    "Hurricane Ian",
    "Storm Ciarán",
]
WORKS = [
    ("the novel", '"Jane Eyre"'),
    ("the novel", '"David Copperfield"'),
    ("the film", '"Erin Brockovich"'),
    ("the film", '"Citizen Kane"'),
    ("the play", '"Hamlet"'),
    ("the novel", '"Anna Karenina"'),
    ("the album", '"Abbey Road"'),
    ("the film", '"Forrest Gump"'),
    ("the novel", '"Oliver Twist"'),
    ("the opera", '"Madama Butterfly"'),
    ("the play", '"Macbeth"'),
    ("the novel", '"Robinson Crusoe"'),
]
DEPTS = ["Finance", "Facilities", "IT Operations", "Procurement", "HR", "Communications", "Legal", "Programmes",
         "Fundraising", "Safeguarding", "Estates", "Data Protection"]  # fmt: skip
GENERIC_FIRMS = ["Northgate Logistics", "Bluewater Print Ltd", "Apex Facilities plc", "Meridian Catering Co.",
                 "Brightline Software GmbH", "Oakfield Supplies Inc.", "Harbour Audio Visual", "Summit IT Services"]  # fmt: skip
TEAMS = ["Rovers", "United", "Athletic", "City", "Wanderers", "Rangers", "Harriers", "Albion"]
TEAM_PREFIX = ["Northside", "Eastfield", "Riverside", "Hillcrest", "Westbrook", "Lakeside", "Southgate", "Oakvale"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


class Fill:
    """Random slot values from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: list) -> str:
        return self.r.choice(seq)

    def n(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def digits(self, k: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(k))

    def upper(self, k: int) -> str:
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(k))

    def hexs(self, k: int) -> str:
        return hashlib.sha1(str(self.r.random()).encode()).hexdigest()[:k]

    def ticket(self) -> str:
        kind = self.r.choice(["INC", "REQ", "CHG", "SR", "HD", "OPS", "IT"])
        return f"{kind}-{self.digits(self.r.choice([4, 5, 6]))}"

    def jira(self) -> str:
        return f"{self.r.choice(['PLAT', 'WEB', 'DATA', 'FIN', 'CORE'])}-{self.n(10, 9999)}"

    def sku(self) -> str:
        return f"{self.upper(self.r.choice([2, 3]))}-{self.digits(self.r.choice([4, 5]))}-{self.upper(1)}"

    def isbn(self) -> str:
        body = "978" + self.digits(9)
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        d = str((10 - total % 10) % 10)
        return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{d}"

    def doi(self) -> str:
        return f"10.{self.n(1000, 9999)}/{self.r.choice(['j.', 's', 'abc.', ''])}{self.digits(4)}.{self.digits(3)}"

    def grant(self) -> str:
        return self.r.choice(
            [f"R01 {self.upper(2)}{self.digits(6)}", f"EP/{self.upper(1)}{self.digits(6)}/1",
             f"GR-{self.n(2021, 2026)}-{self.digits(4)}", f"H2020-{self.digits(6)}", f"OPP{self.digits(7)}"]
        )  # fmt: skip

    def po(self) -> str:
        return self.r.choice(
            [f"PO-{self.n(2024, 2026)}-{self.digits(4)}", f"PO {self.digits(6)}", f"4500{self.digits(6)}"]
        )

    def invoice(self) -> str:
        return self.r.choice(
            [f"INV-{self.digits(6)}", f"INV/{self.n(2024, 2026)}/{self.digits(4)}", f"#{self.digits(5)}"]
        )

    def tracking(self) -> str:
        return self.r.choice([f"1Z{self.upper(3)}{self.digits(3)}{self.upper(2)}{self.digits(8)}",
                              f"JD{self.digits(16)}", f"TBA{self.digits(12)}"])  # fmt: skip

    def version(self) -> str:
        return f"{self.n(1, 12)}.{self.n(0, 30)}.{self.n(0, 20)}"

    def gl(self) -> str:
        # Internal ledger codes: shaped like a bank account, but no country prefix and no check digits.
        return self.r.choice(
            [f"GL-{self.digits(4)}-{self.digits(3)}-{self.digits(2)}", f"ACC-{self.upper(2)}-{self.digits(4)}-{self.digits(4)}",
             f"{self.digits(4)}.{self.digits(3)}.{self.digits(3)}", f"CC{self.digits(5)}"]
        )  # fmt: skip

    def date(self) -> str:
        return self.r.choice(
            [f"{self.n(1, 28)} {self.pick(MONTHS)} {self.n(2024, 2026)}", f"{self.n(2024, 2026)}-{self.n(1, 12):02d}-{self.n(1, 28):02d}",
             f"{self.pick(DAYS)} {self.n(1, 28)} {self.pick(MONTHS)}"]
        )  # fmt: skip

    def price(self) -> str:
        cur = self.r.choice(["$", "£", "€"])
        return f"{cur}{self.n(2, 9999):,}.{self.n(0, 99):02d}"

    def pct(self) -> str:
        return f"{self.n(1, 99)}.{self.n(0, 9)}%"

    def room(self) -> str:
        return self.r.choice(
            [f"Room {self.n(1, 4)}.{self.n(1, 40):02d}", f"room B{self.n(100, 399)}", f"Level {self.n(1, 9)}"]
        )

    def span(self) -> str:
        start = self.n(8, 16)
        return f"{start:02d}:00-{start + self.n(1, 3):02d}:30"

    def time(self) -> str:
        return f"{self.n(8, 19):02d}:{self.r.choice(['00', '15', '30', '45'])}"


Genre = Callable[[Fill], str]


def minutes(f: Fill) -> str:
    return f.pick([
        f"Minutes of the Finance Committee, {f.date()}, {f.pick(ROOMS)}.\n1. Apologies noted.\n2. The committee approved "
        f"the move of the reserve from {f.pick(FIRMS)} to {f.pick(FIRMS)} (ledger {f.gl()}).\n3. Any other business: none.",
        f"Board paper {f.n(1, 20)}/{f.n(2024, 2026)}: proposal to renew the {f.pick(FIRMS)} custody agreement at "
        f"{f.pct()} p.a. The Chair invited questions; none were raised. Resolved unanimously.",
        f"Action log (trustees, {f.date()}): Treasurer to obtain a second quote from {f.pick(FIRMS)}; Secretary to "
        f"circulate paper {f.n(3, 12)} on the {f.pick(FIRMS)} pension scheme before the next meeting.",
        f"Item 4 - Audit. The auditors ({f.pick(['Deloitte', 'Ernst & Young', 'Grant Thornton', 'BDO'])}) reported no "
        f"material findings. Fee for {f.n(2024, 2026)}: {f.price()}. Agreed.",
        f"The meeting opened at {f.time()} in {f.pick(ROOMS)}. Quorum present. Minutes of the previous meeting "
        f"were approved as a true record.",
        f"AGREED: the Board notes the risk register (v{f.version()}) and asks Finance to model a {f.pct()} fall in "
        f"income from the {f.pick(FIRMS)} matched-giving scheme.",
        f"Present: Chair, Vice-Chair, Treasurer, four trustees. In attendance: Head of {f.pick(DEPTS)}. Meeting "
        f"held in {f.pick(ROOMS)}; next meeting {f.date()}.",
    ])  # fmt: skip


def newsletter(f: Fill) -> str:
    return f.pick([
        f"Big thanks to the team at {f.pick(BRANDS)} who sent {f.n(20, 400)} boxes of supplies last week - you lot "
        f"are brilliant! Our next coffee morning is in {f.pick(ROOMS)}.",
        f"This month in the newsletter: the {f.pick(BRANDS)} fun run raised {f.price()}, the book club is reading "
        f"{f.pick(WORKS)[1]}, and the canteen now stocks {f.pick(['Heinz', 'Cadbury', 'Kellogg’s', 'Hershey’s'])} again.",
        f"Did you know? Our volunteers clocked {f.n(900, 9000):,} hours this quarter - that's up {f.pct()} on last year. "
        f"Pizza is on us at the social in {f.pick(ROOMS)}.",
        f"Staff discount reminder: show your badge at {f.pick(['Marks & Spencer', 'John Lewis', 'Sainsbury’s', 'Barnes & Noble', 'Levi’s'])} "
        f"for {f.n(5, 20)}% off until {f.date()}.",
        f"Quiz night winners: Team Boolean Logic, with {f.n(30, 60)} points. Runners-up: The Higgs Bosons. Thanks to "
        f"{f.pick(['Ben & Jerry’s', 'Baskin-Robbins', 'Tim Hortons', 'Wendy’s'])} for the prizes!",
        f"We're hiring! Two roles open in {f.pick(DEPTS)}; closing date {f.date()}. Ask HR for reference {f.ticket()}.",
        f"Green corner: the new {f.pick(['Dyson', 'Bosch', 'Philips', 'Siemens'])} hand dryers use {f.pct()} less "
        f"energy than the old ones. Small wins!",
    ])  # fmt: skip


def press_release(f: Fill) -> str:
    brand = f.pick(BRANDS)
    return f.pick([
        f"FOR IMMEDIATE RELEASE - {f.date()}. {brand} and the charity today announced a three-year partnership "
        f"worth {f.price()}, supporting helpline capacity and training.",
        f"PRESS RELEASE: {f.pick(FIRMS)} Foundation awards grant {f.grant()} to expand the online safety programme. "
        f"Media enquiries: the Communications team.",
        f"{brand} employees will volunteer {f.n(500, 5000):,} hours in {f.n(2025, 2026)}, the company said on "
        f"{f.pick(DAYS)}. The programme was launched at {f.pick(VENUES)}.",
        f"Notes to editors: the charity is registered under number {f.digits(7)}. {f.pick(FIRMS)} is the principal "
        f"sponsor of the {f.n(2025, 2026)} annual report.",
        f"The gala at {f.pick(VENUES)} raised {f.price()}; headline sponsors were {f.pick(BRANDS)} and {f.pick(BRANDS)}.",
        f"EMBARGOED UNTIL {f.time()} GMT {f.date()}: new research funded by {f.pick(FIRMS)} shows a {f.pct()} rise "
        f"in calls to the hotline after school holidays.",
    ])  # fmt: skip


def ticket(f: Fill) -> str:
    sw = f.pick(SOFTWARE)
    return f.pick([
        f"{f.ticket()} | P{f.n(1, 4)} | {sw} agent on build-{f.n(1, 9)} offline since {f.time()}. Assigned: Platform team.",
        f"{f.jira()}: {sw} pipeline fails at stage 'deploy' after bump to v{f.version()}. Commit {f.hexs(7)}. Blocking release.",
        f"Ticket {f.ticket()} closed - {f.pick(['Dell', 'HP', 'Lenovo'])} Latitude in {f.room()} re-imaged, asset tag "
        f"AT-{f.digits(5)}.",
        f"Re: {f.ticket()}\nStatus: Resolved\nRoot cause: expired cert on the {sw} controller.\nFix: renewed, "
        f"valid to {f.date()}.",
        f"New request {f.ticket()} from {f.pick(DEPTS)}: please install {sw} {f.version()} on the shared runner and "
        f"grant the group read access.",
        f"Incident {f.ticket()}: {f.pick(ROOMS)} projector ({f.pick(['Philips', 'Epson', 'Sony'])}) shows no signal. "
        f"Facilities informed.",
        f"Escalated {f.ticket()} to vendor {f.pick(GENERIC_FIRMS)} (their case {f.upper(3)}{f.digits(8)}). ETA {f.date()}.",
        f"helpdesk> {f.ticket()} reopened: Outlook add-in for {f.pick(['Salesforce', 'Zendesk', 'Jira'])} crashes on "
        f"start (build {f.n(16000, 17999)}.{f.n(10000, 20999)}).",
    ])  # fmt: skip


def changelog(f: Fill) -> str:
    sw = f.pick(SOFTWARE)
    return f.pick([
        f"## {f.version()} - {f.date()}\n- Fixed: {sw} plugin timeout ({f.jira()})\n- Changed: default retention "
        f"{f.n(7, 90)} days\n- Commit {f.hexs(10)}",
        f"v{f.version()}: upgrade {sw} to {f.version()}; drop support for Python 3.{f.n(7, 9)}; sha256 {f.hexs(16)}...",
        f"Release {f.version()} ({f.hexs(7)}): the {sw} job template now pins Ansible {f.version()} and "
        f"Django {f.version()}.",
        f"CHANGES\n* Bump Django from {f.version()} to {f.version()} (#{f.n(100, 9999)})\n* Bump Jenkins agent image "
        f"to {f.version()}-jdk{f.r.choice([11, 17, 21])}",
        f"Deprecated: the Hudson-compatible API will be removed in {f.version()}. Use the {sw} REST endpoint instead.",
        f"Build #{f.n(1000, 99999)} of {sw} finished SUCCESS in {f.n(2, 40)} min {f.n(0, 59)} s; artefact checksum "
        f"{f.hexs(12)}.",
    ])  # fmt: skip


def invoice(f: Fill) -> str:
    vend = f.pick(GENERIC_FIRMS + FIRMS)
    return f.pick([
        f"INVOICE {f.invoice()}\nSupplier: {vend}\nDate: {f.date()}\nDescription: catering, {f.pick(ROOMS)}\n"
        f"Net {f.price()}  VAT 20%  Due in 30 days\nAccount code {f.gl()}",
        f"Purchase order {f.po()} | {vend} | {f.n(2, 200)} x {f.pick(BRANDS)} item {f.sku()} @ {f.price()} | "
        f"deliver to goods-in, {f.room()}",
        f"Credit note {f.invoice()} against {f.invoice()}: {f.n(1, 9)} units of {f.sku()} returned damaged. "
        f"Refund {f.price()} to cost centre {f.gl()}.",
        f"Remittance advice: payment of {f.price()} for {f.invoice()} and {f.invoice()} made by BACS on {f.date()}. "
        f"Ref {f.po()}.",
        f"{f.po()}\t{f.pick(BRANDS)}\t{f.sku()}\t{f.n(1, 50)}\t{f.price()}",
        f"Please raise a PO for {f.pick(['Dell', 'Philips', 'Bosch', 'Siemens'])} kit, quote {f.upper(2)}-{f.digits(6)}, "
        f"total {f.price()}, budget line {f.gl()}. Tracking when shipped: {f.tracking()}.",
    ])  # fmt: skip


def catalogue(f: Fill) -> str:
    return f.pick([
        f"{f.sku()} - {f.pick(['Gillette', 'Colgate', 'Dove', 'Nivea'])} travel kit, pack of {f.n(6, 48)} - {f.price()}",
        f"{f.pick(['Ben & Jerry’s', 'Häagen-Dazs', 'Baskin-Robbins'])} tub 500 ml ... {f.price()}\n"
        f"Hershey's bar 43 g ... {f.price()}\nDr Pepper can 330 ml ... {f.price()}",
        f"Menu: Eggs Benedict {f.price()} | Caesar salad {f.price()} | Beef Wellington {f.price()} | Peach Melba "
        f"{f.price()} | Earl Grey {f.price()}",
        f"Tea menu: Earl Grey, Lady Grey, green tea, chamomile. Scones with clotted cream {f.price()}.",
        f"Item {f.sku()}: {f.pick(['Levi’s 501 jeans', 'Adidas Samba trainers', 'Hugo Boss polo', 'Calvin Klein T-shirt', 'Ralph Lauren Oxford shirt'])}, size M, {f.n(1, 40)} in stock, reorder at {f.n(2, 10)}.",
        f"Catalogue p. {f.n(4, 120)}: {f.pick(['Bosch', 'Black & Decker', 'Makita'])} drill kit {f.sku()}, "
        f"{f.n(12, 36)} V, {f.price()} ex VAT. ISBN of the manual: {f.isbn()}.",
        f"Spare parts: {f.pick(['Michelin', 'Goodyear'])} tyre 205/55 R16 ({f.sku()}), {f.pick(['Porsche', 'Ferrari', 'Mercedes-Benz'])} "
        f"filter {f.upper(1)}{f.digits(7)}.",
        f"Kids' corner: {f.pick(['Disney', 'Lego', 'Mattel'])} colouring set {f.sku()}, ages 5+, {f.price()}.",
    ])  # fmt: skip


def events(f: Fill) -> str:
    return f.pick([
        f"Programme, {f.date()}\n{f.time()} Registration, {f.pick(ROOMS)}\n{f.time()} Keynote, "
        f"{f.pick(VENUES)}\n{f.time()} Workshops (rooms {f.n(1, 9)}-{f.n(10, 20)})",
        f"Venue booking confirmed: {f.pick(ROOMS)} at {f.pick(HOTELS)}, {f.date()}, {f.span()}, "
        f"{f.n(20, 120)} covers, booking ref {f.upper(3)}{f.digits(6)}.",
        f"The awards dinner will be held at {f.pick(VENUES)}; dress code black tie. Table plan v{f.n(2, 9)} attached.",
        f"Save the date: annual lecture in honour of {f.pick(AWARDS)} laureates, {f.pick(ROOMS)}, {f.date()}.",
        f"Shuttle buses leave the {f.pick(['Hilton', 'Marriott', 'Ritz-Carlton'])} at {f.time()} for {f.pick(VENUES)}.",
        f"Stand {f.upper(1)}{f.n(1, 60)} is shared with {f.pick(BRANDS)}; power and Wi-Fi included (order {f.po()}).",
        f"Workshop 3 ({f.pick(ROOMS)}): 'From {f.pick(EPONYM_TERMS)} to practice'. Capacity {f.n(15, 40)}.",
    ])  # fmt: skip


def hr_policy(f: Fill) -> str:
    return f.pick([
        f"Policy HR-{f.n(1, 40):02d} (v{f.version()}), section {f.n(1, 9)}.{f.n(1, 9)}: employees may carry over up "
        f"to {f.n(3, 10)} days of annual leave. Approved by the Board on {f.date()}.",
        f"The employer matches pension contributions up to {f.pct()} via the {f.pick(['Aviva', 'Scottish Widows', 'Fidelity', 'Charles Schwab'])} "
        f"scheme (plan code {f.gl()}).",
        f"Expenses: hotel stays are capped at {f.price()} per night (e.g. Hilton, Marriott or equivalent). Claims "
        f"over {f.price()} need a PO.",
        f"Parental leave is {f.n(12, 52)} weeks at full pay. See policy annex {f.upper(1)}, revised {f.date()}.",
        f"Mandatory training: Safeguarding Level {f.n(1, 3)} (module SG-{f.digits(3)}), due {f.date()}. Completion "
        f"rate so far: {f.pct()}.",
        "This policy applies to all staff, volunteers and contractors. It does not form part of any contract of "
        "employment and may be amended at any time.",
    ])  # fmt: skip


def grant_report(f: Fill) -> str:
    return f.pick([
        f"Grant {f.grant()} - interim report. Funder: {f.pick(['the Wellcome Trust', 'the Gates Foundation', 'the Kellogg Foundation', 'the Nuffield Foundation', 'the Rockefeller Foundation'])}. "
        f"Spend to date {f.price()} ({f.pct()} of budget).",
        f"Outcome 2 was met: {f.n(200, 2000)} young people completed the course; {f.pct()} reported feeling safer "
        f"online. Grant ref {f.grant()}.",
        f"Budget variance on {f.grant()}: equipment {f.price()} under, staffing {f.price()} over. Virement requested.",
        f"The {f.pick(['Carnegie', 'Nuffield', 'Leverhulme', 'Wolfson'])} Trust award ({f.grant()}) runs to "
        f"{f.date()}; the final report is due three months later.",
        f"Publications arising: doi:{f.doi()}; doi:{f.doi()}. Both acknowledge grant {f.grant()}.",
    ])  # fmt: skip


def facilities(f: Fill) -> str:
    return f.pick([
        f"Facilities notice: the lifts in the {f.pick(['Darwin', 'Faraday', 'Newton', 'Franklin', 'Curie'])} Building "
        f"will be serviced on {f.date()} from {f.time()}. Please use the stairs.",
        f"{f.pick(ROOMS)} is closed for repainting until {f.date()}; meetings move to {f.room()}.",
        f"Fire drill {f.date()} at {f.time()}. Assembly point: the car park behind the {f.pick(['Turing', 'Nightingale', 'Mandela', 'Brunel'])} Wing.",
        f"Water off in {f.room()} and {f.room()} ({f.pick(['Bosch', 'Siemens'])} boiler replacement), job {f.ticket()}.",
        f"Reminder: the {f.pick(['Dyson', 'Philips'])} air purifiers in {f.pick(ROOMS)} are not to be unplugged.",
        f"Parking permits for {f.n(2025, 2026)} are ready for collection at reception, desk {f.n(1, 4)}.",
    ])  # fmt: skip


def sports(f: Fill) -> str:
    a = f"{f.pick(TEAM_PREFIX)} {f.pick(TEAMS)}"
    b = f"{f.pick(TEAM_PREFIX)} {f.pick(TEAMS)}"
    return f.pick([
        f"{a} {f.n(0, 5)}-{f.n(0, 5)} {b} (HT {f.n(0, 2)}-{f.n(0, 2)}), att. {f.n(200, 3000):,}",
        f"Fixtures {f.date()}: {a} v {b}, KO {f.time()}; {b} v {a}, KO {f.time()}.",
        f"The staff five-a-side final is on {f.pick(DAYS)} at the {f.pick(['Goodyear', 'Hilton', 'Marriott'])} Sports Centre; "
        f"kit by {f.pick(['Adidas', 'Umbro', 'Puma'])}.",
        f"League table: 1. {a} {f.n(20, 40)} pts; 2. {b} {f.n(10, 30)} pts. Next round sponsored by {f.pick(BRANDS)}.",
        f"Charity cricket: our XI made {f.n(90, 260)}/{f.n(2, 10)} against the {f.pick(['Deloitte', 'Goldman Sachs', 'JP Morgan', 'Merrill Lynch'])} XI.",
    ])  # fmt: skip


def museum(f: Fill) -> str:
    return f.pick([
        f"Gallery {f.n(1, 40)}: portrait studies on loan from {f.pick(VENUES)} (accession {f.n(1900, 2020)}.{f.digits(3)}).",
        f"Library catalogue: {f.pick(WORKS)[1]}, Penguin Classics, ISBN {f.isbn()}, shelfmark {f.upper(2)} {f.n(100, 999)}.{f.digits(2)}.",
        f"The model of {f.pick(SHIPS)} returns to display in the maritime gallery on {f.date()}.",
        f"Reading room rules: pencils only; bags in the lockers by {f.pick(ROOMS)}. Request slips {f.upper(1)}-{f.digits(5)}.",
        f"Exhibition label: this {f.pick(['Boeing 747', 'Rolls-Royce Merlin engine', 'Ford Model T', 'Tesla coil'])} "
        f"was donated in {f.n(1950, 2010)}. Object no. {f.upper(3)}-{f.digits(4)}.",
        f"New acquisitions ({f.n(2025, 2026)}): a first edition of {f.pick(WORKS)[1]} and a {f.pick(['Morse code', 'Braille'])} "
        f"primer, both catalogued under {f.upper(2)}{f.digits(6)}.",
    ])  # fmt: skip


def legal(f: Fill) -> str:
    return f.pick([
        f"This Agreement is governed by the law stated in Schedule 1. Clause {f.n(1, 30)}.{f.n(1, 9)} survives termination.",
        f"{f.pick(BRANDS)} is a registered trademark of its owner. All other marks are the property of their respective holders.",
        f"Nothing in this Agreement shall limit liability for death or personal injury caused by negligence. "
        f"Contract ref {f.upper(2)}-{f.digits(6)}, schedule {f.n(1, 5)}.",
        f"Terms of use v{f.version()}, effective {f.date()}. Sections {f.n(1, 9)} to {f.n(10, 20)} replace the previous terms in full.",
        f"Counsel from {f.pick(['Clifford Chance', 'Baker McKenzie', 'Allen & Overy', 'Slaughter and May', 'Freshfields'])} "
        f"reviewed the data-sharing agreement (DSA-{f.digits(4)}).",
        f"The Licensor grants a non-exclusive licence to use the {f.pick(SOFTWARE)} integration for the Term, "
        f"subject to the fees in Schedule {f.n(1, 4)} ({f.price()} per annum).",
    ])  # fmt: skip


def academic(f: Fill) -> str:
    return f.pick([
        f"We estimate the posterior with {f.pick(EPONYM_TERMS[:1] + ['a Markov chain Monte Carlo sampler'])} and report "
        f"a {f.pct()} credible interval (see doi:{f.doi()}).",
        f"Early-onset {f.pick(['Parkinson’s disease', 'Alzheimer’s disease', 'Crohn’s disease', 'Hodgkin lymphoma'])} "
        f"affects about {f.pct()} of cases in the cohort (Table {f.n(1, 6)}).",
        f"As {f.pick(['Murphy’s law', 'Moore’s law', 'the Pareto principle', 'Occam’s razor'])} suggests, the simplest "
        f"plan usually wins.",
        f"The torque was {f.n(20, 400)} {f.pick(UNITS[:1])} and the pressure {f.n(100, 900)} pascals at {f.n(50, 400)} "
        f"{f.pick(['kelvin', 'degrees Fahrenheit'])}.",
        "Residuals were approximately Gaussian; a Boolean flag marked outliers. The Doppler effect was corrected in post-processing.",
        f"Lecture {f.n(1, 20)}: {f.pick(EPONYM_TERMS)}, {f.pick(EPONYM_TERMS)} and {f.pick(EPONYM_TERMS)}. Reading: "
        f"chapter {f.n(1, 12)}.",
        f"The discovery of the Higgs boson earned {f.pick(AWARDS[:1])} in physics; {f.pick(CHAIRS)} gave the vote of thanks.",
        f"Applicants for {f.pick(AWARDS)} must submit by {f.date()}. The panel is chaired by {f.pick(CHAIRS)}.",
        f"Use {f.pick(['Hooke’s law', 'Ohm’s law', 'Newton’s third law'])} to derive the result in Exercise {f.n(1, 30)}.{f.n(1, 9)}.",
        f"Tip: the Heimlich manoeuvre and the recovery position are both covered in first-aid module FA-{f.digits(3)}.",
    ])  # fmt: skip


def culture(f: Fill) -> str:
    kind, title = f.pick(WORKS)
    return f.pick([
        f"Book club pick for {f.pick(MONTHS)}: {kind} {title}. Copies in the staff library, shelf {f.upper(1)}{f.n(1, 9)}.",
        f"Movie night: {kind} {title}, {f.pick(ROOMS)}, {f.time()}. Popcorn courtesy of {f.pick(BRANDS)}.",
        f"The school production of {title} runs {f.pick(DAYS)} to {f.pick(DAYS)}; tickets {f.price()}.",
        f"Audio guide track {f.n(1, 99)} covers {kind} {title} and its adaptations.",
        f"The relief appeal after {f.pick(STORMS)} raised {f.price()}; the {f.pick(FIRMS)} Foundation matched it.",
        f"Disaster-response drill based on {f.pick(STORMS)} scenario, version {f.n(1, 5)}, run on {f.date()}.",
        f"Tour of {f.pick(SHIPS)} for volunteers, {f.date()}, meet at the gangway at {f.time()}.",
    ])  # fmt: skip


def table_rows(f: Fill) -> str:
    return f.pick([
        f"{f.date()},{f.pick(BRANDS)},{f.sku()},{f.n(1, 99)},{f.price()}",
        f"| {f.ticket()} | {f.pick(SOFTWARE)} | {f.pick(['open', 'closed', 'pending'])} | {f.date()} |",
        f"{f.gl()}  {f.pick(FIRMS)}  {f.price()}  {f.pct()}",
        f"{f.po()};{f.pick(GENERIC_FIRMS)};{f.pick(ROOMS)};{f.price()}",
        f"{f.hexs(40)}  refs/tags/v{f.version()}",
        f"Room | Capacity | Rate\n{f.pick(ROOMS)} | {f.n(10, 80)} | {f.price()}\n{f.pick(ROOMS)} | {f.n(10, 80)} | {f.price()}",
    ])  # fmt: skip


def software_chat(f: Fill) -> str:
    sw = f.pick(SOFTWARE)
    return f.pick([
        f"Heads up: {sw} will be down for maintenance {f.pick(DAYS)} {f.span()} UTC.",
        f"Ask {sw} (our internal bot) for the status of {f.ticket()} - it knows the queue better than we do.",
        f"{sw} says the nightly job passed. Kafka lag is back under {f.n(100, 900)} messages.",
        f"Can someone check why Jenkins and Ansible disagree on the inventory? Diff in {f.jira()}.",
        "Moving our docs from Confluence to the Django admin; Julia notebooks stay on the shared drive.",
        f"We swapped Cassandra for Postgres {f.n(13, 17)}; p99 latency fell {f.pct()}.",
    ])  # fmt: skip


def brand_prose(f: Fill) -> str:
    return f.pick([
        f"Fleet update: {f.n(2, 9)} {f.pick(['Ford Transit', 'Tesla Model 3', 'Mercedes-Benz Sprinter'])} vans leased "
        f"until {f.date()}, lease ref {f.upper(2)}{f.digits(7)}.",
        f"Our {f.pick(['Dell', 'HP'])} laptops are being replaced by {f.pick(['Dell', 'Lenovo'])} models under PO {f.po()}.",
        f"{f.pick(FIRMS)} and {f.pick(FIRMS)} both sponsored the winter appeal; together {f.price()}.",
        f"The regional office moved into the {f.pick(['Boeing', 'Siemens', 'Philips', 'Rolls-Royce'])} building's "
        f"second floor, {f.room()}.",
        f"Procurement shortlisted {f.pick(GENERIC_FIRMS)}, {f.pick(FIRMS)} and {f.pick(FIRMS)} for the audit tender.",
        f"{f.pick(BRANDS)} pulled out of the fun run sponsorship; {f.pick(BRANDS)} stepped in at {f.price()}.",
        f"Refreshments: {f.pick(['Nestlé', 'Cadbury', 'Heinz', 'Kellogg’s'])} donated snacks; {f.pick(['Tim Hortons', 'Dr Pepper', 'Wendy’s'])} "
        f"sent vouchers.",
        f"Hospitality budget: {f.pick(HOTELS)} quoted {f.price()}, {f.pick(HOTELS)} {f.price()}. Go with the cheaper.",
        f"Our bankers, {f.pick(['Goldman Sachs', 'JP Morgan', 'Wells Fargo', 'Morgan Stanley', 'Merrill Lynch'])}, "
        f"confirmed the deposit of {f.price()} on {f.date()}.",
        f"Pro bono support from {f.pick(['Deloitte', 'Ernst & Young', 'Procter & Gamble', 'Johnson & Johnson'])} "
        f"covers {f.n(20, 200)} hours of consulting this year.",
    ])  # fmt: skip


GENRES: list[Genre] = [
    minutes, newsletter, press_release, ticket, changelog, invoice, catalogue, events, hr_policy, grant_report,
    facilities, sports, museum, legal, academic, culture, table_rows, software_chat, brand_prose,
]  # fmt: skip


def generate(n: int = TARGET, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    fill = Fill(rng)
    seen: set[str] = set()
    out: list[dict] = []
    attempts = 0
    while len(out) < n and attempts < n * 50:
        attempts += 1
        genre = GENRES[len(out) % len(GENRES)]
        text = genre(fill)
        if text in seen:
            continue
        seen.add(text)
        out.append({"id": f"look{len(out):04d}", "text": text, "spans": []})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("tests/data/corpora/lookalike_negatives_v1.jsonl"))
    args = ap.parse_args()
    rows = generate()
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} documents -> {args.out}")


if __name__ == "__main__":
    main()
