"""The live examiner: questions after stored changes (`service`), answers and help (`answers`),
integrity flags and reports (`reporter`, `report`, `report_rubric`), per-session state
(`state`), chat memory and vectors (`stores`), the conversation a connection is replayed
(`conversation`), and the background slots the work shares (`background`)."""
