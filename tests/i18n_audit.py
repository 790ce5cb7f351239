"""Find English a user can see on a rendered admin screen.

The admin must be entirely in Indonesian. :func:`untranslated_strings` takes
one response body and returns the English strings a user would meet on it.
It is called by the operator-path tests in ``tests/operator_ui`` and by the
browser test, so its signature stays ``(html: str) -> list[str]``.

What is looked at:

- text nodes outside ``<script>``/``<style>`` (including ``<template>``
  content and screen-reader-only text);
- the attributes a user reads or hears: ``title``, ``aria-label``,
  ``aria-description``, ``placeholder``, ``alt``, ``value`` of buttons, and
  Wagtail's plain-text ``data-…-value`` attributes (tooltips, "Saving…");
- JSON that Wagtail renders UI text into: ``<script type="application/json">``
  blocks (``wagtail-config`` with its ``STRINGS``, telepath definitions of
  form widgets and StreamField blocks) and JSON-valued attributes. Strings
  in JSON that look like HTML (a chooser modal's ``html``) are audited as
  HTML. A body that is itself JSON (a modal step) is audited the same way.

Two signals, each reported with the offending text:

(a) Catalog: the text equals a msgid of Wagtail's or Django's own catalogs
    (or matches one with ``%(name)s``/``%s``/``%d``/``{name}`` placeholders) that has no
    Indonesian translation in the active catalog of its own domain, i.e. after
    the project's ``locale/id`` overrides: ``django`` msgids (server-rendered
    text) against Django's merged ``django`` catalog, Wagtail's ``djangojs``
    msgids (text its JavaScript renders: sidebar, StreamField, comments,
    minimap) against the catalog ``/admin/jsi18n/`` serves. The latter only
    shows up in a DOM rendered by a browser, not in a response body.
(b) Heuristic, for English hard-coded outside any catalog: a whole word or
    phrase from :data:`ENGLISH_WORDS` / :data:`ENGLISH_PHRASES`.
    Words that are also ordinary Indonesian ("Status", "Data", "Detail",
    "Menu", "Filter", "Media", "Admin", "Email", "Online", "Video", "Tag",
    "Link", "Logo", "Format", "Publik", "Total") are deliberately left out,
    and :data:`ALLOWED_TEXTS` lists exact strings never reported (brand and
    proper names). User content is not exempt: the demo's content is
    Indonesian, so English in it is worth seeing too.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

__all__ = ["untranslated_strings", "ENGLISH_WORDS", "ENGLISH_PHRASES", "ALLOWED_TEXTS"]

#: English UI words, lower case, matched as whole words in any case. Words that
#: Indonesians also write in Indonesian text are not here (see module docstring).
_ENGLISH_WORDS = """
    a about account actions activity add added adding all an and are author back by
    cancel cancelled change changed changes choose chosen close collection collections
    comment comments copy create created creating dashboard date delete deleted
    description document documents download draft drafts edit edited editing
    explore explorer exploring find first for from has have help here history home
    image images in is it its last latest live locked log logged login logout more
    move moved name new next not of on or order owner page pages password please
    preview previous private privacy public publish published publishing reject
    rejected remove request required results revision revisions save saved saving
    schedule scheduled search select settings show sign site sites sort submit
    submitted the there this title to unlock unpublish unpublished update updated
    upload uploaded uploading user username users view was were will with workflow
    workflows yes you your
"""
ENGLISH_WORDS = frozenset(_ENGLISH_WORDS.split())

#: Multi-word English phrases, lower case, matched on whitespace-normalised text.
ENGLISH_PHRASES = ("log out", "sign in", "has been", "have been", "log in")

#: Exact strings (after whitespace normalisation) never reported: brand and
#: proper names that stay as they are in Indonesian.
ALLOWED_TEXTS = frozenset(
    {
        "Wagtail",
        "WhatsApp",
        "PDF",
        "URL",
        "Email",
        "email",
        "Slug",
        "slug",
        "ID",
        "OK",
        "Django",
        "CMS",
        # OpenSID v2410's own setting names, quoted on the keys screen so the
        # operator finds them in OpenSID exactly as they are written there.
        "Api Opendk User",
        "Api Opendk Password",
        "Api Opendk Server",
        "Api Opendk Key",
    }
)

#: Words that read the same in Indonesian: a msgid made only of these is
#: never reported, translated or not ("Status", "Data", "Total", "Email").
_INDONESIAN_TOO = """
    admin april data detail email filter format foto galeri id judul kategori link logo media
    minimum november september
    menu online pdf publik slug status tag total url video web website
