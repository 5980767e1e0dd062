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
