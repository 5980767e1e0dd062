"""The viva server, in layers: each folder may import the folders above it in this list, never below.

- `core/`: settings, errors, tokens and metrics: what every layer may use; knows no feature.
- `examiner/`, `packs/`, `similarity/`: pure engines: the examiner's analysis, questions and
  grading; the assessment packs and their multiple-choice and scenario logic; fingerprints of
  parsed code and the matched fragments between submissions. No database, no sockets.
- `storage/`: the database: connection and migrations, the models, a session's file history,
  packs stored as assessments.
- `live/`: plumbing that knows no feature: the event bus, the sockets of this process, the
  session events proctors see, and the ingest of code updates (stored, then acked).
- `sessions/`: a session's lifecycle: creation, status changes, its clock and expiry, closing.
- `examining/`, `testruns/`, `mcq/`, `challenges/`, `comparing/`: the features, side by side:
  the live examiner (questions, answers, reports), test runs in a sandbox, timed
  multiple-choice runs, challenges and their quotas, similarity between the candidates of an
  assessment (sessions fingerprinted as they close, pairs and fragments kept).
- `http/` and `ws/`: the wire: one module per REST resource and one per socket endpoint.
- `keys.py` (the typed app keys), `app.py` (`create_app`: every part built in its own
  cleanup context, wired with callbacks), `cli/` (`viva server`, `viva token`, `viva assessment`).

A `code_update` arrives on `ws/session.py`, is stored by `live/ingest.py`, acked back on the
same socket, shown to proctors through `live/events.py`, and handed to `examining/` (through a
callback made in `app.py`), which may ask a question about it.
"""
