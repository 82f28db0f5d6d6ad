"""Several annotators' versions of an article: agreement between them, and their merge. No Qt."""
