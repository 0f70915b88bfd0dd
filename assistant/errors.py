"""Every error a user can cause or meet, under one base class.

Surfaces (CLI, web, eval) catch `PolicyQAError` and show its message as is: each
message is written for a person, in Chinese, and says what to do. Anything else that
escapes is a bug and is logged with its traceback, never shown.
"""

from __future__ import annotations


class PolicyQAError(Exception):
    """Base of the errors whose message is meant for the user."""


class CorpusError(PolicyQAError, ValueError):
    """A document that cannot be used, with the file and the reason in the message."""


class InvalidQuestionError(PolicyQAError, ValueError):
    """A question the assistant cannot take; the message says why."""


class IndexUnavailableError(PolicyQAError, RuntimeError):
    """The persisted index is missing, stale or damaged; the message says which and what to do."""


class ModelUnavailableError(PolicyQAError, RuntimeError):
    """The embedding model cannot be loaded offline; the message says how to provide it."""


class ProfileError(PolicyQAError, ValueError):
    """A company profile with a value outside the known vocabulary."""


class LLMUnavailable(PolicyQAError, RuntimeError):
    """The optional chat model failed, timed out or is not configured (the offline answer stands)."""
