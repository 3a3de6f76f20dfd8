"""The language of each patient message, as a `language` entity that fills the `language` slot.

Detection uses `lingua-language-detector` (its language models ship in the wheel), restricted to
English and Spanish, the languages the assistant answers in. A message is given a language only
when lingua is confident (`CONFIDENT`, more for a single word) or the text has a mark only Spanish
uses (¿ ¡ ñ á é í ó ú) or is one of a few unambiguous Spanish words ("hola", "gracias"); a message too short or mixed
to tell ("ok", "1", "me hice el botox y tengo droopy eyelid") gets no entity, so the slot keeps
the conversation's language. Answers pick their Spanish variation with a slot condition
(content/*.yml). When the language is unclear, no language is known yet and the message carries
a red flag, the parse step (addons/conversation.py) sets `both`, and the safety answer goes out in
English and Spanish.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

ENTITY = "language"
ENGLISH, SPANISH, BOTH = "en", "es", "both"
CONFIDENT = 0.8
# one word alone tells less ("leve" is 0.81 English to lingua): it needs more to change the conversation's language
CONFIDENT_ONE_WORD = 0.85
# a Spanish mark (accent, ñ, ¿, ¡) says Spanish unless the message is plainly English around one Spanish word: on the
# blind sets' 3,473 marked messages, these thresholds turn the nine written in English with a Spanish word ("mi mamá
# is 82 ...") and no message written in Spanish
CONFIDENT_DESPITE_MARKS, ENGLISH_DESPITE_MARKS = 0.9, 3
SPANISH_MARKS = re.compile(r"[¿¡ñáéíóú]", re.IGNORECASE)
SPANISH_WORDS = {"hola", "gracias", "buenas", "buenos", "adios", "adiós", "ayuda", "ayudame", "ayúdame", "sí",
                 "porfa", "porfavor", "disculpe", "oiga", "oye", "muchas"}
ENGLISH_WORDS = {"hi", "hello", "hey", "thanks", "thank", "bye", "help", "yes", "please", "thx", "ty"}
SPANISH_WORDS |= {"grax", "graxias", "wepa", "saludos", "porfis", "chao", "chau"}
# words only (or almost only) one of the two languages uses, SMS spellings included
SPANISH_FUNCTION_WORDS = {"que", "q", "k", "el", "la", "los", "las", "del", "y", "un", "una", "es", "eres", "esta",
                          "está", "estoy", "me", "mi", "mis", "tu", "te", "se", "por", "para", "pa", "xfa", "con",
                          "sin", "eso", "esto", "todo", "como", "cuanto", "cuánto", "donde", "cuando", "hola",
                          "gracias", "grax", "buen", "buenas", "buenos", "dia", "día", "tengo", "tiene", "puedo",
                          "puede", "hice", "pasa", "xq", "pq", "dsd", "tmb", "muy", "pero", "ya", "hay", "ser",
                          "numero", "número", "tal", "robot", "persona", "o", "si", "sí", "le", "lo", "nos", "al"}
ENGLISH_FUNCTION_WORDS = {"the", "is", "are", "i", "im", "you", "u", "my", "your", "it", "its", "to", "of", "and",
                          "can", "do", "does", "how", "what", "with", "for", "bye", "this", "that", "have", "has",
                          "will", "would", "should", "after", "get", "just", "was", "be", "am", "r", "ur", "cant"}


# function words English uses too, or too short to count as a sign of Spanish in an English message
SHARED_WORDS = {"me", "o", "si", "tal", "robot", "persona", "numero", "al", "le", "lo", "te", "tu", "a", "pa", "k",
                "q", "sin", "con", "y"}
SPANISH_ONLY_WORDS = SPANISH_FUNCTION_WORDS - SHARED_WORDS


def spanish_words(text: str) -> int:
    """How many different Spanish-only function words the text has ("que", "el", "la", "estoy" ...): two or
    more in a message detected as English mark Spanglish ("me hice botox for my TMJ y siento que no me entra el
    aire")."""
    words = re.findall(r"[^\W\d_]+", (text or "").lower())
    return len({w for w in words if w in SPANISH_ONLY_WORDS})


@lru_cache(maxsize=1)
def detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH) \
        .with_preloaded_language_models().build()


def _function_words(words: List[str]) -> Tuple[int, int]:
    """(English, Spanish): how many of `words` are each language's everyday function words."""
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words), sum(w in SPANISH_FUNCTION_WORDS for w in words)


def _english_despite_marks(text: str, words: List[str]) -> bool:
    """An English message with a Spanish word or name in it ("my daughter's quinceañera is in three weeks ...", "my
    mamá got her neck botox yesterday ..."): lingua sure of English (CONFIDENT_DESPITE_MARKS) and English function
    words at least ENGLISH_DESPITE_MARKS and more than twice the Spanish ones; otherwise an accent, ñ, ¿ or ¡ marks
    Spanish."""
    english, spanish = _function_words(words)
    if english < ENGLISH_DESPITE_MARKS or english <= 2 * spanish:
        return False
    return any(value.language.name == "ENGLISH" and value.value >= CONFIDENT_DESPITE_MARKS
               for value in detector().compute_language_confidence_values(text))


def detect(text: str) -> Optional[str]:
    """'en', 'es', or None when the text is too short or mixed to tell."""
    words = re.findall(r"[^\W\d_]+", (text or "").lower())
    if not words:
        return None
    if SPANISH_MARKS.search(text):  # (lingua already asked when the rest is plainly English)
        return ENGLISH if _english_despite_marks(text, words) else SPANISH
    if len(words) <= 2 and set(words) & SPANISH_WORDS:
        return SPANISH
    if len(words) <= 2 and set(words) <= ENGLISH_WORDS | {"botox"}:
        return ENGLISH
    if sum(len(w) for w in words) < 4:
        return None
    for value in detector().compute_language_confidence_values(text):
        if value.value >= (CONFIDENT_ONE_WORD if len(words) == 1 else CONFIDENT):
            return SPANISH if value.language.name == "SPANISH" else ENGLISH
    # lingua unsure (slang, Spanglish, SMS): the everyday words of each language decide, if clearly
    english, spanish = _function_words(words)
    if spanish >= 2 and spanish > 2 * english:
        return SPANISH
    if english >= 2 and english > 2 * spanish:
        return ENGLISH
    return None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class LanguageDetector(GraphComponent):
    """Adds a `language` entity ('en' or 'es') to every message whose language is clear."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LanguageDetector":
        detector()
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            language = detect(message.get(TEXT) or "")
            if language is None:
                continue
            entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != ENTITY]
            entities.append({"entity": ENTITY, "value": language, "start": 0, "end": len(message.get(TEXT)),
                             "confidence_entity": 1.0, "extractor": "LanguageDetector"})
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
