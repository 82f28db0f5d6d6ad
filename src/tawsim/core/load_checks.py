"""What a loaded annotation file may hold: checked against its label schema, as the importers do.

Invalid annotations and relations are left out and reported once per kind of problem, with a
count and the first few ids, so a file with 200,000 bad lines gives a handful of remarks.
"""

from __future__ import annotations

import math
from collections import defaultdict

from tawsim.core.model import Relation, Span
from tawsim.core.schema import LabelSchema

EXAMPLES = 20  # ids named per kind of problem; beyond, a count


class Remarks:
    """Problems grouped by kind: one line each, with how many and which."""

    def __init__(self) -> None:
        self._by_kind: dict[str, list[str]] = defaultdict(list)

    def add(self, kind: str, item_id: str) -> None:
        self._by_kind[kind].append(item_id)

    def __bool__(self) -> bool:
        return bool(self._by_kind)

    def lines(self) -> list[str]:
        lines = []
        for kind, ids in self._by_kind.items():
            shown = ", ".join(ids[:EXAMPLES]) + (", …" if len(ids) > EXAMPLES else "")
            lines.append(f"{len(ids)} {'item' if len(ids) == 1 else 'items'} {kind} ({shown})")
        return lines


def check_spans(spans: list[Span], schema: LabelSchema | None, remarks: Remarks) -> list[Span]:
    kept: list[Span] = []
    seen: set[tuple] = set()
    for span in spans:
        if schema is not None and not schema.has_label(span.label):
            remarks.add(f"with a label the schema {schema.name!r} does not have; dropped", span.id)
            continue
        if schema is not None and schema.category_of(span.label) != span.category:
            remarks.add("whose label belongs to another category; dropped", span.id)
            continue
        key = (span.start, span.end, span.label, span.category, span.status, span.source, repr(span.attrs))
        if key in seen:
            remarks.add("identical to an earlier annotation but for the id; dropped", span.id)
            continue
        seen.add(key)
        if not all_finite(span.attrs):
            remarks.add("with a NaN or infinite figure value; the value was cleared", span.id)
            span.attrs = finite_only(span.attrs)
        kept.append(span)
    return kept


def check_relations(relations: list[Relation], schema: LabelSchema | None, remarks: Remarks) -> list[Relation]:
    known = {r.name for r in schema.relation_types} if schema is not None else None
    kept = []
    for relation in relations:
        if known is not None and relation.type not in known:
            remarks.add("of a relation type the schema does not have; dropped", relation.id)
        elif relation.source == relation.target:
            remarks.add("linking an annotation to itself; dropped", relation.id)
        else:
            kept.append(relation)
    return kept


def all_finite(value: object) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(all_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(all_finite(v) for v in value)
    return True


def finite_only(value):
    """`value` with every NaN or infinity replaced by None (JSON has no such numbers)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: finite_only(v) for k, v in value.items()}
    if isinstance(value, list):
        return [finite_only(v) for v in value]
    return value
