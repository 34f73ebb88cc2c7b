-- Version 2: source texts live in the corpus and in the database; every quote is anchored in its
-- text; positions, signatures and evidence carry stable identifiers derived from the corpus;
-- metadata references; two measure types; third-party reports of a stance.
-- The corpus tables are emptied (every import rewrites them anyway) and the import log with
-- them, so the next start re-imports proposals/ into the new shape.
delete from evidence;
delete from position;
delete from signature;
delete from measure;
delete from document_link;
delete from document_author;
delete from document;
delete from actor_alias;
delete from actor;
delete from corpus_import;

create sequence source_text_seq start with 1 increment by 50;
create table source_text (
    id bigint primary key,
    name varchar(200) not null,
    sha256 varchar(64) not null,
    line_count integer not null,
    char_count integer not null,
    provenance varchar(2000) not null,
    origin varchar(2000),
    retrieved date,
    partial boolean not null,
    gaps varchar(2000),
    constraint uk_source_text_name unique (name)
);
-- The text in parts of at most 100,000 characters (portable: no CLOB/TEXT type differences).
create table source_text_part (
    source_text_id bigint not null references source_text (id),
    ordinal integer not null,
    content varchar(100000) not null,
    primary key (source_text_id, ordinal)
);

alter table document drop column seed;
alter table document add column source_text_id bigint references source_text (id);
alter table document add column title_descriptive boolean default false not null;
create index ix_document_source_text on document (source_text_id);

-- Where a metadata value comes from when the document's own text does not state it.
create table document_reference (
    document_id bigint not null references document (id),
    field varchar(20) not null,
    url varchar(2000),
    ref_document varchar(80),
    locator varchar(40),
    note varchar(500),
    primary key (document_id, field)
);
create table actor_reference (
    actor_id bigint not null references actor (id),
    field varchar(20) not null,
    url varchar(2000),
    ref_document varchar(80),
    locator varchar(40),
    note varchar(500),
    primary key (actor_id, field)
);

alter table position add column stable_id varchar(300) not null;
alter table position add column reported_by_id bigint references actor (id);
alter table position add constraint uk_position_stable_id unique (stable_id);
create index ix_position_reported_by on position (reported_by_id);
alter table signature add column stable_id varchar(300) not null;
alter table signature add constraint uk_signature_stable_id unique (stable_id);

alter table evidence add column stable_id varchar(320) not null;
alter table evidence add column exact varchar(100000) not null;
alter table evidence add column prefix varchar(200) not null;
alter table evidence add column suffix varchar(200) not null;
alter table evidence add column start_offset integer not null;
alter table evidence add column end_offset integer not null;
alter table evidence add constraint uk_evidence_stable_id unique (stable_id);
alter table evidence add constraint ck_evidence_offsets check (start_offset >= 0 and end_offset > start_offset);

alter table measure add column model_evaluation_evaluated_by varchar(1000);
alter table measure add column model_evaluation_evaluates varchar(1000);
alter table measure add column model_evaluation_timing varchar(1000);
alter table measure add column model_evaluation_applies_to varchar(1000);
alter table measure add column model_evaluation_mandatory boolean;
alter table measure add column legislation_instrument varchar(1000);
alter table measure add column legislation_subject varchar(1000);
alter table measure add column legislation_enacted_by varchar(1000);
alter table measure add column legislation_scope varchar(20);
