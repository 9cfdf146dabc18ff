"""Review for everything public: pages, organisations, contact persons, groups and meetings go through one moderation
workflow, so moderators see one queue ("Awaiting your review" on the dashboard).

Wagtail's first migration makes a workflow called "Moderators approval" for the whole page tree;
workflow and task names are data shown in the admin and in e-mails, so they get Norwegian names here,
and the same workflow is given to the directory's snippets. An editor who may not publish a record
submits it for moderation; a moderator approves (publishes) or asks for changes, with a comment, and
the comment reaches the editor's e-mail either way (Wagtail's approval e-mail leaves it out).
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.admin.mail import WorkflowStateApprovalEmailNotifier

REVIEW_WORKFLOW = "Godkjenning"
REVIEW_TASK = "Godkjenning av moderator"
WAGTAIL_DEFAULT_NAME = "Moderators approval"


def reviewed_models():
    from directory.models import ContactPerson, Event, Organisation, SelfHelpGroup

    return [Organisation, ContactPerson, SelfHelpGroup, Event]


def ensure_review_workflow(sender, **kwargs):
    """After migrating: the default workflow has its Norwegian name and covers the directory too."""
    from wagtail.models import Page, Task, Workflow, WorkflowContentType

    root = Page.get_first_root_node()
    if root is None:
        return
    workflow = Workflow.objects.filter(workflow_pages__page=root).first()
    if workflow is None:
        return  # a site that chose to have no review of pages
    if workflow.name == WAGTAIL_DEFAULT_NAME:
        workflow.name = REVIEW_WORKFLOW
        workflow.save(update_fields=["name"])
    Task.objects.filter(name=WAGTAIL_DEFAULT_NAME, workflow_tasks__workflow=workflow).update(name=REVIEW_TASK)
    for model in reviewed_models():
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )


class ApprovalWithCommentNotifier(WorkflowStateApprovalEmailNotifier):
    """Wagtail's "approved" e-mail to the editor who asked for review, with the moderator's comment."""

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        last = workflow_state.task_states.filter(status="approved").order_by("-finished_at").first()
        context["comment"] = last.get_comment() if last is not None else ""
        return context


approval_notifier = ApprovalWithCommentNotifier()


def send_approvals_with_comments():
    """In place of Wagtail's notifier, by its dispatch_uid: removed if Wagtail connected it already,
    and Wagtail's own connect is then a no-op if it comes later."""
    from wagtail.models import WorkflowState
    from wagtail.signals import workflow_approved

    workflow_approved.disconnect(sender=WorkflowState, dispatch_uid="workflow_state_approved_email_notification")
    workflow_approved.connect(
        approval_notifier,
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
    )
