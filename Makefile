# Two commands: `make demo` (set up + run the demo on the embedded stores) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
WORKDIR ?= demo

.PHONY: setup demo test lint bench heldout docs mutation clean

setup: $(VENV)/.installed

# The lock file pins every dependency with its hash, the spaCy model package included.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/uv pip sync --python $(BIN)/python --require-hashes --compile-bytecode requirements.lock
	$(BIN)/uv pip install --python $(BIN)/python --no-deps -e .
	touch $@

demo: setup
	$(BIN)/pii-pipeline demo --workdir $(WORKDIR)

test: setup
	$(BIN)/ruff check src tests dags recognizers scripts
	$(BIN)/lint-imports --no-cache
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check src tests dags recognizers scripts
	$(BIN)/ruff format --check src tests dags recognizers scripts

lock:
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

docs: setup
	$(BIN)/mkdocs build --strict --site-dir site

bench: setup
	$(BIN)/pii-pipeline bench

# Mutation testing of the safety-critical modules ([tool.mutmut] in pyproject.toml); not part of `make test`.
# Prints the survivors per module; MUTATION_ARGS="--timeout 3600" or mutant-name globs narrow a run.
mutation: setup
	$(BIN)/python scripts/mutation.py $(MUTATION_ARGS)

# Held-out corpora (tests/data/heldout): regenerate, then score; never tune detection on them.
HELDOUT := tests/data/heldout
heldout: setup
	$(BIN)/python scripts/heldout/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v3/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v4/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v5/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v6/generate.py
	$(BIN)/python scripts/heldout_v8/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v9/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v10/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v11/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v12/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v13/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v14/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v15/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v16/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v17/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v18/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v19/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v20/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v21/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v22/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v23/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v24/generate.py --out $(HELDOUT)
	$(BIN)/python scripts/heldout_v25/generate.py --out $(HELDOUT)
	for v in v2 v3 v4 v5 v6 v8 v9 v10 v11 v12 v13 v14 v15 v16 v17 v18 v19 v20 v21 v22 v23 v24 v25; do \
	  $(BIN)/pii-pipeline eval $(HELDOUT)/heldout_$$v.jsonl --alias AGE=AGE --alias LOCATION=LOCATION; \
	  $(BIN)/pii-pipeline eval $(HELDOUT)/heldout_negatives_$$v.jsonl --alias AGE=AGE --alias LOCATION=LOCATION; \
	done

clean:
	rm -rf $(VENV) $(WORKDIR) .pytest_cache
