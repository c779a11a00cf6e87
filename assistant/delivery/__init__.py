"""Delivering a brief: chat-app webhooks (Feishu, DingTalk, WeCom, Slack), files and stdout."""
