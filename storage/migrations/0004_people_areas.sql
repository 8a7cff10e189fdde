-- The area a peer (or lead) mostly works in, set by their lead: re-check tasks and, later,
-- outreach calls go to the people of an area.
ALTER TABLE people ADD COLUMN area_id INTEGER REFERENCES areas (id);
