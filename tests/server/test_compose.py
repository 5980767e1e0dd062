"""The deployment files (there is no Docker engine here): docker-compose.yml parsed and checked,
the Dockerfile read, both against SPEC §3 and §9."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from server.core.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SERVERS = ("viva-1", "viva-2")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return dict(yaml.safe_load((REPO / "docker-compose.yml").read_text()))


def env_of(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def depends(service: dict[str, Any]) -> dict[str, str]:
    deps = service.get("depends_on", {})
    if isinstance(deps, list):
        return dict.fromkeys(deps, "service_started")
    return {name: (cond or {}).get("condition", "service_started") for name, cond in deps.items()}


def test_compose_has_two_servers_postgres_redis_chroma_and_a_load_balancer(compose: dict[str, Any]) -> None:
    """Two viva servers, PostgreSQL, Redis, a ChromaDB server and nginx in front."""
    services = compose["services"]
    assert {*SERVERS, "postgres", "redis", "chroma", "lb"} <= set(services)
    assert services["postgres"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")
    assert services["chroma"]["image"].startswith("chromadb/chroma:")
    assert services["lb"]["image"].startswith("nginx:")


def test_both_servers_share_database_redis_chroma_and_one_secret(compose: dict[str, Any]) -> None:
    """SPEC §3 variables, identical on both servers; the secret comes from the operator."""
    envs = [env_of(compose["services"][name]) for name in SERVERS]
    assert envs[0] == envs[1]
    env = envs[0]
    assert env["DATABASE_URL"].startswith(("postgres://", "postgresql://")) and "@postgres:5432/" in env["DATABASE_URL"]
    assert env["REDIS_URL"].startswith("redis://redis:6379")
    assert env["CHROMA_URL"] == "http://chroma:8000"
    assert re.fullmatch(r"\$\{SECRET_KEY:\?.+\}", env["SECRET_KEY"]), "SECRET_KEY must be required, not baked in"
    known = {f.alias for f in Settings.model_fields.values() if f.alias}
    assert set(env) <= known, f"unknown settings: {set(env) - known}"


def test_servers_wait_for_healthy_stores_and_have_their_own_healthcheck(compose: dict[str, Any]) -> None:
    """depends_on with health conditions; the second server starts once the first migrated."""
    services = compose["services"]
    for name in SERVERS:
        deps = depends(services[name])
        assert deps["postgres"] == deps["redis"] == "service_healthy"
        assert "chroma" in deps
        check = " ".join(services[name]["healthcheck"]["test"])
        assert "/health" in check
    assert depends(services["viva-2"]).get("viva-1") == "service_healthy"
    for store in ("postgres", "redis"):
        assert services[store]["healthcheck"]["test"]
    assert set(depends(services["lb"])) == set(SERVERS)


def test_only_the_load_balancer_publishes_a_port_and_it_proxies_websockets(compose: dict[str, Any]) -> None:
    """Clients reach nginx; nginx reaches both servers, upgrades sockets, no stickiness."""
    services = compose["services"]
    for name in (*SERVERS, "postgres", "redis", "chroma"):
        assert "ports" not in services[name], f"{name} should not be published"
    assert services["lb"]["ports"] == ["${VIVA_PORT:-8000}:80"]
    for name in SERVERS:
        assert "8000" in [str(p) for p in services[name]["expose"]]
    conf = compose["configs"]["nginx"]["content"]
    assert "server viva-1:8000" in conf and "server viva-2:8000" in conf
    assert "proxy_set_header Upgrade $$http_upgrade" in conf
    assert "ip_hash" not in conf and "sticky" not in conf
    assert "X-Forwarded-For" in conf


def test_stores_keep_their_data_in_named_volumes(compose: dict[str, Any]) -> None:
    volumes = set(compose["volumes"])
    for name, target in (("postgres", "/var/lib/postgresql/data"), ("redis", "/data"), ("chroma", "/data")):
        mounts = compose["services"][name]["volumes"]
        assert any(m.split(":")[0] in volumes and m.split(":")[1] == target for m in mounts), name


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (REPO / "Dockerfile").read_text().replace("\\\n", " ")
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_dockerfile_installs_the_server_extra_on_python_311_slim_and_runs_viva_server() -> None:
    """python:3.11-slim, the server extra at uv.lock's versions, CMD `viva server --host 0.0.0.0`."""
    steps = dockerfile_instructions()
    assert steps[0] == ("FROM", "python:3.11-slim")
    runs = " ".join(rest for word, rest in steps if word == "RUN")
    assert "pip install --no-deps '.[server]'" in runs
    assert "uv export --locked --extra server" in runs and "--require-hashes" in runs
    cmd = [rest for word, rest in steps if word in ("CMD", "ENTRYPOINT")]
    assert cmd, "no CMD or ENTRYPOINT"
    argv = json.loads(cmd[-1]) if cmd[-1].startswith("[") else shlex.split(cmd[-1])
    assert argv[:2] == ["viva", "server"] and argv[argv.index("--host") + 1] == "0.0.0.0"
    assert ("EXPOSE", "8000") in steps
    assert any(word == "USER" and rest != "root" for word, rest in steps), "runs as a non-root user"


def test_dockerfile_copies_every_package_the_wheel_needs() -> None:
    """hatch builds a wheel of every package listed in pyproject; each must be in the image."""
    import tomllib

    hatch = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["hatch"]
    packages = hatch["build"]["targets"]["wheel"]["packages"]
    copied = {rest.split()[0] for word, rest in dockerfile_instructions() if word == "COPY"}
    assert set(packages) <= copied, set(packages) - copied
    ignored = (REPO / ".dockerignore").read_text().split()
    assert ".venv" in ignored and ".git" in ignored and not set(packages) & set(ignored)


def test_a_worker_service_runs_viva_worker_on_the_servers_queue(compose: dict[str, Any]) -> None:
    """SPEC §2/§9: test runs go through the queue on Redis to `viva worker` processes."""
    services = compose["services"]
    worker = services["worker"]
    command = worker["command"]
    argv = shlex.split(command) if isinstance(command, str) else list(command)
    assert argv[:2] == ["viva", "worker"]
    assert worker.get("image") == services["viva-1"]["image"]
    env, server_env = env_of(worker), env_of(services["viva-1"])
    for name in ("DATABASE_URL", "REDIS_URL", "VIVA_TEST_EXECUTOR", "VIVA_SANDBOX", "VIVA_TEST_TIMEOUT"):
        assert env[name] == server_env[name], name
    assert server_env["VIVA_TEST_EXECUTOR"].startswith("${VIVA_TEST_EXECUTOR:-queue}")
    deps = depends(worker)
    assert deps.get("postgres") == "service_healthy" and deps.get("redis") == "service_healthy"
    assert "ports" not in worker
    assert worker.get("security_opt") == services["viva-1"]["security_opt"]  # bubblewrap works there
