# Everyday commands. `make demo` and `make test` work on a fresh machine with
# Python 3.12+: they create .venv and install the project into it first.

PYTHON ?= $(shell command -v python3.12 || command -v python3.13 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_PASSWORD ?= demo-kecamatan-2026
# loadfile: a test module runs on one worker, so its module-wide data (the
# tree, the demo, the two-node servers) is built once, not once per worker.
# Lighthouse's audits time the pages, so they run alone: make lighthouse.
PYTEST_ARGS ?= -n 2 --dist loadfile -m 'not lighthouse'

POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: install demo serve dev test test-postgres lighthouse lint format check weight bench load clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12 or newer is needed (found %s). Set PYTHON=/path/to/python3.12." % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The demo runs as production does (cms/settings/demo.py): DEBUG off, gunicorn,
# hashed and compressed static files, gzip, the site's own 404 and 500 pages.
# Seeding refuses to run with DEBUG off, so it runs under the debug settings.
DEMO_ENV := DJANGO_SETTINGS_MODULE=cms.settings.demo
# One worker process with threads: without Redis the cache is per process,
# and a publish must clear the page cache that every request reads.
DEMO_GUNICORN_ARGS := --workers 1 --threads 8 --no-control-socket

demo: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DJANGO_DEBUG=1 DEMO_PASSWORD='$(DEMO_PASSWORD)' $(BIN)/python manage.py seed_demo
	$(DEMO_ENV) $(BIN)/python manage.py collectstatic --no-input -v0
	@echo "Demo password for every demo user: $(DEMO_PASSWORD)"
	@echo "Serving http://localhost:8000/ with gunicorn (DEBUG off); Ctrl-C stops it."
	@echo "The webhook worker (manage.py db_worker --backend webhooks) runs beside it."
	$(DEMO_ENV) $(BIN)/python manage.py db_worker --backend webhooks --no-reload & \
	  worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(DEMO_ENV) GUNICORN_CMD_ARGS='$(DEMO_GUNICORN_ARGS)' $(BIN)/gunicorn -c gunicorn.conf.py cms.wsgi

# For developers: Django's server with DEBUG and autoreload, on the same
# database; no re-seeding.
serve dev: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 8000

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install
	DATABASE_URL='$(POSTGRES_URL)' $(BIN)/pytest $(PYTEST_ARGS)

# Lighthouse on one page of every type of a fresh demo, with nothing else
# running: its performance score is a timing, and a busy second core costs it
# points. Needs chromium, node and npm ci --prefix tests/browser/lighthouse.
lighthouse: install
	$(BIN)/pytest -p no:xdist -p no:randomly -m lighthouse tests/browser/test_lighthouse.py

weight: install
	DJANGO_DEBUG=1 $(BIN)/python bench/page_weight.py

# Seeds a scratch demo, serves it with gunicorn beside the true ceilings (the
# minimal Django project of bench/hello/ and nginx serving a static copy of a
# village home) and measures them all with wrk; writes bench/RESULTS.md. Takes
# 10-15 minutes. Needs Debian's wrk and nginx, installed when missing:
#   apt-get install -y wrk nginx-light
# BENCH_ARGS: see bench/run.py.
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# 60 s of concurrent anonymous traffic on the seeded demo: errors, latency and
# worker memory; writes its section of bench/RESULTS.md. LOAD_ARGS: bench/load.py.
load: install
	$(BIN)/python bench/load.py $(LOAD_ARGS)

check: install
	SECRET_KEY=check-only $(BIN)/python manage.py check
	SECRET_KEY=check-only $(BIN)/python manage.py makemigrations --check --dry-run

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
