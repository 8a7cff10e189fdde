-- Anonymous feedback (DESIGN rule 2): no user, chat or message id, no time finer than the ISO
-- week, a random key, free text scrubbed before it is stored.

CREATE TABLE feedback (
    key TEXT PRIMARY KEY,                    -- random; also makes a second "Send" a no-op
    week TEXT NOT NULL,                      -- ISO week, e.g. 2026-W10
    topic TEXT NOT NULL CHECK (topic IN ('service', 'outreach', 'needs', 'safety', 'other')),
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
CREATE INDEX feedback_by_week ON feedback (week);
-- Covers the topic counts and ratings of a period without visiting every row by its random key.
CREATE INDEX feedback_by_week_topic ON feedback (week, topic, service_id, overall_rating);
CREATE INDEX feedback_by_service ON feedback (service_id, week);

CREATE TABLE feedback_barriers (
    feedback_key TEXT NOT NULL REFERENCES feedback (key) ON DELETE CASCADE,
    barrier TEXT NOT NULL,
    PRIMARY KEY (feedback_key, barrier)
) WITHOUT ROWID;

CREATE TABLE feedback_needs (
    feedback_key TEXT NOT NULL REFERENCES feedback (key) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (feedback_key, category)
) WITHOUT ROWID;
