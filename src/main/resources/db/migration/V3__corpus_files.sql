-- Version 3: what the last import knew of each corpus file (size, modification time, SHA-256), so
-- that a start with unchanged files is recognised by stat-ing them instead of reading them all.
-- The corpus hash now includes the reader's rules version, so the next start re-imports once.
create table corpus_file (
    path varchar(1000) primary key,
    size bigint not null,
    modified_nanos bigint not null,
    sha256 varchar(64) not null
);
