/// The team's tables on PostgreSQL. The server keeps the shared record as one log of
/// changes, numbered by a server-side sequence: a workspace asks for the changes
/// after the last number it saw, and LISTEN/NOTIFY tells it when there are new ones.
/// Lookups never go to the server: each workspace keeps its own copy and index.
enum TeamServerSchema {
    static let version = 1
    /// The channel a new change is announced on, with its sequence number.
    static let channel = "juru_change"
    /// Pushes hold this advisory lock, so sequence numbers are committed in order and a
    /// reader that saw number N never misses a smaller one committed later.
    static let pushLock = 0x6A75_7275

    static let statements: [String] = [
        "CREATE TABLE IF NOT EXISTS juru_schema (version integer NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS juru_change (
            seq bigserial PRIMARY KEY,
            client_id text NOT NULL,
            client_seq bigint NOT NULL,
            kind text NOT NULL,
            change jsonb NOT NULL,
            author name NOT NULL DEFAULT session_user,
            stored_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (client_id, client_seq))
        """,
        // The author is the role that wrote the change, whatever the client claims.
        """
        CREATE OR REPLACE FUNCTION juru_change_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.author := session_user; NEW.stored_at := now(); RETURN NEW; END $$
        """,
        "DROP TRIGGER IF EXISTS juru_change_stamp ON juru_change",
        "CREATE TRIGGER juru_change_stamp BEFORE INSERT ON juru_change FOR EACH ROW EXECUTE FUNCTION juru_change_stamp()",
        // One notice per batch sent, not per change: listeners pull all that is new anyway.
        """
        CREATE OR REPLACE FUNCTION juru_change_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('juru_change', ''); RETURN NULL; END $$
        """,
        "DROP TRIGGER IF EXISTS juru_change_notify ON juru_change",
        "CREATE TRIGGER juru_change_notify AFTER INSERT ON juru_change FOR EACH STATEMENT EXECUTE FUNCTION juru_change_notify()",
        // Two group roles: grant one of them to each translator's login role.
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'juru_reader') THEN CREATE ROLE juru_reader NOLOGIN; END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'juru_writer') THEN CREATE ROLE juru_writer NOLOGIN; END IF;
        END $$
        """,
        "GRANT SELECT ON juru_schema, juru_change TO juru_reader",
        "GRANT juru_reader TO juru_writer",
        "GRANT INSERT ON juru_change TO juru_writer",
        "GRANT USAGE ON SEQUENCE juru_change_seq_seq TO juru_writer",
        "DELETE FROM juru_schema",
        "INSERT INTO juru_schema (version) VALUES (\(version))",
    ]
}
