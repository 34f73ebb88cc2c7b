-- Concordance schema, version 1. Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
-- Sequences step by 50 so Hibernate allocates ids in blocks and batches inserts.

create sequence document_seq start with 1 increment by 50;
create sequence document_link_seq start with 1 increment by 50;
create sequence actor_seq start with 1 increment by 50;
create sequence measure_seq start with 1 increment by 50;
create sequence position_seq start with 1 increment by 50;
create sequence signature_seq start with 1 increment by 50;
create sequence evidence_seq start with 1 increment by 50;

create table actor (
    id bigint primary key,
    slug varchar(80) not null,
    kind varchar(20) not null,
    name_en varchar(300) not null,
    name_zh varchar(300),
    affiliation varchar(500),
    description varchar(1000),
    constraint uk_actor_slug unique (slug)
);
create index ix_actor_name_en on actor (name_en);

create table actor_alias (
    actor_id bigint not null references actor (id),
    ordinal integer not null,
    alias varchar(300) not null,
    primary key (actor_id, ordinal)
);
create index ix_actor_alias_alias on actor_alias (alias);

create table document (
    id bigint primary key,
    slug varchar(80) not null,
    kind varchar(40) not null,
    language varchar(16) not null,
    title_en varchar(500) not null,
    title_original varchar(500),
    published date,
    publisher varchar(300),
    url varchar(2000),
    seed varchar(200),
    summary_en varchar(4000),
    summary_zh varchar(4000),
    constraint uk_document_slug unique (slug)
);
create index ix_document_published on document (published);
create index ix_document_language on document (language);
create index ix_document_kind on document (kind);

create table document_author (
    document_id bigint not null references document (id),
    ordinal integer not null,
    actor_id bigint not null references actor (id),
    primary key (document_id, ordinal)
);
create index ix_document_author_actor on document_author (actor_id);

create table document_link (
    id bigint primary key,
    source_id bigint not null references document (id),
    relation varchar(40) not null,
    target_id bigint not null references document (id)
);
create index ix_document_link_source on document_link (source_id);
create index ix_document_link_target on document_link (target_id);

