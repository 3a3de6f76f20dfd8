"""A short reply that picks both of the alternatives the patient's previous message was unsure between: "me siento rara
de la garganta desde el botox, no sé si es para tragar o para respirar" then "los dos"; "my throat feels off, not sure
if it's swallowing or breathing" then "both". Pure Python on text folded by `botox_clinic.triage_es.fold`; the words
are clinical policy in policy/follow_up_cues.yml (`both_replies`, `unsure_which`); read by addons/nlu/follow_up.py
(`with_context`), which reads each alternative as the answer to what the patient notices (`answers_prompt`).
"""
from __future__ import annotations

import re
from typing import List

from botox_clinic.follow_up_cues import CUES
from botox_clinic.triage_es_rules import fold

# the last "X or Y" of a message, each one word after the small words that may lead it ("para tragar o para respirar",
# "swallowing or breathing", "it's my eye or my brow")
LEAD = r"(?:(?:para|al|el|la|los|las|de|del|mi|my|the|to|its|it s|is it|es|en|with|con)\s+)*"
EITHER_OR = re.compile(rf"\b{LEAD}(\w+)\s+(?:o|u|or)\s+{LEAD}(\w+)\b")


def both_alternatives(text: str, previous: str) -> List[str]:
    """The two words of the last "X or Y" of `previous` (the patient's previous message) after the words that say
    the patient is unsure which (`unsure_which`), when `text` only says both (`both_replies`: "los dos", "both of
    them"); else []. Shapes: `text` and `previous` are raw messages; the words come back folded and lower-cased."""
    reply = " ".join(re.sub(r"[^\w\s']", " ", fold(text).lower()).split())
    if not reply or not CUES.both_replies.fullmatch(reply):
        return []  # (most messages: the previous one is not read)
    before = fold(previous).lower()
    unsure = CUES.unsure_which.search(before)
    if not unsure:
        return []
    pairs = EITHER_OR.findall(before, unsure.end())
    return list(pairs[-1]) if pairs else []
