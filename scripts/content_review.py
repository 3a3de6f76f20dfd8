"""List the answers a clinician has not signed off yet (`make content-review`).

    python scripts/content_review.py            # every variation without reviewed_by / reviewed_on
    python scripts/content_review.py --check    # exit 1 if any variation has no source (make test)

The answers live in content/*.yml (Rasa domain format). Each variation carries
`metadata: {lang, source, reviewed_by, reviewed_on}`; Spanish ones also `needs_review`.
To sign one off, a clinician fills `reviewed_by` (name, role) and `reviewed_on` (YYYY-MM-DD).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


def variations(folder: Path = CONTENT) -> Iterator[Tuple[str, str, Dict]]:
    """(file name, response name, variation) for every variation of every response."""
    for path in sorted(folder.glob("*.yml")):
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {}
        for name, items in responses.items():
            for item in items:
                yield path.name, name, item


def problems(folder: Path = CONTENT) -> List[str]:
    """Variations with no source, or whose review fields are missing or half filled."""
    found = []
    for file, name, item in variations(folder):
        meta = item.get("metadata") or {}
        where = f"{file}: {name} ({meta.get('lang', '?')})"
        if not str(meta.get("source") or "").strip():
            found.append(f"{where}: no source")
        if "reviewed_by" not in meta or "reviewed_on" not in meta:
            found.append(f"{where}: needs reviewed_by and reviewed_on (null until signed off)")
        elif bool(meta["reviewed_by"]) != bool(meta["reviewed_on"]):
            found.append(f"{where}: reviewed_by and reviewed_on go together")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    issues = problems()
    if args.check:
        for line in issues:
            print(line)
        return 1 if issues else 0
    pending = [(f, n, i) for f, n, i in variations() if not (i.get("metadata") or {}).get("reviewed_by")]
    total = sum(1 for _ in variations())
    print(f"{len(pending)} of {total} answers are not signed off by a clinician:")
    for file, name, item in pending:
        meta = item.get("metadata") or {}
        extra = f" [{meta['needs_review']}]" if meta.get("needs_review") else ""
        print(f"  {file:18} {name:34} {meta.get('lang', '?'):4}{extra}  source: {meta.get('source', '-')}")
    for line in issues:
        print(f"PROBLEM: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
