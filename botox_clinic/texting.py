"""Texting shorthand and emoji as words: "can i ✈️ 2moro? r u open 4 my appt" -> "can i flying tomorrow? are you
open for my appointment"; punctuation dictated as words as the mark: "is that normal question mark" -> "is that normal?".

The shorthand is data (configs/texting_shorthand.yml, path overridable with TEXTING_SHORTHAND): whole words,
"2"/"4" as "to"/"for" before listed words only, symbols between spaces, and emoji by their Unicode short name
as given by the `emoji` package (BSD), skin tone and gender left out. `expand` is what the NLU classifiers
read (addons/nlu/shorthand.py); the English triage reads the digits with `digit_word` (botox_clinic/triage_text.py),
and the red-flag check reads `spoken_punctuation` (addons/nlu/red_flags.py).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Pattern

import emoji
import yaml

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "configs" / "texting_shorthand.yml"
# a word, or a run of anything that is neither a space nor a word character (punctuation, symbols)
TOKEN = re.compile(r"->|[\w'’$/-]+|[^\w\s]+")
SKIN_TONE = re.compile(r"_(light|medium-light|medium|medium-dark|dark)_skin_tone")
PERSON = re.compile(r"^(woman|man|men|women)_")


@dataclass(frozen=True)
class Shorthand:
    """The lists of configs/texting_shorthand.yml (see that file)."""

    words: Dict[str, str]
    digits: Dict[str, str]  # "2" -> "to"
    before: Dict[str, FrozenSet[str]]  # "2" -> the words before which it means "to"
    symbols: Dict[str, str]
    emoji: Dict[str, str]
    spoken: Optional[Pattern[str]] = None  # punctuation said as words ("question mark"), `spoken_punctuation`
    spoken_marks: Dict[str, str] = field(default_factory=dict)  # "question mark" -> "?"
    spoken_not_after: FrozenSet[str] = frozenset()  # "my period": a noun
    breaks_before: FrozenSet[str] = frozenset()  # an emoji before one of these words and then one of
    breaks_subjects: FrozenSet[str] = frozenset()  # these ends a sentence (`emoji_breaks`)


def source(path: Optional[str] = None) -> Path:
    """The shorthand file: `path`, else TEXTING_SHORTHAND, else configs/texting_shorthand.yml."""
    return Path(path or os.environ.get("TEXTING_SHORTHAND") or DEFAULT_PATH)


@lru_cache(maxsize=4)
def load(path: Optional[str] = None) -> Shorthand:
    """The shorthand lists. Raises OSError for a missing file, ValueError for a malformed one."""
    data = yaml.safe_load(source(path).read_text(encoding="utf-8")) or {}
    try:
        digits = data.get("digits") or {}
        spoken = data.get("spoken_punctuation") or {}
        marks = {" ".join(str(k).lower().split()): str(v) for k, v in (spoken.get("marks") or {}).items()}
        return Shorthand(
            words={str(k).lower(): str(v) for k, v in (data.get("words") or {}).items()},
            digits={str(k): str(v["means"]) for k, v in digits.items()},
            before={str(k): frozenset(str(v["before"]).lower().split()) for k, v in digits.items()},
            symbols={str(k): str(v) for k, v in (data.get("symbols") or {}).items()},
            emoji={str(k): str(v) for k, v in (data.get("emoji") or {}).items()},
            spoken=_spoken_pattern(marks), spoken_marks=marks,
            spoken_not_after=frozenset(str(spoken.get("not_after") or "").lower().split()),
            breaks_before=_words(data, "before"), breaks_subjects=_words(data, "subjects"),
        )
    except (AttributeError, KeyError, TypeError) as error:
        raise ValueError(f"{source(path)}: malformed texting shorthand ({error!r})") from error


def _words(data: Dict, key: str) -> FrozenSet[str]:
    """A space-separated word list of the file's `emoji_breaks`, lower-cased."""
    return frozenset(str((data.get("emoji_breaks") or {}).get(key) or "").lower().split())


def _spoken_pattern(marks: Dict[str, str]) -> Optional[Pattern[str]]:
    """The spoken marks, longest first, as whole words after a word and its spaces; None without any."""
    if not marks:
        return None
    words = sorted(marks, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in key.split()) for key in words)
    return re.compile(rf"(?<=[\w'’])\s+({alternatives})(?![\w'’])", re.IGNORECASE)


def spoken_punctuation(text: str, shorthand: Optional[Shorthand] = None) -> str:
    """`text` with the punctuation a voice-to-text keyboard wrote out as words (`spoken_punctuation` in
    configs/texting_shorthand.yml) as the mark, right after the word before it, then spaces: the text keeps its
    length, so character offsets into it are those of the patient's message. A listed word after a word of
    `not_after` stays ("my period", "a waiting period"). Text without any comes back unchanged.

    >>> spoken_punctuation("is that normal question mark")
    'is that normal?             '
    """
    table = shorthand or load()
    if table.spoken is None or not text:
        return text

    def mark(match: "re.Match[str]") -> str:
        before = re.search(r"[\w'’]+$", text[:match.start()])
        if before and before.group().lower() in table.spoken_not_after:
            return match.group()
        said = table.spoken_marks[" ".join(match.group(1).lower().split())]
        return said.ljust(len(match.group()))

    return table.spoken.sub(mark, text)


