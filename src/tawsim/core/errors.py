class TawsimError(Exception):
    """An error the user can act on; its message is shown as is, without a traceback."""


class InputError(TawsimError):
    """A file that cannot be read as what it claims to be."""


class SaveError(TawsimError):
    """A file that could not be written; whatever was on disk before is untouched."""
