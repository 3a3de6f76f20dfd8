"""Signs only watched for, planned on or said to be possible, in English messages: "noted, i'll call 911 if i have
trouble breathing", "the paper says to watch for a droopy eyelid", "the doctor said a droopy brow can happen" tell a
plan or advice, not a report (`watched_or_planned`), unless a later clause says someone has it (`told_after`).

The words are clinical policy in policy/red_flags_en.yml (`plan_words`, `watch_words`, `plan_not_in`,
`plan_told_openers`, `plan_told_subjects`, `plan_told_verbs`, `event_modals`, `possible_events`, `told_as_mine`).
"""
from __future__ import annotations

from typing import List, Tuple

from spacy.tokens import Doc, Span

from botox_clinic.triage_lexicon import LEXICON
from botox_clinic.triage_statement import BREAKS, told_as_now

W = LEXICON.words


def watched_or_planned(doc: Doc, span: Span) -> bool:
    """The symptom is only what someone will watch for or act on, in a sentence not told as now (`told_as_now`), in a
    message in which `told_as_mine` and `told_after` find no one who has it: one of `watch_words` and "for" at most 3
    words before it ("the paper says to watch for a droopy eyelid"), or one of `event_modals` and `possible_events` right after it,
    nobody's ("the doctor said a droopy brow can happen"), or it stands in an "if"/"unless"/"in case" clause (to the
    previous comma or break) holding none of `plan_not_in`, in a sentence with one of `plan_words` ("noted, i'll call
    911 if i have trouble breathing", "you said to call if I get a fever"; not "if i swallow it hurts")."""
    sent = span.sent
    if told_as_now(sent) or LEXICON.told_as_mine.search(doc.text.lower()) or told_after(doc, span.end):
        return False
    after = [t.lower_ for t in doc[span.end:min(span.end + 3, sent.end)]]  # (a noun between: "droopy brow can ...")
    if any(a in W["event_modals"] and b in W["possible_events"] for a, b in zip(after, after[1:])) and \
            not any(t.lower_ in {"my", "her", "his", "their", "our"} for t in doc[max(sent.start, span.start - 2):span.end]):
        return True  # "the doctor said a droopy brow can happen"
    if any(t.lower_ == "for" and t.i > 0 and doc[t.i - 1].lower_ in W["watch_words"]
           for t in doc[max(sent.start, span.start - 4):span.start]):
        return True
    for i in range(span.start - 1, sent.start - 1, -1):
        token = doc[i]
        if token.text in {",", ";"} or token.norm_ in BREAKS or token.lower_ in W["plan_not_in"]:
            return False
        if token.lower_ in {"if", "unless", "incase"} or token.lower_ == "case" and i > 0 and doc[i - 1].lower_ == "in":
            end = next((t.i for t in doc[span.end:sent.end] if t.text in {",", ";"} or t.norm_ in BREAKS), sent.end)
            return not any(t.lower_ in W["plan_not_in"] for t in doc[span.start:end]) and \
                any(t.lower_ in W["plan_words"] for t in sent)
    return False


def advice_quoted(doc: Doc, end: int) -> bool:
    """A cue match ending at token `end` with one of `advice_saying` goes on with a prohibition ("not to", "never to",
    "don't", "do not"), not on a worry (`advice_reassuring`): aftercare advice quoted ("the sheet said not to, it's a
    bit pink"), not what a leaflet lists as a side effect."""
    words = [t.lower_ for t in doc[end - 1:end + 4]] + ["", "", "", "", ""]
    forbids = words[1:3] in (["not", "to"], ["never", "to"], ["do", "n't"], ["do", "not"]) or words[1] == "dont"
    return words[0] in W["advice_saying"] and forbids and not set(words[2:5]) & W["advice_reassuring"]


def info_asked(doc: Doc, matches: List[Tuple[int, int, int]], span: Span) -> List[int]:
    """The starts of the `info` cue's matches (Matcher triples) in the symptom's sentence, but for aftercare advice
    quoted (`advice_quoted`) when the symptom comes after the advice's clause ("the sheet said not to, it's drooping
    now"; not the advice's own words: "the leaflet says don't put weight on the treated side")."""
    def after_advice(end: int) -> bool:
        return any(t.text in {",", ";"} or t.norm_ in BREAKS for t in doc[end:span.start]) and advice_quoted(doc, end)
    return [s for _, s, e in matches if doc[s].sent.start == span.sent.start and not after_advice(e)]


def told_after(doc: Doc, start: int) -> bool:
    """After token `start`, a clause says someone has it: one of `plan_told_openers`, then within 3 words one of
    `plan_told_subjects` and right after it one of `plan_told_verbs` ("... and i do", "well mine is", "but i think she
    does")."""
    for opener in doc[start:]:
        if opener.lower_ in W["plan_told_openers"]:
            for t in doc[opener.i + 1:min(len(doc) - 1, opener.i + 4)]:
                if t.lower_ in W["plan_told_subjects"] and doc[t.i + 1].lower_ in W["plan_told_verbs"]:
                    return True
    return False
