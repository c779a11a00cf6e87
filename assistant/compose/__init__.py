"""Answer composition: text, tables, chart, assumptions, citations and follow-ups from tool results."""
