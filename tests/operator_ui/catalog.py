"""The project's own Indonesian catalogs: read them, compile them, compare with their .mo.

``locale/id/LC_MESSAGES/django.po`` carries the Wagtail and Django strings an
operator meets that Wagtail's Indonesian catalog lacks or words differently;
``djangojs.po`` does the same for the strings Wagtail's admin JavaScript
shows (served by ``/admin/jsi18n/``). The compiled ``.mo`` files are
committed beside them, so no machine needs ``msgfmt``. After editing a .po,
compile it with either::

    msgfmt -o locale/id/LC_MESSAGES/django.mo locale/id/LC_MESSAGES/django.po
    .venv/bin/python -m tests.operator_ui.catalog

(the second needs nothing but Python and compiles both catalogs).
``test_catalog.py`` fails while a .mo is out of date with its .po.
"""

import gettext
import struct
import sys
from pathlib import Path

from tests.i18n_audit import read_po

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
PO_PATH = LOCALE_DIR / "id" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")
JS_PO_PATH = LOCALE_DIR / "id" / "LC_MESSAGES" / "djangojs.po"
JS_MO_PATH = JS_PO_PATH.with_suffix(".mo")
#: (.po, .mo) of every catalog the project ships.
CATALOGS = ((PO_PATH, MO_PATH), (JS_PO_PATH, JS_MO_PATH))


def po_messages(path: Path = PO_PATH) -> dict[str, str]:
    """What a compiled .po must hold: key -> translation, as gettext stores them.

    Keys are ``msgid`` (with ``msgctxt + "\\x04"`` in front when there is a
    context); a plural entry's key is ``msgid + "\\0" + msgid_plural`` and its
    translations are joined by ``"\\0"``. Fuzzy and untranslated entries are
    left out, as msgfmt leaves them out.
    """
    messages = {}
    for entry in read_po(path):
        if entry["fuzzy"] and entry["msgid"]:
            continue
        if not all(entry["msgstr"]):
            continue
        key = entry["msgid"]
        if "msgid_plural" in entry:
            key += "\0" + entry["msgid_plural"]
        if entry.get("msgctxt"):
            key = entry["msgctxt"] + "\x04" + key
        messages[key] = "\0".join(entry["msgstr"])
    return messages


def mo_bytes(messages: dict[str, str]) -> bytes:
    """A GNU .mo file holding ``messages`` (the layout of CPython's Tools/i18n/msgfmt.py)."""
    keys = sorted(messages)
    ids = strs = b""
    offsets = []
    for key in keys:
        k, v = key.encode(), messages[key].encode()
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    header_size = 7 * 4
    keystart = header_size + 16 * len(keys)
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    output = struct.pack(
        "<Iiiiiii",
        0x950412DE,  # magic
        0,  # version
        len(keys),
        header_size,
        header_size + 8 * len(keys),
        0,  # no hash table
        0,
    )
    output += struct.pack(f"<{len(koffsets)}i", *koffsets)
    output += struct.pack(f"<{len(voffsets)}i", *voffsets)
    return output + ids + strs


def mo_messages(path: Path = MO_PATH) -> dict[str, str]:
    """What a compiled .mo file holds, in the same shape as :func:`po_messages`."""
    with open(path, "rb") as fp:
        data = fp.read()
    magic, _version, count, kstart, vstart = struct.unpack("<5I", data[:20])
    assert magic == 0x950412DE, f"{path} is not a little-endian .mo file"
    messages = {}
    for i in range(count):
        klen, koff = struct.unpack("<2I", data[kstart + 8 * i : kstart + 8 * i + 8])
        vlen, voff = struct.unpack("<2I", data[vstart + 8 * i : vstart + 8 * i + 8])
        messages[data[koff : koff + klen].decode()] = data[voff : voff + vlen].decode()
    return messages


def compile_po(po: Path = PO_PATH, mo: Path = MO_PATH) -> int:
    """Write ``mo`` from ``po`` and return the number of messages (header included)."""
    messages = po_messages(po)
    mo.write_bytes(mo_bytes(messages))
    # Fail here rather than at runtime if gettext cannot read what was written.
    with open(mo, "rb") as fp:
        gettext.GNUTranslations(fp)
    return len(messages)


if __name__ == "__main__":
    for po_path, mo_path in CATALOGS:
        count = compile_po(po_path, mo_path)
        sys.stdout.write(f"{mo_path}: {count} messages\n")
