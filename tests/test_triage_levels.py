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
    # every listed symptom has rules in both languages, at its level, except one that a report only becomes
    # when the patient says it is getting worse (`when_worsening`: "the swelling is bigger on day 5")
    derived = {levels.when_worsening(s) for s in listed} - {None}
    with_rules = {s: level for s, level in listed.items() if s not in derived or s in english or s in spanish}
    assert derived - set(with_rules) == {"getting_worse"}
    assert english == with_rules
    assert spanish == with_rules


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


# a bad levels file stops start-up with an error naming the entry: (file text, error, the reader that refuses it)
BAD_LEVELS_FILES = [
    ("symptoms:\n  redness: {level: routine, when_passed: urgent, readme: x}\n", r"symptoms\.redness\.when_passed",
     levels.load),
    ("symptoms:\n  redness: {level: routine, readme: x}\n  dizziness: {level: urgent, when_worsening: redness, readme: y}\n",
     r"symptoms\.dizziness\.when_worsening", levels.load),
    ("symptoms:\n  redness: {level: routine, readme: x}\ncombinations:\n  - {all_of: [redness, itch], reports: redness}\n",
     r"combinations\[0\]", levels.combinations),
    ("symptoms:\n  weak: {level: urgent, readme: x}\n  all_over: {level: emergency, readme: y}\n"
     "combinations:\n  - {symptom: weak, named_with: ['arm arms'], reports: all_over}\n", r"combinations\[0\].*named_with",
     levels.named_combinations),
    ("symptoms:\n  redness: {level: routine, readme: x}\n  dizziness: {level: urgent, readme: y}\n"
     "thin_evidence: {routine: dizziness}\n", r"thin_evidence", levels.load),
    # words asked of a symptom that is not one of the combination's
    ("symptoms:\n  redness: {level: routine, readme: x}\n  dizziness: {level: urgent, readme: y}\n"
     "combinations:\n  - {all_of: [redness, dizziness], reports: dizziness, named_by: {itch: 'face'}}\n",
     r"combinations\[0\].*named_by", levels.combinations),
]


@pytest.mark.parametrize("text, error, reader", BAD_LEVELS_FILES)
def test_a_bad_levels_file_stops_start_up_with_the_entry_named(tmp_path, text, error, reader):
    bad = tmp_path / "levels.yml"
    bad.write_text(text)
    with pytest.raises(levels.LevelsError, match=error):
        reader(bad)


def test_a_worsening_symptom_becomes_a_higher_one_of_the_file():
    assert levels.when_worsening("face_or_eye_swelling") == "allergic_reaction"
    assert levels.when_worsening("bruising") == "getting_worse"
    assert levels.when_worsening("dizziness") is None


def test_an_emergency_on_thin_evidence_is_a_call_to_the_clinic_and_other_levels_stay():
    assert levels.thin_evidence("trouble_breathing", "emergency") == ("other_symptom", "urgent")
    assert levels.thin_evidence("drooping", "urgent") == ("drooping", "urgent")
    assert levels.thin_evidence("bruising", "routine") == ("bruising", "routine")


def test_passed_distant_spread_effects_stay_urgent_and_other_symptoms_count_lower():
    assert levels.when_passed("vision_change", "urgent") == "urgent"
    assert levels.when_passed("dizziness", "urgent") == "routine"
    assert levels.when_passed("fainting", "emergency") == "urgent"  # triage.py keeps it unresolved unless on an earlier day


def test_every_faq_topic_of_a_symptom_is_an_answer_in_the_content():
    import yaml

    entries = yaml.safe_load((ROOT / "policy" / "triage_levels.yml").read_text())["symptoms"]
    answers = yaml.safe_load((ROOT / "content" / "faq_more.yml").read_text())["responses"]
    topics = {e["faq"] for e in entries.values() if "faq" in e}
    assert topics and all(f"utter_faq/{t}" in answers for t in topics)
    assert levels.faq_topic("drooping") == "se_eyelid_brow" and levels.faq_topic("redness") is None


def test_the_red_team_files_do_not_restate_the_levels():
    # the levels are written once; a header that lists them would drift from policy/triage_levels.yml
    readme_words = [e["readme"] for e in __import__("yaml").safe_load(
        (ROOT / "policy" / "triage_levels.yml").read_text())["symptoms"].values()]
    for path in sorted((ROOT / "tests" / "triage").glob("*.yml")):
        header = "".join(line for line in path.read_text().splitlines(True) if line.startswith("#"))
        assert "policy/triage_levels.yml" in header or not any(w in header for w in readme_words), path.name
        assert not re.search(r"^# - (emergency|urgent|routine):", header, re.M), path.name


def test_symptoms_reported_together_report_another():
    assert (frozenset({"hives_or_rash", "dizziness"}), "allergic_reaction") in [c[:2] for c in levels.combinations()]


@pytest.mark.parametrize("text, level", [
    # a face or mouth drooping with a weak arm: the sign of a stroke, 911 (round 71)
    ("one side of my face won't move since this morning and the arm on that side is weak", "emergency"),
    ("un lado de la cara no se me mueve desde esta mañana y tengo el brazo de ese lado débil", "emergency"),
    # ... an eyelid droop with it, or a weak arm put down to a workout, or either alone: "call the clinic"
    ("my eyelid droops a bit and my hands feel weak", "urgent"),
    ("my smile is crooked and my arm is weak from the gym", "urgent"),
    ("one side of my face won't move since this morning", "urgent"),
])
def test_a_drooping_face_with_a_weak_arm_is_an_emergency(text, level):
    from addons.nlu import red_flags
    assert red_flags.assess(text).level == level


def test_weakness_of_an_arm_and_of_a_leg_told_apart_is_weakness_all_over():
    # each alone is weakness beyond the treated area (urgent); together, in two places, the whole body (911)
    assert triage.assess("couldn't carry the laundry basket today, my arms just gave up").level == "urgent"
    both = triage.assess("couldn't carry the laundry basket today, my arms just gave up, and on the stairs my legs "
                         "felt like rubber")
    assert both.level == "emergency" and "weakness_all_over" in both.symptoms
    # one finding that names both an arm's action and a leg is one limb: "can't lift my leg"
    assert triage.assess("since the calf shots I can't lift my leg properly").level == "urgent"
