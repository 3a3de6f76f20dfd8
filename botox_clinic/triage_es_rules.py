"""Loading and validating the Spanish red-flag rules (`policy/red_flags_es.yml`) for `botox_clinic.triage_es`.

Pure Python, no Rasa. `load(path)` reads the file and returns `Rules`: the compiled patterns of each symptom
(its level checked against policy/triage_levels.yml), the cues, the SMS words and the lemma map the lemma
patterns need. A bad rules file raises `PolicyError` naming the file, the entry and the key.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Optional, Pattern, Tuple

import yaml

from botox_clinic import policy_yaml, spelling_es
from botox_clinic.levels import EMERGENCY, ROUTINE, URGENT, LevelsError
from botox_clinic.levels import check as check_levels

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RULES_PATH = Path(os.environ.get("RED_FLAGS_ES", PROJECT_ROOT / "policy" / "red_flags_es.yml"))
LEVELS = (EMERGENCY, URGENT, ROUTINE)
CUES = ("negation", "resolution", "interrogative", "hypothetical", "personal", "friend_says", "asks_how_common",
        "what_if", "now", "headache_onset", "me_too", "me_too_now", "generic_question", "not_yet_treated", "lifelong_changed", "lifelong_same",
        "present_state", "others_story", "botox_named", "treatment_reason", "treatment_named_after", "changed",
        "treated_condition", "how_to_tell", "retreated", "asks_if_it_passes", "relative_tells", "past_inability",
        # the whole message only wonders; asking whether Botox treats a headache; fainting as a habit; ...
        "wondering", "treatment", "habitual", "fear", "fear_report", "fear_had", "explained", "everyday", "benign",
        "not_explained", "lifelong", "not_a_person", "limb_subject", "since_told", "asks_for_self",
        "asks_likelihood", "nothing_now", "worry_told", "read_or_heard", "media_told", "can_cause", "doubts", "told_as_mine",
        "others_person", "story_asked", "routine_what_if", "routine_habit", "condition_habit", "vocative",
        "others_past_story", "asks_what_to_do", "recent_treatment",
        "asks_if_normal_to_have", "effects_in_general",
        "what_if_after_treatment", "plea_after_what_if", "asks_cause", "own_past_story", "story_goes_on",
        "asks_later", "present_after")

class PolicyError(ValueError):
    """The rules file is missing, unreadable or has a bad entry; the message names file, entry and key."""


@dataclass(frozen=True)
class Rule:
    symptom: str
    level: str
    pattern: Pattern[str]


@dataclass(frozen=True)
class Rules:
    sms: Dict[str, str]
    clause_breaks: Pattern[str]
    cues: Dict[str, Pattern[str]]
    rules: Tuple[Rule, ...]
    labels: Dict[str, Dict[str, str]]
    hypothetical_parts: Tuple[Pattern[str], ...]  # each hypothetical cue on its own
    lemma_rules: Tuple[Rule, ...] = ()  # matched against the message's lemmas ("no poder tragar")
    lemmas: Optional[Dict[str, str]] = None  # folded word form -> folded lemma, for the lemma rules' words
    spelling: Optional[spelling_es.Spelling] = None  # symptom words written as they sound (botox_clinic/spelling_es.py)


def _compile(source: str, where: str) -> Pattern[str]:
    try:
        return re.compile(r"\b(?:%s)\b" % source)
    except re.error as error:
        raise PolicyError(f"{where}: not a valid regular expression ({error}): {source!r}") from None


def _alternation(items: object, where: str) -> Pattern[str]:
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
        raise PolicyError(f"{where}: must be a non-empty list of regular expressions")
    for i, item in enumerate(items):
        _compile(item, f"{where}[{i}]")
    return _compile("|".join(f"(?:{i})" for i in items), where)


LIST_NAME = re.compile(r"\$([a-z_]+)")  # (a regex's "$" is never followed by a letter)
# a gap of any words in a symptom's pattern, "( \w+){0,3}" or "(\w+ )?", never spans a negation: "la garganta no se me
# cierra" denies what "la garganta ... se me cierra" reports ("no se que/porque ...", I don't know, is no negation)
GAP = re.compile(r"\( \\w\+\)(?=[{?])|\(\\w\+ \)(?=[{?])")
NOT_DENIAL = r"(?!(?:no(?! se (?:porque|por que|que|como|si|cuando|pero)\b)|nunca|jamas)\b)\w+"


def _gaps_without_denial(pattern: str) -> str:
    """`pattern` with each gap of any words (`GAP`) written as words that are no negation (`NOT_DENIAL`)."""
    return GAP.sub(lambda m: f"( {NOT_DENIAL})" if m.group().startswith("( ") else f"({NOT_DENIAL} )", pattern)


def _expand(value: object, lists: Dict[str, str], where: str) -> object:
    """`value` (a pattern, or lists or mappings of them) with each `$name` written out as the alternation of
    `lists.name` (a non-capturing group); an unknown name raises PolicyError naming `where`."""
    if isinstance(value, str):
        def written_out(match: "re.Match[str]") -> str:
            if match.group(1) not in lists:
                raise PolicyError(f"{where}: ${match.group(1)} is not one of 'lists'")
            return lists[match.group(1)]
        return LIST_NAME.sub(written_out, value)
    if isinstance(value, list):
        return [_expand(item, lists, f"{where}[{i}]") for i, item in enumerate(value)]
    if isinstance(value, dict):
        return {key: _expand(item, lists, f"{where}.{key}") for key, item in value.items()}
    return value


def load(path: Path = RULES_PATH) -> Rules:
    """Read and validate the rules file. Raises PolicyError naming the file, entry and key."""
    try:
        raw = policy_yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PolicyError(f"{path}: cannot be read: {error}") from None
    if not isinstance(raw, dict):
        raise PolicyError(f"{path}: must be a mapping with 'sms', 'cues' and 'symptoms'")
    # words several patterns share, written once: `lists` maps a name to its words, "$name" in a pattern stands for them
    lists = raw.get("lists") or {}
    if not isinstance(lists, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.split()
                                              for k, v in lists.items()):
        raise PolicyError(f"{path}: 'lists' must map each name to its words (text)")
    lists = {name: "(?:%s)" % "|".join(words.split()) for name, words in lists.items()}
    raw = {key: _expand(value, lists, f"{path}: {key}") if key in ("cues", "clause_breaks", "symptoms") else value
           for key, value in raw.items()}
    sms = raw.get("sms") or {}
    if not isinstance(sms, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in sms.items()):
        raise PolicyError(f"{path}: 'sms' must map words to their replacements")
    cues_raw = raw.get("cues")
    if not isinstance(cues_raw, dict):
        raise PolicyError(f"{path}: 'cues' must be a mapping with {', '.join(CUES)}")
    cues = {name: _alternation(cues_raw.get(name), f"{path}: cues.{name}") for name in CUES}
    breaks = _alternation(raw.get("clause_breaks") or ["pero"], f"{path}: clause_breaks")
    symptoms = raw.get("symptoms")
    if not isinstance(symptoms, dict) or not symptoms:
        raise PolicyError(f"{path}: 'symptoms' must map each symptom to its level and patterns")
    rules, labels, lemma_rules, lemma_words = [], {}, [], set()
    for name, entry in symptoms.items():
        where = f"{path}: symptoms.{name}"
        if not isinstance(entry, dict):
            raise PolicyError(f"{where}: must be a mapping with 'level' and 'patterns'")
        if entry.get("level") not in LEVELS:
            raise PolicyError(f"{where}.level: must be one of {', '.join(LEVELS)}, not {entry.get('level')!r}")
        patterns = entry.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise PolicyError(f"{where}.patterns: must be a non-empty list")
        for i, pattern in enumerate(patterns):
            if not isinstance(pattern, str) or not pattern.strip():
                raise PolicyError(f"{where}.patterns[{i}]: must be a non-empty string")
            rules.append(Rule(str(name), entry["level"], _compile(_gaps_without_denial(pattern),
                                                                     f"{where}.patterns[{i}]")))
        for i, pattern in enumerate(entry.get("lemma_patterns") or []):
            if not isinstance(pattern, str) or not pattern.strip():
                raise PolicyError(f"{where}.lemma_patterns[{i}]: must be a non-empty string")
            lemma_rules.append(Rule(str(name), entry["level"], _compile(pattern, f"{where}.lemma_patterns[{i}]")))
            lemma_words.update(re.findall(r"[a-z]{3,}", pattern))
        labels[str(name)] = entry.get("label") or {}
    parts = tuple(_compile(item, f"{path}: cues.hypothetical") for item in cues_raw["hypothetical"])
    try:  # the levels written here must be those of policy/triage_levels.yml
        check_levels({str(name): entry["level"] for name, entry in symptoms.items()}, str(path))
    except LevelsError as error:
        raise PolicyError(str(error)) from None
    lemmas = spanish_lemmas(frozenset(lemma_words)) if lemma_rules else None
    try:
        spelling = spelling_es.read(raw["spelling"], f"{path}: spelling") if "spelling" in raw else None
    except ValueError as error:
        raise PolicyError(str(error)) from None
    return Rules({k.lower(): v.lower() for k, v in sms.items()}, breaks, cues, tuple(rules), labels, parts,
                 tuple(lemma_rules), lemmas, spelling)


def fold(text: str) -> str:
    """Lower case without accents: "¿Qué hago?" -> "¿que hago?"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


