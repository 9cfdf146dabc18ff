"""Directory models: Norwegian places, organisations, contact persons, groups and meetings, and the
directory page."""

from .groups import (
    AgeGroup,
    Event,
    EventKind,
    EventTopic,
    GroupAudience,
    GroupStatus,
    GroupTopic,
    SelfHelpGroup,
    SignUp,
)
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
    "AgeGroup",
    "DirectoryPage",
    "Event",
    "EventKind",
    "EventTopic",
    "GroupAudience",
    "GroupStatus",
    "GroupTopic",
    "SelfHelpGroup",
    "SignUp",
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
