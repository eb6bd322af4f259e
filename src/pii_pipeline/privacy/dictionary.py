"""The data dictionary analysts read next to the Parquet: `parquet/<store>/<table>/_schema.json`, and
one HTML page for every table of an output root (`reports/dictionary.html`, linked from the index).

Per column: output type, kind (identifier, free_text, composite, clean, quasi_identifier), entity
types, the operator applied, what its tokens or markers mean, and which columns of other tables hold
tokens of the same type (join keys: the same value gives the same token in every store). No value,
no sample: names, types and rules only. Written when a partition is published (staged first, then
moved into place with `os.replace`), so it always describes the newest published schema.
"""

from __future__ import annotations

import html
import json
import os
from collections import defaultdict
from pathlib import Path

import pyarrow as pa

FILE_NAME = "_schema.json"
HTML_NAME = "dictionary.html"
TOKEN_OPERATORS = frozenset({"pseudonymize", "encrypt"})

MARKERS: dict[str, str] = {
    "tok_v<N>_<TYPE>_<26 letters/digits>": "keyed pseudonym (HMAC-SHA256, key version N) of the normalised value: "
    "the same value gives the same token in every store, table and run, so counts and joins work; one-way",
    "enc_v<N>_<TYPE>_<base64url>": "deterministic AES-SIV ciphertext: joins like tok_; security staff can reveal "
    "it (audited)",
    "<TYPE>, e.g. <CRIMINAL_HISTORY>": "a redacted value of that type; inside free text the sentence keeps its shape",
    "**** **** **** 1234": "masked: only the last characters kept",
    "[erased]": "a token removed on the person's erasure request (`subject erase`); later runs keep it erased",
    "null in a quasi-identifier": "suppressed so that every combination of quasi-identifiers is shared by min_k rows",
}
QI_MEANING = {
    "zip": "ZIP code, first three digits (HIPAA Safe Harbor; 000 for areas of 20,000 people or fewer); "
    "one digit when generalised further",
    "birth_year": "year of birth (int); the earliest year stands for that year or before (age 90 or older); "
    "rounded down to 5 or 10 years when generalised further",
    "age": "age band as two integer bounds (_min, _max inclusive; _max null: open, e.g. 90+); sort by _min",
    "date": "first day of the month (or quarter, or year, when generalised further)",
    "coordinates": "latitude and longitude (_lat, _lon), one decimal, or the south-west corner of a coarser grid cell",
    "category": "kept as is, or suppressed",
}


def _qi_owner(column: str, qi: dict[str, str]) -> str | None:
    for name, kind in qi.items():
        suffixes = {"age": ("_min", "_max"), "coordinates": ("_lat", "_lon")}.get(kind, ("",))
        if any(column == name + s for s in suffixes):
            return name
    return None


def build(
    store: str,
    table: str,
    schema: pa.Schema,
    decisions: list[dict],
    operators: dict[str, str],
    privacy: dict,
) -> dict:
    """The dictionary of one table from its published schema, column decisions, operators and k-anonymity."""
    by_column = {d["column"]: d for d in decisions}
    qi = dict(privacy.get("quasi_identifiers", {}))
    levels = privacy.get("levels", {})
    columns = []
    for field in schema:
        owner = _qi_owner(field.name, qi)
        entry: dict = {"column": field.name, "type": str(field.type)}
        if owner is not None:
            entry |= {
                "kind": "quasi_identifier",
                "source_column": owner,
                "generalization": qi[owner],
                "level": levels.get(owner, 0),
                "meaning": QI_MEANING[qi[owner]],
                "operator": "generalize",
            }
        else:
            d = by_column.get(field.name, {})
            kind = d.get("kind", "clean")
            ops = operators.get(field.name, "")
            entry |= {"kind": kind, "entity_types": list(d.get("entity_types", [])), "operator": ops or None}
            if kind == "free_text":
                entry["meaning"] = (
                    "text kept; each personal value inside replaced by its type's operator (tokens, <TYPE>)"
                )
            elif ops:
                entry["meaning"] = "; ".join(_op_meaning(o) for o in ops.split(","))
        columns.append(entry)
    return {
        "store": store,
        "table": table,
        "min_k": privacy.get("min_k"),
        "columns": columns,
        "markers": MARKERS,
    }


def _op_meaning(op: str) -> str:
    return {
        "pseudonymize": "tok_ tokens (joinable, one-way)",
        "encrypt": "enc_ tokens (joinable, revealable under audit)",
        "redact": "<TYPE> marker",
        "mask": "masked, last characters kept",
        "generalize": "generalised (coarser value)",
        "keep": "kept as is",
        "drop": "dropped",
    }.get(op, op)


def token_columns(doc: dict) -> dict[str, list[str]]:
    """Entity type -> columns of this table holding its tokens (structured columns only)."""
    out: dict[str, list[str]] = defaultdict(list)
    for c in doc["columns"]:
        ops = set((c.get("operator") or "").split(","))
        if c.get("kind") in ("identifier", "composite") and ops & TOKEN_OPERATORS:
            for t in c.get("entity_types", []):
                out[t].append(c["column"])
    return out


