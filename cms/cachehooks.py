"""Rendering through an optional cache hook (the lower layer never imports pagecache)."""

from wagtail import hooks


def cached_through_hook(hook_name: str, request, render):
    """``render()``'s result, through the first function registered for ``hook_name``.

    Such a function takes ``(request, render)`` and returns ``render()``'s
    result or a cached copy of it; with none registered, ``render()`` runs.
    """
    for cached in hooks.get_hooks(hook_name):
        return cached(request, render)
    return render()
