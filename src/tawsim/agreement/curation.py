"""Curation decisions over a merged article: each difference taken from one version, taken whole,
or dropped. A decision is a set of span changes for `AnnotationSet.update_many`, so it undoes with
the old values that call returns."""

from __future__ import annotations

import json
from dataclasses import dataclass

from tawsim.core import annotation_file
from tawsim.core.model import AnnotationSet, Span

TAKE_ONE, TAKE_BOTH, DROP = "take", "both", "drop"


@dataclass
class Difference:
    id: str
    kind: str
    spans: list[Span]

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans)

    @property
    def end(self) -> int:
        return max(s.end for s in self.spans)

    @property
    def decided(self) -> bool:
        return all(s.status != "suggested" for s in self.spans)

    def describe(self) -> str:
        parts = [f"{s.label} «{s.text[:40]}» ({', '.join(s.attrs.get('annotators', []))})" for s in self.spans]
        return f"{self.id} {self.kind}: " + " | ".join(parts)


def differences(annotations: AnnotationSet) -> list[Difference]:
    groups: dict[str, list[Span]] = {}
    for span in annotations.sorted_spans():
        if "difference_id" in span.attrs:
            groups.setdefault(span.attrs["difference_id"], []).append(span)
    found = [Difference(key, spans[0].attrs.get("difference", ""), spans) for key, spans in groups.items()]
    return sorted(found, key=lambda d: (d.start, _number(d.id)))


def _number(difference_id: str) -> int:
    digits = difference_id.lstrip("D")
    return int(digits) if digits.isdigit() else 0


def decision(difference: Difference, how: str, curator: str, annotator: str | None = None) -> dict[str, dict]:
    """The span changes of one decision: `take` the variants `annotator` had (the others rejected),
    take `both` (every variant), or `drop` them all. Each decided span records who decided and what
    was taken."""
    changes: dict[str, dict] = {}
    for span in difference.spans:
        had = span.attrs.get("annotators", [])
        keep = how == TAKE_BOTH or (how == TAKE_ONE and annotator in had)
        attrs = dict(span.attrs)
        attrs["curator"] = curator
        attrs["taken"] = annotator if how == TAKE_ONE else how
        changes[span.id] = {"status": "accepted" if keep else "rejected", "attrs": attrs}
    return changes


def curated_json(annotations: AnnotationSet, curator: str, schema_name: str = "default") -> str:
    """The curated version as a Tawsim file: it names its curator, and each agreement taken
    automatically says so (`taken: agreed`) beside the decisions already recorded."""
    data = annotation_file.to_json_dict(annotations, schema_name)
    for item in data["annotations"]:
        if item["status"] == "accepted" and "curator" not in item["attrs"]:
            item["attrs"].update(curator=curator, taken="agreed")
    data["curator"] = curator
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
