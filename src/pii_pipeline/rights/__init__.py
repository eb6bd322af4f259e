"""People's rights over the analysts' copies: find one person's tokens everywhere, erase them, keep
them erased (suppression list), and purge what is older than the retention period.

It reads and rewrites the published Parquet only, never the stores; values live in memory just long
enough to become tokens, and no value is written anywhere (the audit log holds a hash of the query).
"""
