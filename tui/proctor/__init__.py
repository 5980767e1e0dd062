"""The proctor console (`viva proctor`): live sessions, one session live, replay, actions.

A client of the server's REST API and `/ws/proctor` feed only; it never imports `server`.

Keys. Sessions table: `/` filter (words match candidate, assessment, status, `#id`),
`s`/`S` sort column/order (or click a header), Enter open, `m` message, `p` pause or
resume, `x` end, `g` report (Markdown or HTML, saved where you say), `t` run the session's
tests (hidden ones included; the result reaches every proctor and, visible tests only, the
candidate), `r` replay. Session view: the same actions, `f` follow the latest edit (on by
default), `1`/`2`/`3` the Transcript, Signals and Tests tabs (focus there: arrows scroll or
pick); the Signals tab opens replay at a signal's moment, the Tests tab shows the last
run's every test, hidden ones marked. Replay: ←/→ one event, shift+←/→ one minute,
Home/End, space play, `+`/`-` speed 1×–20×, `i` skip idle stretches, `n`/`N` next and
previous question, `f`/`F` next and previous flag, `t`/`T` next and previous test run
(marked ✓ or ✗ under the slider); click or drag the slider.

The Tests column is the last run's passed/total, hidden tests included: green when all
passed, red when any failed, `…` while a run goes, `t/o` timed out, `err` could not run,
`n/a` no sandbox on the server. It knows the runs the feed told it of since the console
started (the session view and replay read every stored run from the timeline).

The table repaints at most five times a second however busy the feed; the model takes
every event as it arrives. Its edits-per-minute sparkline counts edits seen live since the
console started; the session view's covers the whole session (from its timeline).
Integrity signals are the server's flags plus the console's own reading of each change
(a large insertion faster than typing, or after a long idle), merged.
"""
