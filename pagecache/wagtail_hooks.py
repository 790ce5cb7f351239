from wagtail import hooks

from pagecache.fragments import cached_home_sections
from tenants.models.pages import HOME_SECTIONS_CACHE_HOOK

hooks.register(HOME_SECTIONS_CACHE_HOOK, cached_home_sections)
