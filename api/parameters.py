"""What each query parameter of the content API accepts, written once.

The views check parameters with these rules and ``api.schema`` describes
them with the same patterns and bounds, so the OpenAPI schema says exactly
what is accepted. The rule for errors, on every endpoint:

* a value that is malformed (not a number, out of bounds, not one of the
  choices, not matching the pattern) is a **400**;
* a well-formed value that names nothing here (a site, a page, a topic, a
  village that does not exist on the site read) is a **404**;

both with the body ``{"message": "…"}``.
"""

import re

from wagtail.api.v2.utils import BadRequestError

# Database ids are 32-bit on every supported database; a larger one names nothing.
MAX_ID = 2**31 - 1
# The databases take OFFSET as a signed 64-bit integer and a larger one was an
# SQL error; no listing is anywhere near this long, so an offset beyond it is
# simply past the end: an empty page.
MAX_OFFSET = 2**31
# Any free-text value: everything but NUL, which the API refuses everywhere.
TEXT_PATTERN = r"^[^\u0000]*$"
# ?site=: a hostname, with the port when two sites share one; empty = the Host's site.
SITE_PATTERN = r"^([A-Za-z0-9][A-Za-z0-9.-]{0,252}(:[0-9]{1,5})?)?$"
# A Kemendagri code of a kecamatan (16.74.04) or a village (16.74.04.2008).
KECAMATAN_CODE_PATTERN = r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$"
REGION_CODE_PATTERN = r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}(\.[0-9]{4})?$"
SLUG_PATTERN = r"^[-a-zA-Z0-9_]{1,255}$"
# A page id, or "root" for the site's home page (child_of, descendant_of).
PAGE_OR_ROOT_PATTERN = r"^(root|[0-9]{1,10})$"
SEARCH_MAX_LENGTH = 100
FORMATS = ("json",)


def matches(pattern: str, value: str) -> bool:
    """``value`` matches ``pattern`` as the schema means it (ASCII digits, no
    multi-line tricks)."""
    return re.fullmatch(pattern.removeprefix("^").removesuffix("$"), value, re.ASCII) is not None


def given(request, name: str) -> str | None:
    """The raw value of ``?name=``, or None when the parameter is absent."""
    return request.GET.get(name)


def parse_pattern(request, name: str, pattern: str, what: str) -> str:
    """``?name=`` if it matches ``pattern``; "" when absent; else a 400 naming ``what``."""
    value = given(request, name)
    if value is None:
        return ""
    if not matches(pattern, value):
        raise BadRequestError(f"{name}: '{value}' is not {what}.")
    return value


def parse_integer(request, name: str, default=None, minimum=0, maximum=None):
    """``?name=`` as a whole number of ASCII digits within the bounds, else a 400.

    Python's ``int()`` also takes spaces, signs, underscores and other
    scripts' digits; the API takes what its schema says, nothing more.
    """
    value = given(request, name)
    if value is None:
        return default
    if not (value.isascii() and value.isdigit()) or len(value) > 4000:
        raise BadRequestError(f"{name} must be a positive integer")
    number = int(value)
    if number < minimum or (maximum is not None and number > maximum):
        bounds = f"at least {minimum}" + (f" and at most {maximum}" if maximum is not None else "")
        raise BadRequestError(f"{name} must be {bounds}")
    return number


def parse_id(request, name: str):
    """``?name=`` as a database id (1 to :data:`MAX_ID`), None when absent."""
    return parse_integer(request, name, minimum=1, maximum=MAX_ID)


def parse_page_or_root(request, name: str):
    """``?name=`` as a page id or ``"root"``; None when absent; a 400 otherwise."""
    value = parse_pattern(request, name, PAGE_OR_ROOT_PATTERN, "a page id or root")
    if value in ("", "root"):
        return value or None
    return int(value)


def parse_format(request) -> None:
    """``?format=`` is JSON or absent: the API speaks JSON only."""
    value = given(request, "format")
    if value is not None and value not in FORMATS:
        raise BadRequestError(f"format: '{value}' is not one of {', '.join(FORMATS)}.")
