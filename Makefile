# The two commands a newcomer needs: `make demo` and `make test`.
# Our own installs (these targets and CI) take exactly the versions in uv.lock; `uv sync
# --locked` fails loudly when pyproject.toml and the lock disagree. `make upgrade` refreshes
# the lock on purpose. Users' `pip install .` still resolves pyproject.toml's ranges.
PYTHON     ?= python3
VENV       ?= .venv
BIN         = $(VENV)/bin
UV_VERSION ?= 0.13.9
UV          = UV_PROJECT_ENVIRONMENT=$(VENV) $(PYTHON) -m uv
SYNC        = $(UV) sync --locked --quiet --compile-bytecode --python $(PYTHON)

.PHONY: demo test lint install install-test server upgrade uv

uv:
	@$(PYTHON) -m uv --version 2>/dev/null | grep -qx 'uv $(UV_VERSION)' || \
	  $(PYTHON) -m pip install --quiet 'uv==$(UV_VERSION)' || \
	  $(PYTHON) -m pip install --quiet --user 'uv==$(UV_VERSION)'

install: uv
	$(SYNC) --inexact --extra server

install-test: uv
	$(SYNC) --all-extras

demo: install
	$(BIN)/viva demo

server: install
	$(BIN)/viva server

test: install-test
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: uv
	$(SYNC) --all-extras
	$(BIN)/ruff check .
	$(BIN)/mypy viva server watcher lsp_bridge tui

# Refresh uv.lock to the newest versions pyproject.toml allows; commit it so CI checks it.
upgrade: uv
	$(UV) lock --upgrade
