from wagtail import hooks

from .translation import submit_translation_for_review

# Before wagtail-localize's own hook, which renders its translation editor for the same page.
hooks.register("before_edit_page", submit_translation_for_review, order=-10)
