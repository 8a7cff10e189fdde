-- People with a role (peers, leads, admins) and the invites that give one.
-- Members who only browse have no row here (DESIGN rule 1).

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    -- NULL once someone leaves or is deactivated: the alias stays for history, the account link goes.
    telegram_id INTEGER UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('peer', 'lead', 'admin')),
    alias TEXT NOT NULL,
    locale TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    joined_on TEXT NOT NULL,
    left_on TEXT
);

-- Only a hash of the code is kept, so a copy of the database cannot be used to join.
CREATE TABLE invites (
    code_hash TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('peer', 'lead')),
    created_by INTEGER NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);

-- Language chosen by someone without a role, keyed by a keyed hash of their Telegram id.
CREATE TABLE member_preferences (
    member_key TEXT PRIMARY KEY,
    locale TEXT NOT NULL
);
