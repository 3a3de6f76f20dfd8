"""The triage levels, the one map between the classifier's intents and them, and each symptom's level.

`EMERGENCY`, `URGENT`, `ROUTINE`, `NONE` (no red flag), ordered by `RANK`; `INTENT_LEVELS` maps the
`report_*` intents to their level (`LEVEL_INTENTS` the other way).
Each symptom's level comes from policy/triage_levels.yml (the one list a clinician reviews).

`load()` returns {symptom: level} (levels: "emergency", "urgent", "routine"); `when_passed(symptom, level)`
the level of an episode that is over (the symptom's `when_passed`, else `LOWER[level]`); `check(rules, source)`
compares a rule set's own {symptom: level} with it. Both raise `LevelsError`, whose message names the
file, the symptom and the key, so a bad entry stops start-up the way a bad clinic.yml does.
No Rasa imports: used by the English and Spanish rules (botox_clinic/triage.py, botox_clinic/triage_es.py).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple

import yaml

from botox_clinic import policy_yaml

LEVELS_PATH = Path(os.environ.get("TRIAGE_LEVELS", Path(__file__).resolve().parent.parent / "policy" / "triage_levels.yml"))
VALID = ("emergency", "urgent", "routine")
EMERGENCY, URGENT, ROUTINE, NONE = "emergency", "urgent", "routine", "none"
# the symptom of triage_levels.yml for a reported symptom the rules do not know as routine ("call the clinic")
UNKNOWN_SYMPTOM = "other_symptom"
RANK = {NONE: 0, ROUTINE: 1, URGENT: 2, EMERGENCY: 3}
LOWER = {EMERGENCY: URGENT, URGENT: ROUTINE, ROUTINE: ROUTINE, NONE: NONE}  # an explicitly resolved symptom
LEVEL_INTENTS = {EMERGENCY: "report_emergency", URGENT: "report_urgent", ROUTINE: "report_routine"}
INTENT_LEVELS = {intent: level for level, intent in LEVEL_INTENTS.items()}
# the entity (domain.yml) by which the conversation layer asks action_triage_report to add an FAQ answer after a
# routine report's reassurance ("how long do they usually stay?": the common effects and how long each lasts)
FAQ_TOPIC_ENTITY = "faq_topic"
# ... its role when the question was asked in the report's own message ("can i lie down tonight? got a mild headache"):
# that report is recorded as any other, then the FAQ answer said
ASKED_BESIDE_ROLE = "asked_beside"


def symptom_words(symptoms: Iterable[str]) -> str:
    """Symptom names as staff read them: ["trouble_swallowing", "drooping"] -> "trouble swallowing, drooping"."""
    return ", ".join(s.replace("_", " ") for s in symptoms)


class LevelsError(ValueError):
    """policy/triage_levels.yml is unreadable, or a rule set disagrees with it; the message names the entry."""


@lru_cache(maxsize=4)
def _read(path: Path = LEVELS_PATH) -> Dict[str, Any]:
    """The levels file, read once and validated; LevelsError naming the entry and key."""
    try:
        data = policy_yaml.load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise LevelsError(f"{path}: cannot be read: {error}") from error
    symptoms = data.get("symptoms")
    if not isinstance(symptoms, dict) or not symptoms:
        raise LevelsError(f"{path}: 'symptoms' must map each symptom to its level")
    for symptom, entry in symptoms.items():
        level = entry.get("level") if isinstance(entry, dict) else None
        if level not in VALID:
            raise LevelsError(f"{path}: symptoms.{symptom}.level must be one of {', '.join(VALID)}, not {level!r}")
        if not isinstance(entry.get("readme"), str) or not entry["readme"].strip():
            raise LevelsError(f"{path}: symptoms.{symptom}.readme must give the README table's wording")
        passed = entry.get("when_passed")
        if passed is not None and (passed not in VALID or RANK[passed] > RANK[level]):
            raise LevelsError(f"{path}: symptoms.{symptom}.when_passed must be one of {', '.join(VALID)} "
                              f"and not above its level {level!r}, not {passed!r}")
    combined, named = [], []
    for index, entry in enumerate(data.get("combinations") or []):
        parts, reports = (entry or {}).get("all_of"), (entry or {}).get("reports")
        if isinstance(entry, dict) and "named_with" in entry:
            groups, symptom = entry.get("named_with"), entry.get("symptom")
            if symptom not in symptoms or reports not in symptoms or not isinstance(groups, list) or \
                    len(groups) < 2 or any(not isinstance(g, str) or not g.split() for g in groups):
                raise LevelsError(f"{path}: combinations[{index}] needs symptom and reports (symptoms of the file) "
                                  f"and named_with (two or more lists of words)")
            excluded = entry.get("not_named_with", "")
            if not isinstance(excluded, str):
                raise LevelsError(f"{path}: combinations[{index}].not_named_with must be words separated by spaces")
            named.append((symptom, tuple(frozenset(g.lower().split()) for g in groups), frozenset(excluded.lower().split()),
                          reports))
            continue
        if not isinstance(parts, list) or len(parts) < 2 or reports not in symptoms or \
                any(s not in symptoms for s in parts):
            raise LevelsError(f"{path}: combinations[{index}] needs all_of (two or more symptoms of the file) and "
                              f"reports (a symptom of the file)")
        worded, excluded = entry.get("named_by", {}), entry.get("not_named_with", "")
        if not isinstance(worded, dict) or any(s not in parts or not isinstance(w, str) or not w.split()
                                               for s, w in worded.items()) or not isinstance(excluded, str):
            raise LevelsError(f"{path}: combinations[{index}]: named_by must map symptoms of all_of to words, and "
                              f"not_named_with must be words separated by spaces")
        combined.append((frozenset(parts), reports, {s: frozenset(w.lower().split()) for s, w in worded.items()},
                         frozenset(excluded.lower().split())))
    for symptom, entry in symptoms.items():
        worse = entry.get("when_worsening")
        if worse is not None and (worse not in symptoms or RANK[symptoms[worse]["level"]] <= RANK[entry["level"]]):
            raise LevelsError(f"{path}: symptoms.{symptom}.when_worsening must be a symptom of the file above "
                              f"its level, not {worse!r}")
    standing = data.get("standing", [])
    if not isinstance(standing, list) or any(level not in VALID for level in standing):
        raise LevelsError(f"{path}: standing must be a list of levels among {', '.join(VALID)}, not {standing!r}")
    thin = data.get("thin_evidence", {})
    if not isinstance(thin, dict) or any(level not in VALID or symptom not in symptoms or
                                         RANK[symptoms[symptom]["level"]] >= RANK[level] for level, symptom in thin.items()):
        raise LevelsError(f"{path}: thin_evidence must map a level to a symptom of the file below it, not {thin!r}")
    return {"symptoms": symptoms, "combinations": combined, "named": named, "standing": tuple(standing),
            "thin": dict(thin)}


@lru_cache(maxsize=4)
def load(path: Path = LEVELS_PATH) -> Dict[str, str]:
    """{symptom: level} from the levels file; LevelsError on a missing file, symptom entry or level."""
    return {symptom: entry["level"] for symptom, entry in _read(path)["symptoms"].items()}


@lru_cache(maxsize=8)
def _field(name: str, path: Path = LEVELS_PATH) -> Dict[str, str]:
    return {s: e[name] for s, e in _read(path)["symptoms"].items() if e.get(name)}


def combinations(path: Path = LEVELS_PATH) -> List[Tuple[FrozenSet[str], str, Dict[str, FrozenSet[str]], FrozenSet[str]]]:
    """[(symptoms that must all be reported, the symptom they report together, {symptom: words one of which its
    finding must name} (`named_by`), words no finding may name (`not_named_with`))] from the `all_of` entries of
    `combinations` in the levels file; LevelsError naming the entry when a symptom is not in the file."""
    return _read(path)["combinations"]


def named_combinations(path: Path = LEVELS_PATH) -> List[Tuple[str, Tuple[FrozenSet[str], ...], FrozenSet[str], str]]:
    """[(symptom, word groups, words that name no group, the symptom reported)] from the `named_with` entries of
    `combinations`: the symptom reported in findings whose words name every group ("couldn't lift my toddler ... my legs felt like jelly":
    weakness of an arm and of a leg is weakness all over)."""
    return _read(path)["named"]


def standing(path: Path = LEVELS_PATH) -> Tuple[str, ...]:
    """The levels (`standing` in the levels file, e.g. ("emergency", "urgent")) whose answer stands for the rest
    of the conversation session: a later message gets no reassurance below it, and any other answer is
    followed by that level's answer again. LevelsError when an entry is not a level."""
    return _read(path)["standing"]


