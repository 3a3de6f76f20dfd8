"""Is a clause or sentence a question, and what of it asks (English rules): `interrogative` (a wh-word, or an
auxiliary then a subject: "can botox ...", "does it ..."), `botox_question` (a question about the treatment:
"asking for a friend, does botox make you pass out") and `question_end` (where the question part of a sentence ends,
before a closing plea for help). Functions of spaCy tokens; the words are clinical policy in policy/red_flags_en.yml
(`aux_start`, `botox_words`, `asking`, `asked_ends`, `wh_start`, `wh_anywhere`, `subjects`, `embedding`,
`activity_subjects`, `treatment_gerunds`, `treatment_gerund_aux`, `if_words`, `worries`, `modals`, `earlier_day`,
`recent_words`). Used by botox_clinic/triage_statement.py and botox_clinic/triage_questions.py. No Rasa imports.
"""
from __future__ import annotations

from typing import Iterable, List, Optional, Tuple

from spacy.tokens import Doc, Span

from botox_clinic.triage_lexicon import LEXICON

W = LEXICON.words
IF_WORDS = W["if_words"]
AUX_START, BOTOX_WORDS, ASKING, ASKED_ENDS = W["aux_start"], W["botox_words"], W["asking"], W["asked_ends"]
WH_START, WH_ANYWHERE, SUBJECTS, EMBEDDING = W["wh_start"], W["wh_anywhere"], W["subjects"], W["embedding"]
ACTIVITY_SUBJECTS = W["activity_subjects"]
ACTIVITY_AUX = AUX_START - {"am", "was", "have", "has", "had"}  # SMS drops "I": "was breathing hard after a run"
TREATMENT_GERUNDS, TREATMENT_GERUND_AUX = W["treatment_gerunds"], W["treatment_gerund_aux"]
PLEA_NOT_AFTER = IF_WORDS | W["worries"] | W["modals"] | {"should", "case", "when", "whenever", "tomorrow", "before"}
WHEN_DONE = W["earlier_day"] | W["recent_words"] | {"this", "last"}  # "did my underarms today": when it was done


NAME_OPENERS = W["name_openers"]  # the words that open a treatment's name before "botox": "could the neck band botox"


def botox_question(doc: Doc, start: int, end: int) -> Optional[Tuple[int, int]]:
    """(first, stop) token indexes of a question about the treatment in doc[start:end]: an `aux_start` word with a
    Botox word up to 3 words after it, or 4 after a determiner ("could the neck band botox ..."), first or after an
    `asking` word ("asking for a friend lol does botox make you pass out"), up to an `asked_ends` word 3 words or more
    on ("... bc she just did", "... she can't breathe") or the end; None if there is none."""
    words = [t for t in doc[start:end] if not t.is_punct]
    for k, t in enumerate(words):
        # (four words after a determiner: "could the neck band botox ...", not "what do i do if i got botox ...")
        reach = 5 if k + 1 < len(words) and words[k + 1].lower_ in NAME_OPENERS else 4
        if t.lower_ in AUX_START and any(w.lower_ in BOTOX_WORDS for w in words[k + 1:k + reach]) and \
                (k == 0 or any(w.lower_ in ASKING or w.norm_ in ASKING for w in words[:k])):
            return t.i, next((w.i for w in words[k + 3:] if w.lower_ in ASKED_ENDS and  # not "... if i have"
                              doc[w.i - 1].lower_ not in IF_WORDS), end)
    return None


def question_end(doc: Doc, sent: Span, span: Span, pleas: Iterable[Tuple[int, int, int]]) -> int:
    """Where the question part of the symptom's sentence ends (a token index): before a closing plea for help after
    the symptom (`pleas`: the `plea` cue's matches; only trailing punctuation after it) when nothing before the plea
    is a what-if, a worry or a time ahead (`PLEA_NOT_AFTER`; a modal with its negation is an inability: "can't
    breathe"), else sent.end. "fit right now with legs jerking what do i do?" asks what to do about it; "scared of
    getting a droopy eyelid what should i do", "might have trouble swallowing what do we do" stay questions."""
    start = min((s for _, s, e in pleas if span.end <= s and e <= sent.end and all(t.is_punct for t in doc[e:sent.end])),
                default=sent.end)
    if any((t.lower_ in PLEA_NOT_AFTER or t.norm_ in PLEA_NOT_AFTER) and not (t.i + 1 < len(doc) and doc[t.i + 1].norm_ == "not")
           for t in doc[sent.start:start]):
        return sent.end
    return start


# a "have a ..." that asks, even without a "?": "has a patient ever stopped breathing", "have a question about ..."
HAVE_ASKS = {"ever", "anyone", "anybody", "question", "questions", "lot", "lots", "patient", "patients", "client",
             "clients", "people", "chance", "risk", "reported", "known", "happened", "possible", "normal"}


def interrogative(tokens: List) -> bool:
    """The tokens (spaCy tokens, one clause or sentence) are a question: a wh-word first or anywhere (not after
    `embedding`: "i know what i want"), or an auxiliary then a subject ("can botox ...", "does it ..."). Not a place
    ("where they injected my neck hurts") nor, without a "?", what was done and when ("did my underarms today, ...":
    SMS drops the "I") or a little of what one has ("have a bit of a headache tonight")."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    first = words[0].lower_
    second = words[1].lower_ if len(words) > 1 else ""
    asked = any(t.text.endswith("?") for t in tokens)
    if first == "where" and second in {"they", "i", "you", "she", "he", "we", "the", "my"} and \
            any(w.lower_.endswith("ed") or w.lower_ in {"put", "did", "got", "gave", "went", "stuck", "was", "were"}
                for w in words[2:5]) and not asked:
        return False  # "where they injected my neck hurts more each day", "where the needle went in is hot": a place
    if first == "did" and not asked and any(w.lower_ in WHEN_DONE for w in words[2:6]):
        return False  # "did my underarms for sweating today, the injection points are a little puffy"
    if first in {"have", "has", "had"} and second in {"a", "an"} and not asked and \
            not any(w.lower_ in HAVE_ASKS for w in words):
        return False  # "have a bit of a headache tonight": SMS drops the "I" (not "has a patient ever ...")
    return first in WH_START or (first in AUX_START and second in SUBJECTS) or \
        (first in ACTIVITY_AUX and second in ACTIVITY_SUBJECTS) or \
        (first in TREATMENT_GERUND_AUX and second in TREATMENT_GERUNDS) or \
        any(t.lower_ in WH_ANYWHERE and not (i > 0 and words[i - 1].lower_ in EMBEDDING) for i, t in enumerate(words))
