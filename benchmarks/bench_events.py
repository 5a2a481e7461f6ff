"""Speed of event extraction per letter, against an earlier revision in the same run.

Run: ``python benchmarks/bench_events.py [--against REV] [--repeat N]``

Times ``extract_events`` (documents read beforehand, not timed) on the seed and on every letter
of ``seeds/``, best of ``--repeat`` runs each. With ``--against REV`` (default: 637a35e, the
extractor before the date-first stage and the staged pipeline) the same timing runs on that
revision, checked out into a temporary git worktree and imported in a subprocess, and the
ratio now / then is printed per letter set. No timed assertion lives in the test suite.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent

# what each side runs: read every letter, then time extract_events alone
_TIMER = textwrap.dedent(
    """
    import json, pathlib, sys, time
    sys.path.insert(0, sys.argv[1])
    from iraq_events.documents import read_document
    from iraq_events.events import extract_events
    repeat = int(sys.argv[2])
    letters = sorted(pathlib.Path(sys.argv[3]).glob("*.txt"))
    import iraq_events
    assert pathlib.Path(iraq_events.__file__).is_relative_to(sys.argv[1]), iraq_events.__file__
    timings = {}
    for path in letters:
        document = read_document(path)
        runs = []
        for _ in range(repeat):
            begin = time.perf_counter()
            extract_events(document)
            runs.append(time.perf_counter() - begin)
        timings[path.name] = min(runs)
    print(json.dumps(timings))
    """
)


def _time(source: pathlib.Path, letters: pathlib.Path, repeat: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _TIMER, str(source), str(repeat), str(letters)],
        capture_output=True,
        text=True,
        check=True,
    )
    timings: dict[str, float] = json.loads(done.stdout)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--against", default="637a35e", help="git revision to compare with")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    # both sides read the same letters: the seed alone, as the earlier revision may not read
    # texts without a letterhead date the same way
    with tempfile.TemporaryDirectory() as scratch:
        letters = pathlib.Path(scratch) / "letters"
        letters.mkdir()
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            (letters / path.name).write_bytes(path.read_bytes())
        now = _time(ROOT, letters, args.repeat)
        then: dict[str, float] = {}
        if args.against:
            tree = pathlib.Path(scratch) / "then"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.against],
                check=True,
                capture_output=True,
            )
            try:
                then = _time(tree, letters, args.repeat)
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                    check=False,
                    capture_output=True,
                )
    seed = "000_7ba65e5599d72e72.txt"
    rest = sorted(name for name in now if name != seed)
    rows = [("seed", [seed]), (f"{len(rest)} series letters", rest), ("all", sorted(now))]
    print(f"{'letters':20} {'now ms':>9} {'then ms':>9} {'now/then':>9}")
    for label, names in rows:
        total_now = sum(now[n] for n in names) * 1000
        total_then = sum(then.get(n, float("nan")) for n in names) * 1000
        ratio = total_now / total_then if then else float("nan")
        print(f"{label:20} {total_now:9.1f} {total_then:9.1f} {ratio:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
