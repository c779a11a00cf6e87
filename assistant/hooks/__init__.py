"""Chat-app event callbacks (Feishu, DingTalk, WeCom, Slack): verify, ack fast, answer in the thread."""
