"""PersonAddressedRecognizer, called directly: names in chat and speech from how people address and mention each
other, in any case; and the words in those places that are no name. Examples written for this file from the
categories of issue 12 (lower-case chat, voicemail transcripts), not taken from any corpus."""

from __future__ import annotations

import pytest

RECOGNIZER = "person_addressed"


@pytest.mark.parametrize(
    ("cue", "text", "expected"),
    [
        ("greeted", "@moon_kid22: hey priya u up? 🙏", "priya"),
        ("greeted", "thanks kofi and your phone number is", "kofi"),
        ("greeted", "@dark.king: happy early birthday leon 😡", "leon"),
        ("told", "ask for zara when u get there", "zara"),
        ("told", "i will send them to nikhil and everyone at school", "nikhil"),
        ("told", "found him rosa 💀 he lives near the park", "rosa"),
        ("told", "that's for ivy i'm 78 and i want to volunteer", "ivy"),  # a given name that is an English word
        ("told", "hi this is the school the girl is amara she is ten", "amara"),
        ("told", "please call back regarding the girl zara 11 years old", "zara"),
        ("told", "the mother rosa is 51 and the kids are 11 and 16", "rosa"),
        ("told", "one of my pupils leon age 7 disclosed something", "leon"),
        ("introduced", "allo c est léa moreau de lyon ma fille a 8 ans", "léa moreau"),
        ("introduced", "hallo hier ist anke müller aus bremen es geht um meine tochter", "anke müller"),
        ("introduced", "oi é rafaela silva de curitiba quero fazer uma denúncia", "rafaela silva"),
        # Another language's "I am", capitalised, in a text that is no chat
        ("introduced", "msg: salam, ana Salma, 3omri 14. ya3ni el moshkila enno", "Salma"),
        ("introduced", "hi mera naam Priya hai, meri umar 14 hai", "Priya"),
        ("name_age", "@kid: mateo 13 lives near me", "mateo"),
        ("name_age", "tendai, 14, from the estate", "tendai"),
        ("name_age", "kai3: kto eto?\nbeta9: pavlo, mne 12 🙂\nkai3: ok", "pavlo"),  # romanised Russian "I am 12"
        # romanised Russian, Hindi and Arabic: "my name is", "I am … (am)", "I am" opening a message, "friend of"
        ("introduced", "menya zovut Oksana, a tebya?", "Oksana"),
        ("introduced", "Pelakunya bernama AGUS SANTOSO, usia sekitar 31 tahun.", "AGUS SANTOSO"),  # Indonesian "named"
        ("introduced", "Jde o 12letou dívku jménem Bára. Jmenuje se Petr Novák.", "Petr Novák"),  # Czech
        ("introduced", "kai3: hii\nbeta9: mai Rohan hu, tanvi ka cousin", "Rohan"),
        ("relative_of", "kai3: hii\nbeta9: mai Rohan hu, tanvi ka cousin", "tanvi"),
        ("relative_of", "kai3: who\nbeta9: mai bol raha hu, ishaan bhai ka dost", "ishaan"),
        ("introduced_ana", "kai3: min inta?\nbeta9: ana Karim, sadi2 Nour", "Karim"),
        ("friend_of", "kai3: min inta?\nbeta9: ana Karim, sadi2 Nour", "Nour"),
        ("told", "> kai3 16:55 | im mates w chipo from the club\n> beta9 16:56 | ok", "chipo"),
        # A dictated note: a relative or a person seen, then an age or a birth date; a name spelt out
        ("kin_then_age", "uh mum losana is forty five and says she has asthma", "losana"),
        ("kin_then_age", "there's a man sione who's 30 or so and she thinks", "sione"),
        ("kin_then_age", "seen right tavita ioane dob 13 may 2022. and sibling sina aged 11", "tavita ioane"),
        ("kin_then_age", "surname is basically fifita that's f i f i t a mum's partner", "fifita"),
        ("spelt", "surname is basically fifita that's f i f i t a mum's partner", "f i f i t a"),
        # Introducing oneself; a speaker after a bare clock or a log's direction after its stamp makes a chat
        ("introduced_en", "2024-04-26 03:03:26 IN  its zixuan here\n2024-04-26 03:06:32 OUT Thanks zixuan", "zixuan"),
        ("introduced_en", "23:14 YP: hello?\n23:15 YP: im giannis btw\n23:19 C: ok", "giannis"),
        # A greeting before a capitalised name: in a chat, or a given name of the list anywhere
        ("greeted", "[09:25] kid: hi\n[09:26] kid: hola Ximena 😊", "Ximena"),
        ("greeted", "nathanmor85 — Today at 3:39 pm\nhey Olivia 😊 u up?", "Olivia"),
    ],
)
def test_finds(find, cue: str, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for _, v, _ in find(text)], cue


@pytest.mark.parametrize(
    "text",
    [
        "hey there, thanks again and hey guys",
        "tell me, ask for help, send it to support, thanks team",
        "the man was tall; the girl is sad; found him sleeping; the boy was crying",
        "thanks so much, regarding the refund, hello world, ask for directions",
        "the victim is ok, the suspect is unknown, the kid is fine, thanks everyone, hi all",
        "text me, dm me, happy birthday to you, cheers mate",
        "Hello Team, thanks Marketing; regarding the invoice INV-2231, ask for Ops",
        "Training slide 14 uses the Pythagorean theorem.",
        "Budget: KES 14 approved for keyboards",
        "Bought 3 vacuums and a kettle",
        "ask for London office support",
        # A report typed with its capitals is no chat: its names are the name model's to read.
        "Quarterly Report. Sales Rose In The North Region. thanks kofi for the figures.",
        "Donor (aged 80+) asked for large-print letters.",  # a short cased sentence; English words joined
        "This is ok. Ich bin Berlin-Fan",  # a town's word joined to another
        "Sono le 10. C'est Paris.",
        # romanised chat words after a greeting are no name ("ji" is respect, "otkuda" asks "from where")
        "kai3: hello ji\nbeta9: ty otkuda?",
        # a relation and its age with no name between
        "the man is tall and the boy is 12 years old so um yeah",
        # Outside a chat a capitalised word after a greeting is a name only when it is a listed given name
        "Hello Team, Hi Zendesk, thanks Ximena for the slides",
        "23:14 YP: im tired btw\n23:15 YP: its raining here",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_a_chat_word_after_the_name_is_not_its_surname(find) -> None:  # noqa: ANN001
    assert [v for _, v, _ in find("hey priya u up?")] == ["priya"]
