"""Rasa-side extensions of the clinic assistant: channels, the red-flag NLU component, the
tracker store, and fixes for Rasa 3.6 that every server process needs (applied on import)."""
from addons import remote_actions

remote_actions.install()
