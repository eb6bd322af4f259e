"""ChatAuthorRecognizer: the author of each message of a pasted chat export, in the place each app puts it; a
display name is a PERSON, a handle a USERNAME. All names and handles are invented."""

from __future__ import annotations

import pytest

from .conftest import load_recognizer


@pytest.fixture(scope="module")
def recognizer():  # noqa: ANN201
    return load_recognizer("chat_author")


def authors(recognizer, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    results = recognizer.analyze(text, ["PERSON", "USERNAME"], None)
    return [(r.entity_type, text[r.start : r.end]) for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # WhatsApp on iOS; an emoji after the name stays out of the span
            "[29/10/2025, 21:18:14] Tomasa Quiroga: tengo 14 años\n[29/10/2025, 21:22:13] Ilse 💕: nahhh",
            [("PERSON", "Tomasa Quiroga"), ("PERSON", "Ilse")],
        ),
        (  # WhatsApp on Android, a handle among the authors
            "11/09/2025, 11:28 - Oskari: omg\n11/09/2025, 11:30 - gh0st_pine: lol",
            [("PERSON", "Oskari"), ("USERNAME", "gh0st_pine")],
        ),
        ("08:04\tNanna\t我的手机号\n08:06\t强 🖤\t哈哈哈", [("PERSON", "Nanna"), ("PERSON", "强")]),  # LINE
        (  # KakaoTalk
            "2025년 11월 11일 오후 2:18, 서준 : 나 수원시 살아\n2025년 11월 11일 오후 2:19, 하은 : ㅋㅋ",
            [("PERSON", "서준"), ("PERSON", "하은")],
        ),
        ("Zeynep, [01.07.25 17:07]\nistg\n\nOğuz, [01.07.25 17:08]\nsame", [("PERSON", "Zeynep"), ("PERSON", "Oğuz")]),
        ("子豪 2026-02-15 21:13:21\nok\n\nMegan 2025-12-22 19:06:17\nbored", [("PERSON", "子豪"), ("PERSON", "Megan")]),
        (  # Discord
            "Jericho 💕 - Yesterday at 8:12 PM\nhi\nEnzo 👑 — 11/14/2025 10:58 PM\nbora",
            [("PERSON", "Jericho"), ("PERSON", "Enzo")],
        ),
        (  # a pipe-separated export
            "Aug 01, 2025 16:29 | Wiktoria | hey\nAug 01, 2025 16:34 | Софія Шевченко | who",
            [("PERSON", "Wiktoria"), ("PERSON", "Софія Шевченко")],
        ),
        (  # Snapchat: the author alone on a line after a blank one; "ME" is the exporter
            "NNAMDI 🍓\nwiif pw\n\nNIKAU\nmy bday\n\nME\nwe moved\n\nNIKAU\nbored",
            [("PERSON", "NNAMDI"), ("PERSON", "NIKAU"), ("PERSON", "NIKAU")],
        ),
        (  # a chat exported as CSV
            'timestamp,speaker,message\n2024-03-14 19:16:00,sakura_x82,"hey"\n2024-03-14 19:16:37,Aylin,"Hi there"',
            [("USERNAME", "sakura_x82"), ("PERSON", "Aylin")],
        ),
        (  # staff speaking under their role, in the ways helplines' tools write it
            "2024-09-05T13:28:52Z Agent (Tevita): Welcome.\n9h02 Lotte [agent]: Which account was it?\n"
            "2024-06-27T08:06:08Z hotline-greta: Sorry!\nCounsellor Kwame: I'm here.\nCounsellor: Oyelaran",
            [
                ("PERSON", "Tevita"),
                ("PERSON", "Lotte"),
                ("PERSON", "greta"),
                ("PERSON", "Kwame"),
                ("PERSON", "Oyelaran"),
            ],
        ),
        (  # a recovered export: the author and the clock on their own line, the message indented below
            "Chat export (partially recovered)\ncherry__cherry (17:44)\n  ad me\nr41554149 (17:44)\n  who is this",
            [("USERNAME", "cherry__cherry"), ("USERNAME", "r41554149")],
        ),
        (  # a quoted export: the author, the clock and a bar
            "> cody__sn1per 20:29 | hi po\n> rommel__shadow 20:31 | hello po sino to",
            [("USERNAME", "cody__sn1per"), ("USERNAME", "rommel__shadow")],
        ),
        (  # a group chat copied with its clocks: a name with an initial, a handle
            "[16:43] Tui K: party at mine sat\n[16:44] mele_22: addy?\n[16:45] Tui K: later",
            [("PERSON", "Tui K"), ("USERNAME", "mele_22"), ("PERSON", "Tui K")],
        ),
        (  # one lower-case word that no name list holds is a handle
            "[21:08] frostboixx: haha same\n[21:16] tinyangel_54: ok",
            [("USERNAME", "frostboixx"), ("USERNAME", "tinyangel_54")],
        ),
        (  # a web chat's ISO stamps before each author
            "2024-01-09T07:36:13Z annika2221: i dont feel safe at home rn\n"
            "2024-01-09T07:37:41Z annika2221: im 13, at my aunts",
            [("USERNAME", "annika2221"), ("USERNAME", "annika2221")],
        ),
    ],
)
def test_authors_of_chat_exports(recognizer, text: str, expected: list[tuple[str, str]]) -> None:  # noqa: ANN001
    assert authors(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[29/10/2025, 21:18:14] Ana: one line is no export",
        "[29/10/2025, 21:18:14] You: sent\n[29/10/2025, 21:19:02] System: deleted",  # the app, not a person
        "11/09/2025, 11:28 - Mom: dinner\n11/09/2025, 11:30 - Mom: now",  # a contact's label of English words
        "Build 2025-12-22 19:06:17\nok\n\nDeploy 2025-12-22 19:07:17\nok",  # log lines: English words
        "Meeting notes\n10:30 agenda\n11:00 break",
        "[12:00:01] nginx: started\n[12:00:02] nginx: ready",  # a log's clock has seconds: a service, no author
        "[13:10] Visitor 8152: hi\n[13:11] Visitor 8152: are u there",  # a web chat's session label, no one's
        "SUMMARY\nThe child was seen.\n\nACTIONS\nCall school.\n\nNOTES\nNone.\n\nACTIONS\nmore",  # headings
        "Kowalski\nfirst line\n\nNowak\nsecond line",  # two heads, none repeated: no export
        "Agent Team: hello\nSupport: Please wait\nAgent (System): queued",  # a role's words, no name
        # A form's labels in capitals, a transcript's roles
        "NAME: Sam\nDOB: 2011-02-03\nADDRESS: 4 Oak St\nNAME: Jo",
        "INTERVIEWER: hello\nWITNESS: hi\nINTERVIEWER: ok\nWITNESS: yes",
        # A location history's rows: a date opens each, nobody's handle
        "2025-06-02 21:02 | 60.676159,17.134784 | 393 | GPS | Gavle\n2025-08-28 11:56 | 60.653681,17.119772 | 5 | Cell",
    ],
)
def test_no_author(recognizer, text: str) -> None:  # noqa: ANN001
    assert authors(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a web chat's ISO stamps, then a message of words
            "2024-03-31T19:52:00Z jake_99: hey u there\n2024-03-31T19:53:10Z kayla: hi",
            [("USERNAME", "jake_99"), ("PERSON", "kayla")],
        ),
        ("[12:01] kayla: hi\n[12:02] jake_99: hey u there", [("PERSON", "kayla"), ("USERNAME", "jake_99")]),
        (  # a CSV export whose header names its message column: a count beside the message changes nothing
            'time,user,message,likes\n2025-01-02 08:00:00,jake_99,hey u there,0\n2025-01-02 08:01:00,kayla,"hi, wyd",2',
            [("USERNAME", "jake_99"), ("PERSON", "kayla")],
        ),
        (  # no header: most rows carry words after the author, so a reply that is a number is a message too
            '2025-01-02 08:00:00,jake_99,"hey u there"\n2025-01-02 08:01:00,kayla,"15"\n'
            '2025-01-02 08:02:00,jake_99,"ok"',
            [("USERNAME", "jake_99"), ("PERSON", "kayla"), ("USERNAME", "jake_99")],
        ),
        (  # an audit log: the header names the column of accounts, whatever the other cells hold
            "ts | user | action | ip\n2024-05-14 09:15:00 | nzebari25 | PRINT chronology | 200.1.2.3\n"
            "2024-05-14 15:14:00 | aboateng15 | EDIT case note | 188.2.3.4",
            [("USERNAME", "nzebari25"), ("USERNAME", "aboateng15")],
        ),
    ],
)
def test_chats_beside_tables_still_found(recognizer, text: str, expected: list[tuple[str, str]]) -> None:  # noqa: ANN001
    assert authors(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Telemetry and logs exported as CSV: after the stamp a device's code, then numbers and codes, no message.
        "time,device,temp,hum,batt\n2025-01-02 08:00:00,gw-17a,21.4,40.2,3.31\n"
        "2025-01-02 08:05:00,gw-17b,21.6,40.0,3.30",
        "2025-01-02T08:00:00Z,meter_04,231.2,4.97,OK\n2025-01-02T08:01:00Z,meter_05,230.8,5.01,OK",
        "08:00\tpump_3\t4.2\t1013\tA1\n08:05\tpump_4\t4.1\t1012\tA1",  # tab-separated, as LINE's export is
        # Words in the cells, but under a header with as many cells and no message column: a table.
        "timestamp,host,state,zone\n2025-01-02 08:00:00,edge-01,online,eu\n2025-01-02 08:01:00,edge-02,offline,us",
    ],
)
def test_table_rows_are_no_chat(recognizer, text: str) -> None:  # noqa: ANN001
    assert authors(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A phone's screenshot as OCR reads it (nineteenth session): the title bar's contact, the senders above
        # their messages beside the owner's "ME".
        ("9:41 ◀ 📶 16%\n< 김하은  🔍 ≡\n\n오늘\n안녕  오후 3:04", [("PERSON", "김하은")]),
        ("21:07  LTE 48%\n< dan_the_man99  📞 ≡\nhey  21:01", [("USERNAME", "dan_the_man99")]),
        (
            "4G 22:32\nCALLUM\nhey u up?\nME\nok\nCALLUM\nhow old r u again?\nME\n13",
            [("PERSON", "CALLUM"), ("PERSON", "CALLUM")],
        ),
    ],
)
def test_screenshot_speakers(recognizer, text: str, expected: list[tuple[str, str]]) -> None:  # noqa: ANN001
    assert authors(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "< Chat  🔍 ≡\nTODAY\nhello\nTODAY\nME\nhi",  # the app's words and a heading, twice
        "< Back to results\nREPORT\nsummary\nREPORT\nend",  # capitals twice, but no owner's side
    ],
)
def test_no_screenshot_speakers(recognizer, text: str) -> None:  # noqa: ANN001
    assert authors(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A transcript's speaker in capitals: after a title, or speaking twice where a role speaks too
        ("it says she is 15.\nDC HALL: Interview suspended at 14:52.", ["HALL"]),
        (" 1   BY MS. BROWN:\n 2   Q.   Would you state your full name?", ["BROWN"]),
        (
            "INTERVIEWER: How old are you?\nAALIYAH: 12. Nearly 13.\nINTERVIEWER: Who do you live with?\n"
            "AALIYAH: My mum.",
            ["AALIYAH", "AALIYAH"],
        ),
    ],
)
def test_transcript_speakers(recognizer, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert [v for _, v in authors(recognizer, text)] == expected


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        (  # a livestream's chat with badges, AutoMod's held message, a moderator's decision and command
            "[10:00:12] xXRogueLynxXx: first time here hi :skull:\n"
            "[10:00:26] [MOD] Night_Otter_90: hes cracked LUL\n"
            "[10:01:04] [SUB 12] venraven9: bro that was insane :sob:\n"
            '[13:52:46] [AutoMod] HELD message from xXjohanXx (reason: identity): "text me"\n'
            "[05:36:50] [Mod] ghopanda8 denied\n"
            "[16:37:56] [MOD] StormTiger714: /timeout turtiger6 600",
            ["xXRogueLynxXx", "Night_Otter_90", "venraven9", "xXjohanXx", "ghopanda8", "StormTiger714", "turtiger6"],
        ),
        (  # a voice chat's speech-to-text, speakers diarised
            "00:01:20  SPK1 [harvey859]: i'm thirteen uh  (conf 0.85)\n00:01:35  SPK2 [rogue_bunny]: no way me too",
            ["harvey859", "rogue_bunny"],
        ),
        (
            "<00:00:18> bladragon8 >> hey how old are ya\n<00:00:31> tremblaym_official >> im eleven",
            ["bladragon8", "tremblaym_official"],
        ),
        (  # a raw IRC capture: the display name and the prefix's nick, user and host
            "# raw IRC capture\n@badge-info=;display-name=silentkitty724 :silentkitty724!silentkitty724@silentkitty724"
            ".tmi.twitch.tv PRIVMSG #lofi :where u live",
            ["silentkitty724"] * 4,
        ),
        (
            "LIVE replay - viewers peak 1844\n24:47 silgoblin1 joined\n25:20 thehyperwolf joined",
            ["silgoblin1", "thehyperwolf"],
        ),
    ],
)
def test_a_streams_chatters_and_moderation_events(recognizer, text: str, handles: list[str]) -> None:  # noqa: ANN001
    assert sorted(v for e, v in authors(recognizer, text) if e == "USERNAME") == sorted(handles)


