-- A peer's suggested change to a published service waits here, beside the live record, until a
-- lead publishes or rejects it. Values are stored as text, as in service_history.

CREATE TABLE service_changes (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    new_value TEXT,
    proposed_by INTEGER REFERENCES people (id),
    proposed_on TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'rejected')),
    decided_on TEXT,
    reason TEXT
);
CREATE INDEX pending_changes ON service_changes (proposed_on, id) WHERE state = 'pending';
