# Selvhjelp i Norge – common tasks. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
UV ?= $(shell command -v uv 2>/dev/null || echo "$$($(PYTHON) -m site --user-base)/bin/uv")
MANAGE := $(UV) run --frozen python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help uv install messages migrate demo run serve test lint format makemessages audit bench loadtest backup restore

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

run: demo ## Set everything up and serve the site with demo content on http://127.0.0.1:8000
	@echo ""
	@echo "  Site (bokmål):   http://$(HOST):$(PORT)/nb/"
	@echo "  Site (nynorsk):  http://$(HOST):$(PORT)/nn/"
	@echo "  Admin:           http://$(HOST):$(PORT)/admin/"
	@echo "  Demo login:      admin / $${DEMO_ADMIN_PASSWORD:-selvhjelp-demo}   (local use only)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

serve: install messages ## Serve with the production stack (gunicorn; needs SECRET_KEY, ALLOWED_HOSTS; see README)
	@[ -n "$$SECRET_KEY" ] && [ -n "$$ALLOWED_HOSTS" ] || { echo "Set SECRET_KEY and ALLOWED_HOSTS (see README: Production)"; exit 1; }
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) collectstatic --no-input -v 0
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) migrate --no-input -v 0
	DJANGO_SETTINGS_MODULE=config.settings.production $(UV) run --frozen gunicorn -c config/gunicorn.py

test: install messages ## Run the whole test suite (SQLite, or DATABASE_URL if set)
	$(UV) run --frozen pytest

lint: install ## ruff (check + format --check) and djhtml
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen djhtml --check site/templates

format: install ## Apply ruff format and djhtml
	$(UV) run --frozen ruff check --fix .
	$(UV) run --frozen ruff format .
	$(UV) run --frozen djhtml site/templates

makemessages: install ## Update the nb and nn catalogs from the source (needs GNU gettext)
	$(MANAGE) makemessages --locale nb --locale nn --no-obsolete --ignore '.venv/*' --ignore 'staticfiles/*'
