# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test lint install install-test server

$(BIN)/python:
	$(PYTHON) -m pip install --quiet uv || $(PYTHON) -m pip install --quiet --user uv
	$(PYTHON) -m uv venv --quiet --python $(PYTHON) $(VENV)

install: $(BIN)/python
	$(PYTHON) -m uv pip install --quiet --compile-bytecode --python $(BIN)/python -e '.[server]'

install-test: $(BIN)/python
	$(PYTHON) -m uv pip install --quiet --compile-bytecode --python $(BIN)/python -e '.[server,test]'

demo: install
	$(BIN)/viva demo

server: install
	$(BIN)/viva server

test: install-test
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(BIN)/python
	$(PYTHON) -m uv pip install --quiet --compile-bytecode --python $(BIN)/python -e '.[server,test,dev]'
	$(BIN)/ruff check .
	$(BIN)/mypy viva server watcher lsp_bridge tui
