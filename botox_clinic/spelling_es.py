"""Spelling correction of Spanish symptom words written as they sound ("devil" -> "debil", "inchado" -> "hinchado",
"bision" -> "vision", "serrar" -> "cerrar"), for the Spanish red-flag rules (botox_clinic/triage_es.py).

Pure Python, no Rasa. Both the words and the sounds are clinical policy: `spelling` in policy/red_flags_es.yml.
A word of four letters or more (already accent-folded and lower case) that is not one of `spelling.words` becomes the
listed word that sounds the same: the same key after the `spelling.sounds` rewrites (b/v, c/s/z, silent h, ll/y,
g/j before e and i, qu/k, x/s, doubled letters). Only sounds: a letter mistyped may make another word ("cierto" is
one letter from "cierro", "desmayaba" from "desmayada"). Anything else is kept as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Tuple


@dataclass(frozen=True, eq=False)
class Spelling:
    """words: the folded symptom words corrections go to; sounds: (regex, replacement) rewrites, in order;
    by_key: each sound key -> the first listed word with that key (built by `read`)."""

    words: FrozenSet[str]
    sounds: Tuple[Tuple["re.Pattern[str]", str], ...]
    by_key: Dict[str, str]

    def key(self, word: str) -> str:
        """What the word sounds like: "cabesa" and "cabeza" -> "kabesa"."""
        for pattern, replacement in self.sounds:
            word = pattern.sub(replacement, word)
        return word

    @lru_cache(maxsize=8192)
    def correct(self, word: str) -> str:
        """The listed word `word` was meant as, or `word` itself (listed, a number, nothing alike)."""
        if len(word) < 4 or word in self.words or not word.isalpha():
            return word
        return self.by_key.get(self.key(word), word)

    def correct_words(self, words: Iterable[str]) -> List[str]:
        """Each word corrected (see `correct`)."""
        return [self.correct(w) for w in words]


def read(entry: object, where: str) -> Spelling:
    """The `spelling` mapping of the rules file: `words` (text, words separated by spaces) and `sounds` (a list of
    [regex, replacement] pairs). Raises ValueError naming `where`."""
    if not isinstance(entry, dict) or not isinstance(entry.get("words"), str) or \
            not isinstance(entry.get("sounds"), list):
        raise ValueError(f"{where}: must be a mapping with 'words' (text) and 'sounds' (a list of [regex, text])")
    sounds = []
    for i, pair in enumerate(entry["sounds"]):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            raise ValueError(f"{where}.sounds[{i}]: must be [regex, replacement]")
        try:
            sounds.append((re.compile(pair[0]), pair[1]))
        except re.error as error:
            raise ValueError(f"{where}.sounds[{i}]: {error}") from None
    spelling = Spelling(frozenset(entry["words"].split()), tuple(sounds), {})
    for word in entry["words"].split():  # the first listed word of a key wins
        spelling.by_key.setdefault(spelling.key(word), word)
    return spelling
