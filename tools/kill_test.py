"""Kill a process while it saves an annotation file, many times, and check what is left on disk.

Each round starts a child Python that saves a large Tawsim file again and again the way
`annotation_file.save` does (`write_text_atomic(..., backup=True)`), each version marked in a span's
note, and prints each version once its save returned. The round kills the child with SIGKILL at a
random moment, then checks that the file on disk loads as a valid Tawsim file holding either the last
version the child reported or the one it was writing. It also records what the backup (`<name>~`)
held and whether a temporary file was left behind.

    python tools/kill_test.py --kills 1000 [--seed 7] [--folder /some/disk]

The reliability tests run the same campaign (tests/reliability/test_reliability_kill.py).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tawsim.core import annotation_file
from tawsim.core.atomic import backup_path
from tawsim.core.errors import TawsimError
from tawsim.core.model import AnnotationSet, Document

REPO = Path(__file__).resolve().parents[1]
SEED_ARTICLE = REPO / "seeds" / "000_e93ad64ae9bca60f.txt"
VERSION_MARK = "@VERSION@"
MARKED_SPAN = "T1"

CHILD = r"""
import sys
from tawsim.core.atomic import write_text_atomic
target, template_path, version = sys.argv[1], sys.argv[2], int(sys.argv[3])
template = open(template_path, encoding="utf-8").read()
print("ready", flush=True)
while True:
    version += 1
    write_text_atomic(target, template.replace("@VERSION@", str(version)), backup=True)
    print(version, flush=True)
"""


@dataclass
class Campaign:
    rounds: int = 0
    saves_completed: int = 0
    file_bytes: int = 0
    kill_window: float = 0.0
    failures: list[str] = field(default_factory=list)  # the file on disk was neither version
    backups: Counter = field(default_factory=Counter)  # previous / same / older / damaged / missing
    backup_failures: list[str] = field(default_factory=list)
    rounds_leaving_a_temporary: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.rounds} kills, {self.saves_completed} saves completed between them, "
            f"file {self.file_bytes / 1e6:.1f} MB, kill within {self.kill_window * 1000:.0f} ms of start; "
            f"file on disk old-or-new and valid after {self.rounds - len(self.failures)}/{self.rounds} kills; "
            f"backup previous={self.backups['previous']} same={self.backups['same']} "
            f"older={self.backups['older']} damaged={self.backups['damaged']} missing={self.backups['missing']}; "
            f"{self.rounds_leaving_a_temporary} kills left a temporary file; {self.seconds:.1f} s"
        )


def make_template(spans: int = 150, copies: int = 300) -> str:
    """A large Tawsim file as `annotation_file.dumps` writes it, with a placeholder for the version."""
    text = SEED_ARTICLE.read_text(encoding="utf-8") * copies
    annotations = AnnotationSet(Document("kill-test", text))
    chooser = random.Random(0)
    for _ in range(spans):
        start = chooser.randrange(len(text) - 12)
        annotations.add(annotations.make_span(start, start + chooser.randint(1, 12), "entity", "LOC"))
    annotations.update(MARKED_SPAN, attrs={"note": VERSION_MARK})
    return annotation_file.dumps(annotations)


def version_in(path: Path) -> int:
    """The version a saved file holds; raises TawsimError when it is not a valid Tawsim file."""
    loaded = annotation_file.load(path)
    if loaded.problems:
        raise TawsimError(f"{path}: loads with problems: {loaded.problems[:3]}")
    return int(loaded.annotations.get(MARKED_SPAN).attrs["note"])


def run_campaign(kills: int, folder: Path, seed: int = 0, kill_window: float = 0.03) -> Campaign:
    chooser = random.Random(seed)
    template = make_template()
    template_path = folder / "template.json"
    template_path.write_text(template, encoding="utf-8")
    target = folder / "article.json"
    target.write_text(template.replace(VERSION_MARK, "0"), encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key != "TAWSIM_DEBUG"}
    campaign = Campaign(file_bytes=len(template.encode("utf-8")), kill_window=kill_window)
    started = time.monotonic()
    current = 0
    for round_number in range(1, kills + 1):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target), str(template_path), str(current)],
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        try:
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError(f"round {round_number}: the saving child did not start")
            time.sleep(chooser.uniform(0, kill_window))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            reported = [int(line) for line in child.stdout.read().split()]
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            child.stdout.close()
        last_saved = reported[-1] if reported else current
        campaign.rounds += 1
        campaign.saves_completed += len(reported)
        try:
            on_disk = version_in(target)
        except (TawsimError, KeyError, ValueError) as error:
            campaign.failures.append(f"round {round_number}: {error}")
            break  # nothing sensible to continue from
        if on_disk not in (last_saved, last_saved + 1):
            campaign.failures.append(
                f"round {round_number}: file holds version {on_disk}, expected {last_saved} or {last_saved + 1}"
            )
        _check_backup(campaign, round_number, backup_path(target), on_disk)
        leftovers = list(folder.glob(f".{target.name}.*.tmp"))
        if leftovers:
            campaign.rounds_leaving_a_temporary += 1
            for leftover in leftovers:
                leftover.unlink()
        current = on_disk
    campaign.seconds = time.monotonic() - started
    return campaign


def _check_backup(campaign: Campaign, round_number: int, backup: Path, on_disk: int) -> None:
    if not backup.exists():
        state = "missing" if on_disk == 0 else "damaged"
        campaign.backups[state] += 1
        if state == "damaged":
            campaign.backup_failures.append(f"round {round_number}: no backup after version {on_disk}")
        return
    try:
        held = version_in(backup)
    except (TawsimError, KeyError, ValueError) as error:
        campaign.backups["damaged"] += 1
        campaign.backup_failures.append(f"round {round_number}: backup unreadable: {str(error)[:120]}")
        return
    if held == on_disk - 1:
        campaign.backups["previous"] += 1
    elif held == on_disk:
        campaign.backups["same"] += 1  # killed after the backup was made, before the rename
    elif held == on_disk - 2:
        campaign.backups["older"] += 1  # killed after the rename, before the backup was replaced
    else:
        campaign.backups["damaged"] += 1
        campaign.backup_failures.append(f"round {round_number}: backup holds {held}, file {on_disk}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--window", type=float, default=0.03, help="seconds after start to kill within")
    parser.add_argument("--folder", type=Path, help="where to save (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        campaign = run_campaign(args.kills, Path(folder), args.seed, args.window)
    print(campaign.summary())
    for failure in (campaign.failures + campaign.backup_failures)[:20]:
        print("  " + failure)
    return 1 if campaign.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
