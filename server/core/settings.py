"""Server settings (SPEC §3), read once at the entry point and passed down."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Final, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "normalise_database_url"]

DEFAULT_DATA_DIR: Final = Path(".viva")


def normalise_database_url(url: str) -> str:
    """Map the URL spellings of the older deployments onto Tortoise's."""
    for prefix in ("postgresql+asyncpg://", "postgresql://", "postgres+asyncpg://"):
        if url.startswith(prefix):
            return "postgres://" + url[len(prefix):]
    if url.startswith("sqlite+aiosqlite://"):
        return "sqlite://" + url[len("sqlite+aiosqlite://"):]
    return url


class Settings(BaseSettings):
    """Everything the server can be configured with; names kept from the older system."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(default="sqlite://.viva/viva.db", alias="DATABASE_URL")
    redis_url: str | None = Field(default=None, alias="REDIS_URL")
    chroma_persist_directory: str = Field(default=".viva/chroma", alias="CHROMA_PERSIST_DIRECTORY")
    chroma_url: str | None = Field(default=None, alias="CHROMA_URL")
    openai_api_key: SecretStr | None = Field(default=None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, alias="OPENAI_BASE_URL")
    llm_model: str = Field(default="gpt-4o-mini", alias="VIVA_LLM_MODEL")
    examiner: Literal["auto", "offline", "llm"] = Field(default="auto", alias="VIVA_EXAMINER")
    secret_key: SecretStr | None = Field(default=None, alias="SECRET_KEY")
    jwt_algorithm: str = Field(default="HS256", alias="JWT_ALGORITHM")
    access_token_expire_minutes: int = Field(default=480, alias="ACCESS_TOKEN_EXPIRE_MINUTES", gt=0)
    min_code_change_lines: int = Field(default=5, alias="MIN_CODE_CHANGE_LINES", ge=0)
    min_time_between_interactions: float = Field(
        default=60, alias="MIN_TIME_BETWEEN_INTERACTIONS", ge=0)
    daily_quota: int = Field(default=20, alias="VIVA_DAILY_QUOTA", ge=0)
    max_message_bytes: int = Field(default=1_048_576, alias="VIVA_MAX_MESSAGE_BYTES", gt=0)
    max_file_bytes: int = Field(default=262_144, alias="VIVA_MAX_FILE_BYTES", gt=0)
    data_dir: Path = Field(default=DEFAULT_DATA_DIR, alias="VIVA_DATA_DIR")
    """Where the embedded defaults live (secret key, SQLite, Chroma)."""
    metrics_public: bool = Field(default=True, alias="VIVA_METRICS_PUBLIC")
    """Whether `/metrics` is open to anyone; when false it needs an admin token."""
    public_url: str | None = Field(default=None, alias="VIVA_PUBLIC_URL")
    """Base URL put into invites; defaults to the address the request came to."""
    ws_rate_per_second: float = Field(default=50.0, alias="VIVA_WS_RATE", gt=0)
    """Messages per second a socket may sustain before it is closed with 4008."""
    checkpoint_every: int = Field(default=100, alias="VIVA_CHECKPOINT_EVERY", gt=0)
    """A file's full text is stored at least every this many versions."""
    rate_per_minute: int = Field(default=600, alias="VIVA_RATE_PER_MINUTE", gt=0)
    """REST requests one user (or one address, without a token) may make a minute; then 429."""
    redis_channel: str = Field(default="viva:events", alias="VIVA_REDIS_CHANNEL", min_length=1)
    """The pub/sub channel of the live feed; deployments sharing one Redis each need their own."""
    clock_interval: float = Field(default=5.0, alias="VIVA_CLOCK_INTERVAL", gt=0)
    """Seconds between checks for sessions whose time limit has run out."""

    sandbox: Literal["auto", "bwrap", "off"] = Field(default="auto", alias="VIVA_SANDBOX")
    """Where candidate code runs: bubblewrap when installed (`auto`), bubblewrap or refuse
    (`bwrap`), or nowhere (`off`); without a sandbox test runs are `unavailable`, never bare."""
    test_workers: int = Field(default=2, alias="VIVA_TEST_WORKERS", ge=1, le=63)
    """Test runs one server process executes at once; more wait their turn (a process has 64
    sandbox uids; one is kept for its one-off runs)."""
    test_timeout: float = Field(default=60, alias="VIVA_TEST_TIMEOUT", gt=0, le=3600)
    """Wall seconds (and CPU seconds) one test run may take; a pack may lower it."""
    test_memory_mb: int = Field(default=512, alias="VIVA_TEST_MEMORY_MB", ge=32, le=65536)
    """Address space one test run may use; a pack may lower it."""
    test_executor: Literal["local", "queue"] = Field(default="local", alias="VIVA_TEST_EXECUTOR")
    """Where test runs execute: in this server process (`local`) or on `viva worker` processes
    fed by a job queue on Redis (`queue`, needs REDIS_URL)."""

    @field_validator("database_url")
    @classmethod
    def _normalise(cls, value: str) -> str:
        return normalise_database_url(value)

    @model_validator(mode="after")
    def _under_data_dir(self) -> Settings:
        # A data dir given without a database or Chroma path holds them too: pointing a
        # command at the server's data (VIVA_DATA_DIR, --data-dir) points at all of it.
        if "data_dir" in self.model_fields_set:
            if "database_url" not in self.model_fields_set:
                self.database_url = f"sqlite://{self.data_dir / 'viva.db'}"
            if "chroma_persist_directory" not in self.model_fields_set:
                self.chroma_persist_directory = str(self.data_dir / "chroma")
        if self.test_executor == "queue" and not self.redis_url:
            raise ValueError("VIVA_TEST_EXECUTOR=queue needs REDIS_URL: the job queue lives on Redis")
        return self

    def explicit(self, field: str) -> bool:
        """Whether `field` was configured (environment, .env, argument), not left at its default."""
        return field in self.model_fields_set

    @field_validator("redis_url", "chroma_url", "openai_base_url", "public_url", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    def signing_key(self) -> str:
        """The token signing secret: SECRET_KEY, else one generated once into the data dir."""
        if self.secret_key is not None and self.secret_key.get_secret_value():
            return self.secret_key.get_secret_value()
        path = self.data_dir / "secret_key"
        if path.exists():
            return path.read_text().strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process won the race: use its key
            return path.read_text().strip()
        with os.fdopen(fd, "w") as fh:
            fh.write(key)
        self.secret_key = SecretStr(key)
        return key
