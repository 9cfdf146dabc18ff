"""Model fields the rooms share."""

from django.db import models


def optional_link(to, verbose_name, related_name="+", **options):
    """A link that may be left empty, and is emptied when what it points at is deleted."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        **options,
    )


def optional_text(verbose_name, max_length, **options):
    """A line of text that may be left empty."""
    return models.CharField(verbose_name, max_length=max_length, blank=True, **options)
