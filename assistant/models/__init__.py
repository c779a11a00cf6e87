"""Chat models that drive the agent: the offline planner and OpenAI-compatible LLMs."""
