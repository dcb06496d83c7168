import Foundation
import Synchronization

/// The PostgreSQL servers this test process started, so none outlives it and none leaves its
/// data directory behind.
enum PostgresServerRegistry {
    private struct Entry {
        var server: Process
        var watchdog: Process
        var directory: String
    }

    private static let entries = Mutex<[Int32: Entry]>([:])
    private static let installExitHook: Void = {
        // A C function pointer: it may only use globals, hence the static registry.
        atexit { PostgresServerRegistry.stopAll() }
    }()

    /// Remembers `process` and starts a watchdog that stops it and removes `directory` if this
    /// process dies without running `atexit` (a crash or a signal).
    static func register(_ process: Process, directory: String) {
        _ = Self.installExitHook
        let pid = process.processIdentifier
        let watchdog = Process()
        watchdog.executableURL = URL(fileURLWithPath: "/bin/sh")
        watchdog.arguments = [
            "-c",
            "while kill -0 \(getpid()) 2>/dev/null && kill -0 \(pid) 2>/dev/null; do sleep 0.5; done; "
                + "kill -QUIT \(pid) 2>/dev/null; sleep 1; kill -9 \(pid) 2>/dev/null; rm -rf '\(directory)'",
        ]
        watchdog.standardInput = FileHandle.nullDevice
        watchdog.standardOutput = FileHandle.nullDevice
        watchdog.standardError = FileHandle.nullDevice
        try? watchdog.run()
        Self.entries.withLock { $0[pid] = Entry(server: process, watchdog: watchdog, directory: directory) }
    }

    /// Stops one server (and its watchdog), waits until it is gone and removes its directory.
    static func stop(_ pid: Int32) {
        guard let entry = Self.entries.withLock({ $0.removeValue(forKey: pid) }) else { return }
        Self.stop([entry])
    }

    /// Stops every server still running; called at exit.
    static func stopAll() {
        let all = Self.entries.withLock { entries in
            defer { entries = [:] }
            return Array(entries.values)
        }
        Self.stop(all)
    }

    /// Kills the watchdogs, asks each server for an immediate shutdown (`SIGQUIT`: the
    /// postmaster stops its backends and releases its shared memory), SIGKILLs whatever is left
    /// after 3 s, and removes the directories.
    private static func stop(_ entries: [Entry]) {
        for entry in entries {
            _ = kill(entry.watchdog.processIdentifier, SIGKILL)
            _ = kill(entry.server.processIdentifier, SIGQUIT)
        }
        for entry in entries {
            if !Self.waitForExit(entry.server.processIdentifier, attempts: 300) {
                _ = kill(entry.server.processIdentifier, SIGKILL)
                _ = Self.waitForExit(entry.server.processIdentifier, attempts: 200)
            }
            _ = Self.waitForExit(entry.watchdog.processIdentifier, attempts: 200)
            try? FileManager.default.removeItem(atPath: entry.directory)
        }
    }

    /// Whether `pid` is gone within `attempts` × 10 ms: reaped here, or by Foundation's own child
    /// monitoring, whichever comes first.
    private static func waitForExit(_ pid: Int32, attempts: Int) -> Bool {
        for _ in 0..<attempts {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) != 0 { return true }
            usleep(10_000)
        }
        return false
    }
}
