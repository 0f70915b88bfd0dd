"""The eligibility stage: a company profile, the support facts of each clause, and the matching
that says which measures the company can get, why, and whom to contact."""

from assistant.eligibility.matching import EligibilityResult, Match, eligible
from assistant.eligibility.profile import CompanyProfile, parse_profile
from assistant.errors import ProfileError

__all__ = ["CompanyProfile", "EligibilityResult", "Match", "ProfileError", "eligible", "parse_profile"]
