"""WebSocket endpoints (SPEC §5): `socket` opens, registers and tears down every socket and is its
one error boundary; `frames` reads and validates frames; one module per endpoint: `session`
(the candidate channel, with its explicit handler table), `proctor`, `assessment` (and chat)."""
