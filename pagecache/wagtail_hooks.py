from wagtail import hooks

from .tags import depends_on


@hooks.register("before_serve_page")
def record_listed_models(page, request, serve_args, serve_kwargs):
    """A page type names the models it lists (``cache_depends_on``): a new or changed one of them
    makes the cached page stale."""
    depends_on(*getattr(page, "cache_depends_on", ()))
