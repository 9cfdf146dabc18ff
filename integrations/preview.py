"""A draft in a partner site's design: Wagtail's preview gets one mode per partner site (configured by
a moderator, ``PartnerSite``). It opens the partner's preview address with ``?token=``: signed, valid
``PREVIEW_TOKEN_SECONDS``, and bound to one revision of the page (the draft last saved). The partner's
page fetches that revision's JSON from ``/api/v2/preview/?token=``, in the shape of
``/api/v2/pages/<id>/``; without a valid token the API shows no draft, as before.

(wagtail-headless-preview 0.9 was considered: it takes the partner addresses from settings, not from
the admin, signs a token bound to a page rather than a revision, and checks no age when it reads one.)
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.text import is_number

from .models import PartnerSite

SALT = "selvhjelp.partner-preview"
MODE_PREFIX = "partner-"


def make_token(revision_id, partner_id):
    return signing.dumps({"r": revision_id, "p": partner_id}, salt=SALT)


def revision_of(token):
    """The revision id a token is for, or a ValueError saying why not."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.PREVIEW_TOKEN_SECONDS)
    except signing.SignatureExpired as error:
        raise ValueError("token: expired; preview the page again in the admin") from error
    except signing.BadSignature as error:
        raise ValueError("token: not a valid preview token") from error
    if not isinstance(data, dict) or not isinstance(data.get("r"), int):
        raise ValueError("token: not a valid preview token")
    return data["r"]


def preview_link(partner, revision_id):
    separator = "&" if "?" in partner.preview_url else "?"
    return partner.preview_url + separator + urlencode({"token": make_token(revision_id, partner.pk)})


class PartnerPreview:
    def modes(self, page):
        return [
            (f"{MODE_PREFIX}{partner.pk}", _("In the design of %(name)s") % {"name": partner.name})
            for partner in PartnerSite.objects.all()
        ]

    def serve(self, page, request, mode):
        if not isinstance(mode, str) or not mode.startswith(MODE_PREFIX):
            return None
        number = mode.removeprefix(MODE_PREFIX)
        known = is_number(number) and len(number) < 18
        partner = PartnerSite.objects.filter(pk=int(number)).first() if known else None
        revision_id = page.latest_revision_id if page.pk else None
        link = preview_link(partner, revision_id) if partner and revision_id else None
        if link and not getattr(request, "in_preview_panel", False):
            return redirect(link)  # "preview in a new tab": straight to the partner's page
        context = {
            "partner": partner,
            "link": link,
            "revision": page.latest_revision if link else None,
            "minutes": settings.PREVIEW_TOKEN_SECONDS // 60,
        }
        response = TemplateResponse(request, "integrations/partner_preview.html", context)
        response["Cache-Control"] = "private, no-store"
        return response
