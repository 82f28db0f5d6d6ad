"""A project: a folder of articles, each with its annotations beside it, and an index. No Qt."""

from tawsim.project.layout import Article, Project, ProjectSettings, open_project

__all__ = ["Article", "Project", "ProjectSettings", "open_project"]
