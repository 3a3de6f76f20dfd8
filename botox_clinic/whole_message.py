"""What a whole message tells beside the findings of the red-flag rules (no Rasa).

`addons/nlu/red_flags.assess` reads a message with the English and the Spanish rules; then:
- `read_checklist(text, read)`: a message written as a checklist is read item by item (botox_clinic/checklist.py);
- `read_more(assessment, text)`: a symptom said to be getting worse becomes its `when_worsening` symptom
  (`says_worse`); a common effect that started a week or more after the treatment is one the rules do not know as
  routine (`late_time`, `late_onset`); a temperature at or above the fever line told as a reading is a fever
  (`fever_reading`). The words are the follow-up cues' (policy/follow_up_cues.yml); the levels those of
  policy/triage_levels.yml.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Optional

from botox_clinic import checklist, follow_up_cues, levels, triage, triage_bilingual, triage_es

CUES = follow_up_cues.CUES
FEVER_SYMPTOM = "infection_signs"  # a temperature at or above the fever line: an infection sign
LATE_SYMPTOM = UNKNOWN_SYMPTOM = "other_symptom"  # a common effect started a week or more after the treatment, or
# a checklist item said not to be right that no rule names: not known as routine


def _with(assessment: triage.Assessment, finding: triage.Finding) -> triage.Assessment:
    """`assessment` with `finding` added, at the higher of the two levels."""
    return triage_bilingual.merge(assessment, triage.Assessment(level=finding.level, symptoms=[finding.symptom],
                                                                findings=[finding], someone_reports=True))


def read_checklist(text: str, read: Callable[[str], triage.Assessment]) -> Optional[triage.Assessment]:
    """The checklist `text` ("breathing: ok / swallowing: kinda hard") read by `read` as its items' sentences, each
    finding spanning the whole message; an item said not to be right in which `read` finds nothing ("voice - not
    great") is a sign no rule names, at least "call the clinic". None when the message is no checklist."""
    listed = checklist.read(text)
    if listed is None:
        return None
    found = read(listed.sentences)
    unknown = [item for item in listed.poor
               if not any(not f.negated and f.effective_level != triage.NONE for f in read(item).findings)]
    if unknown and triage.RANK[found.level] < triage.RANK[triage.URGENT]:
        found = _with(found, triage.Finding(symptom=UNKNOWN_SYMPTOM, level=triage.URGENT, start=0, end=len(text),
                                            text=unknown[0]))
    return replace(found, findings=[replace(f, start=0, end=len(text)) for f in found.findings])


def read_more(assessment: triage.Assessment, text: str) -> triage.Assessment:
    """`assessment` with what a whole message tells beside its findings: worse (`_worsening`), late (`_late`), a
    fever reading (`_fever`)."""
    return _fever(_late(_worsening(assessment, text), text), text)


def _fever(assessment: triage.Assessment, text: str) -> triage.Assessment:
    """A temperature at or above the fever line told as a reading, not asked and not a condition (a sentence with the
    follow-up cues' `fever_reading`, no "?" and no `fever_condition`: "38.3 C", "100.6 F", "temp 101"): a fever, an
    infection sign (`infection_signs`, "call the clinic"), unless the rules read one already."""
    if any(f.symptom == FEVER_SYMPTOM and not f.negated and not f.general for f in assessment.findings):
        return assessment
    reading = next((m for s in re.split(r"[.!\n](?!\d)", triage_es.fold(text).lower()) if "?" not in s and
                    not CUES.fever_condition.search(s) for m in [CUES.fever_reading.search(s)] if m), None)
    if reading is None:
        return assessment
    return _with(assessment, triage.Finding(symptom=FEVER_SYMPTOM, level=levels.load()[FEVER_SYMPTOM], start=0,
                                            end=len(text), text=reading.group()))


def _late(assessment: triage.Assessment, text: str) -> triage.Assessment:
    """A routine report whose effect started a week or more after the treatment (the follow-up cues' `late_time` and
    `late_onset`, no `late_not`: "fine until yesterday, day 10, and now they're swollen, red and sore again"): the
    common effects come within days and settle (MAYO), so it is one the rules do not know as routine, "call the
    clinic" (`other_symptom`)."""
    folded = triage_es.fold(text).lower()
    if assessment.level != triage.ROUTINE or not CUES.late_time.search(folded) or \
            not CUES.late_onset.search(folded) or CUES.late_not.search(folded):
        return assessment
    routine = [f for f in assessment.findings if f.effective_level == triage.ROUTINE]
    return _with(assessment, triage.Finding(symptom=LATE_SYMPTOM, level=levels.load()[LATE_SYMPTOM],
                                            start=routine[0].start, end=routine[-1].end,
                                            text=" ... ".join(f.text for f in routine)))


def _worsening(assessment: triage.Assessment, text: str) -> triage.Assessment:
    """A reported symptom the patient says is getting worse becomes its `when_worsening` symptom
    (policy/triage_levels.yml): "my whole face is puffing up and it's getting worse" is an allergic reaction."""
    if not says_worse(text) and not says_worse(triage.triage().split_run_together(text)):  # "blowingup fast"
        return assessment
    added = [triage.Finding(symptom=worse, level=levels.load()[worse], start=f.start, end=f.end, text=f.text)
             for f in assessment.findings
             if f.effective_level != triage.NONE and (worse := levels.when_worsening(f.symptom))]
    if not added:
        return assessment
    level = max((f.level for f in added), key=triage.RANK.__getitem__)
    return triage_bilingual.merge(assessment, triage.Assessment(level=level, symptoms=[f.symptom for f in added],
                                                                findings=added))


def says_worse(text: str) -> bool:
    """The message says something is getting worse, in words no denial covers: "it's bigger than yesterday",
    also in "the redness isn't worse but it's bigger than yesterday"; not "it isn't getting worse"."""
    denied = [m.span() for m in CUES.not_worsening.finditer(text)]
    return any(not any(a < end and start < b for a, b in denied) for start, end in
               (m.span() for m in CUES.worsening.finditer(text)))
