"""The news app's page models, one module per page family."""

from news.models.announcements import AnnouncementIndexPage, AnnouncementPage
from news.models.news import NewsCategory, NewsIndexPage, NewsPage

__all__ = [
    "AnnouncementIndexPage",
    "AnnouncementPage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
]
