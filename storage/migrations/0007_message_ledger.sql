-- Which messages are in a chat, so a quick exit can delete them (Telegram lets a bot delete
-- messages in a private chat for 48 hours). The chat is stored only as a keyed hash; rows older
-- than 48 hours are purged.
CREATE TABLE message_ledger (
    chat_key TEXT NOT NULL,
    message_id INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (chat_key, message_id)
) WITHOUT ROWID;
CREATE INDEX ledger_by_time ON message_ledger (sent_at);
