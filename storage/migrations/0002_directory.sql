-- The service directory: Open Referral (HSDS 3.0) as the model, plus what this community needs.

CREATE TABLE areas (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- A central point, used for "near me" when someone picks an area instead of sharing a location.
    latitude REAL,
    longitude REAL
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sex_worker_led INTEGER NOT NULL DEFAULT 0 CHECK (sex_worker_led IN (0, 1))
);

CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER REFERENCES organisations (id),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    phone TEXT,
    email TEXT,
    url TEXT,
    fees TEXT,
    is_free INTEGER CHECK (is_free IN (0, 1)),                 -- NULL: not known
    eligibility TEXT,
    documents_required TEXT,
    no_papers_needed INTEGER CHECK (no_papers_needed IN (0, 1)),
    interpretation INTEGER CHECK (interpretation IN (0, 1)),
    languages TEXT NOT NULL DEFAULT '',                         -- ISO 639-1 codes, comma-separated
    min_age INTEGER,
    max_age INTEGER,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'temporarily_closed', 'closed')),
    notice TEXT,
    notice_expires_on TEXT,
    location_name TEXT,
    address TEXT,
    latitude REAL,
    longitude REAL,
    area_id INTEGER REFERENCES areas (id),
    directions TEXT,
    accessibility TEXT,
    hours TEXT NOT NULL DEFAULT '',                             -- compact weekly format, local time
    sex_worker_led INTEGER NOT NULL DEFAULT 0 CHECK (sex_worker_led IN (0, 1)),
    rights_based INTEGER NOT NULL DEFAULT 0 CHECK (rights_based IN (0, 1)),
    no_police_reporting INTEGER NOT NULL DEFAULT 0 CHECK (no_police_reporting IN (0, 1)),
    trans_friendly INTEGER NOT NULL DEFAULT 0 CHECK (trans_friendly IN (0, 1)),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
    visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'peers', 'leads')),
    state TEXT NOT NULL DEFAULT 'proposed'
        CHECK (state IN ('proposed', 'published', 'review', 'rejected', 'archived')),
    last_checked_on TEXT,
    checked_by_role TEXT,
    proposed_by INTEGER REFERENCES people (id),
    rejection_reason TEXT,
    created_on TEXT NOT NULL,
    updated_on TEXT NOT NULL
);
CREATE INDEX services_by_state_checked ON services (state, last_checked_on);

CREATE TABLE service_categories (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (category, service_id)
) WITHOUT ROWID;
CREATE INDEX categories_by_service ON service_categories (service_id);

CREATE TABLE closures (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL
);
CREATE INDEX closures_by_service ON closures (service_id);

-- Every change to a record: field, old, new, when, and by whom (role and, for our team, alias id).
CREATE TABLE service_history (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    changed_on TEXT NOT NULL,
    changed_by INTEGER REFERENCES people (id),
    changed_by_role TEXT NOT NULL
);
CREATE INDEX history_by_service ON service_history (service_id);

CREATE TABLE problem_reports (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    reported_by INTEGER REFERENCES people (id),
    reporter_role TEXT NOT NULL,
    reported_on TEXT NOT NULL,
    resolved_on TEXT
);
CREATE INDEX open_reports ON problem_reports (service_id) WHERE resolved_on IS NULL;

-- Referrals are counted, never linked to anyone.
CREATE TABLE referral_counts (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    referrals INTEGER NOT NULL,
    PRIMARY KEY (service_id, month)
) WITHOUT ROWID;

-- Keyword search over normalised text (lower case, no accents or Arabic vowel marks) in every
-- language, including every category name in all five languages; rowid is the service id.
CREATE VIRTUAL TABLE service_search USING fts5(words, tokenize = 'unicode61 remove_diacritics 2');

-- Venues of published, non-confidential services, for "near me". One entry per service and
-- category, the category being a third dimension, so "the nearest legal aid" is one R*Tree
-- search. The entry id is service id * 64 + category number. service_points holds each venue
-- once, for "anything near me" (a category axis in one tree would group nodes by category, and a
-- search over every category would then visit nodes spanning the whole map).
CREATE TABLE category_numbers (code TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE);
INSERT INTO category_numbers (code, number) VALUES
    ('health', 0), ('hiv-sti', 1), ('sexual-health', 2), ('mental-health', 3), ('legal-aid', 4),
    ('gbv', 5), ('shelter', 6), ('drop-in', 7), ('livelihood', 8), ('documentation', 9),
    ('harm-reduction', 10), ('sex-worker-led', 11), ('peer-support', 12), ('emergency', 13);
CREATE VIRTUAL TABLE service_places USING rtree(
    id, min_latitude, max_latitude, min_longitude, max_longitude, min_category, max_category
);
CREATE VIRTUAL TABLE service_points USING rtree(
    id, min_latitude, max_latitude, min_longitude, max_longitude
);
