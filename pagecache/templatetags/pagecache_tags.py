"""``{% fragment "name" page organisation ... %}…{% endfragment %}``: a part of a template rendered once
and reused until a tag it carries is invalidated (pagecache/fragments.py).

The key is the name, the values after it, the written form and the host. A model instance among the
values counts by its primary key, and its tag is carried even when the part does not load it itself
(the page being rendered; a page also carries the pages' list tag, as its address follows its
parents'); whatever the part loads while it is rendered is tagged as it loads. A
preview (a draft, a revision) is always rendered afresh: it must never reach, or come from, the cache.
Put only what depends on those values inside: not the query string, a form's errors or a CSRF token.
"""

from django import template
from django.db import models
from django.utils.safestring import mark_safe
from wagtail.models import Page

from pagecache.fragments import fragment, fragment_key
from pagecache.tags import instance_tag, list_tag

register = template.Library()


@register.tag("fragment")
def do_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


class FragmentNode(template.Node):
    def __init__(self, nodelist, vary_on):
        self.nodelist = nodelist
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if request is not None and getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts, tags = [], []
        for expression in self.vary_on:
            value = expression.resolve(context)
            if isinstance(value, models.Model):
                parts.append(f"{value._meta.label_lower}:{value.pk}")
                tags.append(instance_tag(value))
                if isinstance(value, Page):
                    tags.append(list_tag(Page))  # its address follows its parents' slugs
            else:
                parts.append(str(value))
        key = fragment_key("tpl", *parts, request=request)
        tags = [tag for tag in tags if tag]
        return mark_safe(fragment(key, lambda: str(self.nodelist.render(context)), tags=tags))  # noqa: S308
