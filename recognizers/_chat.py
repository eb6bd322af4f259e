"""The head of a pasted chat's line, shared by the recognizers that read replies: time stamps and the speaker.

Exports and copies write it many ways: "[12:03] mia_x: hi", "12:03 PM - mia_x: hi", "<mia_x> hi",
"2024-03-02 14:22:05 mia_x: hi" (Discord, Slack), "02/03/2024, 14:22 - mia_x: hi" (WhatsApp),
"mia_x 2024-03-02 14:22:05: hi", "mia_x (14:22): hi".
"""

DATE = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
# A stamp before the speaker: bracketed, or a clock with its date before it.
STAMP_BEFORE = r"(?:\[[^\]\n]{1,24}\][ \t]*|\(?(?:" + DATE + r",?[ \t]+|\d{4}-\d\d-\d\dT)?" + CLOCK + r"\)?[ \t]*)"
# A stamp after the speaker, before the colon: bracketed, or a clock with its date before it.
STAMP_AFTER = r"(?:[ \t]*[(\[][^)\]\n]{1,24}[)\]]|[ \t]+(?:" + DATE + r"[ \t]+)?" + CLOCK + r")"
# Everything before the message: marks, a stamp, a speaker (one or two words, or in angle brackets) and its colon.
LINE_HEAD = (
    r"[ \t\-*>]*(?:" + STAMP_BEFORE + r"[|\-–]?[ \t]*)?"
    r"(?:<[^>\n]{1,30}>|[\w.\-@#]{1,30}(?:[ \t][\w.\-@#]{1,20})??" + STAMP_AFTER + r"?[ \t]*[:>])?[ \t]*"
)
