-- Talk to a peer (issue 11): an anonymous relay that stores nothing of what people say.
-- Messages are copied (copyMessage) from one chat to the other; only their ids are kept, to
-- delete the copies when the conversation ends. A conversation holds the member's chat id only
-- while it waits for a peer or is open: when it ends the row goes, with its message ids, and a
-- figure that points to no one stays (the month, and how long it waited for a peer).

-- Peers (and leads) who said "I'm available": until a time, after which it switches itself off.
CREATE TABLE relay_duty (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    until TEXT NOT NULL                        -- UTC ISO time
);

CREATE TABLE relay_conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,      -- the peer sees "conversation 17": never reused
    member_chat INTEGER NOT NULL UNIQUE,       -- one conversation per member; erased with the row
    member_locale TEXT NOT NULL,
    topic TEXT,
    state TEXT NOT NULL CHECK (state IN ('waiting', 'open')),
    offered_to TEXT NOT NULL DEFAULT 'peer' CHECK (offered_to IN ('peer', 'lead')),
    peer_id INTEGER REFERENCES people (id),    -- who has it (open), or who handed it over
    asked_at TEXT NOT NULL,                    -- UTC ISO times
    accepted_at TEXT,                          -- the first acceptance (a hand-over keeps it)
    last_message_at TEXT NOT NULL
);
-- A peer talks with one person at a time: what they type goes to that conversation.
CREATE UNIQUE INDEX relay_one_per_peer ON relay_conversations (peer_id) WHERE state = 'open';
CREATE INDEX relay_by_state ON relay_conversations (state, last_message_at);

-- Where the conversation's messages are, to delete them at its end: which chat, which message,
-- whether the bot made it (a copy) and whether it waits to be copied once a peer accepts.
CREATE TABLE relay_messages (
    conversation_id INTEGER NOT NULL REFERENCES relay_conversations (id) ON DELETE CASCADE,
    chat TEXT NOT NULL CHECK (chat IN ('member', 'peer')),
    message_id INTEGER NOT NULL,
    copy INTEGER NOT NULL CHECK (copy IN (0, 1)),
    held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
    at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, chat, message_id)
) WITHOUT ROWID;

-- Someone a peer blocked for abuse, under a keyed hash of their account (never the id itself).
CREATE TABLE relay_blocks (
    member_key TEXT PRIMARY KEY,
    until TEXT NOT NULL
) WITHOUT ROWID;

-- One row per request that ended or was accepted: its month and how many minutes it waited for a
-- peer (NULL: nobody accepted it). Nothing in it points to a person or a conversation.
CREATE TABLE relay_requests (
    month TEXT NOT NULL,
    minutes_to_accept INTEGER
);
CREATE INDEX relay_requests_by_month ON relay_requests (month);

-- Feedback gets a topic for the relay ("talking to a peer"), offered at a conversation's end.
-- SQLite cannot change a CHECK in place: the three feedback tables are made again and filled
-- from the old ones (children first, so dropping the old rows cascades to nothing).
CREATE TABLE feedback_new (
    key TEXT PRIMARY KEY,
    week TEXT NOT NULL,
    topic TEXT NOT NULL
        CHECK (topic IN ('service', 'outreach', 'needs', 'safety', 'peer', 'other')),
    service_id INTEGER REFERENCES services (id) ON DELETE SET NULL,
    session_id INTEGER REFERENCES outreach_sessions (id) ON DELETE SET NULL,
    area_id INTEGER REFERENCES areas (id) ON DELETE SET NULL,
    service_given TEXT CHECK (service_given IN ('yes', 'partly', 'no')),
    explained INTEGER CHECK (explained IN (0, 1)),
    waiting TEXT CHECK (waiting IN ('none', 'under-1h', 'from-1-to-3h', 'over-3h')),
    staff_rating INTEGER CHECK (staff_rating BETWEEN 1 AND 5),
    overall_rating INTEGER CHECK (overall_rating BETWEEN 1 AND 5),
    free_text TEXT
) WITHOUT ROWID;
INSERT INTO feedback_new SELECT key, week, topic, service_id, session_id, area_id, service_given,
    explained, waiting, staff_rating, overall_rating, free_text FROM feedback;

CREATE TABLE feedback_barriers_new (
    feedback_key TEXT NOT NULL REFERENCES feedback_new (key) ON DELETE CASCADE,
    barrier TEXT NOT NULL,
    PRIMARY KEY (feedback_key, barrier)
) WITHOUT ROWID;
INSERT INTO feedback_barriers_new SELECT feedback_key, barrier FROM feedback_barriers;

CREATE TABLE feedback_needs_new (
    feedback_key TEXT NOT NULL REFERENCES feedback_new (key) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (feedback_key, category)
) WITHOUT ROWID;
INSERT INTO feedback_needs_new SELECT feedback_key, category FROM feedback_needs;

DROP TABLE feedback_barriers;
DROP TABLE feedback_needs;
DROP TABLE feedback;
-- Renaming also points the new children's REFERENCES at the renamed parent.
ALTER TABLE feedback_new RENAME TO feedback;
ALTER TABLE feedback_barriers_new RENAME TO feedback_barriers;
ALTER TABLE feedback_needs_new RENAME TO feedback_needs;
CREATE INDEX feedback_by_week ON feedback (week);
CREATE INDEX feedback_by_week_topic ON feedback (week, topic, service_id, overall_rating);
CREATE INDEX feedback_by_service ON feedback (service_id, week);