LEMMA_SCRIPT = """
import gzip, json, sys, unicodedata
import spacy_lookups_data
fold = lambda t: "".join(c for c in unicodedata.normalize("NFKD", t.lower()) if not unicodedata.combining(c))
wanted = set(json.loads(sys.stdin.read()))
with gzip.open(str(spacy_lookups_data.get_file("es_lemma_lookup.json.gz")), "rt", encoding="utf-8") as handle:
    table = json.load(handle)
out = {}
for form, lemma in table.items():
    if fold(lemma) in wanted:
        out.setdefault(fold(form), fold(lemma))
print(json.dumps(out))
"""


@lru_cache(maxsize=4)
def spanish_lemmas(words: frozenset) -> Dict[str, str]:
    """Word form -> lemma (both accent-folded) from spaCy's Spanish lookup table (spacy-lookups-data),
    only for the lemmas the rules use. The full table (490,000 forms, 2-3 s) is read once in a child
    process, so the server's memory holds only this small map; the map is cached in build/."""
    import hashlib
    import json
    import subprocess
    import sys

    key = hashlib.sha256(" ".join(sorted(words)).encode()).hexdigest()[:16]
    cache = PROJECT_ROOT / "build" / f"lemmas_es_{key}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    done = subprocess.run([sys.executable, "-c", LEMMA_SCRIPT], input=json.dumps(sorted(words)),
                          capture_output=True, text=True, check=True)
    table = json.loads(done.stdout)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(table), encoding="utf-8")
    return table
