"""The dashboard says what to do, per editor (site-wide for moderators): pages without nynorsk or
with out-of-date nynorsk, the share of nynorsk, listings not checked for a year, and whether machine
translation is installed. Drafts waiting for review are Wagtail's own panels ("Your pages and
snippets in a workflow", "Awaiting your review"), which cover snippets too now that they are reviewed.
"""

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail_localize.machine_translators import get_machine_translator

import pagecache
from directory.permissions import moderates_directory

from .nynorsk import nynorsk_share, nynorsk_state
from .verification import STALE_AFTER_DAYS, unverified

SHARE_SECONDS = 10 * 60
SHOWN = 10  # items per list; the counts say how many there are in all
TARGET_PERCENT = 25


class ToDoPanel(Component):
    name = "selvhjelp_to_do"
    template_name = "editorial/dashboard/to_do.html"
    order = 50  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        missing, outdated = nynorsk_state(user)
        # Counting every page's words takes a while on a big site: kept for ten minutes per scope.
        scope = "site" if moderates_directory(user) else f"user:{user.pk}"
        share = pagecache.remembered(f"editorial:nynorsk-share:{scope}", lambda: nynorsk_share(user), SHARE_SECONDS)
        listings = unverified(user)
        translator = get_machine_translator()
        return {
            "request": request,
            "site_wide": moderates_directory(user),
            "missing": [
                (page, reverse("wagtail_localize:submit_page_translation", args=[page.pk])) for page in missing[:SHOWN]
            ],
            "missing_count": len(missing),
            "outdated": outdated[:SHOWN],
            "outdated_count": len(outdated),
            "share": share,
            "target_percent": TARGET_PERCENT,
            "below_target": share.pages["nb"] + share.pages["nn"] > 0
            and min(share.pages_percent, share.words_percent) < TARGET_PERCENT,
            "listings": listings[:SHOWN],
            "listings_count": listings.count(),
            "stale_after_months": STALE_AFTER_DAYS // 30,
            "machine_translation_missing": translator is not None and not translator.is_installed(),
            "machine_translation_message": getattr(translator, "missing_message", ""),
        }
