"""The content API router. Endpoints arrive with the content API issue.

No endpoint is mounted until it is scoped to the request's site: Wagtail's
stock endpoints list every site's pages, images and documents.
"""
