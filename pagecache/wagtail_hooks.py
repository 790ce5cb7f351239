from wagtail import hooks

from cms.templatetags.navigation import MAIN_NAV_CACHE_HOOK
from cms.templatetags.seo import SITE_HEAD_CACHE_HOOK
from pagecache.fragments import cached_home_sections, cached_main_nav, cached_site_head
from tenants.models.pages import HOME_SECTIONS_CACHE_HOOK

hooks.register(HOME_SECTIONS_CACHE_HOOK, cached_home_sections)
hooks.register(MAIN_NAV_CACHE_HOOK, cached_main_nav)
hooks.register(SITE_HEAD_CACHE_HOOK, cached_site_head)