def join_keys(docs: list[dict]) -> dict[str, list[str]]:
    """Entity type -> `store.table.column` of every table holding its tokens, where two or more tables do."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for entity, cols in token_columns(doc).items():
            by_type[entity] += [f"{doc['store']}.{doc['table']}.{c}" for c in cols]
    return {t: sorted(cols) for t, cols in sorted(by_type.items()) if len({c.rsplit(".", 1)[0] for c in cols}) > 1}


def write(path: Path, doc: dict) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_text(json.dumps(doc, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def all_docs(parquet_root: Path) -> list[dict]:
    docs = []
    for path in sorted(Path(parquet_root).glob(f"*/*/{FILE_NAME}")):
        try:
            docs.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return docs


def publish(doc: dict, dataset_dir: Path, output_root: Path) -> Path:
    """`_schema.json` of one table (with its join keys as of now) and the HTML page of the whole root."""
    others = [
        d for d in all_docs(Path(output_root) / "parquet") if (d["store"], d["table"]) != (doc["store"], doc["table"])
    ]
    joins = join_keys([*others, doc])
    mine = f"{doc['store']}.{doc['table']}."
    for c in doc["columns"]:
        partners = sorted(
            {x for cols in joins.values() if mine + c["column"] in cols for x in cols} - {mine + c["column"]}
        )
        if partners:
            c["joins_with"] = [x for x in partners if not x.startswith(mine)]
    path = Path(dataset_dir) / FILE_NAME
    write(path, doc)
    render_html(Path(output_root))
    return path


def render_html(output_root: Path) -> Path:
    docs = all_docs(output_root / "parquet")
    joins = join_keys(docs)
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Data dictionary</title>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}</style>",
        "</head><body><h1>Data dictionary</h1><p><a href='index.html'>Reports</a></p>",
        "<h2>What tokens and markers mean</h2><table><tr><th>In a cell</th><th>Meaning</th></tr>",
    ]
    parts += [f"<tr><td><code>{e(k)}</code></td><td>{e(v)}</td></tr>" for k, v in MARKERS.items()]
    parts.append("</table><h2>Join keys across tables</h2>")
    if joins:
        parts.append("<table><tr><th>Entity type</th><th>Columns (same value, same token)</th></tr>")
        parts += [f"<tr><td>{e(t)}</td><td>{'<br>'.join(e(c) for c in cols)}</td></tr>" for t, cols in joins.items()]
        parts.append("</table>")
    else:
        parts.append("<p>None yet.</p>")
    for doc in docs:
        name = f"{doc['store']}.{doc['table']}"
        k = f" · min_k {doc['min_k']}" if doc.get("min_k") else ""
        parts.append(f"<h2 id='{e(name)}'>{e(name)}</h2><p>parquet/{e(doc['store'])}/{e(doc['table'])}{e(k)}</p>")
        parts.append("<table><tr><th>Column</th><th>Type</th><th>Kind</th><th>Entity types</th><th>Operator</th>")
        parts.append("<th>Meaning</th><th>Joins with</th></tr>")
        for c in doc["columns"]:
            parts.append(
                f"<tr><td><code>{e(c['column'])}</code></td><td>{e(c['type'])}</td><td>{e(c['kind'])}</td>"
                f"<td>{e(', '.join(c.get('entity_types', [])))}</td><td>{e(c.get('operator') or '')}</td>"
                f"<td>{e(c.get('meaning', ''))}</td><td>{e(', '.join(c.get('joins_with', [])))}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    out = output_root / "reports" / HTML_NAME
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    tmp.write_text("\n".join(parts) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    return out


def field_metadata(doc: dict) -> dict[str, dict[bytes, bytes]]:
    """Per column, the dictionary's entry as Parquet field metadata (`pii.*` keys; names and rules only)."""
    out = {}
    for c in doc["columns"]:
        entry = {
            "pii.kind": c.get("kind", ""),
            "pii.operator": c.get("operator") or "",
            "pii.entity_types": ",".join(c.get("entity_types", [])),
            "pii.meaning": c.get("meaning", ""),
            "pii.dictionary": FILE_NAME,
        }
        if c.get("kind") == "quasi_identifier":
            entry["pii.generalization"] = f"{c['generalization']} level {c['level']}"
        out[c["column"]] = {k.encode(): v.encode("utf-8") for k, v in entry.items() if v}
    return out


def annotate(path: Path, doc: dict) -> None:
    """Rewrite a staged partition with the dictionary in its field metadata (streamed, then renamed)."""
    import pyarrow.parquet as pq

    from pii_pipeline.sinks import write_parquet

    meta = field_metadata(doc)
    pf = pq.ParquetFile(path, pre_buffer=False)
    schema = pa.schema([f.with_metadata(meta.get(f.name, {})) for f in pf.schema_arrow])
    try:
        batches = (pa.RecordBatch.from_arrays(b.columns, schema=schema) for b in pf.iter_batches(batch_size=65_536))
        write_parquet(path, batches, schema, tag="dictionary")
    finally:
        pf.close()
