"""The follow-up cues: policy/follow_up_cues.yml, read and validated (no spaCy, no Rasa).

The words that read a message together with the patient's last messages: a symptom getting worse
(`worsening`, denied by `not_worsening`), the worst headache of one's life told after a headache
(`superlative`, denied by `not_superlative`), a short plea after a red flag (`plea`) and the only words a short
answer may carry beside saying it has a routine symptom just asked about (`routine_affirmation_words`, and where it
is: `report_places`), and a short question about what was just reported (`about_last_report`; one about a routine
effect that an FAQ answers better, by FAQ topic: `routine_report_faqs`), and the words that only tell when a symptom
just reported came, how it is going, where or how strong (`report_details`, joined by the small words of
`detail_fillers`; the colours of a healing bruise alone, after a bruise: `bruise_colours`), and a condition that the side effect just asked about happens (`if_it_happens`), with a question on
whom to call (`whom_to_call`), a question that only swaps one thing into the question just answered
(`elliptical`: "and for the jaw?", "what about flying tomorrow"; the FAQ topics such a follow-up swaps in, not a
question of its own: `swapped_topics`, a list of topic names; the assistant's answers a thread of questions goes on
past: `aside_answers`, response names) or asks only about "that" (`anaphoric`: "is that going to mess anything
up?"), and how a message that says something is worse starts when it is said of the symptom just asked about
(`said_of_it`), and how a text that only starts a sentence ends (`unfinished_ends`; never a short thanks,
`acknowledgements`); and one cue read in a single message: a headache asked about as something Botox causes
(`side_effect_asked`).
Cues read on the whole message: only the treatment and when, someone else's told by who writes for them, or a
return to an earlier chat (`treatment_only`), a day after how to book
(`booking_time`), only a nerve-muscle condition had (`condition_only`), only a medicine taken (`medicine_only`; how one named bears on Botox, asked: `medicine_bearing`),
only a pregnancy or breastfeeding (`pregnancy_only`), whether to stop "it" after one (`stop_it`), a person asked
for (`person_asked`); and with the last messages: a symptom of last time come again (`again`), a short whole sentence
that is no piece of the next (`whole_clauses`), a remedy asked for "it" beside details (`remedy_for_it`), how a
word or two answering what the patient notices is read (`prompt_framings`, sentences with "{}"), and a correction
that takes the last report back (`corrections` with `nothing_happening`, none of `moved_elsewhere`: `takes_back`), or
the part it named (`part_corrected` with `only_this`: `corrects_part`), a message that goes on with the sentence of
the one before (`goes_on`: "like its closing up a bit", "o sea como ver doble?") and one that says the question just
answered was only a question (`asked_ahead` or `nothing_happening`: `only_asking`); the FAQ topics a routine report
may ask about beside it (`asked_beside_report`, topic names); and that the patient cannot say what is wrong
(`cannot_describe`), and whether what the last message
told of the past or of someone else could happen to the patient (`same_could_happen`); by FAQ topic, the words that
name a topic's subject (`topic_words`: a follow-up that names the subject of the answer just given again); a checklist
item's value that only denies or only affirms it, or says it is not right (`checklist_denied`, `checklist_affirmed`,
`checklist_poor`: botox_clinic/checklist.py);
a common effect started a week or more after the treatment (`late_time` with `late_onset`, not `late_not`); a message
opening by asking to book (`asks_to_book`, in words only a booking uses: `booking_words`); a temperature at or above the fever line (`fever_reading`, not in a
sentence with `fever_condition`); the emergency signs said to be fine (`signs_fine`); a piece that compares what the
patient feels with something known (`comparison`); the answer just given pushed back on or feared (`pushback`); a
question whether Botox treats a sign (`treats_it`); the FAQ answers on side effects and safety in general
(`safety_topics`, names); the patient or the present named in a clarifying question (`own_or_now`); an illness
told before a treatment still ahead (`before_treatment_signs`, symptom names, with `treatment_ahead`, not
`treatment_had`, unless the one ahead is the first, `never_treated`: `tells_treatment_had`) and the words of such an
illness (`before_treatment_words`); the words that open a question after a preamble (`asks_opener`); by FAQ topic,
what a question whether Botox treats a sign asks it to treat (`treatment_targets`: `treatment_target`); the subjects
that change whether Botox is safe for a person (`safety_subjects`, topic names) and a question whether one may have
it (`allowed_asked`); a clause that tells a sign as now (`told_now`, or `told_going_on` after a treatment had; never
one opening with `hypothetical_start`), before a question about something else (`unrelated_question`); a question
whether Botox treats what the message before told (`treats_told`).
A message that only says which medicine the patient takes (`medicine_only`) writes `{medicine}` where a name of the
medicine lookup table goes (data/nlu/lookup_medicines.yml, env MEDICINE_LOOKUP: the names Rasa's RegexFeaturizer
learns from), so the medicines are listed once; any pattern writes `{name}` where the words of `placeholders` under
that name go (a treatment's site or purpose, `{site}`/`{sitio}`; the people a patient writes for,
`{relative}`/`{pariente}`), listed once.
`load(path)` returns a `FollowUpCues` of compiled, case-insensitive patterns; each key's alternatives are
matched as whole words (compiled as r"\\b(?:a|b|...)\\b"). `CUES` is the file at `CUES_PATH` (env
FOLLOW_UP_CUES), loaded when this module is imported, so a bad file stops start-up with a `PolicyError`
naming the file, the key and the index ("policy/follow_up_cues.yml: worsening[3]: ...").
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Pattern, Tuple

import yaml

from botox_clinic.triage_es_rules import fold
from botox_clinic.triage_lexicon import PolicyError, read_mapping

ROOT = Path(__file__).resolve().parent.parent
CUES_PATH = Path(os.environ.get("FOLLOW_UP_CUES", ROOT / "policy" / "follow_up_cues.yml"))
MEDICINE_LOOKUP = Path(os.environ.get("MEDICINE_LOOKUP", ROOT / "data" / "nlu" / "lookup_medicines.yml"))
KEYS = ("worsening", "not_worsening", "superlative", "not_superlative", "plea", "routine_affirmation_words",
        "report_places", "about_last_report", "routine_report_faqs", "report_details", "detail_fillers", "bruise_colours",
        "if_it_happens", "both_replies", "unsure_which",
        "whom_to_call", "said_of_it", "side_effect_asked", "unfinished_ends", "how_long_it_lasts", "elliptical",
        "anaphoric", "swapped_topics", "aside_answers", "acknowledgements", "not_working_yet",
        "feeling_words", "other_treatment", "botox_named", "treatment_only",
        "booking_time", "medicine_only", "medicine_bearing", "again", "whole_clauses", "stop_it",
        "person_asked", "prompt_framings", "remedy_for_it", "corrections", "nothing_happening",
        "moved_elsewhere", "part_corrected", "only_this", "goes_on", "asked_ahead", "cannot_describe", "pregnancy_only", "condition_only", "same_could_happen", "topic_words", "checklist_denied",
        "checklist_affirmed", "late_time", "late_onset", "asks_to_book", "booking_words", "checklist_poor",
        "fever_reading", "fever_condition", "late_not", "signs_fine", "comparison", "pushback",
        "treats_it", "safety_topics", "own_or_now", "before_treatment_signs", "treatment_ahead", "treatment_had",
        "asks_opener", "treatment_targets", "safety_subjects", "allowed_asked", "told_now", "never_treated", "before_treatment_words",
        "told_going_on", "hypothetical_start", "unrelated_question", "treats_told", "asked_beside_report")
# lists of names, not patterns
NAME_LISTS = ("swapped_topics", "aside_answers", "safety_topics", "before_treatment_signs", "safety_subjects",
              "asked_beside_report")
BY_TOPIC = ("routine_report_faqs", "topic_words", "treatment_targets")  # FAQ topic -> list of patterns
TEMPLATES = ("prompt_framings",)  # lists of sentences with one "{}" for the patient's words
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # `{site}`: the words of `placeholders` named "site"


@dataclass(frozen=True)
class FollowUpCues:
    """One compiled pattern per key of the file (`re.Pattern`, case-insensitive, whole words)."""
    worsening: Pattern[str]
    not_worsening: Pattern[str]
    superlative: Pattern[str]
    not_superlative: Pattern[str]
    plea: Pattern[str]  # searched in the folded message (accents removed)
    routine_affirmation_words: Pattern[str]  # searched in the folded message
    report_places: Pattern[str]  # ditto
    about_last_report: Pattern[str]  # the whole folded message, without its punctuation (`fullmatch`)
    routine_report_faqs: Dict[str, Pattern[str]]  # FAQ topic -> pattern, matched as `about_last_report`
    topic_words: Dict[str, Pattern[str]]  # FAQ topic -> its subject's words, searched in the folded, lower-cased message
    report_details: Pattern[str]  # searched in the folded message, lower-cased
    detail_fillers: Pattern[str]  # ditto
    bruise_colours: Pattern[str]  # matched against the whole folded, lower-cased message without its punctuation
    if_it_happens: Pattern[str]  # searched in the folded message
    whom_to_call: Pattern[str]  # ditto
    said_of_it: Pattern[str]  # matched at the start of the folded, lower-cased message
    side_effect_asked: Pattern[str]  # searched in the message as written
    unfinished_ends: Pattern[str]  # searched at the end of the folded, lower-cased text
    how_long_it_lasts: Pattern[str]  # searched in the folded message
    elliptical: Pattern[str]  # matched at the start of the folded, lower-cased message without its opening punctuation
    anaphoric: Pattern[str]  # the whole folded, lower-cased message without its punctuation (`fullmatch`)
    acknowledgements: Pattern[str]  # the whole folded, lower-cased text without its punctuation (`fullmatch`)
    swapped_topics: FrozenSet[str]  # FAQ topic names ("injection_areas")
    aside_answers: FrozenSet[str]  # response names ("utter_out_of_scope")
    not_working_yet: Pattern[str]  # searched in the folded message
    feeling_words: Pattern[str]  # ditto
    other_treatment: Pattern[str]  # searched in the folded message
    botox_named: Pattern[str]  # ditto
    treatment_only: Pattern[str]  # the whole folded, lower-cased message without its punctuation (`fullmatch`)
    booking_time: Pattern[str]  # ditto
    medicine_only: Pattern[str]  # ditto, `{medicine}` in its alternatives is a name of the medicine lookup table
    medicine_bearing: Pattern[str]  # searched in the folded, lower-cased message
    again: Pattern[str]  # searched in the folded, lower-cased message
    whole_clauses: Pattern[str]  # the whole folded, lower-cased text without its punctuation (`fullmatch`)
    stop_it: Pattern[str]  # ditto
    person_asked: Pattern[str]  # matched at the start of the folded, lower-cased message without its opening punctuation
    prompt_framings: Tuple[str, ...]  # sentences with one "{}" (`str.format`)
    both_replies: Pattern[str]  # the whole folded, lower-cased message without its punctuation (`fullmatch`)
    unsure_which: Pattern[str]  # searched in the folded, lower-cased message
    remedy_for_it: Pattern[str]  # searched in the folded, lower-cased message
    corrections: Pattern[str]  # ditto
    nothing_happening: Pattern[str]  # ditto
    moved_elsewhere: Pattern[str]  # ditto
    part_corrected: Pattern[str]  # ditto
    only_this: Pattern[str]  # ditto
    goes_on: Pattern[str]  # matched at the start of the folded, lower-cased message without its opening punctuation
    asked_ahead: Pattern[str]  # searched in the folded, lower-cased message
    cannot_describe: Pattern[str]  # ditto
    pregnancy_only: Pattern[str]  # the whole folded, lower-cased message without its punctuation (`fullmatch`)
    condition_only: Pattern[str]  # ditto
    same_could_happen: Pattern[str]  # the whole last clause of the folded, lower-cased message (`fullmatch`)
    checklist_denied: Pattern[str]  # the whole folded, lower-cased value of a checklist item (`fullmatch`)
    checklist_affirmed: Pattern[str]  # ditto
    checklist_poor: Pattern[str]  # searched in the folded, lower-cased value of a checklist item
    late_time: Pattern[str]  # searched in the folded, lower-cased message
    late_onset: Pattern[str]  # ditto
    late_not: Pattern[str]  # ditto
    asks_to_book: Pattern[str]  # matched at the start of the folded, lower-cased message without its punctuation
    booking_words: Pattern[str]  # searched in the opening `asks_to_book` matched
    fever_reading: Pattern[str]  # searched in a sentence of the folded, lower-cased message
    fever_condition: Pattern[str]  # ditto
    signs_fine: Pattern[str]  # searched in the folded, lower-cased message
    comparison: Pattern[str]  # matched at the start of the folded, lower-cased text
    pushback: Pattern[str]  # searched in the folded message
    treats_it: Pattern[str]  # searched in the folded, lower-cased message
    safety_topics: FrozenSet[str]  # FAQ topic names ("side_effects")
    own_or_now: Pattern[str]  # searched in the folded, lower-cased message
    before_treatment_signs: FrozenSet[str]  # symptom names ("infection_signs")
    asked_beside_report: FrozenSet[str]  # FAQ topic names ("aftercare_makeup")
    treatment_ahead: Pattern[str]  # searched in the folded, lower-cased message
    treatment_had: Pattern[str]  # ditto
    asks_opener: Pattern[str]  # ditto
    treatment_targets: Dict[str, Pattern[str]]  # FAQ topic -> what Botox is asked to treat, searched as `asks_opener`
    safety_subjects: FrozenSet[str]  # FAQ topic names, each a key of `topic_words` ("neuromuscular")
    allowed_asked: Pattern[str]  # searched in the folded, lower-cased message
    told_now: Pattern[str]  # searched in a folded, lower-cased clause
    told_going_on: Pattern[str]  # ditto
    hypothetical_start: Pattern[str]  # matched at the start of a folded, lower-cased clause
    unrelated_question: Pattern[str]  # searched in the folded, lower-cased text after a clause
    treats_told: Pattern[str]  # the whole folded, lower-cased message without its punctuation (`fullmatch`)
    never_treated: Pattern[str]  # searched in the folded, lower-cased message
    before_treatment_words: Pattern[str]  # searched in a finding's folded, lower-cased words


def _compile(path: Path, key: str, entry: Any) -> Pattern[str]:
    """A key's list of alternatives as one whole-word pattern; PolicyError naming the bad alternative."""
    if not isinstance(entry, list) or not entry:
        raise PolicyError(f"{path}: {key}: must be a non-empty list of regular expressions")
    for index, alternative in enumerate(entry):
        where = f"{path}: {key}[{index}]"
        if not isinstance(alternative, str) or not alternative.strip():
            raise PolicyError(f"{where}: must be a non-empty string, not {alternative!r}")
        try:
            alone = re.compile(alternative, re.IGNORECASE)
        except re.error as error:
            raise PolicyError(f"{where}: not a valid regular expression ({error}): {alternative!r}") from None
        if alone.fullmatch(""):
            raise PolicyError(f"{where}: matches an empty message, so every message: {alternative!r}")
    return re.compile(r"\b(?:" + "|".join(f"(?:{a})" for a in entry) + r")\b", re.IGNORECASE)


