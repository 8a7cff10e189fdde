-- Outreach sessions (microplanning): who goes where and when, reminders that survive restarts,
-- safety check-ins, and what each peer reports afterwards.

CREATE TABLE outreach_sessions (
    id INTEGER PRIMARY KEY,
    series_id INTEGER,                       -- the first session's id, for weekly series
    kind TEXT NOT NULL,
    area_id INTEGER NOT NULL REFERENCES areas (id),
    starts_at TEXT NOT NULL,                 -- UTC, ISO 8601
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    peers_needed INTEGER NOT NULL CHECK (peers_needed > 0),
    note TEXT NOT NULL DEFAULT '',
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    lead_id INTEGER NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL
);
CREATE INDEX sessions_by_start ON outreach_sessions (starts_at);

CREATE TABLE outreach_assignments (
    session_id INTEGER NOT NULL REFERENCES outreach_sessions (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    status TEXT NOT NULL CHECK (status IN ('invited', 'confirmed', 'waiting', 'declined')),
    queued_at TEXT NOT NULL,                 -- order of the waiting list
    checked_in_at TEXT,
    checked_out_at TEXT,
    safe_at TEXT,
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX assignments_by_person ON outreach_assignments (person_id);

-- Every reminder is a row: rescheduled from here at start-up, sent once, or marked missed.
CREATE TABLE outreach_reminders (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES outreach_sessions (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    kind TEXT NOT NULL,
    due_at TEXT NOT NULL,                    -- UTC, ISO 8601
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sent', 'missed', 'unreachable', 'cancelled')),
    done_at TEXT,
    UNIQUE (session_id, person_id, kind)
);
CREATE INDEX pending_reminders ON outreach_reminders (due_at) WHERE state = 'pending';

CREATE TABLE outreach_reports (
    session_id INTEGER NOT NULL REFERENCES outreach_sessions (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    reached_new INTEGER NOT NULL DEFAULT 0,
    reached_returning INTEGER NOT NULL DEFAULT 0,
    condoms INTEGER NOT NULL DEFAULT 0,
    lubricant INTEGER NOT NULL DEFAULT 0,
    leaflets INTEGER NOT NULL DEFAULT 0,
    referrals TEXT NOT NULL DEFAULT '{}',    -- JSON: directory category -> count
    incidents TEXT NOT NULL DEFAULT '{}',    -- JSON: incident kind -> count
    note TEXT NOT NULL DEFAULT '',
    filed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, person_id)
);

-- A peer who blocked the bot is not retried for ever.
ALTER TABLE people ADD COLUMN unreachable INTEGER NOT NULL DEFAULT 0;
