"""Spelling correction of Spanish symptom words written as they sound ("devil" -> "debil", "inchado" -> "hinchado",
"bision" -> "vision", "serrar" -> "cerrar"), for the Spanish red-flag rules (botox_clinic/triage_es.py).

Pure Python, no Rasa. Both the words and the sounds are clinical policy: `spelling` in policy/red_flags_es.yml.
A word of four letters or more (already accent-folded and lower case) that is not one of `spelling.words` becomes the
listed word that sounds the same: the same key after the `spelling.sounds` rewrites (b/v, c/s/z, silent h, ll/y,
g/j before e and i, qu/k, x/s, doubled letters). Only sounds: a letter mistyped may make another word ("cierto" is
one letter from "cierro", "desmayaba" from "desmayada"). Anything else is kept as written. Two pieces of a listed word
split by dictation ("tra gar") are joined first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Tuple


MIN_JOINED = 6  # letters of a word joined from two pieces: "caida" from "ca ida" is too short to be sure


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
        """Each word corrected (see `correct`), after pieces of one split by dictation are joined (`join_split`)."""
        return [self.correct(w) for w in self.join_split(list(words))]

    def join_split(self, words: List[str]) -> List[str]:
        """Two pieces of one listed word that dictation or a slip of the thumb split ("no puedo tra gar bien" ->
        "tragar", "el par pado" -> "parpado"): joined when neither piece is a listed word and together they make one
        of at least `MIN_JOINED` letters, as written or by sound; other words as they are."""
        joined: List[str] = []
        i = 0
        while i < len(words):
            first, second = words[i], words[i + 1] if i + 1 < len(words) else ""
            whole = first + second
            if second and whole.isalpha() and len(whole) >= MIN_JOINED and not {first, second} & self.words:
                listed = whole if whole in self.words else self.by_key.get(self.key(whole))
                if listed:
                    joined.append(listed)
                    i += 2
                    continue
            joined.append(first)
            i += 1
        return joined


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
