"""Round var-sec: documented security hazards followed one step through the program's own
names, checked in code (`pyreview`'s digest default, `sqlsafe`'s tuple from a helper). The
rule-file shapes of the round are `match`/`ignore` examples of their rules."""

from __future__ import annotations

from textwrap import dedent

import pytest

from server.examiner import analyse


def _found(source: str, kind: str, path: str = "svc/app.py") -> list[int]:
    return [f.line for f in analyse(path, None, dedent(source).lstrip("\n")) if f.kind == kind]


# --- hashlib.new's digest named by a default (bandit B324, CWE-916) ---

DIGEST_BY_DEFAULT = [
    ("""
     import hashlib
     from dataclasses import dataclass


     @dataclass
     class Settings:
         algorithm: str = "sha1"


     class Users:
         def __init__(self, settings=None):
             self.settings = settings or Settings()

         def _stored(self, secret, salt):
             h = hashlib.new(self.settings.algorithm)
             h.update(salt + secret.encode())
             return h.hexdigest()

         def add(self, name, password):
             return self._stored(password, b"pepper")
     """, 15),
    ("""
     import hashlib

     DIGEST = "md5"


     def hash_password(password, salt):
         return hashlib.new(DIGEST, salt + password.encode()).hexdigest()
     """, 7),
]


@pytest.mark.parametrize(("source", "line"), DIGEST_BY_DEFAULT)
def test_a_fast_digest_named_by_a_default_is_found(source: str, line: int) -> None:
    assert _found(source, "weak_password_hash") == [line]


DIGEST_ESCAPES = [
    # the default is a digest made for the job's name, not a fast one
    """
    import hashlib

    DIGEST = "sha3_256"
    DIGEST = "blake2b"


    def hash_password(password, salt):
        return hashlib.new(DIGEST, salt + password.encode()).hexdigest()
    """,
    # the digest of a file, no password
    """
    import hashlib
    from dataclasses import dataclass


    @dataclass
    class Settings:
        algorithm: str = "sha1"


    def etag(data, settings=Settings()):
        return hashlib.new(settings.algorithm, data).hexdigest()
    """,
]


@pytest.mark.parametrize("source", DIGEST_ESCAPES)
def test_a_digest_by_default_without_a_password_or_one_name_is_silent(source: str) -> None:
    assert _found(source, "weak_password_hash") == []


# --- SQL text from a helper that returns (clause, values) (CWE-89) ---

CLAUSE_FROM_HELPER = [
    # the clause holds the value itself: asked where the text is assembled
    ("""
     def _where(name):
         return f"name = '{name}'", []


     def find(conn, name):
         clause, args = _where(name)
         return conn.execute("SELECT id FROM users WHERE " + clause, args).fetchall()
     """, 7),
    ("""
     def _where(filters):
         parts = []
         for key, value in filters.items():
             parts.append(f"{key} = ?")
         return " AND ".join(parts), list(filters.values())


     def find(conn, filters):
         clause, args = _where(filters)
         return conn.execute("SELECT id FROM users WHERE " + clause, args).fetchall()
     """, 10),
]


@pytest.mark.parametrize(("source", "line"), CLAUSE_FROM_HELPER)
def test_a_clause_a_helper_builds_from_values_is_found(source: str, line: int) -> None:
    assert _found(source, "sql_injection") == [line]


CLAUSE_ESCAPES = [
    """
    def _where(name, since):
        parts, args = ["created >= ?"], [since]
        if name:
            parts.append("name LIKE ?")
            args.append(f"%{name}%")
        return " AND ".join(parts), args


    def find(conn, name, since):
        clause, args = _where(name, since)
        return conn.execute("SELECT id FROM users WHERE " + clause, args).fetchall()
    """,
    """
    def _order(sort):
        if sort == "name":
            return "ORDER BY name", True
        return "ORDER BY id", False


    def listing(conn, sort):
        order, _named = _order(sort)
        return conn.execute("SELECT id FROM users " + order).fetchall()
    """,
]


@pytest.mark.parametrize("source", CLAUSE_ESCAPES)
def test_a_clause_a_helper_builds_of_placeholders_is_silent(source: str) -> None:
    assert _found(source, "sql_injection") == []
