"""The rules folder as data, so that workers on other machines build the same engine."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from tawsim.core.errors import TawsimError

_engines: dict[str, object] = {}


def bundle_rules(rules_dir: Path | None) -> dict:
    """{"digest": …, "files": {relative path: bytes}} of every file under the rules folder."""
    from tawsim.rules.engine import default_rules_dir

    root = Path(rules_dir) if rules_dir else default_rules_dir()
    if not root.is_dir():
        raise TawsimError(f"rules folder {root} not found")
    files: dict[str, bytes] = {}
    try:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    except OSError as error:
        raise TawsimError(f"rules folder {root}: {error.strerror or error}") from None
    digest = hashlib.sha256()
    for name, data in files.items():
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return {"digest": digest.hexdigest(), "files": files}


def engine_for(bundle: dict):
    """The engine of `bundle`, built once per process from the files written to a private folder."""
    engine = _engines.get(bundle["digest"])
    if engine is None:
        from tawsim.rules.engine import Engine

        with tempfile.TemporaryDirectory(prefix="tawsim-rules-") as folder:
            for name, data in bundle["files"].items():
                target = Path(folder, *name.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            engine = Engine.load(folder)
        _engines[bundle["digest"]] = engine
    return engine