def test_a_server_logs_clock_and_process_is_no_stream_chat(recognizer) -> None:  # noqa: ANN001
    assert authors(recognizer, "[12:00:01] nginx: started\n[12:00:02] postgres: ready") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a report quotes the messages: speakers take turns, no clocks
            "Nachrichten (Auszug):\n  MORITZ: selam güzelim, kaç yaşındasın?\n  BÜŞRA: 13, warum?\n"
            "  MORITZ: egal, schreib mir auf WhatsApp\n  BÜŞRA: ok",
            ["MORITZ", "BÜŞRA", "MORITZ", "BÜŞRA"],
        ),
        (
            "Messages :\n  Théo : salut\n  Manon : 13 ans\n  Théo : c'est pas grave.\n  Manon : ok",
            ["Théo", "Manon"] * 2,
        ),
        # a form's labels, each once, and an agenda's, are no dialogue
        ("Name: John Smith\nAddress: 12 High St\nPhone: 0161 555 0101\nNote: call back", []),
        ("Agenda:\nNote: first item\nAction: review\nNote: second item\nAction: close", []),
    ],
)
def test_a_quoted_dialogues_speakers(recognizer, text: str, names: list[str]) -> None:  # noqa: ANN001
    assert sorted(v for _, v in authors(recognizer, text)) == sorted(names)


def test_captions_with_a_minutes_clock_name_their_speakers(recognizer) -> None:  # noqa: ANN001
    text = (
        "Discord voice - auto captions (beta)\n\n30:30 NEHA: is anyone else on mic\n31:02 ANKIT: im here. how old r u\n"
        "31:40 NEHA: 14, nearly 15"
    )
    assert [v for _, v in authors(recognizer, text)] == ["NEHA", "ANKIT", "NEHA"]


def test_a_catalogues_repeated_fields_are_no_dialogue(recognizer) -> None:  # noqa: ANN001
    record = "Object: bowl\nMaterial: stoneware\nDimensions: 36.0 x 42.9 cm\nMaker: unknown workshop\nAcquired: 1958\n"
    assert authors(recognizer, record * 3) == []
