"""Spanish sentences, clauses and questions: how `botox_clinic.triage_es` reads a message before its rules do.

Pure Python, no Rasa. `normalise` folds a message (see `botox_clinic.triage_es`, step 1); `SpanishReader` holds one
rules file (`botox_clinic.triage_es_rules.Rules`) and splits a normalised message into sentences and clauses
((start, end) character offsets) and tells a question, and a general question that reports nothing, from a report.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Tuple

from botox_clinic.spelling_es import Spelling
from botox_clinic.triage_es_rules import Rules, fold

HYPOTHETICAL_PRONOUN = re.compile(r"\s*(se )?((me|te|le|nos) )?")
SENTENCE_END = re.compile(r"[.!?]+")
CLAUSE_END = re.compile(r"[.,;!?¿]+")
GOES_ON = re.compile(r"\s*(tipo|o sea|osea|por ejemplo|es decir|like)\b")
# the small words of a list of symptoms given as examples: "moretones, rojito, esas cosas..."
LIST_WORDS = frozenset("y o u e etc eso esos esas cosas asi tipo como un una unos unas poco poquito de el la los las algo "
                        "cuanto duran dura".split())  # (and how long they last: "moretones o algo asi, y cuanto duran")


def normalise(text: str, sms: Dict[str, str], spelling: Optional[Spelling] = None) -> str:
    """Lower case, accents folded, an emoji listed under `sms` read as its word, a list's items ("1)", "-") as
    sentences, other symbols spaced, letter runs shortened, SMS words replaced, symptom words written as they sound
    corrected (`spelling`)."""
    folded = fold(text)
    if not folded.isascii():  # an emoji listed for a word ("👁️" -> "ojo") is read before the symbols go
        for symbol in sorted((k for k in sms if not k.isascii()), key=len, reverse=True):
            folded = folded.replace(symbol, f" {sms[symbol]} ")
    # each item of a list its own sentence: "1) fiebre no 2) vista borrosa si", "- fiebre no - vista bien"
    folded = re.sub(r"(^|\s)(\d{1,2}\)|[-•*·])(?=\s)", lambda m: f"{m.group(1)}. {m.group(2).rstrip(')-•*·')} ", folded)
    folded = re.sub(r"[^a-z0-9¿?.,;!\s]", " ", folded)
    folded = re.sub(r"([a-z])\1{2,}", r"\1", folded)
    folded = re.sub(r"([¿?.,;!])", r" \1 ", folded)
    words = " ".join(sms.get(w, w) for w in folded.split()).split()
    return " ".join(spelling.correct_words(words) if spelling is not None else words)


class SpanishReader:
    """The sentence and clause reading of one rules file's cues."""

    def __init__(self, rules: Rules):
        self.rules = rules

    def _general_question(self, sentence: str) -> bool:
        """A question with a hypothetical cue and nobody having the symptom. The hypothetical phrases
        themselves are set aside before looking for a person ("es posible que me quede ronca?")."""
        if not self._is_question(sentence) or not self.rules.cues["hypothetical"].search(sentence):
            return False
        spans = [m.span() for part in self.rules.hypothetical_parts for m in part.finditer(sentence)]
        # the pronoun right after a conditional is part of it: "y si se me cae el parpado?"
        spans = [(start, end + len(HYPOTHETICAL_PRONOUN.match(sentence, end).group()) * bool(  # type: ignore[union-attr]
            re.search(r"\bsi\b|\b(que|q)\s*$", sentence[:end]))) for start, end in spans]  # (not "cuanto tiempo se me ...")
        # (and the words that say nothing is had, or tell the writer's worry: "no tengo nada todavia, pero q moretones ...
        # son normales?", "lei que puede causar problemas para tragar y desde entonces no duermo pensando en eso, es cierto?")
        spans += [m.span() for cue in ("nothing_now", "worry_told") for m in self.rules.cues[cue].finditer(sentence)]
        chars = list(sentence)
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        # (what is left starts the sentence: "dicen que es normal, pero tengo ..." -> "pero tengo ...")
        return not self.rules.cues["personal"].search("".join(chars).lstrip(" ,;"))

    def asks_only(self, text: str) -> bool:
        """Every sentence of the message is a general question (nothing is reported)."""
        sentences = self._worded_sentences(normalise(text or "", self.rules.sms, self.rules.spelling))
        return bool(sentences) and all(self._general_question(s) for s in sentences)

    def _clauses(self, norm: str) -> List[Tuple[int, int]]:
        cuts = sorted({0, len(norm)} | {m.start() for m in CLAUSE_END.finditer(norm)} |
                      {m.start() for m in self.rules.clause_breaks.finditer(norm)})
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a] or [(0, len(norm))]

    @staticmethod
    def _sentence_spans(norm: str) -> List[Tuple[int, int]]:
        """Sentences; one that only goes on with the question before it ("¿afecta la vista? tipo ver
        borroso") stays part of it."""
        # an opening "¿" after a colon or with no punctuation before it starts a sentence too ("I'm booked for
        # next week pregunta: ¿es cierto que ...?"); after a comma it asks about the clause before ("lei que ...,
        # ¿es en serio?")
        cuts = sorted({0, len(norm)} | {m.end() for m in SENTENCE_END.finditer(norm)
                                        if not GOES_ON.match(norm[m.end():]) or "?" not in m.group()}
                      | {m.start() for m in re.finditer(r"(?<![,;] )(?<![,;])¿", norm)})
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a] or [(0, len(norm))]

    def _sentences(self, norm: str) -> List[str]:
        return [norm[a:b] for a, b in self._sentence_spans(norm)]

    def _worded_sentences(self, norm: str) -> List[str]:
        """The sentences that hold more than punctuation."""
        return [x for x in self._sentences(norm) if x.strip(" .,;!?¿")]

    def _is_question(self, sentence: str) -> bool:
        stripped = sentence.strip(" .,;!")  # (or one that ends asking what to do: "..., que hago")
        # (after a greeting or a call for attention: "oiga el botox en el cuello puede dar problemas para tragar")
        opened = self.rules.cues["vocative"].sub("", stripped.lstrip("¿ "), count=1)
        return "?" in sentence or "¿" in sentence or bool(
            self.rules.cues["interrogative"].match(opened)) or bool(self.rules.cues["asks_what_to_do"].search(stripped))

    @staticmethod
    def only_named(sentence: str, named: Iterable[str]) -> bool:
        """The sentence only lists symptoms (`named`: the words the rules matched) with the small words of a list
        between them (`LIST_WORDS`): "moretones, rojito..." after "¿qué es normal después del botox?" gives examples."""
        rest = sentence
        for words in named:
            rest = rest.replace(words, " ")
        return rest != sentence and all(w in LIST_WORDS for w in re.findall(r"[a-z]+", rest))
