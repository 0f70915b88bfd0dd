#!/usr/bin/env bash
# Creates .venv and installs the project. torch is installed first, pinned to the
# CPU wheel (a bare `torch` requirement would pull a multi-GB CUDA build), and the
# rest is installed under constraints.txt so nothing can replace it.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q torch==2.13.0
.venv/bin/python -m pip install -q -c constraints.txt -e '.[dev,milvus]'
echo "installed: $(.venv/bin/python -c 'import torch; print("torch", torch.__version__)')"
