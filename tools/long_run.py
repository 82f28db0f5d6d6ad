"""Run the long editing test and the app-kill test with larger counts, and print their figures.

    python tools/long_run.py [--scale 3] [--kills 30] [--picture window.png]

--scale multiplies the steps of the long editing run (2,700 on the seed and 600 on the seed repeated
20 times by default); --kills sets the kills at random moments; --picture keeps a picture of the
window after the run on the long article, to check by eye that the highlights sit on their words.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TESTS = ["tests/reliability/test_long_editing.py", "tests/reliability/test_app_killed.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies the editing steps")
    parser.add_argument("--kills", type=int, default=8, help="kills at random moments")
    parser.add_argument("--picture", type=Path, help="PNG of the window after the long-article run")
    options = parser.parse_args()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "TAWSIM_LONG_RUN_SCALE": str(options.scale), "TAWSIM_APP_KILLS": str(options.kills)}
    if options.picture:
        environment["TAWSIM_LONG_RUN_PICTURE"] = str(options.picture.resolve())
    command = [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "--durations=0", *TESTS]
    return subprocess.call(command, cwd=REPO, env=environment)


if __name__ == "__main__":
    sys.exit(main())
