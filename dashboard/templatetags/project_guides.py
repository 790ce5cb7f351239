"""``{% project_guides as guides %}``: the project's guides for the signed-in user, as links."""

from django import template
from django.urls import reverse

from dashboard import guides

register = template.Library()


@register.simple_tag(takes_context=True)
def project_guides(context) -> list[dict]:
    """``[{"label", "url"}, …]`` of the guides in ``docs/`` written for the request's user."""
    user = context["request"].user
    return [
        {"label": guide.label, "url": reverse("guides:guide", args=[guide.slug])}
        for guide in guides.available_guides(user)
    ]
