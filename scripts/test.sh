#!/usr/bin/env bash
# The whole test suite: unit tests, end-to-end tests on the real model and index,
# the browser test, then the eval with its gates. Pass pytest options through "$@".
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest -q "$@"
.venv/bin/python -m eval.check_cases
.venv/bin/policy-qa eval --gate
