"""Timed multiple-choice runs over a skill graph (SPEC §5): state in the database, clocks per
process, one run per (user, assessment)."""
