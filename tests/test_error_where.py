"""What `describe` and `withheld` show of an exception, to the character: the type, the file, the byte offset
and our innermost frame; never the message. (mutmut found the formats and the frame choice unchecked.)"""

from __future__ import annotations

import traceback

from pii_pipeline.errors import PiiPipelineError, describe, where_of, withheld

HIDDEN = "(message withheld: it may quote data)"


def test_exact_forms_without_a_traceback() -> None:
    assert describe(ValueError("536-22-1947")) == f"ValueError {HIDDEN}"
    assert describe(FileNotFoundError(2, "gone", "/data/in.csv")) == f"FileNotFoundError {HIDDEN} file /data/in.csv"
    decode = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
    assert describe(decode) == f"UnicodeDecodeError {HIDDEN} byte 2"
    assert where_of(OSError(2, "gone", "")) == ""  # an empty file name names nothing
    assert where_of(OSError(2, "gone")) == ""


def test_withheld_names_where_and_keeps_the_original() -> None:
    original = KeyError("536-22-1947")
    replaced = withheld(original, "people.people: extract")
    assert str(replaced) == f"people.people: extract: KeyError {HIDDEN}"
    assert replaced.original is original and replaced.__cause__ is None
    with_file = withheld(PermissionError(13, "denied", "/k/key.json"), "keys")
    assert str(with_file) == f"keys: PermissionError {HIDDEN} file /k/key.json"


def test_the_innermost_frame_of_the_package_is_named() -> None:
    # describe(None) fails three of our frames deep (describe -> where_of -> _our_innermost_frame).
    try:
        describe(None)  # type: ignore[arg-type]
    except AttributeError as exc:
        failed = exc
    frames = [f for f in traceback.extract_tb(failed.__traceback__) if f.filename.endswith("pii_pipeline/errors.py")]
    assert len(frames) >= 3 and frames[0].name != frames[-1].name  # the innermost one is not the first one
    where = f"in pii_pipeline/errors.py:{frames[-1].lineno} {frames[-1].name}"
    assert where_of(failed) == where
    assert describe(failed) == f"AttributeError {HIDDEN} {where}"


def test_our_messages_are_shown_with_credentials_masked() -> None:
    error = PiiPipelineError("tips: cannot reach postgresql://app:s3cret@db:5432/tips?sslpassword=x&mode=1")
    assert describe(error) == "tips: cannot reach postgresql://app:***@db:5432/tips?sslpassword=***&mode=1"


def test_file_and_frame_together_are_comma_separated() -> None:
    # An OSError naming its file, raised while our code reads its input (resolve_overlaps consuming a generator).
    def spans():  # noqa: ANN202
        raise FileNotFoundError(2, "gone", "/data/in.csv")
        yield

    from pii_pipeline.detection.resolve import resolve_overlaps

    try:
        resolve_overlaps(spans())
    except FileNotFoundError as exc:
        failed = exc
    ours = [f for f in traceback.extract_tb(failed.__traceback__) if "pii_pipeline" in f.filename]
    where = f"in pii_pipeline/detection/resolve.py:{ours[-1].lineno} resolve_overlaps"
    assert describe(failed) == f"FileNotFoundError {HIDDEN} file /data/in.csv, {where}"


def test_a_byte_offset_is_named_for_decode_errors_only() -> None:
    class Positioned(ValueError):
        start = 7  # an attribute named like a decode error's offset does not make it one

    assert describe(Positioned("536-22-1947")) == f"Positioned {HIDDEN}"


def test_an_empty_secret_parameter_stays_empty() -> None:
    # Nothing to hide: no mask is shown where no secret was given.
    error = PiiPipelineError("tips: cannot reach postgresql://db/tips?password=&mode=1")
    assert describe(error) == "tips: cannot reach postgresql://db/tips?password=&mode=1"


def test_log_records_lose_their_credentials_and_are_all_passed_on() -> None:
    import logging

    from pii_pipeline.errors import CredentialFilter

    masker = CredentialFilter()
    secret = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "connect to %s", ("postgresql://app:s3cret@db/tips",), None
    )
    assert masker.filter(secret) is True
    assert secret.getMessage() == "connect to postgresql://app:***@db/tips"
    assert "s3cret" not in repr((secret.msg, secret.args))
    plain = logging.LogRecord("x", logging.INFO, __file__, 1, "read %d rows of %s", (3, "tips"), None)
    assert masker.filter(plain) is True
    assert (plain.msg, plain.args) == ("read %d rows of %s", (3, "tips"))  # untouched: lazy formatting kept
