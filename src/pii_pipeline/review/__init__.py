"""Reviewed decisions: security staff's false positives, confirmations and pinned classifications."""

from .apply import (
    AppliedDecision,
    apply_to_decisions,
    count_ignored,
    finding_allowed,
    load_reviewed,
    read_applied,
    screen_findings,
    write_applied,
)
from .models import ColumnAllow, Confirmed, Reviewed, ReviewedPin, ReviewError, ValueAllow
from .session import TableReview

__all__ = [
    "AppliedDecision",
    "ColumnAllow",
    "Confirmed",
    "ReviewError",
    "Reviewed",
    "ReviewedPin",
    "TableReview",
    "ValueAllow",
    "apply_to_decisions",
    "count_ignored",
    "finding_allowed",
    "load_reviewed",
    "read_applied",
    "screen_findings",
    "write_applied",
]
