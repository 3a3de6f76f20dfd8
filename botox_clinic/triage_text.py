"""Normalisation of the patient's text for the English triage: tokens, norms, spelling, sentences, clauses.

`TextMixin.make_doc(text)` returns a spaCy Doc whose `Token.norm_` is spaCy's norm for contractions
("can't" -> ca + not), else the `sms` replacement, a close-match spelling correction against the words of
the rules (rapidfuzz, similarity >= 0.84; never for a word in `keep` or one the lemma table knows), then
the lemma; a texted "2" or "4" between words reads as "to" or "for" (botox_clinic/texting.py, the lists the
classifiers read too); sentence starts are set on punctuation and line breaks. `_clauses(doc)` numbers the clauses.
The word lists come from policy/red_flags_en.yml (botox_clinic/triage_lexicon.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import AbstractSet, Any, Dict, List, Set

import jellyfish
from rapidfuzz import fuzz, process
import spacy
from spacy.tokens import Doc

from botox_clinic import texting
from botox_clinic.triage_lexicon import LEXICON, QUESTION_START

W = LEXICON.words
SMS = LEXICON.sms
KEEP = LEXICON.keep
# a dash stuck to the word before it ("my eyelid droop- when will it go away"), read as a space (same length: the
# findings' character offsets stay those of the message)
TRAILING_DASH = re.compile(r"(?<=\w)-(?=\s|$)")


def _causal_since() -> re.Pattern[str]:
    """"since" before someone in a present state (policy `causal_since_*`: "since she's driving", "since im at
    work"), read as "cause", same length, so that the time analyses (`still_words`, `onset_words`) do not take it
    for an onset ("since she's had the shots" stays one)."""
    def alternatives(words: AbstractSet[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    be = W["causal_since_be"]
    stuck = alternatives({w for w in be if not w[0].isalpha()})
    spaced = alternatives({w for w in be if w[0].isalpha()})
    subjects, joined = alternatives(W["causal_since_subjects"]), alternatives(W["causal_since_joined"])
    not_before = alternatives(W["causal_since_not_before"])
    return re.compile(rf"\bsince(?= (?:(?:{subjects})(?:{stuck}| (?:{spaced}))|{joined})\b(?! (?:{not_before})\b))",
                      re.IGNORECASE)


CAUSAL_SINCE = _causal_since()
CONTRASTS = W["contrasts"]
# dots that trail off before a question ("Mum's terrified of needles... does the injection hurt much?") or the
# patient's own ("... my voice has been hoarse since yesterday") end a sentence; before anything else they may sit
# inside one ("my eyelid... drooping since yesterday")
ELLIPSIS = re.compile(r"\.{2,}|…")
# (the words that start a sentence after them: a question's, or the patient's own, `ellipsis_openers`)
AFTER_ELLIPSIS = QUESTION_START | W["ellipsis_openers"]
NEW_EVENT_AFTER_AND = W["new_event_after_and"]
RUN_TOGETHER = re.compile(r"[A-Za-z]{7,}")
RUN_TOGETHER_WORDS = W["run_together"] | W["botox_words"]
WORD_5 = re.compile(r"[A-Za-z]{5,}")
# NYSIIS and Metaphone code -> the `sound_alike` words of the rules with that code
SOUND_INDEX: Dict[str, Set[str]] = {}
for _known in W["sound_alike"]:
    for _code in (jellyfish.nysiis(_known), jellyfish.metaphone(_known)):
        SOUND_INDEX.setdefault(_code, set()).add(_known)


def _tells_own(doc: Doc, start: int) -> bool:
    """The words from `start` to the next sentence end are a statement (no "?", no question word first) with the patient
    or the present in it: "like mine is drooping right now", "like right now it feels like somethings stuck" tell what
    is happening, they do not go on with the question before it."""
    end = next((t.i for t in doc[start:] if t.text in {".", "!", "?", "…"} or t.text.endswith(("!", "?"))), len(doc))
    first = next((t for t in doc[start:end] if t.is_alpha), None)  # (not "like, would mine be puffy for long")
    return not doc[end - 1 if end == len(doc) else end].text.endswith("?") and first is not None and \
        first.lower_ not in QUESTION_START and any(t.lower_ in W["own_now_words"] for t in doc[start:end])


class TextMixin:
    """Normalisation; the Triage class provides `nlp`, `_lemmas`, `_english_lemmas`, `vocabulary`."""

    nlp: spacy.language.Language
    _lemmas: Any
    _english_lemmas: Set[str]
    vocabulary: Set[str]
    _spelling_vocabulary: List[str]

    def norm_word(self, word: str) -> str:
        word = SMS.get(word, word)
        return self._lemmas.get(word, word)

    def _words(self, text: str, learn: bool) -> List[str]:
        words = [self.norm_word(w) for w in text.lower().split()]
        if learn:
            self.vocabulary.update(text.lower().split())
        return words


    @lru_cache(maxsize=4096)
    def _correct(self, word: str) -> str:
        """Close-match spelling correction against the symptom vocabulary only (similarity at least 0.84)."""
        if len(word) < 5 or not word.isalpha() or word in KEEP or word in self.vocabulary \
                or word in self._lemmas or word in self._english_lemmas:
            return word
        # rapidfuzz's ratio is difflib's (2 x matching characters / total), computed in C++: on the 1,499
        # candidate words of the data and tests it chose exactly what difflib.get_close_matches chose,
        # 24 times faster (1.7 ms a word in difflib was 15% of the server's time per message)
        close = process.extractOne(word, self._spelling_vocabulary, scorer=fuzz.ratio,
                                             score_cutoff=84)
        return close[0] if close else word

    @lru_cache(maxsize=4096)
    def _sound_alike(self, word: str) -> str:
        """A word written as it sounds ("bruze", "headake", "swolow", "dubble"): the `sound_alike` word of the rules
        with the same NYSIIS or Metaphone code (jellyfish), the same first letter and similarity at least 0.7, the
        closest; else the word. Only for English messages (`respell`): Spanish words sound like English symptoms
        ("horas" ~ "hoarse")."""
        if self._correct(word) != word or word in KEEP or word in self.vocabulary or word in self._lemmas \
                or word in self._english_lemmas or len(word) < 5 or not word.isalpha():
            return word
        codes = (jellyfish.nysiis(word), jellyfish.metaphone(word))
        sounds = {c for code in codes for c in SOUND_INDEX.get(code, ())}
        alike = [(fuzz.ratio(word, c), c) for c in sounds if c[0] == word[0]]
        best = max(alike, default=(0.0, word))
        return best[1] if best[0] >= 70 else word

    def respell(self, text: str) -> str:
        """The text with the words written as they sound replaced (see `_sound_alike`); the text itself if none."""
        def respelt(match: re.Match[str]) -> str:
            spelt = self._sound_alike(match.group().lower())
            return match.group() if spelt == match.group().lower() else spelt
        return WORD_5.sub(respelt, text)

    @lru_cache(maxsize=4096)
    def _split_word(self, word: str) -> str:
        """An unknown word of two known words run together, spaced ("blowingup" -> "blowing up", "afterbotox" ->
        "after botox"), one of them a `run_together` word of the rules; else the word ("overactive" stays)."""
        lower = word.lower()
        if len(lower) < 7 or not lower.isalpha() or self._known(lower):
            return word
        for cut in range(len(lower) - 2, 1, -1):  # the longest first part first
            left, right = lower[:cut], lower[cut:]
            if self._known(left) and self._known(right) and (left in RUN_TOGETHER_WORDS or right in RUN_TOGETHER_WORDS):
                return f"{word[:cut]} {word[cut:]}"
        return word

    def _known(self, word: str) -> bool:
        return word in self.vocabulary or word in self._lemmas or word in self._english_lemmas or word in SMS \
            or word in KEEP

    def split_run_together(self, text: str) -> str:
        """The text with words run together spaced (see `_split_word`); the text itself when there are none."""
        return RUN_TOGETHER.sub(lambda m: self._split_word(m.group()), text)

    def make_doc(self, text: str) -> Doc:
        doc = self.nlp.make_doc(CAUSAL_SINCE.sub("cause", TRAILING_DASH.sub(" ", text)))
        for token in doc:
            lower = token.lower_
            if token.norm_ != lower and lower not in SMS:  # spaCy's own norms: n't -> not, ca -> can
                token.norm_ = self.norm_word(token.norm_)  # ... and their lemma: 'm -> am -> be, as "I am" reads
                continue
            token.norm_ = self.norm_word(self._correct(SMS.get(lower, lower)))
        for token in doc[1:-1]:  # a texted "2" or "4" between words: "botox 4 my jaw", "possible 4 botox 2 change"
            word = texting.digit_word(doc[token.i - 1].text, token.text, doc[token.i + 1].text) \
                if token.text in texting.load().digits and token.whitespace_ and doc[token.i - 1].whitespace_ else None
            if word:
                token.norm_ = word
        self._sentences(doc)
        return doc

    @staticmethod
    def _sentences(doc: Doc) -> None:
        for i, token in enumerate(doc):
            if i == 0:
                token.is_sent_start = True
                continue
            previous = doc[i - 1]
            token.is_sent_start = previous.text in {".", "!", "?", "…"} or "\n" in previous.whitespace_ + previous.text \
                or (previous.text.endswith(("!", "?")) and not previous.is_alpha) \
                or (ELLIPSIS.fullmatch(previous.text) is not None and token.lower_ in AFTER_ELLIPSIS)
            if token.lower_ in {"like", "eg", "ie"} and previous.text.endswith("?") and not _tells_own(doc, i + 1):
                token.is_sent_start = False  # "could botox mess with swallowing? like could food get stuck"

    @staticmethod
    def _clauses(doc: Doc) -> List[int]:
        """The clause number of every token. A clause ends at a sentence end, a comma or semicolon, a
        contrast ("but", "although") or "and" before a new event ("and now", "and then")."""
        numbers, current = [], 0
        for token in doc:
            if token.i > 0 and (token.is_sent_start or token.norm_ in CONTRASTS or (
                    token.norm_ == "and" and token.i + 1 < len(doc) and doc[token.i + 1].norm_ in NEW_EVENT_AFTER_AND)):
                current += 1
            numbers.append(current)
            if token.text in {",", ";"}:
                current += 1
        return numbers
