"""The English red-flag rules are data (policy/red_flags_en.yml): validated at load, applied as documented."""
from pathlib import Path

import pytest
import yaml

from botox_clinic import triage, triage_lexicon

RULES = Path(__file__).resolve().parent.parent / "policy" / "red_flags_en.yml"


def _broken(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_the_rules_file_loads_and_reports_only_listed_symptoms():
    lexicon = triage_lexicon.load(RULES)
    assert lexicon.aliases["eye_open"] == "drooping"
    assert lexicon.levels["eye_open"] == "urgent"  # from policy/triage_levels.yml
    assert "swelling_pronoun" not in lexicon.levels  # reports the swelling of the part it stands for


@pytest.mark.parametrize("change, where", [
    (lambda d: d["rules"]["drooping"].update(level="urgent"), r"rules\.drooping\.level: unknown key"),
    (lambda d: d["rules"]["wheezing"]["phrases"].append("wheeze||whistle"), r"rules\.wheezing\.phrases\[2\]: .*empty"),
    (lambda d: d["rules"]["eye_open"].update(reports="droopy_eyelid"), r"rules\.eye_open\.reports: 'droopy_eyelid'"),
    (lambda d: d["rules"]["drooping"]["near"].update(heads=["eyelid"]), r"rules\.drooping\.near\.heads: must be"),
    (lambda d: d["cues"]["tag"].insert(0, "is|=this normal"), r"cues\.tag\[0\]: token 'is\|=this'"),
    (lambda d: d["rules"]["fainting"]["phrases"].append("$nothing out"), r"rules\.fainting\.phrases\[\d+\]: .*\$nothing"),
    # a word the tokenizer splits never matches: "cant" is read as ca + nt
    (lambda d: d["rules"]["wheezing"]["phrases"].append("cant breathe"), r"rules\.wheezing\.phrases\[\d+\]: .*'cant' is 2 words"),
    (lambda d: d["words"].update(negations="no not never", nopes="nope"), r"words\.nopes: unknown key"),
    (lambda d: d["time_patterns"].append([{"LOWER": {"ON": ["today"]}}]), r"time_patterns\[4\]: not a spaCy"),
    (lambda d: d["rules"]["drooping"].update(not_when=["lower lid", "cannot wait"]),
     r"rules\.drooping\.not_when\[1\]: .*'cannot' is 2 words"),
])
def test_a_bad_entry_stops_start_up_naming_the_file_entry_and_key(tmp_path, change, where):
    path = _broken(tmp_path, change)
    with pytest.raises(triage_lexicon.PolicyError, match=rf"rules\.yml: .*{where}"):
        triage_lexicon.load(path)


def test_a_key_written_twice_in_a_policy_file_stops_start_up_naming_the_line(tmp_path):
    # YAML itself would keep the last one silently (the Spanish `sms` list had five words twice until round 56)
    from botox_clinic import triage_es_rules
    english = tmp_path / "en.yml"
    english.write_text(RULES.read_text(encoding="utf-8").replace("sms:\n", "sms:\n  cnt: cant\n", 1), encoding="utf-8")
    with pytest.raises(triage_lexicon.PolicyError, match=r"(?s)en\.yml: cannot be read: the key 'cnt' is written twice.*line"):
        triage_lexicon.load(english)
    spanish = tmp_path / "es.yml"
    original = (RULES.parent / "red_flags_es.yml").read_text(encoding="utf-8")
    spanish.write_text(original.replace("sms:\n", "sms:\n  q: que\n", 1), encoding="utf-8")
    with pytest.raises(triage_es_rules.PolicyError, match=r"'q' is written twice"):
        triage_es_rules.load(spanish)


def test_a_contraction_reads_as_its_verb_so_a_rule_written_with_be_reads_im():
    # spaCy's norm for "'m" is "am"; its lemma, "be", is what the rules' "be" matches (round 56)
    doc = triage.triage().make_doc("I'm sure they're asleep")
    assert [t.norm_ for t in doc if t.text in ("'m", "'re")] == ["be", "be"]
    assert triage.assess("my left eye stays open when I'm asleep").level == "urgent"


def test_a_shorthand_pattern_is_validated_and_its_lists_written_out():
    lists = {"food": ["food", "water"]}
    assert triage_lexicon.check_pattern("$food|soup ... down", "x", lists) == "food|water|soup ... down"
    assert triage_lexicon.check_pattern("=gone|=went by?", "x", lists) == "=gone|=went by?"
    for bad in ("a|", "=", "a?b", "=$food", "a|=b"):
        with pytest.raises(triage_lexicon.PolicyError, match="x: token"):
            triage_lexicon.check_pattern(bad, "x", lists)


@pytest.mark.parametrize("text, symptoms", [
    # a rule's `not_when`: its words in another sense are not the symptom; the symptom itself still is
    ("a little bruising on the lower lid", ["bruising"]),
    ("used eye drops last night, no change", []),
    ("can't wait to see the results!!", []),
    ("my lower lid is drooping since the crow's feet shots", ["drooping"]),
    ("i can't see well since yesterday", ["vision_change"]),
])
def test_words_in_another_sense_are_not_the_symptom(text, symptoms):
    assert triage.assess(text).symptoms == symptoms


@pytest.mark.parametrize("text, level, symptoms", [
    ("can't get a proper breath", "emergency", ["trouble_breathing"]),  # header example: "cant ... breath|air"
    ("my lips are twice the size", "emergency", ["throat_tongue_lip_swelling"]),  # a near qualifier phrase
    ("I can't open my eye properly", "urgent", ["drooping"]),  # eye_open reports drooping
    ("my lips started tingling and now they are massive", "emergency",
     ["throat_tongue_lip_swelling", "other_symptom"]),  # "they": the antecedent's swelling
    ("the room feels like it tilts", "urgent", ["dizziness"]),  # "=tilts": as written
    ("no trouble breathing", "none", []),  # a negation cue (words.negations)
])
def test_documented_examples_assess_as_described(text, level, symptoms):
    result = triage.assess(text)
    assert (result.level, result.symptoms) == (level, symptoms)
