"""What the SMS channel says and how (addons/channels/twilio_sms.py): its own short texts in the patient's language,
long answers split for SMS, buttons as numbered options and a reply of "1", "2", ... mapped back."""
from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa.shared.core.events import BotUttered, SlotSet, UserUttered

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 320
WHATSAPP_PREFIX = "whatsapp:"
PUBLIC_URL_ENV = "TWILIO_WEBHOOK_URL"
SIGNATURE_HEADER = "X-Twilio-Signature"
NO_TEXT_REPLY = "Sorry, I can only read text messages. Please type your question, or call the clinic."
ERROR_REPLY = "Sorry, something went wrong on our side. Please try again, or call the clinic."
CHOOSE_PROMPT = "Reply with a number."

# The channel's own texts, by language (the assistant's answers come translated from the domain).
# The conversation's language is the `language` slot: "en", "es", or "both" (an urgent message
# whose language was unclear: English, then Spanish).
LANGUAGE_SLOT = "language"
ENGLISH, SPANISH, BOTH = "en", "es", "both"
LANGUAGES = (ENGLISH, SPANISH, BOTH)
REPLIES: Dict[Text, Dict[Text, Text]] = {
    "no_text": {
        ENGLISH: NO_TEXT_REPLY,
        SPANISH: "Lo siento, solo puedo leer mensajes de texto. Escriba su pregunta, o llame a la clínica.",
    },
    "error": {
        ENGLISH: ERROR_REPLY,
        SPANISH: "Lo siento, algo salió mal de nuestro lado. Inténtelo de nuevo, o llame a la clínica.",
    },
    "choose": {
        ENGLISH: CHOOSE_PROMPT,
        SPANISH: "Responda con un número.",
    },
}
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'

# a sentence ends with . ! ? or … (maybe followed by a closing quote or bracket) and whitespace;
# a line break is a boundary too
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+|\n+")
_CHOICE = re.compile(r"#?\s*(\d{1,2})\s*[.)]?")
# "¡" standing for "@" (some carriers' GSM 03.38 mapping): only inside a word, as in an address
_MANGLED_AT = re.compile(r"(?<=\w)¡(?=\w)")


# ---------------------------------------------------------------------------- language


def localized(key: Text, language: Optional[Text]) -> Text:
    """The channel's text `key` (see REPLIES) in `language`; "both": English, then Spanish."""
    texts = REPLIES[key]
    if language == BOTH:
        return f"{texts[ENGLISH]}\n{texts[SPANISH]}"
    return texts.get(language or ENGLISH, texts[ENGLISH])


def valid_language(value: Any) -> Optional[Text]:
    return value if isinstance(value, str) and value in LANGUAGES else None


def conversation_language(tracker: Any) -> Optional[Text]:
    """The `language` slot of a stored conversation ("en", "es", "both"), None if unknown."""
    if tracker is None:
        return None
    slots = getattr(tracker, "slots", None) or {}
    if LANGUAGE_SLOT in slots:
        return valid_language(tracker.get_slot(LANGUAGE_SLOT))
    # a tracker built without the domain's slots: its latest SlotSet says the same
    for event in reversed(list(getattr(tracker, "events", None) or [])):
        if isinstance(event, SlotSet) and event.key == LANGUAGE_SLOT:
            return valid_language(event.value)
    return None


def message_language(message: Optional[Dict[Text, Any]]) -> Optional[Text]:
    """The language of an outgoing bot message: its response variation's `metadata.lang`.

    Rasa passes a response's extra keys (`metadata`) to the output channel with the message.
    """
    metadata = (message or {}).get("metadata")
    return valid_language(metadata.get("lang")) if isinstance(metadata, dict) else None


def detect_language(text: Optional[Text]) -> Optional[Text]:
    """The language the NLU pipeline will give this message (addons/nlu/language.py), if any."""
    try:
        from addons.nlu.language import detect

        return valid_language(detect(text or ""))
    except Exception:
        logger.exception("could not detect the language of a Twilio message")
        return None


def turn_language(text: Optional[Text], known: Optional[Text]) -> Optional[Text]:
    """The `language` slot once this message is read: its own language when clear, else the
    conversation's (the language slot keeps its value for "ok", "1", ...)."""
    return detect_language(text) or known


def reply_language(message_lang: Optional[Text], conversation_lang: Optional[Text]) -> Text:
    """The language of a text the channel adds: Spanish (or both) when the bot message or the
    conversation is Spanish (or both), else English. A message with a `both` variation says
    both; an answer without a Spanish variation in a Spanish conversation still gets the
    Spanish prompt."""
    for language in (message_lang, conversation_lang):
        if language in (SPANISH, BOTH):
            return language
    return ENGLISH


# ---------------------------------------------------------------------------- formatting


def _split_words(piece: Text, limit: int) -> List[Text]:
    """A sentence longer than the limit: split between words (inside a word only if it must)."""
    chunks, current = [], ""
    for token in re.split(r"(\s+)", piece.strip()):
        if not token:
            continue
        if len(current) + len(token) <= limit:
            current += token
            continue
        if current.strip():
            chunks.append(current.strip())
        current = "" if token.isspace() else token
        while len(current) > limit:
            chunks.append(current[:limit])
            current = current[limit:]
    if current.strip():
        chunks.append(current.strip())
    return chunks


def split_message(text: Optional[Text], limit: int = MAX_MESSAGE_CHARS) -> List[Text]:
    """The text as messages of at most `limit` characters, split at sentence boundaries.

    Sentences (and lines) are packed greedily, keeping their original separators, so a
    short answer stays one message and paragraphs share a message when they fit.
    """
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        return []
    bounds = [0] + [m.end() for m in _BOUNDARY.finditer(text)] + [len(text)]
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]
    messages: List[Text] = []
    current = ""
    for piece in pieces:
        if len((current + piece).strip()) <= limit:
            current += piece
            continue
        if current.strip():
            messages.append(current.strip())
        if len(piece.strip()) > limit:
            *full, current = _split_words(piece, limit)
            messages.extend(full)
            current += " "
        else:
            current = piece
    if current.strip():
        messages.append(current.strip())
    return messages


def numbered_options(buttons: List[Dict[Text, Any]], language: Optional[Text] = ENGLISH) -> Text:
    lines = [f"{i}. {b.get('title') or b.get('payload') or ''}".rstrip() for i, b in enumerate(buttons, start=1)]
    return "\n".join(lines + [localized("choose", language)])


def number_choice(text: Optional[Text]) -> Optional[int]:
    """2 for "2", " 2. ", "#2"; None for anything else."""
    match = _CHOICE.fullmatch((text or "").strip())
    return int(match.group(1)) if match else None


def last_turn_buttons(tracker: Any) -> List[Dict[Text, Any]]:
    """The buttons (or quick replies) of the bot's latest message since the patient last wrote."""
    for event in reversed(list(getattr(tracker, "events", None) or [])):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            data = event.data or {}
            buttons = data.get("buttons") or data.get("quick_replies")
            if buttons:
                return list(buttons)
    return []


def match_whatsapp_prefix(number: Optional[Text], recipient: Optional[Text]) -> Optional[Text]:
    """The sender number with the "whatsapp:" prefix exactly when the recipient has it."""
    if not number:
        return number
    bare = number[len(WHATSAPP_PREFIX):] if number.startswith(WHATSAPP_PREFIX) else number
    return WHATSAPP_PREFIX + bare if (recipient or "").startswith(WHATSAPP_PREFIX) else bare


