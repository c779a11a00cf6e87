"""Schedules kept in the workspace (schedules.yaml) and the thread that runs them under `journey serve`."""
