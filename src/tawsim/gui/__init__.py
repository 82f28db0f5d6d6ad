"""The annotation window (PySide6). The only package of Tawsim that imports Qt."""
