"""The triage level of every symptom, from policy/triage_levels.yml (the one list a clinician reviews).

`load()` returns {symptom: level} (levels: "emergency", "urgent", "routine"); `check(rules, source)`
compares a rule set's own {symptom: level} with it. Both raise `LevelsError`, whose message names the
file, the symptom and the key, so a bad entry stops start-up the way a bad clinic.yml does.
No Rasa imports: used by the English and Spanish rules (actions/triage.py, actions/triage_es.py).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Dict, Mapping

import yaml

LEVELS_PATH = Path(os.environ.get("TRIAGE_LEVELS", Path(__file__).resolve().parent.parent / "policy" / "triage_levels.yml"))
VALID = ("emergency", "urgent", "routine")


class LevelsError(ValueError):
    """policy/triage_levels.yml is unreadable, or a rule set disagrees with it; the message names the entry."""


@lru_cache(maxsize=4)
def load(path: Path = LEVELS_PATH) -> Dict[str, str]:
    """{symptom: level} from the levels file; LevelsError on a missing file, symptom entry or level."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise LevelsError(f"{path}: cannot be read: {error}") from error
    symptoms = data.get("symptoms")
    if not isinstance(symptoms, dict) or not symptoms:
        raise LevelsError(f"{path}: 'symptoms' must map each symptom to its level")
    levels = {}
    for symptom, entry in symptoms.items():
        level = entry.get("level") if isinstance(entry, dict) else None
        if level not in VALID:
            raise LevelsError(f"{path}: symptoms.{symptom}.level must be one of {', '.join(VALID)}, not {level!r}")
        if not isinstance(entry.get("readme"), str) or not entry["readme"].strip():
            raise LevelsError(f"{path}: symptoms.{symptom}.readme must give the README table's wording")
        levels[symptom] = level
    return levels


def check(rules: Mapping[str, str], source: str, path: Path = LEVELS_PATH) -> None:
    """Every symptom of a rule set (`rules`: {symptom: level}, `source`: where it is written) must be in the
    levels file at the same level; LevelsError naming the first one that is not."""
    levels = load(path)
    for symptom, level in sorted(rules.items()):
        if symptom not in levels:
            raise LevelsError(f"{source}: symptom {symptom!r} is not in {path} (add it with its level)")
        if levels[symptom] != level:
            raise LevelsError(f"{source}: symptom {symptom!r} is {level} there but {levels[symptom]} in {path}")
