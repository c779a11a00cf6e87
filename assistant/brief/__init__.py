"""The morning brief in words (zh/en), its JSON, and its delivery to files and chat apps."""
