"""Domain errors. Each carries a stable string code; HTTP statuses live in web.errors."""

from __future__ import annotations


class DomainError(Exception):
    """Base class: `code` is stable and documented, `message` is for humans."""

    kind = "invalid"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class InvalidInput(DomainError):
    kind = "invalid"


class NotFound(DomainError):
    kind = "not_found"


class Forbidden(DomainError):
    kind = "forbidden"


class Unauthorized(DomainError):
    kind = "unauthorized"


class Conflict(DomainError):
    kind = "conflict"


class RateLimited(DomainError):
    kind = "rate_limited"

    def __init__(self, code: str, message: str, retry_after: int) -> None:
        super().__init__(code, message)
        self.retry_after = retry_after
