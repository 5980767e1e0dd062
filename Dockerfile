# viva server image: `docker build -t viva .` then see docker-compose.yml (docs/scale.md).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# bubblewrap is the sandbox test runs execute candidate code in (util-linux has prlimit)
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends bubblewrap \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
# the wheel holds every package of the project (hatch lists them), so all are copied
COPY pyproject.toml uv.lock README.md ./
COPY viva ./viva
COPY server ./server
COPY tui ./tui
COPY watcher ./watcher
COPY lsp_bridge ./lsp_bridge
# exactly the versions in uv.lock (hashes checked), then the project itself without resolving again
RUN pip install 'uv==0.13.9' \
    && uv export --locked --extra server --no-emit-project -o /tmp/requirements.txt \
    && pip install --require-hashes --no-deps -r /tmp/requirements.txt \
    && pip install --no-deps '.[server]' \
    && pip uninstall -y uv && rm -rf /src /tmp/requirements.txt

RUN useradd --create-home --uid 10001 viva && mkdir -p /data && chown viva /data
USER viva
WORKDIR /data
# the generated secret, embedded SQLite and Chroma land here when not configured otherwise
ENV VIVA_DATA_DIR=/data/.viva

EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status != 200)"]
CMD ["viva", "server", "--host", "0.0.0.0", "--port", "8000"]
