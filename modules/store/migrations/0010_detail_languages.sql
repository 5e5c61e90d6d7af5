-- Migration 10: document details in both languages (docs/packages.md, "Details in two languages").
-- A detail holds a Bokmål and an English text, so that an English document never carries Norwegian prose silently.
-- The texts stored so far were written in the project's language, which was Bokmål (projects record no other), so
-- they become the Bokmål texts. The table keeps its name and key: a review project's seal triggers and the audit
-- chain's rows stay as they were.
ALTER TABLE document_details RENAME COLUMN value TO value_nb;
ALTER TABLE document_details ADD COLUMN value_en TEXT NOT NULL DEFAULT '';
