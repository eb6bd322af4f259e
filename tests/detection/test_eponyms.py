"""Issue 12: names of firms, brands, rooms, buildings, awards, streets, ships and terms named after someone are not
people ("Wells Fargo", "the Lincoln Room", "Hendricks Prize", "Parkinson's disease"), nor are the codes beside them;
while people whose names are also those of a firm or a building still are ("Mr. Morgan", "Donor: Franklin Hall").

Written for this test from general knowledge (the invented firms and rooms are invented here); the same kind of
documents, in several registers, are in tests/data/corpora/eponym_negatives_v1.jsonl (test_evaluate.py)."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.text import TextDetector

NEGATIVE = [
    # Firms named after founders, law and accounting firms.
    "Payroll now runs through Wells Fargo; the old Morgan Stanley account closes on 30 June.",
    "Smith, Jones & Partners LLP sent the engagement letter for the annual audit.",
    "Please send the Q4 invoice to Brennan, O'Malley & Keane, Solicitors, by the 15th.",
    "Our mailing house is Baker & Taylor; statements come from Charles Schwab.",
    "Ordered from Fleming & Howard Office Supplies: 20 reams (invoice FH-99812).",
    "Pfizer, Merck and Eli Lilly each sent information packs for the resource table.",
    "Wheelchair shuttles provided by Pritchard Transit; receipts under account code 6110-TRN.",
    # Foundations, awards, prizes and fellowships.
    "The grant from the Bill & Melinda Gates Foundation (grant code OPP1198765) covers two counsellors.",
    "Congratulations on the Hendricks Prize, announced at the Morrison Awards dinner.",
    "Applications for the Abernathy Fellowship close on 1 March; the Kowalski Scholarship opens in April.",
    "The Annie E. Casey Foundation's data book is in the shared drive.",
    # Rooms, halls, wings, buildings, schools and streets.
    "Board meeting moved to the Lincoln Room; the Jefferson Room is being painted.",
    "Training is at the Martin Luther King Jr. Community Center, 2nd floor, Room 204.",
    "Pick up the banners from the Abraham Lincoln High School gym before 8 am.",
    "Seats are in the Avery Fisher Hall orchestra, rows K-M.",
    "Room: Harrison Suite 12",
    "Jira PROJ-8812: migrate the Hamilton and Jefferson room calendars to Outlook.",
    "Moving the servers to the Hamilton data center (rack H-12, ticket CHG-0098).",
    # Products, models, teams, ships, terms and diseases named after someone.
    "New laptops: Lenovo ThinkPad X1 Carbon; warranty through Dell ProSupport for the old ones.",
    "Bought a Miele dishwasher for the shelter kitchen.",
    "Agent: Got it, I'll forward it to the Hamilton team.",
    "The USS Ronald Reagan crew and the HMS Queen Elizabeth band both sent donations.",
    "The Heimlich manoeuvre and the Apgar score were covered in the first-aid refresher.",
    "Crohn's disease, Addison's disease and Hashimoto's thyroiditis are in the glossary for call-takers.",
    "Reading list: Maslow's hierarchy, Erikson's stages, the Piaget model of development.",
    "Trivia night at Paddy O'Brien's pub raised $1,300 for the helpline.",
    # Codes and forms.
    "SKU BRK-2291 (Brinkley backpack, navy) and SKU BRK-2292 (Brinkley backpack, grey) are sold out.",
    "Vendor: Morgan Lewis & Bockius LLP\nService: contract review\nPO: 2024-0192",
    "Donation form\nOrganisation: Johnson & Johnson Family of Companies\nDesignation: Prevention programs",
    "Donor: Kellerman Brothers\nGift: $2,500\nGift ID: GFT-22019",
    "Submitted by: Facilities\nRoom: Okafor Room\nRequest: extra chairs",
    "Build notes: commit 8d3e2f1 (Kepler), commit 1a9b7c0 (Hubble), release train 'Lovelace' ships Monday.",
    "ISBN 978-0-7432-7356-5 (Fitzgerald) and ISBN 978-0-06-112008-4 (Lee) were ordered for the book club.",
    'Release v2.14.0 "Darwin" fixes the export; the codename for the next one is "Newton".',
    "Update from IT: Jenkins build 4412 failed (hash 0f3c9a1); the Hopper server is back online.",
    "The Stanford, Harvard and Yale law clinics all sent interns this year.",
    "Please RSVP for the Clinton Global Initiative session; badges are at the Javits Center.",
    "Credits: photography by Carter & Reed Studios, design by Holloway Creative, print by Pemberton Press.",
    "Grant No. R01-HD098765 (NICHD), subaward 5521-Kessler, period 07/01/2024-06/30/2025.",
    "SKU: Marlow-Tote-NVY, Marlow-Tote-GRY, Brennan-Mug-WHT. Reorder point 20 units.",
    "The Washington Room and the Houston Room are booked for the Austin Fellowship interviews.",
    "We trained staff at the Regina Hotel and the Florence Nightingale Room.",
    "EMPLOYER: MORGAN STANLEY\nMATCHING GIFT ID: MS-4410\nSTATUS: APPROVED",
    "VENUE: LINCOLN ROOM\nDATE: 14 MAY\nCAPACITY: 40",
    "Name: Carrington Cup 5K\nDate: 12 April\nLocation: Ashby Hall lawn",
    "Name | SKU | Price\nBrinkley Backpack | BRK-2291 | $24",
    "Johnson and Johnson sent the first-aid kits; Procter and Gamble sent hygiene packs.",
    "The Smith and Wesson Foundation declined; Marks and Spencer said yes.",
    "Our Ford Focus and Honda Civic pool cars are due for service.",
    "Commit e3b0c44 by deploy-bot: Bump Whitfield parser to 2.1",
    'Case CS-2024-0091 closed; linked KB article KB0012291 "Resetting the Kessler kiosk"',
    "Thanks,\nWhitfield Support",
    "Sincerely,\nHendricks Prize Selection Panel",
    # Order lines, versions, codenames, firm fields, brand possessives, services and lists after a label.
    "Order 5510: Pemberly Mug x3, Ashcott Journal x12, Grantley Tote (olive) x1.",
    "Reorder the Lowell planters x4 and the Maddox throw pillows, qty 6.",
    "Featured this week: Hadley sofa, Everett ottoman and Corbin bookcase.",
    "Upgrade Thistlewood to 4.1 on staging, then bump Quimby to 0.9.",
    "Next release is codenamed Marchbank.",
    "Supplier: Dunleavy\nTerms: net 30",
    "Vendor: Farrow\nPO: 2024-0193",
    "Restock Grandma Tilly's pretzels and Mrs. Cobbett's dish soap for the kitchen.",
    "We buy bread from Rosalind's on Harcourt Street.",
    "Sandwiches from Benny's Deli and cake from Marguerite's Bakery.",
    "We use Larkhill for payroll and switched from Ledgerly to Fenbrook for accounting.",
    "Hosting on Brisklane and Tovary; DNS on Cloudflare.",
    "Rooms: Ashcott, Pembury and Tamsworth are booked for the training day.",
    "Museums: the Galloway reopens its east wing in May.",
    "The Hollins Ward on level 2 has moved to the new building.",
    "Wexley Outdoor and Carrow Fitness both sponsored the 5K.",
    "We are moving our donor CRM to Quillion next spring.",
    "Three bids came in for the gutters: Ravensworth, Kilnsey and Oldroyd. The committee picked Kilnsey.",
    "Lunch order: Tamborine for the volunteers and Quenby for the board.",
    "IT: the Ollie bot will remind you to update Ferncastle to v5.2.",
    "We're migrating from Ledgerline to Sage Quillbook for the audit year.",
    "Card account 2240 - Chase Sapphire; account 2250 - Amex Gold.",
    "Volunteer training: Pellingham Hall, Room 114, then lunch downstairs.",
    "Gift vouchers for Farrowdale, 20 x $25.",
    "Thank-you notes went to Calder Hardware and Mrs. Meyer's for the sponsorship.",
    "The projector is fixed; we raised it with Dunmore AV and they came Tuesday.",
    "Vendor form\nTrading as: Greystone\nEmployer ID: 12-3456789",
    "Sponsors\nGold: Ashdown Dental, Fairbank Realty\nIn-kind: Hollis Print, Garnet Coffee Roasters",
    "Culture: the Pitt Rivers' rival, the Ashmolean's new wing, opens Saturday.",
    "Ship schedule: the Aurora Borealis sails Tuesday from Harwich.",
    "Book club: new titles from Penguin and Faber arrive next week.",
    "Walmart and Target both declined to donate this year.",
    "Dear Halsworth team,\nPlease find our renewal attached.\nRegards,\nFinance Office",
    "Kind regards,\nPellington Customer Care",
    "Apply for the Marchant Grant by 1 May; the Oxley Bursary opens in June.",
    "Insurance via Alder Mutual; pensions via Penrose Life.",
    # Lower-case chat.
    "lol the morgan stanley volunteers brought like 40 boxes of cereal",
    "can someone restock the kessler room? also the brinkley backpacks came in",
]

POSITIVE = [
    ("Mr. Morgan said the boy was scared of the neighbour.", "Morgan"),
    ("The caller, Hamilton Reyes, phoned twice about the same child.", "Hamilton Reyes"),
    ("Donor: Franklin Hall\nAmount: $50\nMethod: card", "Franklin Hall"),
    ("Emergency contact: Grace Wells (aunt), 555-0142", "Grace Wells"),
    ("Jane Stanley from Wells Fargo called about the matching gift.", "Jane Stanley"),
    ("Maria Lopez works for Morgan Stanley and volunteers on Saturdays.", "Maria Lopez"),
    ("Ask Veronica Hall to unlock the Lincoln Room before the session.", "Veronica Hall"),
    ("her daughter Lincoln has been missing school since May", "Lincoln"),
    ("her daughter emma is 9 and a stranger messages her", "emma"),
    ("NAME: HARRISON FORD-LEWIS\nDOB: 04/02/2011", "HARRISON FORD-LEWIS"),
    ("Suspect Dell Baker picks the kids up from Jefferson Middle School.", "Dell Baker"),
    ("Victim: Kennedy Marsh, age 12, attends Lincoln Elementary.", "Kennedy Marsh"),
    ("Maria & Jose were seen at the Hilton hotel bar.", "Maria"),
    ("Volunteer Ford Jackson will cover the Tuesday shift in the Kennedy Room.", "Ford Jackson"),
    ("Our volunteer coordinator, Merck Adebayo, confirmed the schedule.", "Merck Adebayo"),
    ("The teacher, Ms. Carnegie, noticed bruises on his arm.", "Carnegie"),
    ("Ayesha Khan of Harrington Logistics Inc. reported the post.", "Ayesha Khan"),
    ("Tom Baker's son was at the Lincoln Center event with him.", "Tom Baker"),
    ("Dr. Hashimoto examined the child at the Mayo Clinic on Friday.", "Hashimoto"),
    ("lisa brennan and her stepdad were at the walmart", "lisa brennan"),
    ("The boy's father, Stanley Morgan, has a prior conviction.", "Stanley Morgan"),
    ("Regular commenter Ryan Fernandes points out that most are horrible.", "Ryan Fernandes"),
    ("The brainchild of our 3 founders: Gerste, Johnson and Johnson.", "Gerste"),
    ("Can you ask Maria office hours are 9-5?", "Maria"),
    ("Officer Ramirez badge 4410 took the report.", "Ramirez"),
    ("The mother reports that her daughter Juha was born on 12/4/12.", "Juha"),
    ("NAME: MORGAN WELLS\nDOB: 04/02/2011\nSCHOOL: LINCOLN ELEMENTARY", "MORGAN WELLS"),
    ("Donor: Stanley Carnegie\nAmount: $40", "Stanley Carnegie"),
    ("The post was made by Kristiina Repo from a new account.", "Kristiina Repo"),
    ("Caller Hope Marlowe says the lamp was thrown at her son.", "Hope Marlowe"),
    # People whose names sit where a product or a firm would.
    ("her uncle Marlowe picks her up after school and I don't trust him", "Marlowe"),
    ("Costa said he'd pick her up at 6 from the gym", "Costa"),
    ("Donor Leopold Ashby gave $500 in memory of his wife Margit.", "Leopold Ashby"),
    ("Ms. Pennick called about her son's absence.", "Pennick"),
    ("Please call Winslow back about the pickup, he's the girl's father.", "Winslow"),
    ("The Okafor family moved in with the Tillman kids last week.", "Okafor"),
    ("Kilnsey said he would drop the invoice off for his mother.", "Kilnsey"),
    ("Chase Whitford (brother) brought the invoice to the office.", "Chase Whitford"),
    ("He's hurt, but Akifumi just has to get out, from Australia, and Tomasz too.", "Akifumi"),
    ("Ayla: Hi, are you there?\nBrennagh: Yes, what's up", "Brennagh"),
    ("Henry Ford's daughter was at the shelter on Friday.", "Henry Ford"),
    ("This song by ex-Zombie Ravensworth is a perfect example of why the order of this list is random.", "Ravensworth"),
    # A listed firm's name that is a first name and a surname, where the text names a person so.
    ("Caller Paul Smith said his son was hit.", "Paul Smith"),
    ("Her stepfather Edward Jones, 45, was arrested.", "Edward Jones"),
    ("Suspect: Raymond James. Seen near the school.", "Raymond James"),
    ("My neighbour Ted Baker keeps texting my daughter.", "Ted Baker"),
    ("Emergency contact: Sara Lee (aunt).", "Sara Lee"),
    ("Our volunteer Fred Perry drove the van.", "Fred Perry"),
    ("Donor Paul Smith gave $50 in March.", "Paul Smith"),
    ("the man is called paul smith", "paul smith"),
    ("Volunteer Jenny Craig, DOB 1980-03-04.", "Jenny Craig"),
    ("Ted Baker (uncle) picks her up after school.", "Ted Baker"),
    # Any name the text calls a person, whatever word it ends with.
    ("Emergency contact: Grace Chapel (sister)", "Grace Chapel"),
    ("Her son Jordan Hall, 12, was picked up by a stranger.", "Jordan Hall"),
]
# The same firms where nothing says a person: still no person.
NAMED_LIKE_PEOPLE = [
    "We bought the suits at Paul Smith in Covent Garden.",
    "Edward Jones handles our endowment investments.",
    "Gift matched by Raymond James for the spring appeal.",
    "Sara Lee pound cake for the volunteer breakfast.",
]


def _covered(detector: TextDetector, text: str, value: str) -> bool:
    start = text.index(value)
    spans = [s for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
    return all(not c.isalnum() or any(s.start <= start + i < s.end for s in spans) for i, c in enumerate(value))


@pytest.mark.parametrize("text", NEGATIVE)
def test_eponyms_are_not_people(detector: TextDetector, text: str) -> None:
    found = [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
    assert found == []


@pytest.mark.parametrize("text", NAMED_LIKE_PEOPLE)
def test_firms_named_like_people_are_firms_without_a_cue(detector: TextDetector, text: str) -> None:
    found = [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
    assert found == []


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_people_named_like_firms_still_are(detector: TextDetector, text: str, value: str) -> None:
    assert _covered(detector, text, value), [text[s.start : s.end] for s in detector.detect([text])[0]]


def test_a_name_found_once_is_not_propagated_into_a_room(detector: TextDetector) -> None:
    text = "Caller Jane Lincoln said the meeting was in the Lincoln Room."
    found = [(s.start, s.end) for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
    room = text.index("Lincoln Room")
    assert found and not any(a <= room < b for a, b in found), found


# Streets, venues, books of scripture, laws and a product's limits named after someone, in look-alike documents with
# no one in them (the names are this test's own; each category by its shape).
NAMED_FOR_SOMEONE = [
    # A street's word before the name, in any of the partners' languages, or after it.
    "The flat is in via Giacomo Puccini, near the station.",
    "Take the metro to Calle de Goya and walk north.",
    "The stall is on Jalan Sudirman, Jakarta.",
    "Turn right at Nehru Marg after the temple.",
    "City walk\nDay 1: Corso Giuseppe Mazzini, Viale Alessandro Volta, Piazza Camillo Benso.\n"
    "Day 2: Avenida Salvador Allende, Praça Tiradentes.\nDay 3: Attlee Way, Wilfred Street, Nehru Marg.",
    # A venue's word in lower or odd case, after the name or before it; a room's word before a quoted name.
    'Conference room "Grace Hopper" has the projector.',
    "the meeting is in the ada lovelace room",
    "Tickets for Suzanne Lenglen court are sold out.",
    "Court Simonne-Mathieu has a new roof.",
    "Frida Kahlo studio is open on Sunday.",
    "Lecture in Aula Max Weber at 10.",
    "Visit the Schiller-Haus Literaturmuseum in Weimar.",
    # A book before its chapter and verse, or after "Surah".
    "Wedding readings\nFirst reading: Ruth 3:11. Second reading: John 15:12. Also Timothy 4:12.",
    "Bible study\nWeek 1: Daniel 6:10\nWeek 2: Jonah 2:9\nWeek 3: Micah 6:8\nWeek 4: Luke 2:52",
    "Sermon notes: Peter 5:7 and James 4:8.",
    "Evening study: Surah Yusuf 12:111, then Surah Maryam 19:1.",
    # Laws and alerts named after someone.
    "Lucy's Law bans third-party puppy sales.",
    "Under Finn's Law, attacking a police dog is a crime.",
    "An Ashanti Alert covers missing adults.",
    "Policy notes: Lucy's Law, Finn's Law and Helen's Law all passed after campaigns.",
    # A product's limits.
    "Spec sheet\nMax height 2 m. Max load 150 kg. Min temp -20 °C. Max speed 25 km/h.",
    "Max. Load: 150 kg",
]
PEOPLE_IN_THOSE_FRAMES = [
    ("My neighbour Lionel Street-Smith keeps texting my daughter.", "Lionel Street-Smith"),
    ("She lives with Victor Hugo Mendes and his mother on Lionel Street.", "Victor Hugo Mendes"),
    ("The caller, Lionel Street, phoned twice.", "Lionel Street"),
    ("Nathan Lane called the hotline twice.", "Nathan Lane"),
    ("Kayla Way is my best friend and she is 13.", "Kayla Way"),
    ("My stepdad Via Lopez hits me.", "Via Lopez"),
    ("Her friend Rue Bennett came over.", "Rue Bennett"),
    ("We sent the parcel via Maria Lopez.", "Maria Lopez"),
    ("Maria Lopez court date is on Monday.", "Maria Lopez"),
    ("Isaiah, 9, goes to the Lincoln Room club.", "Isaiah"),
    ("Ruth, 14, said the man followed her home.", "Ruth"),
    ("My son visits John 3 times a week after school.", "John"),
    ("Meeting with James 14:00-15:00 about the custody case.", "James"),
    ("Megan's phone was taken by her coach.", "Megan"),
    ("Sarah's Law degree starts in September, her dad said.", "Sarah"),
    ("Amber Alexander, 12, is missing.", "Amber Alexander"),
    ("Max, 15, ran away on Friday.", "Max"),
    ("Max said he would pick her up at 6.", "Max"),
    ("Max weighs 31 kg and is small for his age.", "Max"),
    ("Max lost weight 3 times this year, his mum says.", "Max"),
    ("Suspect identified as Av. Edaviye Şensoy Arsoy, date of birth 1954-01-09.", "Edaviye Şensoy Arsoy"),
]


@pytest.mark.parametrize("text", NAMED_FOR_SOMEONE)
def test_streets_venues_scripture_laws_and_limits_are_not_people(detector: TextDetector, text: str) -> None:
    found = [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
    assert found == []


@pytest.mark.parametrize(("text", "value"), PEOPLE_IN_THOSE_FRAMES)
def test_people_in_street_venue_book_law_and_limit_frames(detector: TextDetector, text: str, value: str) -> None:
    assert _covered(detector, text, value), [text[s.start : s.end] for s in detector.detect([text])[0]]


def test_a_designer_named_max_is_not_spread_to_the_limits(detector: TextDetector) -> None:
    # The person found is propagated to every "Max" of the text, but not to a product's limits.
    text = "Cargo bike\nMax. load: 200 kg | Max speed: 25 km/h | Max rider weight 120 kg\nDesigned by Max Keller."
    found = [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
    assert found == ["Max Keller"], found
