"""Reading workspace files: UTF-8 text only, within the size limit, inside the workspace."""

from __future__ import annotations

from watcher.files import Skipped, read_workspace_file


def test_a_utf8_text_file_is_read_whole(tmp_path):
    (tmp_path / "a.py").write_text("print('héllo')\r\n", encoding="utf-8", newline="")
    text, stamp = read_workspace_file(tmp_path, "a.py")
    assert text == "print('héllo')\r\n"
    assert stamp.size == len("print('héllo')\r\n".encode())


def test_a_file_with_a_nul_byte_is_skipped_as_binary(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"abc\x00def")
    result = read_workspace_file(tmp_path, "a.bin")
    assert isinstance(result, Skipped) and "binary" in result.reason


def test_a_file_that_is_not_utf8_is_skipped_as_binary(tmp_path):
    (tmp_path / "latin.txt").write_bytes("café".encode("latin-1"))
    result = read_workspace_file(tmp_path, "latin.txt")
    assert isinstance(result, Skipped) and "UTF-8" in result.reason


def test_a_file_over_the_limit_is_skipped_as_too_large(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 101)
    result = read_workspace_file(tmp_path, "big.txt", max_bytes=100)
    assert isinstance(result, Skipped) and "too large" in result.reason
    assert read_workspace_file(tmp_path, "big.txt", max_bytes=101)[0] == "x" * 101


def test_a_symlink_inside_the_workspace_is_followed(tmp_path):
    (tmp_path / "real.py").write_text("x = 1\n")
    (tmp_path / "link.py").symlink_to(tmp_path / "real.py")
    assert read_workspace_file(tmp_path, "link.py")[0] == "x = 1\n"


def test_a_symlink_pointing_outside_the_workspace_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("password")
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "leak.txt").symlink_to(secret)
    result = read_workspace_file(ws, "leak.txt")
    assert isinstance(result, Skipped) and "outside" in result.reason


def test_a_missing_file_or_a_directory_reads_as_nothing(tmp_path):
    (tmp_path / "dir").mkdir()
    assert read_workspace_file(tmp_path, "gone.py") is None
    assert read_workspace_file(tmp_path, "dir") is None
