-- The portal's sessions as the server knows them, shared by every instance: a session cookie is
-- only as good as its row here. Logging out, Keycloak's back-channel logout (a password reset, an
-- administrator signing someone out), a disabled account and 15 minutes without a request (DigiD's
-- rule) end the row, and the next request with a copy of the cookie is refused.
create table sessie (
    -- Keycloak's session id (the sid claim): one login, renewed tokens included
    sid           varchar(100) primary key,
    -- Keycloak's user id (sub), to end every session of one account at once
    subject       varchar(100) not null,
    begonnen      timestamptz  not null,
    laatst_gezien timestamptz  not null,
    beeindigd_op  timestamptz,
    reden         varchar(20) check (reden in ('UITGELOGD', 'INACTIEF', 'ACCOUNT')),
    check ((beeindigd_op is null) = (reden is null))
);
create index sessie_subject on sessie (subject) where beeindigd_op is null;