create table measure (
    id bigint primary key,
    slug varchar(80) not null,
    type varchar(40) not null,
    document_id bigint not null references document (id),
    name_en varchar(500) not null,
    name_zh varchar(500),
    summary_en varchar(4000),
    moratorium_duration_months integer,
    moratorium_minimum_duration boolean,
    moratorium_indefinite boolean,
    moratorium_paused_activity varchar(1000),
    moratorium_capability_threshold varchar(1000),
    moratorium_applies_to varchar(1000),
    moratorium_scope varchar(20),
    moratorium_includes_governments_and_militaries boolean,
    moratorium_verification varchar(1000),
    moratorium_fallback_enforcement varchar(1000),
    compute_tracking_tracked varchar(1000),
    compute_tracking_tracked_by varchar(1000),
    compute_tracking_threshold varchar(1000),
    compute_tracking_scope varchar(20),
    compute_tracking_enforcement varchar(1000),
    compute_cap_capped_resource varchar(1000),
    compute_cap_applies_to varchar(1000),
    compute_cap_cap_level varchar(1000),
    compute_cap_decreasing_over_time boolean,
    compute_cap_includes_governments_and_militaries boolean,
    compute_cap_scope varchar(20),
    watermarking_purpose varchar(1000),
    watermarking_mechanism varchar(1000),
    watermarking_known_limits varchar(1000),
    watermarking_mandatory boolean,
    third_party_audit_auditor varchar(1000),
    third_party_audit_subject varchar(1000),
    third_party_audit_timing varchar(1000),
    third_party_audit_applies_to varchar(1000),
    third_party_audit_certification boolean,
    third_party_audit_mandatory boolean,
    licensing_instrument varchar(20),
    licensing_trigger varchar(1000),
    licensing_covers varchar(1000),
    licensing_includes_open_source boolean,
    licensing_authority varchar(1000),
    licensing_mandatory boolean,
    shutdown_red_lines_red_lines varchar(1000),
    shutdown_red_lines_mandated_action varchar(1000),
    shutdown_red_lines_includes_all_copies boolean,
    shutdown_red_lines_procedure varchar(1000),
    shutdown_red_lines_demonstrated_by varchar(1000),
    shutdown_red_lines_demonstrated_to varchar(1000),
    shutdown_red_lines_demonstration_timing varchar(1000),
    liability_liable_party varchar(1000),
    liability_harms_covered varchar(1000),
    safety_research_funding_funder varchar(1000),
    safety_research_funding_share_of_rnd numeric(9,4),
    safety_research_funding_minimum_share boolean,
    safety_research_funding_recipients varchar(1000),
    safety_research_funding_public_funding boolean,
    regulator_mandate varchar(1000),
    regulator_dedicated boolean,
    regulator_scope varchar(20),
    incident_reporting_reported_by varchar(1000),
    incident_reporting_reported_to varchar(1000),
    incident_reporting_incidents varchar(1000),
    risk_disclosure_disclosed_by varchar(1000),
    risk_disclosure_contents varchar(1000),
    risk_disclosure_disclosed_to varchar(1000),
    risk_disclosure_timing varchar(1000),
    transparency_subject varchar(1000),
    transparency_audience varchar(1000),
    international_coordination_form varchar(1000),
    international_coordination_participants varchar(1000),
    international_coordination_purpose varchar(1000),
    safety_standards_developed_by varchar(1000),
    safety_standards_coverage varchar(1000),
    safety_standards_oversight varchar(1000),
    research_priorities_goals varchar(1000),
    research_priorities_funder varchar(1000),
    societal_resilience_purpose varchar(1000),
    societal_resilience_provided_by varchar(1000),
    constraint uk_measure_slug unique (slug)
);
create index ix_measure_type on measure (type);
create index ix_measure_document on measure (document_id);

create table signature (
    id bigint primary key,
    actor_id bigint not null references actor (id),
    document_id bigint not null references document (id),
    recorded_in_id bigint not null references document (id),
    role varchar(20) not null,
    affiliation varchar(500),
    reason varchar(2000)
);
create index ix_signature_actor on signature (actor_id);
create index ix_signature_document on signature (document_id);
create index ix_signature_recorded_in on signature (recorded_in_id);

create table position (
    id bigint primary key,
    measure_id bigint not null references measure (id),
    document_id bigint not null references document (id),
    actor_id bigint references actor (id),
    stance varchar(20) not null,
    basis varchar(20) not null,
    via_document_id bigint references document (id),
    note varchar(2000)
);
create index ix_position_measure on position (measure_id);
create index ix_position_document on position (document_id);
create index ix_position_actor on position (actor_id);
create index ix_position_via on position (via_document_id);
create index ix_position_stance on position (stance);

create table evidence (
    id bigint primary key,
    position_id bigint references position (id),
    signature_id bigint references signature (id),
    ordinal integer not null,
    source_id bigint not null references document (id),
    quote varchar(10000) not null,
    language varchar(16) not null,
    translation_en varchar(10000),
    line_start integer not null,
    line_end integer not null,
    section varchar(300),
    constraint ck_evidence_owner check ((position_id is null) <> (signature_id is null)),
    constraint ck_evidence_lines check (line_start >= 1 and line_end >= line_start)
);
create index ix_evidence_position on evidence (position_id);
create index ix_evidence_signature on evidence (signature_id);
create index ix_evidence_source on evidence (source_id);

-- One row per successful import: what was loaded, from which corpus version, how fast.
create table corpus_import (
    id bigint primary key,
    corpus_hash varchar(64) not null,
    imported_at timestamp with time zone not null,
    documents integer not null,
    measures integer not null,
    actors integer not null,
    positions integer not null,
    signatures integer not null,
    evidence integer not null,
    duration_ms bigint not null
);
create sequence corpus_import_seq start with 1 increment by 1;
