-- A change to a few documents looks up what refers to them (ChangeReader): metadata references
-- name documents by slug, so those lookups need an index as the foreign keys have.
create index ix_document_reference_ref on document_reference (ref_document);
create index ix_actor_reference_ref on actor_reference (ref_document);
