"""The project's index in SQLite: per-document counts and a search index, rebuilt from the files.

Nothing in it is the only copy of anything: a document whose files changed (size, mtime, then
hash) is read again, and deleting `.tawsim/index.sqlite` only costs one rebuild.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from tawsim.core import annotation_file
from tawsim.core.errors import TawsimError
from tawsim.core.model import AnnotationSet
from tawsim.core.textio import decode_article
from tawsim.project.layout import Article, Project
from tawsim.project.search import index_words

SCHEMA_VERSION = "1"
NEW, IN_PROGRESS, DONE, UNREADABLE, CORRUPT = "new", "in progress", "done", "unreadable", "corrupt"
UNFINISHED = (NEW, IN_PROGRESS)

Progress = Callable[[int, int], None]


def fts5_available() -> bool:
    try:
        with sqlite3.connect(":memory:") as probe:
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(words)")
    except sqlite3.OperationalError:
        return False
    return True


@dataclass
class DocumentRow:
    name: str
    state: str
    problem: str | None = None
    suggested: int = 0
    accepted: int = 0
    rejected: int = 0
    manual: int = 0
    changed: float | None = None  # mtime of the annotation file, or None
    labels: dict[str, int] = field(default_factory=dict)

    @property
    def unfinished(self) -> bool:
        return self.state in UNFINISHED

    def to_dict(self) -> dict:
        return {"name": self.name, "state": self.state, "problem": self.problem,
                "suggested": self.suggested, "accepted": self.accepted, "rejected": self.rejected,
                "manual": self.manual, "changed": self.changed, "labels": dict(self.labels)}


def counts_of(annotations: AnnotationSet) -> tuple[dict[str, int], dict[str, int]]:
    """(status counts with 'manual', labels of the annotations that stand) of one document."""
    counts = Counter(span.status for span in annotations)
    counts["manual"] = sum(1 for s in annotations if s.source.startswith("manual") and s.status != "rejected")
    labels = Counter(span.label for span in annotations if span.status != "rejected")
    return dict(counts), dict(labels)


class ProjectIndex:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.fts5 = fts5_available()
        where = ":memory:" if project.read_only else str(project.index_path)
        self.db = self._connect(where)

    def _connect(self, where: str) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(where)
            version = _meta(db, "version")
        except sqlite3.DatabaseError:  # a damaged index is only a cache: start it again
            Path(where).unlink(missing_ok=True)
            db = sqlite3.connect(where)
            version = None
        if version != SCHEMA_VERSION or _meta(db, "fts5") != str(self.fts5):
            _create(db, self.fts5)
        return db

    def close(self) -> None:
        self.db.close()

    # -- keeping it up to date ---------------------------------------------------------------
    def refresh(self, progress: Progress | None = None) -> int:
        """Read again every document whose files changed; return how many were read."""
        stored = {row[0]: row[1:] for row in self.db.execute(
            "SELECT name, txt_size, txt_mtime, json_size, json_mtime, hash FROM documents")}
        names = {article.name for article in self.project.articles}
        read = 0
        with self.db:
            for gone in set(stored) - names:
                self._forget(gone)
            total = len(self.project.articles)
            for number, article in enumerate(self.project.articles, 1):
                if self._refresh_one(article, stored.get(article.name)):
                    read += 1
                if progress is not None and (number % 200 == 0 or number == total):
                    progress(number, total)
        return read

    def refresh_article(self, name: str) -> None:
        article = self.project.article(name)
        stored = self.db.execute("SELECT txt_size, txt_mtime, json_size, json_mtime, hash FROM documents "
                                 "WHERE name = ?", (name,)).fetchone()
        with self.db:
            self._refresh_one(article, stored)

    def record_saved(self, name: str, annotations: AnnotationSet) -> None:
        """After the window saved a document: its counts from memory, not from a reread file."""
        article = self.project.article(name)
        stored = self.db.execute("SELECT txt_size, txt_mtime FROM documents WHERE name = ?", (name,)).fetchone()
        if stored is None or tuple(stored) != _stat(article.path):  # the article changed too
            self.refresh_article(name)
            return
        txt, json_bytes = _read(article.path), _read(article.annotation_path)
        digest = hashlib.sha256((txt or b"") + b"\0" + (json_bytes or b"")).hexdigest()
        json_size, json_mtime = _stat(article.annotation_path)
        counts, labels = counts_of(annotations)
        with self.db:
            self.db.execute(
                "UPDATE documents SET json_size=?, json_mtime=?, hash=?, state=?, problem=NULL, suggested=?, "
                "accepted=?, rejected=?, manual=?, changed=? WHERE name=?",
                (json_size, json_mtime, digest, DONE if annotations.done else IN_PROGRESS,
                 counts.get("suggested", 0), counts.get("accepted", 0), counts.get("rejected", 0),
                 counts.get("manual", 0), json_mtime / 1e9 if json_mtime else None, name))
            self.db.execute("DELETE FROM labels WHERE name = ?", (name,))
            self.db.executemany("INSERT INTO labels VALUES (?,?,?)", [(name, k, v) for k, v in labels.items()])

    def _refresh_one(self, article: Article, stored: tuple | None) -> bool:
        stats = (*_stat(article.path), *_stat(article.annotation_path))
        if stored is not None and tuple(stored[:4]) == stats and article.problem is None:
            return False
        txt = _read(article.path)
        json_bytes = _read(article.annotation_path) if stats[2] is not None else None
        digest = hashlib.sha256((txt or b"") + b"\0" + (json_bytes or b"")).hexdigest()
        if stored is not None and stored[4] == digest and article.problem is None:
            self.db.execute("UPDATE documents SET txt_size=?, txt_mtime=?, json_size=?, json_mtime=? "
                            "WHERE name=?", (*stats, article.name))
            return False
        if stored is not None:
            self._forget(article.name)
        row, text = _read_document(article, txt, json_bytes, stats[3])
        self.db.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article.name, *stats, digest, row.state, row.problem, row.suggested, row.accepted,
             row.rejected, row.manual, row.changed))
        self.db.executemany("INSERT INTO labels VALUES (?,?,?)",
                            [(article.name, label, count) for label, count in row.labels.items()])
        if text is not None:
            rowid = self.db.execute("INSERT INTO texts (name, text) VALUES (?,?)", (article.name, text)).lastrowid
            self.db.execute("INSERT INTO search (rowid, words) VALUES (?,?)", (rowid, index_words(text)))
        return True

    def _forget(self, name: str) -> None:
        self.db.execute("DELETE FROM search WHERE rowid IN (SELECT id FROM texts WHERE name = ?)", (name,))
        for table in ("documents", "labels", "texts"):
            self.db.execute(f"DELETE FROM {table} WHERE name = ?", (name,))

    # -- reading -----------------------------------------------------------------------------
    def rows(self) -> list[DocumentRow]:
        labels: dict[str, dict[str, int]] = {}
        for name, label, count in self.db.execute("SELECT name, label, count FROM labels"):
            labels.setdefault(name, {})[label] = count
        found = {}
        for values in self.db.execute("SELECT name, state, problem, suggested, accepted, rejected, manual, "
                                      "changed FROM documents"):
            found[values[0]] = DocumentRow(*values, labels=labels.get(values[0], {}))
        return [found[a.name] for a in self.project.articles if a.name in found]

    def row(self, name: str) -> DocumentRow | None:
        values = self.db.execute("SELECT name, state, problem, suggested, accepted, rejected, manual, changed "
                                 "FROM documents WHERE name = ?", (name,)).fetchone()
        if values is None:
            return None
        labels = dict(self.db.execute("SELECT label, count FROM labels WHERE name = ?", (name,)))
        return DocumentRow(*values, labels=labels)

    def label_totals(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT label, SUM(count) FROM labels GROUP BY label ORDER BY 2 DESC"))

    def text(self, name: str) -> str | None:
        found = self.db.execute("SELECT text FROM texts WHERE name = ?", (name,)).fetchone()
        return found[0] if found else None

    def candidates(self, words: list[list[str]]) -> Iterator[tuple[str, str]]:
        """(name, text) of the documents that may hold every query word (each given as its
        alternative forms), in the order they were indexed, read lazily."""
        if not words:
            return iter(())
        join = "SELECT texts.name, texts.text FROM search JOIN texts ON texts.id = search.rowid WHERE "
        if self.fts5:
            query = " AND ".join("(" + " OR ".join(_quoted(form) for form in forms) + ")" for forms in words)
            return self.db.execute(join + "search.words MATCH ? ORDER BY texts.id", (query,))
        clauses = " AND ".join("(" + " OR ".join("words LIKE ?" for _ in forms) + ")" for forms in words)
        return self.db.execute(join + clauses + " ORDER BY texts.id",
                               [f"%{form}%" for forms in words for form in forms])

def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    try:
        found = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return found[0] if found else None


def _create(db: sqlite3.Connection, fts5: bool) -> None:
    with db:
        for table in ("meta", "documents", "labels", "texts", "search"):
            db.execute(f"DROP TABLE IF EXISTS {table}")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("CREATE TABLE documents (name TEXT PRIMARY KEY, txt_size INT, txt_mtime INT, json_size INT, "
                   "json_mtime INT, hash TEXT, state TEXT, problem TEXT, suggested INT, accepted INT, "
                   "rejected INT, manual INT, changed REAL)")
        db.execute("CREATE TABLE labels (name TEXT, label TEXT, count INT)")
        db.execute("CREATE INDEX labels_by_name ON labels (name)")
        db.execute("CREATE TABLE texts (id INTEGER PRIMARY KEY, name TEXT UNIQUE, text TEXT)")
        if fts5:  # the folded words of texts.text, by the same rowid
            db.execute("CREATE VIRTUAL TABLE search USING fts5(words, tokenize='unicode61')")
        else:
            db.execute("CREATE TABLE search (rowid INTEGER PRIMARY KEY, words TEXT)")
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("version", SCHEMA_VERSION), ("fts5", str(fts5))])


def _stat(path: Path) -> tuple[int | None, int | None]:
    try:
        info = path.stat()
    except OSError:
        return None, None
    return info.st_size, info.st_mtime_ns


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _read_document(article: Article, txt: bytes | None, json_bytes: bytes | None,
                   json_mtime: int | None) -> tuple[DocumentRow, str | None]:
    if article.problem is not None:
        return DocumentRow(article.name, UNREADABLE, article.problem), None
    if txt is None:
        return DocumentRow(article.name, UNREADABLE, f"{article.name}: cannot be read"), None
    try:
        text = decode_article(txt, article.name).text
    except TawsimError as error:
        return DocumentRow(article.name, UNREADABLE, str(error)), None
    if json_bytes is None:
        return DocumentRow(article.name, NEW), text
    changed = json_mtime / 1e9 if json_mtime else None
    try:
        loaded = annotation_file.loads(json_bytes.decode("utf-8"), str(article.annotation_path.name))
    except (TawsimError, UnicodeDecodeError) as error:
        return DocumentRow(article.name, CORRUPT, f"{error}", changed=changed), text
    counts, labels = counts_of(loaded.annotations)
    return DocumentRow(
        article.name, DONE if loaded.annotations.done else IN_PROGRESS, None,
        counts.get("suggested", 0), counts.get("accepted", 0), counts.get("rejected", 0),
        counts.get("manual", 0), changed, labels), text
