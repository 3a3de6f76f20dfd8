"""One reading of a message from the English and the Spanish rules.

Pure Python, no Rasa. The red-flag component reads every message with the English rules
(`botox_clinic.triage`) and, in Spanish or code-switched text, with the Spanish ones
(`botox_clinic.triage_es`); this module combines the two `Assessment`s:
- `merge(first, second)`: every finding of both, the highest level.
- `spanish_reading(english, spanish)`: the English findings read as the Spanish grammar reads them
  (asked about or denied), for a message in Spanish.
"""
from __future__ import annotations

from dataclasses import replace

from botox_clinic.triage import NONE, RANK, Assessment, Finding
from botox_clinic.triage_es_rules import fold


def merge(first: Assessment, second: Assessment) -> Assessment:
    """One assessment from two (the English and the Spanish rules; or one and the findings added to it):
    every finding, the highest level."""
    findings = first.findings + second.findings
    level = max(first.level, second.level, key=RANK.__getitem__)
    return Assessment(level=level, symptoms=sorted(set(first.symptoms) | set(second.symptoms)), findings=findings,
                      time_since_treatment=first.time_since_treatment or second.time_since_treatment,
                      someone_reports=first.someone_reports or second.someone_reports)


def spanish_reading(english: Assessment, spanish: Assessment) -> Assessment:
    """`english` with each finding that the Spanish rules also found (same symptom, same words) read as they read
    it: asked about or denied in Spanish grammar ("me van a poner botox en la vejiga por la incontinencia": the
    English rules know the word 'incontinencia', the Spanish ones that it is the reason for treatment). Only
    for a message in Spanish; a finding the Spanish rules do not have is kept as it is."""
    def same(found: Finding, other: Finding) -> bool:
        words, theirs = fold(found.text).strip(), other.text.strip()
        return found.symptom == other.symptom and bool(words) and (words in theirs or theirs in words)

    findings = [replace(f, general=f.general or any(s.general for s in matches),
                        negated=f.negated or any(s.negated for s in matches))
                if (matches := [s for s in spanish.findings if same(f, s)]) and
                all(s.general or s.negated for s in matches) else f for f in english.findings]
    level = max((f.effective_level for f in findings), key=RANK.__getitem__, default=NONE)
    # whether someone reports: the Spanish reading of the sentences ('me' is English too: "me da panico ahogarme")
    reports = spanish.someone_reports or any(not f.general and not f.negated for f in findings)
    return replace(english, findings=findings, level=level, someone_reports=reports,
                   symptoms=sorted({f.symptom for f in findings if f.effective_level != NONE}))
