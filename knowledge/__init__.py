"""The data side of the journey assistant: tables, gateway, semantic layer, analyses, feedback."""
