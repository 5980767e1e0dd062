"""A session's lifecycle: creation and status changes (`lifecycle`), its clock, time warnings and
expiry (`clock`), and closing it: final tests, then the report (`closing`)."""
