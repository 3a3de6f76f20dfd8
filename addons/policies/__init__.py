"""Dialogue policies (Rasa graph components)."""
