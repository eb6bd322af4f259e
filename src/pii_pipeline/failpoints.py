"""Named points where a test can kill the process (SIGKILL), to prove a crash leaves no partial output,
or run an action in this process (e.g. kill the source's server connection while a read is paused).

Set PII_PIPELINE_FAILPOINT=<name> to be killed there; `acting(name, action)` registers an in-process
action for the duration of a `with` block. With neither, a failpoint costs two dictionary lookups.

Points: source.open (the reader, before it opens its cursor), source.between_batches (the reader,
after each batch; context: connection), deidentify.mid_write, publish.before, publish.after_keys,
publish.after_replace, publish.after_state.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

ENV = "PII_PIPELINE_FAILPOINT"
_actions: dict[str, Callable[..., None]] = {}


def failpoint(name: str, **context: object) -> None:
    action = _actions.get(name)
    if action is not None:
        action(**context)
    wanted = os.environ.get(ENV)
    if wanted and wanted == name:  # unset never matches, whatever `name` is
        os.kill(os.getpid(), signal.SIGKILL)


@contextmanager
def acting(name: str, action: Callable[..., None]) -> Iterator[None]:
    """Call `action(**context)` each time the failpoint `name` is reached inside the block (tests only)."""
    if name in _actions:
        raise RuntimeError(f"failpoint {name} already has an action")
    _actions[name] = action
    try:
        yield
    finally:
        del _actions[name]
