"""The morning brief: which journey metrics moved beyond normal variation, why, and what customers said."""
