"""The evaluation surface: cases, scoring, runner, gates and report behind `policy-qa eval`."""
