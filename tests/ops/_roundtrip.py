"""Run in a subprocess by test_backup.py, against the database its environment names.

``populate ARCHIVE_DIR``: add a kecamatan, a user, an image and a private file,
then back up. ``restore ARCHIVE``: restore, try again without --force (refused),
then add a user and restore with --force.
Both print one JSON object whose ``fingerprint`` describes the content, so the
test can compare the source with the restored copy.
"""

import hashlib
import json
import os
import sys
from io import StringIO
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.base")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import CommandError, call_command  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402
from wagtail.models import Page, Revision, Site  # noqa: E402


def fingerprint() -> dict:
    """What must come back after a restore: pages, revisions, settings, users, files."""
    from cms.models import SiteProfile

    files = {}
    for root_name in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT"):
        root = Path(getattr(settings, root_name))
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            rel = f"{root_name}/{path.relative_to(root)}"
            files[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return {
        "pages": list(Page.objects.order_by("path").values_list("url_path", "title", "live")),
        "revisions": Revision.objects.count(),
        "sites": list(Site.objects.order_by("hostname").values_list("hostname", "is_default_site")),
        "profiles": [str(p) for p in SiteProfile.objects.order_by("pk")],
        "users": list(get_user_model().objects.order_by("username").values_list("username")),
        "images": list(get_image_model().objects.values_list("title", "file")),
        "files": files,
    }


def populate(archive_dir: str) -> dict:
    from wagtail.models import Collection

    from cms.demo_images import demo_image

    call_command(
        "onboard_kecamatan",
        code="16.74.04",
        name="Rambang Kapak Tengah",
        hostname="rkt.test",
        default=True,
        stdout=StringIO(),
    )
    get_user_model().objects.create_user("operator-uji", password="sandi-uji-2026")
    demo_image("Logo uji", Collection.objects.order_by("-depth").first(), size=(40, 40))
    private = Path(settings.PRIVATE_MEDIA_ROOT) / "unggahan" / "ktp.txt"
    private.parent.mkdir(parents=True, exist_ok=True)
    private.write_text("data pribadi")
    out = StringIO()
    call_command("backup", output_dir=Path(archive_dir), no_progress=True, stdout=out)
    archive = next(Path(archive_dir).glob("kcms-backup-*.tar.gz"))
    return {"fingerprint": fingerprint(), "archive": str(archive), "output": out.getvalue()}


def restore(archive: str) -> dict:
    out = StringIO()
    call_command("restore", archive, no_progress=True, stdout=out)
    result = {"fingerprint": fingerprint(), "output": out.getvalue()}
    try:
        call_command("restore", archive, no_progress=True, stdout=StringIO())
    except CommandError as exc:
        result["second_restore_error"] = str(exc)
    # --force replaces everything: the content is the archive's again, not doubled.
    get_user_model().objects.create_user("dibuat-setelah-pemulihan")
    call_command("restore", archive, no_progress=True, force=True, stdout=StringIO())
    result["forced_fingerprint"] = fingerprint()
    return result


if __name__ == "__main__":
    action, argument = sys.argv[1], sys.argv[2]
    result = populate(argument) if action == "populate" else restore(argument)
    print("RESULT " + json.dumps(result, default=str))
