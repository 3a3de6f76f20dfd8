"""What a question takes for granted: the symptom it asks about is there now.

"is breathing supposed to be this hard after botox" and "how long will my droopy eyelid last?" ask a question, but
only someone who has the symptom asks them that way: they are reports (botox_clinic/triage_questions.py reads these
for the person in a question). The words are policy/red_flags_en.yml's `degree_now_words` and `owned_symptom_words`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from botox_clinic.triage_lexicon import LEXICON
from botox_clinic.triage_statement import IF_WORDS, botox_question

W = LEXICON.words
DEGREE_NOW, OWNED_SYMPTOM = W["degree_now_words"], W["owned_symptom_words"]


def degree_now(sent: Span) -> bool:
    """"this" right before a word of how a symptom feels (`degree_now_words`) in the sentence: the writer has it
    now ("is breathing supposed to be this hard after botox", "will my lid stay this heavy?")."""
    return any(t.lower_ == "this" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ in DEGREE_NOW for t in sent)


def owned_now(doc: Doc, span: Span) -> bool:
    """The symptom's words start with how it shows (`owned_symptom_words`) right after "my/her/his/our/their": it is
    there now, whatever the question around it ("how long will my droopy eyelid last?"; not "will my eyelid droop?"),
    unless its sentence puts a condition ("... if i get one") or asks what Botox does for it ("can botox fix my droopy
    eyelids?": the reason for treatment)."""
    sent = span.sent
    return span.start > 0 and doc[span.start - 1].lower_ in {"my", "our", "her", "his", "their"} and \
        doc[span.start].lower_ in OWNED_SYMPTOM and not any(t.lower_ in IF_WORDS for t in sent) and \
        botox_question(doc, sent.start, sent.end) is None
