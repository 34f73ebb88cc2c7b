-- Version 8: what changed between two imports, by stable identifier. corpus_item holds, for the
-- import in the database, one row per document, measure, position, signature and actor: a
-- fingerprint of everything the corpus says of it and the fields a change is shown by. The next
-- import compares itself with these rows and writes what was added, changed or removed to
-- corpus_change, under its own corpus_import row. Existing databases start their history at the
-- next import (their item states are not known yet), so the import log and the file states are
-- emptied and that import reads the whole corpus.
create table corpus_item (
    kind varchar(12) not null,
    stable_id varchar(300) not null,
    owner varchar(80) not null,
    fingerprint varchar(32) not null,
    fields_json varchar(40000) not null,
    primary key (kind, stable_id)
);
create index ix_corpus_item_owner on corpus_item (owner);

create table corpus_change (
    import_id bigint not null references corpus_import (id),
    ordinal integer not null,
    kind varchar(12) not null,
    stable_id varchar(300) not null,
    change varchar(10) not null,
    owner varchar(80) not null,
    measure_type varchar(40),
    actor varchar(80),
    fields_json varchar(80000) not null,
    primary key (import_id, ordinal)
);
create index ix_corpus_change_item on corpus_change (kind, stable_id);
create index ix_corpus_change_type on corpus_change (measure_type, import_id);
create index ix_corpus_change_actor on corpus_change (actor, import_id);
create index ix_corpus_change_owner on corpus_change (owner, import_id);

-- The import this one was compared with (null: the first this database knows), and how many items
-- it added, changed and removed.
alter table corpus_import add column previous_id bigint references corpus_import (id);
alter table corpus_import add column added integer default 0 not null;
alter table corpus_import add column changed integer default 0 not null;
alter table corpus_import add column removed integer default 0 not null;
-- The git commit a version was read from, when it was imported from the corpus's history (its
-- imported_at is then the commit's time); null for a version read from the folder itself.
alter table corpus_import add column source_commit varchar(40);

delete from corpus_file;
delete from corpus_import;
