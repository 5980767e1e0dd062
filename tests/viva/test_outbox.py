"""The durable outbox: seqs, pending updates, acked content and answers survive a restart."""

from __future__ import annotations

import sqlite3

import pytest

from viva.diffs import sha256_text
from viva.outbox import Outbox, OutboxBusy


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(tmp_path / "state")
    yield box
    box.close()


def reopen(box: Outbox) -> Outbox:
    state = box.path.parent
    box.close()
    return Outbox(state)


def test_a_fresh_outbox_has_a_client_id_and_starts_at_seq_one(outbox):
    assert len(outbox.client_id) == 32
    assert outbox.enqueue("a.py", "x") == 1
    assert outbox.pending()[0].path == "a.py"


def test_the_client_id_and_seq_survive_a_restart_and_seqs_never_repeat(outbox):
    outbox.enqueue("a.py", "1")
    outbox.enqueue("a.py", "2")
    outbox.ack([1, 2])
    client_id = outbox.client_id
    again = reopen(outbox)
    try:
        assert again.client_id == client_id
        assert again.enqueue("a.py", "3") == 3
    finally:
        again.close()


def test_pending_updates_survive_a_restart_in_seq_order(outbox):
    outbox.enqueue_many([("a.py", "A"), ("b.py", "B"), ("a.py", None)])
    again = reopen(outbox)
    try:
        assert [(u.seq, u.path, u.content) for u in again.pending()] == [
            (1, "a.py", "A"), (2, "b.py", "B"), (3, "a.py", None)]
        assert again.pending()[0].ts > 0
    finally:
        again.close()


def test_an_ack_moves_the_content_from_pending_to_acked(outbox):
    seq = outbox.enqueue("a.py", "hello\n")
    done = outbox.ack([seq])
    assert [u.seq for u in done] == [seq]
    assert len(outbox) == 0
    assert outbox.acked_files() == {"a.py": "hello\n"}
    again = reopen(outbox)
    try:
        assert again.acked_files() == {"a.py": "hello\n"}
        row = again._db.execute("SELECT sha256 FROM acked WHERE path='a.py'").fetchone()
        assert row[0] == sha256_text("hello\n")
    finally:
        again.close()


def test_an_acked_deletion_forgets_the_file(outbox):
    outbox.ack([outbox.enqueue("a.py", "x")])
    outbox.ack([outbox.enqueue("a.py", None)])
    assert outbox.acked_files() == {}
    assert outbox.latest("a.py") is None


def test_an_older_ack_arriving_late_does_not_overwrite_a_newer_one(outbox):
    first = outbox.enqueue("a.py", "old")
    second = outbox.enqueue("a.py", "new")
    outbox.ack([second])
    outbox.ack([first])
    assert outbox.acked_files() == {"a.py": "new"}


def test_latest_is_the_last_pending_content_else_the_acked_one(outbox):
    outbox.ack([outbox.enqueue("a.py", "acked")])
    assert outbox.latest("a.py") == "acked"
    outbox.enqueue("a.py", "pending")
    outbox.enqueue("b.py", "b")
    assert outbox.latest("a.py") == "pending"
    assert outbox.latest_files() == {"a.py": "pending", "b.py": "b"}
    outbox.enqueue("a.py", None)
    assert outbox.latest_files() == {"b.py": "b"}


def test_the_servers_high_water_mark_acks_all_but_each_paths_last_update(outbox):
    outbox.enqueue_many([("a.py", "1"), ("b.py", "2"), ("a.py", "3"), ("c.py", "4")])
    outbox.ack_through(3)
    # a.py's last update (3) stays, to be resent and checked by its ack's SHA-256
    assert [u.seq for u in outbox.pending()] == [2, 3, 4]
    assert outbox.acked_files() == {"a.py": "1"}


def test_a_whole_content_update_stays_whole_across_a_restart(outbox):
    outbox.enqueue("a.py", "1", whole=True)
    again = reopen(outbox)
    try:
        assert again.pending()[0].whole
    finally:
        again.close()


def test_a_refused_update_is_dropped_without_becoming_acked_content(outbox):
    seq = outbox.enqueue("big.txt", "x" * 10)
    assert [u.seq for u in outbox.drop([seq])] == [seq]
    assert len(outbox) == 0 and outbox.acked_files() == {}


def test_a_superseded_update_is_replaced_in_the_same_commit(outbox):
    outbox.enqueue("a.py", "draft")
    seq = outbox.enqueue("a.py", "final", replace=[1])
    assert [(u.seq, u.content) for u in outbox.pending()] == [(seq, "final")]
    assert outbox.pending_for("a.py")[0].content == "final"


def test_a_second_client_on_the_same_state_directory_is_refused(outbox):
    with pytest.raises(OutboxBusy):
        Outbox(outbox.path.parent)


def test_answers_survive_a_restart_oldest_first_one_per_question(outbox):
    outbox.add_answer("7", "first thought")
    outbox.add_answer("8", "about eight")
    outbox.add_answer("7", "second thought")  # replaces the first, and goes to the back
    again = reopen(outbox)
    try:
        assert [(a.interaction_id, a.response) for a in again.answers()] == [
            ("8", "about eight"), ("7", "second thought")]
        assert again.answers()[0].queued > 0
    finally:
        again.close()


def test_a_removed_answer_stays_removed_after_a_restart(outbox):
    outbox.add_answer("7", "an answer")
    assert outbox.remove_answer("7").response == "an answer"
    assert outbox.remove_answer("7") is None
    again = reopen(outbox)
    try:
        assert again.answers() == [] and again.answer("7") is None
    finally:
        again.close()


def test_an_outbox_written_before_answers_existed_opens_and_keeps_its_updates(tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    old = sqlite3.connect(state / "outbox.db")
    old.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE pending (seq INTEGER PRIMARY KEY, path TEXT NOT NULL, content TEXT,
                              whole INTEGER NOT NULL DEFAULT 0, ts REAL NOT NULL);
        CREATE TABLE acked (path TEXT PRIMARY KEY, content TEXT NOT NULL,
                            sha256 TEXT NOT NULL, seq INTEGER NOT NULL);
        INSERT INTO meta VALUES ('client_id', 'c0ffee'), ('next_seq', '2');
        INSERT INTO pending VALUES (1, 'a.py', 'x', 0, 1.0);
    """)
    old.close()
    box = Outbox(state)
    try:
        assert box.client_id == "c0ffee" and [u.path for u in box.pending()] == ["a.py"]
        box.add_answer("3", "kept")
        assert [a.response for a in box.answers()] == ["kept"]
    finally:
        box.close()
