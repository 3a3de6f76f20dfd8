"""The three red-team files (tests/triage/), loaded one way for every test that reads them."""
from pathlib import Path
from typing import Dict, List

import yaml

FOLDER = Path(__file__).resolve().parent / "triage"
FILES = ("redteam.yml", "redteam_independent.yml", "redteam_heldout.yml")


def cases_by_file() -> Dict[str, List[dict]]:
    """{file name: [{"text": ..., "level": "emergency" | "urgent" | "routine" | "none", ...}, ...]}."""
    return {name: yaml.safe_load((FOLDER / name).read_text())["cases"] for name in FILES}
