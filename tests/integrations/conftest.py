import pytest

from tests.helpers import run_queued_tasks


@pytest.fixture
def run_tasks(django_capture_on_commit_callbacks):
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            run_queued_tasks()

    return run