def thin_evidence(symptom: str, level: str, path: Path = LEVELS_PATH) -> Tuple[str, str]:
    """The (symptom, level) a finding of `symptom` at `level` reports when its evidence is too thin for that level
    (`thin_evidence` in the levels file: an emergency told as someone else's story asked about, or with an everyday
    cause, reports "other_symptom", urgent); (symptom, level) unchanged for a level the file does not name."""
    replacement = _read(path)["thin"].get(level)
    return (replacement, load(path)[replacement]) if replacement else (symptom, level)


def faq_topic(symptom: str) -> Optional[str]:
    """The FAQ topic ("se_eyelid_brow", answer `utter_faq/<topic>`) that answers a question only asking
    about `symptom`, from the symptom's `faq` in the levels file; None when it has none."""
    return _field("faq").get(symptom)


def faq_topics() -> FrozenSet[str]:
    """Every FAQ topic that answers a question about a symptom (the `faq` of each symptom in the levels file)."""
    return frozenset(_field("faq").values())


def when_passed(symptom: str, level: str) -> str:
    """The level of an explicitly resolved episode of `symptom` reported at `level`: the symptom's
    `when_passed` in the levels file, else one level lower (`LOWER`). The caller keeps emergency symptoms
    unresolved when it should (botox_clinic/triage.py)."""
    return _field("when_passed").get(symptom, LOWER[level])


def when_worsening(symptom: str) -> Optional[str]:
    """The symptom a report of `symptom` becomes when the patient says it is getting worse or spreading
    (the symptom's `when_worsening` in the levels file: "my whole face is puffing up and it's getting
    worse" is an allergic reaction); None when it has none."""
    return _field("when_worsening").get(symptom)


def check(rules: Mapping[str, str], source: str, path: Path = LEVELS_PATH) -> None:
    """Every symptom of a rule set (`rules`: {symptom: level}, `source`: where it is written) must be in the
    levels file at the same level; LevelsError naming the first one that is not."""
    levels = load(path)
    for symptom, level in sorted(rules.items()):
        if symptom not in levels:
            raise LevelsError(f"{source}: symptom {symptom!r} is not in {path} (add it with its level)")
        if levels[symptom] != level:
            raise LevelsError(f"{source}: symptom {symptom!r} is {level} there but {levels[symptom]} in {path}")
