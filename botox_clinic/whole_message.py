"""What a whole message tells beside the findings of the red-flag rules (no Rasa).

`addons/nlu/red_flags.assess` reads a message with the English and the Spanish rules; then:
- `read_checklist(text, read)`: a message written as a checklist is read item by item (botox_clinic/checklist.py);
- `read_more(assessment, text, read)`: a symptom said to be getting worse becomes its `when_worsening` symptom
  (`says_worse`); a common effect that started a week or more after the treatment is one the rules do not know as
  routine (`late_time`, `late_onset`); a temperature at or above the fever line told as a reading is a fever
  (`fever_reading`); a red flag told as now before a question about something else is reported, its clause read by
  `read` (`_told_before_question`); an illness told before a treatment still ahead is no side effect
  (`_before_treatment`). The words are the follow-up cues' (policy/follow_up_cues.yml); the levels those of
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


def read_more(assessment: triage.Assessment, text: str, read: Callable[[str], triage.Assessment]) -> triage.Assessment:
    """`assessment` with what a whole message tells beside its findings: worse (`_worsening`), late (`_late`), a
    fever reading (`_fever`), a red flag told as now before a question (`_told_before_question`, with `read`, the
    reader of one clause), an illness before the treatment (`_before_treatment`)."""
    assessment = _told_before_question(_fever(_late(_worsening(assessment, text), text), text), text, read)
    return _before_treatment(assessment, text)


def _told_before_question(assessment: triage.Assessment, text: str,
                          read: Callable[[str], triage.Assessment]) -> triage.Assessment:
    """A red flag told as now (the follow-up cues' `told_now`, or `told_going_on` in a message that names a treatment
    had, `treatment_had`; no clause opening with `hypothetical_start`) in a clause before a question of its sentence
    about something else (`unrelated_question`: the price, cancelling; not "can that happen to me?"), read by `read` as
    reported on its own ("so i had botox thursday, but since yesterday its kinda hard to swallow, anyway how much is a
    touch up?", "now pus is coming out of one spot, should i cancel?"): reported, whatever the question after it asks.
    Only red flags (urgent or above) are added: the net for a report a question hid."""
    if "?" not in text or not any(f.general and triage.RANK[f.level] >= triage.RANK[triage.URGENT]
                                  for f in assessment.findings):
        return assessment
    # (any treatment named, "never had" too: this net errs toward a report)
    treated = bool(CUES.treatment_had.search(triage_es.fold(text).lower()))
    for sentence in re.split(r"(?<=[.!?\n])\s+", text):
        if "?" not in sentence:
            continue
        clauses = re.split(r"[,;:]", sentence)
        for index, clause in enumerate(clauses):
            folded = triage_es.fold(clause).lower().strip()
            after = triage_es.fold(",".join(clauses[index + 1:])).lower()
            if "?" in clause or CUES.hypothetical_start.match(folded) or not CUES.unrelated_question.search(after) or \
                    not (CUES.told_now.search(folded) or treated and CUES.told_going_on.search(folded)):
                continue
            for finding in read(clause.strip()).findings:
                if not finding.general and not finding.negated and \
                        triage.RANK[finding.effective_level] >= triage.RANK[triage.URGENT]:
                    assessment = _with(assessment, replace(finding, start=0, end=len(text)))
    return assessment


def _before_treatment(assessment: triage.Assessment, text: str) -> triage.Assessment:
    """An illness told before a treatment still ahead ("im getting gentamicin for an infection, does that matter for
    botox next week", "tengo fiebre y mi cita de botox es manana"): when every sign read, not denied, is one of the
    follow-up cues' `before_treatment_signs` told in words of an illness of the whole body (`before_treatment_words`:
    "fever", "flu"; not "pus" at a spot), the message tells the treatment ahead (`treatment_ahead`) or names a
    medicine for the illness (`follow_up_cues.medicine_for_illness`) and tells no treatment had
    (`follow_up_cues.tells_treatment_had`), those findings are asked (`general`) and had before the treatment
    (`before_treatment`: no classifier's guess makes them a report) and nobody reports: the answer is the FAQ's (when
    to postpone, which medicines to mention; FDA label: do not inject where there is an infection), the patient is no
    Botox patient yet. An emergency sign is never one of them."""
    signs = [f for f in assessment.findings if not f.negated and f.effective_level != triage.NONE]
    if not signs or any(f.symptom not in CUES.before_treatment_signs or
                        not CUES.before_treatment_words.search(triage_es.fold(f.text).lower()) for f in signs):
        return assessment
    folded = triage_es.fold(text).lower()
    # (or as what a medicine named is for: "I take gentamicin for a kidney infection")
    if not (CUES.treatment_ahead.search(folded) or follow_up_cues.medicine_for_illness(folded)) or \
            follow_up_cues.tells_treatment_had(folded):
        return assessment
    findings = [replace(f, general=True, before_treatment=True) if f in signs else f for f in assessment.findings]
    return triage.Assessment(level=triage.NONE, symptoms=[], findings=findings,
                             time_since_treatment=assessment.time_since_treatment, someone_reports=False)


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
