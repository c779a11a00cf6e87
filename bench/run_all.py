"""Run every benchmark script in bench/ (each prints its own table and writes bench/results/*.json)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    """Run bench/bench_*.py one after another; non-zero when any fails."""
    here = Path(__file__).parent
    failed = []
    for script in sorted(here.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        if subprocess.call([sys.executable, "-m", f"bench.{script.stem}", *sys.argv[1:]]) != 0:
            failed.append(script.name)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
