# Selvhjelp i Norge – common tasks. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
UV ?= $(shell command -v uv 2>/dev/null || echo "$$($(PYTHON) -m site --user-base)/bin/uv")
MANAGE := $(UV) run --frozen python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help uv install messages migrate demo apertium run serve system-tools html-checker designsystemet test lint format makemessages audit bench loadtest backup restore

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-14s %s\n", $$1, $$2}'

uv: ## Install uv (from the Python package index) if it is missing
	@[ -x "$(UV)" ] || command -v uv >/dev/null 2>&1 || $(PYTHON) -m pip install --user --quiet uv 2>/dev/null \
		|| $(PYTHON) -m pip install --user --quiet --break-system-packages uv

install: uv ## Install the locked environment into .venv
	$(UV) sync --frozen

messages: install ## Compile the nb and nn message catalogs
	$(MANAGE) compile_catalogs

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate messages ## Load the demo content (safe to run again)
	$(MANAGE) load_demo_content --with-admin

apertium: ## Install Apertium's bokmål→nynorsk pair from Debian if missing and apt allows (machine translation)
	@if command -v apertium >/dev/null 2>&1 && apertium -l 2>/dev/null | tr -d ' ' | grep -qx 'nob-nno_e'; then exit 0; fi; \
	if command -v apt-get >/dev/null 2>&1 && { [ "$$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then \
		echo "Installing Apertium (bokmål→nynorsk) from Debian for machine translation"; \
		apt="$$( [ "$$(id -u)" = 0 ] || echo sudo -n ) apt-get"; \
		{ $$apt install -y -q apertium-nno-nob || { $$apt update -qq && $$apt install -y -q apertium-nno-nob; }; } >/dev/null 2>&1 \
			|| echo "!! Could not install apertium-nno-nob: the site runs without machine translation (see README)"; \
	else \
		echo "!! Machine translation is off: install Debian's apertium-nno-nob to turn it on (see README)"; \
	fi

run: demo apertium ## Set everything up and serve the site with demo content on http://127.0.0.1:8000
	@echo ""
	@echo "  Site (bokmål):   http://$(HOST):$(PORT)/nb/"
	@echo "  Site (nynorsk):  http://$(HOST):$(PORT)/nn/"
	@echo "  Admin:           http://$(HOST):$(PORT)/admin/"
	@echo "  Demo login:      admin / $${DEMO_ADMIN_PASSWORD:-selvhjelp-demo}   (local use only)"
	@echo ""
	@# The worker runs the scheduled tasks (the daily reminders to check listings) beside the server.
	@$(MANAGE) db_worker --backend scheduled --no-startup-delay & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

serve: install messages ## Serve with the production stack (gunicorn; needs SECRET_KEY, ALLOWED_HOSTS; see README)
	@[ -n "$$SECRET_KEY" ] && [ -n "$$ALLOWED_HOSTS" ] || { echo "Set SECRET_KEY and ALLOWED_HOSTS (see README: Production)"; exit 1; }
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) collectstatic --no-input -v 0
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) migrate --no-input -v 0
	DJANGO_SETTINGS_MODULE=config.settings.production $(UV) run --frozen gunicorn -c config/gunicorn.py

system-tools: ## Install PostgreSQL, Redis, Varnish and wrk from Debian if missing (for bench and loadtest)
	@missing=""; for tool in redis-server varnishd wrk; do command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		pkgs=$$(echo "$$missing" | sed 's/redis-server/redis-server/; s/varnishd/varnish/'); \
		$$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get install -y -q $$pkgs >/dev/null; \
	fi

bench: install system-tools ## Benchmark the production stack on a scaled data set (three runs, medians)
	$(UV) run --frozen python bench/bench.py

loadtest: install system-tools ## Five minutes of mixed load with a database outage in the middle
	$(UV) run --frozen python bench/loadtest.py

backup: install ## Back up the database and the uploaded files into backups/
	$(MANAGE) backup

restore: install ## Restore a backup: make restore FILE=backups/selvhjelp-....tar.gz
	@[ -n "$(FILE)" ] || { echo "Usage: make restore FILE=backups/selvhjelp-YYYYmmdd-HHMMSS.tar.gz"; exit 1; }
	$(MANAGE) restore "$(FILE)"

html-checker: ## Install the Nu HTML Checker (vnu.jar, from npm) for the tests; it runs on Java
	@[ -f tools/html-checker/node_modules/vnu-jar/build/dist/vnu.jar ] || { command -v npm >/dev/null 2>&1 \
		&& npm ci --prefix tools/html-checker --ignore-scripts --no-fund --no-audit --loglevel=error; } \
		|| echo "!! Could not install the HTML checker: install Node's npm (apt-get install npm)"
	@command -v java >/dev/null 2>&1 || echo "!! The HTML check needs Java: install Debian's default-jre-headless"

designsystemet: ## Rebuild site/static/vendor/designsystemet/ from npm (Designsystemet's CSS and the site's theme; needs Node)
	bash tools/designsystemet/build.sh

test: install messages html-checker ## Run the whole test suite (SQLite, or DATABASE_URL if set), browser journeys included
	$(UV) run --frozen pytest --ignore=tests/browser
	@# The browser journeys need a live server, whose committed data is emptied after each test: a session
	@# and a fresh test database of their own (tests/browser/conftest.py).
	$(UV) run --frozen pytest tests/browser --create-db

audit: install ## Check the locked dependencies for known vulnerabilities (pip-audit)
	$(UV) run --frozen python tools/audit_dependencies.py

lint: install ## ruff (check + format --check), djhtml, the rooms' import rules and the 400-line limit
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen djhtml --check site/templates
	$(UV) run --frozen lint-imports --no-cache
	@find api config core demo directory editorial home interest pagecache bench tools tests -name '*.py' -not -path '*/migrations/*' \
		| xargs wc -l | awk '$$2 != "total" && $$1 > 400 { print "Over 400 lines: " $$2; over = 1 } END { exit over }'

format: install ## Apply ruff format and djhtml
	$(UV) run --frozen ruff check --fix .
	$(UV) run --frozen ruff format .
	$(UV) run --frozen djhtml site/templates

makemessages: install ## Update the nb and nn catalogs from the source (needs GNU gettext)
	$(MANAGE) makemessages --locale nb --locale nn --no-obsolete --ignore '.venv/*' --ignore 'staticfiles/*'
