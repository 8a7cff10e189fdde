-- Safety alerts (the bad-date / ugly-mugs practice): submitted by peers, vetted by leads, sent
-- to people who opted in for an area. A subscription is the one thing a member opts into that
-- stores a chat id; it goes on the first 403 or when they stop.

CREATE TABLE alert_subscriptions (
    chat_id INTEGER NOT NULL,
    area_id INTEGER NOT NULL REFERENCES areas (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    PRIMARY KEY (chat_id, area_id)
) WITHOUT ROWID;
CREATE INDEX subscriptions_by_area ON alert_subscriptions (area_id);

CREATE TABLE safety_alerts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    area_id INTEGER NOT NULL REFERENCES areas (id),
    happened TEXT NOT NULL,                  -- today / yesterday / this-week
    description TEXT NOT NULL,               -- scrubbed, as vetted
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'published', 'rejected')),
    submitted_by INTEGER REFERENCES people (id),
    reason TEXT,
    created_on TEXT NOT NULL,
    published_on TEXT,
    expires_on TEXT
);

-- One row per subscriber of a published alert, so a restart or a 429 storm delays but loses none.
CREATE TABLE alert_deliveries (
    alert_id INTEGER NOT NULL REFERENCES safety_alerts (id) ON DELETE CASCADE,
    chat_id INTEGER NOT NULL,
    locale TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dropped')),
    PRIMARY KEY (alert_id, chat_id)
) WITHOUT ROWID;
CREATE INDEX pending_deliveries ON alert_deliveries (state) WHERE state = 'pending';
