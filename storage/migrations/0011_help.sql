-- Help when it matters (issue 11): calls for help on outreach sessions (a peer's SOS, and the
-- lead's alert when a peer did not check out), acknowledged and escalated from these rows so a
-- restart loses none; and the follow-up of incidents peers report after a session.
-- No chat id is kept here: people are named by their person id, written to through `people`.

CREATE TABLE help_alarms (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('sos', 'missed-checkout')),
    session_id INTEGER NOT NULL REFERENCES outreach_sessions (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),     -- who needs help
    raised_at TEXT NOT NULL,                               -- UTC, ISO 8601
    acked_at TEXT,                                         -- the first "I'm on it"
    acked_by INTEGER REFERENCES people (id),
    safe_at TEXT,                                          -- "they are safe now"
    safe_by INTEGER REFERENCES people (id),
    escalations INTEGER NOT NULL DEFAULT 0,                -- rounds sent to admins and all leads
    next_escalation_at TEXT,                               -- NULL: nothing more to send
    closed_at TEXT,                                        -- no longer answerable
    outcome TEXT CHECK (outcome IN ('safe', 'acknowledged', 'unanswered'))
);
-- One open call per person and session (a second tap shows the first); one missed check-out
-- alarm per person and session, whichever way it was opened.
CREATE UNIQUE INDEX help_one_open_call ON help_alarms (kind, session_id, person_id)
    WHERE closed_at IS NULL;
CREATE UNIQUE INDEX help_one_missed_checkout ON help_alarms (session_id, person_id)
    WHERE kind = 'missed-checkout';
CREATE INDEX help_alarms_due ON help_alarms (next_escalation_at)
    WHERE next_escalation_at IS NOT NULL;
CREATE INDEX help_alarms_by_time ON help_alarms (raised_at);

-- Who was alerted (so an answer reaches the same people, and only they may answer).
CREATE TABLE help_alarm_recipients (
    alarm_id INTEGER NOT NULL REFERENCES help_alarms (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (alarm_id, person_id)
) WITHOUT ROWID;

-- One follow-up per incident kind in a peer's session report, for the area's leads.
CREATE TABLE help_followups (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES outreach_sessions (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),     -- the peer who reported it
    kind TEXT NOT NULL,                                    -- an outreach incident kind
    incidents INTEGER NOT NULL CHECK (incidents > 0),
    note TEXT,                                             -- scrubbed; NULL once erased
    opened_at TEXT NOT NULL,
    taken_by INTEGER REFERENCES people (id),               -- "I'm following up"
    taken_at TEXT,
    closed_at TEXT,
    closed_by INTEGER REFERENCES people (id),
    outcome TEXT CHECK (outcome IN ('resolved', 'referred', 'no-action')),
    referred_to INTEGER REFERENCES services (id) ON DELETE SET NULL,
    UNIQUE (session_id, person_id, kind)
);
CREATE INDEX help_followups_open ON help_followups (opened_at) WHERE closed_at IS NULL;
CREATE INDEX help_followups_closed ON help_followups (closed_at) WHERE closed_at IS NOT NULL;

-- Follow-ups are opened from reports changed lately: find those without reading every report.
CREATE INDEX help_reports_by_update ON outreach_reports (updated_at);
