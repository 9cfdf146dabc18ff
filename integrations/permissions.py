"""Webhook subscribers and partner sites are the central moderators' (and superusers') to manage;
an organisation's editors have no part in them."""

from directory.signals import grant_to_moderators

MODELS = ("subscriber", "partnersite")


def grant_moderators(sender=None, **kwargs):
    codenames = [f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")]
    grant_to_moderators(("integrations",), codenames)
