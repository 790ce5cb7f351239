"""The project's Indonesian catalog: compiled, loaded, consistent, and on top.

With ``LANGUAGE_CODE = "id"`` Django asks gettext for "id"; Python's gettext
normalises that to "id_ID" as well (``locale.normalize``), so Wagtail's
``id_ID`` catalogs load, and Django's own ``id`` ones too. Our
``locale/id`` catalog (``LOCALE_PATHS``) is consulted before both. The
same holds for the ``djangojs`` domain that Wagtail's ``/admin/jsi18n/``
serves to its JavaScript (sidebar, StreamField, comments, minimap).
"""

import hashlib
import re
from pathlib import Path

import pytest
import wagtail
from django.test import override_settings
from django.utils import translation

from tests import i18n_audit
from tests.i18n_audit import _PLACEHOLDER_RE, _source_catalogs, read_po, untranslated_strings
from tests.operator_ui.catalog import (
    CATALOGS,
    JS_PO_PATH,
    PO_PATH,
    mo_bytes,
    mo_messages,
    po_messages,
)

WAGTAIL_TEMPLATES = Path(wagtail.__file__).parent / "admin" / "templates"
OVERRIDES = Path(__file__).resolve().parents[2] / "cms" / "templates"


@pytest.mark.parametrize("po_path, mo_path", CATALOGS, ids=lambda p: p.name)
def test_the_committed_mo_is_up_to_date_with_the_po(po_path, mo_path):
    assert mo_path.exists(), f"compile {po_path.name}: python -m tests.operator_ui.catalog"
    po, mo = po_messages(po_path), mo_messages(mo_path)
    assert sorted(set(po) ^ set(mo)) == [], f"{mo_path.name} is out of date: recompile it"
    stale = [key for key in po if po[key] != mo[key]]
    assert stale == [], f"{mo_path.name} is out of date: recompile it"


def test_the_python_compiler_writes_what_gettext_reads(tmp_path):
    import gettext

    target = tmp_path / "django.mo"
    target.write_bytes(mo_bytes(po_messages()))
    assert mo_messages(target) == po_messages()
    with open(target, "rb") as fp:
        catalog = gettext.GNUTranslations(fp)
    assert catalog.gettext("Save draft") == "Simpan draf"
    assert catalog.ngettext("1 page", "%(counter)s pages", 5) == "%(counter)s halaman"


def test_our_wording_wins_over_wagtails_and_both_catalogs_still_load():
    with translation.override("id"):
        # Ours (Wagtail's id_ID says "Simpan konsep" and "Publikasi").
        assert translation.gettext("Save draft") == "Simpan draf"
        assert translation.gettext("Publish") == "Terbitkan"
        # Wagtail's id_ID, not in our catalog: proves "id" finds "id_ID".
        assert "Dashboard" not in po_messages()
        assert translation.gettext("Dashboard") == "Dasbor"
        # Django's own "id" catalog.
        assert translation.gettext("This field is required.") != "This field is required."
        assert translation.gettext("January") == "Januari"


def _wagtail_js_sources() -> list[Path]:
    """English djangojs catalogs of the packages Wagtail's /admin/jsi18n/ serves."""
    return [p for p in _source_catalogs() if p.stem == "djangojs" and "wagtail" in p.parts]


@pytest.mark.parametrize("po_path", [PO_PATH, JS_PO_PATH], ids=lambda p: p.name)
def test_every_entry_translates_a_real_wagtail_or_django_string(po_path):
    # djangojs.po must hold strings of Wagtail's JavaScript; django.po any
    # Wagtail or Django string (it also carries "%(num)s error", a djangojs one).
    sources = _wagtail_js_sources() if po_path == JS_PO_PATH else _source_catalogs()
    assert sources
    known = set()
    for path in sources:
        known |= {(e.get("msgctxt"), e["msgid"], e.get("msgid_plural")) for e in read_po(path)}
    ours = [
        (e.get("msgctxt"), e["msgid"], e.get("msgid_plural"))
        for e in read_po(po_path)
        if e["msgid"]
    ]
    assert [key for key in ours if key not in known] == []
    assert len(ours) == len(set(ours)), "a msgid appears twice"


@pytest.mark.parametrize("po_path", [PO_PATH, JS_PO_PATH], ids=lambda p: p.name)
def test_translations_keep_every_placeholder(po_path):
    def placeholders(text):
        return sorted(_PLACEHOLDER_RE.findall(text))

    wrong = []
    for entry in read_po(po_path):
        if not entry["msgid"]:
            continue
        source = entry.get("msgid_plural", entry["msgid"])
        for msgstr in entry["msgstr"]:
            if placeholders(msgstr) != placeholders(source):
                wrong.append(entry["msgid"])
            if re.search(r"[A-Za-z]", msgstr) and msgstr == entry["msgid"]:
                wrong.append(entry["msgid"])  # copied, not translated
    assert wrong == []


# Overrides that change more than text, where Wagtail renders something that is
# no msgid (a missing user as "None"): path -> sha256 of the Wagtail template
# they were forked from, so an upgrade that changes the original fails here.
FORKS = {
    "wagtailadmin/shared/user_avatar.html": (
        "10cbd09a2e9434e569d2ccc518298adbeb8cb9f3263fd31aa61ff049e6cc771a"
    ),
    "wagtailadmin/home/account_summary.html": (
        "ff5c7d30e46778c38af5557c0fd08c0139f71f8a539c791501ed9664f6ec6837"
    ),
}