def load(path: Path = CUES_PATH) -> FollowUpCues:
    """The cues file at `path`, compiled; PolicyError if it is unreadable, lacks a key or has a bad entry."""
    raw = read_mapping(path, KEYS + ("placeholders",), ("version",))
    by_topic = {key: raw[key] for key in BY_TOPIC}
    for key, topics in by_topic.items():
        if not isinstance(topics, dict) or not topics:
            raise PolicyError(f"{path}: {key}: must map FAQ topics to lists of regular expressions")
    medicine = medicine_alternation()
    if isinstance(raw["medicine_only"], list):
        raw["medicine_only"] = [a.replace("{medicine}", medicine) if isinstance(a, str) else a for a in raw["medicine_only"]]
    words = raw.pop("placeholders")
    if not isinstance(words, dict) or not words or not all(isinstance(v, str) and v for v in words.values()):
        raise PolicyError(f"{path}: placeholders: must map names to alternations of words")
    for key in KEYS:
        if key in BY_TOPIC + NAME_LISTS + TEMPLATES or not isinstance(raw[key], list):
            continue
        for index, entry in enumerate(raw[key]):
            if not isinstance(entry, str):
                continue
            entry = PLACEHOLDER.sub(lambda m: f"({words[m[1]]})" if m[1] in words else m[0], entry)
            if unknown := PLACEHOLDER.search(entry):
                raise PolicyError(f"{path}: {key}[{index}]: unknown placeholder {unknown[0]}")
            raw[key][index] = entry
    fields: Dict[str, Any] = {key: _compile(path, key, raw[key]) for key in KEYS
                              if key not in BY_TOPIC + NAME_LISTS + TEMPLATES}
    fields.update({key: _names(path, key, raw[key]) for key in NAME_LISTS})
    fields.update({key: _templates(path, key, raw[key]) for key in TEMPLATES})
    fields.update({key: {str(topic): _compile(path, f"{key}.{topic}", entry) for topic, entry in topics.items()}
                   for key, topics in by_topic.items()})
    return FollowUpCues(**fields)


