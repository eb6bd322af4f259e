"""PersonForeignRecognizer: names in tips and chats written in Spanish, Portuguese, French, German, Italian, Dutch,
Polish, Turkish, Vietnamese, Tagalog, Indonesian or Romanian, after a kin or role word or a name-introducing phrase
(or before a cue that follows the name); the span is the name alone. All names are invented."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("PersonForeignRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mi hija chatea cada noche con un tal Evaristo en Instagram.", ["Evaristo"]),
        ("El vecino se llama Fulgencio Carmona y la espera en la parada.", ["Fulgencio Carmona"]),
        ("mi sobrina dice que un tal chuy le escribe", ["chuy"]),
        ("Minha filha fala com um homem chamado Adalberto.", ["Adalberto"]),
        ("O padrasto dela, Wanderley Bastos, grita com ela.", ["Wanderley Bastos"]),
        ("Ma fille parle avec un certain Anatole sur Snapchat.", ["Anatole"]),
        ("L'homme s'appelle Firmin Delacroix.", ["Firmin Delacroix"]),
        ("Meine Tochter schreibt mit einem Mann namens Reinhold.", ["Reinhold"]),
        ("Der Verdächtige Gernot Wälti hat sie angesprochen.", ["Gernot Wälti"]),
        ("Sie sagt, der Mann heißt Eckhard Pfister.", ["Eckhard Pfister"]),
        ("Mia figlia parla con un certo Rosario su TikTok.", ["Rosario"]),
        ("Il suo allenatore si chiama Ermanno Quaglia.", ["Ermanno Quaglia"]),
        ("Mijn dochter praat met een man die Ruud heet.", ["Ruud"]),
        ("Haar vriend Sjoerd van Beek stuurt haar berichten.", ["Sjoerd van Beek"]),
        ("Moja córka pisze z mężczyzną, który nazywa się Bogdan.", ["Bogdan"]),
        ("Kızım Instagram'da Orhan adında biriyle konuşuyor.", ["Orhan"]),
        ("Erkek arkadaşının adı Levent Aydın.", ["Levent Aydın"]),
        ("Con gái tôi nói chuyện với một người tên là Thịnh.", ["Thịnh"]),
        ("Ang anak ko ay kausap ang isang lalaking nagngangalang Jomar.", ["Jomar"]),
        ("Anak saya chatting dengan pria bernama Suharto.", ["Suharto"]),
        ("Fiica mea vorbește cu un bărbat pe nume Viorel.", ["Viorel"]),
        # a caller introducing herself
        ("Ich heiße Lukas und bin 14 Jahre alt.", ["Lukas"]),
        ("Je m'appelle Chloé, j'ai 15 ans.", ["Chloé"]),
        ("Mi chiamo Giulia e ho 12 anni.", ["Giulia"]),
        ("Nazywam się Zofia Kowalska.", ["Zofia Kowalska"]),
        ("Benim adım Elif.", ["Elif"]),
        ("Mein Name ist Jonas Becker.", ["Jonas Becker"]),
        ("Me chamo Ana Clara.", ["Ana Clara"]),
        ("Mă numesc Ioana.", ["Ioana"]),
    ],
)
def test_names_after_cues(recognizer, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert [v for v, _ in found(recognizer, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mi hija habla todas las noches por WhatsApp.",
        "mi hijo dice que tal vez no vaya mañana",
        "Ma fille parle avec un certain temps de retard.",
        "Das heißt, wir treffen uns am Montag.",
        # Another language's possessive after a German kin word: "im" is "in the" here, "Garten" a noun.
        "Mein Onkel im Garten hat gesagt, dass er kommt.",
        "Il m'appelle tous les jours.",
        "Bir adım daha attı.",
        "Meine Tochter geht gern zur Schule.",
        "Kızım Instagram'da çok vakit geçiriyor.",
        "Il nuovo regolamento entrerà in vigore il primo gennaio.",
        "The trainer asked the team to meet at noon.",
        "Our son loves the Paris museums.",
    ],
)
def test_no_name_after_cues(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The world's other Latin-script languages (`_latin_cues.WORLD_KIN`, `WORLD_NAME_CUES`): Swahili, Zulu,
        # Estonian, Slovak, Lithuanian, Malay, Kinyarwanda, Afrikaans, Hungarian, Icelandic.
        ("Kuna mvulana anaitwa Baraka, ana miaka 12.", ["Baraka"]),
        ("Igama lakhe ngu-Sipho Ndlovu, uhlala eThekwini.", ["Sipho Ndlovu"]),
        ("Minu vennatütar Kadri on 11-aastane.", ["Kadri"]),
        ("Volá sa Marek Horváth a píše jej každý večer.", ["Marek Horváth"]),
        ("Jo vardas Tomas Petrauskas, jis rašo vaikui.", ["Tomas Petrauskas"]),
        ("Anak saudara saya Nurul Huda berumur 10 tahun.", ["Nurul Huda"]),
        ("Umwana wanjye Keza afite imyaka 9.", ["Keza"]),
        ("Sy naam is Pieter van Wyk en hy woon naby die skool.", ["Pieter van Wyk"]),
        ("Segítség! Bence vagyok, a húgom 12 éves.", ["Bence"]),
        ("Hann heitir Gunnar Jónsson og skrifar henni.", ["Gunnar Jónsson"]),
    ],
)
def test_names_after_cues_of_other_languages(recognizer, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert [v for v, _ in found(recognizer, text)] == expected
