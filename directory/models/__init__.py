"""Directory models: Norwegian places, organisations and contact persons, and the directory page."""

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
]
