"""The anchoring report gives each dropped annotation with the old text around it."""

from tawsim.core import annotation_file
from tawsim.core.anchoring import CONTEXT_CHARACTERS
from tawsim.core.model import AnnotationSet, Document


def test_a_dropped_annotation_comes_with_its_old_context_on_its_own_line():
    old = "سطر أول\nوقال المتحدث باسم الجيش إن الوضع هادئ\nسطر أخير"
    saved = AnnotationSet(Document("a.txt", old))
    start = old.index("الجيش")
    saved.add(saved.make_span(start, start + 5, "entity", "ORG", status="accepted"))
    loaded = annotation_file.from_json_dict(annotation_file.to_json_dict(saved))
    reopened = annotation_file.onto_text(loaded, "سطر أول\nسطر أخير")
    [dropped] = reopened.anchoring.dropped
    assert (dropped.span.text, dropped.before, dropped.after) == ("الجيش", "وقال المتحدث باسم ", " إن الوضع هادئ")
    assert reopened.anchoring.lost == [dropped.span] and not len(reopened.annotations)


def test_the_context_is_cut_to_its_width():
    old = "ب" * 100 + " الجيش " + "ت" * 100
    saved = AnnotationSet(Document("a.txt", old))
    saved.add(saved.make_span(101, 106, "entity", "ORG", status="accepted"))
    loaded = annotation_file.from_json_dict(annotation_file.to_json_dict(saved))
    [dropped] = annotation_file.onto_text(loaded, "نص آخر").anchoring.dropped
    assert len(dropped.before) == len(dropped.after) == CONTEXT_CHARACTERS
