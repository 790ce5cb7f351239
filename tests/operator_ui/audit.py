"""Asserting that an admin response is Indonesian, shared by the screen tests.

:func:`assert_indonesian` checks a response's status, runs
:func:`tests.i18n_audit.untranslated_strings` over it and also refuses
Wagtail's own Indonesian wording where the project says otherwise. With
``I18N_AUDIT_DUMP=/tmp/english.txt`` set, every English string found is
appended there (one per line, with the screen), and the tests still fail.
"""

import json
import os
import re

from bs4 import BeautifulSoup

from tests.i18n_audit import untranslated_strings

# Wagtail's own Indonesian catalog says "konsep", "publikasi" and "moderasi"
# where ours says draf, terbitkan and ditinjau; one screen must not mix them.
OTHER_TERMS = re.compile(r"\b(konsep|\w*publikasi\w*|moderasi)\b", re.IGNORECASE)


def visible_text(body: str) -> str:
    """The text of an HTML body (or of a JSON body's HTML) without scripts and styles."""
    if body.lstrip().startswith("{"):
        body = " ".join(v for v in json.loads(body).values() if isinstance(v, str))
    soup = BeautifulSoup(body, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())


def assert_indonesian(response, screen: str, status: int = 200) -> str:
    """Assert ``response`` has ``status``, no English and our terms only; return its body."""
    assert response.status_code == status, f"{screen}: {response.status_code}"
    body = response.content.decode()
    english = untranslated_strings(body)
    english += sorted(set(OTHER_TERMS.findall(visible_text(body))))
    dump = os.environ.get("I18N_AUDIT_DUMP")
    if dump and english:
        with open(dump, "a", encoding="utf-8") as out:
            out.writelines(f"{screen}\t{text}\n" for text in english)
    assert english == [], f"English on {screen}: {english}"
    return body
