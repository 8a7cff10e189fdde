-- Lessons a peer or lead has finished: which lesson, nothing else (no date, no answers, no score).
-- Kept only while they have a role: when it ends (deactivated, left, quick exit leaving the
-- role), the trigger below erases their progress (DESIGN rule 1).
CREATE TABLE training_progress (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    lesson TEXT NOT NULL,
    PRIMARY KEY (person_id, lesson)
) WITHOUT ROWID;

CREATE TRIGGER training_progress_ends_with_the_role
AFTER UPDATE OF active ON people
WHEN NEW.active = 0
BEGIN
    DELETE FROM training_progress WHERE person_id = NEW.id;
END;
