"""Named points where a test can kill the process (SIGKILL), to prove a crash leaves no partial output.

Set PII_PIPELINE_FAILPOINT=<name>; unset, a failpoint costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

ENV = "PII_PIPELINE_FAILPOINT"


def failpoint(name: str) -> None:
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
