"""Round shapes-jspy: documented Python hazards found in the general shape, not only in their
documentation's example, and silent on the documented escapes. (The JavaScript and TypeScript
shapes of the round are `match`/`ignore` examples of their rules.)"""

from __future__ import annotations

from textwrap import dedent

import pytest

from server.examiner import analyse


def _found(source: str, kind: str, path: str = "svc/app.py") -> list[int]:
    return [f.line for f in analyse(path, None, dedent(source).lstrip("\n")) if f.kind == kind]


# --- a credential as the fallback of a configuration lookup (CWE-798) ---

SECRET_FALLBACKS = [
    # an attribute given a parameter's `get` with a default
    ("""
     import os


     class Settings:
         def __init__(self, env=os.environ):
             self.base_url = env.get("BASE_URL", "http://localhost:8000")
             self.signing_secret = env.get("SIGNING_SECRET", "local-signing-7f3a")
     """, 7),
    # a framework's configuration key
    ("""
     import os
     from flask import Flask

     app = Flask(__name__)
     app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev")
     """, 5),
    # a keyword argument, the fallback after `or`
    ("""
     import os


     def gateway():
         return Gateway(endpoint=os.getenv("GW_URL"),
                        api_key=os.getenv("GW_API_KEY") or "gw-test-4471")
     """, 6),
    # a dict's key given a settings object's lookup
    ("""
     def mail_options(settings):
         return {
             "host": settings.get("smtp_host", "localhost"),
             "password": settings.get("smtp_password", "relay2024"),
         }
     """, 4),
    # configparser's `fallback=`
    ("""
     import configparser

     config = configparser.ConfigParser()
     config.read("app.ini")
     db_password = config.get("db", "password", fallback="postgres")
     """, 5),
]


@pytest.mark.parametrize(("source", "line"), SECRET_FALLBACKS)
def test_a_credential_as_a_lookups_fallback_is_found(source: str, line: int) -> None:
    assert _found(source, "hardcoded_secret") == [line]


SECRET_ESCAPES = [
    # no fallback, an empty one, one that throws when missing
    """
    import os


    class Settings:
        def __init__(self, env=os.environ):
            self.signing_secret = env.get("SIGNING_SECRET", "")
            self.api_token = env["API_TOKEN"]
            self.smtp_password = os.getenv("SMTP_PASSWORD")
    """,
    # names that are no secret: a url, a key's id, a sender, a header's name
    """
    import os

    TOKEN_URL = os.getenv("TOKEN_URL", "https://auth.example/oauth/token")
    API_KEY_ID = os.getenv("API_KEY_ID", "key-main-2024")
    SECRET_SENDER = os.getenv("SECRET_SENDER", "noreply@example.org")
    TOKEN_HEADER = os.getenv("TOKEN_HEADER", "x-auth-token")
    """,
    # a literal that is itself an environment variable's name
    """
    import os

    PASSWORD_VAR = os.getenv("PASSWORD_VAR", "DB_PASSWORD")
    password = os.environ.get(os.getenv("PASSWORD_VAR", "DB_PASSWORD"))
    """,
    # a field's name kept in a constant (oauthlib's `refresh_token_key`)
    """
    class Client:
        refresh_token_key = "refresh_token"
    """,
    # configparser's `get(section, option)`: the option's name, not a default
    """
    def read(config, server):
        return {"username": config.get(server, "username"),
                "password": config.get(server, "password")}
    """,
]


@pytest.mark.parametrize("source", SECRET_ESCAPES)
def test_a_lookup_without_a_credential_fallback_is_not_a_secret(source: str) -> None:
    assert _found(source, "hardcoded_secret") == []


# --- a password, passphrase or PIN through a fast digest (CWE-916) ---

FAST_PASSWORD_HASHES = [
    # a PIN handed to a helper whose parameter has another name, the user name as its "salt"
    ("""
     import hashlib


     def _fingerprint(secret, username):
         return hashlib.sha256(f"{username}:{secret}".encode()).hexdigest()


     def enroll(store, username, pin):
         store.save(username, _fingerprint(pin, username))
     """, 5),
    # hashlib under another name, a passphrase, blake2b
    ("""
     import hashlib as hl


     class Accounts:
         def register(self, email, passphrase):
             digest = hl.blake2b(passphrase.encode(), digest_size=32).hexdigest()
             self.db.insert(email, digest)
     """, 6),
    # the generic constructor fed the PIN by update()
    ("""
     import hashlib


     def store_pin(db, user_id, pin_code):
         h = hashlib.new("sha1")
         h.update(str(user_id).encode())
         h.update(pin_code.encode())
         db.put(user_id, h.hexdigest())
     """, 5),
    # two helpers down, through a method, the password joined in a local first
    ("""
     import hashlib


     def _digest(value, salt):
         data = (salt + value).encode("utf-8")
         return hashlib.sha512(data).hexdigest()


     class UserService:
         def create(self, form):
             self.repo.add(form.email, self._hash(form["password"], form.email.lower()))

         def _hash(self, raw, salt):
             return _digest(raw, salt)
     """, 6),
]


@pytest.mark.parametrize(("source", "line"), FAST_PASSWORD_HASHES)
def test_a_password_through_a_fast_digest_is_found(source: str, line: int) -> None:
    assert _found(source, "weak_password_hash") == [line]


FAST_HASH_ESCAPES = [
    # a key-derivation function, and a digest of the avatar in the same helper
    """
    import hashlib
    import os


    def _derive(secret, avatar):
        etag = hashlib.md5(avatar).hexdigest()
        salt = os.urandom(16)
        return etag, salt, hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, 600_000)


    def enroll(store, user, pin, avatar):
        store.save(user, *_derive(pin, avatar))
    """,
    # a cache key and a file's checksum
    """
    import hashlib


    def cache_key(user_id, query):
        return hashlib.sha1(f"{user_id}:{query}".encode()).hexdigest()


    def checksum(path):
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    """,
    # an HMAC with the server's key over a token, not a password store
    """
    import hashlib
    import hmac


    def sign_reset(server_key, token):
        return hmac.new(server_key, token.encode(), hashlib.sha256).hexdigest()
    """,
    # a challenge-response whose protocol fixes the digest (POP3's APOP)
    """
    import hashlib


    def apop(conn, user, password):
        challenge = conn.greeting_timestamp()
        digest = hashlib.md5((challenge + password).encode()).hexdigest()
        return conn.command(f"APOP {user} {digest}")
    """,
]


@pytest.mark.parametrize("source", FAST_HASH_ESCAPES)
def test_a_digest_of_no_password_or_a_kdf_is_not_a_weak_password_hash(source: str) -> None:
    assert _found(source, "weak_password_hash") == []