"""
INDONESIAN_TOO = frozenset(_INDONESIAN_TOO.split())


def _is_indonesian_too(msgid: str) -> bool:
    words = re.findall(r"[A-Za-z]+", _PLACEHOLDER_RE.sub(" ", msgid).lower())
    return all(word in INDONESIAN_TOO for word in words)


# Short English words that count only in lower case, as they appear inside an
# English sentence: "A" (RT 01/A, a class "A"), "IN"/"IT"/"ON" are codes or
# abbreviations in Indonesian text.
_CASE_SENSITIVE = {"a": "a", "in": "in", "it": "it", "is": "is", "on": "on"}

_ATTRS = ("title", "aria-label", "aria-description", "placeholder", "alt")
_BUTTON_INPUTS = {"submit", "button", "reset"}
_UI_KEY_SUFFIXES = ("label", "text", "title", "message", "description", "heading", "help")
_UI_KEY_SUFFIXES += ("placeholder", "caption", "tooltip", "singular", "plural", "all")
# Whole words only: letters not glued to digits, so a tracking code such as
# "AN4YHSPJP0" or a name such as "A1" is not read as the word "an" or "a".
_WORD_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")
# printf-style placeholders, and the str.format ones a few Wagtail msgids use.
_PLACEHOLDER_RE = re.compile(r"%(?:\([^)]+\))?[-+ #0]*\d*(?:\.\d+)?[sdifr]|\{\w+\}")
_IDENTIFIER_RE = re.compile(r"^[\w.\-:/#>@\[\]=,{}()]+$")


def _norm(text: str) -> str:
    return " ".join(text.split())


# --- .po parsing (also used by the catalog tests) ---------------------------

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a"}


def _unquote(s: str) -> str:
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), s[1:-1])


def read_po(path: Path) -> list[dict]:
    """Entries of a .po file as dicts: msgctxt, msgid, msgid_plural, msgstr (list), fuzzy.

    Obsolete (``#~``) entries are skipped. The header (empty msgid) is kept.
    """
    entries: list[dict] = []
    entry: dict = {}
    key = None
    flags: set[str] = set()

    def flush():
        nonlocal entry, flags
        if "msgid" in entry:
            entry.setdefault("msgstr", [""])
            entry["fuzzy"] = "fuzzy" in flags
            entries.append(entry)
        entry, flags = {}, set()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            flush()
            key = None
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#,"):
            if "msgid" in entry:
                flush()
            flags |= {f.strip() for f in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            if key and key.startswith("msgstr["):
                entry["msgstr"][-1] += _unquote(line)
            elif key == "msgstr":
                entry["msgstr"][0] += _unquote(line)
            elif key:
                entry[key] += _unquote(line)
            continue
        word, _, rest = line.partition(" ")
        if word in ("msgctxt", "msgid") and "msgid" in entry and key != "msgctxt":
            flush()
        if word.startswith("msgstr["):
            entry.setdefault("msgstr", []).append(_unquote(rest))
        elif word == "msgstr":
            entry["msgstr"] = [_unquote(rest)]
        else:
            entry[word] = _unquote(rest)
        key = word
    flush()
    return entries


# --- the catalogs ------------------------------------------------------------


def _source_catalogs() -> list[Path]:
    """English .po files (``django`` and ``djangojs`` domains) of Wagtail and of
    the Django parts the admin uses."""
    import django
    import wagtail

    wagtail_dir = Path(wagtail.__file__).parent
    django_dir = Path(django.__file__).parent
    paths = sorted(wagtail_dir.glob("**/locale/en/LC_MESSAGES/*.po"))
    for part in ("conf", "contrib/admin", "contrib/auth", "contrib/contenttypes"):
        paths += sorted((django_dir / part / "locale/en/LC_MESSAGES").glob("*.po"))
    return paths


@functools.lru_cache(maxsize=1)
def _untranslated_msgids() -> tuple[frozenset[str], tuple[tuple[str, re.Pattern], ...]]:
    """Msgids without an Indonesian translation: (plain ones, placeholder patterns).

    Translated means present in the active Indonesian catalog of the msgid's
    own domain: for ``django.po`` sources, Django's ``django`` catalog (apps
    and LOCALE_PATHS merged); for ``djangojs.po`` sources, the ``djangojs``
    catalog exactly as Wagtail's ``/admin/jsi18n/`` builds it (the packages
    its JavaScriptCatalog names, plus LOCALE_PATHS); ``djangojs`` catalogs
    of other packages are not served to the admin and are left out.
    """
    from django.utils.translation import trans_real
    from django.views.i18n import JavaScriptCatalog
    from wagtail.admin.views.i18n import js_catalog as wagtail_js_catalog

    packages = wagtail_js_catalog.view_initkwargs["packages"]
    js_dirs = [Path(d).resolve() for d in JavaScriptCatalog().get_paths(packages)]
    catalogs = {
        "django": trans_real.translation("id")._catalog,
        "djangojs": trans_real.DjangoTranslation(
            "id", domain="djangojs", localedirs=[str(d) for d in js_dirs]
        )._catalog,
    }

    def translated(domain: str, key, msgid: str) -> bool:
        msgstr = catalogs[domain].get(key)
        # Wagtail's Indonesian catalog "translates" some strings by copying
        # the English; those count as missing unless Indonesian too.
        return bool(msgstr) and (msgstr != msgid or _is_indonesian_too(msgid))

    plain: set[str] = set()
    patterns: list[tuple[str, re.Pattern]] = []
    for path in _source_catalogs():
        if path.stem == "djangojs" and not any(path.resolve().is_relative_to(d) for d in js_dirs):
            continue  # JavaScript the admin never loads (django.contrib.admin's)
        for entry in read_po(path):
            ids = [entry["msgid"]] + ([entry["msgid_plural"]] if "msgid_plural" in entry else [])
            ctxt = entry.get("msgctxt")
            key = f"{ctxt}\x04{entry['msgid']}" if ctxt else entry["msgid"]
            key = key if "msgid_plural" not in entry else (key, 0)
            if translated(path.stem, key, entry["msgid"]):
                continue
            for msgid in ids:
                text = _norm(msgid)
                if len(text) < 2 or not re.search("[A-Za-z]{2}", text):
                    continue
                if _is_indonesian_too(text):
                    continue  # reads the same untranslated
                if _PLACEHOLDER_RE.search(text):
                    literal = _PLACEHOLDER_RE.sub("", text)
                    if len(re.findall("[A-Za-z]{2,}", literal)) < 2:
                        continue  # "%(count)s%%" and the like: too little to match on
                    parts = [re.escape(p) for p in _PLACEHOLDER_RE.split(text)]
                    patterns.append((text, re.compile("^" + "(.+?)".join(parts) + "$", re.S)))
                else:
                    plain.add(text)
                    # Model field labels are shown with a capital first letter.
                    plain.add(text[0].upper() + text[1:])
    return frozenset(plain - ALLOWED_TEXTS), tuple(patterns)


# --- walking the page --------------------------------------------------------


class _Audit:
    def __init__(self):
        self.found: dict[str, None] = {}
        self.plain, self.patterns = _untranslated_msgids()

    def report(self, text: str) -> None:
        self.found.setdefault(text, None)

    def check(self, text: str, *, heuristic: bool = True) -> None:
        text = _norm(text)
        if not text or text in ALLOWED_TEXTS or not re.search("[A-Za-z]", text):
            return
        if text in _time_zones():
            return  # "America/New_York" in the time zone menu is a name, not English
        if text in self.plain or text.rstrip(":").rstrip() in self.plain:
            self.report(text)
            return
        if heuristic and _looks_english(text):
            self.report(text)
            return
        if len(text) < 400:
            for _msgid, pattern in self.patterns:
                if pattern.match(text):
                    self.report(text)
                    return

    def html(self, markup: str) -> None:
        soup = BeautifulSoup(markup, "html.parser")
        for node in soup.descendants:
            if isinstance(node, (Comment, Doctype)):
                continue
            if isinstance(node, NavigableString):
                parent = node.parent
                if parent is not None and parent.name in ("script", "style"):
                    if parent.name == "script" and "json" in (parent.get("type") or ""):
                        self.json_text(str(node))
                    continue
                self.check(str(node))
            elif isinstance(node, Tag):
                self.tag(node)
        # Messages such as "Page 'x' has been published." put the title in its
        # own element: match placeholder msgids against whole short elements.
        for tag in soup.find_all(True):
            if tag.name in ("script", "style", "html", "body", "head"):
                continue
            text = _norm(tag.get_text(" "))
            if 0 < len(text) < 300 and " " in text:
                for _msgid, pattern in self.patterns:
                    if pattern.match(text):
                        self.report(text)
                        break

    def tag(self, tag: Tag) -> None:
        for attr in _ATTRS:
            if isinstance(tag.get(attr), str):
                self.check(tag[attr])
        if tag.name == "input" and (tag.get("type") or "").lower() in _BUTTON_INPUTS:
            self.check(tag.get("value") or "")
        for attr, value in tag.attrs.items():
            if not isinstance(value, str) or not attr.startswith("data-"):
                continue
            stripped = value.strip()
            if stripped[:1] in ("{", "[") and self.json_text(stripped):
                continue
            if attr.endswith("-value") and _is_prose(stripped):
                self.check(stripped)

    def json_text(self, text: str) -> bool:
        try:
            data = json.loads(text)
        except ValueError:
            return False
        self.json(data, ui=False)
        return True

    def json(self, data, *, ui: bool) -> None:
        if isinstance(data, dict):
            for key, value in data.items():
                ui_key = ui or key == "STRINGS" or str(key).lower().endswith(_UI_KEY_SUFFIXES)
                self.json(value, ui=ui_key)
        elif isinstance(data, list):
            for item in data:
                self.json(item, ui=ui)
        elif isinstance(data, str):
            if "<" in data and re.search(r"<[a-zA-Z/!]", data):
                self.html(data)
            elif ui:
                self.check(data)
            elif _is_prose(data):
                self.check(data, heuristic=False)


@functools.lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def _is_prose(value: str) -> bool:
    """True for text meant for people, false for identifiers, selectors and URLs."""
    if not value or value[0] in "#/.?" or value.startswith(("http", "{", "[")):
        return False
    return " " in value or value.endswith("…") or not _IDENTIFIER_RE.match(value)


def _looks_english(text: str) -> bool:
    lowered = text.lower()
    for phrase in ENGLISH_PHRASES:
        if re.search(rf"\b{phrase}\b", lowered):
            return True
    for word in _WORD_RE.findall(text):
        low = word.lower()
        if low not in ENGLISH_WORDS:
            continue
        if low in _CASE_SENSITIVE and word != _CASE_SENSITIVE[low]:
            continue
        if low == "a" and not re.search(r"(?:^|\s)a\s+[a-z]", text):
            continue  # "a" only as an article, not as in "RT 01/a" or "A1"
        return True
    return False


def untranslated_strings(html: str) -> list[str]:
    """English strings visible to the user in ``html``, in order of appearance, unique.

    ``html`` is a response body: a full page, a fragment, or a JSON body whose
    string values carry HTML (a chooser modal step). An empty list means
    the screen is Indonesian. Needs Django settings configured (it reads the
    active translation catalogs once per process).
    """
    audit = _Audit()
    stripped = html.lstrip()
    if not (stripped[:1] in ("{", "[") and audit.json_text(stripped)):
        audit.html(html)
    return list(audit.found)
