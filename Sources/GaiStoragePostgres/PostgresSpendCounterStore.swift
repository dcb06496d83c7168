import GaiCore
import GaiLimits
import PostgresNIO

/// Budget counters in PostgreSQL (`limits.store: postgres`): a budget holds across every replica
/// that shares the database.
///
/// Each counter is a row of `spend_counters` (spent and reserved nano-dollars, and the time after
/// which it may be dropped). A reservation is one call of `gai_spend_reserve`, which locks the
/// request's rows in sorted order (concurrent requests never deadlock), checks every budget and
/// reserves on all of them or none. Settling is one `UPDATE`.
///
/// Thread safety: immutable; every call is one statement on a pooled connection.
public final class PostgresSpendCounterStore: SpendCounterStore, Sendable {
    public let database: GaiPostgresDatabase

    private init(database: GaiPostgresDatabase) {
        self.database = database
    }

    /// Creates (or brings up to date) the table and the function, and returns the store. The
    /// database's ``GaiPostgresDatabase/run()`` must be running.
    public static func open(database: GaiPostgresDatabase) async throws -> PostgresSpendCounterStore {
        try await database.migrate(component: "spend_counters", migrations: migrations)
        return PostgresSpendCounterStore(database: database)
    }

    public func reserve(_ checks: [SpendCounterCheck]) async throws -> SpendCounterResult {
        guard !checks.isEmpty else { return .reserved }
        let keys = checks.map(\.key)
        var values: [Int64] = []
        values.reserveCapacity(checks.count * 4)
        for check in checks {
            values += [check.limit, check.amount, check.expiresAtMilliseconds, check.seed ?? -1]
        }
        let rows = try await database.query("SELECT gai_spend_reserve(\(keys), \(values))")
        let reply = try rows.first?.decode([Int64].self) ?? []
        switch reply.first {
        case 0: return .reserved
        case 1 where reply.count == 3: return .refused(index: Int(reply[1]), spent: reply[2])
        case 2: return .unseeded(reply.dropFirst().map { Int($0) })
        default: throw GaiError.internal("unexpected reply from the spend-counter function")
        }
    }

    public func settle(keys: [String], reserved: Int64, actual: Int64) async throws {
        guard !keys.isEmpty else { return }
        _ = try await database.query(
            """
            UPDATE spend_counters SET reserved = GREATEST(0, reserved - \(reserved)), spent = spent + \(actual)
            WHERE key = ANY(\(keys))
            """)
    }

    /// Always `true`: every call is a round trip.
    public var isShared: Bool { true }

    public func read(key: String) async throws -> (spent: Int64, reserved: Int64)? {
        let rows = try await database.query(
            """
            SELECT spent, reserved FROM spend_counters
            WHERE key = \(key) AND expires_at > (extract(epoch FROM clock_timestamp()) * 1000)::bigint
            """)
        guard let row = rows.first else { return nil }
        let (spent, reserved) = try row.decode((Int64, Int64).self)
        return (spent, reserved)
    }

    /// Never edit a shipped migration: add one.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS spend_counters (
                key TEXT PRIMARY KEY,
                spent BIGINT NOT NULL,
                reserved BIGINT NOT NULL,
                expires_at BIGINT NOT NULL
            )
            """,
            // reply: {0} reserved, {1, index, spent} refused, {2, indexes...} unseeded (0-based).
            """
            CREATE OR REPLACE FUNCTION gai_spend_reserve(keys text[], args bigint[]) RETURNS bigint[]
            LANGUAGE plpgsql AS $$
            DECLARE
                now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
                n int := coalesce(array_length(keys, 1), 0);
                spent bigint[] := array_fill(0::bigint, ARRAY[greatest(n, 1)]);
                reserved bigint[] := array_fill(0::bigint, ARRAY[greatest(n, 1)]);
                missing bigint[] := ARRAY[]::bigint[];
                seeds bigint[] := array_fill((-1)::bigint, ARRAY[greatest(n, 1)]);
                row_spent bigint;
                row_reserved bigint;
                row_expires bigint;
                i int;
                j int;
                k text;
            BEGIN
                -- Seeded counters that do not exist yet are created first (in key order), so that
                -- two calls seeding the same counter cannot both write it; then every row is
                -- locked in key order, so concurrent calls never deadlock.
                -- A counter listed twice is seeded by whichever of its checks carries a seed.
                FOR i IN 1..n LOOP
                    FOR j IN 1..n LOOP
                        IF keys[j] = keys[i] AND args[(j - 1) * 4 + 4] >= 0 THEN
                            seeds[i] := args[(j - 1) * 4 + 4];
                            EXIT;
                        END IF;
                    END LOOP;
                END LOOP;
                FOR i IN SELECT s FROM generate_subscripts(keys, 1) AS s ORDER BY keys[s] LOOP
                    IF seeds[i] >= 0 THEN
                        INSERT INTO spend_counters (key, spent, reserved, expires_at)
                            VALUES (keys[i], seeds[i], 0, args[(i - 1) * 4 + 3])
                            ON CONFLICT (key) DO NOTHING;
                    END IF;
                END LOOP;
                PERFORM 1 FROM spend_counters WHERE key = ANY(keys) ORDER BY key FOR UPDATE;
                FOR i IN 1..n LOOP
                    SELECT c.spent, c.reserved, c.expires_at INTO row_spent, row_reserved, row_expires
                        FROM spend_counters c WHERE c.key = keys[i];
                    IF FOUND AND row_expires > now_ms THEN
                        spent[i] := row_spent;
                        reserved[i] := row_reserved;
                    ELSIF seeds[i] >= 0 THEN
                        -- A counter of a past period starts again from its seed.
                        spent[i] := seeds[i];
                        reserved[i] := 0;
                    ELSE
                        missing := missing || (i - 1)::bigint;
                    END IF;
                END LOOP;
                IF array_length(missing, 1) > 0 THEN
                    RETURN ARRAY[2::bigint] || missing;
                END IF;
                -- A key listed twice sees its own earlier reservation.
                FOR i IN 1..n LOOP
                    FOR j IN 1..(i - 1) LOOP
                        IF keys[j] = keys[i] THEN
                            reserved[i] := reserved[j];
                        END IF;
                    END LOOP;
                    IF spent[i] + reserved[i] + args[(i - 1) * 4 + 2] > args[(i - 1) * 4 + 1] THEN
                        RETURN ARRAY[1::bigint, (i - 1)::bigint, spent[i]];
                    END IF;
                    reserved[i] := reserved[i] + args[(i - 1) * 4 + 2];
                END LOOP;
                FOR i IN 1..n LOOP
                    k := keys[i];
                    INSERT INTO spend_counters AS c (key, spent, reserved, expires_at)
                        VALUES (k, spent[i], reserved[i], args[(i - 1) * 4 + 3])
                        ON CONFLICT (key) DO UPDATE
                        SET spent = EXCLUDED.spent, reserved = EXCLUDED.reserved,
                            expires_at = GREATEST(CASE WHEN c.expires_at > now_ms THEN c.expires_at ELSE 0 END, EXCLUDED.expires_at);
                END LOOP;
                RETURN ARRAY[0::bigint];
            END
            $$
            """,
        ]
    ]
}
