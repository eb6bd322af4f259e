"""UsernameRecognizer, called directly: chat speakers, handles typed alone, and the older lead-word forms."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("UsernameRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("moon_kid: u up?\nxx.raven: ya\nmoon_kid: send pic", {"moon_kid", "xx.raven"}),
        ("[21:02] darkstar_11: hey\n[21:03] Admin: welcome", {"darkstar_11"}),
        # A department speaking in a chat is no handle (issue 12); the person beside it is.
        (
            "[10:02] ops_kim: seen the lamps?\n[10:03] Facilities: in the basement\n[10:05] Facilities: shelf 4",
            {"ops_kim"},
        ),
        ("[10:02] Pixie: hi\n[10:03] GhostRider: yo\n[10:04] Security: door 3 is locked", {"Pixie", "GhostRider"}),
        ("<pixie.lee> hi\n<tm_2009> who is this", {"pixie.lee", "tm_2009"}),
        ("9:41 PM - jjx: where r u\n9:42 PM - kay22: home", {"jjx", "kay22"}),
        ("[dm] owl_eyes: who is this\n[dm] Support: hello", {"owl_eyes"}),
        ("ok add me: frostbyte_9", {"frostbyte_9"}),
        # A reported player or streamer, and Reddit's u/ prefix (kept with the name).
        ("Reported player: xX_DarkSlayer_Xx (ID 88213344)", {"xX_DarkSlayer_Xx"}),
        ("Reported account: u/throwaway_8812 on reddit", {"u/throwaway_8812"}),
        ('{"handle": "kenji_k", "username": "string"}', {"kenji_k"}),  # a key's quotes; a schema's stand-in
        ("Player 2 scored twice; the player of the match was Smith.", set()),
        ("See u/ for details; the file is in src/u/main.py", set()),
        ("my login is rio2010 and my pw is on the note", {"rio2010"}),
        ("my snap is lil.mango", {"lil.mango"}),
        ("hmu on insta its sk8rgrl", {"sk8rgrl"}),
        ("follow me at @dawn.patrol", {"@dawn.patrol"}),
        ("add me on discord: quietfox#0427", {"quietfox#0427"}),
        # Chat lines in other notations: quoted, bulleted, bold, time after the handle, a dash for the colon.
        ("> ghost_rider: hey\n> pixie: hi", {"ghost_rider", "pixie"}),
        ("- ghost_rider: hey\n- pixie: hi", {"ghost_rider", "pixie"}),
        ("**ghost_rider**: hey\n**pixie**: hi", {"ghost_rider", "pixie"}),
        ("ghost_rider [12:03]: hey\npixie [12:04]: hi", {"ghost_rider", "pixie"}),
        ("ghost_rider - hey\npixie - hi", {"ghost_rider", "pixie"}),
        # A capitalised speaker in a chat that has a handle-shaped one.
        ("Pixie: hey\nGhostRider: hi\nPixie: sup", {"Pixie", "GhostRider"}),
        # The speakers' handles wherever else the chat names them.
        ("ghost_rider: hey\npixie: did ghost_rider add u", {"ghost_rider", "pixie"}),
        ("Username | jk_2010", {"jk_2010"}),
        ("her login: jenny_k", {"jenny_k"}),
        ("Login ID: jsmith42", {"jsmith42"}),
        # A name phrase or a platform typed in lower case before a handle.
        ("a user called xXdarkXx", {"xXdarkXx"}),
        ("known online as shadowfox", {"shadowfox"}),
        ("on Roblox under the name shadowfox", {"shadowfox"}),
        ("her discord is nightowl", {"nightowl"}),
        ("Discord: nightowl#4821", {"nightowl#4821"}),
        ("snap: kayleeb", {"kayleeb"}),
        # A phrase between the lead and "is": the forum, the app
        ("My username on the forum is darkstar_88 and he keeps messaging me.", {"darkstar_88"}),
        ("his user name for the app: kay.lee", {"kay.lee"}),
        ("Snapchat - kay.lee22", {"kay.lee22"}),
        # Hyphens inside a handle ("@prateek-dagar" of GitHub): the whole handle, not "@prateek" and a readable rest.
        ("thanks to @BoboTiG, @prateek-dagar and @Om-singhaI", {"@BoboTiG", "@prateek-dagar", "@Om-singhaI"}),
        # Chat exports that stamp the date too, before or after the speaker (Discord, Slack, WhatsApp).
        ("2024-03-02 14:22:05 skater_jo: hey\n2024-03-02 14:23:10 mia.w: who is this", {"skater_jo", "mia.w"}),
        ("02/03/2024, 14:22 - skaterjo: hey\n02/03/2024, 14:23 - miaw: hi", {"skaterjo", "miaw"}),
        ("skater_jo 2024-03-02 14:22:05: hey\nmia.w 2024-03-02 14:23:10: hi who is this", {"skater_jo", "mia.w"}),
        ("skaterjo 14:22: hey u there\nmiaw 14:23: who is this", {"skaterjo", "miaw"}),
        # A pasted table's handle column, whatever separates its cells.
        ("member,handle,joined\nAna R.,@mia_x99,2024-03\nTom K.,skaterboi,2024-04", {"@mia_x99", "skaterboi"}),
        ("id;username;pin\n4411;mia_x;2580", {"mia_x"}),
        # Whose handle the header says first, quoted cells, a platform's name in a row under the header.
        (
            '"case_id","child_username","offender_username","platform"\n"1001","mia_x99","dark_knight77","Roblox"',
            {"mia_x99", "dark_knight77"},
        ),
        ("case_id,school_login,platform\n1001,mia_x99,Roblox\n1002,lilyrose,Discord", {"mia_x99", "lilyrose"}),
        # Whose account, then on what: "my insta login its …", "her snap username is …".
        ("he made me give him my insta login its mia.rose.07", {"mia.rose.07"}),
        ("her snap username is lil.bee_22", {"lil.bee_22"}),
        ("his xbox is dr4g0nslayer", {"dr4g0nslayer"}),
        # A handle's shape near a word of online contact, no label before it.
        ("he messaged from xX_sniper_Xx last night", {"xX_sniper_Xx"}),
        ("the account that sent it was ghost.rider.22", {"ghost.rider.22"}),
        ("hes on discord as nightfox#2231", {"nightfox#2231"}),
        ("he added her as friend, tag is RavenClaw88", {"RavenClaw88"}),
    ],
)
def test_handles(recognizer, text: str, expected: set[str]) -> None:  # noqa: ANN001
    assert expected <= {v for v, _ in found(recognizer, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Meeting 10:30: agenda below\nBudget 11:00: review",  # an agenda's nouns before their times
        "Phone: 555-0134\nE-mail: someone@example.org",
        "Subject: schedule\nFrom: accounts payable",
        "Note: call back tomorrow",
        "add me back please",
        "Item TX-1656-X: Hugo Boss polo, size M",  # "X" ending a code is no platform (issue 12, look-alikes)
        "please transfer all funds from my account today",
        "when: 2024-05-01\nwhere: main hall",
        "[chat] kittenz: one line with a tag is no transcript",
        # Lists, logs and forms shaped like chats: codes, numbered items, status lines, repeated labels.
        "Q3: revenue up\nQ4: flat",
        "v2.1: fixed bug\nv2.2: new feature",
        "TODO: fix\nFIXME: later\nTODO: test",
        "ACME-1234: login bug\nACME-1235: crash",
        "SKU: AB-1234-XY\nISBN: 978-0-306-40615-7",
        "Node-7: up\nNode-8: down",
        "server01: ok\nserver02: degraded",
        "acme_corp: invoice sent\nglobex_inc: paid",
        "Input: 12\nOutput: 24\nInput: 13\nOutput: 26",
        "order_id: 12345\nsku_code: AB12",
        # Codes, numbers and words after a lead word.
        "account id 88123\nuser id 4471",
        "Grant ID: R01-MH123456",
        "Order ID: ORD_2024_118822",
        "Vendor account: northwind_traders",
        "Display name change requested",
        "my login stopped working",
        "Units @12.50 each, meeting @3pm",
        "see @here",
        "she is known as John",
        "snap: yes",
        "handled under the name Smith",
        # Issue 12: departments as chat speakers, a ledger code of words in capitals after "account".
        "[09:12] Facilities: boiler service done\n[09:14] IT: new switch in rack 2\n[09:20] Finance: batch posted",
        "Cost centre: 2210-WH, Sub-account: OPS-TRAVEL",
        "Release 1.4: fixed crash when the username field is empty; login page now supports SSO.",
        # "handle" the verb before a plural noun
        "it will intelligently handle paragraphs (defined by two empty lines)",
        "the client does not handle redirects or multipart uploads",
        # Technical prose: a format's or a tool's profile, a URN's parts, hyphenated words, built-in and service
        # accounts, a form's messages, code annotations, HTTP headers.
        "Specify whether your DASH profile is on-demand or main.",
        "the service signals urn:mpeg:dash:profile:isoff-main:2011 in the manifest",
        "This setting only takes effect when the MXF profile is OP1a.",
        "the account is read-only",
        "the conference profile is public-speakers",
        'set username="admin" and restart the service',
        "user: svc_backup runs the nightly job",
        "the username is required",
        "Add the @Override annotation and use @property for getters; see @param docs.",
        '@app.route("/") serves the index',
        "The API key is sent in the X-Api-Key header.",
        "Follow us @AcmeCorp on X and @acme.corp on Instagram for product news.",  # an organisation's own
        "our Instagram account is @acme_store",
        # What happened to an account, not its name.
        "their login was blocked yesterday",
        "user,last_login,status\nAnn,2024-03-01,active",  # when the login was, not a handle
        # Shapes near a word of online contact that are no one's handle: files, sites, versions, codes, words.
        "she posted report_final.pdf on the server",
        "the chat app runs v2.3.1 on build_2024",
        "messages go through support.example.com now",
        "we chatted, i.e. talked, online",
        "profile_id and account_status are the columns",
        "username,ip_address,asset_tag are the export's columns",
        "Build 2.7.1+sha.e3b0c442 deployed to the server",
        "her username is expiring",
        "my account stopped working",
    ],
)
def test_not_handles(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


def test_a_row_with_empty_cells_keeps_the_table(recognizer) -> None:  # noqa: ANN001
    # An empty last cell (a trailing tab) is a cell; a platform's name in the rows below is no header of handles.
    text = (
        "referral_date\tchild_username\toffender_username\tplatform\n"
        "2024-01-02\tmia_x\t\t\n"
        "2024-01-03\tlily_b\tdark_k\tKik\n"
        "2024-01-04\tsam_j\tnight_owl\tDiscord"
    )
    values = {v for v, _ in found(recognizer, text)}
    assert {"mia_x", "lily_b", "dark_k", "sam_j", "night_owl"} <= values
    assert not values & {"Kik", "Discord"}
