"""policy/triage_levels.yml is the one list of levels: the rules are checked against it, and so is the README."""
import re
from pathlib import Path

import pytest

from botox_clinic import levels, triage, triage_es

ROOT = Path(__file__).resolve().parent.parent


def test_both_rule_sets_use_the_reviewed_levels():
    listed = levels.load()
    english = {triage._public_name(n): lvl for n, lvl in triage.triage().levels.items() if n != "swelling_pronoun"}
    spanish = {r.symptom: r.level for r in triage_es.triage().rules.rules + triage_es.triage().rules.lemma_rules}
    assert english == listed  # every listed symptom has English rules, at its level
    assert spanish == listed


def test_the_readme_triage_table_says_each_symptom_under_its_level():
    import yaml

    entries = yaml.safe_load((ROOT / "policy" / "triage_levels.yml").read_text())["symptoms"]
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| (emergency|urgent|routine) \| (.*)$",
                                                       (ROOT / "README.md").read_text(), re.M)}
    assert set(rows) == {"emergency", "urgent", "routine"}
    misplaced = [(name, e["level"]) for name, e in entries.items() if e["readme"] not in rows[e["level"]]]
    assert misplaced == []


def test_a_rule_at_another_level_stops_start_up_with_the_symptom_named(tmp_path):
    with pytest.raises(levels.LevelsError, match="'drooping' is routine there but urgent"):
        levels.check({"drooping": "routine"}, "rules.yml")
    with pytest.raises(levels.LevelsError, match="'hiccups' is not in"):
        levels.check({"hiccups": "urgent"}, "rules.yml")
    bad = tmp_path / "levels.yml"
    bad.write_text("symptoms:\n  drooping: {level: soon, readme: x}\n")
    with pytest.raises(levels.LevelsError, match=r"symptoms\.drooping\.level"):
        levels.load(bad)
