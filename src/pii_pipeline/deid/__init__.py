"""De-identification: policy, keys, keyed tokens, the column/text engine, and audited reveal."""

from .errors import KeyRingError, PolicyError, RevealError
from .keys import KeyRing, generate_key_file, keyring_from_airflow, keyring_from_env, load_keyring
from .policy import Policy, Rule, load_policy

__all__ = [
    "Deidentifier",
    "KeyRing",
    "KeyRingError",
    "Policy",
    "PolicyError",
    "RevealError",
    "Rule",
    "generate_key_file",
    "keyring_from_airflow",
    "keyring_from_env",
    "load_keyring",
    "load_policy",
]


def __getattr__(name: str):  # noqa: ANN202 - the engine pulls in pyarrow; import it only when asked
    if name == "Deidentifier":
        from .engine import Deidentifier

        return Deidentifier
    raise AttributeError(name)
