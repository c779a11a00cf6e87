"""Words the HTTP layer itself says in error bodies (the chat page translates by `code`)."""
from __future__ import annotations

# code -> (message, hint); the page shows its own zh/en text for each code in static/lang/
HTTP_ERRORS: dict[str, tuple[str, str]] = {
    "unauthorized": ("a valid API key is required",
                     "send the header 'Authorization: Bearer KEY' with one of the keys in JOURNEY_API_KEYS"),
    "rate_limited": ("too many requests for this API key",
                     "wait the number of seconds in the Retry-After header, or raise JOURNEY_RATE_LIMIT"),
    "payload_too_large": ("the request body is too large",
                          "send a shorter message, or raise JOURNEY_MAX_BODY_BYTES"),
    "not_found": ("no such page or API route",
                  "see /docs for the list of routes"),
    "method_not_allowed": ("this route does not accept that HTTP method",
                           "see /docs for the methods each route accepts"),
    "invalid_request": ("the request body or parameters are not valid",
                        "see `details` for the field at fault and /docs for the schema"),
    "internal_error": ("the server failed while handling the request",
                       "try again; if it keeps failing, check the server log"),
    "chart_error": ("the chart could not be drawn",
                    "the table above holds the same numbers"),
    "unavailable": ("the assistant is not ready",
                    "check the server log; `journey demo` or `journey ingest DIR` loads data"),
}


def http_error_text(code: str) -> tuple[str, str]:
    """(message, hint) for an HTTP-layer error code; a generic pair for unknown codes."""
    return HTTP_ERRORS.get(code, (f"request failed ({code})", "see /docs"))
