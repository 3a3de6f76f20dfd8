"""A message written as a checklist, read as sentences (no spaCy, no Rasa).

Patients often answer their own list: "breathing: ok / swallowing: kinda hard / vision: fine", "1) fiebre no
2) vista borrosa si", "fever - no, vision - fine, just a small bruise". Read as one sentence, the denials run into
the next item ("no 2) blurry vision") and a value after a colon is cut off from its symptom ("swallowing: kinda
hard"). `as_sentences(text)` rewrites such a message so the red-flag rules read each item alone:
- an item whose value only denies it (`checklist_denied` of policy/follow_up_cues.yml: "no", "ok", "fine",
  "bien") is left out: nothing is reported there;
- an item whose value only affirms it (`checklist_affirmed`: "yes", "si") is its label alone ("blurry vision.");
- any other item is its label and its value as one sentence ("swallowing kinda hard."); a value that says it is not
  right (`checklist_poor`: "not great", "regular", "hard") with the label as a problem too ("breathing not great.
  problems with my breathing. problemas con breathing."): `read(text).poor` lists these, and a reader that finds nothing
  in them knows of a sign no rule names;
- a piece that is no item ("just a small bruise") is kept as written.
Returns None when the message is no checklist (fewer than `MIN_ITEMS` items), so it is read as written.
"""
from __future__ import annotations

import re
from typing import List, NamedTuple, Optional

from botox_clinic.follow_up_cues import CUES
from botox_clinic.triage_es_rules import fold

MIN_ITEMS = 2  # "breathing: ok / swallowing: kinda hard": two items make a list
# where one item ends and the next starts: a line, a slash or bar, a semicolon, a number "2)", a bullet
BREAKS = re.compile(r"\n\s*(?:[-•*·](?=\s))?|\s[/|]\s|;|(?:^|\s)\d{1,2}[).](?=\s)|^\s*[-•*·](?=\s)")
# an item: a label of one to four words, a separator, a value ("swallowing: kinda hard", "fever - no")
ITEM = re.compile(r"^\s*(?P<label>[^\W\d_][\w'’ ]{0,40}?)\s*(?::|=|->|–|—|\s-)\s*(?P<value>\S.*?)\s*[.!]?\s*$")
# ... or, in a numbered list, a label and a last word that answers it ("fever no", "vision doble si")
BARE_ITEM = re.compile(r"^\s*(?P<label>[^\W\d_][\w'’ ]{0,40}?)\s+(?P<value>\S+)\s*[.!]?\s*$")


def _pieces(text: str) -> List[str]:
    """The message cut at its list breaks; also at commas when two pieces or more have a separator."""
    pieces = [p for p in BREAKS.split(text) if p and p.strip()]
    if sum(bool(re.search(r":|\s[-–—]\s|=", p)) for p in re.split(r",", text)) >= MIN_ITEMS:
        pieces = [q for p in pieces for q in p.split(",") if q.strip()]
    return pieces


def problem(label: str) -> str:
    """The label of an item said not to be right, as a problem in both languages: "problems with my breathing.
    problemas con breathing"."""
    return f"problems with my {label}. problemas con {label}"


class Reading(NamedTuple):
    """A checklist read: `sentences`, the message as sentences ("swallowing kinda hard. problems with my swallowing.
    problemas con swallowing."); `poor`, its items said not to be right, each as its label, value and problem
    sentences (["swallowing kinda hard. problems with my swallowing. problemas con swallowing"])."""
    sentences: str
    poor: List[str]


def as_sentences(text: str) -> Optional[str]:
    """The checklist `text` as sentences (see the module docstring), or None when it is no checklist."""
    reading = read(text)
    return reading.sentences if reading else None


def read(text: str) -> Optional[Reading]:
    """The checklist `text` read once (see the module docstring), or None when it is no checklist."""
    pieces = _pieces(text)
    numbered = bool(re.search(r"(?:^|\s)\d{1,2}[).]\s", text))
    sentences: List[str] = []
    poor: List[str] = []
    items = 0
    for piece in pieces:
        item = ITEM.match(piece)
        value = item and fold(item.group("value")).lower().strip(" .!,")
        if item is None and numbered:
            bare = BARE_ITEM.match(piece)
            answer = bare and fold(bare.group("value")).lower().strip(" .!,")
            if bare and answer and (CUES.checklist_denied.fullmatch(answer) or CUES.checklist_affirmed.fullmatch(answer)):
                item, value = bare, answer
        if item is None or not value:
            sentences.append(piece.strip(" ,"))
            continue
        items += 1
        label = item.group("label").strip()
        if CUES.checklist_denied.fullmatch(value):
            continue
        if CUES.checklist_affirmed.fullmatch(value):
            sentences.append(label)
        else:
            sentences.append(f"{label} {item.group('value').strip(' .!,')}")
            if CUES.checklist_poor.search(value):
                sentences.append(problem(label))
                poor.append(f"{sentences[-2]}. {problem(label)}")
    if items < MIN_ITEMS:
        return None
    return Reading(". ".join(s.rstrip(" .") for s in sentences if s.strip()) + ".", poor)
