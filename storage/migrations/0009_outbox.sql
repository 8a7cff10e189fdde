-- One outbox for every message a person did not just ask for (reminders, notices, invitations,
-- results, lead notifications). A row is claimed (pending -> sending) before it is sent, so no
-- two jobs send it twice, and deleted once sent: the chat id lives only until then. What the
-- message says is rendered at send time from `kind` and `args`, in the recipient's language;
-- `words` holds text a person wrote, scrubbed before it is stored.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL,
    locale TEXT NOT NULL,
    kind TEXT NOT NULL,
    args TEXT NOT NULL DEFAULT '{}',
    words TEXT,
    purpose TEXT NOT NULL,                 -- what a 403 from this person ends
    priority INTEGER NOT NULL,             -- 1 most urgent
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending')),
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before TEXT NOT NULL,              -- UTC ISO time
    dedupe TEXT                            -- the same message twice is stored once
);
CREATE INDEX outbox_due ON outbox (state, priority, not_before);
CREATE INDEX outbox_by_chat ON outbox (chat_id);
CREATE UNIQUE INDEX outbox_once ON outbox (dedupe) WHERE dedupe IS NOT NULL;
