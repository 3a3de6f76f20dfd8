"""Rasa-side extensions of the clinic assistant: channels, NLU components (sentence encoder,
language, red flags, FAQ selector), the tracker store, and the changes to Rasa 3.6's own classes
that every server process needs (addons/rasa_patches.py, applied on import)."""
from addons import rasa_patches

rasa_patches.install()
