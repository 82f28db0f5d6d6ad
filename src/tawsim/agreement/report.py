"""The agreement as a terminal table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

from tawsim.agreement.measures import Agreement, SpanCounts
from tawsim.agreement.versions import UNIT, UNMATCHED



def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _spans_dict(counts: SpanCounts) -> dict:
    return {"f1_exact": _round(counts.f1_exact), "f1_overlap": _round(counts.f1_overlap),
            "spans_left": counts.left, "spans_right": counts.right, "exact_matches": counts.exact}


def to_dict(result: Agreement) -> dict:
    return {
        "unit": UNIT,
        "unmatched": UNMATCHED,
        "annotators": result.annotators,
        "labels": result.labels,
        "alpha": {"overall": _round(result.alpha),
                  "labels": {k: _round(v) for k, v in result.alpha_by_label.items()}},
        "pairs": [
            {
                "annotators": [pair.left, pair.right],
                "documents": pair.documents,
                "kappa": {"overall": _round(pair.kappa),
                          "labels": {k: _round(v) for k, v in pair.kappa_by_label.items()}},
                "spans": {"overall": _spans_dict(pair.spans),
                          "labels": {k: _spans_dict(v) for k, v in sorted(pair.spans_by_label.items())}},
                "speakers": {"shared_claims": pair.speakers.claims, "same_speaker": pair.speakers.same,
                             "agreement": _round(pair.speakers.agreement)},
            }
            for pair in result.pairs
        ],
        "confusion": [
            {"first": first, "second": second, "tokens": count}
            for (first, second), count in sorted(result.confusion.items())
        ],
        "documents": [
            {"name": doc.name, "annotators": doc.annotators, "alpha": _round(doc.alpha),
             "f1_exact": _round(doc.spans.f1_exact), "f1_overlap": _round(doc.spans.f1_overlap)}
            for doc in hardest_first(result)
        ],
        "problems": result.problems,
    }


def hardest_first(result: Agreement):
    return sorted(result.documents, key=lambda d: (d.alpha is None, d.alpha if d.alpha is not None else 0.0, d.name))


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    line = lambda row: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths)))  # noqa: E731
    return [line(header), "  ".join("-" * w for w in widths), *[line(row) for row in rows]]


def to_text(result: Agreement) -> str:
    out: list[str] = [
        f"annotators: {', '.join(result.annotators)}; documents: {len(result.documents)}",
        f"unit: {UNIT}",
        UNMATCHED,
        "",
        f"Krippendorff's alpha over all annotators (nominal): {_number(result.alpha)}",
        "",
    ]
    header = ["label", "alpha"] + [f"κ {p.left}/{p.right}" for p in result.pairs] \
        + [f"F1 exact {p.left}/{p.right}" for p in result.pairs] + [f"F1 overlap {p.left}/{p.right}" for p in result.pairs]
    rows = []
    for label in result.labels:
        rows.append([label, _number(result.alpha_by_label.get(label))]
                    + [_number(p.kappa_by_label.get(label)) for p in result.pairs]
                    + [_number(p.spans_by_label[label].f1_exact if label in p.spans_by_label else None) for p in result.pairs]
                    + [_number(p.spans_by_label[label].f1_overlap if label in p.spans_by_label else None) for p in result.pairs])
    rows.append(["overall", _number(result.alpha)] + [_number(p.kappa) for p in result.pairs]
                + [_number(p.spans.f1_exact) for p in result.pairs] + [_number(p.spans.f1_overlap) for p in result.pairs])
    out += _table(header, rows)
    out += ["", "claim speakers (claims both have, overlapping; same speaker: both none or overlapping entities):"]
    out += _table(["pair", "documents", "shared claims", "same speaker", "agreement"],
                  [[f"{p.left}/{p.right}", str(p.documents), str(p.speakers.claims), str(p.speakers.same),
                    _number(p.speakers.agreement)] for p in result.pairs])
    labels = ["O", *result.labels]
    used = [l for l in labels if any(result.confusion.get((l, o)) or result.confusion.get((o, l)) for o in labels)]
    if used:
        out += ["", "label confusion (tokens; rows: the first annotator of each pair, columns: the second):"]
        out += _table(["", *used], [[x, *[str(result.confusion.get((x, y), 0)) for y in used]] for x in used])
    out += ["", "documents, hardest first:"]
    out += _table(["document", "annotators", "alpha", "F1 exact", "F1 overlap"],
                  [[d.name, str(len(d.annotators)), _number(d.alpha), _number(d.spans.f1_exact),
                    _number(d.spans.f1_overlap)] for d in hardest_first(result)])
    return "\n".join(out) + "\n"


def to_csv(result: Agreement) -> str:
    """One row per measure: scope (overall, label, pair, document), its names and its value."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["measure", "annotators", "label", "document", "value"])
    writer.writerow(["alpha", " ".join(result.annotators), "", "", _number(result.alpha)])
    for label, value in result.alpha_by_label.items():
        writer.writerow(["alpha", " ".join(result.annotators), label, "", _number(value)])
    for p in result.pairs:
        names = f"{p.left} {p.right}"
        writer.writerow(["kappa", names, "", "", _number(p.kappa)])
        for label, value in p.kappa_by_label.items():
            writer.writerow(["kappa", names, label, "", _number(value)])
        writer.writerow(["f1_exact", names, "", "", _number(p.spans.f1_exact)])
        writer.writerow(["f1_overlap", names, "", "", _number(p.spans.f1_overlap)])
        for label, counts in sorted(p.spans_by_label.items()):
            writer.writerow(["f1_exact", names, label, "", _number(counts.f1_exact)])
            writer.writerow(["f1_overlap", names, label, "", _number(counts.f1_overlap)])
        writer.writerow(["speaker_agreement", names, "", "", _number(p.speakers.agreement)])
    for (first, second), count in sorted(result.confusion.items()):
        writer.writerow(["confusion_tokens", "", f"{first}>{second}", "", count])
    for doc in hardest_first(result):
        writer.writerow(["alpha", " ".join(doc.annotators), "", doc.name, _number(doc.alpha)])
        writer.writerow(["f1_exact", " ".join(doc.annotators), "", doc.name, _number(doc.spans.f1_exact)])
    return buffer.getvalue()


def to_json(result: Agreement) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=1) + "\n"
