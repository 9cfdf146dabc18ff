"""Bad input to the API: a 400 whose JSON body names the parameter, for every endpoint."""

from wagtail.api.v2.utils import BadRequestError

from core.text import is_number  # noqa: F401 - the endpoints take it from here


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
