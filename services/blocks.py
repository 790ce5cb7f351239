"""Blocks of the service standard: requirements and procedure steps."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

DOCUMENT_FORMS = [
    ("asli", _("Asli")),
    ("fotokopi", _("Fotokopi")),
    ("asli_fotokopi", _("Asli dan fotokopi")),
    ("lainnya", _("Bukan dokumen / lainnya")),
]


def document_form_label(code: str) -> str:
    """The readable label of a requirement's form ("Fotokopi"), or "" if unknown."""
    return str(dict(DOCUMENT_FORMS).get(code, ""))


class RequirementBlock(blocks.StructBlock):
    """One thing the citizen must bring (persyaratan)."""

    text = blocks.CharBlock(
        label=_("Persyaratan"),
        max_length=250,
        help_text=_("Contoh: Kartu Keluarga (KK)"),
    )
    document_form = blocks.ChoiceBlock(
        choices=DOCUMENT_FORMS,
        default="fotokopi",
        label=_("Bentuk"),
    )
    quantity = blocks.IntegerBlock(
        min_value=1,
        default=1,
        label=_("Jumlah"),
        help_text=_("Berapa lembar atau buah. Contoh: 1"),
    )
    note = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Catatan"),
        help_text=_("Opsional. Contoh: yang masih berlaku"),
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Persyaratan")
        template = "blocks/requirement_block.html"
        preview_value = {
            "text": "Kartu Keluarga (KK)",
            "document_form": "fotokopi",
            "quantity": 1,
            "note": "",
        }

    def get_context(self, value, parent_context=None):
        """Add ``form_label``, the readable form of the document."""
        context = super().get_context(value, parent_context=parent_context)
        context["form_label"] = document_form_label(value["document_form"])
        return context


class ProcedureStepBlock(blocks.StructBlock):
    """One step of the procedure, with who acts (sistem, mekanisme, prosedur)."""

    actor = blocks.CharBlock(
        label=_("Pelaku"),
        max_length=120,
        help_text=_("Siapa yang melakukan langkah ini. Contoh: Pemohon, Petugas loket"),
    )
    description = blocks.TextBlock(
        label=_("Langkah"),
        help_text=_("Contoh: Menyerahkan berkas persyaratan ke loket PATEN"),
    )

    class Meta:
        icon = "list-ol"
        label = _("Langkah")
        template = "blocks/procedure_step_block.html"
        preview_value = {
            "actor": "Pemohon",
            "description": "Menyerahkan berkas persyaratan ke loket PATEN",
        }


class RequirementStreamBlock(blocks.StreamBlock):
    """The ordered list of requirements."""

    requirement = RequirementBlock()


class ProcedureStreamBlock(blocks.StreamBlock):
    """The ordered procedure."""

    step = ProcedureStepBlock()
