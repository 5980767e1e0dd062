"""Live plumbing that knows no feature: the bus between server processes (`bus`), this process's
sockets (`hub`), the session events proctors and candidates are sent (`events`), and the ingest
of code updates: stored in group commits, then acked (`ingest`)."""