def _names(path: Path, key: str, entry: Any) -> FrozenSet[str]:
    """A key's list of names (FAQ topics, response names); PolicyError unless a non-empty list of words."""
    if not isinstance(entry, list) or not entry or not all(isinstance(n, str) and re.fullmatch(r"\w+", n) for n in entry):
        raise PolicyError(f"{path}: {key}: must be a non-empty list of names")
    return frozenset(entry)


def _templates(path: Path, key: str, entry: Any) -> Tuple[str, ...]:
    """A key's list of sentences with one "{}" each; PolicyError naming the bad one."""
    if not isinstance(entry, list) or not entry:
        raise PolicyError(f"{path}: {key}: must be a non-empty list of sentences with one {{}}")
    for index, sentence in enumerate(entry):
        if not isinstance(sentence, str) or sentence.count("{}") != 1 or "{" in sentence.replace("{}", ""):
            raise PolicyError(f"{path}: {key}[{index}]: must be a sentence with one {{}}, not {sentence!r}")
    return tuple(entry)


def medicine_names(path: Path = MEDICINE_LOOKUP) -> List[str]:
    """The names of the `medicine` lookup table in the Rasa training file at `path`, accents removed, longest first,
    and with their punctuation as spaces ("retin a"), as `bare` writes them; PolicyError if the file has no such table."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise PolicyError(f"{path}: cannot be read: {error}") from None
    tables = [item for item in data.get("nlu") or [] if isinstance(item, dict) and item.get("lookup") == "medicine"]
    names = [bare(fold(line.strip()[2:])) for table in tables for line in str(table.get("examples") or "").splitlines()
             if line.strip().startswith("- ")]
    if not names:
        raise PolicyError(f"{path}: has no `medicine` lookup table with names")
    return sorted(set(names), key=lambda name: (-len(name), name))


@lru_cache(maxsize=1)
def medicine_alternation() -> str:
    """The names of `medicine_names` as one regular-expression group, "(?:blood thinners|eliquis|...)", with the final
    "a" or "o" of their Spanish spelling ("gentamicina", "ibuprofeno") when the table has only the English one."""
    return "(?:(?:" + "|".join(re.escape(name) for name in medicine_names()) + ")(?:a|o)?)"


def bare(folded: str, keep: str = "") -> str:
    """The (folded) message lower-cased, its punctuation as spaces except the characters of `keep` ("'" keeps "i'm"
    one word), single-spaced: what the cues matched on the whole message (`treatment_only`, `booking_time`,
    `medicine_only`, `anaphoric`) read."""
    return " ".join(re.sub(rf"[^\w\s{re.escape(keep)}]", " ", folded.lower()).split())


CUES = load()
MEDICINE_NAMED = re.compile(r"\b" + medicine_alternation() + r"\b")
# a medicine named, then the illness it is for, up to three words on ("gentamicin for a kidney infection")
MEDICINE_FOR = re.compile(r"\b" + medicine_alternation() + r"\w*( \w+){0,3} (for|por|x|para|pa) (a |an |my |the |una |un |la "
                          r"|el |mi )?(\w+ )?(infection|infeccion|fever|fiebre|flu|gripe|gripa)\b")
# a medicine named right after a treatment word (its Spanish ending too: "me pusieron gentamicina"): the treatment had
# is that medicine's, not Botox (nor another toxin's: "me pusieron dysport" is a treatment had)
TOXINS = re.compile(r"botox|dysport|xeomin|jeuveau|daxxify|toxina|tox")  # botulinum toxins, the lookup table's too
MEDICINE_NEXT = re.compile(r"\s*(el |la |los |las |un |una |some |a |an |my |mi )?(?!(" + TOXINS.pattern + r")\b)" +
                           medicine_alternation() + r"\w*")


def names_medicine(folded: str, toxins: bool = True) -> bool:
    """The (folded) message names a medicine of the medicine lookup table: "tomo xarelto por un coagulo"; with
    `toxins` False, one that is not a botulinum toxin (`TOXINS`: "a bad reaction to dysport" names none)."""
    return any(toxins or not TOXINS.fullmatch(m.group()) for m in MEDICINE_NAMED.finditer(bare(folded)))


def medicine_for_illness(folded: str) -> bool:
    """The (folded) message names a medicine of the lookup table and the illness it is for ("I take gentamicin for a
    kidney infection", "tomo antibioticos por una infeccion"): the illness is the medicine's reason, told before or
    apart from any treatment."""
    return bool(MEDICINE_FOR.search(bare(folded)))


def only_tells_treatment(folded: str) -> bool:
    """The (folded) message only says which treatment the patient (or someone they write for) had, where, what for and
    when, or that the patient is back to an earlier chat (`treatment_only`, the whole message without its punctuation):
    "got my lip flip this am", "me puse botox en la frente ayer", "my dad had botox in his leg for spasticity after his
    stroke", "hi again! we talked on monday about my underarm injections"."""
    return bool(CUES.treatment_only.fullmatch(bare(folded)))


def only_tells_medicine(folded: str) -> bool:
    """The (folded) message only says which medicine the patient takes (`medicine_only`, the whole message without its
    punctuation): "hi im on eliquis", "I take plavix for my heart", "tomo aspirina diario"."""
    return bool(CUES.medicine_only.fullmatch(bare(folded)))


def only_tells_condition(folded: str) -> bool:
    """The (folded) message only says the patient or someone they write for has a nerve-muscle condition
    (`condition_only`, the whole message without its punctuation): "I have myasthenia gravis", "mi papá tiene ELA"."""
    return bool(CUES.condition_only.fullmatch(bare(folded)))


def only_tells_pregnancy(folded: str) -> bool:
    """The (folded) message only says the patient is pregnant or breastfeeding (`pregnancy_only`, the whole message
    without its punctuation): "just found out I'm pregnant!!", "me acabo de enterar que estoy embarazada"."""
    return bool(CUES.pregnancy_only.fullmatch(bare(folded)))


def asks_to_book(folded: str, explicit: bool = False) -> bool:
    """The (folded) message opens by asking to book (`asks_to_book`): "hi can I book my next botox for next tues around
    3pm?", "quisiera agendar una cita"; with `explicit`, in words that can only mean booking (`booking_words`: not "can
    I get botox while breastfeeding")."""
    opening = CUES.asks_to_book.match(bare(folded))
    return opening is not None and (not explicit or bool(CUES.booking_words.search(opening.group())))


def asks_for_a_person(folded: str) -> bool:
    """The (folded) message opens by asking to speak with a person at the clinic (`person_asked`): "Can I speak to a
    nurse? I have a few questions about my mum's bladder Botox plan", "quisiera hablar con la doctora"."""
    return bool(CUES.person_asked.match(bare(folded)))


def not_working_yet(folded: str) -> bool:
    """The (folded) message says only that the treatment is not working yet (`not_working_yet`, and none of the
    `feeling_words`): "day 4 and my frown lines still move, nothing happening yet"."""
    return bool(CUES.not_working_yet.search(folded)) and not CUES.feeling_words.search(folded)


def about_other_treatment(folded: str) -> bool:
    """The (folded) message names another treatment (`other_treatment`) and not Botox (`botox_named`): "do lip
    fillers make your lips swell up like a balloon?"."""
    return bool(CUES.other_treatment.search(folded)) and not CUES.botox_named.search(folded)


def takes_back(folded: str) -> bool:
    """The (folded) message corrects what the last one seemed to say (`corrections`) and says nothing is happening
    (`nothing_happening`), and moves nothing to another side or part (`moved_elsewhere`): "sorry, to clarify, I'm not
    having any problem, just reading the leaflet", "perdón, me expresé mal, no me está pasando nada"; not "perdón, me
    equivoqué, es el otro ojo, el derecho. el izquierdo está bien" (the droop moved, nothing taken back)."""
    lowered = folded.lower()
    return bool(CUES.corrections.search(lowered) and CUES.nothing_happening.search(lowered)) and \
        not CUES.moved_elsewhere.search(lowered)


def corrects_part(folded: str, last_folded: str, signs: Iterable[str]) -> bool:
    """The (folded) message says the part named in the (folded) last message was the wrong one (`part_corrected`, its
    last word one of the last message's) and that only a lesser thing is there (`only_this`, after it), one of `signs`
    (the folded words of signs the message tells) within its next four words: "my eye looks swollen" then "oops no, not
    my eye, just a little bruise under it"; not "no, not my eyelid, just my brow, and it's a bit red"."""
    lowered = folded.lower()
    match = CUES.part_corrected.search(lowered)
    lesser = CUES.only_this.search(lowered, match.end()) if match else None
    if match is None or lesser is None or match[0].split()[-1] not in re.findall(r"\w+", last_folded.lower()):
        return False
    first_words = {sign.lower().split()[0] for sign in signs if sign.split()}
    return bool(first_words & set(lowered[lesser.end():].split()[:4]))


def goes_on(folded: str) -> bool:
    """The (folded) message opens by going on with the sentence of the patient's message before it (`goes_on`): "like
    its closing up a bit", "I mean like double vision?", "o sea como ver doble?"."""
    return bool(CUES.goes_on.match(folded.lower().lstrip(" ¿¡.,;:!?-")))


def only_asking(folded: str) -> bool:
    """The (folded) message says that the question before it was only a question: asked ahead of a treatment or in
    general (`asked_ahead`: "asking for later", "pregunto para después", "en general nomás") or that nothing is
    happening (`nothing_happening`: "nothing's wrong", "no tengo nada")."""
    lowered = folded.lower()
    return bool(CUES.asked_ahead.search(lowered) or CUES.nothing_happening.search(lowered))


def cannot_describe(folded: str) -> bool:
    """The (folded) message says the patient cannot tell what is wrong (`cannot_describe`): "algo anda mal pero no sé
    explicar qué", "something's off and I can't describe it"."""
    return bool(CUES.cannot_describe.search(folded.lower()))


def topics_named(by_topic: Dict[str, Pattern[str]], folded: str) -> List[str]:
    """The FAQ topics of `by_topic` (a cue read by topic: `topic_words`, `treatment_targets`) whose words the folded,
    lower-cased text names, in the file's order."""
    return [topic for topic, words in by_topic.items() if words.search(folded)]


def treatment_target(folded: str) -> Optional[str]:
    """The FAQ topic whose `treatment_targets` the folded, lower-cased message names ("can botox stop my eye
    twitching?": "therapeutic_uses"), when exactly one topic's are named; else None."""
    named = topics_named(CUES.treatment_targets, folded)
    return named[0] if len(named) == 1 else None


def tells_treatment_had(folded: str) -> bool:
    """The folded, lower-cased message tells a treatment had (`treatment_had`: "had botox monday", "después del
    botox"; not one of a medicine named right after it: "me pusieron gentamicina inyectada", "got gentamicin shots"),
    and not that the one ahead is the first (`never_treated`: "my first ever botox is next week")."""
    return any(not MEDICINE_NEXT.match(folded, m.end()) for m in CUES.treatment_had.finditer(folded)) and \
        not CUES.never_treated.search(folded)
