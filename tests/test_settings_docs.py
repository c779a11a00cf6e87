"""Settings: parsing, errors, and every setting documented in README.md (datasette's test_docs habit)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import load_settings, setting_names, settings_table
from knowledge.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def test_env_values_are_parsed(monkeypatch):
    monkeypatch.setenv("JOURNEY_API_KEYS", "k1, k2,")
    monkeypatch.setenv("JOURNEY_QUERY_TIMEOUT_S", "2.5")
    monkeypatch.setenv("JOURNEY_REDACT_PII", "false")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    s = load_settings()
    assert s.api_keys == ["k1", "k2"] and s.query_timeout_s == 2.5 and s.redact_pii is False
    assert s.chat_model_name() == "offline"
    assert load_settings(OPENAI_API_KEY="sk-x").chat_model_name() == "openai"
    assert load_settings(JOURNEY_MODEL="offline", OPENAI_API_KEY="sk-x").chat_model_name() == "offline"


def test_bad_value_is_a_config_error(monkeypatch):
    monkeypatch.setenv("JOURNEY_ROW_CAP", "many")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "JOURNEY_ROW_CAP" in err.value.message


def test_docs_settings_file_matches_the_class():
    assert settings_table() in (ROOT / "docs" / "SETTINGS.md").read_text(encoding="utf-8")


def test_every_setting_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Settings" in readme, "README.md needs a '## Settings' section (copy docs/SETTINGS.md)"
    section = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    missing = [n for n in setting_names() if f"`{n}`" not in section]
    assert not missing, f"settings missing from README.md '## Settings': {missing}"
