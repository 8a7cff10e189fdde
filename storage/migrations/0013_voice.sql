-- Community voice (issue 12): opt-ins to community questions and updates, polls whose answers are
-- stored like feedback, "you said, we did" updates that a second person approves, and campaigns
-- whose reach is counted per ISO week with no id at all.

-- Who gets community questions or updates: the chat id is kept only while they get one of them.
CREATE TABLE voice_subscribers (
    chat_id INTEGER PRIMARY KEY,
    locale TEXT NOT NULL,
    questions INTEGER NOT NULL DEFAULT 0 CHECK (questions IN (0, 1)),
    updates INTEGER NOT NULL DEFAULT 0 CHECK (updates IN (0, 1)),
    CHECK (questions = 1 OR updates = 1)      -- nobody is kept for nothing
);
-- The areas someone gets questions about; none: every area.
CREATE TABLE voice_question_areas (
    chat_id INTEGER NOT NULL REFERENCES voice_subscribers (chat_id) ON DELETE CASCADE,
    area_id INTEGER NOT NULL REFERENCES areas (id) ON DELETE CASCADE,
    PRIMARY KEY (chat_id, area_id)
) WITHOUT ROWID;
CREATE INDEX voice_question_areas_by_area ON voice_question_areas (area_id);

CREATE TABLE polls (
    id INTEGER PRIMARY KEY,
    area_id INTEGER REFERENCES areas (id),    -- NULL: everyone
    choices INTEGER NOT NULL CHECK (choices BETWEEN 2 AND 6),
    other INTEGER NOT NULL CHECK (other IN (0, 1)),  -- "other, in my words" offered
    opens_at TEXT NOT NULL,                   -- UTC ISO times
    closes_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'scheduled' CHECK (state IN ('scheduled', 'open', 'closed')),
    created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    CHECK (opens_at < closes_at)
);
CREATE INDEX polls_by_state ON polls (state, opens_at, closes_at);

-- A poll in each language its lead wrote it in (`position` 0 first); the others fall back.
CREATE TABLE poll_texts (
    poll_id INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    choices TEXT NOT NULL,                    -- JSON list of the answers' labels, in order
    PRIMARY KEY (poll_id, locale)
) WITHOUT ROWID;

-- Only while a poll is open (DESIGN rule 13): its random key, which with ID_HASH_KEY makes a
-- tag of each person who answered, and those tags. Both are deleted when it closes, so nothing
-- left says who answered, and no tag can be made again.
CREATE TABLE poll_keys (
    poll_id INTEGER PRIMARY KEY REFERENCES polls (id) ON DELETE CASCADE,
    key BLOB NOT NULL
);
CREATE TABLE poll_voters (
    poll_id INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (poll_id, tag)
) WITHOUT ROWID;

-- Answers, stored like feedback: a random key, the ISO week, the choice or, for "other", the
-- person's words (scrubbed). No id of any kind.
CREATE TABLE poll_answers (
    key TEXT PRIMARY KEY,
    poll_id INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    week TEXT NOT NULL,
    choice INTEGER CHECK (choice BETWEEN 0 AND 5),
    words TEXT,
    CHECK ((choice IS NULL) <> (words IS NULL))
) WITHOUT ROWID;
CREATE INDEX poll_answers_by_poll ON poll_answers (poll_id, choice);

-- "You said, we did": about a closed poll or a feedback report's period, sent once a second
-- lead or an admin approved it.
CREATE TABLE voice_updates (
    id INTEGER PRIMARY KEY,
    poll_id INTEGER REFERENCES polls (id),
    period TEXT,                              -- YYYY-MM or YYYY-Qn
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'rejected')),
    written_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    decided_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    written_on TEXT NOT NULL,
    sent_on TEXT,
    CHECK (poll_id IS NOT NULL OR period IS NOT NULL)
);
CREATE TABLE voice_update_texts (
    update_id INTEGER NOT NULL REFERENCES voice_updates (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,                       -- scrubbed
    PRIMARY KEY (update_id, locale)
) WITHOUT ROWID;

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,                -- short and random: in links and on posters
    name TEXT NOT NULL,
    area_id INTEGER REFERENCES areas (id),    -- NULL: everywhere
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    CHECK (starts_on <= ends_on)
);
-- Reach: how many starts through a campaign's links, and feedback answers and opt-ins that came
-- through them, per ISO week. A count and nothing else.
CREATE TABLE campaign_reach (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    week TEXT NOT NULL,
    what TEXT NOT NULL CHECK (what IN ('start', 'feedback', 'optin')),
    count INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, week, what)
) WITHOUT ROWID;
