"""One-time set-up of an Airflow deployment for the pipelines (what `airflow-init` runs after
`airflow db migrate`): the pools the DAGs name, and the simple auth manager's password file.

    python -m pii_pipeline.orchestration.setup [--passwords-file FILE]

Pools: a task whose pool does not exist is never scheduled, so every pool the DAG factory names is
created here (existing pools keep the slots an operator gave them). Slot counts come from the
environment (`PII_PIPELINE_READ_SLOTS`, `PII_PIPELINE_DETECT_SLOTS`) or the defaults in `pools`.

Passwords: Airflow's simple auth manager reads users as `name:role` from
`[core] simple_auth_manager_users` and their passwords from a JSON file; a user missing from the
file gets a generated password printed to the api-server's log. Writing the file from
`AIRFLOW_ADMIN_PASSWORD` makes the documented login work as written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .pools import pool_slots


def ensure_pools(config_dir: Path | None = None, env: dict[str, str] | None = None) -> dict[str, int]:
    """Create the missing pools; returns every pool the DAGs need with its slot count."""
    from airflow.models.pool import Pool
    from airflow.utils.session import create_session

    wanted = pool_slots(config_dir, env)
    with create_session() as session:
        existing = {p.pool: p.slots for p in session.query(Pool).filter(Pool.pool.in_(list(wanted)))}
    for name, (slots, description) in wanted.items():
        if name not in existing:
            Pool.create_or_update_pool(name=name, slots=slots, description=description, include_deferred=False)
            existing[name] = slots
    return {name: existing[name] for name in wanted}


def write_passwords_file(path: Path, users: dict[str, str]) -> None:
    """The simple auth manager's JSON file (name -> password), owner-only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(users, fh)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passwords-file", type=Path, help="write the simple auth manager's password file here")
    parser.add_argument("--user", default="admin", help="user whose password is AIRFLOW_ADMIN_PASSWORD")
    args = parser.parse_args(argv)
    if args.passwords_file is not None:
        password = os.environ.get("AIRFLOW_ADMIN_PASSWORD")
        if not password:
            print("error: set AIRFLOW_ADMIN_PASSWORD to write the password file", file=sys.stderr)
            return 1
        write_passwords_file(args.passwords_file, {args.user: password})
        print(f"password file: {args.passwords_file} (user {args.user})")
    for name, slots in ensure_pools().items():
        print(f"pool {name}: {slots} slot(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
