"""Export to and import from the formats annotators and NLP tools use (see docs/formats.md)."""

from tawsim.formats.common import ExportOptions
from tawsim.formats.registry import FORMATS, Format, get_format, importable, names

__all__ = ["ExportOptions", "FORMATS", "Format", "get_format", "importable", "names"]