def emoji_breaks(text: str, shorthand: Optional[Shorthand] = None) -> str:
    """`text` with an emoji that stands between a word and a question read as the end of the sentence: after a word and
    a space, before a space, a word of `emoji_breaks.before` (configs/texting_shorthand.yml: "is", "can", "es",
    "puede") and one of `subjects` ("it", "botox", "normal"), the emoji becomes "." and spaces, so the text keeps its
    length ("my lip 😳 is swelling up" and "my eyelid 😩 how long will it droop" stay one sentence). Text without any
    comes back unchanged.

    >>> emoji_breaks("im scared 😟 is it true people died")
    'im scared . is it true people died'
    """
    table = shorthand or load()
    if not table.breaks_before or not text:
        return text
    out, last = [], 0
    for found in emoji.emoji_list(text):
        start, end = found["match_start"], found["match_end"]
        after = re.match(r"\s+([\w'’]+)(\s+([\w'’]+))?", text[end:])
        first, second = (after.group(1).lower(), (after.group(3) or "").lower()) if after else ("", "")
        if re.search(r"[\w'’]\s+$", text[:start]) and first in table.breaks_before and second in table.breaks_subjects:
            out.append(text[last:start] + ".".ljust(end - start))
            last = end
    return "".join(out) + text[last:] if out else text


def _emoji_words(table: Dict[str, str], chars: str) -> str:
    name = (emoji.EMOJI_DATA.get(chars) or {}).get("en", "").strip(":")
    if not name:
        return chars
    name = SKIN_TONE.sub("", name)
    for candidate in (name, PERSON.sub("person_", name)):
        if candidate in table:
            return f" {table[candidate]} "
    return chars


# "[11:20 AM] Dana: ", "[Yesterday 9:15 PM] Dad: ", "[2:14 p. m.] Tía Lupe: ": a time in brackets with a digit, then a
# name of at most four words and a colon, opening a line or following quote marks
CHAT_LINE_HEAD = re.compile(r"(?m)(^|(?<=['\"“‘]))\s*\[[^\]\n]{0,30}\d[^\]\n]{0,30}\]\s*(\w+[ .'-]?){1,4}:\s*")


def blank_chat_heads(text: str) -> str:
    """`text` with a chat app's line heads, as a forwarded or pasted message carries them ("[11:20 AM] Dana: can you get
    me in ...", "[Yesterday 9:15 PM] Dad: passed out ..."), blanked with as many spaces (the length is kept): the time
    a message was sent is no word of the patient's, and does not date what it tells."""
    return CHAT_LINE_HEAD.sub(lambda match: " " * len(match.group()), text)


def expand(text: str, shorthand: Optional[Shorthand] = None, digits: bool = True) -> str:
    """`text` with its shorthand and listed emoji as words, single-spaced; text without any comes back unchanged.
    digits: False for a Spanish message, whose "2" and "4" are numbers ("tengo 2 moretones").

    >>> expand("can i ✈️ 2moro? r u open 4 my appt")
    'can i flying tomorrow? are you open for my appointment'
    """
    table = shorthand or load()
    if not text:
        return text
    expanded = blank_chat_heads(text)  # only the words said are read
    expanded = emoji.replace_emoji(spoken_punctuation(expanded, table),
                                   replace=lambda chars, _data: _emoji_words(table.emoji, chars))
    tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(expanded)]
    out: List[str] = []
    last = 0
    for index, (word, start, end) in enumerate(tokens):
        lower = word.lower()
        new = table.words.get(lower)
        if new is None and lower in table.symbols and _spaced(expanded, start, end):
            new = table.symbols[lower]
        if new is None and lower in table.digits and digits and index > 0 and index + 1 < len(tokens) and \
                _spaced(expanded, start, end):
            new = digit_word(tokens[index - 1][0], word, tokens[index + 1][0], table)
        out.append(expanded[last:start] + (word if new is None else new))
        last = end
    out.append(expanded[last:])
    result = "".join(out)
    return text if result == text else " ".join(result.split())


def digit_word(previous: str, digit: str, following: str, shorthand: Optional[Shorthand] = None) -> Optional[str]:
    """The word a texted "2" or "4" stands for between two words ("botox 4 my jaw" -> "for"), else None ("4 units").

    The caller checks that the digit stands alone, between spaces, in an English message."""
    table = shorthand or load()
    following = following.lower()
    if digit not in table.digits or not previous[-1:].isalpha():
        return None
    return table.digits[digit] if following in table.before[digit] or following.startswith("$") else None


def _spaced(text: str, start: int, end: int) -> bool:
    """Spaces (or the text's ends) on both sides: "@ 3pm", not "me@clinic.com" or "2/10"."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())
