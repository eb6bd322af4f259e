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
        # After "my" and an app's name, a lower-case word no dictionary holds; other languages' possessives
        ("follow my ig theroguegoblin and i'll send u money", {"theroguegoblin"}),
        ("no lol. meu insta é xXlarissaXx", {"xXlarissaXx"}),
        ("mi tiktok es lunita_22", {"lunita_22"}),
        ("Descrizione: profilo ivan.bel89, dice di abitare a Bellinzona", {"ivan.bel89"}),  # "profile" in Italian
        # A handle before the platform's user id; a payment app's cashtag; an app's package is no handle
        ("Roblox | com.roblox.client | 18.16.157 | oguzhan.blaze2014 (uid 462545061)", {"oguzhan.blaze2014"}),
        ("Wizz: xgamernovax (uid 186826540)", {"xgamernovax"}),
        ('memos like "pics". Cash App $cashtag WolfFairy841. The subject', {"WolfFairy841"}),
        ("sent via Cash App to $WolfFairy841 yesterday", {"WolfFairy841"}),
        # A record's key for whose handle it is: JSON, key=value, a CSV's "reported_user" column, an XML element
        ('{"custom_fields": {"reported_username": "kittybrodie2007", "victim_age": "12"}}', {"kittybrodie2007"}),
        ("Custom fields: affected_user=kittypixel | country=FR", {"kittypixel"}),
        (
            "ticket,reported_user,holder_name\n73794,pixelmaximilianxx,Max Becker\n15429,official.declan,D Tremblay",
            {"pixelmaximilianxx", "official.declan"},
        ),
        (
            "<account>\n  <handle>shadowtoxic</handle>\n  <holder>Jayden Fitzgerald</holder>\n</account>",
            {"shadowtoxic"},
        ),
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
        # "my user name is" in Spanish and German
        ("agrégame, mi usuario es its_mele_boo", {"its_mele_boo"}),
        ("mein benutzername ist wolf_kid09 ok", {"wolf_kid09"}),
        # After what people do to each other on a platform, a word with a handle's digits or separators
        ("AutoMod blocked a message from yeet__fox: hi", {"yeet__fox"}),
        # A chat export's member list, and accounts under a log's keys (a numeric platform ID too)
        ("Members: baby_9714, shadow.yeet, frostsilent2006\n\nshadow.yeet\nhi", {"baby_9714", "shadow.yeet"}),
        ("ts=2025-12-09T17:30Z level=info uid=7082355395 peer=xX_ReaperStar_Xx", {"7082355395", "xX_ReaperStar_Xx"}),
        ("Speaker identified as onyx.neon2012 states he is 24", {"onyx.neon2012"}),
        ("The user contacted glitchhex5, whose profile says 15", {"glitchhex5"}),
        ("He DMed kitty.pr0 again last night", {"kitty.pr0"}),
        # A reported player or streamer, and Reddit's u/ prefix (kept with the name).
        ("Reported player: xX_DarkSlayer_Xx (ID 88213344)", {"xX_DarkSlayer_Xx"}),
        ("Reported account: u/throwaway_8812 on reddit", {"u/throwaway_8812"}),
        ('{"handle": "kenji_k", "username": "string"}', {"kenji_k"}),  # a key's quotes; a schema's stand-in
        # Staff logins in tickets and logs, after "checked by", "Author:", "Approved", "lease for".
        # A platform named in another language before the handle.
        ("תשלחי לי תמונה בטלגרם kay_2009 💀", {"kay_2009"}),
        ("「LINE教えて→ yui.chan22」", {"yui.chan22"}),
        ("加我微信 leo_wx88 吧", {"leo_wx88"}),
        ("скинь фотку в телегу dark_fox11", {"dark_fox11"}),
        ("카톡 아이디 minji_0412 추가해", {"minji_0412"}),
        ("The LINE 2 bus and QQ 3 quarter results", set()),
        ("Build ID: bld_7Hk2PqZx9, artifact: hotline-web-3.2.0.zip", set()),  # "line" inside "hotline"
        ("Donated by: Harrington & Cole. Agent: Thanks for calling.", set()),  # capitalised: no login
        ("Driving licence 606113775 checked by pkowalski.", {"pkowalski"}),
        ("new password set by j.smith2.", {"j.smith2"}),
        ("Case CASE-2023-09986 note by tlee4: caller said", {"tlee4"}),
        ("Author: ana_r. Token rotated.", {"ana_r"}),
        ("dhcp lease for m.okafor; port Gi1/0/23", {"m.okafor"}),
        ("built by v2.1, hosted by example.com, generated by main.py", set()),
        ("Blocked by ops_team and by svc_backup, set by admin, closed by the system", set()),
        ("Photo by unsplash, powered by wordpress, made by hand, signed by docusign", set()),
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
        # Where systems name an account: sshd, CEF's user fields, a JSON account id, a home folder in a crash report
        ("sshd[4982]: Failed password for invalid user cupkitty__ from 10.2.3.4 port 4217 ssh2", {"cupkitty__"}),
        ("sshd[4982]: Accepted publickey for amara.k from 10.2.3.4 port 4217", {"amara.k"}),
        ("CEF:0|Gw|7.5|331|Suspicious login|6|rt=1710409327000 suser=kaylee5283 src=10.2.3.4", {"kaylee5283"}),
        ('{"event":"geo_ping","account_id":82340313284,"loc":"2.7"}', {"82340313284"}),
        ("0   SafeReport   0x10773064a5db /Users/jannik/src/safereport/ChatView.swift:697", {"jannik"}),
        (r"at C:\Users\amara\AppData\Local\app.exe", {"amara"}),
        ("user_id,platform,last_ip\n196014221,android,10.1.2.3\n451751685,ios,10.1.2.4", {"196014221", "451751685"}),
        # A log's key after the normaliser blanked its underscore; an audit log's target column
        ("sshd[31883]: new device for account id=3013400655 device=CC32450A", {"3013400655"}),
        (
            "ts;actor;action;target;client\n2024-03-14 19:08:04;kauane2005@libero.it;view_report;boo4289;213.65.9.1:2\n"
            "2024-03-14 19:09:04;admin@example.org;update;settings;213.65.9.1:2",
            {"boo4289"},
        ),
        # A platform's name before the handle (a chess site), a message's act, "called" after the handle
        ("1. Tyler 11yrs — lichess: tyler_kitty32 — mum's no. 085 082 4065", {"tyler_kitty32"}),
        ('she got a msg from gamer_kitty81..."', {"gamer_kitty81"}),
        ("제 동생이 Discord에서 kitpixie__ 라는 guy랑 채팅했는데", {"kitpixie__"}),
        ("dark_wolf9 adlı hesap", {"dark_wolf9"}),
        # A handle in capitals and digits: speaking twice in a chat, after a cue, after "@"
        ("5t0y4n887: privki\nDRAGON2408: kto eto?\n5t0y4n887: menya zovut\nDRAGON2408: mne 11", {"DRAGON2408"}),
        ("Victim: Tavita (11)   Account: TOXIC7449", {"TOXIC7449"}),
        ("attributed 26/06/2023; handle @WOLF2614", {"@WOLF2614"}),
        # A handle in brackets after a name; after a platform's name and a gap
        ("Hello, my son Duarte (dark__frost) got this e-mail", {"dark__frost"}),
        ("my son Thibault (sk8drip27) got it", {"sk8drip27"}),
        ("Telegram  yanis__lil  (+33123467304)", {"yanis__lil"}),
        # The platform, a space and the handle; a handle before "on"/"from" a platform, letters only
        ("DM me on Snapchat wolfkitty52 or Telegram stormmoon.", {"wolfkitty52", "stormmoon"}),
        ("Accounts: Line the.real.tomasz, email on file", {"the.real.tomasz"}),
        ("Q: Who is angelwolf on Snapchat?", {"angelwolf"}),
        ("Told police he was meeting sk8r2007 from Facebook, aged 59.", {"sk8r2007"}),
    ],
)
def test_handles(recognizer, text: str, expected: set[str]) -> None:  # noqa: ANN001
    assert expected <= {v for v, _ in found(recognizer, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Meeting 10:30: agenda below\nBudget 11:00: review",  # an agenda's nouns before their times
        "TikTok (followed)  and more",  # a word in brackets after the platform
        "The Table (col_1) and the Cafe (open_daily).",  # a thing's word before the brackets
        '{"last_login": "2024-03-01T10:22:00", "user": "admin", "login": "success"}',  # a time, a default, a word
        # A traceback's exception before its colon, lines apart
        "  File \"app.py\", line 12, in run\n    x = f(a)\nKeyError: 'segment_15'\nruntime=python-3.11\n"
        "Traceback (most recent call last):\nValueError: bad value",
        # An audit log's action is no column header of handles ("ban_user" is a verb's)
        "time,actor,action,target\n2024-01-09 04:54,a@x.io,ban_user,settings\n2024-01-09 07:50,b@x.io,export_chat,",
        # A table's header of snake_case column names near words of online contact is no row of handles
        "first_name\tlast_name\ttown_city\tinstagram\tdevice_mac_\nSam\tLee\tLeeds\t\t\n",
        "cd /home/runner/work && ls /Users/Shared/",  # folders of no one in particular
        # A record's keys and values, near the word "chat": the key says what the value is
        '{"ts":"2024-11-18T12:53:09Z","event":"chat_started","app_ver":"3.7.2","build":"109bb8a"}',
        # A form's fields above a stamped chat: the lines without a stamp are no one's messages
        "=== Pre-chat form ===\nTopic: someone online\nPre-chat: yes\n"
        "[13:01] Counsellor: hi, what's up?\n[13:02] Counsellor: are you there?",
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
        # An agenda's sessions at their times, a schema's field names, a tool or a host after an act
        "12:37  Workshop: building a report flow\n16:36  Breakout: supporting young people",
        "field | type\ncreated_at | string | RFC 3339 timestamp\nupdated_at | string | RFC 3339",
        "imported from python3 and node_modules",
        "Members: Alice, Bob",  # names, not handles: the name recognizers'
        "user_id=42 build=1.2.3",  # too short for an account's number
        "messages from build_42 were dropped",
        "a request from api.example.com timed out",
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
        "ts;actor;action;target;client\n2024-03-14;admin@example.org;update;settings;10.0.0.1",  # a setting's word
        "a text from my aunt today",
        "SERVER01: up\nSERVER02: down\nACME2024: ok",  # numbered items and a code, each speaking once
        "thanks to contributors: fixed the crash when the locale is tr_TR or de_DE.UTF-8",  # locales
        "my account stopped working",
        # after "my" and an app's name, a word of English is what happened to it
        "my insta stopped working lol",
        "my discord account got banned",
        "my snap pics were leaked",
        # A template's slots (nineteenth session): the names inside braces are placeholders.
        "Kind regards,\n{agent_name}\n{team_name} | Ticket {{ticket.id}}",
        "It costs $20 via Cash App, $5 fee.",
        "Installed: com.roblox.client, org.telegram.messenger and app.wizz",
        # A platform's own words and products after its name; a person's name before "on" a platform
        "Join our Discord server or follow TikTok videos, Snapchat Streaks. Steam Deck, Xbox 360, Line manager.",
        "recorded on a Zoom H4n or Epic v2.",
        "He talked to maria on instagram",
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


_DIGEST = "70a3bad40e2a41c5a7f0e4d9e1b0c3f2a5d6e7f8091a2b3c4d5e6f708192a3b4"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hash or checksum algorithm's name before a colon and a hex digest names the digest, no one's account;
        # near words of online contact ("discord", "chat", "server") it is still no handle, nor is the digest.
        (
            '[[package]]\nname = "discord-py"\nfiles = [\n    {file = "discord.py-2.3.2.tar.gz", hash = "sha256:'
            + _DIGEST
            + '"},\n]\n# requirements.txt\ndiscord-py==2.3.2 \\\n    --hash=sha256:'
            + _DIGEST,
            set(),
        ),
        ("pull the chat server image sha256:" + _DIGEST, set()),
        ("sha224:d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f from the discord cdn", set()),
        ("game_patch.zip xxh64:ef46db3751d8e999 crc32:cbf43926 (server backup)", set()),
        ("chat archive sha512 = " + _DIGEST + _DIGEST, set()),
        # A handle beside a digest is still one.
        ("her discord is jake_99, the file's sha256:" + _DIGEST, {"jake_99"}),
        ("snap: crc_32kid\nsha384: " + _DIGEST[:48], {"crc_32kid"}),
    ],
)
def test_digest_algorithms_are_no_handles(recognizer, text: str, expected: set[str]) -> None:  # noqa: ANN001
    assert {v for v, _ in found(recognizer, text)} == expected


def test_a_display_name_in_words_yields_to_a_persons_name(recognizer) -> None:  # noqa: ANN001
    # Still covered as a handle, but below a name recognizer's PERSON finding, which wins there: a profile shows a
    # name in words ("Efua Asante"); a display name with a handle's shape stays a handle at full score.
    words = {v: s for v, s in found(recognizer, '{"displayName": "Efua Asante", "screenName": "efua.asa"}')}
    assert words["Efua"] < 0.6 <= words["efua.asa"]
    assert found(recognizer, "Display name: xXshadowXx")[0][1] >= 0.85
