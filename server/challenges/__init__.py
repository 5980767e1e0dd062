"""Challenges: written by a model when one is configured (`llm`), and daily quotas (`quotas`)."""
