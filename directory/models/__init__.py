"""Directory models: the topic taxonomy, Norwegian places, organisations and contact persons."""

from .organisations import (
    ContactPerson,
    Organisation,
    OrganisationTopic,
    OrganisationType,
    ServiceArea,
    SocialLink,
)
from .pages import DirectoryPage
from .places import County, FormerCountyNumber, FormerMunicipalityNumber, Municipality, PostalCode
from .topics import Topic

__all__ = [
    "DirectoryPage",
    "ContactPerson",
    "Organisation",
    "OrganisationTopic",
    "OrganisationType",
    "ServiceArea",
    "SocialLink",
    "County",
    "FormerCountyNumber",
    "FormerMunicipalityNumber",
    "Municipality",
    "PostalCode",
    "Topic",
]
