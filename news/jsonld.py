"""schema.org ``NewsArticle`` JSON-LD for a news article.

Rendered with ``cms.jsonld.as_script`` (by ``frontend.templatetags.structured_data``),
which escapes the JSON so that no text an editor types can close the
``<script>`` element.
"""

from django.utils import timezone

from cms.jsonld import SCHEMA_ORG


def news_article(page, *, url: str, image_url: str, publisher: dict) -> dict:
    """The JSON-LD object for the NewsPage ``page`` as published at ``url``.

    ``image_url`` is the absolute share image (the article's photo, else the
    site's card); ``publisher`` the ``GovernmentOrganization`` of the site
    that publishes it, also named as the author: articles are the office's.
    """
    published = page.date.isoformat()
    modified = page.last_published_at or page.first_published_at
    data = {
        "@context": SCHEMA_ORG,
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.get_meta_description(),
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": "id",
        "datePublished": published,
        "dateModified": timezone.localtime(modified).isoformat() if modified else published,
        "articleSection": page.category_label,
        "image": [image_url],
        "author": publisher,
        "publisher": publisher,
    }
    return data
