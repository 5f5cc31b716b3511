-- Sign-in throttling per (account, source address), a log of every sign-in, API tokens and the server's
-- token secret. All in the database so that several app nodes share them.

create table login_throttle (
    username      varchar(60)  not null,
    address       varchar(64)  not null,
    failures      int          not null default 0,
    last_failure  timestamptz  not null default now(),
    next_allowed  timestamptz,           -- progressive delay: no attempt from this pair before this moment
    locked_until  timestamptz,           -- after cchc.security.max-failed-logins failures
    primary key (username, address)
);
create index login_throttle_locked on login_throttle (username) where locked_until is not null;

create table login_event (
    id           bigserial    primary key,
    occurred_at  timestamptz  not null default now(),
    username     varchar(200) not null,  -- as typed (may not be an account)
    account_id   bigint references user_account (id),
    address      varchar(64)  not null,
    channel      varchar(20)  not null check (channel in ('FORM', 'BASIC', 'TOKEN', 'PASSWORD_CHANGE')),
    outcome      varchar(20)  not null check (outcome in ('SUCCESS', 'FAILURE', 'THROTTLED', 'LOCKED', 'DISABLED'))
);
create index login_event_user on login_event (username, occurred_at desc);

create table api_token (
    id            bigserial    primary key,
    account_id    bigint       not null references user_account (id),
    name          varchar(100) not null,
    token_hash    char(64)     not null unique,  -- HMAC-SHA256(server secret, token), hex
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_account on api_token (account_id);

-- Secrets the app generates itself on first use (the HMAC key of the API tokens).
create table server_secret (
    name       varchar(40)  primary key,
    value      varchar(200) not null,
    created_at timestamptz  not null default now()
);
