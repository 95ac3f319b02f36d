# Gema Banten: two commands for a fresh machine.
#   make run   creates .venv, installs, builds the demo database and serves the app on 127.0.0.1:8501
#   make test  creates .venv, installs (plus Chromium for the browser tests and PostgreSQL for the
#              DuckLake suite) and runs ruff + pytest on the embedded file, then the store, ingest,
#              undo and page-data suites again on a DuckLake (a throw-away local PostgreSQL cluster)
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8501
export GEMA_DB ?= data/gema.duckdb

.PHONY: run test venv chromium postgresql lint bench clean

$(BIN)/.installed: requirements.txt
	@command -v $(PY) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PY) not found)"; exit 2; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

venv: $(BIN)/.installed

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Chromium from Debian for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# PostgreSQL server binaries (initdb, pg_ctl) for the lake tests' throw-away catalog cluster.
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "Installing PostgreSQL from Debian for the DuckLake tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

run: venv
	$(BIN)/python -m gema init --demo
	$(BIN)/streamlit run serve.py --server.address $(HOST) --server.port $(PORT)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: venv chromium postgresql
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n 2 --dist loadgroup
	$(BIN)/python -m pytest -n 2 --dist loadgroup --backend lake

bench: venv
	$(BIN)/python bench/import_bench.py
	$(BIN)/python bench/dashboard_bench.py
	$(BIN)/python bench/lake_bench.py

clean:
	rm -rf $(VENV) .pytest_cache artifacts
