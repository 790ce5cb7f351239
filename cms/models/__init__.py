"""Core models shared by every app: the abstract base page and site settings."""

from cms.models.base_page import BasePage, title_panel
from cms.models.site_settings import LeaderTitle, SiteProfile

__all__ = ["BasePage", "LeaderTitle", "SiteProfile", "title_panel"]
