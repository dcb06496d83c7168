/// PostgreSQL-backed stores: durable state shared by every gateway replica through one database.
///
/// - ``GaiPostgresDatabase``: the pooled client, the per-component schema migrations and the
///   timeout every store operation runs under. Run it, then open the stores on it.
/// - ``PostgresGatewayKeyStore``, ``PostgresUsageLedgerStore``, ``PostgresDeadLetterStore``:
///   the SQLite stores' semantics in PostgreSQL.
/// - ``PostgresRateLimitStore``: exact rate limits across replicas, one PL/pgSQL call per check.
public enum GaiStoragePostgres {}
