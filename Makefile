# Two commands: `make run` opens the seed article in the app, `make test` runs the whole suite.
# Each makes its own virtual environment in .venv and installs what it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_e93ad64ae9bca60f.txt

.PHONY: run test install install-test lint benchmark screenshot translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,spacy]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(BIN)/tawsim open $(SEED)

test: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

benchmark: install-test
	$(BIN)/python benchmarks/bench_engine.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_view.py

screenshot: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot-ar.png --language ar

# The interface's texts: collect them from the GUI's sources into each .ts (new ones come out
# unfinished, for a translator to fill in), then compile each .ts to the .qm that ships in the package.
TRANSLATIONS := $(wildcard resources/translations/tawsim_*.ts)

translations: install
	$(BIN)/pyside6-lupdate -silent -extensions py src/tawsim/gui -locations relative -no-obsolete -ts $(TRANSLATIONS)
	for ts in $(TRANSLATIONS); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

clean:
	rm -rf $(VENV) build dist .pytest_cache
