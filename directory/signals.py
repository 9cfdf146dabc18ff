"""Keep what must hold for both written forms in step: privacy switches, the active flag, and
withdrawal from the public (unpublishing)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import unpublished

from .models import ContactPerson, Organisation
from .models.organisations import sync_privacy_fields


@receiver(post_save, sender=ContactPerson)
@receiver(post_save, sender=Organisation)
def keep_privacy_fields_in_step(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_privacy_fields(instance)


@receiver(unpublished, sender=ContactPerson)
@receiver(unpublished, sender=Organisation)
def unpublish_other_forms(sender, instance, **kwargs):
    for other in sender.objects.filter(translation_key=instance.translation_key, live=True).exclude(pk=instance.pk):
        other.unpublish()
