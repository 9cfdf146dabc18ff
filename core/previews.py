"""More ways to preview a page, added by the rooms above (a partner site's design, in
``integrations.preview``): Wagtail's preview modes of every page type (``core.pages.SitePageMixin``)
ask the providers registered here."""

_providers = []


def register(provider):
    """``provider.modes(page)`` gives (name, label) pairs; ``provider.serve(page, request, mode)`` a
    response for its own modes, else None."""
    if all(type(known) is not type(provider) for known in _providers):
        _providers.append(provider)


def extra_modes(page):
    return [mode for provider in _providers for mode in provider.modes(page)]


def serve(page, request, mode):
    for provider in _providers:
        response = provider.serve(page, request, mode)
        if response is not None:
            return response
    return None
