"""The Qt-free heart of Tawsim: documents, annotations, schema, files."""
