"""Conversation, lock and delivery stores (endpoints.yml): shared by every Rasa process of a deployment."""
