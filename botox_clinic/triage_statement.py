"""Whether a clause states a symptom even when its sentence ends with a question (English rules).

"throat feels tight and hard to swallow, probably nothing right?" and "eyelid still drooping 2 weeks later, should i
wait?" report what they name: patients drop the subject ("my"), and the question is about what to do, not about
whether the symptom exists. The words are clinical policy in policy/red_flags_en.yml (`state_words`, `claim_words`,
`state_claim_next`, with `wh_start`, `if_words`, `hypothetical`, `asking`, `aux_start`, `modals`); read by
botox_clinic/triage_questions.py. No Rasa imports.
"""
from __future__ import annotations

from typing import Iterable, Tuple

from spacy.tokens import Doc, Span

from botox_clinic.triage_lexicon import LEXICON

W = LEXICON.words
STATE_WORDS = W["state_words"]
# what makes the clause a question, a what-if, something heard, or a claim about people in general
NOT_STATED = W["claim_words"] | W["if_words"] | W["hypothetical"] | W["asking"] | W["modals"] | W["embedding"] | \
    W["wondering_verbs"]
CLAIM_NEXT = W["state_claim_next"]  # "seizures are a contraindication": a classification
QUESTION_START = W["wh_start"] | W["aux_start"]  # "is trouble swallowing common?", "how long is it swollen"


def stated(doc: Doc, clause_start: int, clause_end: int, span: Span, everyday: Iterable[Tuple[int, int, int]]) -> bool:
    """The clause doc[clause_start:clause_end] (token indexes) of a symptom's words `span` states the symptom: a
    `state_words` word among the symptom's own words, after the clause's first word (not followed by one of
    `state_claim_next`), no question word first,
    no word of `NOT_STATED` in it, and the symptom not inside an everyday cause (`everyday`: Matcher matches,
    (key, start, end): "chest is sore from pushups, can I do my shots tomorrow?" stays a question)."""
    if any(s <= span.start and span.end <= e for _, s, e in everyday):
        return False
    words = [t for t in doc[clause_start:clause_end] if not t.is_punct]
    # (the state word is one of the symptom's words: "throat feels tight"; not the symptom as a topic, "trouble
    # breathing is extremely unlikely")
    states = [i for i, t in enumerate(words) if i > 0 and span.start <= t.i < span.end and
              (t.lower_ in STATE_WORDS or t.norm_ in STATE_WORDS)]
    if len(words) < 2 or words[0].lower_ in QUESTION_START or not states or \
            any(i + 1 < len(words) and words[i + 1].lower_ in CLAIM_NEXT for i in states):
        return False
    return not any(t.lower_ in NOT_STATED or t.norm_ in NOT_STATED for t in words)
