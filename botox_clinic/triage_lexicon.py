"""The English red-flag lexicon: policy/red_flags_en.yml, read and validated (no spaCy pipeline, no Rasa).

`load(path)` returns a `Lexicon`; `LEXICON` is the file at `RULES_PATH` (env RED_FLAGS_EN), loaded when
this module is imported, so a bad file stops start-up. Any bad entry raises `PolicyError`, whose message
names the file, the entry and the key ("policy/red_flags_en.yml: rules.drooping.phrases[2]: ...").
The file's header documents the pattern shorthand; `check_pattern` is its validator, and `$name`
references to `lists` are expanded here, so the rest of the code sees the patterns as written out.
Levels are not in the file: each rule reports a symptom of policy/triage_levels.yml and takes its level.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Pattern, Tuple

import yaml
from spacy.schemas import validate_token_pattern

from botox_clinic import levels as levels_file
from botox_clinic import policy_yaml
from botox_clinic.levels import EMERGENCY, NONE, ROUTINE, URGENT  # noqa: F401  (re-exported)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RULES_PATH = Path(os.environ.get("RED_FLAGS_EN", PROJECT_ROOT / "policy" / "red_flags_en.yml"))
ANTECEDENT = "antecedent"  # `reports: antecedent`: the swelling of the part a pronoun stands for

# the context analyses read these, by name (botox_clinic/triage_context.py, botox_clinic/triage_questions.py ...)
CUES = ("resolved", "info", "treatment", "tag", "cause", "wondering", "fear", "fear_ahead", "hearsay", "possibility",
        "report", "habitual", "ahead", "denies_listed", "onset", "fix_request", "chronic", "explained",
        "everyday", "benign", "not_explained", "worst_told", "treatment_reason", "normal_to_have",
        "recent_treatment", "not_a_person", "plea", "planned", "source")
# the `words` lists of the rules file, by what they are for (each name once; the analyses read them by name)
MATCHER_WORDS = ("size_praised", "size_words", "gap_breaks", "pronouns", "injection_sites", "not_after_faint",
                 "place_words", "botox_words",  # what a symptom's words are (triage_matcher)
                 "run_together", "sound_alike", "ellipsis_openers")  # words run together, respelt by sound (triage_text)
NEGATION_WORDS = ("negations", "negation_except_next", "interjections", "new_clause_after_no", "double_negation_frames",
                  "loss_verbs", "untreated_words", "lost_amounts", "lost_nouns", "inability", "inability_words",
                  "negation_breaks", "comma_new_clause", "comma_clause_verbs", "comma_own_item",
                  "breaks", "agent_verbs", "agent_objects", "all_of_them", "subject_to_resolution", "subject_determiners",
                  "not_resolved_before", "not_resolved_context", "contrasts", "new_event_after_and", "compared_with",
                  "compared_verbs")  # denied or over (triage_context)
QUESTION_WORDS = ("personal", "hypothetical", "asked_harm", "wh_start", "wh_anywhere", "aux_start", "subjects",
                  "activity_subjects", "treatment_gerunds", "treatment_gerund_aux", "judged_if_words", "condition_ahead",
                  "now_openers", "now_between", "degree_now_words", "degree_not_after", "activity_now_words", "mine_fine", "owned_symptom_words",
                  "recovery_words", "recovery_future", "remedy_words", "condition_verbs", "remedy_on_words", "further_words",
                  "further_between",
                  "asking", "worries",
                  "first_person", "modals", "wondering_verbs", "feelings", "conditional", "gerund_question_words",
                  "if_words", "embedding", "clause_openers", "should_subjects", "asked_ends", "media", "seen_verbs",
                  "gerund_possible_words", "noun_asked_words", "possibility_words", "be_now", "gerund_question_openers", "example_openers", "what_if_verbs",
                  "example_not_words", "seen_objects",
                  "treated_conditions", "cause_words", "treatment_pronouns", "treatment_name_openers", "name_openers",
                  "treatment_visit_words", "name_breaks", "habit_words", "lung_conditions", "condition_habit_words",
                  "condition_habit_symptoms", "condition_habit_not", "condition_treated_verbs",
                  "condition_habit_contrasts", "habitual_faint", "faint_now_words", "worst_subjects", "worst_ends",
                  "worst_gone", "worst_praise", "bare_tags", "bare_tag_statement", "bare_tag_fillers", "generic_people", "roles",
                  "role_verbs", "role_places", "lip_site_slight", "lip_site_growing", "lip_site_not")  # asked about, not had (triage_questions)
TIME_WORDS = ("clause_times", "earlier_day", "events", "onset_words", "still_words", "still_denied_by", "still_not_after",
              "back_not_before", "still_not_in", "again_not_after", "after_words", "recent_words", "dated_words", "dated_visits",
              "claim_not_words", "continuing_verbs", "list_ends",
              "reaction_words", "worse_words", "last_time_not", "dating_openers", "dating_verbs", "same_day", "parts_of_day",
              "causal_since_subjects", "causal_since_be", "causal_since_joined", "causal_since_not_before")  # when it started, whether it holds now
STATEMENT_WORDS = ("state_words", "claim_words", "state_claim_next", "not_patient_words", "story_subjects", "we_words",
                   "they_words", "story_now", "contracted_is_subjects", "ing_nouns", "told_words", "past_verbs",
                   "too_words", "story_times", "story_others", "story_trail_ok", "story_trail_not", "story_fine", "story_not_fine",
                   "usually_words", "own_now_words", "not_mine_words",
                   "pointed_words", "topic_words", "dropped_it_next", "dropped_subject_verbs",
                   "not_dropped_subject", "not_inability", "plan_words", "watch_words", "plan_not_in", "advice_saying",
                   "advice_reassuring", "last_time_modals",
                   "plan_told_openers", "plan_told_subjects", "plan_told_verbs", "event_modals",
                   "possible_events", "unchanged_words", "change_words", "clause_subjects",
                   "condition_fillers")  # stated, someone else's story, or the patient's (triage_statement)
WORDS = MATCHER_WORDS + NEGATION_WORDS + QUESTION_WORDS + TIME_WORDS + STATEMENT_WORDS
REGEXES = ("long_ago", "lifelong_since", "story_over", "story_lasted", "story_asked", "told_as_mine", "me_too",
           "condition_opener", "never_over")  # Python regular expressions (see the rules file)
REQUIRED = ("rules", "pronoun_parts", "other_parts", "family", "cues", "words", "sms", "keep", "time_patterns") + REGEXES
OPTIONAL = ("version", "language", "lists")
RULE_KEYS = ("reports", "phrases", "near", "not_when")
NEAR_KEYS = ("heads", "qualifiers", "qualifier_phrases")
_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")


class PolicyError(ValueError):
    """The rules file is missing, unreadable or has a bad entry; the message names file, entry and key."""


@dataclass(frozen=True)
class Near:
    """A head word and a qualifier up to four words apart, either order: words separated by spaces."""
    heads: str
    qualifiers: str  # may be empty when `qualifier_phrases` has the qualifiers
    qualifier_phrases: Tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    name: str  # the Matcher key
    reports: str  # the public symptom (a key of triage_levels.yml), or ANTECEDENT
    phrases: Tuple[str, ...]
    near: Optional[Near]
    not_when: Tuple[str, ...] = ()  # patterns: a match lying inside one of these is not this symptom


@dataclass(frozen=True)
class Lexicon:
    path: Path
    rules: Tuple[Rule, ...]
    levels: Dict[str, str]  # Matcher key -> level, from triage_levels.yml (not the ANTECEDENT rule)
    aliases: Dict[str, str]  # Matcher key -> the symptom it reports, where they differ
    cues: Dict[str, Tuple[str, ...]]  # shorthand phrases, by CUES name
    words: Dict[str, FrozenSet[str]]  # by WORDS name
    sms: Dict[str, str]
    keep: FrozenSet[str]
    time_patterns: List[List[Dict[str, Any]]]  # spaCy Matcher token patterns
    long_ago: Pattern[str]
    lifelong_since: Pattern[str]
    story_over: Pattern[str]
    story_lasted: Pattern[str]
    story_asked: Pattern[str]
    told_as_mine: Pattern[str]
    me_too: Pattern[str]
    condition_opener: Pattern[str]
    never_over: Pattern[str]
    pronoun_parts: Dict[str, FrozenSet[str]]  # symptom -> parts a pronoun can stand for
    other_parts: FrozenSet[str]
    family: Dict[str, str]  # symptom -> kind of symptom


def _mapping(value: object, where: str, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict) or not value or not all(isinstance(k, str) for k in value):
        raise PolicyError(f"{where}: must be a mapping of {what}")
    return value


def _keys(entry: Mapping[str, Any], allowed: Tuple[str, ...], where: str) -> None:
    unknown = sorted(set(entry) - set(allowed))
    if unknown:
        raise PolicyError(f"{where}.{unknown[0]}: unknown key (expected one of {', '.join(allowed)})")


def _words(value: object, where: str, lists: Mapping[str, List[str]], empty_ok: bool = False) -> str:
    """Words separated by spaces (a word "$name" is the words of `lists.name`), written out."""
    if not isinstance(value, str) or (not value.strip() and not empty_ok):
        raise PolicyError(f"{where}: must be {'' if empty_ok else 'non-empty '}text: words separated by spaces")
    out = []
    for word in value.split():
        if word.startswith("$"):
            if word[1:] not in lists:
                raise PolicyError(f"{where}: {word!r} is not a name under 'lists'")
            out += lists[word[1:]]
        elif "|" in word or word.endswith("?") and len(word) > 1:
            raise PolicyError(f"{where}: {word!r}: a word list takes plain words, not pattern tokens")
        else:
            out.append(word)
    return " ".join(out)


def _word_set(value: object, where: str) -> FrozenSet[str]:
    return frozenset(_words(value, where, {}).split())


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """spaCy's English tokenizer, the one that splits the patients' messages (no model is loaded)."""
    import spacy
    return spacy.blank("en").tokenizer


def check_pattern(pattern: object, where: str, lists: Mapping[str, List[str]]) -> str:
    """Validate one shorthand pattern (grammar in the file's header) and return it with `$name` written out."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise PolicyError(f"{where}: must be a non-empty pattern (text)")
    tokens = []
    for token in pattern.split():
        if token == "...":
            tokens.append(token)
            continue
        body = token[:-1] if token.endswith("?") else token
        alternatives = body.split("|")
        if not body or "?" in body or any(not a or a == "=" for a in alternatives):
            raise PolicyError(f"{where}: token {token!r} has an empty alternative or a misplaced '?' in {pattern!r}")
        literal = alternatives[0].startswith("=")
        if not literal and any(a.startswith("=") for a in alternatives[1:]):
            raise PolicyError(f"{where}: token {token!r}: '=' (as written) must start the token; a later '=word' "
                              f"in a lemma token would never match")
        expanded = []
        for alternative in alternatives:
            if alternative.lstrip("=").startswith("$"):
                name = alternative.lstrip("=")[1:]
                if literal:
                    raise PolicyError(f"{where}: token {token!r}: a '$' list cannot be matched as written ('=')")
                if name not in lists:
                    raise PolicyError(f"{where}: token {token!r}: '${name}' is not a name under 'lists'")
                expanded += lists[name]
            else:
                written = alternative.lstrip("=").replace("''", "'")
                pieces = _tokenizer()(written)
                if len(pieces) != 1 and not written.startswith("'"):  # ("'m", "'s": one word after "I", "it")
                    # the text is read the same way, so no message ever has this word: "cant" is ca + nt
                    raise PolicyError(f"{where}: token {token!r}: {alternative!r} is {len(pieces)} words to the "
                                      f"tokenizer ({' + '.join(t.text for t in pieces)}), so it never matches; an "
                                      f"alternative must be one word (for a contraction, write 'not')")
                expanded.append(alternative)
        tokens.append("|".join(expanded) + ("?" if token.endswith("?") else ""))
    return " ".join(tokens)


def _patterns(value: object, where: str, lists: Mapping[str, List[str]]) -> Tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise PolicyError(f"{where}: must be a non-empty list of patterns")
    return tuple(check_pattern(p, f"{where}[{i}]", lists) for i, p in enumerate(value))


def _rule(name: str, entry: object, where: str, lists: Mapping[str, List[str]], listed: Mapping[str, str]) -> Rule:
    if not _NAME.match(name):
        raise PolicyError(f"{where}: a rule name is lower case letters, digits and '_'")
    if not isinstance(entry, dict) or not (entry.get("phrases") or entry.get("near")):
        raise PolicyError(f"{where}: must be a mapping with 'phrases' and/or 'near'")
    _keys(entry, RULE_KEYS, where)
    reports = entry.get("reports", name)
    if not isinstance(reports, str) or (reports not in listed and reports != ANTECEDENT):
        raise PolicyError(f"{where}.reports: {reports!r} is not a symptom of {levels_file.LEVELS_PATH} "
                          f"(add it there with its level) nor {ANTECEDENT!r}")
    phrases = _patterns(entry["phrases"], f"{where}.phrases", lists) if "phrases" in entry else ()
    near = None
    if "near" in entry:
        raw = entry["near"]
        if not isinstance(raw, dict):
            raise PolicyError(f"{where}.near: must be a mapping with 'heads' and 'qualifiers' or 'qualifier_phrases'")
        _keys(raw, NEAR_KEYS, f"{where}.near")
        if not raw.get("qualifiers") and not raw.get("qualifier_phrases"):
            raise PolicyError(f"{where}.near: needs 'qualifiers' or 'qualifier_phrases'")
        near = Near(_words(raw.get("heads"), f"{where}.near.heads", lists),
                    _words(raw.get("qualifiers", ""), f"{where}.near.qualifiers", lists, empty_ok=True),
                    _patterns(raw["qualifier_phrases"], f"{where}.near.qualifier_phrases", lists)
                    if "qualifier_phrases" in raw else ())
    not_when = _patterns(entry["not_when"], f"{where}.not_when", lists) if "not_when" in entry else ()
    return Rule(name, reports, phrases, near, not_when)


def _symptom_map(value: object, where: str, listed: Mapping[str, str]) -> Mapping[str, Any]:
    mapping = _mapping(value, where, "symptoms")
    for symptom in mapping:
        if symptom not in listed:
            raise PolicyError(f"{where}.{symptom}: not a symptom of {levels_file.LEVELS_PATH}")
    return mapping


def read_mapping(path: Path, required: Tuple[str, ...], optional: Tuple[str, ...]) -> Dict[str, Any]:
    """A policy YAML file as a mapping with every `required` key and no key outside `required` and `optional`;
    PolicyError naming the file and the key otherwise (also used for policy/follow_up_cues.yml)."""
    try:
        raw = policy_yaml.load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PolicyError(f"{path}: cannot be read: {error}") from None
    if not isinstance(raw, dict):
        raise PolicyError(f"{path}: must be a mapping with {', '.join(required)}")
    _keys(raw, required + optional, str(path))
    for key in required:
        if key not in raw:
            raise PolicyError(f"{path}: missing key '{key}'")
    return raw


def load(path: Path = RULES_PATH) -> Lexicon:
    """Read and validate the rules file. Raises PolicyError naming the file, entry and key."""
    raw = read_mapping(path, REQUIRED, OPTIONAL)
    if raw.get("language", "en") != "en":
        raise PolicyError(f"{path}.language: must be 'en', not {raw['language']!r}")
    try:
        listed = levels_file.load()
    except levels_file.LevelsError as error:
        raise PolicyError(str(error)) from None
    lists: Dict[str, List[str]] = {}
    for name, value in (_mapping(raw["lists"], f"{path}: lists", "names to words") if "lists" in raw else {}).items():
        lists[name] = _words(value, f"{path}: lists.{name}", {}).split()
    rules = tuple(_rule(name, entry, f"{path}: rules.{name}", lists, listed)
                  for name, entry in _mapping(raw["rules"], f"{path}: rules", "rule names to rules").items())
    cues_raw = _mapping(raw["cues"], f"{path}: cues", "cue names to patterns")
    _keys(cues_raw, CUES, f"{path}: cues")
    words_raw = _mapping(raw["words"], f"{path}: words", "set names to words")
    _keys(words_raw, WORDS, f"{path}: words")
    for key, names in (("cues", CUES), ("words", WORDS)):
        missing = [n for n in names if n not in raw[key]]
        if missing:
            raise PolicyError(f"{path}: {key}.{missing[0]}: missing")
    sms = _mapping(raw["sms"], f"{path}: sms", "words to their replacements")
    for word, replacement in sms.items():
        if not isinstance(replacement, str) or not replacement.strip() or word != word.lower():
            raise PolicyError(f"{path}: sms.{word}: must map a lower-case word to its replacement (text)")
    times = raw["time_patterns"]
    if not isinstance(times, list) or not times:
        raise PolicyError(f"{path}: time_patterns: must be a non-empty list of spaCy token patterns")
    for i, pattern in enumerate(times):
        errors = validate_token_pattern(pattern) if isinstance(pattern, list) and pattern else ["not a list of tokens"]
        if errors:
            raise PolicyError(f"{path}: time_patterns[{i}]: not a spaCy Matcher token pattern: {errors[0]}")
    regexes = {}
    for key in REGEXES:
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise PolicyError(f"{path}: {key}: must be a regular expression (text)")
        try:
            regexes[key] = re.compile(raw[key])
        except re.error as error:
            raise PolicyError(f"{path}: {key}: not a valid regular expression ({error})") from None
    family = _symptom_map(raw["family"], f"{path}: family", listed)
    for symptom, kind in family.items():
        if not isinstance(kind, str) or not kind.strip():
            raise PolicyError(f"{path}: family.{symptom}: must be a word (text)")
    parts = _symptom_map(raw["pronoun_parts"], f"{path}: pronoun_parts", listed)
    levels = {rule.name: listed[rule.reports] for rule in rules if rule.reports != ANTECEDENT}
    try:  # the levels taken here must be those of policy/triage_levels.yml (as the Spanish rules')
        levels_file.check({rule.reports: levels[rule.name] for rule in rules if rule.name in levels}, str(path))
    except levels_file.LevelsError as error:
        raise PolicyError(str(error)) from None
    return Lexicon(
        path=Path(path), rules=rules, levels=levels,
        aliases={rule.name: rule.reports for rule in rules if rule.reports not in (rule.name, ANTECEDENT)},
        cues={name: _patterns(cues_raw[name], f"{path}: cues.{name}", lists) for name in CUES},
        words={name: _word_set(words_raw[name], f"{path}: words.{name}") for name in WORDS},
        sms=dict(sms), keep=_word_set(raw["keep"], f"{path}: keep"), time_patterns=times, **regexes,
        pronoun_parts={s: _word_set(v, f"{path}: pronoun_parts.{s}") for s, v in parts.items()},
        other_parts=_word_set(raw["other_parts"], f"{path}: other_parts"), family=dict(family))


LEXICON = load()
# a sentence whose first word is one of these asks ("is trouble swallowing common?", "how long is it swollen")
QUESTION_START = LEXICON.words["wh_start"] | LEXICON.words["aux_start"]
# a clause or comma item with one of these words says its own time ("..., got hives this morning", "swelling since
# yesterday"): `recent_words`, `onset_words` and `clause_times`
OWN_TIME_WORDS = LEXICON.words["recent_words"] | LEXICON.words["onset_words"] | LEXICON.words["clause_times"]


def public_name(symptom: str) -> str:
    """The symptom a Matcher key reports ("eye_open" -> "drooping"); most keys are their own symptom."""
    return LEXICON.aliases.get(symptom, symptom)