def test_template_overrides_differ_from_wagtail_only_by_translation():
    """Each copied Wagtail template must still match Wagtail's, except the text we translate.

    Fails after a Wagtail upgrade that changes one of them: copy it again.
    A fork (``FORKS``) must instead still come from the same Wagtail original.
    """
    overrides = sorted((OVERRIDES / "wagtailadmin").rglob("*.html"))
    assert overrides, "no overrides found"
    for override in overrides:
        ours = override.read_text().splitlines()
        assert ours[0].startswith("{# kcms:"), f"{override} lacks its kcms note"
        name = str(override.relative_to(OVERRIDES))
        if name in FORKS:
            original = (WAGTAIL_TEMPLATES / name).read_bytes()
            assert hashlib.sha256(original).hexdigest() == FORKS[name], f"{name}: fork again"
            continue
        ours = [line for line in ours[1:] if line != "{% load i18n %}"]
        text = re.sub(r"\{% trans '([^']+)' %\}", r"\1", "\n".join(ours))
        original = WAGTAIL_TEMPLATES / override.relative_to(OVERRIDES)
        theirs = [line for line in original.read_text().splitlines()]
        assert text == "\n".join(theirs), f"{override.relative_to(OVERRIDES)} drifted"


# --- the djangojs domain: what Wagtail's JavaScript shows ---------------------


def _served_js_catalog() -> dict:
    """The Indonesian djangojs catalog as /admin/jsi18n/ builds it (Wagtail's view)."""
    from django.utils.translation.trans_real import DjangoTranslation
    from django.views.i18n import JavaScriptCatalog
    from wagtail.admin.views.i18n import js_catalog

    paths = JavaScriptCatalog().get_paths(js_catalog.view_initkwargs["packages"])
    return DjangoTranslation("id", domain="djangojs", localedirs=paths)._catalog


def test_every_wagtail_javascript_string_has_indonesian():
    """After our djangojs.po, no string of Wagtail's admin JavaScript is left in English."""
    catalog = _served_js_catalog()
    missing = []
    for path in _wagtail_js_sources():
        for entry in read_po(path):
            msgid = entry["msgid"]
            if not msgid or not re.search("[A-Za-z]{2}", _PLACEHOLDER_RE.sub("", msgid)):
                continue  # the header, and msgids made of placeholders only
            key = msgid if "msgid_plural" not in entry else (msgid, 0)
            msgstr = catalog.get(key)
            if not msgstr or msgstr == msgid:
                missing.append(msgid)
    assert missing == []


def test_our_javascript_wording_matches_django_po():
    """Where both catalogs translate a msgid, the sidebar and the page agree."""
    django_po = po_messages(PO_PATH)
    js_po = po_messages(JS_PO_PATH)
    shared = sorted((set(django_po) & set(js_po)) - {""})
    assert shared, "expected some strings in both domains (e.g. 'More actions')"
    assert [key for key in shared if django_po[key] != js_po[key]] == []


@pytest.mark.django_db
def test_the_admin_javascript_catalog_is_indonesian(world, client):
    client.force_login(world.operator)
    with translation.override("id"):
        response = client.get("/admin/jsi18n/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/javascript")
    # Ours (Wagtail's id_ID lacks them), as JavaScript string literals.
    for english, indonesian in [
        ("Insert a block", "Sisipkan blok"),
        ("Collapse all", "Tutup semua"),
        ("Main menu", "Menu utama"),
        ("Duplicate", "Gandakan"),
    ]:
        assert f'"{english}": "{indonesian}"' in body, english
    # Ours reworded over Wagtail's id_ID ("Pencarian").
    assert '"Search": "Cari"' in body
    # Wagtail's id_ID still loads underneath (not in our catalog).
    assert '"Drag": "Seret"' in body


@pytest.mark.parametrize(
    "html, english",
    [
        ('<nav aria-label="Main menu"></nav>', "Main menu"),
        ("<button>Collapse all</button>", "Collapse all"),
        ('<button aria-label="Insert a block"></button>', "Insert a block"),
        ("<button><span>Duplicate</span></button>", "Duplicate"),
    ],
)
def test_the_detector_knows_javascript_strings_without_indonesian(html, english):
    """Signal (a) covers Wagtail's djangojs msgids: without our catalog, these are English.

    "Main menu" and "Duplicate" hold no word of the heuristic's list, so only
    the catalog signal can find them.
    """
    i18n_audit._untranslated_msgids.cache_clear()
    try:
        with override_settings(LOCALE_PATHS=[]):
            found = untranslated_strings(html)
    finally:
        i18n_audit._untranslated_msgids.cache_clear()  # back to our catalogs
    assert english in found, found
    # With our catalog they are translated, so the browser never shows them.
    assert english not in i18n_audit._untranslated_msgids()[0]


def test_the_detector_finds_the_date_pickers_save_selected():
    """jquery.datetimepicker's hidden "Save Selected" button is outside every catalog."""
    html = '<button type="button" class="xdsoft_save_selected">Save Selected</button>'
    assert untranslated_strings(html) == ["Save Selected"]
