"""Bad input to the API: a 400 whose JSON body names the parameter, for every endpoint, and JSON for
every address under /api/ that is not one."""

from django.http import JsonResponse
from wagtail.api.v2.utils import BadRequestError


class ParameterError(BadRequestError):
    """A bad query parameter: answered with 400 and a JSON body that names the parameter."""

    def __init__(self, parameter, message):
        self.parameter = parameter
        super().__init__(message)


NUMBER_PARAMETERS = {
    "limit",
    "offset",
    "id",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "organisation",
}
LARGEST_NUMBER = 2**63 - 1  # the largest a database column holds


def api_not_found(request, rest=""):
    """Any other address under /api/ answers in JSON too: 400 for an id that is not a number."""
    from .router import ENDPOINTS

    parts = [part for part in rest.split("/") if part]
    if len(parts) == 3 and parts[0] == "v2" and parts[1] in ENDPOINTS:
        return JsonResponse({"message": "id: give a whole number", "parameter": "id"}, status=400)
    return JsonResponse({"message": "not found"}, status=404)
