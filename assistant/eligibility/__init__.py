"""The eligibility stage: a company profile, the support measures of each clause (read from the
corpus's facts), the conditions checked both ways, and a ranked, exportable result."""

from assistant.eligibility.matching import eligible
from assistant.eligibility.measures import vocabulary
from assistant.eligibility.profile import CompanyProfile, Vocabulary, parse_profile
from assistant.eligibility.result import (
           EligibilityResult,
           Match,
           export_name,
           write_export,
)
from assistant.errors import ProfileError

__all__ = ["CompanyProfile", "EligibilityResult", "Match", "ProfileError", "Vocabulary", "eligible", "export_name",
           "parse_profile", "vocabulary", "write_export"]
