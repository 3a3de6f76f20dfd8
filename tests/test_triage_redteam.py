"""Red-team messages (tests/triage/redteam.yml): no emergency or urgent report may be missed.

The deterministic triage alone must catch every one; the live test repeats this through
the trained model's whole NLU pipeline (see test_red_team_through_the_model).
"""
from pathlib import Path

import pytest
import yaml

from actions import triage

CASES = yaml.safe_load((Path(__file__).parent / "triage" / "redteam.yml").read_text())["cases"]
RED_FLAGS = [c for c in CASES if c["level"] in (triage.EMERGENCY, triage.URGENT)]


def test_the_red_team_file_is_big_and_balanced():
    levels = [c["level"] for c in CASES]
    assert len(CASES) >= 120
    assert {lvl: levels.count(lvl) >= 20 for lvl in ("emergency", "urgent", "routine", "none")} == \
        {"emergency": True, "urgent": True, "routine": True, "none": True}


@pytest.mark.parametrize("case", RED_FLAGS, ids=lambda c: c["text"][:60])
def test_no_red_flag_is_missed(case):
    found = triage.assess(case["text"]).level
    assert triage.RANK[found] >= triage.RANK[case["level"]], f"{case['text']!r} is {case['level']}, got {found}"


@pytest.mark.parametrize("text, level", [
    ("I had Botox yesterday and now I can't swallow", "emergency"),
    ("my eyelid is drooping since my injection", "urgent"),
    ("a small bruise where they injected", "routine"),
    ("no trouble breathing but my eyelid is drooping", "urgent"),
    ("no fever, no rash, just a bit sore", "routine"),
    ("can botox cause trouble swallowing?", "none"),
    ("my mom can't swallow after her botox", "emergency"),
    ("I had trouble swallowing yesterday but it's gone now", "urgent"),
    ("I can breathe fine, thanks", "none"),
    # regressions: an SMS statement starting with "can't" is not a question
    ("can't breathe", "emergency"),
    ("Cant swallow", "emergency"),
    ("can barely get words out", "emergency"),
    ("is it normal that my eyelid is drooping?", "urgent"),
    ("does botox help with migraines", "none"),
    ("a faint bruise near the injection", "routine"),
])
def test_documented_examples(text, level):
    assert triage.assess(text).level == level


def test_time_since_treatment_is_extracted():
    assert triage.assess("I had Botox 3 days ago and my eyelid droops").time_since_treatment == "3 days ago"
    assert triage.assess("since yesterday I see double").time_since_treatment == "since yesterday"
